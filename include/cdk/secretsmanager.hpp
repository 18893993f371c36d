// The secretsmanager module (aws-cdk-lib's aws-secretsmanager): secrets, their resource policies and
// target attachments. The L1 classes (cdk::secretsmanager::Cfn*) are in "cdk/cfn/secretsmanager.hpp".
#pragma once

#include "cdk/secretsmanager/policy.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "cdk/secretsmanager/secret_target_attachment.hpp"
