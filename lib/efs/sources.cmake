# Sources of the efs L2 module, relative to lib/ (aws-cdk-lib's aws-efs): file systems and access points.
set(CDKPP_EFS_SOURCES
  efs/access_point.cpp
  efs/file_system.cpp)
