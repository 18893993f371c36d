// runApp turns everything a program can throw into an exit code and a message on stderr: never a signal.
#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/runner/run_app.hpp"
#include "test_support.hpp"

namespace {

using cdkpp_test::TempDir;
using testing::internal::CaptureStderr;
using testing::internal::CaptureStdout;
using testing::internal::GetCapturedStderr;
using testing::internal::GetCapturedStdout;

struct RunResult {
  int code;
  std::string err;
};

RunResult run(const std::function<void(cdk::App&)>& body, std::vector<const char*> args = {}) {
  TempDir dir;
  const std::string out = (dir / "out").string();
  std::vector<const char*> argv = {"app", "--output", out.c_str()};
  argv.insert(argv.end(), args.begin(), args.end());
  CaptureStderr();
  const int code = cdk::runApp(static_cast<int>(argv.size()), argv.data(), body);
  return {code, GetCapturedStderr()};
}

struct Custom {};

TEST(RunAppTest, SuccessPrintsWarningsAndReturnsZero) {
  const RunResult r = run([](cdk::App& app) {
    auto& stack = app.make<cdk::Stack>("Stack");
    cdk::Annotations::of(stack).addWarning("look here");
  });
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "[Warning at /Stack] look here\n");
}

TEST(RunAppTest, BodyThrowingSomethingThatIsNotAnExceptionEndsInAnError) {
  RunResult r = run([](cdk::App&) { throw 42; });
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("error: the app threw an exception of type 'int', which is not derived from std::exception"),
            std::string::npos)
      << r.err;
  r = run([](cdk::App&) { throw Custom{}; });
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("of type '(anonymous namespace)::Custom'"), std::string::npos) << r.err;
}

TEST(RunAppTest, AspectOrLazyThrowingSomethingThatIsNotAnExceptionEndsInAnError) {
  RunResult r = run([](cdk::App& app) {
    auto& stack = app.make<cdk::Stack>("Stack");
    cdk::Aspects::of(stack).add([](cdk::Construct&) { throw 7; });
  });
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("error: Stack: an aspect failed while visiting this construct: it threw an exception of "
                       "type 'int'"),
            std::string::npos)
      << r.err;
  r = run([](cdk::App& app) {
    app.make<cdk::Stack>("Stack").make<cdk::CfnResource>(
        "T", {.properties = cdk::Value::map({{"TopicName", cdk::Lazy::string([]() -> std::string { throw 'x'; })}}),
              .type = "AWS::SNS::Topic"});
  });
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("error: Stack/T: the Lazy value at Stack/T"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("TopicName threw an exception of type 'char', which is not a std::exception"), std::string::npos)
      << r.err;
}

TEST(RunAppTest, MessageWithANulByteIsPrintedWhole) {
  const RunResult r = run(
      [](cdk::App& app) { throw cdk::ConstructError(app.node().path(), std::string("bad value 'a\0b' here", 20)); });
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "error: bad value 'a\\0b' here\n");
}

TEST(RunAppTest, CommandLineErrorsReturnTwoAndHelpZero) {
  RunResult r = run([](cdk::App&) {}, {"--outptu"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--help"), std::string::npos) << r.err;
  CaptureStdout();
  r = run([](cdk::App&) {}, {"--help"});
  const std::string out = GetCapturedStdout();
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(out.find("Usage: app"), std::string::npos) << out;
}

TEST(RunAppTest, OutputIntoAFolderWithTheUsersFilesIsAnErrorNotALoss) {
  TempDir dir;
  std::ofstream(dir / "notes.txt") << "keep";
  const std::string out = dir.path().string();
  const char* argv[] = {"app", "--output", out.c_str()};
  CaptureStderr();
  const int code = cdk::runApp(3, argv, [](cdk::App& app) { app.make<cdk::Stack>("Stack"); });
  const std::string err = GetCapturedStderr();
  EXPECT_EQ(code, 1);
  EXPECT_NE(err.find("(notes.txt)"), std::string::npos) << err;
  EXPECT_EQ(cdkpp_test::readFile(dir / "notes.txt"), "keep");
}

}  // namespace
