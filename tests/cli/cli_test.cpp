#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;

/// The cdk CLI: $CDKPP_CDK_CLI, the copy the quick-start installs into the build tree, or `cdk` on PATH.
std::string findCdk() {
  if (const char* env = std::getenv("CDKPP_CDK_CLI"); env && fs::exists(env)) return env;
  const fs::path local = fs::path(CDKPP_BINARY_DIR) / "npm" / "node_modules" / ".bin" / "cdk";
  if (fs::exists(local)) return local.string();
  if (cdkpp_test::haveCommand("cdk")) return "cdk";
  return {};
}

using cdkpp_test::CommandResult;
using cdkpp_test::runCommand;

class CdkCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cdk_ = findCdk();
    if (cdk_.empty()) GTEST_SKIP() << "the cdk CLI is not installed (npm install aws-cdk, or tools/quickstart test)";
  }
  std::string command(const std::string& args) const {
    // The CLI must not need AWS credentials or the network for ls/synth of an app with concrete regions.
    return "cd '" + dir_.path().string() + "' && CDK_DISABLE_VERSION_CHECK=1 '" + cdk_ + "' --no-notices --app '" +
           CDKPP_CLI_APP + "' " + args;
  }
  std::string cdk_;
  cdkpp_test::TempDir dir_;
};

TEST_F(CdkCliTest, ListsTheStacks) {
  CommandResult r = runCommand(command("ls"));
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("Networkdev"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("Servicedev"), std::string::npos) << r.output;
}

TEST_F(CdkCliTest, SynthesizesWithContextAndShowsWarnings) {
  CommandResult r = runCommand(command("synth --context suffix=prod Serviceprod"));
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("Fn::ImportValue"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("hello from cdkpp"), std::string::npos) << r.output;
  const fs::path manifest = dir_.path() / "cdk.out" / "manifest.json";
  ASSERT_TRUE(fs::exists(manifest));
  auto parsed = nlohmann::json::parse(cdkpp_test::readFile(manifest));
  EXPECT_EQ(parsed["artifacts"]["Serviceprod"]["dependencies"][0], "Networkprod");
}

TEST_F(CdkCliTest, ListsTheStacksWithTheirEnvironments) {
  CommandResult r = runCommand(command("ls --long"));
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("id: Networkdev"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("id: Servicedev"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("name: aws://unknown-account/us-east-1"), std::string::npos) << r.output;
}

TEST_F(CdkCliTest, ReadsTheAssemblyWithItsAssetManifests) {
  // The program writes the assembly; the CLI then reads that folder as its app (as `cdk deploy --app cdk.out`
  // does): the asset manifests and the bootstrap properties pass its schema, and the template is the one to deploy.
  CommandResult program = runCommand("cd '" + dir_.path().string() + "' && '" CDKPP_CLI_APP "' --output assembly");
  ASSERT_EQ(program.status, 0) << program.output;
  const fs::path assembly = dir_.path() / "assembly";
  ASSERT_TRUE(fs::exists(assembly / "Servicedev.assets.json"));
  CommandResult r = runCommand("cd '" + dir_.path().string() + "' && CDK_DISABLE_VERSION_CHECK=1 '" + cdk_ +
                               "' --no-notices --app '" + assembly.string() + "' synth Servicedev");
  ASSERT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("CheckBootstrapVersion"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("/cdk-bootstrap/hnb659fds/version"), std::string::npos) << r.output;
  CommandResult listed = runCommand("cd '" + dir_.path().string() + "' && CDK_DISABLE_VERSION_CHECK=1 '" + cdk_ +
                                    "' --no-notices --app '" + assembly.string() + "' ls --long");
  ASSERT_EQ(listed.status, 0) << listed.output;
  EXPECT_NE(listed.output.find("id: Servicedev"), std::string::npos) << listed.output;
  // The manifest names the bootstrap roles the CLI assumes and the asset manifest it publishes first.
  const auto manifest = nlohmann::json::parse(cdkpp_test::readFile(assembly / "manifest.json"));
  const auto& properties = manifest["artifacts"]["Servicedev"]["properties"];
  EXPECT_EQ(properties["assumeRoleArn"],
            "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-deploy-role-${AWS::AccountId}-us-east-1");
  EXPECT_EQ(manifest["artifacts"]["Servicedev"]["dependencies"].dump(), R"(["Networkdev","Servicedev.assets"])");
}

TEST_F(CdkCliTest, AppHelpAndErrors) {
  CommandResult help = runCommand(std::string("'") + CDKPP_CLI_APP + "' --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.output.find("Usage:"), std::string::npos);
  CommandResult bad = runCommand(std::string("'") + CDKPP_CLI_APP + "' --context broken");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("is not KEY=VALUE"), std::string::npos) << bad.output;
}

}  // namespace
