# Sources of the iam L2 L2 module, relative to lib/, relative to lib/.
set(CDKPP_IAM_SOURCES
  iam/grant.cpp
  iam/iam_private.cpp
  iam/managed_policy.cpp
  iam/policy.cpp
  iam/policy_document.cpp
  iam/policy_statement.cpp
  iam/principals.cpp
  iam/role.cpp)
