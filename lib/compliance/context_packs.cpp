// The compliance packs an app's context turns on: `--compliance hipaa,aws-solutions`, context cdkpp:compliance.
// Installed into core as its context plugins provider (see lib/core/synthesis/context_plugins.hpp for why).
#include <fmt/format.h>

#include "../core/synthesis/context_plugins.hpp"
#include "cdk/compliance/aws_solutions_checks.hpp"
#include "cdk/compliance/hipaa_security_checks.hpp"
#include "cdk/core/app.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::detail {
namespace {

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

/// The pack names of the context value: "hipaa,aws-solutions", or a list of names.
std::vector<std::string> packNames(const Value& value) {
  std::vector<std::string> names;
  const auto split = [&names](std::string_view text) {
    for (std::size_t from = 0; from <= text.size();) {
      const std::size_t comma = text.find(',', from);
      const std::string name = trimmed(text.substr(from, comma == std::string_view::npos ? text.npos : comma - from));
      if (!name.empty()) names.push_back(name);
      if (comma == std::string_view::npos) break;
      from = comma + 1;
    }
  };
  if (value.isString()) {
    split(value.asString());
  } else if (value.isList()) {
    for (const Value& item : value.asList()) {
      if (!item.isString()) {
        throw ContextError(fmt::format(
            "context cdkpp:compliance is {}; give pack names such as \"hipaa,aws-solutions\"", value.toString()));
      }
      split(item.asString());
    }
  } else if (!value.isNull()) {
    throw ContextError(fmt::format("context cdkpp:compliance is {}; give pack names such as \"hipaa,aws-solutions\"",
                                   value.toString()));
  }
  return names;
}

template <class Pack>
bool registered(const std::vector<std::shared_ptr<IPolicyValidationPlugin>>& plugins) {
  for (const auto& plugin : plugins) {
    if (dynamic_cast<const Pack*>(plugin.get())) return true;
  }
  return false;
}

std::vector<std::shared_ptr<IPolicyValidationPlugin>> compliancePacksOfContext(
    const App& app, const std::vector<std::shared_ptr<IPolicyValidationPlugin>>& plugins) {
  std::vector<std::shared_ptr<IPolicyValidationPlugin>> out;
  auto value = app.node().tryGetContext("cdkpp:compliance");
  if (!value) return out;
  bool hipaa = false;
  bool awsSolutions = false;
  for (const std::string& name : packNames(*value)) {
    if (name == "hipaa" || name == "HIPAA.Security") {
      hipaa = true;
    } else if (name == "aws-solutions" || name == "AwsSolutions") {
      awsSolutions = true;
    } else {
      throw ContextError(
          fmt::format("context cdkpp:compliance (--compliance) names '{}', which is not a compliance "
                      "pack; the packs are hipaa and aws-solutions",
                      name));
    }
  }
  if (hipaa && !registered<compliance::HIPAASecurityChecks>(plugins)) {
    out.push_back(std::make_shared<compliance::HIPAASecurityChecks>());
  }
  if (awsSolutions && !registered<compliance::AwsSolutionsChecks>(plugins)) {
    out.push_back(std::make_shared<compliance::AwsSolutionsChecks>());
  }
  return out;
}

}  // namespace
}  // namespace cdk::detail

// The symbol the compliance layer's link option names (`--undefined`), so that a static link keeps this file and
// its initializer, which installs the packs into core.
extern "C" const bool cdkpp_compliance_context_packs =
    (cdk::detail::installContextPluginsProvider(&cdk::detail::compliancePacksOfContext), true);
