#include "cdk/iam/policy_document.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/feature_flags.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/stack.hpp"
#include "policy_merging.hpp"

namespace cdk::iam {

struct PolicyDocument::State {
  bool assignSids = false;
  std::optional<bool> minimize;
  std::vector<PolicyStatement> statements;
  /// Set for the DefaultPolicy of a Role (see detail::setMergeIfEqual).
  bool mergeIfEqual = false;
};

namespace {

using json = nlohmann::ordered_json;

/// aws-cdk-lib's sortByJson: sorted by JSON text, duplicates dropped, a single element collapsed.
json sortByJson(const json& value) {
  if (!value.is_array()) return value;
  std::map<std::string, json> byText;
  for (const auto& item : value) byText.emplace(item.dump(), item);
  json sorted = json::array();
  for (auto& [text, item] : byText) sorted.push_back(item);
  if (sorted.size() == 1) return sorted.front();
  return sorted;
}

json sortPrincipals(const json& principal) {
  if (!principal.is_object()) return principal;
  std::vector<std::string> keys;
  for (const auto& [key, value] : principal.items()) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  json out = json::object();
  for (const auto& key : keys) out[key] = sortByJson(principal.at(key));
  return out;
}

std::vector<PolicyStatement> effective(const PolicyDocument::State& state, const cdk::Construct* scope) {
  const bool minimize =
      state.minimize.value_or(scope ? cdk::FeatureFlags::of(*scope).isEnabled(detail::MINIMIZE_POLICIES_FLAG) : false);
  std::vector<PolicyStatement> statements = state.statements;
  // A Role's DefaultPolicy goes through the role's split aspect first (merging equal statements, or
  // combinable ones when minimizing); any document merges combinable statements when minimizing.
  if (state.mergeIfEqual) statements = detail::mergeStatements(statements, minimize);
  if (minimize) statements = detail::mergeStatements(statements, true);
  return statements;
}

/// The document, rendered in the stack that uses it.
class PolicyDocumentToken final : public IResolvable {
 public:
  explicit PolicyDocumentToken(std::shared_ptr<PolicyDocument::State> state) : state_(std::move(state)) {}

  json resolve(ResolveContext& context) const override {
    if (state_->statements.empty()) return json(json::value_t::discarded);
    const cdk::Construct* scope = context.element() ? static_cast<const cdk::Construct*>(context.element())
                                                    : static_cast<const cdk::Construct*>(&context.stack());
    const bool sort =
        state_->minimize.value_or(cdk::FeatureFlags::of(*scope).isEnabled(detail::MINIMIZE_POLICIES_FLAG));
    std::vector<PolicyStatement> statements = effective(*state_, scope);

    json rendered = json::array();
    std::unordered_set<std::string> seen;
    for (const auto& statement : statements) {
      json s = context.resolve(statement.toStatementJson());
      if (!seen.insert(s.dump()).second) continue;
      rendered.push_back(std::move(s));
    }
    std::size_t index = 0;
    for (auto& s : rendered) {
      if (state_->assignSids && (!s.contains("Sid") || s["Sid"].is_null() || s["Sid"] == "")) {
        s["Sid"] = std::to_string(index);
      }
      if (sort) {
        if (s.contains("Action")) s["Action"] = sortByJson(s["Action"]);
        if (s.contains("Resource")) s["Resource"] = sortByJson(s["Resource"]);
        if (s.contains("Principal")) s["Principal"] = sortPrincipals(s["Principal"]);
      }
      ++index;
    }
    return json{{"Statement", std::move(rendered)}, {"Version", "2012-10-17"}};
  }

  std::string toString() const override { return "${Token[PolicyDocument]}"; }

 private:
  std::shared_ptr<PolicyDocument::State> state_;
};

}  // namespace

PolicyDocument::PolicyDocument(PolicyDocumentProps props) : state_(std::make_shared<State>()) {
  state_->assignSids = props.assignSids;
  state_->minimize = props.minimize;
  addStatements(props.statements);
}

PolicyDocument PolicyDocument::fromJson(const cdk::Value& json) {
  PolicyDocument document;
  const cdk::Value* statements = json.find("Statement");
  if (!statements) return document;
  if (!statements->isList()) throw cdk::Error("Statement must be an array");
  for (const auto& s : statements->asList()) document.addStatements({PolicyStatement::fromJson(s)});
  return document;
}

void PolicyDocument::addStatements(const std::vector<PolicyStatement>& statements) {
  state_->statements.insert(state_->statements.end(), statements.begin(), statements.end());
}

bool PolicyDocument::isEmpty() const { return state_->statements.empty(); }
std::size_t PolicyDocument::statementCount() const { return state_->statements.size(); }
std::vector<PolicyStatement> PolicyDocument::statements() const { return state_->statements; }

cdk::Value PolicyDocument::toValue() const { return cdk::Value(std::make_shared<PolicyDocumentToken>(state_)); }

cdk::Value PolicyDocument::toJson() const {
  if (isEmpty()) return cdk::Value();
  cdk::Value::List statements;
  for (const auto& s : state_->statements) statements.push_back(s.toStatementJson());
  return cdk::Value::map({{"Statement", cdk::Value(std::move(statements))}, {"Version", "2012-10-17"}});
}

std::vector<std::string> PolicyDocument::validateForAnyPolicy() const {
  std::vector<std::string> errors;
  for (const auto& s : state_->statements) {
    auto e = s.validateForAnyPolicy();
    errors.insert(errors.end(), e.begin(), e.end());
  }
  return errors;
}

std::vector<std::string> PolicyDocument::validateForResourcePolicy(bool skipResourceValidation) const {
  std::vector<std::string> errors;
  for (const auto& s : state_->statements) {
    auto e = s.validateForResourcePolicy(skipResourceValidation);
    errors.insert(errors.end(), e.begin(), e.end());
  }
  return errors;
}

std::vector<std::string> PolicyDocument::validateForTrustPolicy() const {
  std::vector<std::string> errors;
  for (const auto& s : state_->statements) {
    auto e = s.validateForTrustPolicy();
    errors.insert(errors.end(), e.begin(), e.end());
  }
  return errors;
}

std::vector<std::string> PolicyDocument::validateForIdentityPolicy() const {
  std::vector<std::string> errors;
  for (const auto& s : state_->statements) {
    auto e = s.validateForIdentityPolicy();
    errors.insert(errors.end(), e.begin(), e.end());
  }
  return errors;
}

namespace detail {

void setMergeIfEqual(const PolicyDocument& document) { document.state()->mergeIfEqual = true; }

std::vector<PolicyStatement> effectiveStatements(const PolicyDocument& document, const cdk::Construct* scope) {
  return effective(*document.state(), scope);
}

}  // namespace detail

}  // namespace cdk::iam
