#include <cstdlib>

#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "test_support.hpp"

namespace {

using cdk::App;
using cdk::ContextError;

using cdkpp_test::ScopedEnv;

TEST(ContextTest, InheritedFromTheApp) {
  App app(cdk::AppProps{.context = {{"environmentSuffix", "prod"}}});
  auto& stack = app.make<cdk::Stack>("S");
  auto& child = stack.make<cdk::Construct>("C");
  EXPECT_EQ(child.node().tryGetContext<std::string>("environmentSuffix"), "prod");
  EXPECT_FALSE(child.node().tryGetContext("missing").has_value());
  EXPECT_THROW_MSG(child.node().getContext("missing"), ContextError, "no context value for 'missing'");
}

TEST(ContextTest, CloserContextWins) {
  App app(cdk::AppProps{.context = {{"k", "app"}}});
  auto& scope = app.make<cdk::Construct>("Scope");
  scope.node().setContext("k", "scope");
  auto& child = scope.make<cdk::Construct>("Child");
  EXPECT_EQ(child.node().tryGetContext<std::string>("k"), "scope");
}

TEST(ContextTest, SetContextAfterChildrenIsAnError) {
  App app;
  app.make<cdk::Construct>("First");
  EXPECT_THROW_MSG(app.node().setContext("k", "v"), cdk::ConstructError, "cannot set context 'k' after children");
}

TEST(ContextTest, TypedAccessChecksTheType) {
  App app(cdk::AppProps{.context = {{"n", 3}, {"flag", "true"}, {"count", "12"}}});
  EXPECT_EQ(app.node().tryGetContext<bool>("flag"), true);
  EXPECT_EQ(app.node().tryGetContext<std::int64_t>("count"), 12);
  EXPECT_THROW_MSG(app.node().tryGetContext<std::string>("n"), ContextError,
                   "context value 'n' is 3, but a string is needed");
  EXPECT_THROW_MSG(app.node().tryGetContext<bool>("count"), ContextError, "true or false");
}

TEST(ContextTest, ReadsCdkContextJson) {
  ScopedEnv env("CDK_CONTEXT_JSON", R"({"environmentSuffix":"qa","n":2})");
  App app;
  EXPECT_EQ(app.node().tryGetContext<std::string>("environmentSuffix"), "qa");
  EXPECT_EQ(app.node().tryGetContext<std::int64_t>("n"), 2);
}

TEST(ContextTest, EnvironmentOverridesPropsContext) {
  ScopedEnv env("CDK_CONTEXT_JSON", R"({"k":"env"})");
  App app(cdk::AppProps{.context = {{"k", "props"}, {"other", "props"}}});
  EXPECT_EQ(app.node().tryGetContext<std::string>("k"), "env");
  EXPECT_EQ(app.node().tryGetContext<std::string>("other"), "props");
}

TEST(ContextTest, MalformedCdkContextJson) {
  {
    ScopedEnv env("CDK_CONTEXT_JSON", "{not json");
    EXPECT_THROW_MSG(App(), ContextError, "CDK_CONTEXT_JSON is not valid JSON");
  }
  {
    // Found by fuzzing: a number too large for a double is reported like any other malformed JSON.
    ScopedEnv env("CDK_CONTEXT_JSON", "[111111111111111111E11111]");
    EXPECT_THROW_MSG(App(), ContextError, "CDK_CONTEXT_JSON is not valid JSON");
  }
  {
    ScopedEnv env("CDK_CONTEXT_JSON", "[1,2]");
    EXPECT_THROW_MSG(App(), ContextError, "CDK_CONTEXT_JSON must be a JSON object");
  }
}

TEST(ContextTest, CommandLine) {
  ScopedEnv env("CDK_CONTEXT_JSON", R"({"k":"env"})");
  const char* argv[] = {"prog", "--context", "k=cli", "-c", "x=1=2", "--output", "/tmp/somewhere"};
  App app(7, argv);
  EXPECT_EQ(app.node().tryGetContext<std::string>("k"), "cli");
  EXPECT_EQ(app.node().tryGetContext<std::string>("x"), "1=2");
  EXPECT_EQ(app.outdir(), "/tmp/somewhere");
}

TEST(ContextTest, MalformedContextArgument) {
  const char* argv[] = {"prog", "--context", "novalue"};
  EXPECT_THROW_MSG(App(3, argv), ContextError, "--context 'novalue' is not KEY=VALUE");
  const char* argv2[] = {"prog", "--context", "=v"};
  EXPECT_THROW_MSG(App(3, argv2), ContextError, "is not KEY=VALUE");
}

TEST(ContextTest, UnknownOptionAndHelp) {
  const char* bad[] = {"prog", "--frobnicate"};
  EXPECT_THROW_MSG(App(2, bad), cdk::CommandLineError, "--help");
  const char* help[] = {"prog", "--help"};
  EXPECT_THROW_MSG(App(2, help), cdk::HelpRequested, "Usage: prog [--output DIR] [--context KEY=VALUE]");
}

TEST(ContextTest, OutdirDefaults) {
  {
    ScopedEnv env("CDK_OUTDIR", nullptr);
    EXPECT_EQ(App().outdir(), "cdk.out");
  }
  {
    ScopedEnv env("CDK_OUTDIR", "/tmp/from-env");
    EXPECT_EQ(App().outdir(), "/tmp/from-env");
    EXPECT_EQ(App(cdk::AppProps{.outdir = "explicit"}).outdir(), "explicit");
  }
}

}  // namespace
