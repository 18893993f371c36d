#include "cdk/ecr/repository.hpp"

#include <algorithm>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/sha.h>

#include "cdk/cfn/ecr.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/cfn_resource.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/tags.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::ecr {

constexpr auto kTagStatusNames = cdk::enumNames<TagStatus>({
    {TagStatus::ANY, "any"},
    {TagStatus::TAGGED, "tagged"},
    {TagStatus::UNTAGGED, "untagged"},
});
std::string_view toString(TagStatus status) noexcept { return cdk::nameOf(kTagStatusNames, status); }

constexpr auto kTagMutabilityNames = cdk::enumNames<TagMutability>({
    {TagMutability::MUTABLE, "MUTABLE"},
    {TagMutability::IMMUTABLE, "IMMUTABLE"},
    {TagMutability::IMMUTABLE_WITH_EXCLUSION, "IMMUTABLE_WITH_EXCLUSION"},
    {TagMutability::MUTABLE_WITH_EXCLUSION, "MUTABLE_WITH_EXCLUSION"},
});
std::string_view toString(TagMutability mutability) noexcept { return cdk::nameOf(kTagMutabilityNames, mutability); }

namespace {

const std::vector<std::string> REPO_PULL_ACTIONS{"ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
                                                 "ecr:BatchGetImage"};
const std::vector<std::string> REPO_PUSH_ACTIONS{"ecr:CompleteLayerUpload", "ecr:UploadLayerPart",
                                                 "ecr:InitiateLayerUpload", "ecr:BatchCheckLayerAvailability",
                                                 "ecr:PutImage"};

std::string childPath(const cdk::Construct& scope, std::string_view id) {
  const std::string& parent = scope.node().path();
  return parent.empty() ? std::string(id) : parent + "/" + std::string(id);
}

/// The colon-separated parts of a literal ARN.
std::vector<std::string> arnParts(const std::string& arn) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= arn.size(); ++i) {
    if (i == arn.size() || arn[i] == ':') {
      parts.push_back(arn.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

/// constructs' Node.addr: "c8" and the SHA-1 of the ids from the root ("Default" left out), each followed by
/// a newline. aws-cdk-lib tags cross-account grantees with it.
std::string nodeAddr(const cdk::IConstruct& construct) {
  std::vector<std::string> ids;
  for (const cdk::Node* n = &construct.node(); n; n = n->scope() ? &n->scope()->node() : nullptr)
    ids.push_back(n->id());
  std::string text;
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    if (*it == "Default") continue;
    text += *it + "\n";
  }
  unsigned char digest[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest);
  std::string hex = "c8";
  for (unsigned char byte : digest) hex += fmt::format("{:02x}", byte);
  return hex;
}

/// aws-cdk-lib's validateRepositoryName for a literal name.
void validateRepositoryName(const std::string& path, const std::optional<cdk::Value>& name) {
  if (!name || !name->isString()) return;
  const std::string& n = name->asString();
  std::vector<std::string> errors;
  if (n.size() < 2 || n.size() > 256)
    errors.emplace_back("Repository name must be at least 2 and no more than 256 characters");
  // ^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$: lowercase alphanumeric runs joined by
  // one of . _ - within a component, components joined by '/'.
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  bool valid = !n.empty();
  char previous = '/';
  for (char c : n) {
    if (alnum(c)) {
      previous = c;
      continue;
    }
    const bool separator = c == '.' || c == '_' || c == '-' || c == '/';
    if (!separator || !alnum(previous)) valid = false;
    previous = c;
  }
  if (!alnum(previous)) valid = false;
  if (!valid) {
    errors.emplace_back(
        "Repository name must start with a letter and can only contain lowercase letters, numbers, hyphens, "
        "underscores, periods and forward slashes");
  }
  if (errors.empty()) return;
  std::string message = "Invalid ECR repository name (value: " + n + ")";
  for (const auto& e : errors) message += "\n" + e;
  throw cdk::ConstructError(path, message);
}

/// A repository made elsewhere.
class ImportedRepository final : public RepositoryBase {
 public:
  ImportedRepository(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props, cdk::Value name,
                     cdk::Value arn, cdk::Value account, cdk::Value region)
      : RepositoryBase(scope, id, std::move(props)),
        name_(std::move(name)),
        arn_(std::move(arn)),
        account_(std::move(account)),
        region_(std::move(region)) {}

  cdk::Value repositoryName() const override { return name_; }
  cdk::Value repositoryArn() const override { return arn_; }
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement&) override { return {}; }

 protected:
  cdk::Value arnAccount() const override { return account_; }
  cdk::Value arnRegion() const override { return region_; }

 private:
  cdk::Value name_;
  cdk::Value arn_;
  cdk::Value account_;
  cdk::Value region_;
};

/// The account and region of an ARN as aws-cdk-lib's splitArn gives them: the literal parts of a literal ARN,
/// Fn::Select of Fn::Split for a token.
std::pair<cdk::Value, cdk::Value> accountAndRegion(const cdk::Value& arn) {
  if (arn.isString()) {
    const auto parts = arnParts(arn.asString());
    if (parts.size() >= 6) return {cdk::Value(parts[4]), cdk::Value(parts[3])};
  }
  return {cdk::Fn::select(4, cdk::Fn::split(":", arn)), cdk::Fn::select(3, cdk::Fn::split(":", arn))};
}

}  // namespace

