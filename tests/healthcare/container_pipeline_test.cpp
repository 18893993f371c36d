// ContainerPipeline: alone with its defaults, and deploying to a ClinicalService, against aws-cdk-lib's templates for
// the same compositions (fixtures/healthcare-util.ts) and both HIPAA.Security judges (no inline policy: the roles
// take no grants), what the defaults are, the dev profile with each prop, its errors, cfn-lint.
#include <gtest/gtest.h>

#include "cdk/codebuild.hpp"
#include "cdk/codepipeline.hpp"
#include "cdk/ecr.hpp"
#include "cdk/ecs.hpp"
#include "cdk/iam.hpp"
#include "cdk/kms.hpp"
#include "cdk/logs.hpp"
#include "cdk/s3.hpp"
#include "healthcare_test_util.hpp"

namespace {

namespace healthcare = cdk::healthcare;
using hctest::Fixture;
using hctest::json;

/// The program of fixtures/healthcare-container-pipeline.ts: one image, Source and Build.
healthcare::ContainerPipeline& buildPipelineProgram(Fixture& f) {
  return f.stack->make<healthcare::ContainerPipeline>("Images", {.images = {{.name = "App"}}});
}

/// The program of fixtures/healthcare-container-pipeline-deploy.ts: two images deployed to a ClinicalService.
healthcare::ContainerPipeline& buildDeployProgram(Fixture& f) {
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& images = f.stack->make<healthcare::ContainerPipeline>(
      "Images",
      {.images = {{.directory = "frontend", .name = "Frontend"}, {.directory = "backend", .name = "Backend"}}});
  auto& clinic = f.stack->make<healthcare::ClinicalService>(
      "Clinic", {.certificateArn = cdk::Value(hctest::kCertificateArn),
                 .services = {{.containerPort = 3000, .name = "Frontend", .repository = images.repository("Frontend")},
                              {.containerPort = 5000,
                               .name = "Backend",
                               .pathPatterns = {"/api/*"},
                               .repository = images.repository("Backend")}},
                 .vpc = network.vpc()});
  images.deployTo(clinic);
  return images;
}

/// The program of fixtures/healthcare-container-pipeline-options.ts: the dev profile and every prop.
healthcare::ContainerPipeline& buildOptionsProgram(Fixture& f) {
  auto& key = f.stack->make<cdk::kms::Key>("SharedKey", {.enableKeyRotation = true});
  auto& sources = cdk::s3::Bucket::fromBucketName(*f.stack, "Sources", "clinic-sources");
  return f.stack->make<healthcare::ContainerPipeline>(
      "Images", {.buildTimeout = cdk::Duration::minutes(30),
                 .computeType = cdk::codebuild::ComputeType::MEDIUM,
                 .encryptionKey = key,
                 .images = {{.directory = "api", .name = "Api", .repositoryName = cdk::Value("clinic/api")}},
                 .maxImageCount = 3,
                 .pipelineName = "clinic-images",
                 .profile = healthcare::EnvironmentProfile::dev(),
                 .sourceBucket = sources,
                 .sourceObjectKey = "builds/api.zip"});
}

const json& resource(const json& t, const std::string& type) {
  const auto ids = hctest::logicalIdsOfType(t, type);
  EXPECT_EQ(ids.size(), 1u) << type;
  return t["Resources"][ids.at(0)];
}

TEST(ContainerPipeline, DefaultsAreSecure) {
  Fixture f;
  auto& images = buildPipelineProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-container-pipeline");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::Policy"), std::vector<std::string>{})
      << "no inline policy: HIPAA.Security-IAMNoInlinePolicy";
  EXPECT_EQ(images.repository("App").node().path(), "TapStackdev/Images/AppRepository");
  EXPECT_EQ(images.repositories().size(), 1u);
  EXPECT_EQ(images.pipeline().node().path(), "TapStackdev/Images/Pipeline");
  EXPECT_EQ(images.project().node().path(), "TapStackdev/Images/Build");
  EXPECT_EQ(images.artifacts().node().path(), "TapStackdev/Images/Artifacts");
  EXPECT_EQ(images.buildLogGroup().node().path(), "TapStackdev/Images/BuildLogs");
  EXPECT_EQ(images.buildRole().node().path(), "TapStackdev/Images/BuildRole");
  EXPECT_EQ(images.pipelineRole().node().path(), "TapStackdev/Images/PipelineRole");
  EXPECT_EQ(images.pipelinePolicy().node().path(), "TapStackdev/Images/PipelinePolicy");
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(images.key()).node().path(), "TapStackdev/Images/Key");
  EXPECT_EQ(images.pipeline().stageCount(), 2u);
  EXPECT_EQ(images.profile().name, "prod");
}

