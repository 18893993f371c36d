// PatientDatabase: its defaults in a SecureVpc against aws-cdk-lib's template for the same composition
// (fixtures/healthcare-util.ts) and both HIPAA.Security judges, the dev profile, each prop, Aurora, its errors,
// cfn-lint.
#include <gtest/gtest.h>

#include "cdk/ec2.hpp"
#include "cdk/kms.hpp"
#include "cdk/rds.hpp"
#include "cdk/secretsmanager.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace ec2 = cdk::ec2;
namespace healthcare = cdk::healthcare;
namespace rds = cdk::rds;
using hctest::Fixture;
using hctest::json;

/// The program of fixtures/healthcare-patient-database.ts.
healthcare::PatientDatabase& buildDatabaseProgram(Fixture& f) {
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& db = f.stack->make<healthcare::PatientDatabase>("Records", {.vpc = network.vpc()});
  auto& service =
      f.stack->make<ec2::SecurityGroup>("Service", {.description = "The clinical service", .vpc = network.vpc()});
  db.connections().allowDefaultPortFrom(service, "from the clinical service");
  return db;
}

TEST(PatientDatabase, DefaultsAreSecure) {
  Fixture f;
  auto& db = buildDatabaseProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-patient-database");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  ASSERT_NE(db.instance(), nullptr);
  EXPECT_EQ(db.instance()->node().path(), "TapStackdev/Records/Instance");
  EXPECT_EQ(db.cluster(), nullptr);
  ASSERT_EQ(db.replicas().size(), 1u);
  EXPECT_EQ(db.replicas()[0]->node().path(), "TapStackdev/Records/Replica1");
  EXPECT_EQ(db.rotation().node().path(), "TapStackdev/Records/Rotation");
  EXPECT_EQ(db.backupPolicy().node().path(), "TapStackdev/Records/Backup");
  EXPECT_EQ(&db.secret(), db.instance()->secret());
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(db.key()).node().path(), "TapStackdev/Records/Key");
  EXPECT_EQ(db.port(), 5432);
  EXPECT_EQ(db.connections().defaultPort()->toString(), "5432");
  EXPECT_EQ(f.stack->resolve(db.endpoint().hostname()),
            json::parse(R"({"Fn::GetAtt": ["RecordsInstance38DEDBAE", "Endpoint.Address"]})"));
}

TEST(PatientDatabase, WhatTheDefaultsAre) {
  Fixture f;
  buildDatabaseProgram(f);
  const json t = f.synth();
  const auto instances = hctest::logicalIdsOfType(t, "AWS::RDS::DBInstance");
  ASSERT_EQ(instances.size(), 2u);
  const json& primary = t["Resources"][instances[0]]["Properties"];
  const json expected = json::parse(R"({"AutoMinorVersionUpgrade": true, "BackupRetentionPeriod": 30,
      "DeletionProtection": true, "EnableCloudwatchLogsExports": ["postgresql", "upgrade"], "Engine": "postgres",
      "EngineVersion": "17.6", "DBInstanceClass": "db.r6g.large", "MonitoringInterval": 60, "MultiAZ": true,
      "Port": "5432", "PreferredBackupWindow": "03:00-04:00", "PubliclyAccessible": false, "StorageEncrypted": true,
      "StorageType": "gp3"})");
  for (const auto& [key, value] : expected.items()) {
    EXPECT_EQ(primary[key], value) << key;
  }
  // The replica: Multi-AZ, deletion protection, monitoring, logs; its encryption is its source's.
  const json& replica = t["Resources"][instances[1]]["Properties"];
  EXPECT_EQ(replica["MultiAZ"], true);
  EXPECT_EQ(replica["DeletionProtection"], true);
  EXPECT_FALSE(replica.contains("StorageEncrypted"));
  // Ingress: from the rotation function and the service only, both from security groups on the literal port.
  const auto ingress = hctest::logicalIdsOfType(t, "AWS::EC2::SecurityGroupIngress");
  std::vector<json> databaseRules;
  for (const auto& id : ingress) {
    const json& p = t["Resources"][id]["Properties"];
    if (p["GroupId"] == json::parse(R"({"Fn::GetAtt": ["RecordsInstanceSecurityGroup4FDB3E6A", "GroupId"]})")) {
      EXPECT_EQ(p["FromPort"], 5432) << id;
      EXPECT_TRUE(p.contains("SourceSecurityGroupId")) << id;
      databaseRules.push_back(p);
    }
  }
  EXPECT_EQ(databaseRules.size(), 2u);
  // The secret: the key, rotated every 30 days.
  const auto secrets = hctest::logicalIdsOfType(t, "AWS::SecretsManager::Secret");
  ASSERT_EQ(secrets.size(), 1u);
  EXPECT_TRUE(t["Resources"][secrets[0]]["Properties"].contains("KmsKeyId"));
  const auto schedules = hctest::logicalIdsOfType(t, "AWS::SecretsManager::RotationSchedule");
  ASSERT_EQ(schedules.size(), 1u);
  EXPECT_EQ(t["Resources"][schedules[0]]["Properties"]["RotationRules"]["ScheduleExpression"], "rate(30 days)");
  // Backups: both instances in the plan.
  const auto selections = hctest::logicalIdsOfType(t, "AWS::Backup::BackupSelection");
  ASSERT_EQ(selections.size(), 1u);
  EXPECT_EQ(t["Resources"][selections[0]]["Properties"]["BackupSelection"]["Resources"].size(), 2u);
  EXPECT_EQ(hctest::acknowledgements(t).size(), 4u);  // three public routes and the replica's encryption
}

