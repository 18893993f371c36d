#include "cdk/kms/key.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/cfn/kms.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/kms/alias.hpp"

namespace cdk::kms {

constexpr auto kKeySpecNames = cdk::enumNames<KeySpec>({
    {KeySpec::SYMMETRIC_DEFAULT, "SYMMETRIC_DEFAULT"},
    {KeySpec::RSA_2048, "RSA_2048"},
    {KeySpec::RSA_3072, "RSA_3072"},
    {KeySpec::RSA_4096, "RSA_4096"},
    {KeySpec::ECC_NIST_P256, "ECC_NIST_P256"},
    {KeySpec::ECC_NIST_P384, "ECC_NIST_P384"},
    {KeySpec::ECC_NIST_P521, "ECC_NIST_P521"},
    {KeySpec::ECC_SECG_P256K1, "ECC_SECG_P256K1"},
    {KeySpec::HMAC_224, "HMAC_224"},
    {KeySpec::HMAC_256, "HMAC_256"},
    {KeySpec::HMAC_384, "HMAC_384"},
    {KeySpec::HMAC_512, "HMAC_512"},
    {KeySpec::SM2, "SM2"},
    {KeySpec::ML_DSA_44, "ML_DSA_44"},
    {KeySpec::ML_DSA_65, "ML_DSA_65"},
    {KeySpec::ML_DSA_87, "ML_DSA_87"},
    {KeySpec::ECC_NIST_EDWARDS25519, "ECC_NIST_EDWARDS25519"},
});
std::string_view toString(KeySpec spec) noexcept { return cdk::nameOf(kKeySpecNames, spec); }

constexpr auto kKeyUsageNames = cdk::enumNames<KeyUsage>({
    {KeyUsage::ENCRYPT_DECRYPT, "ENCRYPT_DECRYPT"},
    {KeyUsage::SIGN_VERIFY, "SIGN_VERIFY"},
    {KeyUsage::GENERATE_VERIFY_MAC, "GENERATE_VERIFY_MAC"},
    {KeyUsage::KEY_AGREEMENT, "KEY_AGREEMENT"},
});
std::string_view toString(KeyUsage usage) noexcept { return cdk::nameOf(kKeyUsageNames, usage); }

namespace {

const std::vector<std::string> kDecryptActions = {"kms:Decrypt"};
const std::vector<std::string> kEncryptActions = {"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"};
const std::vector<std::string> kAdminActions = {"kms:Create*",
                                                "kms:Describe*",
                                                "kms:Enable*",
                                                "kms:List*",
                                                "kms:Put*",
                                                "kms:Update*",
                                                "kms:Revoke*",
                                                "kms:Disable*",
                                                "kms:Get*",
                                                "kms:Delete*",
                                                "kms:TagResource",
                                                "kms:UntagResource",
                                                "kms:ScheduleKeyDeletion",
                                                "kms:CancelKeyDeletion"};

bool denied(KeyUsage usage, KeySpec spec) {
  using S = KeySpec;
  auto in = [spec](std::initializer_list<S> list) { return std::find(list.begin(), list.end(), spec) != list.end(); };
  switch (usage) {
    case KeyUsage::ENCRYPT_DECRYPT:
      return in({S::ECC_NIST_P256, S::ECC_NIST_P384, S::ECC_NIST_P521, S::ECC_SECG_P256K1, S::HMAC_224, S::HMAC_256,
                 S::HMAC_384, S::HMAC_512, S::ML_DSA_44, S::ML_DSA_65, S::ML_DSA_87});
    case KeyUsage::SIGN_VERIFY: return in({S::SYMMETRIC_DEFAULT, S::HMAC_224, S::HMAC_256, S::HMAC_384, S::HMAC_512});
    case KeyUsage::GENERATE_VERIFY_MAC:
      return in({S::RSA_2048, S::RSA_3072, S::RSA_4096, S::ECC_NIST_P256, S::ECC_NIST_P384, S::ECC_NIST_P521,
                 S::ECC_SECG_P256K1, S::SYMMETRIC_DEFAULT, S::SM2, S::ML_DSA_44, S::ML_DSA_65, S::ML_DSA_87});
    case KeyUsage::KEY_AGREEMENT:
      return in({S::SYMMETRIC_DEFAULT, S::RSA_2048, S::RSA_3072, S::RSA_4096, S::ECC_SECG_P256K1, S::HMAC_224,
                 S::HMAC_256, S::HMAC_384, S::HMAC_512, S::ML_DSA_44, S::ML_DSA_65, S::ML_DSA_87});
  }
  return false;
}

bool isHmac(KeySpec spec) {
  return spec == KeySpec::HMAC_224 || spec == KeySpec::HMAC_256 || spec == KeySpec::HMAC_384 ||
         spec == KeySpec::HMAC_512;
}

/// The stack of a principal that is a construct (a role of this app); nullptr for principal values.
const cdk::Stack* stackOfPrincipal(const iam::PrincipalPtr& principal) {
  const cdk::IConstruct* construct = principal->principalConstruct();
  return construct ? construct->node().stack() : nullptr;
}

/// An imported key: no key policy.
class ImportedKey final : public KeyBase {
 public:
  ImportedKey(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props, cdk::Value keyArn, cdk::Value keyId)
      : KeyBase(scope, id, std::move(props)), keyArn_(std::move(keyArn)), keyId_(std::move(keyId)) {}
  cdk::Value keyArn() const override { return keyArn_; }
  cdk::Value keyId() const override { return keyId_; }

