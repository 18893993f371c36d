// The engines of database instances and their versions (aws-cdk-lib's rds.DatabaseInstanceEngine,
// rds.IInstanceEngine, rds.PostgresEngineVersion and rds.MysqlEngineVersion).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/rds/engine.hpp"

namespace cdk::rds {

/// What a version of PostgreSQL supports (aws-cdk-lib's PostgresEngineFeatures).
struct PostgresEngineFeatures {
  /// The version can export to S3 (the "s3Export" feature role).
  bool s3Export = false;
  /// The version can import from S3 (the "s3Import" feature role).
  bool s3Import = false;
};

/// A version of RDS for PostgreSQL: the constants aws-cdk-lib 2.276 defines (VER_9_5 ... VER_18_3), or
/// `of("15.4", "15")` for others. Values: copy them freely. The constants are defined in the library: use
/// them at run time, not to initialise other statics.
class CDKPP_API PostgresEngineVersion {
 public:
  /// A version by its full version ("15.4") and major version ("15", which names the parameter group family
  /// "postgres15").
  static PostgresEngineVersion of(std::string postgresFullVersion, std::string postgresMajorVersion,
                                  PostgresEngineFeatures postgresFeatures = {});

  // Listed by tools/cdk-fixtures/constants.js rds-versions-hpp.
  static const PostgresEngineVersion VER_9_5;
  static const PostgresEngineVersion VER_9_5_2;
  static const PostgresEngineVersion VER_9_5_4;
  static const PostgresEngineVersion VER_9_5_6;
  static const PostgresEngineVersion VER_9_5_7;
  static const PostgresEngineVersion VER_9_5_9;
  static const PostgresEngineVersion VER_9_5_10;
  static const PostgresEngineVersion VER_9_5_12;
  static const PostgresEngineVersion VER_9_5_13;
  static const PostgresEngineVersion VER_9_5_14;
  static const PostgresEngineVersion VER_9_5_15;
  static const PostgresEngineVersion VER_9_5_16;
  static const PostgresEngineVersion VER_9_5_18;
  static const PostgresEngineVersion VER_9_5_19;
  static const PostgresEngineVersion VER_9_5_20;
  static const PostgresEngineVersion VER_9_5_21;
  static const PostgresEngineVersion VER_9_5_22;
  static const PostgresEngineVersion VER_9_5_23;
  static const PostgresEngineVersion VER_9_5_24;
  static const PostgresEngineVersion VER_9_5_25;
  static const PostgresEngineVersion VER_9_6;
  static const PostgresEngineVersion VER_9_6_1;
  static const PostgresEngineVersion VER_9_6_2;
  static const PostgresEngineVersion VER_9_6_3;
  static const PostgresEngineVersion VER_9_6_5;
  static const PostgresEngineVersion VER_9_6_6;
  static const PostgresEngineVersion VER_9_6_8;
  static const PostgresEngineVersion VER_9_6_9;
  static const PostgresEngineVersion VER_9_6_10;
  static const PostgresEngineVersion VER_9_6_11;
  static const PostgresEngineVersion VER_9_6_12;
  static const PostgresEngineVersion VER_9_6_14;
  static const PostgresEngineVersion VER_9_6_15;
  static const PostgresEngineVersion VER_9_6_16;
  static const PostgresEngineVersion VER_9_6_17;
  static const PostgresEngineVersion VER_9_6_18;
  static const PostgresEngineVersion VER_9_6_19;
  static const PostgresEngineVersion VER_9_6_20;
  static const PostgresEngineVersion VER_9_6_21;
  static const PostgresEngineVersion VER_9_6_22;
  static const PostgresEngineVersion VER_9_6_23;
  static const PostgresEngineVersion VER_9_6_24;
  static const PostgresEngineVersion VER_10;
  static const PostgresEngineVersion VER_10_1;
  static const PostgresEngineVersion VER_10_3;
  static const PostgresEngineVersion VER_10_4;
  static const PostgresEngineVersion VER_10_5;
  static const PostgresEngineVersion VER_10_6;
  static const PostgresEngineVersion VER_10_7;
  static const PostgresEngineVersion VER_10_9;
  static const PostgresEngineVersion VER_10_10;
  static const PostgresEngineVersion VER_10_11;
  static const PostgresEngineVersion VER_10_12;
  static const PostgresEngineVersion VER_10_13;
  static const PostgresEngineVersion VER_10_14;
  static const PostgresEngineVersion VER_10_15;
  static const PostgresEngineVersion VER_10_16;
  static const PostgresEngineVersion VER_10_17;
  static const PostgresEngineVersion VER_10_18;
  static const PostgresEngineVersion VER_10_19;
  static const PostgresEngineVersion VER_10_20;
  static const PostgresEngineVersion VER_10_21;
  static const PostgresEngineVersion VER_10_22;
  static const PostgresEngineVersion VER_10_23;
  static const PostgresEngineVersion VER_11;
  static const PostgresEngineVersion VER_11_1;
  static const PostgresEngineVersion VER_11_2;
  static const PostgresEngineVersion VER_11_4;
  static const PostgresEngineVersion VER_11_5;
  static const PostgresEngineVersion VER_11_6;
  static const PostgresEngineVersion VER_11_7;
  static const PostgresEngineVersion VER_11_8;
  static const PostgresEngineVersion VER_11_9;
  static const PostgresEngineVersion VER_11_10;
  static const PostgresEngineVersion VER_11_11;
  static const PostgresEngineVersion VER_11_12;
  static const PostgresEngineVersion VER_11_13;
  static const PostgresEngineVersion VER_11_14;
  static const PostgresEngineVersion VER_11_15;
  static const PostgresEngineVersion VER_11_16;
  static const PostgresEngineVersion VER_11_17;
  static const PostgresEngineVersion VER_11_18;
  static const PostgresEngineVersion VER_11_19;
  static const PostgresEngineVersion VER_11_20;
  static const PostgresEngineVersion VER_11_21;
  static const PostgresEngineVersion VER_11_22;
  static const PostgresEngineVersion VER_11_22_RDS_20240418;
  static const PostgresEngineVersion VER_11_22_RDS_20240509;
  static const PostgresEngineVersion VER_11_22_RDS_20240808;
  static const PostgresEngineVersion VER_11_22_RDS_20241121;
  static const PostgresEngineVersion VER_11_22_RDS_20250220;
  static const PostgresEngineVersion VER_11_22_RDS_20250508;
  static const PostgresEngineVersion VER_11_22_RDS_20250814;
  static const PostgresEngineVersion VER_11_22_RDS_20251114;
  static const PostgresEngineVersion VER_12;
  static const PostgresEngineVersion VER_12_2;
  static const PostgresEngineVersion VER_12_3;
  static const PostgresEngineVersion VER_12_4;
  static const PostgresEngineVersion VER_12_5;
  static const PostgresEngineVersion VER_12_6;
  static const PostgresEngineVersion VER_12_7;
  static const PostgresEngineVersion VER_12_8;
  static const PostgresEngineVersion VER_12_9;
  static const PostgresEngineVersion VER_12_10;
  static const PostgresEngineVersion VER_12_11;
  static const PostgresEngineVersion VER_12_12;
  static const PostgresEngineVersion VER_12_13;
  static const PostgresEngineVersion VER_12_14;
  static const PostgresEngineVersion VER_12_15;
  static const PostgresEngineVersion VER_12_16;
  static const PostgresEngineVersion VER_12_17;
  static const PostgresEngineVersion VER_12_18;
  static const PostgresEngineVersion VER_12_19;
  static const PostgresEngineVersion VER_12_20;
  static const PostgresEngineVersion VER_12_21;
  static const PostgresEngineVersion VER_12_22;
  static const PostgresEngineVersion VER_12_22_RDS_20250220;
  static const PostgresEngineVersion VER_12_22_RDS_20250508;
  static const PostgresEngineVersion VER_12_22_RDS_20250814;
  static const PostgresEngineVersion VER_12_22_RDS_20251114;
  static const PostgresEngineVersion VER_13;
  static const PostgresEngineVersion VER_13_1;
  static const PostgresEngineVersion VER_13_2;
  static const PostgresEngineVersion VER_13_3;
  static const PostgresEngineVersion VER_13_4;
  static const PostgresEngineVersion VER_13_5;
  static const PostgresEngineVersion VER_13_6;
  static const PostgresEngineVersion VER_13_7;
  static const PostgresEngineVersion VER_13_8;
  static const PostgresEngineVersion VER_13_9;
  static const PostgresEngineVersion VER_13_10;
  static const PostgresEngineVersion VER_13_11;
  static const PostgresEngineVersion VER_13_12;
  static const PostgresEngineVersion VER_13_13;
  static const PostgresEngineVersion VER_13_14;
  static const PostgresEngineVersion VER_13_15;
  static const PostgresEngineVersion VER_13_16;
  static const PostgresEngineVersion VER_13_17;
  static const PostgresEngineVersion VER_13_18;
  static const PostgresEngineVersion VER_13_19;
  static const PostgresEngineVersion VER_13_20;
  static const PostgresEngineVersion VER_13_21;
  static const PostgresEngineVersion VER_13_22;
  static const PostgresEngineVersion VER_13_23;
  static const PostgresEngineVersion VER_14;
  static const PostgresEngineVersion VER_14_1;
  static const PostgresEngineVersion VER_14_2;
  static const PostgresEngineVersion VER_14_3;
  static const PostgresEngineVersion VER_14_4;
  static const PostgresEngineVersion VER_14_5;
  static const PostgresEngineVersion VER_14_6;
  static const PostgresEngineVersion VER_14_7;
  static const PostgresEngineVersion VER_14_8;
  static const PostgresEngineVersion VER_14_9;
  static const PostgresEngineVersion VER_14_10;
  static const PostgresEngineVersion VER_14_11;
  static const PostgresEngineVersion VER_14_12;
  static const PostgresEngineVersion VER_14_13;
  static const PostgresEngineVersion VER_14_14;
  static const PostgresEngineVersion VER_14_15;
  static const PostgresEngineVersion VER_14_16;
  static const PostgresEngineVersion VER_14_17;
  static const PostgresEngineVersion VER_14_18;
  static const PostgresEngineVersion VER_14_19;
  static const PostgresEngineVersion VER_14_20;
  static const PostgresEngineVersion VER_14_21;
  static const PostgresEngineVersion VER_14_22;
  static const PostgresEngineVersion VER_15;
  static const PostgresEngineVersion VER_15_2;
  static const PostgresEngineVersion VER_15_3;
  static const PostgresEngineVersion VER_15_4;
  static const PostgresEngineVersion VER_15_5;
  static const PostgresEngineVersion VER_15_6;
  static const PostgresEngineVersion VER_15_7;
  static const PostgresEngineVersion VER_15_8;
  static const PostgresEngineVersion VER_15_9;
  static const PostgresEngineVersion VER_15_10;
  static const PostgresEngineVersion VER_15_11;
  static const PostgresEngineVersion VER_15_12;
  static const PostgresEngineVersion VER_15_13;
  static const PostgresEngineVersion VER_15_14;
  static const PostgresEngineVersion VER_15_15;
  static const PostgresEngineVersion VER_15_16;
  static const PostgresEngineVersion VER_15_17;
  static const PostgresEngineVersion VER_16;
  static const PostgresEngineVersion VER_16_1;
  static const PostgresEngineVersion VER_16_2;
  static const PostgresEngineVersion VER_16_3;
  static const PostgresEngineVersion VER_16_4;
  static const PostgresEngineVersion VER_16_5;
  static const PostgresEngineVersion VER_16_6;
  static const PostgresEngineVersion VER_16_7;
  static const PostgresEngineVersion VER_16_8;
  static const PostgresEngineVersion VER_16_9;
  static const PostgresEngineVersion VER_16_10;
  static const PostgresEngineVersion VER_16_11;
  static const PostgresEngineVersion VER_16_12;
  static const PostgresEngineVersion VER_16_13;
  static const PostgresEngineVersion VER_17;
  static const PostgresEngineVersion VER_17_1;
  static const PostgresEngineVersion VER_17_2;
  static const PostgresEngineVersion VER_17_3;
  static const PostgresEngineVersion VER_17_4;
  static const PostgresEngineVersion VER_17_5;
  static const PostgresEngineVersion VER_17_6;
  static const PostgresEngineVersion VER_17_7;
  static const PostgresEngineVersion VER_17_8;
  static const PostgresEngineVersion VER_17_9;
  static const PostgresEngineVersion VER_18;
  static const PostgresEngineVersion VER_18_1;
  static const PostgresEngineVersion VER_18_2;
  static const PostgresEngineVersion VER_18_3;