TEST(PatientDatabase, DevProfilePropsAndAurora) {
  Fixture f;
  auto& network = f.stack->make<healthcare::SecureVpc>("Network", {.profile = healthcare::EnvironmentProfile::dev()});
  auto& dev = f.stack->make<healthcare::PatientDatabase>(
      "Dev", {.profile = healthcare::EnvironmentProfile::dev(), .vpc = network.vpc()});
  auto& key = f.stack->make<cdk::kms::Key>("Key", {.enableKeyRotation = true});
  auto& shared = f.stack->make<healthcare::BackupPolicy>("SharedBackup");
  auto& ehr = f.stack->make<healthcare::PatientDatabase>(
      "Ehr", {.allocatedStorage = 200,
              .backupPolicy = shared,
              .backupRetention = cdk::Duration::days(7),
              .databaseName = "ehrbase",
              .encryptionKey = key,
              .instanceIdentifier = "ehr-postgres",
              .instanceType = ec2::InstanceType::of(ec2::InstanceClass::T3, ec2::InstanceSize::MEDIUM),
              .masterUsername = "ehr_admin",
              .maxAllocatedStorage = 500,
              .monitoringInterval = cdk::Duration::seconds(30),
              .multiAz = false,
              .postgresVersion = rds::PostgresEngineVersion::VER_16_6,
              .preferredBackupWindow = "02:00-03:00",
              .preferredMaintenanceWindow = "sat:05:00-sat:06:00",
              .readReplicas = 2,
              .rotationAfter = cdk::Duration::days(7),
              .singleAzReason = "seed 003 runs the EHRbase database in one availability zone.",
              .vpc = network.vpc()});
  auto& aurora = f.stack->make<healthcare::PatientDatabase>(
      "Aurora",
      {.engine = healthcare::PatientDatabaseEngine::AURORA_POSTGRES, .readReplicas = 2, .vpc = network.vpc()});
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-patient-database-options");
  EXPECT_EQ(&ehr.backupPolicy(), &shared);
  EXPECT_EQ(ehr.node().tryFindChild("Backup"), nullptr);
  EXPECT_EQ(&ehr.key(), static_cast<cdk::kms::IKey*>(&key));
  EXPECT_EQ(ehr.replicas().size(), 2u);
  EXPECT_EQ(dev.replicas().size(), 0u);
  ASSERT_NE(aurora.cluster(), nullptr);
  EXPECT_EQ(aurora.instance(), nullptr);
  EXPECT_EQ(aurora.cluster()->instances().size(), 3u);
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::RDS::DBInstance")) {
    const json& p = t["Resources"][id]["Properties"];
    EXPECT_EQ(p.value("DBInstanceIdentifier", ""), id.rfind("EhrInstance", 0) == 0 ? "ehr-postgres" : "") << id;
  }
  // The dev profile's weakened defaults, each with its reason, on the instance.
  std::vector<std::string> devAcks;
  for (const auto& ack : hctest::acknowledgements(t)) {
    if (ack.rfind("DevInstance", 0) == 0) devAcks.push_back(ack.substr(ack.find(' ') + 1));
  }
  EXPECT_EQ(devAcks, (std::vector<std::string>{
                         "HIPAA.Security-RDSMultiAZSupport: dev environment: one availability zone halves the cost; "
                         "it holds no real PHI.",
                         "HIPAA.Security-RDSInstanceDeletionProtectionEnabled: dev environment: torn down and rebuilt "
                         "freely; it holds no real PHI."}));
}

