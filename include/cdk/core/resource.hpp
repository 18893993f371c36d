// The base of L2 constructs (aws-cdk-lib's Resource): a construct with a main L1 child, an environment
// and an optional physical name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnResource;
class Stack;

/// Account and region a resource lives in (its stack's, unless imported from elsewhere).
struct ResourceEnvironment {
  Value account{};
  Value region{};
};

struct ResourceProps {
  std::optional<std::string> account{};
  std::optional<Value> physicalName{};
  std::optional<std::string> region{};
};

/// A resource of an L2 module, created here or imported (aws-cdk-lib's IResource). Every I* interface of
/// an L2 that aws-cdk-lib makes an IResource derives from this one virtually, so a class that is a
/// Resource and implements it has a single IConstruct / IResource.
class CDKPP_API IResource : public virtual IConstruct {
 public:
  /// The stack the resource is defined in.
  virtual Stack& stack() const noexcept = 0;
  /// The account and region the resource lives in (its stack's, unless imported from elsewhere).
  virtual const ResourceEnvironment& env() const noexcept = 0;
  /// Applies the policy to the main L1 resource. Throws ConstructError when there is none (imported).
  virtual void applyRemovalPolicy(RemovalPolicy policy) = 0;
};

class CDKPP_API Resource : public Construct, public virtual IResource {
 public:
  Resource(Construct& scope, std::string_view id, ResourceProps props = {});
  ~Resource() override;

  Stack& stack() const noexcept override { return *stack_; }
  const ResourceEnvironment& env() const noexcept override { return env_; }
  /// Applies the policy to the main L1 child (the default child). Throws ConstructError when there is none.
  void applyRemovalPolicy(RemovalPolicy policy) override;

 protected:
  const std::optional<Value>& physicalName() const noexcept { return physicalName_; }
  /// The default child as a CfnResource; throws ConstructError when there is none.
  CfnResource& defaultResource() const;

 private:
  Stack* stack_;
  ResourceEnvironment env_;
  std::optional<Value> physicalName_;
};

}  // namespace cdk
