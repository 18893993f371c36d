// Fuzzes context parsing: the input's first line is CDK_CONTEXT_JSON, the remaining lines are command-line
// arguments. The App either starts (and then every context value is readable, typed reads fail cleanly)
// or refuses with cdk::Error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "cdk/core.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  if (input.find('\0') != std::string::npos) return 0;  // neither environment nor argv can hold NUL
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = input.find('\n', start);
    lines.push_back(input.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos || lines.size() > 16) break;
    start = end + 1;
  }
  ::setenv("CDK_CONTEXT_JSON", lines.front().c_str(), 1);
  std::vector<const char*> argv{"fuzz"};
  for (std::size_t i = 1; i < lines.size(); ++i) argv.push_back(lines[i].c_str());
  try {
    cdk::App app(static_cast<int>(argv.size()), argv.data());
    for (const char* key : {"environmentSuffix", "k", "a", "x"}) {
      try {
        (void)app.node().tryGetContext<std::string>(key);
        (void)app.node().tryGetContext<bool>(key);
        (void)app.node().tryGetContext<std::int64_t>(key);
        (void)app.node().tryGetContext<double>(key);
      } catch (const cdk::ContextError&) {
      }
      if (auto v = app.node().tryGetContext(key)) (void)v->toString();
    }
  } catch (const cdk::Error&) {
  }
  ::unsetenv("CDK_CONTEXT_JSON");
  return 0;
}
