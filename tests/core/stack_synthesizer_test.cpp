// The stack synthesizers (DefaultStackSynthesizer, CliCredentialsStackSynthesizer, LegacyStackSynthesizer) against
// aws-cdk-lib 2.276's cloud assemblies for the same programs (tests/core/fixtures/stack-synthesizers.ts):
// manifest.json, each <stack>.assets.json and each template equal, but for what depends on the library's version
// (listed in versionFree).
#include <set>

#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

namespace fs = std::filesystem;
using cdk::Value;
using json = nlohmann::ordered_json;
using cdkpp_test::readFile;
using cdkpp_test::TempDir;

const fs::path kSynthesizerFixtures = fs::path(CDKPP_SOURCE_DIR) / "tests/core/fixtures/stack-synthesizers";

cdk::CfnResource& snsTopic(cdk::Stack& stack, std::string_view id) {
  return stack.make<cdk::CfnResource>(id, {.type = "AWS::SNS::Topic"});
}

std::set<std::string> filesEndingWith(const fs::path& dir, std::string_view suffix) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(suffix)) names.insert(name);
  }
  return names;
}

/// The assembly in `ours` equals aws-cdk-lib's in the fixture folder `name`.
void expectSameAssembly(const fs::path& ours, const std::string& name) {
  const fs::path theirs = kSynthesizerFixtures / name;
  EXPECT_EQ(cdkpp_test::withoutVersionDependentParts(json::parse(readFile(ours / "manifest.json"))).dump(1),
            cdkpp_test::withoutVersionDependentParts(json::parse(readFile(theirs / "manifest.json"))).dump(1));
  ASSERT_EQ(filesEndingWith(ours, ".assets.json"), filesEndingWith(theirs, ".assets.json"));
  for (const auto& file : filesEndingWith(theirs, ".assets.json")) {
    json a = json::parse(readFile(ours / file));
    json b = json::parse(readFile(theirs / file));
    EXPECT_EQ(a["version"], "36.0.0") << file;
    a.erase("version");
    b.erase("version");
    EXPECT_EQ(a.dump(1), b.dump(1)) << file;
  }
  ASSERT_EQ(filesEndingWith(ours, ".template.json"), filesEndingWith(theirs, ".template.json"));
  // Byte for byte: each template's hash is in the asset manifest and in its S3 URL.
  for (const auto& file : filesEndingWith(theirs, ".template.json")) {
    EXPECT_EQ(readFile(ours / file), readFile(theirs / file)) << file;
  }
}

TEST(StackSynthesizerTest, DefaultSynthesizerWritesWhatAwsCdkLibWrites) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& net = app.make<cdk::Stack>("Net", {.env = cdk::Environment{.region = "eu-west-1"}});
  auto& shared = snsTopic(net, "Shared");
  auto& svc =
      app.make<cdk::Stack>("Svc", {.description = "the service", .env = cdk::Environment{.region = "eu-west-1"}});
  snsTopic(svc, "Own");
  svc.make<cdk::CfnOutput>("SharedArn", {.value = shared.ref()});
  auto& acct = app.make<cdk::Stack>("Acct", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"},
                                             .stackName = "acct-stack",
                                             .synthesizer = std::make_shared<cdk::DefaultStackSynthesizer>(
                                                 cdk::DefaultStackSynthesizerProps{.qualifier = "acctqual1"}),
                                             .tags = {{"team", "core"}},
                                             .terminationProtection = true});
  snsTopic(acct, "Alerts");
  auto& inner =
      acct.make<cdk::Stack>("Inner", {.env = cdk::Environment{.account = "111111111111", .region = "us-east-1"}});
  snsTopic(inner, "Deep");
  app.make<cdk::Stack>("Agnostic");
  app.synth();
  expectSameAssembly(dir / "out", "default");
}

TEST(StackSynthesizerTest, QualifierFromTheContext) {
  TempDir dir;
  cdk::App app(
      cdk::AppProps{.context = {{cdk::BOOTSTRAP_QUALIFIER_CONTEXT, "ctxqual12"}}, .outdir = (dir / "out").string()});
  snsTopic(app.make<cdk::Stack>("Main", {.env = cdk::Environment{.region = "ap-southeast-1"}}), "Topic");
  app.synth();
  expectSameAssembly(dir / "out", "context-qualifier");
  EXPECT_EQ(cdk::Stack::of(app.node().findChild("Main")).synthesizer().bootstrapQualifier(), "ctxqual12");
}

