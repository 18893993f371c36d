// How a stack reaches the cloud assembly and its deployment environment (aws-cdk-lib's IStackSynthesizer and
// StackSynthesizer): what its template carries for the bootstrap, which artifacts manifest.json lists for it, and
// which roles and buckets `cdk deploy` uses. Stacks use DefaultStackSynthesizer unless StackProps::synthesizer or
// AppProps::defaultStackSynthesizer says otherwise.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/assets.hpp"
#include "cdk/core/export.hpp"

namespace cdk {

class Stack;

/// The context key whose value is the bootstrap qualifier when a synthesizer is given none.
inline constexpr const char* BOOTSTRAP_QUALIFIER_CONTEXT = "@aws-cdk/core:bootstrapQualifier";

/// A role of the bootstrap stack that the cdk CLI assumes (aws-cdk-lib's BootstrapRole).
struct BootstrapRole {
  std::string arn{};
  std::optional<std::string> assumeRoleExternalId{};
  /// The SSM parameter that holds the bootstrap stack's version.
  std::optional<std::string> bootstrapStackVersionSsmParameter{};
  /// The bootstrap stack version the role needs.
  std::optional<int> requiresBootstrapStackVersion{};
};

/// What manifest.json says of a stack besides its template (aws-cdk-lib's SynthesizeStackArtifactOptions).
/// Written in aws-cdk-lib's order of the keys, unset ones left out.
struct SynthesizeStackArtifactOptions {
  /// Artifacts deployed before the stack (its asset manifest), listed after the stacks it depends on.
  std::vector<std::string> additionalDependencies{};
  /// The role the cdk CLI assumes to deploy.
  std::optional<std::string> assumeRoleArn{};
  std::optional<std::string> assumeRoleExternalId{};
  std::optional<std::string> bootstrapStackVersionSsmParameter{};
  /// The role CloudFormation assumes to create the resources.
  std::optional<std::string> cloudFormationExecutionRoleArn{};
  /// The role for `cdk diff` and other read-only operations.
  std::optional<BootstrapRole> lookupRole{};
  std::optional<int> requiresBootstrapStackVersion{};
  /// The template's S3 URL once published, with ${AWS::...} placeholders.
  std::optional<std::string> stackTemplateAssetObjectUrl{};
};

/// The cloud assembly as a synthesizer's synthesize() sees it, for the stack it is bound to (aws-cdk-lib's
/// ISynthesisSession). Synthesis gives it; users do not make one.
class CDKPP_API IStackSynthesisSession {
 public:
  virtual ~IStackSynthesisSession() = default;
  /// The stack's template as it will be written, with the elements the synthesizer added so far. Once asked for, the
  /// template is final: no element can be added to the stack after that.
  virtual const std::string& templateBody() = 0;
  /// Adds an artifact to manifest.json, after those added before it (an asset manifest: type cdk:asset-manifest).
  virtual void addArtifact(std::string artifactId, nlohmann::ordered_json artifact) = 0;
  /// Adds the stack's own artifact (aws:cloudformation:stack) to manifest.json, at this point.
  virtual void addStackArtifact(SynthesizeStackArtifactOptions options) = 0;
  /// Adds a file to the cloud assembly's folder; `fileName` is one path component.
  virtual void addFile(std::string fileName, std::string contents) = 0;
};

class CDKPP_API IStackSynthesizer {
 public:
  virtual ~IStackSynthesizer() = default;
  /// The qualifier of the bootstrap stack the synthesizer deploys with, if it uses one.
  virtual std::optional<std::string> bootstrapQualifier() const { return std::nullopt; }
  /// The role for lookups and `cdk diff`, if the synthesizer uses one.
  virtual std::optional<std::string> lookupRole() const { return std::nullopt; }
  /// Binds the synthesizer to the stack it synthesizes (the stack calls this while it is constructed).
  virtual void bind(Stack& stack) = 0;
  /// Registers a file asset (staged in the assembly) that `cdk deploy` publishes before it deploys the stack, and
  /// gives where it will be, as template values.
  virtual FileAssetLocation addFileAsset(const FileAssetSource& asset) = 0;
  /// Registers an image asset (its build context staged in the assembly) that `cdk deploy` builds and pushes
  /// before it deploys the stack, and gives where it will be.
  virtual DockerImageAssetLocation addDockerImageAsset(const DockerImageAssetSource& asset) = 0;
  /// Writes the stack to the cloud assembly: adds what its template needs, then lists its artifacts. Called once
  /// per synthesis, when every template of the app is resolved.
  virtual void synthesize(IStackSynthesisSession& session) = 0;
};

/// A synthesizer that can serve several stacks: each gets a bound copy (AppProps::defaultStackSynthesizer, or the
/// same synthesizer in the props of several stacks).
class CDKPP_API IReusableStackSynthesizer {
 public:
  virtual ~IReusableStackSynthesizer() = default;
  /// A copy of this synthesizer, bound to `stack`.
  virtual std::shared_ptr<IStackSynthesizer> reusableBind(Stack& stack) const = 0;
};

/// The base of the synthesizers: the stack it is bound to, and the steps they share.
class CDKPP_API StackSynthesizer : public IStackSynthesizer {
 public:
  /// Throws ConstructError when the synthesizer is bound to another stack already.
  void bind(Stack& stack) override;
  /// The stack bound; throws Error before bind().
  Stack& boundStack() const;
  /// Throws ConstructError naming the stack: this synthesizer publishes no assets (LegacyStackSynthesizer, and the
  /// user's own ones that do not override it).
  FileAssetLocation addFileAsset(const FileAssetSource& asset) override;
  /// Throws ConstructError naming the stack, as addFileAsset.
  DockerImageAssetLocation addDockerImageAsset(const DockerImageAssetSource& asset) override;

 protected:
  /// The stack's finished template as a file asset of the assembly (its hash is the SHA-256 of its text).
  FileAssetSource synthesizeTemplate(IStackSynthesisSession& session) const;
  /// Lists the stack's artifact in manifest.json.
  void emitArtifact(IStackSynthesisSession& session, SynthesizeStackArtifactOptions options = {}) const;
  /// Adds the BootstrapVersion parameter (read from `bootstrapStackVersionSsmParameter`) and the
  /// CheckBootstrapVersion rule, which refuses to deploy to an environment bootstrapped with a version before
  /// `requiredVersion`. Nothing when the stack has a child BootstrapVersion already.
  void addBootstrapVersionRule(int requiredVersion, const std::string& bootstrapStackVersionSsmParameter) const;
  /// The template values of a file asset published to `bucketName` under `objectKey`.
  FileAssetLocation cloudFormationLocationFromFileAsset(const std::string& bucketName,
                                                        const std::string& objectKey) const;
  /// The template values of an image pushed to `repositoryName` with `imageTag`.
  DockerImageAssetLocation cloudFormationLocationFromDockerImageAsset(const std::string& repositoryName,
                                                                      const std::string& imageTag) const;

 private:
  Stack* boundStack_ = nullptr;
};

}  // namespace cdk
