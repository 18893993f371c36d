#include "cdk/core/secret_value.hpp"

namespace cdk {

Value SecretValue::secretsManager(const Value& secretId, const SecretsManagerSecretOptions& options) {
  return Value("{{resolve:secretsmanager:") + secretId + ":SecretString:" + options.jsonField.value_or("") + ":" +
         options.versionStage.value_or("") + ":" + options.versionId.value_or("") + "}}";
}

Value SecretValue::ssmSecure(const Value& parameterName, std::optional<std::string> version) {
  return Value("{{resolve:ssm-secure:") + parameterName + (version ? ":" + *version : std::string()) + "}}";
}

}  // namespace cdk
