#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "test_support.hpp"

namespace {

using cdk::App;
using cdk::Construct;
using cdk::ConstructError;
using cdk::Stack;

TEST(ConstructTest, PathsIdsAndScopes) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  auto& a = stack.make<Construct>("A");
  auto& b = a.make<Construct>("B");
  EXPECT_EQ(app.node().path(), "");
  EXPECT_EQ(stack.node().path(), "Stack");
  EXPECT_EQ(b.node().path(), "Stack/A/B");
  EXPECT_EQ(b.node().id(), "B");
  EXPECT_EQ(b.node().scope(), &a);
  EXPECT_EQ(&b.node().root(), &app);
  auto scopes = b.node().scopes();
  ASSERT_EQ(scopes.size(), 4u);
  EXPECT_EQ(scopes.front(), &app);
  EXPECT_EQ(scopes.back(), &b);
  EXPECT_EQ(&Stack::of(b), &stack);
  EXPECT_EQ(b.toString(), "Stack/A/B");
}

TEST(ConstructTest, ChildrenKeepCreationOrder) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  for (const char* id : {"Zeta", "Alpha", "Mu"}) stack.make<Construct>(id);
  std::vector<std::string> ids;
  for (auto* c : stack.node().children()) ids.push_back(c->node().id());
  EXPECT_EQ(ids, (std::vector<std::string>{"Zeta", "Alpha", "Mu"}));
}

TEST(ConstructTest, FindAllPreAndPostOrder) {
  App app;
  auto& s = app.make<Stack>("S");
  auto& a = s.make<Construct>("A");
  a.make<Construct>("A1");
  s.make<Construct>("B");
  std::vector<std::string> pre, post;
  for (auto* c : s.node().findAll()) pre.push_back(c->node().id());
  for (auto* c : s.node().findAll(cdk::ConstructOrder::POSTORDER)) post.push_back(c->node().id());
  EXPECT_EQ(pre, (std::vector<std::string>{"S", "A", "A1", "B"}));
  EXPECT_EQ(post, (std::vector<std::string>{"A1", "A", "B", "S"}));
}

TEST(ConstructTest, DuplicateIdIsAnError) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  stack.make<Construct>("Bucket");
  EXPECT_THROW_MSG(stack.make<Construct>("Bucket"), ConstructError, "already a construct with id 'Bucket' in 'Stack'");
  // The failed construct left nothing behind.
  EXPECT_EQ(stack.node().children().size(), 1u);
}

TEST(ConstructTest, EmptyIdIsAnError) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  EXPECT_THROW_MSG(stack.make<Construct>(""), ConstructError, "empty id");
}

TEST(ConstructTest, SlashInIdIsReplaced) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  auto& c = stack.make<Construct>("a/b");
  EXPECT_EQ(c.node().id(), "a--b");
  EXPECT_EQ(c.node().path(), "Stack/a--b");
}

TEST(ConstructTest, FindChildNamesTheChildren) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  stack.make<Construct>("One");
  EXPECT_EQ(stack.node().tryFindChild("Two"), nullptr);
  EXPECT_THROW_MSG(stack.node().findChild("Two"), ConstructError,
                   "no child with id 'Two' in 'Stack' (its children: One)");
}

TEST(ConstructTest, DefaultChild) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  auto& l2 = stack.make<Construct>("L2");
  EXPECT_EQ(l2.node().defaultChild(), nullptr);
  auto& res = l2.make<Construct>("Resource");
  EXPECT_EQ(l2.node().defaultChild(), &res);
  auto& other = l2.make<Construct>("Other");
  l2.node().setDefaultChild(&other);
  EXPECT_EQ(l2.node().defaultChild(), &other);
}

TEST(ConstructTest, TryRemoveChild) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  stack.make<Construct>("Gone");
  EXPECT_TRUE(stack.node().tryRemoveChild("Gone"));
  EXPECT_FALSE(stack.node().tryRemoveChild("Gone"));
  EXPECT_EQ(stack.node().tryFindChild("Gone"), nullptr);
  stack.make<Construct>("Gone");  // the id is free again
}

TEST(ConstructTest, ARemovedConstructLivesOnDetached) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  auto& gone = stack.make<Construct>("Gone");
  auto& below = gone.make<Construct>("Below");
  EXPECT_FALSE(below.node().isRemoved());
  ASSERT_TRUE(stack.node().tryRemoveChild("Gone"));
  // Kept until the app is destroyed: what still refers to it is reported at synthesis, not left dangling.
  EXPECT_TRUE(gone.node().isRemoved());
  EXPECT_TRUE(below.node().isRemoved());
  EXPECT_EQ(below.node().path(), "Stack/Gone/Below");
  EXPECT_FALSE(stack.node().isRemoved());
}

