// Input that would recurse without end, or fail in user code in ways C++ does not require to be exceptions, ends
// in a clear error that names where it happened: never a stack overflow or std::terminate.
#include <cstdlib>
#include <limits>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using cdkpp_test::TempDir;

using cdkpp_test::ScopedEnv;
using cdkpp_test::topic;

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(RunawayInputTest, LazyThatResolvesToItself) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto self = std::make_shared<Value>();
  *self = cdk::Lazy::any([self] { return *self; });
  topic(stack, "T", Value::map({{"TopicName", *self}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError,
                   "Stack/T: the token ${Token[Lazy]} resolves "
                   "to a value that contains the token itself");
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError, "TopicName");
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError, "must return the final value");
  *self = Value();  // break the cycle of shared pointers
}

TEST(RunawayInputTest, LazyInsideAListItProduces) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto self = std::make_shared<Value>();
  *self = cdk::Lazy::any([self] { return Value::list({"a", *self}); });
  topic(stack, "T", Value::map({{"Tags", *self}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError, "contains the token itself");
  *self = Value();
}

TEST(RunawayInputTest, LazyThatProducesNewLaziesForever) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  std::function<Value()> next = [&next] { return cdk::Lazy::any(next); };
  topic(stack, "T", Value::map({{"TopicName", next()}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError,
                   "Stack/T: the value is nested more than 256 "
                   "levels deep");
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError, "build a flatter value");
}

TEST(RunawayInputTest, ValueNestedTooDeep) {
  Value deep = "leaf";
  for (int i = 0; i < 300; ++i) deep = Value::list({deep});
  cdk::App app;
  topic(app.make<cdk::Stack>("Stack"), "T", Value::map({{"Deep", deep}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError, "nested more than 256 levels deep");
  // Just below the limit is fine.
  Value fine = "leaf";
  for (int i = 0; i < 200; ++i) fine = Value::list({fine});
  cdk::App ok;
  topic(ok.make<cdk::Stack>("Stack"), "T", Value::map({{"Deep", fine}}));
  EXPECT_NO_THROW(ok.synth({.write = false}));
}

TEST(RunawayInputTest, ValueFromJsonNestedTooDeep) {
  const auto deep = nlohmann::json::parse(nested(600));
  EXPECT_THROW_MSG(Value::fromJson(deep), cdk::Error, "nested more than 512 levels deep");
  EXPECT_NO_THROW(Value::fromJson(nlohmann::json::parse(nested(500))));
}

TEST(RunawayInputTest, ContextJsonNestedTooDeep) {
  // 50,000 levels fit one environment variable and used to overflow the stack.
  ScopedEnv env("CDK_CONTEXT_JSON", "{\"k\": " + nested(50000) + "}");
  EXPECT_THROW_MSG(cdk::App(), cdk::ContextError, "CDK_CONTEXT_JSON is nested more than 64 levels deep");
  EXPECT_THROW_MSG(cdk::App(), cdk::ContextError, "pass a flatter JSON object");
}

TEST(RunawayInputTest, ContextFileNestedTooDeep) {
  TempDir dir;
  std::ofstream(dir / "context.json") << "{\"k\": " << nested(100000) << "}";
  ScopedEnv env("CONTEXT_OVERFLOW_LOCATION_ENV", (dir / "context.json").string());
  EXPECT_THROW_MSG(cdk::App(), cdk::ContextError, "context.json' is nested more than 64 levels deep");
}

TEST(RunawayInputTest, AspectThatThrowsIsReportedWithTheConstructItVisited) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  topic(stack, "T", Value());
  cdk::Aspects::of(stack).add([](cdk::Construct& c) {
    if (c.node().id() == "T") throw std::runtime_error("bad topic");
  });
  try {
    app.synth({.write = false});
    FAIL();
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "Stack/T");
    EXPECT_EQ(std::string(e.what()), "Stack/T: an aspect failed while visiting this construct: bad topic");
    // The aspect's own exception is still there for a program that wants it.
    try {
      std::rethrow_if_nested(e);
      FAIL() << "no nested exception";
    } catch (const std::runtime_error& inner) {
      EXPECT_EQ(std::string(inner.what()), "bad topic");
    }
  }
}

TEST(RunawayInputTest, AspectOrLazyThatThrowsANonException) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  cdk::Aspects::of(stack).add([](cdk::Construct&) { throw 1.5; });
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ConstructError,
                   "Stack: an aspect failed while visiting this construct: it threw an exception of type 'double'");

  cdk::App lazy;
  topic(lazy.make<cdk::Stack>("Stack"), "T",
        Value::map({{"TopicName", cdk::Lazy::string([]() -> std::string { throw std::string("text"); })}}));
  EXPECT_THROW_MSG(lazy.synth({.write = false}), cdk::ResolutionError,
                   "threw an exception of type 'std::__cxx11::basic_string<char, std::char_traits<char>, "
                   "std::allocator<char> >', which is not a std::exception");
}

TEST(RunawayInputTest, ConstructTreeTooDeep) {
  cdk::App app;
  cdk::Construct* scope = &app.make<cdk::Stack>("Stack");
  for (std::size_t depth = 2; depth <= cdk::Node::kMaxDepth; ++depth) scope = &scope->make<cdk::Construct>("c");
  EXPECT_THROW_MSG(scope->make<cdk::Construct>("c"), cdk::ConstructError,
                   "cannot add 'c': the construct tree would be more than 512 levels deep");
}

TEST(RunawayInputTest, IdThatIsNotUtf8IsRefusedWhereItIsGiven) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  EXPECT_THROW_MSG(stack.make<cdk::Construct>(std::string("Bad\xC3")), cdk::ConstructError,
                   "Stack: the id starting \"Bad\" is not valid UTF-8 (byte 3 is 0xC3)");
  EXPECT_THROW_MSG(stack.make<cdk::Construct>(std::string("\xFFx")), cdk::ConstructError, "pass UTF-8 text");
  EXPECT_NO_THROW(stack.make<cdk::Construct>("Größe"));
}

TEST(RunawayInputTest, NumberThatIsNotFiniteSaysWhatToDo) {
  cdk::App app;
  topic(app.make<cdk::Stack>("Stack"), "T", Value::map({{"Size", std::numeric_limits<double>::infinity()}}));
  EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ResolutionError,
                   "the number inf cannot be written to a template: JSON has no NaN or infinity; pass a finite number");
}

}  // namespace
