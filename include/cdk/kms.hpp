// The kms module (aws-cdk-lib's aws-kms): keys, aliases and the via-service principal. The L1 classes
// (cdk::kms::Cfn*) are in "cdk/cfn/kms.hpp".
#pragma once

#include "cdk/kms/alias.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/kms/via_service_principal.hpp"
