// The ssm module (aws-cdk-lib's aws-ssm): String parameters for configuration values. The L1 classes
// (cdk::ssm::Cfn*) are in "cdk/cfn/ssm.hpp".
#pragma once

#include "cdk/ssm/parameter.hpp"
