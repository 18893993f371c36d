// The compliance reports cdk-nag 2 wrote into the cloud assembly, <Pack>-<Stack>-NagReport.csv and .json: a row
// per rule and resource it applies to (Compliant, Non-Compliant, Suppressed with the reason, or UNKNOWN), with
// the rule's id (without the finding), the resource's construct path, the level and the rule's info.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cdk/compliance/nag_pack.hpp"

namespace cdk::compliance::detail {

/// A rule's columns, quoted for CSV and JSON once (every row of the rule repeats them).
struct ReportRule {
  std::string csvId, csvLevel, csvInfo;
  std::string jsonId, jsonLevel, jsonInfo;
  static ReportRule of(const NagPackRule& rule);
};

struct ReportRow {
  const ReportRule* rule;
  std::string_view resourceId;  ///< the construct path (the logical ID when there is none)
  NagResult::Compliance compliance;
  const std::string* acknowledgement;  ///< the reason, or null
  std::string_view finding;            ///< the finding the acknowledgement names, if any
};

/// Writes the CSV report ("Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info" and a quoted line
/// per row) into `csv`, and the JSON report ({"lines":[{"ruleId","resourceId","compliance","exceptionReason",
/// "ruleLevel","ruleInfo"}]}) into `json`, each replacing what the string held; a null string is not written.
void writeReports(const std::vector<ReportRow>& rows, std::string* csv, std::string* json);

}  // namespace cdk::compliance::detail
