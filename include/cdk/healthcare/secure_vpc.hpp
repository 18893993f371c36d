// SecureVpc: the network of a healthcare application, secure by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/healthcare/environment_profile.hpp"
#include "cdk/logs/log_group.hpp"

namespace cdk::ec2 {
class FlowLog;
class SecurityGroup;
class Vpc;
}  // namespace cdk::ec2
namespace cdk::iam {
class Role;
}
namespace cdk::kms {
class IKey;
}

namespace cdk::healthcare {

struct SecureVpcProps {
  /// The VPC's address range, a literal CIDR block; default the profile's vpcCidr.
  std::optional<std::string> cidr{};
  /// The prefix length of every subnet (16 to 28).
  int cidrMask = 24;
  /// The key of the flow log group; default a new key with rotation, the child "FlowLogKey". Either way the key
  /// policy lets CloudWatch Logs of the stack's region use it.
  cdk::Handle<kms::IKey> encryptionKey{};
  /// How long the flow logs are kept; default the profile's logRetention.
  std::optional<logs::RetentionDays> flowLogRetention{};
  /// The interface endpoints (ECR API and Docker, CloudWatch Logs, Secrets Manager) in the private subnets, so
  /// that tasks pull images, write logs and read secrets without leaving the VPC.
  bool interfaceEndpoints = true;
  /// Default the profile's maxAzs.
  std::optional<int> maxAzs{};
  /// At least 1 (the private tier reaches the internet through them); default the profile's natGateways.
  std::optional<int> natGateways{};
  /// Default the prod preset.
  EnvironmentProfile profile{};
};

/// A VPC of three tiers over the profile's availability zones: public subnets ("Public": load balancers and NAT
/// gateways, no public IP assigned on launch), private subnets with egress through the NAT gateways ("Private":
/// services) and isolated subnets ("Database": databases and caches). Its flow log (all traffic) goes to a log
/// group encrypted with a customer key and kept for the profile's retention, written by a role whose permissions
/// are a customer managed policy; the S3 gateway endpoint serves every subnet and the interface endpoints the
/// private ones, behind a security group open to the VPC's range on 443 only.
///
/// Children: "FlowLogKey" (unless a key is given), "Vpc" (ec2::Vpc, with its "FlowLog", "S3" and the endpoints
/// "EcrApi", "EcrDocker", "Logs", "SecretsManager"), "FlowLogGroup", "FlowLogRole", "FlowLogPolicy" and
/// "EndpointSecurityGroup". The public subnets' default routes acknowledge HIPAA.Security-VPCNoUnrestrictedRouteToIGW:
/// public subnets route to the internet gateway by design.
///
/// Bad props throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API SecureVpc : public cdk::Construct {
 public:
  using Props = SecureVpcProps;
  SecureVpc(cdk::Construct& scope, std::string_view id, SecureVpcProps props = {});
  ~SecureVpc() override;

  ec2::Vpc& vpc() const noexcept { return *vpc_; }
  /// The key of the flow log group.
  kms::IKey& key() const noexcept { return *key_; }
  ec2::FlowLog& flowLog() const noexcept { return *flowLog_; }
  logs::LogGroup& flowLogGroup() const noexcept { return *flowLogGroup_; }
  iam::Role& flowLogRole() const noexcept { return *flowLogRole_; }
  /// The security group of the interface endpoints; nullptr without them.
  ec2::SecurityGroup* endpointSecurityGroup() const noexcept { return endpointSecurityGroup_; }
  const EnvironmentProfile& profile() const noexcept { return profile_; }
  /// The VPC's address range.
  const std::string& cidr() const noexcept { return cidr_; }

  /// The tiers, as subnet selections: {.subnetType = PUBLIC}, {PRIVATE_WITH_EGRESS} and {PRIVATE_ISOLATED}.
  static ec2::SubnetSelection publicSubnets();
  static ec2::SubnetSelection applicationSubnets();
  static ec2::SubnetSelection databaseSubnets();

 private:
  EnvironmentProfile profile_;
  std::string cidr_;
  kms::IKey* key_ = nullptr;
  ec2::Vpc* vpc_ = nullptr;
  ec2::FlowLog* flowLog_ = nullptr;
  logs::LogGroup* flowLogGroup_ = nullptr;
  iam::Role* flowLogRole_ = nullptr;
  ec2::SecurityGroup* endpointSecurityGroup_ = nullptr;
};

}  // namespace cdk::healthcare
