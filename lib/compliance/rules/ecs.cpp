// ECS rules (cdk-nag src/rules/ecs).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R ECSTaskDefinitionUserForHostMode(const RuleContext& c) {
  const View& v = c.view;
  if (c.property("NetworkMode", As::String).is("host")) {
    Js definitions = c.property("ContainerDefinitions");
    if (!definitions.undefined()) {
      for (Js definition : v.iterate(definitions)) {
        Js privileged = v.resolveIfPrimitive(v.member(definition, "Privileged", As::Boolean));
        Js user = v.resolveIfPrimitive(v.member(definition, "User", As::String));
        if (!privileged.isTrue() || user.undefined()) return R::nonCompliant();
        if (!user.isString()) typeError("user.split is not a function");
        const std::string& text = user.str();
        std::size_t from = 0;
        while (true) {
          const std::size_t colon = text.find(':', from);
          std::string part = text.substr(from, colon == std::string::npos ? std::string::npos : colon - from);
          for (char& ch : part) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          if (part == "root" || part == "0") return R::nonCompliant();
          if (colon == std::string::npos) break;
          from = colon + 1;
        }
      }
    }
  }
  return R::compliant();
}

R ECSTaskDefinitionNoEnvironmentVariables(const RuleContext& c) {
  const View& v = c.view;
  Js definitions = c.property("ContainerDefinitions");
  if (!definitions.undefined()) {
    for (Js definition : v.iterate(definitions)) {
      if (!v.member(definition, "Environment").undefined()) return R::nonCompliant();
    }
  }
  return R::compliant();
}

R ECSClusterCloudWatchContainerInsights(const RuleContext& c) {
  const View& v = c.view;
  Js settings = c.property("ClusterSettings");
  if (settings.nullish()) return R::nonCompliant();
  for (Js setting : v.iterate(settings)) {
    Js name = v.member(setting, "Name", As::String);
    Js value = v.member(setting, "Value", As::String);
    if (truthy(name) && looseEquals(name, "containerInsights") && truthy(value) &&
        (looseEquals(value, "enabled") || looseEquals(value, "enhanced"))) {
      return R::compliant();
    }
  }
  return R::nonCompliant();
}

R ECSTaskDefinitionContainerLogging(const RuleContext& c) {
  const View& v = c.view;
  Js definitions = c.property("ContainerDefinitions");
  if (!definitions.undefined()) {
    for (Js definition : v.iterate(definitions)) {
      Js configuration = v.member(definition, "LogConfiguration");
      if (v.optionalMember(configuration, "LogDriver").undefined()) return R::nonCompliant();
    }
  }
  return R::compliant();
}

constexpr std::string_view kTaskDefinition = "AWS::ECS::TaskDefinition";

const Rule kEcsRules[] = {
    {"ECSTaskDefinitionUserForHostMode",
     {kTaskDefinition},
     ECSTaskDefinitionUserForHostMode,
     "in host network mode give each container Privileged true and a non-root User, or use awsvpc mode."},
    {"ECSTaskDefinitionNoEnvironmentVariables",
     {kTaskDefinition},
     ECSTaskDefinitionNoEnvironmentVariables,
     "pass configuration as container secrets (Secrets Manager, Parameter Store) instead of Environment."},
    {"ECSClusterCloudWatchContainerInsights",
     {"AWS::ECS::Cluster"},
     ECSClusterCloudWatchContainerInsights,
     "enable Container Insights (ecs::Cluster containerInsights)."},
    {"ECSTaskDefinitionContainerLogging",
     {kTaskDefinition},
     ECSTaskDefinitionContainerLogging,
     "give each container a LogConfiguration with a LogDriver (logging: ecs::LogDrivers::awsLogs)."},
};

}  // namespace

std::span<const Rule> ecsRules() { return kEcsRules; }

}  // namespace cdk::compliance::detail