  const std::string& postgresFullVersion() const noexcept { return fullVersion_; }
  const std::string& postgresMajorVersion() const noexcept { return majorVersion_; }
  bool s3Import() const noexcept { return s3Import_; }
  bool s3Export() const noexcept { return s3Export_; }

 private:
  PostgresEngineVersion(std::string fullVersion, std::string majorVersion, bool s3Import, bool s3Export);
  std::string fullVersion_;
  std::string majorVersion_;
  bool s3Import_;
  bool s3Export_;
};

/// A version of RDS for MySQL: the constants aws-cdk-lib 2.276 defines (VER_5_5 ... VER_8_4_10), or
/// `of("8.0.39", "8.0")` for others. The constants are defined in the library: use them at run time, not to
/// initialise other statics.
class CDKPP_API MysqlEngineVersion {
 public:
  /// A version by its full version ("8.0.39") and major version ("8.0", which names the parameter group family
  /// "mysql8.0").
  static MysqlEngineVersion of(std::string mysqlFullVersion, std::string mysqlMajorVersion);

  // Listed by tools/cdk-fixtures/constants.js rds-versions-hpp.
  static const MysqlEngineVersion VER_5_5;
  static const MysqlEngineVersion VER_5_5_46;
  static const MysqlEngineVersion VER_5_5_53;
  static const MysqlEngineVersion VER_5_5_54;
  static const MysqlEngineVersion VER_5_5_57;
  static const MysqlEngineVersion VER_5_5_59;
  static const MysqlEngineVersion VER_5_5_61;
  static const MysqlEngineVersion VER_5_6;
  static const MysqlEngineVersion VER_5_6_34;
  static const MysqlEngineVersion VER_5_6_35;
  static const MysqlEngineVersion VER_5_6_37;
  static const MysqlEngineVersion VER_5_6_39;
  static const MysqlEngineVersion VER_5_6_40;
  static const MysqlEngineVersion VER_5_6_41;
  static const MysqlEngineVersion VER_5_6_43;
  static const MysqlEngineVersion VER_5_6_44;
  static const MysqlEngineVersion VER_5_6_46;
  static const MysqlEngineVersion VER_5_6_48;
  static const MysqlEngineVersion VER_5_6_49;
  static const MysqlEngineVersion VER_5_6_51;
  static const MysqlEngineVersion VER_5_7;
  static const MysqlEngineVersion VER_5_7_16;
  static const MysqlEngineVersion VER_5_7_17;
  static const MysqlEngineVersion VER_5_7_19;
  static const MysqlEngineVersion VER_5_7_21;
  static const MysqlEngineVersion VER_5_7_22;
  static const MysqlEngineVersion VER_5_7_23;
  static const MysqlEngineVersion VER_5_7_24;
  static const MysqlEngineVersion VER_5_7_25;
  static const MysqlEngineVersion VER_5_7_26;
  static const MysqlEngineVersion VER_5_7_28;
  static const MysqlEngineVersion VER_5_7_30;
  static const MysqlEngineVersion VER_5_7_31;
  static const MysqlEngineVersion VER_5_7_33;
  static const MysqlEngineVersion VER_5_7_34;
  static const MysqlEngineVersion VER_5_7_35;
  static const MysqlEngineVersion VER_5_7_36;
  static const MysqlEngineVersion VER_5_7_37;
  static const MysqlEngineVersion VER_5_7_38;
  static const MysqlEngineVersion VER_5_7_39;
  static const MysqlEngineVersion VER_5_7_40;
  static const MysqlEngineVersion VER_5_7_41;
  static const MysqlEngineVersion VER_5_7_42;
  static const MysqlEngineVersion VER_5_7_43;
  static const MysqlEngineVersion VER_5_7_44;
  static const MysqlEngineVersion VER_5_7_44_RDS_20240408;
  static const MysqlEngineVersion VER_5_7_44_RDS_20240529;
  static const MysqlEngineVersion VER_5_7_44_RDS_20240808;
  static const MysqlEngineVersion VER_5_7_44_RDS_20250103;
  static const MysqlEngineVersion VER_5_7_44_RDS_20250213;
  static const MysqlEngineVersion VER_5_7_44_RDS_20250508;
  static const MysqlEngineVersion VER_5_7_44_RDS_20250818;
  static const MysqlEngineVersion VER_5_7_44_RDS_20251212;
  static const MysqlEngineVersion VER_5_7_44_RDS_20260212;
  static const MysqlEngineVersion VER_5_7_44_RDS_20260521;
  static const MysqlEngineVersion VER_8_0;
  static const MysqlEngineVersion VER_8_0_11;
  static const MysqlEngineVersion VER_8_0_13;
  static const MysqlEngineVersion VER_8_0_15;
  static const MysqlEngineVersion VER_8_0_16;
  static const MysqlEngineVersion VER_8_0_17;
  static const MysqlEngineVersion VER_8_0_19;
  static const MysqlEngineVersion VER_8_0_20;
  static const MysqlEngineVersion VER_8_0_21;
  static const MysqlEngineVersion VER_8_0_23;
  static const MysqlEngineVersion VER_8_0_25;
  static const MysqlEngineVersion VER_8_0_26;
  static const MysqlEngineVersion VER_8_0_27;
  static const MysqlEngineVersion VER_8_0_28;
  static const MysqlEngineVersion VER_8_0_29;
  static const MysqlEngineVersion VER_8_0_30;
  static const MysqlEngineVersion VER_8_0_31;
  static const MysqlEngineVersion VER_8_0_32;
  static const MysqlEngineVersion VER_8_0_33;
  static const MysqlEngineVersion VER_8_0_34;
  static const MysqlEngineVersion VER_8_0_35;
  static const MysqlEngineVersion VER_8_0_36;
  static const MysqlEngineVersion VER_8_0_37;
  static const MysqlEngineVersion VER_8_0_39;
  static const MysqlEngineVersion VER_8_0_40;
  static const MysqlEngineVersion VER_8_0_41;
  static const MysqlEngineVersion VER_8_0_42;
  static const MysqlEngineVersion VER_8_0_43;
  static const MysqlEngineVersion VER_8_0_44;
  static const MysqlEngineVersion VER_8_0_45;
  static const MysqlEngineVersion VER_8_0_46;
  static const MysqlEngineVersion VER_8_4_3;
  static const MysqlEngineVersion VER_8_4_4;
  static const MysqlEngineVersion VER_8_4_5;
  static const MysqlEngineVersion VER_8_4_6;
  static const MysqlEngineVersion VER_8_4_7;
  static const MysqlEngineVersion VER_8_4_8;
  static const MysqlEngineVersion VER_8_4_9;
  static const MysqlEngineVersion VER_8_4_10;

