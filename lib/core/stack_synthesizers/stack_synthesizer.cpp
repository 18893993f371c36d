#include "cdk/core/stack_synthesizer.hpp"

#include <fmt/format.h>

#include "../digest.hpp"
#include "cdk/core/cfn_parameter.hpp"
#include "cdk/core/cfn_rule.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"

namespace cdk {
namespace {

/// In a parameter's description: the cdk CLI does not count a new value of the parameter as a change that needs a
/// deployment when the template is unchanged (cx-api's SSMPARAM_NO_INVALIDATE).
constexpr const char* kSsmParamNoInvalidate = "[cdk:skip]";

/// `text` as a template value: an Fn::Sub when it holds a ${...} placeholder, else the text (aws-cdk-lib's cfnify).
Value cfnify(const std::string& text) { return text.find("${") != std::string::npos ? Fn::sub(text) : Value(text); }

}  // namespace

void StackSynthesizer::bind(Stack& stack) {
  if (boundStack_ && boundStack_ != &stack) {
    throw ConstructError(stack.node().path(),
                         fmt::format("this stack synthesizer is already used by stack '{}', and a synthesizer serves "
                                     "one stack; create a synthesizer for each stack, or use one that can be reused "
                                     "(DefaultStackSynthesizer, CliCredentialsStackSynthesizer, "
                                     "LegacyStackSynthesizer)",
                                     boundStack_->node().path()));
  }
  boundStack_ = &stack;
}

Stack& StackSynthesizer::boundStack() const {
  if (!boundStack_)
    throw Error("the stack synthesizer is not bound to a stack yet: pass it in StackProps::synthesizer");
  return *boundStack_;
}

FileAssetLocation StackSynthesizer::addFileAsset(const FileAssetSource& asset) {
  throw ConstructError(boundStack().node().path(),
                       fmt::format("the stack's synthesizer does not publish file assets, so '{}' cannot be "
                                   "deployed with it; use DefaultStackSynthesizer or CliCredentialsStackSynthesizer",
                                   asset.displayName.value_or(asset.fileName)));
}

DockerImageAssetLocation StackSynthesizer::addDockerImageAsset(const DockerImageAssetSource& asset) {
  throw ConstructError(boundStack().node().path(),
                       fmt::format("the stack's synthesizer does not publish image assets, so '{}' cannot be "
                                   "deployed with it; use DefaultStackSynthesizer or CliCredentialsStackSynthesizer",
                                   asset.displayName.value_or(asset.directoryName)));
}

FileAssetSource StackSynthesizer::synthesizeTemplate(IStackSynthesisSession& session) const {
  const Stack& stack = boundStack();
  return {.deployTime = true,
          .displayName = stack.stackName() + " Template",
          .fileName = stack.templateFile(),
          .packaging = FileAssetPackaging::FILE,
          .sourceHash = detail::sha256Hex(session.templateBody())};
}

void StackSynthesizer::emitArtifact(IStackSynthesisSession& session, SynthesizeStackArtifactOptions options) const {
  session.addStackArtifact(std::move(options));
}

void StackSynthesizer::addBootstrapVersionRule(int requiredVersion,
                                               const std::string& bootstrapStackVersionSsmParameter) const {
  Stack& stack = boundStack();
  // Added by an earlier synthesis of the app: the template has them already.
  if (stack.node().tryFindChild("BootstrapVersion")) return;
  auto& parameter = stack.make<CfnParameter>(
      "BootstrapVersion",
      CfnParameterProps{.defaultValue = Value(bootstrapStackVersionSsmParameter),
                        .description = fmt::format("Version of the CDK Bootstrap resources in this environment, "
                                                   "automatically retrieved from SSM Parameter Store. {}",
                                                   kSsmParamNoInvalidate),
                        .type = "AWS::SSM::Parameter::Value<String>"});
  std::vector<std::string> oldVersions;
  for (int version = 1; version < requiredVersion; ++version) oldVersions.push_back(std::to_string(version));
  stack.make<CfnRule>(
      "CheckBootstrapVersion",
      CfnRuleProps{.assertions = {{.assert = Fn::conditionNot(
                                       Fn::conditionContains(std::move(oldVersions), parameter.valueAsString())),
                                   .assertDescription = fmt::format("CDK bootstrap stack version {} required. Please "
                                                                    "run 'cdk bootstrap' with a recent version of the "
                                                                    "CDK CLI.",
                                                                    requiredVersion)}}});
}

FileAssetLocation StackSynthesizer::cloudFormationLocationFromFileAsset(const std::string& bucketName,
                                                                        const std::string& objectKey) const {
  const Stack& stack = boundStack();
  // The stack's region when concrete; the URL suffix is always left to CloudFormation.
  const std::string region = stack.concreteRegion().value_or("${AWS::Region}");
  const Value httpUrl = cfnify(fmt::format("https://s3.{}.${{AWS::URLSuffix}}/{}/{}", region, bucketName, objectKey));
  std::string s3ObjectUrl = fmt::format("s3://{}/{}", bucketName, objectKey);
  return {.bucketName = cfnify(bucketName),
          .httpUrl = httpUrl,
          .objectKey = cfnify(objectKey),
          .s3ObjectUrl = cfnify(s3ObjectUrl),
          .s3ObjectUrlWithPlaceholders = std::move(s3ObjectUrl)};
}

DockerImageAssetLocation StackSynthesizer::cloudFormationLocationFromDockerImageAsset(
    const std::string& repositoryName, const std::string& imageTag) const {
  const Stack& stack = boundStack();
  // The stack's account and region when concrete; the URL suffix is always left to CloudFormation.
  const std::string uri =
      fmt::format("{}.dkr.ecr.{}.${{AWS::URLSuffix}}/{}:{}", stack.concreteAccount().value_or("${AWS::AccountId}"),
                  stack.concreteRegion().value_or("${AWS::Region}"), repositoryName, imageTag);
  return {.imageUri = cfnify(uri), .repositoryName = cfnify(repositoryName), .imageTag = cfnify(imageTag)};
}

}  // namespace cdk
