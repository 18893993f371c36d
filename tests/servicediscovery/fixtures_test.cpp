// Whole templates and annotations compared with aws-cdk-lib 2.276's output for the same programs
// (tests/servicediscovery/fixtures/*.ts, each ported line by line below), and cfn-lint over all of them.
#include <gtest/gtest.h>

#include "cdk/servicediscovery.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace sd = cdk::servicediscovery;
using cdk::CfnOutput;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::Scenario;

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all{
      {"servicediscovery-namespaces",
       [](Stack& stack) {
         auto& vpc = datatest::seedVpc(stack);
         auto& ns = stack.make<sd::PrivateDnsNamespace>(
             "Namespace", {.description = "service discovery", .name = "health.local", .vpc = vpc});
         stack.make<sd::PrivateDnsNamespace>("Plain", {.name = "plain.local", .vpc = vpc});
         auto& pub = stack.make<sd::PublicDnsNamespace>("Public", {.name = "public.example.com"});
         auto& http = stack.make<sd::HttpNamespace>("Http", {.description = "api only", .name = "http-ns"});
         stack.make<CfnOutput>("NamespaceId", {.value = ns.namespaceId()});
         stack.make<CfnOutput>("NamespaceArn", {.value = ns.namespaceArn()});
         stack.make<CfnOutput>("NamespaceName", {.value = ns.namespaceName()});
         stack.make<CfnOutput>("NamespaceHostedZoneId", {.value = ns.namespaceHostedZoneId()});
         stack.make<CfnOutput>("PublicId", {.value = pub.namespaceId()});
         stack.make<CfnOutput>("HttpArn", {.value = http.namespaceArn()});
       }},
      {"servicediscovery-services",
       [](Stack& stack) {
         auto& vpc = datatest::seedVpc(stack);
         auto& ns = stack.make<sd::PrivateDnsNamespace>("Namespace", {.name = "health.local", .vpc = vpc});
         stack.make<sd::Service>("Default", {.namespace_ = ns});
         auto& cloudMap = stack.make<sd::Service>(
             "CloudmapService", {.customHealthCheck = sd::HealthCheckCustomConfig{.failureThreshold = 1},
                                 .dnsRecordType = sd::DnsRecordType::A,
                                 .dnsTtl = Duration::seconds(10),
                                 .name = "patient-service",
                                 .namespace_ = ns});
         stack.make<sd::Service>(
             "Srv",
             {.description = "srv records", .dnsRecordType = sd::DnsRecordType::SRV, .name = "srv", .namespace_ = ns});
         stack.make<sd::Service>(
             "Dual", {.dnsRecordType = sd::DnsRecordType::A_AAAA, .dnsTtl = Duration::minutes(5), .namespace_ = ns});
         stack.make<sd::Service>("Cname", {.dnsRecordType = sd::DnsRecordType::CNAME, .namespace_ = ns});
         ns.createService("Created",
                          {.customHealthCheck = sd::HealthCheckCustomConfig{.failureThreshold = 3}, .name = "created"});
         auto& pub = stack.make<sd::PublicDnsNamespace>("Public", {.name = "public.example.com"});
         stack.make<sd::Service>("Checked",
                                 {.healthCheck = sd::HealthCheckConfig{.failureThreshold = 2}, .namespace_ = pub});
         stack.make<sd::Service>(
             "Tcp", {.healthCheck = sd::HealthCheckConfig{.type = sd::HealthCheckType::TCP}, .namespace_ = pub});
         stack.make<sd::Service>("Https", {.healthCheck = sd::HealthCheckConfig{.failureThreshold = 5,
                                                                                .resourcePath = "/health",
                                                                                .type = sd::HealthCheckType::HTTPS},
                                           .namespace_ = pub});
         auto& http = stack.make<sd::HttpNamespace>("Http", {.name = "http-ns"});
         stack.make<sd::Service>("Api", {.name = "api", .namespace_ = http});
         stack.make<sd::Service>("DnsAndApiRouting", {.namespace_ = ns, .routingPolicy = sd::RoutingPolicy::WEIGHTED});
         stack.make<CfnOutput>("ServiceArn", {.value = cloudMap.serviceArn()});
         stack.make<CfnOutput>("ServiceId", {.value = cloudMap.serviceId()});
         stack.make<CfnOutput>("ServiceName", {.value = cloudMap.serviceName()});
       }},
  };
  return all;
}

class ServiceDiscoveryFixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(ServiceDiscoveryFixtures, MatchesAwsCdkLib) {
  cdkpp_test::expectScenarioMatchesFixture("servicediscovery", GetParam());
}

INSTANTIATE_TEST_SUITE_P(Programs, ServiceDiscoveryFixtures, ::testing::ValuesIn(scenarios()),
                         cdkpp_test::scenarioTestName);

TEST(ServiceDiscoveryLint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(scenarios()); }

}  // namespace
