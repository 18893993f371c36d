// Helpers of the healthcare pattern tests: the fixtures' stack, whole-template comparisons with aws-cdk-lib's output
// for the TypeScript ports of the patterns (fixtures/healthcare-util.ts), and the two judges of "secure by default":
// cdkpp's HIPAASecurityChecks run here, and cdk-nag 3.0.2's findings on the fixture, committed under
// tests/compliance/judge (tools/cdk-nag-check/regenerate).
#pragma once

#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/compliance.hpp"
#include "cdk/core.hpp"
#include "cdk/healthcare.hpp"
#include "cfn_lint.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace hctest {

using json = nlohmann::ordered_json;
using cdkpp_test::expectMatchesFixture;
using cdkpp_test::synthTemplate;

/// The certificate of the fixtures' HTTPS listeners.
inline constexpr const char* kCertificateArn =
    "arn:aws:acm:ap-southeast-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";

/// What cfn-lint reports on every template with an ECS service behind a load balancer, aws-cdk-lib's too: the
/// service waits for the target group's loadBalancerAttached, which holds the group it also refers to.
inline const cdkpp_test::AcceptedFinding kServiceWaitsForTargetGroup{
    .rule = "W3005", .reason = "the service's DependsOn lists the target group it refers to, as aws-cdk-lib's does"};

/// The fixtures' stack: "TapStackdev" in account 123456789012, ap-southeast-1 (three availability zones, "dummy1a"
/// to "dummy1c" without context). `withAccount = false` leaves the account out: two availability zones from
/// Fn::GetAZs, which cfn-lint accepts (it warns about literal zones, W3010).
struct Fixture {
  explicit Fixture(cdk::AppProps props = {}, bool withAccount = true) : app(std::move(props)) {
    cdk::Environment env{.region = "ap-southeast-1"};
    if (withAccount) env.account = "123456789012";
    stack = &app.make<cdk::Stack>("TapStackdev", {.env = env});
  }
  json synth() { return synthTemplate(app); }
  cdk::App app;
  cdk::Stack* stack = nullptr;
};

