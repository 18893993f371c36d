// The lambda module (aws-cdk-lib's aws-lambda): imported Lambda functions, the rotation functions of secret
// rotation among them. Creating functions is not part of cdkpp yet.
#pragma once

#include "cdk/lambda/function.hpp"
