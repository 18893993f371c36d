#include "cdk/core/names.hpp"

#include <algorithm>
#include <cctype>

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "core/digest.hpp"

namespace cdk {
namespace {

constexpr std::string_view kHiddenId = "Default";
constexpr std::string_view kHiddenFromHumanId = "Resource";
constexpr std::size_t kHashLength = 8;
constexpr std::size_t kMaxHumanLength = 240;
constexpr std::size_t kMaxIdLength = 255;

std::string removeNonAlphanumeric(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

/// First 8 hex digits, upper case, of the MD5 of the components joined with '/'.
std::string pathHash(const std::vector<std::string_view>& components) {
  std::string joined;
  for (std::size_t i = 0; i < components.size(); ++i) {
    if (i) joined += '/';
    joined += components[i];
  }
  return detail::md5Hex(joined, /*upperCase=*/true).substr(0, kHashLength);
}

std::vector<std::string_view> idsBelow(const IConstruct& construct, const Construct* top) {
  std::vector<std::string_view> ids;
  for (const Construct* c = &construct.node().host(); c && c != top; c = c->node().scope()) {
    if (!c->node().scope()) break;  // the root has no id to contribute
    ids.push_back(c->node().id());
  }
  std::reverse(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::string makeUniqueId(const std::vector<std::string_view>& input) {
  std::vector<std::string_view> components;
  components.reserve(input.size());
  for (auto c : input) {
    if (c != kHiddenId) components.push_back(c);
  }
  if (components.empty()) {
    throw Error("cannot compute a unique id: every path component is 'Default'; give the construct another id");
  }
  if (components.size() == 1) {
    std::string candidate = removeNonAlphanumeric(components.front());
    if (candidate.size() <= kMaxIdLength) return candidate;
  }
  std::string human;
  std::string_view last;
  bool haveLast = false;
  for (auto c : components) {
    // removeDupes: skip a component when the previous kept one ends with it.
    if (haveLast && last.size() >= c.size() && last.substr(last.size() - c.size()) == c) continue;
    last = c;
    haveLast = true;
    if (c == kHiddenFromHumanId) continue;
    human += removeNonAlphanumeric(c);
  }
  if (human.size() > kMaxHumanLength) human.resize(kMaxHumanLength);
  return human + pathHash(components);
}

std::string Names::uniqueId(const IConstruct& construct) {
  auto ids = idsBelow(construct, nullptr);
  if (ids.empty()) throw ConstructError("", "the root of the tree has no unique id; ask for one of its children");
  return makeUniqueId(ids);
}

std::string Names::uniqueResourceName(const IConstruct& construct, const UniqueResourceNameOptions& options) {
  // aws-cdk-lib's Names.uniqueResourceName: the path from the nearest stack (its stack name, then the ids
  // below it), "Default" left out; a single component that fits is used as it is; otherwise the human part
  // (dupes and "Resource" dropped, allowed characters only, each followed by the separator) is cut in the
  // middle to fit and the path hash appended.
  const Stack* stack = construct.node().stack();
  std::vector<std::string> components;
  if (stack) components.push_back(stack->stackName());
  for (auto id : idsBelow(construct, stack)) components.emplace_back(id);
  std::erase_if(components, [](const std::string& c) { return c == kHiddenId; });
  if (components.empty()) {
    throw ConstructError(construct.node().path(),
                         "Unable to calculate a unique resource name for an empty set of components");
  }
  auto clean = [&](std::string_view s) {
    std::string out;
    for (char ch : s) {
      if (std::isalnum(static_cast<unsigned char>(ch)) ||
          std::find(options.allowedSpecialCharacters.begin(), options.allowedSpecialCharacters.end(), ch) !=
              options.allowedSpecialCharacters.end()) {
        out += ch;
      }
    }
    return out;
  };
  if (components.size() == 1) {
    std::string single = clean(components.front());
    if (single.size() <= options.maxLength) return single;
  }
  std::vector<std::string_view> views(components.begin(), components.end());
  const std::string hash = pathHash(views);
  std::vector<std::string_view> deduped;
  for (std::string_view c : views) {
    if (deduped.empty() || deduped.back().size() < c.size() ||
        deduped.back().substr(deduped.back().size() - c.size()) != c) {
      deduped.push_back(c);
    }
  }
  std::string human;
  for (std::string_view c : deduped) {
    if (c == kHiddenFromHumanId) continue;
    const std::string part = clean(c);
    if (part.empty()) continue;
    if (!human.empty()) human += options.separator;
    human += part;
  }
  human += options.separator;
  const std::size_t maxHuman = options.maxLength > kHashLength ? options.maxLength - kHashLength : 0;
  if (human.size() > maxHuman) {
    // JavaScript's slice(0, n / 2) + slice(-n / 2): both halves round toward zero.
    const std::size_t half = maxHuman / 2;
    human = human.substr(0, half) + (half ? human.substr(human.size() - half) : std::string());
  }
  return human + hash;
}

std::string Names::stackRelativeConstructPath(const IConstruct& construct) {
  std::string path;
  for (auto id : idsBelow(construct, &Stack::of(construct))) {
    if (!path.empty()) path += '/';
    path += id;
  }
  return path;
}

}  // namespace cdk
