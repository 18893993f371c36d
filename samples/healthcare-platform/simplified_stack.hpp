// The seed-000 healthcare patient-data platform: a line-by-line port of lib/simplified-stack.ts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <cdk/core.hpp>

namespace healthcare {

struct SimplifiedStackProps : cdk::StackProps {
  std::optional<std::string> environmentSuffix{};
};

class SimplifiedStack : public cdk::Stack {
 public:
  using Props = SimplifiedStackProps;
  SimplifiedStack(cdk::Construct& scope, std::string_view id, const Props& props = {});
};

}  // namespace healthcare
