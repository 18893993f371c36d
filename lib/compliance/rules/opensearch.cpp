// OpenSearch and Elasticsearch domain rules (cdk-nag src/rules/opensearch).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R OpenSearchEncryptedAtRest(const RuleContext& c) {
  Js options = c.property("EncryptionAtRestOptions");
  if (options.undefined()) return R::nonCompliant();
  return R::of(c.view.resolveIfPrimitive(c.view.member(options, "Enabled", As::Boolean)).isTrue());
}

R OpenSearchErrorLogsToCloudWatch(const RuleContext& c) {
  Js options = c.property("LogPublishingOptions");
  if (options.undefined()) return R::nonCompliant();
  return R::of(!c.view.optionalMember(options, "ES_APPLICATION_LOGS").undefined());
}

R OpenSearchInVPCOnly(const RuleContext& c) {
  Js options = c.property("VPCOptions");
  if (options.undefined()) return R::nonCompliant();
  Js subnets = c.view.member(options, "SubnetIds");
  if (subnets.undefined()) return R::nonCompliant();
  auto n = length(subnets);
  return R::of(!(n && *n == 0));
}

R OpenSearchNodeToNodeEncryption(const RuleContext& c) {
  Js options = c.property("NodeToNodeEncryptionOptions");
  if (options.nullish()) return R::nonCompliant();
  return R::of(c.view.resolveIfPrimitive(c.view.member(options, "Enabled", As::Boolean)).isTrue());
}

constexpr std::string_view kElasticsearch = "AWS::Elasticsearch::Domain";
constexpr std::string_view kOpenSearch = "AWS::OpenSearchService::Domain";

const Rule kOpensearchRules[] = {
    {"OpenSearchEncryptedAtRest",
     {kElasticsearch, kOpenSearch},
     OpenSearchEncryptedAtRest,
     "enable encryption at rest (EncryptionAtRestOptions.Enabled true)."},
    {"OpenSearchErrorLogsToCloudWatch",
     {kElasticsearch, kOpenSearch},
     OpenSearchErrorLogsToCloudWatch,
     "publish ES_APPLICATION_LOGS to CloudWatch Logs (LogPublishingOptions)."},
    {"OpenSearchInVPCOnly",
     {kElasticsearch, kOpenSearch},
     OpenSearchInVPCOnly,
     "place the domain in a VPC (VPCOptions with subnets)."},
    {"OpenSearchNodeToNodeEncryption",
     {kElasticsearch, kOpenSearch},
     OpenSearchNodeToNodeEncryption,
     "enable node-to-node encryption (NodeToNodeEncryptionOptions.Enabled true)."},
};

}  // namespace

std::span<const Rule> opensearchRules() { return kOpensearchRules; }

}  // namespace cdk::compliance::detail
