// The catalogue of bad input: each case builds a faulty program and names the exception type it must end in,
// the construct path the message must name, and the words of the message that say what to change.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <typeinfo>
#include <vector>

namespace cdkpp_test {

struct BadInputCase {
  std::string name;            ///< unique, readable: becomes the test name
  std::function<void()> run;   ///< builds the program and synthesizes; must throw
  const std::type_info* type;  ///< the exception type (exactly, or a base the check accepts)
  std::function<bool(const std::exception&)> isExpectedType;
  std::string path;                   ///< the construct path the message names ("" when none applies)
  std::vector<std::string> mentions;  ///< what the message must say (the problem and what to change)
};

template <class E>
BadInputCase makeCase(std::string name, std::function<void()> run, std::string path,
                      std::vector<std::string> mentions) {
  return {std::move(name), std::move(run),
          &typeid(E),      [](const std::exception& e) { return dynamic_cast<const E*>(&e) != nullptr; },
          std::move(path), std::move(mentions)};
}

/// gtest prints a case by its name.
inline void PrintTo(const BadInputCase& c, std::ostream* os) { *os << c.name; }

/// Cases of each layer; every layer adds its own file.
std::vector<BadInputCase> coreBadInput();
std::vector<BadInputCase> outputBadInput();
std::vector<BadInputCase> runawayBadInput();
std::vector<BadInputCase> refusalBadInput();
std::vector<BadInputCase> layerBadInput();

}  // namespace cdkpp_test
