// The packs at synthesis: findings failing it with construct paths and what to change, report-only, warnings,
// the reports in the assembly, acknowledgements (written into the template, stale ones warned), the
// --compliance switches and context keys.
#include <gtest/gtest.h>

#include <fstream>

#include <cdk/cloudformation_include.hpp>
#include <cdk/compliance.hpp>
#include <cdk/core.hpp>
#include <cdk/core/cloud_assembly.hpp>

#include "compliance_support.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using cdkpp_test::TempDir;
namespace compliance = cdk::compliance;
namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

/// A stack with a topic without a key under "Messaging" and one with a key.
cdk::Stack& build(cdk::App& app, const std::string& name = "Clinic") {
  auto& stack = app.make<cdk::Stack>(name);
  auto& messaging = stack.make<cdk::Construct>("Messaging");
  messaging.make<cdk::CfnResource>("Alerts", {.type = "AWS::SNS::Topic"});
  stack.make<cdk::CfnResource>(
      "Encrypted", {.properties = Value::map({{"KmsMasterKeyId", "alias/clinic"}}), .type = "AWS::SNS::Topic"});
  return stack;
}

std::vector<std::string> messagesAt(const cdk::CloudAssembly& assembly, const std::string& path) {
  std::vector<std::string> out;
  for (const auto& m : assembly.messages()) {
    if (m.path == path) out.push_back(m.message);
  }
  return out;
}

bool anyContains(const std::vector<std::string>& texts, const std::string& part) {
  return std::any_of(texts.begin(), texts.end(), [&](const auto& t) { return t.find(part) != std::string::npos; });
}

TEST(Compliance, FindingsFailSynthesisWithPathAndRemedy) {
  cdk::App app;
  build(app);
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  try {
    app.synth({.write = false});
    FAIL() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "Clinic/Messaging/Alerts");
    EXPECT_EQ(e.issues()[0].message,
              "HIPAA.Security-SNSEncryptedKMS: The SNS topic does not have KMS encryption enabled - (Control IDs: "
              "164.312(a)(2)(iv), 164.312(e)(2)(ii)). Fix: encrypt the topic with KMS (KmsMasterKeyId, masterKey). (or "
              "acknowledge HIPAA.Security-SNSEncryptedKMS with a reason)");
  }
}

TEST(Compliance, EveryFindingOfEveryPackInOneError) {
  cdk::App app;
  build(app);
  build(app, "Records");
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>(),
                                       std::make_shared<compliance::AwsSolutionsChecks>());
  try {
    app.synth({.write = false});
    FAIL() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    std::vector<std::string> found;
    for (const auto& issue : e.issues())
      found.push_back(issue.path + " " + issue.message.substr(0, issue.message.find(':')));
    EXPECT_EQ(found, (std::vector<std::string>{"Clinic/Messaging/Alerts HIPAA.Security-SNSEncryptedKMS",
                                               "Clinic/Messaging/Alerts AwsSolutions-SNS3",
                                               "Records/Messaging/Alerts HIPAA.Security-SNSEncryptedKMS",
                                               "Records/Messaging/Alerts AwsSolutions-SNS3"}));
  }
}

TEST(Compliance, ReportOnlyWritesWarningsAndReports) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  build(app);
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>(compliance::NagPackProps{
      .reportFormats = {compliance::NagReportFormat::CSV, compliance::NagReportFormat::JSON}, .reportOnly = true}));
  const auto& assembly = app.synth();
  EXPECT_EQ(
      messagesAt(assembly, "Clinic"),
      std::vector<std::string>{"HIPAA.Security: 1 error findings, not failing synthesis (report-only); each is in "
                               "HIPAA.Security-Clinic-NagReport.csv and .json in the cloud assembly Fix them or "
                               "acknowledge them, then check without report-only."});
  EXPECT_TRUE(messagesAt(assembly, "Clinic/Messaging/Alerts").empty());
  const std::string csv = cdkpp_test::readFile(dir / "out" / "HIPAA.Security-Clinic-NagReport.csv");
  EXPECT_EQ(csv,
            "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info\n"
            "\"HIPAA.Security-SNSEncryptedKMS\",\"Clinic/Messaging/Alerts\",\"Non-Compliant\",\"N/A\",\"Error\",\"The "
            "SNS topic does not have KMS encryption enabled - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).\"\n"
            "\"HIPAA.Security-SNSEncryptedKMS\",\"Clinic/Encrypted\",\"Compliant\",\"N/A\",\"Error\",\"The SNS topic "
            "does not have KMS encryption enabled - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).\"\n");
  const auto report = json::parse(cdkpp_test::readFile(dir / "out" / "HIPAA.Security-Clinic-NagReport.json"));
  ASSERT_EQ(report["lines"].size(), 2u);
  EXPECT_EQ(report["lines"][0]["ruleId"], "HIPAA.Security-SNSEncryptedKMS");
  EXPECT_EQ(report["lines"][0]["resourceId"], "Clinic/Messaging/Alerts");
  EXPECT_EQ(report["lines"][0]["compliance"], "Non-Compliant");
  EXPECT_EQ(report["lines"][0]["exceptionReason"], "N/A");
  EXPECT_EQ(report["lines"][0]["ruleLevel"], "Error");
  EXPECT_EQ(report["lines"][1]["compliance"], "Compliant");
}

