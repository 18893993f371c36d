// Fuzzes value resolution and rendering: the input is a JSON document whose objects with one "Fn::..." key
// become intrinsic functions, and whose "+" arrays become string concatenations. Synthesis must either
// produce a template that is valid JSON or throw a cdk::Error; it must never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace {

using cdk::Value;
using json = nlohmann::json;

Value build(const json& j, int depth);

cdk::ValueList listOf(const json& j, int depth) {
  cdk::ValueList out;
  if (j.is_array()) {
    for (const auto& item : j) out.push_back(build(item, depth + 1));
  } else {
    out = cdk::ValueList(build(j, depth + 1).isList() ? build(j, depth + 1) : Value(Value::List{build(j, depth + 1)}));
  }
  return out;
}

Value build(const json& j, int depth) {
  if (depth > 40) return Value("deep");
  if (j.is_object() && j.size() == 1) {
    const std::string key = j.begin().key();
    const json& arg = j.begin().value();
    auto at = [&](std::size_t i) { return arg.is_array() && arg.size() > i ? build(arg[i], depth + 1) : Value(""); };
    if (key == "Fn::Join")
      return cdk::Fn::join(arg.is_array() && !arg.empty() && arg[0].is_string() ? arg[0].get<std::string>() : ",",
                           arg.is_array() && arg.size() > 1 ? listOf(arg[1], depth) : cdk::ValueList{"x"});
    if (key == "Fn::Select")
      return cdk::Fn::select(arg.is_array() && !arg.empty() && arg[0].is_number_unsigned()
                                 ? static_cast<int>(arg[0].get<unsigned>() % 8)
                                 : 0,
                             arg.is_array() && arg.size() > 1 ? listOf(arg[1], depth) : cdk::ValueList{"x"});
    if (key == "Fn::Split")
      return cdk::Fn::split(arg.is_array() && !arg.empty() && arg[0].is_string() && !arg[0].get<std::string>().empty()
                                ? arg[0].get<std::string>()
                                : ",",
                            at(1));
    if (key == "Fn::Sub") return cdk::Fn::sub(arg.is_string() ? arg.get<std::string>() : "x", {{"V", at(1)}});
    if (key == "Fn::If") return cdk::Fn::conditionIf("C", at(0), at(1));
    if (key == "Fn::And") {
      std::vector<Value> conditions;
      if (arg.is_array())
        for (const auto& c : arg) conditions.push_back(build(c, depth + 1));
      return conditions.empty() ? Value(true) : cdk::Fn::conditionAnd(conditions);
    }
    if (key == "Fn::Base64") return cdk::Fn::base64(build(arg, depth + 1));
    if (key == "Fn::GetAZs") return cdk::Fn::getAzs(build(arg, depth + 1));
    if (key == "Ref" && arg == "AWS::Region") return cdk::Aws::REGION;
    if (key == "Lazy") {
      Value inner = build(arg, depth + 1);
      return cdk::Lazy::any([inner] { return inner; }, {.omitEmptyArray = true});
    }
    if (key == "Throw") return cdk::Lazy::any([]() -> Value { throw std::runtime_error("producer failed"); });
  }
  if (j.is_array() && !j.empty() && j[0] == "+") {
    Value acc("");
    for (std::size_t i = 1; i < j.size(); ++i) acc = acc + build(j[i], depth + 1);
    return acc;
  }
  if (j.is_array()) {
    Value::List list;
    for (const auto& item : j) list.push_back(build(item, depth + 1));
    return Value(std::move(list));
  }
  if (j.is_object()) {
    Value::Map map;
    for (const auto& [k, v] : j.items()) map.emplace_back(k, build(v, depth + 1));
    return Value(std::move(map));
  }
  return Value::fromJson(j);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const json input = json::parse(data, data + size, nullptr, false);
  if (input.is_discarded()) return 0;
  try {
    cdk::App app;
    auto& stack = app.make<cdk::Stack>("S");
    Value properties = build(input, 0);
    stack.make<cdk::CfnResource>("R", {.properties = Value::map({{"P", properties}}), .type = "Custom::Fuzz"});
    stack.make<cdk::CfnOutput>("O", {.value = properties});
    const auto& assembly = app.synth({.write = false});
    // The rendered template must survive a round trip through text.
    const std::string text = assembly.getStackByName("S").templateJson().dump(1);
    if (json::parse(text, nullptr, false).is_discarded()) __builtin_trap();
  } catch (const cdk::Error&) {
    // Refused with a message: fine.
  } catch (const std::runtime_error&) {
    // Concatenation and intrinsic helpers report bad input as cdk::Error; a producer may throw its own.
  }
  return 0;
}
