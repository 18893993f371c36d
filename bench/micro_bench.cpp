// Micro-benchmarks of the synthesis phases (tree construction, resolution and rendering, writing) and of the
// building blocks that dominate them. Run: build/bench/cdkpp_micro_bench
#include <filesystem>

#include <benchmark/benchmark.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace {

using cdk::Value;

const cdk::CfnResourceTypeInfo kTagged{
    .typeName = "AWS::EC2::Subnet", .tagType = cdk::TagType::STANDARD, .tagPropertyName = "Tags"};

/// A taggable resource like the generated L1 classes.
class Subnet : public cdk::CfnResource {
 public:
  Subnet(cdk::Construct& scope, std::string_view id, Value props)
      : CfnResource(scope, id, kTagged), props_(std::move(props)) {}

 protected:
  Value renderProperties() const override { return props_; }

 private:
  Value props_;
};

/// An app shaped like the seed-000 platform: nested constructs, references, joins and tags.
void buildApp(cdk::App& app, int stacks, int resourcesPerStack) {
  cdk::Tags::of(app).add("Environment", "dev");
  cdk::Tags::of(app).add("Repository", "unknown");
  for (int s = 0; s < stacks; ++s) {
    auto& stack =
        app.make<cdk::Stack>("Stack" + std::to_string(s), {.env = cdk::Environment{.region = "ap-southeast-1"}});
    auto& vpc = stack.make<cdk::Construct>("VPC");
    auto& root = vpc.make<cdk::CfnResource>(
        "Resource", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
    for (int r = 0; r < resourcesPerStack; ++r) {
      auto& group = vpc.make<cdk::Construct>("Subnet" + std::to_string(r));
      group.make<Subnet>("Subnet", Value::map({{"AvailabilityZone", cdk::Fn::select(r % 2, cdk::Fn::getAzs())},
                                               {"CidrBlock", "10.0." + std::to_string(r) + ".0/24"},
                                               {"Description", Value("from ") + root.getAtt("CidrBlock") + ":6379"},
                                               {"VpcId", root.ref()}}));
      cdk::Tags::of(group).add("Name", group.node().path());
    }
  }
}

void BM_TreeConstruction(benchmark::State& state) {
  for (auto _ : state) {
    cdk::App app;
    buildApp(app, static_cast<int>(state.range(0)), 50);
    benchmark::DoNotOptimize(app.node().children().size());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 51);
}
BENCHMARK(BM_TreeConstruction)->Arg(1)->Arg(20)->Unit(benchmark::kMicrosecond);

void BM_SynthesizeInMemory(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    cdk::App app;
    buildApp(app, static_cast<int>(state.range(0)), 50);
    state.ResumeTiming();
    benchmark::DoNotOptimize(app.synth({.write = false}).stacks().size());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 51);
}
BENCHMARK(BM_SynthesizeInMemory)->Arg(1)->Arg(20)->Unit(benchmark::kMicrosecond);

void BM_SynthesizeAndWrite(benchmark::State& state) {
  const auto dir = std::filesystem::temp_directory_path() / "cdkpp-bench-out";
  for (auto _ : state) {
    state.PauseTiming();
    cdk::App app(cdk::AppProps{.outdir = dir.string()});
    buildApp(app, static_cast<int>(state.range(0)), 50);
    state.ResumeTiming();
    benchmark::DoNotOptimize(app.synth().stacks().size());
  }
  std::filesystem::remove_all(dir);
  state.SetItemsProcessed(state.iterations() * state.range(0) * 51);
}
BENCHMARK(BM_SynthesizeAndWrite)->Arg(1)->Arg(20)->Unit(benchmark::kMicrosecond);

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

}  // namespace
