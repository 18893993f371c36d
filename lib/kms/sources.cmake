# Sources of the kms L2 L2 module, relative to lib/, relative to lib/.
set(CDKPP_KMS_SOURCES
  kms/alias.cpp
  kms/key.cpp
  kms/via_service_principal.cpp)
