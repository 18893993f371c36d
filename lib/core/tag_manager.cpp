#include "cdk/core/tag_manager.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "cdk/core/errors.hpp"

namespace cdk {
namespace {

/// Primary weights in the order of ICU's root collation: spaces, punctuation, symbols, digits, letters.
int primaryWeight(unsigned char c) {
  static constexpr std::string_view kPunctuation = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
  if (std::isalpha(c)) return 1000 + (std::tolower(c) - 'a');
  if (std::isdigit(c)) return 900 + (c - '0');
  auto at = kPunctuation.find(static_cast<char>(c));
  if (at != std::string_view::npos) return 100 + static_cast<int>(at);
  return 500 + c;
}

struct RenderedTag {
  std::string key;
  Value value;
  bool applyToLaunchedInstances;
};

}  // namespace

bool localeLess(std::string_view a, std::string_view b) noexcept {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const int wa = primaryWeight(static_cast<unsigned char>(a[i]));
    const int wb = primaryWeight(static_cast<unsigned char>(b[i]));
    if (wa != wb) return wa < wb;
  }
  if (a.size() != b.size()) return a.size() < b.size();
  for (std::size_t i = 0; i < n; ++i) {
    const bool la = std::islower(static_cast<unsigned char>(a[i])) != 0;
    const bool lb = std::islower(static_cast<unsigned char>(b[i])) != 0;
    if (la != lb) return la;  // lower case first, as ICU's tertiary level orders them
  }
  return a < b;
}

TagManager::TagManager(TagType tagType, std::string resourceTypeName, std::string tagPropertyName)
    : tagType_(tagType), resourceTypeName_(std::move(resourceTypeName)), tagPropertyName_(std::move(tagPropertyName)) {}

TagManager::Entry* TagManager::findEntry(std::string_view key) noexcept {
  for (auto& e : entries_) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

void TagManager::setTag(std::string_view key, Value value, int priority, bool applyToLaunchedInstances) {
  if (key.empty()) throw Error("a tag key cannot be empty; give the tag a key");
  if (Entry* e = findEntry(key)) {
    if (priority < e->priority) return;
    e->value = std::move(value);
    e->priority = priority;
    e->applyToLaunchedInstances = applyToLaunchedInstances;
    e->removed = false;
    return;
  }
  entries_.push_back({std::string(key), std::move(value), priority, applyToLaunchedInstances, false});
}

void TagManager::removeTag(std::string_view key, int priority) {
  if (Entry* e = findEntry(key)) {
    if (priority < e->priority) return;
    e->priority = priority;
    e->removed = true;
    return;
  }
  entries_.push_back({std::string(key), Value(), priority, true, true});
}

std::vector<std::pair<std::string, Value>> TagManager::tagValues() const {
  std::vector<std::pair<std::string, Value>> out;
  for (const auto& e : entries_) {
    if (!e.removed) out.emplace_back(e.key, e.value);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return localeLess(a.first, b.first); });
  return out;
}

bool TagManager::hasTags() const noexcept {
  return std::any_of(entries_.begin(), entries_.end(), [](const Entry& e) { return !e.removed; });
}

std::optional<Value> TagManager::renderTags(const Value* initialTags) const {
  if (initialTags && initialTags->isToken()) return *initialTags;
  std::vector<RenderedTag> tags;
  for (const auto& e : entries_) {
    if (!e.removed) tags.push_back({e.key, e.value, e.applyToLaunchedInstances});
  }
  std::vector<Value> unsortable;
  auto mergeInitial = [&](const std::string& key, const Value& value, bool propagate) {
    for (const auto& e : entries_) {
      if (e.key == key && e.priority >= INITIAL_TAG_PRIORITY) return;  // set or removed with higher priority
    }
    auto it = std::find_if(tags.begin(), tags.end(), [&](const RenderedTag& t) { return t.key == key; });
    if (it != tags.end()) {
      it->value = value;
      it->applyToLaunchedInstances = propagate;
    } else {
      tags.push_back({key, value, propagate});
    }
  };
  if (initialTags && initialTags->isList()) {
    for (const auto& item : initialTags->asList()) {
      const Value* key = item.find("Key");
      const Value* value = item.find("Value");
      if (!key || !key->isString() || !value) {
        unsortable.push_back(item);
        continue;
      }
      const Value* propagate = item.find("PropagateAtLaunch");
      mergeInitial(key->asString(), *value, !propagate || !propagate->isBool() || propagate->asBool());
    }
  } else if (initialTags && initialTags->isMap()) {
    for (const auto& [key, value] : initialTags->asMap()) mergeInitial(key, value, true);
  }
  if (tags.empty() && unsortable.empty()) return std::nullopt;
  std::stable_sort(tags.begin(), tags.end(),
                   [](const RenderedTag& a, const RenderedTag& b) { return localeLess(a.key, b.key); });

  if (tagType_ == TagType::MAP) {
    Value::Map map;
    for (auto& t : tags) map.emplace_back(std::move(t.key), std::move(t.value));
    return Value(std::move(map));
  }
  Value::List list;
  list.reserve(tags.size() + unsortable.size());
  for (auto& t : tags) {
    Value::Map entry{{"Key", Value(std::move(t.key))}, {"Value", std::move(t.value)}};
    if (tagType_ == TagType::AUTOSCALING_GROUP) entry.emplace_back("PropagateAtLaunch", t.applyToLaunchedInstances);
    list.emplace_back(std::move(entry));
  }
  for (auto& item : unsortable) list.push_back(std::move(item));
  return Value(std::move(list));
}

bool TagManager::applyTagAspectHere(const std::vector<std::string>& include,
                                    const std::vector<std::string>& exclude) const {
  if (!exclude.empty() && std::find(exclude.begin(), exclude.end(), resourceTypeName_) != exclude.end()) return false;
  if (!include.empty() && std::find(include.begin(), include.end(), resourceTypeName_) == include.end()) return false;
  return true;
}

}  // namespace cdk
