#include "cdk/healthcare/container_pipeline.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "cdk/codebuild/build_spec.hpp"
#include "cdk/codebuild/pipeline_project.hpp"
#include "cdk/codepipeline/artifact.hpp"
#include "cdk/codepipeline/pipeline.hpp"
#include "cdk/codepipeline_actions/codebuild_action.hpp"
#include "cdk/codepipeline_actions/ecs_deploy_action.hpp"
#include "cdk/codepipeline_actions/s3_source_action.hpp"
#include "cdk/compliance/acknowledge.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ecr/repository.hpp"
#include "cdk/ecs/fargate_service.hpp"
#include "cdk/ecs/task_definition.hpp"
#include "cdk/healthcare/clinical_service.hpp"
#include "cdk/healthcare/phi_bucket.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/logs/log_group.hpp"
#include "cdk/s3/bucket.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace {

constexpr const char* kBuildOutput = "BuildOutput";

iam::PolicyStatement allow(std::vector<std::string> actions, std::vector<cdk::Value> resources) {
  return iam::PolicyStatement({.actions = std::move(actions), .resources = std::move(resources)});
}

/// The build's environment variable with the repository URI of the image `name`: "BACKEND_REPOSITORY_URI".
std::string uriVariable(std::string_view name) {
  std::string variable;
  for (const char c : name) variable += std::isalnum(static_cast<unsigned char>(c)) ? std::toupper(c) : '_';
  return variable + "_REPOSITORY_URI";
}

void validate(const cdk::Construct& scope, const ContainerPipelineProps& props) {
  const std::string path = scope.node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  detail::checkProfile(scope, props.profile);
  if (props.images.empty()) fail("images is empty; give at least one image, e.g. {.name = \"Backend\"}");
  std::set<std::string> names;
  for (const auto& image : props.images) {
    const bool valid = !image.name.empty() && std::isalpha(static_cast<unsigned char>(image.name.front())) &&
                       std::all_of(image.name.begin(), image.name.end(), [](char c) {
                         return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
                       });
    if (!valid) {
      fail(fmt::format(
          "image name '{}' is not a container name; give a letter followed by letters, digits, '-' or '_' (the name "
          "of the ClinicalService's service the image is deployed to)",
          image.name));
    }
    if (!names.insert(image.name).second) {
      fail(fmt::format("image name '{}' is given twice; give each image its own name", image.name));
    }
    if (image.directory.empty())
      fail(fmt::format("image '{}': directory is empty; give \".\" for the root", image.name));
  }
  if (props.maxImageCount < 1 || props.maxImageCount > 1000) {
    fail(fmt::format("maxImageCount is {}; give 1 to 1000 (the tagged images each repository keeps)",
                     props.maxImageCount));
  }
  const auto minutes = props.buildTimeout.toMilliseconds() / 60'000;
  if (props.buildTimeout.toMilliseconds() % 60'000 != 0 || minutes < 5 || minutes > 480) {
    fail(fmt::format("buildTimeout is {} ms; give whole minutes from 5 to 480 (CodeBuild's limits)",
                     props.buildTimeout.toMilliseconds()));
  }
  if (props.sourceObjectKey.empty())
    fail("sourceObjectKey is empty; give the key of the source archive, e.g. source.zip");
}

/// version 0.2: log in to ECR, then build, push and describe each image (tagged with the build number: the
/// repositories' tags are immutable), the image definitions files as the artifact.
codebuild::BuildSpec buildSpec(const std::vector<PipelineImage>& images) {
  cdk::Value::List build;
  cdk::Value::List files;
  for (const auto& image : images) {
    const std::string uri = "$" + uriVariable(image.name) + ":$IMAGE_TAG";
    build.emplace_back(fmt::format("docker build -t {} {}", uri, image.directory));
    build.emplace_back(fmt::format("docker push {}", uri));
    build.emplace_back(
        fmt::format("printf '[{{\"name\":\"{}\",\"imageUri\":\"%s\"}}]' {} > {}.json", image.name, uri, image.name));
    files.emplace_back(image.name + ".json");
  }
  // The registry is the repository URI up to its first '/'.
  const std::string login =
      "aws ecr get-login-password --region $AWS_DEFAULT_REGION | docker login --username AWS "
      "--password-stdin ${" +
      uriVariable(images.front().name) + "%%/*}";
  return codebuild::BuildSpec::fromObject(cdk::Value::map(
      {{"version", "0.2"},
       {"phases",
        cdk::Value::map(
            {{"pre_build",
              cdk::Value::map({{"commands", cdk::Value::list({login, "IMAGE_TAG=build-$CODEBUILD_BUILD_NUMBER"})}})},
             {"build", cdk::Value::map({{"commands", cdk::Value(std::move(build))}})}})},
       {"artifacts", cdk::Value::map({{"files", cdk::Value(std::move(files))}})}}));
}

}  // namespace

