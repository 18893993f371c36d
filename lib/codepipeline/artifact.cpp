#include "cdk/codepipeline/artifact.hpp"

#include <utility>
#include <vector>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/resolvable.hpp"
#include "codepipeline/names.hpp"

namespace cdk::codepipeline {

struct Artifact::State {
  std::optional<std::string> name;
  std::vector<std::pair<std::string, cdk::Value>> metadata;
};

Artifact::Artifact() : state_(std::make_shared<State>()) {}

Artifact::Artifact(std::string artifactName) : state_(std::make_shared<State>()) {
  detail::validateArtifactName(artifactName);
  state_->name = std::move(artifactName);
}

const std::optional<std::string>& Artifact::artifactName() const noexcept { return state_->name; }

ArtifactPath Artifact::atPath(std::string fileName) const { return ArtifactPath(*this, std::move(fileName)); }

cdk::Value Artifact::nameValue() const {
  if (state_->name) return *state_->name;
  return cdk::Lazy::string([state = state_] {
    if (!state->name) throw cdk::Error("This artifact has no name: it is not the output of an action of a pipeline");
    return *state->name;
  });
}

namespace {

cdk::Value intrinsic(std::string_view function, cdk::Value::List arguments) {
  return cdk::Value::map({{std::string(function), cdk::Value(std::move(arguments))}});
}

}  // namespace

cdk::Value Artifact::bucketName() const { return intrinsic("Fn::GetArtifactAtt", {nameValue(), "BucketName"}); }

cdk::Value Artifact::objectKey() const { return intrinsic("Fn::GetArtifactAtt", {nameValue(), "ObjectKey"}); }

cdk::Value Artifact::url() const { return intrinsic("Fn::GetArtifactAtt", {nameValue(), "URL"}); }

cdk::Value Artifact::getParam(std::string_view jsonFile, std::string_view keyName) const {
  return intrinsic("Fn::GetParam", {nameValue(), std::string(jsonFile), std::string(keyName)});
}

void Artifact::setMetadata(std::string key, cdk::Value value) {
  for (auto& [existing, stored] : state_->metadata) {
    if (existing == key) {
      stored = std::move(value);
      return;
    }
  }
  state_->metadata.emplace_back(std::move(key), std::move(value));
}

std::optional<cdk::Value> Artifact::getMetadata(std::string_view key) const {
  for (const auto& [existing, stored] : state_->metadata) {
    if (existing == key) return stored;
  }
  return std::nullopt;
}

void Artifact::setName(std::string name) {
  if (state_->name) {
    throw cdk::Error(fmt::format("Artifact already has name '{}', cannot override it", *state_->name));
  }
  state_->name = std::move(name);
}

cdk::Value ArtifactPath::location() const { return artifact_.nameValue() + "::" + fileName_; }

}  // namespace cdk::codepipeline
