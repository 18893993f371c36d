// Whole templates and annotations compared with aws-cdk-lib 2.276's output for the same programs
// (tests/route53/fixtures/*.ts, each ported line by line below), and cfn-lint over all of them.
#include <gtest/gtest.h>

#include "cdk/elbv2.hpp"
#include "cdk/route53.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace elbv2 = cdk::elbv2;
namespace route53 = cdk::route53;
using cdk::CfnOutput;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::Scenario;

/// The TypeScript programs' object-literal alias targets: a function of the record and the zone.
struct FunctionTarget : route53::IAliasRecordTarget {
  std::function<route53::AliasRecordTargetConfig()> produce;
  explicit FunctionTarget(std::function<route53::AliasRecordTargetConfig()> f) : produce(std::move(f)) {}
  route53::AliasRecordTargetConfig bind(const route53::IRecordSet&, const route53::IHostedZone*) const override {
    return produce();
  }
};

const std::vector<Scenario>& scenarios() {
  static const std::vector<Scenario> all{
      {"route53-zones",
       [](Stack& stack) {
         auto& pub = stack.make<route53::PublicHostedZone>(
             "PublicZone", {.comment = "patient portal", .zoneName = "health.example.com"});
         auto& basic = stack.make<route53::HostedZone>("Zone", {.zoneName = "internal.example.com."});
         auto& vpc = datatest::seedVpc(stack);
         stack.make<route53::HostedZone>("PrivateZone", {.vpcs = {vpc}, .zoneName = "svc.local"});
         stack.make<CfnOutput>("ZoneId", {.value = pub.hostedZoneId()});
         stack.make<CfnOutput>("ZoneName", {.value = pub.zoneName()});
         stack.make<CfnOutput>("ZoneArn", {.value = pub.hostedZoneArn()});
         stack.make<CfnOutput>("NameServers", {.value = cdk::Fn::join(",", *pub.hostedZoneNameServers())});
         stack.make<CfnOutput>("BasicZoneName", {.value = basic.zoneName()});
       }},
      {"route53-records",
       [](Stack& stack) {
         auto& vpc = datatest::seedVpc(stack);
         auto& alb = stack.make<elbv2::ApplicationLoadBalancer>("ALB", {.internetFacing = true, .vpc = vpc});
         alb.addListener("Http", {.defaultAction = elbv2::ListenerAction::fixedResponse(200), .port = 80});
         auto& zone = route53::HostedZone::fromHostedZoneAttributes(
             stack, "Zone", {.hostedZoneId = "Z0123456789ABCDEFGHIJ", .zoneName = "health.example.com"});
         FunctionTarget albTarget([&alb] {
           return route53::AliasRecordTargetConfig{.dnsName = cdk::Value("dualstack.") + alb.loadBalancerDnsName(),
                                                   .hostedZoneId = alb.loadBalancerCanonicalHostedZoneId()};
         });
         stack.make<route53::ARecord>(
             "AliasRecord", {.recordName = "app", .target = route53::RecordTarget::fromAlias(albTarget), .zone = zone});
         stack.make<route53::ARecord>("ApexAlias", {.comment = "apex",
                                                    .target = route53::RecordTarget::fromAlias(FunctionTarget([&alb] {
                                                      return route53::AliasRecordTargetConfig{
                                                          .dnsName = alb.loadBalancerDnsName(),
                                                          .evaluateTargetHealth = true,
                                                          .hostedZoneId = alb.loadBalancerCanonicalHostedZoneId()};
                                                    })),
                                                    .zone = zone});
         stack.make<route53::ARecord>("Ips",
                                      {.comment = "old hosts",
                                       .recordName = "legacy.health.example.com.",
                                       .target = route53::RecordTarget::fromIpAddresses({"10.0.0.10", "10.0.0.11"}),
                                       .ttl = Duration::minutes(5),
                                       .zone = zone});
         stack.make<route53::ARecord>("Fqdn", {.recordName = "api.health.example.com",
                                               .target = route53::RecordTarget::fromIpAddresses({"10.0.0.12"}),
                                               .zone = zone});
         stack.make<route53::CnameRecord>("Cname",
                                          {.domainName = "app.health.example.com", .recordName = "www", .zone = zone});
         auto& own = stack.make<route53::PublicHostedZone>("OwnZone", {.zoneName = "clinic.example.org"});
         stack.make<route53::CnameRecord>("OwnCname", {.domainName = alb.loadBalancerDnsName(),
                                                       .recordName = "portal",
                                                       .ttl = Duration::seconds(60),
                                                       .zone = own});
         stack.make<CfnOutput>("ImportedZoneArn", {.value = zone.hostedZoneArn()});
       }},
      {"route53-routing",
       [](Stack& stack) {
         auto& zone = stack.make<route53::PublicHostedZone>("Zone", {.zoneName = "example.com"});
         auto ip = [](const char* address) { return route53::RecordTarget::fromIpAddresses({address}); };
         stack.make<route53::ARecord>("Weighted",
                                      {.recordName = "w", .target = ip("10.0.0.1"), .weight = 20, .zone = zone});
         stack.make<route53::ARecord>("WeightedZero",
                                      {.recordName = "w", .target = ip("10.0.0.2"), .weight = 0, .zone = zone});
         stack.make<route53::ARecord>(
             "Latency", {.recordName = "l", .region = "us-east-1", .target = ip("10.0.0.3"), .zone = zone});
         stack.make<route53::ARecord>(
             "MultiValue", {.multiValueAnswer = true, .recordName = "m", .target = ip("10.0.0.4"), .zone = zone});
         stack.make<route53::ARecord>(
             "Named",
             {.recordName = "n", .setIdentifier = "blue", .target = ip("10.0.0.5"), .weight = 5, .zone = zone});
         stack.make<route53::AaaaRecord>("V6", {.recordName = "v6", .target = ip("2001:db8::1"), .zone = zone});
         stack.make<route53::TxtRecord>("Txt", {.recordName = "_verify",
                                                .ttl = Duration::hours(1),
                                                .values = {"hello world", std::string(300, 'x')},
                                                .zone = zone});
         stack.make<route53::ARecord>("AliasTtl", {.recordName = "alias",
                                                   .target = route53::RecordTarget::fromAlias(FunctionTarget([] {
                                                     return route53::AliasRecordTargetConfig{
                                                         .dnsName = "d111111abcdef8.cloudfront.net",
                                                         .hostedZoneId = "Z2FDTNDATAQYW2"};
                                                   })),
                                                   .ttl = Duration::minutes(1),
                                                   .zone = zone});
       }},
  };
  return all;
}

class Route53Fixtures : public ::testing::TestWithParam<Scenario> {};

TEST_P(Route53Fixtures, MatchesAwsCdkLib) { cdkpp_test::expectScenarioMatchesFixture("route53", GetParam()); }

INSTANTIATE_TEST_SUITE_P(Programs, Route53Fixtures, ::testing::ValuesIn(scenarios()), cdkpp_test::scenarioTestName);

TEST(Route53Lint, EveryFixtureTemplatePassesCfnLint) { cdkpp_test::expectScenariosPassCfnLint(scenarios()); }

}  // namespace
