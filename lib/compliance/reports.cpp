#include "reports.hpp"

#include <array>
#include <cstring>
#include <initializer_list>

#include "js_view.hpp"

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

std::string csv(std::string_view text) {
  std::string out;
  appendCsv(out, text);
  return out;
}

std::string jsonString(std::string_view text) {
  std::string out;
  appendJsonString(out, text);
  return out;
}

}  // namespace

ReportRule ReportRule::of(const NagPackRule& rule) {
  return {csv(rule.id),        csv(toString(rule.level)),        csv(rule.info),
          jsonString(rule.id), jsonString(toString(rule.level)), jsonString(rule.info)};
}

namespace {

/// How a report writes a row: the text around the six columns (the quotes of the free texts, the resource and the
/// exception reason, included), the escaped inner text of a free text, and which of a rule's quoted columns it
/// takes.
struct RowFormat {
  std::array<std::string_view, 7> around;
  /// `text` as it goes between the quotes: itself when nothing in it needs escaping, else its escaped form, made
  /// in `escaped`.
  std::string_view (*inner)(std::string_view text, std::string& escaped);
  std::string ReportRule::* id;
  std::string ReportRule::* level;
  std::string ReportRule::* info;
};

std::string_view csvInner(std::string_view text, std::string& escaped) {
  if (text.find('"') == std::string_view::npos) return text;
  escaped.clear();
  appendCsv(escaped, text);
  return std::string_view(escaped).substr(1, escaped.size() - 2);
}

std::string_view jsonInner(std::string_view text, std::string& escaped) {
  if (!needsJsonEscapes(text)) return text;
  escaped.clear();
  appendJsonString(escaped, text);
  return std::string_view(escaped).substr(1, escaped.size() - 2);
}

const RowFormat kCsvRow{{"", ",\"", "\",\"", "\",\"", "\",", ",", "\n"},
                        csvInner,
                        &ReportRule::csvId,
                        &ReportRule::csvLevel,
                        &ReportRule::csvInfo};
const RowFormat kJsonRow{{"{\"ruleId\":", ",\"resourceId\":\"", "\",\"compliance\":\"", "\",\"exceptionReason\":\"",
                          "\",\"ruleLevel\":", ",\"ruleInfo\":", "}"},
                         jsonInner,
                         &ReportRule::jsonId,
                         &ReportRule::jsonLevel,
                         &ReportRule::jsonInfo};

/// Appends the pieces with one growth of the string: a row is thirteen pieces, and appending them one by one
/// checked the room and called into the library for each.
void appendPieces(std::string& out, std::initializer_list<std::string_view> pieces) {
  std::size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  std::size_t at = out.size();
  out.resize(at + size);
  for (std::string_view piece : pieces) {
    std::memcpy(out.data() + at, piece.data(), piece.size());
    at += piece.size();
  }
}

/// Room for the escaped forms of a row's free texts, reused from row to row.
using Escaped = std::array<std::string, 2>;

void appendRow(std::string& out, const RowFormat& format, const ReportRow& row, std::string_view compliance,
               std::string_view exception, Escaped& escaped) {
  appendPieces(out,
               {format.around[0], row.rule->*format.id, format.around[1], format.inner(row.resourceId, escaped[0]),
                format.around[2], compliance, format.around[3], format.inner(exception, escaped[1]), format.around[4],
                row.rule->*format.level, format.around[5], row.rule->*format.info, format.around[6]});
}

}  // namespace

void writeReports(const std::vector<ReportRow>& rows, std::string* csv, std::string* json) {
  if (csv) {
    csv->assign("Rule ID,Resource ID,Compliance,Exception Reason,Rule Level,Rule Info\n");
    csv->reserve(rows.size() * 200);
  }
  if (json) {
    json->assign("{\"lines\":[");
    json->reserve(rows.size() * 260);
  }
  std::string reason;
  Escaped escaped;
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
    if (csv) appendRow(*csv, kCsvRow, row, compliance, exception, escaped);
    if (json) {
      if (!first) *json += ',';
      first = false;
      appendRow(*json, kJsonRow, row, compliance, exception, escaped);
    }
  }
  if (json) *json += "]}";
}

}  // namespace cdk::compliance::detail
