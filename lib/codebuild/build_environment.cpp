#include "cdk/codebuild/build_environment.hpp"

#include "cdk/core/enum_names.hpp"

namespace cdk::codebuild {

constexpr auto kBuildEnvironmentVariableTypeNames = cdk::enumNames<BuildEnvironmentVariableType>({
    {BuildEnvironmentVariableType::PLAINTEXT, "PLAINTEXT"},
    {BuildEnvironmentVariableType::PARAMETER_STORE, "PARAMETER_STORE"},
    {BuildEnvironmentVariableType::SECRETS_MANAGER, "SECRETS_MANAGER"},
});
std::string_view toString(BuildEnvironmentVariableType type) noexcept {
  return cdk::nameOf(kBuildEnvironmentVariableTypeNames, type);
}

}  // namespace cdk::codebuild
