#include "ignore.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "../regex.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::detail {
namespace fs = std::filesystem;
namespace {

// ------------------------------------------------------------------------------------------------ minimatch

/// `pattern` with its first {a,b} group expanded, recursively (minimatch's brace expansion, without ranges).
void expandBraces(const std::string& pattern, std::vector<std::string>& out) {
  for (std::size_t open = 0; open < pattern.size(); ++open) {
    if (pattern[open] == '\\') {
      ++open;
      continue;
    }
    if (pattern[open] != '{') continue;
    // The matching '}' and the top-level commas between.
    std::vector<std::size_t> commas;
    int depth = 0;
    for (std::size_t i = open + 1; i < pattern.size(); ++i) {
      const char c = pattern[i];
      if (c == '\\') {
        ++i;
      } else if (c == '{') {
        ++depth;
      } else if (c == '}' && depth > 0) {
        --depth;
      } else if (c == ',' && depth == 0) {
        commas.push_back(i);
      } else if (c == '}') {
        if (commas.empty()) break;  // "{a}" is literal text
        const std::string head = pattern.substr(0, open);
        const std::string tail = pattern.substr(i + 1);
        std::size_t from = open + 1;
        commas.push_back(i);
        for (std::size_t to : commas) {
          expandBraces(head + pattern.substr(from, to - from) + tail, out);
          from = to + 1;
        }
        return;
      }
    }
  }
  out.push_back(pattern);
}

bool hasMagic(std::string_view segment) {
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '\\') {
      ++i;
    } else if (segment[i] == '*' || segment[i] == '?' || segment[i] == '[') {
      return true;
    }
  }
  return false;
}

std::string unescape(std::string_view segment) {
  std::string out;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '\\' && i + 1 < segment.size()) ++i;
    out += segment[i];
  }
  return out;
}

/// Whether `c` is in the class that starts after the '[' at `pattern[at]`; `end` is set past its ']'. nullopt when
/// the '[' opens no class (no closing ']'): it is then a literal '['.
std::optional<bool> inClass(std::string_view pattern, std::size_t at, char c, std::size_t& end) {
  std::size_t i = at + 1;
  bool negated = false;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) {
    negated = true;
    ++i;
  }
  bool found = false;
  bool first = true;
  for (; i < pattern.size(); ++i) {
    char lo = pattern[i];
    if (lo == ']' && !first) {
      end = i + 1;
      return found != negated;
    }
    first = false;
    if (lo == '\\' && i + 1 < pattern.size()) lo = pattern[++i];
    char hi = lo;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      hi = pattern[i + 2];
      i += 2;
    }
    if (lo <= c && c <= hi) found = true;
  }
  return std::nullopt;
}