 protected:
  std::optional<iam::PolicyDocument> keyPolicy() const override { return std::nullopt; }

 private:
  cdk::Value keyArn_;
  cdk::Value keyId_;
};

}  // namespace

// ------------------------------------------------------------------------------------------------ KeyBase

KeyBase::KeyBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)) {
  node().addValidation([this] {
    auto policy = keyPolicy();
    return policy ? policy->validateForResourcePolicy() : std::vector<std::string>{};
  });
}

KeyBase::~KeyBase() = default;

Alias& KeyBase::addAlias(std::string_view aliasName) {
  const std::string id = aliases_.empty() ? std::string("Alias") : "Alias" + std::string(aliasName);
  Alias& alias = make<Alias>(id, AliasProps{.aliasName = cdk::Value(std::string(aliasName)), .targetKey = *this});
  aliases_.push_back(&alias);
  return alias;
}

iam::AddToResourcePolicyResult KeyBase::addToResourcePolicy(const iam::PolicyStatement& statement) {
  return addToResourcePolicy(statement, true);
}

iam::AddToResourcePolicyResult KeyBase::addToResourcePolicy(const iam::PolicyStatement& statement, bool allowNoOp) {
  auto policy = keyPolicy();
  if (!policy) {
    if (allowNoOp) return {};
    throw cdk::ConstructError(node().path(),
                              "Unable to add statement to IAM resource policy for KMS key: " + keyArn().toString());
  }
  policy->addStatements({statement});
  return {.policyDependable = this, .statementAdded = true};
}

iam::Grant KeyBase::grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  // aws-cdk-lib's KeyGrants.actions (trustAccountIdentities is always on).
  const iam::PrincipalPtr principal = grantee.grantPrincipal();
  const cdk::Stack& keyStack = cdk::Stack::of(*this);
  const cdk::Stack* granteeStack = stackOfPrincipal(principal);
  iam::PrincipalPtr resourcePrincipal = principal;
  bool crossAccount = false;
  bool crossRegion = false;
  if (granteeStack) {
    if (granteeStack != &keyStack) {
      const auto& deps = granteeStack->dependencies();
      const bool dependsOnKeyStack =
          std::any_of(deps.begin(), deps.end(), [&](const auto& d) { return d.first == &keyStack; });
      if (dependsOnKeyStack) resourcePrincipal = std::make_shared<iam::AccountPrincipal>(granteeStack->account());
    }
    crossAccount = keyStack.concreteAccount() != granteeStack->concreteAccount();
    crossRegion = keyStack.concreteRegion() != granteeStack->concreteRegion();
  }
  const bool crossEnvironment = crossAccount || crossRegion;
  if (!crossEnvironment) {
    return iam::Grant::addToPrincipalOrResource({.actions = actions,
                                                 .grantee = grantee,
                                                 .resource = *this,
                                                 .resourceArns = {keyArn()},
                                                 .resourceSelfArns = {"*"}});
  }
  return iam::Grant::addToPrincipalAndResource({.actions = actions,
                                                .grantee = grantee,
                                                .resource = *this,
                                                .resourceArns = {"*"},
                                                .resourcePolicyPrincipal = resourcePrincipal});
}

iam::Grant KeyBase::grantDecrypt(const iam::IGrantable& grantee) { return grant(grantee, kDecryptActions); }
iam::Grant KeyBase::grantEncrypt(const iam::IGrantable& grantee) { return grant(grantee, kEncryptActions); }
iam::Grant KeyBase::grantEncryptDecrypt(const iam::IGrantable& grantee) {
  std::vector<std::string> actions = kDecryptActions;
  actions.insert(actions.end(), kEncryptActions.begin(), kEncryptActions.end());
  return grant(grantee, actions);
}
iam::Grant KeyBase::grantSign(const iam::IGrantable& grantee) { return grant(grantee, {"kms:Sign"}); }
iam::Grant KeyBase::grantVerify(const iam::IGrantable& grantee) { return grant(grantee, {"kms:Verify"}); }
iam::Grant KeyBase::grantSignVerify(const iam::IGrantable& grantee) {
  return grant(grantee, {"kms:Sign", "kms:Verify"});
}
iam::Grant KeyBase::grantGenerateMac(const iam::IGrantable& grantee) { return grant(grantee, {"kms:GenerateMac"}); }
iam::Grant KeyBase::grantVerifyMac(const iam::IGrantable& grantee) { return grant(grantee, {"kms:VerifyMac"}); }

// ------------------------------------------------------------------------------------------------ Key

