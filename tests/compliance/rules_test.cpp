// Each rule of both packs on its cases (tests/compliance/rules/<Rule>.template.json): resources named Compliant*,
// NonCompliant* and Unknown* (the rule cannot decide), the expected findings in the template's
// Metadata["cdkpp:expect"]. cdk-nag 3.0.2 decided the same on every one of these templates (corpus_test).
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "compliance_support.hpp"

namespace {

using cdk::compliance::NagResult;
using cdkpp_test::pack;

struct RuleCase {
  std::string packClass;
  std::string ruleId;
  std::string ruleName;
};

std::vector<RuleCase> allRules() {
  std::vector<RuleCase> out;
  for (const char* packClass : {"HIPAASecurityChecks", "AwsSolutionsChecks"}) {
    for (const auto& rule : pack(packClass).rules()) out.push_back({packClass, rule.id, rule.ruleName});
  }
  return out;
}

class Rule : public testing::TestWithParam<RuleCase> {};

TEST_P(Rule, DecidesItsCasesAsCdkNag) {
  const RuleCase& c = GetParam();
  const auto file = cdkpp_test::testsDir() / "compliance" / "rules" / (c.ruleName + ".template.json");
  ASSERT_TRUE(std::filesystem::exists(file)) << "no cases for " << c.ruleName << ": write " << file;
  const auto templateJson = cdkpp_test::readJson(file);
  const auto& expect = templateJson.at("Metadata").at("cdkpp:expect");
  ASSERT_EQ(expect.at("rule"), c.ruleName);

  // What the rule found, per resource: "non-compliant", "unknown", or the findings it named.
  std::map<std::string, std::vector<std::string>> found;
  for (const NagResult& result : pack(c.packClass).check(templateJson)) {
    if (result.rule->id != c.ruleId || !result.isFinding()) continue;
    std::string what = result.compliance == NagResult::Compliance::UNKNOWN ? "unknown"
                       : result.findingId.empty()                          ? "non-compliant"
                                                                           : result.findingId;
    found[result.logicalId].push_back(what);
  }
  int compliant = 0;
  int nonCompliant = 0;
  for (const auto& [logicalId, expected] : expect.at("resources").items()) {
    const auto it = found.find(logicalId);
    const std::vector<std::string> actual = it == found.end() ? std::vector<std::string>{} : it->second;
    std::vector<std::string> want;
    if (expected.is_array()) {
      for (const auto& f : expected) want.push_back(f);
      ++nonCompliant;
    } else if (expected == "compliant") {
      ++compliant;
    } else {
      want.push_back(expected);
      ++nonCompliant;
    }
    EXPECT_EQ(std::multiset<std::string>(actual.begin(), actual.end()),
              std::multiset<std::string>(want.begin(), want.end()))
        << c.ruleId << " on " << logicalId;
  }
  // VPCDefaultSecurityGroupClosed cannot be met in a template: cdk-nag looks for a construct beside the VPC,
  // which a template read with CfnInclude never has (see lib/compliance/rules/vpc.cpp).
  if (c.ruleName != "VPCDefaultSecurityGroupClosed") {
    EXPECT_GE(compliant, 1) << "no compliant case";
  }
  EXPECT_GE(nonCompliant, 1) << "no non-compliant case";
}

std::string caseName(const testing::TestParamInfo<RuleCase>& info) {
  std::string name = info.param.ruleId;
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Packs, Rule, testing::ValuesIn(allRules()), caseName);

TEST(Packs, HaveCdkNagsRuleCounts) {
  EXPECT_EQ(pack("HIPAASecurityChecks").rules().size(), 90u);
  EXPECT_EQ(pack("HIPAASecurityChecks").packName(), "HIPAA.Security");
  EXPECT_EQ(pack("AwsSolutionsChecks").packName(), "AwsSolutions");
  std::set<std::string> ids;
  for (const char* p : {"HIPAASecurityChecks", "AwsSolutionsChecks"}) {
    for (const auto& rule : pack(p).rules()) EXPECT_TRUE(ids.insert(rule.id).second) << rule.id;
  }
}

}  // namespace
