// cdkpp's packs against cdk-nag 3.0.2 on the corpus: every whole-template fixture of tests/*/fixtures (templates
// aws-cdk-lib wrote, the seed-000 sample's among them) and the templates of tests/compliance/rules and
// tests/compliance/corpus. cdk-nag's findings for each (tools/cdk-nag-check/regenerate) are in
// tests/compliance/judge; the findings must be the same set (rule id, logical ID, level), template by template.
// AwsSolutions is compared on the rules cdkpp's pack has (the resource types cdkpp's L2 modules create); cdk-nag's
// findings of its other rules are counted apart.
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "compliance_support.hpp"

namespace {

namespace fs = std::filesystem;
using cdkpp_test::pack;

std::vector<fs::path> corpus() {
  std::vector<fs::path> files;
  const fs::path tests = cdkpp_test::testsDir();
  for (const auto& area : fs::directory_iterator(tests)) {
    for (const fs::path& dir : {area.path() / "fixtures", area.path() / "rules", area.path() / "corpus"}) {
      if (!fs::is_directory(dir)) continue;
      if (dir.filename() != "fixtures" && area.path().filename() != "compliance") continue;
      for (const auto& file : fs::directory_iterator(dir)) {
        if (file.path().string().ends_with(".template.json")) files.push_back(file.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// The rule id without its finding: "HIPAA.Security-RDSLoggingEnabled[LogExport::audit]" -> "...RDSLoggingEnabled".
std::string baseRule(const std::string& rule) { return rule.substr(0, rule.find('[')); }

using Key = std::tuple<std::string, std::string, std::string>;  // rule, logical ID, level

TEST(Corpus, FindingsAreCdkNags) {
  const auto files = corpus();
  ASSERT_GT(files.size(), 100u);
  std::size_t templates = 0;
  std::size_t judgeFindings = 0;
  std::size_t ourFindings = 0;
  std::size_t agreeing = 0;
  std::size_t outOfScope = 0;
  std::size_t messages = 0;
  std::size_t messagesAgreeing = 0;
  std::map<std::string, std::pair<std::size_t, std::size_t>> perRule;  // base rule -> (agreeing, disagreeing)
  std::map<std::string, std::size_t> outOfScopeRules;
  std::vector<std::string> problems;
  for (const fs::path& file : files) {
    ++templates;
    const auto templateJson = cdkpp_test::readJson(file);
    const std::string relative = fs::relative(file, cdkpp_test::testsDir()).string();
    for (const std::string packClass : {"HIPAASecurityChecks", "AwsSolutionsChecks"}) {
      const auto& nagPack = pack(packClass);
      std::set<std::string> ruleIds;
      for (const auto& rule : nagPack.rules()) ruleIds.insert(rule.id);
      const fs::path judgeFile =
          cdkpp_test::testsDir() / "compliance" / "judge" /
          (relative.substr(0, relative.size() - std::string(".template.json").size()) + "." + packClass + ".jsonl");
      if (!fs::exists(judgeFile)) {
        problems.push_back(fmt::format("{}: no cdk-nag findings ({}); run tools/cdk-nag-check/regenerate {}", relative,
                                       judgeFile.string(), "tests/" + relative));
        continue;
      }
      std::set<Key> judge;
      std::map<std::string, std::string> judgeMessage;  // rule -> message (cdk-nag keeps one per rule)
      for (const auto& f : cdkpp_test::readJudge(judgeFile)) {
        if (!ruleIds.count(baseRule(f.rule))) {
          ++outOfScope;
          ++outOfScopeRules[baseRule(f.rule)];
          continue;
        }
        judge.insert({f.rule, f.logicalId, f.level});
        judgeMessage.emplace(f.rule, f.message);
      }
      std::set<Key> ours;
      std::map<std::string, std::string> ourMessage;
      for (const auto& result : nagPack.check(templateJson)) {
        if (!result.isFinding()) continue;
        ours.insert({result.ruleId, result.logicalId, cdkpp_test::levelName(result.rule->level)});
        ourMessage.emplace(result.ruleId, result.message);
      }
      judgeFindings += judge.size();
      ourFindings += ours.size();
      for (const Key& k : judge) {
        if (ours.count(k)) {
          ++agreeing;
          ++perRule[baseRule(std::get<0>(k))].first;
        } else {
          ++perRule[baseRule(std::get<0>(k))].second;
          problems.push_back(fmt::format("{}: cdk-nag finds {} on {} ({}), cdkpp does not", relative, std::get<0>(k),
                                         std::get<1>(k), std::get<2>(k)));
        }
      }
      for (const Key& k : ours) {
        if (judge.count(k)) continue;
        ++perRule[baseRule(std::get<0>(k))].second;
        problems.push_back(fmt::format("{}: cdkpp finds {} on {} ({}), cdk-nag does not", relative, std::get<0>(k),
                                       std::get<1>(k), std::get<2>(k)));
      }
      for (const auto& [rule, message] : judgeMessage) {
        ++messages;
        auto it = ourMessage.find(rule);
        if (it != ourMessage.end() && it->second == message) {
          ++messagesAgreeing;
        } else if (it != ourMessage.end()) {
          problems.push_back(
              fmt::format("{}: {}: cdk-nag says \"{}\", cdkpp \"{}\"", relative, rule, message, it->second));
        }
      }
    }
  }
  std::size_t rulesSeen = 0;
  for (const auto& [rule, counts] : perRule) rulesSeen += counts.first > 0 ? 1 : 0;
  std::cout << fmt::format(
      "compliance corpus: {} templates; cdk-nag 3.0.2 finds {}, cdkpp {}, agreeing {}; {} rules with "
      "findings; messages agreeing {} of {}; {} findings of AwsSolutions rules outside cdkpp's pack ({} "
      "rules)\n",
      templates, judgeFindings, ourFindings, agreeing, rulesSeen, messagesAgreeing, messages, outOfScope,
      outOfScopeRules.size());
  for (const auto& [rule, counts] : perRule) {
    if (counts.second) std::cout << fmt::format("  {}: {} agreeing, {} not\n", rule, counts.first, counts.second);
  }
  std::string list;
  for (const auto& p : problems) list += "\n  " + p;
  EXPECT_TRUE(problems.empty()) << problems.size() << " disagreements with cdk-nag:" << list;
  EXPECT_EQ(judgeFindings, agreeing);
  EXPECT_EQ(ourFindings, agreeing);
}

}  // namespace