Key::Key(cdk::Construct& scope, std::string_view id, KeyProps props)
    : KeyBase(scope, id), policy_(props.policy ? *props.policy : iam::PolicyDocument()) {
  const std::string& path = node().path();
  const KeySpec keySpec = props.keySpec.value_or(KeySpec::SYMMETRIC_DEFAULT);
  const KeyUsage keyUsage = props.keyUsage.value_or(KeyUsage::ENCRYPT_DECRYPT);
  if (denied(keyUsage, keySpec)) {
    throw cdk::ConstructError(path, fmt::format("key spec '{}' is not valid with usage '{}'", kms::toString(keySpec),
                                                kms::toString(keyUsage)));
  }
  const bool rotation = props.enableKeyRotation.value_or(false);
  if (isHmac(keySpec) && rotation) throw cdk::ConstructError(path, "key rotation cannot be enabled on HMAC keys");
  if (keySpec != KeySpec::SYMMETRIC_DEFAULT && rotation) {
    throw cdk::ConstructError(path, "key rotation cannot be enabled on asymmetric keys");
  }
  std::optional<bool> enableKeyRotation = props.enableKeyRotation;
  std::optional<std::int64_t> rotationDays;
  if (props.rotationPeriod) {
    if (props.enableKeyRotation == false) {
      throw cdk::ConstructError(path, "'rotationPeriod' cannot be specified when 'enableKeyRotation' is disabled");
    }
    rotationDays = props.rotationPeriod->toDays();
    if (*rotationDays < 90 || *rotationDays > 2560) {
      throw cdk::ConstructError(
          path, fmt::format("'rotationPeriod' value must between 90 and 2650 days. Received: {}", *rotationDays));
    }
    if (!enableKeyRotation) enableKeyRotation = true;
  }
  if (props.trustAccountIdentities == false) {
    throw cdk::ConstructError(
        path,
        "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set");
  }
  if (!props.policy) {
    addToResourcePolicy(iam::PolicyStatement(
        {.actions = {"kms:*"}, .principals = {std::make_shared<iam::AccountRootPrincipal>()}, .resources = {"*"}}));
  }
  std::optional<std::int64_t> pendingWindowDays;
  if (props.pendingWindow) {
    pendingWindowDays = props.pendingWindow->toDays();
    if (*pendingWindowDays < 7 || *pendingWindowDays > 30) {
      throw cdk::ConstructError(
          path, fmt::format("'pendingWindow' value must between 7 and 30 days. Received: {}", *pendingWindowDays));
    }
  }

  CfnKeyProps cfn;
  if (props.description) cfn.description = *props.description;
  if (enableKeyRotation) cfn.enableKeyRotation = *enableKeyRotation;
  if (props.enabled) cfn.enabled = *props.enabled;
  cfn.keyPolicy = policy_.toValue();
  if (props.keySpec) cfn.keySpec = std::string(kms::toString(*props.keySpec));
  if (props.keyUsage) cfn.keyUsage = std::string(kms::toString(*props.keyUsage));
  if (props.multiRegion) cfn.multiRegion = *props.multiRegion;
  if (pendingWindowDays) cfn.pendingWindowInDays = *pendingWindowDays;
  if (rotationDays) cfn.rotationPeriodInDays = *rotationDays;
  resource_ = &make<CfnKey>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy);

  for (const auto& admin : props.admins) {
    if (!admin) throw cdk::ConstructError(path, "admins: a principal is null; pass principals");
    grantAdmin(*admin);
  }
  if (props.alias) addAlias(*props.alias);
}

Key::~Key() = default;

IKey& Key::fromKeyArn(cdk::Construct& scope, std::string_view id, cdk::Value keyArn) {
  // arn:<partition>:kms:<region>:<account>:key/<keyId>
  auto invalid = [&] {
    return cdk::ConstructError(scope.node().path(),
                               fmt::format("KMS key ARN must be in the format "
                                           "'arn:<partition>:kms:<region>:<account>:key/<keyId>', got: '{}'",
                                           keyArn.toString()));
  };
  cdk::ArnComponents arn;
  try {
    arn = cdk::Arn::split(keyArn, cdk::ArnFormat::SLASH_RESOURCE_NAME);
  } catch (const cdk::Error&) {
    throw invalid();
  }
  if (!arn.resourceName || (arn.resourceName->isString() && arn.resourceName->asString().empty())) throw invalid();
  // A literal ARN says where the key lives; a token leaves the stack's account and region.
  cdk::ResourceProps resourceProps;
  auto literal = [](const std::optional<cdk::Value>& part) {
    return part && part->isString() && !part->asString().empty() ? std::optional(part->asString()) : std::nullopt;
  };
  resourceProps.account = literal(arn.account);
  resourceProps.region = literal(arn.region);
  return scope.make<ImportedKey>(id, std::move(resourceProps), std::move(keyArn), *arn.resourceName);
}

cdk::Value Key::keyArn() const { return resource_->attrArn(); }
cdk::Value Key::keyId() const { return resource_->ref(); }

iam::Grant Key::grantAdmin(const iam::IGrantable& grantee) { return grant(grantee, kAdminActions); }

}  // namespace cdk::kms
