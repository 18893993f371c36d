// Redshift rules (cdk-nag src/rules/redshift).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kRedshiftCluster = "AWS::Redshift::Cluster";

/// `x != undefined && x == 0`.
bool zero(Js value) { return !value.nullish() && looseEquals(value, 0); }

R RedshiftBackupEnabled(const RuleContext& c) {
  return R::of(!zero(c.view.resolveIfPrimitive(c.property("AutomatedSnapshotRetentionPeriod", As::Number))));
}

R RedshiftClusterConfiguration(const RuleContext& c) {
  Js encrypted = c.view.resolveIfPrimitive(c.property("Encrypted", As::Boolean));
  return R::of(!(!truthy(encrypted) || c.property("LoggingProperties").nullish()));
}

R RedshiftClusterMaintenanceSettings(const RuleContext& c) {
  Js upgrade = c.view.resolveIfPrimitive(c.property("AllowVersionUpgrade", As::Boolean));
  Js retention = c.view.resolveIfPrimitive(c.property("AutomatedSnapshotRetentionPeriod", As::Number));
  return R::of(!(zero(retention) || c.property("PreferredMaintenanceWindow").nullish() || upgrade.isFalse()));
}

R RedshiftClusterPublicAccess(const RuleContext& c) {
  return R::of(!c.view.resolveIfPrimitive(c.property("PubliclyAccessible", As::Boolean)).isTrue());
}

R RedshiftEnhancedVPCRoutingEnabled(const RuleContext& c) {
  return R::of(c.view.resolveIfPrimitive(c.property("EnhancedVpcRouting", As::Boolean)).isTrue());
}

/// cdk-nag's isMatchingParameterGroup: the cluster's parameter group, with require_ssl true.
bool requiresSsl(const RuleContext& c, const Resource& group, Js name) {
  const View& v = c.view;
  if (!name.is(group.logicalId) || c.propertyOf(group, "Parameters").nullish()) return false;
  for (Js parameter : v.iterate(c.propertyOf(group, "Parameters"))) {
    if (toLowerCase(v.member(parameter, "ParameterName", As::String)) == "require_ssl" &&
        toLowerCase(v.member(parameter, "ParameterValue", As::String)) == "true") {
      return true;
    }
  }
  return false;
}

R RedshiftRequireTlsSSL(const RuleContext& c) {
  Js name = c.view.resolveResourceFromIntrinsic(c.property("ClusterParameterGroupName", As::String));
  if (name.undefined()) return R::nonCompliant();
  for (const Resource* group : c.index.ofType("AWS::Redshift::ClusterParameterGroup")) {
    if (requiresSsl(c, *group, name)) return R::compliant();
  }
  return R::nonCompliant();
}

const Rule kRedshiftRules[] = {
    {"RedshiftBackupEnabled",
     {kRedshiftCluster},
     RedshiftBackupEnabled,
     "keep automated snapshots (AutomatedSnapshotRetentionPeriod between 1 and 35)."},
    {"RedshiftClusterConfiguration",
     {kRedshiftCluster},
     RedshiftClusterConfiguration,
     "set Encrypted to true and configure audit logging (LoggingProperties)."},
    {"RedshiftClusterMaintenanceSettings",
     {kRedshiftCluster},
     RedshiftClusterMaintenanceSettings,
     "allow version upgrades, keep automated snapshots and set PreferredMaintenanceWindow."},
    {"RedshiftClusterPublicAccess",
     {kRedshiftCluster},
     RedshiftClusterPublicAccess,
     "set PubliclyAccessible to false."},
    {"RedshiftEnhancedVPCRoutingEnabled",
     {kRedshiftCluster},
     RedshiftEnhancedVPCRoutingEnabled,
     "set EnhancedVpcRouting to true."},
    {"RedshiftRequireTlsSSL",
     {kRedshiftCluster},
     RedshiftRequireTlsSSL,
     "use a cluster parameter group of this template with require_ssl true."},
};

}  // namespace

std::span<const Rule> redshiftRules() { return kRedshiftRules; }

}  // namespace cdk::compliance::detail
