// How private subnets reach the internet (aws-cdk-lib's ec2.NatProvider). Only NAT gateways are
// supported.
#pragma once

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk::ec2 {

class IVpc;
class PrivateSubnet;
class PublicSubnet;

struct ConfigureNatOptions {
  /// The subnets that get a NAT (the first natGateways public subnets).
  std::vector<cdk::Handle<PublicSubnet>> natSubnets{};
  /// The subnets that route to a NAT.
  std::vector<cdk::Handle<PrivateSubnet>> privateSubnets{};
  cdk::Handle<IVpc> vpc{};
};

/// A NAT gateway and the availability zone it is in.
struct GatewayConfig {
  cdk::Value az{};
  cdk::Value gatewayId{};
};

struct NatGatewayProps {
  /// Existing Elastic IP allocation ids for the gateways, in order; default one new EIP per gateway.
  std::vector<cdk::Value> eipAllocationIds{};
};

class NatGatewayProvider;

class CDKPP_API NatProvider {
 public:
  virtual ~NatProvider() = default;
  /// NAT gateways (the default).
  static std::shared_ptr<NatGatewayProvider> gateway(NatGatewayProps props = {});

  /// Creates the NATs in options.natSubnets and routes options.privateSubnets to them.
  virtual void configureNat(const ConfigureNatOptions& options) = 0;
  /// Routes one private subnet to a NAT.
  virtual void configureSubnet(PrivateSubnet& subnet) = 0;
  virtual std::vector<GatewayConfig> configuredGateways() const = 0;
};

/// A NAT gateway per NAT subnet. A private subnet routes to the gateway in its own availability zone, else
/// to the gateways in turn (one counter shared by all private subnets of the VPC).
class CDKPP_API NatGatewayProvider : public NatProvider {
 public:
  explicit NatGatewayProvider(NatGatewayProps props = {});
  void configureNat(const ConfigureNatOptions& options) override;
  void configureSubnet(PrivateSubnet& subnet) override;
  std::vector<GatewayConfig> configuredGateways() const override { return gateways_; }

 private:
  NatGatewayProps props_;
  std::vector<GatewayConfig> gateways_;
  std::size_t next_ = 0;
};

}  // namespace cdk::ec2
