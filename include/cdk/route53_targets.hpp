// The route53_targets module (aws-cdk-lib's aws-route53-targets): what alias records point at.
#pragma once

#include "cdk/route53_targets/load_balancer_target.hpp"
