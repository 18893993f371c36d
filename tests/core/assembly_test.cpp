#include <sys/stat.h>

#include <thread>

#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/synthesis_session.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using cdkpp_test::readFile;
using cdkpp_test::TempDir;
namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

/// A small app with two stacks and a cross-stack reference.
void buildCrossStackApp(cdk::App& app) {
  auto& net = app.make<cdk::Stack>("Net", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& vpc = net.make<cdk::CfnResource>(
      "Vpc", {.properties = Value::map({{"CidrBlock", "10.0.0.0/16"}}), .type = "AWS::EC2::VPC"});
  auto& svc = app.make<cdk::Stack>("Svc", {.env = cdk::Environment{.region = "eu-west-1"}});
  svc.make<cdk::CfnResource>("Sg", {.properties = Value::map({{"GroupDescription", "sg"}, {"VpcId", vpc.ref()}}),
                                    .type = "AWS::EC2::SecurityGroup"});
  svc.make<cdk::CfnOutput>("Ratio", {.value = 0.25});
  cdk::Annotations::of(svc).addWarning("a warning");
}

TEST(AssemblyTest, WritesManifestTemplatesAndTree) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildCrossStackApp(app);
  const auto& assembly = app.synth();
  EXPECT_EQ(assembly.directory(), dir / "out");
  for (const char* f : {"manifest.json", "tree.json", "cdk.out", "Net.template.json", "Svc.template.json"}) {
    EXPECT_TRUE(fs::exists(dir / "out" / f)) << f;
  }
  // Templates use CDK's layout: 1-space indentation; numbers as JavaScript prints them.
  const std::string text = readFile(dir / "out" / "Svc.template.json");
  EXPECT_EQ(text.substr(0, 16), "{\n \"Resources\": ");
  EXPECT_NE(text.find("\"Value\": 0.25"), std::string::npos);
  json manifest = json::parse(readFile(dir / "out" / "manifest.json"));
  EXPECT_EQ(manifest["version"], "36.0.0");
  const auto& svc = manifest["artifacts"]["Svc"];
  EXPECT_EQ(svc["type"], "aws:cloudformation:stack");
  EXPECT_EQ(svc["environment"], "aws://unknown-account/eu-west-1");
  EXPECT_EQ(svc["properties"]["templateFile"], "Svc.template.json");
  EXPECT_EQ(svc["dependencies"].dump(), R"(["Net","Svc.assets"])");
  EXPECT_EQ(svc["metadata"]["/Svc/Sg"][0]["data"], "Sg");
  EXPECT_EQ(svc["metadata"]["/Svc"][0]["type"], "aws:cdk:warning");
  EXPECT_EQ(manifest["artifacts"]["Tree"]["type"], "cdk:tree");
  json tree = json::parse(readFile(dir / "out" / "tree.json"));
  EXPECT_EQ(tree["version"], "tree-0.1");
  const auto& sg = tree["tree"]["children"]["Svc"]["children"]["Sg"];
  EXPECT_EQ(sg["attributes"]["aws:cdk:cloudformation:type"], "AWS::EC2::SecurityGroup");
  EXPECT_EQ(sg["constructInfo"]["fqn"], "cdk::CfnResource");
}

TEST(AssemblyTest, TreeEscapesIdsThatNeedIt) {
  // Plain ids are copied into tree.json as they are; quotes, backslashes, control characters and UTF-8 are
  // escaped by nlohmann::json.
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Stack");
  const std::vector<std::string> ids = {"Plain", "Quote\"d", "Back\\slash", "Tab\tId",
                                        "Gr\xC3\xBC\xC3\x9F"
                                        "e"};
  for (const auto& id : ids) stack.make<cdk::Construct>(id);
  app.synth();
  const json tree = json::parse(readFile(dir / "out" / "tree.json"));
  const auto& children = tree["tree"]["children"]["Stack"]["children"];
  for (const auto& id : ids) {
    ASSERT_TRUE(children.contains(id)) << id;
    EXPECT_EQ(children[id]["id"], id);
    EXPECT_EQ(children[id]["path"], "Stack/" + id);
  }
}

