#include "cdk/route53/hosted_zone.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "cdk/cfn/route53.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/ec2/vpc.hpp"

namespace cdk::route53 {
namespace {

/// aws-cdk-lib's validateZoneName.
void validateZoneName(const std::string& path, const std::string& zoneName) {
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (zoneName.size() > 255) fail("zone name cannot be more than 255 bytes long; shorten the zone name");
  std::size_t labelStart = 0;
  for (std::size_t i = 0; i <= zoneName.size(); ++i) {
    if (i == zoneName.size() || zoneName[i] == '.') {
      if (i - labelStart > 63) {
        fail("zone name labels cannot be more than 63 bytes long (label '" +
             zoneName.substr(labelStart, i - labelStart) + "')");
      }
      labelStart = i + 1;
    }
  }
  static const std::string symbols = "!\"#$%&'()*+,/:;<=>?@[\\]^_`{|}~.-";
  const bool valid = !zoneName.empty() && std::all_of(zoneName.begin(), zoneName.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || symbols.find(c) != std::string::npos;
  });
  if (!valid) {
    fail(
        "zone names can only contain a-z, 0-9, -, ! \" # $ % & ' ( ) * + , - / : ; < = > ? @ [  ] ^ _ ` { | } ~ . "
        "(got '" +
        zoneName + "')");
  }
}

cdk::Value zoneArn(const cdk::IConstruct& scope, const cdk::Value& hostedZoneId) {
  return cdk::Stack::of(scope).formatArn({.account = cdk::Value(""),
                                          .region = cdk::Value(""),
                                          .resource = "hostedzone",
                                          .resourceName = hostedZoneId,
                                          .service = "route53"});
}

/// A zone made elsewhere. Without a name, zoneName() throws as aws-cdk-lib's getter does.
class ImportedHostedZone final : public cdk::Resource, public virtual IPublicHostedZone {
 public:
  ImportedHostedZone(cdk::Construct& scope, std::string_view id, cdk::Value hostedZoneId,
                     std::optional<std::string> zoneName, std::string importMethod)
      : cdk::Resource(scope, id),
        hostedZoneId_(std::move(hostedZoneId)),
        zoneName_(std::move(zoneName)),
        importMethod_(std::move(importMethod)) {}

  cdk::Value hostedZoneId() const override { return hostedZoneId_; }
  std::string zoneName() const override {
    if (!zoneName_) {
      throw cdk::ConstructError(
          node().path(), "Cannot reference `zoneName` when using `" + importMethod_ +
                             "()`. A construct consuming this hosted zone may be trying to reference its `zoneName`. "
                             "If this is the case, use `fromHostedZoneAttributes()` or `fromLookup()` instead.");
    }
    return *zoneName_;
  }
  cdk::Value hostedZoneArn() const override { return zoneArn(*this, hostedZoneId_); }
  std::optional<cdk::ValueList> hostedZoneNameServers() const override { return std::nullopt; }

 private:
  cdk::Value hostedZoneId_;
  std::optional<std::string> zoneName_;
  std::string importMethod_;
};

}  // namespace

// ------------------------------------------------------------------------------------------------ HostedZone

HostedZone::HostedZone(cdk::Construct& scope, std::string_view id, HostedZoneProps props)
    : cdk::Resource(scope, id), zoneName_(props.zoneName) {
  validateZoneName(node().path(), props.zoneName);
  const bool dotted = !props.zoneName.empty() && props.zoneName.back() == '.';
  CfnHostedZoneProps cfn;
  if (props.comment) cfn.hostedZoneConfig = CfnHostedZone::HostedZoneConfigProperty{.comment = *props.comment};
  cfn.name = !props.addTrailingDot || dotted ? props.zoneName : props.zoneName + ".";
  if (props.queryLogsLogGroupArn) {
    cfn.queryLoggingConfig =
        CfnHostedZone::QueryLoggingConfigProperty{.cloudWatchLogsLogGroupArn = *props.queryLogsLogGroupArn};
  }
  resource_ = &make<CfnHostedZone>("Resource", std::move(cfn));
  for (const auto& vpc : props.vpcs) {
    if (!vpc) throw cdk::ConstructError(node().path(), "vpcs holds an empty handle; pass the VPCs of the zone");
    addVpc(*vpc);
  }
}

