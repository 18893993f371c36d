// Bad input: aws-cdk-lib's errors (messages from tests/ssm/fixtures/ssm-error-*.error.txt) and cdkpp's own
// checks, each a cdk::ConstructError naming the parameter's path.
#include <functional>

#include <gtest/gtest.h>

#include "cdk/ssm.hpp"
#include "data_test_util.hpp"

namespace {

namespace ssm = cdk::ssm;

void expectParameterError(ssm::StringParameterProps props, const std::string& message) {
  datatest::Fixture f;
  try {
    f.stack->make<ssm::StringParameter>("Parameter", std::move(props));
    ADD_FAILURE() << "expected a cdk::ConstructError containing: " << message;
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), "TapStackdev/Parameter") << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

std::string fixtureError(const std::string& name) { return datatest::fixtureError("ssm", name); }

TEST(SsmErrors, ValueNotMatchingAllowedPattern) {
  expectParameterError({.allowedPattern = "^https://.*$", .stringValue = "http://api.example.com"},
                       fixtureError("ssm-error-pattern"));
  expectParameterError({.allowedPattern = "(unclosed", .stringValue = "x"},
                       "allowedPattern ((unclosed) is not a valid regular expression");
  // A match anywhere in the value is enough, as with JavaScript's RegExp.test; tokens are not checked.
  datatest::Fixture f;
  EXPECT_NO_THROW(f.stack->make<ssm::StringParameter>("Partial", {.allowedPattern = "[0-9]+", .stringValue = "v2"}));
  auto& param = f.stack->make<cdk::CfnParameter>("Given");
  EXPECT_NO_THROW(
      f.stack->make<ssm::StringParameter>("Token", {.allowedPattern = "^x$", .stringValue = param.valueAsString()}));
}

TEST(SsmErrors, Names) {
  expectParameterError({.parameterName = "/health/dev/api url", .stringValue = "x"},
                       fixtureError("ssm-error-name-characters"));
  expectParameterError({.parameterName = "health/dev/api", .stringValue = "x"},
                       fixtureError("ssm-error-name-not-qualified"));
  expectParameterError({.parameterName = "/" + std::string(2048, 'n'), .stringValue = "x"},
                       fixtureError("ssm-error-name-too-long"));
  expectParameterError(
      {.parameterName = "/health/dev/flag", .simpleName = true, .stringValue = "x"},
      "Parameter name \"/health/dev/flag\" is not a simple name, but \"simpleName\" was explicitly set "
      "to true. Either omit it or set it to false");
  expectParameterError({.simpleName = false, .stringValue = "x"},
                       "If \"parameterName\" is not explicitly defined, \"simpleName\" must be \"true\" or undefined");
}

TEST(SsmErrors, DescriptionAndValue) {
  expectParameterError({.description = std::string(1025, 'd'), .stringValue = "x"},
                       fixtureError("ssm-error-description"));
  expectParameterError({}, "StringParameter needs a value");
}

TEST(SsmErrors, ImportWithoutName) {
  datatest::Fixture f;
  EXPECT_THROW_MSG(ssm::StringParameter::fromStringParameterAttributes(*f.stack, "Imported", {}), cdk::ConstructError,
                   "parameterName cannot be an empty string");
}

}  // namespace
