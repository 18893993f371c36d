# Sources of the ssm L2 module, relative to lib/ (aws-cdk-lib's aws-ssm): String parameters.
set(CDKPP_SSM_SOURCES
  ssm/parameter.cpp)
