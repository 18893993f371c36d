// s3_assets::Asset and the asset staging under it against aws-cdk-lib 2.276's cloud assembly for the same program
// (tests/s3_assets/fixtures/s3-assets.ts over fixtures/asset-sources): the hashes (aws-cdk-lib's fingerprint), the
// staged asset.* files and folders, the asset manifest, manifest.json and the template.
#include <algorithm>
#include <chrono>
#include <set>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include "asset_files.hpp"
#include "cdk/core.hpp"
#include "cdk/core/asset_staging.hpp"
#include "cdk/core/file_system.hpp"
#include "cdk/iam.hpp"
#include "cdk/s3_assets.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
namespace iam = cdk::iam;
namespace s3_assets = cdk::s3_assets;
using json = nlohmann::ordered_json;
using cdkpp_test::readFile;
using cdkpp_test::stagedListing;
using cdkpp_test::TempDir;

const fs::path kFixtures = fs::path(CDKPP_SOURCE_DIR) / "tests/s3_assets/fixtures";
const fs::path kSources = kFixtures / "asset-sources";

TEST(S3AssetTest, AssemblyAsAwsCdkLibWritesIt) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Assets", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& role =
      stack.make<iam::Role>("Reader", {.assumedBy = std::make_shared<iam::ServicePrincipal>("lambda.amazonaws.com")});
  auto& config =
      stack.make<s3_assets::Asset>("Config", {.path = (kSources / "config.txt").string(), .readers = {role}});
  auto& site = stack.make<s3_assets::Asset>(
      "Site", {.exclude = {"*.map", "node_modules", "*.tmp", "!keep.tmp", "docs/README.md"},
               .path = (kSources / "site").string()});
  auto& whole =
      stack.make<s3_assets::Asset>("Whole", {.displayName = "whole site", .path = (kSources / "site").string()});
  auto& archive = stack.make<s3_assets::Asset>("Archive", {.path = (kSources / "bundle.tar.gz").string()});
  auto& custom =
      stack.make<s3_assets::Asset>("Custom", {.assetHash = "v1", .path = (kSources / "config.txt").string()});
  site.grantRead(role);
  for (const auto& [id, asset] : std::vector<std::pair<std::string, s3_assets::Asset*>>{
           {"config", &config}, {"site", &site}, {"whole", &whole}, {"archive", &archive}, {"custom", &custom}}) {
    stack.make<cdk::CfnOutput>(id + "Bucket", {.value = asset->s3BucketName()});
    stack.make<cdk::CfnOutput>(id + "Key", {.value = asset->s3ObjectKey()});
    stack.make<cdk::CfnOutput>(id + "Url", {.value = asset->httpUrl()});
    stack.make<cdk::CfnOutput>(id + "S3Url", {.value = asset->s3ObjectUrl()});
  }
  app.synth();

  const fs::path out = dir / "out";
  const fs::path theirs = kFixtures / "s3-assets";
  EXPECT_EQ(stagedListing(out), readFile(theirs / "staged.txt"));
  // Byte for byte: the template's hash is in the asset manifest and in manifest.json.
  EXPECT_EQ(readFile(out / "Assets.template.json"), readFile(theirs / "Assets.template.json"));
  json ours = json::parse(readFile(out / "Assets.assets.json"));
  json expected = json::parse(readFile(theirs / "Assets.assets.json"));
  ours.erase("version");
  expected.erase("version");
  EXPECT_EQ(ours.dump(1), expected.dump(1));
  EXPECT_EQ(cdkpp_test::withoutVersionDependentParts(json::parse(readFile(out / "manifest.json"))).dump(1),
            cdkpp_test::withoutVersionDependentParts(json::parse(readFile(theirs / "manifest.json"))).dump(1));

  EXPECT_TRUE(config.isFile());
  EXPECT_FALSE(config.isZipArchive());
  EXPECT_FALSE(site.isFile());
  EXPECT_TRUE(site.isZipArchive());
  EXPECT_TRUE(archive.isZipArchive());
  EXPECT_EQ(archive.assetPath(), "asset." + archive.assetHash() + ".tar.gz");
}

