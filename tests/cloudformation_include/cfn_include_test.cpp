// CfnInclude: typed L1 objects for the included resources, the other elements, references between included and
// new constructs, and the errors of templates that cannot be included.
#include <fstream>

#include <gtest/gtest.h>

#include "cdk/assertions.hpp"
#include "cdk/cfn/ec2.hpp"
#include "cdk/cfn/s3.hpp"
#include "cdk/cloudformation_include.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/template_format.hpp"
#include "cdk/sam.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace {

namespace cfninc = cdk::cloudformation_include;
namespace ec2 = cdk::ec2;
namespace s3 = cdk::s3;
namespace sam = cdk::sam;
namespace fs = std::filesystem;
using cdk::Value;
using json = nlohmann::ordered_json;

/// A template file in a temp folder; the folder goes away with the object.
class TemplateFile {
 public:
  TemplateFile(std::string_view text, const std::string& name = "template.yaml") : path_(dir_ / name) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  std::string path() const { return path_.string(); }

 private:
  cdkpp_test::TempDir dir_;
  fs::path path_;
};

constexpr std::string_view kNetwork = R"(
Parameters:
  Env:
    Type: String
    Default: dev
Mappings:
  Sizes:
    dev: {Count: 1}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
      EnableDnsSupport: true
  Subnet:
    Type: AWS::EC2::Subnet
    DependsOn: Vpc
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, !FindInMap [Sizes, dev, Count], 8]]
  Thing:
    Type: Custom::Thing
    Condition: IsProd
    DeletionPolicy: Snapshot
    UpdatePolicy: {EnableVersionUpgrade: true}
    Metadata: {Note: kept}
    Properties:
      ServiceToken: !Sub arn:aws:lambda:${AWS::Region}:123456789012:function:${Env}
      Vpc: !Ref Vpc
Outputs:
  VpcId:
    Value: !Ref Vpc
    Export: {Name: !Sub "${AWS::StackName}-vpc"}
)";

json synth(cdk::App& app, std::string_view stack = "Stack") {
  return app.synth({.write = false}).getStackArtifact(stack).templateJson();
}

TEST(CfnIncludeTest, ResourcesAreTheTypedL1Objects) {
  TemplateFile file(kNetwork);
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& included = stack.make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});

  auto& vpc = included.getResource<ec2::CfnVPC>("Vpc");
  ASSERT_TRUE(vpc.props().cidrBlock);
  EXPECT_EQ(*vpc.props().cidrBlock, Value("10.0.0.0/16"));
  EXPECT_EQ(*vpc.props().enableDnsSupport, Value(true));
  EXPECT_EQ(vpc.logicalId(), "Vpc");
  EXPECT_EQ(vpc.node().path(), "Stack/Existing/Vpc");
  auto& subnet = included.getResource<ec2::CfnSubnet>("Subnet");
  ASSERT_TRUE(subnet.props().vpcId && subnet.props().vpcId->isToken());
  EXPECT_EQ(subnet.dependsOn(), std::vector<cdk::CfnResource*>{&vpc});
  // A type the L1 layer does not have is a CfnResource.
  auto& thing = included.getResource("Thing");
  EXPECT_EQ(typeid(thing), typeid(cdk::CfnResource));
  EXPECT_EQ(thing.cfnOptions().condition, &included.getCondition("IsProd"));
  EXPECT_EQ(thing.cfnOptions().deletionPolicy, cdk::CfnDeletionPolicy::SNAPSHOT);
  ASSERT_TRUE(thing.getMetadata("Note"));
  EXPECT_EQ(*thing.getMetadata("Note"), Value("kept"));

  EXPECT_EQ(included.getParameter("Env").props().type, "String");
  EXPECT_EQ(included.getMapping("Sizes").node().path(), "Stack/Existing/$Mappings/Sizes");
  EXPECT_EQ(included.getCondition("IsProd").node().path(), "Stack/Existing/$Conditions/IsProd");
  EXPECT_EQ(included.getOutput("VpcId").node().path(), "Stack/Existing/$Ouputs/VpcId");

  // Changing the typed props changes the template.
  vpc.props().cidrBlock = "10.9.0.0/16";
  const json t = synth(app);
  EXPECT_EQ(t["Resources"]["Vpc"]["Properties"]["CidrBlock"], "10.9.0.0/16");
  EXPECT_EQ(
      t["Resources"]["Subnet"]["Properties"]["CidrBlock"].dump(),
      R"({"Fn::Select":[0,{"Fn::Cidr":[{"Fn::GetAtt":"Vpc.CidrBlock"},{"Fn::FindInMap":["Sizes","dev","Count"]},8]}]})");
  EXPECT_EQ(t["Resources"]["Thing"].dump(),
            R"({"Type":"Custom::Thing","Properties":{"ServiceToken":{"Fn::Sub":"arn:aws:lambda:${AWS::Region}:)"
            R"(123456789012:function:${Env}"},"Vpc":{"Ref":"Vpc"}},"UpdatePolicy":{"EnableVersionUpgrade":true},)"
            R"("DeletionPolicy":"Snapshot","Metadata":{"Note":"kept"},"Condition":"IsProd"})");
  EXPECT_EQ(t["Outputs"]["VpcId"].dump(),
            R"({"Value":{"Ref":"Vpc"},"Export":{"Name":{"Fn::Sub":"${AWS::StackName}-vpc"}}})");
}

