// A unit of deployment: one CloudFormation template (aws-cdk-lib's Stack).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/arn.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/environment.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/tag_manager.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnElement;
class IStackSynthesizer;

/// Props of a Stack, in alphabetical order (as every props struct in cdkpp).
struct StackProps {
  /// The template's Description.
  std::optional<std::string> description{};
  /// Account and region; unset parts make the stack environment-agnostic.
  std::optional<Environment> env{};
  /// The CloudFormation stack name; defaults to the construct id (or a unique name below other constructs).
  std::optional<std::string> stackName{};
  /// How the stack is synthesized and deployed. Default: AppProps::defaultStackSynthesizer, else a
  /// DefaultStackSynthesizer. A synthesizer that can be reused (IReusableStackSynthesizer) may be given to several
  /// stacks; another one serves one stack.
  std::shared_ptr<IStackSynthesizer> synthesizer{};
  /// Stack-level tags, applied by the deployment to every resource that supports them.
  std::vector<std::pair<std::string, std::string>> tags{};
  bool terminationProtection = false;
};

/// A context value that a lookup needed and did not find (aws-cdk-lib's MissingContext). The manifest lists it
/// under "missing": the cdk CLI looks the value up, stores it in cdk.context.json and runs the program again.
struct MissingContext {
  /// The context key, e.g. "availability-zones:account=111111111111:region=us-west-2".
  std::string key;
  /// The context provider that can look it up, e.g. "availability-zones".
  std::string provider;
  /// What the provider needs (a map: dummyValue, account, region, ...).
  Value props;
};

class CDKPP_API Stack : public Construct {
 public:
  using Props = StackProps;

  Stack(Construct& scope, std::string_view id, StackProps props = {});
  ~Stack() override;

  /// The stack that `construct` belongs to (itself when it is a stack). Throws ConstructError when there is
  /// none.
  static Stack& of(const IConstruct& construct);
  static bool isStack(const IConstruct& construct) noexcept;

  /// The CloudFormation stack name.
  const std::string& stackName() const noexcept { return stackName_; }
  /// The artifact id in the cloud assembly (the template is "<artifactId>.template.json").
  const std::string& artifactId() const noexcept { return artifactId_; }
  std::string templateFile() const { return artifactId_ + ".template.json"; }
  const std::optional<std::string>& description() const noexcept { return description_; }
  bool terminationProtection() const noexcept { return terminationProtection_; }
  /// The synthesizer, bound to this stack.
  IStackSynthesizer& synthesizer() const noexcept { return *synthesizer_; }

  /// The account: a literal when the stack has a concrete account, else { "Ref": "AWS::AccountId" }.
  Value account() const;
  /// The region: a literal when the stack has a concrete region, else { "Ref": "AWS::Region" }.
  Value region() const;
  Value partition() const;
  Value urlSuffix() const;
  Value stackId() const;
  /// The literal account / region, when concrete.
  const std::optional<std::string>& concreteAccount() const noexcept { return account_; }
  const std::optional<std::string>& concreteRegion() const noexcept { return region_; }
  /// "aws://<account>/<region>" with unknown parts as aws-cdk-lib writes them.
  std::string environment() const;

  /// The availability zones the stack can use. Environment-agnostic stacks get two:
  /// Fn::Select(0|1, Fn::GetAZs("")). Concrete stacks read the context key
  /// "availability-zones:account=<account>:region=<region>"; without it they get aws-cdk-lib's dummy zones
  /// "dummy1a", "dummy1b", "dummy1c" and the key is reported as missing context.
  std::vector<Value> availabilityZones() const;

  /// Records that a context lookup found no value (aws-cdk-lib's reportMissingContextKey); a key already
  /// reported is kept once.
  void reportMissingContextKey(MissingContext report);
  /// The context this stack's lookups missed, in the order they were reported.
  const std::vector<MissingContext>& missingContext() const noexcept { return missingContext_; }

  /// Makes this stack deploy after `target`.
  void addDependency(Stack& target, std::string reason = {});
  /// The stacks this one depends on explicitly (references add more at synthesis).
  const std::vector<std::pair<Stack*, std::string>>& dependencies() const noexcept { return dependencies_; }

  /// Stack-level tags (the aspect of Tags::of(app) also lands here).
  TagManager& tags() noexcept { return tags_; }
  const TagManager& tags() const noexcept { return tags_; }

  /// The logical ID an element gets: aws-cdk-lib's makeUniqueId over its path below this stack.
  std::string allocateLogicalId(const CfnElement& element) const;
  /// Builds an ARN from its components, with the stack's partition, region and account by default
  /// (Arn::format with this stack).
  Value formatArn(const ArnComponents& components) const { return Arn::format(components, this); }
  /// The components of an ARN (Arn::split).
  ArnComponents splitArn(const Value& arn, ArnFormat arnFormat) const { return Arn::split(arn, arnFormat); }
  /// Exports `exportedValue` from this stack (an Output with an Export named as aws-cdk-lib names
  /// automatic exports) and returns the Fn::ImportValue that reads it.
  Value exportValue(const Value& exportedValue, std::optional<std::string> name = {});

  /// The template JSON of a value as this stack would write it (CDK's stack.resolve): literals as they are,
  /// references to resources of this stack as Ref / Fn::GetAtt, Lazy values computed now. A reference to
  /// another stack is a ReferenceError here: exports are only created during synthesis.
  nlohmann::ordered_json resolve(const Value& value) const;

  /// Adds a transform (e.g. "AWS::Serverless-2016-10-31") to the template. One transform is written as a
  /// string; several as a list without repeats (also when the same one was added twice), as aws-cdk-lib does.
  void addTransform(std::string transform) { transforms_.push_back(std::move(transform)); }
  const std::vector<std::string>& transforms() const noexcept { return transforms_; }
  void setTemplateMetadata(Value metadata) { templateMetadata_ = std::move(metadata); }
  const Value& templateMetadata() const noexcept { return templateMetadata_; }

 private:
  std::string stackName_;
  std::string artifactId_;
  std::optional<std::string> description_;
  std::optional<std::string> account_;
  std::optional<std::string> region_;
  bool terminationProtection_;
  std::shared_ptr<IStackSynthesizer> synthesizer_;
  TagManager tags_;
  std::vector<std::pair<Stack*, std::string>> dependencies_;
  std::vector<std::string> transforms_;
  Value templateMetadata_;
  // Lookups are made from const accessors (availabilityZones()), as aws-cdk-lib's getters report them.
  mutable std::vector<MissingContext> missingContext_;
};

}  // namespace cdk
