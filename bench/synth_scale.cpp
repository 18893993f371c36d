// synth-scale --stacks N --output DIR: one App holding N copies of the seed-000 stack (environment suffixes
// e0..e{N-1}, region ap-southeast-1), synthesized to DIR like any app. --compliance PACKS and
// --compliance-report-only check it with the compliance packs as any app's switches do (docs/performance.md). The
// aws-cdk-lib side of the same work is ../shared/reference/seed-000-cdk/scale.ts (see docs/performance.md).
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <cdk/core.hpp>
#include <cdk/core/cloud_assembly.hpp>

#include "simplified_stack.hpp"

int main(int argc, char** argv) {
  CLI::App cli("Synthesizes N copies of the seed-000 healthcare stack in one app.", "synth-scale");
  int stacks = 1;
  std::string output = "cdk.out";
  cli.add_option("--stacks", stacks, "Number of stacks")->check(CLI::Range(1, 100000));
  cli.add_option("-o,--output", output, "Folder of the cloud assembly");
  bool constructOnly = false;
  cli.add_flag("--construct-only", constructOnly, "Build the construct tree but do not synthesize (for profiles)");
  std::string compliance;
  cli.add_option("--compliance", compliance, "Compliance packs to check with: hipaa, aws-solutions (comma-separated)");
  bool reportOnly = false;
  cli.add_flag("--compliance-report-only", reportOnly, "Report compliance findings without failing");
  CLI11_PARSE(cli, argc, argv);
  try {
    cdk::Value::Map context;
    if (!compliance.empty()) context.emplace_back("cdkpp:compliance", compliance);
    if (reportOnly) context.emplace_back("cdkpp:complianceReportOnly", true);
    cdk::App app(cdk::AppProps{.context = std::move(context), .outdir = output});
    for (int i = 0; i < stacks; ++i) {
      const std::string n = std::to_string(i);
      app.make<healthcare::SimplifiedStack>("TapStack" + n,
                                            {{.env = cdk::Environment{.region = "ap-southeast-1"}}, "e" + n});
    }
    if (!constructOnly) app.synth();
  } catch (const std::exception& e) {
    std::cerr << "synth-scale: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
