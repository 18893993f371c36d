#include "cdk/kms/alias.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "cdk/cfn/kms.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "core/text_scanner.hpp"

namespace cdk::kms {

namespace {

constexpr std::string_view kRequiredPrefix = "alias/";
constexpr std::string_view kDisallowedPrefix = "alias/aws/";

}  // namespace

cdk::Value Alias::normalizeAliasName(const cdk::Construct& scope, const cdk::Value& aliasName) {
  if (aliasName.isUnresolved()) return aliasName;
  if (!aliasName.isString()) {
    throw cdk::ConstructError(
        scope.node().path(),
        fmt::format("aliasName must be a string, got {}; pass the alias name, e.g. \"alias/my-key\"",
                    aliasName.toString()));
  }
  std::string name = aliasName.asString();
  if (!name.starts_with(kRequiredPrefix)) name = std::string(kRequiredPrefix) + name;
  if (name == kRequiredPrefix) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("Alias must include a value after \"{}\": {}", kRequiredPrefix, name));
  }
  std::string lower = name;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower.starts_with(kDisallowedPrefix)) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("Alias cannot start with {}: {}", kDisallowedPrefix, name));
  }
  const auto allowed = [](char c) {
    return cdk::detail::isAsciiAlnum(c) || c == ':' || c == '/' || c == '_' || c == '-';
  };
  if (name.empty() || name.size() > 256 || !cdk::detail::allOf(name, allowed)) {
    throw cdk::ConstructError(scope.node().path(), "Alias name must be between 1 and 256 characters in a-zA-Z0-9:/_-");
  }
  return cdk::Value(std::move(name));
}

namespace {

/// Checks the name before the construct is made, so that errors carry the scope's path (as aws-cdk-lib's).
cdk::Value checkedName(cdk::Construct& scope, const AliasProps& props) {
  if (!props.targetKey) {
    throw cdk::ConstructError(scope.node().path(), "Alias: targetKey is required; pass the key the alias points to");
  }
  return Alias::normalizeAliasName(scope, props.aliasName);
}

}  // namespace

Alias::Alias(cdk::Construct& scope, std::string_view id, AliasProps props)
    : cdk::Resource(scope, id, {.physicalName = checkedName(scope, props)}),
      aliasName_(*physicalName()),
      targetKey_(props.targetKey.get()) {
  resource_ = &make<CfnAlias>("Resource", CfnAliasProps{.aliasName = aliasName_, .targetKeyId = targetKey_->keyArn()});
  if (props.removalPolicy) resource_->applyRemovalPolicy(*props.removalPolicy);
}

Alias::~Alias() = default;

cdk::Value Alias::keyArn() const { return cdk::Stack::of(*this).formatArn({.resource = aliasName_, .service = "kms"}); }

Alias& Alias::addAlias(std::string_view aliasName) { return targetKey_->addAlias(aliasName); }
iam::AddToResourcePolicyResult Alias::addToResourcePolicy(const iam::PolicyStatement& statement) {
  return targetKey_->addToResourcePolicy(statement);
}
iam::AddToResourcePolicyResult Alias::addToResourcePolicy(const iam::PolicyStatement& statement, bool allowNoOp) {
  return targetKey_->addToResourcePolicy(statement, allowNoOp);
}
iam::Grant Alias::grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  return targetKey_->grant(grantee, actions);
}
iam::Grant Alias::grantDecrypt(const iam::IGrantable& grantee) { return targetKey_->grantDecrypt(grantee); }
iam::Grant Alias::grantEncrypt(const iam::IGrantable& grantee) { return targetKey_->grantEncrypt(grantee); }
iam::Grant Alias::grantEncryptDecrypt(const iam::IGrantable& grantee) {
  return targetKey_->grantEncryptDecrypt(grantee);
}
iam::Grant Alias::grantSign(const iam::IGrantable& grantee) { return targetKey_->grantSign(grantee); }
iam::Grant Alias::grantVerify(const iam::IGrantable& grantee) { return targetKey_->grantVerify(grantee); }
iam::Grant Alias::grantSignVerify(const iam::IGrantable& grantee) { return targetKey_->grantSignVerify(grantee); }
iam::Grant Alias::grantGenerateMac(const iam::IGrantable& grantee) { return targetKey_->grantGenerateMac(grantee); }
iam::Grant Alias::grantVerifyMac(const iam::IGrantable& grantee) { return targetKey_->grantVerifyMac(grantee); }

}  // namespace cdk::kms
