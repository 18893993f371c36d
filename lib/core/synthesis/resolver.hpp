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

  Synthesis* synthesis_;
  const Stack& stack_;
  const CfnElement* element_;
  std::vector<Segment> path_;
};

}  // namespace cdk::detail
