// Micro-benchmarks of the synthesis phases, on the seed-000 stack (samples/healthcare-platform): tree
// construction, rendering (L2 and L1 to Values), the schema check, resolution (Values to template JSON),
// serialization, and whole synthesis in memory and to disk; then the building blocks that dominate them, and
// a synthetic app of many stacks for how the phases grow. Run: build/bench/cdkpp_micro_bench
#include <filesystem>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "simplified_stack.hpp"

namespace {

using cdk::Value;
using json = nlohmann::ordered_json;

// ------------------------------------------------------------------------------------------- the seed stack

/// The sample's program: its tags on the App, then the seed-000 stack.
healthcare::SimplifiedStack& buildSeed(cdk::App& app) {
  cdk::Tags::of(app).add("Environment", "dev");
  cdk::Tags::of(app).add("Repository", "unknown");
  cdk::Tags::of(app).add("Author", "unknown");
  return app.make<healthcare::SimplifiedStack>(
      "TapStackdev", {{.env = cdk::Environment{.region = "ap-southeast-1"}, .stackName = "TapStackdev"}, "dev"});
}

/// The seed stack after one synthesis (aspects and prepare have run): what the later phases work on.
struct SynthesizedSeed {
  cdk::App app{cdk::AppProps{.treeMetadata = false}};
  healthcare::SimplifiedStack& stack = buildSeed(app);
  std::vector<const cdk::CfnElement*> elements;
  std::vector<Value> rendered;
  std::vector<json> resolved;

  SynthesizedSeed() {
    app.synth({.write = false});
    for (cdk::Construct* c : stack.node().findAll()) {
      if (auto* element = dynamic_cast<const cdk::CfnElement*>(c)) elements.push_back(element);
    }
    for (const auto* element : elements) rendered.push_back(element->toCloudFormation());
    for (const auto& fragment : rendered) resolved.push_back(stack.resolve(fragment));
  }
};

const SynthesizedSeed& seed() {
  static const SynthesizedSeed instance;
  return instance;
}

void BM_SeedTreeConstruction(benchmark::State& state) {
  for (auto _ : state) {
    cdk::App app{cdk::AppProps{.treeMetadata = false}};
    benchmark::DoNotOptimize(&buildSeed(app));
  }
}
BENCHMARK(BM_SeedTreeConstruction)->Unit(benchmark::kMicrosecond);

/// Every element's toCloudFormation(): L1 properties in CloudFormation names, still holding tokens.
void BM_SeedRender(benchmark::State& state) {
  const auto& s = seed();
  for (auto _ : state) {
    for (const auto* element : s.elements) benchmark::DoNotOptimize(element->toCloudFormation());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.elements.size()));
}
BENCHMARK(BM_SeedRender)->Unit(benchmark::kMicrosecond);

/// Every rendered fragment checked against its CloudFormation registry schema.
void BM_SeedSchemaCheck(benchmark::State& state) {
  const auto& s = seed();
  for (auto _ : state) {
    for (std::size_t i = 0; i < s.elements.size(); ++i) {
      benchmark::DoNotOptimize(s.elements[i]->validateFragment(s.rendered[i]));
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.elements.size()));
}
BENCHMARK(BM_SeedSchemaCheck)->Unit(benchmark::kMicrosecond);

/// Every fragment's tokens resolved to template JSON (Ref, Fn::GetAtt, Fn::Join, ...).
void BM_SeedResolve(benchmark::State& state) {
  const auto& s = seed();
  for (auto _ : state) {
    for (const auto& fragment : s.rendered) benchmark::DoNotOptimize(s.stack.resolve(fragment));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(s.rendered.size()));
}
BENCHMARK(BM_SeedResolve)->Unit(benchmark::kMicrosecond);

