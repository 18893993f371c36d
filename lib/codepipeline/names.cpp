#include "codepipeline/names.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "core/text_scanner.hpp"

namespace cdk::codepipeline::detail {

namespace {

/// 1 to 100 characters, each alphanumeric or one of `special`.
bool matches(std::string_view name, std::string_view special) {
  return !name.empty() && name.size() <= 100 && cdk::detail::allOf(name, [special](char c) {
    return cdk::detail::isAsciiAlnum(c) || special.find(c) != std::string_view::npos;
  });
}

std::string message(std::string_view thing, std::string_view regex, std::string_view name) {
  return fmt::format("{} name must match regular expression: {}, got '{}'", thing, regex, name);
}

}  // namespace

void validateName(const std::string& path, std::string_view thing, std::string_view name) {
  if (!matches(name, ".@_-")) throw cdk::ConstructError(path, message(thing, "/^[a-zA-Z0-9.@_-]{1,100}$/", name));
}

void validateArtifactName(std::string_view name) {
  if (!matches(name, "_-")) throw cdk::Error(message("Artifact", "/^[a-zA-Z0-9_-]{1,100}$/", name));
}

void validateNamespaceName(const std::string& path, std::string_view name) {
  if (!matches(name, "@_-")) throw cdk::ConstructError(path, message("Namespace", "/^[A-Za-z0-9@_-]{1,100}$/", name));
}

}  // namespace cdk::codepipeline::detail
