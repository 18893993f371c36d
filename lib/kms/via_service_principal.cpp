#include "cdk/kms/via_service_principal.hpp"

namespace cdk::kms {

ViaServicePrincipal::ViaServicePrincipal(cdk::Value serviceName, iam::PrincipalPtr basePrincipal)
    : serviceName_(std::move(serviceName)),
      basePrincipal_(basePrincipal ? std::move(basePrincipal) : std::make_shared<iam::AnyPrincipal>()) {}

iam::PrincipalPolicyFragment ViaServicePrincipal::policyFragment() const {
  iam::PrincipalPolicyFragment base = basePrincipal_->policyFragment();
  cdk::Value::Map conditions = base.conditions;
  bool found = false;
  for (auto& [op, value] : conditions) {
    if (op != "StringEquals") continue;
    found = true;
    cdk::Value::Map merged{{"kms:ViaService", serviceName_}};
    if (value.isMap()) {
      for (const auto& [k, v] : value.asMap()) {
        if (k == "kms:ViaService") {
          merged.front().second = v;
        } else {
          merged.emplace_back(k, v);
        }
      }
    }
    value = cdk::Value(std::move(merged));
  }
  if (!found) conditions.emplace_back("StringEquals", cdk::Value::map({{"kms:ViaService", serviceName_}}));
  return {.conditions = std::move(conditions), .principalJson = std::move(base.principalJson)};
}

std::string ViaServicePrincipal::toString() const {
  return "ViaServicePrincipal(" + serviceName_.toString() + ", " + basePrincipal_->toString() + ")";
}

std::string ViaServicePrincipal::dedupeString() const {
  std::string base = basePrincipal_->dedupeString();
  if (base.empty()) return {};
  return "ViaServicePrincipal:" + serviceName_.toString() + ":" + base;
}

iam::PrincipalPtr ViaServicePrincipal::copy() const { return std::make_shared<ViaServicePrincipal>(*this); }

}  // namespace cdk::kms