/// One path segment against one pattern segment with wildcards: '*' any run of characters, '?' one, [...] a class.
bool wildcardMatch(std::string_view name, std::string_view pattern) {
  std::size_t n = 0;
  std::size_t p = 0;
  std::size_t starP = std::string_view::npos;
  std::size_t starN = 0;
  while (n < name.size()) {
    bool advanced = false;
    if (p < pattern.size()) {
      const char pc = pattern[p];
      if (pc == '*') {
        starP = ++p;
        starN = n;
        continue;
      }
      if (pc == '?') {
        ++p;
        ++n;
        continue;
      }
      if (pc == '[') {
        std::size_t end = 0;
        if (const auto in = inClass(pattern, p, name[n], end)) {
          if (*in) {
            p = end;
            ++n;
            advanced = true;
          }
        } else if (name[n] == '[') {
          ++p;
          ++n;
          advanced = true;
        }
      } else {
        char literal = pc;
        std::size_t next = p + 1;
        if (pc == '\\' && p + 1 < pattern.size()) {
          literal = pattern[p + 1];
          next = p + 2;
        }
        if (literal == name[n]) {
          p = next;
          ++n;
          advanced = true;
        }
      }
    }
    if (advanced) continue;
    if (starP == std::string_view::npos) return false;
    p = starP;
    n = ++starN;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// minimatch's extended globs: ?(a|b) @(a|b) *(a|b) +(a|b) !(a|b), zero or one, one, any number, one or more of
// the alternatives, or anything but them. A segment with one is matched as minimatch matches it: as a regular
// expression built from the segment (PCRE2 has the lookahead that !(...) needs).

/// Where the ')' that closes the '(' at `open` is, or npos.
std::size_t closingParen(std::string_view pattern, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < pattern.size(); ++i) {
    if (pattern[i] == '\\') {
      ++i;
    } else if (pattern[i] == '(') {
      ++depth;
    } else if (pattern[i] == ')' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

bool extglobAt(std::string_view pattern, std::size_t at) {
  return at + 1 < pattern.size() && std::string_view("?*+@!").find(pattern[at]) != std::string_view::npos &&
         pattern[at + 1] == '(' && closingParen(pattern, at + 1) != std::string_view::npos;
}

bool hasExtglob(std::string_view segment) {
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '\\') {
      ++i;
    } else if (extglobAt(segment, i)) {
      return true;
    }
  }
  return false;
}

/// The top-level '|'-separated alternatives of an extglob's body.
std::vector<std::string_view> extglobAlternatives(std::string_view body) {
  std::vector<std::string_view> alternatives;
  int depth = 0;
  std::size_t from = 0;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\\') {
      ++i;
    } else if (body[i] == '(') {
      ++depth;
    } else if (body[i] == ')') {
      --depth;
    } else if (body[i] == '|' && depth == 0) {
      alternatives.push_back(body.substr(from, i - from));
      from = i + 1;
    }
  }
  alternatives.push_back(body.substr(from));
  return alternatives;
}

void appendLiteral(std::string& regex, char c) {
  if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) regex += '\\';
  regex += c;
}

/// `pattern` (part of one segment) as a regular expression. `atStart`: it begins the segment, where a wildcard
/// does not match a leading '.' (minimatch without {dot: true}).
std::string extglobRegex(std::string_view pattern, bool atStart) {
  static constexpr std::string_view kNoDot = "(?!\\.)";
  std::string regex;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool first = atStart && i == 0;
    const char c = pattern[i];
    if (extglobAt(pattern, i)) {
      const std::size_t close = closingParen(pattern, i + 1);
      std::string body;
      for (std::string_view alternative : extglobAlternatives(pattern.substr(i + 2, close - i - 2))) {
        if (!body.empty()) body += '|';
        body += extglobRegex(alternative, first);
      }
      if (c == '!') {
        // Anything but the alternatives followed by the rest of the segment: the rest is matched here.
        const std::string rest = extglobRegex(pattern.substr(close + 1), false);
        regex += "(?:(?!(?:" + body + ")" + rest + "$)" + (first ? std::string(kNoDot) : "") + "[^/]*?)" + rest;
        return regex;
      }
      regex += "(?:" + body + ")";
      if (c != '@') regex += c == '?' ? '?' : c;
      i = close;
    } else if (c == '*' || c == '?') {
      if (first) regex += kNoDot;
      regex += c == '*' ? "[^/]*?" : "[^/]";
    } else if (c == '[') {
      std::size_t end = 0;
      if (!inClass(pattern, i, '\0', end)) {
        appendLiteral(regex, c);
        continue;
      }
      if (first) regex += kNoDot;
      std::size_t j = i + 1;
      regex += '[';
      if (pattern[j] == '!' || pattern[j] == '^') {
        regex += '^';
        ++j;
      }
      const std::size_t firstItem = j;
      for (; j + 1 < end; ++j) {
        char item = pattern[j];
        if (item == '\\' && j + 2 < end) {
          item = pattern[++j];
        } else if (item == '-' && j != firstItem && j + 2 < end) {
          regex += '-';  // a range
          continue;
        }
        if (std::string_view("\\]^[-").find(item) != std::string_view::npos) regex += '\\';
        regex += item;
      }
      regex += ']';
      i = end - 1;
    } else if (c == '\\' && i + 1 < pattern.size()) {
      appendLiteral(regex, pattern[++i]);
    } else {
      appendLiteral(regex, c);
    }
  }
  return regex;
}