TEST(CfnIncludeTest, LookupsNameWhatThereIs) {
  TemplateFile file(kNetwork);
  cdk::App app;
  auto& included = app.make<cdk::Stack>("Stack").make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  EXPECT_THROW_MSG(
      included.getResource("Nope"), cdk::ConstructError,
      "Stack/Existing: the template " + file.path() + " has no resource 'Nope'; it has: Subnet, Thing, Vpc");
  EXPECT_THROW_MSG(included.getResource<s3::CfnBucket>("Vpc"), cdk::ConstructError,
                   "resource 'Vpc' of " + file.path() + " is a AWS::EC2::VPC, not a AWS::S3::Bucket");
  EXPECT_THROW_MSG(included.getParameter("X"), cdk::ConstructError, "has no parameter 'X'; it has: Env");
  EXPECT_THROW_MSG(included.getCondition("X"), cdk::ConstructError, "has no condition 'X'; it has: IsProd");
  EXPECT_THROW_MSG(included.getMapping("X"), cdk::ConstructError, "has no mapping 'X'; it has: Sizes");
  EXPECT_THROW_MSG(included.getOutput("X"), cdk::ConstructError, "has no output 'X'; it has: VpcId");
}

TEST(CfnIncludeTest, NewConstructsReferToIncludedOnesAndReferencesFollowLogicalIds) {
  TemplateFile file(kNetwork);
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& included = stack.make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  auto& vpc = included.getResource<ec2::CfnVPC>("Vpc");
  stack.make<ec2::CfnSubnet>("Added", {.cidrBlock = "10.0.1.0/24", .vpcId = vpc.ref()});
  // Another stack: an export and an import, as for any construct.
  auto& other = app.make<cdk::Stack>("Other");
  other.make<ec2::CfnSecurityGroup>("Sg", {.groupDescription = "x", .vpcId = vpc.ref()});
  // A renamed resource: every reference to it follows, in Ref, GetAtt, DependsOn and Fn::Sub.
  included.getResource("Thing").overrideLogicalId("Renamed");
  vpc.overrideLogicalId("Network");
  const auto& assembly = app.synth({.write = false});
  const json t = assembly.getStackArtifact("Stack").templateJson();
  EXPECT_EQ(t["Resources"]["Added"]["Properties"]["VpcId"].dump(), R"({"Ref":"Network"})");
  EXPECT_EQ(t["Resources"]["Subnet"]["DependsOn"].dump(), R"(["Network"])");
  EXPECT_EQ(t["Resources"]["Subnet"]["Properties"]["CidrBlock"]["Fn::Select"][1]["Fn::Cidr"][0].dump(),
            R"({"Fn::GetAtt":"Network.CidrBlock"})");
  EXPECT_TRUE(t["Resources"].contains("Renamed"));
  EXPECT_EQ(t["Outputs"]["VpcId"]["Value"].dump(), R"({"Ref":"Network"})");
  EXPECT_EQ(assembly.getStackArtifact("Other").templateJson()["Resources"]["Sg"]["Properties"]["VpcId"].dump(),
            R"({"Fn::ImportValue":"Stack:ExportsOutputRefNetwork5CB5B500"})");
  // The references are in the dependency graph (what cycles, stack order and diagrams read).
  std::size_t fromSubnet = 0;
  for (const auto& e : assembly.dependencyGraph().edges()) {
    if (assembly.dependencyGraph().vertex(e.from).logicalId == "Subnet") ++fromSubnet;
  }
  EXPECT_EQ(fromSubnet, 3u);  // Ref, GetAtt, DependsOn
}

