# Sources of the rds L2 module, relative to lib/ (aws-cdk-lib's aws-rds): Aurora clusters and what they are made of.
set(CDKPP_RDS_SOURCES
  rds/cluster.cpp
  rds/cluster_engine.cpp
  rds/cluster_instance.cpp
  rds/credentials.cpp
  rds/endpoint.cpp
  rds/parameter_group.cpp
  rds/subnet_group.cpp)
