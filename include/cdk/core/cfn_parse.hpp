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
#include "cdk/core/errors.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/type_spec.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class CfnResource;
class Construct;
}  // namespace cdk

namespace cdk::detail {

/// A template's value that cannot have the type its property has (aws-cdk-lib refuses it too). `pointer()` is
/// the JSON pointer of the value below the resource's Properties ("/LoggingConfig/Enabled").
class CDKPP_API PropertyValueError : public Error {
 public:
  PropertyValueError(std::string pointer, const std::string& message);
  const std::string& pointer() const noexcept { return pointer_; }

 private:
  std::string pointer_;
};

/// A template's property values (`properties`, of the type `spec` of `table`) with the types the schema gives
/// them, as aws-cdk-lib's FromCloudFormation.getString/getNumber/getBoolean convert them when a template is
/// included, so that the template renders as aws-cdk-lib renders it:
/// - a string property: a number becomes its JavaScript text (1024 -> "1024", 0.5 -> "0.5"), a boolean "true" or
///   "false";
/// - a number or integer property: a string becomes the number JavaScript's parseFloat reads from its start
///   ("3" -> 3, " 1.50" -> 1.5, "12abc" -> 12); a string that does not start with a number stays as it is;
/// - a boolean property: "true" and "false" become booleans; another string throws PropertyValueError;
/// - objects, lists and maps are converted entry by entry, by their properties' and elements' types.
/// Tokens, nulls, properties the schema does not list, values of another shape (a list where the schema has a
/// string) and free-form JSON stay as they are: the schema check at synthesis judges them.
CDKPP_API Value convertToSchemaTypes(const CfnSpecTable& table, const CfnTypeSpec& spec, Value properties);

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
  /// A resource's Properties, their values first converted to the types of the schema in `types` when there is
  /// one (convertToSchemaTypes, which may throw PropertyValueError): what does not fit goes to `extra`.
  PropertyReader(const Value& value, Value::Map& extra, const CfnResourceTypeInfo* types);

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

  Value converted_;  ///< the Properties with the schema's types, when converted
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
