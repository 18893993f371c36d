#include "cdk/iam/principals.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "core/text_scanner.hpp"
#include "policy_merging.hpp"

namespace cdk::iam {

namespace {

std::string fragmentJson(const PrincipalPolicyFragment& fragment) {
  std::string text = "{\"principalJson\":{";
  bool first = true;
  for (const auto& [key, values] : fragment.principalJson) {
    if (!first) text += ",";
    first = false;
    text += "\"" + key + "\":[";
    for (std::size_t i = 0; i < values.size(); ++i) text += (i ? "," : "") + detail::describe(values[i]);
    text += "]";
  }
  return text + "},\"conditions\":" + detail::describe(fragment.conditions) + "}";
}

}  // namespace

// ------------------------------------------------------------------------------------------------ IPrincipal

void IPrincipal::addToAssumeRolePolicy(PolicyDocument& document) const {
  document.addStatements(PolicyStatement({.actions = {assumeRoleAction()}, .principals = {grantPrincipal()}}));
}

std::string IPrincipal::dedupeString() const { return {}; }

// ------------------------------------------------------------------------------------------------ PrincipalBase

PrincipalPtr PrincipalBase::grantPrincipal() const {
  if (auto self = weak_from_this().lock()) return self;
  return copy();
}

AddToPrincipalPolicyResult PrincipalBase::addToPrincipalPolicy(const PolicyStatement&) const { return {}; }

PrincipalPtr PrincipalBase::withConditions(cdk::Value::Map conditions) const {
  return std::make_shared<PrincipalWithConditions>(grantPrincipal(), std::move(conditions));
}

// ------------------------------------------------------------------------------------------------ ServicePrincipal

ServicePrincipal::ServicePrincipal(std::string service, ServicePrincipalOpts opts)
    : service_(std::move(service)), opts_(std::move(opts)) {}

std::string ServicePrincipal::servicePrincipalName(std::string_view service) {
  // aws-cdk-lib: the service name without a partition's domain, then ".amazonaws.com".
  const std::string_view name = service.substr(0, service.find('.'));
  const std::string_view domain = service.substr(name.size());
  const bool known = domain.empty() || domain == ".amazonaws.com" || domain == ".amazonaws.com.cn" ||
                     domain == ".c2s.ic.gov" || domain == ".sc2s.sgov.gov";
  if (!name.empty() && known) return std::string(name) + ".amazonaws.com";
  return std::string(service);
}

ServicePrincipal::ServicePrincipal(cdk::Value service, ServicePrincipalOpts opts) : opts_(std::move(opts)) {
  if (service.isString()) {
    service_ = service.asString();
  } else {
    service_ = detail::describe(service);
    serviceToken_ = std::move(service);
  }
}

PrincipalPolicyFragment ServicePrincipal::policyFragment() const {
  cdk::Value name = serviceToken_ ? *serviceToken_ : cdk::Value(servicePrincipalName(service_));
  return {.conditions = opts_.conditions, .principalJson = {{"Service", {std::move(name)}}}};
}

std::string ServicePrincipal::toString() const { return "ServicePrincipal(" + service_ + ")"; }

PrincipalPtr ServicePrincipal::copy() const { return std::make_shared<ServicePrincipal>(*this); }

// ------------------------------------------------------------------------------------------------ ArnPrincipal

ArnPrincipal::ArnPrincipal(cdk::Value arn) : arn_(std::move(arn)) {}

PrincipalPolicyFragment ArnPrincipal::policyFragment() const { return {.principalJson = {{"AWS", {arn_}}}}; }

std::string ArnPrincipal::toString() const { return "ArnPrincipal(" + detail::describe(arn_) + ")"; }

std::string ArnPrincipal::dedupeString() const { return "ArnPrincipal:" + detail::describe(arn_); }

PrincipalPtr ArnPrincipal::copy() const { return std::make_shared<ArnPrincipal>(*this); }

// ------------------------------------------------------------------------------------------------ AccountPrincipal

namespace {

cdk::Value accountRootArn(const cdk::Value& accountId) {
  if (!accountId.isString() && !accountId.isToken()) {
    throw cdk::Error("accountId should be of type string");
  }
  return detail::stackDependent(
      [accountId](const cdk::Stack& stack) {
        return cdk::Value("arn:") + stack.partition() + ":iam::" + accountId + ":root";
      },
      "AccountRootArn");
}

}  // namespace

AccountPrincipal::AccountPrincipal(cdk::Value accountId)
    : ArnPrincipal(accountRootArn(accountId)), accountId_(std::move(accountId)) {}

std::string AccountPrincipal::toString() const { return "AccountPrincipal(" + detail::describe(accountId_) + ")"; }

PrincipalPtr AccountPrincipal::copy() const { return std::make_shared<AccountPrincipal>(*this); }

AccountRootPrincipal::AccountRootPrincipal()
    : AccountPrincipal(
          detail::stackDependent([](const cdk::Stack& stack) { return stack.account(); }, "StackAccount")) {}

std::string AccountRootPrincipal::toString() const { return "AccountRootPrincipal()"; }

PrincipalPtr AccountRootPrincipal::copy() const { return std::make_shared<AccountRootPrincipal>(*this); }

AnyPrincipal::AnyPrincipal() : ArnPrincipal("*") {}

std::string AnyPrincipal::toString() const { return "AnyPrincipal()"; }

PrincipalPtr AnyPrincipal::copy() const { return std::make_shared<AnyPrincipal>(*this); }

// ------------------------------------------------------------------------------------------------ others

PrincipalPolicyFragment StarPrincipal::policyFragment() const { return {.principalJson = {{"LiteralString", {"*"}}}}; }

std::string StarPrincipal::toString() const { return "StarPrincipal()"; }

PrincipalPtr StarPrincipal::copy() const { return std::make_shared<StarPrincipal>(*this); }

OrganizationPrincipal::OrganizationPrincipal(std::string organizationId) : organizationId_(std::move(organizationId)) {
  cdk::detail::TextScanner scan(organizationId_);
  const auto lowerOrDigit = [](char c) { return cdk::detail::isAsciiLower(c) || cdk::detail::isAsciiDigit(c); };
  if (!(scan.literal("o-") && scan.take(lowerOrDigit, 10, 32) && scan.atEnd())) {
    throw cdk::Error("Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received " +
                     organizationId_);
  }
}

PrincipalPolicyFragment OrganizationPrincipal::policyFragment() const {
  return {.conditions = {{"StringEquals", cdk::Value::map({{"aws:PrincipalOrgID", organizationId_}})}},
          .principalJson = {{"AWS", {"*"}}}};
}

std::string OrganizationPrincipal::toString() const { return "OrganizationPrincipal(" + organizationId_ + ")"; }

PrincipalPtr OrganizationPrincipal::copy() const { return std::make_shared<OrganizationPrincipal>(*this); }

CanonicalUserPrincipal::CanonicalUserPrincipal(cdk::Value canonicalUserId)
    : canonicalUserId_(std::move(canonicalUserId)) {}

PrincipalPolicyFragment CanonicalUserPrincipal::policyFragment() const {
  return {.principalJson = {{"CanonicalUser", {canonicalUserId_}}}};
}

std::string CanonicalUserPrincipal::toString() const {
  return "CanonicalUserPrincipal(" + detail::describe(canonicalUserId_) + ")";
}

PrincipalPtr CanonicalUserPrincipal::copy() const { return std::make_shared<CanonicalUserPrincipal>(*this); }

FederatedPrincipal::FederatedPrincipal(cdk::Value federated, cdk::Value::Map conditions, std::string assumeRoleAction)
    : federated_(std::move(federated)),
      conditions_(std::move(conditions)),
      assumeRoleAction_(std::move(assumeRoleAction)) {}

PrincipalPolicyFragment FederatedPrincipal::policyFragment() const {
  return {.conditions = conditions_, .principalJson = {{"Federated", {federated_}}}};
}

std::string FederatedPrincipal::toString() const { return "FederatedPrincipal(" + detail::describe(federated_) + ")"; }

PrincipalPtr FederatedPrincipal::copy() const { return std::make_shared<FederatedPrincipal>(*this); }

WebIdentityPrincipal::WebIdentityPrincipal(cdk::Value identityProvider, cdk::Value::Map conditions)
    : FederatedPrincipal(std::move(identityProvider), std::move(conditions), "sts:AssumeRoleWithWebIdentity") {}

std::string WebIdentityPrincipal::toString() const {
  return "WebIdentityPrincipal(" + detail::describe(federated()) + ")";
}

PrincipalPtr WebIdentityPrincipal::copy() const { return std::make_shared<WebIdentityPrincipal>(*this); }

// ------------------------------------------------------------------------------------------------ with conditions

PrincipalWithConditions::PrincipalWithConditions(PrincipalPtr principal, cdk::Value::Map conditions)
    : principal_(std::move(principal)) {
  if (!principal_) throw cdk::Error("PrincipalWithConditions: the principal is null; pass a principal");
  for (auto& [key, value] : conditions) addCondition(key, value);
}

void PrincipalWithConditions::addCondition(const std::string& key, cdk::Value value) {
  detail::addCondition(additionalConditions_, key, value);
}

cdk::Value::Map PrincipalWithConditions::conditions() const {
  cdk::Value::Map merged = principal_->policyFragment().conditions;
  for (const auto& [op, condition] : additionalConditions_) {
    cdk::Value* existing = nullptr;
    for (auto& [k, v] : merged) {
      if (k == op) existing = &v;
    }
    if (!existing) {
      merged.emplace_back(op, condition);
      continue;
    }
    if (condition.isToken() || existing->isToken()) {
      throw cdk::Error(
          fmt::format("multiple \"{}\" conditions cannot be merged if one of them contains an unresolved token", op));
    }
    detail::addCondition(merged, op, condition);
  }
  return merged;
}

PrincipalPolicyFragment PrincipalWithConditions::policyFragment() const {
  return {.conditions = conditions(), .principalJson = principal_->policyFragment().principalJson};
}

AddToPrincipalPolicyResult PrincipalWithConditions::addToPrincipalPolicy(const PolicyStatement& statement) const {
  return principal_->addToPrincipalPolicy(statement);
}

std::string PrincipalWithConditions::toString() const { return principal_->toString(); }

PrincipalPtr PrincipalWithConditions::copy() const { return std::make_shared<PrincipalWithConditions>(*this); }

// ------------------------------------------------------------------------------------------------ composite

CompositePrincipal::CompositePrincipal(std::vector<PrincipalPtr> principals) {
  if (principals.empty()) {
    throw cdk::Error("CompositePrincipals must be constructed with at least 1 Principal but none were passed.");
  }
  addPrincipals(std::move(principals));
}

CompositePrincipal& CompositePrincipal::addPrincipals(std::vector<PrincipalPtr> principals) {
  for (auto& p : principals) {
    if (!p) throw cdk::Error("CompositePrincipal: a principal is null; pass principals");
    principals_.push_back(std::move(p));
  }
  return *this;
}

std::string CompositePrincipal::assumeRoleAction() const { return principals_.front()->assumeRoleAction(); }

PrincipalPolicyFragment CompositePrincipal::policyFragment() const {
  PrincipalPolicyFragment merged;
  for (const auto& p : principals_) {
    PrincipalPolicyFragment fragment = p->policyFragment();
    if (!fragment.conditions.empty()) {
      throw cdk::Error(
          "Components of a CompositePrincipal must not have conditions. Tried to add the following fragment: " +
          fragmentJson(fragment));
    }
    for (auto& [key, values] : fragment.principalJson) {
      auto it = std::find_if(merged.principalJson.begin(), merged.principalJson.end(),
                             [&](const auto& entry) { return entry.first == key; });
      if (it == merged.principalJson.end()) {
        merged.principalJson.emplace_back(key, values);
      } else {
        it->second.insert(it->second.end(), values.begin(), values.end());
      }
    }
  }
  return merged;
}

void CompositePrincipal::addToAssumeRolePolicy(PolicyDocument& document) const {
  // One statement (or more) per member.
  for (const auto& p : principals_) p->addToAssumeRolePolicy(document);
}

std::string CompositePrincipal::toString() const {
  std::string text = "CompositePrincipal(";
  for (std::size_t i = 0; i < principals_.size(); ++i) text += (i ? "," : "") + principals_[i]->toString();
  return text + ")";
}

std::string CompositePrincipal::dedupeString() const {
  std::string text = "CompositePrincipal[";
  for (std::size_t i = 0; i < principals_.size(); ++i) {
    std::string inner = principals_[i]->dedupeString();
    if (inner.empty()) return {};
    text += (i ? "," : "") + inner;
  }
  return text + "]";
}

PrincipalPtr CompositePrincipal::copy() const { return std::make_shared<CompositePrincipal>(*this); }

}  // namespace cdk::iam
