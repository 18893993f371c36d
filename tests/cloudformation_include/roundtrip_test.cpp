// Every template aws-cdk-lib wrote for the repository's fixtures (tests/*/fixtures/*.template.json, the seed-000
// reference among them) included and synthesized again: the same template, but for the values kConverted lists.
// Compared with cfn-compare (each resource and output) and as a whole (every section; key order and the order of
// DependsOn aside).
#include <sys/wait.h>

#include <cstdio>
#include <fstream>

#include <gtest/gtest.h>

#include "cdk/cloudformation_include.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;  // unordered: key order is not compared

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
json normalized(json t) {
  if (t.contains("Resources")) {
    for (auto& [id, resource] : t["Resources"].items()) {
      (void)id;
      if (resource.contains("Properties") && resource["Properties"].empty()) resource.erase("Properties");
      if (resource.contains("DependsOn")) {
        json& dependsOn = resource["DependsOn"];
        if (dependsOn.is_string()) dependsOn = json::array({dependsOn});
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

class IncludeRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(IncludeRoundTrip, SynthesizesTheSameTemplate) {
  const fs::path original = fs::path(CDKPP_SOURCE_DIR) / GetParam();
  cdkpp_test::TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("TapStackdev", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  stack.make<cdk::cloudformation_include::CfnInclude>("Template", {.templateFile = original.string()});
  app.synth();
  const fs::path ours = dir / "out" / "TapStackdev.template.json";

  // The template to compare with: the fixture, with the values cdkpp writes with its L1 type.
  json expected = json::parse(cdkpp_test::readFile(original));
  fs::path reference = original;
  for (const Converted& converted : kConverted) {
    if (GetParam() != converted.fixture) continue;
    json& value = expected.at(json::json_pointer(std::string(converted.pointer)));
    ASSERT_EQ(value, json::parse(converted.from)) << converted.pointer;
    value = json::parse(converted.to);
    reference = dir / "expected.template.json";
    std::ofstream(reference) << expected.dump(1);
  }

  const auto [status, output] =
      cdkpp_test::runCommand("python3 '" CDKPP_CFN_COMPARE "' '" + reference.string() + "' '" + ours.string() + "'");
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find("missing 0, extra 0"), std::string::npos) << output;

  EXPECT_EQ(normalized(json::parse(cdkpp_test::readFile(ours))), normalized(std::move(expected)));
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
