// A source from an object in an S3 bucket (aws-cdk-lib's codepipeline_actions.S3SourceAction and S3Trigger).
#pragma once

#include <optional>
#include <string>

#include "cdk/codepipeline_actions/action.hpp"
#include "cdk/core/value.hpp"

namespace cdk::s3 {
class IBucket;
}

namespace cdk::codepipeline_actions {

/// How the pipeline learns of a new version of the object. (aws-cdk-lib's EVENTS, a CloudTrail trail and an
/// event rule, is not in cdkpp.)
enum class S3Trigger { NONE, POLL };

struct S3SourceActionProps {
  std::string actionName{};
  /// The bucket (required); it should be versioned.
  cdk::Handle<s3::IBucket> bucket{};
  /// The key of the zip file in the bucket (required, not empty).
  std::string bucketKey{};
  /// The artifact the object becomes.
  codepipeline::Artifact output{};
  cdk::Handle<iam::IRole> role{};
  std::optional<int> runOrder{};
  /// PollForSourceChanges: true for POLL, false for NONE; not rendered by default.
  std::optional<S3Trigger> trigger{};
  std::optional<std::string> variablesNamespace{};
};

/// The variables of the action.
struct S3SourceVariables {
  cdk::Value versionId;
  cdk::Value eTag;
};

/// Source/S3. The action's role may read the object and write the artifact.
class CDKPP_API S3SourceAction final : public Action {
 public:
  /// Throws cdk::Error for an empty bucketKey or a missing bucket.
  explicit S3SourceAction(S3SourceActionProps props);
  S3SourceVariables variables() const;
};

}  // namespace cdk::codepipeline_actions
