// How cdk-nag's rules see a template. cdk-nag 3 reads typed L1 properties of resources that aws-cdk-lib's
// CfnInclude parsed from the template, resolved with Stack.resolve, and compares them with JavaScript's
// operators. Its decisions follow from that view, quirks included, so the rules here read the resolved template
// through the same lens:
//  - CfnInclude coerces a value to the property's declared type: a number or boolean where a string is declared
//    becomes its text, "true"/"false" where a boolean is declared becomes a boolean, a numeric string where a
//    number is declared becomes a number (parseFloat); other values pass through unchanged;
//  - it evaluates Fn::Split of a literal string and Fn::Select from a literal list; every other intrinsic comes
//    back from Stack.resolve as the same object (and NagRules.resolveIfPrimitive refuses it);
//  - a JavaScript TypeError (reading a member of undefined, iterating an object, calling toLowerCase on a
//    number) makes the rule fail on that resource, which cdk-nag reports as a finding of the rule.
// `Js` is one such value: undefined, or a JSON value of the template (or one made while reading it).
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace cdk::compliance::detail {

using json = nlohmann::ordered_json;

/// The rule cannot decide on this resource: cdk-nag reports it as a finding of the rule with the message
/// "Rule threw an error during validation ...".
struct RuleFailure {
  std::string text;                    ///< a TypeError, a regular expression cdk-nag could not match
  const json* nonPrimitive = nullptr;  ///< the value NagRules.resolveIfPrimitive refused (valid while the rule runs)
  /// The error's message as cdk-nag's verbose mode shows it (made only then: rules that cannot decide are common).
  std::string message() const;
};

/// Values made while reading (a coerced number, an evaluated Fn::Split); they live as long as the evaluation.
class Scratch {
 public:
  const json* keep(json value) { return &values_.emplace_back(std::move(value)); }
  void clear() { values_.clear(); }
  bool owns(const json* value) const {
    for (const json& v : values_) {
      if (&v == value) return true;
    }
    return false;
  }

 private:
  std::deque<json> values_;
};

/// The types CfnInclude coerces a property to (aws-cdk-lib's FromCloudFormation.getString/getNumber/...).
enum class As { Any, String, Number, Boolean };

class Js {
 public:
  Js() = default;
  explicit Js(const json* value) : value_(value) {}

  /// JavaScript undefined (a missing property).
  bool undefined() const { return value_ == nullptr; }
  /// `x == undefined`: undefined or null.
  bool nullish() const { return value_ == nullptr || value_->is_null(); }
  const json* get() const { return value_; }
  const json& operator*() const { return *value_; }
  const json* operator->() const { return value_; }

  bool isString() const { return value_ && value_->is_string(); }
  bool isNumber() const { return value_ && value_->is_number(); }
  bool isBoolean() const { return value_ && value_->is_boolean(); }
  bool isArray() const { return value_ && value_->is_array(); }
  /// An object (intrinsic or struct): what `x === Object(x)` tells apart from primitives (arrays too).
  bool isObjectLike() const { return value_ && (value_->is_object() || value_->is_array()); }
  bool isTrue() const { return value_ && value_->is_boolean() && value_->get<bool>(); }    ///< `x === true`
  bool isFalse() const { return value_ && value_->is_boolean() && !value_->get<bool>(); }  ///< `x === false`
  /// `x === "text"`.
  bool is(std::string_view text) const { return isString() && value_->get_ref<const std::string&>() == text; }
  const std::string& str() const { return value_->get_ref<const std::string&>(); }

 private:
  const json* value_ = nullptr;
};

/// `{Ref: ...}` or `{"Fn::...": ...}`: one key.
bool isIntrinsic(const json& value);

/// The view of a template's value through CfnInclude and Stack.resolve: Fn::Split of a literal string and
/// Fn::Select from a literal list evaluated (at any depth of `value` that is read through this view).
class View {
 public:
  explicit View(Scratch& scratch) : scratch_(scratch) {}

  /// `value` with the literal Fn::Split/Fn::Select evaluated (its top level).
  Js resolve(const json* value) const;
  Js resolve(Js value) const { return resolve(value.get()); }
  /// The member `key` (CloudFormation's PascalCase) of an object: `x.key` in JavaScript. Undefined for
  /// a missing member and for primitives; reading a member of undefined or null is a TypeError.
  Js member(Js object, std::string_view key, As as = As::Any) const;
  /// A member read without throwing on undefined: `x?.key`.
  Js optionalMember(Js object, std::string_view key, As as = As::Any) const;
  /// The property of a resource (its Properties object), coerced as CfnInclude coerces it.
  Js property(const json& resource, std::string_view name, As as = As::Any) const;
  /// A value coerced as CfnInclude's FromCloudFormation coerces it to a declared type.
  Js coerce(Js value, As as) const;
  /// `for (const x of value)`: the elements of an array, the characters of a string; a TypeError otherwise.
  std::vector<Js> iterate(Js value, As elementAs = As::Any) const;
  /// A list property as aws-cdk-lib holds it before resolution (`node.prop` without Stack.resolve): its
  /// elements; a list intrinsic aws-cdk-lib turns into a list token is one element; nullopt for an intrinsic
  /// that stays an object (no length, not iterable).
  std::optional<std::vector<Js>> rawList(Js value, As elementAs = As::Any) const;

  /// NagRules.resolveIfPrimitive: the value when it is a primitive (or undefined); an object or array fails.
  Js resolveIfPrimitive(Js value) const;
  /// NagRules.resolveResourceFromIntrinsic: the logical ID a Ref or Fn::GetAtt names, else the value.
  Js resolveResourceFromIntrinsic(Js value) const;

  /// JSON.stringify of the value as cdk-nag sees it (literal Fn::Split/Fn::Select evaluated).
  std::string stringify(Js value) const;

  Js keep(json value) const { return Js(scratch_.keep(std::move(value))); }

  /// `make()` once per `key` (a value of the template) for the evaluation of a whole template: two rules that
  /// match expressions on the JSON of the same policy serialize it once.
  /// The text stays valid while the view does (for a value made while reading: until the next call).
  template <class Make>
  const std::string& memo(const json* key, std::string_view kind, Make make) const {
    if (scratch_.owns(key)) return unkept_ = make();  // made while reading: its address is reused later
    auto [it, inserted] = memo_.try_emplace({key, kind});
    if (inserted) it->second = make();
    return it->second;
  }

 private:
  Scratch& scratch_;
  struct MemoHash {
    std::size_t operator()(const std::pair<const json*, std::string_view>& k) const noexcept {
      return std::hash<const void*>()(k.first) ^ std::hash<std::string_view>()(k.second);
    }
  };
  mutable std::unordered_map<std::pair<const json*, std::string_view>, std::string, MemoHash> memo_;
  mutable std::string unkept_;  ///< memo()'s text for a value made while reading
};

// JavaScript's operators on values as rules see them.

/// `!!x`.
bool truthy(Js value);
/// `x == y` for a number y (JavaScript's loose equality).
bool looseEquals(Js value, double number);
/// `x == "text"` (JavaScript's loose equality).
bool looseEquals(Js value, std::string_view text);
/// `x == false` / `x == true`.
bool looseEqualsBool(Js value, bool b);
/// `x < n`, `x <= n`, `x > n`, `x >= n` for a number n (JavaScript's relational operators).
bool less(Js value, double number);
bool lessOrEqual(Js value, double number);
bool greaterOrEqual(Js value, double number);
/// `String(x)`.
std::string toJsString(Js value);
/// `x.toLowerCase()`: a TypeError unless x is a string.
std::string toLowerCase(Js value);
/// `x.includes(text)`: substring for strings, element for arrays, a TypeError for other values.
bool includes(Js value, std::string_view text);
/// `x.length` as a number; nullopt where JavaScript gives undefined (numbers, booleans, objects); a TypeError
/// for undefined and null.
std::optional<double> length(Js value);
/// `s.startsWith(t)` / `s.endsWith(t)`: a TypeError unless s is a string; t is converted with String().
bool startsWith(Js value, std::string_view prefix);
bool endsWith(Js value, Js suffix);
/// `Array.isArray(x)`.
inline bool isArray(Js value) { return value.isArray(); }
/// `x === y` where y is a value of the template: equal strings (objects are never identical).
bool strictEqualsString(Js value, Js other);

/// A RuleFailure for a JavaScript TypeError.
[[noreturn]] void typeError(std::string_view what);

/// cdk-nag's flattenCfnReference: a Ref, Fn::GetAtt, Fn::Join, Fn::Sub or Fn::ImportValue as a flat string
/// ("<Bucket.Arn>/*"), other values as JSON.
std::string flattenCfnReference(const View& view, Js value);

/// JSON.stringify of a string, appended to `out`: quoted, with `"`, `\` and control characters escaped. Text that is
/// not UTF-8 is refused as nlohmann::json refuses it (json::type_error).
void appendJsonString(std::string& out, std::string_view text);
/// Whether JSON.stringify of `text` is other than `text` in quotes (or `text` may not be UTF-8).
bool needsJsonEscapes(std::string_view text);

/// A JavaScript RegExp `pattern` (ECMAScript syntax; lookahead, no flags) searched in `text`.
bool regexSearch(std::string_view pattern, std::string_view text);

}  // namespace cdk::compliance::detail
