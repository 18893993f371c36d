// A property value: a JSON literal or a token (an intrinsic function, a reference, a Lazy) that is resolved
// when the template is rendered. Values are plain C++ objects; nothing is encoded into strings.
#pragma once

#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "cdk/core/export.hpp"

namespace cdk {

class IResolvable;

/// A CloudFormation value before resolution. Lists and maps nest; maps keep insertion order.
class CDKPP_API Value {
 public:
  using List = std::vector<Value>;
  using Map = std::vector<std::pair<std::string, Value>>;
  using Token = std::shared_ptr<const IResolvable>;
  enum class Kind : std::uint8_t { Null, Boolean, Integer, Number, String, List, Map, Token };

  Value() noexcept = default;
  Value(std::nullptr_t) noexcept {}
  Value(bool b) noexcept : data_(b) {}
  template <class T>
    requires(std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>)
  Value(T i) noexcept : data_(static_cast<std::int64_t>(i)) {}
  template <std::floating_point T>
  Value(T d) noexcept : data_(static_cast<double>(d)) {}
  Value(const char* s) : data_(std::string(s)) {}
  Value(char* s) : data_(std::string(s)) {}
  Value(std::string s) noexcept : data_(std::move(s)) {}
  Value(std::string_view s) : data_(std::string(s)) {}
  Value(List list) noexcept : data_(std::move(list)) {}
  Value(Map map) noexcept : data_(std::move(map)) {}
  /// A token; a null pointer gives a null value.
  Value(Token token) noexcept;
  template <class T>
    requires std::derived_from<T, IResolvable>
  Value(std::shared_ptr<T> token) noexcept : Value(Token(std::move(token))) {}
  /// Pointers other than C strings would silently become booleans.
  template <class T>
  Value(T*) = delete;

  static Value list(std::initializer_list<Value> items) { return Value(List(items)); }
  static Value map(std::initializer_list<std::pair<std::string, Value>> entries) { return Value(Map(entries)); }
  /// Converts parsed JSON (for escape hatches and context values).
  static Value fromJson(const nlohmann::json& json);
  static Value fromJson(const nlohmann::ordered_json& json);

  Kind kind() const noexcept { return static_cast<Kind>(data_.index()); }
  bool isNull() const noexcept { return kind() == Kind::Null; }
  bool isBool() const noexcept { return kind() == Kind::Boolean; }
  bool isInteger() const noexcept { return kind() == Kind::Integer; }
  /// True for integers and other numbers.
  bool isNumber() const noexcept { return kind() == Kind::Integer || kind() == Kind::Number; }
  bool isString() const noexcept { return kind() == Kind::String; }
  bool isList() const noexcept { return kind() == Kind::List; }
  bool isMap() const noexcept { return kind() == Kind::Map; }
  bool isToken() const noexcept { return kind() == Kind::Token; }

  // Typed access; each throws cdk::Error naming the expected and the actual kind.
  bool asBool() const;
  std::int64_t asInteger() const;
  double asNumber() const;
  const std::string& asString() const;
  const List& asList() const;
  List& asList();
  const Map& asMap() const;
  Map& asMap();
  const Token& asToken() const;

  /// Map lookup; nullptr when this is not a map or has no such key.
  const Value* find(std::string_view key) const noexcept;
  Value* find(std::string_view key) noexcept;
  /// Sets a map entry, replacing an existing one in place. A null value becomes an empty map first.
  Value& set(std::string_view key, Value value);
  /// Removes a map entry; false when there was none.
  bool erase(std::string_view key);

  /// True when this value or anything inside it is a token (CDK's Token.isUnresolved).
  bool isUnresolved() const noexcept;
  /// A readable rendering for messages: a string as it is, JSON for other literals, ${Token[...]} for tokens.
  std::string toString() const;

  friend bool operator==(const Value& a, const Value& b) = default;

 private:
  std::variant<std::monostate, bool, std::int64_t, double, std::string, List, Map, Token> data_;
};

/// Concatenates strings, numbers and tokens. Literals fold into one string; with tokens the result is a
/// minimal `Fn::Join` with an empty delimiter, as aws-cdk-lib renders string interpolation.
CDKPP_API Value operator+(const Value& lhs, const Value& rhs);
CDKPP_API Value& operator+=(Value& lhs, const Value& rhs);

/// A list-typed property: literal items, or one token that resolves to a whole list (Fn::GetAZs, Fn::Split,
/// a List<...> parameter).
class CDKPP_API ValueList {
 public:
  ValueList() = default;
  ValueList(std::initializer_list<Value> items) : items_(items) {}
  ValueList(Value::List items) noexcept : items_(std::move(items)) {}
  template <std::ranges::input_range R>
    requires(std::convertible_to<std::ranges::range_reference_t<R>, Value> &&
             !std::same_as<std::remove_cvref_t<R>, Value::List> && !std::convertible_to<const R&, std::string_view>)
  ValueList(const R& range) {
    for (auto&& item : range) items_.emplace_back(item);
  }
  /// A literal list value, a token standing for a whole list (IResolvable::isList), or else a list of the
  /// one value given: `{sg.securityGroupId()}` is a one-item list, as `[sg.securityGroupId]` is in CDK.
  /// Null is the empty list.
  ValueList(Value value);
  /// A token that resolves to a whole list, whatever kind of token it is (CDK's Token.asList): e.g. a
  /// GetAtt of a list attribute. A literal list is taken as it is; any other literal throws cdk::Error.
  static ValueList ofToken(Value token);
  template <class T>
    requires std::derived_from<T, IResolvable>
  ValueList(std::shared_ptr<T> token) : ValueList(Value(std::move(token))) {}

  bool isToken() const noexcept { return static_cast<bool>(token_); }
  const Value::List& items() const noexcept { return items_; }
  Value::List& items() noexcept { return items_; }
  void push_back(Value v) { items_.push_back(std::move(v)); }
  std::size_t size() const noexcept { return items_.size(); }
  bool empty() const noexcept { return !token_ && items_.empty(); }
  auto begin() const noexcept { return items_.begin(); }
  auto end() const noexcept { return items_.end(); }
  /// The list as one value (a list, or the token).
  Value toValue() const;

  friend bool operator==(const ValueList&, const ValueList&) = default;

 private:
  Value::List items_;
  Value::Token token_;
};

}  // namespace cdk
