// The compliance reports cdk-nag 2 wrote into the cloud assembly, <Pack>-<Stack>-NagReport.csv and .json: a row
// per rule and resource it applies to (Compliant, Non-Compliant, Suppressed with the reason, or UNKNOWN).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cdk/compliance/nag_pack.hpp"

namespace cdk::compliance::detail {

struct ReportRow {
  std::string ruleId;           ///< the rule, without a finding
  std::string resourceId;       ///< the construct path
  std::string compliance;       ///< "Compliant", "Non-Compliant", "Suppressed", "UNKNOWN"
  std::string exceptionReason;  ///< the acknowledgement's reason, else "N/A"
  std::string ruleLevel;        ///< "Error", "Warning", "Info"
  std::string ruleInfo;
};

std::vector<ReportRow> reportRows(const std::vector<NagResult>& results,
                                  const std::function<std::string(const std::string&)>& resourceId);
/// "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info" and a quoted line per row.
std::string csvReport(const std::vector<ReportRow>& rows);
/// {"lines": [{"ruleId", "resourceId", "compliance", "exceptionReason", "ruleLevel", "ruleInfo"}]}.
std::string jsonReport(const std::vector<ReportRow>& rows);

}  // namespace cdk::compliance::detail
