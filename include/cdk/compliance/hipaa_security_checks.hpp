// cdk-nag 3.0.2's HIPAA.Security pack: its 90 rules, with the same ids, levels, messages and decisions.
// Based on AWS Config's operational best practices for HIPAA Security.
#pragma once

#include "cdk/compliance/nag_pack.hpp"

namespace cdk::compliance {

/// Validations::of(app).addPlugins(std::make_shared<compliance::HIPAASecurityChecks>());
class CDKPP_API HIPAASecurityChecks : public NagPack {
 public:
  explicit HIPAASecurityChecks(NagPackProps props = {});
};

}  // namespace cdk::compliance
