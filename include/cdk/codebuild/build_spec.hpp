// Build specifications (aws-cdk-lib's codebuild.BuildSpec): an object written into the project as JSON, or
// the name of a file in the source.
#pragma once

#include <memory>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class IConstruct;
}

namespace cdk::codebuild {

/// A build spec. A value: copies share the same spec.
class CDKPP_API BuildSpec {
 public:
  /// The spec as an object (version, env, phases, artifacts, ...), written into the template as JSON text
  /// indented by 2, tokens inside it becoming an Fn::Join.
  static BuildSpec fromObject(cdk::Value value);
  /// A file of the source ("buildspec.yml"): given to CodeBuild by name, read when the build runs.
  static BuildSpec fromSourceFilename(std::string filename);

  /// True when the spec is part of the template (an object), false for a file of the source; a project
  /// without source needs an immediate spec.
  bool isImmediate() const noexcept;
  /// The Source.BuildSpec property.
  cdk::Value toBuildSpec() const;
  /// "<buildspec file: NAME>" for a file, the JSON text for an object without tokens.
  std::string toString() const;
  /// The object of fromObject (a null value for a file).
  const cdk::Value& spec() const noexcept;

 private:
  struct State;
  explicit BuildSpec(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

}  // namespace cdk::codebuild
