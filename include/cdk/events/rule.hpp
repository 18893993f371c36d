// EventBridge rules (aws-cdk-lib's events.IRule, Rule and IRuleTarget) on the default event bus, with targets
// in the rule's own account and region.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/events/schedule.hpp"

namespace cdk::iam {
class IRole;
}

namespace cdk::events {

class CfnRule;
class IRule;

/// What a target contributes to the rule's Targets (aws-cdk-lib's RuleTargetConfig, the fields cdkpp's
/// targets use).
struct RuleTargetConfig {
  cdk::Value arn{};
  /// The target's id; default "Target<n>" (its position).
  std::string id{};
  /// The role EventBridge assumes to reach the target.
  iam::IRole* role = nullptr;
};

/// A target of a rule (aws-cdk-lib's IRuleTarget). Held by shared pointer.
class CDKPP_API IRuleTarget {
 public:
  virtual ~IRuleTarget() = default;
  /// Called once when the target is added to `rule` (`id` is the generated "Target<n>").
  virtual RuleTargetConfig bind(IRule& rule, std::string_view id) = 0;
};

class CDKPP_API IRule : public virtual cdk::IResource {
 public:
  virtual cdk::Value ruleArn() const = 0;
  virtual cdk::Value ruleName() const = 0;
};

struct RuleProps {
  std::optional<std::string> description{};
  /// State ENABLED or DISABLED; default enabled.
  std::optional<bool> enabled{};
  /// The event pattern, a map in aws-cdk-lib's field names (source, detailType, detail, account, region,
  /// resources, ...; every field a list, detail a map of lists), rendered in the order given with detailType
  /// as "detail-type". A rule needs a pattern or a schedule.
  std::optional<cdk::Value> eventPattern{};
  /// Name; default a name CloudFormation generates.
  std::optional<std::string> ruleName{};
  std::optional<Schedule> schedule{};
  std::vector<std::shared_ptr<IRuleTarget>> targets{};
};

/// A rule: AWS::Events::Rule "Resource". Patterns and targets added later are rendered at synthesis.
class CDKPP_API Rule : public cdk::Resource, public virtual IRule {
 public:
  using Props = RuleProps;

  Rule(cdk::Construct& scope, std::string_view id, RuleProps props = {});
  ~Rule() override;

  /// { "Fn::GetAtt": [<rule>, "Arn"] }.
  cdk::Value ruleArn() const override;
  /// { "Ref": <rule> }.
  cdk::Value ruleName() const override;

  /// Adds a target (at most 5). Throws cdk::Error for a null target.
  void addTarget(std::shared_ptr<IRuleTarget> target);
  /// Merges a pattern into the rule's: lists are joined without repeats, maps merged field by field. Throws
  /// cdk::Error for a field that is neither a list nor a map, or whose kind differs from the existing one.
  void addEventPattern(const cdk::Value& eventPattern);

 protected:
  void onPrepare() override;

 private:
  std::vector<std::string> validateRule() const;

  cdk::Value::Map eventPattern_;
  std::optional<std::string> scheduleExpression_;
  std::optional<std::string> ruleName_;
  cdk::Value::List targets_;
  std::size_t targetCount_ = 0;
  CfnRule* resource_ = nullptr;
};

}  // namespace cdk::events
