// Tokens: values that are only known when a template is rendered. Each token is an IResolvable; the
// resolver calls resolve() once per place the token appears, with a context that knows the stack being
// rendered, so one token can render as a Ref in its own stack and as an Fn::ImportValue in another.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class CfnElement;
class Stack;

/// What a token sees while it is resolved.
class CDKPP_API ResolveContext {
 public:
  virtual ~ResolveContext() = default;
  /// The stack whose template is being rendered.
  virtual const Stack& stack() const = 0;
  /// The element being rendered (nullptr for values outside any element).
  virtual const CfnElement* element() const = 0;
  /// Resolves a nested value in this context.
  virtual nlohmann::ordered_json resolve(const Value& value) = 0;
  /// A reference to `target` (`Ref` when `attribute` is empty, else `Fn::GetAtt`). Records the dependency,
  /// and across stacks creates the export in the producer and returns the `Fn::ImportValue`.
  virtual nlohmann::ordered_json reference(const CfnElement& target, std::string_view attribute) = 0;
  /// Where resolution is, for error messages: "<construct path> at <property path>".
  virtual std::string location() const = 0;
};

/// A value resolved at synthesis. Implementations are immutable; they may be shared between stacks.
/// resolve() may return a discarded JSON value (nlohmann's value_t::discarded) to leave the property out.
class CDKPP_API IResolvable {
 public:
  virtual ~IResolvable() = default;
  virtual nlohmann::ordered_json resolve(ResolveContext& context) const = 0;
  /// A short readable form for messages, e.g. "${Token[VPC.Ref]}".
  virtual std::string toString() const = 0;
  /// True when the token stands for a whole list (Fn::GetAZs, Fn::Split, Fn::Cidr, a list attribute or
  /// parameter): CDK's Token.asList. A ValueList built from such a token is that list; from any other token,
  /// a list of one item.
  virtual bool isList() const noexcept { return false; }
};

}  // namespace cdk
