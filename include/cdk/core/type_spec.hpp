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

/// A string of a spec table: where it starts in CfnSpecTable::text, and its length in bytes.
///
/// The tables hold offsets and indices, never pointers. A pointer in constant data must be relocated when a
/// position-independent executable or a shared library is loaded, and the loader's write makes a private copy
/// of every page it touches: for the generated layer that was ~450 KB, copied at each start-up of every
/// program, although a program reads the tables of the few types it uses. Without pointers the tables stay
/// read-only pages of the file, loaded only where they are read.
struct CfnSpecString {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

/// "No such entry" for the indices below.
inline constexpr std::uint32_t kNoSpecIndex = 0xFFFFFFFFu;

struct CfnPropertySpec {
  CfnSpecString name;  ///< empty for the element of a list or map
  CfnValueType type = CfnValueType::Any;
  bool required = false;
  std::uint32_t objectType = kNoSpecIndex;  ///< Object: index of its CfnTypeSpec in the table's types
  std::uint32_t items = kNoSpecIndex;       ///< Array, Map: index of the element's spec in the table's properties
  std::uint32_t allowedValues = 0;          ///< first of allowedValueCount entries in the table's strings
  std::uint32_t allowedValueCount = 0;
  std::optional<double> minimum = std::nullopt;
  std::optional<double> maximum = std::nullopt;
  std::optional<std::uint32_t> minLength = std::nullopt;
  std::optional<std::uint32_t> maxLength = std::nullopt;
  CfnSpecString pattern{};  ///< String: the schema's regular expression (empty: none)
};

struct CfnTypeSpec {
  CfnSpecString name;               ///< "AWS::EC2::VPC" or "AWS::EC2::SecurityGroup.Ingress"
  std::uint32_t firstProperty = 0;  ///< its properties: propertyCount entries of the table's properties
  std::uint32_t propertyCount = 0;
  /// The schema allows properties it does not list (additionalProperties is not false).
  bool allowsAdditional = false;
};

/// The schema tables of one generated source file: the specs refer to each other by index within it.
struct CfnSpecTable {
  std::string_view text;                        ///< every name and value, back to back
  std::span<const CfnSpecString> strings;       ///< allowed values and attribute names, in runs
  std::span<const CfnPropertySpec> properties;  ///< each type's properties in a run; list and map elements
  std::span<const CfnTypeSpec> types;

  constexpr std::string_view str(CfnSpecString s) const { return text.substr(s.offset, s.size); }
  constexpr std::span<const CfnPropertySpec> propertiesOf(const CfnTypeSpec& type) const {
    return properties.subspan(type.firstProperty, type.propertyCount);
  }
  constexpr std::span<const CfnSpecString> allowedValuesOf(const CfnPropertySpec& property) const {
    return strings.subspan(property.allowedValues, property.allowedValueCount);
  }

  /// Every offset and index lies inside the table (the generated sources check this at compile time).
  constexpr bool wellFormed() const {
    const auto inText = [this](CfnSpecString s) { return s.offset <= text.size() && s.size <= text.size() - s.offset; };
    const auto inRange = [](std::size_t first, std::size_t count, std::size_t size) {
      return first <= size && count <= size - first;
    };
    for (CfnSpecString s : strings) {
      if (!inText(s)) return false;
    }
    for (const CfnPropertySpec& p : properties) {
      if (!inText(p.name) || !inText(p.pattern) || !inRange(p.allowedValues, p.allowedValueCount, strings.size())) {
        return false;
      }
      if (p.objectType != kNoSpecIndex && p.objectType >= types.size()) return false;
      if (p.items != kNoSpecIndex && p.items >= properties.size()) return false;
    }
    for (const CfnTypeSpec& t : types) {
      if (!inText(t.name) || !inRange(t.firstProperty, t.propertyCount, properties.size())) return false;
    }
    return true;
  }
};

struct CfnResourceTypeInfo {
  std::string_view typeName = {};
  const CfnSpecTable* specs = nullptr;  ///< null: the properties are not checked
  std::uint32_t spec = kNoSpecIndex;    ///< index of the resource's CfnTypeSpec in specs->types
  TagType tagType = TagType::NOT_TAGGABLE;
  std::string_view tagPropertyName = {};  ///< CloudFormation name of the tag property ("Tags", "FileSystemTags")
  std::uint32_t firstAttribute = 0;       ///< GetAtt attribute names: attributeCount entries of specs->strings
  std::uint32_t attributeCount = 0;

  /// The resource's own spec, or null when it has none.
  const CfnTypeSpec* typeSpec() const noexcept {
    return specs && spec < specs->types.size() ? &specs->types[spec] : nullptr;
  }
  /// GetAtt attribute names.
  CDKPP_API std::vector<std::string_view> attributes() const;
};

/// What validateAgainstSpec checks.
enum class CfnSpecCheck : std::uint8_t {
  All,          ///< the shape and the constraints
  Shape,        ///< required properties, types, properties the schema does not list (aws-cdk-lib's L1 checks)
  Constraints,  ///< allowed values, numeric bounds, whole numbers, string lengths and patterns
};

/// Checks literal values against `spec`, one of `table`'s types: required properties, types, allowed values,
/// numeric bounds, string lengths and patterns (or the part `check` names). Tokens are not judged. Each message
/// names the property path and what was expected.
CDKPP_API std::vector<std::string> validateAgainstSpec(const CfnSpecTable& table, const CfnTypeSpec& spec,
                                                       const Value& properties, CfnSpecCheck check = CfnSpecCheck::All);

}  // namespace cdk
