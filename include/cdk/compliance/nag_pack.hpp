// A pack of compliance rules checked at synthesis: cdk-nag 3's NagPack, as a validation plugin
// (Validations::of(app).addPlugins). Each rule decides on each resource of a stack's resolved template the way
// cdk-nag 3.0.2 decides on the same template; acknowledgements are read from each resource's
// Metadata.cdk_nag.rules_to_suppress (compliance::acknowledge writes them); the findings fail synthesis (errors)
// or become warnings, and the reports are written into the cloud assembly as cdk-nag 2 wrote them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cdk/core/export.hpp"
#include "cdk/core/validations.hpp"

namespace cdk::compliance {

namespace detail {
struct PackTable;
struct Decision;
}  // namespace detail

/// cdk-nag's NagMessageLevel.
enum class NagMessageLevel { WARN, ERROR, INFO };

/// cdk-nag's NagReportFormat: the files of a report.
enum class NagReportFormat { CSV, JSON };

/// "Warning", "Error", "Info", as cdk-nag's reports write the level.
CDKPP_API std::string_view toString(NagMessageLevel level) noexcept;

/// A rule of a pack as cdk-nag lists it.
struct NagPackRule {
  std::string explanation{};
  std::string fix{};  ///< what to change (cdkpp's words)
  std::string id{};   ///< "HIPAA.Security-RDSLoggingEnabled", "AwsSolutions-ECS4"
  std::string info{};
  NagMessageLevel level = NagMessageLevel::ERROR;
  std::string
      ruleName{};  ///< cdk-nag's rule (its file name): "RDSLoggingEnabled", "ECSClusterCloudWatchContainerInsights"
};

/// One decision of a rule on a resource.
struct NagResult {
  enum class Compliance {
    COMPLIANT,
    NON_COMPLIANT,
    /// The rule could not decide (a value it reads is an intrinsic it cannot resolve, or missing): cdk-nag counts
    /// this as a finding of the rule, with a message saying so.
    UNKNOWN,
  };
  std::optional<std::string> acknowledgement{};  ///< the reason, when the finding is acknowledged
  Compliance compliance = Compliance::COMPLIANT;
  std::string findingId{};  ///< for rules that name what they found ("LogExport::postgresql"), else empty
  std::string logicalId{};
  /// What cdk-nag reports for a non-compliant or undecided result: the rule's info, or why it could not decide.
  /// Empty for a compliant one.
  std::string message{};
  const NagPackRule* rule = nullptr;  ///< the rule: its id (without a finding), level, info (the pack's own)
  std::string ruleId{};               ///< "<Pack>-<Rule>", with "[<finding>]" for a finding

  /// A non-compliant or undecided result that is not acknowledged.
  bool isFinding() const noexcept { return compliance != Compliance::COMPLIANT && !acknowledgement; }
};

struct NagPackProps {
  /// The report files, as cdk-nag 2's reportFormats: CSV by default (also: context cdkpp:complianceReportFormats,
  /// "csv,json").
  std::vector<NagReportFormat> reportFormats{NagReportFormat::CSV};
  /// Let synthesis succeed despite error findings: they are counted in one warning per stack and listed in the
  /// reports (also: context cdkpp:complianceReportOnly, --compliance-report-only).
  bool reportOnly = false;
  /// Write the reports, <Pack>-<Stack>-NagReport.csv (and .json) into the cloud assembly.
  bool reports = true;
  /// Messages with the rule's explanation, and the error of a rule that could not decide.
  bool verbose = false;
};

class CDKPP_API NagPack : public IPolicyValidationPlugin {
 public:
  ~NagPack() override;
  /// "HIPAA.Security", "AwsSolutions".
  const std::string& packName() const noexcept { return packName_; }
  std::string name() const override { return packName_; }
  /// The rules, in the order the pack applies them to a resource.
  const std::vector<NagPackRule>& rules() const noexcept { return rules_; }
  const NagPackProps& props() const noexcept { return props_; }

  /// Every decision of the pack's rules on the resources of a template (a resolved template: what synthesis
  /// writes or a template read from a file), in template order, acknowledgements read from its metadata.
  std::vector<NagResult> check(const nlohmann::ordered_json& templateJson) const;

  /// Checks one stack: its findings, the reports, stale acknowledgements (warnings).
  PolicyValidationPluginReport validate(IPolicyValidationContext& context) override;

 protected:
  NagPack(std::string packName, const detail::PackTable& table, NagPackProps props);

 private:
  std::string messageOf(const detail::Decision& decision) const;

  std::string packName_;
  NagPackProps props_;
  std::vector<NagPackRule> rules_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cdk::compliance