TEST(Compliance, ReportOnlyFromContext) {
  for (Value flag : {Value(true), Value("true")}) {
    cdk::App app(cdk::AppProps{.context = {{"cdkpp:complianceReportOnly", flag}}});
    build(app);
    cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
    const auto& assembly = app.synth({.write = false});
    EXPECT_TRUE(anyContains(messagesAt(assembly, "Clinic"), "HIPAA.Security: 1 error findings, not failing"));
    EXPECT_TRUE(assembly.validationReports()[0].report.success);
  }
}

TEST(Compliance, WarningRulesAreAnnotations) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Net");
  auto& vpc = stack.make<cdk::CfnResource>(
      "Vpc", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
  stack.make<cdk::CfnResource>("FlowLog", {.properties = Value::map({{"ResourceId", vpc.ref()},
                                                                     {"ResourceType", "VPC"},
                                                                     {"TrafficType", "ALL"},
                                                                     {"LogDestinationType", "s3"},
                                                                     {"LogDestination", "arn:aws:s3:::logs"}}),
                                           .type = "AWS::EC2::FlowLog"});
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  const auto& assembly = app.synth({.write = false});
  EXPECT_TRUE(anyContains(messagesAt(assembly, "Net/Vpc"),
                          "HIPAA.Security-VPCDefaultSecurityGroupClosed: The VPC's "
                          "default security group allows inbound or outbound traffic"));
}

TEST(Compliance, AcknowledgementsCoverEverythingBelowAndGoIntoTheTemplate) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = build(app);
  compliance::acknowledge(*stack.node().tryFindChild("Messaging"),
                          {.id = "HIPAA.Security-SNSEncryptedKMS", .reason = "Public announcements, no PHI."});
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  const auto& assembly = app.synth();
  const auto& resources = assembly.getStackByName("Clinic").templateJson().at("Resources");
  const auto alerts =
      std::find_if(resources.begin(), resources.end(), [](const json& r) { return !r.contains("Properties"); });
  ASSERT_NE(alerts, resources.end());
  const json& topic = *alerts;
  EXPECT_EQ(topic["Metadata"]["cdk_nag"], json::parse(R"({"rules_to_suppress": [{"id": "HIPAA.Security-SNSEncryptedKMS",
                                                   "reason": "Public announcements, no PHI."}]})"));
  EXPECT_FALSE(resources.at("Encrypted").contains("Metadata"));
  const std::string csv = cdkpp_test::readFile(dir / "out" / "HIPAA.Security-Clinic-NagReport.csv");
  EXPECT_NE(csv.find("\"HIPAA.Security-SNSEncryptedKMS\",\"Clinic/Messaging/Alerts\",\"Suppressed\",\"Public "
                     "announcements, no PHI.\",\"Error\""),
            std::string::npos)
      << csv;
  EXPECT_TRUE(messagesAt(assembly, "Clinic/Messaging").empty()) << "used, so not stale";
}