TEST(CfnIncludeTest, SubReferencesAreTrackedAndImportedAcrossStacks) {
  TemplateFile file(R"({
    "Resources": {
      "Bucket": {"Type": "AWS::S3::Bucket"},
      "Note": {"Type": "Custom::Note", "Properties": {
        "ServiceToken": "arn",
        "Text": {"Fn::Sub": "${Bucket} is ${Bucket.Arn} in ${AWS::Region}, not ${!Bucket}"},
        "Other": {"Fn::Sub": ["${X}-${Bucket}", {"X": {"Ref": "AWS::StackName"}}]}
      }}
    }})",
                    "t.json");
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  stack.make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  const json t = synth(app);
  EXPECT_EQ(t["Resources"]["Note"]["Properties"]["Text"].dump(),
            R"({"Fn::Sub":"${Bucket} is ${Bucket.Arn} in ${AWS::Region}, not ${!Bucket}"})");
  EXPECT_EQ(t["Resources"]["Note"]["Properties"]["Other"].dump(),
            R"({"Fn::Sub":["${X}-${Bucket}",{"X":{"Ref":"AWS::StackName"}}]})");
  // Used from another stack, the same Fn::Sub imports what is not in its stack.
  cdk::App app2;
  auto& stack2 = app2.make<cdk::Stack>("Stack");
  auto& included2 = stack2.make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  auto& other2 = app2.make<cdk::Stack>("Other");
  other2.make<cdk::CfnResource>(
      "Copy", {.properties = Value::map({{"Text", *included2.getResource("Note").renderedProperties().find("Text")}}),
               .type = "Custom::Copy"});
  const auto& assembly = app2.synth({.write = false});
  EXPECT_EQ(assembly.getStackArtifact("Other").templateJson()["Resources"]["Copy"]["Properties"]["Text"].dump(),
            R"({"Fn::Sub":["${Import} is ${Import2} in ${AWS::Region}, not ${!Bucket}",)"
            R"({"Import":{"Fn::ImportValue":"Stack:ExportsOutputRefBucket239F7DF2"},)"
            R"("Import2":{"Fn::ImportValue":"Stack:ExportsOutputFnGetAttBucketArn436138FE"}}]})");
}

