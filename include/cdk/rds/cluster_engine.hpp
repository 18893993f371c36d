// Aurora database engines and their versions (aws-cdk-lib's rds.DatabaseClusterEngine, rds.IClusterEngine,
// rds.AuroraPostgresEngineVersion and rds.AuroraMysqlEngineVersion).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/rds/engine.hpp"

namespace cdk::rds {

/// What a version of Aurora PostgreSQL supports (aws-cdk-lib's AuroraPostgresEngineFeatures).
struct AuroraPostgresEngineFeatures {
  /// The version can export to S3 (the "s3Export" feature role).
  bool s3Export = false;
  /// The version can import from S3 (the "s3Import" feature role).
  bool s3Import = false;
  /// Aurora Serverless v2 auto-pause; default: computed from the version (>= 16.3, 15.7+, 14.12+, 13.15+).
  std::optional<bool> serverlessV2AutoPauseSupported{};
};

/// A version of Aurora PostgreSQL: the constants aws-cdk-lib 2.276 defines (VER_13_3 ... VER_18_6), or
/// `of("15.5", "15")` for others. Values: copy them freely. The constants are defined in the library: use
/// them at run time, not to initialise other statics.
class CDKPP_API AuroraPostgresEngineVersion {
 public:
  /// A version by its full version ("15.5") and major version ("15", which names the parameter group
  /// family "aurora-postgresql15").
  static AuroraPostgresEngineVersion of(std::string auroraPostgresFullVersion, std::string auroraPostgresMajorVersion,
                                        AuroraPostgresEngineFeatures auroraPostgresFeatures = {});

