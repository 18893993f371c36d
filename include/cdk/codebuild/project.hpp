// CodeBuild projects (aws-cdk-lib's codebuild.IProject and codebuild.Project).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/codebuild/build_environment.hpp"
#include "cdk/codebuild/build_spec.hpp"
#include "cdk/codebuild/project_logs.hpp"
#include "cdk/codebuild/source.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::ec2 {
class ISecurityGroup;
class IVpc;
}  // namespace cdk::ec2
namespace cdk::iam {
class IRole;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::codebuild {

class CfnProject;

/// What a pipeline action tells the project it runs (aws-cdk-lib's BindToCodePipelineOptions).
struct BindToCodePipelineOptions {
  /// The pipeline's artifact bucket: its key becomes the project's encryption key.
  cdk::Handle<s3::IBucket> artifactBucket{};
};

/// A project, created here.
class CDKPP_API IProject : public virtual cdk::IResource, public iam::IGrantable, public ec2::IConnectable {
 public:
  /// { "Fn::GetAtt": [<project>, "Arn"] }.
  virtual cdk::Value projectArn() const = 0;
  /// { "Ref": <project> }.
  virtual cdk::Value projectName() const = 0;
  /// The role builds run as (nullptr for a project without one).
  virtual iam::IRole* role() const = 0;
  /// Adds a statement to the role's policy (nothing without a role).
  virtual void addToRolePolicy(const iam::PolicyStatement& statement) = 0;
  /// Called by the pipeline actions that run the project.
  virtual void bindToCodePipeline(cdk::Construct& scope, const BindToCodePipelineOptions& options) = 0;
};

struct ProjectProps {
  /// Whether the security group the project creates allows all outbound traffic (only with a vpc and no
  /// securityGroups); default true.
  std::optional<bool> allowAllOutbound{};
  /// How many times a failed build is retried (0 to 10).
  std::optional<int> autoRetryLimit{};
  /// A badge URL for the source (only for sources that support one).
  std::optional<bool> badge{};
  /// Required without a source (and then it must be an object).
  std::optional<BuildSpec> buildSpec{};
  /// Refuse secrets (dynamic references to Secrets Manager or SSM SecureString) in PLAINTEXT variables.
  bool checkSecretsInPlainTextEnvVariables = true;
  /// The most builds that run at once.
  std::optional<int> concurrentBuildLimit{};
  std::optional<cdk::Value> description{};
  /// The key of the build's artifacts (EncryptionKey); default the AWS managed key of S3 ("alias/aws/s3").
  /// The role may encrypt and decrypt with it.
  cdk::Handle<kms::IKey> encryptionKey{};
  BuildEnvironment environment{};
  /// The project's variables; they override the environment's of the same name.
  BuildEnvironmentVariables environmentVariables{};
  /// Lets the role create reports of report groups named <project name>-*.
  bool grantReportGroupPermissions = true;
  std::optional<LoggingOptions> logging{};
  /// Name; default a name CloudFormation generates.
  std::optional<cdk::Value> projectName{};
  /// How long a build may wait in the queue (5 minutes to 8 hours).
  std::optional<cdk::Duration> queuedTimeout{};
  /// Default a role the project creates ("Role"), assumed by codebuild.amazonaws.com.
  cdk::Handle<iam::IRole> role{};
  /// The project's security groups (only with a vpc); default one the project creates ("SecurityGroup").
  std::vector<cdk::Handle<ec2::ISecurityGroup>> securityGroups{};
  /// Default no source (then buildSpec must be an object). PipelineProject takes its source from the pipeline.
  std::shared_ptr<const ISource> source{};
  /// Lets the role open SSM sessions into running builds (for debugging).
  bool ssmSessionPermissions = false;
  /// Which subnets of the vpc builds run in; default the VPC's default selection (the private subnets).
  std::optional<ec2::SubnetSelection> subnetSelection{};
  /// How long a build may run (5 minutes to 36 hours); default CodeBuild's (1 hour).
  std::optional<cdk::Duration> timeout{};
  /// Runs builds in the VPC: the role gets the network interface permissions.
  cdk::Handle<ec2::IVpc> vpc{};
};

/// A CodeBuild project: a role ("Role", with the statements for its default log group and report groups), the
/// AWS::CodeBuild::Project "Resource", and in a VPC the security group ("SecurityGroup") and a Policy
/// ("PolicyDocument") with the network interface actions that the project depends on.
class CDKPP_API Project : public cdk::Resource, public virtual IProject {
 public:
  using Props = ProjectProps;

  /// Throws cdk::ConstructError for the combinations aws-cdk-lib refuses (no source without an object build
  /// spec, security groups or allowAllOutbound without a vpc, both, an invalid environment, CloudWatch
  /// logging without a log group, a secret in a PLAINTEXT variable, autoRetryLimit outside 0..10).
  Project(cdk::Construct& scope, std::string_view id, ProjectProps props = {});
  ~Project() override;

  /// The variables as aws-cdk-lib's Project.serializeEnvVariables writes them: a list of {name, type, value}
  /// in the given order. With a principal, it may read the PARAMETER_STORE parameters and SECRETS_MANAGER
  /// secrets (and decrypt secrets of other accounts). Throws cdk::Error for a secret in a PLAINTEXT variable
  /// (when validateNoPlainTextSecrets) and for a secret ARN without a name.
  static cdk::Value::List serializeEnvVariables(const BuildEnvironmentVariables& environmentVariables,
                                                bool validateNoPlainTextSecrets = false,
                                                const IProject* principal = nullptr);

  cdk::Value projectArn() const override;
  cdk::Value projectName() const override;
  iam::IRole* role() const override { return role_; }
  void addToRolePolicy(const iam::PolicyStatement& statement) override;
  /// The role's principal.
  iam::PrincipalPtr grantPrincipal() const override;
  /// The security groups of a project in a VPC. Throws cdk::ConstructError for a project without a vpc.
  ec2::Connections connections() const override;
  /// Makes the artifact bucket's key the project's encryption key (unless one was given).
  void bindToCodePipeline(cdk::Construct& scope, const BindToCodePipelineOptions& options) override;

  CfnProject& cfnProject() const noexcept { return *resource_; }

 private:
  void setEncryptionKey(kms::IKey& key);

  iam::IRole* role_ = nullptr;
  kms::IKey* encryptionKey_ = nullptr;
  std::optional<ec2::Connections> connections_;
  CfnProject* resource_ = nullptr;
};

}  // namespace cdk::codebuild
