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
  auto& stack = app.make<cdk::Stack>("PersonalHealth-dev");
  const auto profile = healthcare::EnvironmentProfile::dev();
  auto& network = stack.make<healthcare::SecureVpc>("Network", {.profile = profile});
  auto& database = stack.make<healthcare::PatientDatabase>("Database", {.profile = profile, .vpc = network.vpc()});
  auto& sessions = stack.make<healthcare::SessionCache>("Sessions", {.profile = profile, .vpc = network.vpc()});
  stack.make<healthcare::PhiBucket>("Uploads", {.profile = profile});
  auto& service = stack.make<cdk::ec2::SecurityGroup>("Service", {.vpc = network.vpc()});
  database.connections().allowDefaultPortFrom(service);
  sessions.connections().allowDefaultPortFrom(service);
  const auto& assembly = app.synth({.write = false});
  const auto acknowledged = hctest::acknowledgements(assembly.getStackByName("PersonalHealth-dev").templateJson());
  EXPECT_EQ(acknowledged.size(), 6u);  // 2 public routes, 2 buckets that do not replicate, single-AZ, deletion
  EXPECT_EQ(hctest::disallowedAcknowledgements(assembly.getStackByName("PersonalHealth-dev").templateJson()),
            std::vector<std::string>{});
}

}  // namespace
