// The events_targets module (aws-cdk-lib's aws-events-targets): what EventBridge rules can start, so far
// pipelines.
#pragma once

#include "cdk/events_targets/codepipeline.hpp"
