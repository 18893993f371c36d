# Sources of the s3 L2 module, relative to lib/ (aws-cdk-lib's aws-s3): buckets and bucket policies.
set(CDKPP_S3_SOURCES
  s3/bucket.cpp
  s3/bucket_policy.cpp
  s3/region_facts.cpp)
