#include "elasticloadbalancingv2/log_delivery.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace cdk::elasticloadbalancingv2::detail {

std::optional<std::string_view> elbv2Account(std::string_view region) noexcept {
  // aws-cdk-lib 2.276's region-info facts (ELBV2_ACCOUNT), sorted by region.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 31> accounts{{
      {"af-south-1", "098369216593"},     {"ap-east-1", "754344448648"},       {"ap-northeast-1", "582318560864"},
      {"ap-northeast-2", "600734575887"}, {"ap-northeast-3", "383597477331"},  {"ap-south-1", "718504428378"},
      {"ap-southeast-1", "114774131450"}, {"ap-southeast-2", "783225319266"},  {"ap-southeast-3", "589379963580"},
      {"ca-central-1", "985666609251"},   {"cn-north-1", "638102146993"},      {"cn-northwest-1", "037604701340"},
      {"eu-central-1", "054676820928"},   {"eu-north-1", "897822967062"},      {"eu-south-1", "635631232127"},
      {"eu-west-1", "156460612806"},      {"eu-west-2", "652711504416"},       {"eu-west-3", "009996457667"},
      {"me-south-1", "076674570225"},     {"sa-east-1", "507241528517"},       {"us-east-1", "127311923021"},
      {"us-east-2", "033677994240"},      {"us-gov-east-1", "190560391635"},   {"us-gov-west-1", "048591011584"},
      {"us-iso-east-1", "770363063475"},  {"us-iso-west-1", "121062877647"},   {"us-isob-east-1", "740734521339"},
      {"us-isof-east-1", "091100254016"}, {"us-isof-south-1", "412137745753"}, {"us-west-1", "027434742980"},
      {"us-west-2", "797873946194"},
  }};
  const auto end = accounts.end();
  const auto it = std::lower_bound(accounts.begin(), end, region,
                                   [](const auto& entry, std::string_view r) { return entry.first < r; });
  if (it == end || it->first != region) return std::nullopt;
  return it->second;
}

}  // namespace cdk::elasticloadbalancingv2::detail
