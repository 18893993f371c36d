#include "resolver.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "../utf8.hpp"
#include "cdk/core/cfn_element.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "synthesis.hpp"

namespace cdk::detail {

nlohmann::ordered_json Resolver::resolve(const Value& value) {
  using json = nlohmann::ordered_json;
  struct DepthGuard {
    std::size_t& depth;
    ~DepthGuard() { --depth; }
  } guard{++depth_};
  if (depth_ > kMaxDepth) {
    fail(
        fmt::format("the value is nested more than {} levels deep (lists in lists, or tokens that produce tokens); "
                    "a template value is never that deep: build a flatter value",
                    kMaxDepth));
  }
  switch (value.kind()) {
    case Value::Kind::Null: return nullptr;
    case Value::Kind::Boolean: return value.asBool();
    case Value::Kind::Integer: return value.asInteger();
    case Value::Kind::Number: {
      const double d = value.asNumber();
      if (!std::isfinite(d))
        fail(
            fmt::format("the number {} cannot be written to a template: JSON has no NaN or infinity; pass a finite "
                        "number (check the computation that produced it), or a string if the property takes one",
                        d));
      // Integral numbers print as integers, as JavaScript prints them.
      if (std::trunc(d) == d && std::fabs(d) < 9.007199254740992e15) return static_cast<std::int64_t>(d);
      return d;
    }
    case Value::Kind::String: {
      const std::string& text = value.asString();
      checkUtf8(text);
      return text;
    }
    case Value::Kind::List: {
      const auto& list = value.asList();
      json out = json::array();
      out.get_ref<json::array_t&>().reserve(list.size());
      for (std::size_t i = 0; i < list.size(); ++i) {
        path_.push_back({{}, i});
        json item = resolve(list[i]);
        path_.pop_back();
        if (!item.is_discarded()) out.push_back(std::move(item));
      }
      return out;
    }
    case Value::Kind::Map: {
      json out = json::object();
      auto& object = out.get_ref<json::object_t&>();
      const auto& map = value.asMap();
      object.reserve(map.size());
      for (const auto& [key, item] : map) {
        checkUtf8(key);
        path_.push_back({key, 0});
        json resolved = resolve(item);
        path_.pop_back();
        if (resolved.is_discarded()) continue;
        // Keys of a map value are unique by construction; append without the linear lookup of ordered_map.
        static_cast<std::vector<std::pair<const std::string, json>>&>(object).emplace_back(key, std::move(resolved));
      }
      return out;
    }
    case Value::Kind::Token: return resolveToken(*value.asToken());
  }
  return nullptr;
}

nlohmann::ordered_json Resolver::resolveToken(const IResolvable& token) {
  if (std::find(activeTokens_.begin(), activeTokens_.end(), &token) != activeTokens_.end()) {
    fail(
        fmt::format("the token {} resolves to a value that contains the token itself, so resolving it would never "
                    "end; a Lazy's producer must return the final value, not the Lazy (or a value holding it)",
                    token.toString()));
  }
  activeTokens_.push_back(&token);
  struct Pop {
    std::vector<const IResolvable*>& active;
    ~Pop() { active.pop_back(); }
  } pop{activeTokens_};
  return token.resolve(*this);
}

nlohmann::ordered_json Resolver::reference(const CfnElement& target, std::string_view attribute) {
  if (synthesis_) return synthesis_->reference(stack_, element_, target, std::string(attribute), location());
  if (&target.stack() != &stack_) {
    throw ReferenceError(fmt::format(
        "{}: refers to '{}' of stack '{}'; Stack::resolve only resolves references within the stack, because the "
        "export and import of a cross-stack reference are created during synthesis: synthesize the App instead",
        location(), target.node().path(), target.stack().node().path()));
  }
  if (attribute.empty()) return nlohmann::ordered_json{{"Ref", target.logicalId()}};
  return nlohmann::ordered_json{{"Fn::GetAtt", nlohmann::ordered_json::array({target.logicalId(), attribute})}};
}

std::string Resolver::propertyPath() const {
  std::string out;
  for (const auto& segment : path_) {
    if (segment.key.data()) {
      if (!out.empty()) out += '.';
      out += segment.key;
    } else {
      out += fmt::format("[{}]", segment.index);
    }
  }
  return out;
}

std::string Resolver::location() const {
  const std::string& path = element_ ? element_->node().path() : stack_.node().path();
  std::string properties = propertyPath();
  // Fragments start with the section and the logical ID; what follows is the place inside the element.
  return properties.empty() ? path : fmt::format("{} at {}", path, properties);
}

void Resolver::fail(const std::string& message) const {
  throw ResolutionError(element_ ? element_->node().path() : stack_.node().path(),
                        fmt::format("{} (at {})", message, propertyPath()));
}

void Resolver::checkUtf8(const std::string& text) const {
  const std::size_t at = invalidUtf8At(text);
  if (at == std::string::npos) return;
  fail(fmt::format(
      "the string starting \"{}\" is not valid UTF-8 (byte {} is 0x{:02X}); templates are UTF-8, so pass "
      "UTF-8 text",
      fmt::format("{}", text.substr(0, std::min<std::size_t>(at, 40))), at, static_cast<unsigned char>(text[at])));
}

}  // namespace cdk::detail