HostedZone::~HostedZone() = default;

IHostedZone& HostedZone::fromHostedZoneId(cdk::Construct& scope, std::string_view id, const cdk::Value& hostedZoneId) {
  return scope.make<ImportedHostedZone>(id, hostedZoneId, std::nullopt, "HostedZone.fromHostedZoneId");
}

IHostedZone& HostedZone::fromHostedZoneAttributes(cdk::Construct& scope, std::string_view id,
                                                  HostedZoneAttributes attrs) {
  return scope.make<ImportedHostedZone>(id, std::move(attrs.hostedZoneId), std::move(attrs.zoneName),
                                        "HostedZone.fromHostedZoneAttributes");
}

cdk::Value HostedZone::hostedZoneId() const { return resource_->ref(); }
cdk::Value HostedZone::hostedZoneArn() const { return zoneArn(*this, hostedZoneId()); }
std::optional<cdk::ValueList> HostedZone::hostedZoneNameServers() const { return resource_->attrNameServers(); }

void HostedZone::addVpc(ec2::IVpc& vpc) {
  auto& vpcs = resource_->props().vpcs;
  if (!vpcs) vpcs.emplace();
  vpcs->push_back({.vpcId = vpc.vpcId(), .vpcRegion = vpc.env().region});
}

// ------------------------------------------------------------------------------------------------ PublicHostedZone

PublicHostedZone::PublicHostedZone(cdk::Construct& scope, std::string_view id, PublicHostedZoneProps props)
    : HostedZone(scope, id,
                 {.addTrailingDot = props.addTrailingDot,
                  .comment = std::move(props.comment),
                  .queryLogsLogGroupArn = std::move(props.queryLogsLogGroupArn),
                  .zoneName = std::move(props.zoneName)}) {}

PublicHostedZone::~PublicHostedZone() = default;

IPublicHostedZone& PublicHostedZone::fromPublicHostedZoneId(cdk::Construct& scope, std::string_view id,
                                                            const cdk::Value& publicHostedZoneId) {
  return scope.make<ImportedHostedZone>(id, publicHostedZoneId, std::nullopt,
                                        "PublicHostedZone.fromPublicHostedZoneId");
}

IPublicHostedZone& PublicHostedZone::fromPublicHostedZoneAttributes(cdk::Construct& scope, std::string_view id,
                                                                    HostedZoneAttributes attrs) {
  return scope.make<ImportedHostedZone>(id, std::move(attrs.hostedZoneId), std::move(attrs.zoneName),
                                        "PublicHostedZone.fromPublicHostedZoneAttributes");
}

void PublicHostedZone::addVpc(ec2::IVpc&) {
  throw cdk::ConstructError(node().path(),
                            "Cannot associate public hosted zones with a VPC: use a PrivateHostedZone (or a HostedZone "
                            "with vpcs) for names served inside a VPC");
}

// ------------------------------------------------------------------------------------------------ PrivateHostedZone

PrivateHostedZone::PrivateHostedZone(cdk::Construct& scope, std::string_view id, PrivateHostedZoneProps props)
    : HostedZone(scope, id,
                 {.addTrailingDot = props.addTrailingDot,
                  .comment = std::move(props.comment),
                  .queryLogsLogGroupArn = std::move(props.queryLogsLogGroupArn),
                  .zoneName = std::move(props.zoneName)}) {
  if (!props.vpc) throw cdk::ConstructError(node().path(), "PrivateHostedZone needs a VPC: pass vpc = <the VPC>");
  addVpc(*props.vpc);
}

PrivateHostedZone::~PrivateHostedZone() = default;

}  // namespace cdk::route53