TEST(StackSynthesizerTest, OtherSynthesizersAndOptions) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.defaultStackSynthesizer = std::make_shared<cdk::CliCredentialsStackSynthesizer>(
                                 cdk::CliCredentialsStackSynthesizerProps{.bucketPrefix = "pre/"}),
                             .outdir = (dir / "out").string()});
  snsTopic(app.make<cdk::Stack>("Cli", {.env = cdk::Environment{.region = "eu-central-1"}}), "Topic");
  snsTopic(app.make<cdk::Stack>("Legacy", {.synthesizer = std::make_shared<cdk::LegacyStackSynthesizer>()}), "Topic");
  snsTopic(app.make<cdk::Stack>(
               "Custom", {.env = cdk::Environment{.account = "222222222222", .region = "eu-central-1"},
                          .synthesizer = std::make_shared<cdk::DefaultStackSynthesizer>(
                              cdk::DefaultStackSynthesizerProps{.bucketPrefix = "templates/",
                                                                .deployRoleExternalId = "deploy-ext",
                                                                .fileAssetPublishingExternalId = "file-ext",
                                                                .fileAssetsBucketName = "my-bucket-${AWS::Region}",
                                                                .generateBootstrapVersionRule = false,
                                                                .lookupRoleExternalId = "lookup-ext",
                                                                .qualifier = "custom123"})}),
           "Topic");
  snsTopic(
      app.make<cdk::Stack>(
          "NoLookup", {.synthesizer = std::make_shared<cdk::DefaultStackSynthesizer>(cdk::DefaultStackSynthesizerProps{
                           .bootstrapStackVersionSsmParameter = "/my/${Qualifier}/version",
                           .deployRoleArn = "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deployer-${Qualifier}",
                           .useLookupRoleForStackOperations = false})}),
      "Topic");
  app.synth();
  expectSameAssembly(dir / "out", "synthesizers");
}

TEST(StackSynthesizerTest, SynthesizingAgainGivesTheSameAssembly) {
  // The bootstrap parameter and rule are added once; the template asset of an earlier synthesis is not listed again.
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  auto& stack = app.make<cdk::Stack>("Main", {.env = cdk::Environment{.region = "ap-southeast-1"}});
  snsTopic(stack, "Topic");
  const std::string first = app.synth().getStackArtifact("Main").templateBody;
  const std::string firstAssets = readFile(dir / "out" / "Main.assets.json");
  EXPECT_EQ(app.synth().getStackArtifact("Main").templateBody, first);
  EXPECT_EQ(readFile(dir / "out" / "Main.assets.json"), firstAssets);
  snsTopic(stack, "Second");
  app.synth();
  const json assets = json::parse(readFile(dir / "out" / "Main.assets.json"));
  EXPECT_EQ(assets["files"].size(), 1u) << assets.dump(1);
  const json manifest = json::parse(readFile(dir / "out" / "manifest.json"));
  const std::string url = manifest["artifacts"]["Main"]["properties"]["stackTemplateAssetObjectUrl"];
  EXPECT_NE(url.find(assets["files"].items().begin().key()), std::string::npos) << url;
}