/// Copies `from` to `to` and sets every file's and folder's modification time to a day earlier than the source's.
void copyWithOtherTimes(const fs::path& from, const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy(from, to, fs::copy_options::recursive);
  cdkpp_test::ageFiles(to, 24);
}

TEST(S3AssetTest, HashIsTheSameWhereverTheFilesAreAndWhateverTheirTimes) {
  TempDir dir;
  copyWithOtherTimes(kSources / "site", dir / "elsewhere" / "copy");
  const std::string original = cdk::FileSystem::fingerprint((kSources / "site").string());
  EXPECT_EQ(cdk::FileSystem::fingerprint((dir / "elsewhere" / "copy").string()), original);
  // The same for an asset, staged under the same name as aws-cdk-lib's.
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Main");
  auto& asset = stack.make<s3_assets::Asset>("Copy", {.path = (dir / "elsewhere" / "copy").string()});
  EXPECT_EQ(asset.assetHash(), "be74497c9e0c7a42cd76c0cf9843281bfb028c2394066b3de92dd6ce860c32fd");

  // Content, names and options change it.
  std::ofstream(dir / "elsewhere" / "copy" / "index.html", std::ios::app) << "more";
  EXPECT_NE(cdk::FileSystem::fingerprint((dir / "elsewhere" / "copy").string()), original);
  EXPECT_NE(cdk::FileSystem::fingerprint((kSources / "site").string(), {{.exclude = {"*.bin"}}}), original);
  cdk::FingerprintOptions salted;
  salted.extraHash = "salt";
  EXPECT_NE(cdk::FileSystem::fingerprint((kSources / "site").string(), salted), original);
}

TEST(S3AssetTest, TextFilesHashTheSameWithCrLfOrLf) {
  // aws-cdk-lib reads CRLF as LF in text files (not in binary ones), so a checkout on Windows gives the same hash.
  TempDir dir;
  std::ofstream(dir / "lf.txt", std::ios::binary) << "line one\nline two\n";
  std::ofstream(dir / "bin-crlf", std::ios::binary) << std::string("a\0\r\n", 4);
  std::ofstream(dir / "bin-lf", std::ios::binary) << std::string("a\0\n", 3);
  // Only the name's key differs between two single files: it is empty for both.
  EXPECT_EQ(cdk::FileSystem::fingerprint((dir / "lf.txt").string()),
            cdk::FileSystem::fingerprint((kSources / "config.txt").string()));
  EXPECT_NE(cdk::FileSystem::fingerprint((dir / "bin-crlf").string()),
            cdk::FileSystem::fingerprint((dir / "bin-lf").string()));
}

TEST(S3AssetTest, TextIsHashedAsNodeDecodesIt) {
  // aws-cdk-lib decodes each 8 KiB chunk of a text file as UTF-8: a character split between two chunks and bytes
  // that are not UTF-8 hash as U+FFFD. The hashes are aws-cdk-lib 2.276's FileSystem.fingerprint of the same files.
  TempDir dir;
  std::string split = "a";
  for (int i = 0; i < 5000; ++i) split += "\xC3\xA9";  // é, 2 bytes: one straddles the first chunk's end
  std::ofstream(dir / "split.txt", std::ios::binary) << split;
  std::ofstream(dir / "latin1.txt", std::ios::binary) << "caf\xE9\r\n\xFF\xFE"
                                                         "A\xE0\x80"
                                                         "A\xED\xA0\x80\xF4\x90\x80\x80\xF0\x9F\x98";
  std::ofstream(dir / "cr.txt", std::ios::binary) << std::string(8191, 'a')
                                                  << "\r\x80\x81\n\xE2\x82\xAC"
                                                     "x";
  EXPECT_EQ(cdk::FileSystem::fingerprint((dir / "split.txt").string()),
            "b88423e7703254da30ff734a9f50b6e8e59ddea58ce255b3bf98276be07ba084");
  EXPECT_EQ(cdk::FileSystem::fingerprint((dir / "latin1.txt").string()),
            "1afa11efb8ceb9e88601ab38acc59b727045f4ff3b1207afac9ddcc3a7bb01b0");
  EXPECT_EQ(cdk::FileSystem::fingerprint((dir / "cr.txt").string()),
            "102859adf79237eddbf4ee072ca0b3c6fd8b755de662b26c47971859ef95103c");
}

