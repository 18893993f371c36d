// The elasticache module: cdkpp's Cache (a Valkey / Redis OSS replication group with secure defaults; stable
// aws-cdk-lib has only L1s here). The L1 classes (cdk::elasticache::Cfn*) are in "cdk/cfn/elasticache.hpp".
#pragma once

#include "cdk/elasticache/cache.hpp"
