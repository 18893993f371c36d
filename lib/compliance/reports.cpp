#include "reports.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace cdk::compliance::detail {
namespace {

/// A CSV field: quoted, quotes doubled.
void appendCsv(std::string& out, std::string_view field) {
  out += '"';
  for (std::size_t from = 0;;) {
    const std::size_t quote = field.find('"', from);
    out.append(field.substr(from, quote == std::string_view::npos ? std::string_view::npos : quote + 1 - from));
    if (quote == std::string_view::npos) break;
    out += '"';
    from = quote + 1;
  }
  out += '"';
}

/// A JSON string: as it is when nothing in it needs escaping (rule ids, paths), else as nlohmann::json escapes it.
void appendJson(std::string& out, std::string_view text) {
  const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80;
  });
  if (plain) {
    out += '"';
    out.append(text);
    out += '"';
  } else {
    out += nlohmann::json(std::string(text)).dump();
  }
}

std::string csv(std::string_view text) {
  std::string out;
  appendCsv(out, text);
  return out;
}

std::string jsonString(std::string_view text) {
  std::string out;
  appendJson(out, text);
  return out;
}

}  // namespace

ReportRule ReportRule::of(const NagPackRule& rule) {
  return {csv(rule.id),        csv(toString(rule.level)),        csv(rule.info),
          jsonString(rule.id), jsonString(toString(rule.level)), jsonString(rule.info)};
}

Reports writeReports(const std::vector<ReportRow>& rows, bool csv, bool json) {
  Reports reports;
  if (csv) {
    reports.csv = "Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info\n";
    reports.csv.reserve(rows.size() * 200);
  }
  if (json) {
    reports.json = "{\"lines\":[";
    reports.json.reserve(rows.size() * 260);
  }
  std::string reason;
  bool first = true;
  for (const ReportRow& row : rows) {
    std::string_view compliance;
    std::string_view exception = "N/A";
    if (row.acknowledgement && row.compliance != NagResult::Compliance::COMPLIANT) {
      compliance = "Suppressed";
      // cdk-nag 2 wrote the finding before the reason of an acknowledgement that names one.
      if (row.finding.empty()) {
        exception = *row.acknowledgement;
      } else {
        reason.assign("[").append(row.finding).append("] ").append(*row.acknowledgement);
        exception = reason;
      }
    } else {
      compliance = row.compliance == NagResult::Compliance::COMPLIANT       ? "Compliant"
                   : row.compliance == NagResult::Compliance::NON_COMPLIANT ? "Non-Compliant"
                                                                            : "UNKNOWN";
    }
    if (csv) {
      reports.csv += row.rule->csvId;
      reports.csv += ',';
      appendCsv(reports.csv, row.resourceId);
      reports.csv += ",\"";
      reports.csv += compliance;
      reports.csv += "\",";
      appendCsv(reports.csv, exception);
      reports.csv += ',';
      reports.csv += row.rule->csvLevel;
      reports.csv += ',';
      reports.csv += row.rule->csvInfo;
      reports.csv += '\n';
    }
    if (!json) continue;
    if (!first) reports.json += ',';
    first = false;
    reports.json += "{\"ruleId\":";
    reports.json += row.rule->jsonId;
    reports.json += ",\"resourceId\":";
    appendJson(reports.json, row.resourceId);
    reports.json += ",\"compliance\":\"";
    reports.json += compliance;
    reports.json += "\",\"exceptionReason\":";
    appendJson(reports.json, exception);
    reports.json += ",\"ruleLevel\":";
    reports.json += row.rule->jsonLevel;
    reports.json += ",\"ruleInfo\":";
    reports.json += row.rule->jsonInfo;
    reports.json += '}';
  }
  if (json) reports.json += "]}";
  return reports;
}

}  // namespace cdk::compliance::detail
