// Whole templates compared with aws-cdk-lib 2.276's output for the same programs (tests/iam/fixtures/*.ts).
#include <gtest/gtest.h>

#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/logs.hpp"
#include "cdk/s3.hpp"
#include "cdk/secretsmanager.hpp"
#include "sec_test_util.hpp"

namespace {

namespace iam = cdk::iam;
namespace kms = cdk::kms;
namespace sm = cdk::secretsmanager;
using cdk::Value;

TEST(IamFixtures, Roles) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("IamRoles");
  auto& key = stack.make<kms::Key>("Key");
  auto& secret = stack.make<sm::Secret>("Secret");
  auto& role = stack.make<iam::Role>(
      "AppRole",
      {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks"),
       .description = "application role",
       .inlinePolicies = {{"ReadBuckets", iam::PolicyDocument({.statements = {iam::PolicyStatement(
                                                                   {.actions = {"s3:GetObject", "s3:ListBucket"},
                                                                    .resources = {"*"}})}})}},
       .managedPolicies =
           {iam::ManagedPolicy::fromAwsManagedPolicyName("service-role/AmazonECSTaskExecutionRolePolicy"),
            iam::ManagedPolicy::fromManagedPolicyArn(stack, "Custom", "arn:aws:iam::111111111111:policy/custom")},
       .maxSessionDuration = cdk::Duration::hours(2),
       .path = "/apps/",
       .roleName = "app-role"});
  secret.grantRead(role);
  key.grantDecrypt(role);
  iam::PolicyStatement st({.actions = {"sqs:SendMessage"}, .resources = {"arn:aws:sqs:us-east-1:111111111111:q"}});
  role.addToPolicy(st);
  role.addToPolicy(
      iam::PolicyStatement({.actions = {"sqs:SendMessage"}, .resources = {"arn:aws:sqs:us-east-1:111111111111:q"}}));
  role.addToPrincipalPolicy(iam::PolicyStatement(
      {.conditions = {{"Bool", Value::map({{"aws:SecureTransport", "false"}})},
                      {"StringEquals", Value::map({{"aws:RequestedRegion", Value::list({"us-east-1", "eu-west-1"})}})}},
       .effect = iam::Effect::DENY,
       .notActions = {"iam:*"},
       .notResources = {"arn:aws:iam::111111111111:role/x"},
       .sid = "DenyInsecure"}));
  stack.make<iam::Policy>(
      "Extra", {.roles = {role}, .statements = {iam::PolicyStatement({.actions = {"logs:*"}, .resources = {"*"}})}});
  stack.make<iam::Policy>("Unattached",
                          {.statements = {iam::PolicyStatement({.actions = {"logs:*"}, .resources = {"*"}})}});
  stack.make<iam::Role>("MultiTrust",
                        {.assumedBy = std::make_shared<iam::CompositePrincipal>(std::vector<iam::PrincipalPtr>{
                             std::make_shared<iam::ServicePrincipal>("lambda.amazonaws.com"),
                             std::make_shared<iam::AccountRootPrincipal>(),
                             std::make_shared<iam::ArnPrincipal>("arn:aws:iam::222222222222:role/other")}),
                         .externalIds = {"ext-1"}});
  stack.make<iam::Role>(
      "Conditional", {.assumedBy = std::make_shared<iam::AccountPrincipal>("333333333333")
                                       ->withConditions({{"StringEquals", Value::map({{"sts:ExternalId", "abc"}})}})});
  stack.make<cdk::CfnOutput>("RoleArn", {.value = role.roleArn()});
  stack.make<cdk::CfnOutput>("RoleName", {.value = role.roleName()});
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "IamRoles"), sectest::fixture("iam", "iam-roles"));
}

