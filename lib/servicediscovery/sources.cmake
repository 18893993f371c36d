# Sources of the servicediscovery L2 module, relative to lib/ (aws-cdk-lib's aws-servicediscovery): Cloud Map
# namespaces and services.
set(CDKPP_SERVICEDISCOVERY_SOURCES
  servicediscovery/namespaces.cpp
  servicediscovery/service.cpp)
