#include "cdk/compliance/acknowledge.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cdk/core/aspects.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/validations.hpp"

namespace cdk::compliance {
namespace {

/// Writes the acknowledgements of a resource and of every construct above it into the resource's
/// Metadata.cdk_nag.rules_to_suppress, nearest first, each id once, after the entries the metadata already had
/// (what cdk-nag 3's WriteNagSuppressionsToCloudFormationAspect does).
class WriteAcknowledgements final : public IAspect {
 public:
  void visit(Construct& node) override {
    auto* resource = dynamic_cast<CfnResource*>(&node);
    if (!resource) return;
    Value::List rules;
    std::vector<std::string> ids;
    if (const Value* existing = resource->getMetadata("cdk_nag")) {
      if (const Value* list = existing->find("rules_to_suppress"); list && list->isList()) {
        for (const Value& rule : list->asList()) {
          if (const Value* id = rule.find("id"); id && id->isString()) ids.push_back(id->asString());
          rules.push_back(rule);
        }
      }
    }
    const std::size_t before = rules.size();
    auto scopes = node.node().scopes();
    for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
      for (const auto& entry : (*it)->node().metadata()) {
        if (entry.type != Validations::ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data.isMap()) continue;
        for (const auto& [id, reason] : entry.data.asMap()) {
          if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
          ids.push_back(id);
          rules.push_back(Value::map({{"id", id}, {"reason", reason}}));
        }
      }
    }
    if (rules.size() == before) return;
    Value nag = resource->getMetadata("cdk_nag") ? *resource->getMetadata("cdk_nag") : Value(Value::Map{});
    if (!nag.isMap()) nag = Value(Value::Map{});
    nag.set("rules_to_suppress", Value(std::move(rules)));
    resource->addMetadata("cdk_nag", std::move(nag));
  }
};

}  // namespace

void acknowledge(Construct& scope, Acknowledgement acknowledgement) {
  const std::string& path = scope.node().path();
  if (acknowledgement.id.empty()) {
    throw ConstructError(path,
                         "an acknowledgement needs the id of the rule it acknowledges, such as "
                         "\"HIPAA.Security-RDSMultiAZSupport\"");
  }
  if (acknowledgement.reason.size() < 10) {
    throw ConstructError(path, fmt::format("the acknowledgement of {} has the reason \"{}\"; give a reason of at "
                                           "least 10 characters that says why the rule does not apply here",
                                           acknowledgement.id, acknowledgement.reason));
  }
  Value::Map ids;
  if (acknowledgement.appliesTo.empty()) {
    ids.emplace_back(acknowledgement.id, acknowledgement.reason);
  } else {
    for (const auto& finding : acknowledgement.appliesTo) {
      if (finding.empty()) {
        throw ConstructError(path, fmt::format("the acknowledgement of {} has an empty entry in appliesTo; name "
                                               "each finding, such as \"LogExport::postgresql\"",
                                               acknowledgement.id));
      }
      ids.emplace_back(fmt::format("{}[{}]", acknowledgement.id, finding), acknowledgement.reason);
    }
  }
  scope.node().addMetadata(std::string(Validations::ACKNOWLEDGED_RULES_METADATA_KEY), Value(std::move(ids)));
  for (const auto& applied : Aspects::of(scope).applied()) {
    if (dynamic_cast<const WriteAcknowledgements*>(applied.aspect.get())) return;
  }
  Aspects::of(scope).add(std::make_shared<WriteAcknowledgements>());
}

}  // namespace cdk::compliance
