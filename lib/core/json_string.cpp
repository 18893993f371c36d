#include "core/json_string.hpp"

#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <fmt/format.h>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/stack.hpp"
#include "core/js_number.hpp"

namespace cdk::detail {

namespace {

using json = nlohmann::ordered_json;

/// A JSON-looking object that is a CloudFormation intrinsic: one key, "Ref" or "Fn::..." (aws-cdk-lib's
/// isIntrinsic). aws-cdk-lib writes every intrinsic of a JSON string as a string (its type hint).
bool isIntrinsic(const json& value) {
  if (!value.is_object() || value.size() != 1) return false;
  const std::string& key = value.begin().key();
  if (key == "Ref") return true;
  return key.starts_with("Fn::") && key != "Fn::GetArtifactAtt" && key != "Fn::GetParam";
}

/// JSON text of a string without the quotes around it.
std::string quoteString(const std::string& text) {
  const std::string quoted = json(text).dump();
  return quoted.substr(1, quoted.size() - 2);
}

/// The literals inside an intrinsic quoted for use inside a JSON string (logical ids and attribute names
/// cannot contain characters that change).
json deepQuoteStringLiterals(const json& value) {
  if (value.is_array()) {
    json out = json::array();
    for (const auto& item : value) out.push_back(deepQuoteStringLiterals(item));
    return out;
  }
  if (value.is_object()) {
    json out = json::object();
    for (const auto& [key, item] : value.items()) out[quoteString(key)] = deepQuoteStringLiterals(item);
    return out;
  }
  if (value.is_string()) return quoteString(value.get<std::string>());
  return value;
}

class Writer {
 public:
  explicit Writer(int space) : space_(space) {}

  void write(const json& value) {
    if (value.is_null()) return;
    if (value.is_array()) {
      collection("[", "]", value, [this](const auto& item) { write(item.value()); });
      return;
    }
    if (value.is_object()) {
      if (isIntrinsic(value)) {
        literal("\"");
        segments_.emplace_back(deepQuoteStringLiterals(value));
        literal("\"");
        return;
      }
      collection("{", "}", value, [this](const auto& item) {
        literal(json(item.key()).dump());
        literal(space_ > 0 ? ": " : ":");
        write(item.value());
      });
      return;
    }
    if (value.is_number_float()) {
      literal(jsNumber(value.get<double>()));
      return;
    }
    literal(value.dump());
  }

  json result() && {
    if (segments_.empty()) return json(json::value_t::discarded);
    if (segments_.size() == 1) return std::move(segments_.front());
    json parts = json::array();
    for (auto& segment : segments_) append(parts, std::move(segment));
    return json{{"Fn::Join", json::array({"", std::move(parts)})}};
  }

 private:
  /// aws-cdk-lib's renderCollection: a line break (and the indentation) before each element and before the
  /// closing bracket of a collection that is not empty; null members of objects are left out.
  template <class Each>
  void collection(const char* open, const char* close, const json& value, Each each) {
    literal(open);
    indent_ += space_;
    bool comma = false;
    for (const auto& item : value.items()) {
      if (value.is_object() && item.value().is_null()) continue;  // undefined
      if (comma) literal(",");
      lineBreak();
      each(item);
      comma = true;
    }
    indent_ -= space_;
    if (comma) lineBreak();
    literal(close);
  }

  void lineBreak() {
    if (space_ > 0) literal("\n" + std::string(static_cast<std::size_t>(indent_), ' '));
  }

  void literal(const std::string& text) {
    if (!segments_.empty() && segments_.back().is_string()) {
      segments_.back().get_ref<std::string&>() += text;
    } else {
      segments_.emplace_back(text);
    }
  }

  /// aws-cdk-lib's minimalCloudFormationJoin with "": joins with "" are spliced in, adjacent strings merged.
  static void append(json& parts, json part) {
    if (part.is_object() && part.size() == 1 && part.contains("Fn::Join") && part["Fn::Join"].is_array() &&
        part["Fn::Join"].size() == 2 && part["Fn::Join"][0] == "" && part["Fn::Join"][1].is_array()) {
      for (auto& item : part["Fn::Join"][1]) append(parts, std::move(item));
      return;
    }
    if (part.is_string() && !parts.empty() && parts.back().is_string()) {
      parts.back().get_ref<std::string&>() += part.get<std::string>();
      return;
    }
    parts.push_back(std::move(part));
  }

  int space_;
  int indent_ = 0;
  std::vector<json> segments_;
};

class JsonStringToken final : public cdk::IResolvable {
 public:
  JsonStringToken(std::function<cdk::Value()> producer, int space) : producer_(std::move(producer)), space_(space) {}
  json resolve(cdk::ResolveContext& context) const override {
    cdk::Value value;
    try {
      value = producer_();
    } catch (const cdk::ResolutionError&) {
      throw;
    } catch (const std::exception& e) {
      // The producer renders what was added to the construct (widgets, metrics): name where it is used.
      const std::string path = context.element() ? context.element()->node().path() : context.stack().node().path();
      throw cdk::ResolutionError(path, fmt::format("{}: {}", context.location(), e.what()));
    }
    return stringifyResolved(context.resolve(value), space_);
  }
  std::string toString() const override { return "${Token[JSON]}"; }

 private:
  std::function<cdk::Value()> producer_;
  int space_;
};

}  // namespace

json stringifyResolved(const json& resolved, int space) {
  Writer writer(space);
  writer.write(resolved);
  return std::move(writer).result();
}

cdk::Value jsonString(std::function<cdk::Value()> producer, int space) {
  return cdk::Value(std::make_shared<JsonStringToken>(std::move(producer), space));
}

}  // namespace cdk::detail
