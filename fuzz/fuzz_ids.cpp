// Fuzzes construct ids and logical IDs: the input is a list of path components (separated by newlines)
// forming nested constructs with a resource at the bottom, plus a sibling. Each id is either accepted or
// refused with cdk::Error; logical IDs that synthesis accepts are alphanumeric, at most 255 characters, and
// stable.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start <= input.size() && ids.size() < 12) {
    const std::size_t end = input.find('\n', start);
    ids.push_back(input.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  try {
    cdk::App app;
    auto& stack = app.make<cdk::Stack>("S");
    cdk::Construct* scope = &stack;
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) scope = &scope->make<cdk::Construct>(ids[i]);
    auto& resource = scope->make<cdk::CfnResource>(ids.back(), {.type = "AWS::SNS::Topic"});
    if (ids.size() > 1) stack.make<cdk::CfnResource>(ids.front() + ids.back(), {.type = "AWS::SNS::Topic"});
    const auto& assembly = app.synth({.write = false});
    const std::string id = resource.logicalId();
    if (id.empty() || id.size() > 255) __builtin_trap();
    for (char c : id) {
      if (!std::isalnum(static_cast<unsigned char>(c))) __builtin_trap();
    }
    if (!assembly.getStackByName("S").templateJson()["Resources"].contains(id)) __builtin_trap();
    std::vector<std::string_view> components(ids.begin(), ids.end());
    if (cdk::makeUniqueId(components) != cdk::makeUniqueId(components)) __builtin_trap();
  } catch (const cdk::Error&) {
  }
  return 0;
}
