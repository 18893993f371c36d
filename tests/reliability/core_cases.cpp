// Bad input to the core: ids, references, context, output, values, limits.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "bad_input_catalogue.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace cdkpp_test {
namespace {

using cdk::Value;

}  // namespace

std::vector<BadInputCase> coreBadInput() {
  using namespace cdk;
  std::vector<BadInputCase> c;
  c.push_back(makeCase<ConstructError>(
      "DuplicateSiblingId",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        topic(s, "Topic");
        topic(s, "Topic");
      },
      "Stack", {"already a construct with id 'Topic'", "give the new construct an id that is unique"}));
  c.push_back(makeCase<ConstructError>("EmptyId",
                                       [] {
                                         App app;
                                         app.make<Stack>("Stack").make<Construct>("");
                                       },
                                       "Stack", {"empty id", "give the construct a name"}));
  c.push_back(makeCase<ValidationError>(
      "IdWithoutLettersOrDigits",
      [] {
        App app;
        topic(app.make<Stack>("Stack"), "---");
        synth(app);
      },
      "Stack/---", {"logical ID would be empty", "give the construct an id with letters or digits"}));
  c.push_back(makeCase<ValidationError>("OnlyDefaultIds",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Stack"), "Default");
                                          synth(app);
                                        },
                                        "Stack/Default",
                                        {"every path component is 'Default'", "give the construct another id"}));
  c.push_back(makeCase<ValidationError>(
      "LogicalIdCollisionAdashBandAB",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        topic(s, "A-B");
        topic(s, "AB");
        synth(app);
      },
      "Stack/AB", {"logical ID 'AB' is also the logical ID of 'Stack/A-B'", "call overrideLogicalId()"}));
  c.push_back(makeCase<ValidationError>(
      "InvalidOverriddenLogicalId",
      [] {
        App app;
        topic(app.make<Stack>("Stack"), "T").overrideLogicalId("my-topic");
        synth(app);
      },
      "Stack/T", {"logical ID 'my-topic' is not valid", "pass another id to overrideLogicalId()"}));
  c.push_back(makeCase<ConstructError>("InvalidStackName",
                                       [] {
                                         App app;
                                         app.make<Stack>("Stack", {.stackName = "my_stack"});
                                       },
                                       "Stack", {"stack name 'my_stack' is not valid", "pass another stackName"}));
  c.push_back(makeCase<ConstructError>("ResourceOutsideAStack",
                                       [] {
                                         App app;
                                         topic(app.make<Construct>("Loose"), "Topic");
                                       },
                                       "Loose/Topic", {"not inside a Stack", "create it in a Stack"}));
  c.push_back(makeCase<ConstructError>("ChildAddedDuringSynthesis",
                                       [] {
                                         App app;
                                         auto& s = app.make<Stack>("Stack");
                                         s.node().addValidation([&s] {
                                           s.make<Construct>("Late");
                                           return std::vector<std::string>{};
                                         });
                                         synth(app);
                                       },
                                       "Stack",
                                       {"tree is locked during synthesis", "create constructs before App::synth()"}));
  c.push_back(makeCase<ConstructError>("ChildRemovedDuringSynthesis",
                                       [] {
                                         App app;
                                         auto& s = app.make<Stack>("Stack");
                                         s.make<Construct>("Doomed");
                                         s.node().addValidation([&s] {
                                           s.node().tryRemoveChild("Doomed");
                                           return std::vector<std::string>{};
                                         });
                                         synth(app);
                                       },
                                       "Stack", {"cannot remove 'Doomed'", "remove constructs before App::synth()"}));
  c.push_back(makeCase<ConstructError>(
      "NotAResourceType",
      [] {
        App app;
        app.make<Stack>("Stack").make<CfnResource>("R", {.type = "SNS Topic"});
      },
      "Stack/R", {"'SNS Topic' is not a CloudFormation resource type", "AWS::<Service>::<Type>"}));
  c.push_back(makeCase<ValidationError>(
      "OverridePathThroughAScalar",
      [] {
        App app;
        topic(app.make<Stack>("Stack"), "T", Value::map({{"TopicName", "t"}})).addPropertyOverride("TopicName.Sub", 1);
        synth(app);
      },
      "Stack/T", {"goes through 'TopicName'", "it can only go through maps and lists"}));
  c.push_back(makeCase<CycleError>(
      "ReferenceCycleBetweenResources",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        auto& a = topic(s, "A");
        auto& b = topic(s, "B", Value::map({{"Peer", a.ref()}}));
        a.addDependency(b);
        synth(app);
      },
      "Stack/A", {"depend on each other in a cycle", "remove one of these references or dependencies"}));
  c.push_back(makeCase<CycleError>(
      "CycleBetweenStacks",
      [] {
        App app;
        auto& one = app.make<Stack>("One");
        auto& two = app.make<Stack>("Two");
        topic(two, "B", Value::map({{"Peer", topic(one, "A").ref()}}));
        one.addDependency(two);
        synth(app);
      },
      "One", {"stacks depend on each other in a cycle", "move the shared resources into one stack"}));
  c.push_back(makeCase<ReferenceError>(
      "ReferenceToAnotherApp",
      [] {
        App one;
        App two;
        auto& t = topic(one.make<Stack>("A"), "T");
        topic(two.make<Stack>("B"), "C", Value::map({{"Peer", t.ref()}}));
        synth(two);
      },
      "B/C", {"belongs to another App", "constructs can only reference constructs of their own App"}));
  c.push_back(makeCase<ReferenceError>(
      "ReferenceAcrossAccounts",
      [] {
        App app;
        auto& a = app.make<Stack>("A", {.env = Environment{.account = "111111111111", .region = "us-east-1"}});
        auto& b = app.make<Stack>("B", {.env = Environment{.account = "222222222222", .region = "us-east-1"}});
        topic(b, "C", Value::map({{"Peer", topic(a, "T").ref()}}));
        synth(app);
      },
      "B/C", {"aws://222222222222/us-east-1", "pass the value another way"}));
  // Found by fuzz_tree: a construct removed while something still referred to it was destroyed (a dangling
  // pointer at synthesis). Removed constructs are now kept, detached, and the reference is refused.
  c.push_back(makeCase<ReferenceError>(
      "ReferenceToARemovedConstruct",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        auto& t = topic(s, "T");
        topic(s, "C", Value::map({{"Peer", t.ref()}}));
        s.node().tryRemoveChild("T");
        synth(app);
      },
      "Stack/C",
      {"refers to 'Stack/T', which was removed from the tree", "remove the reference as well, or keep the construct"}));
  c.push_back(makeCase<ReferenceError>(
      "DependencyOnARemovedConstruct",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        auto& group = s.make<Construct>("Group");
        topic(group, "T");
        topic(s, "C").node().addDependency(group);
        s.node().tryRemoveChild("Group");
        synth(app);
      },
      "Stack/C", {"depends on 'Stack/Group', which was removed from the tree", "remove the dependency as well"}));
  c.push_back(makeCase<ReferenceError>(
      "DependsOnARemovedResource",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        topic(s, "C").addDependency(topic(s, "T"));
        s.node().tryRemoveChild("T");
        synth(app);
      },
      "Stack/C", {"refers to 'Stack/T' by logical ID, but it was removed from the tree", "keep the construct"}));
  c.push_back(makeCase<ReferenceError>("ReferenceAcrossRegions",
                                       [] {
                                         App app;
                                         auto& a = app.make<Stack>("A", {.env = Environment{.region = "us-east-1"}});
                                         auto& b = app.make<Stack>("B", {.env = Environment{.region = "eu-west-1"}});
                                         topic(b, "C", Value::map({{"Peer", topic(a, "T").ref()}}));
                                         synth(app);
                                       },
                                       "B/C", {"same account and region", "deploy both stacks to one environment"}));
  c.push_back(makeCase<ReferenceError>("ConditionOfAnotherStack",
                                       [] {
                                         App app;
                                         auto& cond = app.make<Stack>("A").make<CfnCondition>(
                                             "IsProd", {.expression = Fn::conditionEquals(1, 1)});
                                         topic(app.make<Stack>("B"), "T").cfnOptions().condition = &cond;
                                         synth(app);
                                       },
                                       "B/T", {"A/IsProd", "can only be used in their own stack"}));
  c.push_back(
      makeCase<ValidationError>("DuplicateExportNamesAcrossStacks",
                                [] {
                                  App app;
                                  app.make<Stack>("A").make<CfnOutput>("Out", {.exportName = "shared", .value = "x"});
                                  app.make<Stack>("B").make<CfnOutput>("Out", {.exportName = "shared", .value = "y"});
                                  synth(app);
                                },
                                "B", {"export name 'shared'", "choose another exportName"}));
  c.push_back(makeCase<ContextError>(
      "ContextArgumentWithoutEquals",
      [] {
        const char* argv[] = {"app", "--context", "environmentSuffix"};
        App app(3, argv);
      },
      "", {"--context 'environmentSuffix' is not KEY=VALUE", "--context environmentSuffix=prod"}));
  c.push_back(makeCase<ContextError>("ContextJsonMalformed",
                                     [] {
                                       ScopedEnv env("CDK_CONTEXT_JSON", "{\"environmentSuffix\":");
                                       App app;
                                     },
                                     "", {"CDK_CONTEXT_JSON is not valid JSON", "it must be a JSON object"}));
  c.push_back(makeCase<ContextError>("ContextJsonNotAnObject",
                                     [] {
                                       ScopedEnv env("CDK_CONTEXT_JSON", "\"prod\"");
                                       App app;
                                     },
                                     "",
                                     {"CDK_CONTEXT_JSON must be a JSON object", "{\"environmentSuffix\": \"prod\"}"}));
  c.push_back(makeCase<ContextError>("ContextOfTheWrongType",
                                     [] {
                                       App app(AppProps{.context = {{"replicas", "many"}}});
                                       auto& s = app.make<Stack>("Stack");
                                       (void)s.node().tryGetContext<std::int64_t>("replicas");
                                     },
                                     "Stack", {"context value 'replicas' is many", "--context replicas=<value>"}));
  c.push_back(makeCase<ContextError>("MissingRequiredContext",
                                     [] {
                                       App app;
                                       (void)app.make<Stack>("Stack").node().getContext("vpcId");
                                     },
                                     "Stack", {"no context value for 'vpcId'", "--context vpcId=<value>"}));
  c.push_back(makeCase<ConstructError>(
      "ContextSetAfterChildren",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        s.make<Construct>("Child");
        s.node().setContext("k", "v");
      },
      "Stack", {"cannot set context 'k' after children", "set context before creating constructs"}));
  c.push_back(makeCase<CommandLineError>("UnknownCommandLineOption",
                                         [] {
                                           const char* argv[] = {"app", "--outptu", "x"};
                                           App app(3, argv);
                                         },
                                         "", {"--outptu", "--help"}));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputFolderIsAFile",
      [] {
        const auto file = std::filesystem::temp_directory_path() / "cdkpp-catalogue-output-file";
        {
          std::ofstream(file) << "x";
        }
        App app(AppProps{.outdir = file.string()});
        topic(app.make<Stack>("Stack"), "T");
        try {
          app.synth();
        } catch (...) {
          std::filesystem::remove(file);
          throw;
        }
      },
      "cdkpp-catalogue-output-file", {"exists and is not a folder", "choose a writable folder with --output"}));
  c.push_back(makeCase<ResolutionError>("LazyThatThrows",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Stack"), "T",
                                                Value::map({{"TopicName", Lazy::string([]() -> std::string {
                                                               throw std::runtime_error("no name yet");
                                                             })}}));
                                          synth(app);
                                        },
                                        "Stack/T", {"Properties.TopicName", "no name yet", "fix its producer"}));
  c.push_back(makeCase<ResolutionError>("StringNotValidUtf8",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Stack"), "T",
                                                Value::map({{"TopicName", std::string("na\xEFve")}}));
                                          synth(app);
                                        },
                                        "Stack/T", {"is not valid UTF-8", "pass UTF-8 text"}));
  // Found by fuzz_tree: a join's delimiter reaches the template without passing the resolver's string check.
  c.push_back(makeCase<ValidationError>(
      "JoinDelimiterNotValidUtf8",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        auto& t = topic(s, "T");
        s.make<CfnOutput>("O", {.value = Fn::join("\xC8", {t.ref(), "x"})});
        synth(app);
      },
      "Stack/O", {"Outputs/O/Value/Fn::Join/0 holds text that is not valid UTF-8", "pass UTF-8 text"}));
  c.push_back(makeCase<ResolutionError>("NumberThatIsNotFinite",
                                        [] {
                                          App app;
                                          topic(app.make<Stack>("Stack"), "T", Value::map({{"Size", std::nan("")}}));
                                          synth(app);
                                        },
                                        "Stack/T", {"cannot be written to a template", "Properties.Size"}));
  c.push_back(makeCase<ValidationError>("MoreThan500Resources",
                                        [] {
                                          App app;
                                          auto& s = app.make<Stack>("Stack");
                                          for (int i = 0; i <= 500; ++i) topic(s, "T" + std::to_string(i));
                                          synth(app);
                                        },
                                        "Stack", {"501 Resources", "split the stack into several stacks"}));
  c.push_back(makeCase<ValidationError>("MoreThan200Outputs",
                                        [] {
                                          App app;
                                          auto& s = app.make<Stack>("Stack");
                                          topic(s, "T");
                                          for (int i = 0; i <= 200; ++i)
                                            s.make<CfnOutput>("O" + std::to_string(i), {.value = i});
                                          synth(app);
                                        },
                                        "Stack", {"201 Outputs", "split the stack"}));
  c.push_back(makeCase<ValidationError>("MoreThan200Parameters",
                                        [] {
                                          App app;
                                          auto& s = app.make<Stack>("Stack");
                                          topic(s, "T");
                                          // CloudFormation's quota counts every parameter of the template, the
                                          // synthesizer's BootstrapVersion too: 200 of the program's are one too many.
                                          for (int i = 0; i < 200; ++i) s.make<CfnParameter>("P" + std::to_string(i));
                                          synth(app);
                                        },
                                        "Stack", {"201 Parameters", "split the stack"}));
  c.push_back(makeCase<ValidationError>("MoreThan200Mappings",
                                        [] {
                                          App app;
                                          auto& s = app.make<Stack>("Stack");
                                          topic(s, "T");
                                          for (int i = 0; i <= 200; ++i)
                                            s.make<CfnMapping>("M" + std::to_string(i),
                                                               {.mapping = {{"k", Value::map({{"k", 1}})}}});
                                          synth(app);
                                        },
                                        "Stack", {"201 Mappings", "split the stack"}));
  c.push_back(makeCase<ValidationError>("TemplateOverOneMegabyte",
                                        [] {
                                          App app;
                                          auto& s = app.make<Stack>("Stack");
                                          for (int i = 0; i < 60; ++i)
                                            topic(s, "T" + std::to_string(i),
                                                  Value::map({{"DisplayName", std::string(20'000, 'x')}}));
                                          synth(app);
                                        },
                                        "Stack", {"over the 1000000 bytes", "split the stack"}));
  c.push_back(makeCase<ValidationError>("OutputWithoutValue",
                                        [] {
                                          App app;
                                          app.make<Stack>("Stack").make<CfnOutput>("Out", CfnOutputProps{});
                                          synth(app);
                                        },
                                        "Stack/Out", {"has no value", "set .value"}));
  c.push_back(makeCase<ValidationError>(
      "ParameterDefaultNotAllowed",
      [] {
        App app;
        app.make<Stack>("Stack").make<CfnParameter>("Env", {.allowedValues = {"dev", "prod"}, .defaultValue = "qa"});
        synth(app);
      },
      "Stack/Env",
      {"default 'qa' is not one of the allowed values ('dev', 'prod')", "set defaultValue to one of them"}));
  c.push_back(makeCase<ValidationError>("ConditionWithoutExpression",
                                        [] {
                                          App app;
                                          app.make<Stack>("Stack").make<CfnCondition>("IsProd");
                                          synth(app);
                                        },
                                        "Stack/IsProd", {"has no expression", "Fn::conditionEquals"}));
  c.push_back(makeCase<ConstructError>("FindInMapMissingKey",
                                       [] {
                                         App app;
                                         auto& m = app.make<Stack>("Stack").make<CfnMapping>(
                                             "Sizes", {.mapping = {{"dev", Value::map({{"size", "s"}})}}});
                                         (void)m.findInMap("prod", "size");
                                       },
                                       "Stack/Sizes", {"no top-level key 'prod'"}));
  c.push_back(makeCase<ValidationError>(
      "AnnotationError",
      [] {
        App app;
        auto& s = app.make<Stack>("Stack");
        Annotations::of(s.make<Construct>("Db")).addError("storage must be encrypted: set storageEncrypted");
        synth(app);
      },
      "Stack/Db", {"storage must be encrypted", "set storageEncrypted"}));
  c.push_back(makeCase<ValidationError>("AspectThatNeverStops",
                                        [] {
                                          App app;
                                          auto& s = app.make<Stack>("Stack");
                                          int n = 0;
                                          Aspects::of(s).add([&s, &n](Construct& c) {
                                            if (&c != &s)
                                              c.node().scope()->make<Construct>("More" + std::to_string(n++));
                                          });
                                          s.make<Construct>("Start");
                                          synth(app);
                                        },
                                        "", {"aspects were still adding", "must not add something new each time"}));
  return c;
}

}  // namespace cdkpp_test
