#include "cdk/core/value.hpp"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "intrinsics.hpp"

namespace cdk {
namespace {

constexpr auto kKindNames = enumNames<Value::Kind>({
    {Value::Kind::Null, "null"},
    {Value::Kind::Boolean, "a boolean"},
    {Value::Kind::Integer, "an integer"},
    {Value::Kind::Number, "a number"},
    {Value::Kind::String, "a string"},
    {Value::Kind::List, "a list"},
    {Value::Kind::Map, "a map"},
    {Value::Kind::Token, "a token"},
});
std::string_view kindName(Value::Kind kind) { return nameOf(kKindNames, kind); }

[[noreturn]] void wrongKind(const Value& value, const char* expected) {
  throw Error(fmt::format("expected {} but the value is {}: {}", expected, kindName(value.kind()), value.toString()));
}

/// JSON nested deeper than this is refused: the conversion recurses, and no value a template holds is so deep.
constexpr int kMaxJsonDepth = 512;

template <class Json>
Value convertJson(const Json& json, int depth = 0) {
  if (depth > kMaxJsonDepth) {
    throw Error(
        fmt::format("the JSON value is nested more than {} levels deep; no template value is that deep: "
                    "pass a flatter document",
                    kMaxJsonDepth));
  }
  switch (json.type()) {
    case Json::value_t::null: return Value();
    case Json::value_t::boolean: return Value(json.template get<bool>());
    case Json::value_t::number_integer: return Value(json.template get<std::int64_t>());
    case Json::value_t::number_unsigned: return Value(static_cast<std::int64_t>(json.template get<std::uint64_t>()));
    case Json::value_t::number_float: return Value(json.template get<double>());
    case Json::value_t::string: return Value(json.template get_ref<const std::string&>());
    case Json::value_t::array: {
      Value::List list;
      list.reserve(json.size());
      for (const auto& item : json) list.push_back(convertJson(item, depth + 1));
      return Value(std::move(list));
    }
    case Json::value_t::object: {
      Value::Map map;
      map.reserve(json.size());
      for (auto it = json.begin(); it != json.end(); ++it)
        map.emplace_back(it.key(), convertJson(it.value(), depth + 1));
      return Value(std::move(map));
    }
    default: return Value();
  }
}

nlohmann::ordered_json literalJson(const Value& value) {
  using json = nlohmann::ordered_json;
  switch (value.kind()) {
    case Value::Kind::Null: return nullptr;
    case Value::Kind::Boolean: return value.asBool();
    case Value::Kind::Integer: return value.asInteger();
    case Value::Kind::Number: return value.asNumber();
    case Value::Kind::String: return value.asString();
    case Value::Kind::List: {
      json out = json::array();
      for (const auto& item : value.asList()) out.push_back(literalJson(item));
      return out;
    }
    case Value::Kind::Map: {
      json out = json::object();
      for (const auto& [k, v] : value.asMap()) out[k] = literalJson(v);
      return out;
    }
    case Value::Kind::Token: return value.asToken()->toString();
  }
  return nullptr;
}

/// The parts of a string concatenation: a join with an empty delimiter splices in.
void appendParts(const Value& value, Value::List& parts) {
  if (value.isToken()) {
    if (const auto* join = dynamic_cast<const detail::FnJoin*>(value.asToken().get());
        join && join->delimiter().empty() && !join->joinsListToken()) {
      for (const auto& part : join->parts()) appendParts(part, parts);
      return;
    }
    parts.push_back(value);
    return;
  }
  std::string text;
  if (!detail::appendScalarText(value, text)) {
    throw Error(fmt::format("cannot concatenate {} into a string: {}", kindName(value.kind()), value.toString()));
  }
  if (!parts.empty() && parts.back().isString()) {
    parts.back() = Value(parts.back().asString() + text);
  } else {
    parts.emplace_back(std::move(text));
  }
}

}  // namespace

Value::Value(Token token) noexcept {
  if (token) data_ = std::move(token);
}

Value Value::fromJson(const nlohmann::json& json) { return convertJson(json); }
Value Value::fromJson(const nlohmann::ordered_json& json) { return convertJson(json); }

bool Value::asBool() const {
  if (!isBool()) wrongKind(*this, "a boolean");
  return std::get<bool>(data_);
}

std::int64_t Value::asInteger() const {
  if (isInteger()) return std::get<std::int64_t>(data_);
  if (kind() == Kind::Number) {
    double d = std::get<double>(data_);
    if (std::trunc(d) == d && std::fabs(d) < 9.007199254740992e15) return static_cast<std::int64_t>(d);
  }
  wrongKind(*this, "an integer");
}

double Value::asNumber() const {
  if (isInteger()) return static_cast<double>(std::get<std::int64_t>(data_));
  if (kind() == Kind::Number) return std::get<double>(data_);
  wrongKind(*this, "a number");
}

const std::string& Value::asString() const {
  if (!isString()) wrongKind(*this, "a string");
  return std::get<std::string>(data_);
}

const Value::List& Value::asList() const {
  if (!isList()) wrongKind(*this, "a list");
  return std::get<List>(data_);
}

Value::List& Value::asList() {
  if (!isList()) wrongKind(*this, "a list");
  return std::get<List>(data_);
}

const Value::Map& Value::asMap() const {
  if (!isMap()) wrongKind(*this, "a map");
  return std::get<Map>(data_);
}

Value::Map& Value::asMap() {
  if (!isMap()) wrongKind(*this, "a map");
  return std::get<Map>(data_);
}

const Value::Token& Value::asToken() const {
  if (!isToken()) wrongKind(*this, "a token");
  return std::get<Token>(data_);
}

const Value* Value::find(std::string_view key) const noexcept {
  if (!isMap()) return nullptr;
  for (const auto& [k, v] : std::get<Map>(data_)) {
    if (k == key) return &v;
  }
  return nullptr;
}

Value* Value::find(std::string_view key) noexcept {
  return const_cast<Value*>(static_cast<const Value*>(this)->find(key));
}

Value& Value::set(std::string_view key, Value value) {
  if (isNull()) data_ = Map{};
  auto& map = asMap();
  for (auto& [k, v] : map) {
    if (k == key) {
      v = std::move(value);
      return v;
    }
  }
  map.emplace_back(std::string(key), std::move(value));
  return map.back().second;
}

bool Value::erase(std::string_view key) {
  if (!isMap()) return false;
  auto& map = std::get<Map>(data_);
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (it->first == key) {
      map.erase(it);
      return true;
    }
  }
  return false;
}