TEST(Compliance, AcknowledgementsOfAnIncludedTemplateAreHonoured) {
  // A template written for cdk-nag (Metadata.cdk_nag.rules_to_suppress) and brought in with CfnInclude: its
  // acknowledgements hold here as they do for cdk-nag, and they are in the report with their reason.
  TempDir dir;
  {
    std::ofstream(dir / "legacy.yaml") << R"(Resources:
  Alerts:
    Type: AWS::SNS::Topic
    Metadata:
      cdk_nag:
        rules_to_suppress:
          - id: HIPAA.Security-SNSEncryptedKMS
            reason: Public announcements, no PHI.
  Pages:
    Type: AWS::SNS::Topic
)";
  }
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Legacy");
  stack.make<cdk::cloudformation_include::CfnInclude>("Template", {.templateFile = (dir / "legacy.yaml").string()});
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  try {
    app.synth();
    FAIL() << "expected a ValidationError for Pages";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 1u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "Legacy/Template/Pages");
    EXPECT_NE(e.issues()[0].message.find("HIPAA.Security-SNSEncryptedKMS"), std::string::npos);
  }
  cdk::App reportOnly(
      cdk::AppProps{.context = {{"cdkpp:complianceReportOnly", Value(true)}}, .outdir = (dir / "report").string()});
  auto& again = reportOnly.make<cdk::Stack>("Legacy");
  again.make<cdk::cloudformation_include::CfnInclude>("Template", {.templateFile = (dir / "legacy.yaml").string()});
  cdk::Validations::of(reportOnly).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  reportOnly.synth();
  const std::string csv = cdkpp_test::readFile(dir / "report" / "HIPAA.Security-Legacy-NagReport.csv");
  EXPECT_NE(csv.find("\"HIPAA.Security-SNSEncryptedKMS\",\"Legacy/Template/Alerts\",\"Suppressed\",\"Public "
                     "announcements, no PHI.\""),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find("\"HIPAA.Security-SNSEncryptedKMS\",\"Legacy/Template/Pages\",\"Non-Compliant\""),
            std::string::npos)
      << csv;
}

TEST(Compliance, AcknowledgementsOfFindingsName) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Data");
  auto& db = stack.make<cdk::CfnResource>(
      "Db", {.properties = Value::map({{"DBInstanceClass", "db.t3.micro"}, {"Engine", "mysql"}}),
             .type = "AWS::RDS::DBInstance"});
  compliance::acknowledge(db, {.appliesTo = {"LogExport::general", "LogExport::slowquery"},
                               .id = "HIPAA.Security-RDSLoggingEnabled",
                               .reason = "Query logs would hold PHI; audit and error logs are exported."});
  EXPECT_EQ(db.getMetadata("cdk_nag"), nullptr) << "written by an aspect at synthesis";
  const auto& assembly = app.synth({.write = false});
  const auto& metadata = assembly.getStackByName("Data").templateJson()["Resources"]["Db"]["Metadata"]["cdk_nag"];
  EXPECT_EQ(metadata["rules_to_suppress"][0]["id"], "HIPAA.Security-RDSLoggingEnabled[LogExport::general]");
  EXPECT_EQ(metadata["rules_to_suppress"][1]["id"], "HIPAA.Security-RDSLoggingEnabled[LogExport::slowquery]");
  // What the pack then finds in that template: the two other findings only.
  std::vector<std::string> findings;
  const compliance::HIPAASecurityChecks hipaa;
  for (const auto& r : hipaa.check(assembly.getStackByName("Data").templateJson())) {
    if (r.isFinding() && r.rule->id == "HIPAA.Security-RDSLoggingEnabled") findings.push_back(r.ruleId);
  }
  EXPECT_EQ(findings, (std::vector<std::string>{"HIPAA.Security-RDSLoggingEnabled[LogExport::audit]",
                                                "HIPAA.Security-RDSLoggingEnabled[LogExport::error]"}));
}

TEST(Compliance, AcknowledgementsKeepMetadataThereAlready) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& topic = stack.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  topic.addMetadata(
      "cdk_nag",
      Value::map({{"rules_to_suppress",
                   Value::list({Value::map({{"id", "AwsSolutions-SNS3"}, {"reason", "Written by hand before."}})})}}));
  compliance::acknowledge(stack, {.id = "HIPAA.Security-SNSEncryptedKMS", .reason = "Public announcements."});
  compliance::acknowledge(stack, {.id = "AwsSolutions-SNS3", .reason = "Said twice, written once."});
  const auto& assembly = app.synth({.write = false});
  EXPECT_EQ(assembly.getStackByName("S").templateJson()["Resources"]["Topic"]["Metadata"]["cdk_nag"],
            json::parse(R"({"rules_to_suppress": [
              {"id": "AwsSolutions-SNS3", "reason": "Written by hand before."},
              {"id": "HIPAA.Security-SNSEncryptedKMS", "reason": "Public announcements."}]})"));
}

