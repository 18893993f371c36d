// logs: log groups, retention and grants.
#include <gtest/gtest.h>

#include "cdk/cfn/logs.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/logs.hpp"
#include "sec_test_util.hpp"

namespace {

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace logs = cdk::logs;
using cdk::Value;
using json = nlohmann::ordered_json;

TEST(LogsFixtures, LogGroups) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Logs");
  stack.make<logs::LogGroup>("Standard");
  stack.make<logs::LogGroup>("Week", {.logGroupName = "/app/week",
                                      .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                      .retention = logs::RetentionDays::ONE_WEEK});
  stack.make<logs::LogGroup>("Forever", {.retention = logs::RetentionDays::INFINITE});
  stack.make<logs::LogGroup>("Snap", {.removalPolicy = cdk::RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE,
                                      .retention = logs::RetentionDays::THIRTEEN_MONTHS});
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "Logs"), sectest::fixture("logs", "logs-loggroups"));
}

TEST(LogGroup, RetentionDaysValues) {
  EXPECT_EQ(static_cast<int>(logs::RetentionDays::ONE_DAY), 1);
  EXPECT_EQ(static_cast<int>(logs::RetentionDays::ONE_WEEK), 7);
  EXPECT_EQ(static_cast<int>(logs::RetentionDays::THIRTEEN_MONTHS), 400);
  EXPECT_EQ(static_cast<int>(logs::RetentionDays::TWO_YEARS), 731);
  EXPECT_EQ(static_cast<int>(logs::RetentionDays::TEN_YEARS), 3653);
  EXPECT_EQ(static_cast<int>(logs::RetentionDays::INFINITE), 9999);
}

TEST(LogGroup, Options) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& key = stack.make<kms::Key>("K");
  auto& lg =
      stack.make<logs::LogGroup>("L", {.encryptionKey = key, .logGroupClass = logs::LogGroupClass::INFREQUENT_ACCESS});
  auto& d = stack.make<logs::LogGroup>("D", {.logGroupClass = logs::LogGroupClass::DELIVERY});
  EXPECT_EQ(lg.logGroupArn().toString(), "${Token[S/L/Resource.Arn]}");
  EXPECT_EQ(lg.logGroupName().toString(), "${Token[S/L/Resource.Ref]}");
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(
      t["Resources"][lg.cfnLogGroup().logicalId()]["Properties"].dump(),
      R"({"KmsKeyId":{"Fn::GetAtt":["K485CC42E","Arn"]},"LogGroupClass":"INFREQUENT_ACCESS","RetentionInDays":731})");
  EXPECT_EQ(t["Resources"][d.cfnLogGroup().logicalId()]["Properties"].dump(), R"({"LogGroupClass":"DELIVERY"})");
}

TEST(LogGroup, Grants) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& lg = stack.make<logs::LogGroup>("L");
  auto& role =
      stack.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  EXPECT_TRUE(lg.grantWrite(role).success());
  lg.grant(role, {"logs:DescribeLogStreams"});
  json t = sectest::synthTemplate(app, "S");
  const std::string id = lg.cfnLogGroup().logicalId();
  const json& statements = t["Resources"]["RDefaultPolicy0707467B"]["Properties"]["PolicyDocument"]["Statement"];
  EXPECT_EQ(statements[0].dump(),
            R"({"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":{"Fn::GetAtt":[")" +
                id + R"(","Arn"]}})");
  EXPECT_EQ(
      statements[1]["Resource"].dump(),
      R"([{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":logs:",{"Ref":"AWS::Region"},":",{"Ref":"AWS::AccountId"},":log-group:",{"Ref":")" +
          id + R"("}]]},{"Fn::GetAtt":[")" + id + R"(","Arn"]}])");
}

TEST(LogGroup, Imported) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  logs::ILogGroup& byArn =
      logs::LogGroup::fromLogGroupArn(stack, "A", "arn:aws:logs:us-east-1:111111111111:log-group:/my/group:*");
  EXPECT_EQ(byArn.logGroupName(), Value("/my/group"));
  EXPECT_EQ(byArn.logGroupArn(), Value("arn:aws:logs:us-east-1:111111111111:log-group:/my/group:*"));
  logs::ILogGroup& byName = logs::LogGroup::fromLogGroupName(stack, "N", "/x");
  EXPECT_EQ(byName.logGroupName(), Value("/x"));
}

TEST(LogGroup, BadInput) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(s.make<logs::LogGroup>("L1", {.retention = static_cast<logs::RetentionDays>(-1)}),
                   cdk::ConstructError, "S/L1: retentionInDays must be positive, got -1");
  EXPECT_THROW_MSG(s.make<logs::LogGroup>("L2", {.retention = static_cast<logs::RetentionDays>(0)}),
                   cdk::ConstructError, "retentionInDays must be positive, got 0");
  EXPECT_THROW_MSG(s.make<logs::LogGroup>("L3", {.logGroupClass = logs::LogGroupClass::DELIVERY,
                                                 .retention = logs::RetentionDays::ONE_DAY}),
                   cdk::ConstructError,
                   "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or use a "
                   "different LogGroupClass");
}

}  // namespace
