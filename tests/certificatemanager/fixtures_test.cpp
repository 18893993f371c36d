// The programs of tests/certificatemanager/fixtures/*.ts in C++: the same templates and warnings as aws-cdk-lib
// 2.276 gave for them, and cfn-lint clean.
#include <gtest/gtest.h>

#include "cdk/certificatemanager.hpp"
#include "cdk/route53/hosted_zone.hpp"
#include "fixture_programs.hpp"

namespace {

namespace acm = cdk::acm;
using cdkpp_test::FixtureProgram;

void defaults(cdk::Stack& stack) {
  auto& certificate = stack.make<acm::Certificate>("Certificate", {.domainName = "portal.health.example.com"});
  stack.make<cdk::CfnOutput>("CertificateArn", {.value = certificate.certificateArn()});
}

void dns(cdk::Stack& stack) {
  auto& zone = cdk::route53::HostedZone::fromHostedZoneAttributes(
      stack, "Zone", {.hostedZoneId = "Z0123456789ABCDEFGHIJ", .zoneName = "health.example.com"});
  stack.make<acm::Certificate>("Api", {.certificateName = "health-api",
                                       .domainName = "api.health.example.com",
                                       .keyAlgorithm = acm::KeyAlgorithm::EC_PRIME256V1,
                                       .subjectAlternativeNames = {"*.api.health.example.com", "health.example.com"},
                                       .validation = acm::CertificateValidation::fromDns(zone)});
  stack.make<acm::Certificate>("Portal", {.allowExport = true,
                                          .domainName = "portal.health.example.com",
                                          .transparencyLoggingEnabled = false,
                                          .validation = acm::CertificateValidation::fromDns()});
  stack.make<acm::Certificate>("Method", {.domainName = "www.health.example.com",
                                          .keyAlgorithm = acm::KeyAlgorithm::RSA_2048,
                                          .transparencyLoggingEnabled = true,
                                          .validationMethod = acm::ValidationMethod::DNS});
}

void email(cdk::Stack& stack) {
  stack.make<acm::Certificate>("Uk",
                               {.domainName = "app.health.example.co.uk",
                                .subjectAlternativeNames = {"portal.example.com.au", "example.org", "x.y.github.io"}});
  stack.make<acm::Certificate>(
      "Given", {.domainName = "app.example.com",
                .subjectAlternativeNames = {"admin.example.com"},
                .validation = acm::CertificateValidation::fromEmail({{"app.example.com", "example.com"}})});
}

void importProgram(cdk::Stack& stack) {
  auto& certificate = acm::Certificate::fromCertificateArn(
      stack, "Imported", "arn:aws:acm:ap-southeast-1:123456789012:certificate/11111111-2222-3333-4444-555555555555");
  stack.make<cdk::CfnOutput>("CertificateArn", {.value = certificate.certificateArn()});
  stack.make<acm::Certificate>(
      "Other", {.domainName = "other.example.com", .validation = acm::CertificateValidation::fromDns()});
}

const std::vector<FixtureProgram>& programs() {
  static const std::vector<FixtureProgram> list{
      {.name = "acm-defaults", .build = defaults},
      {.name = "acm-dns", .build = dns},
      {.name = "acm-email", .build = email},
      {.name = "acm-import", .build = importProgram},
  };
  return list;
}

class CertificatemanagerFixtures : public ::testing::TestWithParam<FixtureProgram> {};

TEST_P(CertificatemanagerFixtures, SameTemplateAndWarningsAsAwsCdkLib) {
  cdkpp_test::expectProgramMatchesFixture("certificatemanager", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, CertificatemanagerFixtures, ::testing::ValuesIn(programs()), [](const auto& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
});

TEST(CertificatemanagerFixtureTemplates, CfnLintClean) { cdkpp_test::expectProgramsLintClean(programs()); }

}  // namespace
