// The efs module (aws-cdk-lib's aws-efs): file systems and access points. The L1 classes (cdk::efs::Cfn*)
// are in "cdk/cfn/efs.hpp".
#pragma once

#include "cdk/efs/access_point.hpp"
#include "cdk/efs/file_system.hpp"
