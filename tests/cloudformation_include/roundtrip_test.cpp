// Every template aws-cdk-lib wrote for the repository's fixtures (tests/*/fixtures/*.template.json, the seed-000
// reference among them) included and synthesized again: the same template, but for the values kConverted lists.
// Compared as a whole (every section; key order and the order of DependsOn aside), and by cfn-compare (each
// resource and output) once the suite has synthesized them all.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include <gtest/gtest.h>

#include "cdk/cloudformation_include.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using unordered_json = nlohmann::json;  // key order is not compared

std::vector<std::string> fixtureTemplates() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(CDKPP_SOURCE_DIR) / "tests")) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".template.json") && entry.path().parent_path().filename() == "fixtures") {
      files.push_back(fs::relative(entry.path(), CDKPP_SOURCE_DIR).string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// What the comparison leaves aside: empty Properties (not written), the order of DependsOn (sorted by construct
/// path, as aws-cdk-lib sorts it) and its one-string form.
unordered_json normalized(unordered_json t) {
  if (t.contains("Resources")) {
    for (auto& [id, resource] : t["Resources"].items()) {
      (void)id;
      if (resource.contains("Properties") && resource["Properties"].empty()) resource.erase("Properties");
      if (resource.contains("DependsOn")) {
        unordered_json& dependsOn = resource["DependsOn"];
        if (dependsOn.is_string()) dependsOn = unordered_json::array({dependsOn});
        std::sort(dependsOn.begin(), dependsOn.end());
      }
    }
  }
  return t;
}

/// A value the round trip gives with the type cdkpp's L1 layer has for its property, where aws-cdk-lib 2.276's
/// L1 class has another: both convert a template's values to their L1 type when they include it (aws-cdk-lib's
/// FromCloudFormation.getString/getNumber), and the L1 types come from different schemas.
struct Converted {
  std::string_view fixture;
  std::string_view pointer;  ///< the place of the value in the template
  std::string_view from;     ///< the value aws-cdk-lib wrote (JSON)
  std::string_view to;       ///< the value cdkpp writes (JSON)
};
constexpr Converted kConverted[] = {
    // ObjectSizeGreaterThan: a number in aws-cdk-lib 2.276, a string in the registry schema cdkpp is generated
    // from. CloudFormation takes either (its validation plugin converts the number, W9003); the s3 L2 of cdkpp
    // writes "1024" too (tests/s3/fixtures_test.cpp).
    {"tests/s3/fixtures/s3-lifecycle.template.json",
     "/Resources/Bucket83908E77/Properties/LifecycleConfiguration/Rules/4/ObjectSizeGreaterThan", "1024", R"("1024")"},
};

/// Each case's reference and synthesized template stay in one folder until the suite ends, when cfn-compare
/// judges every pair in one Python process (one process per case cost 0.1 s of CPU each, 38 s of a CI run).
class IncludeRoundTrip : public ::testing::TestWithParam<std::string> {
 public:
  static void SetUpTestSuite() { folder_ = std::make_unique<cdkpp_test::TempDir>(); }

  static void TearDownTestSuite() {
    if (!pairs_.empty()) expectCfnCompareIdentical();
    pairs_.clear();
    folder_.reset();
  }

 protected:
  static fs::path caseFolder() { return folder_->path() / std::to_string(pairs_.size()); }
  static void judgeLater(const std::string& fixture, fs::path reference, fs::path ours) {
    pairs_.push_back({fixture, std::move(reference), std::move(ours)});
  }

 private:
  struct Pair {
    std::string fixture;
    fs::path reference;
    fs::path ours;
  };

  /// cfn-compare's main() over every pair: a line "<status> <fixture>" for each, then its own output.
  static void expectCfnCompareIdentical() {
    unordered_json list = unordered_json::array();
    for (const Pair& pair : pairs_) list.push_back({pair.fixture, pair.reference.string(), pair.ours.string()});
    const fs::path listFile = folder_->path() / "pairs.json";
    std::ofstream(listFile) << list.dump();
    const fs::path script = folder_->path() / "compare_all.py";
    std::ofstream(script) << R"(import importlib.machinery, importlib.util, json, sys
loader = importlib.machinery.SourceFileLoader("cfn_compare", sys.argv[1])
spec = importlib.util.spec_from_loader("cfn_compare", loader)
cfn_compare = importlib.util.module_from_spec(spec)
loader.exec_module(cfn_compare)
for fixture, reference, ours in json.load(open(sys.argv[2])):
    print("@@", fixture, flush=True)
    print("@@ status", cfn_compare.main([reference, ours]), flush=True)
)";
    const auto [status, output] =
        cdkpp_test::runCommand("python3 '" + script.string() + "' '" CDKPP_CFN_COMPARE "' '" + listFile.string() + "'");
    ASSERT_EQ(status, 0) << output;
    // Each pair's block runs from its "@@ <fixture>" line to its "@@ status <exit status>" line.
    std::size_t judged = 0;
    for (std::size_t at = output.find("@@ "); at != std::string::npos;) {
      const std::size_t statusLine = output.find("@@ status ", at);
      if (statusLine == std::string::npos) break;
      const std::size_t end = output.find('\n', statusLine);
      const std::string block = output.substr(at, end == std::string::npos ? end : end - at);
      EXPECT_NE(block.find("@@ status 0"), std::string::npos) << block;
      EXPECT_NE(block.find("missing 0, extra 0"), std::string::npos) << block;
      ++judged;
      at = end == std::string::npos ? end : output.find("@@ ", end);
    }
    EXPECT_EQ(judged, pairs_.size()) << output;
  }

  static inline std::unique_ptr<cdkpp_test::TempDir> folder_;
  static inline std::vector<Pair> pairs_;
};

TEST_P(IncludeRoundTrip, SynthesizesTheSameTemplate) {
  const fs::path original = fs::path(CDKPP_SOURCE_DIR) / GetParam();
  const fs::path dir = caseFolder();
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  // LegacyStackSynthesizer: the template as included, nothing added (the fixtures of aws-cdk-lib carry its
  // bootstrap scaffolding already, the others none).
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"},
                                                     .synthesizer = std::make_shared<cdk::LegacyStackSynthesizer>()});
  stack.make<cdk::cloudformation_include::CfnInclude>("Template", {.templateFile = original.string()});
  app.synth();
  const fs::path ours = dir / "out" / "TapStackdev.template.json";

  // The template to compare with: the fixture, with the values cdkpp writes with its L1 type.
  unordered_json expected = unordered_json::parse(cdkpp_test::readFile(original));
  fs::path reference = original;
  for (const Converted& converted : kConverted) {
    if (GetParam() != converted.fixture) continue;
    unordered_json& value = expected.at(unordered_json::json_pointer(std::string(converted.pointer)));
    ASSERT_EQ(value, unordered_json::parse(converted.from)) << converted.pointer;
    value = unordered_json::parse(converted.to);
    reference = dir / "expected.template.json";
    std::ofstream(reference) << expected.dump(1);
  }
  judgeLater(GetParam(), reference, ours);

  EXPECT_EQ(normalized(unordered_json::parse(cdkpp_test::readFile(ours))), normalized(std::move(expected)));
}

std::string testName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name;
  for (char c : fs::path(info.param).parent_path().parent_path().filename().string() + "_" +
                    fs::path(info.param).filename().string()) {
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, IncludeRoundTrip, ::testing::ValuesIn(fixtureTemplates()), testName);

TEST(IncludeRoundTripList, CoversTheFixturesAndTheSeed000Reference) {
  const auto files = fixtureTemplates();
  EXPECT_GE(files.size(), 42u);
  EXPECT_NE(std::find(files.begin(), files.end(), "tests/samples/fixtures/TapStackdev.template.json"), files.end());
  for (const Converted& converted : kConverted) {
    EXPECT_NE(std::find(files.begin(), files.end(), converted.fixture), files.end()) << converted.fixture;
  }
}

}  // namespace
