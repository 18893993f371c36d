#include "cdk/secretsmanager/secret.hpp"

#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/secretsmanager.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/lazy.hpp"
#include "cdk/core/secret_value.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/kms/via_service_principal.hpp"
#include "cdk/secretsmanager/policy.hpp"
#include "cdk/secretsmanager/secret_target_attachment.hpp"
#include "core/text_scanner.hpp"
#include "iam/policy_merging.hpp"

namespace cdk::secretsmanager {

namespace {

const std::vector<std::string> kReadActions = {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"};
const std::vector<std::string> kWriteActions = {"secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret",
                                                "secretsmanager:UpdateSecretVersionStage"};

/// "secretsmanager.<region>.amazonaws.com" for the stack of `scope`.
cdk::Value viaService(const cdk::Construct& scope) {
  return cdk::Value("secretsmanager.") + cdk::Stack::of(scope).region() + ".amazonaws.com";
}

/// The resource name of a secret ARN (arn:...:secret:<name>): its 7th colon-separated field.
cdk::Value secretResourceName(const cdk::Value& secretArn) {
  if (secretArn.isString()) {
    const std::string& arn = secretArn.asString();
    std::size_t pos = 0;
    for (int i = 0; i < 6 && pos != std::string::npos; ++i) {
      pos = arn.find(':', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos == std::string::npos) return cdk::Value();
    const std::size_t end = arn.find(':', pos);
    return cdk::Value(arn.substr(pos, end == std::string::npos ? std::string::npos : end - pos));
  }
  return cdk::Fn::select(6, cdk::Fn::split(":", secretArn));
}

/// "-" and six letters or digits: what Secrets Manager appends to a secret's name in its ARN.
constexpr std::size_t kRandomSuffixLength = 7;
bool hasRandomSuffix(std::string_view text) {
  if (text.size() < kRandomSuffixLength) return false;
  const std::string_view suffix = text.substr(text.size() - kRandomSuffixLength);
  return suffix.front() == '-' && cdk::detail::allOf(suffix.substr(1), cdk::detail::isAsciiAlnum);
}

/// aws-cdk-lib's parseSecretName: the name of an imported secret (without the suffix of a complete ARN).
cdk::Value parseSecretName(const cdk::Construct& scope, const cdk::Value& secretArn) {
  cdk::Value name = secretResourceName(secretArn);
  if (name.isNull()) {
    throw cdk::ConstructError(scope.node().path(), "invalid ARN format; no secret name provided");
  }
  if (name.isString()) {
    const std::string& text = name.asString();
    return cdk::Value(hasRandomSuffix(text) ? text.substr(0, text.size() - kRandomSuffixLength) : text);
  }
  // A token: the name is everything but the last "-" segment.
  return cdk::Fn::join("-", cdk::Value::List{cdk::Fn::select(0, cdk::Fn::split("-", name))});
}

bool arnIsComplete(const cdk::Value& arn) {
  if (arn.isUnresolved()) return true;
  return arn.isString() && hasRandomSuffix(arn.asString());
}

/// JSON string escaping for the literal parts of a secret object value.
std::string jsonEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<int>(c));
        } else {
          out += c;
        }
    }
  }
  return out;
}

/// An imported secret.
class ImportedSecret final : public SecretBase {
 public:
  ImportedSecret(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props, kms::IKey* key, cdk::Value arn,
                 cdk::Value name, std::optional<cdk::Value> fullArn, cdk::Value arnForPolicies)
      : SecretBase(scope, id, std::move(props)),
        key_(key),
        arn_(std::move(arn)),
        name_(std::move(name)),
        fullArn_(std::move(fullArn)),
        arnForPolicies_(std::move(arnForPolicies)) {}

  kms::IKey* encryptionKey() const override { return key_; }
  cdk::Value secretArn() const override { return arn_; }
  std::optional<cdk::Value> secretFullArn() const override { return fullArn_; }
  cdk::Value secretName() const override { return name_; }
  cdk::Value arnForPolicies() const override { return arnForPolicies_; }

 protected:
  bool autoCreatePolicy() const override { return false; }

 private:
  kms::IKey* key_;
  cdk::Value arn_;
  cdk::Value name_;
  std::optional<cdk::Value> fullArn_;
  cdk::Value arnForPolicies_;
};

