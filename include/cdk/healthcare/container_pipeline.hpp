// ContainerPipeline: the images of a healthcare application, built and deployed by CodePipeline, secure by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/codebuild/build_image.hpp"
#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/healthcare/environment_profile.hpp"

namespace cdk::codebuild {
class PipelineProject;
}
namespace cdk::codepipeline {
class Pipeline;
}
namespace cdk::ecr {
class Repository;
}
namespace cdk::iam {
class ManagedPolicy;
class Role;
}  // namespace cdk::iam
namespace cdk::kms {
class IKey;
}
namespace cdk::logs {
class LogGroup;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::healthcare {

class ClinicalService;
class PhiBucket;

/// One image the pipeline builds: its repository, and the service of a ClinicalService it is deployed to.
struct PipelineImage {
  /// The Docker build context in the source, e.g. "backend".
  std::string directory = ".";
  /// The image's name (required): the repository is "<name>Repository", and deployTo updates the ClinicalService's
  /// service of this name (ClinicalContainer::name).
  std::string name{};
  /// RepositoryName (a physical name, 2 to 256 of [a-z0-9._/-]); default a name CloudFormation generates.
  std::optional<cdk::Value> repositoryName{};
};

struct ContainerPipelineProps {
  /// How long a build may run (5 minutes to 8 hours).
  cdk::Duration buildTimeout = cdk::Duration::minutes(60);
  codebuild::ComputeType computeType = codebuild::ComputeType::SMALL;
  /// The key of the artifacts, the repositories, the build's logs and artifacts; default a new key with rotation,
  /// the child "Key".
  cdk::Handle<kms::IKey> encryptionKey{};
  /// The images (at least one, names unique).
  std::vector<PipelineImage> images{};
  /// Tagged images each repository keeps (1 to 1000); untagged ones expire after a day.
  int maxImageCount = 10;
  /// The pipeline's name; default a name CloudFormation generates.
  std::optional<std::string> pipelineName{};
  /// Default the prod preset: log retention and removal policy.
  EnvironmentProfile profile{};
  /// Where the source archive is (a versioned bucket); default the artifact bucket.
  cdk::Handle<s3::IBucket> sourceBucket{};
  /// The source archive (a zip of the Dockerfiles and code) in sourceBucket; CodePipeline polls it for new versions.
  std::string sourceObjectKey = "source.zip";
};

/// A pipeline for the images of a healthcare application: Source (an S3 archive), Build (CodeBuild builds and pushes
/// every image, tagged with the build number, and writes an image definitions file per image) and, with deployTo,
/// Deploy (one ECS deployment per service). The repositories scan on push, keep tags immutable, are encrypted with
/// the customer key and keep maxImageCount tagged images. The artifact bucket is a PhiBucket (customer key,
/// versioning, TLS only, access logs, replication); the build's artifacts and its log group (with the profile's
/// retention) are encrypted with the key. Every role's permissions are customer-managed policies written here, and
/// the L2 constructs get the roles without policy updates, so no grant writes an inline policy
/// (HIPAA.Security-IAMNoInlinePolicy).
///
/// Children: "Key" (unless given), "<name>Repository" per image, "Artifacts" (PhiBucket), "BuildLogs",
/// "BuildRole" and "BuildPolicy", "Build" (codebuild::PipelineProject), "PipelineRole" and "PipelinePolicy",
/// "Pipeline" (codepipeline::Pipeline, stages "Source", "Build" and, after deployTo, "Deploy").
///
/// Acknowledged: HIPAA.Security-CodeBuildProjectSourceRepoUrl on the project (its source is the pipeline's artifact,
/// not a GitHub or Bitbucket repository, so there is no OAuth to use; cdk-nag flags every project without
/// Source.Auth); and what PhiBucket acknowledges on its log and replica buckets.
///
/// Bad props throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API ContainerPipeline : public cdk::Construct {
 public:
  using Props = ContainerPipelineProps;
  ContainerPipeline(cdk::Construct& scope, std::string_view id, ContainerPipelineProps props);
  ~ContainerPipeline() override;

  /// Adds the "Deploy" stage: each image to the service of its name, as a rolling ECS deployment; the pipeline's
  /// policy may update the services and pass their roles. Once only; every image needs a service of its name.
  /// Throws cdk::ConstructError otherwise.
  void deployTo(const ClinicalService& service);

  /// The repository of the image `name` (pass it as ClinicalContainer::repository). Throws cdk::ConstructError for
  /// another name.
  ecr::Repository& repository(std::string_view name) const;
  const std::vector<ecr::Repository*>& repositories() const noexcept { return repositories_; }
  codepipeline::Pipeline& pipeline() const noexcept { return *pipeline_; }
  codebuild::PipelineProject& project() const noexcept { return *project_; }
  PhiBucket& artifacts() const noexcept { return *artifacts_; }
  logs::LogGroup& buildLogGroup() const noexcept { return *buildLogs_; }
  iam::Role& buildRole() const noexcept { return *buildRole_; }
  iam::Role& pipelineRole() const noexcept { return *pipelineRole_; }
  /// The pipeline role's permissions (deployTo adds to them).
  iam::ManagedPolicy& pipelinePolicy() const noexcept { return *pipelinePolicy_; }
  kms::IKey& key() const noexcept { return *key_; }
  const EnvironmentProfile& profile() const noexcept { return profile_; }

 private:
  EnvironmentProfile profile_;
  std::vector<PipelineImage> images_;
  kms::IKey* key_ = nullptr;
  std::vector<ecr::Repository*> repositories_;
  PhiBucket* artifacts_ = nullptr;
  logs::LogGroup* buildLogs_ = nullptr;
  iam::Role* buildRole_ = nullptr;
  codebuild::PipelineProject* project_ = nullptr;
  iam::Role* pipelineRole_ = nullptr;
  iam::ManagedPolicy* pipelinePolicy_ = nullptr;
  codepipeline::Pipeline* pipeline_ = nullptr;
  bool deployed_ = false;
};

}  // namespace cdk::healthcare