TEST(S3AssetTest, ExcludePatterns) {
  // Each case: what is left of the folder a/{x.txt, y.log}, b/{x.txt}, .dot/x.txt; the expectations are what
  // aws-cdk-lib 2.276's FileSystem.copyDirectory keeps.
  TempDir dir;
  cdkpp_test::writeFiles(dir / "src", {"a/x.txt", "a/y.log", "b/x.txt", ".dot/x.txt"});
  const auto keptWith = [&](std::vector<std::string> exclude) {
    return cdkpp_test::filesKeptByCopy(dir / "src", dir / "copy", {.exclude = std::move(exclude)});
  };
  using Kept = std::set<std::string>;
  EXPECT_EQ(keptWith({}), (Kept{".dot/x.txt", "a/x.txt", "a/y.log", "b/x.txt"}));
  // A pattern without '/' matches the last name of the path, whatever the folders above it.
  EXPECT_EQ(keptWith({"*.txt"}), (Kept{"a/y.log"}));
  EXPECT_EQ(keptWith({"a"}), (Kept{".dot/x.txt", "b/x.txt"}));
  EXPECT_EQ(keptWith({"a/*", "!a/y.log"}), (Kept{".dot/x.txt", "a/y.log", "b/x.txt"}));
  EXPECT_EQ(keptWith({"**/x.txt"}), (Kept{".dot/x.txt", "a/y.log"})) << "'**' does not enter a folder named .*";
  EXPECT_EQ(keptWith({"*.{log,txt}"}), Kept{});
  EXPECT_EQ(keptWith({".dot", "[ab]/x.txt"}), (Kept{"a/y.log"}));
  EXPECT_EQ(keptWith({"?/y.*", "# a comment"}), (Kept{".dot/x.txt", "a/x.txt", "b/x.txt"}));
}

TEST(S3AssetTest, ExtendedGlobPatterns) {
  // minimatch's extended globs, ?(a|b) @(a|b) *(a|b) +(a|b) !(a|b); each expectation is what aws-cdk-lib 2.276's
  // FileSystem.copyDirectory (minimatch 10) keeps of the same folder with the same patterns. A pattern that starts
  // with '!' is a negation there, not an extended glob.
  TempDir dir;
  cdkpp_test::writeFiles(dir / "src", {"x.txt", "xx.txt", "y.txt", "z.txt", ".txt", ".x.txt", "ab.b", "a/b.log",
                                       "a/c.txt", "a/.d.log", "x1.txt"});
  const auto keptWith = [&](std::vector<std::string> exclude) {
    return cdkpp_test::filesKeptByCopy(dir / "src", dir / "copy", {.exclude = std::move(exclude)});
  };
  using Kept = std::set<std::string>;
  EXPECT_EQ(keptWith({"+(x|y).txt"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x1.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"*(x|y).txt"}), (Kept{".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x1.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"?(x|y).txt"}),
            (Kept{".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x1.txt", "xx.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"@(x|z).txt"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x1.txt", "xx.txt", "y.txt"}));
  EXPECT_EQ(keptWith({"a/!(*.txt)"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "a/c.txt", "ab.b", "x.txt", "x1.txt", "xx.txt", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"!(x).txt"}), (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x.txt", "x1.txt",
                                          "xx.txt", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"*", "!+(x|y).txt"}), (Kept{".txt", ".x.txt", "x.txt", "xx.txt", "y.txt"}));
  EXPECT_EQ(keptWith({"!(x|y)*"}), (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x.txt", "x1.txt",
                                         "xx.txt", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"*(a|b).b"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "x.txt", "x1.txt", "xx.txt", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"+(x|[0-9])*.txt"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"a/@(b|c).*"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "ab.b", "x.txt", "x1.txt", "xx.txt", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"@(*).log"}),
            (Kept{".txt", ".x.txt", "a/.d.log", "a/c.txt", "ab.b", "x.txt", "x1.txt", "xx.txt", "y.txt", "z.txt"}));
  EXPECT_EQ(keptWith({"!(*.txt|*.b)"}), (Kept{".txt", ".x.txt", "a/.d.log", "a/b.log", "a/c.txt", "ab.b", "x.txt",
                                              "x1.txt", "xx.txt", "y.txt", "z.txt"}));
}

