#include "cdk/sns/topic.hpp"

#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/sns.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/names.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::sns {

namespace {

/// The id of a subscription whose subscriber id is a token: "TokenSubscription:<n>", one above the highest
/// below the scope.
std::string nextTokenId(const cdk::Construct& scope) {
  int next = 1;
  constexpr std::string_view prefix = "TokenSubscription:";
  for (const cdk::Construct* construct : scope.node().findAll()) {
    const std::string& id = construct->node().id();
    const std::size_t at = id.find(prefix);
    if (at == std::string::npos) continue;
    std::size_t end = at + prefix.size();
    int number = 0;
    bool digits = false;
    while (end < id.size() && id[end] >= '0' && id[end] <= '9') {
      number = number * 10 + (id[end++] - '0');
      digits = true;
    }
    if (digits && number >= next) next = number + 1;
  }
  return fmt::format("TokenSubscription:{}", next);
}

iam::PolicyStatement sslStatement(const cdk::Value& topicArn) {
  return iam::PolicyStatement({.actions = {"sns:Publish"},
                               .conditions = {{"Bool", cdk::Value::map({{"aws:SecureTransport", "false"}})}},
                               .effect = iam::Effect::DENY,
                               .principals = {std::make_shared<iam::StarPrincipal>()},
                               .resources = {topicArn},
                               .sid = "AllowPublishThroughSSLOnly"});
}

/// A topic of another app or stack.
class ImportedTopic final : public TopicBase {
 public:
  ImportedTopic(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props, cdk::Value arn, cdk::Value name,
                bool fifo, bool contentBasedDeduplication, const std::optional<std::string>& keyArn)
      : TopicBase(scope, id, false, std::move(props)),
        arn_(std::move(arn)),
        name_(std::move(name)),
        fifo_(fifo),
        contentBasedDeduplication_(contentBasedDeduplication) {
    if (keyArn) key_ = &kms::Key::fromKeyArn(*this, "Key", cdk::Value(*keyArn));
  }
  cdk::Value topicArn() const override { return arn_; }
  cdk::Value topicName() const override { return name_; }
  bool fifo() const override { return fifo_; }
  bool contentBasedDeduplication() const override { return contentBasedDeduplication_; }
  kms::IKey* masterKey() const override { return key_; }

 private:
  cdk::Value arn_;
  cdk::Value name_;
  bool fifo_;
  bool contentBasedDeduplication_;
  kms::IKey* key_ = nullptr;
};

}  // namespace

// --- TopicBase ------------------------------------------------------------------------------------------

TopicBase::TopicBase(cdk::Construct& scope, std::string_view id, bool autoCreatePolicy, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)), autoCreatePolicy_(autoCreatePolicy) {
  node().addValidation([this]() -> std::vector<std::string> {
    if (!policy_) return {};
    return policy_->document().validateForResourcePolicy();
  });
}

TopicBase::~TopicBase() = default;

Subscription& TopicBase::addSubscription(const ITopicSubscription& subscription) {
  TopicSubscriptionConfig config = subscription.bind(*this);
  cdk::Construct& scope = config.subscriberScope ? *config.subscriberScope : static_cast<cdk::Construct&>(*this);
  std::string id;
  if (config.subscriberId.isString()) {
    id = config.subscriberId.asString();
  } else {
    id = nextTokenId(scope);
  }
  // The construct id as the tree stores it ('/' becomes "--"), to find an existing subscription.
  std::string stored = id;
  for (std::size_t at = stored.find('/'); at != std::string::npos; at = stored.find('/', at + 2)) {
    stored.replace(at, 1, "--");
  }
  if (scope.node().tryFindChild(stored)) {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("A subscription with id \"{}\" already exists under the scope {}: subscribe "
                                          "each endpoint once",
                                          id, scope.node().path()));
  }
  auto& created =
      scope.make<Subscription>(id, SubscriptionProps{.endpoint = std::move(config.endpoint),
                                                     .protocol = config.protocol,
                                                     .rawMessageDelivery = config.rawMessageDelivery,
                                                     .region = std::move(config.region),
                                                     .subscriptionRoleArn = std::move(config.subscriptionRoleArn),
                                                     .topic = *this});
  if (config.subscriptionDependency) created.node().addDependency(*config.subscriptionDependency);
  return created;
}

void TopicBase::createTopicPolicy() {
  if (!policy_ && autoCreatePolicy_) policy_ = &make<TopicPolicy>("Policy", TopicPolicyProps{.topics = {*this}});
}

iam::AddToResourcePolicyResult TopicBase::addToResourcePolicy(const iam::PolicyStatement& statement) {
  createTopicPolicy();
  if (!policy_) return {.statementAdded = false};
  policy_->document().addStatements(statement);
  return {.policyDependable = policy_, .statementAdded = true};
}

void TopicBase::addSSLPolicy() {
  createTopicPolicy();
  if (policy_) policy_->document().addStatements(sslStatement(topicArn()));
}

iam::Grant TopicBase::grantPublish(const iam::IGrantable& grantee) {
  iam::Grant grant = iam::Grant::addToPrincipalOrResource(
      {.actions = {"sns:Publish"}, .grantee = grantee, .resource = *this, .resourceArns = {topicArn()}});
  if (kms::IKey* key = masterKey()) key->grant(grantee, {"kms:Decrypt", "kms:GenerateDataKey*"});
  return grant;
}