TEST(AssemblyTest, ByteIdenticalForTheSameProgram) {
  TempDir dir;
  auto synthInto = [&](const std::string& name) {
    cdk::App app(cdk::AppProps{.outdir = (dir / name).string()});
    buildCrossStackApp(app);
    app.synth();
  };
  synthInto("a");
  synthInto("b");
  for (const char* f : {"manifest.json", "tree.json", "Net.template.json", "Svc.template.json", "cdk.out"}) {
    EXPECT_EQ(readFile(dir / "a" / f), readFile(dir / "b" / f)) << f;
  }
}

TEST(AssemblyTest, AppsSynthesizeConcurrentlyInThreads) {
  TempDir dir;
  std::vector<std::thread> threads;
  std::vector<std::string> errors(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      try {
        for (int round = 0; round < 5; ++round) {
          cdk::App app(cdk::AppProps{.outdir = (dir / ("t" + std::to_string(i))).string()});
          buildCrossStackApp(app);
          app.synth();
        }
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& e : errors) EXPECT_EQ(e, "");
  EXPECT_EQ(readFile(dir / "t0" / "Svc.template.json"), readFile(dir / "t3" / "Svc.template.json"));
}

/// Throws from a synthesis hook when asked.
class Saboteur : public cdk::Construct {
 public:
  enum class When { Never, Prepare, Write };
  Saboteur(cdk::Construct& scope, std::string_view id, When when) : Construct(scope, id), when_(when) {}
  void arm(When when) { when_ = when; }

 protected:
  void onPrepare() override {
    if (when_ == When::Prepare) throw std::runtime_error("sabotaged in prepare");
  }
  void onSynthesize(const cdk::SynthesisSession& session) override {
    session.writeFile("extra.txt", "written by a construct");
    if (when_ == When::Write) throw std::runtime_error("sabotaged while writing");
  }

 private:
  When when_;
};

TEST(AssemblyTest, FailedSynthesisLeavesThePreviousAssembly) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildCrossStackApp(app);
  auto& saboteur = app.make<Saboteur>("Saboteur", Saboteur::When::Never);
  app.synth();
  const std::string before = readFile(dir / "out" / "Svc.template.json");
  EXPECT_EQ(readFile(dir / "out" / "extra.txt"), "written by a construct");

  // Change the program, then fail: the old assembly stays, and nothing is left beside it.
  app.node().findChild("Svc").make<cdk::CfnResource>("New", {.type = "AWS::SNS::Topic"});
  saboteur.arm(Saboteur::When::Prepare);
  EXPECT_THROW_MSG(app.synth(), std::runtime_error, "sabotaged in prepare");
  saboteur.arm(Saboteur::When::Write);
  EXPECT_THROW_MSG(app.synth(), std::runtime_error, "sabotaged while writing");
  EXPECT_EQ(readFile(dir / "out" / "Svc.template.json"), before);
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) entries += e.path().filename() != "out";
  EXPECT_EQ(entries, 0u) << "a temporary folder was left behind";

  saboteur.arm(Saboteur::When::Never);
  app.synth();
  EXPECT_NE(readFile(dir / "out" / "Svc.template.json"), before);
}

TEST(AssemblyTest, ValidationFailureLeavesThePreviousAssembly) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildCrossStackApp(app);
  app.synth();
  const std::string before = readFile(dir / "out" / "manifest.json");
  cdk::Annotations::of(app.node().findChild("Net")).addError("broken");
  EXPECT_THROW(app.synth(), cdk::ValidationError);
  EXPECT_EQ(readFile(dir / "out" / "manifest.json"), before);
}

TEST(AssemblyTest, UnwritableOutputFolder) {
  TempDir dir;
  fs::create_directories(dir / "locked");
  fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
  // Permissions do not stop root (CI runs as root): /proc takes no new folders from anyone.
  const fs::path outdir = ::geteuid() == 0 ? fs::path("/proc/cdkpp-test/out") : dir / "locked" / "out";
  cdk::App app(cdk::AppProps{.outdir = outdir.string()});
  buildCrossStackApp(app);
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "cannot write the cloud assembly to");
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "choose a writable folder with --output or CDK_OUTDIR");
  EXPECT_EQ(app.assembly(), nullptr);
  fs::permissions(dir / "locked", fs::perms::owner_all);
}

