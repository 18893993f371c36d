#include "cdk/core/cloud_assembly.hpp"

#include <mutex>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk {

const nlohmann::ordered_json& StackArtifact::templateJson() const {
  std::call_once(parsed_->once, [this] { parsed_->json = nlohmann::ordered_json::parse(templateBody); });
  return parsed_->json;
}

namespace {

template <class Pred>
const StackArtifact& findStack(const std::vector<StackArtifact>& stacks, Pred pred, std::string_view what,
                               std::string_view name) {
  for (const auto& s : stacks) {
    if (pred(s)) return s;
  }
  std::string names;
  for (const auto& s : stacks) names += (names.empty() ? "" : ", ") + s.stackName;
  throw Error(fmt::format("the cloud assembly has no stack with {} '{}' (its stacks: {})", what, name,
                          names.empty() ? "none" : names));
}

}  // namespace

const StackArtifact& CloudAssembly::getStackByName(std::string_view stackName) const {
  return findStack(stacks_, [&](const StackArtifact& s) { return s.stackName == stackName; }, "name", stackName);
}

const StackArtifact& CloudAssembly::getStackArtifact(std::string_view artifactId) const {
  return findStack(
      stacks_, [&](const StackArtifact& s) { return s.artifactId == artifactId; }, "artifact id", artifactId);
}

std::vector<SynthesisMessage> CloudAssembly::warnings() const {
  std::vector<SynthesisMessage> out;
  for (const auto& m : messages_) {
    if (m.level == SynthesisMessage::Level::Warning) out.push_back(m);
  }
  return out;
}

}  // namespace cdk
