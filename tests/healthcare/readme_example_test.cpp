// The README's example of the healthcare patterns: it builds, and synthesizes with cdkpp's HIPAA.Security pack on.
#include <gtest/gtest.h>

#include "cdk/compliance.hpp"
#include "cdk/ec2.hpp"
#include "cdk/healthcare.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace healthcare = cdk::healthcare;

TEST(ReadmeExample, SynthesizesWithTheHipaaPack) {
  cdk::App app;
  cdk::Validations::of(app).addPlugins(
      std::make_shared<cdk::compliance::HIPAASecurityChecks>(cdk::compliance::NagPackProps{.reports = false}));
  auto& stack = app.make<cdk::Stack>("PersonalHealth-dev", {.env = cdk::Environment{.region = "eu-west-1"}});
  const auto profile = healthcare::EnvironmentProfile::dev();
  auto& network = stack.make<healthcare::SecureVpc>("Network", {.profile = profile});
  auto& database = stack.make<healthcare::PatientDatabase>("Database", {.profile = profile, .vpc = network.vpc()});
  auto& sessions = stack.make<healthcare::SessionCache>("Sessions", {.profile = profile, .vpc = network.vpc()});
  stack.make<healthcare::PhiBucket>("Uploads", {.profile = profile});
  auto& clinic = stack.make<healthcare::ClinicalService>(
      "Clinic", {.httpOnlyReason = "dev environment: synthetic data only, no certificate issued.",
                 .profile = profile,
                 .services = {{.containerPort = 5000, .image = "clinic/api:1.0", .name = "Api"}},
                 .vpc = network.vpc()});
  database.connections().allowDefaultPortFrom(clinic);
  sessions.connections().allowDefaultPortFrom(clinic);
  auto& monitoring = stack.make<healthcare::Monitoring>("Monitoring", {.alarmEmails = {"oncall@example.org"}});
  monitoring.addClinicalService(clinic);
  monitoring.addDatabase(database, "Database");
  monitoring.addCache(sessions, "Sessions");
  const auto& assembly = app.synth({.write = false});
  const auto acknowledged = hctest::acknowledgements(assembly.getStackByName("PersonalHealth-dev").templateJson());
  // 2 public routes, 2 buckets that do not replicate, single-AZ, deletion; the HTTP listener (certificate,
  // redirect) and the 2 log buckets of the clinical service (SSE-S3, no replication).
  EXPECT_EQ(acknowledged.size(), 12u);
  EXPECT_EQ(hctest::disallowedAcknowledgements(assembly.getStackByName("PersonalHealth-dev").templateJson()),
            std::vector<std::string>{});
}

}  // namespace
