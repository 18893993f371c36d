// Record and zone behaviour beyond the fixtures: what an alias target receives, record names, private zones,
// imported zones.
#include <gtest/gtest.h>

#include "cdk/cfn/route53.hpp"
#include "cdk/route53.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace route53 = cdk::route53;
using datatest::json;

/// Records what bind received.
struct RecordingTarget : route53::IAliasRecordTarget {
  mutable const route53::IRecordSet* record = nullptr;
  mutable const route53::IHostedZone* zone = nullptr;
  route53::AliasRecordTargetConfig bind(const route53::IRecordSet& r, const route53::IHostedZone* z) const override {
    record = &r;
    zone = z;
    return {.dnsName = "lb.example.com", .evaluateTargetHealth = false, .hostedZoneId = "Z35SXDOTRQ7X7K"};
  }
};

TEST(Route53Records, AliasTargetIsBoundToTheRecordAndZone) {
  datatest::Fixture f;
  auto& zone = f.stack->make<route53::PublicHostedZone>("Zone", {.zoneName = "example.com"});
  auto target = std::make_shared<RecordingTarget>();
  auto& record = f.stack->make<route53::ARecord>(
      "Alias", {.recordName = "www", .target = route53::RecordTarget::fromAlias(target), .zone = zone});
  EXPECT_EQ(target->record, static_cast<const route53::IRecordSet*>(&record));
  EXPECT_EQ(target->zone, static_cast<const route53::IHostedZone*>(&zone));
  EXPECT_EQ(f.stack->resolve(record.domainName()), json::parse(R"({"Ref": "Alias325C5727"})"));
  const json t = datatest::synthTemplate(f.app);
  const json& props = t["Resources"]["Alias325C5727"]["Properties"];
  // evaluateTargetHealth false is written (aws-cdk-lib writes what bind returns); an alias has no TTL.
  EXPECT_EQ(
      props["AliasTarget"],
      json::parse(R"({"DNSName": "lb.example.com", "EvaluateTargetHealth": false, "HostedZoneId": "Z35SXDOTRQ7X7K"})"));
  EXPECT_EQ(props["Name"], "www.example.com.");
  EXPECT_FALSE(props.contains("TTL"));
}

TEST(Route53Records, NamesRelativeToTheZone) {
  datatest::Fixture f;
  auto& zone = route53::HostedZone::fromHostedZoneAttributes(*f.stack, "Zone",
                                                             {.hostedZoneId = "Z1", .zoneName = "example.com."});
  auto name = [&](std::string_view id, std::optional<std::string> recordName) {
    auto& r = f.stack->make<route53::ARecord>(id, {.recordName = std::move(recordName),
                                                   .target = route53::RecordTarget::fromIpAddresses({"10.0.0.1"}),
                                                   .zone = zone});
    return f.stack->resolve(*r.cfnRecordSet().props().name);
  };
  EXPECT_EQ(name("Apex", std::nullopt), "example.com.");
  EXPECT_EQ(name("Empty", ""), "example.com.");
  EXPECT_EQ(name("Relative", "api"), "api.example.com.");
  EXPECT_EQ(name("Suffixed", "api.example.com"), "api.example.com.");
  EXPECT_EQ(name("Dotted", "other.org."), "other.org.");
  EXPECT_EQ(name("ZoneName", "example.com"), "example.com.");
}

TEST(Route53Zones, PrivateZoneAndAddVpc) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& other = datatest::seedVpc(*f.stack, "Other");
  auto& zone = f.stack->make<route53::PrivateHostedZone>("Zone", {.vpc = vpc, .zoneName = "svc.local"});
  zone.addVpc(other);
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(t["Resources"]["ZoneA5DE4B68"]["Properties"]["VPCs"],
            json::parse(R"([{"VPCId": {"Ref": "VPCB9E5F0B4"}, "VPCRegion": "ap-southeast-1"},
                            {"VPCId": {"Ref": "Other34654A52"}, "VPCRegion": "ap-southeast-1"}])"));
  EXPECT_EQ(zone.zoneName(), "svc.local");
  EXPECT_TRUE(zone.hostedZoneNameServers().has_value());
}

TEST(Route53Zones, ImportsAndOptions) {
  datatest::Fixture f;
  auto& byId = route53::PublicHostedZone::fromPublicHostedZoneId(*f.stack, "ById", "Z9");
  EXPECT_EQ(f.stack->resolve(byId.hostedZoneId()), json("Z9"));
  EXPECT_FALSE(byId.hostedZoneNameServers().has_value());
  EXPECT_THROW_MSG(byId.zoneName(), cdk::ConstructError,
                   "Cannot reference `zoneName` when using `PublicHostedZone.fromPublicHostedZoneId()`");
  auto& byAttrs = route53::PublicHostedZone::fromPublicHostedZoneAttributes(
      *f.stack, "ByAttrs", {.hostedZoneId = "Z8", .zoneName = "a.org"});
  EXPECT_EQ(byAttrs.zoneName(), "a.org");
  f.stack->make<route53::HostedZone>("NoDot", {.addTrailingDot = false,
                                               .queryLogsLogGroupArn = "arn:aws:logs:us-east-1:1:log-group:x",
                                               .zoneName = "plain.org"});
  const json t = datatest::synthTemplate(f.app);
  EXPECT_EQ(
      t["Resources"]["NoDot17C40A81"]["Properties"],
      json::parse(
          R"({"Name": "plain.org", "QueryLoggingConfig": {"CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:1:log-group:x"}})"));
}

}  // namespace
