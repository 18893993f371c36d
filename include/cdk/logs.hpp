// The logs module (aws-cdk-lib's aws-logs): log groups and retention. The L1 classes (cdk::logs::Cfn*) are
// in "cdk/cfn/logs.hpp".
#pragma once

#include "cdk/logs/log_group.hpp"
