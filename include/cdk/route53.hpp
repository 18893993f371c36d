// The route53 module (aws-cdk-lib's aws-route53): hosted zones and records. The L1 classes
// (cdk::route53::Cfn*) are in "cdk/cfn/route53.hpp".
#pragma once

#include "cdk/route53/hosted_zone.hpp"
#include "cdk/route53/record_set.hpp"