bool extglobMatches(std::string_view name, std::string_view pattern) {
  if (name == "." || name == "..") return false;
  // A pattern is matched against every path of the copied folder: each compiles once.
  thread_local std::map<std::string, std::optional<Regex>, std::less<>> compiled;
  auto it = compiled.find(pattern);
  if (it == compiled.end()) {
    it =
        compiled.emplace(std::string(pattern), Regex::compile(extglobRegex(pattern, true), Regex::Anchoring::WholeText))
            .first;
  }
  return it->second && it->second->match(name) == PatternMatch::Matches;
}

bool segmentMatches(std::string_view name, std::string_view pattern) {
  if (hasExtglob(pattern)) return extglobMatches(name, pattern);
  if (!hasMagic(pattern)) return name == unescape(pattern);
  // minimatch without {dot: true}: a wildcard never matches a leading '.', nor "." and "..".
  if (name == "." || name == "..") return false;
  if (!name.empty() && name.front() == '.' && pattern.front() != '.') return false;
  return wildcardMatch(name, pattern);
}

bool hiddenSegment(std::string_view name) { return !name.empty() && name.front() == '.'; }

bool matchParts(const std::vector<std::string_view>& file, std::size_t fi, const std::vector<std::string_view>& pattern,
                std::size_t pi) {
  for (; pi < pattern.size(); ++pi, ++fi) {
    if (pattern[pi] == "**") {
      if (pi + 1 == pattern.size()) {
        return std::none_of(file.begin() + static_cast<std::ptrdiff_t>(std::min(fi, file.size())), file.end(),
                            hiddenSegment);
      }
      for (std::size_t from = fi; from <= file.size(); ++from) {
        if (matchParts(file, from, pattern, pi + 1)) return true;
        if (from < file.size() && hiddenSegment(file[from])) break;
      }
      return false;
    }
    if (fi >= file.size() || !segmentMatches(file[fi], pattern[pi])) return false;
  }
  return fi == file.size();
}

std::vector<std::string_view> splitSlash(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (std::size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', from)) {
    parts.push_back(text.substr(from, at - from));
    from = at + 1;
  }
  parts.push_back(text.substr(from));
  return parts;
}

std::string relativeTo(const fs::path& root, const fs::path& absolutePath) {
  return absolutePath.lexically_relative(root).generic_string();
}

/// aws-cdk-lib's GlobIgnoreStrategy: each pattern in turn; a match excludes, a '!' pattern's match includes again.
class GlobIgnoreStrategy final : public IgnoreStrategy {
 public:
  GlobIgnoreStrategy(fs::path root, std::vector<std::string> patterns)
      : root_(std::move(root)), patterns_(std::move(patterns)) {}

  bool ignores(const fs::path& absolutePath) const override {
    const std::string relative = relativeTo(root_, absolutePath);
    bool excluded = false;
    for (const auto& pattern : patterns_) {
      if (globMatches(relative, pattern)) excluded = !pattern.starts_with('!');
    }
    return excluded;
  }

 private:
  fs::path root_;
  std::vector<std::string> patterns_;
};

// ------------------------------------------------------------------------------------------------ .dockerignore

/// Go's filepath.Clean as @balena/dockerignore does it (Node's path.normalize, then one trailing '/' dropped).
std::string cleanPath(const std::string& path) {
  std::string clean = path.empty() ? "." : fs::path(path).lexically_normal().generic_string();
  if (clean.empty()) clean = ".";
  if (clean.size() > 1 && clean.back() == '/') clean.pop_back();
  return clean;
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n\v\f");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n\v\f");
  return std::string(text.substr(first, last - first + 1));
}

