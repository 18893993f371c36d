# Sources of the certificatemanager L2 module, relative to lib/ (aws-cdk-lib's aws-certificatemanager).
set(CDKPP_CERTIFICATEMANAGER_SOURCES
  certificatemanager/certificate.cpp)
