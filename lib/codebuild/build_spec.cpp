#include "cdk/codebuild/build_spec.hpp"

#include <utility>

#include "core/json_string.hpp"

namespace cdk::codebuild {

struct BuildSpec::State {
  cdk::Value spec{};
  std::string filename{};
  bool immediate = false;
};

BuildSpec BuildSpec::fromObject(cdk::Value value) {
  return BuildSpec(std::make_shared<const State>(State{.spec = std::move(value), .immediate = true}));
}

BuildSpec BuildSpec::fromSourceFilename(std::string filename) {
  return BuildSpec(std::make_shared<const State>(State{.filename = std::move(filename)}));
}

bool BuildSpec::isImmediate() const noexcept { return state_->immediate; }

cdk::Value BuildSpec::toBuildSpec() const {
  if (!state_->immediate) return state_->filename;
  // aws-cdk-lib's Lazy.uncachedString(() => stack.toJsonString(spec, 2)): rendered where it is used.
  return cdk::detail::jsonString([state = state_] { return state->spec; }, 2);
}

std::string BuildSpec::toString() const {
  if (!state_->immediate) return "<buildspec file: " + state_->filename + ">";
  return state_->spec.toString();
}

const cdk::Value& BuildSpec::spec() const noexcept { return state_->spec; }

}  // namespace cdk::codebuild
