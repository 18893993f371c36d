#include "cloudwatch/json_string.hpp"

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
#include "cloudwatch/statistic.hpp"

namespace cdk::cloudwatch::detail {

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
  void write(const json& value) {
    if (value.is_null()) return;
    if (value.is_array()) {
      literal("[");
      bool comma = false;
      for (const auto& item : value) {
        if (comma) literal(",");
        write(item);
        comma = true;
      }
      literal("]");
      return;
    }
    if (value.is_object()) {
      if (isIntrinsic(value)) {
        literal("\"");
        segments_.emplace_back(deepQuoteStringLiterals(value));
        literal("\"");
        return;
      }
      literal("{");
      bool comma = false;
      for (const auto& [key, item] : value.items()) {
        if (item.is_null()) continue;  // undefined
        if (comma) literal(",");
        literal(json(key).dump());
        literal(":");
        write(item);
        comma = true;
      }
      literal("}");
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

  std::vector<json> segments_;
};

class JsonStringToken final : public cdk::IResolvable {
 public:
  explicit JsonStringToken(std::function<cdk::Value()> producer) : producer_(std::move(producer)) {}
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
    return stringifyResolved(context.resolve(value));
  }
  std::string toString() const override { return "${Token[JSON]}"; }

 private:
  std::function<cdk::Value()> producer_;
};

}  // namespace

json stringifyResolved(const json& resolved) {
  Writer writer;
  writer.write(resolved);
  return std::move(writer).result();
}

cdk::Value jsonString(std::function<cdk::Value()> producer) {
  return cdk::Value(std::make_shared<JsonStringToken>(std::move(producer)));
}

}  // namespace cdk::cloudwatch::detail