// ------------------------------------------------------------------------------------------------ RepositoryBase

RepositoryBase::RepositoryBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)) {}

RepositoryBase::~RepositoryBase() = default;

cdk::Value RepositoryBase::registryUri() const {
  return arnAccount() + cdk::Value(".dkr.ecr.") + arnRegion() + cdk::Value(".") + stack().urlSuffix();
}

cdk::Value RepositoryBase::uriWithSuffix(const std::optional<cdk::Value>& suffix) const {
  cdk::Value uri = registryUri() + cdk::Value("/") + repositoryName();
  return suffix ? uri + *suffix : uri;
}

cdk::Value RepositoryBase::repositoryUriForTag(const std::optional<cdk::Value>& tag) const {
  return uriWithSuffix(tag ? std::optional<cdk::Value>(cdk::Value(":") + *tag) : std::nullopt);
}

cdk::Value RepositoryBase::repositoryUriForDigest(const std::optional<cdk::Value>& digest) const {
  return uriWithSuffix(digest ? std::optional<cdk::Value>(cdk::Value("@") + *digest) : std::nullopt);
}

cdk::Value RepositoryBase::repositoryUriForTagOrDigest(const std::optional<std::string>& tagOrDigest) const {
  if (tagOrDigest && tagOrDigest->rfind("sha256:", 0) == 0) return repositoryUriForDigest(cdk::Value(*tagOrDigest));
  return repositoryUriForTag(tagOrDigest ? std::optional<cdk::Value>(*tagOrDigest) : std::nullopt);
}

iam::Grant RepositoryBase::grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  const iam::PrincipalPtr principal = grantee.grantPrincipal();
  // aws-cdk-lib's unsafeCrossAccountResourcePolicyPrincipal: a role of this app whose account differs from
  // the repository's (one of them unresolved counts) and whose stack this one does not depend on is tagged,
  // and the repository policy lets that account's principals with the tag in.
  const auto principalAccount = principal->principalAccount();
  const auto* owned = dynamic_cast<const cdk::IConstruct*>(principal.get());
  if (principalAccount && owned && dynamic_cast<const cdk::CfnResource*>(owned->node().defaultChild())) {
    const bool repoUnresolved = env().account.isUnresolved();
    const bool principalUnresolved = principalAccount->isUnresolved();
    const bool sameOrUnknown = (repoUnresolved && principalUnresolved) ||
                               (!repoUnresolved && !principalUnresolved && env().account == *principalAccount);
    cdk::Stack& principalStack = cdk::Stack::of(*owned);
    const auto& dependencies = stack().dependencies();
    const bool dependsOn = std::any_of(dependencies.begin(), dependencies.end(),
                                       [&](const auto& d) { return d.first == &principalStack; });
    if (!sameOrUnknown && !dependsOn) {
      const std::string roleTag = principalStack.stackName() + "_" + nodeAddr(*owned);
      cdk::Tags::of(const_cast<cdk::IConstruct&>(*owned)).add("aws-cdk:id", roleTag);
      addToResourcePolicy(iam::PolicyStatement(
          {.actions = actions,
           .conditions = {{"StringEquals", cdk::Value::map({{"aws:PrincipalTag/aws-cdk:id", roleTag}})}},
           .principals = {std::make_shared<iam::AccountPrincipal>(principalStack.account())}}));
      return iam::Grant::addToPrincipal({.actions = actions, .grantee = grantee, .resourceArns = {repositoryArn()}});
    }
  }
  // Grant::addToPrincipalOrResource, except that the repository policy statement names no resource (ECR
  // refuses resources there): aws-cdk-lib passes resourceSelfArns = [].
  iam::Grant onPrincipal =
      iam::Grant::addToPrincipal({.actions = actions, .grantee = grantee, .resourceArns = {repositoryArn()}});
  const bool principalSameAccount =
      principalAccount &&
      ((env().account.isUnresolved() && principalAccount->isUnresolved()) ||
       (!env().account.isUnresolved() && !principalAccount->isUnresolved() && env().account == *principalAccount));
  if (onPrincipal.success() && principalSameAccount) return onPrincipal;
  return iam::Grant::addStatementToResourcePolicy(
      *this, iam::PolicyStatement({.actions = actions, .principals = {principal}}));
}