TEST(ContainerPipeline, DeployingToAClinicalServiceIsSecure) {
  Fixture f;
  auto& images = buildDeployProgram(f);
  const json t = f.synth();
  hctest::expectSecureByDefault(t, "healthcare-container-pipeline-deploy");
  EXPECT_NO_THROW(hctest::synthWithHipaaPack(f.app));
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::Policy"), std::vector<std::string>{});
  ASSERT_EQ(images.pipeline().stageCount(), 3u);
  const json& stages = resource(t, "AWS::CodePipeline::Pipeline")["Properties"]["Stages"];
  ASSERT_EQ(stages.size(), 3u);
  EXPECT_EQ(stages[2]["Name"], "Deploy");
  ASSERT_EQ(stages[2]["Actions"].size(), 2u);
  EXPECT_EQ(stages[2]["Actions"][0]["Name"], "DeployFrontend");
  EXPECT_EQ(stages[2]["Actions"][0]["ActionTypeId"]["Provider"], "ECS");
  EXPECT_EQ(stages[2]["Actions"][0]["Configuration"]["FileName"], "Frontend.json");
  EXPECT_EQ(stages[2]["Actions"][1]["Configuration"]["FileName"], "Backend.json");
  // The pipeline's policy may pass the services' roles to ECS tasks, and nothing else.
  bool passRole = false;
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::IAM::ManagedPolicy")) {
    if (id.rfind("ImagesPipelinePolicy", 0) != 0) continue;
    for (const auto& statement : t["Resources"][id]["Properties"]["PolicyDocument"]["Statement"]) {
      if (statement["Action"] != "iam:PassRole") continue;
      passRole = true;
      EXPECT_EQ(statement["Condition"], json::parse(R"({"StringEqualsIfExists":
          {"iam:PassedToService": "ecs-tasks.amazonaws.com"}})"));
      EXPECT_EQ(statement["Resource"].size(), 4u) << "two services, a task role and an execution role each";
    }
  }
  EXPECT_TRUE(passRole);
}

TEST(ContainerPipeline, WhatTheDefaultsAre) {
  Fixture f;
  buildPipelineProgram(f);
  const json t = f.synth();
  const json& repository = resource(t, "AWS::ECR::Repository")["Properties"];
  EXPECT_EQ(repository["ImageScanningConfiguration"], json::parse(R"({"ScanOnPush": true})"));
  EXPECT_EQ(repository["ImageTagMutability"], "IMMUTABLE");
  EXPECT_EQ(repository["EncryptionConfiguration"]["EncryptionType"], "KMS");
  const json lifecycle = json::parse(repository["LifecyclePolicy"]["LifecyclePolicyText"].get<std::string>())["rules"];
  ASSERT_EQ(lifecycle.size(), 2u);
  EXPECT_EQ(lifecycle[0]["selection"]["tagStatus"], "untagged");
  EXPECT_EQ(lifecycle[0]["selection"]["countNumber"], 1);
  EXPECT_EQ(lifecycle[1]["selection"]["tagStatus"], "any");
  EXPECT_EQ(lifecycle[1]["selection"]["countNumber"], 10);
  EXPECT_EQ(resource(t, "AWS::ECR::Repository")["DeletionPolicy"], "Retain");

  const json& project = resource(t, "AWS::CodeBuild::Project")["Properties"];
  EXPECT_EQ(project["Source"]["Type"], "CODEPIPELINE");
  EXPECT_EQ(project["Artifacts"]["Type"], "CODEPIPELINE");
  EXPECT_TRUE(project.contains("EncryptionKey"));
  EXPECT_EQ(project["Environment"]["PrivilegedMode"], true);
  EXPECT_EQ(project["Environment"]["ComputeType"], "BUILD_GENERAL1_SMALL");
  EXPECT_EQ(project["Environment"]["EnvironmentVariables"][0]["Name"], "APP_REPOSITORY_URI");
  EXPECT_EQ(project["TimeoutInMinutes"], 60);
  EXPECT_EQ(project["LogsConfig"]["CloudWatchLogs"]["Status"], "ENABLED");
  const json spec = json::parse(project["Source"]["BuildSpec"].get<std::string>());
  EXPECT_EQ(spec["phases"]["build"]["commands"][0], "docker build -t $APP_REPOSITORY_URI:$IMAGE_TAG .");
  EXPECT_EQ(spec["artifacts"]["files"], json::parse(R"(["App.json"])"));

  const json& logGroup = resource(t, "AWS::Logs::LogGroup")["Properties"];
  EXPECT_EQ(logGroup["RetentionInDays"], 365);
  EXPECT_TRUE(logGroup.contains("KmsKeyId"));

  const json& pipeline = resource(t, "AWS::CodePipeline::Pipeline")["Properties"];
  EXPECT_EQ(pipeline["PipelineType"], "V2");
  EXPECT_EQ(pipeline["ArtifactStore"]["Type"], "S3");
  EXPECT_EQ(pipeline["Stages"][0]["Actions"][0]["Configuration"]["S3ObjectKey"], "source.zip");
  EXPECT_EQ(pipeline["Stages"][0]["Actions"][0]["Configuration"]["PollForSourceChanges"], true);
  EXPECT_FALSE(pipeline["Stages"][0]["Actions"][0].contains("RoleArn")) << "the pipeline's role runs the actions";
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::ManagedPolicy").size(), 3u)
      << "the build's, the pipeline's and the artifact bucket's replication";
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::S3::Bucket").size(), 3u) << "artifacts, access logs, replica";
}

