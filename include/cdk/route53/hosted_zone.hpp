// Route 53 hosted zones (aws-cdk-lib's route53.HostedZone, PublicHostedZone, PrivateHostedZone and
// IHostedZone).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ec2 {
class IVpc;
}

namespace cdk::route53 {

class CfnHostedZone;

/// A hosted zone, created here or imported.
class CDKPP_API IHostedZone : public virtual cdk::IResource {
 public:
  /// { "Ref": <zone> }, or the id given to an import.
  virtual cdk::Value hostedZoneId() const = 0;
  /// The zone's name as given (e.g. "example.com"). Throws cdk::ConstructError for a zone imported by id only.
  virtual std::string zoneName() const = 0;
  /// arn:<partition>:route53:::hostedzone/<id>.
  virtual cdk::Value hostedZoneArn() const = 0;
  /// The name servers of a zone created here (Fn::GetAtt NameServers); nullopt for imports.
  virtual std::optional<cdk::ValueList> hostedZoneNameServers() const = 0;
};

/// A public hosted zone (no VPC).
class CDKPP_API IPublicHostedZone : public virtual IHostedZone {};
/// A private hosted zone (associated with VPCs).
class CDKPP_API IPrivateHostedZone : public virtual IHostedZone {};

/// How to refer to an existing zone (fromHostedZoneAttributes).
struct HostedZoneAttributes {
  cdk::Value hostedZoneId{};
  std::string zoneName{};
};

struct HostedZoneProps {
  /// Append "." to the Name when it has none.
  bool addTrailingDot = true;
  /// HostedZoneConfig.Comment.
  std::optional<std::string> comment{};
  /// QueryLoggingConfig.CloudWatchLogsLogGroupArn.
  std::optional<cdk::Value> queryLogsLogGroupArn{};
  /// VPCs of a private zone (more with addVpc).
  std::vector<cdk::Handle<ec2::IVpc>> vpcs{};
  /// The domain name of the zone (required).
  std::string zoneName{};
};

/// An AWS::Route53::HostedZone (the child "Resource"), private when it has VPCs.
class CDKPP_API HostedZone : public cdk::Resource, public virtual IHostedZone {
 public:
  using Props = HostedZoneProps;

  /// Throws cdk::ConstructError for an invalid zone name (length, a label over 63 bytes, characters).
  HostedZone(cdk::Construct& scope, std::string_view id, HostedZoneProps props);
  ~HostedZone() override;

  /// An existing zone by id; its zoneName() throws (use fromHostedZoneAttributes when a record needs it).
  static IHostedZone& fromHostedZoneId(cdk::Construct& scope, std::string_view id, const cdk::Value& hostedZoneId);
  static IHostedZone& fromHostedZoneAttributes(cdk::Construct& scope, std::string_view id, HostedZoneAttributes attrs);

  cdk::Value hostedZoneId() const override;
  std::string zoneName() const override { return zoneName_; }
  cdk::Value hostedZoneArn() const override;
  std::optional<cdk::ValueList> hostedZoneNameServers() const override;

  /// Associates the zone with a VPC (VPCs: {VPCId, VPCRegion}).
  virtual void addVpc(ec2::IVpc& vpc);

  CfnHostedZone& cfnHostedZone() const noexcept { return *resource_; }

 private:
  CfnHostedZone* resource_ = nullptr;
  std::string zoneName_;
};

struct PublicHostedZoneProps {
  bool addTrailingDot = true;
  std::optional<std::string> comment{};
  std::optional<cdk::Value> queryLogsLogGroupArn{};
  /// Required.
  std::string zoneName{};
};

/// A public hosted zone: a HostedZone that refuses VPCs.
class CDKPP_API PublicHostedZone : public HostedZone, public virtual IPublicHostedZone {
 public:
  using Props = PublicHostedZoneProps;

  PublicHostedZone(cdk::Construct& scope, std::string_view id, PublicHostedZoneProps props);
  ~PublicHostedZone() override;

  static IPublicHostedZone& fromPublicHostedZoneId(cdk::Construct& scope, std::string_view id,
                                                   const cdk::Value& publicHostedZoneId);
  static IPublicHostedZone& fromPublicHostedZoneAttributes(cdk::Construct& scope, std::string_view id,
                                                           HostedZoneAttributes attrs);

  /// Throws cdk::ConstructError: public zones have no VPCs.
  void addVpc(ec2::IVpc& vpc) override;
};

struct PrivateHostedZoneProps {
  bool addTrailingDot = true;
  std::optional<std::string> comment{};
  std::optional<cdk::Value> queryLogsLogGroupArn{};
  /// The first VPC (required); more with addVpc.
  cdk::Handle<ec2::IVpc> vpc{};
  /// Required.
  std::string zoneName{};
};

/// A private hosted zone in a VPC.
class CDKPP_API PrivateHostedZone : public HostedZone, public virtual IPrivateHostedZone {
 public:
  using Props = PrivateHostedZoneProps;

  PrivateHostedZone(cdk::Construct& scope, std::string_view id, PrivateHostedZoneProps props);
  ~PrivateHostedZone() override;
};

}  // namespace cdk::route53