ContainerPipeline::ContainerPipeline(cdk::Construct& scope, std::string_view id, ContainerPipelineProps props)
    : cdk::Construct(scope, id), profile_(props.profile), images_(props.images) {
  validate(*this, props);
  const cdk::RemovalPolicy removalPolicy = detail::withoutSnapshot(profile_.removalPolicy);
  const bool destroy = removalPolicy == cdk::RemovalPolicy::DESTROY;

  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>("Key", {.description = "Images and builds of " + node().path(),
                                   .enableKeyRotation = true,
                                   .removalPolicy = removalPolicy});
  }
  detail::allowCloudWatchLogs(*key_);

  // Scanned on push, immutable tags (a deployed tag always names the same image), encrypted with the key; untagged
  // layers of failed pushes expire after a day, and the newest maxImageCount images stay.
  for (const auto& image : images_) {
    repositories_.push_back(&make<ecr::Repository>(
        image.name + "Repository",
        {.emptyOnDelete = destroy ? std::optional<bool>(true) : std::nullopt,
         .encryption = ecr::RepositoryEncryption::KMS,
         .encryptionKey = *key_,
         .imageScanOnPush = true,
         .imageTagMutability = ecr::TagMutability::IMMUTABLE,
         .lifecycleRules = {{.description = "Expire untagged images after a day",
                             .maxImageAge = cdk::Duration::days(1),
                             .tagStatus = ecr::TagStatus::UNTAGGED},
                            {.description = fmt::format("Keep the last {} images", props.maxImageCount),
                             .maxImageCount = props.maxImageCount,
                             .tagStatus = ecr::TagStatus::ANY}},
         .removalPolicy = removalPolicy,
         .repositoryName = image.repositoryName}));
  }

  artifacts_ = &make<PhiBucket>("Artifacts", {.encryptionKey = *key_, .profile = profile_});
  s3::IBucket& artifactBucket = artifacts_->bucket();
  s3::IBucket& sourceBucket = props.sourceBucket ? *props.sourceBucket : artifactBucket;

  buildLogs_ = &make<logs::LogGroup>(
      "BuildLogs", {.encryptionKey = *key_, .removalPolicy = removalPolicy, .retention = profile_.logRetention});

  // The L2 constructs get the roles without policy updates: their grants would be an inline DefaultPolicy
  // (HIPAA.Security-IAMNoInlinePolicy); the same permissions are the customer-managed policies below.
  buildRole_ =
      &make<iam::Role>("BuildRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("codebuild.amazonaws.com")});
  codebuild::BuildEnvironmentVariables variables;
  for (std::size_t i = 0; i < images_.size(); ++i) {
    variables.emplace_back(uriVariable(images_[i].name),
                           codebuild::BuildEnvironmentVariable{.value = repositories_[i]->repositoryUri()});
  }
  project_ = &make<codebuild::PipelineProject>(
      "Build",
      {.buildSpec = buildSpec(images_),
       .description = cdk::Value("Builds and pushes the images of " + node().path()),
       .encryptionKey = *key_,
       .environment = {.buildImage = codebuild::LinuxBuildImage::STANDARD_7_0,
                       .computeType = props.computeType,
                       .privileged = true},
       .environmentVariables = std::move(variables),
       .grantReportGroupPermissions = false,
       .logging = codebuild::LoggingOptions{.cloudWatch = codebuild::CloudWatchLoggingOptions{.logGroup = *buildLogs_}},
       .role = buildRole_->withoutPolicyUpdates(),
       .timeout = props.buildTimeout});
  compliance::acknowledge(*project_,
                          {.id = "HIPAA.Security-CodeBuildProjectSourceRepoUrl",
                           .reason = "The source is the pipeline's artifact (type CODEPIPELINE), not a GitHub or "
                                     "Bitbucket repository: there is no OAuth connection to use."});
  std::vector<cdk::Value> repositoryArns;
  for (auto* repository : repositories_) repositoryArns.push_back(repository->repositoryArn());
  make<iam::ManagedPolicy>(
      "BuildPolicy",
      {.roles = {*buildRole_},
       .statements = {
           allow({"logs:CreateLogStream", "logs:PutLogEvents"}, {buildLogs_->logGroupArn()}),
           allow({"s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"}, {artifactBucket.arnForObjects("*")}),
           allow({"s3:GetBucketAcl", "s3:GetBucketLocation"}, {artifactBucket.bucketArn()}),
           allow({"kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"}, {key_->keyArn()}),
           allow({"ecr:GetAuthorizationToken"}, {"*"}),
           allow({"ecr:BatchCheckLayerAvailability", "ecr:CompleteLayerUpload", "ecr:InitiateLayerUpload",
                  "ecr:PutImage", "ecr:UploadLayerPart", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"},
                 repositoryArns)}});

  pipelineRole_ = &make<iam::Role>(
      "PipelineRole", {.assumedBy = std::make_shared<iam::ServicePrincipal>("codepipeline.amazonaws.com")});
  std::vector<iam::PolicyStatement> pipelineStatements{
      allow({"s3:GetObject", "s3:GetObjectVersion", "s3:GetBucketVersioning", "s3:GetBucketLocation", "s3:PutObject",
             "s3:ListBucket"},
            {artifactBucket.bucketArn(), artifactBucket.arnForObjects("*")}),
      allow({"kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"}, {key_->keyArn()}),
      allow({"codebuild:BatchGetBuilds", "codebuild:StartBuild"}, {project_->projectArn()})};
  if (&sourceBucket != &artifactBucket) {
    pipelineStatements.push_back(allow(
        {"s3:GetObject", "s3:GetObjectVersion", "s3:GetBucketVersioning", "s3:GetBucketLocation", "s3:ListBucket"},
        {sourceBucket.bucketArn(), sourceBucket.arnForObjects(props.sourceObjectKey)}));
    if (auto* sourceKey = sourceBucket.encryptionKey(); sourceKey && sourceKey != key_) {
      pipelineStatements.push_back(allow({"kms:Decrypt", "kms:DescribeKey"}, {sourceKey->keyArn()}));
    }
  }
  pipelinePolicy_ =
      &make<iam::ManagedPolicy>("PipelinePolicy", {.roles = {*pipelineRole_}, .statements = pipelineStatements});

  const codepipeline::Artifact source("SourceOutput");
  const codepipeline::Artifact built(kBuildOutput);
  pipeline_ = &make<codepipeline::Pipeline>(
      "Pipeline",
      {.artifactBucket = artifactBucket,
       .crossAccountKeys = false,
       .pipelineName = props.pipelineName,
       .pipelineType = codepipeline::PipelineType::V2,
       .restartExecutionOnUpdate = false,
       // By ARN and immutable: the role itself as a dependency would repeat what RoleArn says (cfn-lint W3005); the
       // pipeline waits for its policy instead.
       .role = iam::Role::fromRoleArn(*this, "PipelineRoleArn", pipelineRole_->roleArn(), {.mutable_ = false}),
       .stages = {{.actions = {codepipeline_actions::S3SourceAction(
                       {.actionName = "Source",
                        .bucket = sourceBucket,
                        .bucketKey = props.sourceObjectKey,
                        .output = source,
                        .trigger = codepipeline_actions::S3Trigger::POLL})},
                   .stageName = "Source"},
                  {.actions = {codepipeline_actions::CodeBuildAction(
                       {.actionName = "Build", .input = source, .outputs = {built}, .project = *project_})},
                   .stageName = "Build"}},
       .usePipelineRoleForActions = true});
  pipeline_->node().addDependency(*pipelinePolicy_);
}

ContainerPipeline::~ContainerPipeline() = default;

ecr::Repository& ContainerPipeline::repository(std::string_view name) const {
  for (std::size_t i = 0; i < images_.size(); ++i) {
    if (images_[i].name == name) return *repositories_[i];
  }
  throw cdk::ConstructError(node().path(), fmt::format("no image is named '{}'; give one of the images' names", name));
}

void ContainerPipeline::deployTo(const ClinicalService& service) {
  if (deployed_) {
    throw cdk::ConstructError(node().path(),
                              "deployTo was called already: the pipeline deploys to one ClinicalService");
  }
  std::vector<codepipeline::ActionPtr> actions;
  std::vector<cdk::Value> passedRoles;
  for (const auto& image : images_) {
    const auto& services = service.services();
    const auto found = std::find_if(services.begin(), services.end(),
                                    [&](const ecs::FargateService* s) { return s->node().id() == image.name; });
    if (found == services.end()) {
      throw cdk::ConstructError(
          node().path(), fmt::format("image '{}' has no service of its name in {}; name the ClinicalContainer '{}', "
                                     "or give the pipeline the images of that ClinicalService only",
                                     image.name, service.node().path(), image.name));
    }
    const ecs::TaskDefinition& task = (*found)->taskDefinition();
    passedRoles.push_back(task.taskRole().roleArn());
    if (task.executionRole()) passedRoles.push_back(task.executionRole()->roleArn());
    actions.push_back(codepipeline_actions::EcsDeployAction(
        {.actionName = "Deploy" + image.name,
         .imageFile = codepipeline::Artifact(kBuildOutput).atPath(image.name + ".json"),
         .service = **found}));
  }
  // What aws-cdk-lib's EcsDeployAction grants: ECS's deployment actions name no resource.
  pipelinePolicy_->addStatements(
      {allow({"ecs:DescribeServices", "ecs:DescribeTaskDefinition", "ecs:DescribeTasks", "ecs:ListTasks",
              "ecs:RegisterTaskDefinition", "ecs:TagResource", "ecs:UpdateService"},
             {"*"}),
       iam::PolicyStatement({.actions = {"iam:PassRole"},
                             .conditions = {{"StringEqualsIfExists",
                                             cdk::Value::map({{"iam:PassedToService", "ecs-tasks.amazonaws.com"}})}},
                             .resources = passedRoles})});
  pipeline_->addStage({.actions = std::move(actions), .stageName = "Deploy"});
  deployed_ = true;
}

}  // namespace cdk::healthcare
