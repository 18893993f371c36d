#include "policy_merging.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "cdk/core/cfn_reference.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/node.hpp"
#include "cdk/core/stack.hpp"

namespace cdk::iam::detail {

namespace {

class StackDependentToken final : public IResolvable {
 public:
  StackDependentToken(std::function<cdk::Value(const cdk::Stack&)> producer, std::string hint)
      : producer_(std::move(producer)), hint_(std::move(hint)) {}
  json resolve(ResolveContext& context) const override { return context.resolve(producer_(context.stack())); }
  // The address keeps two tokens apart when principals are compared (as aws-cdk-lib's token strings do).
  std::string toString() const override {
    return fmt::format("${{Token[{}@{}]}}", hint_, static_cast<const void*>(this));
  }

 private:
  std::function<cdk::Value(const cdk::Stack&)> producer_;
  std::string hint_;
};

}  // namespace

cdk::Value stackDependent(std::function<cdk::Value(const cdk::Stack&)> producer, std::string hint) {
  return cdk::Value(std::make_shared<StackDependentToken>(std::move(producer), std::move(hint)));
}

bool sameValue(const cdk::Value& a, const cdk::Value& b) {
  if (a == b) return true;
  if (!a.isToken() || !b.isToken()) return false;
  const auto* ra = dynamic_cast<const cdk::CfnReference*>(a.asToken().get());
  const auto* rb = dynamic_cast<const cdk::CfnReference*>(b.asToken().get());
  return ra && rb && &ra->target() == &rb->target() && ra->attribute() == rb->attribute();
}

std::string describe(const cdk::Value& value) { return value.toString(); }

std::string describe(const cdk::Value::Map& map) { return cdk::Value(map).toString(); }

void addCondition(cdk::Value::Map& into, const std::string& key, const cdk::Value& value) {
  if (!value.isMap()) throw cdk::Error("A Condition should be represented as a map of operator to value");
  for (auto& [k, existing] : into) {
    if (k != key) continue;
    if (!existing.isMap()) {
      existing = value;
      return;
    }
    for (const auto& [ck, cv] : value.asMap()) existing.set(ck, cv);
    return;
  }
  into.emplace_back(key, value);
}

std::string principalKey(const PrincipalPtr& principal) {
  std::string dedupe = principal->dedupeString();
  if (!dedupe.empty()) return "c:" + dedupe;
  return fmt::format("n:{}", static_cast<const void*>(principal.get()));
}

namespace {

struct Comparable {
  PolicyStatement statement;
  std::string conditionString;
};

bool setEqual(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  return std::all_of(a.begin(), a.end(),
                     [&](const std::string& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

bool setEqual(const std::vector<cdk::Value>& a, const std::vector<cdk::Value>& b) {
  if (a.size() != b.size()) return false;
  return std::all_of(a.begin(), a.end(), [&](const cdk::Value& x) {
    return std::any_of(b.begin(), b.end(), [&](const cdk::Value& y) { return sameValue(x, y); });
  });
}

std::set<std::string> principalKeys(const std::vector<PrincipalPtr>& principals) {
  std::set<std::string> keys;
  for (const auto& p : principals) keys.insert(principalKey(p));
  return keys;
}

bool setEqualPrincipals(const std::vector<PrincipalPtr>& a, const std::vector<PrincipalPtr>& b) {
  return principalKeys(a) == principalKeys(b);
}

std::vector<std::string> setMerge(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::set<std::string> merged(a.begin(), a.end());
  merged.insert(b.begin(), b.end());
  return {merged.begin(), merged.end()};
}

std::vector<cdk::Value> setMerge(const std::vector<cdk::Value>& a, const std::vector<cdk::Value>& b) {
  std::vector<cdk::Value> merged;
  for (const auto* list : {&a, &b}) {
    for (const auto& v : *list) {
      if (std::none_of(merged.begin(), merged.end(), [&](const cdk::Value& m) { return sameValue(m, v); })) {
        merged.push_back(v);
      }
    }
  }
  std::stable_sort(merged.begin(), merged.end(),
                   [](const cdk::Value& x, const cdk::Value& y) { return describe(x) < describe(y); });
  return merged;
}

std::vector<PrincipalPtr> setMergePrincipals(const std::vector<PrincipalPtr>& a, const std::vector<PrincipalPtr>& b) {
  // Comparable principals (by dedupe string) first, later ones replacing earlier equal ones; then the others.
  std::vector<std::pair<std::string, PrincipalPtr>> comparable;
  std::vector<PrincipalPtr> others;
  for (const auto* list : {&a, &b}) {
    for (const auto& p : *list) {
      std::string dedupe = p->dedupeString();
      if (dedupe.empty()) {
        others.push_back(p);
        continue;
      }
      auto it = std::find_if(comparable.begin(), comparable.end(), [&](const auto& e) { return e.first == dedupe; });
      if (it == comparable.end()) {
        comparable.emplace_back(dedupe, p);
      } else {
        it->second = p;
      }
    }
  }
  std::vector<PrincipalPtr> merged;
  for (auto& [k, p] : comparable) merged.push_back(p);
  merged.insert(merged.end(), others.begin(), others.end());
  return merged;
}

bool hasLiteral(const std::vector<PrincipalPtr>& principals) {
  return std::any_of(principals.begin(), principals.end(), [](const PrincipalPtr& p) {
    auto fragment = p->policyFragment();
    return std::any_of(fragment.principalJson.begin(), fragment.principalJson.end(),
                       [](const auto& e) { return e.first == "LiteralString"; });
  });
}

std::optional<Comparable> mergeIfCombinable(const Comparable& a, const Comparable& b) {
  const PolicyStatement& x = a.statement;
  const PolicyStatement& y = b.statement;
  if (x.effect() != y.effect() || x.sid() || y.sid() || a.conditionString != b.conditionString) return std::nullopt;
  if (!setEqual(x.notActions(), y.notActions()) || !setEqual(x.notResources(), y.notResources()) ||
      !setEqualPrincipals(x.notPrincipals(), y.notPrincipals())) {
    return std::nullopt;
  }
  const int same = (setEqual(x.actions(), y.actions()) ? 1 : 0) + (setEqual(x.resources(), y.resources()) ? 1 : 0) +
                   (setEqualPrincipals(x.principals(), y.principals()) ? 1 : 0);
  if (same < 2) return std::nullopt;
  if (hasLiteral(x.principals()) != hasLiteral(y.principals())) return std::nullopt;
  PolicyStatement combined = x.copy({.actions = setMerge(x.actions(), y.actions()),
                                     .principals = setMergePrincipals(x.principals(), y.principals()),
                                     .resources = setMerge(x.resources(), y.resources())});
  return Comparable{combined, a.conditionString};
}

std::optional<Comparable> mergeIfEqual(const Comparable& a, const Comparable& b) {
  const PolicyStatement& x = a.statement;
  const PolicyStatement& y = b.statement;
  if (x.effect() != y.effect() || x.sid() != y.sid() || a.conditionString != b.conditionString) return std::nullopt;
  if (!setEqual(x.notActions(), y.notActions()) || !setEqual(x.notResources(), y.notResources()) ||
      !setEqualPrincipals(x.notPrincipals(), y.notPrincipals())) {
    return std::nullopt;
  }
  if (!setEqual(x.actions(), y.actions()) || !setEqual(x.resources(), y.resources()) ||
      !setEqualPrincipals(x.principals(), y.principals())) {
    return std::nullopt;
  }
  return a;
}

}  // namespace

std::vector<PolicyStatement> mergeStatements(const std::vector<PolicyStatement>& statements, bool combine) {
  std::vector<Comparable> comps;
  comps.reserve(statements.size());
  for (const auto& s : statements) comps.push_back({s, describe(s.conditions())});
  auto mergeFn = combine ? mergeIfCombinable : mergeIfEqual;
  bool changed = true;
  while (changed) {
    changed = false;
    for (std::size_t i = 0; i < comps.size(); ++i) {
      std::size_t j = i + 1;
      while (j < comps.size()) {
        if (auto merged = mergeFn(comps[i], comps[j])) {
          comps[i] = std::move(*merged);
          comps.erase(comps.begin() + static_cast<std::ptrdiff_t>(j));
          changed = true;
        } else {
          ++j;
        }
      }
    }
  }
  std::vector<PolicyStatement> out;
  out.reserve(comps.size());
  for (auto& c : comps) out.push_back(c.statement);
  return out;
}

}  // namespace cdk::iam::detail
