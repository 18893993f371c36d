#include "cdk/iam/policy_statement.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "core/text_scanner.hpp"
#include "policy_merging.hpp"

namespace cdk::iam {

constexpr auto kEffectNames = cdk::enumNames<Effect>({
    {Effect::ALLOW, "Allow"},
    {Effect::DENY, "Deny"},
});
std::string_view toString(Effect effect) noexcept { return cdk::nameOf(kEffectNames, effect); }

struct PolicyStatement::State {
  std::optional<std::string> sid;
  Effect effect = Effect::ALLOW;
  std::vector<std::string> actions;
  std::vector<std::string> notActions;
  std::vector<PrincipalPtr> principals;
  std::vector<PrincipalPtr> notPrincipals;
  // The merged principal JSON, as aws-cdk-lib keeps it (key -> values, in insertion order).
  std::vector<std::pair<std::string, std::vector<cdk::Value>>> principalJson;
  std::vector<std::pair<std::string, std::vector<cdk::Value>>> notPrincipalJson;
  std::optional<std::string> principalConditionsJson;
  std::vector<cdk::Value> resources;
  std::vector<cdk::Value> notResources;
  cdk::Value::Map conditions;
  bool frozen = false;
};

namespace {

void assertNotFrozen(const PolicyStatement::State& s, std::string_view method) {
  if (s.frozen) {
    throw cdk::Error(fmt::format(
        "{}: freeze() has been called on this PolicyStatement previously, so it can no longer be modified", method));
  }
}

void validateActions(const std::vector<std::string>& actions) {
  // aws-cdk-lib's pattern: ^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*]+)$
  const auto isAction = [](std::string_view action) {
    if (action == "*") return true;
    cdk::detail::TextScanner scan(action);
    return scan.take([](char c) { return cdk::detail::isAsciiAlnum(c) || c == '-'; }) && scan.literal(":") &&
           scan.take([](char c) { return cdk::detail::isAsciiAlnum(c) || c == '*'; }) && scan.atEnd();
  };
  for (const auto& action : actions) {
    if (!isAction(action)) {
      throw cdk::Error(
          fmt::format("Action '{}' is invalid. An action string consists of a service namespace, a colon, "
                      "and the name of an action. Action names can include wildcards.",
                      action));
    }
  }
}

void pushUnique(std::vector<std::string>& into, const std::vector<std::string>& items) {
  for (const auto& item : items) {
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
  }
}

void pushUnique(std::vector<cdk::Value>& into, const std::vector<cdk::Value>& items) {
  for (const auto& item : items) {
    bool found = false;
    for (const auto& existing : into) {
      if (detail::sameValue(existing, item)) {
        found = true;
        break;
      }
    }
    if (!found) into.push_back(item);
  }
}

using PrincipalJson = std::vector<std::pair<std::string, std::vector<cdk::Value>>>;

std::string principalJsonText(const PrincipalJson& json) {
  std::string text = "{";
  for (std::size_t i = 0; i < json.size(); ++i) {
    text += (i ? ",\"" : "\"") + json[i].first + "\":[";
    for (std::size_t j = 0; j < json[i].second.size(); ++j)
      text += (j ? "," : "") + detail::describe(json[i].second[j]);
    text += "]";
  }
  return text + "}";
}

void mergePrincipal(PrincipalJson& target, const PrincipalJson& source) {
  auto has = [](const PrincipalJson& json, std::string_view key) {
    return std::any_of(json.begin(), json.end(), [&](const auto& e) { return e.first == key; });
  };
  auto hasOther = [](const PrincipalJson& json) {
    return std::any_of(json.begin(), json.end(), [](const auto& e) { return e.first != "LiteralString"; });
  };
  if ((has(source, "LiteralString") && hasOther(target)) || (has(target, "LiteralString") && hasOther(source))) {
    throw cdk::Error(
        fmt::format("Cannot merge principals {} and {}; if one uses a literal principal string the other "
                    "one must be empty",
                    principalJsonText(target), principalJsonText(source)));
  }
  for (const auto& [key, values] : source) {
    auto it = std::find_if(target.begin(), target.end(), [&](const auto& e) { return e.first == key; });
    if (it == target.end()) {
      target.emplace_back(key, values);
    } else {
      it->second.insert(it->second.end(), values.begin(), values.end());
    }
  }
}

bool containsPrincipal(const std::vector<PrincipalPtr>& list, const PrincipalPtr& p) {
  return std::any_of(list.begin(), list.end(), [&](const PrincipalPtr& q) { return q.get() == p.get(); });
}

void addPrincipalConditions(PolicyStatement::State& s, const cdk::Value::Map& conditions) {
  const std::string these = detail::describe(conditions);
  if (!s.principalConditionsJson) {
    s.principalConditionsJson = these;
  } else if (*s.principalConditionsJson != these) {
    throw cdk::Error(
        fmt::format("All principals in a PolicyStatement must have the same Conditions (got '{}' and '{}'). "
                    "Use multiple statements instead.",
                    *s.principalConditionsJson, these));
  }
  for (const auto& [key, value] : conditions) detail::addCondition(s.conditions, key, value);
}

/// A list rendered as aws-cdk-lib's _norm does: omitted when empty, the element itself when single.
std::optional<cdk::Value> normList(const std::vector<cdk::Value>& values) {
  if (values.empty()) return std::nullopt;
  if (values.size() == 1) return values.front();
  return cdk::Value(cdk::Value::List(values.begin(), values.end()));
}

std::optional<cdk::Value> normList(const std::vector<std::string>& values) {
  std::vector<cdk::Value> converted(values.begin(), values.end());
  return normList(converted);
}

std::optional<cdk::Value> normPrincipal(const PrincipalJson& json) {
  if (json.empty()) return std::nullopt;
  for (const auto& [key, values] : json) {
    if (key == "LiteralString") return values.empty() ? cdk::Value() : values.front();
  }
  cdk::Value::Map out;
  for (const auto& [key, values] : json) {
    if (auto v = normList(values)) out.emplace_back(key, *v);
  }
  return cdk::Value(std::move(out));
}

}  // namespace

PolicyStatement::PolicyStatement(PolicyStatementProps props) : state_(std::make_shared<State>()) {
  state_->sid = std::move(props.sid);
  state_->effect = props.effect;
  addActions(props.actions);
  addNotActions(props.notActions);
  addPrincipals(props.principals);
  addNotPrincipals(props.notPrincipals);
  addResources(props.resources);
  addNotResources(props.notResources);
  addConditions(props.conditions);
}

PolicyStatement PolicyStatement::fromJson(const cdk::Value& json) {
  auto strings = [&](std::string_view key) {
    std::vector<std::string> out;
    if (const cdk::Value* v = json.find(key)) {
      if (v->isString()) {
        out.push_back(v->asString());
      } else if (v->isList()) {
        for (const auto& item : v->asList()) out.push_back(item.asString());
      }
    }
    return out;
  };
  auto values = [&](std::string_view key) {
    std::vector<cdk::Value> out;
    if (const cdk::Value* v = json.find(key)) {
      if (v->isList()) {
        out = v->asList();
      } else {
        out.push_back(*v);
      }
    }
    return out;
  };
  PolicyStatementProps props;
  props.actions = strings("Action");
  props.notActions = strings("NotAction");
  props.resources = values("Resource");
  props.notResources = values("NotResource");
  if (const cdk::Value* sid = json.find("Sid"); sid && sid->isString()) props.sid = sid->asString();
  if (const cdk::Value* effect = json.find("Effect"); effect && effect->isString() && effect->asString() == "Deny") {
    props.effect = Effect::DENY;
  }
  if (const cdk::Value* c = json.find("Condition"); c && c->isMap()) props.conditions = c->asMap();
  auto principalOf = [](const cdk::Value& p) -> PrincipalPtr {
    class JsonPrincipal final : public PrincipalBase {
     public:
      explicit JsonPrincipal(PrincipalPolicyFragment f) : fragment_(std::move(f)) {}
      PrincipalPolicyFragment policyFragment() const override { return fragment_; }
      std::string toString() const override { return principalJsonText(fragment_.principalJson); }
      std::string dedupeString() const override { return toString(); }

     protected:
      PrincipalPtr copy() const override { return std::make_shared<JsonPrincipal>(*this); }

     private:
      PrincipalPolicyFragment fragment_;
    };
    PrincipalPolicyFragment fragment;
    if (p.isString()) {
      fragment.principalJson.push_back({"LiteralString", {p}});
    } else if (p.isMap()) {
      for (const auto& [key, v] : p.asMap()) {
        fragment.principalJson.emplace_back(key, v.isList() ? v.asList() : std::vector<cdk::Value>{v});
      }
    } else {
      throw cdk::Error("JSON IAM principal should be an object, got " + p.toString());
    }
    return std::make_shared<JsonPrincipal>(std::move(fragment));
  };
  if (const cdk::Value* p = json.find("Principal")) props.principals.push_back(principalOf(*p));
  if (const cdk::Value* p = json.find("NotPrincipal")) props.notPrincipals.push_back(principalOf(*p));
  PolicyStatement statement(std::move(props));
  auto errors = statement.validateForAnyPolicy();
  if (!errors.empty()) {
    std::string text = "Incorrect Policy Statement: ";
    for (std::size_t i = 0; i < errors.size(); ++i) text += (i ? "\n" : "") + errors[i];
    throw cdk::Error(text);
  }
  return statement;
}

void PolicyStatement::addActions(const std::vector<std::string>& actions) {
  assertNotFrozen(*state_, "addActions");
  if (!actions.empty() && !state_->notActions.empty()) {
    throw cdk::Error("Cannot add 'Actions' to policy statement if 'NotActions' have been added");
  }
  validateActions(actions);
  pushUnique(state_->actions, actions);
}

void PolicyStatement::addNotActions(const std::vector<std::string>& notActions) {
  assertNotFrozen(*state_, "addNotActions");
  if (!notActions.empty() && !state_->actions.empty()) {
    throw cdk::Error("Cannot add 'NotActions' to policy statement if 'Actions' have been added");
  }
  validateActions(notActions);
  pushUnique(state_->notActions, notActions);
}

std::vector<std::string> PolicyStatement::actions() const { return state_->actions; }
std::vector<std::string> PolicyStatement::notActions() const { return state_->notActions; }

void PolicyStatement::addPrincipals(const std::vector<PrincipalPtr>& principals) {
  assertNotFrozen(*state_, "addPrincipals");
  if (!principals.empty() && !state_->notPrincipals.empty()) {
    throw cdk::Error("Cannot add 'Principals' to policy statement if 'NotPrincipals' have been added");
  }
  for (const auto& p : principals) {
    if (!p) throw cdk::Error("addPrincipals: a principal is null; pass principals");
  }
  for (const auto& p : principals) {
    if (containsPrincipal(state_->principals, p)) continue;
    state_->principals.push_back(p);
    PrincipalPolicyFragment fragment = p->policyFragment();
    mergePrincipal(state_->principalJson, fragment.principalJson);
    addPrincipalConditions(*state_, fragment.conditions);
  }
}

void PolicyStatement::addNotPrincipals(const std::vector<PrincipalPtr>& notPrincipals) {
  assertNotFrozen(*state_, "addNotPrincipals");
  if (!notPrincipals.empty() && !state_->principals.empty()) {
    throw cdk::Error("Cannot add 'NotPrincipals' to policy statement if 'Principals' have been added");
  }
  for (const auto& p : notPrincipals) {
    if (!p) throw cdk::Error("addNotPrincipals: a principal is null; pass principals");
  }
  for (const auto& p : notPrincipals) {
    if (containsPrincipal(state_->notPrincipals, p)) continue;
    state_->notPrincipals.push_back(p);
    PrincipalPolicyFragment fragment = p->policyFragment();
    mergePrincipal(state_->notPrincipalJson, fragment.principalJson);
    addPrincipalConditions(*state_, fragment.conditions);
  }
}

void PolicyStatement::addAwsAccountPrincipal(cdk::Value accountId) {
  addPrincipals({std::make_shared<AccountPrincipal>(std::move(accountId))});
}
void PolicyStatement::addArnPrincipal(cdk::Value arn) {
  addPrincipals({std::make_shared<ArnPrincipal>(std::move(arn))});
}
void PolicyStatement::addServicePrincipal(std::string service, ServicePrincipalOpts opts) {
  addPrincipals({std::make_shared<ServicePrincipal>(std::move(service), std::move(opts))});
}
void PolicyStatement::addFederatedPrincipal(cdk::Value federated, cdk::Value::Map conditions) {
  addPrincipals({std::make_shared<FederatedPrincipal>(std::move(federated), std::move(conditions))});
}
void PolicyStatement::addAccountRootPrincipal() { addPrincipals({std::make_shared<AccountRootPrincipal>()}); }
void PolicyStatement::addCanonicalUserPrincipal(cdk::Value canonicalUserId) {
  addPrincipals({std::make_shared<CanonicalUserPrincipal>(std::move(canonicalUserId))});
}
void PolicyStatement::addAnyPrincipal() { addPrincipals({std::make_shared<AnyPrincipal>()}); }

bool PolicyStatement::hasPrincipal() const { return !state_->principals.empty() || !state_->notPrincipals.empty(); }
std::vector<PrincipalPtr> PolicyStatement::principals() const { return state_->principals; }
std::vector<PrincipalPtr> PolicyStatement::notPrincipals() const { return state_->notPrincipals; }

void PolicyStatement::addResources(const std::vector<cdk::Value>& arns) {
  assertNotFrozen(*state_, "addResources");
  if (!arns.empty() && !state_->notResources.empty()) {
    throw cdk::Error("Cannot add 'Resources' to policy statement if 'NotResources' have been added");
  }
  pushUnique(state_->resources, arns);
}

void PolicyStatement::addNotResources(const std::vector<cdk::Value>& arns) {
  assertNotFrozen(*state_, "addNotResources");
  if (!arns.empty() && !state_->resources.empty()) {
    throw cdk::Error("Cannot add 'NotResources' to policy statement if 'Resources' have been added");
  }
  pushUnique(state_->notResources, arns);
}

void PolicyStatement::addAllResources() { addResources({"*"}); }
bool PolicyStatement::hasResource() const { return !state_->resources.empty(); }
std::vector<cdk::Value> PolicyStatement::resources() const { return state_->resources; }
std::vector<cdk::Value> PolicyStatement::notResources() const { return state_->notResources; }

void PolicyStatement::addCondition(const std::string& key, cdk::Value value) {
  assertNotFrozen(*state_, "addCondition");
  detail::addCondition(state_->conditions, key, value);
}

void PolicyStatement::addConditions(const cdk::Value::Map& conditions) {
  for (const auto& [key, value] : conditions) addCondition(key, value);
}

void PolicyStatement::addAccountCondition(cdk::Value accountId) {
  addCondition("StringEquals", cdk::Value::map({{"sts:ExternalId", std::move(accountId)}}));
}
void PolicyStatement::addSourceAccountCondition(cdk::Value accountId) {
  addCondition("StringEquals", cdk::Value::map({{"aws:SourceAccount", std::move(accountId)}}));
}
void PolicyStatement::addSourceArnCondition(cdk::Value arn) {
  addCondition("ArnEquals", cdk::Value::map({{"aws:SourceArn", std::move(arn)}}));
}

cdk::Value::Map PolicyStatement::conditions() const { return state_->conditions; }

const std::optional<std::string>& PolicyStatement::sid() const { return state_->sid; }
void PolicyStatement::setSid(std::optional<std::string> sid) {
  assertNotFrozen(*state_, "sid");
  state_->sid = std::move(sid);
}
Effect PolicyStatement::effect() const { return state_->effect; }
void PolicyStatement::setEffect(Effect effect) {
  assertNotFrozen(*state_, "effect");
  state_->effect = effect;
}

PolicyStatement PolicyStatement::copy(const PolicyStatementProps& o) const {
  PolicyStatementProps props;
  props.sid = o.sid ? o.sid : state_->sid;
  props.effect = o.effect != Effect::ALLOW ? o.effect : state_->effect;
  props.actions = !o.actions.empty() ? o.actions : state_->actions;
  props.notActions = !o.notActions.empty() ? o.notActions : state_->notActions;
  props.principals = !o.principals.empty() ? o.principals : state_->principals;
  props.notPrincipals = !o.notPrincipals.empty() ? o.notPrincipals : state_->notPrincipals;
  props.resources = !o.resources.empty() ? o.resources : state_->resources;
  props.notResources = !o.notResources.empty() ? o.notResources : state_->notResources;
  props.conditions = !o.conditions.empty() ? o.conditions : state_->conditions;
  // The conditions already hold the principals' conditions; adding the principals again must not fail.
  PolicyStatement copied(PolicyStatementProps{.effect = props.effect, .sid = props.sid});
  copied.addActions(props.actions);
  copied.addNotActions(props.notActions);
  copied.addPrincipals(props.principals);
  copied.addNotPrincipals(props.notPrincipals);
  copied.addResources(props.resources);
  copied.addNotResources(props.notResources);
  copied.addConditions(props.conditions);
  return copied;
}

cdk::Value PolicyStatement::toStatementJson() const {
  const State& s = *state_;
  cdk::Value::Map out;
  if (auto v = normList(s.actions)) out.emplace_back("Action", *v);
  if (auto v = normList(s.notActions)) out.emplace_back("NotAction", *v);
  if (!s.conditions.empty()) out.emplace_back("Condition", cdk::Value(s.conditions));
  out.emplace_back("Effect", std::string(iam::toString(s.effect)));
  if (auto v = normPrincipal(s.principalJson)) out.emplace_back("Principal", *v);
  if (auto v = normPrincipal(s.notPrincipalJson)) out.emplace_back("NotPrincipal", *v);
  if (auto v = normList(s.resources)) out.emplace_back("Resource", *v);
  if (auto v = normList(s.notResources)) out.emplace_back("NotResource", *v);
  if (s.sid) out.emplace_back("Sid", *s.sid);
  return cdk::Value(std::move(out));
}

std::string PolicyStatement::toString() const { return "PolicyStatement(" + toStatementJson().toString() + ")"; }

std::vector<std::string> PolicyStatement::validateForAnyPolicy() const {
  std::vector<std::string> errors;
  if (state_->actions.empty() && state_->notActions.empty()) {
    errors.emplace_back("A PolicyStatement must specify at least one 'action' or 'notAction'.");
  }
  return errors;
}

std::vector<std::string> PolicyStatement::validateForResourcePolicy(bool skipResourceValidation) const {
  auto errors = validateForAnyPolicy();
  if (state_->principals.empty() && state_->notPrincipals.empty()) {
    errors.emplace_back("A PolicyStatement used in a resource-based policy must specify at least one IAM principal.");
  }
  if (!skipResourceValidation && state_->resources.empty() && state_->notResources.empty()) {
    errors.emplace_back("A PolicyStatement used in a resource-based policy must specify at least one resource.");
  }
  return errors;
}

std::vector<std::string> PolicyStatement::validateForTrustPolicy() const {
  auto errors = validateForAnyPolicy();
  if (state_->principals.empty() && state_->notPrincipals.empty()) {
    errors.emplace_back("A PolicyStatement used in a trust policy must specify at least one IAM principal.");
  }
  return errors;
}

std::vector<std::string> PolicyStatement::validateForIdentityPolicy() const {
  auto errors = validateForAnyPolicy();
  if (!state_->principals.empty() || !state_->notPrincipals.empty()) {
    errors.emplace_back("A PolicyStatement used in an identity-based policy cannot specify any IAM principals.");
  }
  if (state_->resources.empty() && state_->notResources.empty()) {
    errors.emplace_back("A PolicyStatement used in an identity-based policy must specify at least one resource.");
  }
  if (state_->sid) {
    if (!cdk::detail::allOf(*state_->sid, cdk::detail::isAsciiAlnum)) {
      errors.push_back(
          fmt::format("Statement ID (sid) '{}' must be alphanumeric (A-Z, a-z, 0-9) when used in an "
                      "identity-based policy. See "
                      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html",
                      *state_->sid));
    }
  }
  return errors;
}

PolicyStatement& PolicyStatement::freeze() {
  state_->frozen = true;
  return *this;
}

bool PolicyStatement::frozen() const { return state_->frozen; }

}  // namespace cdk::iam
