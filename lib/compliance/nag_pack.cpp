#include "cdk/compliance/nag_pack.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "cdk/core/construct.hpp"
#include "cdk/core/stack.hpp"
#include "pack_table.hpp"
#include "reports.hpp"
#include "rule.hpp"

namespace cdk::compliance {

std::string_view toString(NagMessageLevel level) noexcept {
  switch (level) {
    case NagMessageLevel::WARN: return "Warning";
    case NagMessageLevel::ERROR: return "Error";
    case NagMessageLevel::INFO: return "Info";
  }
  return "Error";
}

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
  auto metadata = resource.find("Metadata");
  if (metadata == resource.end() || !metadata->is_object()) return out;
  auto nag = metadata->find("cdk_nag");
  if (nag == metadata->end() || !nag->is_object()) return out;
  auto rules = nag->find("rules_to_suppress");
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
  struct Entry {
    const detail::Rule* rule;
    std::size_t index;  ///< into rules_
  };
  /// The pack's rules for each resource type, in pack order.
  std::unordered_map<std::string_view, std::vector<Entry>> byType;
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
}

NagPack::~NagPack() = default;

std::vector<NagResult> NagPack::check(const nlohmann::ordered_json& templateJson) const {
  const detail::TemplateIndex index(templateJson);
  detail::Scratch scratch;
  const detail::View view(scratch);
  std::vector<NagResult> results;
  for (const detail::Resource& resource : index.resources()) {
    auto applicable = impl_->byType.find(resource.type);
    if (applicable == impl_->byType.end()) continue;
    const auto acks = acknowledgements(*resource.body);
    for (const auto& [rule, ruleIndex] : applicable->second) {
      const NagPackRule& packRule = rules_[ruleIndex];
      const detail::RuleContext context{resource, index, view};
      NagResult base;
      base.level = packRule.level;
      base.logicalId = resource.logicalId;
      base.ruleId = packRule.id;
      base.ruleInfo = packRule.info;
      base.rulePackId = packRule.id;
      base.message = props_.verbose ? packRule.info + " " + packRule.explanation : packRule.info;
      detail::RuleResult result;
      scratch.clear();
      try {
        result = rule->check(context);
      } catch (const detail::RuleFailure& failure) {
        NagResult unknown = base;
        unknown.compliance = NagResult::Compliance::UNKNOWN;
        unknown.message =
            props_.verbose ? "Rule threw an error during validation. " + failure.message : std::string(kUnknownMessage);
        if (const std::string* reason = acknowledged(acks, base.ruleId)) unknown.acknowledgement = *reason;
        results.push_back(std::move(unknown));
        continue;
      }
      switch (result.compliance) {
        case detail::Compliance::NOT_APPLICABLE: break;
        case detail::Compliance::COMPLIANT:
          base.compliance = NagResult::Compliance::COMPLIANT;
          results.push_back(std::move(base));
          break;
        case detail::Compliance::NON_COMPLIANT:
          base.compliance = NagResult::Compliance::NON_COMPLIANT;
          if (result.findings.empty()) {
            if (const std::string* reason = acknowledged(acks, base.ruleId)) base.acknowledgement = *reason;
            results.push_back(std::move(base));
            break;
          }
          for (auto& finding : result.findings) {
            NagResult one = base;
            one.ruleId = fmt::format("{}[{}]", base.rulePackId, finding);
            if (const std::string* reason = acknowledged(acks, one.ruleId)) one.acknowledgement = *reason;
            one.findingId = std::move(finding);
            results.push_back(std::move(one));
          }
          break;
      }
    }
  }
  return results;
}

