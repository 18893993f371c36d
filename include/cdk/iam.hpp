// The iam module (aws-cdk-lib's aws-iam): principals, policy statements and documents, grants, roles and
// policies. The L1 classes (cdk::iam::Cfn*) are in "cdk/cfn/iam.hpp".
#pragma once

#include "cdk/iam/grant.hpp"
#include "cdk/iam/managed_policy.hpp"
#include "cdk/iam/policy.hpp"
#include "cdk/iam/policy_document.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/iam/role.hpp"
