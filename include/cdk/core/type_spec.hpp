// What the CloudFormation registry schema says about a resource type, as constant tables the generated L1
// layer provides: properties with their types, required ones, allowed values and bounds, tagging and
// GetAtt attributes. The core validates rendered properties against it at synthesis.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/tag_manager.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

enum class CfnValueType : std::uint8_t {
  Any,  ///< not checked
  String,
  Integer,
  Number,
  Boolean,
  Object,  ///< a nested property type (objectType lists its properties)
  Array,   ///< items describes each element
  Map,     ///< string keys; items describes each value
  Json,    ///< free-form JSON (a policy document, ...)
};

struct CfnTypeSpec;

struct CfnPropertySpec {
  std::string_view name;
  CfnValueType type = CfnValueType::Any;
  bool required = false;
  const CfnTypeSpec* objectType = nullptr;
  const CfnPropertySpec* items = nullptr;
  std::span<const std::string_view> allowedValues = {};
  std::optional<double> minimum = std::nullopt;
  std::optional<double> maximum = std::nullopt;
  std::optional<std::uint32_t> minLength = std::nullopt;
  std::optional<std::uint32_t> maxLength = std::nullopt;
};

struct CfnTypeSpec {
  std::string_view name;  ///< "AWS::EC2::VPC" or "AWS::EC2::SecurityGroup.Ingress"
  std::span<const CfnPropertySpec> properties;
  /// The schema allows properties it does not list (additionalProperties is not false).
  bool allowsAdditional = false;
};

struct CfnResourceTypeInfo {
  std::string_view typeName;
  const CfnTypeSpec* spec;
  TagType tagType;
  std::string_view tagPropertyName;              ///< CloudFormation name of the tag property ("Tags", "FileSystemTags")
  std::span<const std::string_view> attributes;  ///< GetAtt attribute names
};

/// Checks literal values against the spec: required properties, types, allowed values, numeric bounds and
/// string lengths. Tokens are not judged. Each message names the property path and what was expected.
CDKPP_API std::vector<std::string> validateAgainstSpec(const CfnTypeSpec& spec, const Value& properties);

}  // namespace cdk