iam::Grant RepositoryBase::grantRead(const iam::IGrantable& grantee) {
  return grant(grantee, {"ecr:DescribeRepositories", "ecr:DescribeImages"});
}

iam::Grant RepositoryBase::grantPull(const iam::IGrantable& grantee) {
  iam::Grant result = grant(grantee, REPO_PULL_ACTIONS);
  iam::Grant::addToPrincipal({.actions = {"ecr:GetAuthorizationToken"}, .grantee = grantee, .resourceArns = {"*"}});
  return result;
}

iam::Grant RepositoryBase::grantPush(const iam::IGrantable& grantee) {
  iam::Grant result = grant(grantee, REPO_PUSH_ACTIONS);
  iam::Grant::addToPrincipal({.actions = {"ecr:GetAuthorizationToken"}, .grantee = grantee, .resourceArns = {"*"}});
  return result;
}

iam::Grant RepositoryBase::grantPullPush(const iam::IGrantable& grantee) {
  std::vector<std::string> actions = REPO_PULL_ACTIONS;
  actions.insert(actions.end(), REPO_PUSH_ACTIONS.begin(), REPO_PUSH_ACTIONS.end());
  iam::Grant result = grant(grantee, actions);
  iam::Grant::addToPrincipal({.actions = {"ecr:GetAuthorizationToken"}, .grantee = grantee, .resourceArns = {"*"}});
  return result;
}

// ------------------------------------------------------------------------------------------------ Repository

Repository::Repository(cdk::Construct& scope, std::string_view id, RepositoryProps props)
    : RepositoryBase(scope, id, {.physicalName = props.repositoryName}), registryId_(props.lifecycleRegistryId) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  validateRepositoryName(path, physicalName());

  // aws-cdk-lib's parseEncryption.
  const RepositoryEncryption encryption =
      props.encryption.value_or(props.encryptionKey ? RepositoryEncryption::KMS : RepositoryEncryption::AES_256);
  if (encryption != RepositoryEncryption::KMS && props.encryptionKey) {
    fail(fmt::format(
        "encryptionKey is specified, so 'encryption' must be set to KMS (value: {}). Remove the key, or set "
        "encryption to RepositoryEncryption::KMS",
        encryption.value()));
  }
  std::optional<CfnRepository::EncryptionConfigurationProperty> encryptionConfiguration;
  if (encryption == RepositoryEncryption::KMS) {
    encryptionConfiguration = CfnRepository::EncryptionConfigurationProperty{.encryptionType = "KMS"};
    if (props.encryptionKey) encryptionConfiguration->kmsKey = props.encryptionKey->keyArn();
  } else if (encryption != RepositoryEncryption::AES_256) {
    fail(fmt::format("Unexpected 'encryptionType': {} (aws-cdk-lib 2.276 supports AES_256 and KMS for repositories)",
                     encryption.value()));
  }

  CfnRepositoryProps cfn;
  if (props.emptyOnDelete) cfn.emptyOnDelete = *props.emptyOnDelete;
  cfn.encryptionConfiguration = std::move(encryptionConfiguration);
  if (props.imageScanOnPush) {
    cfn.imageScanningConfiguration =
        CfnRepository::ImageScanningConfigurationProperty{.scanOnPush = *props.imageScanOnPush};
  }
  if (props.imageTagMutability) cfn.imageTagMutability = std::string(ecr::toString(*props.imageTagMutability));
  if (physicalName()) cfn.repositoryName = *physicalName();
  resource_ = &make<CfnRepository>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy, {.defaultPolicy = cdk::RemovalPolicy::RETAIN});
  renderLifecyclePolicy();
  for (auto& rule : props.lifecycleRules) addLifecycleRule(std::move(rule));
  if (props.emptyOnDelete.value_or(false) && props.removalPolicy != cdk::RemovalPolicy::DESTROY) {
    fail(
        "Cannot use 'emptyOnDelete' property on a repository without setting removal policy to 'DESTROY'. Set "
        "removalPolicy = RemovalPolicy::DESTROY, or remove emptyOnDelete");
  }
  node().addValidation([this]() -> std::vector<std::string> {
    if (!policyDocument_) return {};
    return policyDocument_->validateForResourcePolicy(true);
  });
}

