// ecr_assets::DockerImageAsset and ecs::ContainerImage::fromAsset against aws-cdk-lib 2.276's cloud assembly for the
// same program (tests/ecr_assets/fixtures/image-assets.ts over fixtures/image-sources): the hashes, the build contexts
// staged as asset.* folders (.dockerignore and exclude honoured), the asset manifest's dockerImages, manifest.json and
// the template with the execution role's pull grants.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "asset_files.hpp"
#include "cdk/core.hpp"
#include "cdk/ecr_assets.hpp"
#include "cdk/ecs.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
namespace ecs = cdk::ecs;
namespace ecr_assets = cdk::ecr_assets;
using json = nlohmann::ordered_json;
using cdkpp_test::readFile;
using cdkpp_test::stagedListing;
using cdkpp_test::TempDir;

const fs::path kFixtures = fs::path(CDKPP_SOURCE_DIR) / "tests/ecr_assets/fixtures";
const fs::path kSources = kFixtures / "image-sources";

TEST(DockerImageAssetTest, AssemblyAsAwsCdkLibWritesIt) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Images", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& task = stack.make<ecs::FargateTaskDefinition>("Task");
  task.addContainer(
      "web", {.image = ecs::ContainerImage::fromAsset((kSources / "web").string(),
                                                      {.buildArgs = {{"NODE_ENV", "production"}, {"PORT", "8080"}},
                                                       .platform = ecr_assets::Platform::LINUX_AMD64(),
                                                       .target = "runtime"}),
              .memoryLimitMiB = 512});
  task.addContainer(
      "worker", {.image = ecs::ContainerImage::fromAsset((kSources / "worker").string(),
                                                         {.exclude = {"**/*.md"}, .file = "docker/Worker.Dockerfile"}),
                 .memoryLimitMiB = 256});
  auto& tool = stack.make<ecr_assets::DockerImageAsset>(
      "Tool", {{.displayName = "tool image", .exclude = {"*.txt"}}, (kSources / "web").string()});
  stack.make<cdk::CfnOutput>("ToolUri", {.value = tool.imageUri()});
  stack.make<cdk::CfnOutput>("ToolTag", {.value = tool.imageTag()});
  app.synth();

  const fs::path out = dir / "out";
  const fs::path theirs = kFixtures / "image-assets";
  EXPECT_EQ(stagedListing(out), readFile(theirs / "staged.txt"));
  EXPECT_EQ(readFile(out / "Images.template.json"), readFile(theirs / "Images.template.json"));
  json ours = json::parse(readFile(out / "Images.assets.json"));
  json expected = json::parse(readFile(theirs / "Images.assets.json"));
  ours.erase("version");
  expected.erase("version");
  EXPECT_EQ(ours.dump(1), expected.dump(1));
  EXPECT_EQ(cdkpp_test::withoutVersionDependentParts(json::parse(readFile(out / "manifest.json"))).dump(1),
            cdkpp_test::withoutVersionDependentParts(json::parse(readFile(theirs / "manifest.json"))).dump(1));
}

TEST(DockerImageAssetTest, HashIsTheSameElsewhereAndChangesWithTheBuildOptions) {
  TempDir dir;
  fs::copy(kSources / "web", dir / "copy", fs::copy_options::recursive);
  cdkpp_test::ageFiles(dir / "copy", 48);
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Main");
  const auto hashOf = [&](std::string id, const fs::path& directory, ecr_assets::DockerImageAssetOptions options) {
    return stack.make<ecr_assets::DockerImageAsset>(id, {std::move(options), directory.string()}).assetHash();
  };
  const std::string original = hashOf("Original", kSources / "web", {.exclude = {"*.txt"}});
  EXPECT_EQ(original, "b27f1dcdeab6c67b88402c2791cac0ba26a4a2f7316fba051025aeeccc673c12");
  EXPECT_EQ(hashOf("Copy", dir / "copy", {.exclude = {"*.txt"}}), original);
  // An excluded file does not count; an included one does.
  std::ofstream(dir / "copy" / "node_modules" / "x" / "new.js") << "ignored";
  EXPECT_EQ(hashOf("Ignored", dir / "copy", {.exclude = {"*.txt"}}), original);
  std::ofstream(dir / "copy" / "src" / "new.js") << "counted";
  EXPECT_NE(hashOf("Counted", dir / "copy", {.exclude = {"*.txt"}}), original);
  EXPECT_NE(hashOf("Arg", kSources / "web", {.buildArgs = {{"A", "1"}}, .exclude = {"*.txt"}}), original);
  EXPECT_NE(hashOf("Arm", kSources / "web", {.exclude = {"*.txt"}, .platform = ecr_assets::Platform::LINUX_ARM64()}),
            original);
}

