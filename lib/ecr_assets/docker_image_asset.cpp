#include "cdk/ecr_assets/docker_image_asset.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/app.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/stack_synthesizer.hpp"
#include "cdk/ecr/repository.hpp"

namespace cdk::ecr_assets {
namespace fs = std::filesystem;
namespace {

/// The version of aws-cdk-lib's image asset hashing, hashed with the build options.
constexpr const char* kImageAssetHashVersion = "1.21.0";

/// The build options that change the image, as aws-cdk-lib hashes them: JSON of those given, in its order, and
/// the version of its hashing.
std::string buildOptionsHash(const DockerImageAssetProps& props) {
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();
  if (props.extraHash && !props.extraHash->empty()) extra["user"] = *props.extraHash;
  if (!props.buildArgs.empty()) {
    nlohmann::ordered_json args = nlohmann::ordered_json::object();
    for (const auto& [key, value] : props.buildArgs) args[key] = value;
    extra["buildArgs"] = std::move(args);
  }
  if (props.target && !props.target->empty()) extra["target"] = *props.target;
  if (props.file && !props.file->empty()) extra["file"] = *props.file;
  // aws-cdk-lib hashes its Platform object, whose JSON is {"platform": "<name>"}.
  if (props.platform) extra["platform"] = {{"platform", props.platform->platform()}};
  extra["version"] = kImageAssetHashVersion;
  return extra.dump();
}

/// The lines of the folder's .dockerignore that are not empty (aws-cdk-lib keeps comments; the ignore rules skip
/// them).
std::vector<std::string> dockerignoreLines(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

DockerImageAsset::DockerImageAsset(cdk::Construct& scope, std::string_view id, DockerImageAssetProps props)
    : Construct(scope, id) {
  const fs::path dir = fs::absolute(props.directory).lexically_normal();
  std::error_code ec;
  if (props.directory.empty() || !fs::exists(dir, ec)) {
    throw cdk::ConstructError(node().path(), fmt::format("cannot find the image's folder '{}'; give the folder "
                                                         "with the Dockerfile (a relative path is relative to the "
                                                         "working directory)",
                                                         props.directory.empty() ? "" : dir.string()));
  }
  if (!fs::is_directory(dir, ec)) {
    throw cdk::ConstructError(node().path(), fmt::format("the image's folder '{}' is not a folder; give the folder "
                                                         "with the Dockerfile (its build context)",
                                                         dir.string()));
  }
  const std::string dockerfile = props.file.value_or("Dockerfile");
  const fs::path file = (dir / dockerfile).lexically_normal();
  if (!fs::exists(file, ec)) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("cannot find the Dockerfile '{}'; add it to the folder, or name the one "
                                          "to use in `file` (relative to the folder)",
                                          file.string()));
  }
  // As aws-cdk-lib: the .dockerignore's patterns, then the user's; the .dockerignore and the Dockerfile are
  // always in the build context, and the assembly's folder never is.
  std::vector<std::string> exclude;
  const fs::path ignoreFile = dir / ".dockerignore";
  if (fs::exists(ignoreFile, ec)) {
    exclude = dockerignoreLines(ignoreFile);
    exclude.insert(exclude.end(), props.exclude.begin(), props.exclude.end());
    exclude.emplace_back("!.dockerignore");
  } else {
    exclude = props.exclude;
  }
  exclude.push_back("!" + file.filename().string());
  const auto* app = dynamic_cast<const cdk::App*>(&node().root());
  exclude.push_back(app ? app->outdir() : "cdk.out");

  cdk::AssetStagingProps staging;
  staging.exclude = std::move(exclude);
  staging.follow = props.followSymlinks;
  staging.ignoreMode = props.ignoreMode.value_or(cdk::IgnoreMode::DOCKER);
  staging.extraHash = buildOptionsHash(props);
  staging.assetHash = props.assetHash;
  staging.assetHashType = props.assetHashType;
  staging.sourcePath = dir.string();
  staging_ = &make<cdk::AssetStaging>("Staging", std::move(staging));

  location_ = cdk::Stack::of(*this).synthesizer().addDockerImageAsset(
      {.displayName = props.displayName ? *props.displayName : cdk::Names::stackRelativeConstructPath(*this),
       .dockerBuildArgs = props.buildArgs,
       .dockerBuildTarget = props.target,
       .dockerFile = props.file,
       .directoryName = staging_->stagedPath(),
       .platform = props.platform ? std::optional(props.platform->platform()) : std::nullopt,
       .sourceHash = staging_->assetHash()});
  repository_ = &ecr::Repository::fromRepositoryName(*this, "Repository", location_.repositoryName);
}

}  // namespace cdk::ecr_assets
