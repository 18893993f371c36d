#include "cdk/core/names.hpp"

#include <algorithm>
#include <cctype>

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "core/md5.hpp"

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
  // aws-cdk-lib's makeUniqueResourceName: path below the stack, allowed characters only, hash suffix, and
  // when too long, the head and tail of the human part around the middle cut.
  const Stack* stack = construct.node().stack();
  auto components = idsBelow(construct, stack);
  std::vector<std::string_view> kept;
  for (auto c : components) {
    if (c != kHiddenId) kept.push_back(c);
  }
  if (kept.empty()) throw ConstructError(construct.node().path(), "cannot make a resource name from an empty path");
  auto allowed = [&](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::find(options.allowedSpecialCharacters.begin(), options.allowedSpecialCharacters.end(), c) !=
               options.allowedSpecialCharacters.end();
  };
  std::string human;
  std::string_view last;
  bool haveLast = false;
  bool first = true;
  for (auto c : kept) {
    if (haveLast && last.size() >= c.size() && last.substr(last.size() - c.size()) == c) continue;
    last = c;
    haveLast = true;
    if (c == kHiddenFromHumanId) continue;
    std::string part;
    for (char ch : c) {
      if (allowed(ch)) part += ch;
    }
    if (!first) human += options.separator;
    first = false;
    human += part;
  }
  const std::string hash = pathHash(kept);
  const std::size_t maxHuman = options.maxLength > kHashLength ? options.maxLength - kHashLength : 0;
  if (human.size() > maxHuman) {
    const std::size_t head = maxHuman / 2;
    human = human.substr(0, head) + human.substr(human.size() - (maxHuman - head));
  }
  return human + hash;
}

}  // namespace cdk