  static const AuroraPostgresEngineVersion VER_9_6_8;
  static const AuroraPostgresEngineVersion VER_9_6_9;
  static const AuroraPostgresEngineVersion VER_9_6_11;
  static const AuroraPostgresEngineVersion VER_9_6_12;
  static const AuroraPostgresEngineVersion VER_9_6_16;
  static const AuroraPostgresEngineVersion VER_9_6_17;
  static const AuroraPostgresEngineVersion VER_9_6_18;
  static const AuroraPostgresEngineVersion VER_9_6_19;
  static const AuroraPostgresEngineVersion VER_9_6_22;
  static const AuroraPostgresEngineVersion VER_10_4;
  static const AuroraPostgresEngineVersion VER_10_5;
  static const AuroraPostgresEngineVersion VER_10_6;
  static const AuroraPostgresEngineVersion VER_10_7;
  static const AuroraPostgresEngineVersion VER_10_11;
  static const AuroraPostgresEngineVersion VER_10_12;
  static const AuroraPostgresEngineVersion VER_10_13;
  static const AuroraPostgresEngineVersion VER_10_14;
  static const AuroraPostgresEngineVersion VER_10_16;
  static const AuroraPostgresEngineVersion VER_10_17;
  static const AuroraPostgresEngineVersion VER_10_18;
  static const AuroraPostgresEngineVersion VER_10_19;
  static const AuroraPostgresEngineVersion VER_10_20;
  static const AuroraPostgresEngineVersion VER_10_21;
  static const AuroraPostgresEngineVersion VER_11_4;
  static const AuroraPostgresEngineVersion VER_11_6;
  static const AuroraPostgresEngineVersion VER_11_7;
  static const AuroraPostgresEngineVersion VER_11_8;
  static const AuroraPostgresEngineVersion VER_11_9;
  static const AuroraPostgresEngineVersion VER_11_11;
  static const AuroraPostgresEngineVersion VER_11_12;
  static const AuroraPostgresEngineVersion VER_11_13;
  static const AuroraPostgresEngineVersion VER_11_14;
  static const AuroraPostgresEngineVersion VER_11_15;
  static const AuroraPostgresEngineVersion VER_11_16;
  static const AuroraPostgresEngineVersion VER_11_17;
  static const AuroraPostgresEngineVersion VER_11_18;
  static const AuroraPostgresEngineVersion VER_11_19;
  static const AuroraPostgresEngineVersion VER_11_20;
  static const AuroraPostgresEngineVersion VER_11_21;
  static const AuroraPostgresEngineVersion VER_12_4;
  static const AuroraPostgresEngineVersion VER_12_6;
  static const AuroraPostgresEngineVersion VER_12_7;
  static const AuroraPostgresEngineVersion VER_12_8;
  static const AuroraPostgresEngineVersion VER_12_9;
  static const AuroraPostgresEngineVersion VER_12_10;
  static const AuroraPostgresEngineVersion VER_12_11;
  static const AuroraPostgresEngineVersion VER_12_12;
  static const AuroraPostgresEngineVersion VER_12_13;
  static const AuroraPostgresEngineVersion VER_12_14;
  static const AuroraPostgresEngineVersion VER_12_15;
  static const AuroraPostgresEngineVersion VER_12_16;
  static const AuroraPostgresEngineVersion VER_12_17;
  static const AuroraPostgresEngineVersion VER_12_18;
  static const AuroraPostgresEngineVersion VER_12_19;
  static const AuroraPostgresEngineVersion VER_12_20;
  static const AuroraPostgresEngineVersion VER_12_21;
  static const AuroraPostgresEngineVersion VER_12_22;
  static const AuroraPostgresEngineVersion VER_13_3;
  static const AuroraPostgresEngineVersion VER_13_4;
  static const AuroraPostgresEngineVersion VER_13_5;
  static const AuroraPostgresEngineVersion VER_13_6;
  static const AuroraPostgresEngineVersion VER_13_7;
  static const AuroraPostgresEngineVersion VER_13_8;
  static const AuroraPostgresEngineVersion VER_13_9;
  static const AuroraPostgresEngineVersion VER_13_10;
  static const AuroraPostgresEngineVersion VER_13_11;
  static const AuroraPostgresEngineVersion VER_13_12;
  static const AuroraPostgresEngineVersion VER_13_13;
  static const AuroraPostgresEngineVersion VER_13_14;
  static const AuroraPostgresEngineVersion VER_13_15;
  static const AuroraPostgresEngineVersion VER_13_16;
  static const AuroraPostgresEngineVersion VER_13_17;
  static const AuroraPostgresEngineVersion VER_13_18;
  static const AuroraPostgresEngineVersion VER_13_20;
  static const AuroraPostgresEngineVersion VER_13_21;
  static const AuroraPostgresEngineVersion VER_13_22;
  static const AuroraPostgresEngineVersion VER_13_23;
  static const AuroraPostgresEngineVersion VER_14_3;
  static const AuroraPostgresEngineVersion VER_14_4;
  static const AuroraPostgresEngineVersion VER_14_5;
  static const AuroraPostgresEngineVersion VER_14_6;
  static const AuroraPostgresEngineVersion VER_14_7;
  static const AuroraPostgresEngineVersion VER_14_8;
  static const AuroraPostgresEngineVersion VER_14_9;
  static const AuroraPostgresEngineVersion VER_14_10;
  static const AuroraPostgresEngineVersion VER_14_11;
  static const AuroraPostgresEngineVersion VER_14_12;
  static const AuroraPostgresEngineVersion VER_14_13;
  static const AuroraPostgresEngineVersion VER_14_14;
  static const AuroraPostgresEngineVersion VER_14_15;
  static const AuroraPostgresEngineVersion VER_14_17;
  static const AuroraPostgresEngineVersion VER_14_18;
  static const AuroraPostgresEngineVersion VER_14_19;
  static const AuroraPostgresEngineVersion VER_14_20;
  static const AuroraPostgresEngineVersion VER_14_22;
  static const AuroraPostgresEngineVersion VER_15_2;
  static const AuroraPostgresEngineVersion VER_15_3;
  static const AuroraPostgresEngineVersion VER_15_4;
  static const AuroraPostgresEngineVersion VER_15_5;
  static const AuroraPostgresEngineVersion VER_15_6;
  static const AuroraPostgresEngineVersion VER_15_7;
  static const AuroraPostgresEngineVersion VER_15_8;
  static const AuroraPostgresEngineVersion VER_15_9;
  static const AuroraPostgresEngineVersion VER_15_10;
  static const AuroraPostgresEngineVersion VER_15_12;
  static const AuroraPostgresEngineVersion VER_15_13;
  static const AuroraPostgresEngineVersion VER_15_14;
  static const AuroraPostgresEngineVersion VER_15_15;
  static const AuroraPostgresEngineVersion VER_15_17;
  static const AuroraPostgresEngineVersion VER_16_0;
  static const AuroraPostgresEngineVersion VER_16_1;
  static const AuroraPostgresEngineVersion VER_16_2;
  static const AuroraPostgresEngineVersion VER_16_3;
  static const AuroraPostgresEngineVersion VER_16_4;
  static const AuroraPostgresEngineVersion VER_16_4_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_16_5;
  static const AuroraPostgresEngineVersion VER_16_6;
  static const AuroraPostgresEngineVersion VER_16_6_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_16_8;
  static const AuroraPostgresEngineVersion VER_16_8_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_16_9;
  static const AuroraPostgresEngineVersion VER_16_9_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_16_10;
  static const AuroraPostgresEngineVersion VER_16_10_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_16_11;
  static const AuroraPostgresEngineVersion VER_16_11_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_16_13;
  static const AuroraPostgresEngineVersion VER_16_13_LIMITLESS;
  static const AuroraPostgresEngineVersion VER_17_1;
  static const AuroraPostgresEngineVersion VER_17_2;
  static const AuroraPostgresEngineVersion VER_17_4;
  static const AuroraPostgresEngineVersion VER_17_5;
  static const AuroraPostgresEngineVersion VER_17_6;
  static const AuroraPostgresEngineVersion VER_17_7;
  static const AuroraPostgresEngineVersion VER_17_9;
  static const AuroraPostgresEngineVersion VER_18_3;
  static const AuroraPostgresEngineVersion VER_18_4;
  static const AuroraPostgresEngineVersion VER_18_6;

