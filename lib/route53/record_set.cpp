#include "cdk/route53/record_set.hpp"

#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/cfn/route53.hpp"
#include "cdk/core/annotations.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/names.hpp"
#include "cdk/route53/hosted_zone.hpp"

namespace cdk::route53 {

constexpr auto kRecordTypeNames = cdk::enumNames<RecordType>({
    {RecordType::A, "A"},
    {RecordType::AAAA, "AAAA"},
    {RecordType::CAA, "CAA"},
    {RecordType::CNAME, "CNAME"},
    {RecordType::DS, "DS"},
    {RecordType::HTTPS, "HTTPS"},
    {RecordType::MX, "MX"},
    {RecordType::NAPTR, "NAPTR"},
    {RecordType::NS, "NS"},
    {RecordType::PTR, "PTR"},
    {RecordType::SOA, "SOA"},
    {RecordType::SPF, "SPF"},
    {RecordType::SRV, "SRV"},
    {RecordType::SSHFP, "SSHFP"},
    {RecordType::SVCB, "SVCB"},
    {RecordType::TLSA, "TLSA"},
    {RecordType::TXT, "TXT"},
});
std::string_view toString(RecordType type) noexcept { return cdk::nameOf(kRecordTypeNames, type); }

RecordTarget RecordTarget::fromValues(std::vector<cdk::Value> values) {
  RecordTarget target;
  target.values_ = std::move(values);
  return target;
}

RecordTarget RecordTarget::fromIpAddresses(std::vector<std::string> ipAddresses) {
  return fromValues(std::vector<cdk::Value>(ipAddresses.begin(), ipAddresses.end()));
}

RecordTarget RecordTarget::fromAlias(std::shared_ptr<const IAliasRecordTarget> aliasTarget) {
  RecordTarget target;
  target.aliasTarget_ = std::move(aliasTarget);
  return target;
}

namespace {

/// aws-cdk-lib's determineFullyQualifiedDomainName.
std::string fullyQualifiedName(const std::string& providedName, const std::string& zoneName) {
  if (!providedName.empty() && providedName.back() == '.') return providedName;
  const std::string zone =
      !zoneName.empty() && zoneName.back() == '.' ? zoneName.substr(0, zoneName.size() - 1) : zoneName;
  const std::string suffix = "." + zone;
  const bool endsWithZone = providedName.size() >= suffix.size() &&
                            providedName.compare(providedName.size() - suffix.size(), suffix.size(), suffix) == 0;
  return endsWithZone || providedName == zone ? providedName + "." : providedName + suffix + ".";
}

/// aws-cdk-lib's formatTxt: JSON-quoted strings of at most 255 characters, one after the other.
std::string formatTxt(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += 255) out += nlohmann::json(text.substr(i, 255)).dump();
  return out;
}

}  // namespace

RecordSet::RecordSet(cdk::Construct& scope, std::string_view id, RecordSetProps props) : cdk::Resource(scope, id) {
  auto fail = [this](const std::string& message) { throw cdk::ConstructError(node().path(), message); };
  if (!props.zone) fail("a record needs a zone: pass zone = <the hosted zone>");
  if (!props.recordType) fail("a RecordSet needs a recordType, e.g. RecordType::A");
  const bool alias = static_cast<bool>(props.target.aliasTarget());
  if (!alias && !props.target.values()) {
    fail("a record needs a target: RecordTarget::fromIpAddresses(...), fromValues(...) or fromAlias(...)");
  }
  if (props.weight && (*props.weight < 0 || *props.weight > 255)) {
    fail(fmt::format("weight must be between 0 and 255 inclusive, got: {}", *props.weight));
  }
  if (props.setIdentifier && (props.setIdentifier->empty() || props.setIdentifier->size() > 128)) {
    fail(fmt::format("setIdentifier must be between 1 and 128 characters long, got: {}", props.setIdentifier->size()));
  }
  if (props.setIdentifier && !props.weight && !props.region && !props.multiValueAnswer.value_or(false)) {
    fail(
        "setIdentifier can only be specified for non-simple routing policies: add weight, region or "
        "multiValueAnswer, or remove setIdentifier");
  }
  if (props.multiValueAnswer.value_or(false) && alias) fail("multiValueAnswer cannot be specified for alias record");
  if (static_cast<int>(props.region.has_value()) + static_cast<int>(props.weight.has_value()) +
          static_cast<int>(props.multiValueAnswer.has_value()) >
      1) {
    fail("Only one of region, weight, multiValueAnswer, geoLocation, cidrRoutingConfig, or failover can be defined");
  }

  if (alias && props.ttl) {
    cdk::Annotations::of(*this).addWarningV2("aws-cdk-lib/aws-route53:ttlIgnored",
                                             "Ignoring ttl since 'target' uses an alias target");
  }
  const IHostedZone& zone = *props.zone;
  CfnRecordSetProps cfn;
  if (alias) {
    const AliasRecordTargetConfig config = props.target.aliasTarget()->bind(*this, &zone);
    CfnRecordSet::AliasTargetProperty target{.dnsName = config.dnsName, .hostedZoneId = config.hostedZoneId};
    if (config.evaluateTargetHealth) target.evaluateTargetHealth = *config.evaluateTargetHealth;
    cfn.aliasTarget = std::move(target);
  } else {
    cfn.resourceRecords = cdk::ValueList(*props.target.values());
    cfn.ttl = std::to_string(props.ttl ? props.ttl->toSeconds() : 1800);
  }
  if (props.comment) cfn.comment = *props.comment;
  cfn.hostedZoneId = zone.hostedZoneId();
  if (props.multiValueAnswer) cfn.multiValueAnswer = *props.multiValueAnswer;
  cfn.name = fullyQualifiedName(props.recordName && !props.recordName->empty() ? *props.recordName : zone.zoneName(),
                                zone.zoneName());
  if (props.region) cfn.region = *props.region;
  if (auto identifier = props.setIdentifier ? props.setIdentifier : configureSetIdentifier(props)) {
    cfn.setIdentifier = *identifier;
  }
  cfn.type = std::string(route53::toString(*props.recordType));
  if (props.weight) cfn.weight = *props.weight;
  resource_ = &make<CfnRecordSet>("Resource", std::move(cfn));
}

