// What CloudFormation or the CDK toolchain would refuse is refused at synthesis, with the construct path and
// what to change: colliding artifacts and stack names, attributes a type does not have, strings its schema
// does not allow, reserved tag keys.
#include <gtest/gtest.h>

#include "cdk/cfn/rds.hpp"
#include "cdk/cfn/sns.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;

using cdkpp_test::topic;

TEST(CloudFormationRefusalsTest, AStackCalledTreeWouldVanishFromTheManifest) {
  cdk::App app;
  topic(app.make<cdk::Stack>("Tree"));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "Tree: the stack's artifact id 'Tree' is the id of the construct tree's artifact (tree.json)");
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError, "give the stack another construct id");
  // Without tree.json there is no collision.
  cdk::App noTree(cdk::AppProps{.treeMetadata = false});
  topic(noTree.make<cdk::Stack>("Tree"));
  EXPECT_NO_THROW(noTree.synth({.write = false}));
}

TEST(CloudFormationRefusalsTest, TwoStacksWithOneNameInOneEnvironment) {
  cdk::App app;
  const cdk::Environment env{.account = "111111111111", .region = "eu-west-1"};
  topic(app.make<cdk::Stack>("A", {.env = env, .stackName = "shared"}));
  topic(app.make<cdk::Stack>("B", {.env = env, .stackName = "shared"}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "B: the stack name 'shared' is also the name of stack 'A' in the same environment "
                   "(aws://111111111111/eu-west-1), so deploying one would replace the other; give one of them "
                   "another stackName");
}

TEST(CloudFormationRefusalsTest, OneNameInTwoEnvironmentsIsFine) {
  cdk::App app;
  topic(app.make<cdk::Stack>("A", {.env = cdk::Environment{.region = "eu-west-1"}, .stackName = "shared"}));
  topic(app.make<cdk::Stack>("B", {.env = cdk::Environment{.region = "us-east-1"}, .stackName = "shared"}));
  EXPECT_NO_THROW(app.synth({.write = false}));
}

TEST(CloudFormationRefusalsTest, EnvironmentAgnosticStacksWithOneName) {
  // Both deploy wherever the CLI points: the same environment.
  cdk::App app;
  topic(app.make<cdk::Stack>("A", {.stackName = "shared"}));
  topic(app.make<cdk::Stack>("B", {.stackName = "shared"}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError, "the stack name 'shared' is also the name");
}

TEST(CloudFormationRefusalsTest, GetAttOfAnAttributeTheTypeDoesNotHave) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& cluster = stack.make<cdk::rds::CfnDBCluster>("Db", cdk::rds::CfnDBClusterProps{.engine = "aurora-postgresql"});
  EXPECT_THROW_MSG(cluster.getAtt("NoSuchAttr"), cdk::ConstructError,
                   "Stack/Db: AWS::RDS::DBCluster has no attribute 'NoSuchAttr'; its attributes are: ");
  EXPECT_THROW_MSG(cluster.getAtt("NoSuchAttr"), cdk::ConstructError, "Endpoint.Address");
  EXPECT_NO_THROW(cluster.getAtt("Endpoint.Address"));
  EXPECT_NO_THROW(cluster.getAtt("DBClusterArn"));
  // A type the schema does not know (no typed L1) is not judged.
  auto& custom = stack.make<cdk::CfnResource>("Custom", {.type = "Custom::Thing"});
  EXPECT_NO_THROW(custom.getAtt("Anything"));
}

TEST(CloudFormationRefusalsTest, StringsThatDoNotMatchTheSchemaPattern) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  stack.make<cdk::rds::CfnDBCluster>(
      "Db", cdk::rds::CfnDBClusterProps{.dbClusterIdentifier = "my_cluster!", .engine = "aurora-postgresql"});
  EXPECT_THROW_MSG(
      app.synth({.write = false}), cdk::ValidationError,
      "Stack/Db: AWS::RDS::DBCluster property 'DBClusterIdentifier' is 'my_cluster!', which does not match the "
      "pattern "
      "^[a-zA-Z]{1}(?:-?[a-zA-Z0-9]){0,62}$ that CloudFormation requires of it; change the value to match");
}

TEST(CloudFormationRefusalsTest, StringsThatMatchOrAreTokensPass) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  stack.make<cdk::rds::CfnDBCluster>(
      "Db", cdk::rds::CfnDBClusterProps{.dbClusterIdentifier = "my-cluster-1", .engine = "aurora-postgresql"});
  auto& param = stack.make<cdk::CfnParameter>("Name");
  stack.make<cdk::rds::CfnDBCluster>(
      "Db2", cdk::rds::CfnDBClusterProps{.dbClusterIdentifier = param.valueAsString(), .engine = "aurora-postgresql"});
  EXPECT_NO_THROW(app.synth({.write = false}));
}

TEST(CloudFormationRefusalsTest, StringLengthsOfTheSchema) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  stack.make<cdk::rds::CfnDBCluster>(
      "Db", cdk::rds::CfnDBClusterProps{.dbClusterIdentifier = std::string(64, 'a'), .engine = "aurora-postgresql"});
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "property 'DBClusterIdentifier' has 64 characters, more than the maximum of 63");
}

TEST(CloudFormationRefusalsTest, TagKeysReservedByAws) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  EXPECT_THROW_MSG(cdk::Tags::of(stack).add("aws:team", "x"), cdk::ConstructError,
                   "Stack: the tag key 'aws:team' starts with 'aws:', a prefix AWS reserves for its own tags; choose a "
                   "key without it");
  EXPECT_THROW_MSG(cdk::Tags::of(stack).add("AWS:Team", "x"), cdk::ConstructError, "starts with 'aws:'");
  EXPECT_NO_THROW(cdk::Tags::of(stack).add("awsteam", "x"));
  EXPECT_THROW_MSG(app.make<cdk::Stack>("Other", {.tags = {{"aws:owner", "me"}}}), cdk::ConstructError,
                   "Other: the tag key 'aws:owner' starts with 'aws:'");
}

TEST(CloudFormationRefusalsTest, StackDescriptionOverOneKilobyte) {
  cdk::App app;
  topic(app.make<cdk::Stack>("Stack", {.description = std::string(1025, 'd')}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                   "Stack: the stack's description has 1025 bytes, more than the 1024 CloudFormation allows");
  cdk::App ok;
  topic(ok.make<cdk::Stack>("Stack", {.description = std::string(1024, 'd')}));
  EXPECT_NO_THROW(ok.synth({.write = false}));
}

TEST(CloudFormationRefusalsTest, StackTagLimits) {
  cdk::App app;
  std::vector<std::pair<std::string, std::string>> tags;
  for (int i = 0; i < 51; ++i) tags.emplace_back("k" + std::to_string(i), "v");
  topic(app.make<cdk::Stack>("Many", {.tags = tags}));
  topic(app.make<cdk::Stack>("LongKey", {.tags = {{std::string(129, 'k'), "v"}}}));
  topic(app.make<cdk::Stack>("LongValue", {.tags = {{"team", std::string(257, 'v')}}}));
  try {
    app.synth({.write = false});
    FAIL();
  } catch (const cdk::ValidationError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("Many: the stack has 51 tags, more than the 50 CloudFormation allows"), std::string::npos)
        << what;
    EXPECT_NE(what.find("LongKey: the stack tag key 'kkkkkkkkkkkkkkkkkkkk...' has 129 characters, more than the 128"),
              std::string::npos)
        << what;
    EXPECT_NE(what.find("LongValue: the value of stack tag 'team' has 257 characters, more than the 256"),
              std::string::npos)
        << what;
  }
}

}  // namespace
