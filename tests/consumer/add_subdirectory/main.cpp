// A program built against cdkpp with add_subdirectory(): synthesizes a one-resource stack into the folder given with
// --output and checks that the template is there.
#include <cdk/core.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

int main(int argc, char** argv) {
  cdk::App app(argc, argv);
  auto& stack = app.make<cdk::Stack>("HelloStack");
  stack.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  app.synth();

  const auto file = std::filesystem::path(app.outdir()) / "HelloStack.template.json";
  std::ifstream in(file);
  if (!in) {
    std::cerr << "no template at " << file << "\n";
    return 1;
  }
  const auto templateJson = nlohmann::json::parse(in);
  if (templateJson.at("Resources").at("Topic").at("Type") != "AWS::SNS::Topic") {
    std::cerr << "unexpected template " << templateJson.dump() << "\n";
    return 1;
  }
  std::cout << "cdkpp " << CDKPP_VERSION << " (add_subdirectory): wrote " << file.string() << "\n";
  return 0;
}