TEST(ContainerPipeline, DevProfileAndEachProp) {
  Fixture f;
  auto& images = buildOptionsProgram(f);
  const json t = f.synth();
  hctest::expectMatchesFixture(t, hctest::fixture("healthcare-container-pipeline-options"));
  EXPECT_EQ(hctest::hipaaErrors(t), std::vector<std::string>{});
  EXPECT_EQ(hctest::judgeErrors("healthcare-container-pipeline-options"), std::vector<std::string>{});
  EXPECT_EQ(hctest::disallowedAcknowledgements(t), std::vector<std::string>{});
  EXPECT_EQ(dynamic_cast<cdk::Construct&>(images.key()).node().path(), "TapStackdev/SharedKey");
  EXPECT_TRUE(hctest::logicalIdsOfType(t, "AWS::KMS::Key").size() == 1u) << "the key given, no key of its own";
  const json& repository = resource(t, "AWS::ECR::Repository");
  EXPECT_EQ(repository["Properties"]["RepositoryName"], "clinic/api");
  EXPECT_EQ(repository["DeletionPolicy"], "Delete") << "the dev profile removes with the stack";
  EXPECT_EQ(json::parse(repository["Properties"]["LifecyclePolicy"]["LifecyclePolicyText"]
                            .get<std::string>())["rules"][1]["selection"]["countNumber"],
            3);
  const json& project = resource(t, "AWS::CodeBuild::Project")["Properties"];
  EXPECT_EQ(project["Environment"]["ComputeType"], "BUILD_GENERAL1_MEDIUM");
  EXPECT_EQ(project["TimeoutInMinutes"], 30);
  EXPECT_EQ(json::parse(project["Source"]["BuildSpec"].get<std::string>())["phases"]["build"]["commands"][0],
            "docker build -t $API_REPOSITORY_URI:$IMAGE_TAG api");
  EXPECT_EQ(resource(t, "AWS::Logs::LogGroup")["Properties"]["RetentionInDays"], 30);
  const json& pipeline = resource(t, "AWS::CodePipeline::Pipeline")["Properties"];
  EXPECT_EQ(pipeline["Name"], "clinic-images");
  EXPECT_EQ(pipeline["Stages"][0]["Actions"][0]["Configuration"]["S3Bucket"], "clinic-sources");
  EXPECT_EQ(pipeline["Stages"][0]["Actions"][0]["Configuration"]["S3ObjectKey"], "builds/api.zip");
}

TEST(ContainerPipeline, SourceBucketWithItsOwnKey) {
  // The pipeline's policy may read the source archive and decrypt it with the source bucket's key; the artifact
  // bucket stays the pattern's.
  Fixture f;
  auto& sources = f.stack->make<healthcare::PhiBucket>("Sources");
  auto& images = f.stack->make<healthcare::ContainerPipeline>(
      "Images", {.images = {{.name = "Api"}}, .sourceBucket = sources.bucket(), .sourceObjectKey = "api.zip"});
  const json t = f.synth();
  EXPECT_EQ(hctest::hipaaErrors(t), std::vector<std::string>{});
  EXPECT_EQ(hctest::logicalIdsOfType(t, "AWS::IAM::Policy"), std::vector<std::string>{});
  std::string decrypted;
  std::string read;
  for (const auto& id : hctest::logicalIdsOfType(t, "AWS::IAM::ManagedPolicy")) {
    if (id.rfind("ImagesPipelinePolicy", 0) != 0) continue;
    for (const auto& statement : t["Resources"][id]["Properties"]["PolicyDocument"]["Statement"]) {
      if (statement["Action"] == json::parse(R"(["kms:Decrypt", "kms:DescribeKey"])")) {
        decrypted = statement["Resource"]["Fn::GetAtt"][0];
      }
      if (statement["Resource"].is_array() && statement["Resource"].size() == 2 &&
          statement["Resource"][1].dump().find("/api.zip") != std::string::npos) {
        read = statement["Resource"][0]["Fn::GetAtt"][0];
      }
    }
  }
  EXPECT_EQ(decrypted.rfind("SourcesKey", 0), 0u) << decrypted;
  EXPECT_EQ(read.rfind("SourcesBucket", 0), 0u) << read;
  EXPECT_EQ(&images.pipeline().artifactBucket(), &images.artifacts().bucket());
}

