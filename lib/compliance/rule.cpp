#include "rule.hpp"

#include <stdexcept>
#include <unordered_map>

namespace cdk::compliance::detail {

TemplateIndex::TemplateIndex(const json& templateJson) : template_(&templateJson) {
  // Keys found as string_views (compared by length first; a `const char*` is measured for each key compared).
  auto resources = templateJson.find(std::string_view("Resources"));
  if (resources == templateJson.end() || !resources->is_object()) return;
  resources_.reserve(resources->size());
  for (auto entry = resources->begin(); entry != resources->end(); ++entry) {
    const json& body = entry.value();
    if (!body.is_object()) continue;
    auto type = body.find(std::string_view("Type"));
    if (type == body.end() || !type->is_string()) continue;
    resources_.push_back({entry.key(), type->get_ref<const std::string&>(), &body});
  }
}

std::span<const Resource* const> TemplateIndex::ofType(std::string_view type) const {
  for (const auto& [known, resources] : byType_) {
    if (known == type) return resources;
  }
  std::vector<const Resource*> found;
  for (const Resource& resource : resources_) {
    if (resource.type == type) found.push_back(&resource);
  }
  return byType_.emplace_back(type, std::move(found)).second;
}

bool TemplateIndex::hasElement(std::string_view logicalId) const {
  for (const char* section : {"Resources", "Parameters", "Conditions", "Mappings", "Outputs"}) {
    auto it = template_->find(section);
    if (it != template_->end() && it->is_object() && it->contains(logicalId)) return true;
  }
  return false;
}

namespace {

std::unordered_map<std::string_view, const Rule*> buildRegistry() {
  std::unordered_map<std::string_view, const Rule*> registry;
  for (auto rules : {apigwRules(),
                     autoscalingRules(),
                     cloudtrailRules(),
                     cloudwatchRules(),
                     codebuildRules(),
                     dmsRules(),
                     dynamodbRules(),
                     ec2Rules(),
                     ecrRules(),
                     ecsRules(),
                     efsRules(),
                     elasticacheRules(),
                     elasticbeanstalkRules(),
                     elbRules(),
                     emrRules(),
                     iamRules(),
                     kmsRules(),
                     lambdaRules(),
                     opensearchRules(),
                     rdsRules(),
                     redshiftRules(),
                     s3Rules(),
                     sagemakerRules(),
                     secretsmanagerRules(),
                     snsRules(),
                     vpcRules(),
                     wafRules()}) {
    for (const Rule& rule : rules) registry.emplace(rule.name, &rule);
  }
  return registry;
}

}  // namespace

const Rule& findRule(std::string_view name) {
  static const auto registry = buildRegistry();
  auto it = registry.find(name);
  if (it == registry.end()) throw std::logic_error("cdkpp compliance: no rule named " + std::string(name));
  return *it->second;
}

}  // namespace cdk::compliance::detail