TEST(CfnIncludeTest, ParametersGivenValuesLeaveTheTemplate) {
  TemplateFile file(kNetwork);
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& included =
      stack.make<cfninc::CfnInclude>("Existing", {.parameters = {{"Env", "prod"}}, .templateFile = file.path()});
  EXPECT_THROW(included.getParameter("Env"), cdk::ConstructError);
  const json t = synth(app);
  EXPECT_EQ(cdkpp_test::keysOf(t["Parameters"]), std::vector<std::string>{"BootstrapVersion"})
      << "only the bootstrap version, which the stack's synthesizer adds";
  EXPECT_EQ(t["Conditions"]["IsProd"].dump(), R"({"Fn::Equals":["prod","prod"]})");
  EXPECT_EQ(t["Resources"]["Thing"]["Properties"]["ServiceToken"].dump(),
            R"({"Fn::Sub":"arn:aws:lambda:${AWS::Region}:123456789012:function:prod"})");
  // A token as the value: kept as a variable of the Fn::Sub.
  cdk::App app2;
  auto& stack2 = app2.make<cdk::Stack>("Stack");
  stack2.make<cfninc::CfnInclude>("Existing",
                                  {.parameters = {{"Env", cdk::Aws::STACK_NAME}}, .templateFile = file.path()});
  EXPECT_EQ(synth(app2)["Resources"]["Thing"]["Properties"]["ServiceToken"].dump(),
            R"({"Fn::Sub":["arn:aws:lambda:${AWS::Region}:123456789012:function:${Env}",)"
            R"({"Env":{"Ref":"AWS::StackName"}}]})");
  cdk::App app3;
  EXPECT_THROW_MSG(app3.make<cdk::Stack>("Stack").make<cfninc::CfnInclude>(
                       "Existing", {.parameters = {{"Nope", 1}}, .templateFile = file.path()}),
                   cdk::TemplateError,
                   "CfnIncludeProps::parameters names 'Nope', but the template has no such parameter; its parameters "
                   "are: Env (included by Stack/Existing)");
}

TEST(CfnIncludeTest, LogicalIdsFromPathsWhenNotPreserved) {
  TemplateFile file(kNetwork);
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& a = stack.make<cfninc::CfnInclude>("A", {.preserveLogicalIds = false, .templateFile = file.path()});
  stack.make<cfninc::CfnInclude>("B", {.preserveLogicalIds = false, .templateFile = file.path()});
  const json t = synth(app);
  EXPECT_EQ(a.getResource("Vpc").logicalId(), "AVpc7D5D2646");
  EXPECT_TRUE(t["Resources"].contains("AVpc7D5D2646"));
  EXPECT_EQ(t["Resources"].size(), 6u);
  EXPECT_EQ(t["Resources"]["ASubnetDCA4D9EB"]["Properties"]["VpcId"].dump(), R"({"Ref":"AVpc7D5D2646"})");
}

TEST(CfnIncludeTest, WhatTypedPropsCannotHoldStaysAsItIs) {
  TemplateFile file(R"(
Conditions:
  IsOn: !Equals [a, a]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: !If [IsOn, {Status: Enabled}, !Ref AWS::NoValue]
      BucketName: clinic-records
      Tags: !If [IsOn, [{Key: a, Value: b}], []]
      NotInTheSchema: x
      AccelerateConfiguration: {AccelerationStatus: Enabled}
)");
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& included = stack.make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  auto& bucket = included.getResource<s3::CfnBucket>("Bucket");
  EXPECT_FALSE(bucket.props().versioningConfiguration);  // an intrinsic where the schema has an object
  EXPECT_TRUE(bucket.props().accelerateConfiguration);
  EXPECT_EQ(*bucket.props().bucketName, Value("clinic-records"));
  // In its place among the properties (sorted by name), as aws-cdk-lib renders it; unknown ones at the end.
  const json properties = synth(app)["Resources"]["Bucket"]["Properties"];
  std::vector<std::string> keys;
  for (const auto& [key, value] : properties.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"AccelerateConfiguration", "BucketName", "Tags", "VersioningConfiguration",
                                            "NotInTheSchema"}));
  EXPECT_EQ(properties["VersioningConfiguration"].dump(),
            R"({"Fn::If":["IsOn",{"Status":"Enabled"},{"Ref":"AWS::NoValue"}]})");
  EXPECT_EQ(properties["Tags"].dump(), R"({"Fn::If":["IsOn",[{"Key":"a","Value":"b"}],[]]})");
  // A property the schema does not list is kept, unchecked, and said so.
  std::vector<std::string> warnings;
  for (const auto& m : app.assembly()->messages()) warnings.push_back(m.path + ": " + m.message);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("Stack/Existing/Bucket: " + file.path() +
                             " at /Resources/Bucket/Properties/NotInTheSchema: the schema of AWS::S3::Bucket that "
                             "cdkpp has (tools/cfn-schemas) does not list the property 'NotInTheSchema'; it is kept as "
                             "the template has it, and not checked"),
            std::string::npos)
      << warnings[0];
}