TEST(ContainerPipeline, Errors) {
  using Props = healthcare::ContainerPipelineProps;
  hctest::expectPropsError<healthcare::ContainerPipeline>("Images", Props{},
                                                          "images is empty; give at least one image");
  hctest::expectPropsError<healthcare::ContainerPipeline>(
      "Images", Props{.images = {{.name = "2fast"}}},
      "image name '2fast' is not a container name; give a letter followed by letters, digits, '-' or '_'");
  hctest::expectPropsError<healthcare::ContainerPipeline>(
      "Images", Props{.images = {{.name = "Api"}, {.name = "Api"}}},
      "image name 'Api' is given twice; give each image its own name");
  hctest::expectPropsError<healthcare::ContainerPipeline>("Images", Props{.images = {{.directory = "", .name = "Api"}}},
                                                          "image 'Api': directory is empty");
  hctest::expectPropsError<healthcare::ContainerPipeline>(
      "Images", Props{.images = {{.name = "Api"}}, .maxImageCount = 0}, "maxImageCount is 0; give 1 to 1000");
  hctest::expectPropsError<healthcare::ContainerPipeline>(
      "Images", Props{.buildTimeout = cdk::Duration::minutes(2), .images = {{.name = "Api"}}},
      "buildTimeout is 120000 ms; give whole minutes from 5 to 480");
  hctest::expectPropsError<healthcare::ContainerPipeline>(
      "Images", Props{.images = {{.name = "Api"}}, .sourceObjectKey = ""}, "sourceObjectKey is empty");
  healthcare::EnvironmentProfile noReason = healthcare::EnvironmentProfile::dev();
  noReason.singleAzReason.reset();
  hctest::expectPropsError<healthcare::ContainerPipeline>(
      "Images", Props{.images = {{.name = "Api"}}, .profile = noReason}, "profile 'dev': multiAz is false");

  // repository() and deployTo(): the pipeline's path and what to change.
  Fixture f;
  auto& images = buildPipelineProgram(f);
  try {
    images.repository("Web");
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Images");
    EXPECT_NE(std::string(e.what()).find("no image is named 'Web'"), std::string::npos) << e.what();
  }
  auto& network = f.stack->make<healthcare::SecureVpc>("Network");
  auto& clinic =
      f.stack->make<healthcare::ClinicalService>("Clinic", {.certificateArn = cdk::Value(hctest::kCertificateArn),
                                                            .services = {{.image = "nginx:1.27", .name = "Web"}},
                                                            .vpc = network.vpc()});
  try {
    images.deployTo(clinic);
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Images");
    EXPECT_NE(std::string(e.what()).find("image 'App' has no service of its name in TapStackdev/Clinic; name the "
                                         "ClinicalContainer 'App'"),
              std::string::npos)
        << e.what();
  }
  Fixture g;
  auto& deployed = buildDeployProgram(g);
  try {
    deployed.deployTo(dynamic_cast<healthcare::ClinicalService&>(g.stack->node().findChild("Clinic")));
    ADD_FAILURE() << "expected a cdk::ConstructError";
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Images");
    EXPECT_NE(std::string(e.what()).find("deployTo was called already"), std::string::npos) << e.what();
  }
}

TEST(ContainerPipeline, CfnLintClean) {
  if (!cdkpp_test::haveCfnLint()) GTEST_SKIP() << "cfn-lint is not installed";
  hctest::LintFixture alone;
  alone.stack->make<healthcare::ContainerPipeline>("Images", {.images = {{.name = "App"}}});
  hctest::LintFixture deploy;
  auto& network = deploy.stack->make<healthcare::SecureVpc>("Network");
  auto& images = deploy.stack->make<healthcare::ContainerPipeline>(
      "Images", {.images = {{.directory = "api", .name = "Api"}}, .profile = healthcare::EnvironmentProfile::dev()});
  auto& clinic = deploy.stack->make<healthcare::ClinicalService>(
      "Clinic", {.httpOnlyReason = "dev environment: synthetic data only, no certificate issued.",
                 .profile = healthcare::EnvironmentProfile::dev(),
                 .services = {{.name = "Api", .pathPatterns = {"/api/*"}, .repository = images.repository("Api")}},
                 .vpc = network.vpc()});
  images.deployTo(clinic);
  cdkpp_test::expectCfnLintClean({{"container-pipeline", alone.synth()}, {"container-pipeline-deploy", deploy.synth()}},
                                 {{"container-pipeline-deploy", {hctest::kServiceWaitsForTargetGroup}}});
}

}  // namespace
