// Assertions on a synthesized template, for unit tests of stacks and constructs (aws-cdk-lib's
// assertions.Template). Failed assertions throw AssertionError saying what differed.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cdk/assertions/match.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Stack;
}

namespace cdk::assertions {

class CDKPP_API AssertionError : public Error {
 public:
  using Error::Error;
};

class CDKPP_API Template {
 public:
  /// Synthesizes the stack's App in memory and takes the stack's template.
  static Template fromStack(const Stack& stack);
  static Template fromJson(nlohmann::ordered_json templateJson);
  static Template fromString(std::string_view templateText);

  /// A resource of this type whose Properties match the pattern (Match::objectLike by default).
  void hasResourceProperties(std::string_view type, const Value& properties) const;
  /// A resource of this type matching the pattern as a whole ("Properties", "DependsOn", "DeletionPolicy"...).
  void hasResource(std::string_view type, const Value& pattern) const;
  void resourceCountIs(std::string_view type, std::size_t count) const;
  void resourcePropertiesCountIs(std::string_view type, const Value& properties, std::size_t count) const;
  /// The resources of this type matching the pattern (all of the type by default), by logical ID.
  nlohmann::ordered_json findResources(std::string_view type, const Value& pattern = Value()) const;
  /// An output with this logical ID ("*" for any) matching the pattern.
  void hasOutput(std::string_view logicalId, const Value& pattern) const;
  nlohmann::ordered_json findOutputs(std::string_view logicalId, const Value& pattern = Value()) const;
  void hasParameter(std::string_view logicalId, const Value& pattern) const;
  void hasCondition(std::string_view logicalId, const Value& pattern) const;
  void hasMapping(std::string_view logicalId, const Value& pattern) const;
  /// The whole template matches the pattern.
  void templateMatches(const Value& pattern) const;

  const nlohmann::ordered_json& toJson() const noexcept { return template_; }

 private:
  explicit Template(nlohmann::ordered_json templateJson) : template_(std::move(templateJson)) {}
  nlohmann::ordered_json findIn(std::string_view section, std::string_view logicalId, const Value& pattern) const;
  void hasIn(std::string_view section, std::string_view logicalId, const Value& pattern) const;

  nlohmann::ordered_json template_;
};

}  // namespace cdk::assertions