// AWS::Serverless::Application, a SAM type the generator's registry schemas do not have, becomes the hand-written
// sam::CfnApplication as aws-cdk-lib makes its sam.CfnApplication: values get SAM's types, the SAM transform is
// added to the stack (the template has none here), and what the props do not list stays as an override.
TEST(CfnIncludeTest, SamApplicationsAreTheHandWrittenL1Class) {
  TemplateFile file(R"(
Resources:
  Rotation:
    Type: AWS::Serverless::Application
    Properties:
      Location: {ApplicationId: arn:aws:serverlessrepo:us-east-1:297356227824:applications/X, SemanticVersion: 1.0.0}
      Parameters: {functionName: rotate, retries: 3}
      TimeoutInMinutes: "20"
      Tags: {Team: clinic}
  Packaged:
    Type: AWS::Serverless::Application
    Properties:
      Location: https://bucket.s3.amazonaws.com/template.yaml
      NotificationARNs: [arn:aws:sns:ap-southeast-1:123456789012:deployments]
  Schedule:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: secret
      RotationLambdaARN: !GetAtt Rotation.Outputs.RotationLambdaARN
)");
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("Stack");
  auto& included = stack.make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  auto& rotation = included.getResource<sam::CfnApplication>("Rotation");
  EXPECT_EQ(rotation.cfnResourceType(), "AWS::Serverless::Application");
  EXPECT_EQ(*rotation.props().timeoutInMinutes, Value(20));
  ASSERT_TRUE(rotation.props().parameters);
  EXPECT_EQ(*rotation.props().parameters, (Value::Map{{"functionName", "rotate"}, {"retries", "3"}}));
  EXPECT_EQ(*rotation.props().tags, (Value::Map{{"Team", "clinic"}}));
  auto& packaged = included.getResource<sam::CfnApplication>("Packaged");
  EXPECT_EQ(*packaged.props().location, Value("https://bucket.s3.amazonaws.com/template.yaml"));
  EXPECT_THROW_MSG(
      included.getResource<s3::CfnBucket>("Rotation"), cdk::ConstructError,
      "resource 'Rotation' of " + file.path() + " is a AWS::Serverless::Application, not a AWS::S3::Bucket");

  rotation.props().timeoutInMinutes = 30;
  const json t = synth(app);
  // Added by each CfnApplication: a list without repeats, as aws-cdk-lib writes it (the template had none).
  EXPECT_EQ(t["Transform"], json::parse(R"(["AWS::Serverless-2016-10-31"])"));
  EXPECT_EQ(t["Resources"]["Rotation"]["Properties"].dump(),
            R"({"Location":{"ApplicationId":"arn:aws:serverlessrepo:us-east-1:297356227824:applications/X",)"
            R"("SemanticVersion":"1.0.0"},"Parameters":{"functionName":"rotate","retries":"3"},)"
            R"("Tags":{"Team":"clinic"},"TimeoutInMinutes":30})");
  // SAM's property is NotificationARNs; aws-cdk-lib's CfnApplication (and so cdkpp's) names it NotificationArns.
  // The template's spelling is kept as it is, with the warning of any property the class does not list.
  EXPECT_EQ(t["Resources"]["Packaged"]["Properties"].dump(),
            R"({"Location":"https://bucket.s3.amazonaws.com/template.yaml",)"
            R"("NotificationARNs":["arn:aws:sns:ap-southeast-1:123456789012:deployments"]})");
  std::vector<std::string> warnings;
  for (const auto& m : app.assembly()->messages()) warnings.push_back(m.path + ": " + m.message);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("Stack/Existing/Packaged: " + file.path() +
                             " at /Resources/Packaged/Properties/NotificationARNs: the schema of "
                             "AWS::Serverless::Application that cdkpp has"),
            std::string::npos)
      << warnings[0];
  EXPECT_EQ(t["Resources"]["Schedule"]["Properties"]["RotationLambdaARN"].dump(),
            R"({"Fn::GetAtt":"Rotation.Outputs.RotationLambdaARN"})");
}

