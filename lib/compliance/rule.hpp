// A cdk-nag rule: a function of one resource of a template (and, for some rules, the template's other
// resources) that decides compliance the way cdk-nag 3.0.2's rule of the same name does. Rules are written per
// service in rules/<service>.cpp and found by name; the packs (HIPAA.Security, AwsSolutions) list which rules
// they apply, with which id, level and message.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "js_view.hpp"

namespace cdk::compliance::detail {

/// One resource of the template being checked.
struct Resource {
  std::string_view logicalId;  ///< views into the template
  std::string_view type;
  const json* body = nullptr;  ///< the resource's entry in "Resources"
};

/// The resources of one template, in template order, with an index by type (rules that look at other
/// resources read those of one or two types).
class TemplateIndex {
 public:
  explicit TemplateIndex(const json& templateJson);
  const std::vector<Resource>& resources() const noexcept { return resources_; }
  /// The resources of `type`, in template order. `type` is kept: text that outlives the index (a literal).
  std::span<const Resource* const> ofType(std::string_view type) const;
  /// Whether an element of the template (resource, parameter, condition, mapping, output) has this logical ID.
  bool hasElement(std::string_view logicalId) const;

 private:
  const json* template_;
  std::vector<Resource> resources_;
  /// The resources of each type a rule asked for, found when first asked: rules look up a few types (flow logs,
  /// backup selections), where an index of every type (a template of 52 resources has 32) cost more than the
  /// rules, for every pack and stack. A vector of vectors: a span into an inner vector stays valid when the outer
  /// one grows.
  mutable std::vector<std::pair<std::string_view, std::vector<const Resource*>>> byType_;
};

enum class Compliance { COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE };

/// What a rule decided: compliant, not applicable, non-compliant, or non-compliant with findings (a rule such
/// as RDSLoggingEnabled names each thing it found: "LogExport::postgresql").
struct RuleResult {
  Compliance compliance = Compliance::NOT_APPLICABLE;
  std::vector<std::string> findings{};
  /// The rule cannot decide: NagRules.resolveIfPrimitive refused this value. What a thrown RuleFailure means, for
  /// the rules that meet intrinsics often (a security group rule from a VPC's CIDR), without the cost of a throw.
  const json* undecided = nullptr;

  static RuleResult compliant() { return {Compliance::COMPLIANT, {}}; }
  static RuleResult nonCompliant() { return {Compliance::NON_COMPLIANT, {}}; }
  static RuleResult notApplicable() { return {Compliance::NOT_APPLICABLE, {}}; }
  /// Non-compliant with these findings; compliant when there are none.
  static RuleResult withFindings(std::vector<std::string> findings) {
    if (findings.empty()) return compliant();
    return {Compliance::NON_COMPLIANT, std::move(findings)};
  }
  static RuleResult of(bool compliantIf) { return compliantIf ? compliant() : nonCompliant(); }
  static RuleResult cannotResolve(Js value) { return {Compliance::NOT_APPLICABLE, {}, value.get()}; }
};

struct RuleContext {
  const Resource& resource;
  const TemplateIndex& index;
  const View& view;

  /// A property of the resource, coerced to its declared type.
  Js property(std::string_view name, As as = As::Any) const { return view.property(*resource.body, name, as); }
  /// A property of another resource.
  Js propertyOf(const Resource& other, std::string_view name, As as = As::Any) const {
    return view.property(*other.body, name, as);
  }
};

using RuleFunction = RuleResult (*)(const RuleContext&);

struct Rule {
  std::string_view name;                ///< cdk-nag's rule name (its file name): "S3BucketLoggingEnabled"
  std::vector<std::string_view> types;  ///< the resource types it looks at (cdk-nag's instanceof checks)
  RuleFunction check = nullptr;
  std::string_view fix;  ///< what to change, for the messages of cdkpp
};

/// The rules of one service file.
std::span<const Rule> apigwRules();
std::span<const Rule> autoscalingRules();
std::span<const Rule> cloudtrailRules();
std::span<const Rule> cloudwatchRules();
std::span<const Rule> codebuildRules();
std::span<const Rule> dmsRules();
std::span<const Rule> dynamodbRules();
std::span<const Rule> ec2Rules();
std::span<const Rule> ecrRules();
std::span<const Rule> ecsRules();
std::span<const Rule> efsRules();
std::span<const Rule> elasticacheRules();
std::span<const Rule> elasticbeanstalkRules();
std::span<const Rule> elbRules();
std::span<const Rule> emrRules();
std::span<const Rule> iamRules();
std::span<const Rule> kmsRules();
std::span<const Rule> lambdaRules();
std::span<const Rule> opensearchRules();
std::span<const Rule> rdsRules();
std::span<const Rule> redshiftRules();
std::span<const Rule> s3Rules();
std::span<const Rule> sagemakerRules();
std::span<const Rule> secretsmanagerRules();
std::span<const Rule> snsRules();
std::span<const Rule> vpcRules();
std::span<const Rule> wafRules();

/// The rule named `name`; throws std::logic_error when there is none (a pack table naming a rule that is not
/// written).
const Rule& findRule(std::string_view name);

}  // namespace cdk::compliance::detail