/// @balena/dockerignore (Docker's own rules, ported from moby): patterns turned into regular expressions where '*'
/// and '?' stay within a folder and '**' spans folders, matched without regard to case; a path is also excluded
/// when a folder above it is; the last matching pattern wins, and '!' includes again.
class DockerIgnore {
 public:
  void add(std::string_view line) {
    if (line.empty() || line.front() == '#' || trim(line).empty()) return;
    std::string pattern = trim(line);
    bool negative = false;
    if (pattern.front() == '!') {
      negative = true;
      pattern = trim(std::string_view(pattern).substr(1));
    }
    if (!pattern.empty()) {
      pattern = cleanPath(pattern);
      if (pattern.size() > 1 && pattern.front() == '/') pattern.erase(0, 1);
    }
    if (negative) pattern.insert(0, "!");
    pattern = trim(pattern);
    if (pattern.empty()) return;
    pattern = cleanPath(pattern);
    negative = false;
    if (pattern.front() == '!') {
      if (pattern.size() == 1) return;
      negative = true;
      pattern.erase(0, 1);
    }
    Rule rule{.pattern = pattern, .dirs = {}, .negative = negative, .regex = {}};
    for (std::string_view dir : splitSlash(pattern)) rule.dirs.emplace_back(dir);
    try {
      rule.regex = std::regex(toRegex(pattern), std::regex::ECMAScript | std::regex::icase);
    } catch (const std::regex_error& e) {
      throw Error(
          fmt::format("the exclude pattern '{}' cannot be read as a .dockerignore pattern ({}); escape "
                      "special characters with a backslash",
                      line, e.what()));
    }
    rules_.push_back(std::move(rule));
  }

  bool ignores(const std::string& file) const {
    if (file.empty()) return true;
    const std::string parent = cleanPath(fs::path(file).parent_path().generic_string());
    const std::vector<std::string_view> parentDirs = splitSlash(parent);
    bool matched = false;
    for (const auto& rule : rules_) {
      bool match = std::regex_match(file, rule.regex);
      if (!match && parent != ".") {
        const auto prefix = [&](std::size_t n) {
          std::string joined;
          for (std::size_t i = 0; i < n && i < parentDirs.size(); ++i) {
            if (i) joined += '/';
            joined += parentDirs[i];
          }
          return joined;
        };
        if (std::find(rule.dirs.begin(), rule.dirs.end(), "**") != rule.dirs.end()) {
          const auto fixed = static_cast<std::size_t>(
              std::count_if(rule.dirs.begin(), rule.dirs.end(), [](const std::string& d) { return d != "**"; }));
          for (std::size_t i = fixed; i <= parentDirs.size() && !match; ++i) {
            match = std::regex_match(prefix(i), rule.regex);
          }
        } else if (rule.dirs.size() <= parentDirs.size()) {
          match = std::regex_match(prefix(rule.dirs.size()), rule.regex);
        }
      }
      if (match) matched = !rule.negative;
    }
    return matched;
  }

 private:
  struct Rule {
    std::string pattern;
    std::vector<std::string> dirs;
    bool negative;
    std::regex regex;
  };

  static std::string toRegex(const std::string& pattern) {
    std::string re = "^";
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      const char ch = pattern[i];
      if (ch == '*') {
        if (i + 1 < pattern.size() && pattern[i + 1] == '*') {
          ++i;
          if (i + 1 < pattern.size() && pattern[i + 1] == '/') ++i;  // "**/" is "**"
          re += i + 1 >= pattern.size() ? ".*" : "(.*/)?";
        } else {
          re += "[^/]*";
        }
      } else if (ch == '?') {
        re += "[^/]";
      } else if (ch == '.' || ch == '$') {
        re += '\\';
        re += ch;
      } else if (ch == '\\') {
        re += '\\';
        if (i + 1 < pattern.size()) re += pattern[++i];
      } else {
        re += ch;
      }
    }
    return re + "$";
  }

  std::vector<Rule> rules_;
};

