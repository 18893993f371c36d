// A line-by-line port of the seed's bin/tap.ts: `healthcare-platform [--output DIR] [--context KEY=VALUE]...`
#include <cstdlib>
#include <optional>
#include <string>

#include <cdk/core.hpp>
#include <cdk/runner/run_app.hpp>

#include "simplified_stack.hpp"

namespace {

std::optional<std::string> env(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? std::optional<std::string>(value) : std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    // Get environment suffix from context or use 'dev' as default
    const std::string environmentSuffix = app.node().tryGetContext<std::string>("environmentSuffix").value_or("dev");
    const std::string stackName = "TapStack" + environmentSuffix;
    const std::string repositoryName = env("REPOSITORY").value_or("unknown");
    const std::string commitAuthor = env("COMMIT_AUTHOR").value_or("unknown");

    // Apply tags for resource management
    cdk::Tags::of(app).add("Environment", environmentSuffix);
    cdk::Tags::of(app).add("Repository", repositoryName);
    cdk::Tags::of(app).add("Author", commitAuthor);

    app.make<healthcare::SimplifiedStack>(stackName,
                                          {{
                                               .env =
                                                   cdk::Environment{
                                                       .account = env("CDK_DEFAULT_ACCOUNT"),
                                                       .region = env("CDK_DEFAULT_REGION").value_or("ap-southeast-1"),
                                                   },
                                               .stackName = stackName,
                                           },
                                           environmentSuffix});
  });
}
