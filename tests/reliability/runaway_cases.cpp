// Bad input that would recurse without end or escape as something other than an exception: user callbacks
// that throw anything, values that refer to themselves, input nested past any real use.
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "bad_input_catalogue.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace cdkpp_test {
namespace {

using namespace cdk;

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

/// An app whose stack's topic has one property built by `make`.
void synthWithProperty(const std::function<Value()>& make) {
  App app;
  topic(app.make<Stack>("Stack"), "T", Value::map({{"TopicName", make()}}));
  synth(app);
}

}  // namespace

std::vector<BadInputCase> runawayBadInput() {
  std::vector<BadInputCase> c;
  c.push_back(makeCase<ConstructError>("AspectThrowsAnInt",
                                       [] {
                                         App app;
                                         Aspects::of(app.make<Stack>("Stack")).add([](Construct&) { throw 42; });
                                         synth(app);
                                       },
                                       "Stack", {"an aspect failed while visiting this construct", "type 'int'"}));
  c.push_back(makeCase<ConstructError>(
      "AspectThrowsAStringObject",
      [] {
        App app;
        Aspects::of(app.make<Stack>("Stack")).add([](Construct&) { throw std::string("oops"); });
        synth(app);
      },
      "Stack", {"an aspect failed while visiting this construct", "not a std::exception"}));
  c.push_back(makeCase<ConstructError>("AspectThrowsAnException",
                                       [] {
                                         App app;
                                         auto& stack = app.make<Stack>("Stack");
                                         topic(stack);
                                         Aspects::of(stack).add([](Construct& construct) {
                                           if (CfnResource::isCfnResource(construct)) {
                                             throw std::runtime_error("topics are not allowed here");
                                           }
                                         });
                                         synth(app);
                                       },
                                       "Stack/T",
                                       {"an aspect failed while visiting this construct: topics are not allowed"}));
  c.push_back(makeCase<ResolutionError>(
      "LazyThrowsAnInt", [] { synthWithProperty([] { return Lazy::string([]() -> std::string { throw 7; }); }); },
      "Stack/T", {"TopicName", "type 'int'", "fix its producer"}));
  c.push_back(makeCase<ResolutionError>("LazyResolvesToItself",
                                        [] {
                                          auto self = std::make_shared<Value>();
                                          *self = Lazy::any([self] { return *self; });
                                          try {
                                            synthWithProperty([&] { return *self; });
                                          } catch (...) {
                                            *self = Value();
                                            throw;
                                          }
                                        },
                                        "Stack/T", {"contains the token itself", "must return the final value"}));
  c.push_back(makeCase<ResolutionError>("LazyInsideTheListItProduces",
                                        [] {
                                          auto self = std::make_shared<Value>();
                                          *self = Lazy::any([self] { return Value::list({1, *self}); });
                                          try {
                                            synthWithProperty([&] { return *self; });
                                          } catch (...) {
                                            *self = Value();
                                            throw;
                                          }
                                        },
                                        "Stack/T", {"contains the token itself", "TopicName"}));
  c.push_back(makeCase<ResolutionError>("LazyChainWithoutEnd",
                                        [] {
                                          std::function<Value()> next = [&next] { return Lazy::any(next); };
                                          synthWithProperty(next);
                                        },
                                        "Stack/T", {"nested more than 256 levels deep", "build a flatter value"}));
  c.push_back(makeCase<ResolutionError>("ValueNestedTooDeep",
                                        [] {
                                          synthWithProperty([] {
                                            Value deep = 1;
                                            for (int i = 0; i < 1000; ++i) deep = Value::list({deep});
                                            return deep;
                                          });
                                        },
                                        "Stack/T", {"nested more than 256 levels deep"}));
  c.push_back(makeCase<Error>("ValueFromJsonNestedTooDeep",
                              [] { Value::fromJson(nlohmann::json::parse(nested(5000))); }, "",
                              {"nested more than 512 levels deep", "pass a flatter document"}));
  c.push_back(makeCase<ContextError>("ContextJsonNestedTooDeep",
                                     [] {
                                       ScopedEnv env("CDK_CONTEXT_JSON", "{\"k\": " + nested(50000) + "}");
                                       App app;
                                     },
                                     "", {"CDK_CONTEXT_JSON is nested more than 64 levels deep", "flatter"}));
  c.push_back(makeCase<ContextError>("ContextFileNestedTooDeep",
                                     [] {
                                       const auto file = std::filesystem::temp_directory_path() /
                                                         ("cdkpp-catalogue-context-" + std::to_string(::getpid()));
                                       std::ofstream(file) << "{\"k\": " << nested(200000) << "}";
                                       ScopedEnv env("CONTEXT_OVERFLOW_LOCATION_ENV", file.string());
                                       try {
                                         App app;
                                       } catch (...) {
                                         std::filesystem::remove(file);
                                         throw;
                                       }
                                       std::filesystem::remove(file);
                                     },
                                     "", {"is nested more than 64 levels deep"}));
  c.push_back(makeCase<ConstructError>("ConstructTreeTooDeep",
                                       [] {
                                         App app;
                                         Construct* scope = &app;
                                         for (int i = 0; i < 100000; ++i) scope = &scope->make<Construct>("c");
                                       },
                                       "c/c/c", {"more than 512 levels deep", "nest constructs less deeply"}));
  c.push_back(makeCase<ConstructError>("IdNotValidUtf8",
                                       [] {
                                         App app;
                                         app.make<Stack>("Stack").make<Construct>(std::string("Caf\xE9"));
                                       },
                                       "Stack", {"is not valid UTF-8 (byte 3 is 0xE9)", "pass UTF-8 text"}));
  c.push_back(makeCase<ConstructError>("IdWithAnOverlongUtf8Form",
                                       [] {
                                         App app;
                                         app.make<Stack>(std::string("A\xC0\x80"));
                                       },
                                       "", {"is not valid UTF-8", "pass UTF-8 text"}));
  c.push_back(makeCase<ResolutionError>(
      "NumberThatIsInfinite", [] { synthWithProperty([] { return Value(std::numeric_limits<double>::infinity()); }); },
      "Stack/T", {"the number inf cannot be written", "pass a finite number"}));
  c.push_back(makeCase<ResolutionError>(
      "LazyNumberThatIsNaN", [] { synthWithProperty([] { return Lazy::number([] { return std::nan(""); }); }); },
      "Stack/T", {"JSON has no NaN or infinity", "TopicName"}));
  c.push_back(makeCase<ValidationError>("ValidationThatThrows",
                                        [] {
                                          App app;
                                          auto& stack = app.make<Stack>("Stack");
                                          stack.node().addValidation(
                                              []() -> std::vector<std::string> { throw std::out_of_range("index 3"); });
                                          synth(app);
                                        },
                                        "Stack", {"a validation of this construct threw: index 3"}));
  c.push_back(makeCase<ValidationError>("ValidationThatThrowsANonException",
                                        [] {
                                          App app;
                                          auto& stack = app.make<Stack>("Stack");
                                          stack.node().addValidation([]() -> std::vector<std::string> { throw 3u; });
                                          synth(app);
                                        },
                                        "Stack", {"type 'unsigned int'", "return the problem as an error message"}));
  return c;
}

}  // namespace cdkpp_test
