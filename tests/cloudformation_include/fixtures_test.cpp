// Included templates changed and extended: the templates aws-cdk-lib 2.276 gives for the same TypeScript programs
// (fixtures/include-modified.ts, including fixtures/clinic-network.yaml; fixtures/include-sam-application.ts,
// including fixtures/sam-rotation.yaml).
#include <sys/wait.h>

#include <cstdio>
#include <sstream>

#include <gtest/gtest.h>

#include "cdk/cfn/ec2.hpp"
#include "cdk/cfn/sns.hpp"
#include "cdk/cfn/ssm.hpp"
#include "cdk/cloudformation_include.hpp"
#include "cdk/core.hpp"
#include "cdk/logs.hpp"
#include "cdk/sam.hpp"
#include "cfn_lint.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

namespace cfninc = cdk::cloudformation_include;
namespace ec2 = cdk::ec2;
namespace logs = cdk::logs;
namespace sam = cdk::sam;
namespace sns = cdk::sns;
namespace ssm = cdk::ssm;
namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

json fixture(const std::string& name) {
  return json::parse(cdkpp_test::readFile(fs::path(CDKPP_INCLUDE_FIXTURES) / (name + ".template.json")));
}

/// The C++ port of fixtures/include-modified.ts, line by line.
void includeModified(cdk::Stack& stack) {
  auto& existing = stack.make<cfninc::CfnInclude>(
      "Existing", {.parameters = {{"EnvName", "prod"}},
                   .templateFile = (fs::path(CDKPP_INCLUDE_FIXTURES) / "clinic-network.yaml").string()});

  auto& vpc = existing.getResource<ec2::CfnVPC>("Vpc");
  vpc.props().cidrBlock = "10.20.0.0/16";
  vpc.props().enableDnsHostnames = false;

  auto& extra = stack.make<ec2::CfnSubnet>("ExtraSubnet", {
                                                              .availabilityZone = cdk::Fn::select(1, cdk::Fn::getAzs()),
                                                              .cidrBlock = "10.20.9.0/24",
                                                              .vpcId = vpc.ref(),
                                                          });
  auto& appSg = existing.getResource<ec2::CfnSecurityGroup>("AppSecurityGroup");
  stack.make<ec2::CfnSecurityGroupIngress>("PostgresFromExtra", {
                                                                    .cidrIp = "10.20.9.0/24",
                                                                    .fromPort = 5432,
                                                                    .groupId = appSg.attrGroupId(),
                                                                    .ipProtocol = "tcp",
                                                                    .toPort = 5432,
                                                                });

  auto& records = existing.getResource("Records");
  stack.make<logs::LogGroup>("AppLogs", {
                                            .logGroupName = cdk::Fn::join("-", {records.ref(), "app"}),
                                            .removalPolicy = cdk::RemovalPolicy::DESTROY,
                                            .retention = logs::RetentionDays::ONE_MONTH,
                                        });

  auto& alerts =
      stack.make<sns::CfnTopic>("Alerts", {
                                              .displayName = existing.getParameter("VpcCidr").valueAsString(),
                                          });
  alerts.cfnOptions().condition = &existing.getCondition("IsProd");

  stack.make<cdk::CfnOutput>("ExtraSubnetId", {.value = extra.ref()});
}

TEST(IncludeFixtures, ModifiedIncludeIsWhatAwsCdkLibMakes) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  includeModified(stack);
  // The fixtures are aws-cdk-lib's templates without the synthesizer's bootstrap scaffolding (tools/cdk-fixtures).
  const json ours = cdkpp_test::withoutBootstrapScaffolding(cdkpp_test::synthTemplate(app));
  const json theirs = fixture("include-modified");
  cdkpp_test::expectMatchesFixture(ours, theirs);
  // The sections the include renders, and the elements it makes, as aws-cdk-lib renders them.
  for (const char* section :
       {"AWSTemplateFormatVersion", "Description", "Metadata", "Mappings", "Parameters", "Conditions"}) {
    EXPECT_EQ(ours.value(section, json()), theirs.value(section, json())) << section;
  }
}

TEST(IncludeFixtures, ModifiedIncludePassesCfnLintAsAwsCdkLibsDoes) {
  if (!cdkpp_test::haveCommand("cfn-lint")) GTEST_SKIP() << "cfn-lint is not installed";
  cdkpp_test::TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  includeModified(app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}}));
  app.synth();
  const std::string output = cdkpp_test::runCommand("cfn-lint --format parseable '" +
                                                    (dir / "out" / "TapStackdev.template.json").string() + "'")
                                 .output;
  // aws-cdk-lib's template gets the same two: the condition IsProd compares "prod" with "prod" once EnvName is
  // given (W8003), and the name tag's Fn::Sub has nothing left to substitute (W1020).
  std::string unexpected;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(":W8003:") == std::string::npos && line.find(":W1020:") == std::string::npos) unexpected += line;
  }
  EXPECT_EQ(unexpected, "") << output;
}

/// The C++ port of fixtures/include-sam-application.ts, line by line.
void includeSamApplication(cdk::Stack& stack) {
  auto& existing = stack.make<cfninc::CfnInclude>(
      "Existing", {.templateFile = (fs::path(CDKPP_INCLUDE_FIXTURES) / "sam-rotation.yaml").string()});

  auto& rotation = existing.getResource<sam::CfnApplication>("RotationApp");
  rotation.props().timeoutInMinutes = 45;
  for (auto& [name, value] : *rotation.props().parameters) {
    if (name == "functionName") value = "clinic-db-rotation-v2";
  }

  auto& archiver = existing.getResource<sam::CfnApplication>("AuditArchiver");
  archiver.props().location = toValue(sam::CfnApplication::ApplicationLocationProperty{
      .applicationId = "arn:aws:serverlessrepo:ap-southeast-1:123456789012:applications/clinic-audit-archiver",
      .semanticVersion = "2.1.0"});

  stack.make<ssm::CfnParameter>("RotationFunctionParameter", {.name = "/clinic/rotation-function-arn",
                                                              .type = "String",
                                                              .value = rotation.getAtt("Outputs.RotationLambdaARN")});
  stack.make<cdk::CfnOutput>("ArchiverStackId", {.value = archiver.ref()});
}

TEST(IncludeFixtures, SamApplicationsAreTypedAsInAwsCdkLib) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  includeSamApplication(stack);
  const json ours = cdkpp_test::withoutBootstrapScaffolding(cdkpp_test::synthTemplate(app));
  const json theirs = fixture("include-sam-application");
  cdkpp_test::expectMatchesFixture(ours, theirs);
  // The template's Transform and the one CfnApplication adds to the stack are one, as aws-cdk-lib merges them.
  for (const char* section : {"AWSTemplateFormatVersion", "Description", "Transform", "Parameters"}) {
    EXPECT_EQ(ours.value(section, json()), theirs.value(section, json())) << section;
  }
}

TEST(IncludeFixtures, SamApplicationsPassCfnLint) {
  if (!cdkpp_test::haveCommand("cfn-lint")) GTEST_SKIP() << "cfn-lint is not installed";
  cdk::App app;
  includeSamApplication(app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}}));
  cdkpp_test::expectCfnLintClean({{"include-sam-application", cdkpp_test::synthTemplate(app)}});
}

}  // namespace
