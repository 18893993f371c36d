#include "cdk/rds/parameter_group.hpp"

#include <utility>

#include "cdk/cfn/rds.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"

namespace cdk::rds {
namespace {

/// A parameter group known by name: no resources, no parameters to add.
class ImportedParameterGroup final : public cdk::Resource, public virtual IParameterGroup {
 public:
  ImportedParameterGroup(cdk::Construct& scope, std::string_view id, std::string name)
      : cdk::Resource(scope, id), name_(std::move(name)) {}
  ParameterGroupConfig bindToCluster() override { return {.parameterGroupName = name_}; }
  ParameterGroupConfig bindToInstance() override { return {.parameterGroupName = name_}; }
  bool addParameter(std::string, cdk::Value) override { return false; }

 private:
  std::string name_;
};

}  // namespace

ParameterGroup::ParameterGroup(cdk::Construct& scope, std::string_view id, ParameterGroupProps props)
    : cdk::Resource(scope, id),
      description_(std::move(props.description)),
      name_(std::move(props.name)),
      parameters_(std::move(props.parameters)),
      removalPolicy_(props.removalPolicy) {
  if (!props.engine) {
    throw cdk::ConstructError(
        node().path(),
        "ParameterGroup needs an engine: pass engine = rds::DatabaseClusterEngine::auroraPostgres("
        "{.version = ...}) or rds::DatabaseInstanceEngine::postgres({.version = ...}) (the engine of the database)");
  }
  const auto family = props.engine->parameterGroupFamily();
  if (!family) {
    throw cdk::ConstructError(
        node().path(),
        "ParameterGroup cannot be used with an engine that doesn't specify a version; give the "
        "engine a version (e.g. AuroraPostgresEngineVersion::VER_15_5 or PostgresEngineVersion::VER_15_4)");
  }
  family_ = *family;
}

ParameterGroup::~ParameterGroup() = default;

IParameterGroup& ParameterGroup::fromParameterGroupName(cdk::Construct& scope, std::string_view id,
                                                        std::string parameterGroupName) {
  return scope.make<ImportedParameterGroup>(id, std::move(parameterGroupName));
}

ParameterGroup& ParameterGroup::forCluster(cdk::Construct& scope, std::string_view id, ParameterGroupProps props) {
  auto& group = scope.make<ParameterGroup>(id, std::move(props));
  group.bindToCluster();
  return group;
}

ParameterGroup& ParameterGroup::forInstance(cdk::Construct& scope, std::string_view id, ParameterGroupProps props) {
  auto& group = scope.make<ParameterGroup>(id, std::move(props));
  group.bindToInstance();
  return group;
}

cdk::Value ParameterGroup::parametersValue() const {
  // Parameters added after the group's resource was created still count: read them at synthesis.
  return cdk::Lazy::any([this] {
    cdk::Value::Map map;
    for (const auto& [key, value] : parameters_) map.emplace_back(key, value);
    return cdk::Value(std::move(map));
  });
}

ParameterGroupConfig ParameterGroup::bindToCluster() {
  if (!clusterGroup_) {
    const std::string_view id = instanceGroup_ ? "ClusterParameterGroup" : "Resource";
    clusterGroup_ = &make<CfnDBClusterParameterGroup>(
        id, CfnDBClusterParameterGroupProps{
                .dbClusterParameterGroupName = name_ ? std::optional<cdk::Value>(*name_) : std::nullopt,
                .description = description_.value_or("Cluster parameter group for " + family_),
                .family = family_,
                .parameters = parametersValue()});
  }
  if (removalPolicy_) clusterGroup_->applyRemovalPolicy(removalPolicy_);
  return {.parameterGroupName = clusterGroup_->ref()};
}

ParameterGroupConfig ParameterGroup::bindToInstance() {
  if (!instanceGroup_) {
    const std::string_view id = clusterGroup_ ? "InstanceParameterGroup" : "Resource";
    instanceGroup_ = &make<CfnDBParameterGroup>(
        id, CfnDBParameterGroupProps{.dbParameterGroupName = name_ ? std::optional<cdk::Value>(*name_) : std::nullopt,
                                     .description = description_.value_or("Parameter group for " + family_),
                                     .family = family_,
                                     .parameters = parametersValue()});
  }
  if (removalPolicy_) instanceGroup_->applyRemovalPolicy(removalPolicy_);
  return {.parameterGroupName = instanceGroup_->ref()};
}

bool ParameterGroup::addParameter(std::string key, cdk::Value value) {
  for (auto& [k, v] : parameters_) {
    if (k == key) {
      v = std::move(value);
      return true;
    }
  }
  parameters_.emplace_back(std::move(key), std::move(value));
  return true;
}

}  // namespace cdk::rds
