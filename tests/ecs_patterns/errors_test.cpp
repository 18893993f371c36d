// Bad input: aws-cdk-lib's errors for the ecs_patterns services (tests/ecs_patterns/fixtures/*.error.txt, the
// programs of ecs-patterns-errors.ts), each raised here as a cdk::ConstructError with the same message, the
// same construct path and what to change.
#include <gtest/gtest.h>

#include "cdk/certificatemanager.hpp"
#include "cdk/ecs.hpp"
#include "cdk/ecs_patterns.hpp"
#include "cdk/elbv2.hpp"
#include "data_test_util.hpp"
#include "fixture_scenarios.hpp"
#include "test_support.hpp"

namespace {

namespace ecs = cdk::ecs;
namespace ecs_patterns = cdk::ecs_patterns;
namespace elbv2 = cdk::elbv2;
using cdk::Stack;
using ecs_patterns::ApplicationLoadBalancedFargateService;
using ecs_patterns::ApplicationLoadBalancedFargateServiceProps;
using ecs_patterns::ApplicationMultipleTargetGroupsFargateService;
using ecs_patterns::ApplicationMultipleTargetGroupsFargateServiceProps;

std::shared_ptr<ecs::RepositoryImage> image() { return ecs::ContainerImage::fromRegistry("nginx"); }

ecs_patterns::ApplicationLoadBalancedTaskImageOptions imageOptions() { return {.image = image()}; }
ecs_patterns::ApplicationLoadBalancedTaskImageProps imageProps() { return {.image = image()}; }

cdk::acm::ICertificate& certificate(Stack& s) {
  return cdk::acm::Certificate::fromCertificateArn(s, "Certificate",
                                                   "arn:aws:acm:ap-southeast-1:123456789012:certificate/abc");
}

/// The program of ecs-patterns-errors.ts named `name` fails here as it does in aws-cdk-lib.
void expectAwsError(const std::string& name, const std::function<void(Stack&)>& build) {
  SCOPED_TRACE(name);
  cdkpp_test::expectAwsError("ecs_patterns", name, build);
}

void alb(Stack& s, ApplicationLoadBalancedFargateServiceProps props) {
  s.make<ApplicationLoadBalancedFargateService>("Service", std::move(props));
}

void multi(Stack& s, ApplicationMultipleTargetGroupsFargateServiceProps props) {
  s.make<ApplicationMultipleTargetGroupsFargateService>("Service", std::move(props));
}

TEST(EcsPatternsErrors, ClusterOrVpc) {
  expectAwsError("ecs-patterns-error-cluster-and-vpc", [](Stack& s) {
    auto& vpc = datatest::seedVpc(s);
    alb(s, {.cluster = s.make<ecs::Cluster>("Cluster", {.vpc = vpc}), .taskImageOptions = imageOptions(), .vpc = vpc});
  });
  expectAwsError("ecs-patterns-error-multi-cluster-and-vpc", [](Stack& s) {
    auto& vpc = datatest::seedVpc(s);
    multi(s, {.cluster = s.make<ecs::Cluster>("Cluster", {.vpc = vpc}), .taskImageOptions = imageProps(), .vpc = vpc});
  });
}

TEST(EcsPatternsErrors, LoadBalancerSettings) {
  expectAwsError("ecs-patterns-error-desired-count-zero",
                 [](Stack& s) { alb(s, {.desiredCount = 0, .taskImageOptions = imageOptions()}); });
  expectAwsError("ecs-patterns-error-idle-timeout", [](Stack& s) {
    alb(s, {.idleTimeout = cdk::Duration::seconds(4001), .taskImageOptions = imageOptions()});
  });
  expectAwsError("ecs-patterns-error-multi-idle-timeout", [](Stack& s) {
    multi(s, {.loadBalancers =
                  std::vector<ecs_patterns::ApplicationLoadBalancerProps>{
                      {.idleTimeout = cdk::Duration::seconds(0), .listeners = {{.name = "web"}}, .name = "lb"}},
              .taskImageOptions = imageProps()});
  });
}

TEST(EcsPatternsErrors, HttpsNeedsACertificateOrADomain) {
  expectAwsError("ecs-patterns-error-certificate-with-http", [](Stack& s) {
    alb(s, {.certificate = certificate(s),
            .protocol = elbv2::ApplicationProtocol::HTTP,
            .taskImageOptions = imageOptions()});
  });
  expectAwsError("ecs-patterns-error-redirect-with-http",
                 [](Stack& s) { alb(s, {.redirectHTTP = true, .taskImageOptions = imageOptions()}); });
  expectAwsError("ecs-patterns-error-https-without-domain", [](Stack& s) {
    alb(s, {.protocol = elbv2::ApplicationProtocol::HTTPS, .taskImageOptions = imageOptions()});
  });
  expectAwsError("ecs-patterns-error-domain-without-zone",
                 [](Stack& s) { alb(s, {.domainName = "api.example.com", .taskImageOptions = imageOptions()}); });
  expectAwsError("ecs-patterns-error-multi-https-without-domain", [](Stack& s) {
    multi(s, {.loadBalancers =
                  std::vector<ecs_patterns::ApplicationLoadBalancerProps>{
                      {.listeners = {{.certificate = certificate(s), .name = "https"}}, .name = "lb"}},
              .taskImageOptions = imageProps()});
  });
  expectAwsError("ecs-patterns-error-multi-certificate-with-http", [](Stack& s) {
    multi(s, {.loadBalancers =
                  std::vector<ecs_patterns::ApplicationLoadBalancerProps>{
                      {.listeners =
                           {{.certificate = certificate(s), .name = "l", .protocol = elbv2::ApplicationProtocol::HTTP}},
                       .name = "lb"}},
              .taskImageOptions = imageProps()});
  });
}

TEST(EcsPatternsErrors, TaskDefinitionOrImage) {
  expectAwsError("ecs-patterns-error-taskdef-and-image", [](Stack& s) {
    alb(s, {.taskDefinition = s.make<ecs::FargateTaskDefinition>("TaskDef"), .taskImageOptions = imageOptions()});
  });
  expectAwsError("ecs-patterns-error-no-image", [](Stack& s) { alb(s, {}); });
  expectAwsError("ecs-patterns-error-multi-taskdef-and-image", [](Stack& s) {
    multi(s, {.taskDefinition = s.make<ecs::FargateTaskDefinition>("TaskDef"), .taskImageOptions = imageProps()});
  });
  expectAwsError("ecs-patterns-error-multi-no-image", [](Stack& s) { multi(s, {}); });
}

TEST(EcsPatternsErrors, HealthyPercentsAndContainerSize) {
  expectAwsError("ecs-patterns-error-min-above-max", [](Stack& s) {
    alb(s, {.maxHealthyPercent = 100, .minHealthyPercent = 100, .taskImageOptions = imageOptions()});
  });
  expectAwsError("ecs-patterns-error-negative-healthy-percent",
                 [](Stack& s) { alb(s, {.minHealthyPercent = -1, .taskImageOptions = imageOptions()}); });
  expectAwsError("ecs-patterns-error-container-cpu",
                 [](Stack& s) { alb(s, {.containerCpu = 512, .cpu = 256, .taskImageOptions = imageOptions()}); });
  expectAwsError("ecs-patterns-error-container-memory", [](Stack& s) {
    alb(s, {.containerMemoryLimitMiB = 1024, .memoryLimitMiB = 512, .taskImageOptions = imageOptions()});
  });
}

TEST(EcsPatternsErrors, LoadBalancersListenersAndTargetGroups) {
  expectAwsError("ecs-patterns-error-multi-no-load-balancers", [](Stack& s) {
    multi(s, {.loadBalancers = std::vector<ecs_patterns::ApplicationLoadBalancerProps>{},
              .taskImageOptions = imageProps()});
  });
  expectAwsError("ecs-patterns-error-multi-no-listeners", [](Stack& s) {
    multi(s, {.loadBalancers = std::vector<ecs_patterns::ApplicationLoadBalancerProps>{{.name = "lb"}},
              .taskImageOptions = imageProps()});
  });
  expectAwsError("ecs-patterns-error-multi-unknown-listener", [](Stack& s) {
    multi(s,
          {.loadBalancers =
               std::vector<ecs_patterns::ApplicationLoadBalancerProps>{{.listeners = {{.name = "web"}}, .name = "lb"}},
           .targetGroups = std::vector<ecs_patterns::ApplicationTargetProps>{{.containerPort = 80, .listener = "api"}},
           .taskImageOptions = imageProps()});
  });
  expectAwsError("ecs-patterns-error-multi-no-target-groups", [](Stack& s) {
    multi(s, {.targetGroups = std::vector<ecs_patterns::ApplicationTargetProps>{}, .taskImageOptions = imageProps()});
  });
  expectAwsError("ecs-patterns-error-multi-path-without-priority", [](Stack& s) {
    multi(s, {.targetGroups =
                  std::vector<ecs_patterns::ApplicationTargetProps>{{.containerPort = 80},
                                                                    {.containerPort = 81, .pathPattern = "/api/*"}},
              .taskImageOptions = imageProps()});
  });
}

// cdkpp's messages say what to change after aws-cdk-lib's text.
TEST(EcsPatternsErrors, MessagesNameTheRemedy) {
  cdkpp_test::expectBuildError([](Stack& s) { alb(s, {.redirectHTTP = true, .taskImageOptions = imageOptions()}); },
                               "TapStackdev/Service", "set protocol to HTTPS");
  cdkpp_test::expectBuildError(
      [](Stack& s) { alb(s, {.protocol = elbv2::ApplicationProtocol::HTTPS, .taskImageOptions = imageOptions()}); },
      "TapStackdev/Service", "pass a certificate, or domainName and domainZone");
  cdkpp_test::expectBuildError(
      [](Stack& s) {
        multi(s, {.loadBalancers =
                      std::vector<ecs_patterns::ApplicationLoadBalancerProps>{
                          {.listeners = {{.name = "web"}, {.name = "admin", .port = 8080}}, .name = "lb"}},
                  .targetGroups =
                      std::vector<ecs_patterns::ApplicationTargetProps>{{.containerPort = 80, .listener = "api"}},
                  .taskImageOptions = imageProps()});
      },
      "TapStackdev/Service", "(the listeners are: web, admin)");
}

TEST(EcsPatternsErrors, TaskDefinitionWithoutEssentialContainer) {
  expectAwsError("ecs-patterns-error-multi-no-essential-container", [](Stack& s) {
    auto& td = s.make<ecs::FargateTaskDefinition>("TaskDef");
    td.addContainer("sidecar", {.essential = false, .image = image()});
    multi(s, {.taskDefinition = td});
  });
}

}  // namespace
