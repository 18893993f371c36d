#include "cdk/servicediscovery/service.hpp"

#include <cstdint>
#include <utility>
#include <vector>

#include "cdk/cfn/servicediscovery.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::servicediscovery {

constexpr auto kDnsRecordTypeNames = cdk::enumNames<DnsRecordType>({
    {DnsRecordType::A, "A"},
    {DnsRecordType::AAAA, "AAAA"},
    {DnsRecordType::A_AAAA, "A, AAAA"},
    {DnsRecordType::SRV, "SRV"},
    {DnsRecordType::CNAME, "CNAME"},
});
std::string_view toString(DnsRecordType type) noexcept { return cdk::nameOf(kDnsRecordTypeNames, type); }

constexpr auto kRoutingPolicyNames = cdk::enumNames<RoutingPolicy>({
    {RoutingPolicy::WEIGHTED, "WEIGHTED"},
    {RoutingPolicy::MULTIVALUE, "MULTIVALUE"},
});
std::string_view toString(RoutingPolicy policy) noexcept { return cdk::nameOf(kRoutingPolicyNames, policy); }

constexpr auto kDiscoveryTypeNames = cdk::enumNames<DiscoveryType>({
    {DiscoveryType::API, "API"},
    {DiscoveryType::DNS_AND_API, "DNS_AND_API"},
});
std::string_view toString(DiscoveryType type) noexcept { return cdk::nameOf(kDiscoveryTypeNames, type); }

constexpr auto kHealthCheckTypeNames = cdk::enumNames<HealthCheckType>({
    {HealthCheckType::HTTP, "HTTP"},
    {HealthCheckType::HTTPS, "HTTPS"},
    {HealthCheckType::TCP, "TCP"},
});
std::string_view toString(HealthCheckType type) noexcept { return cdk::nameOf(kHealthCheckTypeNames, type); }

namespace {

INamespace* requireNamespace(const cdk::Construct& scope, std::string_view id, const ServiceProps& props) {
  if (!props.namespace_) {
    const std::string& parent = scope.node().path();
    throw cdk::ConstructError(parent.empty() ? std::string(id) : parent + "/" + std::string(id),
                              "a Service needs a namespace: pass namespace_ = <the namespace>, or use "
                              "namespace.createService(id, props)");
  }
  return props.namespace_.get();
}

}  // namespace

