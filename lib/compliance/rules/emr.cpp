// EMR rules (cdk-nag src/rules/emr).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R EMRKerberosEnabled(const RuleContext& c) { return R::of(!c.property("KerberosAttributes").nullish()); }

const Rule kEmrRules[] = {
    {"EMRKerberosEnabled", {"AWS::EMR::Cluster"}, EMRKerberosEnabled, "configure Kerberos (KerberosAttributes)."},
};

}  // namespace

std::span<const Rule> emrRules() { return kEmrRules; }

}  // namespace cdk::compliance::detail
