// Convenience umbrella: the elasticloadbalancingv2 L2 module, with the alias `cdk::elbv2`.
#pragma once

#include "cdk/elasticloadbalancingv2.hpp"
