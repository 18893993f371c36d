// The master user of a database (aws-cdk-lib's rds.Credentials) and the secret generated for it
// (rds.DatabaseSecret).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/secretsmanager/secret.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::rds {

/// The characters aws-cdk-lib keeps out of generated database passwords: " %+~`#$&*()|[]{}:;<>?!'/@\"\\".
inline constexpr std::string_view DEFAULT_PASSWORD_EXCLUDE_CHARS = " %+~`#$&*()|[]{}:;<>?!'/@\"\\";

/// Options of a generated secret (aws-cdk-lib's CredentialsBaseOptions).
struct CredentialsBaseOptions {
  /// The key the generated secret is encrypted with; default the AWS managed key.
  cdk::Handle<kms::IKey> encryptionKey{};
  /// Characters kept out of the generated password; default DEFAULT_PASSWORD_EXCLUDE_CHARS.
  std::optional<std::string> excludeCharacters{};
  /// Regions the generated secret is replicated to.
  std::vector<secretsmanager::ReplicaRegion> replicaRegions{};
  /// The name of the generated secret; default a name CloudFormation generates.
  std::optional<std::string> secretName{};
};

/// Options of Credentials::fromUsername (aws-cdk-lib's CredentialsFromUsernameOptions).
struct CredentialsFromUsernameOptions {
  cdk::Handle<kms::IKey> encryptionKey{};
  std::optional<std::string> excludeCharacters{};
  /// A password (a cdk::SecretValue result); when given no secret is generated.
  std::optional<cdk::Value> password{};
  std::vector<secretsmanager::ReplicaRegion> replicaRegions{};
  std::optional<std::string> secretName{};
};

/// Who the master user is and where the password comes from. A value: copy it freely.
///
/// When the credentials have neither a secret nor a password, the cluster generates a DatabaseSecret (its
/// child "Secret") and uses it; either way a secret is attached to the cluster (its child "Attachment").
class CDKPP_API Credentials {
 public:
  /// A generated secret; MasterUsername is the literal `username`, and the secret's logical ID changes
  /// when the password criteria change (aws-cdk-lib's replaceOnPasswordCriteriaChanges).
  static Credentials fromGeneratedSecret(std::string username, CredentialsBaseOptions options = {});
  /// A literal user name and password (e.g. cdk::SecretValue::ssmSecure(...)); no secret.
  static Credentials fromPassword(std::string username, cdk::Value password);
  /// A generated secret holding `username`; MasterUsername is read from the secret. With
  /// `options.password`, that password is used and no secret is generated.
  static Credentials fromUsername(std::string username, CredentialsFromUsernameOptions options = {});
  /// An existing secret with the JSON fields "username" and "password". `username` replaces the one read
  /// from the secret. The secret gets attached to the cluster, so it can back only one database.
  static Credentials fromSecret(secretsmanager::ISecret& secret, std::optional<std::string> username = {});

  /// The user name: a literal, or a dynamic reference into the secret.
  const cdk::Value& username() const noexcept { return username_; }
  /// Whether username() is the literal given by the program.
  bool usernameAsString() const noexcept { return usernameAsString_; }
  const std::optional<cdk::Value>& password() const noexcept { return password_; }
  secretsmanager::ISecret* secret() const noexcept { return secret_; }
  kms::IKey* encryptionKey() const noexcept { return encryptionKey_; }
  const std::optional<std::string>& excludeCharacters() const noexcept { return excludeCharacters_; }
  const std::optional<std::string>& secretName() const noexcept { return secretName_; }
  const std::vector<secretsmanager::ReplicaRegion>& replicaRegions() const noexcept { return replicaRegions_; }

 private:
  Credentials() = default;
  cdk::Value username_;
  bool usernameAsString_ = false;
  std::optional<cdk::Value> password_;
  secretsmanager::ISecret* secret_ = nullptr;
  kms::IKey* encryptionKey_ = nullptr;
  std::optional<std::string> excludeCharacters_;
  std::optional<std::string> secretName_;
  std::vector<secretsmanager::ReplicaRegion> replicaRegions_;
};

struct DatabaseSecretProps {
  /// A database name stored in the secret ("dbname").
  std::optional<std::string> dbname{};
  cdk::Handle<kms::IKey> encryptionKey{};
  /// Default DEFAULT_PASSWORD_EXCLUDE_CHARS.
  std::optional<std::string> excludeCharacters{};
  /// The database's master secret, stored as "masterarn" (its ARN): what a multi user rotation of this user's
  /// password needs (DatabaseInstance/DatabaseCluster::addRotationMultiUser).
  cdk::Handle<secretsmanager::ISecret> masterSecret{};
  /// Give the secret's resource a logical ID that changes with the password criteria (excludeCharacters),
  /// so that changing them replaces the secret.
  bool replaceOnPasswordCriteriaChanges = false;
  std::vector<secretsmanager::ReplicaRegion> replicaRegions{};
  std::optional<std::string> secretName{};
  /// The user name stored in the secret (required).
  std::string username{};
};

/// A secret with a generated 30-character password for a database user, as JSON {"username": ..., "password": ...}
/// (with "dbname" and "masterarn" when given) (aws-cdk-lib's rds.DatabaseSecret).
class CDKPP_API DatabaseSecret : public secretsmanager::Secret {
 public:
  using Props = DatabaseSecretProps;
  DatabaseSecret(cdk::Construct& scope, std::string_view id, DatabaseSecretProps props);
  ~DatabaseSecret() override;
};

}  // namespace cdk::rds
