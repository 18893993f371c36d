// lambda::Function's imports: name and environment from the ARN, the ARN from a name, and the missing ARN.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/lambda.hpp"
#include "data_test_util.hpp"

namespace {

namespace lambda = cdk::lambda;
using json = nlohmann::ordered_json;

TEST(LambdaFunctionImports, FromLiteralArn) {
  datatest::Fixture f;
  auto& fn =
      lambda::Function::fromFunctionArn(*f.stack, "Fn", "arn:aws:lambda:eu-west-1:123456789012:function:rotate-secret");
  EXPECT_EQ(f.stack->resolve(fn.functionArn()), "arn:aws:lambda:eu-west-1:123456789012:function:rotate-secret");
  EXPECT_EQ(f.stack->resolve(fn.functionName()), "rotate-secret");
  EXPECT_EQ(f.stack->resolve(fn.env().account), "123456789012");
  EXPECT_EQ(f.stack->resolve(fn.env().region), "eu-west-1");
  // Imported: nothing is rendered and no permission can be attached to it.
  EXPECT_EQ(fn.permissionsNode().defaultChild(), nullptr);
  EXPECT_FALSE(datatest::synthTemplate(f.app).contains("Resources"));
}

TEST(LambdaFunctionImports, FromTokenArn) {
  datatest::Fixture f;
  auto& param = f.stack->make<cdk::CfnParameter>("FunctionArn");
  auto& fn = lambda::Function::fromFunctionArn(*f.stack, "Fn", param.valueAsString());
  EXPECT_EQ(f.stack->resolve(fn.functionName()), json::parse(R"json({
    "Fn::Select": [6, {"Fn::Split": [":", {"Ref": "FunctionArn"}]}]
  })json"));
  EXPECT_EQ(f.stack->resolve(fn.env().region), "ap-southeast-1");
}

TEST(LambdaFunctionImports, FromFunctionName) {
  datatest::Fixture f;
  auto& fn = lambda::Function::fromFunctionName(*f.stack, "Fn", "rotate-secret");
  EXPECT_EQ(f.stack->resolve(fn.functionArn()), json::parse(R"json({"Fn::Join": ["", [
    "arn:", {"Ref": "AWS::Partition"}, ":lambda:ap-southeast-1:", {"Ref": "AWS::AccountId"}, ":function:rotate-secret"
  ]]})json"));
  // As aws-cdk-lib: the name is read back from the ARN, which is not a literal.
  EXPECT_EQ(f.stack->resolve(fn.functionName()), json::parse(R"json({"Fn::Select": [6, {"Fn::Split": [":",
    {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":lambda:ap-southeast-1:", {"Ref": "AWS::AccountId"},
                       ":function:rotate-secret"]]}]}]})json"));
}

TEST(LambdaFunctionImports, ArnIsRequired) {
  datatest::Fixture f;
  EXPECT_THROW_MSG(lambda::Function::fromFunctionAttributes(*f.stack, "Fn", {}), cdk::ConstructError,
                   "TapStackdev/Fn: Function::fromFunctionAttributes needs functionArn");
}

}  // namespace
