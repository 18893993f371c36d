// Helpers of the generated L1 classes (include/cdk/cfn/*) for the other direction of cfn_render.hpp: typed props
// from a template's property values, for cloudformation_include::CfnInclude. Internal: the generated sources and
// CfnInclude use it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/cfn_tag.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class CfnResource;
class Construct;
}  // namespace cdk

namespace cdk::detail {

/// Reads the fields of one property map into typed props, one take() per field (the generated code lists them
/// as it lists put() for rendering). A value that fits its field's type is moved into it; rendering the props
/// again gives it back unchanged. What does not fit (an intrinsic function where the schema wants an object, a
/// property the schema does not know) is handled by the mode:
/// - a resource's Properties: kept as it is in `extra`, by name, for the caller to render as a property
///   override (aws-cdk-lib's CfnInclude does the same);
/// - a nested property type: the whole object does not fit, and the property that holds it goes to `extra`.
class CDKPP_API PropertyReader {
 public:
  /// A nested property type: finish() says whether every entry fit.
  explicit PropertyReader(const Value& value) noexcept;
  /// A resource's Properties: what does not fit goes to `extra`.
  PropertyReader(const Value& value, Value::Map& extra) noexcept;

  // The common field types out of line, compiled once: most fields are Values.
  void take(std::string_view name, std::optional<Value>& field);
  void take(std::string_view name, std::optional<ValueList>& field);
  void take(std::string_view name, std::optional<Value::Map>& field);
  void take(std::string_view name, std::optional<CfnTag>& field);
  void take(std::string_view name, std::optional<std::vector<CfnTag>>& field);
  /// A nested property type (or a list or map of them).
  template <class T>
  void take(std::string_view name, std::optional<T>& field) {
    const Value* value = next(name);
    if (!value) return;
    // Read in place: no copy or move of nested types is instantiated for each of them.
    if (!read(*value, field.emplace())) {
      field.reset();
      reject(name, *value);
    }
  }

  /// A nested type: true when the value was a map whose every entry fit. Properties: the entries no take()
  /// asked for go to `extra`; true.
  bool finish();

 private:
  const Value* next(std::string_view name);
  void reject(std::string_view name, const Value& value);

  static bool read(const Value& value, Value& out);
  static bool read(const Value& value, ValueList& out);
  static bool read(const Value& value, Value::Map& out);
  static bool read(const Value& value, CfnTag& out);
  /// A nested property type, by its generated fromValue (found by argument-dependent lookup).
  template <class T>
  static bool read(const Value& value, T& out) {
    return fromValue(value, out);
  }
  template <class T>
  static bool read(const Value& value, std::vector<T>& out) {
    if (!value.isList()) return false;
    const auto& items = value.asList();
    out = std::vector<T>(items.size());  // made at its size: no reallocation code for T
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!read(items[i], out[i])) return false;
    }
    return true;
  }
  template <class T>
  static bool read(const Value& value, std::vector<std::pair<std::string, T>>& out) {
    if (!value.isMap()) return false;
    const auto& entries = value.asMap();
    out = std::vector<std::pair<std::string, T>>(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      out[i].first = entries[i].first;
      if (!read(entries[i].second, out[i].second)) return false;
    }
    return true;
  }

  const Value::Map* map_ = nullptr;
  Value::Map* extra_ = nullptr;
  std::vector<bool> taken_;
  bool fits_ = true;
};

/// Generated parse functions are cold: run once per included resource, they are compiled for size.
#if defined(__GNUC__)
#  define CDKPP_PARSE_FUNCTION [[gnu::cold]]
#else
#  define CDKPP_PARSE_FUNCTION
#endif

/// Makes the generated L1 object of a resource type from a template's (converted) Properties, under `scope`
/// with construct id `id`; what its props cannot hold is left in `extra` (see PropertyReader).
using CfnResourceFactory = CfnResource& (*)(Construct& scope, std::string_view id, const Value& properties,
                                            Value::Map& extra);

struct CfnResourceFactoryEntry {
  std::string_view typeName;
  CfnResourceFactory make;
};

/// The factory of the generated L1 class of `typeName` ("AWS::EC2::VPC"), or null when the L1 layer has none
/// (a service not in tools/cfn-gen/services.txt, a custom resource). Generated with the L1 layer.
CDKPP_API const CfnResourceFactoryEntry* findCfnResourceFactory(std::string_view typeName) noexcept;

}  // namespace cdk::detail
