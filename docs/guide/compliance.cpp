// The guide's compliance example (docs/guide.md, "Compliance checks"): cdk-nag's HIPAA.Security pack at
// synthesis, with an acknowledgement where the architecture needs what a rule flags. Built and run by tests/guide.
#include <cdk/compliance.hpp>
#include <cdk/core.hpp>
#include <cdk/ec2.hpp>
#include <cdk/runner/run_app.hpp>

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    // guide: compliance
    cdk::Validations::of(app).addPlugins(std::make_shared<cdk::compliance::HIPAASecurityChecks>());
    auto& stack = app.make<cdk::Stack>("NetworkStack");
    auto& vpc = stack.make<cdk::ec2::Vpc>("Vpc", {.maxAzs = 2});
    // The public subnets route to the internet gateway by design: acknowledged for the VPC and below it.
    cdk::compliance::acknowledge(vpc, {.id = "HIPAA.Security-VPCNoUnrestrictedRouteToIGW",
                                       .reason = "Public subnets hold only the load balancer and NAT gateways."});
    // guide: end
  });
}