TEST(AssemblyTest, OutputPathThatIsAFile) {
  TempDir dir;
  {
    std::ofstream(dir / "file") << "x";
  }
  cdk::App app(cdk::AppProps{.outdir = (dir / "file").string()});
  buildCrossStackApp(app);
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "it exists and is not a folder; choose a writable folder");
  cdk::App below(cdk::AppProps{.outdir = (dir / "file" / "sub").string()});
  buildCrossStackApp(below);
  EXPECT_THROW_MSG(below.synth(), cdk::AssemblyWriteError, "cannot write the cloud assembly to");
  EXPECT_EQ(readFile(dir / "file"), "x");
}

TEST(AssemblyTest, SessionRefusesPathsOutsideTheAssembly) {
  TempDir dir;
  cdk::SynthesisSession session(dir.path());
  EXPECT_THROW_MSG(session.writeFile("../escape", "x"), cdk::AssemblyWriteError, "is not a file name inside");
  EXPECT_THROW_MSG(session.writeFile("/abs", "x"), cdk::AssemblyWriteError, "is not a file name inside");
}

TEST(AssemblyTest, LockFilesOfTheCliStayInTheFolder) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildCrossStackApp(app);
  app.synth();
  {
    std::ofstream(dir / "out" / "synth.lock") << "123";
  }
  app.synth();
  EXPECT_EQ(readFile(dir / "out" / "synth.lock"), "123");
}

TEST(AssemblyTest, PathMetadataWhenTheCliAsksForIt) {
  cdk::App app(cdk::AppProps{.context = {{"aws:cdk:enable-path-metadata", true}}});
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnResource>("T", {.type = "AWS::SNS::Topic"});
  const auto& t = app.synth({.write = false}).getStackByName("S").templateJson();
  EXPECT_EQ(t["Resources"]["T"]["Metadata"]["aws:cdk:path"], "S/T");
}

}  // namespace

namespace {

// Synthesis assembles each template's text from per-element pieces; it must be exactly what dumping the whole
// template as one JSON tree (1-space indent, as aws-cdk-lib writes) gives.
TEST(AssemblyTest, TemplateTextIsTheJsonDumpWithOneSpaceIndent) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S", {.description = "multi\nline \"quoted\" ü"});
  stack.addTransform("AWS::Serverless-2016-10-31");
  stack.setTemplateMetadata(Value::map({{"Note", Value::list({1, 2.5, true, Value()})}}));
  auto& a = stack.make<cdk::CfnResource>(
      "A", {.properties = Value::map(
                {{"Empty", Value::map({})}, {"List", Value::list({})}, {"Nested", Value::map({{"K", "v"}})}}),
            .type = "Custom::A"});
  auto& b = stack.make<cdk::CfnResource>("B", {.properties = Value::map({{"Ref", a.ref()}}), .type = "Custom::B"});
  b.addDependency(a);
  stack.make<cdk::CfnParameter>("P", {.type = "String"});
  stack.make<cdk::CfnOutput>("O", {.exportName = "e", .value = a.getAtt("Arn")});
  const auto& artifact = app.synth({.write = false}).getStackByName("S");
  EXPECT_EQ(artifact.templateBody, artifact.templateJson().dump(1));
  EXPECT_EQ(artifact.templateJson()["Description"], "multi\nline \"quoted\" ü");
  EXPECT_EQ(artifact.templateJson()["Resources"]["B"]["DependsOn"], json::array({"A"}));
}

TEST(AssemblyTest, EmptyStackTemplate) {
  cdk::App app;
  app.make<cdk::Stack>("S");
  const auto& artifact = app.synth({.write = false}).getStackByName("S");
  EXPECT_EQ(artifact.templateBody, artifact.templateJson().dump(1));
}

TEST(AssemblyTest, TemplateJsonIsParsedOnceAcrossThreads) {
  cdk::App app;
  app.make<cdk::Stack>("S").make<cdk::CfnResource>("R", {.type = "Custom::R"});
  const auto& artifact = app.synth({.write = false}).getStackByName("S");
  std::vector<const json*> seen(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) threads.emplace_back([&, i] { seen[i] = &artifact.templateJson(); });
  for (auto& t : threads) t.join();
  for (const json* j : seen) EXPECT_EQ(j, seen[0]);
  EXPECT_EQ((*seen[0])["Resources"]["R"]["Type"], "Custom::R");
}

}  // namespace