  const std::string& auroraPostgresFullVersion() const noexcept { return fullVersion_; }
  const std::string& auroraPostgresMajorVersion() const noexcept { return majorVersion_; }
  bool s3Import() const noexcept { return s3Import_; }
  bool s3Export() const noexcept { return s3Export_; }
  bool serverlessV2AutoPauseSupported() const noexcept { return serverlessV2AutoPauseSupported_; }

 private:
  AuroraPostgresEngineVersion(std::string fullVersion, std::string majorVersion, bool s3Import, bool s3Export,
                              bool serverlessV2AutoPauseSupported);
  std::string fullVersion_;
  std::string majorVersion_;
  bool s3Import_;
  bool s3Export_;
  bool serverlessV2AutoPauseSupported_;
};

/// A version of Aurora MySQL: the constants aws-cdk-lib 2.276 defines (VER_2_xx_x for MySQL 5.7,
/// VER_3_xx_x for MySQL 8.0), or `of("8.0.mysql_aurora.3.05.2", "8.0")` for others. The constants are
/// defined in the library: use them at run time, not to initialise other statics.
class CDKPP_API AuroraMysqlEngineVersion {
 public:
  /// A version by its full version ("8.0.mysql_aurora.3.05.2") and major version ("8.0", which names the
  /// parameter group family "aurora-mysql8.0").
  static AuroraMysqlEngineVersion of(std::string auroraMysqlFullVersion, std::string auroraMysqlMajorVersion);