/// aws-cdk-lib's DockerIgnoreStrategy. A folder is skipped whole only when no '!' pattern could include something
/// below it: each '!' pattern also re-includes the folders above what it names.
class DockerIgnoreStrategy final : public IgnoreStrategy {
 public:
  DockerIgnoreStrategy(fs::path root, const std::vector<std::string>& patterns) : root_(std::move(root)) {
    static const std::regex negativePattern(R"(^\s*(!|/!)(.*))");
    for (const auto& pattern : patterns) {
      ignore_.add(pattern);
      complete_.add(pattern);
      std::smatch m;
      if (!std::regex_match(pattern, m, negativePattern)) continue;
      // Node's path.dirname, up to "/" or ".".
      std::string dir = m[2].str();
      while (true) {
        const std::size_t slash = dir.find_last_of('/');
        dir = slash == std::string::npos ? "." : slash == 0 ? "/" : dir.substr(0, slash);
        if (dir == "/" || dir == ".") break;
        complete_.add(m[1].str() + dir);
      }
    }
  }

  bool ignores(const fs::path& absolutePath) const override { return ignore_.ignores(relativeTo(root_, absolutePath)); }
  bool completelyIgnores(const fs::path& absolutePath) const override {
    const std::string relative = relativeTo(root_, absolutePath);
    return ignore_.ignores(relative) && complete_.ignores(relative);
  }

 private:
  fs::path root_;
  DockerIgnore ignore_;
  DockerIgnore complete_;
};

// ------------------------------------------------------------------------------------------------ walk

fs::path realPathOrSelf(const fs::path& target) {
  std::error_code ec;
  fs::path real = fs::canonical(target, ec);
  return ec ? target : real;
}

bool isInternalPath(const fs::path& root, const fs::path& target) {
  const std::string r = root.string();
  const std::string t = target.string();
  return t == r || t.starts_with(r + "/");
}

bool shouldFollow(SymlinkFollowMode follow, bool internal) {
  switch (follow) {
    case SymlinkFollowMode::ALWAYS: return true;
    case SymlinkFollowMode::EXTERNAL: return !internal;
    case SymlinkFollowMode::BLOCK_EXTERNAL: return internal;
    case SymlinkFollowMode::NEVER: break;
  }
  return false;
}

class Walker {
 public:
  Walker(const fs::path& root, SymlinkFollowMode follow, const IgnoreStrategy& ignore, const WalkVisitor& visitor)
      : canonicalRoot_(realPathOrSelf(root)), follow_(follow), ignore_(ignore), visitor_(visitor) {}

