// Cloud Map namespaces (aws-cdk-lib's servicediscovery.INamespace, NamespaceType, and the three namespaces:
// PrivateDnsNamespace, PublicDnsNamespace and HttpNamespace).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class CfnResource;
}

namespace cdk::ec2 {
class IVpc;
}

namespace cdk::servicediscovery {

class Service;
struct DnsServiceProps;
struct BaseServiceProps;

/// What kind of discovery a namespace offers: API calls only (HTTP), or DNS in a VPC or on the internet too.
enum class NamespaceType { HTTP, DNS_PRIVATE, DNS_PUBLIC };

/// A namespace, created here or imported.
class CDKPP_API INamespace : public virtual cdk::IResource {
 public:
  /// The name given to the namespace.
  virtual const std::string& namespaceName() const = 0;
  /// { "Fn::GetAtt": [<namespace>, "Id"] }.
  virtual cdk::Value namespaceId() const = 0;
  /// { "Fn::GetAtt": [<namespace>, "Arn"] }.
  virtual cdk::Value namespaceArn() const = 0;
  virtual NamespaceType type() const = 0;
};

class CDKPP_API IPrivateDnsNamespace : public virtual INamespace {};
class CDKPP_API IPublicDnsNamespace : public virtual INamespace {};
class CDKPP_API IHttpNamespace : public virtual INamespace {};

/// How to refer to an existing namespace.
struct NamespaceAttributes {
  cdk::Value namespaceArn{};
  cdk::Value namespaceId{};
  std::string namespaceName{};
};

struct PrivateDnsNamespaceProps {
  std::optional<std::string> description{};
  /// The domain name (required), e.g. "health.local".
  std::string name{};
  /// The VPC the names resolve in (required).
  cdk::Handle<ec2::IVpc> vpc{};
};

/// An AWS::ServiceDiscovery::PrivateDnsNamespace (the child "Resource"): DNS names resolvable inside a VPC.
class CDKPP_API PrivateDnsNamespace : public cdk::Resource, public virtual IPrivateDnsNamespace {
 public:
  using Props = PrivateDnsNamespaceProps;

  /// Throws cdk::ConstructError without a VPC.
  PrivateDnsNamespace(cdk::Construct& scope, std::string_view id, PrivateDnsNamespaceProps props);
  ~PrivateDnsNamespace() override;

  static IPrivateDnsNamespace& fromPrivateDnsNamespaceAttributes(cdk::Construct& scope, std::string_view id,
                                                                 NamespaceAttributes attrs);

  const std::string& namespaceName() const override { return name_; }
  cdk::Value namespaceId() const override;
  cdk::Value namespaceArn() const override;
  NamespaceType type() const override { return NamespaceType::DNS_PRIVATE; }
  /// { "Fn::GetAtt": [<namespace>, "HostedZoneId"] }.
  cdk::Value namespaceHostedZoneId() const;

  /// A Service in this namespace, the child `id`.
  Service& createService(std::string_view id, DnsServiceProps props);

 private:
  cdk::CfnResource* resource_ = nullptr;
  std::string name_;
};

struct PublicDnsNamespaceProps {
  std::optional<std::string> description{};
  /// The public domain name (required).
  std::string name{};
};

/// An AWS::ServiceDiscovery::PublicDnsNamespace (the child "Resource").
class CDKPP_API PublicDnsNamespace : public cdk::Resource, public virtual IPublicDnsNamespace {
 public:
  using Props = PublicDnsNamespaceProps;

  PublicDnsNamespace(cdk::Construct& scope, std::string_view id, PublicDnsNamespaceProps props);
  ~PublicDnsNamespace() override;

  static IPublicDnsNamespace& fromPublicDnsNamespaceAttributes(cdk::Construct& scope, std::string_view id,
                                                               NamespaceAttributes attrs);

  const std::string& namespaceName() const override { return name_; }
  cdk::Value namespaceId() const override;
  cdk::Value namespaceArn() const override;
  NamespaceType type() const override { return NamespaceType::DNS_PUBLIC; }
  cdk::Value namespaceHostedZoneId() const;

  Service& createService(std::string_view id, DnsServiceProps props);

 private:
  cdk::CfnResource* resource_ = nullptr;
  std::string name_;
};

struct HttpNamespaceProps {
  std::optional<std::string> description{};
  /// Required.
  std::string name{};
};

/// An AWS::ServiceDiscovery::HttpNamespace (the child "Resource"): discovery by API calls only.
class CDKPP_API HttpNamespace : public cdk::Resource, public virtual IHttpNamespace {
 public:
  using Props = HttpNamespaceProps;

  HttpNamespace(cdk::Construct& scope, std::string_view id, HttpNamespaceProps props);
  ~HttpNamespace() override;

  static IHttpNamespace& fromHttpNamespaceAttributes(cdk::Construct& scope, std::string_view id,
                                                     NamespaceAttributes attrs);

  const std::string& namespaceName() const override { return name_; }
  cdk::Value namespaceId() const override;
  cdk::Value namespaceArn() const override;
  NamespaceType type() const override { return NamespaceType::HTTP; }

  Service& createService(std::string_view id, BaseServiceProps props);

 private:
  cdk::CfnResource* resource_ = nullptr;
  std::string name_;
};

}  // namespace cdk::servicediscovery