TEST(StackSynthesizerTest, TemplateAssetLocation) {
  // addFileAsset gives the template values of the published file: Fn::Sub for the placeholders the stack does not
  // fill, literal text for those it does.
  cdk::App app;
  auto& agnostic = app.make<cdk::Stack>("Agnostic");
  auto& synthesizer = dynamic_cast<cdk::DefaultStackSynthesizer&>(agnostic.synthesizer());
  const auto location = synthesizer.addFileAsset(
      {.fileName = "asset.abc/file.txt", .packaging = cdk::FileAssetPackaging::FILE, .sourceHash = "abc"});
  EXPECT_EQ(agnostic.resolve(location.bucketName).dump(),
            R"({"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"})");
  EXPECT_EQ(agnostic.resolve(location.objectKey).dump(), R"("abc.txt")");
  EXPECT_EQ(
      agnostic.resolve(location.httpUrl).dump(),
      R"({"Fn::Sub":"https://s3.${AWS::Region}.${AWS::URLSuffix}/cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}/abc.txt"})");
  EXPECT_EQ(location.s3ObjectUrlWithPlaceholders, "s3://cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}/abc.txt");

  auto& concrete =
      app.make<cdk::Stack>("Concrete", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  const auto zipped =
      dynamic_cast<cdk::DefaultStackSynthesizer&>(concrete.synthesizer())
          .addFileAsset(
              {.fileName = "asset.def", .packaging = cdk::FileAssetPackaging::ZIP_DIRECTORY, .sourceHash = "def"});
  EXPECT_EQ(concrete.resolve(zipped.bucketName).dump(), R"("cdk-hnb659fds-assets-123456789012-eu-west-1")");
  EXPECT_EQ(concrete.resolve(zipped.s3ObjectUrl).dump(),
            R"("s3://cdk-hnb659fds-assets-123456789012-eu-west-1/def.zip")");
  EXPECT_EQ(
      concrete.resolve(zipped.httpUrl).dump(),
      R"({"Fn::Sub":"https://s3.eu-west-1.${AWS::URLSuffix}/cdk-hnb659fds-assets-123456789012-eu-west-1/def.zip"})");
  // Listed in the stack's asset manifest with the template.
  const auto& assembly = app.synth({.write = false});
  const auto& files = assembly.additionalFiles();
  const auto manifest = std::find_if(files.begin(), files.end(),
                                     [](const cdk::AdditionalFile& f) { return f.name == "Agnostic.assets.json"; });
  ASSERT_NE(manifest, files.end());
  const json assets = json::parse(manifest->contents);
  EXPECT_EQ(assets["files"]["abc"]["source"].dump(), R"({"path":"asset.abc/file.txt","packaging":"file"})");
  EXPECT_EQ(assets["files"].size(), 2u) << "the file and the template";
  EXPECT_THROW_MSG(synthesizer.addFileAsset({.fileName = "", .sourceHash = "x"}), cdk::ConstructError,
                   "a file asset needs a fileName and a sourceHash");
}

TEST(StackSynthesizerTest, RolesAndQualifierOfABoundSynthesizer) {
  cdk::App app(cdk::AppProps{.context = {{cdk::BOOTSTRAP_QUALIFIER_CONTEXT, "fromctx"}}});
  auto& stack =
      app.make<cdk::Stack>("Main", {.env = cdk::Environment{.account = "123456789012", .region = "eu-west-1"}});
  auto& synthesizer = dynamic_cast<cdk::DefaultStackSynthesizer&>(stack.synthesizer());
  EXPECT_EQ(synthesizer.bootstrapQualifier(), "fromctx");
  EXPECT_EQ(synthesizer.deployRoleArn(),
            "arn:${AWS::Partition}:iam::123456789012:role/cdk-fromctx-deploy-role-123456789012-eu-west-1");
  EXPECT_EQ(synthesizer.cloudFormationExecutionRoleArn(),
            "arn:${AWS::Partition}:iam::123456789012:role/cdk-fromctx-cfn-exec-role-123456789012-eu-west-1");
  EXPECT_EQ(synthesizer.lookupRole(),
            "arn:${AWS::Partition}:iam::123456789012:role/cdk-fromctx-lookup-role-123456789012-eu-west-1");
  // The props' qualifier wins over the context.
  auto& own = app.make<cdk::Stack>("Own", {.synthesizer = std::make_shared<cdk::CliCredentialsStackSynthesizer>(
                                               cdk::CliCredentialsStackSynthesizerProps{.qualifier = "mine"})});
  EXPECT_EQ(own.synthesizer().bootstrapQualifier(), "mine");
  EXPECT_EQ(own.synthesizer().lookupRole(), std::nullopt);
  cdk::DefaultStackSynthesizer unbound;
  EXPECT_THROW_MSG((void)unbound.deployRoleArn(), cdk::Error, "not bound to a stack");
}

TEST(StackSynthesizerTest, ASynthesizerThatCannotBeReusedServesOneStack) {
  // A synthesizer of the user's own, not reusable: bound to the first stack, refused by the second.
  class TemplateOnly : public cdk::StackSynthesizer {
   public:
    void synthesize(cdk::IStackSynthesisSession& session) override { emitArtifact(session); }
  };
  cdk::App app;
  auto synthesizer = std::make_shared<TemplateOnly>();
  auto& first = app.make<cdk::Stack>("First", {.synthesizer = synthesizer});
  EXPECT_EQ(&synthesizer->boundStack(), &first);
  EXPECT_THROW_MSG(app.make<cdk::Stack>("Second", {.synthesizer = synthesizer}), cdk::ConstructError,
                   "already used by stack 'First'");
  // A reusable one is copied for each stack.
  auto reusable = std::make_shared<cdk::DefaultStackSynthesizer>();
  auto& a = app.make<cdk::Stack>("A", {.synthesizer = reusable});
  auto& b = app.make<cdk::Stack>("B", {.synthesizer = reusable});
  EXPECT_NE(&a.synthesizer(), &b.synthesizer());
  EXPECT_THROW_MSG((void)reusable->boundStack(), cdk::Error, "not bound to a stack");
}

TEST(StackSynthesizerTest, SynthesizerMistakesNameTheStack) {
  class Silent : public cdk::StackSynthesizer {
   public:
    void synthesize(cdk::IStackSynthesisSession&) override {}
  };
  class Twice : public cdk::StackSynthesizer {
   public:
    void synthesize(cdk::IStackSynthesisSession& session) override {
      emitArtifact(session);
      emitArtifact(session);
    }
  };
  class LateElement : public cdk::StackSynthesizer {
   public:
    void synthesize(cdk::IStackSynthesisSession& session) override {
      (void)session.templateBody();
      boundStack().make<cdk::CfnResource>("Late", {.type = "AWS::SNS::Topic"});
      emitArtifact(session);
    }
  };
  class BadFile : public cdk::StackSynthesizer {
   public:
    void synthesize(cdk::IStackSynthesisSession& session) override {
      session.addFile("../outside.json", "{}");
      emitArtifact(session);
    }
  };
  class ClashingArtifact : public cdk::StackSynthesizer {
   public:
    void synthesize(cdk::IStackSynthesisSession& session) override {
      session.addArtifact("Other", {{"type", "cdk:asset-manifest"}});
      emitArtifact(session);
    }
  };
  const auto synthWith = [](std::shared_ptr<cdk::IStackSynthesizer> synthesizer) {
    cdk::App app;
    app.make<cdk::Stack>("Main", {.synthesizer = std::move(synthesizer)});
    app.make<cdk::Stack>("Other");
    app.synth({.write = false});
  };
  EXPECT_THROW_MSG(synthWith(std::make_shared<Silent>()), cdk::ValidationError,
                   "Main: the stack's synthesizer did not add the stack's artifact");
  EXPECT_THROW_MSG(synthWith(std::make_shared<Twice>()), cdk::ValidationError, "added the stack's artifact twice");
  EXPECT_THROW_MSG(synthWith(std::make_shared<LateElement>()), cdk::Error,
                   "'Main/Late' was added to stack 'Main' after the stack's template was synthesized");
  EXPECT_THROW_MSG(synthWith(std::make_shared<BadFile>()), cdk::Error,
                   "the synthesizer of stack 'Main' asked to add '../outside.json' to the cloud assembly");
  EXPECT_THROW_MSG(synthWith(std::make_shared<ClashingArtifact>()), cdk::ValidationError,
                   "added an artifact with id 'Other', which another artifact of the cloud assembly has already");
}

TEST(StackSynthesizerTest, QualifierContextMustBeText) {
  cdk::App app(cdk::AppProps{.context = {{cdk::BOOTSTRAP_QUALIFIER_CONTEXT, 42}}});
  EXPECT_THROW_MSG(app.make<cdk::Stack>("Main"), cdk::ContextError, cdk::BOOTSTRAP_QUALIFIER_CONTEXT);
}

TEST(StackSynthesizerTest, CfnRuleRendersAndChecksItsAssertions) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Main", {.synthesizer = std::make_shared<cdk::LegacyStackSynthesizer>()});
  auto& env = stack.make<cdk::CfnParameter>("Env", {.type = "String"});
  auto& rule =
      stack.make<cdk::CfnRule>("ProdOnly", {.ruleCondition = cdk::Fn::conditionEquals(env.valueAsString(), "prod")});
  rule.addAssertion(cdk::Fn::conditionEachMemberIn(std::vector<std::string>{"a"}, std::vector<std::string>{"a", "b"}),
                    "members");
  rule.addAssertion(cdk::Fn::conditionEachMemberEquals({"x", "x"}, "x"), "equal");
  const json t = app.synth({.write = false}).getStackArtifact("Main").templateJson();
  EXPECT_EQ(t["Rules"].dump(), R"({"ProdOnly":{"RuleCondition":{"Fn::Equals":[{"Ref":"Env"},"prod"]},"Assertions":[)"
                               R"({"Assert":{"Fn::EachMemberIn":[["a"],["a","b"]]},"AssertDescription":"members"},)"
                               R"({"Assert":{"Fn::EachMemberEquals":[["x","x"],"x"]},"AssertDescription":"equal"}]}})");
  EXPECT_FALSE(t["Parameters"].contains("BootstrapVersion"));

  cdk::App empty;
  empty.make<cdk::Stack>("Main").make<cdk::CfnRule>("Nothing");
  EXPECT_THROW_MSG(empty.synth({.write = false}), cdk::ValidationError,
                   "Main/Nothing: the rule has no assertions, and CloudFormation needs at least one");
}

}  // namespace
