// CodeBuild rules (cdk-nag src/rules/codebuild).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R CodeBuildProjectEnvVarAwsCred(const RuleContext& c) {
  const View& v = c.view;
  Js environment = c.property("Environment");
  Js variables = v.member(environment, "EnvironmentVariables");
  if (!variables.nullish()) {
    for (Js variable : v.iterate(variables)) {
      Js name = v.resolveIfPrimitive(v.member(variable, "Name", As::String));
      Js type = v.resolveIfPrimitive(v.member(variable, "Type", As::String));
      if (looseEquals(name, "AWS_ACCESS_KEY_ID") || looseEquals(name, "AWS_SECRET_ACCESS_KEY")) {
        if (type.nullish() || looseEquals(type, "PLAINTEXT")) return R::nonCompliant();
      }
    }
  }
  return R::compliant();
}

R CodeBuildProjectSourceRepoUrl(const RuleContext& c) {
  const View& v = c.view;
  Js auth = v.member(c.property("Source"), "Auth");
  if (auth.nullish()) return R::nonCompliant();
  Js type = v.resolveIfPrimitive(v.member(auth, "Type", As::String));
  return R::of(looseEquals(type, "OAUTH"));
}

R CodeBuildProjectKMSEncryptedArtifacts(const RuleContext& c) {
  Js key = c.property("EncryptionKey", As::String);
  return R::of(!key.undefined() && !key.is("alias/aws/s3"));
}

R CodeBuildProjectManagedImages(const RuleContext& c) {
  Js image = c.view.resolveIfPrimitive(c.view.member(c.property("Environment"), "Image", As::String));
  return R::of(startsWith(image, "aws/codebuild/"));
}

const Rule kCodebuildRules[] = {
    {"CodeBuildProjectEnvVarAwsCred",
     {"AWS::CodeBuild::Project"},
     CodeBuildProjectEnvVarAwsCred,
     "take AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from Secrets Manager or Parameter Store "
     "(environment variable Type SECRETS_MANAGER or PARAMETER_STORE), or better, use the project's role."},
    {"CodeBuildProjectSourceRepoUrl",
     {"AWS::CodeBuild::Project"},
     CodeBuildProjectSourceRepoUrl,
     "give the GitHub or Bitbucket source Auth of Type OAUTH."},
    {"CodeBuildProjectKMSEncryptedArtifacts",
     {"AWS::CodeBuild::Project"},
     CodeBuildProjectKMSEncryptedArtifacts,
     "set EncryptionKey (codebuild::Project encryptionKey) to a customer managed key."},
    {"CodeBuildProjectManagedImages",
     {"AWS::CodeBuild::Project"},
     CodeBuildProjectManagedImages,
     "use an image provided by CodeBuild (aws/codebuild/...), or acknowledge the rule with the reason for a "
     "custom image."},
};

}  // namespace

std::span<const Rule> codebuildRules() { return kCodebuildRules; }

}  // namespace cdk::compliance::detail
