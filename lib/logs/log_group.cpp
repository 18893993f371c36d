#include "cdk/logs/log_group.hpp"

#include <fmt/format.h>

#include "cdk/cfn/logs.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/kms/key.hpp"

namespace cdk::logs {

constexpr auto kLogGroupClassNames = cdk::enumNames<LogGroupClass>({
    {LogGroupClass::STANDARD, "STANDARD"},
    {LogGroupClass::INFREQUENT_ACCESS, "INFREQUENT_ACCESS"},
    {LogGroupClass::DELIVERY, "DELIVERY"},
});
std::string_view toString(LogGroupClass logGroupClass) noexcept {
  return cdk::nameOf(kLogGroupClassNames, logGroupClass);
}

namespace {

/// An imported log group.
class ImportedLogGroup final : public LogGroupBase {
 public:
  ImportedLogGroup(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props, cdk::Value arn,
                   cdk::Value name)
      : LogGroupBase(scope, id, std::move(props)), arn_(std::move(arn)), name_(std::move(name)) {}
  cdk::Value logGroupArn() const override { return arn_; }
  cdk::Value logGroupName() const override { return name_; }

 private:
  cdk::Value arn_;
  cdk::Value name_;
};

std::string stripStreamSuffix(std::string_view arn) {
  if (arn.size() >= 2 && arn.substr(arn.size() - 2) == ":*") arn.remove_suffix(2);
  return std::string(arn);
}

}  // namespace

// ------------------------------------------------------------------------------------------------ LogGroupBase

LogGroupBase::LogGroupBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props)
    : cdk::Resource(scope, id, std::move(props)) {}

LogGroupBase::~LogGroupBase() = default;

iam::Grant LogGroupBase::grantOn(const iam::IGrantable& grantee, const std::vector<std::string>& actions,
                                 std::vector<cdk::Value> resourceArns) {
  return iam::Grant::addToPrincipalOrResource(
      {.actions = actions, .grantee = grantee, .resource = *this, .resourceArns = std::move(resourceArns)});
}

iam::Grant LogGroupBase::grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) {
  // The ARN without the ":*" stream suffix, and the ARN itself.
  const cdk::Value arn = logGroupArn();
  cdk::Value withoutSuffix;
  if (arn.isString()) {
    withoutSuffix = stripStreamSuffix(arn.asString());
  } else {
    withoutSuffix = cdk::Stack::of(*this).formatArn({.account = env().account,
                                                     .arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                     .region = env().region,
                                                     .resource = "log-group",
                                                     .resourceName = logGroupName(),
                                                     .service = "logs"});
  }
  return grantOn(grantee, actions, {withoutSuffix, arn});
}

iam::Grant LogGroupBase::grantWrite(const iam::IGrantable& grantee) {
  return grantOn(grantee, {"logs:CreateLogStream", "logs:PutLogEvents"}, {logGroupArn()});
}

iam::Grant LogGroupBase::grantRead(const iam::IGrantable& grantee) {
  return grant(grantee, {"logs:FilterLogEvents", "logs:GetLogEvents", "logs:GetLogGroupFields",
                         "logs:DescribeLogGroups", "logs:DescribeLogStreams"});
}

iam::AddToResourcePolicyResult LogGroupBase::addToResourcePolicy(const iam::PolicyStatement&) { return {}; }

// ------------------------------------------------------------------------------------------------ LogGroup

LogGroup::LogGroup(cdk::Construct& scope, std::string_view id, LogGroupProps props)
    : LogGroupBase(scope, id, {.physicalName = props.logGroupName}) {
  const bool delivery = props.logGroupClass == LogGroupClass::DELIVERY;
  if (delivery && props.retention) {
    throw cdk::ConstructError(node().path(),
                              "retention is not supported for a log group with logGroupClass DELIVERY; remove "
                              "retention or use a different LogGroupClass");
  }
  std::optional<int> retentionInDays;
  if (props.retention) {
    retentionInDays = static_cast<int>(*props.retention);
  } else if (!delivery) {
    retentionInDays = static_cast<int>(RetentionDays::TWO_YEARS);
  }
  if (retentionInDays == static_cast<int>(RetentionDays::INFINITE)) retentionInDays.reset();
  if (retentionInDays && *retentionInDays <= 0) {
    throw cdk::ConstructError(node().path(), fmt::format("retentionInDays must be positive, got {}", *retentionInDays));
  }

  CfnLogGroupProps cfn;
  if (props.encryptionKey) cfn.kmsKeyId = props.encryptionKey->keyArn();
  if (props.logGroupClass) cfn.logGroupClass = std::string(logs::toString(*props.logGroupClass));
  if (props.logGroupName) cfn.logGroupName = *props.logGroupName;
  if (retentionInDays) cfn.retentionInDays = *retentionInDays;
  resource_ = &make<CfnLogGroup>("Resource", std::move(cfn));
  resource_->applyRemovalPolicy(props.removalPolicy);
}

LogGroup::~LogGroup() = default;

ILogGroup& LogGroup::fromLogGroupArn(cdk::Construct& scope, std::string_view id, std::string_view logGroupArn) {
  const std::string base = stripStreamSuffix(logGroupArn);
  // arn:<partition>:logs:<region>:<account>:log-group:<name>
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= base.size(); ++i) {
    if (i == base.size() || base[i] == ':') {
      parts.push_back(base.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() < 7 || parts[0] != "arn") {
    throw cdk::ConstructError(scope.node().path(),
                              fmt::format("'{}' is not a log group ARN: expected "
                                          "arn:<partition>:logs:<region>:<account>:log-group:<name>",
                                          logGroupArn));
  }
  std::string name = parts[6];
  for (std::size_t i = 7; i < parts.size(); ++i) name += ":" + parts[i];
  cdk::ResourceProps props;
  if (!parts[3].empty()) props.region = parts[3];
  if (!parts[4].empty()) props.account = parts[4];
  return scope.make<ImportedLogGroup>(id, std::move(props), cdk::Value(base + ":*"), cdk::Value(std::move(name)));
}

ILogGroup& LogGroup::fromLogGroupName(cdk::Construct& scope, std::string_view id, cdk::Value logGroupName) {
  cdk::Value arn = cdk::Stack::of(scope).formatArn({.arnFormat = cdk::ArnFormat::COLON_RESOURCE_NAME,
                                                    .resource = "log-group",
                                                    .resourceName = logGroupName + ":*",
                                                    .service = "logs"});
  return scope.make<ImportedLogGroup>(id, cdk::ResourceProps{}, std::move(arn), std::move(logGroupName));
}

cdk::Value LogGroup::logGroupArn() const { return resource_->attrArn(); }
cdk::Value LogGroup::logGroupName() const { return resource_->ref(); }

}  // namespace cdk::logs
