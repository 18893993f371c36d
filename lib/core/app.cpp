#include "cdk/core/app.hpp"

#include <cstdlib>
#include <fstream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack_synthesizer.hpp"
#include "synthesis/synthesis.hpp"

namespace cdk {
namespace {

constexpr const char* kOutdirEnv = "CDK_OUTDIR";
constexpr const char* kContextEnv = "CDK_CONTEXT_JSON";
constexpr const char* kContextFileEnv = "CONTEXT_OVERFLOW_LOCATION_ENV";

/// Context is settings: a few levels of objects and lists. Deeper input is refused while it is parsed, before
/// anything recursive (conversion to a Value, destruction) meets it.
constexpr int kMaxContextDepth = 64;

Value::Map parseContextObject(const std::string& text, const std::string& source) {
  nlohmann::json parsed;
  try {
    parsed = nlohmann::json::parse(text, [&](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
      if (depth > kMaxContextDepth) {
        throw ContextError(
            fmt::format("{} is nested more than {} levels deep; context values are settings (strings, "
                        "numbers, small objects and lists): pass a flatter JSON object",
                        source, kMaxContextDepth));
      }
      return true;
    });
  } catch (const nlohmann::json::exception& e) {
    throw ContextError(
        fmt::format("{} is not valid JSON ({}); it must be a JSON object such as "
                    "{{\"environmentSuffix\": \"prod\"}}",
                    source, e.what()));
  }
  if (!parsed.is_object()) {
    throw ContextError(fmt::format("{} must be a JSON object such as {{\"environmentSuffix\": \"prod\"}}, not {}",
                                   source, parsed.dump()));
  }
  Value value = Value::fromJson(parsed);
  return std::move(value.asMap());
}

void merge(Value::Map& into, const Value::Map& from) {
  for (const auto& [key, value] : from) {
    bool replaced = false;
    for (auto& [k, v] : into) {
      if (k == key) {
        v = value;
        replaced = true;
      }
    }
    if (!replaced) into.emplace_back(key, value);
  }
}

std::pair<std::string, std::string> splitContextArgument(const std::string& argument) {
  const auto eq = argument.find('=');
  if (eq == std::string::npos || eq == 0) {
    throw ContextError(
        fmt::format("--context '{}' is not KEY=VALUE; write it like --context environmentSuffix=prod", argument));
  }
  return {argument.substr(0, eq), argument.substr(eq + 1)};
}

}  // namespace

App::App() : App(AppProps{}) {}

App::App(AppProps props) : Construct(RootTag{}, "") { initialize(std::move(props)); }

App::App(int argc, const char* const* argv, AppProps props) : Construct(RootTag{}, "") {
  const std::string program = argc > 0 && argv && argv[0] ? argv[0] : "app";
  CLI::App cli("Synthesizes the app's CloudFormation templates into a cloud assembly.", program);
  std::string output;
  std::vector<std::string> contexts;
  std::string compliance;
  bool complianceReportOnly = false;
  bool yaml = false;
  bool diagram = false;
  cli.set_help_flag("-h,--help", "Print this help and exit");
  CLI::Option* outputOption =
      cli.add_option("-o,--output", output, "Folder of the cloud assembly (default: $CDK_OUTDIR, else cdk.out)");
  cli.add_option("-c,--context", contexts, "Set a context value, KEY=VALUE (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  // Shorthands for two context keys, read by the compliance packs (cdk/compliance), so that any app can be
  // checked without a change to its program.
  cli.add_option("--compliance", compliance,
                 "Check the stacks with these packs: hipaa, aws-solutions (comma-separated)");
  cli.add_flag("--compliance-report-only", complianceReportOnly, "Report compliance findings without failing");
  cli.add_flag("--yaml", yaml, "Also write each template as YAML");
  cli.add_flag("--diagram", diagram, "Also write architecture diagrams (Graphviz)");
  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    throw HelpRequested(usage(program));
  } catch (const CLI::ParseError& e) {
    throw CommandLineError(fmt::format("{}: {}; run '{} --help' for the options", program, e.what(), program));
  }
  if (outputOption->count() > 0 && output.empty()) {
    throw CommandLineError(fmt::format(
        "{}: --output was given an empty folder name; name the folder (--output cdk.out) or leave the option out",
        program));
  }
  Value::Map cliContext;
  for (const auto& argument : contexts) {
    auto [key, value] = splitContextArgument(argument);
    merge(cliContext, {{key, Value(value)}});
  }
  if (!compliance.empty()) merge(cliContext, {{"cdkpp:compliance", Value(compliance)}});
  if (complianceReportOnly) merge(cliContext, {{"cdkpp:complianceReportOnly", Value(true)}});
  if (outputOption->count() > 0) props.outdir = output;
  props.yaml = props.yaml || yaml;
  props.diagram = props.diagram || diagram;
  initialize(std::move(props));
  for (auto& [key, value] : cliContext) node().setContext(key, value);
}

App::~App() = default;

void App::initialize(AppProps props) {
  // aws-cdk-lib's order: props.context are defaults; CDK_CONTEXT_JSON (and its overflow file) override them.
  Value::Map context = std::move(props.context);
  if (const char* json = std::getenv(kContextEnv); json && *json) merge(context, parseContextObject(json, kContextEnv));
  if (const char* file = std::getenv(kContextFileEnv); file && *file) {
    std::ifstream in(file);
    if (!in) throw ContextError(fmt::format("cannot read the context file '{}' named by {}", file, kContextFileEnv));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    merge(context, parseContextObject(text, fmt::format("the context file '{}'", file)));
  }
  for (auto& [key, value] : context) node().setContext(key, std::move(value));

  if (props.outdir) {
    outdir_ = *props.outdir;
  } else if (const char* env = std::getenv(kOutdirEnv); env && *env) {
    outdir_ = env;
  } else {
    outdir_ = "cdk.out";
  }
  treeMetadata_ = props.treeMetadata;
  defaultStackSynthesizer_ = std::move(props.defaultStackSynthesizer);
  yaml_ = props.yaml;
  diagram_ = props.diagram;
}

bool App::isApp(const Construct& construct) noexcept { return dynamic_cast<const App*>(&construct) != nullptr; }

App& App::of(const IConstruct& construct) {
  if (auto* app = dynamic_cast<App*>(&construct.node().root())) return *app;
  throw ConstructError(construct.node().path(),
                       "the root of this construct's tree is not an App; create the tree "
                       "under a cdk::App");
}

const CloudAssembly& App::synth(SynthesisOptions options) {
  detail::Synthesis synthesis(*this, outdir_, {.diagram = diagram_, .treeMetadata = treeMetadata_, .yaml = yaml_});
  assembly_ = synthesis.run(options);
  return *assembly_;
}

std::string App::usage(std::string_view programName) {
  return fmt::format(
      "Usage: {} [--output DIR] [--context KEY=VALUE]... [--compliance PACKS] [--compliance-report-only]\n"
      "          [--yaml] [--diagram]\n"
      "\n"
      "Synthesizes the app's CloudFormation templates into a cloud assembly that the cdk CLI reads.\n"
      "\n"
      "Options:\n"
      "  -o, --output DIR         folder of the cloud assembly (default: $CDK_OUTDIR, else cdk.out)\n"
      "  -c, --context KEY=VALUE  set a context value; repeat for several (also read: $CDK_CONTEXT_JSON)\n"
      "  --compliance PACKS       check the stacks with compliance packs: hipaa, aws-solutions (comma-separated;\n"
      "                           context cdkpp:compliance)\n"
      "  --compliance-report-only write the compliance reports without failing on findings (context\n"
      "                           cdkpp:complianceReportOnly)\n"
      "  --yaml                   also write each template as YAML (<stack>.template.yaml)\n"
      "  --diagram                also write architecture diagrams (<stack>.diagram.dot, .svg with Graphviz)\n"
      "  -h, --help               print this help and exit\n",
      programName);
}

}  // namespace cdk
