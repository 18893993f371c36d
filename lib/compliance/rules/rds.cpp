// RDS rules (cdk-nag src/rules/rds): instances, Aurora clusters, DB security groups.
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kInstance = "AWS::RDS::DBInstance";
constexpr std::string_view kCluster = "AWS::RDS::DBCluster";

bool isInstance(const RuleContext& c) { return c.resource.type == kInstance; }

/// `engine == undefined || !engine.toLowerCase().includes('aurora')`.
bool notAurora(Js engine) { return engine.nullish() || toLowerCase(engine).find("aurora") == std::string::npos; }

/// The log exports a configuration needs that `exports` lacks, as findings `LogExport::<name>`.
std::vector<std::string> missingExports(Js exports, std::initializer_list<std::string_view> needed) {
  std::vector<std::string> findings;
  for (std::string_view log : needed) {
    if (!includes(exports, log)) findings.push_back("LogExport::" + std::string(log));
  }
  return findings;
}

/// `resolve(node.enableCloudwatchLogsExports) ?? []`.
Js logExports(const RuleContext& c) {
  Js exports = c.property("EnableCloudwatchLogsExports", As::String);
  return exports.nullish() ? c.view.keep(json::array()) : exports;
}

R RDSAutomaticMinorVersionUpgradeEnabled(const RuleContext& c) {
  return R::of(!c.view.resolveIfPrimitive(c.property("AutoMinorVersionUpgrade", As::Boolean)).isFalse());
}

R RDSEnhancedMonitoringEnabled(const RuleContext& c) {
  Js interval = c.view.resolveIfPrimitive(c.property("MonitoringInterval", As::Number));
  return R::of(!(interval.nullish() || lessOrEqual(interval, 0)));
}

R RDSInBackupPlan(const RuleContext& c) { return R::of(inBackupPlan(c, c.resource.logicalId)); }

R RDSInstanceBackupEnabled(const RuleContext& c) {
  Js retention = c.view.resolveIfPrimitive(c.property("BackupRetentionPeriod", As::Number));
  return R::of(!(!retention.undefined() && lessOrEqual(retention, 0)));
}

R RDSInstanceDeletionProtectionEnabled(const RuleContext& c) {
  const View& v = c.view;
  if (!isInstance(c)) {
    if (c.property("DeletionProtection").nullish()) return R::nonCompliant();
    return R::of(!looseEqualsBool(v.resolveIfPrimitive(c.property("DeletionProtection", As::Boolean)), false));
  }
  Js protection = v.resolveIfPrimitive(c.property("DeletionProtection", As::Boolean));
  Js engine = v.resolveIfPrimitive(c.property("Engine", As::String));
  return R::of(!((looseEqualsBool(protection, false) || protection.nullish()) && notAurora(engine)));
}

R RDSInstancePublicAccess(const RuleContext& c) {
  return R::of(c.view.resolveIfPrimitive(c.property("PubliclyAccessible", As::Boolean)).isFalse());
}

R RDSLoggingEnabled(const RuleContext& c) {
  const View& v = c.view;
  if (isInstance(c)) {
    const std::string type = toJsString(v.resolveIfPrimitive(c.property("Engine", As::String)));
    Js exports = logExports(c);
    if (type.find("aurora") != std::string::npos) return R::notApplicable();
    const auto has = [&type](std::string_view word) { return type.find(word) != std::string::npos; };
    if (has("mariadb") || has("mysql"))
      return R::withFindings(missingExports(exports, {"audit", "error", "general", "slowquery"}));
    if (has("postgres")) return R::withFindings(missingExports(exports, {"postgresql", "upgrade"}));
    if (has("oracle"))
      return R::withFindings(missingExports(exports, {"audit", "alert", "listener", "oemagent", "trace"}));
    if (has("sqlserver")) return R::withFindings(missingExports(exports, {"agent", "error"}));
    return R::compliant();
  }
  const std::string engine = toLowerCase(v.resolveIfPrimitive(c.property("Engine", As::String)));
  Js exports = logExports(c);
  if (engine == "aurora" || engine == "aurora-mysql") {
    return R::withFindings(missingExports(exports, {"audit", "error", "general", "slowquery"}));
  }
  if (engine == "aurora-postgresql") return R::withFindings(missingExports(exports, {"postgresql"}));
  return R::compliant();
}

