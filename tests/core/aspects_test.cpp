#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;

/// Records the order of synthesis hooks.
class Probe : public cdk::Construct {
 public:
  Probe(cdk::Construct& scope, std::string_view id, std::vector<std::string>& log) : Construct(scope, id), log_(log) {}

 protected:
  void onPrepare() override { log_.push_back("prepare " + node().id()); }

 private:
  std::vector<std::string>& log_;
};

TEST(AspectsTest, VisitEveryConstructBeforePrepare) {
  cdk::App app;
  std::vector<std::string> log;
  auto& s = app.make<cdk::Stack>("S");
  s.make<Probe>("P", log);
  cdk::Aspects::of(s).add([&](cdk::Construct& c) { log.push_back("aspect " + c.node().id()); });
  app.synth({.write = false});
  EXPECT_EQ(log, (std::vector<std::string>{"aspect S", "aspect P", "prepare P"}));
}

TEST(AspectsTest, PriorityOrderAndInheritance) {
  cdk::App app;
  std::vector<std::string> log;
  auto& s = app.make<cdk::Stack>("S");
  auto& leaf = s.make<cdk::Construct>("Leaf");
  cdk::Aspects::of(leaf).add([&](cdk::Construct& c) { log.push_back("leaf-default " + c.node().id()); });
  cdk::Aspects::of(app).add([&](cdk::Construct& c) { log.push_back("app-readonly " + c.node().id()); },
                            {.priority = cdk::AspectPriority::READONLY});
  cdk::Aspects::of(app).add([&](cdk::Construct& c) { log.push_back("app-mutating " + c.node().id()); },
                            {.priority = cdk::AspectPriority::MUTATING});
  app.synth({.write = false});
  std::vector<std::string> onLeaf;
  for (auto& line : log) {
    if (line.ends_with(" Leaf")) onLeaf.push_back(line);
  }
  EXPECT_EQ(onLeaf, (std::vector<std::string>{"app-mutating Leaf", "leaf-default Leaf", "app-readonly Leaf"}));
}

TEST(AspectsTest, ConstructsAddedByAspectsAreVisited) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::Construct>("Seed");
  std::vector<std::string> seen;
  cdk::Aspects::of(s).add([&](cdk::Construct& c) {
    seen.push_back(c.node().path());
    if (c.node().id() == "Seed") c.make<cdk::CfnResource>("Added", {.type = "AWS::SNS::Topic"});
  });
  const auto& assembly = app.synth({.write = false});
  EXPECT_NE(std::find(seen.begin(), seen.end(), "S/Seed/Added"), seen.end());
  EXPECT_TRUE(assembly.getStackByName("S").templateJson()["Resources"].contains(cdk::makeUniqueId({"Seed", "Added"})));
  // A second synthesis does not run the aspects again.
  app.synth({.write = false});
  EXPECT_EQ(std::count(seen.begin(), seen.end(), "S/Seed"), 1);
}

TEST(AspectsTest, ASecondSynthesisVisitsOnlyWhatIsNew) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::Construct>("Old");
  std::vector<std::string> first, second;
  cdk::Aspects::of(s).add([&](cdk::Construct& c) { first.push_back(c.node().path()); });
  app.synth({.write = false});
  EXPECT_EQ(first, (std::vector<std::string>{"S", "S/Old"}));

  // A construct added since: the first aspect visits only it (and the bootstrap version check the stack's
  // synthesizer added at the end of the first synthesis, as aws-cdk-lib's does); an aspect added since visits
  // everything.
  s.make<cdk::Construct>("New");
  cdk::Aspects::of(s).add([&](cdk::Construct& c) { second.push_back(c.node().path()); });
  app.synth({.write = false});
  EXPECT_EQ(first, (std::vector<std::string>{"S", "S/Old", "S/BootstrapVersion", "S/CheckBootstrapVersion", "S/New"}));
  EXPECT_EQ(second, (std::vector<std::string>{"S", "S/Old", "S/BootstrapVersion", "S/CheckBootstrapVersion", "S/New"}));
}

TEST(AspectsTest, AnAspectThatNeverStopsAddingIsAnError) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  int n = 0;
  cdk::Aspects::of(s).add([&](cdk::Construct& c) {
    if (&c == &s) return;
    c.node().scope()->make<cdk::Construct>("More" + std::to_string(n++));
  });
  s.make<cdk::Construct>("Start");
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError, "aspects were still adding constructs");
}

