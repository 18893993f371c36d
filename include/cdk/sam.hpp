// The sam module (aws-cdk-lib's aws-sam): the L1 classes of the AWS Serverless Application Model's resource
// types that cdkpp renders. Only AWS::Serverless::Application, which secret rotation deploys.
#pragma once

#include "cdk/sam/cfn_application.hpp"
