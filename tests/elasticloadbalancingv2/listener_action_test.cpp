// elbv2::ListenerAction and elbv2::ListenerCondition: rendering of each kind, as listener default actions
// and in listener rules (elbv2::ApplicationListenerRule).
#include <gtest/gtest.h>

#include "ecs_test_util.hpp"

namespace {

using namespace ecstest;
using datatest::synthTemplate;

struct Elbv2Actions : ::testing::Test {
  Fixture f;
  ec2::Vpc& vpc = seedVpc(*f.stack);
  elbv2::ApplicationLoadBalancer& lb = f.stack->make<elbv2::ApplicationLoadBalancer>("ALB", {.vpc = vpc});
  elbv2::ApplicationTargetGroup& a =
      f.stack->make<elbv2::ApplicationTargetGroup>("A", {.port = 80, .targetType = elbv2::TargetType::IP, .vpc = vpc});
  elbv2::ApplicationTargetGroup& b =
      f.stack->make<elbv2::ApplicationTargetGroup>("B", {.port = 80, .targetType = elbv2::TargetType::IP, .vpc = vpc});

  json render(const elbv2::ListenerAction& action) { return f.stack->resolve(action.renderActions()); }
  json render(const elbv2::ListenerCondition& condition) { return f.stack->resolve(condition.renderRawCondition()); }
  std::string ref(const elbv2::ApplicationTargetGroup& tg) {
    return f.stack->resolve(tg.targetGroupArn())["Ref"].get<std::string>();
  }
};

TEST_F(Elbv2Actions, ForwardToOneGroup) {
  const auto action = elbv2::ListenerAction::forward({a});
  EXPECT_EQ(render(action), (json::array({json{{"TargetGroupArn", {{"Ref", ref(a)}}}, {"Type", "forward"}}})));
  ASSERT_EQ(action.targetGroups().size(), 1u);
  EXPECT_EQ(action.targetGroups()[0], &a);
}

TEST_F(Elbv2Actions, ForwardToSeveralGroupsOrWithStickinessIsWeighted) {
  const json expected = json::parse(R"([{"ForwardConfig": {"TargetGroups": [
    {"TargetGroupArn": {"Ref": ")" + ref(a) +
                                    R"("}, "Weight": 1},
    {"TargetGroupArn": {"Ref": ")" + ref(b) +
                                    R"("}, "Weight": 1}]}, "Type": "forward"}])");
  EXPECT_EQ(render(elbv2::ListenerAction::forward({a, b})), expected);
  EXPECT_EQ(render(elbv2::ListenerAction::forward({a}, {.stickinessDuration = cdk::Duration::minutes(10)})),
            json::parse(R"([{"ForwardConfig": {"TargetGroupStickinessConfig": {"DurationSeconds": 600, "Enabled": true},
                                              "TargetGroups": [{"TargetGroupArn": {"Ref": ")" +
                        ref(a) + R"("}, "Weight": 1}]}, "Type": "forward"}])"));
  EXPECT_EQ(render(elbv2::ListenerAction::weightedForward({{.targetGroup = a, .weight = 3}, {.targetGroup = b}})),
            json::parse(R"([{"ForwardConfig": {"TargetGroups": [
              {"TargetGroupArn": {"Ref": ")" +
                        ref(a) + R"("}, "Weight": 3},
              {"TargetGroupArn": {"Ref": ")" +
                        ref(b) + R"("}, "Weight": 1}]}, "Type": "forward"}])"));
}

TEST_F(Elbv2Actions, FixedResponseAndRedirect) {
  EXPECT_EQ(render(elbv2::ListenerAction::fixedResponse(200)),
            json::parse(R"([{"FixedResponseConfig": {"StatusCode": "200"}, "Type": "fixed-response"}])"));
  EXPECT_EQ(render(elbv2::ListenerAction::fixedResponse(
                503, {.contentType = "application/json", .messageBody = "{\"ok\":false}"})),
            json::parse(R"([{"FixedResponseConfig": {"ContentType": "application/json",
                             "MessageBody": "{\"ok\":false}", "StatusCode": "503"}, "Type": "fixed-response"}])"));
  EXPECT_EQ(render(elbv2::ListenerAction::redirect(
                {.host = "#{host}", .path = "/#{path}", .port = "443", .protocol = "HTTPS", .query = "#{query}"})),
            json::parse(R"([{"RedirectConfig": {"Host": "#{host}", "Path": "/#{path}", "Port": "443",
                             "Protocol": "HTTPS", "Query": "#{query}", "StatusCode": "HTTP_302"},
                             "Type": "redirect"}])"));
}

