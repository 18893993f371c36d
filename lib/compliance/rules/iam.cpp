// IAM rules (cdk-nag src/rules/iam).
#include <fmt/format.h>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

constexpr std::string_view kGroup = "AWS::IAM::Group";
constexpr std::string_view kUser = "AWS::IAM::User";
constexpr std::string_view kRole = "AWS::IAM::Role";
constexpr std::string_view kPolicy = "AWS::IAM::Policy";
constexpr std::string_view kManagedPolicy = "AWS::IAM::ManagedPolicy";
constexpr std::string_view kUserToGroupAddition = "AWS::IAM::UserToGroupAddition";

/// A group's logical ID (`<id>(?![\w])`) or name (`<name>(?![\w\-_\.])`) in the JSON of a value.
bool namesGroup(std::string_view text, const std::string& logicalId, Js groupName) {
  return regexSearch(fmt::format("{}(?![\\w])", logicalId), text) ||
         (!groupName.nullish() && regexSearch(fmt::format("{}(?![\\w\\-_\\.])", toJsString(groupName)), text));
}

R IAMGroupHasUsers(const RuleContext& c) {
  const View& v = c.view;
  const std::string groupLogicalId(c.resource.logicalId);
  Js groupName = c.property("GroupName", As::String);
  for (const Resource& other : c.index.resources()) {
    if (other.type == kUser) {
      Js groups = c.propertyOf(other, "Groups");
      if (!isArray(groups)) continue;
      for (Js group : v.iterate(groups, As::String)) {
        if (namesGroup(v.stringify(group), groupLogicalId, groupName)) return R::compliant();
      }
    } else if (other.type == kUserToGroupAddition) {
      if (namesGroup(v.stringify(c.propertyOf(other, "GroupName", As::String)), groupLogicalId, groupName)) {
        return R::compliant();
      }
    }
  }
  return R::nonCompliant();
}

R IAMNoInlinePolicy(const RuleContext& c) {
  if (c.resource.type == kPolicy) return R::nonCompliant();
  return R::of(c.property("Policies").nullish());
}

/// JSON.stringify of a Role's or Group's Policies as aws-cdk-lib holds them: each entry a {policyDocument,
/// policyName} object, an intrinsic as it is.
std::string stringifyPolicies(const View& v, Js policies) {
  if (!policies.isArray()) return v.stringify(policies);
  json list = json::array();
  for (Js policy : v.iterate(policies)) {
    if (!policy->is_object() || isIntrinsic(*policy)) {
      list.push_back(*policy);
      continue;
    }
    json object = json::object();
    if (Js document = v.optionalMember(policy, "PolicyDocument"); !document.undefined()) {
      object["policyDocument"] = *document;
    }
    if (Js name = v.optionalMember(policy, "PolicyName", As::String); !name.undefined()) object["policyName"] = *name;
    list.push_back(std::move(object));
  }
  return v.stringify(v.keep(std::move(list)));
}

/// cdk-nag's checkDocument of the two IAMPolicyNoStatementsWith* rules: the regular expression over the JSON of
/// the policy document (CfnPolicy, CfnManagedPolicy) or of the inline policies (CfnRole, CfnGroup).
template <std::size_t N>
R policyDocumentRule(const RuleContext& c, const char (&pattern)[N]) {
  const View& v = c.view;
  if (c.resource.type == kPolicy || c.resource.type == kManagedPolicy) {
    Js document = c.property("PolicyDocument");
    if (document.undefined()) typeError("Cannot read properties of undefined (reading 'search')");
    return R::of(!regexSearch(pattern, v.memo(document.get(), "document", [&] { return v.stringify(document); })));
  }
  Js policies = c.property("Policies");
  if (policies.nullish()) return R::compliant();
  return R::of(
      !regexSearch(pattern, v.memo(policies.get(), "policies", [&] { return stringifyPolicies(v, policies); })));
}

R IAMPolicyNoStatementsWithAdminAccess(const RuleContext& c) {
  return policyDocumentRule(
      c,
      R"re("Action":\[?(.*,)?"\*"(,.*)?\]?,"Effect":"Allow","Resource":\[?(.*,)?"(?:arn(?::.*(?::)?)?)?\*"(,.*)?\]?)re");
}

R IAMPolicyNoStatementsWithFullAccess(const RuleContext& c) {
  return policyDocumentRule(c, R"re("Action":\[?(.*,)?"(?:\w+:)?\*"(,.*)?\]?,"Effect":"Allow")re");
}

R IAMUserGroupMembership(const RuleContext& c) { return R::of(!c.property("Groups").nullish()); }

