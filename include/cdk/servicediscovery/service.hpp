// Cloud Map services (aws-cdk-lib's servicediscovery.Service, IService and their enums): what ecs's
// cloudMapOptions creates for a service.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/servicediscovery/namespace.hpp"

namespace cdk::servicediscovery {

class CfnService;

/// The DNS records of a service's instances. A_AAAA renders one A and one AAAA record.
enum class DnsRecordType { A, AAAA, A_AAAA, SRV, CNAME };
/// How Route 53 answers: WEIGHTED (one record at random) or MULTIVALUE (up to eight healthy records).
enum class RoutingPolicy { WEIGHTED, MULTIVALUE };
/// API only, or DNS and API.
enum class DiscoveryType { API, DNS_AND_API };
/// The protocol of a Route 53 health check.
enum class HealthCheckType { HTTP, HTTPS, TCP };

/// "A", "AAAA", "A, AAAA", "SRV", "CNAME" (aws-cdk-lib's enum values); "WEIGHTED", "MULTIVALUE"; "API",
/// "DNS_AND_API"; "HTTP", "HTTPS", "TCP".
CDKPP_API std::string_view toString(DnsRecordType type) noexcept;
CDKPP_API std::string_view toString(RoutingPolicy policy) noexcept;
CDKPP_API std::string_view toString(DiscoveryType type) noexcept;
CDKPP_API std::string_view toString(HealthCheckType type) noexcept;

/// A Route 53 health check of the instances (public DNS namespaces only).
struct HealthCheckConfig {
  /// Default 1.
  std::optional<int> failureThreshold{};
  /// Default "/" (not with TCP).
  std::optional<std::string> resourcePath{};
  /// Default HTTP.
  std::optional<HealthCheckType> type{};
};

/// A health check reported by a third party (ECS reports the task health this way).
struct HealthCheckCustomConfig {
  std::optional<int> failureThreshold{};
};

/// A service the way HttpNamespace::createService takes it.
struct BaseServiceProps {
  std::optional<HealthCheckCustomConfig> customHealthCheck{};
  std::optional<std::string> description{};
  std::optional<HealthCheckConfig> healthCheck{};
  std::optional<std::string> name{};
};

/// A service the way the DNS namespaces' createService take it.
struct DnsServiceProps {
  std::optional<HealthCheckCustomConfig> customHealthCheck{};
  std::optional<std::string> description{};
  std::optional<DiscoveryType> discoveryType{};
  /// Default A.
  std::optional<DnsRecordType> dnsRecordType{};
  /// Default 1 minute.
  std::optional<cdk::Duration> dnsTtl{};
  std::optional<HealthCheckConfig> healthCheck{};
  /// Instances are load balancers: WEIGHTED routing, A or AAAA records.
  bool loadBalancer = false;
  std::optional<std::string> name{};
  /// aws-cdk-lib checks it (MULTIVALUE with CNAME or a load balancer is an error) but renders WEIGHTED for CNAME
  /// records and load balancers and MULTIVALUE otherwise, whatever is given.
  std::optional<RoutingPolicy> routingPolicy{};
};

struct ServiceProps {
  std::optional<HealthCheckCustomConfig> customHealthCheck{};
  std::optional<std::string> description{};
  /// Default API in an HTTP namespace, DNS_AND_API otherwise.
  std::optional<DiscoveryType> discoveryType{};
  std::optional<DnsRecordType> dnsRecordType{};
  std::optional<cdk::Duration> dnsTtl{};
  std::optional<HealthCheckConfig> healthCheck{};
  bool loadBalancer = false;
  std::optional<std::string> name{};
  /// `namespace` in aws-cdk-lib (a C++ keyword): the namespace of the service (required).
  cdk::Handle<INamespace> namespace_{};
  std::optional<RoutingPolicy> routingPolicy{};
};

/// A Cloud Map service, created here or imported.
class CDKPP_API IService : public virtual cdk::IResource {
 public:
  /// { "Fn::GetAtt": [<service>, "Name"] }.
  virtual cdk::Value serviceName() const = 0;
  virtual cdk::Value serviceId() const = 0;
  virtual cdk::Value serviceArn() const = 0;
  /// `namespace` in aws-cdk-lib (a C++ keyword).
  virtual INamespace& namespace_() const = 0;
  virtual DnsRecordType dnsRecordType() const = 0;
  virtual RoutingPolicy routingPolicy() const = 0;
  virtual DiscoveryType discoveryType() const = 0;
};

/// An AWS::ServiceDiscovery::Service (the child "Resource").
class CDKPP_API Service : public cdk::Resource, public virtual IService {
 public:
  using Props = ServiceProps;

  /// Throws cdk::ConstructError for aws-cdk-lib's invalid combinations (a health check in a private DNS
  /// namespace, both health checks, CNAME with MULTIVALUE, DNS settings in an HTTP namespace, ...).
  Service(cdk::Construct& scope, std::string_view id, ServiceProps props);
  ~Service() override;

  cdk::Value serviceName() const override;
  cdk::Value serviceId() const override;
  cdk::Value serviceArn() const override;
  INamespace& namespace_() const override { return *namespace_ptr_; }
  DnsRecordType dnsRecordType() const override { return dnsRecordType_; }
  RoutingPolicy routingPolicy() const override { return routingPolicy_; }
  DiscoveryType discoveryType() const override { return discoveryType_; }

  CfnService& cfnService() const noexcept { return *resource_; }

 private:
  CfnService* resource_ = nullptr;
  INamespace* namespace_ptr_ = nullptr;
  DnsRecordType dnsRecordType_;
  RoutingPolicy routingPolicy_;
  DiscoveryType discoveryType_;
};

}  // namespace cdk::servicediscovery
