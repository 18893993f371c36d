#include "cdk/codebuild/project.hpp"

#include <algorithm>
#include <functional>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/cfn/codebuild.hpp"
#include "cdk/core/arn.hpp"
#include "cdk/core/aws.hpp"
#include "cdk/core/cfn_element.hpp"
#include "cdk/core/cfn_reference.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ecr/repository.hpp"
#include "cdk/iam/policy.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/logs/log_group.hpp"
#include "cdk/s3/bucket.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "codebuild/project_sources.hpp"

namespace cdk::codebuild {

namespace {

/// Account values that are both literals and differ (aws-cdk-lib's Token.compareStrings(...) === DIFFERENT).
bool differentLiterals(const cdk::Value& a, const cdk::Value& b) {
  return a.isString() && b.isString() && a.asString() != b.asString();
}

/// Whether a PLAINTEXT value holds a secret: a dynamic reference to Secrets Manager or an SSM SecureString
/// parameter (what cdk::SecretValue makes). aws-cdk-lib looks for SecretValue tokens; cdkpp's SecretValue is
/// the reference text, so the value is resolved and its strings searched.
bool holdsSecret(const cdk::Stack& stack, const cdk::Value& value) {
  nlohmann::ordered_json resolved;
  if (value.isString()) {
    resolved = value.asString();
  } else {
    try {
      resolved = stack.resolve(value);
    } catch (const cdk::Error&) {
      return false;  // a reference to another stack: not a dynamic reference
    }
  }
  std::function<bool(const nlohmann::ordered_json&)> search = [&](const nlohmann::ordered_json& json) {
    if (json.is_string()) {
      const auto& text = json.get_ref<const std::string&>();
      return text.find("{{resolve:secretsmanager:") != std::string::npos ||
             text.find("{{resolve:ssm-secure:") != std::string::npos;
    }
    return (json.is_array() || json.is_object()) && std::ranges::any_of(json, search);
  };
  return search(resolved);
}

void addUnique(std::vector<cdk::Value>& values, cdk::Value value) {
  if (std::ranges::find(values, value) == values.end()) values.push_back(std::move(value));
}

std::string beforeColon(const std::string& text) { return text.substr(0, text.find(':')); }

/// The project's and the container's variables: the container's first, the project's overriding by name.
BuildEnvironmentVariables mergedVariables(const BuildEnvironmentVariables& container,
                                          const BuildEnvironmentVariables& project) {
  BuildEnvironmentVariables merged = container;
  for (const auto& [name, variable] : project) {
    auto it = std::ranges::find(merged, name, &std::pair<std::string, BuildEnvironmentVariable>::first);
    if (it != merged.end()) {
      it->second = variable;
    } else {
      merged.emplace_back(name, variable);
    }
  }
  return merged;
}

/// arn:${Partition}:ec2:${Region}:${AccountId}:<resource> with pseudo parameters, as aws-cdk-lib writes the
/// network interface statements (not formatArn: the region and account are never the stack's literals).
cdk::Value ec2PseudoArn(const cdk::Value& resource) {
  return cdk::Value("arn:") + cdk::Aws::PARTITION + ":ec2:" + cdk::Aws::REGION + ":" + cdk::Aws::ACCOUNT_ID + ":" +
         resource;
}

const std::vector<std::string> kVpcPolicyActions{"ec2:CreateNetworkInterface",
                                                 "ec2:DescribeNetworkInterfaces",
                                                 "ec2:DeleteNetworkInterface",
                                                 "ec2:DescribeSubnets",
                                                 "ec2:DescribeSecurityGroups",
                                                 "ec2:DescribeDhcpOptions",
                                                 "ec2:DescribeVpcs"};

/// The Policy "PolicyDocument" with the network interface actions that a project created for `role` (in
/// aws-cdk-lib, kept on the role object: one per role, under the first project in a VPC that uses it).
iam::Policy* existingVpcPolicy(const cdk::IConstruct& scope, const iam::IRole& role) {
  for (cdk::Construct* construct : scope.node().root().node().findAll()) {
    const auto* project = dynamic_cast<const Project*>(construct);
    if (project == nullptr || project->role() != &role) continue;
    if (auto* policy = dynamic_cast<iam::Policy*>(project->node().tryFindChild("PolicyDocument"))) return policy;
  }
  return nullptr;
}

}  // namespace

cdk::Value::List Project::serializeEnvVariables(const BuildEnvironmentVariables& environmentVariables,
                                                bool validateNoPlainTextSecrets, const IProject* principal) {
  cdk::Value::List rendered;
  std::vector<cdk::Value> ssmResources;
  std::vector<cdk::Value> secretsManagerResources;
  std::vector<cdk::Value> kmsResources;
  for (const auto& [name, variable] : environmentVariables) {
    const BuildEnvironmentVariableType type = variable.type.value_or(BuildEnvironmentVariableType::PLAINTEXT);
    cdk::Value::Map entry{{"name", name}, {"type", std::string(codebuild::toString(type))}};
    if (!variable.value.isNull()) entry.emplace_back("value", variable.value);
    rendered.emplace_back(std::move(entry));
    if (validateNoPlainTextSecrets && type == BuildEnvironmentVariableType::PLAINTEXT && principal != nullptr &&
        holdsSecret(principal->stack(), variable.value)) {
      throw cdk::Error(fmt::format(
          "Plaintext environment variable '{}' contains a secret value! This means the value of this variable will be "
          "visible in plain text in the AWS Console. Please consider using CodeBuild's SecretsManager environment "
          "variables feature instead. If you'd like to continue with having this secret in the plaintext "
          "environment variables, please set the checkSecretsInPlainTextEnvVariables property to false",
          name));
    }
    if (principal == nullptr) continue;
    const cdk::Stack& stack = principal->stack();
    const cdk::Value& value = variable.value;
    if (type == BuildEnvironmentVariableType::PARAMETER_STORE) {
      cdk::Value parameter = value;
      if (value.isString() && value.asString().starts_with('/')) parameter = value.asString().substr(1);
      ssmResources.push_back(stack.formatArn({.resource = "parameter", .resourceName = parameter, .service = "ssm"}));
    }
    if (type != BuildEnvironmentVariableType::SECRETS_MANAGER) continue;
    if (value.isString() && value.asString().starts_with("arn:")) {
      // A secret (of any account) by ARN, possibly followed by ":json-key:version-stage:version-id".
      const cdk::ArnComponents arn = stack.splitArn(value, cdk::ArnFormat::COLON_RESOURCE_NAME);
      if (!arn.resourceName || !arn.resourceName->isString() || arn.resourceName->asString().empty()) {
        throw cdk::Error("SecretManager ARN is missing the name of the secret: " + value.asString());
      }
      addUnique(secretsManagerResources,
                stack.formatArn({.account = arn.account,
                                 .arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                 .partition = arn.partition,
                                 .region = arn.region,
                                 .resource = "secret",
                                 .resourceName = beforeColon(arn.resourceName->asString()) + "*",
                                 .service = "secretsmanager"}));
      if (arn.account && differentLiterals(*arn.account, stack.account())) {
        addUnique(kmsResources, stack.formatArn({.account = arn.account,
                                                 .partition = arn.partition,
                                                 .region = arn.region,
                                                 .resource = "key",
                                                 .resourceName = "*",
                                                 .service = "kms"}));
      }
    } else if (value.isUnresolved()) {
      // A secret's ARN as a token: a secret of another account needs its key too, and the ARN a suffix.
      cdk::Value secretArn = value;
      if (value.isToken()) {
        if (const auto* reference = dynamic_cast<const cdk::CfnReference*>(value.asToken().get())) {
          const cdk::Stack& resourceStack = cdk::Stack::of(reference->target());
          if (differentLiterals(stack.account(), resourceStack.account())) {
            addUnique(kmsResources, stack.formatArn({.account = resourceStack.account(),
                                                     .partition = resourceStack.partition(),
                                                     .region = resourceStack.region(),
                                                     .resource = "key",
                                                     .resourceName = "*",
                                                     .service = "kms"}));
            secretArn = secretArn + "-??????";
          }
        }
      }
      addUnique(secretsManagerResources, std::move(secretArn));
    } else {
      // A secret of this account by name, possibly followed by ":json-key:version-stage:version-id".
      addUnique(secretsManagerResources, stack.formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                          .resource = "secret",
                                                          .resourceName = beforeColon(value.asString()) + "-??????",
                                                          .service = "secretsmanager"}));
    }
  }
  if (principal != nullptr) {
    const iam::PrincipalPtr grantee = principal->grantPrincipal();
    if (!ssmResources.empty()) {
      grantee->addToPrincipalPolicy(
          iam::PolicyStatement({.actions = {"ssm:GetParameters"}, .resources = ssmResources}));
    }
    if (!secretsManagerResources.empty()) {
      grantee->addToPrincipalPolicy(
          iam::PolicyStatement({.actions = {"secretsmanager:GetSecretValue"}, .resources = secretsManagerResources}));
    }
    if (!kmsResources.empty()) {
      grantee->addToPrincipalPolicy(iam::PolicyStatement({.actions = {"kms:Decrypt"}, .resources = kmsResources}));
    }
  }
  return rendered;
}