Service::Service(cdk::Construct& scope, std::string_view id, ServiceProps props)
    : cdk::Resource(scope, id), namespace_ptr_(requireNamespace(scope, id, props)) {
  auto fail = [this](const std::string& message) { throw cdk::ConstructError(node().path(), message); };
  const NamespaceType namespaceType = namespace_ptr_->type();
  const DiscoveryType discoveryType = props.discoveryType.value_or(
      namespaceType == NamespaceType::HTTP ? DiscoveryType::API : DiscoveryType::DNS_AND_API);
  if (namespaceType == NamespaceType::HTTP && discoveryType == DiscoveryType::DNS_AND_API) {
    fail("Cannot specify `discoveryType` of DNS_AND_API when using an HTTP namespace. Use API, or a DNS namespace");
  }
  if (discoveryType == DiscoveryType::API && (props.routingPolicy || props.dnsRecordType)) {
    fail(
        "Cannot specify `routingPolicy` or `dnsRecord` when using an HTTP namespace. Remove them, or use a DNS "
        "namespace");
  }
  if (props.healthCheck && props.customHealthCheck) {
    fail("Cannot specify both `healthCheckConfig` and `healthCheckCustomConfig`. Keep one of them");
  }
  if (namespaceType == NamespaceType::DNS_PRIVATE && props.healthCheck) {
    fail(
        "Cannot specify `healthCheckConfig` for a Private DNS namespace. Use customHealthCheck (ECS reports task "
        "health that way), or a public DNS namespace");
  }
  if (props.routingPolicy == RoutingPolicy::MULTIVALUE && props.dnsRecordType == DnsRecordType::CNAME) {
    fail("Cannot use `CNAME` record when routing policy is `Multivalue`. Use WEIGHTED, or A/AAAA records");
  }
  if (props.routingPolicy == RoutingPolicy::MULTIVALUE && props.loadBalancer) {
    fail("Cannot register loadbalancers when routing policy is `Multivalue`. Use WEIGHTED");
  }
  if (props.healthCheck && props.healthCheck->type == HealthCheckType::TCP && props.healthCheck->resourcePath) {
    fail("Cannot specify `resourcePath` when using a `TCP` health check. Remove resourcePath, or use HTTP(S)");
  }
  routingPolicy_ = props.dnsRecordType == DnsRecordType::CNAME || props.loadBalancer ? RoutingPolicy::WEIGHTED
                                                                                     : RoutingPolicy::MULTIVALUE;
  dnsRecordType_ = props.dnsRecordType.value_or(DnsRecordType::A);
  discoveryType_ = discoveryType;
  if (props.loadBalancer && dnsRecordType_ != DnsRecordType::A && dnsRecordType_ != DnsRecordType::AAAA &&
      dnsRecordType_ != DnsRecordType::A_AAAA) {
    fail("Must support `A` or `AAAA` records to register loadbalancers. Use DnsRecordType::A, AAAA or A_AAAA");
  }

  CfnServiceProps cfn;
  if (props.description) cfn.description = *props.description;
  if (discoveryType != DiscoveryType::API) {
    const std::int64_t ttl = props.dnsTtl ? props.dnsTtl->toSeconds() : 60;
    std::vector<CfnService::DnsRecordProperty> records;
    if (dnsRecordType_ == DnsRecordType::A_AAAA) {
      records.push_back({.ttl = ttl, .type = "A"});
      records.push_back({.ttl = ttl, .type = "AAAA"});
    } else {
      records.push_back({.ttl = ttl, .type = std::string(servicediscovery::toString(dnsRecordType_))});
    }
    cfn.dnsConfig =
        CfnService::DnsConfigProperty{.dnsRecords = std::move(records),
                                      .namespaceId = namespace_ptr_->namespaceId(),
                                      .routingPolicy = std::string(servicediscovery::toString(routingPolicy_))};
  }
  if (props.healthCheck) {
    // aws-cdk-lib spreads the given settings over {type: HTTP, failureThreshold: 1, resourcePath: "/" (not for
    // TCP)}.
    const HealthCheckType type = props.healthCheck->type.value_or(HealthCheckType::HTTP);
    CfnService::HealthCheckConfigProperty check{.failureThreshold = props.healthCheck->failureThreshold.value_or(1),
                                                .type = std::string(servicediscovery::toString(type))};
    if (props.healthCheck->resourcePath) {
      check.resourcePath = *props.healthCheck->resourcePath;
    } else if (props.healthCheck->type != HealthCheckType::TCP) {
      check.resourcePath = "/";
    }
    cfn.healthCheckConfig = std::move(check);
  }
  if (props.customHealthCheck) {
    cfn.healthCheckCustomConfig = CfnService::HealthCheckCustomConfigProperty{};
    if (props.customHealthCheck->failureThreshold) {
      cfn.healthCheckCustomConfig->failureThreshold = *props.customHealthCheck->failureThreshold;
    }
  }
  if (props.name) cfn.name = *props.name;
  cfn.namespaceId = namespace_ptr_->namespaceId();
  if (props.discoveryType == DiscoveryType::API) cfn.type = "HTTP";
  resource_ = &make<CfnService>("Resource", std::move(cfn));
}

Service::~Service() = default;

cdk::Value Service::serviceName() const { return resource_->getAtt("Name"); }
cdk::Value Service::serviceId() const { return resource_->attrId(); }
cdk::Value Service::serviceArn() const { return resource_->attrArn(); }

}  // namespace cdk::servicediscovery
