// Namespace and Service behaviour beyond the fixtures: what ecs's cloudMapOptions and a cluster's default
// namespace read (type, ARNs, record type), imports, API discovery in a DNS namespace, load balancers.
#include <gtest/gtest.h>

#include "cdk/cfn/servicediscovery.hpp"
#include "cdk/servicediscovery.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace sd = cdk::servicediscovery;
using datatest::json;

TEST(ServiceDiscoveryService, WhatEcsReads) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& ns = f.stack->make<sd::PrivateDnsNamespace>("Namespace", {.name = "health.local", .vpc = vpc});
  EXPECT_EQ(ns.type(), sd::NamespaceType::DNS_PRIVATE);
  auto& service =
      ns.createService("CloudmapService", {.customHealthCheck = sd::HealthCheckCustomConfig{.failureThreshold = 1},
                                           .dnsRecordType = sd::DnsRecordType::A,
                                           .name = "api"});
  EXPECT_EQ(&service.namespace_(), static_cast<sd::INamespace*>(&ns));
  EXPECT_EQ(service.dnsRecordType(), sd::DnsRecordType::A);
  EXPECT_EQ(service.routingPolicy(), sd::RoutingPolicy::MULTIVALUE);
  EXPECT_EQ(service.discoveryType(), sd::DiscoveryType::DNS_AND_API);
  EXPECT_EQ(service.node().path(), "TapStackdev/Namespace/CloudmapService");
  EXPECT_EQ(f.stack->resolve(service.serviceArn()),
            json::parse(R"({"Fn::GetAtt": ["NamespaceCloudmapService618CD01C", "Arn"]})"));
}

TEST(ServiceDiscoveryService, ApiDiscoveryInADnsNamespace) {
  datatest::Fixture f;
  auto& ns = f.stack->make<sd::PublicDnsNamespace>("Ns", {.name = "a.example.com"});
  auto& service = f.stack->make<sd::Service>("Service", {.discoveryType = sd::DiscoveryType::API, .namespace_ = ns});
  const json t = datatest::synthTemplate(f.app);
  const json& props = t["Resources"]["ServiceDBC79909"]["Properties"];
  EXPECT_FALSE(props.contains("DnsConfig"));
  EXPECT_EQ(props["Type"], "HTTP");
  EXPECT_EQ(service.discoveryType(), sd::DiscoveryType::API);
}

TEST(ServiceDiscoveryService, LoadBalancersUseWeightedRouting) {
  datatest::Fixture f;
  auto& ns = f.stack->make<sd::PublicDnsNamespace>("Ns", {.name = "a.example.com"});
  auto& service = ns.createService("Lb", {.loadBalancer = true});
  EXPECT_EQ(service.routingPolicy(), sd::RoutingPolicy::WEIGHTED);
  EXPECT_EQ(f.stack->resolve(*service.cfnService().props().dnsConfig->routingPolicy), json("WEIGHTED"));
}

TEST(ServiceDiscoveryService, ImportedNamespaces) {
  datatest::Fixture f;
  auto& ns = sd::PrivateDnsNamespace::fromPrivateDnsNamespaceAttributes(
      *f.stack, "Imported",
      {.namespaceArn = "arn:aws:servicediscovery:ap-southeast-1:1:namespace/ns-1",
       .namespaceId = "ns-1",
       .namespaceName = "corp.local"});
  EXPECT_EQ(ns.type(), sd::NamespaceType::DNS_PRIVATE);
  EXPECT_EQ(ns.namespaceName(), "corp.local");
  auto& service = f.stack->make<sd::Service>("Service", {.namespace_ = ns});
  EXPECT_EQ(f.stack->resolve(*service.cfnService().props().namespaceId), json("ns-1"));
  auto& http =
      sd::HttpNamespace::fromHttpNamespaceAttributes(*f.stack, "Http", {.namespaceId = "ns-2", .namespaceName = "h"});
  EXPECT_EQ(http.type(), sd::NamespaceType::HTTP);
  auto& pub = sd::PublicDnsNamespace::fromPublicDnsNamespaceAttributes(*f.stack, "Pub",
                                                                       {.namespaceId = "ns-3", .namespaceName = "p"});
  EXPECT_EQ(pub.type(), sd::NamespaceType::DNS_PUBLIC);
}

}  // namespace