TEST(ConstructTest, ConstructOutsideAStackHasNoStack) {
  App app;
  auto& loose = app.make<Construct>("Loose");
  EXPECT_THROW_MSG(Stack::of(loose), ConstructError, "Loose: this construct is not inside a Stack");
  EXPECT_THROW_MSG(loose.make<cdk::CfnResource>("R", {.type = "AWS::SNS::Topic"}), ConstructError,
                   "not inside a Stack");
}

TEST(ConstructTest, LockedTreeRefusesChildren) {
  App app;
  auto& stack = app.make<Stack>("Stack");
  stack.node().lock();
  EXPECT_TRUE(stack.node().locked());
  EXPECT_THROW_MSG(stack.make<Construct>("Late"), ConstructError, "locked during synthesis");
  stack.node().unlock();
  stack.make<Construct>("Late");
}

TEST(ConstructTest, ManySiblingsStayFastToFind) {
  App app;
  for (int i = 0; i < 200; ++i) app.make<Stack>("S" + std::to_string(i));
  EXPECT_NE(app.node().tryFindChild("S150"), nullptr);
  EXPECT_THROW_MSG(app.make<Stack>("S150"), ConstructError, "already a construct with id 'S150'");
}

TEST(ConstructTest, StackNamesAndArtifactIds) {
  App app;
  auto& top = app.make<Stack>("Top", {.stackName = "custom-name"});
  EXPECT_EQ(top.stackName(), "custom-name");
  EXPECT_EQ(top.artifactId(), "Top");
  EXPECT_EQ(top.templateFile(), "Top.template.json");
  auto& group = app.make<Construct>("Group");
  auto& inner = group.make<Stack>("Inner");
  EXPECT_EQ(inner.artifactId(), cdk::makeUniqueId({"Group", "Inner"}));
  EXPECT_EQ(inner.stackName(), inner.artifactId());
  EXPECT_THROW_MSG(app.make<Stack>("Bad", {.stackName = "1-starts-with-digit"}), ConstructError,
                   "stack name '1-starts-with-digit' is not valid");
}

TEST(ConstructTest, StackEnvironment) {
  App app;
  auto& agnostic = app.make<Stack>("A");
  EXPECT_EQ(agnostic.environment(), "aws://unknown-account/unknown-region");
  EXPECT_TRUE(agnostic.region().isToken());
  auto& regional = app.make<Stack>("B", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  EXPECT_EQ(regional.environment(), "aws://unknown-account/ap-southeast-1");
  EXPECT_EQ(regional.region(), cdk::Value("ap-southeast-1"));
  auto& concrete = app.make<Stack>("C", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  EXPECT_EQ(concrete.environment(), "aws://123456789012/eu-west-1");
  // Without context, aws-cdk-lib's dummy zones, and the key reported (once) as missing context.
  EXPECT_EQ(concrete.availabilityZones(), (std::vector<cdk::Value>{"dummy1a", "dummy1b", "dummy1c"}));
  EXPECT_EQ(concrete.availabilityZones().size(), 3u);
  ASSERT_EQ(concrete.missingContext().size(), 1u);
  EXPECT_EQ(concrete.missingContext()[0].key, "availability-zones:account=123456789012:region=eu-west-1");
  EXPECT_EQ(concrete.missingContext()[0].provider, "availability-zones");
  EXPECT_EQ(agnostic.availabilityZones().size(), 2u);
  EXPECT_TRUE(agnostic.missingContext().empty());
  EXPECT_TRUE(regional.missingContext().empty());
}

TEST(ConstructTest, AvailabilityZonesFromContext) {
  App app(cdk::AppProps{.context = {{"availability-zones:account=123456789012:region=eu-west-1",
                                     cdk::Value::list({"eu-west-1b", "eu-west-1c"})}}});
  auto& concrete = app.make<Stack>("C", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  auto zones = concrete.availabilityZones();
  ASSERT_EQ(zones.size(), 2u);
  EXPECT_EQ(zones[1], cdk::Value("eu-west-1c"));
  EXPECT_TRUE(concrete.missingContext().empty());
}

}  // namespace