TEST(Compliance, AcknowledgementsNeedAReason) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  EXPECT_THROW_MSG(compliance::acknowledge(stack, {.id = "HIPAA.Security-SNSEncryptedKMS", .reason = "no PHI"}),
                   cdk::ConstructError,
                   "S: the acknowledgement of HIPAA.Security-SNSEncryptedKMS has the reason \"no PHI\"; give a reason "
                   "of at least 10 characters");
  EXPECT_THROW_MSG(compliance::acknowledge(stack, {.reason = "a good long reason"}), cdk::ConstructError,
                   "S: an acknowledgement needs the id of the rule");
  EXPECT_THROW_MSG(
      compliance::acknowledge(stack, {.appliesTo = {""}, .id = "AwsSolutions-IAM5", .reason = "a good long reason"}),
      cdk::ConstructError, "empty entry in appliesTo");
}

TEST(Compliance, StaleAcknowledgementsAreWarned) {
  cdk::App app;
  auto& stack = build(app);
  compliance::acknowledge(stack, {.id = "HIPAA.Security-SNSEncryptedKMS", .reason = "Public announcements only."});
  compliance::acknowledge(stack, {.id = "HIPAA.Security-S3BucketLoggingEnabled", .reason = "No bucket here at all."});
  compliance::acknowledge(stack, {.id = "AwsSolutions-SNS3", .reason = "Another pack's rule, not checked."});
  auto& encrypted = *stack.node().tryFindChild("Encrypted");
  static_cast<cdk::CfnResource&>(encrypted).addMetadata(
      "cdk_nag",
      Value::map({{"rules_to_suppress", Value::list({Value::map({{"id", "HIPAA.Security-KMSBackingKeyRotationEnabled"},
                                                                 {"reason", "A rule of keys, not topics."}})})}}));
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  const auto& assembly = app.synth({.write = false});
  const auto atStack = messagesAt(assembly, "Clinic");
  EXPECT_TRUE(anyContains(atStack,
                          "HIPAA.Security-S3BucketLoggingEnabled: is acknowledged here, but no resource at "
                          "or below Clinic breaks the rule"));
  EXPECT_FALSE(anyContains(atStack, "HIPAA.Security-SNSEncryptedKMS")) << "used on Alerts";
  EXPECT_FALSE(anyContains(atStack, "AwsSolutions-SNS3")) << "not this pack's rule";
  EXPECT_TRUE(anyContains(messagesAt(assembly, "Clinic/Encrypted"),
                          "HIPAA.Security-KMSBackingKeyRotationEnabled: is "
                          "acknowledged here"));
}

TEST(Compliance, RulesThatCannotDecideSayWhy) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& vpc = stack.make<cdk::CfnResource>(
      "Vpc", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
  stack.make<cdk::CfnResource>(
      "Sg",
      {.properties = Value::map(
           {{"GroupDescription", "web"},
            {"SecurityGroupIngress",
             Value::list({Value::map(
                 {{"IpProtocol", "tcp"}, {"FromPort", 443}, {"ToPort", 443}, {"CidrIp", vpc.getAtt("CidrBlock")}})})}}),
       .type = "AWS::EC2::SecurityGroup"});
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  try {
    app.synth({.write = false});
    FAIL() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    std::vector<std::string> atSg;
    for (const auto& issue : e.issues()) {
      if (issue.path == "S/Sg") atSg.push_back(issue.message);
    }
    const std::string undecided =
        ": Rule threw an error during validation. This is generally caused by a parameter referencing an intrinsic "
        "function. (cdk-nag cannot decide this rule on a value given by an intrinsic function: give it a literal "
        "value, or acknowledge ";
    EXPECT_EQ(atSg, (std::vector<std::string>{"HIPAA.Security-EC2RestrictedCommonPorts" + undecided +
                                                  "HIPAA.Security-EC2RestrictedCommonPorts with a reason)",
                                              "HIPAA.Security-EC2RestrictedSSH" + undecided +
                                                  "HIPAA.Security-EC2RestrictedSSH with a reason)"}));
  }
}

TEST(Compliance, ComplianceSwitchTurnsThePacksOn) {
  const char* argv[] = {"prog", "--compliance", "hipaa,aws-solutions"};
  cdk::App app(3, argv);
  build(app);
  try {
    app.synth({.write = false});
    FAIL() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 2u) << e.what();
    EXPECT_EQ(e.issues()[0].message.substr(0, 30), "HIPAA.Security-SNSEncryptedKMS");
    EXPECT_EQ(e.issues()[1].message.substr(0, 17), "AwsSolutions-SNS3");
  }
}