TEST(AspectsTest, AnAspectMayRemoveTheConstructItVisits) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& doomed = s.make<cdk::Construct>("Doomed");
  doomed.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  s.make<cdk::CfnResource>("Kept", {.type = "AWS::SNS::Topic"});
  std::vector<std::string> seen;
  cdk::Aspects::of(s).add([&](cdk::Construct& c) {
    seen.push_back(c.node().path());
    if (c.node().id() == "Doomed") c.node().scope()->node().tryRemoveChild("Doomed");
  });
  const auto& assembly = app.synth({.write = false});
  // As in aws-cdk-lib, the walk under way still visits what was below the removed construct.
  EXPECT_EQ(seen, (std::vector<std::string>{"S", "S/Doomed", "S/Doomed/Topic", "S/Kept"}));
  const auto& resources = assembly.getStackByName("S").templateJson()["Resources"];
  EXPECT_EQ(resources.size(), 1u);
  EXPECT_TRUE(resources.contains("Kept"));
  EXPECT_EQ(s.node().tryFindChild("Doomed"), nullptr);
}

TEST(AspectsTest, ASiblingSkippedByARemovalIsVisitedInTheNextRound) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  for (const char* id : {"A", "B", "C", "D"}) s.make<cdk::Construct>(id);
  std::vector<std::string> seen;
  cdk::Aspects::of(s).add([&](cdk::Construct& c) {
    seen.push_back(c.node().id());
    // Visiting B removes A, which came before it: C moves to B's place in the list being walked.
    if (c.node().id() == "B") s.node().tryRemoveChild("A");
  });
  app.synth({.write = false});
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<std::string>{"A", "B", "C", "D", "S"}));
}

TEST(AspectsTest, RemovingAConstructDuringSynthesisIsRefused) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  s.node().addValidation([&] {
    s.node().tryRemoveChild("Topic");
    return std::vector<std::string>{};
  });
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ConstructError,
                   "S: cannot remove 'Topic' from 'S': the tree is locked during synthesis; remove constructs "
                   "before App::synth() or in an aspect");
  // Outside synthesis the removal is allowed, and the next synthesis leaves the resource out.
  EXPECT_TRUE(s.node().tryRemoveChild("Topic"));
}

TEST(AspectsTest, NullAspectIsRefused) {
  cdk::App app;
  EXPECT_THROW_MSG(cdk::Aspects::of(app).add(std::shared_ptr<cdk::IAspect>()), cdk::ConstructError,
                   "not a null pointer");
}

TEST(AnnotationsTest, WarningsAreReturnedErrorsFailSynthesis) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& c = s.make<cdk::Construct>("C");
  cdk::Annotations::of(c).addWarning("be careful");
  cdk::Annotations::of(c).addInfo("fyi");
  cdk::Annotations::of(c).addWarningV2("my:ack", "silenced");
  cdk::Annotations::of(s).acknowledgeWarning("my:ack");
  const auto& assembly = app.synth({.write = false});
  auto warnings = assembly.warnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].path, "S/C");
  EXPECT_EQ(warnings[0].message, "be careful");
  EXPECT_EQ(assembly.messages().size(), 2u);
  const auto& metadata = assembly.manifest()["artifacts"]["S"]["metadata"]["/S/C"];
  EXPECT_EQ(metadata[0]["type"], "aws:cdk:warning");

  cdk::Annotations::of(c).addError("first problem");
  cdk::Annotations::of(s).addError("second problem");
  try {
    app.synth({.write = false});
    FAIL();
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 2u);
    EXPECT_EQ(e.issues()[0].path, "S");
    EXPECT_EQ(e.issues()[1].path, "S/C");
    EXPECT_NE(std::string(e.what()).find("Synthesis failed with 2 errors:\n  S: second problem\n  S/C: first problem"),
              std::string::npos);
  }
}

TEST(ValidationsTest, CollectedFromTheWholeTree) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.node().addValidation([] { return std::vector<std::string>{"stack is wrong"}; });
  auto& c = s.make<cdk::Construct>("C");
  c.node().addValidation([] { return std::vector<std::string>{"child is wrong", "twice"}; });
  c.node().addValidation([] { return std::vector<std::string>{}; });
  try {
    app.synth({.write = false});
    FAIL();
  } catch (const cdk::ValidationError& e) {
    EXPECT_EQ(e.issues().size(), 3u);
  }
}

}  // namespace
