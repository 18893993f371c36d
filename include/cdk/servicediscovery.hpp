// The servicediscovery module (aws-cdk-lib's aws-servicediscovery, AWS Cloud Map): namespaces and services.
// The L1 classes (cdk::servicediscovery::Cfn*) are in "cdk/cfn/servicediscovery.hpp".
#pragma once

#include "cdk/servicediscovery/namespace.hpp"
#include "cdk/servicediscovery/service.hpp"
