// cdkpp compliance: cdk-nag's rule packs checked at synthesis (HIPAA.Security, AwsSolutions), acknowledgements
// and reports.
#pragma once

#include "cdk/compliance/acknowledge.hpp"
#include "cdk/compliance/aws_solutions_checks.hpp"
#include "cdk/compliance/hipaa_security_checks.hpp"
#include "cdk/compliance/nag_pack.hpp"
