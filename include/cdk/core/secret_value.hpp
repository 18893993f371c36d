// References to secrets that CloudFormation resolves at deployment (aws-cdk-lib's SecretValue): the template
// holds "{{resolve:secretsmanager:...}}", never the secret itself.
#pragma once

#include <optional>
#include <string>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

struct SecretsManagerSecretOptions {
  /// A key of the secret's JSON value; unset for the whole string.
  std::optional<std::string> jsonField{};
  std::optional<std::string> versionId{};
  std::optional<std::string> versionStage{};
};

class CDKPP_API SecretValue {
 public:
  /// {{resolve:secretsmanager:<secretId>:SecretString:<jsonField>:<versionStage>:<versionId>}}.
  static Value secretsManager(const Value& secretId, const SecretsManagerSecretOptions& options = {});
  /// {{resolve:ssm-secure:<name>:<version>}}.
  static Value ssmSecure(const Value& parameterName, std::optional<std::string> version = std::nullopt);
  /// A plain-text value: it lands in the template as it is. Only for values that are not secret.
  static Value unsafePlainText(std::string secret) { return Value(std::move(secret)); }
};

}  // namespace cdk