/// The error of including `text` (written to template.yaml, or to `name`).
std::string includeError(std::string_view text, const std::string& name = "template.yaml") {
  TemplateFile file(text, name);
  cdk::App app;
  try {
    app.make<cdk::Stack>("Stack").make<cfninc::CfnInclude>("Existing", {.templateFile = file.path()});
  } catch (const cdk::TemplateError& e) {
    // The temp folder differs from run to run: the file's name and what follows.
    const std::string what = e.what();
    return what.substr(what.find(name));
  }
  return "no error";
}

TEST(CfnIncludeErrors, NameTheTemplateTheElementAndThePlace) {
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: !Ref Nope\n"),
            "template.yaml at /Resources/A/Properties/X/Ref: Ref to 'Nope', which is neither a parameter nor a "
            "resource of the template, nor a pseudo parameter (AWS::Region, ...) (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n  A:\n    Type: Custom::A\n    Properties:\n"
                         "      X: !GetAtt Vpc.Nope\n"),
            "template.yaml at /Resources/A/Properties/X/Fn::GetAtt: Fn::GetAtt of 'Vpc.Nope': a AWS::EC2::VPC has no "
            "attribute 'Nope'; its attributes are: CidrBlock, CidrBlockAssociations, DefaultNetworkAcl, "
            "DefaultSecurityGroup, EnableDnsHostnames, EnableDnsSupport, InstanceTenancy, Ipv4IpamPoolId, "
            "Ipv4NetmaskLength, Ipv6CidrBlocks, Tags, VpcId (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: !GetAtt B.Arn\n"),
            "template.yaml at /Resources/A/Properties/X/Fn::GetAtt: Fn::GetAtt of 'B', which is not a resource of the "
            "template (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: !Ref B\n"
                         "  B:\n    Type: Custom::B\n    Properties:\n      Y: !GetAtt C.Arn\n"
                         "  C:\n    Type: Custom::C\n    DependsOn: A\n"),
            "template.yaml at /Resources/C/DependsOn: resources refer to each other in a cycle: A -> B -> C -> A "
            "(through Ref, Fn::GetAtt, Fn::Sub or DependsOn); CloudFormation cannot create them: remove one of these "
            "references (included by Stack/Existing)");
  EXPECT_EQ(includeError("Conditions:\n  A: !Not [!Condition B]\n  B: !Not [!Condition A]\n"),
            "template.yaml at /Conditions/B/Fn::Not/0/Condition: conditions refer to each other in a cycle: A -> B -> "
            "A; CloudFormation cannot evaluate them (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: !Join [a, b, c]\n"),
            "template.yaml at /Resources/A/Properties/X/Fn::Join: Fn::Join takes [delimiter, [values]], not "
            "[\"a\",\"b\",\"c\"] (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: !If [Nope, 1, 2]\n"),
            "template.yaml at /Resources/A/Properties/X/Fn::If/0: Fn::If names the condition \"Nope\", which is not a "
            "condition of the template (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: {Fn::Length: [1]}\n"),
            "template.yaml at /Resources/A/Properties/X/Fn::Length: Fn::Length is not an intrinsic function cdkpp can "
            "include (Ref, Fn::Base64, Fn::Cidr, Fn::FindInMap, Fn::GetAtt, Fn::GetAZs, Fn::ImportValue, Fn::Join, "
            "Fn::Select, Fn::Split, Fn::Sub, Fn::Transform, Fn::If, Fn::Equals, Fn::And, Fn::Or, Fn::Not) (included "
            "by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    DependsOn: [Nope]\n"),
            "template.yaml at /Resources/A/DependsOn/0: resource 'A' depends on \"Nope\", which is not a resource of "
            "the template (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    DeletionPolicy: Keep\n"),
            "template.yaml at /Resources/A/DeletionPolicy: DeletionPolicy 'Keep' of resource 'A' is not one of Delete, "
            "Retain, Snapshot, RetainExceptOnCreate (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Properties: {}\n"),
            "template.yaml at /Resources/A: resource 'A' must be a mapping with a Type (AWS::Service::Resource) "
            "(included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: !Sub ${Nope}\n"),
            "template.yaml at /Resources/A/Properties/X/Fn::Sub: Fn::Sub refers to ${Nope}, which is neither a "
            "parameter nor a resource of the template, nor a variable of the Fn::Sub (included by Stack/Existing)");
  EXPECT_EQ(includeError("Parameters:\n  P:\n    Type: String\nConditions:\n  C: !Equals [!Ref V, x]\n"
                         "Resources:\n  V:\n    Type: Custom::V\n"),
            "template.yaml at /Conditions/C/Fn::Equals/0/Ref: Ref to 'V', which is not a parameter of the template: a "
            "condition can refer to parameters only (included by Stack/Existing)");
  EXPECT_EQ(includeError("Mappings:\n  M:\n    a: {b: !Ref AWS::Region}\n    c: {d: !Ref X}\n"),
            "template.yaml at /Mappings/M/c/d/Ref: Ref cannot be used in a mapping (included by Stack/Existing)");
  EXPECT_EQ(includeError("Parameters:\n  P:\n    Type: String\n    Defualt: x\n"),
            "template.yaml at /Parameters/P/Defualt: parameter 'P' has 'Defualt', which CloudFormation parameters do "
            "not have (they have Type, Default, AllowedPattern, AllowedValues, ConstraintDescription, Description, "
            "MaxLength, MaxValue, MinLength, MinValue, NoEcho) (included by Stack/Existing)");
  EXPECT_EQ(includeError("Resources: [1, 2]\n"),
            "template.yaml at /Resources: the Resources section must be a mapping of names to definitions, not [1,2] "
            "(included by Stack/Existing)");
}