  static const AuroraMysqlEngineVersion VER_5_7_12;
  static const AuroraMysqlEngineVersion VER_2_02_3;
  static const AuroraMysqlEngineVersion VER_2_03_2;
  static const AuroraMysqlEngineVersion VER_2_03_3;
  static const AuroraMysqlEngineVersion VER_2_03_4;
  static const AuroraMysqlEngineVersion VER_2_04_0;
  static const AuroraMysqlEngineVersion VER_2_04_1;
  static const AuroraMysqlEngineVersion VER_2_04_2;
  static const AuroraMysqlEngineVersion VER_2_04_3;
  static const AuroraMysqlEngineVersion VER_2_04_4;
  static const AuroraMysqlEngineVersion VER_2_04_5;
  static const AuroraMysqlEngineVersion VER_2_04_6;
  static const AuroraMysqlEngineVersion VER_2_04_7;
  static const AuroraMysqlEngineVersion VER_2_04_8;
  static const AuroraMysqlEngineVersion VER_2_04_9;
  static const AuroraMysqlEngineVersion VER_2_05_0;
  static const AuroraMysqlEngineVersion VER_2_05_1;
  static const AuroraMysqlEngineVersion VER_2_06_0;
  static const AuroraMysqlEngineVersion VER_2_07_0;
  static const AuroraMysqlEngineVersion VER_2_07_1;
  static const AuroraMysqlEngineVersion VER_2_07_2;
  static const AuroraMysqlEngineVersion VER_2_07_3;
  static const AuroraMysqlEngineVersion VER_2_07_4;
  static const AuroraMysqlEngineVersion VER_2_07_5;
  static const AuroraMysqlEngineVersion VER_2_07_6;
  static const AuroraMysqlEngineVersion VER_2_07_7;
  static const AuroraMysqlEngineVersion VER_2_07_8;
  static const AuroraMysqlEngineVersion VER_2_07_9;
  static const AuroraMysqlEngineVersion VER_2_07_10;
  static const AuroraMysqlEngineVersion VER_2_08_0;
  static const AuroraMysqlEngineVersion VER_2_08_1;
  static const AuroraMysqlEngineVersion VER_2_08_2;
  static const AuroraMysqlEngineVersion VER_2_08_3;
  static const AuroraMysqlEngineVersion VER_2_08_4;
  static const AuroraMysqlEngineVersion VER_2_09_0;
  static const AuroraMysqlEngineVersion VER_2_09_1;
  static const AuroraMysqlEngineVersion VER_2_09_2;
  static const AuroraMysqlEngineVersion VER_2_09_3;
  static const AuroraMysqlEngineVersion VER_2_10_0;
  static const AuroraMysqlEngineVersion VER_2_10_1;
  static const AuroraMysqlEngineVersion VER_2_10_2;
  static const AuroraMysqlEngineVersion VER_2_10_3;
  static const AuroraMysqlEngineVersion VER_2_11_0;
  static const AuroraMysqlEngineVersion VER_2_11_1;
  static const AuroraMysqlEngineVersion VER_2_11_2;
  static const AuroraMysqlEngineVersion VER_2_11_3;
  static const AuroraMysqlEngineVersion VER_2_11_4;
  static const AuroraMysqlEngineVersion VER_2_11_5;
  static const AuroraMysqlEngineVersion VER_2_11_6;
  static const AuroraMysqlEngineVersion VER_2_12_0;
  static const AuroraMysqlEngineVersion VER_2_12_1;
  static const AuroraMysqlEngineVersion VER_2_12_2;
  static const AuroraMysqlEngineVersion VER_2_12_3;
  static const AuroraMysqlEngineVersion VER_2_12_4;
  static const AuroraMysqlEngineVersion VER_2_12_5;
  static const AuroraMysqlEngineVersion VER_2_12_6;
  static const AuroraMysqlEngineVersion VER_3_01_0;
  static const AuroraMysqlEngineVersion VER_3_01_1;
  static const AuroraMysqlEngineVersion VER_3_02_0;
  static const AuroraMysqlEngineVersion VER_3_02_1;
  static const AuroraMysqlEngineVersion VER_3_02_2;
  static const AuroraMysqlEngineVersion VER_3_02_3;
  static const AuroraMysqlEngineVersion VER_3_03_0;
  static const AuroraMysqlEngineVersion VER_3_03_1;
  static const AuroraMysqlEngineVersion VER_3_03_2;
  static const AuroraMysqlEngineVersion VER_3_03_3;
  static const AuroraMysqlEngineVersion VER_3_04_0;
  static const AuroraMysqlEngineVersion VER_3_04_1;
  static const AuroraMysqlEngineVersion VER_3_04_2;
  static const AuroraMysqlEngineVersion VER_3_04_3;
  static const AuroraMysqlEngineVersion VER_3_04_4;
  static const AuroraMysqlEngineVersion VER_3_04_6;
  static const AuroraMysqlEngineVersion VER_3_05_0;
  static const AuroraMysqlEngineVersion VER_3_05_1;
  static const AuroraMysqlEngineVersion VER_3_05_2;
  static const AuroraMysqlEngineVersion VER_3_06_0;
  static const AuroraMysqlEngineVersion VER_3_06_1;
  static const AuroraMysqlEngineVersion VER_3_07_0;
  static const AuroraMysqlEngineVersion VER_3_07_1;
  static const AuroraMysqlEngineVersion VER_3_08_0;
  static const AuroraMysqlEngineVersion VER_3_08_1;
  static const AuroraMysqlEngineVersion VER_3_08_2;
  static const AuroraMysqlEngineVersion VER_3_09_0;
  static const AuroraMysqlEngineVersion VER_3_10_0;
  static const AuroraMysqlEngineVersion VER_3_10_1;
  static const AuroraMysqlEngineVersion VER_3_10_2;
  static const AuroraMysqlEngineVersion VER_3_10_3;
  static const AuroraMysqlEngineVersion VER_3_10_4;
  static const AuroraMysqlEngineVersion VER_3_11_0;
  static const AuroraMysqlEngineVersion VER_3_11_1;
  static const AuroraMysqlEngineVersion VER_3_12_0;

