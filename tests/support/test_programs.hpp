// The smallest programs tests build on (defined once: a test area compiles as one unity source, where two
// files' helpers of the same name would clash).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace cdkpp_test {

/// An L1 SNS topic `id` with `props`: the smallest resource a case can put in a stack.
inline cdk::CfnResource& topic(cdk::Construct& scope, const std::string& id = "T", cdk::Value props = cdk::Value()) {
  return scope.make<cdk::CfnResource>(id, {.properties = std::move(props), .type = "AWS::SNS::Topic"});
}

/// Synthesis without writing the cloud assembly: the cases only need what it throws.
inline void synth(cdk::App& app) { app.synth({.write = false}); }

/// The template of stack `stack`, synthesized without writing the cloud assembly.
inline nlohmann::ordered_json templateOf(cdk::App& app, const std::string& stack = "S") {
  return app.synth({.write = false}).getStackByName(stack).templateJson();
}

}  // namespace cdkpp_test
