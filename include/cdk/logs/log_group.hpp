// CloudWatch Logs log groups (aws-cdk-lib's logs.ILogGroup, logs.LogGroup and logs.RetentionDays).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/removal_policy.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/grant.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"

namespace cdk::kms {
class IKey;
}

namespace cdk::logs {

class CfnLogGroup;

/// How long log events are kept, in days (aws-cdk-lib's RetentionDays). INFINITE renders no
/// RetentionInDays.
enum class RetentionDays : int {
  ONE_DAY = 1,
  THREE_DAYS = 3,
  FIVE_DAYS = 5,
  ONE_WEEK = 7,
  TWO_WEEKS = 14,
  ONE_MONTH = 30,
  TWO_MONTHS = 60,
  THREE_MONTHS = 90,
  FOUR_MONTHS = 120,
  FIVE_MONTHS = 150,
  SIX_MONTHS = 180,
  ONE_YEAR = 365,
  THIRTEEN_MONTHS = 400,
  EIGHTEEN_MONTHS = 545,
  TWO_YEARS = 731,
  THREE_YEARS = 1096,
  FIVE_YEARS = 1827,
  SIX_YEARS = 2192,
  SEVEN_YEARS = 2557,
  EIGHT_YEARS = 2922,
  NINE_YEARS = 3288,
  TEN_YEARS = 3653,
  INFINITE = 9999,
};

enum class LogGroupClass { STANDARD, INFREQUENT_ACCESS, DELIVERY };

/// "STANDARD", "INFREQUENT_ACCESS", "DELIVERY".
CDKPP_API std::string_view toString(LogGroupClass logGroupClass) noexcept;

/// A log group, created here or imported.
class CDKPP_API ILogGroup : public virtual iam::IResourceWithPolicy {
 public:
  /// { "Fn::GetAtt": [<group>, "Arn"] } for a group created here (the ARN ends with ":*").
  virtual cdk::Value logGroupArn() const = 0;
  /// { "Ref": <group> } for a group created here.
  virtual cdk::Value logGroupName() const = 0;
  /// Grants the actions on the log group (resources: the group's ARN without and with ":*").
  virtual iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) = 0;
  /// logs:CreateLogStream and logs:PutLogEvents on logGroupArn().
  virtual iam::Grant grantWrite(const iam::IGrantable& grantee) = 0;
  /// logs:FilterLogEvents, GetLogEvents, GetLogGroupFields, DescribeLogGroups, DescribeLogStreams.
  virtual iam::Grant grantRead(const iam::IGrantable& grantee) = 0;
};

struct LogGroupProps {
  /// KmsKeyId (the key's ARN).
  cdk::Handle<kms::IKey> encryptionKey{};
  std::optional<LogGroupClass> logGroupClass{};
  /// LogGroupName; default a name CloudFormation generates.
  std::optional<cdk::Value> logGroupName{};
  /// Default RETAIN (DeletionPolicy and UpdateReplacePolicy "Retain").
  cdk::RemovalPolicy removalPolicy = cdk::RemovalPolicy::RETAIN;
  /// Default TWO_YEARS (731 days), none for the DELIVERY class; INFINITE keeps events forever.
  std::optional<RetentionDays> retention{};
};

/// What created and imported log groups share: grants.
class CDKPP_API LogGroupBase : public cdk::Resource, public virtual ILogGroup {
 public:
  ~LogGroupBase() override;

  iam::Grant grant(const iam::IGrantable& grantee, const std::vector<std::string>& actions) override;
  iam::Grant grantWrite(const iam::IGrantable& grantee) override;
  iam::Grant grantRead(const iam::IGrantable& grantee) override;
  /// Resource policies of log groups (AWS::Logs::ResourcePolicy) are not supported yet: returns
  /// statementAdded = false, so grants to principals without an identity policy fail (Grant::success()).
  iam::AddToResourcePolicyResult addToResourcePolicy(const iam::PolicyStatement& statement) override;

 protected:
  LogGroupBase(cdk::Construct& scope, std::string_view id, cdk::ResourceProps props = {});

 private:
  iam::Grant grantOn(const iam::IGrantable& grantee, const std::vector<std::string>& actions,
                     std::vector<cdk::Value> resourceArns);
};

/// AWS::Logs::LogGroup (child "Resource").
class CDKPP_API LogGroup : public LogGroupBase {
 public:
  using Props = LogGroupProps;

  /// Throws cdk::ConstructError for a retention of zero or fewer days, or a retention with the DELIVERY
  /// class, with aws-cdk-lib's messages.
  LogGroup(cdk::Construct& scope, std::string_view id, LogGroupProps props = {});
  ~LogGroup() override;

  /// An existing log group by ARN (":*" at the end is optional).
  static ILogGroup& fromLogGroupArn(cdk::Construct& scope, std::string_view id, std::string_view logGroupArn);
  /// An existing log group of the stack's account and region by name.
  static ILogGroup& fromLogGroupName(cdk::Construct& scope, std::string_view id, cdk::Value logGroupName);

  cdk::Value logGroupArn() const override;
  cdk::Value logGroupName() const override;
  CfnLogGroup& cfnLogGroup() const noexcept { return *resource_; }

 private:
  CfnLogGroup* resource_ = nullptr;
};

}  // namespace cdk::logs
