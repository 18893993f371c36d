// Certificates: errors with the construct path (aws-cdk-lib's messages from
// tests/certificatemanager/fixtures/acm-error-*.error.txt), apex domains, zones per domain, the expiry metric.
#include <gtest/gtest.h>

#include "cdk/certificatemanager.hpp"
#include "cdk/cfn/certificatemanager.hpp"
#include "cdk/cloudwatch.hpp"
#include "cdk/route53/hosted_zone.hpp"
#include "data_test_util.hpp"

namespace {

namespace acm = cdk::acm;
using datatest::json;

std::string fixtureError(const std::string& name) { return datatest::fixtureError("certificatemanager", name); }

TEST(CertificatemanagerErrors, DomainNameTooLong) {
  datatest::Fixture f;
  try {
    f.stack->make<acm::Certificate>("Certificate", {.domainName = std::string(60, 'a') + ".example.com"});
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Certificate");
    EXPECT_NE(std::string(e.what()).find(fixtureError("acm-error-domain-too-long")), std::string::npos) << e.what();
  }
}

TEST(CertificatemanagerErrors, TokenDomainWithEmailValidation) {
  datatest::Fixture f;
  auto& domain = f.stack->make<cdk::CfnParameter>("Domain");
  try {
    f.stack->make<acm::Certificate>("Certificate", {.domainName = domain.valueAsString()});
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Certificate");
    EXPECT_NE(std::string(e.what()).find(fixtureError("acm-error-email-token-domain")), std::string::npos) << e.what();
  }
  // By DNS a token domain is fine.
  EXPECT_NO_THROW(f.stack->make<acm::Certificate>(
      "Dns", {.domainName = domain.valueAsString(), .validation = acm::CertificateValidation::fromDns()}));
}

TEST(Certificatemanager, ApexDomains) {
  EXPECT_EQ(acm::apexDomain("app.health.example.co.uk"), "example.co.uk");
  EXPECT_EQ(acm::apexDomain("portal.example.com.au"), "example.com.au");
  EXPECT_EQ(acm::apexDomain("example.org"), "example.org");
  EXPECT_EQ(acm::apexDomain("a.b.c.d.example.com"), "example.com");
  EXPECT_EQ(acm::apexDomain("x.y.github.io"), "y.github.io");
  EXPECT_EQ(acm::apexDomain("co.uk"), "co.uk");
  EXPECT_EQ(acm::apexDomain("com"), "com");
  EXPECT_EQ(acm::apexDomain("Portal.Example.COM"), "Example.COM") << "case kept, as given";
}

TEST(Certificatemanager, ZonePerDomain) {
  datatest::Fixture f;
  auto& a =
      cdk::route53::HostedZone::fromHostedZoneAttributes(*f.stack, "A", {.hostedZoneId = "ZA", .zoneName = "a.com"});
  auto& b =
      cdk::route53::HostedZone::fromHostedZoneAttributes(*f.stack, "B", {.hostedZoneId = "ZB", .zoneName = "b.com"});
  auto& certificate = f.stack->make<acm::Certificate>(
      "Certificate",
      {.domainName = "www.a.com",
       .subjectAlternativeNames = {"www.b.com", "www.c.com"},
       .validation = acm::CertificateValidation::fromDnsMultiZone({{"www.a.com", a}, {"www.b.com", b}})});
  const json p = datatest::synthTemplate(f.app)["Resources"][certificate.cfnCertificate().logicalId()]["Properties"];
  EXPECT_EQ(
      p["DomainValidationOptions"],
      json::parse(
          R"([{"DomainName": "www.a.com", "HostedZoneId": "ZA"}, {"DomainName": "www.b.com", "HostedZoneId": "ZB"}])"));
}

TEST(Certificatemanager, DaysToExpiryMetric) {
  datatest::Fixture f;
  auto& certificate = f.stack->make<acm::Certificate>(
      "Certificate", {.domainName = "www.example.com", .validation = acm::CertificateValidation::fromDns()});
  const cdk::cloudwatch::Metric metric =
      certificate.metricDaysToExpiry({.region = "us-east-1", .statistic = "Maximum"});
  EXPECT_EQ(metric.namespace_(), "AWS/CertificateManager");
  EXPECT_EQ(metric.metricName(), "DaysToExpiry");
  EXPECT_EQ(metric.statistic(), "Minimum") << "the statistic is always Minimum";
  EXPECT_EQ(metric.period(), cdk::Duration::days(1));
  EXPECT_FALSE(metric.region()) << "a certificate's metric has no region of its own";
  ASSERT_EQ(metric.dimensions().size(), 1u);
  EXPECT_EQ(metric.dimensions()[0].first, "CertificateArn");
  metric.createAlarm(*f.stack, "Expiring",
                     {.comparisonOperator = cdk::cloudwatch::ComparisonOperator::LESS_THAN_THRESHOLD,
                      .evaluationPeriods = 1,
                      .threshold = 30});
  cdk::assertions::Template::fromStack(*f.stack).hasResourceProperties("AWS::CloudWatch::Alarm",
                                                                       cdk::Value::fromJson(nlohmann::json::parse(R"({
        "Dimensions": [{"Name": "CertificateArn", "Value": {"Ref": "Certificate4E7ABB08"}}],
        "MetricName": "DaysToExpiry", "Namespace": "AWS/CertificateManager", "Period": 86400,
        "Statistic": "Minimum", "Threshold": 30})")));
  auto& imported =
      acm::Certificate::fromCertificateArn(*f.stack, "Imported", "arn:aws:acm:ap-southeast-1:1:certificate/x");
  EXPECT_EQ(imported.metricDaysToExpiry().dimensions()[0].second,
            cdk::Value("arn:aws:acm:ap-southeast-1:1:certificate/x"));
}

}  // namespace
