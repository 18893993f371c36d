// cdkpp assertions: Template and Match for unit tests of stacks and constructs.
#pragma once

#include "cdk/assertions/match.hpp"
#include "cdk/assertions/template.hpp"
