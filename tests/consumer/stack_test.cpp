// A unit test of a stack as a user writes one: it links cdkpp::assertions (Template, Match), which the program
// that deploys the stack (main.cpp, linked with cdkpp::cdkpp alone) does not carry. Plain C++ without a test
// framework, so that the consumer projects need nothing but cdkpp.
#include <cdk/assertions.hpp>
#include <cdk/core.hpp>

#include <iostream>

int main() {
  using cdk::Value;
  using cdk::assertions::Match;
  using cdk::assertions::Template;

  cdk::App app;
  auto& stack = app.make<cdk::Stack>("HelloStack");
  stack.make<cdk::CfnResource>(
      "Topic", {.properties = Value::map({{"DisplayName", "hello"}, {"FifoTopic", false}}), .type = "AWS::SNS::Topic"});

  const Template assertions = Template::fromStack(stack);
  assertions.resourceCountIs("AWS::SNS::Topic", 1);
  assertions.hasResourceProperties("AWS::SNS::Topic", Value::map({{"DisplayName", Match::stringLikeRegexp("^hel")}}));
  // A failed assertion throws, saying what differed.
  try {
    assertions.hasResourceProperties("AWS::SNS::Topic", Value::map({{"DisplayName", "goodbye"}}));
    std::cerr << "a template without DisplayName 'goodbye' passed the assertion\n";
    return 1;
  } catch (const cdk::assertions::AssertionError& e) {
    std::cout << "stack_test: the failed assertion said: " << e.what() << "\n";
  }
  std::cout << "stack_test: passed\n";
  return 0;
}
