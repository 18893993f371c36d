// cdkpp's cloudformation_include module (aws-cdk-lib's cloudformation_include): existing templates in the tree.
#pragma once

#include "cdk/cloudformation_include/cfn_include.hpp"
