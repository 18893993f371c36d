// What the services give back (aws-cdk-lib's members: loadBalancer, listener, targetGroup, service,
// taskDefinition, cluster, redirectListener, certificate, desiredCount) and the default cluster they share.
#include <gtest/gtest.h>

#include "cdk/assertions.hpp"
#include "cdk/certificatemanager.hpp"
#include "cdk/ecs.hpp"
#include "cdk/ecs_patterns.hpp"
#include "cdk/elbv2.hpp"
#include "cdk/route53.hpp"
#include "data_test_util.hpp"

namespace {

namespace ecs = cdk::ecs;
namespace ecs_patterns = cdk::ecs_patterns;
namespace elbv2 = cdk::elbv2;
using cdk::assertions::Template;
using ecs_patterns::ApplicationLoadBalancedFargateService;
using ecs_patterns::ApplicationMultipleTargetGroupsFargateService;

ecs_patterns::ApplicationLoadBalancedTaskImageOptions nginx() {
  return {.image = ecs::ContainerImage::fromRegistry("nginx")};
}

TEST(EcsPatternsMembers, HttpServiceHasNoRedirectListenerNorCertificate) {
  datatest::Fixture f;
  auto& web = f.stack->make<ApplicationLoadBalancedFargateService>("Web", {.taskImageOptions = nginx()});
  EXPECT_EQ(web.redirectListener(), nullptr);
  EXPECT_EQ(web.certificate(), nullptr);
  EXPECT_EQ(web.listener().protocol(), elbv2::ApplicationProtocol::HTTP);
  EXPECT_EQ(web.listener().port(), 80);
  EXPECT_EQ(&web.listener().loadBalancer(), static_cast<elbv2::IApplicationLoadBalancer*>(&web.loadBalancer()));
  EXPECT_EQ(web.loadBalancer().node().path(), "TapStackdev/Web/LB");
  EXPECT_EQ(web.targetGroup().node().path(), "TapStackdev/Web/LB/PublicListener/ECSGroup");
  EXPECT_EQ(web.taskDefinition().node().path(), "TapStackdev/Web/TaskDef");
  EXPECT_EQ(web.service().node().path(), "TapStackdev/Web/Service");
  EXPECT_EQ(web.taskDefinition().defaultContainer()->containerName(), "web");
  EXPECT_EQ(web.taskDefinition().defaultContainer()->containerPort(), 80);
  EXPECT_EQ(web.desiredCount(), 1);
  EXPECT_EQ(web.internalDesiredCount(), std::nullopt);
  EXPECT_FALSE(web.assignPublicIp());
}

TEST(EcsPatternsMembers, HttpsServiceWithDomainMakesCertificateAndRedirect) {
  datatest::Fixture f;
  auto& zone = cdk::route53::HostedZone::fromHostedZoneAttributes(*f.stack, "Zone",
                                                                  {.hostedZoneId = "Z1", .zoneName = "example.com"});
  auto& api =
      f.stack->make<ApplicationLoadBalancedFargateService>("Api", {.desiredCount = 3,
                                                                   .domainName = "api.example.com",
                                                                   .domainZone = zone,
                                                                   .listenerPort = 8443,
                                                                   .protocol = elbv2::ApplicationProtocol::HTTPS,
                                                                   .redirectHTTP = true,
                                                                   .taskImageOptions = nginx()});
  ASSERT_NE(api.redirectListener(), nullptr);
  EXPECT_EQ(api.redirectListener()->port(), 80);
  ASSERT_NE(api.certificate(), nullptr);
  EXPECT_EQ(api.certificate()->node().path(), "TapStackdev/Api/Certificate");
  EXPECT_EQ(api.listener().port(), 8443);
  EXPECT_EQ(api.desiredCount(), 3);
  EXPECT_EQ(api.internalDesiredCount(), 3);
  // The redirect goes to the listener's port.
  Template::fromStack(*f.stack).hasResourceProperties(
      "AWS::ElasticLoadBalancingV2::Listener",
      cdk::Value::map({{"DefaultActions",
                        cdk::Value::list({cdk::Value::map(
                            {{"RedirectConfig",
                              cdk::Value::map({{"Port", "8443"}, {"Protocol", "HTTPS"}, {"StatusCode", "HTTP_301"}})},
                             {"Type", "redirect"}})})},
                       {"Port", 80}}));
}

TEST(EcsPatternsMembers, ServicesWithoutClusterOrVpcShareTheDefaultCluster) {
  datatest::Fixture f;
  auto& a = f.stack->make<ApplicationLoadBalancedFargateService>("A", {.taskImageOptions = nginx()});
  auto& b = f.stack->make<ApplicationMultipleTargetGroupsFargateService>(
      "B", {.taskImageOptions = ecs_patterns::ApplicationLoadBalancedTaskImageProps{
                .image = ecs::ContainerImage::fromRegistry("nginx")}});
  EXPECT_EQ(&a.cluster(), &b.cluster());
  EXPECT_EQ(a.cluster().node().path(), "TapStackdev/EcsDefaultClusterMnL3mNNYN");
  Template::fromStack(*f.stack).resourceCountIs("AWS::ECS::Cluster", 1);
  Template::fromStack(*f.stack).resourceCountIs("AWS::EC2::VPC", 1);
}

TEST(EcsPatternsMembers, MultipleTargetGroupsMembers) {
  datatest::Fixture f;
  auto& vpc = datatest::seedVpc(*f.stack);
  auto& svc = f.stack->make<ApplicationMultipleTargetGroupsFargateService>(
      "Svc", {.targetGroups =
                  std::vector<ecs_patterns::ApplicationTargetProps>{
                      {.containerPort = 3000}, {.containerPort = 5000, .pathPattern = "/api/*", .priority = 1}},
              .taskImageOptions =
                  ecs_patterns::ApplicationLoadBalancedTaskImageProps{
                      .containerName = "app", .image = ecs::ContainerImage::fromRegistry("nginx")},
              .vpc = vpc});
  EXPECT_EQ(svc.cluster().node().path(), "TapStackdev/EcsDefaultClusterMnL3mNNYNVPC");
  ASSERT_EQ(svc.loadBalancers().size(), 0u);  // the default load balancer is not in loadBalancers, as in aws-cdk-lib
  EXPECT_EQ(svc.loadBalancer().node().path(), "TapStackdev/Svc/LB");
  EXPECT_EQ(svc.listener().node().path(), "TapStackdev/Svc/LB/PublicListener");
  ASSERT_EQ(svc.targetGroups().size(), 2u);
  EXPECT_EQ(&svc.targetGroup(), svc.targetGroups()[0]);
  EXPECT_EQ(svc.targetGroups()[1]->node().path(), "TapStackdev/Svc/LB/PublicListener/ECSTargetGroupapp5000Group");
  // A container without ports gets port 80 first (as aws-cdk-lib does, targets or not), then the ports of the
  // target groups.
  const auto& mappings = svc.taskDefinition().defaultContainer()->portMappings();
  ASSERT_EQ(mappings.size(), 3u);
  EXPECT_EQ(mappings[0].containerPort, 80);
  EXPECT_EQ(mappings[1].containerPort, 3000);
  EXPECT_EQ(mappings[2].containerPort, 5000);
}

}  // namespace
