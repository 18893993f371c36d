// The three namespace constructs: each one AWS::ServiceDiscovery::*Namespace child "Resource".
#include <utility>

#include "cdk/cfn/servicediscovery.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/servicediscovery/namespace.hpp"
#include "cdk/servicediscovery/service.hpp"

namespace cdk::servicediscovery {
namespace {

/// A namespace made elsewhere.
template <class Interface, NamespaceType Type>
class ImportedNamespace final : public cdk::Resource, public virtual Interface {
 public:
  ImportedNamespace(cdk::Construct& scope, std::string_view id, NamespaceAttributes attrs)
      : cdk::Resource(scope, id), attrs_(std::move(attrs)) {}
  const std::string& namespaceName() const override { return attrs_.namespaceName; }
  cdk::Value namespaceId() const override { return attrs_.namespaceId; }
  cdk::Value namespaceArn() const override { return attrs_.namespaceArn; }
  NamespaceType type() const override { return Type; }

 private:
  NamespaceAttributes attrs_;
};

ServiceProps dnsService(INamespace& ns, DnsServiceProps props) {
  return {.customHealthCheck = std::move(props.customHealthCheck),
          .description = std::move(props.description),
          .discoveryType = props.discoveryType,
          .dnsRecordType = props.dnsRecordType,
          .dnsTtl = props.dnsTtl,
          .healthCheck = std::move(props.healthCheck),
          .loadBalancer = props.loadBalancer,
          .name = std::move(props.name),
          .namespace_ = ns,
          .routingPolicy = props.routingPolicy};
}

}  // namespace

// ------------------------------------------------------------------------------------------------ PrivateDnsNamespace

PrivateDnsNamespace::PrivateDnsNamespace(cdk::Construct& scope, std::string_view id, PrivateDnsNamespaceProps props)
    : cdk::Resource(scope, id), name_(props.name) {
  if (!props.vpc) {
    throw cdk::ConstructError(
        node().path(), "VPC must be specified for PrivateDNSNamespaces: pass vpc = <the VPC the names resolve in>");
  }
  CfnPrivateDnsNamespaceProps cfn{.name = props.name, .vpc = props.vpc->vpcId()};
  if (props.description) cfn.description = *props.description;
  resource_ = &make<CfnPrivateDnsNamespace>("Resource", std::move(cfn));
}

PrivateDnsNamespace::~PrivateDnsNamespace() = default;

IPrivateDnsNamespace& PrivateDnsNamespace::fromPrivateDnsNamespaceAttributes(cdk::Construct& scope, std::string_view id,
                                                                             NamespaceAttributes attrs) {
  return scope.make<ImportedNamespace<IPrivateDnsNamespace, NamespaceType::DNS_PRIVATE>>(id, std::move(attrs));
}

cdk::Value PrivateDnsNamespace::namespaceId() const { return resource_->getAtt("Id"); }
cdk::Value PrivateDnsNamespace::namespaceArn() const { return resource_->getAtt("Arn"); }
cdk::Value PrivateDnsNamespace::namespaceHostedZoneId() const { return resource_->getAtt("HostedZoneId"); }

Service& PrivateDnsNamespace::createService(std::string_view id, DnsServiceProps props) {
  return make<Service>(id, dnsService(*this, std::move(props)));
}

// ------------------------------------------------------------------------------------------------ PublicDnsNamespace

PublicDnsNamespace::PublicDnsNamespace(cdk::Construct& scope, std::string_view id, PublicDnsNamespaceProps props)
    : cdk::Resource(scope, id), name_(props.name) {
  CfnPublicDnsNamespaceProps cfn{.name = props.name};
  if (props.description) cfn.description = *props.description;
  resource_ = &make<CfnPublicDnsNamespace>("Resource", std::move(cfn));
}

PublicDnsNamespace::~PublicDnsNamespace() = default;

IPublicDnsNamespace& PublicDnsNamespace::fromPublicDnsNamespaceAttributes(cdk::Construct& scope, std::string_view id,
                                                                          NamespaceAttributes attrs) {
  return scope.make<ImportedNamespace<IPublicDnsNamespace, NamespaceType::DNS_PUBLIC>>(id, std::move(attrs));
}

cdk::Value PublicDnsNamespace::namespaceId() const { return resource_->getAtt("Id"); }
cdk::Value PublicDnsNamespace::namespaceArn() const { return resource_->getAtt("Arn"); }
cdk::Value PublicDnsNamespace::namespaceHostedZoneId() const { return resource_->getAtt("HostedZoneId"); }

Service& PublicDnsNamespace::createService(std::string_view id, DnsServiceProps props) {
  return make<Service>(id, dnsService(*this, std::move(props)));
}

// ------------------------------------------------------------------------------------------------ HttpNamespace

HttpNamespace::HttpNamespace(cdk::Construct& scope, std::string_view id, HttpNamespaceProps props)
    : cdk::Resource(scope, id), name_(props.name) {
  CfnHttpNamespaceProps cfn{.name = props.name};
  if (props.description) cfn.description = *props.description;
  resource_ = &make<CfnHttpNamespace>("Resource", std::move(cfn));
}

HttpNamespace::~HttpNamespace() = default;

IHttpNamespace& HttpNamespace::fromHttpNamespaceAttributes(cdk::Construct& scope, std::string_view id,
                                                           NamespaceAttributes attrs) {
  return scope.make<ImportedNamespace<IHttpNamespace, NamespaceType::HTTP>>(id, std::move(attrs));
}

cdk::Value HttpNamespace::namespaceId() const { return resource_->getAtt("Id"); }
cdk::Value HttpNamespace::namespaceArn() const { return resource_->getAtt("Arn"); }

Service& HttpNamespace::createService(std::string_view id, BaseServiceProps props) {
  return make<Service>(id, ServiceProps{.customHealthCheck = std::move(props.customHealthCheck),
                                        .description = std::move(props.description),
                                        .healthCheck = std::move(props.healthCheck),
                                        .name = std::move(props.name),
                                        .namespace_ = *this});
}

}  // namespace cdk::servicediscovery