Repository::~Repository() = default;

cdk::Value Repository::repositoryName() const { return resource_->ref(); }
cdk::Value Repository::repositoryArn() const { return resource_->attrArn(); }
cdk::Value Repository::arnAccount() const { return cdk::Fn::select(4, cdk::Fn::split(":", repositoryArn())); }
cdk::Value Repository::arnRegion() const { return cdk::Fn::select(3, cdk::Fn::split(":", repositoryArn())); }

iam::AddToResourcePolicyResult Repository::addToResourcePolicy(const iam::PolicyStatement& statement) {
  if (!statement.resources().empty()) {
    cdk::Annotations::of(*this).addWarningV2("@aws-cdk/aws-ecr:noResourceStatements",
                                             "ECR resource policy does not allow resource statements.");
  }
  if (!policyDocument_) {
    policyDocument_ = iam::PolicyDocument();
    resource_->props().repositoryPolicyText = policyDocument_->toValue();
  }
  policyDocument_->addStatements(statement);
  return {.policyDependable = this, .statementAdded = true};
}

void Repository::addLifecycleRule(LifecycleRule rule) {
  auto fail = [this](const std::string& message) { throw cdk::ConstructError(node().path(), message); };
  if (!rule.tagStatus) {
    rule.tagStatus = rule.tagPrefixList.empty() && rule.tagPatternList.empty() ? TagStatus::ANY : TagStatus::TAGGED;
  }
  if (rule.tagStatus == TagStatus::TAGGED && rule.tagPrefixList.empty() && rule.tagPatternList.empty()) {
    fail("TagStatus.Tagged requires the specification of a tagPrefixList or a tagPatternList");
  }
  if (rule.tagStatus != TagStatus::TAGGED && (!rule.tagPrefixList.empty() || !rule.tagPatternList.empty())) {
    fail("tagPrefixList and tagPatternList can only be specified when tagStatus is set to Tagged");
  }
  if (!rule.tagPrefixList.empty() && !rule.tagPatternList.empty()) {
    fail("Both tagPrefixList and tagPatternList cannot be specified together in a rule");
  }
  for (const auto& pattern : rule.tagPatternList) {
    const auto wildcards = std::count(pattern.begin(), pattern.end(), '*');
    if (wildcards > 4) {
      fail(fmt::format("A tag pattern cannot contain more than four wildcard characters (*), pattern: {}, counts: {}",
                       pattern, wildcards));
    }
  }
  if (rule.maxImageAge.has_value() == rule.maxImageCount.has_value()) {
    fail(fmt::format(
        "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: {}. Expire images "
        "either by count or by age in one rule; use two rules for both",
        rule.maxImageAge
            ? fmt::format("maxImageAge {} and maxImageCount {}", rule.maxImageAge->toHumanString(), *rule.maxImageCount)
            : std::string("neither")));
  }
  if (rule.tagStatus == TagStatus::ANY &&
      std::any_of(lifecycleRules_.begin(), lifecycleRules_.end(),
                  [](const LifecycleRule& r) { return r.tagStatus == TagStatus::ANY; })) {
    fail("Life cycle can only have one TagStatus.Any rule");
  }
  lifecycleRules_.push_back(std::move(rule));
  renderLifecyclePolicy();
}

