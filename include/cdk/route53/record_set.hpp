// Route 53 records (aws-cdk-lib's route53.RecordSet, ARecord, AaaaRecord, CnameRecord, TxtRecord,
// RecordTarget and IAliasRecordTarget).
#pragma once

#include <concepts>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::route53 {

class CfnRecordSet;
class IHostedZone;

/// The DNS record types of AWS::Route53::RecordSet.
enum class RecordType { A, AAAA, CAA, CNAME, DS, HTTPS, MX, NAPTR, NS, PTR, SOA, SPF, SRV, SSHFP, SVCB, TLSA, TXT };

/// "A", "AAAA", "CNAME", ...
CDKPP_API std::string_view toString(RecordType type) noexcept;

/// A record set, for alias targets that need it.
class CDKPP_API IRecordSet : public virtual cdk::IResource {
 public:
  /// { "Ref": <record set> }: the domain name of the record.
  virtual cdk::Value domainName() const = 0;
};

/// What an alias record points at (AliasTarget).
struct AliasRecordTargetConfig {
  /// DNSName (required).
  cdk::Value dnsName{};
  /// EvaluateTargetHealth; left out when unset.
  std::optional<bool> evaluateTargetHealth{};
  /// HostedZoneId of the target (required), e.g. a load balancer's canonical hosted zone.
  cdk::Value hostedZoneId{};
};

/// The target of an alias record (aws-cdk-lib's IAliasRecordTarget): a load balancer, a distribution, ...
/// elbv2's targets implement it (route53_targets::LoadBalancerTarget).
class CDKPP_API IAliasRecordTarget {
 public:
  virtual ~IAliasRecordTarget() = default;
  /// The alias target of `record`, in `zone` (nullptr when the record has no zone at hand).
  virtual AliasRecordTargetConfig bind(const IRecordSet& record, const IHostedZone* zone) const = 0;
};

/// What a record points at: values (IP addresses, a domain name) or an alias target.
class CDKPP_API RecordTarget {
 public:
  static RecordTarget fromValues(std::vector<cdk::Value> values);
  static RecordTarget fromIpAddresses(std::vector<std::string> ipAddresses);
  static RecordTarget fromAlias(std::shared_ptr<const IAliasRecordTarget> aliasTarget);
  /// `RecordTarget::fromAlias(route53_targets::LoadBalancerTarget(lb))`: the target is copied.
  template <class T>
    requires std::derived_from<T, IAliasRecordTarget>
  static RecordTarget fromAlias(T aliasTarget) {
    return fromAlias(std::shared_ptr<const IAliasRecordTarget>(std::make_shared<T>(std::move(aliasTarget))));
  }

  /// Empty until set: a record without a target is an error.
  RecordTarget() = default;

  const std::optional<std::vector<cdk::Value>>& values() const noexcept { return values_; }
  const std::shared_ptr<const IAliasRecordTarget>& aliasTarget() const noexcept { return aliasTarget_; }

 private:
  std::optional<std::vector<cdk::Value>> values_;
  std::shared_ptr<const IAliasRecordTarget> aliasTarget_;
};

/// What every record takes (aws-cdk-lib's RecordSetOptions).
struct RecordSetOptions {
  std::optional<std::string> comment{};
  /// MultiValueAnswer routing (not for alias records).
  std::optional<bool> multiValueAnswer{};
  /// The name, relative to the zone ("www") or fully qualified ("www.example.com."); default the zone apex.
  std::optional<std::string> recordName{};
  /// Latency routing: the record's region.
  std::optional<std::string> region{};
  /// SetIdentifier; generated for weighted, latency and multi-value records.
  std::optional<std::string> setIdentifier{};
  /// TTL (default 30 minutes); ignored with a warning for alias records.
  std::optional<cdk::Duration> ttl{};
  /// Weighted routing, 0 to 255.
  std::optional<int> weight{};
  /// The zone (required).
  cdk::Handle<IHostedZone> zone{};
};

struct RecordSetProps {
  std::optional<std::string> comment{};
  std::optional<bool> multiValueAnswer{};
  std::optional<std::string> recordName{};
  /// The record type (required).
  std::optional<RecordType> recordType{};
  std::optional<std::string> region{};
  std::optional<std::string> setIdentifier{};
  /// Required.
  RecordTarget target{};
  std::optional<cdk::Duration> ttl{};
  std::optional<int> weight{};
  cdk::Handle<IHostedZone> zone{};
};

/// An AWS::Route53::RecordSet (the child "Resource").
class CDKPP_API RecordSet : public cdk::Resource, public virtual IRecordSet {
 public:
  using Props = RecordSetProps;

  /// Throws cdk::ConstructError for aws-cdk-lib's invalid routing combinations.
  RecordSet(cdk::Construct& scope, std::string_view id, RecordSetProps props);
  ~RecordSet() override;

  cdk::Value domainName() const override;
  CfnRecordSet& cfnRecordSet() const noexcept { return *resource_; }

 private:
  std::optional<std::string> configureSetIdentifier(const RecordSetProps& props) const;

  CfnRecordSet* resource_ = nullptr;
};

struct ARecordProps {
  std::optional<std::string> comment{};
  std::optional<bool> multiValueAnswer{};
  std::optional<std::string> recordName{};
  std::optional<std::string> region{};
  std::optional<std::string> setIdentifier{};
  /// IP addresses or an alias target (required).
  RecordTarget target{};
  std::optional<cdk::Duration> ttl{};
  std::optional<int> weight{};
  cdk::Handle<IHostedZone> zone{};
};

/// An A record.
class CDKPP_API ARecord : public RecordSet {
 public:
  using Props = ARecordProps;
  ARecord(cdk::Construct& scope, std::string_view id, ARecordProps props);
};

/// An AAAA record.
class CDKPP_API AaaaRecord : public RecordSet {
 public:
  using Props = ARecordProps;
  AaaaRecord(cdk::Construct& scope, std::string_view id, ARecordProps props);
};

struct CnameRecordProps {
  std::optional<std::string> comment{};
  /// The domain name the record points at (required).
  cdk::Value domainName{};
  std::optional<bool> multiValueAnswer{};
  std::optional<std::string> recordName{};
  std::optional<std::string> region{};
  std::optional<std::string> setIdentifier{};
  std::optional<cdk::Duration> ttl{};
  std::optional<int> weight{};
  cdk::Handle<IHostedZone> zone{};
};

/// A CNAME record.
class CDKPP_API CnameRecord : public RecordSet {
 public:
  using Props = CnameRecordProps;
  CnameRecord(cdk::Construct& scope, std::string_view id, CnameRecordProps props);
};

struct TxtRecordProps {
  std::optional<std::string> comment{};
  std::optional<bool> multiValueAnswer{};
  std::optional<std::string> recordName{};
  std::optional<std::string> region{};
  std::optional<std::string> setIdentifier{};
  std::optional<cdk::Duration> ttl{};
  /// The texts; each is quoted and split into strings of 255 characters, as aws-cdk-lib does.
  std::vector<std::string> values{};
  std::optional<int> weight{};
  cdk::Handle<IHostedZone> zone{};
};

/// A TXT record.
class CDKPP_API TxtRecord : public RecordSet {
 public:
  using Props = TxtRecordProps;
  TxtRecord(cdk::Construct& scope, std::string_view id, TxtRecordProps props);
};

}  // namespace cdk::route53