R RDSMultiAZSupport(const RuleContext& c) {
  Js multiAz = c.view.resolveIfPrimitive(c.property("MultiAZ", As::Boolean));
  Js engine = c.view.resolveIfPrimitive(c.property("Engine", As::String));
  return R::of(!(!truthy(multiAz) && notAurora(engine)));
}

R RDSStorageEncrypted(const RuleContext& c) {
  const View& v = c.view;
  if (!isInstance(c)) {
    if (c.property("StorageEncrypted").nullish()) return R::nonCompliant();
    return R::of(!looseEqualsBool(v.resolveIfPrimitive(c.property("StorageEncrypted", As::Boolean)), false));
  }
  Js encrypted = v.resolveIfPrimitive(c.property("StorageEncrypted", As::Boolean));
  // The engine is read without resolution: an intrinsic there is a token string, never "aurora".
  Js engine = c.property("Engine", As::String);
  const bool aurora = !engine.nullish() && rawLower(engine).find("aurora") != std::string::npos;
  return R::of(!((looseEqualsBool(encrypted, false) || encrypted.nullish()) && !aurora));
}

R AuroraMySQLPostgresIAMAuth(const RuleContext& c) {
  if (rawLower(c.property("Engine", As::String)).find("aurora") != std::string::npos) {
    if (c.property("EnableIAMDatabaseAuthentication").nullish()) return R::nonCompliant();
    Js auth = c.view.resolveIfPrimitive(c.property("EnableIAMDatabaseAuthentication", As::Boolean));
    if (looseEqualsBool(auth, false)) return R::nonCompliant();
  }
  return R::compliant();
}

R RDSRestrictedInbound(const RuleContext& c) {
  const View& v = c.view;
  const auto open = [](Js cidr) { return !cidr.nullish() && includes(cidr, "/0"); };
  if (c.resource.type == "AWS::RDS::DBSecurityGroupIngress") {
    return R::of(!open(v.resolveIfPrimitive(c.property("CIDRIP", As::String))));
  }
  Js rules = c.property("DBSecurityGroupIngress");
  if (!rules.nullish()) {
    for (Js rule : v.iterate(rules)) {
      if (open(v.resolveIfPrimitive(v.member(rule, "CIDRIP", As::String)))) return R::nonCompliant();
    }
  }
  return R::compliant();
}

R RDSNonDefaultPort(const RuleContext& c) {
  const View& v = c.view;
  if (!isInstance(c)) {
    if (c.property("Port").nullish()) return R::nonCompliant();
    Js port = v.resolveIfPrimitive(c.property("Port", As::Number));
    const std::string engine = toLowerCase(v.resolveIfPrimitive(c.property("Engine", As::String)));
    Js mode = v.resolveIfPrimitive(c.property("EngineMode", As::String));
    if (mode.nullish() || toLowerCase(mode) == "provisioned") {
      if (engine.find("aurora") != std::string::npos && looseEquals(port, 3306)) return R::nonCompliant();
    } else if ((engine == "aurora" || engine == "aurora-mysql") && looseEquals(port, 3306)) {
      return R::nonCompliant();
    } else if (engine == "aurora-postgresql" && looseEquals(port, 5432)) {
      return R::nonCompliant();
    }
    return R::compliant();
  }
  if (c.property("Engine").nullish()) return R::nonCompliant();
  Js port = v.resolveIfPrimitive(c.property("Port", As::String));
  const std::string engine = toLowerCase(v.resolveIfPrimitive(c.property("Engine", As::String)));
  if (port.nullish()) return R::of(engine.find("aurora") != std::string::npos);
  if ((engine == "mariadb" || engine == "mysql") && looseEquals(port, 3306)) return R::nonCompliant();
  if (engine == "postgres" && looseEquals(port, 5432)) return R::nonCompliant();
  if (engine.find("oracle") != std::string::npos && looseEquals(port, 1521)) return R::nonCompliant();
  if (engine.find("sqlserver") != std::string::npos && looseEquals(port, 1433)) return R::nonCompliant();
  return R::compliant();
}