TEST(Compliance, ComplianceReportOnlySwitch) {
  TempDir dir;
  const std::string out = (dir / "out").string();
  const char* argv[] = {"prog", "--compliance", "hipaa", "--compliance-report-only", "--output", out.c_str()};
  cdk::App app(6, argv);
  build(app);
  const auto& assembly = app.synth();
  EXPECT_TRUE(anyContains(messagesAt(assembly, "Clinic"), "HIPAA.Security: 1 error findings"));
  EXPECT_TRUE(fs::exists(dir / "out" / "HIPAA.Security-Clinic-NagReport.csv"));
  EXPECT_FALSE(fs::exists(dir / "out" / "HIPAA.Security-Clinic-NagReport.json")) << "CSV only, as cdk-nag by default";
  EXPECT_FALSE(fs::exists(dir / "out" / "AwsSolutions-Clinic-NagReport.csv"));
}

TEST(Compliance, ComplianceContextAsAList) {
  cdk::App app(cdk::AppProps{
      .context = {{"cdkpp:compliance", Value::list({"aws-solutions"})}, {"cdkpp:complianceReportOnly", "true"}}});
  build(app);
  const auto& assembly = app.synth({.write = false});
  ASSERT_EQ(assembly.validationReports().size(), 1u);
  EXPECT_EQ(assembly.validationReports()[0].plugin, "AwsSolutions");
}

TEST(Compliance, ComplianceSwitchAndCodeRunAPackOnce) {
  cdk::App app(cdk::AppProps{.context = {{"cdkpp:compliance", "hipaa"}, {"cdkpp:complianceReportOnly", true}}});
  build(app);
  cdk::Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
  const auto& assembly = app.synth({.write = false});
  EXPECT_EQ(assembly.validationReports().size(), 1u);
  // The report, then the stack's asset manifest.
  ASSERT_EQ(assembly.additionalFiles().size(), 2u);
  EXPECT_EQ(assembly.additionalFiles()[0].name, "HIPAA.Security-Clinic-NagReport.csv");
}

TEST(Compliance, ReportFormatsFromContext) {
  cdk::App app(cdk::AppProps{.context = {{"cdkpp:compliance", "hipaa"},
                                         {"cdkpp:complianceReportOnly", true},
                                         {"cdkpp:complianceReportFormats", "json, csv"}}});
  build(app);
  const auto& assembly = app.synth({.write = false});
  ASSERT_EQ(assembly.additionalFiles().size(), 3u) << "the reports and the stack's asset manifest";
  EXPECT_EQ(assembly.additionalFiles()[0].name, "HIPAA.Security-Clinic-NagReport.csv");
  EXPECT_EQ(assembly.additionalFiles()[1].name, "HIPAA.Security-Clinic-NagReport.json");
  cdk::App wrong(cdk::AppProps{.context = {{"cdkpp:compliance", "hipaa"}, {"cdkpp:complianceReportFormats", "pdf"}}});
  build(wrong);
  EXPECT_THROW_MSG(wrong.synth({.write = false}), cdk::ContextError,
                   "context cdkpp:complianceReportFormats names 'pdf'; the report formats are csv and json");
}

TEST(Compliance, ComplianceSwitchRefusesUnknownPacks) {
  const char* argv[] = {"prog", "--compliance", "hipaa,pci"};
  cdk::App app(3, argv);
  build(app);
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ContextError,
                   "context cdkpp:compliance (--compliance) names 'pci', which is not a compliance pack; the packs are "
                   "hipaa and aws-solutions");
  cdk::App numbers(cdk::AppProps{.context = {{"cdkpp:compliance", 3}}});
  build(numbers);
  EXPECT_THROW_MSG(numbers.synth({.write = false}), cdk::ContextError, "context cdkpp:compliance is 3");
}

TEST(Compliance, VerboseMessagesExplain) {
  compliance::HIPAASecurityChecks verbose(compliance::NagPackProps{.verbose = true});
  const auto results = verbose.check(json::parse(R"({"Resources": {"T": {"Type": "AWS::SNS::Topic"}}})"));
  ASSERT_EQ(results.size(), 1u);
  const auto rule = std::find_if(verbose.rules().begin(), verbose.rules().end(),
                                 [](const auto& r) { return r.id == "HIPAA.Security-SNSEncryptedKMS"; });
  ASSERT_NE(rule, verbose.rules().end());
  EXPECT_EQ(results[0].message, rule->info + " " + rule->explanation);
  EXPECT_EQ(results[0].rule, &*rule);
}

}  // namespace
