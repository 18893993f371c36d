#include "overrides.hpp"

#include <charconv>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::detail {
namespace {

std::vector<std::string> splitPath(std::string_view path) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] == '\\' && i + 1 < path.size() && path[i + 1] == '.') {
      parts.back() += '.';
      ++i;
    } else if (path[i] == '.') {
      parts.emplace_back();
    } else {
      parts.back() += path[i];
    }
  }
  return parts;
}

std::optional<std::size_t> asIndex(const std::string& segment) {
  std::size_t index = 0;
  auto [ptr, ec] = std::from_chars(segment.data(), segment.data() + segment.size(), index);
  if (ec != std::errc() || ptr != segment.data() + segment.size() || segment.empty()) return std::nullopt;
  return index;
}

/// aws-cdk-lib merges an override map into an existing map key by key.
void deepMerge(Value& target, const Value& source) {
  if (!target.isMap() || !source.isMap()) {
    target = source;
    return;
  }
  for (const auto& [key, value] : source.asMap()) {
    if (Value* existing = target.find(key)) {
      deepMerge(*existing, value);
    } else {
      target.set(key, value);
    }
  }
}

}  // namespace

void applyOverride(Value& root, std::string_view path, const std::optional<Value>& value,
                   const std::string& constructPath) {
  const std::vector<std::string> parts = splitPath(path);
  for (const auto& part : parts) {
    if (part.empty()) {
      throw ConstructError(constructPath, fmt::format("override path '{}' has an empty segment; write it as "
                                                      "'Properties.Name.Sub' (use \\\\. for a literal dot)",
                                                      path));
    }
  }
  Value* current = &root;
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const std::string& part = parts[i];
    if (current->isList()) {
      auto index = asIndex(part);
      if (!index || *index >= current->asList().size()) {
        throw ConstructError(constructPath, fmt::format("override path '{}': '{}' is not an index of the list there "
                                                        "(it has {} items)",
                                                        path, part, current->asList().size()));
      }
      current = &current->asList()[*index];
      continue;
    }
    if (!current->isMap() && !current->isNull()) {
      if (!value) return;  // deleting below a scalar: nothing to delete
      throw ConstructError(constructPath, fmt::format("override path '{}' goes through '{}', which is {}; it can "
                                                      "only go through maps and lists",
                                                      path, part, current->toString()));
    }
    Value* next = current->find(part);
    if (!next) {
      if (!value) return;
      next = &current->set(part, Value(Value::Map{}));
    }
    current = next;
  }
  const std::string& last = parts.back();
  if (current->isList()) {
    auto index = asIndex(last);
    auto& list = current->asList();
    if (!index || *index >= list.size()) {
      throw ConstructError(constructPath,
                           fmt::format("override path '{}': '{}' is not an index of the list there", path, last));
    }
    if (value) {
      list[*index] = *value;
    } else {
      list.erase(list.begin() + static_cast<std::ptrdiff_t>(*index));
    }
    return;
  }
  if (!current->isMap() && !current->isNull()) {
    if (!value) return;
    throw ConstructError(constructPath,
                         fmt::format("override path '{}' goes through '{}', which is {}; it can only "
                                     "go through maps and lists",
                                     path, parts.size() > 1 ? parts[parts.size() - 2] : path, current->toString()));
  }
  if (value) {
    if (Value* existing = current->find(last)) {
      deepMerge(*existing, *value);
    } else {
      current->set(last, *value);
    }
  } else {
    current->erase(last);
  }
}

}  // namespace cdk::detail
