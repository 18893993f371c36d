#include "common.hpp"

#include <fmt/format.h>

namespace cdk::compliance::detail::rules {

std::string rawLower(Js raw) {
  if (raw.isObjectLike()) return "${token[token.0]}";
  return toLowerCase(raw);
}

bool strictEqualsRaw(Js value, Js raw) {
  if (raw.isObjectLike()) return false;
  return strictEqualsString(value, raw);
}

bool inBackupPlan(const RuleContext& c, std::string_view logicalIdPattern, const std::string* namePattern) {
  const View& v = c.view;
  for (const Resource* selection : c.index.ofType("AWS::Backup::BackupSelection")) {
    Js backupSelection = c.propertyOf(*selection, "BackupSelection");
    Js resources = v.member(backupSelection, "Resources");
    if (!isArray(resources)) continue;
    for (Js resource : v.iterate(resources, As::String)) {
      const std::string text = v.stringify(resource);
      if (regexSearch(fmt::format("{}(?![\\w])", logicalIdPattern), text) ||
          (namePattern && regexSearch(*namePattern, text))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace cdk::compliance::detail::rules
