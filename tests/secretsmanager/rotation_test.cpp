// secretsmanager: rotation schedules (addRotationSchedule) and the rotation applications' table
// (SecretRotationApplication). SecretRotation itself is shown with the databases' fixtures in tests/rds.
#include <gtest/gtest.h>

#include "cdk/lambda.hpp"
#include "cdk/secretsmanager.hpp"
#include "data_test_util.hpp"

// The area's test files are compiled as one unity source: the helpers live in a namespace of their own.
namespace {
namespace rotation {

namespace sm = cdk::secretsmanager;
using json = nlohmann::ordered_json;

constexpr const char* kFunctionArn = "arn:aws:lambda:ap-southeast-1:123456789012:function:rotate";

/// The one resource of `type` in the template (a failure when there is not exactly one).
json onlyResource(const json& t, std::string_view type, std::string* logicalId = nullptr) {
  json found;
  int count = 0;
  for (const auto& [id, resource] : t["Resources"].items()) {
    if (resource["Type"] != type) continue;
    ++count;
    found = resource;
    if (logicalId) *logicalId = id;
  }
  EXPECT_EQ(count, 1) << type;
  return found;
}

struct Rig {
  datatest::Fixture f;
  sm::Secret& secret = f.stack->make<sm::Secret>("Secret");
  cdk::lambda::IFunction& fn = cdk::lambda::Function::fromFunctionArn(*f.stack, "Rotator", kFunctionArn);
};

TEST(SecretRotationSchedule, WithAnImportedFunction) {
  Rig s;
  auto& schedule = s.secret.addRotationSchedule("Schedule", {.rotationLambda = s.fn});
  EXPECT_EQ(schedule.node().path(), "TapStackdev/Secret/Schedule");
  const json t = datatest::synthTemplate(s.f.app);
  std::string secretId;
  onlyResource(t, "AWS::SecretsManager::Secret", &secretId);
  EXPECT_EQ(onlyResource(t, "AWS::SecretsManager::RotationSchedule")["Properties"], json::parse(R"json({
    "RotationLambdaARN": "arn:aws:lambda:ap-southeast-1:123456789012:function:rotate",
    "RotationRules": {"ScheduleExpression": "rate(30 days)"},
    "SecretId": {"Ref": ")json" + secretId + R"json("}
  })json"));
  // A secret under rotation is protected from deletion by the account root; an imported function gets no
  // grants (no Lambda permission, no role policy).
  const json policy = onlyResource(t, "AWS::SecretsManager::ResourcePolicy")["Properties"];
  EXPECT_EQ(policy["SecretId"], json({{"Ref", secretId}}));
  EXPECT_EQ(policy["ResourcePolicy"]["Statement"][0]["Effect"], "Deny");
  EXPECT_EQ(policy["ResourcePolicy"]["Statement"][0]["Action"], "secretsmanager:DeleteSecret");
  EXPECT_EQ(t["Resources"].size(), 3u);
}

TEST(SecretRotationSchedule, Options) {
  Rig s;
  s.secret.addRotationSchedule(
      "Schedule",
      {.automaticallyAfter = cdk::Duration::hours(6), .rotateImmediatelyOnUpdate = false, .rotationLambda = s.fn});
  const json t = datatest::synthTemplate(s.f.app);
  const json properties = onlyResource(t, "AWS::SecretsManager::RotationSchedule")["Properties"];
  EXPECT_EQ(properties["RotateImmediatelyOnUpdate"], false);
  EXPECT_EQ(properties["RotationRules"], json::parse(R"json({"ScheduleExpression": "rate(6 hours)"})json"));
}

TEST(SecretRotationSchedule, Errors) {
  Rig s;
  EXPECT_THROW_MSG(s.secret.addRotationSchedule("NoFunction", {}), cdk::ConstructError,
                   "TapStackdev/Secret/NoFunction: One of `rotationLambda` or `hostedRotation` must be specified");
  EXPECT_THROW_MSG(
      s.secret.addRotationSchedule("Short", {.automaticallyAfter = cdk::Duration::hours(3), .rotationLambda = s.fn}),
      cdk::ConstructError,
      "TapStackdev/Secret/Short: automaticallyAfter must not be smaller than 4 hours, got 3 hours");
  EXPECT_THROW_MSG(
      s.secret.addRotationSchedule("Long", {.automaticallyAfter = cdk::Duration::days(1200), .rotationLambda = s.fn}),
      cdk::ConstructError,
      "TapStackdev/Secret/Long: automaticallyAfter must not be greater than 1000 days, got 1200 days");
  // Not whole hours: said as it is, with the construct path (aws-cdk-lib fails to convert it to hours).
  EXPECT_THROW_MSG(
      s.secret.addRotationSchedule("Odd", {.automaticallyAfter = cdk::Duration::minutes(90), .rotationLambda = s.fn}),
      cdk::ConstructError,
      "TapStackdev/Secret/Odd: automaticallyAfter must not be smaller than 4 hours, got " +
          cdk::Duration::minutes(90).toHumanString());
}

TEST(SecretRotationApplications, PartitionsAndVersions) {
  const auto& app = sm::SecretRotationApplication::POSTGRES_ROTATION_SINGLE_USER;
  EXPECT_EQ(app.applicationId(),
            "arn:aws:serverlessrepo:us-east-1:297356227824:applications/SecretsManagerRDSPostgreSQLRotationSingleUser");
  EXPECT_EQ(app.semanticVersion(), "1.1.671");
  EXPECT_EQ(app.applicationArnForPartition("aws-cn"),
            "arn:aws-cn:serverlessrepo:cn-north-1:193023089310:applications/"
            "SecretsManagerRDSPostgreSQLRotationSingleUser");
  EXPECT_EQ(app.semanticVersionForPartition("aws-us-gov"), "1.1.383");
  EXPECT_FALSE(app.isMultiUser());
  EXPECT_TRUE(sm::SecretRotationApplication::DB2_ROTATION_MULTI_USER.isMultiUser());
  EXPECT_THROW_MSG(app.semanticVersionForPartition("aws-iso"), cdk::Error, "unsupported partition: aws-iso");
  EXPECT_THROW_MSG(app.applicationArnForPartition("aws-iso"), cdk::Error, "unsupported partition: aws-iso");
}

TEST(SecretRotationApplications, OwnApplications) {
  const sm::SecretRotationApplication own("MyRotationMultiUser", "2.0.0",
                                          {.additionalSemanticVersions = {{"aws-cn", "1.0.0"}}});
  EXPECT_TRUE(own.isMultiUser());  // from the name
  EXPECT_EQ(own.semanticVersionForPartition("aws-cn"), "1.0.0");
  EXPECT_THROW_MSG(own.semanticVersionForPartition("aws-us-gov"), cdk::Error, "unsupported partition: aws-us-gov");
  EXPECT_FALSE(sm::SecretRotationApplication("MyRotationMultiUser", "2.0.0", {.isMultiUser = false}).isMultiUser());
}

}  // namespace rotation
}  // namespace