TEST(IamFixtures, Dedupe) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("IamDedupe");
  auto& r = s.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda")});
  r.addToPolicy(iam::PolicyStatement({.actions = {"s3:GetObject", "s3:PutObject"}, .resources = {"*"}}));
  r.addToPolicy(iam::PolicyStatement({.actions = {"s3:PutObject", "s3:GetObject"}, .resources = {"*"}}));
  r.addToPolicy(iam::PolicyStatement({.actions = {"s3:GetObject", "s3:PutObject"}, .resources = {"*"}}));
  auto& k = s.make<kms::Key>("K");
  auto any = [] { return std::vector<iam::PrincipalPtr>{std::make_shared<iam::AnyPrincipal>()}; };
  k.addToResourcePolicy(
      iam::PolicyStatement({.actions = {"kms:Decrypt", "kms:Encrypt"}, .principals = any(), .resources = {"*"}}));
  k.addToResourcePolicy(
      iam::PolicyStatement({.actions = {"kms:Encrypt", "kms:Decrypt"}, .principals = any(), .resources = {"*"}}));
  k.addToResourcePolicy(
      iam::PolicyStatement({.actions = {"kms:Decrypt", "kms:Encrypt"}, .principals = any(), .resources = {"*"}}));
  auto& p = s.make<iam::Policy>("P", {.roles = {r}});
  p.addStatements(iam::PolicyStatement({.actions = {"s3:GetObject", "s3:PutObject"}, .resources = {"*"}}));
  p.addStatements(iam::PolicyStatement({.actions = {"s3:PutObject", "s3:GetObject"}, .resources = {"*"}}));
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "IamDedupe"), sectest::fixture("iam", "iam-dedupe"));
}

TEST(IamFixtures, MinimizePolicies) {
  cdk::App app({.context = {{"@aws-cdk/aws-iam:minimizePolicies", true}}});
  auto& stack = app.make<cdk::Stack>("IamMin", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  auto& key = stack.make<kms::Key>("Key", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
  auto& secret = stack.make<sm::Secret>("Secret", {.encryptionKey = key});
  auto& role =
      stack.make<iam::Role>("Role", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  secret.grantRead(role);
  role.addToPolicy(iam::PolicyStatement({.actions = {"s3:PutObject"}, .resources = {"arn:aws:s3:::b/*"}}));
  role.addToPolicy(iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"arn:aws:s3:::b/*"}}));
  role.addToPolicy(iam::PolicyStatement({.actions = {"s3:GetObject"}, .resources = {"arn:aws:s3:::a/*"}}));
  sectest::expectMatchesFixture(sectest::synthTemplate(app, "IamMin"), sectest::fixture("iam", "iam-minimize"));
}

TEST(IamFixtures, WithoutPolicyUpdates) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  auto& role = stack.make<iam::Role>(
      "Writer", {.assumedBy = std::make_shared<iam::ServicePrincipal>("vpc-flow-logs.amazonaws.com")});
  auto& immutable = role.withoutPolicyUpdates();
  EXPECT_EQ(&role.withoutPolicyUpdates({.addGrantsToResources = true}), &immutable);
  auto& group = stack.make<cdk::logs::LogGroup>("Logs", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
  group.grantWrite(immutable);
  EXPECT_TRUE(immutable.addToPrincipalPolicy(iam::PolicyStatement({.actions = {"sqs:SendMessage"}, .resources = {"*"}}))
                  .statementAdded);
  stack.make<iam::ManagedPolicy>(
      "WriterPolicy", {.roles = {role},
                       .statements = {iam::PolicyStatement({.actions = {"logs:CreateLogStream", "logs:PutLogEvents"},
                                                            .resources = {group.logGroupArn()}})}});
  auto& reader = stack.make<iam::Role>(
      "Reader", {.assumedBy = std::make_shared<iam::ServicePrincipal>("ecs-tasks.amazonaws.com")});
  auto& bucket = stack.make<cdk::s3::Bucket>("Bucket", {.removalPolicy = cdk::RemovalPolicy::DESTROY});
  bucket.grantRead(reader.withoutPolicyUpdates({.addGrantsToResources = true}));
  auto& after = stack.make<cdk::CfnResource>("After", {.type = "AWS::SNS::Topic"});
  after.node().addDependency(immutable);
  stack.make<cdk::CfnOutput>("ImmutableArn", {.value = immutable.roleArn()});
  stack.make<cdk::CfnOutput>("ImmutableName", {.value = immutable.roleName()});
  EXPECT_EQ(role.defaultPolicy(), nullptr);
  EXPECT_EQ(immutable.node().path(), "TapStackdev/ImmutableRoleWriter");
  sectest::expectMatchesFixture(sectest::synthTemplate(app), sectest::fixture("iam", "iam-without-policy-updates"));
}

}  // namespace
