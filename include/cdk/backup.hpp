// The backup module (aws-cdk-lib's aws-backup): vaults, plans and their rules, and selections of resources.
// The L1 classes (cdk::backup::Cfn*) are in "cdk/cfn/backup.hpp".
#pragma once

#include "cdk/backup/plan.hpp"
#include "cdk/backup/resource.hpp"
#include "cdk/backup/rule.hpp"
#include "cdk/backup/selection.hpp"
#include "cdk/backup/vault.hpp"
