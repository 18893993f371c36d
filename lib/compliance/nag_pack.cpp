#include "cdk/compliance/nag_pack.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include <fmt/format.h>

#include "cdk/core/construct.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "pack_table.hpp"
#include "reports.hpp"
#include "rule.hpp"

namespace cdk::compliance {

constexpr auto kNagMessageLevelNames = cdk::enumNames<NagMessageLevel>({
    {NagMessageLevel::WARN, "Warning"},
    {NagMessageLevel::ERROR, "Error"},
    {NagMessageLevel::INFO, "Info"},
});
std::string_view toString(NagMessageLevel level) noexcept { return cdk::nameOf(kNagMessageLevelNames, level); }

namespace {

using detail::json;

/// What cdk-nag reports for a rule that threw.
constexpr std::string_view kUnknownMessage =
    "Rule threw an error during validation. This is generally caused by a parameter referencing an intrinsic "
    "function.";

/// The acknowledgements in a resource's metadata: cdk_nag.rules_to_suppress [{id, reason}] (cdk-nag 2's format,
/// which cdk-nag 3 writes too). As cdk-nag 3 matches them, an id covers exactly one rule id ("Rule" or
/// "Rule[finding]"); a leading "annotation::" is dropped.
std::vector<std::pair<std::string, std::string>> acknowledgements(const json& resource) {
  std::vector<std::pair<std::string, std::string>> out;
  // Keys as string_views: compared by length first (as `const char*` each key would be measured with strlen).
  auto metadata = resource.find(std::string_view("Metadata"));
  if (metadata == resource.end() || !metadata->is_object()) return out;
  auto nag = metadata->find(std::string_view("cdk_nag"));
  if (nag == metadata->end() || !nag->is_object()) return out;
  auto rules = nag->find(std::string_view("rules_to_suppress"));
  if (rules == nag->end() || !rules->is_array()) return out;
  for (const auto& rule : *rules) {
    if (!rule.is_object()) continue;
    auto id = rule.find("id");
    if (id == rule.end() || !id->is_string()) continue;
    std::string text = id->get<std::string>();
    if (text.size() >= 12) {
      std::string prefix = text.substr(0, 12);
      std::transform(prefix.begin(), prefix.end(), prefix.begin(), [](unsigned char c) { return std::tolower(c); });
      if (prefix == "annotation::") text.erase(0, 12);
    }
    auto reason = rule.find("reason");
    out.emplace_back(std::move(text), reason != rule.end() && reason->is_string() ? reason->get<std::string>() : "");
  }
  return out;
}

const std::string* acknowledged(const std::vector<std::pair<std::string, std::string>>& acks, std::string_view id) {
  for (const auto& [ackId, reason] : acks) {
    if (ackId == id) return &reason;
  }
  return nullptr;
}

/// The report formats context cdkpp:complianceReportFormats asks for ("csv,json", or a list), else `defaults`.
std::vector<NagReportFormat> reportFormats(const Construct& scope, const std::vector<NagReportFormat>& defaults) {
  auto value = scope.node().tryGetContext("cdkpp:complianceReportFormats");
  if (!value) return defaults;
  std::vector<std::string> names;
  const auto split = [&names](const std::string& text) {
    std::size_t from = 0;
    while (from <= text.size()) {
      const std::size_t comma = text.find(',', from);
      std::string name = text.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
      name.erase(0, name.find_first_not_of(" \t"));
      name.erase(name.find_last_not_of(" \t") + 1);
      if (!name.empty()) names.push_back(name);
      if (comma == std::string::npos) break;
      from = comma + 1;
    }
  };
  if (value->isString()) split(value->asString());
  if (value->isList()) {
    for (const Value& item : value->asList()) {
      if (item.isString()) split(item.asString());
    }
  }
  std::vector<NagReportFormat> formats;
  for (const auto& name : names) {
    if (name == "csv") {
      formats.push_back(NagReportFormat::CSV);
    } else if (name == "json") {
      formats.push_back(NagReportFormat::JSON);
    } else {
      throw ContextError(
          fmt::format("context cdkpp:complianceReportFormats names '{}'; the report formats are csv "
                      "and json",
                      name));
    }
  }
  if (formats.empty()) {
    throw ContextError(
        fmt::format("context cdkpp:complianceReportFormats is {}; give report formats such as "
                    "\"csv,json\"",
                    value->toString()));
  }
  return formats;
}

/// A Value of context that is a boolean or its text ("true" from --context key=true).
bool contextFlag(const Construct& scope, std::string_view key) {
  auto value = scope.node().tryGetContext(key);
  if (!value) return false;
  if (value->isBool()) return value->asBool();
  if (value->isString()) return value->asString() == "true";
  return false;
}

}  // namespace

struct NagPack::Impl {
  /// The pack's rules for each resource type, in pack order.
  std::unordered_map<std::string_view, std::vector<detail::RuleEntry>> byType;
  /// The text of each rule as the reports write it (computed once: every row repeats it).
  std::vector<detail::ReportRule> reportRules;
};

NagPack::NagPack(std::string packName, const detail::PackTable& table, NagPackProps props)
    : packName_(std::move(packName)), props_(props), impl_(std::make_unique<Impl>()) {
  rules_.reserve(table.entries.size());
  for (const auto& entry : table.entries) {
    const detail::Rule& rule = detail::findRule(entry.rule);
    const std::size_t index = rules_.size();
    rules_.push_back({std::string(entry.explanation), std::string(rule.fix),
                      fmt::format("{}-{}", packName_, entry.suffix), std::string(entry.info), entry.level,
                      std::string(rule.name)});
    for (std::string_view type : rule.types) impl_->byType[type].push_back({&rule, index});
  }
  for (const auto& rule : rules_) impl_->reportRules.push_back(detail::ReportRule::of(rule));
}

NagPack::~NagPack() = default;

namespace detail {

/// A decision of a rule on a resource, as validation keeps it: views into the template and the pack.
struct Decision {
  std::string_view logicalId;
  std::size_t rule;  ///< index into the pack's rules
  NagResult::Compliance compliance;
  std::string finding;              ///< empty unless the rule names one
  const std::string* acknowledged;  ///< the reason (in Decisions::acknowledgements), or null
  std::string failure;              ///< why an undecided rule could not decide (verbose messages)
};

using Acknowledgements = std::vector<std::pair<std::string, std::string>>;  ///< (rule id, reason)

struct Decisions {
  std::vector<Decision> all;
  std::deque<Acknowledgements> acknowledgements;  ///< per resource that has some
  /// The resources that have acknowledgements in their metadata, in template order (whether the pack's rules apply
  /// to them or not): read once, for the decisions and the stale acknowledgements.
  std::vector<std::pair<std::string_view, const Acknowledgements*>> acknowledgedResources;
};

}  // namespace detail

namespace {

/// What validate() makes for each stack, kept with its room from one stack (and pack) to the next: made anew, each
/// was a large allocation per stack and pack, on which the allocator consolidated its free lists. Per thread, as
/// one pack may check the stacks of Apps synthesized at the same time.
struct ValidateScratch {
  detail::Decisions decisions;
  std::vector<detail::ReportRow> rows;
  std::string csv;
  std::string json;
};

ValidateScratch& validateScratch() {
  thread_local ValidateScratch scratch;
  return scratch;
}

/// Every decision of the pack's rules on the template's resources, in template order, then pack order.
void evaluate(const nlohmann::ordered_json& templateJson, const std::vector<NagPackRule>& rules, bool verbose,
              const std::unordered_map<std::string_view, std::vector<detail::RuleEntry>>& byType,
              detail::Decisions& out) {
  const detail::TemplateIndex index(templateJson);
  detail::Scratch scratch;
  const detail::View view(scratch);
  out.all.clear();
  out.acknowledgements.clear();
  out.acknowledgedResources.clear();
  // Room for the usual number of decisions (a few rules apply to each resource): growing by doubling made the
  // allocator consolidate its free lists on each large request.
  out.all.reserve(index.resources().size() * 4);
  auto section = templateJson.find(std::string_view("Resources"));
  if (section == templateJson.end() || !section->is_object()) return;
  // The resources of the index are those entries of the section that have a type, in the same order.
  const auto& resources = index.resources();
  std::size_t next = 0;
  for (auto entry = section->begin(); entry != section->end(); ++entry) {
    const json& body = entry.value();
    if (!body.is_object()) continue;
    const detail::Acknowledgements* stored = nullptr;
    if (auto acks = acknowledgements(body); !acks.empty()) {
      stored = &out.acknowledgements.emplace_back(std::move(acks));
      out.acknowledgedResources.emplace_back(entry.key(), stored);
    }
    if (next == resources.size() || resources[next].body != &body) continue;
    const detail::Resource& resource = resources[next++];
    auto applicable = byType.find(resource.type);
    if (applicable == byType.end()) continue;
    const auto acknowledgedAs = [stored](std::string_view id) -> const std::string* {
      return stored ? acknowledged(*stored, id) : nullptr;
    };
    for (const auto& [rule, ruleIndex] : applicable->second) {
      const NagPackRule& packRule = rules[ruleIndex];
      const detail::RuleContext context{resource, index, view};
      detail::RuleResult decided;
      scratch.clear();
      try {
        decided = rule->check(context);
      } catch (const detail::RuleFailure& failure) {
        out.all.push_back({resource.logicalId,
                           ruleIndex,
                           NagResult::Compliance::UNKNOWN,
                           {},
                           acknowledgedAs(packRule.id),
                           verbose ? failure.message() : std::string()});
        continue;
      }
      if (decided.undecided) {
        out.all.push_back({resource.logicalId,
                           ruleIndex,
                           NagResult::Compliance::UNKNOWN,
                           {},
                           acknowledgedAs(packRule.id),
                           verbose ? detail::RuleFailure{{}, decided.undecided}.message() : std::string()});
        continue;
      }
      if (decided.compliance == detail::Compliance::NOT_APPLICABLE) continue;
      if (decided.compliance == detail::Compliance::COMPLIANT) {
        out.all.push_back({resource.logicalId, ruleIndex, NagResult::Compliance::COMPLIANT, {}, nullptr, {}});
        continue;
      }
      if (decided.findings.empty()) {
        out.all.push_back(
            {resource.logicalId, ruleIndex, NagResult::Compliance::NON_COMPLIANT, {}, acknowledgedAs(packRule.id), {}});
        continue;
      }
      for (auto& finding : decided.findings) {
        const std::string* reason = acknowledgedAs(fmt::format("{}[{}]", packRule.id, finding));
        out.all.push_back(
            {resource.logicalId, ruleIndex, NagResult::Compliance::NON_COMPLIANT, std::move(finding), reason, {}});
      }
    }
  }
}

std::string ruleIdOf(const detail::Decision& d, const NagPackRule& rule) {
  return d.finding.empty() ? rule.id : fmt::format("{}[{}]", rule.id, d.finding);
}

}  // namespace

std::string NagPack::messageOf(const detail::Decision& d) const {
  const NagPackRule& rule = rules_[d.rule];
  if (d.compliance == NagResult::Compliance::UNKNOWN) {
    return props_.verbose ? "Rule threw an error during validation. " + d.failure : std::string(kUnknownMessage);
  }
  return props_.verbose ? rule.info + " " + rule.explanation : rule.info;
}

std::vector<NagResult> NagPack::check(const nlohmann::ordered_json& templateJson) const {
  detail::Decisions decisions;
  evaluate(templateJson, rules_, props_.verbose, impl_->byType, decisions);
  std::vector<NagResult> results;
  results.reserve(decisions.all.size());
  for (const auto& d : decisions.all) {
    NagResult& r = results.emplace_back();
    r.compliance = d.compliance;
    r.logicalId = d.logicalId;
    r.rule = &rules_[d.rule];
    r.ruleId = ruleIdOf(d, rules_[d.rule]);
    r.findingId = d.finding;
    if (d.acknowledged) r.acknowledgement = *d.acknowledged;
    if (d.compliance != NagResult::Compliance::COMPLIANT) r.message = messageOf(d);
  }
  return results;
}

namespace {

/// What to change, after the rule's message.
std::string fixText(const NagPackRule& rule, const std::string& ruleId, NagResult::Compliance compliance) {
  if (compliance == NagResult::Compliance::UNKNOWN) {
    return fmt::format(
        "(cdk-nag cannot decide this rule on a value given by an intrinsic function: give it a "
        "literal value, or acknowledge {} with a reason)",
        ruleId);
  }
  return fmt::format("Fix: {} (or acknowledge {} with a reason)", rule.fix, ruleId);
}

/// Acknowledgements recorded on constructs (compliance::acknowledge), as (construct path, rule id).
struct ConstructAcknowledgement {
  std::string path;
  std::string id;
  bool used = false;
};

bool isAtOrBelow(std::string_view path, std::string_view scope) {
  return path == scope || (path.size() > scope.size() && path.starts_with(scope) && path[scope.size()] == '/');
}

}  // namespace

PolicyValidationPluginReport NagPack::validate(IPolicyValidationContext& context) {
  const Stack& stack = context.stack();
  ValidateScratch& scratch = validateScratch();
  detail::Decisions& decisions = scratch.decisions;
  evaluate(context.templateJson(), rules_, props_.verbose, impl_->byType, decisions);
  const bool reportOnly = props_.reportOnly || contextFlag(stack, "cdkpp:complianceReportOnly");

  // Construct paths by logical ID (the decisions of one resource come one after the other).
  std::string_view lastId;
  std::string_view lastPath;
  const auto pathOf = [&](std::string_view logicalId) -> std::string_view {
    if (logicalId != lastId || lastId.empty()) {
      lastId = logicalId;
      lastPath = context.constructPath(logicalId);
    }
    return lastPath;
  };

  // Findings: one violation per rule id and message, naming every resource. In report-only mode the error
  // findings are counted in one warning that points to the reports, rather than told one by one.
  PolicyValidationPluginReport report;
  report.pluginVersion = "3.0.2";
  bool anyError = false;
  std::size_t reportedOnly = 0;
  std::unordered_map<std::string, std::size_t> violationOf;  // rule id + compliance -> index in report.violations
  for (const auto& d : decisions.all) {
    if (d.compliance == NagResult::Compliance::COMPLIANT || d.acknowledged) continue;
    const NagPackRule& rule = rules_[d.rule];
    if (reportOnly && rule.level == NagMessageLevel::ERROR) {
      ++reportedOnly;
      continue;
    }
    std::string ruleId = ruleIdOf(d, rule);
    const std::string key = ruleId + (d.compliance == NagResult::Compliance::UNKNOWN ? "?" : "");
    auto [it, inserted] = violationOf.try_emplace(key, report.violations.size());
    if (inserted) {
      PolicyViolation& violation = report.violations.emplace_back();
      violation.description = messageOf(d);
      violation.fix = fixText(rule, ruleId, d.compliance);
      violation.ruleName = std::move(ruleId);
      violation.severity = rule.level == NagMessageLevel::ERROR  ? "error"
                           : rule.level == NagMessageLevel::WARN ? "warning"
                                                                 : "info";
    }
    report.violations[it->second].violatingResources.push_back(
        {{"Properties"}, std::string(pathOf(d.logicalId)), std::string(d.logicalId), {}});
    anyError = anyError || rule.level == NagMessageLevel::ERROR;
  }
  report.success = reportOnly || !anyError;
  if (reportedOnly > 0) {
    PolicyViolation summary;
    summary.ruleName = packName_;
    summary.description =
        props_.reports
            ? fmt::format(
                  "{} error findings, not failing synthesis (report-only); each is in {}-{}-NagReport.csv and "
                  ".json in the cloud assembly",
                  reportedOnly, packName_, stack.stackName())
            : fmt::format("{} error findings, not failing synthesis (report-only)", reportedOnly);
    summary.fix = "Fix them or acknowledge them, then check without report-only.";
    summary.severity = "warning";
    report.violations.push_back(std::move(summary));
  }

  // Stale acknowledgements: one of this pack's rules acknowledged on a construct (or in a resource's metadata)
  // that none of the resources there needed.
  const std::string prefix = packName_ + "-";
  std::vector<ConstructAcknowledgement> onConstructs;
  for (const Construct* construct : stack.node().findAll()) {
    for (const auto& entry : construct->node().metadata()) {
      if (std::string_view(entry.type) != Validations::ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data.isMap()) continue;
      for (const auto& [id, reason] : entry.data.asMap()) {
        if (id.starts_with(prefix)) onConstructs.push_back({construct->node().path(), id});
      }
    }
  }
  std::unordered_map<std::string_view, std::vector<std::string>> usedOn;  // logical ID -> acknowledged ids used
  for (const auto& d : decisions.all) {
    if (d.compliance == NagResult::Compliance::COMPLIANT || !d.acknowledged) continue;
    std::string id = ruleIdOf(d, rules_[d.rule]);
    const std::string_view path = pathOf(d.logicalId);
    for (auto& ack : onConstructs) {
      if (!ack.used && ack.id == id && isAtOrBelow(path, ack.path)) ack.used = true;
    }
    usedOn[d.logicalId].push_back(std::move(id));
  }
  const auto staleWarning = [&](std::string_view path, const std::string& id) {
    PolicyViolation warning;
    warning.ruleName = id;
    warning.description = fmt::format("is acknowledged here, but no resource at or below {} breaks the rule", path);
    warning.fix = "Remove the acknowledgement, or check that it names the right rule.";
    warning.severity = "warning";
    warning.violatingResources.push_back({{}, std::string(path.empty() ? stack.node().path() : path), {}, {}});
    report.violations.push_back(std::move(warning));
  };
  for (const auto& ack : onConstructs) {
    if (!ack.used) staleWarning(ack.path, ack.id);
  }
  // Acknowledgements only in the template (a resource's own metadata, an included template).
  for (const auto& [logicalId, acks] : decisions.acknowledgedResources) {
    for (const auto& [id, reason] : *acks) {
      if (!id.starts_with(prefix)) continue;
      const std::string_view path = pathOf(logicalId);
      const bool fromConstruct = std::any_of(onConstructs.begin(), onConstructs.end(), [&](const auto& ack) {
        return ack.id == id && isAtOrBelow(path, ack.path);
      });
      if (fromConstruct) continue;
      const auto& used = usedOn[logicalId];
      if (std::find(used.begin(), used.end(), id) == used.end()) staleWarning(path, id);
    }
  }

  if (props_.reports) {
    std::vector<detail::ReportRow>& rows = scratch.rows;
    rows.clear();
    rows.reserve(decisions.all.size());
    for (const auto& d : decisions.all) {
      const std::string_view path = pathOf(d.logicalId);
      rows.push_back(
          {&impl_->reportRules[d.rule], path.empty() ? d.logicalId : path, d.compliance, d.acknowledged, d.finding});
    }
    const auto formats = reportFormats(stack, props_.reportFormats);
    const bool csv = std::find(formats.begin(), formats.end(), NagReportFormat::CSV) != formats.end();
    const bool json = std::find(formats.begin(), formats.end(), NagReportFormat::JSON) != formats.end();
    detail::writeReports(rows, csv ? &scratch.csv : nullptr, json ? &scratch.json : nullptr);
    // Written into the scratch buffers (their room kept for the next stack), handed over as copies of exactly their
    // size: the assembly holds every report until it is written.
    const std::string base = fmt::format("{}-{}-NagReport", packName_, stack.stackName());
    if (csv) context.addAssemblyFile(base + ".csv", std::string(scratch.csv));
    if (json) context.addAssemblyFile(base + ".json", std::string(scratch.json));
  }
  return report;
}

}  // namespace cdk::compliance
