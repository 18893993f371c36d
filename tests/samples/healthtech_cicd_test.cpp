// samples/healthtech-cicd (seed 004, a CloudFormation design): the seed's facts in the template, cfn-lint, and
// cdk-nag 3.0.2's HIPAA.Security pack. There is no aws-cdk-lib program to compare with (the seed is a YAML
// template), so the program's own template is committed (fixtures/HealthTechCicd.template.json) for
// tools/cdk-nag-check/regenerate, whose findings (tests/compliance/judge/samples/fixtures/) are read here; the
// test fails when the program makes another template, until both are regenerated.
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sample_template.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

using cdkpp_test::CommandResult;
using cdkpp_test::haveCommand;
using cdkpp_test::runCommand;

class HealthTechCicdTest : public ::testing::Test {
 protected:
  void SetUp() override {
    CommandResult r =
        runCommand("env -u CDK_DEFAULT_ACCOUNT -u CDK_DEFAULT_REGION -u CDK_CONTEXT_JSON -u CDK_OUTDIR '" +
                   std::string(CDKPP_HEALTHTECH_CICD) + "' --output '" + (dir_ / "out").string() + "'");
    ASSERT_EQ(r.status, 0) << r.output;
    template_ = json::parse(cdkpp_test::readFile(file()));
  }
  fs::path file() const { return dir_ / "out" / "HealthTechCicd.template.json"; }

  std::vector<std::pair<std::string, json>> ofType(const std::string& type) const {
    return sampletest::resourcesOfType(template_, type);
  }
  const json& only(const std::string& type) const { return sampletest::onlyResource(template_, type); }
  /// The logical ID of the resource of `type` made by the stack's child `constructId`.
  std::string idOf(const std::string& type, const std::string& constructId) const {
    for (const auto& [id, resource] : ofType(type)) {
      if (id.rfind(constructId, 0) == 0 && id.size() == constructId.size() + 8) return id;
    }
    ADD_FAILURE() << "no " << type << " of " << constructId;
    return "";
  }
  static json sub(const std::string& type) { return {{"Fn::Sub", "healthtech-" + type + "-${EnvironmentSuffix}"}}; }
  static json ref(const std::string& id) { return {{"Ref", id}}; }

  cdkpp_test::TempDir dir_;
  json template_;
};

TEST_F(HealthTechCicdTest, IsTheCommittedTemplate) {
  const fs::path committed = fs::path(CDKPP_SAMPLES_FIXTURES) / "HealthTechCicd.template.json";
  EXPECT_EQ(template_.dump(1), json::parse(cdkpp_test::readFile(committed)).dump(1))
      << "the sample makes another template: copy " << file() << " to " << committed
      << " and run tools/cdk-nag-check/regenerate " << committed;
}

TEST_F(HealthTechCicdTest, ParametersAndOutputsAreTheSeeds) {
  const json& parameters = template_["Parameters"];
  ASSERT_TRUE(parameters.contains("EnvironmentSuffix"));
  EXPECT_EQ(parameters["EnvironmentSuffix"]["Default"], "dev");
  EXPECT_EQ(parameters["EnvironmentSuffix"]["AllowedPattern"], "^[a-z0-9-]+$");
  EXPECT_EQ(parameters["ECRRepositoryName"]["Default"], "healthtech");
  std::vector<std::string> outputs;
  for (const auto& [name, output] : template_["Outputs"].items()) {
    outputs.push_back(name);
    EXPECT_EQ(output["Export"]["Name"], json({{"Fn::Sub", "${AWS::StackName}-" + name}})) << name;
  }
  EXPECT_EQ(outputs, (std::vector<std::string>{"VPCId",
                                               "PublicSubnet1Id",
                                               "PublicSubnet2Id",
                                               "PrivateSubnet1Id",
                                               "PrivateSubnet2Id",
                                               "NatGatewayId",
                                               "RDSInstanceEndpoint",
                                               "RDSInstancePort",
                                               "RDSInstanceArn",
                                               "EFSFileSystemId",
                                               "EFSFileSystemArn",
                                               "ECSClusterName",
                                               "ECSClusterArn",
                                               "ECSServiceName",
                                               "ECSServiceArn",
                                               "LoadBalancerDNS",
                                               "LoadBalancerArn",
                                               "PipelineName",
                                               "PipelineArn",
                                               "ArtifactBucketName",
                                               "RDSKMSKeyId",
                                               "EFSKMSKeyId",
                                               "EnvironmentSuffix",
                                               "StackName"}));
  EXPECT_EQ(template_["Outputs"]["EnvironmentSuffix"]["Value"], ref("EnvironmentSuffix"));
  EXPECT_EQ(template_["Outputs"]["StackName"]["Value"], ref("AWS::StackName"));
}

