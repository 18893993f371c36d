// Unique names derived from construct paths (aws-cdk-lib's Names and makeUniqueId).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {

class IConstruct;

/// aws-cdk-lib's makeUniqueId: drop "Default" components; a single component is its alphanumerics (when at
/// most 255 characters); otherwise a human part (deduplicated, "Resource" dropped, alphanumerics, at most
/// 240 characters) and the first 8 hex digits, upper case, of the MD5 of the components joined with '/'.
/// Throws cdk::Error when nothing is left.
CDKPP_API std::string makeUniqueId(const std::vector<std::string_view>& components);

/// aws-cdk-lib's makeUniqueResourceName options.
struct UniqueResourceNameOptions {
  std::vector<char> allowedSpecialCharacters{};
  std::size_t maxLength = 256;
  std::string separator{};
};

class CDKPP_API Names {
 public:
  /// A name unique in the app, from the full path of the construct (stack included).
  static std::string uniqueId(const IConstruct& construct);
  /// The same for a node (aws-cdk-lib's Names.nodeUniqueId).
  static std::string nodeUniqueId(const IConstruct& construct) { return uniqueId(construct); }
  /// A name within maxLength for physical resource names, from the path starting at the nearest stack (its
  /// stack name, then the ids below it), as aws-cdk-lib's Names.uniqueResourceName.
  static std::string uniqueResourceName(const IConstruct& construct, const UniqueResourceNameOptions& options = {});
  /// The ids from the construct's stack down to the construct, joined with '/' (the name `cdk deploy` shows for an
  /// asset).
  static std::string stackRelativeConstructPath(const IConstruct& construct);
};

}  // namespace cdk
