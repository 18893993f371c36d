// Runs the catalogue of bad input (see bad_input_catalogue.hpp): every case must fail with its exception type
// and a message that names the construct path and says what to change.
#include <set>

#include <gtest/gtest.h>

#include "bad_input_catalogue.hpp"

namespace cdkpp_test {
namespace {

std::vector<BadInputCase> allCases() {
  std::vector<BadInputCase> cases;
  for (auto&& layer : {coreBadInput(), outputBadInput(), runawayBadInput(), refusalBadInput(), layerBadInput()}) {
    for (auto& c : layer) cases.push_back(c);
  }
  return cases;
}

class BadInputTest : public ::testing::TestWithParam<BadInputCase> {};

TEST_P(BadInputTest, FailsWithTypePathAndRemedy) {
  const BadInputCase& c = GetParam();
  try {
    c.run();
    FAIL() << c.name << ": expected " << c.type->name() << " but nothing was thrown";
  } catch (const std::exception& e) {
    const std::string what = e.what();
    EXPECT_TRUE(c.isExpectedType(e)) << c.name << ": expected " << c.type->name() << ", got " << typeid(e).name()
                                     << ": " << what;
    if (!c.path.empty()) {
      EXPECT_NE(what.find(c.path), std::string::npos) << c.name << ": no path '" << c.path << "' in: " << what;
    }
    for (const auto& m : c.mentions)
      EXPECT_NE(what.find(m), std::string::npos) << c.name << ": no '" << m << "' in: " << what;
  }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInputTest, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<BadInputCase>& info) { return info.param.name; });

TEST(BadInputCatalogueTest, HasAtLeastAHundredDistinctCases) {
  const auto cases = allCases();
  std::set<std::string> names;
  for (const auto& c : cases) names.insert(c.name);
  EXPECT_EQ(names.size(), cases.size()) << "case names must be unique";
  EXPECT_GE(cases.size(), 100u);
}

}  // namespace
}  // namespace cdkpp_test