TEST_F(HealthTechCicdTest, ResourcesAreTheSeedsAndWhatHipaaAsksFor) {
  // The seed's 52, with the L2s' own (per-subnet route tables, security group rules, the database's subnet group
  // and monitoring role), and what HIPAA.Security asks for beyond them (README.md).
  std::map<std::string, int> counts;
  for (const auto& [id, resource] : template_["Resources"].items()) counts[resource["Type"]]++;
  const std::map<std::string, int> expected{{"AWS::EC2::VPC", 1},
                                            {"AWS::EC2::Subnet", 4},
                                            {"AWS::EC2::InternetGateway", 1},
                                            {"AWS::EC2::NatGateway", 1},
                                            {"AWS::EC2::EIP", 1},
                                            {"AWS::EC2::SecurityGroup", 4},
                                            {"AWS::EC2::FlowLog", 1},
                                            {"AWS::ECS::Cluster", 1},
                                            {"AWS::ECS::TaskDefinition", 1},
                                            {"AWS::ECS::Service", 1},
                                            {"AWS::ElasticLoadBalancingV2::LoadBalancer", 1},
                                            {"AWS::ElasticLoadBalancingV2::TargetGroup", 1},
                                            {"AWS::ElasticLoadBalancingV2::Listener", 1},
                                            {"AWS::ApplicationAutoScaling::ScalableTarget", 1},
                                            {"AWS::ApplicationAutoScaling::ScalingPolicy", 1},
                                            {"AWS::RDS::DBInstance", 1},
                                            {"AWS::RDS::DBSubnetGroup", 1},
                                            {"AWS::EFS::FileSystem", 1},
                                            {"AWS::EFS::MountTarget", 2},
                                            {"AWS::KMS::Key", 3},
                                            {"AWS::KMS::Alias", 3},
                                            {"AWS::CodePipeline::Pipeline", 1},
                                            {"AWS::CodeBuild::Project", 1},
                                            {"AWS::Logs::LogGroup", 3},
                                            {"AWS::CloudWatch::Alarm", 2}};
  for (const auto& [type, count] : expected) EXPECT_EQ(counts[type], count) << type;
  EXPECT_EQ(counts["AWS::SecretsManager::Secret"], 0) << "the credentials' secret exists already";
  EXPECT_EQ(template_["Resources"].size(), 81u);
}

TEST_F(HealthTechCicdTest, NamesFollowTheSeedsConvention) {
  const auto nameTag = [](const json& resource) {
    for (const auto& tag : resource["Properties"]["Tags"]) {
      if (tag["Key"] == "Name") return tag["Value"];
    }
    return json();
  };
  EXPECT_EQ(nameTag(only("AWS::EC2::VPC")), sub("vpc"));
  std::set<std::string> subnets;
  for (const auto& [id, subnet] : ofType("AWS::EC2::Subnet")) subnets.insert(nameTag(subnet)["Fn::Sub"]);
  EXPECT_EQ(subnets, (std::set<std::string>{"healthtech-public-subnet-1-${EnvironmentSuffix}",
                                            "healthtech-public-subnet-2-${EnvironmentSuffix}",
                                            "healthtech-private-subnet-1-${EnvironmentSuffix}",
                                            "healthtech-private-subnet-2-${EnvironmentSuffix}"}));
  EXPECT_EQ(only("AWS::RDS::DBInstance")["Properties"]["DBInstanceIdentifier"], sub("postgres"));
  EXPECT_EQ(only("AWS::ECS::Cluster")["Properties"]["ClusterName"], sub("cluster"));
  EXPECT_EQ(only("AWS::ECS::Service")["Properties"]["ServiceName"], sub("service"));
  EXPECT_EQ(only("AWS::CodePipeline::Pipeline")["Properties"]["Name"], sub("pipeline"));
  EXPECT_EQ(only("AWS::CodeBuild::Project")["Properties"]["Name"], sub("build"));
  EXPECT_EQ(only("AWS::ElasticLoadBalancingV2::LoadBalancer")["Properties"]["Name"], sub("alb"));
  json efsName;
  for (const auto& tag : only("AWS::EFS::FileSystem")["Properties"]["FileSystemTags"]) {
    if (tag["Key"] == "Name") efsName = tag["Value"];
  }
  EXPECT_EQ(efsName, sub("efs"));
  std::set<std::string> groups;
  for (const auto& [id, group] : ofType("AWS::EC2::SecurityGroup")) {
    groups.insert(group["Properties"]["GroupName"]["Fn::Sub"]);
  }
  EXPECT_EQ(groups, (std::set<std::string>{
                        "healthtech-alb-sg-${EnvironmentSuffix}", "healthtech-ecs-sg-${EnvironmentSuffix}",
                        "healthtech-rds-sg-${EnvironmentSuffix}", "healthtech-efs-sg-${EnvironmentSuffix}"}));
}

