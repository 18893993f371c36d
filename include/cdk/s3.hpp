// The s3 module (aws-cdk-lib's aws-s3): buckets, their policies and lifecycle rules. The L1 classes
// (cdk::s3::Cfn*) are in "cdk/cfn/s3.hpp".
#pragma once

#include "cdk/s3/bucket.hpp"
#include "cdk/s3/bucket_policy.hpp"
#include "cdk/s3/rule.hpp"
