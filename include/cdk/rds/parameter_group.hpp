// Parameter groups of databases (aws-cdk-lib's rds.IParameterGroup and rds.ParameterGroup).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/rds/cluster_engine.hpp"
#include "cdk/rds/engine.hpp"
#include "cdk/rds/instance_engine.hpp"

namespace cdk::rds {

class CfnDBClusterParameterGroup;
class CfnDBParameterGroup;

/// What a cluster or an instance renders for a parameter group.
struct ParameterGroupConfig {
  /// The name (a literal for an imported group, { "Ref": <group> } for one created here).
  cdk::Value parameterGroupName{};
};

/// A parameter group, created here or imported.
class CDKPP_API IParameterGroup : public virtual cdk::IResource {
 public:
  /// Makes the group usable by a cluster (creating its AWS::RDS::DBClusterParameterGroup on first use).
  virtual ParameterGroupConfig bindToCluster() = 0;
  /// Makes the group usable by an instance (creating its AWS::RDS::DBParameterGroup on first use).
  virtual ParameterGroupConfig bindToInstance() = 0;
  /// Adds a parameter; false when the group cannot be changed (an imported group).
  virtual bool addParameter(std::string key, cdk::Value value) = 0;
};

struct ParameterGroupProps {
  /// Default "Cluster parameter group for <family>" / "Parameter group for <family>".
  std::optional<std::string> description{};
  /// The engine, which must have a version: its family is the group's family (required). A cluster engine
  /// (DatabaseClusterEngine::auroraPostgres(...)) or an instance engine (DatabaseInstanceEngine::postgres(...)).
  std::optional<Engine> engine{};
  /// The name of the group; default a name CloudFormation generates.
  std::optional<std::string> name{};
  /// Parameters, in this order.
  std::vector<std::pair<std::string, cdk::Value>> parameters{};
  /// Default: CloudFormation's (Delete).
  std::optional<cdk::RemovalPolicy> removalPolicy{};
};

/// A parameter group. Its resources are created when a cluster or instance binds it: the child "Resource"
/// (AWS::RDS::DBClusterParameterGroup or AWS::RDS::DBParameterGroup, whichever comes first), then
/// "ClusterParameterGroup" / "InstanceParameterGroup" for the other kind.
class CDKPP_API ParameterGroup : public cdk::Resource, public virtual IParameterGroup {
 public:
  using Props = ParameterGroupProps;

  /// Throws cdk::ConstructError when the engine is missing or has no version.
  ParameterGroup(cdk::Construct& scope, std::string_view id, ParameterGroupProps props);
  ~ParameterGroup() override;

  /// An existing group by name (a construct without resources).
  static IParameterGroup& fromParameterGroupName(cdk::Construct& scope, std::string_view id,
                                                 std::string parameterGroupName);
  /// A group whose AWS::RDS::DBClusterParameterGroup is created at once.
  static ParameterGroup& forCluster(cdk::Construct& scope, std::string_view id, ParameterGroupProps props);
  /// A group whose AWS::RDS::DBParameterGroup is created at once.
  static ParameterGroup& forInstance(cdk::Construct& scope, std::string_view id, ParameterGroupProps props);

  ParameterGroupConfig bindToCluster() override;
  ParameterGroupConfig bindToInstance() override;
  bool addParameter(std::string key, cdk::Value value) override;
  const std::string& family() const noexcept { return family_; }

 private:
  cdk::Value parametersValue() const;

  std::string family_;
  std::optional<std::string> description_;
  std::optional<std::string> name_;
  std::vector<std::pair<std::string, cdk::Value>> parameters_;
  std::optional<cdk::RemovalPolicy> removalPolicy_;
  CfnDBClusterParameterGroup* clusterGroup_ = nullptr;
  CfnDBParameterGroup* instanceGroup_ = nullptr;
};

}  // namespace cdk::rds