TEST_F(HealthTechCicdTest, NetworkHasDnsNatAndFlowLogs) {
  const json& vpc = only("AWS::EC2::VPC")["Properties"];
  EXPECT_EQ(vpc["EnableDnsHostnames"], true);
  EXPECT_EQ(vpc["EnableDnsSupport"], true);
  int publicSubnets = 0;
  for (const auto& [id, subnet] : ofType("AWS::EC2::Subnet")) {
    EXPECT_EQ(subnet["Properties"]["MapPublicIpOnLaunch"], false) << id;
    publicSubnets += id.find("Public") != std::string::npos;
  }
  EXPECT_EQ(publicSubnets, 2);
  EXPECT_EQ(only("AWS::EC2::NatGateway")["Properties"]["AllocationId"]["Fn::GetAtt"][1], "AllocationId");
  EXPECT_EQ(only("AWS::EC2::FlowLog")["Properties"]["TrafficType"], "ALL");
  // The database and the file system take connections from the tasks' group only.
  for (const auto& [id, rule] : ofType("AWS::EC2::SecurityGroupIngress")) {
    const json& p = rule["Properties"];
    if (p["FromPort"] == 5432 || p["FromPort"] == 2049) {
      EXPECT_EQ(p["SourceSecurityGroupId"]["Fn::GetAtt"][0], idOf("AWS::EC2::SecurityGroup", "ECSSecurityGroup")) << id;
    }
  }
}

TEST_F(HealthTechCicdTest, ComputeMountsEfsOverTlsAndScalesOnCpu) {
  const json& volume = only("AWS::ECS::TaskDefinition")["Properties"]["Volumes"][0];
  EXPECT_EQ(volume["EFSVolumeConfiguration"]["TransitEncryption"], "ENABLED");
  EXPECT_EQ(only("AWS::ECS::TaskDefinition")["Properties"]["RequiresCompatibilities"], json::array({"FARGATE"}));
  EXPECT_EQ(only("AWS::ECS::Service")["Properties"]["LaunchType"], "FARGATE");
  const json& policy = only("AWS::ApplicationAutoScaling::ScalingPolicy")["Properties"];
  EXPECT_EQ(policy["TargetTrackingScalingPolicyConfiguration"]["PredefinedMetricSpecification"]["PredefinedMetricType"],
            "ECSServiceAverageCPUUtilization");
}

TEST_F(HealthTechCicdTest, DataIsEncryptedWithItsOwnRotatedKeys) {
  const json& db = only("AWS::RDS::DBInstance")["Properties"];
  EXPECT_EQ(db["Engine"], "postgres");
  EXPECT_EQ(db["MultiAZ"], true);
  EXPECT_EQ(db["StorageType"], "gp3");
  EXPECT_EQ(db["StorageEncrypted"], true);
  EXPECT_EQ(db["KmsKeyId"], json({{"Fn::GetAtt", {idOf("AWS::KMS::Key", "RDSKMSKey"), "Arn"}}}));
  EXPECT_EQ(db["MasterUsername"], "{{resolve:secretsmanager:healthtech/rds/credentials:SecretString:username::}}");
  EXPECT_EQ(db["MasterUserPassword"], "{{resolve:secretsmanager:healthtech/rds/credentials:SecretString:password::}}");
  const json& efs = only("AWS::EFS::FileSystem")["Properties"];
  EXPECT_EQ(efs["Encrypted"], true);
  EXPECT_EQ(efs["KmsKeyId"], json({{"Fn::GetAtt", {idOf("AWS::KMS::Key", "EFSKMSKey"), "Arn"}}}));
  for (const auto& [id, key] : ofType("AWS::KMS::Key")) EXPECT_EQ(key["Properties"]["EnableKeyRotation"], true) << id;
  std::set<std::string> aliases;
  for (const auto& [id, alias] : ofType("AWS::KMS::Alias")) aliases.insert(alias["Properties"]["AliasName"]["Fn::Sub"]);
  EXPECT_EQ(aliases, (std::set<std::string>{"alias/healthtech-rds-${EnvironmentSuffix}",
                                            "alias/healthtech-efs-${EnvironmentSuffix}",
                                            "alias/healthtech-ops-${EnvironmentSuffix}"}));
  EXPECT_EQ(template_["Outputs"]["RDSKMSKeyId"]["Value"], ref(idOf("AWS::KMS::Key", "RDSKMSKey")));
  EXPECT_EQ(template_["Outputs"]["EFSKMSKeyId"]["Value"], ref(idOf("AWS::KMS::Key", "EFSKMSKey")));
}

