// The events module (aws-cdk-lib's aws-events), so far only its schedule expressions.
#pragma once

#include "cdk/events/schedule.hpp"