  void walk(const fs::path& symbolicPath, const fs::path& realPath, const fs::path& canonicalPath) {
    if (!ancestors_.insert(canonicalPath.string()).second) return;  // a link back up: walked already
    std::vector<fs::directory_entry> entries;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(realPath, ec)) entries.push_back(entry);
    if (ec) throw Error(fmt::format("cannot list the folder '{}' of an asset: {}", realPath.string(), ec.message()));
    // By name, as JavaScript compares strings (UTF-16 code units; the same as bytes for ASCII names).
    std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
      return a.path().filename().string() < b.path().filename().string();
    });
    for (const auto& entry : entries) {
      const fs::path name = entry.path().filename();
      const fs::path childPath = symbolicPath / name;
      const fs::path childRealPath = realPath / name;
      if (entry.is_symlink(ec)) {
        visitSymlink(childPath, childRealPath);
      } else if (entry.is_directory(ec)) {
        visitDirectory(childPath, childRealPath, canonicalPath / name);
      } else if (entry.is_regular_file(ec)) {
        visitFile({.path = childPath, .realPath = childRealPath});
      }
    }
    ancestors_.erase(canonicalPath.string());
  }

 private:
  void visitDirectory(const fs::path& symbolicPath, const fs::path& realPath, const fs::path& canonicalPath) {
    if (ignore_.completelyIgnores(symbolicPath)) return;
    if (visitor_.onDirectory) {
      visitor_.onDirectory({.path = symbolicPath, .realPath = realPath}, ignore_.ignores(symbolicPath));
    }
    walk(symbolicPath, realPath, canonicalPath);
  }

  void visitFile(const WalkEntry& entry) {
    if (!ignore_.ignores(entry.path) && visitor_.onFile) visitor_.onFile(entry);
  }

  void visitSymlink(const fs::path& symbolicPath, const fs::path& realPath) {
    std::error_code ec;
    const fs::path linkTarget = fs::read_symlink(realPath, ec);
    if (ec) throw Error(fmt::format("cannot read the link '{}' of an asset: {}", realPath.string(), ec.message()));
    const fs::path resolved =
        (linkTarget.is_absolute() ? linkTarget : realPath.parent_path() / linkTarget).lexically_normal();
    // The folder it is in, without links; the last component as written.
    const fs::path canonical = realPathOrSelf(resolved.parent_path()) / resolved.filename();
    const bool internal = isInternalPath(canonicalRoot_, canonical);
    std::optional<fs::file_status> target;
    if (shouldFollow(follow_, internal)) {
      const auto status = fs::status(canonical, ec);
      if (!ec && fs::exists(status)) target = status;
    }
    if (!target) {
      if (!ignore_.ignores(symbolicPath) && visitor_.onSymlink) {
        visitor_.onSymlink({.path = symbolicPath,
                            .realPath = realPath,
                            .linkTarget = linkTarget.string(),
                            .resolvedLinkTarget = canonical,
                            .internal = internal});
      }
      return;
    }
    if (fs::is_directory(*target)) {
      visitDirectory(symbolicPath, canonical, realPathOrSelf(canonical));
    } else if (fs::is_regular_file(*target)) {
      visitFile({.path = symbolicPath, .realPath = canonical});
    } else if (!ignore_.ignores(symbolicPath)) {
      throw Error(fmt::format("cannot use '{}' in an asset: it is neither a file nor a folder", symbolicPath.string()));
    }
  }

  fs::path canonicalRoot_;
  SymlinkFollowMode follow_;
  const IgnoreStrategy& ignore_;
  const WalkVisitor& visitor_;
  std::set<std::string> ancestors_;
};

}  // namespace

bool globMatches(std::string_view relativePath, std::string_view pattern) {
  std::size_t bangs = 0;
  while (bangs < pattern.size() && pattern[bangs] == '!') ++bangs;
  pattern.remove_prefix(bangs);
  if (!pattern.empty() && pattern.front() == '#') return false;  // a comment
  if (pattern.empty()) return relativePath.empty();
  std::vector<std::string> alternatives;
  expandBraces(std::string(pattern), alternatives);
  const std::vector<std::string_view> file = splitSlash(relativePath);
  for (const auto& alternative : alternatives) {
    std::vector<std::string_view> parts = splitSlash(alternative);
    // "a/**/**/b" is "a/**/b".
    parts.erase(std::unique(parts.begin(), parts.end(),
                            [](std::string_view a, std::string_view b) { return a == "**" && b == "**"; }),
                parts.end());
    // matchBase: a pattern of one segment is matched against the last segment of the path.
    const bool matched = parts.size() == 1 ? matchParts({file.back()}, 0, parts, 0) : matchParts(file, 0, parts, 0);
    if (matched) return true;
  }
  return false;
}

std::unique_ptr<IgnoreStrategy> IgnoreStrategy::fromCopyOptions(const CopyOptions& options, fs::path absoluteRoot) {
  if (options.ignoreMode.value_or(IgnoreMode::GLOB) == IgnoreMode::DOCKER) {
    return std::make_unique<DockerIgnoreStrategy>(std::move(absoluteRoot), options.exclude);
  }
  return std::make_unique<GlobIgnoreStrategy>(std::move(absoluteRoot), options.exclude);
}

void walkDirectory(const fs::path& directory, SymlinkFollowMode follow, const IgnoreStrategy& ignore,
                   const WalkVisitor& visitor) {
  Walker(directory, follow, ignore, visitor).walk(directory, directory, realPathOrSelf(directory));
}

}  // namespace cdk::detail
