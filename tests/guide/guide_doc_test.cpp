// docs/guide.md cannot rot: every C++ block in it is a snippet of an example in docs/guide/, which this folder
// builds and runs. A block is marked `<!-- snippet: FILE#NAME -->` on the line before it; the example marks the
// snippet with `// guide: NAME` and `// guide: end` lines. The block is the snippet, dedented.
#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace {

const std::filesystem::path kDocs = std::filesystem::path(CDKPP_SOURCE_DIR) / "docs";

std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string trimmed(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t") - begin + 1);
}

/// The snippets of an example by name: the lines between `// guide: NAME` and `// guide: end`, dedented.
std::map<std::string, std::string> snippetsOf(const std::filesystem::path& file) {
  std::map<std::string, std::string> snippets;
  std::string name;
  std::vector<std::string> body;
  for (const auto& line : linesOf(cdkpp_test::readFile(file))) {
    const std::string t = trimmed(line);
    if (t.rfind("// guide: ", 0) == 0) {
      const std::string marker = t.substr(10);
      if (marker == "end") {
        std::size_t indent = std::string::npos;
        for (const auto& l : body) {
          if (!trimmed(l).empty()) indent = std::min(indent, l.find_first_not_of(' '));
        }
        std::string text;
        for (const auto& l : body) text += (l.size() > indent ? l.substr(indent) : trimmed(l)) + "\n";
        snippets[name] = text;
        name.clear();
        body.clear();
      } else {
        name = marker;
      }
    } else if (!name.empty()) {
      body.push_back(line);
    }
  }
  EXPECT_TRUE(name.empty()) << file << ": snippet '" << name << "' has no `// guide: end`";
  return snippets;
}

TEST(Guide, EveryCppBlockIsASnippetOfACompiledExample) {
  const auto lines = linesOf(cdkpp_test::readFile(kDocs / "guide.md"));
  int checked = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (trimmed(lines[i]) != "```cpp") continue;
    ASSERT_GT(i, 0u);
    const std::string marker = trimmed(lines[i - 1]);
    ASSERT_EQ(marker.rfind("<!-- snippet: ", 0), 0u)
        << "docs/guide.md:" << i + 1 << ": a C++ block without a `<!-- snippet: FILE#NAME -->` line before it";
    const std::string ref = marker.substr(14, marker.size() - 14 - 4);
    const auto hash = ref.find('#');
    ASSERT_NE(hash, std::string::npos) << "docs/guide.md:" << i << ": " << marker;
    const auto snippets = snippetsOf(kDocs / "guide" / ref.substr(0, hash));
    const auto found = snippets.find(ref.substr(hash + 1));
    ASSERT_NE(found, snippets.end()) << "docs/guide.md:" << i << ": no snippet " << ref;
    std::string block;
    std::size_t j = i + 1;
    for (; j < lines.size() && trimmed(lines[j]) != "```"; ++j) block += lines[j] + "\n";
    EXPECT_EQ(block, found->second) << "docs/guide.md:" << i + 2 << ": the block differs from " << ref;
    ++checked;
    i = j;
  }
  EXPECT_GE(checked, 6) << "the guide's C++ blocks";
}

}  // namespace
