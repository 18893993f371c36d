// SNS rules (cdk-nag src/rules/sns).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R SNSEncryptedKMS(const RuleContext& c) { return R::of(!c.property("KmsMasterKeyId").nullish()); }

/// checkMatchingAction of SNSTopicSSLPublishOnly: sns:Publish.
bool publishes(Js actions) {
  if (actions.isArray()) {
    for (const auto& action : *actions) {
      if (toLowerCase(Js(&action)) == "sns:publish") return true;
    }
    return false;
  }
  return toLowerCase(actions) == "sns:publish";
}

/// checkMatchingPrincipal: "*" or {"AWS": "*"}.
bool allPrincipals(const View& v, Js principals) {
  if (principals.is("*")) return true;
  Js aws = v.member(principals, "AWS");
  if (aws.isArray()) {
    for (const auto& account : *aws) {
      if (Js(&account).is("*")) return true;
    }
    return false;
  }
  return aws.is("*");
}

/// isMatchingCompliantPolicy: a policy of the topic that denies sns:Publish to everyone without TLS.
bool deniesInsecurePublish(const RuleContext& c, const Resource& policy, Js topicName) {
  const View& v = c.view;
  Js raw = c.propertyOf(policy, "Topics", As::String);
  auto topics = v.rawList(raw, As::String);
  if (raw.undefined() || !topics) typeError("node.topics is not iterable");
  bool found = false;
  for (Js topic : *topics) {
    Js resolved = v.resolveResourceFromIntrinsic(topic);
    if (resolved.is(c.resource.logicalId) || (!topicName.undefined() && endsWith(resolved, topicName))) {
      found = true;
      break;
    }
  }
  if (!found) return false;
  for (Js statement : v.iterate(v.member(c.propertyOf(policy, "PolicyDocument"), "Statement"))) {
    Js secure =
        v.optionalMember(v.optionalMember(v.optionalMember(statement, "Condition"), "Bool"), "aws:SecureTransport");
    if (v.member(statement, "Effect").is("Deny") && publishes(v.member(statement, "Action")) &&
        allPrincipals(v, v.member(statement, "Principal")) && (secure.is("false") || secure.isFalse())) {
      return true;
    }
  }
  return false;
}

R SNSTopicSSLPublishOnly(const RuleContext& c) {
  if (!c.property("KmsMasterKeyId").undefined()) return R::compliant();
  Js topicName = c.property("TopicName", As::String);
  for (const Resource* policy : c.index.ofType("AWS::SNS::TopicPolicy")) {
    if (deniesInsecurePublish(c, *policy, topicName)) return R::compliant();
  }
  return R::nonCompliant();
}

constexpr std::string_view kTopic = "AWS::SNS::Topic";

const Rule kSnsRules[] = {
    {"SNSEncryptedKMS", {kTopic}, SNSEncryptedKMS, "encrypt the topic with KMS (KmsMasterKeyId, masterKey)."},
    {"SNSTopicSSLPublishOnly",
     {kTopic},
     SNSTopicSSLPublishOnly,
     "deny sns:Publish without TLS in the topic policy (enforceSSL), or encrypt the topic with KMS."},
};

}  // namespace

std::span<const Rule> snsRules() { return kSnsRules; }

}  // namespace cdk::compliance::detail