R IAMUserNoPolicies(const RuleContext& c) {
  if (c.resource.type == kUser) {
    return R::of(c.property("Policies").nullish() && c.property("ManagedPolicyArns").nullish());
  }
  return R::of(c.property("Users").nullish());
}

R IAMNoManagedPolicies(const RuleContext& c) {
  const View& v = c.view;
  Js arns = c.property("ManagedPolicyArns");
  std::vector<std::string> findings;
  if (!arns.undefined()) {
    if (!arns.isArray()) typeError("managedPolicyArns.map is not a function");
    for (Js arn : v.iterate(arns, As::String)) {
      const std::string policy = flattenCfnReference(v, arn);
      if (policy.find(":iam::aws:") == std::string::npos) continue;
      std::string finding = "Policy::" + policy;
      if (std::find(findings.begin(), findings.end(), finding) == findings.end()) findings.push_back(finding);
    }
  }
  return R::withFindings(std::move(findings));
}

/// `Array.isArray(x) ? x : [x]`.
std::vector<Js> normalizeArray(const View& v, Js value) {
  if (value.isArray()) return v.iterate(value);
  return {value};
}

/// cdk-nag's analyzePolicy: the wildcard actions and resources of the Allow statements.
void analyzePolicy(const View& v, Js document, std::vector<std::string>& findings) {
  const auto add = [&findings](std::string finding) {
    if (std::find(findings.begin(), findings.end(), finding) == findings.end()) findings.push_back(std::move(finding));
  };
  Js statements = v.member(document, "Statement");
  if (statements.nullish()) return;
  for (Js statement : v.iterate(statements)) {
    if (!v.member(statement, "Effect").is("Allow")) continue;
    for (Js action : normalizeArray(v, v.member(statement, "Action"))) {
      if (includes(action, "*")) add("Action::" + toJsString(action));
    }
    for (Js resource : normalizeArray(v, v.member(statement, "Resource"))) {
      const std::string flat = flattenCfnReference(v, resource);
      if (flat.find('*') != std::string::npos) add("Resource::" + flat);
    }
  }
}

R IAMNoWildcardPermissions(const RuleContext& c) {
  const View& v = c.view;
  std::vector<std::string> findings;
  if (c.resource.type == kPolicy || c.resource.type == kManagedPolicy) {
    analyzePolicy(v, c.property("PolicyDocument"), findings);
    return R::withFindings(std::move(findings));
  }
  Js policies = c.property("Policies");
  if (!policies.nullish()) {
    for (Js policy : v.iterate(policies)) analyzePolicy(v, v.member(policy, "PolicyDocument"), findings);
  }
  return R::withFindings(std::move(findings));
}

const Rule kIamRules[] = {
    {"IAMGroupHasUsers", {kGroup}, IAMGroupHasUsers, "add at least one user to the group, or remove the group."},
    {"IAMNoInlinePolicy",
     {kGroup, kUser, kRole, kPolicy},
     IAMNoInlinePolicy,
     "attach customer managed policies (iam::ManagedPolicy) instead of inline policies; a grant writes the "
     "role's DefaultPolicy, which counts as one."},
    {"IAMPolicyNoStatementsWithAdminAccess",
     {kPolicy, kManagedPolicy, kGroup, kRole},
     IAMPolicyNoStatementsWithAdminAccess,
     "do not allow the action \"*\" on the resource \"*\"; grant what is needed."},
    {"IAMPolicyNoStatementsWithFullAccess",
     {kPolicy, kManagedPolicy, kGroup, kRole},
     IAMPolicyNoStatementsWithFullAccess,
     "do not allow \"*\" or \"<service>:*\" actions; list the actions that are needed."},
    {"IAMUserGroupMembership", {kUser}, IAMUserGroupMembership, "add the user to a group (Groups)."},
    {"IAMUserNoPolicies",
     {kPolicy, kManagedPolicy, kUser},
     IAMUserNoPolicies,
     "attach policies to groups or roles, not to users."},
    {"IAMNoManagedPolicies",
     {kGroup, kUser, kRole},
     IAMNoManagedPolicies,
     "replace the AWS managed policy by a customer managed policy that grants what is needed, or acknowledge "
     "the finding (Policy::<arn>)."},
    {"IAMNoWildcardPermissions",
     {kGroup, kUser, kRole, kPolicy, kManagedPolicy},
     IAMNoWildcardPermissions,
     "name the actions and resources instead of wildcards, or acknowledge each finding (Action::..., "
     "Resource::...) with the evidence that it is needed."},
};

}  // namespace

std::span<const Rule> iamRules() { return kIamRules; }

}  // namespace cdk::compliance::detail
