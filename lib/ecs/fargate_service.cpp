#include "cdk/ecs/fargate_service.hpp"

#include <fmt/format.h>

#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ec2/vpc.hpp"
#include "core/child_path.hpp"

namespace cdk::ecs {

constexpr auto kFargatePlatformVersionNames = cdk::enumNames<FargatePlatformVersion>({
    {FargatePlatformVersion::LATEST, "LATEST"},
    {FargatePlatformVersion::VERSION1_4, "1.4.0"},
    {FargatePlatformVersion::VERSION1_3, "1.3.0"},
    {FargatePlatformVersion::VERSION1_2, "1.2.0"},
    {FargatePlatformVersion::VERSION1_1, "1.1.0"},
    {FargatePlatformVersion::VERSION1_0, "1.0.0"},
});
std::string_view toString(FargatePlatformVersion version) noexcept {
  return cdk::nameOf(kFargatePlatformVersionNames, version);
}

namespace {

bool unsupportedPlatformVersion(const std::optional<FargatePlatformVersion>& version) {
  return version == FargatePlatformVersion::VERSION1_0 || version == FargatePlatformVersion::VERSION1_1 ||
         version == FargatePlatformVersion::VERSION1_2 || version == FargatePlatformVersion::VERSION1_3;
}

}  // namespace

/// The checks aws-cdk-lib makes before the service exists, and the options of BaseService.
struct FargateServiceOptions {
  static BaseService::BaseServiceOptions make(const Construct& scope, std::string_view id,
                                              const FargateServiceProps& props) {
    const std::string path = cdk::detail::childPath(scope, id);
    if (!props.cluster) throw ConstructError(path, "FargateServiceProps::cluster is required; pass the cluster");
    if (!props.taskDefinition) {
      throw ConstructError(path, "FargateServiceProps::taskDefinition is required; pass a FargateTaskDefinition");
    }
    const TaskDefinition& td = *props.taskDefinition;
    if (!td.isFargateCompatible() && !td.isManagedInstancesCompatible()) {
      throw ConstructError(path,
                           "Supplied TaskDefinition is not configured for compatibility with Fargate or Managed "
                           "Instances");
    }
    const bool unsupported = unsupportedPlatformVersion(props.platformVersion);
    const auto family = td.runtimePlatform() ? td.runtimePlatform()->operatingSystemFamily : std::nullopt;
    const bool windows = family && isWindows(*family);
    if (td.ephemeralStorageGiB() && unsupported && !windows) {
      throw ConstructError(path, fmt::format("The ephemeralStorageGiB feature requires platform version 1.4.0 or later "
                                             "for Linux tasks, got {}.",
                                             toString(*props.platformVersion)));
    }
    if (td.pidMode() && unsupported) {
      throw ConstructError(path, fmt::format("The pidMode feature requires platform version 1.4.0 or later, got {}.",
                                             toString(*props.platformVersion)));
    }
    BaseService::BaseServiceOptions o;
    o.capacityProviderStrategies = props.capacityProviderStrategies;
    o.circuitBreaker = props.circuitBreaker;
    o.cluster = props.cluster;
    o.deploymentAlarms = props.deploymentAlarms;
    o.deploymentController = props.deploymentController;
    o.desiredCount = props.desiredCount;
    o.enableECSManagedTags = props.enableECSManagedTags;
    o.enableExecuteCommand = props.enableExecuteCommand;
    o.healthCheckGracePeriod = props.healthCheckGracePeriod;
    o.launchType = LaunchType::FARGATE;
    o.maxHealthyPercent = props.maxHealthyPercent;
    o.minHealthyPercent = props.minHealthyPercent;
    if (props.platformVersion) o.platformVersion = std::string(toString(*props.platformVersion));
    o.propagateTags = props.propagateTags;
    o.serviceName = props.serviceName;
    o.taskDefinition = props.taskDefinition;
    return o;
  }
};

FargateService::FargateService(Construct& scope, std::string_view id, FargateServiceProps props)
    : BaseService(scope, id, FargateServiceOptions::make(scope, id, props)) {
  const bool external =
      props.deploymentController && props.deploymentController->type == DeploymentControllerType::EXTERNAL;
  if (!external) {
    configureAwsVpcNetworkingWithSecurityGroups(props.cluster->vpc(), props.assignPublicIp, props.vpcSubnets,
                                                props.securityGroups);
  }
  const bool unsupported = unsupportedPlatformVersion(props.platformVersion);
  node().addValidation([this, unsupported]() -> std::vector<std::string> {
    if (unsupported && taskDefinition().referencesSecretJsonField()) {
      return {
          "The task definition of this service uses at least one container that references a secret JSON field. "
          "This feature requires platform version 1.4.0 or later."};
    }
    return {};
  });
  node().addValidation([this]() -> std::vector<std::string> {
    if (!taskDefinition().defaultContainer()) return {"A TaskDefinition must have at least one essential container"};
    return {};
  });
}

FargateService::~FargateService() = default;

}  // namespace cdk::ecs
