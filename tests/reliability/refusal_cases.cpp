// Bad input that CloudFormation or the CDK toolchain would refuse later (at deploy time, or by dropping part of
// the assembly): refused at synthesis instead, with the construct path and what to change.
#include "bad_input_catalogue.hpp"
#include "cdk/cfn/cloudwatch.hpp"
#include "cdk/cfn/ec2.hpp"
#include "cdk/cfn/kms.hpp"
#include "cdk/cfn/logs.hpp"
#include "cdk/cfn/rds.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"

namespace cdkpp_test {
namespace {

using namespace cdk;

}  // namespace

std::vector<BadInputCase> refusalBadInput() {
  std::vector<BadInputCase> c;
  c.push_back(makeCase<ValidationError>("StackWithTheIdTree",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Tree"));
                                          synth(app);
                                        },
                                        "Tree", {"the id of the construct tree's artifact", "another construct id"}));
  c.push_back(makeCase<ValidationError>(
      "TwoStacksWithOneArtifactId",
      [] {
        App app;
        auto& nested = app.make<Construct>("Group").make<Stack>("Stack");
        topic(nested);
        topic(app.make<Stack>(nested.artifactId()));
        synth(app);
      },
      "", {"is also the artifact id of stack 'Group/Stack'", "give one of them another construct id"}));
  c.push_back(makeCase<ValidationError>(
      "TwoStacksWithOneNameInARegion",
      [] {
        App app;
        const Environment env{.account = "123456789012", .region = "eu-west-1"};
        topic(app.make<Stack>("Blue", {.env = env, .stackName = "web"}));
        topic(app.make<Stack>("Green", {.env = env, .stackName = "web"}));
        synth(app);
      },
      "Green", {"the stack name 'web' is also the name of stack 'Blue'", "give one of them another stackName"}));
  c.push_back(makeCase<ValidationError>("StackNameOfAnotherStacksId",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Api"));
                                          topic(app.make<Stack>("Web", {.stackName = "Api"}));
                                          synth(app);
                                        },
                                        "Web", {"the stack name 'Api' is also the name of stack 'Api'"}));
  c.push_back(makeCase<ConstructError>("GetAttOfAnUnknownAttribute",
                                       [] {
                                         App app;
                                         auto& vpc = app.make<Stack>("Stack").make<ec2::CfnVPC>(
                                             "Vpc", ec2::CfnVPCProps{.cidrBlock = "10.0.0.0/16"});
                                         vpc.getAtt("NoSuchAttr");
                                       },
                                       "Stack/Vpc", {"AWS::EC2::VPC has no attribute 'NoSuchAttr'", "VpcId"}));
  c.push_back(makeCase<ConstructError>("GetAttOfATypeWithoutAttributes",
                                       [] {
                                         App app;
                                         auto& alias = app.make<Stack>("Stack").make<kms::CfnAlias>(
                                             "Alias", kms::CfnAliasProps{.aliasName = "alias/x", .targetKeyId = "k"});
                                         alias.getAtt("Arn");
                                       },
                                       "Stack/Alias", {"AWS::KMS::Alias has no attributes", "ref() instead"}));
  c.push_back(makeCase<ValidationError>(
      "StringThatDoesNotMatchTheSchemaPattern",
      [] {
        App app;
        app.make<Stack>("Stack").make<rds::CfnDBCluster>(
            "Db", rds::CfnDBClusterProps{.dbClusterIdentifier = "my_cluster!", .engine = "aurora-postgresql"});
        synth(app);
      },
      "Stack/Db", {"'my_cluster!', which does not match the pattern", "change the value to match"}));
  c.push_back(makeCase<ValidationError>(
      "StringThatDoesNotMatchAPatternWithAnEndAnchor",
      [] {
        App app;
        app.make<Stack>("Stack").make<logs::CfnLogGroup>("Logs", logs::CfnLogGroupProps{.logGroupName = "my logs"});
        synth(app);
      },
      "Stack/Logs", {"property 'LogGroupName' is 'my logs', which does not match the pattern"}));
  c.push_back(makeCase<ValidationError>(
      "StringThatDoesNotMatchThePatternOfANestedProperty",
      [] {
        App app;
        app.make<Stack>("Stack").make<cloudwatch::CfnAlarm>(
            "Alarm", cloudwatch::CfnAlarmProps{.comparisonOperator = "GreaterThanThreshold",
                                               .evaluationPeriods = 1,
                                               .metrics = {{{.expression = "SUM(METRICS())", .id = "Total-Errors"}}},
                                               .threshold = 1});
        synth(app);
      },
      "Stack/Alarm", {"property 'Metrics[0].Id' is 'Total-Errors', which does not match the pattern"}));
  c.push_back(makeCase<ValidationError>("StringLongerThanTheSchemaAllows",
                                        [] {
                                          App app;
                                          app.make<Stack>("Stack").make<rds::CfnDBCluster>(
                                              "Db", rds::CfnDBClusterProps{.dbClusterIdentifier = std::string(70, 'a'),
                                                                           .engine = "aurora-postgresql"});
                                          synth(app);
                                        },
                                        "Stack/Db", {"70 characters, more than the maximum of 63"}));
  c.push_back(makeCase<ConstructError>("TagKeyReservedByAws",
                                       [] {
                                         App app;
                                         Tags::of(app.make<Stack>("Stack")).add("aws:cost-center", "42");
                                       },
                                       "Stack", {"starts with 'aws:'", "choose a key without it"}));
  c.push_back(makeCase<ConstructError>("TagKeyReservedByAwsInCapitals",
                                       [] {
                                         App app;
                                         Tags::of(app.make<Stack>("Stack")).add("AWS:CostCenter", "42");
                                       },
                                       "Stack", {"'AWS:CostCenter' starts with 'aws:'"}));
  c.push_back(makeCase<ConstructError>("StackTagKeyReservedByAws",
                                       [] {
                                         App app;
                                         app.make<Stack>("Stack", {.tags = {{"aws:owner", "me"}}});
                                       },
                                       "Stack", {"'aws:owner' starts with 'aws:'"}));
  c.push_back(makeCase<ValidationError>("StackDescriptionOverOneKilobyte",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Stack", {.description = std::string(2000, 'x')}));
                                          synth(app);
                                        },
                                        "Stack", {"description has 2000 bytes, more than the 1024", "shorten it"}));
  c.push_back(makeCase<ValidationError>("StackWithMoreThanFiftyTags",
                                        [] {
                                          App app;
                                          std::vector<std::pair<std::string, std::string>> tags;
                                          for (int i = 0; i < 60; ++i) tags.emplace_back("t" + std::to_string(i), "v");
                                          topic(app.make<Stack>("Stack", {.tags = tags}));
                                          synth(app);
                                        },
                                        "Stack", {"60 tags, more than the 50", "tag resources instead"}));
  c.push_back(makeCase<ValidationError>("StackTagValueTooLong",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Stack", {.tags = {{"team", std::string(300, 'v')}}}));
                                          synth(app);
                                        },
                                        "Stack", {"stack tag 'team' has 300 characters, more than the 256"}));
  c.push_back(makeCase<ValidationError>("ParameterDefaultThatDoesNotMatchItsAllowedPattern",
                                        [] {
                                          App app;
                                          auto& stack = app.make<Stack>("Stack");
                                          stack.make<CfnParameter>("Env", {.allowedPattern = "(dev|prod)",
                                                                           .defaultValue = Value("production")});
                                          topic(stack);
                                          synth(app);
                                        },
                                        "Stack/Env", {"default 'production' does not match allowedPattern"}));
  c.push_back(makeCase<ValidationError>("ParameterWithAnAllowedPatternThatDoesNotCompile",
                                        [] {
                                          App app;
                                          auto& stack = app.make<Stack>("Stack");
                                          stack.make<CfnParameter>(
                                              "Env", {.allowedPattern = "(dev|prod", .defaultValue = Value("dev")});
                                          topic(stack);
                                          synth(app);
                                        },
                                        "Stack/Env", {"is not a valid regular expression", "missing closing"}));
  return c;
}

}  // namespace cdkpp_test