void Repository::renderLifecyclePolicy() {
  if (lifecycleRules_.empty() && !registryId_) return;
  CfnRepository::LifecyclePolicyProperty policy;
  if (registryId_) policy.registryId = *registryId_;
  if (!lifecycleRules_.empty()) {
    // aws-cdk-lib's orderedLifecycleRules: rules with a priority, then the others numbered after the highest
    // priority, then the ANY rule, which must come last.
    std::vector<const LifecycleRule*> prioritized;
    std::vector<const LifecycleRule*> automatic;
    std::vector<const LifecycleRule*> any;
    for (const auto& r : lifecycleRules_) {
      if (r.tagStatus == TagStatus::ANY) {
        any.push_back(&r);
      } else {
        (r.rulePriority ? prioritized : automatic).push_back(&r);
      }
    }
    if (!any.empty() && any.front()->rulePriority && !automatic.empty()) {
      throw cdk::ConstructError(node().path(),
                                "Cannot combine prioritized TagStatus.Any rule with unprioritized rules. Remove "
                                "rulePriority from the 'Any' rule.");
    }
    int next = 1;
    for (const auto* r : prioritized) next = std::max(next, *r->rulePriority + 1);
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    int maxPriority = 0;
    std::optional<int> anyPriority;
    std::vector<const LifecycleRule*> ordered = prioritized;
    ordered.insert(ordered.end(), automatic.begin(), automatic.end());
    ordered.insert(ordered.end(), any.begin(), any.end());
    for (const auto* r : ordered) {
      const int priority = r->rulePriority ? *r->rulePriority : next++;
      maxPriority = std::max(maxPriority, priority);
      if (r->tagStatus == TagStatus::ANY) anyPriority = priority;
      nlohmann::ordered_json selection;
      selection["tagStatus"] = ecr::toString(r->tagStatus.value_or(TagStatus::ANY));
      if (!r->tagPrefixList.empty()) selection["tagPrefixList"] = r->tagPrefixList;
      if (!r->tagPatternList.empty()) selection["tagPatternList"] = r->tagPatternList;
      selection["countType"] = r->maxImageAge ? "sinceImagePushed" : "imageCountMoreThan";
      selection["countNumber"] = r->maxImageAge ? r->maxImageAge->toDays() : *r->maxImageCount;
      if (r->maxImageAge) selection["countUnit"] = "days";
      nlohmann::ordered_json rendered;
      rendered["rulePriority"] = priority;
      if (r->description) rendered["description"] = *r->description;
      rendered["selection"] = std::move(selection);
      rendered["action"] = {{"type", "expire"}};
      rules.push_back(std::move(rendered));
    }
    if (anyPriority && *anyPriority != maxPriority) {
      throw cdk::ConstructError(node().path(),
                                fmt::format("TagStatus.Any rule must have highest priority, has {} which is smaller "
                                            "than {}. Give the Any rule the highest rulePriority, or none",
                                            *anyPriority, maxPriority));
    }
    nlohmann::ordered_json text;
    text["rules"] = std::move(rules);
    policy.lifecyclePolicyText = text.dump();
  }
  resource_->props().lifecyclePolicy = std::move(policy);
}

IRepository& Repository::fromRepositoryName(cdk::Construct& scope, std::string_view id,
                                            const cdk::Value& repositoryName) {
  cdk::Stack& stack = cdk::Stack::of(scope);
  return scope.make<ImportedRepository>(id, cdk::ResourceProps{}, repositoryName,
                                        arnForLocalRepository(repositoryName, scope), stack.account(), stack.region());
}

IRepository& Repository::fromRepositoryArn(cdk::Construct& scope, std::string_view id,
                                           const cdk::Value& repositoryArn) {
  if (!repositoryArn.isString()) {
    throw cdk::ConstructError(
        childPath(scope, id),
        "\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required. Use "
        "`fromRepositoryAttributes` instead");
  }
  const std::string& arn = repositoryArn.asString();
  const auto parts = arnParts(arn);
  if (parts.back().rfind("repository/", 0) != 0 || parts.size() < 6) {
    throw cdk::ConstructError(childPath(scope, id),
                              "Repository arn should be in the format "
                              "'arn:<PARTITION>:ecr:<REGION>:<ACCOUNT>:repository/<NAME>', got " +
                                  arn + ".");
  }
  const std::string name = arn.substr(arn.find('/') + 1);
  cdk::ResourceProps env;
  if (!parts[3].empty()) env.region = parts[3];
  if (!parts[4].empty()) env.account = parts[4];
  return scope.make<ImportedRepository>(id, std::move(env), cdk::Value(name), repositoryArn, cdk::Value(parts[4]),
                                        cdk::Value(parts[3]));
}

IRepository& Repository::fromRepositoryAttributes(cdk::Construct& scope, std::string_view id,
                                                  RepositoryAttributes attrs) {
  auto [account, region] = accountAndRegion(attrs.repositoryArn);
  return scope.make<ImportedRepository>(id, cdk::ResourceProps{}, std::move(attrs.repositoryName),
                                        std::move(attrs.repositoryArn), std::move(account), std::move(region));
}

cdk::Value Repository::arnForLocalRepository(const cdk::Value& repositoryName, const cdk::IConstruct& scope,
                                             const std::optional<cdk::Value>& account) {
  return cdk::Stack::of(scope).formatArn(
      {.account = account, .resource = "repository", .resourceName = repositoryName, .service = "ecr"});
}

}  // namespace cdk::ecr
