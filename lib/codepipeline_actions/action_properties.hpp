// What every action of this module takes from its props (aws-cdk-lib spreads them into the action's
// properties), and the artifact bounds of sources and deployments. Internal to the library.
#pragma once

#include <string>
#include <utility>

#include "cdk/codepipeline/action.hpp"

namespace cdk::codepipeline_actions::detail {

/// actionName, role, runOrder and variablesNamespace of the props.
template <class Props>
codepipeline::ActionProperties commonProperties(const Props& props) {
  codepipeline::ActionProperties properties;
  properties.actionName = props.actionName;
  properties.role = props.role;
  properties.runOrder = props.runOrder;
  properties.variablesNamespace = props.variablesNamespace;
  return properties;
}

/// No input, one output.
constexpr codepipeline::ActionArtifactBounds sourceArtifactBounds() {
  return {.maxInputs = 0, .maxOutputs = 1, .minInputs = 0, .minOutputs = 1};
}

/// A source action of `provider` whose one output is props.output.
template <class Props>
codepipeline::ActionProperties sourceProperties(const Props& props, std::string provider) {
  codepipeline::ActionProperties properties = commonProperties(props);
  properties.artifactBounds = sourceArtifactBounds();
  properties.category = codepipeline::ActionCategory::SOURCE;
  properties.outputs = {props.output};
  properties.provider = std::move(provider);
  return properties;
}

/// One input, no output.
constexpr codepipeline::ActionArtifactBounds deployArtifactBounds() {
  return {.maxInputs = 1, .maxOutputs = 0, .minInputs = 1, .minOutputs = 0};
}

}  // namespace cdk::codepipeline_actions::detail
