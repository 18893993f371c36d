#include "cdk/core/resource.hpp"

#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"

namespace cdk {

Resource::Resource(Construct& scope, std::string_view id, ResourceProps props)
    : Construct(scope, id), stack_(&Stack::of(*this)), physicalName_(std::move(props.physicalName)) {
  env_.account = props.account ? Value(*props.account) : stack_->account();
  env_.region = props.region ? Value(*props.region) : stack_->region();
}

Resource::~Resource() = default;

CfnResource& Resource::defaultResource() const {
  auto* resource = dynamic_cast<CfnResource*>(node().defaultChild());
  if (!resource) {
    throw ConstructError(node().path(),
                         "this construct has no L1 resource as its default child; apply the change "
                         "to the CfnResource directly");
  }
  return *resource;
}

void Resource::applyRemovalPolicy(RemovalPolicy policy) { defaultResource().applyRemovalPolicy(policy); }

}  // namespace cdk
