// Monitoring: its defaults over a clinical service, a database and a session cache against aws-cdk-lib's template
// for the same composition (fixtures/healthcare-util.ts) and both HIPAA.Security judges, each prop, its errors,
// cfn-lint.
#include <gtest/gtest.h>

#include "cdk/cloudwatch.hpp"
#include "cdk/ec2.hpp"
#include "cdk/ecs.hpp"
#include "cdk/elasticloadbalancingv2.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/sns.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace healthcare = cdk::healthcare;
using hctest::Fixture;
using hctest::json;

/// The program of fixtures/healthcare-monitoring.ts.
healthcare::Monitoring& buildMonitoringProgram(Fixture& f) {
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& clinic = f.stack->make<healthcare::ClinicalService>(
      "Clinic", {.certificateArn = cdk::Value(hctest::kCertificateArn),
                 .services = {{.containerPort = 5000, .image = "clinic/api:1.0", .name = "Api"}},
                 .vpc = network.vpc()});
  auto& database = f.stack->make<healthcare::PatientDatabase>("Records", {.readReplicas = 0, .vpc = network.vpc()});
  auto& cache = f.stack->make<healthcare::SessionCache>("Sessions", {.vpc = network.vpc()});
  auto& monitoring = f.stack->make<healthcare::Monitoring>("Monitoring", {.alarmEmails = {"oncall@example.org"}});
  monitoring.addClinicalService(clinic);
  monitoring.addDatabase(database, "Records");
  monitoring.addCache(cache, "Sessions");
  return monitoring;
}

TEST(Monitoring, DefaultsAreSecure) {
  Fixture f;
  auto& monitoring = buildMonitoringProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-monitoring");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  // Api: CPU and memory; the load balancer: 2 x 5xx and response time; the database: CPU, connections, storage; the
  // cache: CPU and memory.
  ASSERT_EQ(monitoring.alarms().size(), 10u);
  EXPECT_EQ(monitoring.alarms()[0]->node().path(), "TapStackdev/Monitoring/ApiCpu");
  EXPECT_EQ(monitoring.topic().node().path(), "TapStackdev/Monitoring/Topic");
  EXPECT_EQ(monitoring.dashboard().node().path(), "TapStackdev/Monitoring/Dashboard");
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(monitoring.key()).node().path(), "TapStackdev/Monitoring/Key");
}

TEST(Monitoring, WhatTheDefaultsAre) {
  Fixture f;
  buildMonitoringProgram(f);
  const json t = f.synth();
  const auto topics = hctest::logicalIdsOfType(t, "AWS::SNS::Topic");
  ASSERT_EQ(topics.size(), 1u);
  EXPECT_EQ(t["Resources"][topics[0]]["Properties"]["KmsMasterKeyId"],
            json::parse(R"({"Fn::GetAtt": ["MonitoringKey61F0DC42", "Arn"]})"));
  const auto subscriptions = hctest::logicalIdsOfType(t, "AWS::SNS::Subscription");
  ASSERT_EQ(subscriptions.size(), 1u);
  EXPECT_EQ(t["Resources"][subscriptions[0]]["Properties"]["Endpoint"], "oncall@example.org");
  const auto alarms = hctest::logicalIdsOfType(t, "AWS::CloudWatch::Alarm");
  ASSERT_EQ(alarms.size(), 10u);
  for (const auto& id : alarms) {
    const json& alarm = t["Resources"][id]["Properties"];
    EXPECT_EQ(alarm["AlarmActions"][0]["Ref"], topics[0]) << id;
    EXPECT_EQ(alarm["OKActions"][0]["Ref"], topics[0]) << id;
    EXPECT_EQ(alarm["EvaluationPeriods"], 2) << id;
    EXPECT_EQ(alarm["Period"], 300) << id;
  }
  const json& storage = t["Resources"]["MonitoringRecordsFreeStorageB581D4E4"]["Properties"];
  EXPECT_EQ(storage["ComparisonOperator"], "LessThanThreshold");
  EXPECT_EQ(storage["Threshold"], 10737418240);  // 10 GiB
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::CloudWatch::Dashboard").size(), 1u);
}