  const std::string& auroraMysqlFullVersion() const noexcept { return fullVersion_; }
  const std::string& auroraMysqlMajorVersion() const noexcept { return majorVersion_; }
  bool combineImportAndExportRoles() const noexcept { return combineImportAndExportRoles_; }
  bool serverlessV2AutoPauseSupported() const noexcept { return serverlessV2AutoPauseSupported_; }

 private:
  AuroraMysqlEngineVersion(std::string fullVersion, std::string majorVersion, bool combineImportAndExportRoles,
                           bool serverlessV2AutoPauseSupported);
  static AuroraMysqlEngineVersion builtIn57(std::string_view minorVersion);
  static AuroraMysqlEngineVersion builtIn80(std::string_view minorVersion);
  std::string fullVersion_;
  std::string majorVersion_;
  bool combineImportAndExportRoles_;
  bool serverlessV2AutoPauseSupported_;
};

/// What an engine supports (aws-cdk-lib's ClusterEngineFeatures).
struct ClusterEngineFeatures {
  /// The feature name of the S3 export role ("s3Export"), when supported.
  std::optional<std::string> s3Export{};
  /// The feature name of the S3 import role ("s3Import"), when supported.
  std::optional<std::string> s3Import{};
  bool serverlessV2AutoPauseSupported = false;
};

/// A cluster database engine (aws-cdk-lib's IClusterEngine), made by DatabaseClusterEngine. A value: copy
/// it freely.
/// Engine type "aurora-postgresql" or "aurora-mysql"; parameterGroupFamily() "aurora-postgresql15".
class CDKPP_API ClusterEngine : public Engine {
 public:
  /// The port rendered when the cluster has no `port`: 5432 for PostgreSQL; none for MySQL (the service's
  /// default 3306 applies).
  const std::optional<int>& defaultPort() const noexcept { return defaultPort_; }
  const ClusterEngineFeatures& features() const noexcept { return features_; }
  /// The log types CloudWatch Logs exports accept.
  const std::vector<std::string>& supportedLogTypes() const noexcept { return supportedLogTypes_; }
  /// Whether S3 import and export share one role (Aurora MySQL 8.0).
  bool combineImportAndExportRoles() const noexcept { return combineImportAndExportRoles_; }
  /// The construct id of the default parameter group a cluster gets
  /// ("AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup").
  const std::string& defaultParameterGroupId() const noexcept { return defaultParameterGroupId_; }

 private:
  friend class DatabaseClusterEngine;
  ClusterEngine() = default;
  std::optional<int> defaultPort_;
  ClusterEngineFeatures features_;
  std::vector<std::string> supportedLogTypes_;
  bool combineImportAndExportRoles_ = false;
  std::string defaultParameterGroupId_;
};

/// aws-cdk-lib's name for the engine type.
using IClusterEngine = ClusterEngine;

struct AuroraPostgresClusterEngineProps {
  /// The version (required).
  std::optional<AuroraPostgresEngineVersion> version{};
};

struct AuroraMysqlClusterEngineProps {
  /// The version; default: none rendered (the service default, major version 5.7 for the parameter group).
  std::optional<AuroraMysqlEngineVersion> version{};
};

/// The engines of Aurora clusters.
class CDKPP_API DatabaseClusterEngine {
 public:
  /// Aurora PostgreSQL: Engine "aurora-postgresql", port 5432, user "postgres", default parameter group
  /// "default.aurora-postgresql<major>".
  static ClusterEngine auroraPostgres(AuroraPostgresClusterEngineProps props);
  /// Aurora MySQL: Engine "aurora-mysql", no Port rendered, user "admin", default parameter group
  /// "default.aurora-mysql<major>".
  static ClusterEngine auroraMysql(AuroraMysqlClusterEngineProps props = {});

  /// Unversioned engines. A cluster with the unversioned PostgreSQL engine needs a parameterGroup.
  static const ClusterEngine AURORA_POSTGRESQL;
  static const ClusterEngine AURORA_MYSQL;
};

}  // namespace cdk::rds