iam::Grant TopicBase::grantSubscribe(const iam::IGrantable& grantee) {
  return iam::Grant::addToPrincipalOrResource(
      {.actions = {"sns:Subscribe"}, .grantee = grantee, .resource = *this, .resourceArns = {topicArn()}});
}

// --- Topic ----------------------------------------------------------------------------------------------

namespace {

std::optional<cdk::Value> nameValue(const std::optional<std::string>& name) {
  if (!name) return std::nullopt;
  return cdk::Value(*name);
}

}  // namespace

Topic::Topic(cdk::Construct& scope, std::string_view id, TopicProps props)
    : TopicBase(scope, id, true, {.physicalName = nameValue(props.topicName)}),
      fifo_(props.fifo.value_or(false)),
      contentBasedDeduplication_(props.contentBasedDeduplication.value_or(false)),
      masterKey_(props.masterKey) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (props.contentBasedDeduplication.value_or(false) && !fifo_) {
    fail(
        "Content based deduplication can only be enabled for FIFO SNS topics. Set fifo = true or remove "
        "contentBasedDeduplication");
  }
  if (props.messageRetentionPeriodInDays && !fifo_) {
    fail("`messageRetentionPeriodInDays` is only valid for FIFO SNS topics. Set fifo = true or remove it");
  }
  if (props.messageRetentionPeriodInDays &&
      (*props.messageRetentionPeriodInDays < 1 || *props.messageRetentionPeriodInDays > 365)) {
    fail(fmt::format("`messageRetentionPeriodInDays` must be an integer between 1 and 365 (got {})",
                     *props.messageRetentionPeriodInDays));
  }
  std::optional<cdk::Value> topicName = physicalName();
  if (fifo_ && props.topicName && !props.topicName->ends_with(".fifo")) {
    topicName = cdk::Value(*props.topicName + ".fifo");
  } else if (fifo_ && !props.topicName) {
    topicName = cdk::Value(cdk::Names::uniqueResourceName(*this, {.maxLength = 251, .separator = "-"}) + ".fifo");
  }
  if (props.signatureVersion && *props.signatureVersion != "1" && *props.signatureVersion != "2") {
    fail(fmt::format("signatureVersion must be \"1\" or \"2\", received: \"{}\"", *props.signatureVersion));
  }
  if (props.displayName) {
    std::size_t length = 0;
    for (unsigned char c : *props.displayName) length += (c & 0xC0) != 0x80 ? 1 : 0;
    if (length > 100) {
      fail(fmt::format("displayName must be less than or equal to 100 characters, got {}", length));
    }
  }

  CfnTopicProps cfn;
  if (props.messageRetentionPeriodInDays) {
    cfn.archivePolicy = cdk::Value::map({{"MessageRetentionPeriod", *props.messageRetentionPeriodInDays}});
  }
  if (props.contentBasedDeduplication) cfn.contentBasedDeduplication = *props.contentBasedDeduplication;
  if (props.displayName) cfn.displayName = *props.displayName;
  if (props.fifo) cfn.fifoTopic = *props.fifo;
  if (props.masterKey) cfn.kmsMasterKeyId = props.masterKey->keyArn();
  if (props.signatureVersion) cfn.signatureVersion = *props.signatureVersion;
  cfn.topicName = std::move(topicName);
  resource_ = &make<CfnTopic>("Resource", std::move(cfn));
  if (props.enforceSSL.value_or(false)) addSSLPolicy();
}

Topic::~Topic() = default;

cdk::Value Topic::topicArn() const { return resource_->ref(); }

cdk::Value Topic::topicName() const { return resource_->getAtt("TopicName"); }

ITopic& Topic::fromTopicArn(cdk::Construct& scope, std::string_view id, std::string topicArn) {
  return fromTopicAttributes(scope, id, {.topicArn = std::move(topicArn)});
}

ITopic& Topic::fromTopicAttributes(cdk::Construct& scope, std::string_view id, TopicAttributes attributes) {
  // arn:<partition>:sns:<region>:<account>:<name>
  std::vector<std::string> parts;
  for (std::size_t start = 0;;) {
    const std::size_t colon = attributes.topicArn.find(':', start);
    parts.push_back(attributes.topicArn.substr(start, colon - start));
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 6 || parts[0] != "arn") {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("'{}' is not a topic ARN: give arn:<partition>:sns:<region>:<account>:<name>",
                                          attributes.topicArn));
  }
  const std::string name = parts[5];
  const bool fifo = name.ends_with(".fifo");
  if (attributes.contentBasedDeduplication && !fifo) {
    throw cdk::ConstructError(scope.node().path(),
                              "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics. "
                              "Remove contentBasedDeduplication or give the ARN of a FIFO topic");
  }
  cdk::ResourceProps env;
  if (!parts[4].empty()) env.account = parts[4];
  if (!parts[3].empty()) env.region = parts[3];
  return scope.make<ImportedTopic>(id, std::move(env), cdk::Value(attributes.topicArn), cdk::Value(name), fifo,
                                   attributes.contentBasedDeduplication, attributes.keyArn);
}

}  // namespace cdk::sns
