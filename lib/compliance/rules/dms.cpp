// DMS rules (cdk-nag src/rules/dms).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R DMSReplicationNotPublic(const RuleContext& c) {
  return R::of(c.view.resolveIfPrimitive(c.property("PubliclyAccessible", As::Boolean)).isFalse());
}

const Rule kDmsRules[] = {
    {"DMSReplicationNotPublic",
     {"AWS::DMS::ReplicationInstance"},
     DMSReplicationNotPublic,
     "set PubliclyAccessible to false."},
};

}  // namespace

std::span<const Rule> dmsRules() { return kDmsRules; }

}  // namespace cdk::compliance::detail
