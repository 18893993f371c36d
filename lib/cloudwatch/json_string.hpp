// A value rendered as JSON text inside a template (aws-cdk-lib's Stack.toJsonString / CloudFormationLang
// .toJSON): literals are written as JSON; references and other intrinsics become parts of an Fn::Join, as
// strings (in quotes). Internal to the library.
#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include "cdk/core/value.hpp"

namespace cdk::cloudwatch::detail {

/// A token that, in the stack being rendered, produces the value and writes it as JSON text: a string when
/// it holds no intrinsic, else { "Fn::Join": ["", [text, intrinsic, text, ...]] }. Null entries of objects
/// are left out (undefined in aws-cdk-lib).
cdk::Value jsonString(std::function<cdk::Value()> producer);

/// The JSON text (or Fn::Join) of an already resolved value; what the token above returns.
nlohmann::ordered_json stringifyResolved(const nlohmann::ordered_json& resolved);

}  // namespace cdk::cloudwatch::detail
