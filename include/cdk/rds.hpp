// The rds module (aws-cdk-lib's aws-rds): Aurora clusters and their instances, database instances and read
// replicas, engines, credentials, secret rotation, subnet and parameter groups. The L1 classes (cdk::rds::Cfn*) are in
// "cdk/cfn/rds.hpp".
#pragma once

#include "cdk/rds/cluster.hpp"
#include "cdk/rds/cluster_engine.hpp"
#include "cdk/rds/cluster_instance.hpp"
#include "cdk/rds/credentials.hpp"
#include "cdk/rds/endpoint.hpp"
#include "cdk/rds/engine.hpp"
#include "cdk/rds/instance.hpp"
#include "cdk/rds/instance_engine.hpp"
#include "cdk/rds/parameter_group.hpp"
#include "cdk/rds/rotation_options.hpp"
#include "cdk/rds/subnet_group.hpp"