RecordSet::~RecordSet() = default;

cdk::Value RecordSet::domainName() const { return resource_->ref(); }

std::optional<std::string> RecordSet::configureSetIdentifier(const RecordSetProps& props) const {
  auto identifier = [this](const std::string& prefix) {
    return prefix + cdk::Names::uniqueResourceName(*this, {.maxLength = 64 - prefix.size()});
  };
  if (props.weight) return identifier(fmt::format("WEIGHT_{}_ID_", *props.weight));
  if (props.region) return identifier("REGION_" + *props.region + "_ID_");
  if (props.multiValueAnswer.value_or(false)) return identifier("MVA_ID_");
  return std::nullopt;
}

ARecord::ARecord(cdk::Construct& scope, std::string_view id, ARecordProps props)
    : RecordSet(scope, id,
                {.comment = std::move(props.comment),
                 .multiValueAnswer = props.multiValueAnswer,
                 .recordName = std::move(props.recordName),
                 .recordType = RecordType::A,
                 .region = std::move(props.region),
                 .setIdentifier = std::move(props.setIdentifier),
                 .target = std::move(props.target),
                 .ttl = props.ttl,
                 .weight = props.weight,
                 .zone = props.zone}) {}

AaaaRecord::AaaaRecord(cdk::Construct& scope, std::string_view id, ARecordProps props)
    : RecordSet(scope, id,
                {.comment = std::move(props.comment),
                 .multiValueAnswer = props.multiValueAnswer,
                 .recordName = std::move(props.recordName),
                 .recordType = RecordType::AAAA,
                 .region = std::move(props.region),
                 .setIdentifier = std::move(props.setIdentifier),
                 .target = std::move(props.target),
                 .ttl = props.ttl,
                 .weight = props.weight,
                 .zone = props.zone}) {}

CnameRecord::CnameRecord(cdk::Construct& scope, std::string_view id, CnameRecordProps props)
    : RecordSet(scope, id,
                {.comment = std::move(props.comment),
                 .multiValueAnswer = props.multiValueAnswer,
                 .recordName = std::move(props.recordName),
                 .recordType = RecordType::CNAME,
                 .region = std::move(props.region),
                 .setIdentifier = std::move(props.setIdentifier),
                 .target = RecordTarget::fromValues({std::move(props.domainName)}),
                 .ttl = props.ttl,
                 .weight = props.weight,
                 .zone = props.zone}) {}

TxtRecord::TxtRecord(cdk::Construct& scope, std::string_view id, TxtRecordProps props)
    : RecordSet(scope, id, [&props] {
        std::vector<cdk::Value> values;
        for (const auto& v : props.values) values.emplace_back(formatTxt(v));
        return RecordSetProps{.comment = std::move(props.comment),
                              .multiValueAnswer = props.multiValueAnswer,
                              .recordName = std::move(props.recordName),
                              .recordType = RecordType::TXT,
                              .region = std::move(props.region),
                              .setIdentifier = std::move(props.setIdentifier),
                              .target = RecordTarget::fromValues(std::move(values)),
                              .ttl = props.ttl,
                              .weight = props.weight,
                              .zone = props.zone};
      }()) {}

}  // namespace cdk::route53
