// The generated L1 layer: props, rendering, nested types, GetAtt, tags, validation and escape hatches.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "cdk/cfn/ec2.hpp"
#include "cdk/cfn/efs.hpp"
#include "cdk/cfn/elasticloadbalancingv2.hpp"
#include "cdk/cfn/iam.hpp"
#include "cdk/cfn/logs.hpp"
#include "cdk/cfn/rds.hpp"
#include "cdk/cfn/ssm.hpp"
#include "cdk/cfn/wafv2.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_support.hpp"

namespace ec2 = cdk::ec2;
namespace efs = cdk::efs;
namespace iam = cdk::iam;
namespace logs = cdk::logs;
namespace rds = cdk::rds;
namespace ssm = cdk::ssm;
namespace wafv2 = cdk::wafv2;
namespace elbv2 = cdk::elasticloadbalancingv2;
using nlohmann::ordered_json;

namespace {

struct Fixture {
  cdk::App app{cdk::AppProps{.outdir = "unused"}};
  cdk::Stack& stack = app.make<cdk::Stack>("MyStack");

  const ordered_json& synth() { return app.synth({.write = false}).getStackByName("MyStack").templateJson(); }
  const ordered_json& resource(const std::string& logicalId) { return synth().at("Resources").at(logicalId); }
};

TEST(L1Test, RendersPropsInCloudFormationNamesAndOrder) {
  Fixture f;
  f.stack.make<ec2::CfnVPC>(
      "Vpc",
      {.cidrBlock = "10.0.0.0/16", .enableDnsHostnames = true, .enableDnsSupport = true, .instanceTenancy = "default"});
  EXPECT_EQ(f.resource("Vpc").dump(),
            R"({"Type":"AWS::EC2::VPC","Properties":{"CidrBlock":"10.0.0.0/16","EnableDnsHostnames":true,)"
            R"("EnableDnsSupport":true,"InstanceTenancy":"default"}})");
}

TEST(L1Test, SchemaTablesOfAGeneratedType) {
  Fixture f;
  auto& vpc = f.stack.make<ec2::CfnVPC>("Vpc", ec2::CfnVPC::Props{.cidrBlock = "10.0.0.0/16"});
  const cdk::CfnResourceTypeInfo& info = *vpc.typeInfo();
  ASSERT_NE(info.specs, nullptr);
  const cdk::CfnSpecTable& table = *info.specs;
  EXPECT_TRUE(table.wellFormed());
  ASSERT_NE(info.typeSpec(), nullptr);
  EXPECT_EQ(table.str(info.typeSpec()->name), "AWS::EC2::VPC");
  std::vector<std::string_view> tenancies;
  bool cidrBlock = false;
  for (const cdk::CfnPropertySpec& property : table.propertiesOf(*info.typeSpec())) {
    const std::string_view name = table.str(property.name);
    cidrBlock = cidrBlock || (name == "CidrBlock" && property.type == cdk::CfnValueType::String);
    if (name == "InstanceTenancy") {
      for (cdk::CfnSpecString value : table.allowedValuesOf(property)) tenancies.push_back(table.str(value));
    }
    if (name == "Tags") {
      ASSERT_EQ(property.type, cdk::CfnValueType::Array);
      ASSERT_LT(property.items, table.properties.size());
      const cdk::CfnPropertySpec& tag = table.properties[property.items];
      ASSERT_LT(tag.objectType, table.types.size());
      EXPECT_EQ(table.str(table.types[tag.objectType].name), "AWS::EC2::VPC.Tag");
    }
  }
  EXPECT_TRUE(cidrBlock);
  EXPECT_EQ(tenancies, (std::vector<std::string_view>{"dedicated", "default", "host"}));
}

TEST(L1Test, TypeNameAndTypeInfo) {
  Fixture f;
  auto& vpc = f.stack.make<ec2::CfnVPC>("Vpc", ec2::CfnVPC::Props{.cidrBlock = "10.0.0.0/16"});
  EXPECT_EQ(ec2::CfnVPC::CFN_RESOURCE_TYPE_NAME, "AWS::EC2::VPC");
  EXPECT_EQ(elbv2::CfnTargetGroup::CFN_RESOURCE_TYPE_NAME, "AWS::ElasticLoadBalancingV2::TargetGroup");
  EXPECT_EQ(vpc.cfnResourceType(), "AWS::EC2::VPC");
  ASSERT_NE(vpc.typeInfo(), nullptr);
  EXPECT_EQ(vpc.typeInfo()->tagType, cdk::TagType::STANDARD);
  EXPECT_EQ(vpc.typeInfo()->tagPropertyName, "Tags");
  EXPECT_TRUE(cdk::CfnResource::isCfnResource(vpc));
  EXPECT_EQ(vpc.props().cidrBlock, cdk::Value("10.0.0.0/16"));
  vpc.props().instanceTenancy = "dedicated";  // props stay editable until synthesis
  EXPECT_EQ(f.resource("Vpc").at("Properties").at("InstanceTenancy"), "dedicated");
}

TEST(L1Test, NestedPropertyTypesListsAndMaps) {
  Fixture f;
  auto& vpc = f.stack.make<ec2::CfnVPC>("Vpc", {.cidrBlock = "10.0.0.0/16"});
  f.stack.make<ec2::CfnSecurityGroup>(
      "Sg", {.groupDescription = "web",
             .securityGroupIngress =
                 std::vector<ec2::CfnSecurityGroup::IngressProperty>{
                     {.cidrIp = "0.0.0.0/0", .fromPort = 443, .ipProtocol = "tcp", .toPort = 443},
                     {.ipProtocol = "-1", .sourceSecurityGroupId = vpc.attrDefaultSecurityGroup()}},
             .vpcId = vpc.ref()});
  f.stack.make<ssm::CfnParameter>("Param", {.type = "String", .value = "v"});
  f.stack.make<logs::CfnLogGroup>("Logs", {.retentionInDays = 7});
  const auto& sg = f.resource("Sg");
  EXPECT_EQ(
      sg.at("Properties").dump(),
      R"({"GroupDescription":"web","SecurityGroupIngress":[{"CidrIp":"0.0.0.0/0","FromPort":443,"IpProtocol":"tcp",)"
      R"("ToPort":443},{"IpProtocol":"-1","SourceSecurityGroupId":{"Fn::GetAtt":["Vpc","DefaultSecurityGroup"]}}],)"
      R"("VpcId":{"Ref":"Vpc"}})");
  EXPECT_EQ(f.resource("Logs").at("Properties").dump(), R"({"RetentionInDays":7})");
}

TEST(L1Test, ListPropertiesTakeItemsOrOneTokenForTheWholeList) {
  Fixture f;
  auto& sg = f.stack.make<ec2::CfnSecurityGroup>("Sg", {.groupDescription = "d"});
  // Items: spell the list type (a braced list with one element would be taken as the whole list).
  f.stack.make<rds::CfnDBCluster>("Cluster",
                                  {.availabilityZones = cdk::Fn::getAzs(),
                                   .engine = "aurora-mysql",
                                   .vpcSecurityGroupIds = cdk::ValueList{sg.attrGroupId(), "sg-0123456789abcdef0"}});
  const auto& props = f.resource("Cluster").at("Properties");
  EXPECT_EQ(props.at("AvailabilityZones").dump(), R"({"Fn::GetAZs":""})");
  EXPECT_EQ(props.at("VpcSecurityGroupIds").dump(), R"([{"Fn::GetAtt":["Sg","GroupId"]},"sg-0123456789abcdef0"])");
}

TEST(L1Test, NestedObjectsAndFreeFormJson) {
  Fixture f;
  f.stack.make<iam::CfnRole>(
      "Role",
      {.assumeRolePolicyDocument = cdk::Value::map(
           {{"Version", "2012-10-17"},
            {"Statement",
             cdk::Value::list({cdk::Value::map({{"Effect", "Allow"},
                                                {"Principal", cdk::Value::map({{"Service", "ec2.amazonaws.com"}})},
                                                {"Action", "sts:AssumeRole"}})})}}),
       .policies = std::vector<iam::CfnRole::PolicyProperty>{
           {.policyDocument = cdk::Value::map({{"Version", "2012-10-17"}}), .policyName = "p"}}});
  const auto& props = f.resource("Role").at("Properties");
  EXPECT_EQ(props.at("AssumeRolePolicyDocument").at("Statement").at(0).at("Action"), "sts:AssumeRole");
  EXPECT_EQ(props.at("Policies").dump(), R"([{"PolicyDocument":{"Version":"2012-10-17"},"PolicyName":"p"}])");
}

TEST(L1Test, RecursiveDefinitionsAreValues) {
  // WAFv2's Statement contains AndStatement, which contains Statements again: the back reference is a Value.
  wafv2::CfnWebACL::StatementProperty byteMatch{
      .byteMatchStatement = wafv2::CfnWebACL::ByteMatchStatementProperty{
          .fieldToMatch = wafv2::CfnWebACL::FieldToMatchProperty{.uriPath = cdk::Value::map({})},
          .positionalConstraint = "CONTAINS",
          .searchString = "admin",
          .textTransformations =
              std::vector<wafv2::CfnWebACL::TextTransformationProperty>{{.priority = 0, .type = "NONE"}}}};
  wafv2::CfnWebACL::StatementProperty both{
      .andStatement = wafv2::CfnWebACL::AndStatementProperty{
          .statements = cdk::Value::list({toValue(byteMatch), toValue(byteMatch)})}};
  const cdk::Value rendered = toValue(both);
  EXPECT_EQ(rendered.toString().find("\"AndStatement\":{\"Statements\":[{\"ByteMatchStatement\""), 1u)
      << rendered.toString();
}

TEST(L1Test, GetAttAccessorsUseTheSchemaAttributeNames) {
  Fixture f;
  auto& sg = f.stack.make<ec2::CfnSecurityGroup>("Sg", {.groupDescription = "d"});
  auto& db = f.stack.make<rds::CfnDBInstance>("Db", {.dbInstanceClass = "db.t3.micro", .engine = "mysql"});
  auto& cluster = f.stack.make<rds::CfnDBCluster>("Cluster", {.engine = "aurora-mysql"});
  auto& tg = f.stack.make<elbv2::CfnTargetGroup>("Tg");
  f.stack.make<cdk::CfnOutput>("GroupId", cdk::CfnOutputProps{.value = sg.attrGroupId()});
  f.stack.make<cdk::CfnOutput>("DbAddress", cdk::CfnOutputProps{.value = db.attrEndpointAddress()});
  f.stack.make<cdk::CfnOutput>("DbArn", cdk::CfnOutputProps{.value = db.attrDbInstanceArn()});
  f.stack.make<cdk::CfnOutput>("ClusterArn", cdk::CfnOutputProps{.value = cluster.attrDbClusterArn()});
  f.stack.make<cdk::CfnOutput>("SecretArn", cdk::CfnOutputProps{.value = cluster.attrMasterUserSecretSecretArn()});
  f.stack.make<cdk::CfnOutput>("TgName", cdk::CfnOutputProps{.value = tg.attrTargetGroupFullName()});
  f.stack.make<cdk::CfnOutput>("SgRef", cdk::CfnOutputProps{.value = sg.ref()});
  const auto& outputs = f.synth().at("Outputs");
  EXPECT_EQ(outputs.at("GroupId").at("Value").dump(), R"({"Fn::GetAtt":["Sg","GroupId"]})");
  EXPECT_EQ(outputs.at("DbAddress").at("Value").dump(), R"({"Fn::GetAtt":["Db","Endpoint.Address"]})");
  EXPECT_EQ(outputs.at("DbArn").at("Value").dump(), R"({"Fn::GetAtt":["Db","DBInstanceArn"]})");
  EXPECT_EQ(outputs.at("ClusterArn").at("Value").dump(), R"({"Fn::GetAtt":["Cluster","DBClusterArn"]})");
  EXPECT_EQ(outputs.at("SecretArn").at("Value").dump(), R"({"Fn::GetAtt":["Cluster","MasterUserSecret.SecretArn"]})");
  EXPECT_EQ(outputs.at("TgName").at("Value").dump(), R"({"Fn::GetAtt":["Tg","TargetGroupFullName"]})");
  EXPECT_EQ(outputs.at("SgRef").at("Value").dump(), R"({"Ref":"Sg"})");

  ASSERT_NE(db.typeInfo(), nullptr);
  const std::vector<std::string_view> attributes = db.typeInfo()->attributes();
  EXPECT_NE(std::find(attributes.begin(), attributes.end(), "Endpoint.Port"), attributes.end());
  EXPECT_NE(std::find(attributes.begin(), attributes.end(), "DBInstanceArn"), attributes.end());
}

// ------------------------------------------------------------------------------------------------ tags

TEST(L1Test, TagsRenderInTheFormatOfEachType) {
  Fixture f;
  f.stack.make<ec2::CfnVPC>("Vpc", {.cidrBlock = "10.0.0.0/16"});
  f.stack.make<efs::CfnFileSystem>("Fs");
  f.stack.make<ssm::CfnParameter>("Param", {.type = "String", .value = "v"});
  auto& lb = f.stack.make<elbv2::CfnLoadBalancer>("Lb");
  f.stack.make<elbv2::CfnListener>(
      "Listener", {.defaultActions = std::vector<elbv2::CfnListener::ActionProperty>{{.type = "fixed-response"}},
                   .loadBalancerArn = lb.ref()});
  cdk::Tags::of(f.stack).add("team", "blue");
  cdk::Tags::of(f.stack).add("app", "shop");

  EXPECT_EQ(f.resource("Vpc").at("Properties").at("Tags").dump(),
            R"([{"Key":"app","Value":"shop"},{"Key":"team","Value":"blue"}])");
  EXPECT_EQ(f.resource("Fs").at("Properties").dump(),
            R"({"FileSystemTags":[{"Key":"app","Value":"shop"},{"Key":"team","Value":"blue"}]})");
  EXPECT_EQ(f.resource("Param").at("Properties").at("Tags").dump(), R"({"app":"shop","team":"blue"})");
  EXPECT_FALSE(f.resource("Listener").at("Properties").contains("Tags"));
  EXPECT_EQ(f.resource("Lb").at("Properties").at("Tags").size(), 2u);
}

TEST(L1Test, OwnTagsMergeWithTagsOfTheScope) {
  Fixture f;
  f.stack.make<ec2::CfnVPC>(
      "Vpc", {.cidrBlock = "10.0.0.0/16",
              .tags = std::vector<cdk::CfnTag>{{.key = "Name", .value = "main"}, {.key = "team", .value = "red"}}});
  f.stack.make<ssm::CfnParameter>("Param", {.tags = cdk::Value::Map{{"own", "1"}}, .type = "String", .value = "v"});
  cdk::Tags::of(f.stack).add("team", "blue");
  EXPECT_EQ(f.resource("Vpc").at("Properties").at("Tags").dump(),
            R"([{"Key":"Name","Value":"main"},{"Key":"team","Value":"blue"}])");
  EXPECT_EQ(f.resource("Param").at("Properties").at("Tags").dump(), R"({"own":"1","team":"blue"})");
  // The tag property stays in its alphabetical place.
  std::string keys;
  const auto& vpcProps = f.resource("Vpc").at("Properties");
  for (auto it = vpcProps.begin(); it != vpcProps.end(); ++it) keys += it.key() + " ";
  EXPECT_EQ(keys, "CidrBlock Tags ");
}

// ------------------------------------------------------------------------------------------ validation

TEST(L1ValidationTest, MissingRequiredProperty) {
  Fixture f;
  f.stack.make<ec2::CfnSecurityGroup>("Sg");
  EXPECT_THROW_MSG(f.synth(), cdk::ValidationError,
                   "MyStack/Sg: AWS::EC2::SecurityGroup property 'GroupDescription' is required but missing");
}

TEST(L1ValidationTest, MissingRequiredNestedProperty) {
  Fixture f;
  f.stack.make<ec2::CfnSecurityGroup>(
      "Sg", {.groupDescription = "d",
             .securityGroupIngress = std::vector<ec2::CfnSecurityGroup::IngressProperty>{{.cidrIp = "0.0.0.0/0"}}});
  EXPECT_THROW_MSG(
      f.synth(), cdk::ValidationError,
      "MyStack/Sg: AWS::EC2::SecurityGroup property 'SecurityGroupIngress[0].IpProtocol' is required but missing");
}

TEST(L1ValidationTest, EnumValueOutsideTheSchemaList) {
  Fixture f;
  f.stack.make<ec2::CfnVPC>("Vpc", {.cidrBlock = "10.0.0.0/16", .instanceTenancy = "shared"});
  EXPECT_THROW_MSG(f.synth(), cdk::ValidationError,
                   "MyStack/Vpc: AWS::EC2::VPC property 'InstanceTenancy' is 'shared', which is not one of the allowed "
                   "values: dedicated, default, host");
}

TEST(L1ValidationTest, IntegerEnum) {
  Fixture f;
  f.stack.make<logs::CfnLogGroup>("Logs", {.retentionInDays = 8});
  EXPECT_THROW_MSG(
      f.synth(), cdk::ValidationError,
      "MyStack/Logs: AWS::Logs::LogGroup property 'RetentionInDays' is 8, which is not one of the allowed values");
}

TEST(L1ValidationTest, NumberOutsideMinimumAndMaximum) {
  Fixture f;
  f.stack.make<elbv2::CfnTargetGroup>("Low", {.healthCheckIntervalSeconds = 4});
  f.stack.make<elbv2::CfnTargetGroup>("High", {.healthCheckIntervalSeconds = 301});
  f.stack.make<elbv2::CfnTargetGroup>("Ok", {.healthCheckIntervalSeconds = 300});
  try {
    f.synth();
    ADD_FAILURE() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    const std::string what = e.what();
    EXPECT_NE(
        what.find("MyStack/Low: AWS::ElasticLoadBalancingV2::TargetGroup property 'HealthCheckIntervalSeconds' is 4, "
                  "below the minimum of 5"),
        std::string::npos)
        << what;
    EXPECT_NE(
        what.find("MyStack/High: AWS::ElasticLoadBalancingV2::TargetGroup property 'HealthCheckIntervalSeconds' is "
                  "301, above the maximum of 300"),
        std::string::npos)
        << what;
    EXPECT_EQ(what.find("MyStack/Ok"), std::string::npos) << what;
    EXPECT_EQ(e.issues().size(), 2u);
  }
}

TEST(L1ValidationTest, StringOverMaxLength) {
  Fixture f;
  f.stack.make<iam::CfnRole>("Role",
                             {.assumeRolePolicyDocument = cdk::Value::map({}), .roleName = std::string(65, 'r')});
  EXPECT_THROW_MSG(f.synth(), cdk::ValidationError,
                   "MyStack/Role: AWS::IAM::Role property 'RoleName' has 65 characters, more than the maximum of 64");
}

TEST(L1ValidationTest, WrongLiteralTypes) {
  Fixture f;
  f.stack.make<ec2::CfnVPC>("Vpc", {.cidrBlock = 10, .enableDnsHostnames = "yes", .ipv4NetmaskLength = "big"});
  f.stack.make<iam::CfnRole>("Role", {.assumeRolePolicyDocument = 5});
  try {
    f.synth();
    ADD_FAILURE() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    const std::string what = e.what();
    for (const char* expected :
         {"MyStack/Vpc: AWS::EC2::VPC property 'CidrBlock' must be a string, not 10",
          "MyStack/Vpc: AWS::EC2::VPC property 'EnableDnsHostnames' must be true or false, not 'yes'",
          "MyStack/Vpc: AWS::EC2::VPC property 'Ipv4NetmaskLength' must be an integer, not 'big'",
          "MyStack/Role: AWS::IAM::Role property 'AssumeRolePolicyDocument' must be a JSON object, not 5"}) {
      EXPECT_NE(what.find(expected), std::string::npos) << "missing: " << expected << "\nin:\n" << what;
    }
  }
}

TEST(L1ValidationTest, ReferencesAreNotJudgedByAType) {
  Fixture f;
  auto& tenancy = f.stack.make<cdk::CfnParameter>("Tenancy", cdk::CfnParameterProps{.type = "String"});
  auto& length = f.stack.make<cdk::CfnParameter>("Length", cdk::CfnParameterProps{.type = "Number"});
  f.stack.make<ec2::CfnVPC>("Vpc", {.enableDnsHostnames = tenancy.ref(),
                                    .instanceTenancy = tenancy.ref(),
                                    .ipv4IpamPoolId = "ipam-pool-0123456789abcdef0",
                                    .ipv4NetmaskLength = length.ref()});
  // A Ref to a String parameter stands where a boolean and an enum are expected, a Ref to a Number where an
  // integer is: the check lets them through and the template carries the references as they are.
  ordered_json props;
  ASSERT_NO_THROW(props = f.resource("Vpc").at("Properties"));
  EXPECT_EQ(props, ordered_json::parse(R"({"EnableDnsHostnames":{"Ref":"Tenancy"},"InstanceTenancy":{"Ref":"Tenancy"},)"
                                       R"("Ipv4IpamPoolId":"ipam-pool-0123456789abcdef0",)"
                                       R"("Ipv4NetmaskLength":{"Ref":"Length"}})"));
}

TEST(L1ValidationTest, EveryErrorOfTheTreeIsReportedOnce) {
  Fixture f;
  f.stack.make<ec2::CfnSecurityGroup>("Sg");
  f.stack.make<ec2::CfnVPC>("Vpc", {.instanceTenancy = "shared"});
  try {
    f.synth();
    ADD_FAILURE() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    ASSERT_EQ(e.issues().size(), 2u) << e.what();
    EXPECT_EQ(e.issues()[0].path, "MyStack/Sg");
    EXPECT_EQ(e.issues()[1].path, "MyStack/Vpc");
  }
}

// -------------------------------------------------------------------------------------------- escape hatches

TEST(L1Test, PropertyOverridesApplyAfterRendering) {
  Fixture f;
  auto& sg = f.stack.make<ec2::CfnSecurityGroup>(
      "Sg", {.groupDescription = "d",
             .securityGroupIngress =
                 std::vector<ec2::CfnSecurityGroup::IngressProperty>{{.cidrIp = "0.0.0.0/0", .ipProtocol = "tcp"}}});
  sg.addPropertyOverride("SecurityGroupIngress.0.FromPort", 80);
  sg.addPropertyOverride("GroupName", "web");
  sg.addPropertyOverride("GroupDescription", "from an override");
  const auto& props = f.resource("Sg").at("Properties");
  EXPECT_EQ(props.at("SecurityGroupIngress").at(0).at("FromPort"), 80);
  EXPECT_EQ(props.at("GroupName"), "web");
  EXPECT_EQ(props.at("GroupDescription"), "from an override");
}

TEST(L1ValidationTest, OverridesAreValidatedToo) {
  Fixture f;
  auto& sg = f.stack.make<ec2::CfnSecurityGroup>("Sg", {.groupDescription = "d"});
  sg.addPropertyDeletionOverride("GroupDescription");
  sg.addPropertyOverride("SecurityGroupIngress", cdk::Value::list({cdk::Value::map({{"FromPort", "eighty"}})}));
  try {
    f.synth();
    ADD_FAILURE() << "expected a ValidationError";
  } catch (const cdk::ValidationError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("property 'GroupDescription' is required but missing"), std::string::npos) << what;
    EXPECT_NE(what.find("property 'SecurityGroupIngress[0].FromPort' must be an integer, not 'eighty'"),
              std::string::npos)
        << what;
    EXPECT_NE(what.find("property 'SecurityGroupIngress[0].IpProtocol' is required but missing"), std::string::npos)
        << what;
  }
}

TEST(L1Test, RawCfnResourceTakesAnyTypeWithFreeFormProperties) {
  Fixture f;
  f.stack.make<cdk::CfnResource>(
      "Queue", {.properties = cdk::Value::map({{"VisibilityTimeout", 30}}), .type = "AWS::SQS::Queue"});
  EXPECT_EQ(f.resource("Queue").dump(), R"({"Type":"AWS::SQS::Queue","Properties":{"VisibilityTimeout":30}})");
}

}  // namespace
