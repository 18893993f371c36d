// samples/healthcare-platform (seed 000) against aws-cdk-lib 2.276's cloud assembly for the same TypeScript program
// (tests/samples/fixtures: the template and manifest.json copied from ../shared/reference/seed-000-cdk, and the
// TapStackdev.assets.json aws-cdk-lib wrote with them), compared with ../shared/tools/cfn-compare (copied to
// tests/support/cfn-compare) and as whole files, and judged by cfn-lint.
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "template_compare.hpp"
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

/// aws-cdk-lib's template without the Tags it gives the load balancer's listener, which the resource type has not
/// (cdkpp leaves them out; cfn-compare's --ignore-tags-on above).
json withoutListenerTags(json t) {
  for (auto& [id, resource] : t["Resources"].items()) {
    if (resource["Type"] == "AWS::ElasticLoadBalancingV2::Listener") resource["Properties"].erase("Tags");
  }
  return t;
}

std::string sha256Of(const fs::path& file) {
  CommandResult r = runCommand("sha256sum '" + file.string() + "'", false);
  return r.output.substr(0, 64);
}

/// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

TEST_F(HealthcarePlatformTest, AssemblyAsAwsCdkLibWritesIt) {
  // What depends on the library's version is left aside (withoutVersionDependentParts). The template's hash differs
  // by the listener's Tags only: each side's is the SHA-256 of its own template.
  CommandResult r = synth();
  ASSERT_EQ(r.status, 0) << r.output;
  const fs::path out = dir_ / "out";
  const fs::path fixtures = CDKPP_SAMPLES_FIXTURES;
  const json ours = json::parse(cdkpp_test::readFile(out / "TapStackdev.template.json"));
  const json theirs = json::parse(cdkpp_test::readFile(fixtures / "TapStackdev.template.json"));
  // The whole template, the BootstrapVersion parameter and CheckBootstrapVersion rule included, in the same order.
  EXPECT_EQ(ours.dump(1), withoutListenerTags(theirs).dump(1));
  EXPECT_EQ(cdkpp_test::readFile(out / "TapStackdev.template.json"), ours.dump(1)) << "written as aws-cdk-lib writes";

  const std::string ourHash = sha256Of(out / "TapStackdev.template.json");
  const std::string theirHash = sha256Of(fixtures / "TapStackdev.template.json");
  const auto theirsWithOurHash = [&](const fs::path& file) {
    return json::parse(replaced(cdkpp_test::readFile(file), theirHash, ourHash));
  };
  // A destination's key ends with the SHA-256 of its JSON text (compact, as JSON.stringify writes it), which holds
  // the template's hash: checked on aws-cdk-lib's manifest, then made again for ours.
  const fs::path hashInput = dir_ / "destination.json";
  const auto withDestinationKeysOf = [&](json manifest, bool check) {
    for (auto& [hash, file] : manifest["files"].items()) {
      json keyed = json::object();
      for (auto& [key, destination] : file["destinations"].items()) {
        std::ofstream(hashInput) << destination.dump();
        const std::string newKey = key.substr(0, key.rfind('-') + 1) + sha256Of(hashInput).substr(0, 8);
        if (check) {
          EXPECT_EQ(newKey, key) << destination.dump();
        }
        keyed[newKey] = destination;
      }
      file["destinations"] = std::move(keyed);
    }
    return manifest;
  };
  withDestinationKeysOf(json::parse(cdkpp_test::readFile(fixtures / "TapStackdev.assets.json")), true);
  json assets = json::parse(cdkpp_test::readFile(out / "TapStackdev.assets.json"));
  json expectedAssets = withDestinationKeysOf(theirsWithOurHash(fixtures / "TapStackdev.assets.json"), false);
  EXPECT_EQ(assets["version"], "36.0.0");
  assets.erase("version");
  expectedAssets.erase("version");
  EXPECT_EQ(assets.dump(1), expectedAssets.dump(1));

  EXPECT_EQ(cdkpp_test::withoutVersionDependentParts(json::parse(cdkpp_test::readFile(out / "manifest.json"))).dump(1),
            cdkpp_test::withoutVersionDependentParts(theirsWithOurHash(fixtures / "manifest.json")).dump(1));
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
