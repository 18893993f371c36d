#include "cdk/rds/subnet_group.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "cdk/cfn/rds.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "core/text_scanner.hpp"

namespace cdk::rds {
namespace {

class ImportedSubnetGroup final : public cdk::Resource, public virtual ISubnetGroup {
 public:
  ImportedSubnetGroup(cdk::Construct& scope, std::string_view id, std::string name)
      : cdk::Resource(scope, id), name_(std::move(name)) {}
  cdk::Value subnetGroupName() const override { return name_; }

 private:
  std::string name_;
};

}  // namespace

SubnetGroup::SubnetGroup(cdk::Construct& scope, std::string_view id, SubnetGroupProps props)
    : cdk::Resource(scope, id) {
  if (!props.vpc) {
    throw cdk::ConstructError(node().path(), "SubnetGroup needs a VPC: pass vpc = <the VPC of the database>");
  }
  if (props.description.empty()) {
    throw cdk::ConstructError(node().path(),
                              "SubnetGroup needs a description (DBSubnetGroupDescription is required): pass "
                              "description = \"...\"");
  }
  const auto selected = props.vpc->selectSubnets(
      props.vpcSubnets.value_or(ec2::SubnetSelection{.subnetType = ec2::SubnetType::PRIVATE_WITH_EGRESS}));
  CfnDBSubnetGroupProps cfn{.dbSubnetGroupDescription = props.description,
                            .subnetIds = cdk::ValueList(selected.subnetIds())};
  if (props.subnetGroupName) cfn.dbSubnetGroupName = cdk::detail::toAsciiLower(*props.subnetGroupName);
  resource_ = &make<CfnDBSubnetGroup>("Default", std::move(cfn));
  if (props.removalPolicy) resource_->applyRemovalPolicy(props.removalPolicy);
}

SubnetGroup::~SubnetGroup() = default;

ISubnetGroup& SubnetGroup::fromSubnetGroupName(cdk::Construct& scope, std::string_view id,
                                               std::string subnetGroupName) {
  return scope.make<ImportedSubnetGroup>(id, std::move(subnetGroupName));
}

cdk::Value SubnetGroup::subnetGroupName() const { return resource_->ref(); }

void SubnetGroup::applyRemovalPolicy(cdk::RemovalPolicy policy) { resource_->applyRemovalPolicy(policy); }

}  // namespace cdk::rds
