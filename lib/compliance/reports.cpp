#include "reports.hpp"

#include <nlohmann/json.hpp>

namespace cdk::compliance::detail {

std::vector<ReportRow> reportRows(const std::vector<NagResult>& results,
                                  const std::function<std::string(const std::string&)>& resourceId) {
  std::vector<ReportRow> rows;
  rows.reserve(results.size());
  for (const NagResult& result : results) {
    ReportRow row;
    row.ruleId = result.rulePackId;
    row.resourceId = resourceId(result.logicalId);
    if (result.acknowledgement && result.compliance != NagResult::Compliance::COMPLIANT) {
      row.compliance = "Suppressed";
      // cdk-nag 2 wrote the finding before the reason of an acknowledgement that names one.
      row.exceptionReason =
          result.findingId.empty() ? *result.acknowledgement : "[" + result.findingId + "] " + *result.acknowledgement;
    } else {
      row.compliance = result.compliance == NagResult::Compliance::COMPLIANT       ? "Compliant"
                       : result.compliance == NagResult::Compliance::NON_COMPLIANT ? "Non-Compliant"
                                                                                   : "UNKNOWN";
      row.exceptionReason = "N/A";
    }
    row.ruleLevel = std::string(toString(result.level));
    row.ruleInfo = result.ruleInfo;
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {
void appendQuoted(std::string& out, const std::string& field) {
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}
}  // namespace

std::string csvReport(const std::vector<ReportRow>& rows) {
  std::string out = "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info\n";
  for (const ReportRow& row : rows) {
    appendQuoted(out, row.ruleId);
    out += ',';
    appendQuoted(out, row.resourceId);
    out += ',';
    appendQuoted(out, row.compliance);
    out += ',';
    appendQuoted(out, row.exceptionReason);
    out += ',';
    appendQuoted(out, row.ruleLevel);
    out += ',';
    appendQuoted(out, row.ruleInfo);
    out += '\n';
  }
  return out;
}

std::string jsonReport(const std::vector<ReportRow>& rows) {
  nlohmann::ordered_json lines = nlohmann::ordered_json::array();
  for (const ReportRow& row : rows) {
    lines.push_back({{"ruleId", row.ruleId},
                     {"resourceId", row.resourceId},
                     {"compliance", row.compliance},
                     {"exceptionReason", row.exceptionReason},
                     {"ruleLevel", row.ruleLevel},
                     {"ruleInfo", row.ruleInfo}});
  }
  return nlohmann::ordered_json{{"lines", std::move(lines)}}.dump();
}

}  // namespace cdk::compliance::detail
