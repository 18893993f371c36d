// Subnet groups of databases (aws-cdk-lib's rds.ISubnetGroup and rds.SubnetGroup).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/subnet.hpp"

namespace cdk::ec2 {
class IVpc;
}

namespace cdk::rds {

class CfnDBSubnetGroup;

/// A subnet group, created here or imported.
class CDKPP_API ISubnetGroup : public virtual cdk::IResource {
 public:
  /// { "Ref": <group> } for a group created here; the name for an imported one.
  virtual cdk::Value subnetGroupName() const = 0;
};

struct SubnetGroupProps {
  /// DBSubnetGroupDescription (required).
  std::string description{};
  /// Default: CloudFormation's (Delete).
  std::optional<cdk::RemovalPolicy> removalPolicy{};
  /// DBSubnetGroupName, lower-cased; default a name CloudFormation generates.
  std::optional<std::string> subnetGroupName{};
  /// The VPC (required).
  cdk::Handle<ec2::IVpc> vpc{};
  /// Default the private subnets with egress ({.subnetType = PRIVATE_WITH_EGRESS}).
  std::optional<ec2::SubnetSelection> vpcSubnets{};
};

/// AWS::RDS::DBSubnetGroup, as the child "Default" (so it does not show in the logical ID).
class CDKPP_API SubnetGroup : public cdk::Resource, public virtual ISubnetGroup {
 public:
  using Props = SubnetGroupProps;

  /// Throws cdk::ConstructError when the VPC or the description is missing.
  SubnetGroup(cdk::Construct& scope, std::string_view id, SubnetGroupProps props);
  ~SubnetGroup() override;

  /// An existing group by name (a construct without resources).
  static ISubnetGroup& fromSubnetGroupName(cdk::Construct& scope, std::string_view id, std::string subnetGroupName);

  cdk::Value subnetGroupName() const override;
  CfnDBSubnetGroup& cfnDbSubnetGroup() const noexcept { return *resource_; }
  void applyRemovalPolicy(cdk::RemovalPolicy policy) override;

 private:
  CfnDBSubnetGroup* resource_ = nullptr;
};

}  // namespace cdk::rds
