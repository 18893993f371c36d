// The events module (aws-cdk-lib's aws-events): schedule expressions and rules on the default event bus.
// The L1 classes (cdk::events::Cfn*) are in "cdk/cfn/events.hpp".
#pragma once

#include "cdk/events/rule.hpp"
#include "cdk/events/schedule.hpp"