cdk::ResourceProps environmentFromArn(const cdk::Value& arn) {
  cdk::ResourceProps props;
  if (!arn.isString()) return props;
  std::vector<std::string> parts;
  const std::string& text = arn.asString();
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ':') {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() > 4) {
    if (!parts[3].empty()) props.region = parts[3];
    if (!parts[4].empty()) props.account = parts[4];
  }
  return props;
}

}  // namespace

// ------------------------------------------------------------------------------------------------ SecretBase

SecretBase::SecretBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)) {
  node().addValidation(
      [this] { return policy_ ? policy_->document().validateForResourcePolicy() : std::vector<std::string>{}; });
}

SecretBase::~SecretBase() = default;

cdk::Value SecretBase::arnForPolicies() const {
  return iam::detail::stackDependent(
      [this](const cdk::Stack& consumer) {
        const cdk::Stack& mine = cdk::Stack::of(*this);
        const bool otherEnv =
            mine.concreteAccount() != consumer.concreteAccount() || mine.concreteRegion() != consumer.concreteRegion();
        std::optional<cdk::Value> full = secretFullArn();
        if (otherEnv || !full) return secretArn() + "-??????";
        return *full;
      },
      "SecretArnForPolicies");
}

cdk::Value SecretBase::secretValue() const { return secretValueFromJson(""); }

cdk::Value SecretBase::secretValueFromJson(std::string_view jsonField) const {
  return cdk::SecretValue::secretsManager(secretArn(), {.jsonField = std::string(jsonField)});
}

iam::Grant SecretBase::grantRead(const iam::IGrantable& grantee,
                                 std::optional<std::vector<std::string>> versionStages) {
  iam::Grant result = iam::Grant::addToPrincipalOrResource(
      {.actions = kReadActions, .grantee = grantee, .resource = *this, .resourceArns = {arnForPolicies()}});
  std::optional<iam::PolicyStatement> statement =
      result.principalStatement() ? result.principalStatement() : result.resourceStatement();
  if (versionStages && statement) {
    statement->addCondition(
        "ForAnyValue:StringEquals",
        cdk::Value::map({{"secretsmanager:VersionStage",
                          cdk::Value(cdk::Value::List(versionStages->begin(), versionStages->end()))}}));
  }
  if (kms::IKey* key = encryptionKey()) {
    key->grantDecrypt(kms::ViaServicePrincipal(viaService(*this), grantee.grantPrincipal()));
  }
  if (dynamic_cast<const Secret*>(this) && result.resourceStatement() && !encryptionKey()) {
    const cdk::Value account = cdk::Stack::of(*this).account();
    const std::optional<cdk::Value> principalAccount = grantee.grantPrincipal()->principalAccount();
    const cdk::Value other = principalAccount ? *principalAccount : cdk::Value("");
    if (!account.isUnresolved() && !other.isUnresolved() && account != other) {
      throw cdk::ConstructError(node().path(), "KMS Key must be provided for cross account access to Secret");
    }
  }
  return result;
}

iam::Grant SecretBase::grantWrite(const iam::IGrantable& grantee) {
  iam::Grant result = iam::Grant::addToPrincipalOrResource(
      {.actions = kWriteActions, .grantee = grantee, .resource = *this, .resourceArns = {arnForPolicies()}});
  if (kms::IKey* key = encryptionKey()) {
    key->grantEncrypt(kms::ViaServicePrincipal(viaService(*this), grantee.grantPrincipal()));
  }
  if (dynamic_cast<const Secret*>(this) && result.resourceStatement() && !encryptionKey()) {
    throw cdk::ConstructError(node().path(), "KMS Key must be provided for cross account access to Secret");
  }
  return result;
}

iam::AddToResourcePolicyResult SecretBase::addToResourcePolicy(const iam::PolicyStatement& statement) {
  if (!policy_ && autoCreatePolicy()) policy_ = &make<ResourcePolicy>("Policy", ResourcePolicyProps{.secret = *this});
  if (!policy_) return {};
  policy_->document().addStatements({statement});
  return {.policyDependable = policy_, .statementAdded = true};
}

SecretTargetAttachment& SecretBase::attach(const ISecretAttachmentTarget& target) {
  if (node().tryFindChild("Attachment")) {
    throw cdk::ConstructError(node().path(), "Secret is already attached to a target.");
  }
  return make<SecretTargetAttachment>("Attachment", SecretTargetAttachmentProps{.secret = *this, .target = target});
}