TEST(PatientDatabase, Errors) {
  const auto throws = [](const std::function<healthcare::PatientDatabaseProps(ec2::IVpc&)>& props,
                         const std::string& message) {
    hctest::expectPropsError<healthcare::PatientDatabase>(
        "Records", std::function<healthcare::PatientDatabaseProps(Fixture&)>([&props](Fixture& f) {
          return props(f.stack->make<healthcare::SecureVpc>("Network").vpc());
        }),
        message);
  };
  throws([](ec2::IVpc&) { return healthcare::PatientDatabaseProps{}; },
         "vpc is required: pass the VPC of the database (e.g. SecureVpc's vpc())");
  throws([](ec2::IVpc& vpc) { return healthcare::PatientDatabaseProps{.multiAz = false, .vpc = vpc}; },
         "multiAz is false without a reason: set singleAzReason to why (at least 10 characters; it is recorded in "
         "the template as the cdk-nag acknowledgement of the rule this breaks), or leave multiAz at true");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{
            .deletionProtection = false, .noDeletionProtectionReason = "short", .vpc = vpc};
      },
      "deletionProtection is false without a reason: set noDeletionProtectionReason to why");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{
            .vpc = vpc, .vpcSubnets = ec2::SubnetSelection{.subnetType = ec2::SubnetType::PUBLIC}};
      },
      "vpcSubnets selects public subnets; a database of PHI goes in isolated subnets");
  throws([](ec2::IVpc& vpc) { return healthcare::PatientDatabaseProps{.readReplicas = 16, .vpc = vpc}; },
         "readReplicas is 16; give 0 to 15");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{.monitoringInterval = cdk::Duration::seconds(0), .vpc = vpc};
      },
      "monitoringInterval is 0 ms; give 1, 5, 10, 15, 30 or 60 seconds");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{.backupRetention = cdk::Duration::days(0), .vpc = vpc};
      },
      "backupRetention is 0 days; give 1 to 35");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{.engine = healthcare::PatientDatabaseEngine::AURORA_POSTGRES,
                                                .postgresVersion = rds::PostgresEngineVersion::VER_16_6,
                                                .vpc = vpc};
      },
      "postgresVersion is the version of an RDS for PostgreSQL instance; for Aurora give auroraPostgresVersion");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{.auroraPostgresVersion = rds::AuroraPostgresEngineVersion::VER_16_6,
                                                .vpc = vpc};
      },
      "auroraPostgresVersion is the version of Aurora PostgreSQL");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{
            .allocatedStorage = 50, .engine = healthcare::PatientDatabaseEngine::AURORA_POSTGRES, .vpc = vpc};
      },
      "allocatedStorage and maxAllocatedStorage are for RDS instances");
  throws(
      [](ec2::IVpc& vpc) {
        return healthcare::PatientDatabaseProps{
            .engine = healthcare::PatientDatabaseEngine::AURORA_POSTGRES, .instanceIdentifier = "ehr", .vpc = vpc};
      },
      "instanceIdentifier names an RDS instance; Aurora's instances are named by the cluster: remove it");
  for (const char* name : {"1ehr", "ehr--db", "ehr-", "ehr_db", ""}) {
    throws([name](ec2::IVpc& vpc) { return healthcare::PatientDatabaseProps{.instanceIdentifier = name, .vpc = vpc}; },
           std::string("instanceIdentifier '") + name +
               "' is no DB instance identifier; give 1 to 63 letters, digits and hyphens, beginning with a letter");
  }
}

TEST(PatientDatabase, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  std::map<std::string, json> templates;
  for (const auto engine :
       {healthcare::PatientDatabaseEngine::POSTGRES, healthcare::PatientDatabaseEngine::AURORA_POSTGRES}) {
    hctest::LintFixture f;
    auto& network = f.stack->make<healthcare::SecureVpc>("Network");
    f.stack->make<healthcare::PatientDatabase>("Records", {.engine = engine, .vpc = network.vpc()});
    templates.emplace(engine == healthcare::PatientDatabaseEngine::POSTGRES ? "postgres" : "aurora", f.synth());
  }
  cdkpp_test::expectCfnLintClean(templates);
}

}  // namespace
