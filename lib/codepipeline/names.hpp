// The names CodePipeline accepts for pipelines, stages, actions, artifacts and variable namespaces, checked
// as aws-cdk-lib checks them (its messages quote the regular expression). Internal to the library.
#pragma once

#include <string>
#include <string_view>

namespace cdk::codepipeline::detail {

/// Pipeline, stage and action names: ^[a-zA-Z0-9.@_-]{1,100}$. Throws cdk::ConstructError on `path`:
/// "<thing> name must match regular expression: /^[a-zA-Z0-9.@_-]{1,100}$/, got '<name>'".
void validateName(const std::string& path, std::string_view thing, std::string_view name);
/// ^[a-zA-Z0-9_-]{1,100}$; throws cdk::Error (an artifact is not a construct).
void validateArtifactName(std::string_view name);
/// ^[A-Za-z0-9@_-]{1,100}$; throws cdk::ConstructError on `path`.
void validateNamespaceName(const std::string& path, std::string_view name);

}  // namespace cdk::codepipeline::detail