namespace {

/// How a finding is told: the rule's message, then what to change.
std::string fixText(const NagResult& result, const NagPackRule& rule) {
  if (result.compliance == NagResult::Compliance::UNKNOWN) {
    return fmt::format(
        "(cdk-nag cannot decide this rule on a value given by an intrinsic function: give it a "
        "literal value, or acknowledge {} with a reason)",
        result.ruleId);
  }
  return fmt::format("Fix: {} (or acknowledge {} with a reason)", rule.fix, result.ruleId);
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
  const std::vector<NagResult> results = check(context.templateJson());
  const bool reportOnly = props_.reportOnly || contextFlag(stack, "cdkpp:complianceReportOnly");

  std::unordered_map<std::string, std::size_t> ruleIndex;
  for (std::size_t i = 0; i < rules_.size(); ++i) ruleIndex.emplace(rules_[i].id, i);

  PolicyValidationPluginReport report;
  report.pluginVersion = "3.0.2";
  bool anyError = false;
  std::unordered_map<std::string, std::string> paths;  // logical ID -> construct path (empty: none)
  const auto pathOf = [&](const std::string& logicalId) -> const std::string& {
    auto it = paths.find(logicalId);
    if (it == paths.end()) it = paths.emplace(logicalId, context.constructPath(logicalId)).first;
    return it->second;
  };
  for (const NagResult& result : results) {
    if (!result.isFinding()) continue;
    const NagPackRule& rule = rules_[ruleIndex.at(result.rulePackId)];
    PolicyViolation violation;
    violation.ruleName = result.ruleId;
    violation.description = result.message;
    violation.fix = fixText(result, rule);
    violation.severity = result.level == NagMessageLevel::ERROR  ? "error"
                         : result.level == NagMessageLevel::WARN ? "warning"
                                                                 : "info";
    violation.violatingResources.push_back({{"Properties"}, pathOf(result.logicalId), result.logicalId, {}});
    anyError = anyError || result.level == NagMessageLevel::ERROR;
    report.violations.push_back(std::move(violation));
  }
  report.success = reportOnly || !anyError;

  // Stale acknowledgements: one of this pack's rules acknowledged on a construct (or in a resource's metadata)
  // that none of the resources there needed.
  const std::string prefix = packName_ + "-";
  std::vector<ConstructAcknowledgement> onConstructs;
  for (const Construct* construct : stack.node().findAll()) {
    for (const auto& entry : construct->node().metadata()) {
      if (entry.type != Validations::ACKNOWLEDGED_RULES_METADATA_KEY || !entry.data.isMap()) continue;
      for (const auto& [id, reason] : entry.data.asMap()) {
        if (id.starts_with(prefix)) onConstructs.push_back({construct->node().path(), id});
      }
    }
  }
  std::unordered_map<std::string, std::vector<std::string>> usedOn;  // logical ID -> acknowledged rule ids used
  for (const NagResult& result : results) {
    if (result.compliance == NagResult::Compliance::COMPLIANT || !result.acknowledgement) continue;
    usedOn[result.logicalId].push_back(result.ruleId);
    const std::string& path = pathOf(result.logicalId);
    for (auto& ack : onConstructs) {
      if (!ack.used && ack.id == result.ruleId && isAtOrBelow(path, ack.path)) ack.used = true;
    }
  }
  const auto staleWarning = [&](const std::string& path, const std::string& id) {
    PolicyViolation warning;
    warning.ruleName = id;
    warning.description = fmt::format("is acknowledged here, but no resource at or below {} breaks the rule", path);
    warning.fix = "Remove the acknowledgement, or check that it names the right rule.";
    warning.severity = "warning";
    warning.violatingResources.push_back({{}, path.empty() ? stack.node().path() : path, {}, {}});
    report.violations.push_back(std::move(warning));
  };
  for (const auto& ack : onConstructs) {
    if (!ack.used) staleWarning(ack.path, ack.id);
  }
  // Acknowledgements only in the template (a resource's own metadata, an included template).
  const auto& resources = context.templateJson().find("Resources");
  if (resources != context.templateJson().end() && resources->is_object()) {
    for (const auto& [logicalId, body] : resources->items()) {
      if (!body.is_object()) continue;
      const std::string& path = pathOf(logicalId);
      for (const auto& [id, reason] : acknowledgements(body)) {
        if (!id.starts_with(prefix)) continue;
        const bool fromConstruct = std::any_of(onConstructs.begin(), onConstructs.end(), [&](const auto& ack) {
          return ack.id == id && isAtOrBelow(path, ack.path);
        });
        if (fromConstruct) continue;
        const auto& used = usedOn[logicalId];
        if (std::find(used.begin(), used.end(), id) == used.end()) staleWarning(path, id);
      }
    }
  }

  if (props_.reports) {
    const std::string base = fmt::format("{}-{}-NagReport", packName_, stack.stackName());
    const auto rows = detail::reportRows(results, [&](const std::string& logicalId) {
      const std::string& path = pathOf(logicalId);
      return path.empty() ? logicalId : path;
    });
    context.addAssemblyFile(base + ".csv", detail::csvReport(rows));
    context.addAssemblyFile(base + ".json", detail::jsonReport(rows));
  }
  return report;
}

}  // namespace cdk::compliance
