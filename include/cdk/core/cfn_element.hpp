// An element of a CloudFormation template (resource, output, parameter, condition, mapping): a construct
// with a logical ID that renders into one section of its stack's template.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/construct.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class Stack;
namespace detail {
class Synthesis;
}

class CDKPP_API CfnElement : public Construct {
 public:
  ~CfnElement() override;
  static bool isCfnElement(const Construct& construct) noexcept;

  Stack& stack() const noexcept { return *stack_; }
  /// The logical ID: the override if there is one, else aws-cdk-lib's makeUniqueId over the construct path
  /// below the stack.
  const std::string& logicalId() const;
  /// Replaces the computed logical ID. It must be alphanumeric and at most 255 characters (checked at
  /// synthesis).
  void overrideLogicalId(std::string_view newLogicalId);
  bool hasOverriddenLogicalId() const noexcept { return overridden_; }

  /// The element's unresolved template fragment, e.g. {"Resources": {"<logical id>": {...}}}.
  virtual Value toCloudFormation() const = 0;
  /// Problems found before resolution (required properties, allowed values, ...). Empty when all is well.
  virtual std::vector<std::string> validateElement() const { return {}; }
  /// The same, given the element's own toCloudFormation() fragment (synthesis renders each element once).
  virtual std::vector<std::string> validateFragment(const Value& fragment) const {
    (void)fragment;
    return validateElement();
  }

 protected:
  CfnElement(Construct& scope, std::string_view id);

 private:
  friend class detail::Synthesis;
  static constexpr std::size_t kNoVertex = static_cast<std::size_t>(-1);

  Stack* stack_;
  mutable std::string logicalId_;
  /// This element's vertex in the dependency graph of the synthesis that is running (reset when it starts).
  mutable std::size_t vertex_ = kNoVertex;
  mutable bool allocated_ = false;
  bool overridden_ = false;
};

}  // namespace cdk