TEST_F(HealthTechCicdTest, PipelineGoesFromS3ThroughCodeBuildToEcs) {
  const json& pipeline = only("AWS::CodePipeline::Pipeline")["Properties"];
  std::vector<std::string> stages;
  for (const auto& stage : pipeline["Stages"]) {
    stages.push_back(stage["Name"].get<std::string>() + ":" +
                     stage["Actions"][0]["ActionTypeId"]["Provider"].get<std::string>());
  }
  EXPECT_EQ(stages, (std::vector<std::string>{"Source:S3", "Build:CodeBuild", "Deploy:ECS"}));
  EXPECT_EQ(pipeline["ArtifactStore"]["EncryptionKey"]["Type"], "KMS");
  const std::string bucket = pipeline["ArtifactStore"]["Location"]["Ref"];
  const json& encryption = template_["Resources"][bucket]["Properties"]["BucketEncryption"];
  EXPECT_EQ(encryption["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]["SSEAlgorithm"],
            "aws:kms");
}

TEST_F(HealthTechCicdTest, AlarmsOnCpuAndDatabaseConnections) {
  std::set<std::string> metrics;
  for (const auto& [id, alarm] : ofType("AWS::CloudWatch::Alarm")) {
    metrics.insert(alarm["Properties"]["Namespace"].get<std::string>() + " " +
                   alarm["Properties"]["MetricName"].get<std::string>());
    EXPECT_EQ(alarm["Properties"]["AlarmActions"].size(), 1u) << id;
  }
  EXPECT_EQ(metrics, (std::set<std::string>{"AWS/ECS CPUUtilization", "AWS/RDS DatabaseConnections"}));
}

TEST_F(HealthTechCicdTest, NothingIsRetained) {
  for (const auto& [id, resource] : template_["Resources"].items()) {
    EXPECT_NE(resource.value("DeletionPolicy", ""), "Retain") << id;
    EXPECT_NE(resource.value("UpdateReplacePolicy", ""), "Retain") << id;
  }
}

TEST_F(HealthTechCicdTest, CfnLintFindsNothing) {
  if (!haveCommand("cfn-lint")) GTEST_SKIP() << "cfn-lint is not installed";
  CommandResult lint = runCommand("cfn-lint --format parseable '" + file().string() + "'", false);
  EXPECT_EQ(lint.output, "") << "cfn-lint reported:\n" << lint.output;
  EXPECT_EQ(lint.status, 0);
}

TEST_F(HealthTechCicdTest, CdkNagHipaaSecurityFindsNoError) {
  // cdk-nag 3.0.2's findings on the committed template (IsTheCommittedTemplate: the same as the program's).
  EXPECT_EQ(sampletest::hipaaJudgeErrors("HealthTechCicd"), std::vector<std::string>{});
  // Acknowledged: the rules issue 18 allows, and CodeBuildProjectSourceRepoUrl (every CodeBuild project without
  // OAuth is flagged, a CodePipeline source too), each with its reason.
  const std::set<std::string> allowed{"HIPAA.Security-VPCNoUnrestrictedRouteToIGW",
                                      "HIPAA.Security-ELBv2ACMCertificateRequired",
                                      "HIPAA.Security-ALBHttpToHttpsRedirection",
                                      "HIPAA.Security-S3BucketReplicationEnabled",
                                      "HIPAA.Security-S3DefaultEncryptionKMS",
                                      "HIPAA.Security-RDSMultiAZSupport",
                                      "HIPAA.Security-RDSInstanceDeletionProtectionEnabled",
                                      "HIPAA.Security-CodeBuildProjectSourceRepoUrl"};
  std::set<std::string> acknowledged;
  for (const auto& [id, resource] : template_["Resources"].items()) {
    if (!resource.contains("Metadata") || !resource["Metadata"].contains("cdk_nag")) continue;
    for (const auto& rule : resource["Metadata"]["cdk_nag"]["rules_to_suppress"]) {
      EXPECT_TRUE(allowed.contains(rule["id"])) << id << " " << rule["id"];
      EXPECT_GE(rule["reason"].get<std::string>().size(), 10u) << id << " " << rule["id"];
      acknowledged.insert(rule["id"]);
    }
  }
  EXPECT_FALSE(acknowledged.contains("HIPAA.Security-RDSMultiAZSupport")) << "the seed's database is Multi-AZ";
}

TEST_F(HealthTechCicdTest, TemplateIsAlsoWrittenAsYaml) {
  const fs::path yaml = dir_ / "out" / "HealthTechCicd.template.yaml";
  ASSERT_TRUE(fs::exists(yaml));
  const std::string text = cdkpp_test::readFile(yaml);
  EXPECT_NE(text.find("!Sub healthtech-postgres-${EnvironmentSuffix}"), std::string::npos);
}

}  // namespace
