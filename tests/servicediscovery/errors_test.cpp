// Bad input: aws-cdk-lib's errors (tests/servicediscovery/fixtures/servicediscovery-error-*.error.txt, the
// programs of servicediscovery-errors.ts), each a cdk::ConstructError naming the construct path and the remedy.
#include <gtest/gtest.h>

#include "cdk/servicediscovery.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace sd = cdk::servicediscovery;
using cdk::Stack;
using cdkpp_test::expectAwsError;
using cdkpp_test::expectBuildError;

sd::PrivateDnsNamespace& privateNs(Stack& s) {
  return s.make<sd::PrivateDnsNamespace>("Namespace", {.name = "health.local", .vpc = datatest::seedVpc(s)});
}

TEST(ServiceDiscoveryErrors, PrivateNamespaceNeedsAVpc) {
  expectAwsError("servicediscovery", "servicediscovery-error-private-without-vpc",
                 [](Stack& s) { s.make<sd::PrivateDnsNamespace>("Namespace", {.name = "health.local"}); });
}

TEST(ServiceDiscoveryErrors, HealthChecks) {
  expectAwsError("servicediscovery", "servicediscovery-error-health-check-private", [](Stack& s) {
    s.make<sd::Service>("Service",
                        {.healthCheck = sd::HealthCheckConfig{.failureThreshold = 2}, .namespace_ = privateNs(s)});
  });
  expectAwsError("servicediscovery", "servicediscovery-error-both-health-checks", [](Stack& s) {
    auto& ns = s.make<sd::PublicDnsNamespace>("Ns", {.name = "a.example.com"});
    s.make<sd::Service>(
        "Service",
        {.customHealthCheck = sd::HealthCheckCustomConfig{}, .healthCheck = sd::HealthCheckConfig{}, .namespace_ = ns});
  });
  expectAwsError("servicediscovery", "servicediscovery-error-tcp-resource-path", [](Stack& s) {
    auto& ns = s.make<sd::PublicDnsNamespace>("Ns", {.name = "a.example.com"});
    s.make<sd::Service>("Service",
                        {.healthCheck = sd::HealthCheckConfig{.resourcePath = "/x", .type = sd::HealthCheckType::TCP},
                         .namespace_ = ns});
  });
}

TEST(ServiceDiscoveryErrors, RoutingAndRecords) {
  expectAwsError("servicediscovery", "servicediscovery-error-cname-multivalue", [](Stack& s) {
    s.make<sd::Service>("Service", {.dnsRecordType = sd::DnsRecordType::CNAME,
                                    .namespace_ = privateNs(s),
                                    .routingPolicy = sd::RoutingPolicy::MULTIVALUE});
  });
  expectBuildError(
      [](Stack& s) {
        s.make<sd::Service>(
            "Service",
            {.loadBalancer = true, .namespace_ = privateNs(s), .routingPolicy = sd::RoutingPolicy::MULTIVALUE});
      },
      "TapStackdev/Service", "Cannot register loadbalancers when routing policy is `Multivalue`");
  expectBuildError(
      [](Stack& s) {
        s.make<sd::Service>(
            "Service", {.dnsRecordType = sd::DnsRecordType::SRV, .loadBalancer = true, .namespace_ = privateNs(s)});
      },
      "TapStackdev/Service", "Must support `A` or `AAAA` records to register loadbalancers");
}

TEST(ServiceDiscoveryErrors, HttpNamespaces) {
  expectAwsError("servicediscovery", "servicediscovery-error-http-dns-and-api", [](Stack& s) {
    auto& ns = s.make<sd::HttpNamespace>("Ns", {.name = "ns"});
    s.make<sd::Service>("Service", {.discoveryType = sd::DiscoveryType::DNS_AND_API, .namespace_ = ns});
  });
  expectAwsError("servicediscovery", "servicediscovery-error-http-dns-record", [](Stack& s) {
    auto& ns = s.make<sd::HttpNamespace>("Ns", {.name = "ns"});
    s.make<sd::Service>("Service", {.dnsRecordType = sd::DnsRecordType::A, .namespace_ = ns});
  });
}

TEST(ServiceDiscoveryErrors, ServiceNeedsANamespace) {
  expectBuildError([](Stack& s) { s.make<sd::Service>("Service", sd::ServiceProps{}); }, "TapStackdev/Service",
                   "a Service needs a namespace");
}

}  // namespace