TEST_F(Elbv2Actions, ForwardDefaultActionRegistersTheListenerWithTheGroups) {
  auto& l = lb.addListener("Http", {.defaultAction = elbv2::ListenerAction::forward({a, b}), .port = 80});
  (void)l;
  const json t = synthTemplate(f.app);
  // Both groups now have a load balancer: no empty-group warning, and the listener renders the ForwardConfig.
  EXPECT_TRUE(warnings(f.app).empty());
  const json actions = resource(t, "ALBHttp212206BB")["Properties"]["DefaultActions"];
  EXPECT_EQ(actions[0]["ForwardConfig"]["TargetGroups"].size(), 2u);
}

TEST_F(Elbv2Actions, Conditions) {
  EXPECT_EQ(
      render(elbv2::ListenerCondition::hostHeaders({"example.com", "*.example.com"})),
      json::parse(R"({"Field": "host-header", "HostHeaderConfig": {"Values": ["example.com", "*.example.com"]}})"));
  EXPECT_EQ(
      render(elbv2::ListenerCondition::httpHeader("X-Env", {"dev"})),
      json::parse(R"({"Field": "http-header", "HttpHeaderConfig": {"HttpHeaderName": "X-Env", "Values": ["dev"]}})"));
  EXPECT_EQ(render(elbv2::ListenerCondition::httpRequestMethods({"GET", "HEAD"})),
            json::parse(R"({"Field": "http-request-method", "HttpRequestMethodConfig": {"Values": ["GET", "HEAD"]}})"));
  EXPECT_EQ(render(elbv2::ListenerCondition::pathPatterns({"/api/*"})),
            json::parse(R"({"Field": "path-pattern", "PathPatternConfig": {"Values": ["/api/*"]}})"));
  EXPECT_EQ(render(elbv2::ListenerCondition::queryStrings({{.key = "lang", .value = "en"}, {.value = "x"}})),
            json::parse(R"({"Field": "query-string", "QueryStringConfig": {"Values": [{"Key": "lang", "Value": "en"},
                                                                                    {"Value": "x"}]}})"));
  EXPECT_EQ(render(elbv2::ListenerCondition::sourceIps({"192.0.2.0/24"})),
            json::parse(R"({"Field": "source-ip", "SourceIpConfig": {"Values": ["192.0.2.0/24"]}})"));
  const auto header = elbv2::ListenerCondition::httpHeader("X-Env", {"dev"});
  EXPECT_EQ(header.field(), "http-header");
  EXPECT_EQ(header.httpHeaderName(), "X-Env");
  EXPECT_EQ(header.values(), std::vector<std::string>{"dev"});
}

TEST_F(Elbv2Actions, RulesRenderConditionsAndActionsInOrder) {
  auto& l = lb.addListener("Http", {.defaultAction = elbv2::ListenerAction::fixedResponse(404), .port = 80});
  l.addAction("Api", {.action = elbv2::ListenerAction::forward({a}),
                      .conditions = {elbv2::ListenerCondition::pathPatterns({"/api/*"}),
                                     elbv2::ListenerCondition::httpRequestMethods({"GET"})},
                      .priority = 5});
  auto* rule = dynamic_cast<elbv2::ApplicationListenerRule*>(l.node().tryFindChild("ApiRule"));
  ASSERT_NE(rule, nullptr);
  rule->addCondition(elbv2::ListenerCondition::hostHeaders({"example.com"}));
  rule->configureAction(elbv2::ListenerAction::forward({b}));
  const json t = synthTemplate(f.app);
  const auto rules = resourcesOfType(t, "AWS::ElasticLoadBalancingV2::ListenerRule");
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(f.stack->resolve(rule->listenerRuleArn()), (json{{"Ref", rules[0]}}));
  EXPECT_EQ(resource(t, rules[0])["Properties"], json::parse(R"({
    "Actions": [{"TargetGroupArn": {"Ref": ")" + ref(b) + R"("}, "Type": "forward"}],
    "Conditions": [{"Field": "path-pattern", "PathPatternConfig": {"Values": ["/api/*"]}},
                   {"Field": "http-request-method", "HttpRequestMethodConfig": {"Values": ["GET"]}},
                   {"Field": "host-header", "HostHeaderConfig": {"Values": ["example.com"]}}],
    "ListenerArn": {"Ref": "ALBHttp212206BB"}, "Priority": 5})"));
  const auto replaced = datatest::messagesWith(
      f.app, "An Action already existed on this ListenerRule and was replaced. Configure exactly one default Action.");
  ASSERT_EQ(replaced.size(), 1u);
  EXPECT_EQ(replaced[0].path, "TapStackdev/ALB/Http/ApiRule");
}

TEST_F(Elbv2Actions, ActionsAreValuesThatCopiesShare) {
  const auto action = elbv2::ListenerAction::fixedResponse(418);
  const auto copy = action;  // NOLINT(performance-unnecessary-copy-initialization)
  EXPECT_EQ(&copy.impl(), &action.impl());
  EXPECT_EQ(render(copy), render(action));
}

}  // namespace
