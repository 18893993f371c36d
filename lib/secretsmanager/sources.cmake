# Sources of the secretsmanager L2 L2 module, relative to lib/, relative to lib/.
set(CDKPP_SECRETSMANAGER_SOURCES
  secretsmanager/policy.cpp
  secretsmanager/secret.cpp
  secretsmanager/secret_target_attachment.cpp)
