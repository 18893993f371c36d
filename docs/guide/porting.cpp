// The guide's porting idioms (docs/guide.md, "Porting TypeScript"). Built and run by tests/guide: it exits 0 when
// every idiom behaves as the guide says.
#include <iostream>
#include <string>

#include <cdk/core.hpp>
#include <cdk/core/cloud_assembly.hpp>
#include <cdk/ec2.hpp>
#include <cdk/s3.hpp>

namespace {

// guide: vpc
// new ec2.Vpc(this, 'Network', { maxAzs: 2, natGateways: 1, subnetConfiguration: [...] })
cdk::ec2::Vpc& network(cdk::Stack& stack) {
  return stack.make<cdk::ec2::Vpc>(
      "Network", {.maxAzs = 2,  // fields in declaration order: cdkpp declares them alphabetically
                  .natGateways = 1,
                  .subnetConfiguration = {
                      {.cidrMask = 24, .name = "Public", .subnetType = cdk::ec2::SubnetType::PUBLIC},
                      {.cidrMask = 24, .name = "Data", .subnetType = cdk::ec2::SubnetType::PRIVATE_ISOLATED},
                  }});
}
// guide: end

// guide: nested
// An optional nested prop names its type: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } in TypeScript.
cdk::ec2::SecurityGroup& databaseGroup(cdk::Stack& stack, cdk::ec2::Vpc& vpc) {
  auto& group = stack.make<cdk::ec2::SecurityGroup>(
      "DatabaseGroup", {.allowAllOutbound = false, .description = "Database tier", .vpc = vpc});
  const cdk::ec2::SubnetSelection data{.subnetType = cdk::ec2::SubnetType::PRIVATE_ISOLATED};
  // Keep the selection in a variable: a range-for over vpc.selectSubnets(data).subnets() would iterate a
  // temporary that is gone before the loop body runs.
  const cdk::ec2::SelectedSubnets selected = vpc.selectSubnets(data);
  for (const auto& subnet : selected.subnets()) {
    group.addIngressRule(cdk::ec2::Peer::ipv4(subnet->ipv4CidrBlock()), cdk::ec2::Port::tcp(5432),
                         "PostgreSQL from the data tier");
  }
  return group;
}
// guide: end

}  // namespace

int main() {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("PortingStack");
  auto& vpc = network(stack);
  databaseGroup(stack, vpc);

  // guide: errors
  // Bad input throws at once, with the construct path and what to change; nothing is written.
  try {
    cdk::Tags::of(stack).add("aws:owner", "clinic");
  } catch (const cdk::ConstructError& e) {
    std::cerr << "refused at " << e.path() << ": " << e.what() << '\n';
  }
  // guide: end

  // guide: tokens
  // Attributes are Values: tokens until synthesis, rendered as Ref / Fn::GetAtt / Fn::Join in the template.
  auto& logs = stack.make<cdk::s3::Bucket>("AccessLogs");
  const cdk::Value arnOfLogs = logs.bucketArn();
  stack.make<cdk::CfnOutput>("AccessLogsArn", {.value = arnOfLogs});
  stack.make<cdk::CfnOutput>("LogsPrefix", {.value = cdk::Fn::join("", {logs.bucketName(), "/clinic/"})});
  // guide: end

  const cdk::CloudAssembly& assembly = app.synth({.write = false});  // in memory: this check writes no files
  const auto& json = assembly.getStackByName("PortingStack").templateJson();
  const bool ok = json["Resources"].size() > 0 && json["Outputs"].contains("AccessLogsArn");
  std::cout << (ok ? "porting idioms: ok" : "porting idioms: template not as expected") << '\n';
  return ok ? 0 : 1;
}