/// Every resolved fragment serialized as the template writes it (1-space indent).
void BM_SeedSerialize(benchmark::State& state) {
  const auto& s = seed();
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (const auto& fragment : s.resolved) {
      const std::string text = fragment.dump(1);
      bytes += static_cast<std::int64_t>(text.size());
      benchmark::DoNotOptimize(text.data());
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_SeedSerialize)->Unit(benchmark::kMicrosecond);

/// All phases but writing: aspects, prepare, checks, resolution, template text, manifest.
void BM_SeedSynthesizeInMemory(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    auto app = std::make_unique<cdk::App>(cdk::AppProps{.treeMetadata = false});
    buildSeed(*app);
    state.ResumeTiming();
    benchmark::DoNotOptimize(app->synth({.write = false}).stacks().size());
    state.PauseTiming();
    app.reset();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_SeedSynthesizeInMemory)->Unit(benchmark::kMicrosecond);

/// The whole synthesis, writing the cloud assembly (templates, manifest.json, tree.json) atomically.
void BM_SeedSynthesizeAndWrite(benchmark::State& state) {
  const auto dir = std::filesystem::temp_directory_path() / "cdkpp-bench-seed";
  for (auto _ : state) {
    state.PauseTiming();
    auto app = std::make_unique<cdk::App>(cdk::AppProps{.outdir = dir.string()});
    buildSeed(*app);
    state.ResumeTiming();
    benchmark::DoNotOptimize(app->synth().stacks().size());
    state.PauseTiming();
    app.reset();
    state.ResumeTiming();
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SeedSynthesizeAndWrite)->Unit(benchmark::kMicrosecond);

// ------------------------------------------------------------------------------------------- building blocks

void BM_FindAllOfTheSeedTree(benchmark::State& state) {
  const auto& s = seed();
  for (auto _ : state) benchmark::DoNotOptimize(s.app.node().findAll().size());
}
BENCHMARK(BM_FindAllOfTheSeedTree);

void BM_MakeUniqueId(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(cdk::makeUniqueId({"VPC", "PublicSubnet1", "DefaultRoute"}));
}
BENCHMARK(BM_MakeUniqueId);

void BM_ConcatenateWithToken(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Value("from ") + cdk::Aws::REGION + ":" + 6379);
}
BENCHMARK(BM_ConcatenateWithToken);

void BM_LocaleLess(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        cdk::localeLess("TapStackdev/TaskRole/DefaultPolicy/Resource", "TapStackdev/TaskRole/Resource"));
  }
}
BENCHMARK(BM_LocaleLess);

/// The largest fragment of the seed stack (its path is the label) rendered, resolved and serialized alone.
void BM_LargestFragment(benchmark::State& state) {
  const auto& s = seed();
  std::size_t largest = 0;
  for (std::size_t i = 1; i < s.resolved.size(); ++i) {
    if (s.resolved[i].dump().size() > s.resolved[largest].dump().size()) largest = i;
  }
  const cdk::CfnElement& element = *s.elements[largest];
  state.SetLabel(element.node().path());
  for (auto _ : state) benchmark::DoNotOptimize(s.stack.resolve(element.toCloudFormation()).dump(1));
}
BENCHMARK(BM_LargestFragment)->Unit(benchmark::kMicrosecond);

// ------------------------------------------------------------------------------------------- many stacks

/// A taggable resource like the generated L1 classes.
const cdk::CfnResourceTypeInfo kTagged{
    .typeName = "AWS::EC2::Subnet", .tagType = cdk::TagType::STANDARD, .tagPropertyName = "Tags"};

class Subnet : public cdk::CfnResource {
 public:
  Subnet(cdk::Construct& scope, std::string_view id, Value props)
      : CfnResource(scope, id, kTagged), props_(std::move(props)) {}

 protected:
  Value renderProperties() const override { return props_; }

 private:
  Value props_;
};

/// An app of `stacks` stacks of 51 resources each: nested constructs, references, joins and tags.
void buildApp(cdk::App& app, int stacks) {
  cdk::Tags::of(app).add("Environment", "dev");
  for (int s = 0; s < stacks; ++s) {
    auto& stack =
        app.make<cdk::Stack>("Stack" + std::to_string(s), {.env = cdk::Environment{.region = "ap-southeast-1"}});
    auto& vpc = stack.make<cdk::Construct>("VPC");
    auto& root = vpc.make<cdk::CfnResource>(
        "Resource", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
    for (int r = 0; r < 50; ++r) {
      auto& group = vpc.make<cdk::Construct>("Subnet" + std::to_string(r));
      group.make<Subnet>("Subnet", Value::map({{"AvailabilityZone", cdk::Fn::select(r % 2, cdk::Fn::getAzs())},
                                               {"CidrBlock", "10.0." + std::to_string(r) + ".0/24"},
                                               {"Description", Value("from ") + root.getAtt("CidrBlock") + ":6379"},
                                               {"VpcId", root.ref()}}));
      cdk::Tags::of(group).add("Name", group.node().path());
    }
  }
}

/// Per resource, the cost should not grow with the number of stacks (compare the items per second).
void BM_ManyStacksSynthesizeInMemory(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    auto app = std::make_unique<cdk::App>(cdk::AppProps{.treeMetadata = false});
    buildApp(*app, static_cast<int>(state.range(0)));
    state.ResumeTiming();
    benchmark::DoNotOptimize(app->synth({.write = false}).stacks().size());
    state.PauseTiming();
    app.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 51);
}
BENCHMARK(BM_ManyStacksSynthesizeInMemory)->Arg(1)->Arg(20)->Arg(200)->Unit(benchmark::kMillisecond);

}  // namespace
