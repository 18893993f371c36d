// The ecr module (aws-cdk-lib's aws-ecr): repositories and their lifecycle rules. The L1 classes
// (cdk::ecr::Cfn*) are in "cdk/cfn/ecr.hpp".
#pragma once

#include "cdk/ecr/lifecycle.hpp"
#include "cdk/ecr/repository.hpp"
