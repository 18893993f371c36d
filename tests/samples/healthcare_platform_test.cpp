// samples/healthcare-platform (seed 000) against aws-cdk-lib 2.276's template for the same TypeScript program
// (tests/samples/fixtures/TapStackdev.template.json, copied from ../shared/reference/seed-000-cdk), compared
// with ../shared/tools/cfn-compare (copied to tests/support/cfn-compare), and judged by cfn-lint.
#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

using cdkpp_test::CommandResult;
using cdkpp_test::haveCommand;
using cdkpp_test::runCommand;

class HealthcarePlatformTest : public ::testing::Test {
 protected:
  /// Synthesizes the sample into the temp folder, with the environment the reference was made with.
  CommandResult synth(const std::string& args = "") {
    return runCommand(
        "env -u CDK_DEFAULT_ACCOUNT -u CDK_DEFAULT_REGION -u REPOSITORY -u COMMIT_AUTHOR -u CDK_CONTEXT_JSON "
        "-u CDK_OUTDIR '" CDKPP_HEALTHCARE_PLATFORM "' --output '" +
        (dir_ / "out").string() + "' " + args);
  }
  cdkpp_test::TempDir dir_;
};

TEST_F(HealthcarePlatformTest, IdenticalToAwsCdkLib) {
  const fs::path compare = CDKPP_CFN_COMPARE;
  CommandResult r = synth();
  ASSERT_EQ(r.status, 0) << r.output;
  const fs::path ours = dir_ / "out" / "TapStackdev.template.json";
  ASSERT_TRUE(fs::exists(ours)) << r.output;
  CommandResult cmp =
      runCommand("python3 '" + compare.string() + "' --ignore-tags-on=AWS::ElasticLoadBalancingV2::Listener '" +
                 std::string(CDKPP_SAMPLES_FIXTURES) + "/TapStackdev.template.json' '" + ours.string() + "'");
  EXPECT_EQ(cmp.status, 0) << cmp.output;
  EXPECT_NE(cmp.output.find("identical 52/52 resources, missing 0, extra 0, outputs identical 4/4"), std::string::npos)
      << cmp.output;
}

TEST_F(HealthcarePlatformTest, CfnLintFindsNoErrorsAndOnlyTheDeprecatedEngineWarning) {
  if (!haveCommand("cfn-lint")) GTEST_SKIP() << "cfn-lint is not installed";
  CommandResult r = synth();
  ASSERT_EQ(r.status, 0) << r.output;
  CommandResult lint =
      runCommand("cfn-lint --format parseable '" + (dir_ / "out" / "TapStackdev.template.json").string() + "'");
  std::string unexpected;
  std::size_t start = 0;
  while (start < lint.output.size()) {
    std::size_t end = lint.output.find('\n', start);
    if (end == std::string::npos) end = lint.output.size();
    const std::string line = lint.output.substr(start, end - start);
    // The seed pins Aurora PostgreSQL 15.5, which is deprecated now (W3690); nothing else is acceptable.
    if (!line.empty() && line.find(":W3690:") == std::string::npos) unexpected += line + "\n";
    start = end + 1;
  }
  EXPECT_EQ(unexpected, "") << "cfn-lint reported:\n" << lint.output;
}

TEST_F(HealthcarePlatformTest, ContextSelectsTheEnvironment) {
  CommandResult r = synth("--context environmentSuffix=prod");
  ASSERT_EQ(r.status, 0) << r.output;
  const fs::path file = dir_ / "out" / "TapStackprod.template.json";
  ASSERT_TRUE(fs::exists(file)) << r.output;
  json t = json::parse(cdkpp_test::readFile(file));
  EXPECT_EQ(t["Outputs"]["VPCId"]["Export"]["Name"], "prod-vpc-id");
  EXPECT_EQ(t["Resources"]["Cache"]["Properties"]["ReplicationGroupId"], "cache-prod");
  json manifest = json::parse(cdkpp_test::readFile(dir_ / "out" / "manifest.json"));
  EXPECT_EQ(manifest["artifacts"]["TapStackprod"]["environment"], "aws://unknown-account/ap-southeast-1");
}

TEST_F(HealthcarePlatformTest, HelpAndBadCommandLine) {
  CommandResult help = runCommand("'" CDKPP_HEALTHCARE_PLATFORM "' --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.output.find("Usage:"), std::string::npos) << help.output;
  CommandResult bad = runCommand("'" CDKPP_HEALTHCARE_PLATFORM "' --bogus");
  EXPECT_EQ(bad.status, 2) << bad.output;
  CommandResult badContext =
      runCommand("'" CDKPP_HEALTHCARE_PLATFORM "' --context nonsense --output '" + (dir_ / "x").string() + "'");
  EXPECT_EQ(badContext.status, 1) << badContext.output;
  EXPECT_NE(badContext.output.find("is not KEY=VALUE"), std::string::npos) << badContext.output;
  EXPECT_FALSE(fs::exists(dir_ / "x"));
}

}  // namespace
