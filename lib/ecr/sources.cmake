# Sources of the ecr L2 module, relative to lib/ (aws-cdk-lib's aws-ecr): repositories.
set(CDKPP_ECR_SOURCES
  ecr/repository.cpp)
