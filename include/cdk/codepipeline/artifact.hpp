// The artifacts actions pass to each other (aws-cdk-lib's codepipeline.Artifact and ArtifactPath).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::codepipeline {

class ArtifactPath;

/// An output of one action and input of others. A handle: copies are the same artifact, so one object can be
/// the output of a source action and the input of a build action. An unnamed artifact is named by the
/// pipeline that produces it ("Artifact_<stage>_<action>", with "_<n>" when the action has several).
class CDKPP_API Artifact {
 public:
  /// An artifact the pipeline names.
  Artifact();
  /// Throws cdk::Error for a name that does not match ^[a-zA-Z0-9_-]{1,100}$.
  explicit Artifact(std::string artifactName);
  static Artifact artifact(std::string artifactName) { return Artifact(std::move(artifactName)); }

  const std::optional<std::string>& artifactName() const noexcept;
  /// The name where it is used in a template: the name, or for an unnamed artifact a token resolved once the
  /// pipeline has named it (resolving it throws cdk::Error when no pipeline did).
  cdk::Value nameValue() const;
  /// A file of this artifact (for EcsDeployAction's imageFile).
  ArtifactPath atPath(std::string fileName) const;
  /// { "Fn::GetArtifactAtt": [<name>, "BucketName"] } (and ObjectKey, URL): for action configurations.
  cdk::Value bucketName() const;
  cdk::Value objectKey() const;
  cdk::Value url() const;
  /// { "Fn::GetParam": [<name>, jsonFile, keyName] }.
  cdk::Value getParam(std::string_view jsonFile, std::string_view keyName) const;

  /// Metadata actions leave for the actions that consume the artifact (a CodeStar connection's ARN).
  void setMetadata(std::string key, cdk::Value value);
  std::optional<cdk::Value> getMetadata(std::string_view key) const;

  /// Names an unnamed artifact (the pipeline does, when rendering). Throws cdk::Error for a named one.
  void setName(std::string name);

  friend bool operator==(const Artifact& a, const Artifact& b) noexcept { return a.state_ == b.state_; }

 private:
  struct State;
  std::shared_ptr<State> state_;
};

/// A file inside an artifact: "<artifact>::<file>".
class CDKPP_API ArtifactPath {
 public:
  ArtifactPath(Artifact artifact, std::string fileName)
      : artifact_(std::move(artifact)), fileName_(std::move(fileName)) {}
  static ArtifactPath artifactPath(std::string artifactName, std::string fileName) {
    return ArtifactPath(Artifact(std::move(artifactName)), std::move(fileName));
  }
  const Artifact& artifact() const noexcept { return artifact_; }
  const std::string& fileName() const noexcept { return fileName_; }
  /// "<artifact name>::<file name>" (the name resolved when the pipeline names the artifact).
  cdk::Value location() const;

 private:
  Artifact artifact_;
  std::string fileName_;
};

}  // namespace cdk::codepipeline