R AuroraMySQLBacktrack(const RuleContext& c) {
  const std::string engine = toLowerCase(c.view.resolveIfPrimitive(c.property("Engine", As::String)));
  Js window = c.view.resolveIfPrimitive(c.property("BacktrackWindow", As::Number));
  if (engine == "aurora" || engine == "aurora-mysql") {
    if (window.nullish() || looseEquals(window, 0)) return R::nonCompliant();
  }
  return R::compliant();
}

R AuroraMySQLLogging(const RuleContext& c) {
  const std::string engine = toLowerCase(c.view.resolveIfPrimitive(c.property("Engine", As::String)));
  Js mode = c.view.resolveIfPrimitive(c.property("EngineMode", As::String));
  if (!mode.nullish() && toLowerCase(mode) == "serverless" && (engine == "aurora" || engine == "aurora-mysql")) {
    return R::withFindings(missingExports(logExports(c), {"audit", "error", "general", "slowquery"}));
  }
  return R::compliant();
}

const Rule kRdsRules[] = {
    {"RDSAutomaticMinorVersionUpgradeEnabled",
     {kInstance},
     RDSAutomaticMinorVersionUpgradeEnabled,
     "do not set AutoMinorVersionUpgrade to false."},
    {"RDSEnhancedMonitoringEnabled",
     {kInstance},
     RDSEnhancedMonitoringEnabled,
     "enable enhanced monitoring (MonitoringInterval above 0, monitoringInterval)."},
    {"RDSInBackupPlan",
     {kInstance},
     RDSInBackupPlan,
     "add the DB instance to an AWS Backup plan (a BackupSelection naming it)."},
    {"RDSInstanceBackupEnabled",
     {kInstance},
     RDSInstanceBackupEnabled,
     "keep automated backups (BackupRetentionPeriod above 0)."},
    {"RDSInstanceDeletionProtectionEnabled",
     {kCluster, kInstance},
     RDSInstanceDeletionProtectionEnabled,
     "set DeletionProtection to true (deletionProtection)."},
    {"RDSInstancePublicAccess", {kInstance}, RDSInstancePublicAccess, "set PubliclyAccessible to false."},
    {"RDSLoggingEnabled",
     {kCluster, kInstance},
     RDSLoggingEnabled,
     "export every log type of the engine to CloudWatch Logs (EnableCloudwatchLogsExports, "
     "cloudwatchLogsExports)."},
    {"RDSMultiAZSupport", {kInstance}, RDSMultiAZSupport, "set MultiAZ to true."},
    {"RDSStorageEncrypted",
     {kCluster, kInstance},
     RDSStorageEncrypted,
     "set StorageEncrypted to true (storageEncrypted, with a customer managed key)."},
    {"AuroraMySQLPostgresIAMAuth",
     {kCluster},
     AuroraMySQLPostgresIAMAuth,
     "enable IAM database authentication (EnableIAMDatabaseAuthentication, iamAuthentication)."},
    {"RDSRestrictedInbound",
     {"AWS::RDS::DBSecurityGroup", "AWS::RDS::DBSecurityGroupIngress"},
     RDSRestrictedInbound,
     "allow ingress from known CIDRs instead of 0.0.0.0/0."},
    {"RDSNonDefaultPort", {kCluster, kInstance}, RDSNonDefaultPort, "set Port to one other than the engine's default."},
    {"AuroraMySQLBacktrack", {kCluster}, AuroraMySQLBacktrack, "enable backtracking (BacktrackWindow above 0)."},
    {"AuroraMySQLLogging",
     {kCluster},
     AuroraMySQLLogging,
     "export the audit, error, general and slowquery logs (EnableCloudwatchLogsExports)."},
};

}  // namespace

std::span<const Rule> rdsRules() { return kRdsRules; }

}  // namespace cdk::compliance::detail
