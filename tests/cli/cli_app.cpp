// A small cdkpp program for the CLI test: two stacks, a cross-stack reference, context, a warning; with
// `--context assetDir=DIR`, a third stack with a file asset (DIR/site) and an image asset (DIR/image).
#include <iostream>

#include <cdk/core.hpp>
#include <cdk/ecr_assets/docker_image_asset.hpp>
#include <cdk/s3_assets/asset.hpp>

int main(int argc, char** argv) {
  try {
    cdk::App app(argc, argv);
    const std::string suffix = app.node().tryGetContext<std::string>("suffix").value_or("dev");
    auto& network = app.make<cdk::Stack>("Network" + suffix, {.env = cdk::Environment{.region = "us-east-1"}});
    auto& topic = network.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
    auto& service = app.make<cdk::Stack>("Service" + suffix, {.env = cdk::Environment{.region = "us-east-1"}});
    service.make<cdk::CfnResource>(
        "Subscription", {.properties = cdk::Value::map(
                             {{"Protocol", "email"}, {"Endpoint", "ops@example.com"}, {"TopicArn", topic.ref()}}),
                         .type = "AWS::SNS::Subscription"});
    cdk::Annotations::of(service).addWarning("hello from cdkpp");
    if (const auto assetDir = app.node().tryGetContext<std::string>("assetDir")) {
      auto& assets = app.make<cdk::Stack>("Assets" + suffix, {.env = cdk::Environment{.region = "us-east-1"}});
      assets.make<cdk::s3_assets::Asset>("Site", {.path = *assetDir + "/site"});
      assets.make<cdk::ecr_assets::DockerImageAsset>("Image", {{}, *assetDir + "/image"});
    }
    app.synth();
    return 0;
  } catch (const cdk::HelpRequested& help) {
    std::cout << help.what();
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
}
