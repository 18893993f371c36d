// Bad input: aws-cdk-lib's errors (tests/route53/fixtures/route53-error-*.error.txt, the programs of
// route53-errors.ts) and the routing checks of RecordSet, each a cdk::ConstructError with path and remedy.
#include <gtest/gtest.h>

#include "cdk/route53.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace route53 = cdk::route53;
using cdk::Stack;
using cdkpp_test::expectAwsError;
using cdkpp_test::expectBuildError;

TEST(Route53Errors, ZoneNames) {
  // aws-cdk-lib's zone name errors have no path (UnscopedValidationError); cdkpp names the zone.
  expectBuildError(
      [](Stack& s) { s.make<route53::PublicHostedZone>("Zone", {.zoneName = std::string(64, 'a') + ".example.com"}); },
      "TapStackdev/Zone", cdkpp_test::awsError("route53", "route53-error-zone-label-too-long").message);
  expectBuildError([](Stack& s) { s.make<route53::PublicHostedZone>("Zone", {.zoneName = "bad zone.example.com"}); },
                   "TapStackdev/Zone", cdkpp_test::awsError("route53", "route53-error-zone-characters").message);
  expectBuildError([](Stack& s) { s.make<route53::HostedZone>("Zone", {.zoneName = std::string(256, 'a')}); },
                   "TapStackdev/Zone", "zone name cannot be more than 255 bytes long");
}

TEST(Route53Errors, PublicZoneHasNoVpc) {
  expectAwsError("route53", "route53-error-public-zone-vpc", [](Stack& s) {
    auto& vpc = datatest::seedVpc(s);
    s.make<route53::PublicHostedZone>("Zone", {.zoneName = "example.com"}).addVpc(vpc);
  });
}

TEST(Route53Errors, ZoneNameOfAZoneImportedById) {
  expectAwsError("route53", "route53-error-zone-name-from-id", [](Stack& s) {
    auto& zone = route53::HostedZone::fromHostedZoneId(s, "Zone", "Z0123");
    s.make<route53::ARecord>("Record", {.target = route53::RecordTarget::fromIpAddresses({"10.0.0.1"}), .zone = zone});
  });
}

TEST(Route53Errors, RoutingPolicies) {
  auto record = [](route53::ARecordProps props) {
    return [props](Stack& s) mutable {
      props.zone =
          route53::HostedZone::fromHostedZoneAttributes(s, "Zone", {.hostedZoneId = "Z1", .zoneName = "a.com"});
      if (!props.target.values() && !props.target.aliasTarget())
        props.target = route53::RecordTarget::fromIpAddresses({"10.0.0.1"});
      s.make<route53::ARecord>("Record", std::move(props));
    };
  };
  expectBuildError(record({.setIdentifier = "x", .weight = 256}), "TapStackdev/Record",
                   "weight must be between 0 and 255 inclusive, got: 256");
  expectBuildError(record({.setIdentifier = std::string(129, 'x'), .weight = 1}), "TapStackdev/Record",
                   "setIdentifier must be between 1 and 128 characters long, got: 129");
  expectBuildError(record({.setIdentifier = "x"}), "TapStackdev/Record",
                   "setIdentifier can only be specified for non-simple routing policies");
  expectBuildError(record({.region = "us-east-1", .weight = 3}), "TapStackdev/Record",
                   "Only one of region, weight, multiValueAnswer, geoLocation, cidrRoutingConfig, or failover can be "
                   "defined");
  expectBuildError(
      [](Stack& s) {
        auto& zone =
            route53::HostedZone::fromHostedZoneAttributes(s, "Zone", {.hostedZoneId = "Z1", .zoneName = "a.com"});
        struct Target : route53::IAliasRecordTarget {
          route53::AliasRecordTargetConfig bind(const route53::IRecordSet&,
                                                const route53::IHostedZone*) const override {
            return {.dnsName = "x.example.com", .hostedZoneId = "Z2"};
          }
        };
        s.make<route53::ARecord>(
            "Record", {.multiValueAnswer = true, .target = route53::RecordTarget::fromAlias(Target{}), .zone = zone});
      },
      "TapStackdev/Record", "multiValueAnswer cannot be specified for alias record");
}

TEST(Route53Errors, MissingZoneOrTarget) {
  expectBuildError([](Stack& s) { s.make<route53::ARecord>("Record", route53::ARecordProps{}); }, "TapStackdev/Record",
                   "a record needs a zone");
  expectBuildError(
      [](Stack& s) {
        auto& zone =
            route53::HostedZone::fromHostedZoneAttributes(s, "Zone", {.hostedZoneId = "Z1", .zoneName = "a.com"});
        s.make<route53::ARecord>("Record", {.zone = zone});
      },
      "TapStackdev/Record", "a record needs a target");
  expectBuildError([](Stack& s) { s.make<route53::PrivateHostedZone>("Zone", {.zoneName = "a.local"}); },
                   "TapStackdev/Zone", "PrivateHostedZone needs a VPC");
}

}  // namespace
