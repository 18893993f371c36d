#include "region_facts.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace cdk::s3::detail {
namespace {

// The regions of aws-cdk-lib 2.276's region-info, by partition domain suffix.
constexpr std::array<std::pair<std::string_view, std::string_view>, 47> REGIONS{{
    {"af-south-1", "amazonaws.com"},        {"ap-east-1", "amazonaws.com"},        {"ap-east-2", "amazonaws.com"},
    {"ap-northeast-1", "amazonaws.com"},    {"ap-northeast-2", "amazonaws.com"},   {"ap-northeast-3", "amazonaws.com"},
    {"ap-south-1", "amazonaws.com"},        {"ap-south-2", "amazonaws.com"},       {"ap-southeast-1", "amazonaws.com"},
    {"ap-southeast-2", "amazonaws.com"},    {"ap-southeast-3", "amazonaws.com"},   {"ap-southeast-4", "amazonaws.com"},
    {"ap-southeast-5", "amazonaws.com"},    {"ap-southeast-6", "amazonaws.com"},   {"ap-southeast-7", "amazonaws.com"},
    {"ca-central-1", "amazonaws.com"},      {"ca-west-1", "amazonaws.com"},        {"eu-central-1", "amazonaws.com"},
    {"eu-central-2", "amazonaws.com"},      {"eu-north-1", "amazonaws.com"},       {"eu-south-1", "amazonaws.com"},
    {"eu-south-2", "amazonaws.com"},        {"eu-west-1", "amazonaws.com"},        {"eu-west-2", "amazonaws.com"},
    {"eu-west-3", "amazonaws.com"},         {"il-central-1", "amazonaws.com"},     {"me-central-1", "amazonaws.com"},
    {"me-south-1", "amazonaws.com"},        {"me-west-1", "amazonaws.com"},        {"mx-central-1", "amazonaws.com"},
    {"sa-east-1", "amazonaws.com"},         {"us-east-1", "amazonaws.com"},        {"us-east-2", "amazonaws.com"},
    {"us-west-1", "amazonaws.com"},         {"us-west-2", "amazonaws.com"},        {"cn-north-1", "amazonaws.com.cn"},
    {"cn-northwest-1", "amazonaws.com.cn"}, {"eu-isoe-west-1", "cloud.adc-e.uk"},  {"eusc-de-east-1", "amazonaws.eu"},
    {"us-gov-east-1", "amazonaws.com"},     {"us-gov-west-1", "amazonaws.com"},    {"us-iso-east-1", "c2s.ic.gov"},
    {"us-iso-west-1", "c2s.ic.gov"},        {"us-isob-east-1", "sc2s.sgov.gov"},   {"us-isob-west-1", "sc2s.sgov.gov"},
    {"us-isof-east-1", "csp.hci.ic.gov"},   {"us-isof-south-1", "csp.hci.ic.gov"},
}};

// The regions whose website endpoint is still "s3-website-<region>".
constexpr std::array<std::string_view, 9> OLD_WEBSITE_ENDPOINT_REGIONS{
    "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "eu-west-1", "sa-east-1",
    "us-east-1",      "us-gov-west-1",  "us-west-1",      "us-west-2"};

}  // namespace

std::optional<std::string> domainSuffix(std::string_view region) {
  const auto* found = std::find_if(REGIONS.begin(), REGIONS.end(), [&](const auto& r) { return r.first == region; });
  if (found == REGIONS.end()) return std::nullopt;
  return std::string(found->second);
}

std::optional<std::string> s3StaticWebsiteEndpoint(std::string_view region) {
  const auto suffix = domainSuffix(region);
  if (!suffix) return std::nullopt;
  const bool old = std::find(OLD_WEBSITE_ENDPOINT_REGIONS.begin(), OLD_WEBSITE_ENDPOINT_REGIONS.end(), region) !=
                   OLD_WEBSITE_ENDPOINT_REGIONS.end();
  return old ? "s3-website-" + std::string(region) + "." + *suffix
             : "s3-website." + std::string(region) + "." + *suffix;
}

}  // namespace cdk::s3::detail