Project::Project(cdk::Construct& scope, std::string_view id, ProjectProps props)
    : cdk::Resource(scope, id, {.physicalName = props.projectName}) {
  if (props.role) {
    role_ = props.role.get();
  } else {
    role_ = &make<iam::Role>(
        "Role", iam::RoleProps{.assumedBy = std::make_shared<iam::ServicePrincipal>("codebuild.amazonaws.com")});
  }
  const std::shared_ptr<const IBuildImage> buildImage =
      props.environment.buildImage ? props.environment.buildImage : LinuxBuildImage::STANDARD_7_0;
  const std::shared_ptr<const ISource> source =
      props.source ? props.source : std::make_shared<const detail::TypeOnlySource>(detail::NO_SOURCE_TYPE);
  const SourceConfig sourceConfig = source->bind(*this, *this);
  if (props.badge.value_or(false) && !source->badgeSupported()) {
    throw cdk::ConstructError(node().path(), fmt::format("Badge is not supported for source type {}", source->type()));
  }
  const std::string_view artifactsType = source->type() == detail::CODEPIPELINE_SOURCE_ARTIFACTS_TYPE
                                             ? detail::CODEPIPELINE_SOURCE_ARTIFACTS_TYPE
                                             : detail::NO_ARTIFACTS_TYPE;
  if (source->type() == detail::NO_SOURCE_TYPE && (!props.buildSpec || !props.buildSpec->isImmediate())) {
    throw cdk::ConstructError(node().path(),
                              "If the Project's source is NoSource, you need to provide a concrete buildSpec");
  }
  if (props.autoRetryLimit && (*props.autoRetryLimit < 0 || *props.autoRetryLimit > 10)) {
    throw cdk::ConstructError(
        node().path(), fmt::format("autoRetryLimit must be a value between 0 and 10, got {}.", *props.autoRetryLimit));
  }

  CfnProjectProps cfn;
  cfn.description = props.description;
  CfnProject::SourceProperty sourceProperty{.location = sourceConfig.location,
                                            .sourceIdentifier = sourceConfig.sourceIdentifier,
                                            .type = std::string(source->type())};
  if (props.buildSpec) sourceProperty.buildSpec = props.buildSpec->toBuildSpec();
  cfn.source = std::move(sourceProperty);
  cfn.artifacts = CfnProject::ArtifactsProperty{.type = std::string(artifactsType)};
  cfn.serviceRole = role_->roleArn();

  // Environment (aws-cdk-lib's renderEnvironment): the image's checks, its pull permissions, the variables.
  std::vector<std::string> errors = buildImage->validate(props.environment);
  if (!errors.empty()) {
    std::string message = "Invalid CodeBuild environment: ";
    for (std::size_t i = 0; i < errors.size(); ++i) message += (i ? "\n" : "") + errors[i];
    throw cdk::ConstructError(node().path(), message);
  }
  const ImagePullPrincipalType pullType = buildImage->imagePullPrincipalType();
  if (ecr::IRepository* repository = buildImage->repository()) {
    if (pullType == ImagePullPrincipalType::SERVICE_ROLE) {
      repository->grantPull(*this);
    } else {
      iam::PolicyStatement statement(
          {.actions = {"ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"},
           .principals = {std::make_shared<iam::ServicePrincipal>("codebuild.amazonaws.com")},
           .sid = "CodeBuild"});
      repository->addToResourcePolicy(statement);
    }
  }
  secretsmanager::ISecret* credentials = buildImage->secretsManagerCredentials();
  if (credentials != nullptr && pullType == ImagePullPrincipalType::SERVICE_ROLE) credentials->grantRead(*this);
  CfnProject::EnvironmentProperty environment{
      .computeType =
          std::string(codebuild::toString(props.environment.computeType.value_or(buildImage->defaultComputeType()))),
      .image = buildImage->imageId(),
      .imagePullCredentialsType = std::string(codebuild::toString(pullType)),
      .privilegedMode = props.environment.privileged,
      .type = std::string(codebuild::toString(buildImage->type()))};
  if (credentials != nullptr) {
    environment.registryCredential = CfnProject::RegistryCredentialProperty{
        .credential = credentials->secretFullArn().value_or(credentials->secretName()),
        .credentialProvider = "SECRETS_MANAGER"};
  }
  const BuildEnvironmentVariables variables =
      mergedVariables(props.environment.environmentVariables, props.environmentVariables);
  if (!variables.empty()) {
    cdk::Value::List serialized;
    try {
      serialized = serializeEnvVariables(variables, props.checkSecretsInPlainTextEnvVariables, this);
    } catch (const cdk::ConstructError&) {
      throw;
    } catch (const cdk::Error& e) {
      // aws-cdk-lib names no construct here; the project is the one to change.
      throw cdk::ConstructError(node().path(), e.message());
    }
    std::vector<CfnProject::EnvironmentVariableProperty> cfnVariables;
    for (const cdk::Value& entry : serialized) {
      CfnProject::EnvironmentVariableProperty variable{.name = *entry.find("name"), .type = *entry.find("type")};
      if (const cdk::Value* value = entry.find("value")) variable.value = *value;
      cfnVariables.push_back(std::move(variable));
    }
    environment.environmentVariables = std::move(cfnVariables);
  }
  cfn.environment = std::move(environment);

  // The key stays open until synthesis: a pipeline's artifact key may become the project's.
  cfn.encryptionKey = cdk::Lazy::any([this]() -> cdk::Value {
    return encryptionKey_ != nullptr ? encryptionKey_->keyArn() : cdk::Value("alias/aws/s3");
  });
  if (props.badge) cfn.badgeEnabled = *props.badge;
  cfn.cache = CfnProject::ProjectCacheProperty{.type = "NO_CACHE"};
  cfn.name = props.projectName;
  if (props.timeout) cfn.timeoutInMinutes = props.timeout->toMinutes();
  if (props.queuedTimeout) cfn.queuedTimeoutInMinutes = props.queuedTimeout->toMinutes();
  if (props.concurrentBuildLimit) cfn.concurrentBuildLimit = *props.concurrentBuildLimit;
  cfn.sourceVersion = sourceConfig.sourceVersion;

  // VPC (aws-cdk-lib's configureVpc).
  if ((!props.securityGroups.empty() || props.allowAllOutbound) && !props.vpc) {
    throw cdk::ConstructError(node().path(),
                              "Cannot configure 'securityGroup' or 'allowAllOutbound' without configuring a VPC");
  }
  std::vector<cdk::Value> subnetIds;
  if (props.vpc) {
    if (!props.securityGroups.empty() && props.allowAllOutbound) {
      throw cdk::ConstructError(node().path(), "Configure 'allowAllOutbound' directly on the supplied SecurityGroup.");
    }
    std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups = props.securityGroups;
    if (securityGroups.empty()) {
      securityGroups.emplace_back(make<ec2::SecurityGroup>(
          "SecurityGroup", ec2::SecurityGroupProps{.allowAllOutbound = props.allowAllOutbound.value_or(true),
                                                   .description = "Automatic generated security group for CodeBuild " +
                                                                  cdk::Names::uniqueId(*this),
                                                   .vpc = props.vpc}));
    }
    connections_ = ec2::Connections({.securityGroups = securityGroups});
    subnetIds = props.vpc->selectSubnets(props.subnetSelection.value_or(ec2::SubnetSelection{})).subnetIds();
    cdk::ValueList groupIds;
    for (const auto& group : securityGroups) groupIds.push_back(group->securityGroupId());
    cfn.vpcConfig = CfnProject::VpcConfigProperty{
        .securityGroupIds = std::move(groupIds), .subnets = cdk::ValueList(subnetIds), .vpcId = props.vpc->vpcId()};
  }

  // Logging (aws-cdk-lib's renderLoggingConfiguration).
  if (props.logging) {
    CfnProject::LogsConfigProperty logsConfig;
    if (const auto& s3 = props.logging->s3) {
      CfnProject::S3LogsConfigProperty s3Config{
          .location = s3->bucket->bucketName() + (s3->prefix ? "/" + *s3->prefix : std::string()),
          .status = s3->enabled ? "ENABLED" : "DISABLED"};
      if (s3->encrypted) s3Config.encryptionDisabled = !*s3->encrypted;
      logsConfig.s3Logs = std::move(s3Config);
      s3->bucket->grantWrite(*this);
    }
    if (const auto& cloudWatch = props.logging->cloudWatch) {
      if (cloudWatch->enabled && !cloudWatch->logGroup) {
        throw cdk::ConstructError(node().path(),
                                  "Specifying a LogGroup is required if CloudWatch logging for CodeBuild is enabled");
      }
      CfnProject::CloudWatchLogsConfigProperty cloudWatchConfig{.status = cloudWatch->enabled ? "ENABLED" : "DISABLED"};
      if (cloudWatch->logGroup) {
        cloudWatch->logGroup->grantWrite(*this);
        cloudWatchConfig.groupName = cloudWatch->logGroup->logGroupName();
      }
      if (cloudWatch->prefix) cloudWatchConfig.streamName = *cloudWatch->prefix;
      logsConfig.cloudWatchLogs = std::move(cloudWatchConfig);
    }
    cfn.logsConfig = std::move(logsConfig);
  }
  if (props.autoRetryLimit) cfn.autoRetryLimit = *props.autoRetryLimit;
  resource_ = &make<CfnProject>("Resource", std::move(cfn));

  // In a VPC: creating network interfaces in the selected subnets, and the actions CodeBuild needs before
  // the first build (a separate policy the project depends on, so they exist when CloudFormation creates it).
  if (props.vpc) {
    cdk::Value::List subnetArns;
    for (const cdk::Value& subnetId : subnetIds) subnetArns.push_back(ec2PseudoArn(cdk::Value("subnet/") + subnetId));
    role_->addToPrincipalPolicy(iam::PolicyStatement(
        {.actions = {"ec2:CreateNetworkInterfacePermission"},
         .conditions = {{"StringEquals", cdk::Value::map({{"ec2:Subnet", cdk::Value(std::move(subnetArns))},
                                                          {"ec2:AuthorizedService", "codebuild.amazonaws.com"}})}},
         .resources = {ec2PseudoArn("network-interface/*")}}));
    iam::Policy* policy = existingVpcPolicy(*this, *role_);
    if (policy == nullptr) {
      policy = &make<iam::Policy>(
          "PolicyDocument",
          iam::PolicyProps{.statements = {iam::PolicyStatement({.actions = kVpcPolicyActions, .resources = {"*"}})}});
      role_->attachInlinePolicy(*policy);
    }
    resource_->node().addDependency(*policy);
  }

  // The default log group /aws/codebuild/<name> and its streams.
  const cdk::Value logGroupArn = cdk::Stack::of(*this).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                                  .resource = "log-group",
                                                                  .resourceName = "/aws/codebuild/" + projectName(),
                                                                  .service = "logs"});
  addToRolePolicy(iam::PolicyStatement({.actions = {"logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"},
                                        .resources = {logGroupArn, logGroupArn + ":*"}}));
  if (props.grantReportGroupPermissions) {
    addToRolePolicy(iam::PolicyStatement(
        {.actions = {"codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport",
                     "codebuild:BatchPutTestCases", "codebuild:BatchPutCodeCoverages"},
         .resources = {cdk::Stack::of(*this).formatArn(
             {.resource = "report-group", .resourceName = projectName() + "-*", .service = "codebuild"})}}));
  }
  if (props.ssmSessionPermissions) {
    addToRolePolicy(iam::PolicyStatement(
        {.actions = {"ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                     "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel", "logs:DescribeLogGroups",
                     "logs:CreateLogStream", "logs:PutLogEvents", "s3:GetEncryptionConfiguration", "s3:PutObject"},
         .resources = {"*"}}));
  }
  if (props.encryptionKey) setEncryptionKey(*props.encryptionKey);
}

Project::~Project() = default;

cdk::Value Project::projectArn() const { return resource_->getAtt("Arn"); }

cdk::Value Project::projectName() const { return resource_->ref(); }

void Project::addToRolePolicy(const iam::PolicyStatement& statement) {
  if (role_ != nullptr) role_->addToPrincipalPolicy(statement);
}

iam::PrincipalPtr Project::grantPrincipal() const { return role_->grantPrincipal(); }

ec2::Connections Project::connections() const {
  if (!connections_) {
    throw cdk::ConstructError(node().path(),
                              "Only VPC-associated Projects have security groups to manage. Supply the \"vpc\" "
                              "parameter when creating the Project");
  }
  return *connections_;
}

void Project::bindToCodePipeline(cdk::Construct&, const BindToCodePipelineOptions& options) {
  // aws-cdk-lib skips a key of another account or region; cdkpp's pipelines are in one environment.
  if (options.artifactBucket && encryptionKey_ == nullptr) {
    if (kms::IKey* key = options.artifactBucket->encryptionKey()) setEncryptionKey(*key);
  }
}

void Project::setEncryptionKey(kms::IKey& key) {
  encryptionKey_ = &key;
  key.grantEncryptDecrypt(*this);
}

}  // namespace cdk::codebuild
