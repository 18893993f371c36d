// The same one-resource program through the app runner (cdkpp::runner).
#include <cdk/core.hpp>
#include <cdk/runner/run_app.hpp>

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    app.make<cdk::Stack>("HelloStack")
        .make<cdk::CfnResource>("Topic", cdk::CfnResourceProps{.type = "AWS::SNS::Topic"});
  });
}