bool Value::isUnresolved() const noexcept {
  switch (kind()) {
    case Kind::Token: return true;
    case Kind::List:
      for (const auto& item : std::get<List>(data_)) {
        if (item.isUnresolved()) return true;
      }
      return false;
    case Kind::Map:
      for (const auto& [k, v] : std::get<Map>(data_)) {
        if (v.isUnresolved()) return true;
      }
      return false;
    default: return false;
  }
}

std::string Value::toString() const {
  if (isToken()) return asToken()->toString();
  if (isString()) return asString();
  return literalJson(*this).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

Value operator+(const Value& lhs, const Value& rhs) {
  Value::List parts;
  appendParts(lhs, parts);
  appendParts(rhs, parts);
  if (parts.size() == 1 && parts.front().isString()) return parts.front();
  return Value(std::make_shared<detail::FnJoin>("", std::move(parts)));
}

Value& operator+=(Value& lhs, const Value& rhs) {
  lhs = lhs + rhs;
  return lhs;
}

ValueList::ValueList(Value value) {
  if (value.isList()) {
    items_ = std::move(value.asList());
  } else if (value.isToken() && value.asToken()->isList()) {
    token_ = value.asToken();
  } else if (!value.isNull()) {
    // `{sg.securityGroupId()}` or `{"sg-1"}`: one item, as `[x]` is in TypeScript.
    items_.push_back(std::move(value));
  }
}

ValueList ValueList::ofToken(Value token) {
  if (token.isList()) return ValueList(std::move(token.asList()));
  if (!token.isToken()) {
    throw Error(
        fmt::format("ValueList::ofToken expects a token that resolves to a list, but got {}", token.toString()));
  }
  ValueList out;
  const Value::Token& inner = token.asToken();
  out.token_ = inner->isList() ? inner : std::make_shared<detail::ListToken>(inner);
  return out;
}

Value ValueList::toValue() const {
  if (token_) return Value(token_);
  return Value(items_);
}

namespace detail {

bool appendScalarText(const Value& value, std::string& out) {
  switch (value.kind()) {
    case Value::Kind::String: out += value.asString(); return true;
    case Value::Kind::Integer: out += std::to_string(value.asInteger()); return true;
    case Value::Kind::Number: out += fmt::format("{}", value.asNumber()); return true;
    case Value::Kind::Boolean: out += value.asBool() ? "true" : "false"; return true;
    default: return false;
  }
}

}  // namespace detail
}  // namespace cdk
