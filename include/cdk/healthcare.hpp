// The healthcare patterns (L3): whole parts of a healthcare application built from the L2 modules, secure by
// default (customer keys, TLS only, private subnets, logs with retention, backups, deletion protection, Multi-AZ),
// each passing cdk-nag's HIPAA.Security pack with its defaults, and taking an EnvironmentProfile (dev, staging,
// prod) for what differs between environments.
#pragma once

#include "cdk/healthcare/backup_policy.hpp"
#include "cdk/healthcare/clinical_service.hpp"
#include "cdk/healthcare/container_pipeline.hpp"
#include "cdk/healthcare/environment_profile.hpp"
#include "cdk/healthcare/monitoring.hpp"
#include "cdk/healthcare/patient_database.hpp"
#include "cdk/healthcare/phi_bucket.hpp"
#include "cdk/healthcare/secure_vpc.hpp"
#include "cdk/healthcare/session_cache.hpp"
