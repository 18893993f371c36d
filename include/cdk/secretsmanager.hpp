// The secretsmanager module (aws-cdk-lib's aws-secretsmanager): secrets, their resource policies, target
// attachments, rotation schedules, hosted rotation and rotation by Serverless Application Repository
// applications. The L1 classes (cdk::secretsmanager::Cfn*) are in "cdk/cfn/secretsmanager.hpp".
#pragma once

#include "cdk/secretsmanager/hosted_rotation.hpp"
#include "cdk/secretsmanager/policy.hpp"
#include "cdk/secretsmanager/rotation_schedule.hpp"
#include "cdk/secretsmanager/secret.hpp"
#include "cdk/secretsmanager/secret_rotation.hpp"
#include "cdk/secretsmanager/secret_target_attachment.hpp"