  const std::string& mysqlFullVersion() const noexcept { return fullVersion_; }
  const std::string& mysqlMajorVersion() const noexcept { return majorVersion_; }

 private:
  MysqlEngineVersion(std::string fullVersion, std::string majorVersion);
  std::string fullVersion_;
  std::string majorVersion_;
};

/// What an instance engine supports (aws-cdk-lib's InstanceEngineFeatures): the feature names of the S3 roles.
struct InstanceEngineFeatures {
  std::optional<std::string> s3Export{};
  std::optional<std::string> s3Import{};
};

/// An instance database engine (aws-cdk-lib's IInstanceEngine), made by DatabaseInstanceEngine. A value: copy
/// it freely. Unlike the cluster engines, aws-cdk-lib's instance engines render no default port (the
/// service's applies) and do not check the log types of cloudwatchLogsExports.
class CDKPP_API InstanceEngine : public Engine {
 public:
  const InstanceEngineFeatures& features() const noexcept { return features_; }
  /// Whether read replicas of this engine can keep automated backups (MySQL: yes, PostgreSQL: no).
  bool supportsReadReplicaBackups() const noexcept { return supportsReadReplicaBackups_; }

 private:
  friend class DatabaseInstanceEngine;
  InstanceEngine() = default;
  InstanceEngineFeatures features_;
  bool supportsReadReplicaBackups_ = false;
};

/// aws-cdk-lib's name for the engine type.
using IInstanceEngine = InstanceEngine;

struct PostgresInstanceEngineProps {
  /// The version (required).
  std::optional<PostgresEngineVersion> version{};
};

struct MySqlInstanceEngineProps {
  /// The version (required).
  std::optional<MysqlEngineVersion> version{};
};

/// The engines of database instances.
class CDKPP_API DatabaseInstanceEngine {
 public:
  /// RDS for PostgreSQL: Engine "postgres", user "postgres", parameter group family "postgres<major>".
  static InstanceEngine postgres(PostgresInstanceEngineProps props);
  /// RDS for MySQL: Engine "mysql", user "admin", parameter group family "mysql<major>".
  static InstanceEngine mysql(MySqlInstanceEngineProps props);

  /// Unversioned engines (no EngineVersion rendered; an instance with one cannot get a parameter group).
  static const InstanceEngine POSTGRES;
  static const InstanceEngine MYSQL;
};

}  // namespace cdk::rds
