// The ResolveContext of synthesis: turns Values into template JSON for one element of one stack.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/resolvable.hpp"

namespace cdk::detail {

class Synthesis;

class Resolver final : public ResolveContext {
 public:
  /// Values nested deeper than this (lists in lists, tokens producing tokens) are refused: no template is that
  /// deep (CloudFormation's own limits are far lower), and deeper recursion would risk the stack.
  static constexpr std::size_t kMaxDepth = 256;

  Resolver(Synthesis& synthesis, const Stack& stack, const CfnElement* element)
      : synthesis_(&synthesis), stack_(stack), element_(element) {}
  /// Outside synthesis (Stack::resolve): references within the stack only, no graph edges.
  explicit Resolver(const Stack& stack) : synthesis_(nullptr), stack_(stack), element_(nullptr) {}

  const Stack& stack() const override { return stack_; }
  const CfnElement* element() const override { return element_; }
  nlohmann::ordered_json resolve(const Value& value) override;
  nlohmann::ordered_json reference(const CfnElement& target, std::string_view attribute) override;
  std::string location() const override;

 private:
  struct Segment {
    std::string_view key;
    std::size_t index;
  };
  [[noreturn]] void fail(const std::string& message) const;
  void checkUtf8(const std::string& text) const;
  std::string propertyPath() const;

  nlohmann::ordered_json resolveToken(const IResolvable& token);

  Synthesis* synthesis_;
  const Stack& stack_;
  const CfnElement* element_;
  std::vector<Segment> path_;
  /// The tokens being resolved, outermost first: one met again inside itself is a cycle (a Lazy that returns
  /// itself), which would otherwise recurse until the stack overflows.
  std::vector<const IResolvable*> activeTokens_;
  /// How deep resolve() is nested (lists, maps and tokens).
  std::size_t depth_ = 0;
};

}  // namespace cdk::detail