TEST(CfnIncludeErrors, TemplatesThatDoNotParse) {
  EXPECT_EQ(includeError("Resources:\n  A: [1, 2\n"),
            "template.yaml: is not valid YAML (end of sequence flow not found at line 3, column 1)");
  EXPECT_EQ(includeError("{\"Resources\": }", "t.json"),
            "t.json: is not valid JSON ([json.exception.parse_error.101] parse error at line 1, column 15: syntax "
            "error while parsing value - unexpected '}'; expected '[', '{', or a literal)");
  // Nested deeper than any template: refused by the reader, before the include walks it.
  std::string deep = "Resources:\n  A:\n    Type: Custom::A\n    Properties:\n      X: ";
  deep += std::string(200, '[') + std::string(200, ']') + "\n";
  EXPECT_NE(includeError(deep).find("is nested more than 128 levels deep"), std::string::npos);
  cdk::App app;
  EXPECT_THROW_MSG(app.make<cdk::Stack>("Stack").make<cfninc::CfnInclude>("Existing", {}), cdk::ConstructError,
                   "CfnIncludeProps::templateFile is empty");
  EXPECT_THROW_MSG(
      app.make<cdk::Stack>("Stack2").make<cfninc::CfnInclude>("Existing", {.templateFile = "/nonexistent.yaml"}),
      cdk::TemplateError, "/nonexistent.yaml: cannot be read (No such file or directory)");
}

}  // namespace
