#include "resolver.hpp"

#include <cmath>

#include <fmt/format.h>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "synthesis.hpp"

namespace cdk::detail {
namespace {

/// Returns the index of the first byte that breaks UTF-8, or npos.
std::size_t invalidUtf8At(const std::string& s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::string::npos;
}

}  // namespace

nlohmann::ordered_json Resolver::resolve(const Value& value) {
  using json = nlohmann::ordered_json;
  switch (value.kind()) {
    case Value::Kind::Null: return nullptr;
    case Value::Kind::Boolean: return value.asBool();
    case Value::Kind::Integer: return value.asInteger();
    case Value::Kind::Number: {
      const double d = value.asNumber();
      if (!std::isfinite(d)) fail(fmt::format("the number {} cannot be written to a template", d));
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
    case Value::Kind::Token: return value.asToken()->resolve(*this);
  }
  return nullptr;
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