TEST(S3AssetTest, MistakesNameTheConstruct) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Main");
  EXPECT_THROW_MSG(stack.make<s3_assets::Asset>("Missing", {.path = (kSources / "not-there").string()}),
                   cdk::ConstructError, "Main/Missing/Stage: cannot find the asset at");
  EXPECT_THROW_MSG(stack.make<s3_assets::Asset>("Empty", {}), cdk::ConstructError,
                   "Main/Empty: the asset's path is empty");
  EXPECT_THROW_MSG(stack.make<s3_assets::Asset>("Both", {.assetHash = "x",
                                                         .assetHashType = cdk::AssetHashType::SOURCE,
                                                         .path = (kSources / "config.txt").string()}),
                   cdk::ConstructError, "assetHashType SOURCE cannot be given with assetHash");
  EXPECT_THROW_MSG(stack.make<s3_assets::Asset>("NoHash", {.assetHashType = cdk::AssetHashType::CUSTOM,
                                                           .path = (kSources / "config.txt").string()}),
                   cdk::ConstructError, "assetHash must be given when assetHashType is CUSTOM");
  // A FIFO is neither a file nor a folder: nothing of it is staged, and the path says which asset.
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
  EXPECT_THROW_MSG(stack.make<s3_assets::Asset>("Pipe", {.path = (dir / "pipe").string()}), cdk::ConstructError,
                   "Main/Pipe/Stage: the asset '" + (dir / "pipe").string() +
                       "' is neither a file nor a folder; give a file or a folder");
  auto& legacy = app.make<cdk::Stack>("Legacy", {.synthesizer = std::make_shared<cdk::LegacyStackSynthesizer>()});
  EXPECT_THROW_MSG(legacy.make<s3_assets::Asset>("File", {.path = (kSources / "config.txt").string()}),
                   cdk::ConstructError, "Legacy: the stack's synthesizer does not publish file assets");
}

TEST(S3AssetTest, SameHashStagedOnceAndSynthesizedAgain) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Main");
  auto& a = stack.make<s3_assets::Asset>("A", {.path = (kSources / "config.txt").string()});
  auto& b = stack.make<s3_assets::Asset>("B", {.path = (kSources / "config.txt").string()});
  EXPECT_EQ(a.assetHash(), b.assetHash());
  app.synth();
  app.synth();
  EXPECT_EQ(readFile(dir / "out" / a.assetPath()), readFile(kSources / "config.txt"));
  const json assets = json::parse(readFile(dir / "out" / "Main.assets.json"));
  EXPECT_EQ(assets["files"].size(), 2u) << "the file once, and the template";
}

TEST(S3AssetTest, ResourceMetadataWhenTheCliAsksForIt) {
  cdk::App app(cdk::AppProps{.context = {{"aws:cdk:enable-asset-metadata", true}}});
  auto& stack = app.make<cdk::Stack>("Main");
  auto& asset = stack.make<s3_assets::Asset>("Code", {.path = (kSources / "site").string()});
  auto& resource = stack.make<cdk::CfnResource>("Fn", {.type = "AWS::Lambda::Function"});
  asset.addResourceMetadata(resource, "Code");
  const json t = app.synth({.write = false}).getStackArtifact("Main").templateJson();
  EXPECT_EQ(t["Resources"]["Fn"]["Metadata"].dump(),
            R"({"aws:asset:path":"asset.be74497c9e0c7a42cd76c0cf9843281bfb028c2394066b3de92dd6ce860c32fd",)"
            R"("aws:asset:is-bundled":false,"aws:asset:property":"Code"})");
}

}  // namespace