TEST(DockerImageAssetTest, MistakesNameTheConstruct) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Main");
  EXPECT_THROW_MSG(stack.make<ecr_assets::DockerImageAsset>("Missing", {{}, (kSources / "not-there").string()}),
                   cdk::ConstructError, "Main/Missing: cannot find the image's folder");
  EXPECT_THROW_MSG(stack.make<ecr_assets::DockerImageAsset>("AFile", {{}, (kSources / "web" / "Dockerfile").string()}),
                   cdk::ConstructError,
                   "Main/AFile: the image's folder '" + (kSources / "web" / "Dockerfile").string() +
                       "' is not a folder; give the folder with the Dockerfile (its build context)");
  EXPECT_THROW_MSG(
      stack.make<ecr_assets::DockerImageAsset>("NoFile", {{.file = "Other.Dockerfile"}, (kSources / "web").string()}),
      cdk::ConstructError, "Main/NoFile: cannot find the Dockerfile");
  // Without a Dockerfile at the default place: the container's asset names its path.
  auto& task = stack.make<ecs::FargateTaskDefinition>("Task");
  EXPECT_THROW_MSG(task.addContainer("worker", {.image = ecs::ContainerImage::fromAsset((kSources / "worker").string()),
                                                .memoryLimitMiB = 256}),
                   cdk::ConstructError, "Main/Task/worker/AssetImage: cannot find the Dockerfile");
  auto& legacy = app.make<cdk::Stack>("Legacy", {.synthesizer = std::make_shared<cdk::LegacyStackSynthesizer>()});
  EXPECT_THROW_MSG(legacy.make<ecr_assets::DockerImageAsset>("Image", {{}, (kSources / "web").string()}),
                   cdk::ConstructError, "Legacy: the stack's synthesizer does not publish image assets");
}

TEST(DockerImageAssetTest, DockerignoreRules) {
  // Each case: what is left of the folder a/{x.txt, y.log}, b/x.txt, c.txt, Dockerfile with these patterns, as
  // aws-cdk-lib 2.276's FileSystem.copyDirectory keeps it with IgnoreMode.DOCKER.
  TempDir dir;
  cdkpp_test::writeFiles(dir / "src", {"a/x.txt", "a/y.log", "b/x.txt", "c.txt", "Dockerfile"});
  const auto keptWith = [&](std::vector<std::string> exclude) {
    return cdkpp_test::filesKeptByCopy(dir / "src", dir / "copy",
                                       {.exclude = std::move(exclude), .ignoreMode = cdk::IgnoreMode::DOCKER});
  };
  using Kept = std::set<std::string>;
  EXPECT_EQ(keptWith({"*.txt"}), (Kept{"Dockerfile", "a/x.txt", "a/y.log", "b/x.txt"})) << "'*' is one level";
  EXPECT_EQ(keptWith({"**/*.txt"}), (Kept{"Dockerfile", "a/y.log"}));
  EXPECT_EQ(keptWith({"a", "!a/y.log"}), (Kept{"Dockerfile", "a/y.log", "b/x.txt", "c.txt"}));
  EXPECT_EQ(keptWith({"*", "!Dockerfile"}), (Kept{"Dockerfile"}));
  EXPECT_EQ(keptWith({"/A/./X.TXT", "# comment", ""}), (Kept{"Dockerfile", "a/y.log", "b/x.txt", "c.txt"}))
      << "cleaned, case ignored";
  EXPECT_EQ(keptWith({"?/x.txt"}), (Kept{"Dockerfile", "a/y.log", "c.txt"}));
}

}  // namespace