TEST(Monitoring, EachProp) {
  Fixture f;
  const auto dev = healthcare::EnvironmentProfile::dev();
  auto& network = f.stack->make<healthcare::SecureVpc>("Network", {.profile = dev});
  auto& clinic = f.stack->make<healthcare::ClinicalService>(
      "Clinic", {.httpOnlyReason = "dev environment: synthetic data only, no certificate issued.",
                 .profile = dev,
                 .services = {{.containerPort = 5000, .image = "clinic/api:1.0", .name = "Api"}},
                 .vpc = network.vpc()});
  auto& database = f.stack->make<healthcare::PatientDatabase>(
      "Records", {.engine = healthcare::PatientDatabaseEngine::AURORA_POSTGRES,
                  .instanceType = ec2::InstanceType("t4g.medium"),
                  .profile = dev,
                  .vpc = network.vpc()});
  auto& key = f.stack->make<cdk::kms::Key>("AlarmKey", {.enableKeyRotation = true});
  key.addToResourcePolicy(cdk::iam::PolicyStatement(
      {.actions = {"kms:Decrypt", "kms:GenerateDataKey*"},
       .principals = {std::make_shared<cdk::iam::ServicePrincipal>("cloudwatch.amazonaws.com")},
       .resources = {"*"}}));
  auto& monitoring = f.stack->make<healthcare::Monitoring>(
      "Monitoring", {.alarmEmails = {"oncall@example.org", "security@example.org"},
                     .dashboardName = "clinic-dev",
                     .encryptionKey = key,
                     .profile = dev,
                     .thresholds = {.databaseConnections = 50,
                                    .databaseCpuPercent = 70,
                                    .databaseFreeStorageGiB = 5,
                                    .evaluationPeriods = 3,
                                    .http5xxCount = 5,
                                    .responseTime = cdk::Duration::millis(500),
                                    .serviceCpuPercent = 75,
                                    .serviceMemoryPercent = 85},
                     .topicName = "clinic-dev-alarms"});
  monitoring.addService(clinic.service(), "Worker");
  monitoring.addLoadBalancer(clinic.loadBalancer(), "Front");
  monitoring.addDatabase(database, "Records");
  auto& requests = monitoring.addAlarm("Requests", clinic.loadBalancer().metrics().requestCount(), 10000,
                                       "Requests above 10000 in 5 minutes");
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-monitoring-options");
  EXPECT_EQ(monitoring.alarms().back(), &requests);
  EXPECT_EQ(&monitoring.key(), static_cast<cdk::kms::IKey*>(&key));
  EXPECT_THROW_MSG(monitoring.addService(clinic.service(), "Worker"), cdk::ConstructError,
                   "an alarm 'WorkerCpu' exists already: give the resource another name");
}

TEST(Monitoring, Errors) {
  using Props = healthcare::MonitoringProps;
  hctest::expectPropsError<healthcare::Monitoring>("Monitoring", Props{.alarmEmails = {"oncall"}},
                                                   "alarmEmails: 'oncall' is not an e-mail address");
  hctest::expectPropsError<healthcare::Monitoring>(
      "Monitoring", Props{.thresholds = {.evaluationPeriods = 0}},
      "thresholds.evaluationPeriods is 0; give 1 or more 5-minute periods");
  hctest::expectPropsError<healthcare::Monitoring>(
      "Monitoring", Props{.thresholds = {.serviceMemoryPercent = 0}},
      "thresholds.serviceMemoryPercent is 0; give a percentage above 0 and at most 100");
  hctest::expectPropsError<healthcare::Monitoring>(
      "Monitoring", Props{.profile = healthcare::EnvironmentProfile{.maxTasks = 2, .minTasks = 5}},
      "profile 'prod': minTasks is 5 and maxTasks 2");
}

TEST(Monitoring, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture lint;
  auto& network = lint.stack->make<healthcare::SecureVpc>("Network");
  auto& clinic = lint.stack->make<healthcare::ClinicalService>(
      "Clinic", {.certificateArn = cdk::Value(hctest::kCertificateArn),
                 .services = {{.containerPort = 5000, .image = "clinic/api:1.0", .name = "Api"}},
                 .vpc = network.vpc()});
  auto& database = lint.stack->make<healthcare::PatientDatabase>("Records", {.readReplicas = 0, .vpc = network.vpc()});
  auto& cache = lint.stack->make<healthcare::SessionCache>("Sessions", {.vpc = network.vpc()});
  auto& monitoring = lint.stack->make<healthcare::Monitoring>("Monitoring", {.alarmEmails = {"oncall@example.org"}});
  monitoring.addClinicalService(clinic);
  monitoring.addDatabase(database, "Records");
  monitoring.addCache(cache, "Sessions");
  cdkpp_test::expectCfnLintClean({{"monitoring", lint.synth()}},
                                 {{"monitoring", {hctest::kServiceWaitsForTargetGroup}}});
}

}  // namespace
