#include "rule.hpp"

#include <stdexcept>

namespace cdk::compliance::detail {

TemplateIndex::TemplateIndex(const json& templateJson) : template_(&templateJson) {
  auto resources = templateJson.find("Resources");
  if (resources == templateJson.end() || !resources->is_object()) return;
  resources_.reserve(resources->size());
  for (const auto& [logicalId, body] : resources->items()) {
    if (!body.is_object()) continue;
    auto type = body.find("Type");
    if (type == body.end() || !type->is_string()) continue;
    resources_.push_back({logicalId, type->get_ref<const std::string&>(), &body});
  }
  // After the vector is complete: the index points into it.
  for (const Resource& resource : resources_) byType_[resource.type].push_back(&resource);
}

std::span<const Resource* const> TemplateIndex::ofType(std::string_view type) const {
  auto it = byType_.find(type);
  if (it == byType_.end()) return {};
  return it->second;
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
