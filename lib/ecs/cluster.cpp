#include "cdk/ecs/cluster.hpp"

#include <algorithm>

#include "cdk/cfn/ecs.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/servicediscovery/namespace.hpp"

namespace cdk::ecs {

constexpr auto kContainerInsightsNames = cdk::enumNames<ContainerInsights>({
    {ContainerInsights::ENABLED, "enabled"},
    {ContainerInsights::DISABLED, "disabled"},
    {ContainerInsights::ENHANCED, "enhanced"},
});
std::string_view toString(ContainerInsights value) noexcept { return cdk::nameOf(kContainerInsightsNames, value); }

namespace {
ResourceProps clusterResourceProps(const ClusterProps& props) {
  ResourceProps resourceProps;
  resourceProps.physicalName = props.clusterName;
  return resourceProps;
}
}  // namespace

Cluster::Cluster(Construct& scope, std::string_view id, ClusterProps props)
    : Resource(scope, id, clusterResourceProps(props)), id_(id) {
  if (props.containerInsights && props.containerInsightsV2) {
    throw ConstructError(node().path(),
                         "You cannot set both containerInsights and containerInsightsV2; keep containerInsightsV2 "
                         "(containerInsights is deprecated)");
  }
  std::optional<std::vector<CfnCluster::ClusterSettingsProperty>> clusterSettings;
  if (props.containerInsights) {
    clusterSettings = std::vector<CfnCluster::ClusterSettingsProperty>{
        {.name = "containerInsights",
         .value = std::string(
             ecs::toString(*props.containerInsights ? ContainerInsights::ENABLED : ContainerInsights::DISABLED))}};
    Annotations::of(*this).addDeprecation("aws-cdk-lib.aws_ecs.ClusterProps#containerInsights",
                                          "and will be removed in the next major release. See containerInsightsV2");
  } else if (props.containerInsightsV2) {
    clusterSettings = std::vector<CfnCluster::ClusterSettingsProperty>{
        {.name = "containerInsights", .value = std::string(ecs::toString(*props.containerInsightsV2))}};
  }
  if (props.enableFargateCapacityProviders) enableFargateCapacityProviders();
  resource_ = &make<CfnCluster>("Resource",
                                CfnClusterProps{.clusterName = props.clusterName, .clusterSettings = clusterSettings});
  vpc_ = props.vpc ? props.vpc.get() : &make<ec2::Vpc>("Vpc", ec2::VpcProps{.maxAzs = 2});
  if (props.defaultCloudMapNamespace) addDefaultCloudMapNamespace(*props.defaultCloudMapNamespace);
}

Cluster::~Cluster() = default;

Value Cluster::clusterName() const { return resource_->ref(); }
Value Cluster::clusterArn() const { return resource_->attrArn(); }

servicediscovery::INamespace& Cluster::addDefaultCloudMapNamespace(const CloudMapNamespaceOptions& options) {
  if (defaultCloudMapNamespace_) {
    throw ConstructError(node().path(),
                         "Can only add default namespace once. Give later services their namespace in "
                         "cloudMapOptions.cloudMapNamespace");
  }
  constexpr std::string_view id = "DefaultServiceDiscoveryNamespace";
  switch (options.type.value_or(servicediscovery::NamespaceType::DNS_PRIVATE)) {
    case servicediscovery::NamespaceType::DNS_PRIVATE:
      defaultCloudMapNamespace_ = &make<servicediscovery::PrivateDnsNamespace>(
          id, servicediscovery::PrivateDnsNamespaceProps{.name = options.name, .vpc = *vpc_});
      break;
    case servicediscovery::NamespaceType::DNS_PUBLIC:
      defaultCloudMapNamespace_ = &make<servicediscovery::PublicDnsNamespace>(
          id, servicediscovery::PublicDnsNamespaceProps{.name = options.name});
      break;
    case servicediscovery::NamespaceType::HTTP:
      defaultCloudMapNamespace_ =
          &make<servicediscovery::HttpNamespace>(id, servicediscovery::HttpNamespaceProps{.name = options.name});
      break;
  }
  if (options.useForServiceConnect) {
    resource_->props().serviceConnectDefaults =
        CfnCluster::ServiceConnectDefaultsProperty{.namespace_ = defaultCloudMapNamespace_->namespaceArn()};
  }
  return *defaultCloudMapNamespace_;
}

void Cluster::enableFargateCapacityProviders() {
  for (const char* provider : {"FARGATE", "FARGATE_SPOT"}) {
    if (std::find(capacityProviderNames_.begin(), capacityProviderNames_.end(), provider) ==
        capacityProviderNames_.end()) {
      capacityProviderNames_.emplace_back(provider);
    }
  }
}

void Cluster::addDefaultCapacityProviderStrategy(std::vector<CapacityProviderStrategy> strategy) {
  if (!defaultCapacityProviderStrategy_.empty()) {
    throw ConstructError(node().path(), "Cluster default capacity provider strategy is already set.");
  }
  const bool fargate = std::any_of(strategy.begin(), strategy.end(), [](const CapacityProviderStrategy& s) {
    return s.capacityProvider.find("FARGATE") != std::string::npos;
  });
  const bool other = std::any_of(strategy.begin(), strategy.end(), [](const CapacityProviderStrategy& s) {
    return s.capacityProvider.find("FARGATE") == std::string::npos;
  });
  if (fargate && other) {
    throw ConstructError(node().path(),
                         "A capacity provider strategy cannot contain a mix of capacity providers using "
                         "Auto Scaling groups and Fargate providers. Specify one or the other and try "
                         "again.");
  }
  int withBase = 0;
  for (const auto& s : strategy) {
    if (s.capacityProvider.empty()) {
      throw ConstructError(node().path(), "CapacityProviderStrategy::capacityProvider is required");
    }
    if (s.base && *s.base < 0) {
      throw ConstructError(node().path(), "A capacity provider strategy cannot contain a negative base value.");
    }
    if (s.weight && *s.weight < 0) {
      throw ConstructError(node().path(), "A capacity provider strategy cannot contain a negative weight value.");
    }
    if (s.base && *s.base > 0) ++withBase;
  }
  if (withBase > 1) {
    throw ConstructError(node().path(),
                         "Only 1 capacity provider in a capacity provider strategy can have a nonzero "
                         "base.");
  }
  defaultCapacityProviderStrategy_ = std::move(strategy);
}

void Cluster::onPrepare() {
  // aws-cdk-lib's MaybeCreateCapacityProviderAssociations aspect: a child named like the cluster.
  if (!associations_ && (!defaultCapacityProviderStrategy_.empty() || !capacityProviderNames_.empty())) {
    associations_ = &make<CfnClusterCapacityProviderAssociations>(id_);
  }
  if (!associations_) return;
  auto& p = associations_->props();
  p.capacityProviders = ValueList(capacityProviderNames_);
  p.cluster = clusterName();
  std::vector<CfnClusterCapacityProviderAssociations::CapacityProviderStrategyProperty> strategy;
  for (const auto& s : defaultCapacityProviderStrategy_) {
    CfnClusterCapacityProviderAssociations::CapacityProviderStrategyProperty item;
    if (s.base) item.base = *s.base;
    item.capacityProvider = s.capacityProvider;
    if (s.weight) item.weight = *s.weight;
    strategy.push_back(std::move(item));
  }
  p.defaultCapacityProviderStrategy = std::move(strategy);
}

}  // namespace cdk::ecs
