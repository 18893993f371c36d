// DynamoDB rules (cdk-nag src/rules/dynamodb).
#include <fmt/format.h>

#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

/// cdk-nag's isMatchingScalableTarget: the index of `indexNames` this scalable target scales in `dimension`, or
/// -1. An empty index name stands for the table itself.
int matchingScalableTarget(const RuleContext& c, const Resource& target, std::string_view dimension,
                           const std::string& tableLogicalId, Js tableName, const std::vector<Js>& indexNames) {
  const View& v = c.view;
  Js serviceNamespace = c.propertyOf(target, "ServiceNamespace", As::String);
  if (!serviceNamespace.is("dynamodb")) return -1;
  const std::string resourceId = v.stringify(c.propertyOf(target, "ResourceId", As::String));
  Js scalableDimension = c.propertyOf(target, "ScalableDimension", As::String);
  for (std::size_t i = 0; i < indexNames.size(); ++i) {
    std::vector<std::string> regexes;
    std::string expected;
    if (indexNames[i].is("")) {
      regexes.push_back(fmt::format("{}.*", tableLogicalId));
      if (!tableName.undefined()) regexes.push_back(fmt::format("{}.*", toJsString(tableName)));
      expected = fmt::format("dynamodb:table:{}", dimension);
    } else {
      const std::string index = toJsString(indexNames[i]);
      regexes.push_back(fmt::format("{}.*index/{}(?![\\w\\-_\\.])", tableLogicalId, index));
      if (!tableName.undefined()) {
        regexes.push_back(fmt::format("{}.*index/{}(?![\\w\\-_\\.])", toJsString(tableName), index));
      }
      expected = fmt::format("dynamodb:index:{}", dimension);
    }
    if (scalableDimension.is(expected) && regexSearch(fmt::format("{}", fmt::join(regexes, "|")), resourceId)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

R DynamoDBAutoScalingEnabled(const RuleContext& c) {
  const View& v = c.view;
  if (v.resolveResourceFromIntrinsic(c.property("BillingMode", As::String)).is("PAY_PER_REQUEST")) {
    return R::compliant();
  }
  Js empty = v.keep("");
  std::vector<Js> writeMatches{empty};
  std::vector<Js> readMatches{empty};
  const std::string tableLogicalId(c.resource.logicalId);
  Js tableName = c.property("TableName", As::String);
  Js indexes = c.property("GlobalSecondaryIndexes");
  if (isArray(indexes)) {
    for (Js index : v.iterate(indexes)) {
      Js name = v.member(index, "IndexName", As::String);
      writeMatches.push_back(name);
      readMatches.push_back(name);
    }
  }
  for (const Resource* target : c.index.ofType("AWS::ApplicationAutoScaling::ScalableTarget")) {
    const int write = matchingScalableTarget(c, *target, "WriteCapacityUnits", tableLogicalId, tableName, writeMatches);
    if (write != -1) {
      writeMatches.erase(writeMatches.begin() + write);
      continue;
    }
    const int read = matchingScalableTarget(c, *target, "ReadCapacityUnits", tableLogicalId, tableName, readMatches);
    if (read != -1) readMatches.erase(readMatches.begin() + read);
  }
  return R::of(writeMatches.empty() && readMatches.empty());
}

R DynamoDBInBackupPlan(const RuleContext& c) {
  Js tableName = c.property("TableName", As::String);
  std::string namePattern;
  if (!tableName.nullish()) namePattern = fmt::format("table/{}(?![\\w\\-_\\.])", toJsString(tableName));
  return R::of(inBackupPlan(c, c.resource.logicalId, tableName.nullish() ? nullptr : &namePattern));
}

R DynamoDBPITREnabled(const RuleContext& c) {
  Js pitr = c.property("PointInTimeRecoverySpecification");
  if (pitr.nullish()) return R::nonCompliant();
  Js enabled = c.view.resolveIfPrimitive(c.view.member(pitr, "PointInTimeRecoveryEnabled", As::Boolean));
  return R::of(truthy(enabled));
}

const Rule kDynamodbRules[] = {
    {"DynamoDBAutoScalingEnabled",
     {"AWS::DynamoDB::Table"},
     DynamoDBAutoScalingEnabled,
     "use BillingMode PAY_PER_REQUEST, or scale the read and write capacity of the table and of each global "
     "secondary index (autoScaleReadCapacity, autoScaleWriteCapacity)."},
    {"DynamoDBInBackupPlan",
     {"AWS::DynamoDB::Table"},
     DynamoDBInBackupPlan,
     "add the table to an AWS Backup plan (a BackupSelection naming it)."},
    {"DynamoDBPITREnabled",
     {"AWS::DynamoDB::Table"},
     DynamoDBPITREnabled,
     "enable point-in-time recovery (PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled)."},
};

}  // namespace

std::span<const Rule> dynamodbRules() { return kDynamodbRules; }

}  // namespace cdk::compliance::detail
