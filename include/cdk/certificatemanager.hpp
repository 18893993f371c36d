// The certificatemanager module (aws-cdk-lib's aws-certificatemanager): certificates from ACM. The L1
// classes (cdk::certificatemanager::Cfn*) are in "cdk/cfn/certificatemanager.hpp".
#pragma once

#include "cdk/certificatemanager/certificate.hpp"

namespace cdk {
/// As TypeScript programs usually import it: `import * as acm from 'aws-cdk-lib/aws-certificatemanager'`.
namespace acm = certificatemanager;
}  // namespace cdk
