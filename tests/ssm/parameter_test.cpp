// String parameters: imported parameters, grants, values read at deployment.
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/ssm.hpp"
#include "data_test_util.hpp"
#include "template_compare.hpp"

namespace {

namespace iam = cdk::iam;
namespace ssm = cdk::ssm;
using datatest::json;

TEST(SsmParameter, ImportedByName) {
  datatest::Fixture f;
  auto& imported = ssm::StringParameter::fromStringParameterName(*f.stack, "Imported", "/health/dev/db-host");
  EXPECT_EQ(imported.parameterName(), cdk::Value("/health/dev/db-host"));
  EXPECT_EQ(f.stack->resolve(imported.parameterArn()),
            json::parse(R"({"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":ssm:ap-southeast-1:",
                           {"Ref": "AWS::AccountId"}, ":parameter/health/dev/db-host"]]})"));
  auto& role = f.stack->make<iam::Role>(
      "Role", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  imported.grantRead(role);
  imported.grantWrite(role);
  f.stack->make<cdk::CfnOutput>("Value", {.value = imported.stringValue()});
  f.stack->make<cdk::CfnOutput>("Again", {.value = imported.stringValue()});
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Parameters"]["ImportedParameter"],
            json::parse(R"({"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/health/dev/db-host"})"));
  // Apart from the synthesizer's BootstrapVersion parameter.
  EXPECT_EQ(cdkpp_test::withoutBootstrapScaffolding(t)["Parameters"].size(), 1u)
      << "one template parameter however often the value is used";
  const json statements = t["Resources"]["RoleDefaultPolicy5FFB7DAB"]["Properties"]["PolicyDocument"]["Statement"];
  ASSERT_EQ(statements.size(), 2u);
  EXPECT_EQ(statements[1]["Action"], "ssm:PutParameter");
}

TEST(SsmParameter, DynamicReferences) {
  datatest::Fixture f;
  auto& forced = ssm::StringParameter::fromStringParameterAttributes(
      *f.stack, "Forced", {.forceDynamicReference = true, .parameterName = "flag"});
  EXPECT_EQ(forced.stringValue(), cdk::Value("{{resolve:ssm:flag}}"));
  auto& pinned =
      ssm::StringParameter::fromStringParameterAttributes(*f.stack, "Pinned", {.parameterName = "flag", .version = 2});
  EXPECT_EQ(pinned.stringValue(), cdk::Value("{{resolve:ssm:flag:2}}"));
}

TEST(SsmParameter, GrantWrite) {
  datatest::Fixture f;
  auto& parameter = f.stack->make<ssm::StringParameter>("Param", {.parameterName = "flag", .stringValue = "on"});
  auto& role = f.stack->make<iam::Role>(
      "Role", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  parameter.grantWrite(role);
  cdk::assertions::Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::IAM::Policy", cdk::Value::fromJson(nlohmann::json::parse(R"({"PolicyDocument": {"Statement": [
        {"Action": "ssm:PutParameter", "Effect": "Allow"}]}})")));
}

}  // namespace