void SecretBase::denyAccountRootDelete() {
  addToResourcePolicy(iam::PolicyStatement({.actions = {"secretsmanager:DeleteSecret"},
                                            .effect = iam::Effect::DENY,
                                            .principals = {std::make_shared<iam::AccountRootPrincipal>()},
                                            .resources = {"*"}}));
}

RotationSchedule& SecretBase::addRotationSchedule(std::string_view id, RotationScheduleOptions options) {
  return make<RotationSchedule>(id,
                                RotationScheduleProps{.automaticallyAfter = options.automaticallyAfter,
                                                      .hostedRotation = std::move(options.hostedRotation),
                                                      .rotateImmediatelyOnUpdate = options.rotateImmediatelyOnUpdate,
                                                      .rotationLambda = options.rotationLambda,
                                                      .secret = *this});
}

// ------------------------------------------------------------------------------------------------ Secret

Secret::Secret(cdk::Construct& scope, std::string_view id, SecretProps props)
    : SecretBase(scope, id,
                 {.physicalName = props.secretName ? std::optional<cdk::Value>(*props.secretName) : std::nullopt}),
      encryptionKey_(props.encryptionKey.get()),
      excludeCharacters_(props.generateSecretString ? props.generateSecretString->excludeCharacters : std::nullopt),
      secretNameProp_(props.secretName) {
  const std::string& path = node().path();
  if (props.generateSecretString) {
    const auto& g = *props.generateSecretString;
    if ((g.secretStringTemplate || g.generateStringKey) && !(g.secretStringTemplate && g.generateStringKey)) {
      throw cdk::ConstructError(path, "`secretStringTemplate` and `generateStringKey` must be specified together.");
    }
  }
  const int sources = (props.generateSecretString ? 1 : 0) + (props.secretStringValue ? 1 : 0) +
                      (props.secretObjectValue.empty() ? 0 : 1);
  if (sources > 1) {
    throw cdk::ConstructError(path,
                              "Cannot specify more than one of `generateSecretString`, `secretStringValue`, "
                              "`secretObjectValue`, and `secretStringBeta1`.");
  }

  std::optional<cdk::Value> secretString;
  if (!props.secretObjectValue.empty()) {
    cdk::Value json = "{";
    bool first = true;
    for (const auto& [key, value] : props.secretObjectValue) {
      json = json + (first ? "" : ",") + "\"" + jsonEscape(key) + "\":";
      first = false;
      if (value.isString()) {
        json = json + "\"" + jsonEscape(value.asString()) + "\"";
      } else if (value.isToken()) {
        json = json + "\"" + value + "\"";
      } else {
        json = json + value.toString();
      }
    }
    secretString = json + "}";
  } else if (props.secretStringValue) {
    secretString = *props.secretStringValue;
  }

  CfnSecretProps cfn;
  if (props.description) cfn.description = *props.description;
  if (props.generateSecretString) {
    const auto& g = *props.generateSecretString;
    CfnSecret::GenerateSecretStringProperty out;
    if (g.excludeCharacters) out.excludeCharacters = *g.excludeCharacters;
    if (g.excludeLowercase) out.excludeLowercase = *g.excludeLowercase;
    if (g.excludeNumbers) out.excludeNumbers = *g.excludeNumbers;
    if (g.excludePunctuation) out.excludePunctuation = *g.excludePunctuation;
    if (g.excludeUppercase) out.excludeUppercase = *g.excludeUppercase;
    if (g.generateStringKey) out.generateStringKey = *g.generateStringKey;
    if (g.includeSpace) out.includeSpace = *g.includeSpace;
    if (g.passwordLength) out.passwordLength = *g.passwordLength;
    if (g.requireEachIncludedType) out.requireEachIncludedType = *g.requireEachIncludedType;
    if (g.secretStringTemplate) out.secretStringTemplate = *g.secretStringTemplate;
    cfn.generateSecretString = std::move(out);
  } else if (!secretString) {
    cfn.generateSecretString = CfnSecret::GenerateSecretStringProperty{};
  }
  if (encryptionKey_) cfn.kmsKeyId = encryptionKey_->keyArn();
  if (props.secretName) cfn.name = *props.secretName;
  if (secretString) cfn.secretString = *secretString;
  resource_ = &make<CfnSecret>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy);

  if (encryptionKey_) {
    const cdk::Stack& stack = cdk::Stack::of(*this);
    // One principal for both statements, as aws-cdk-lib does.
    auto principal = std::make_shared<kms::ViaServicePrincipal>(
        viaService(*this), std::make_shared<iam::AccountPrincipal>(stack.account()));
    encryptionKey_->grantEncryptDecrypt(*principal);
    encryptionKey_->grant(*principal, {"kms:CreateGrant", "kms:DescribeKey"});
  }
  for (const auto& replica : props.replicaRegions) addReplicaRegion(replica.region, replica.encryptionKey.get());
}

