// CloudFormation intrinsic functions (aws-cdk-lib's Fn), as values.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnCondition;

namespace Fn {

/// { "Ref": logicalName } by name, for elements cdkpp does not model (prefer CfnResource::ref()).
CDKPP_API Value ref(std::string_view logicalName);
/// { "Fn::GetAtt": [logicalName, attribute] } by name (prefer CfnResource::getAtt()).
CDKPP_API Value getAtt(std::string_view logicalNameOfResource, std::string_view attributeName);
/// { "Fn::Join": [delimiter, values] }, minimised as aws-cdk-lib does: literals merge, nested joins with the
/// same delimiter flatten, and a single element is returned as it is.
CDKPP_API Value join(std::string_view delimiter, ValueList listOfValues);
/// { "Fn::Sub": body } or { "Fn::Sub": [body, variables] }. Variables may hold references.
CDKPP_API Value sub(std::string_view body, Value::Map variables = {});
/// { "Fn::Select": [index, array] }; a literal list selects at once.
CDKPP_API Value select(int index, ValueList array);
/// { "Fn::Split": [delimiter, source] }; a literal source splits at once.
CDKPP_API Value split(std::string_view delimiter, Value source);
/// { "Fn::GetAZs": region } ("" means the stack's region).
CDKPP_API Value getAzs(Value region = "");
/// { "Fn::ImportValue": name }.
CDKPP_API Value importValue(Value sharedValueToImport);
/// { "Fn::Base64": data }.
CDKPP_API Value base64(Value data);
/// { "Fn::Cidr": [ipBlock, count, cidrBits] }.
CDKPP_API Value cidr(Value ipBlock, Value count, Value sizeMask);
/// { "Fn::FindInMap": [map, topKey, secondKey] }.
CDKPP_API Value findInMap(Value mapName, Value topLevelKey, Value secondLevelKey);
/// { "Fn::If": [condition, ifTrue, ifFalse] } by condition name.
CDKPP_API Value conditionIf(std::string_view conditionId, Value valueIfTrue, Value valueIfFalse);
/// { "Fn::If": [...] } on a CfnCondition of the same stack (its logical ID is used, even when overridden).
CDKPP_API Value conditionIf(const CfnCondition& condition, Value valueIfTrue, Value valueIfFalse);
/// { "Fn::Equals": [lhs, rhs] }.
CDKPP_API Value conditionEquals(Value lhs, Value rhs);
/// { "Fn::And": [...] } of 2 to 10 conditions (a single one is returned as it is).
CDKPP_API Value conditionAnd(std::vector<Value> conditions);
/// { "Fn::Or": [...] } of 2 to 10 conditions (a single one is returned as it is).
CDKPP_API Value conditionOr(std::vector<Value> conditions);
/// { "Fn::Not": [condition] }.
CDKPP_API Value conditionNot(Value condition);
/// { "Condition": logicalId }: a CfnCondition used inside another condition expression.
CDKPP_API Value condition(const CfnCondition& condition);
/// { "Fn::Contains": [listOfStrings, value] }: true when `value` is one of the strings (rules only: CfnRule).
CDKPP_API Value conditionContains(std::vector<std::string> listOfStrings, Value value);
/// { "Fn::EachMemberEquals": [listOfStrings, value] }: true when every string equals `value` (rules only).
CDKPP_API Value conditionEachMemberEquals(std::vector<std::string> listOfStrings, Value value);
/// { "Fn::EachMemberIn": [stringsToCheck, stringsToMatch] }: true when each string to check is one of those to
/// match (rules only).
CDKPP_API Value conditionEachMemberIn(std::vector<std::string> stringsToCheck, std::vector<std::string> stringsToMatch);
/// { "Fn::Transform": { "Name": name, "Parameters": parameters } }.
CDKPP_API Value transform(std::string_view macroName, Value::Map parameters);

}  // namespace Fn
}  // namespace cdk
