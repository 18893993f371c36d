#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;

/// An npm tool the tests run: $`variable`, the copy the quick-start installs into the build tree, or PATH; empty
/// when there is none.
std::string findNpmTool(const char* variable, const std::string& name) {
  if (const char* env = std::getenv(variable); env && fs::exists(env)) return env;
  const fs::path local = fs::path(CDKPP_BINARY_DIR) / "npm" / "node_modules" / ".bin" / name;
  if (fs::exists(local)) return local.string();
  if (cdkpp_test::haveCommand(name)) return name;
  return {};
}

/// The cdk CLI.
std::string findCdk() { return findNpmTool("CDKPP_CDK_CLI", "cdk"); }

/// cdk-assets, the tool `cdk deploy` publishes assets with.
std::string findCdkAssets() { return findNpmTool("CDKPP_CDK_ASSETS", "cdk-assets"); }

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
  // The CLI shows the template without the CheckBootstrapVersion rule (it hides it), with the parameter.
  EXPECT_NE(r.output.find("Fn::ImportValue: Networkdev:ExportsOutputRefTopic"), std::string::npos) << r.output;
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

TEST_F(CdkCliTest, ListsTheFileAndImageAssetsToPublish) {
  // A stack with a folder asset and an image asset: the CLI reads the assembly, and cdk-assets (what `cdk deploy`
  // publishes with) lists both with their staged folders and bootstrap destinations, without an AWS account.
  const std::string assets = findCdkAssets();
  if (assets.empty()) GTEST_SKIP() << "cdk-assets is not installed (npm install cdk-assets, or tools/quickstart test)";
  const fs::path in = dir_.path() / "in";
  fs::create_directories(in / "site");
  fs::create_directories(in / "image");
  std::ofstream(in / "site" / "index.html") << "<p>hello</p>\n";
  std::ofstream(in / "image" / "Dockerfile") << "FROM public.ecr.aws/docker/library/busybox:stable\n";
  CommandResult program =
      runCommand("cd '" + dir_.path().string() + "' && '" CDKPP_CLI_APP "' --output assembly --context assetDir='" +
                 in.string() + "'");
  ASSERT_EQ(program.status, 0) << program.output;
  const fs::path assembly = dir_.path() / "assembly";
  CommandResult listed = runCommand("cd '" + dir_.path().string() + "' && CDK_DISABLE_VERSION_CHECK=1 '" + cdk_ +
                                    "' --no-notices --app '" + assembly.string() + "' ls --long");
  ASSERT_EQ(listed.status, 0) << listed.output;
  EXPECT_NE(listed.output.find("id: Assetsdev"), std::string::npos) << listed.output;

  const auto manifest = nlohmann::json::parse(cdkpp_test::readFile(assembly / "Assetsdev.assets.json"));
  ASSERT_EQ(manifest["dockerImages"].size(), 1u) << manifest.dump(1);
  const std::string image = manifest["dockerImages"].begin().key();
  std::string folder;
  for (const auto& [hash, file] : manifest["files"].items()) {
    if (file["source"]["packaging"] == "zip") folder = hash;
  }
  ASSERT_FALSE(folder.empty()) << manifest.dump(1);
  EXPECT_TRUE(fs::exists(assembly / ("asset." + folder) / "index.html"));
  EXPECT_TRUE(fs::exists(assembly / ("asset." + image) / "Dockerfile"));

  CommandResult published =
      runCommand("'" + assets + "' ls -p '" + (assembly / "Assetsdev.assets.json").string() + "'");
  ASSERT_EQ(published.status, 0) << published.output;
  EXPECT_NE(published.output.find(folder + " file {\"path\":\"asset." + folder + "\",\"packaging\":\"zip\"}"),
            std::string::npos)
      << published.output;
  EXPECT_NE(published.output.find(image + " docker-image {\"directory\":\"asset." + image + "\"}"), std::string::npos)
      << published.output;
  EXPECT_NE(published.output.find("\"repositoryName\":\"cdk-hnb659fds-container-assets-${AWS::AccountId}-us-east-1\""),
            std::string::npos)
      << published.output;
  EXPECT_NE(published.output.find("\"objectKey\":\"" + folder + ".zip\""), std::string::npos) << published.output;
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
