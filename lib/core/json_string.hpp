// A value rendered as JSON text inside a template (aws-cdk-lib's Stack.toJsonString / CloudFormationLang
// .toJSON): literals are written as JSON; references and other intrinsics become parts of an Fn::Join, as
// strings (in quotes). Used for dashboard bodies (compact) and build specs (indented by 2). Internal to the
// library.
#pragma once

#include <functional>

#include <nlohmann/json.hpp>

#include "cdk/core/value.hpp"

namespace cdk::detail {

/// A token that, in the stack being rendered, produces the value and writes it as JSON text: a string when
/// it holds no intrinsic, else { "Fn::Join": ["", [text, intrinsic, text, ...]] }. Null entries of objects
/// are left out (undefined in aws-cdk-lib). `space` indents as JSON.stringify's third argument does (0:
/// compact; else a line break before each element and ": " after keys).
cdk::Value jsonString(std::function<cdk::Value()> producer, int space = 0);

/// The JSON text (or Fn::Join) of an already resolved value; what the token above returns.
nlohmann::ordered_json stringifyResolved(const nlohmann::ordered_json& resolved, int space = 0);

}  // namespace cdk::detail