/// Making a `Pattern` "<id>" in the fixtures' stack with the props `props(f)` (which may add what they refer to)
/// throws cdk::ConstructError at "TapStackdev/<id>" whose message contains `message`.
template <class Pattern>
void expectPropsError(const std::string& id, const std::function<typename Pattern::Props(Fixture&)>& props,
                      const std::string& message) {
  Fixture f;
  auto p = props(f);
  try {
    f.stack->make<Pattern>(id, std::move(p));
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/" + id) << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

template <class Pattern>
void expectPropsError(const std::string& id, typename Pattern::Props props, const std::string& message) {
  expectPropsError<Pattern>(id, std::function<typename Pattern::Props(Fixture&)>([&props](Fixture&) { return props; }),
                            message);
}

/// A stack for cfn-lint (see Fixture).
struct LintFixture : Fixture {
  LintFixture() : Fixture({}, false) {}
};

inline std::filesystem::path fixturesDir() {
  return std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / "healthcare" / "fixtures";
}

/// fixtures/<name>.template.json: aws-cdk-lib's template for the TypeScript port of the same program.
inline json fixture(const std::string& name) {
  return json::parse(cdkpp_test::readFile(fixturesDir() / (name + ".template.json")));
}

/// The only rules a pattern may acknowledge (issue 18, read from cdk-nag's rules): what the architecture needs.
inline const std::set<std::string>& allowedAcknowledgements() {
  static const std::set<std::string> rules = {
      "HIPAA.Security-VPCNoUnrestrictedRouteToIGW", "HIPAA.Security-ELBv2ACMCertificateRequired",
      "HIPAA.Security-ALBHttpToHttpsRedirection", "HIPAA.Security-S3BucketReplicationEnabled",
      "HIPAA.Security-S3DefaultEncryptionKMS", "HIPAA.Security-RDSMultiAZSupport",
      "HIPAA.Security-RDSInstanceDeletionProtectionEnabled",
      // Not in the list: a read replica inherits its source's
      // encryption and CloudFormation forbids saying so (StorageEncrypted
      // beside SourceDBInstanceIdentifier, cfn-lint E3020), which cdk-nag
      // reads as unencrypted.
      "HIPAA.Security-RDSStorageEncrypted",
      // Not in the list either: cdk-nag flags every CodeBuild project
      // without Source.Auth of type OAUTH, which exists for GitHub and
      // Bitbucket sources only; a pipeline's project (source CODEPIPELINE)
      // has no repository to authenticate to (ContainerPipeline).
      "HIPAA.Security-CodeBuildProjectSourceRepoUrl"};
  return rules;
}

/// Every acknowledgement in the template: "<logical id> <rule id>: <reason>".
inline std::vector<std::string> acknowledgements(const json& templateJson) {
  std::vector<std::string> out;
  for (const auto& [logicalId, resource] : templateJson.at("Resources").items()) {
    if (!resource.contains("Metadata") || !resource["Metadata"].contains("cdk_nag")) continue;
    for (const auto& rule : resource["Metadata"]["cdk_nag"]["rules_to_suppress"]) {
      out.push_back(logicalId + " " + rule.at("id").get<std::string>() + ": " + rule.at("reason").get<std::string>());
    }
  }
  return out;
}

/// The rules acknowledged in the template that issue 18 does not allow.
inline std::vector<std::string> disallowedAcknowledgements(const json& templateJson) {
  std::vector<std::string> out;
  for (const auto& [logicalId, resource] : templateJson.at("Resources").items()) {
    if (!resource.contains("Metadata") || !resource["Metadata"].contains("cdk_nag")) continue;
    for (const auto& rule : resource["Metadata"]["cdk_nag"]["rules_to_suppress"]) {
      const std::string id = rule.at("id");
      if (!allowedAcknowledgements().count(id.substr(0, id.find('[')))) out.push_back(logicalId + " " + id);
    }
  }
  return out;
}

/// cdkpp's HIPAA.Security pack on the template: the errors that are not acknowledged, "<rule> <logical id>".
inline std::vector<std::string> hipaaErrors(const json& templateJson) {
  static const cdk::compliance::HIPAASecurityChecks pack;
  std::vector<std::string> out;
  for (const auto& result : pack.check(templateJson)) {
    if (result.isFinding() && result.rule->level == cdk::compliance::NagMessageLevel::ERROR) {
      out.push_back(result.ruleId + " " + result.logicalId);
    }
  }
  return out;
}

/// cdk-nag 3.0.2's HIPAA.Security errors on fixtures/<name>.template.json, as tools/cdk-nag-check found them
/// (tests/compliance/judge/healthcare/fixtures/<name>.HIPAASecurityChecks.jsonl), "<rule> <logical id>".
inline std::vector<std::string> judgeErrors(const std::string& name) {
  const auto file = std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / "compliance" / "judge" / "healthcare" /
                    "fixtures" / (name + ".HIPAASecurityChecks.jsonl");
  EXPECT_TRUE(std::filesystem::exists(file))
      << "no cdk-nag findings for " << name << ": run tools/cdk-nag-check/regenerate tests/healthcare/fixtures/" << name
      << ".template.json";
  std::vector<std::string> out;
  std::istringstream lines(cdkpp_test::readFile(file));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const auto finding = nlohmann::json::parse(line);
    if (finding.at("level") == "error") {
      out.push_back(finding.at("rule").get<std::string>() + " " + finding.at("logicalId").get<std::string>());
    }
  }
  return out;
}

/// Secure by default: the template equals the fixture, cdkpp's pack and cdk-nag (on the fixture) find no error
/// that is not acknowledged, every acknowledgement is of an allowed rule, and synthesis with the pack registered
/// succeeds.
inline void expectSecureByDefault(const json& actual, const std::string& fixtureName) {
  expectMatchesFixture(actual, fixture(fixtureName));
  EXPECT_EQ(hipaaErrors(actual), std::vector<std::string>{});
  EXPECT_EQ(judgeErrors(fixtureName), std::vector<std::string>{});
  EXPECT_EQ(disallowedAcknowledgements(actual), std::vector<std::string>{});
}

/// Synthesizes with cdkpp's HIPAA.Security pack registered: throws cdk::ValidationError on an error finding.
inline void synthWithHipaaPack(cdk::App& app) {
  cdk::Validations::of(app).addPlugins(
      std::make_shared<cdk::compliance::HIPAASecurityChecks>(cdk::compliance::NagPackProps{.reports = false}));
  app.synth({.write = false});
}

/// The resources of a type, by logical ID.
inline std::vector<std::string> logicalIdsOfType(const json& templateJson, const std::string& type) {
  std::vector<std::string> out;
  for (const auto& [logicalId, resource] : templateJson.at("Resources").items()) {
    if (resource.at("Type") == type) out.push_back(logicalId);
  }
  return out;
}

}  // namespace hctest

namespace hctest {

/// Of "<rule> <logical id>" findings, those on resources whose logical ID starts with `prefix` (a pattern's own,
/// where the fixture program has plain L2 resources beside it).
inline std::vector<std::string> on(const std::vector<std::string>& findings, const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& finding : findings) {
    if (finding.compare(finding.find(' ') + 1, prefix.size(), prefix) == 0) out.push_back(finding);
  }
  return out;
}

}  // namespace hctest
