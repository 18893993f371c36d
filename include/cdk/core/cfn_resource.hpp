// A CloudFormation resource (aws-cdk-lib's CfnResource). Generated L1 classes derive from it; used
// directly it is the escape hatch for any type, with free-form properties.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/tag_manager.hpp"
#include "cdk/core/type_spec.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnCondition;

/// Resource attributes other than Properties and DependsOn.
struct CfnResourceOptions {
  const CfnCondition* condition = nullptr;
  std::optional<Value> creationPolicy{};
  std::optional<CfnDeletionPolicy> deletionPolicy{};
  std::optional<std::string> description{};
  Value::Map metadata{};
  std::optional<Value> updatePolicy{};
  std::optional<CfnDeletionPolicy> updateReplacePolicy{};
  std::optional<std::string> version{};
};

struct CfnResourceProps {
  /// Free-form properties (a map), rendered as they are.
  Value properties{};
  /// The CloudFormation type, e.g. "AWS::SNS::Topic".
  std::string type{};
};

class CDKPP_API CfnResource : public CfnElement {
 public:
  using Props = CfnResourceProps;

  CfnResource(Construct& scope, std::string_view id, CfnResourceProps props);
  ~CfnResource() override;
  static bool isCfnResource(const Construct& construct) noexcept;

  const std::string& cfnResourceType() const noexcept { return type_; }
  /// The schema information of generated L1 types; nullptr for a raw CfnResource.
  const CfnResourceTypeInfo* typeInfo() const noexcept { return typeInfo_; }

  /// { "Ref": <logical id> }.
  Value ref() const;
  /// { "Fn::GetAtt": [<logical id>, attributeName] }.
  Value getAtt(std::string_view attributeName) const;

  CfnResourceOptions& cfnOptions() noexcept { return options_; }
  const CfnResourceOptions& cfnOptions() const noexcept { return options_; }
  /// Sets DeletionPolicy and (by default) UpdateReplacePolicy from a RemovalPolicy.
  void applyRemovalPolicy(std::optional<RemovalPolicy> policy, RemovalPolicyOptions options = {});

  /// DependsOn `target` when both are in one stack; a dependency between the stacks otherwise.
  void addDependency(CfnResource& target);
  void removeDependency(const CfnResource& target);
  const std::vector<CfnResource*>& dependsOn() const noexcept { return dependsOn_; }

  /// Sets a value at a dotted path of the rendered resource ("Properties.Tags.0.Key", "\\." for a literal
  /// dot), creating maps on the way. Applied after rendering, in the order given.
  void addOverride(std::string_view path, Value value);
  void addDeletionOverride(std::string_view path);
  void addPropertyOverride(std::string_view propertyPath, Value value);
  void addPropertyDeletionOverride(std::string_view propertyPath);
  /// Sets a property to a Value outside the typed props, rendered in its place among the properties (which are
  /// in the order of their names; addPropertyOverride appends instead). For what typed props cannot hold, such
  /// as an intrinsic function where the schema has an object (CfnInclude keeps such values of a template so).
  /// Replaces the typed property of the same name.
  void setUntypedProperty(std::string_view name, Value value);
  /// Leaves the property `name` out of the schema check at synthesis, which refuses a property the schema does
  /// not list: for what an included template has (CfnInclude keeps such properties as they are, with a warning).
  void excludeFromSchemaCheck(std::string_view name);
  /// Leaves the schema's constraints (allowed values, bounds, whole numbers, lengths, patterns) out of the check at
  /// synthesis and keeps its shape (required properties, types, properties it does not list), which is what
  /// aws-cdk-lib's L1 classes check: for the resources of an included template, which aws-cdk-lib includes as
  /// they are (CfnInclude warns of the values CloudFormation would refuse).
  void checkSchemaShapeOnly() noexcept { schemaCheck_ = CfnSpecCheck::Shape; }

  void addMetadata(std::string_view key, Value value);
  const Value* getMetadata(std::string_view key) const noexcept;

  /// The tags of this resource; nullptr when its type is not taggable.
  TagManager* tagManager() noexcept { return tags_.get(); }
  const TagManager* tagManager() const noexcept { return tags_.get(); }

  /// The Properties as they will be rendered (tags merged, property overrides applied), unresolved.
  Value renderedProperties() const;
  Value toCloudFormation() const override;
  std::vector<std::string> validateElement() const override;
  std::vector<std::string> validateFragment(const Value& fragment) const override;

 protected:
  /// For generated L1 classes.
  CfnResource(Construct& scope, std::string_view id, const CfnResourceTypeInfo& typeInfo);
  /// The properties from the L1's props, in CloudFormation names; the raw properties by default.
  virtual Value renderProperties() const;

 private:
  struct Override {
    std::string path;
    std::optional<Value> value;  ///< nullopt deletes
  };
  Value renderResource() const;

  std::string type_;
  const CfnResourceTypeInfo* typeInfo_ = nullptr;
  Value rawProperties_;
  Value::Map untypedProperties_;
  std::vector<std::string> unchecked_;
  CfnSpecCheck schemaCheck_ = CfnSpecCheck::All;
  CfnResourceOptions options_;
  std::vector<CfnResource*> dependsOn_;
  std::vector<Override> overrides_;
  std::unique_ptr<TagManager> tags_;
};

}  // namespace cdk