Secret::~Secret() = default;

cdk::Value Secret::secretArn() const { return resource_->ref(); }

cdk::Value Secret::secretName() const {
  // aws-cdk-lib's parseSecretNameForOwnedSecret: the name recovered from the ARN, one Fn::Select per "-"
  // separated segment of the given name (2 when none was given).
  const cdk::Value resourceName = cdk::Fn::select(6, cdk::Fn::split(":", secretArn()));
  std::size_t segments = 2;
  if (secretNameProp_) {
    segments = 1;
    for (char c : *secretNameProp_) segments += c == '-' ? 1 : 0;
  }
  cdk::Value::List parts;
  for (std::size_t i = 0; i < segments; ++i) {
    parts.push_back(cdk::Fn::select(static_cast<int>(i), cdk::Fn::split("-", resourceName)));
  }
  return cdk::Fn::join("-", std::move(parts));
}

void Secret::addReplicaRegion(std::string_view region, kms::IKey* encryptionKey) {
  const cdk::Stack& stack = cdk::Stack::of(*this);
  if (stack.concreteRegion() && *stack.concreteRegion() == region) {
    throw cdk::ConstructError(node().path(), "Cannot add the region where this stack is deployed as a replica region.");
  }
  replicaRegions_.emplace_back(std::string(region), encryptionKey);
  auto& regions = resource_->props().replicaRegions;
  if (!regions) regions.emplace();
  CfnSecret::ReplicaRegionProperty entry;
  if (encryptionKey) entry.kmsKeyId = encryptionKey->keyArn();
  entry.region = std::string(region);
  regions->push_back(std::move(entry));
}

ISecret& Secret::fromSecretCompleteArn(cdk::Construct& scope, std::string_view id, cdk::Value secretCompleteArn) {
  return fromSecretAttributes(scope, id, {.secretCompleteArn = std::move(secretCompleteArn)});
}

ISecret& Secret::fromSecretPartialArn(cdk::Construct& scope, std::string_view id, cdk::Value secretPartialArn) {
  return fromSecretAttributes(scope, id, {.secretPartialArn = std::move(secretPartialArn)});
}

ISecret& Secret::fromSecretNameV2(cdk::Construct& scope, std::string_view id, std::string_view secretName) {
  cdk::Stack& stack = cdk::Stack::of(scope);
  cdk::Value arn = stack.formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                    .resource = "secret",
                                    .resourceName = cdk::Value(std::string(secretName)),
                                    .service = "secretsmanager"});
  cdk::Value forPolicies = arn + "-??????";
  return scope.make<ImportedSecret>(id, cdk::ResourceProps{}, nullptr, arn, cdk::Value(std::string(secretName)),
                                    std::nullopt, forPolicies);
}

ISecret& Secret::fromSecretAttributes(cdk::Construct& scope, std::string_view id, SecretAttributes attributes) {
  if ((attributes.secretCompleteArn && attributes.secretPartialArn) ||
      (!attributes.secretCompleteArn && !attributes.secretPartialArn)) {
    throw cdk::ConstructError(scope.node().path(), "must use only one of `secretCompleteArn` or `secretPartialArn`");
  }
  if (attributes.secretCompleteArn && !arnIsComplete(*attributes.secretCompleteArn)) {
    throw cdk::ConstructError(scope.node().path(),
                              "`secretCompleteArn` does not appear to be complete; missing 6-character suffix");
  }
  const bool partial = !attributes.secretCompleteArn;
  cdk::Value arn = partial ? *attributes.secretPartialArn : *attributes.secretCompleteArn;
  cdk::Value name = parseSecretName(scope, arn);
  std::optional<cdk::Value> full = partial ? std::nullopt : std::optional<cdk::Value>(arn);
  cdk::Value forPolicies = partial ? arn + "-??????" : arn;
  return scope.make<ImportedSecret>(id, environmentFromArn(arn), attributes.encryptionKey.get(), arn, std::move(name),
                                    std::move(full), std::move(forPolicies));
}

}  // namespace cdk::secretsmanager
