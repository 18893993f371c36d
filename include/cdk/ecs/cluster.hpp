// ECS clusters (aws-cdk-lib's ecs.Cluster, ecs.ICluster, ecs.ContainerInsights, ecs.CloudMapNamespaceOptions).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/servicediscovery/namespace.hpp"

namespace cdk::ec2 {
class IVpc;
}

namespace cdk::ecs {

class CfnCluster;
class CfnClusterCapacityProviderAssociations;

/// The CloudWatch Container Insights setting of a cluster ("enabled", "disabled", "enhanced").
enum class ContainerInsights { ENABLED, DISABLED, ENHANCED };
CDKPP_API std::string_view toString(ContainerInsights value) noexcept;

/// One entry of a capacity provider strategy.
struct CapacityProviderStrategy {
  /// Tasks that run on this provider at least.
  std::optional<int> base{};
  /// "FARGATE", "FARGATE_SPOT" or the name of a capacity provider (required).
  std::string capacityProvider{};
  /// The relative share of tasks.
  std::optional<int> weight{};
};

/// A cluster, created here or imported.
class CDKPP_API ICluster : public virtual cdk::IResource, public ec2::IConnectable {
 public:
  /// { "Ref": <cluster> }.
  virtual cdk::Value clusterName() const = 0;
  /// { "Fn::GetAtt": [<cluster>, "Arn"] }.
  virtual cdk::Value clusterArn() const = 0;
  /// The VPC the cluster's tasks run in.
  virtual ec2::IVpc& vpc() const = 0;
  /// The namespace services register in when their cloudMapOptions name none; null until one is added.
  virtual servicediscovery::INamespace* defaultCloudMapNamespace() const = 0;
};

/// The cluster's default Cloud Map namespace (Cluster::addDefaultCloudMapNamespace).
struct CloudMapNamespaceOptions {
  /// The namespace's domain name (required), e.g. "health.local".
  std::string name{};
  /// Default DNS_PRIVATE, in the cluster's VPC.
  std::optional<servicediscovery::NamespaceType> type{};
  /// Also the cluster's ServiceConnectDefaults namespace.
  bool useForServiceConnect = false;
};

struct ClusterProps {
  /// ClusterName; default a name CloudFormation generates.
  std::optional<cdk::Value> clusterName{};
  /// Deprecated in aws-cdk-lib (use containerInsightsV2): renders containerInsights "enabled"/"disabled"
  /// and adds a deprecation warning. Not together with containerInsightsV2.
  std::optional<bool> containerInsights{};
  /// ClusterSettings containerInsights; default none rendered (the account setting applies).
  std::optional<ContainerInsights> containerInsightsV2{};
  /// A default Cloud Map namespace, the child "DefaultServiceDiscoveryNamespace" (addDefaultCloudMapNamespace).
  std::optional<CloudMapNamespaceOptions> defaultCloudMapNamespace{};
  /// Associates the FARGATE and FARGATE_SPOT capacity providers (an
  /// AWS::ECS::ClusterCapacityProviderAssociations child named like the cluster, created at synthesis).
  bool enableFargateCapacityProviders = false;
  /// Default a new ec2::Vpc child "Vpc" with maxAzs 2, as aws-cdk-lib creates.
  cdk::Handle<ec2::IVpc> vpc{};
};

/// An ECS cluster (AWS::ECS::Cluster, child "Resource").
class CDKPP_API Cluster : public cdk::Resource, public virtual ICluster {
 public:
  using Props = ClusterProps;

  /// Throws cdk::ConstructError when both containerInsights and containerInsightsV2 are given.
  Cluster(cdk::Construct& scope, std::string_view id, ClusterProps props = {});
  ~Cluster() override;

  cdk::Value clusterName() const override;
  cdk::Value clusterArn() const override;
  ec2::IVpc& vpc() const override { return *vpc_; }
  /// No security groups, no default port (a cluster of Fargate tasks has no instances).
  ec2::Connections connections() const override { return connections_; }
  CfnCluster& cfnCluster() const noexcept { return *resource_; }
  servicediscovery::INamespace* defaultCloudMapNamespace() const override { return defaultCloudMapNamespace_; }

  /// Creates the namespace services of this cluster register in by default, the child
  /// "DefaultServiceDiscoveryNamespace" (a PrivateDnsNamespace in the cluster's VPC unless another type is
  /// given). Throws cdk::ConstructError when the cluster has one already.
  servicediscovery::INamespace& addDefaultCloudMapNamespace(const CloudMapNamespaceOptions& options);
  /// Adds "FARGATE" and "FARGATE_SPOT" to the capacity providers (once).
  void enableFargateCapacityProviders();
  /// The default strategy of services without a launch type; may be set once.
  void addDefaultCapacityProviderStrategy(std::vector<CapacityProviderStrategy> strategy);
  const std::vector<std::string>& capacityProviderNames() const noexcept { return capacityProviderNames_; }
  const std::vector<CapacityProviderStrategy>& defaultCapacityProviderStrategy() const noexcept {
    return defaultCapacityProviderStrategy_;
  }

 protected:
  void onPrepare() override;

 private:
  CfnCluster* resource_ = nullptr;
  ec2::IVpc* vpc_ = nullptr;
  std::string id_;
  ec2::Connections connections_;
  std::vector<std::string> capacityProviderNames_;
  std::vector<CapacityProviderStrategy> defaultCapacityProviderStrategy_;
  CfnClusterCapacityProviderAssociations* associations_ = nullptr;
  servicediscovery::INamespace* defaultCloudMapNamespace_ = nullptr;
};

}  // namespace cdk::ecs
