// iam: principals, statements, documents, roles, policies and grants: defaults, options and bad input.
#include <gtest/gtest.h>

#include "cdk/cfn/iam.hpp"
#include "cdk/iam.hpp"
#include "sec_test_util.hpp"

namespace {

namespace iam = cdk::iam;
using cdk::Value;
using cdk::assertions::Template;
using json = nlohmann::ordered_json;

/// A statement as it renders in a stack (resolved).
json renderStatement(const iam::PolicyStatement& statement) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<cdk::CfnOutput>("Out", {.value = statement.toStatementJson()});
  return sectest::synthTemplate(app, "S")["Outputs"]["Out"]["Value"];
}

std::shared_ptr<iam::ServicePrincipal> service(std::string name) {
  return std::make_shared<iam::ServicePrincipal>(std::move(name));
}

// ------------------------------------------------------------------------------------------------ principals

TEST(IamPrincipals, ServicePrincipalNames) {
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName("ecs-tasks"), "ecs-tasks.amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName("ecs-tasks.amazonaws.com"), "ecs-tasks.amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName("states.amazonaws.com.cn"), "states.amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName("logs.us-east-1.amazonaws.com"),
            "logs.us-east-1.amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName("sso.c2s.ic.gov"), "sso.amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName("sso.sc2s.sgov.gov"), "sso.amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName(".amazonaws.com"), ".amazonaws.com");
  EXPECT_EQ(iam::ServicePrincipal::servicePrincipalName(""), "");
  EXPECT_EQ(iam::ServicePrincipal("x").toString(), "ServicePrincipal(x)");
}

// aws-cdk-lib's `new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)` in a stack without a region: the name
// holds a token and is rendered as given; a literal Value is the string constructor's.
TEST(IamPrincipals, ServicePrincipalWithAToken) {
  const auto statement = [](iam::PrincipalPtr principal) {
    return renderStatement(
        iam::PolicyStatement({.actions = {"kms:Decrypt"}, .principals = {std::move(principal)}, .resources = {"*"}}));
  };
  const Value name = cdk::Fn::join("", {"logs.", cdk::Aws::REGION, ".amazonaws.com"});
  EXPECT_EQ(statement(std::make_shared<iam::ServicePrincipal>(name))["Principal"],
            json::parse(R"({"Service": {"Fn::Join": ["", ["logs.", {"Ref": "AWS::Region"}, ".amazonaws.com"]]}})"));
  EXPECT_EQ(statement(std::make_shared<iam::ServicePrincipal>(Value("ecs-tasks")))["Principal"],
            json::parse(R"({"Service": "ecs-tasks.amazonaws.com"})"));
}

TEST(IamPrincipals, FragmentsAsStatements) {
  auto render = [](iam::PrincipalPtr p) {
    return renderStatement(
        iam::PolicyStatement({.actions = {"s3:*"}, .principals = {std::move(p)}, .resources = {"*"}}))["Principal"];
  };
  EXPECT_EQ(render(service("lambda")), json::parse(R"({"Service":"lambda.amazonaws.com"})"));
  EXPECT_EQ(render(std::make_shared<iam::AnyPrincipal>()), json::parse(R"({"AWS":"*"})"));
  EXPECT_EQ(render(std::make_shared<iam::StarPrincipal>()), json("*"));
  EXPECT_EQ(render(std::make_shared<iam::ArnPrincipal>("arn:aws:iam::1:role/x")),
            json::parse(R"({"AWS":"arn:aws:iam::1:role/x"})"));
  EXPECT_EQ(render(std::make_shared<iam::AccountPrincipal>("123456789012")),
            json::parse(R"({"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::123456789012:root"]]}})"));
  EXPECT_EQ(
      render(std::make_shared<iam::AccountRootPrincipal>()),
      json::parse(
          R"({"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}})"));
  EXPECT_EQ(render(std::make_shared<iam::CompositePrincipal>(std::vector<iam::PrincipalPtr>{
                service("a"), std::make_shared<iam::ArnPrincipal>("arn:1"), service("b")})),
            json::parse(R"({"Service":["a.amazonaws.com","b.amazonaws.com"],"AWS":"arn:1"})"));
}

TEST(IamPrincipals, ConditionsComeWithThePrincipal) {
  auto p = std::make_shared<iam::ArnPrincipal>("arn:1")->withConditions(
      {{"StringEquals", Value::map({{"aws:PrincipalOrgID", "o-1"}})}});
  json s = renderStatement(iam::PolicyStatement({.actions = {"s3:*"}, .principals = {p}, .resources = {"*"}}));
  EXPECT_EQ(s["Condition"], json::parse(R"({"StringEquals":{"aws:PrincipalOrgID":"o-1"}})"));
  EXPECT_EQ(s["Principal"], json::parse(R"({"AWS":"arn:1"})"));
}

TEST(IamPrincipals, BadInput) {
  EXPECT_THROW_MSG(iam::AccountPrincipal(Value(12)), cdk::Error, "accountId should be of type string");
  EXPECT_NO_THROW(iam::OrganizationPrincipal("o-abcdef1234"));
  for (const char* id : {"o-abcdef123", "o-ABCDEF1234", "x-abcdef1234", "o-abcdef1234 ", ""}) {
    EXPECT_THROW_MSG(
        iam::OrganizationPrincipal{std::string(id)}, cdk::Error,
        std::string("Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received ") + id);
  }
  EXPECT_THROW_MSG(iam::CompositePrincipal({}), cdk::Error,
                   "CompositePrincipals must be constructed with at least 1 Principal but none were passed.");
  EXPECT_THROW_MSG(
      iam::PolicyStatement({.actions = {"s3:*"},
                            .principals = {std::make_shared<iam::AccountPrincipal>("1")->withConditions(
                                               {{"A", Value::map({{"b", "c"}})}}),
                                           std::make_shared<iam::AccountPrincipal>("2")}}),
      cdk::Error,
      "All principals in a PolicyStatement must have the same Conditions (got '{\"A\":{\"b\":\"c\"}}' and '{}'). Use "
      "multiple statements instead.");
  EXPECT_THROW_MSG(iam::PolicyStatement(
                       {.principals = {std::make_shared<iam::StarPrincipal>(), std::make_shared<iam::AnyPrincipal>()}}),
                   cdk::Error, "if one uses a literal principal string the other one must be empty");
}

// ------------------------------------------------------------------------------------------------ statements

TEST(IamStatements, KeyOrderAndScalars) {
  iam::PolicyStatement st({.actions = {"s3:GetObject"}, .resources = {"arn:aws:s3:::b/*"}});
  EXPECT_EQ(renderStatement(st).dump(), R"({"Action":"s3:GetObject","Effect":"Allow","Resource":"arn:aws:s3:::b/*"})");
  st.addActions({"s3:PutObject", "s3:GetObject"});
  st.addCondition("Bool", Value::map({{"aws:SecureTransport", "true"}}));
  st.setSid("Write");
  EXPECT_EQ(renderStatement(st).dump(),
            R"({"Action":["s3:GetObject","s3:PutObject"],"Condition":{"Bool":{"aws:SecureTransport":"true"}},)"
            R"("Effect":"Allow","Resource":"arn:aws:s3:::b/*","Sid":"Write"})");
  iam::PolicyStatement deny({.effect = iam::Effect::DENY,
                             .notActions = {"iam:*"},
                             .notPrincipals = {service("x")},
                             .notResources = {"a", "b"}});
  EXPECT_EQ(
      renderStatement(deny).dump(),
      R"({"NotAction":"iam:*","Effect":"Deny","NotPrincipal":{"Service":"x.amazonaws.com"},"NotResource":["a","b"]})");
}

TEST(IamStatements, ConditionsMergeByOperator) {
  iam::PolicyStatement st({.actions = {"s3:*"}, .resources = {"*"}});
  st.addCondition("StringEquals", Value::map({{"a", "1"}, {"b", "2"}}));
  st.addCondition("StringEquals", Value::map({{"b", "3"}, {"c", "4"}}));
  st.addAccountCondition("123");
  EXPECT_EQ(renderStatement(st)["Condition"].dump(),
            R"({"StringEquals":{"a":"1","b":"3","c":"4","sts:ExternalId":"123"}})");
  EXPECT_THROW_MSG(st.addCondition("Bool", "true"), cdk::Error,
                   "A Condition should be represented as a map of operator to value");
}

TEST(IamStatements, HandlesShareOneStatement) {
  iam::PolicyStatement a({.actions = {"s3:*"}});
  iam::PolicyStatement b = a;
  b.addResources({"*"});
  EXPECT_TRUE(a.hasResource());
  EXPECT_TRUE(a == b);
  iam::PolicyStatement c = a.copy({.actions = {"sqs:*"}});
  EXPECT_FALSE(c == a);
  EXPECT_EQ(c.actions(), std::vector<std::string>{"sqs:*"});
  EXPECT_EQ(a.actions(), std::vector<std::string>{"s3:*"});
}

TEST(IamStatements, BadInput) {
  EXPECT_THROW_MSG(
      iam::PolicyStatement({.actions = {"bad"}}), cdk::Error,
      "Action 'bad' is invalid. An action string consists of a service namespace, a colon, and the name of "
      "an action. Action names can include wildcards.");
  EXPECT_THROW_MSG(iam::PolicyStatement({.actions = {"s3:Get*"}, .notActions = {"s3:Put*"}}), cdk::Error,
                   "Cannot add 'NotActions' to policy statement if 'Actions' have been added");
  EXPECT_THROW_MSG(iam::PolicyStatement({.notResources = {"a"}, .resources = {"b"}}), cdk::Error,
                   "Cannot add 'NotResources' to policy statement if 'Resources' have been added");
  iam::PolicyStatement frozen({.actions = {"s3:*"}});
  frozen.freeze();
  EXPECT_THROW_MSG(frozen.addResources({"*"}), cdk::Error,
                   "addResources: freeze() has been called on this PolicyStatement previously, so it can no longer be "
                   "modified");
}

TEST(IamStatements, Validation) {
  iam::PolicyStatement empty;
  EXPECT_EQ(empty.validateForAnyPolicy(),
            std::vector<std::string>{"A PolicyStatement must specify at least one 'action' or 'notAction'."});
  iam::PolicyStatement st({.actions = {"s3:*"}, .sid = "has-dash"});
  auto errors = st.validateForIdentityPolicy();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "A PolicyStatement used in an identity-based policy must specify at least one resource.");
  EXPECT_NE(errors[1].find("Statement ID (sid) 'has-dash' must be alphanumeric"), std::string::npos);
  EXPECT_EQ(st.validateForResourcePolicy().size(), 2u);
}

TEST(IamStatements, FromJson) {
  auto st = iam::PolicyStatement::fromJson(Value::fromJson(json::parse(
      R"({"Action":["s3:GetObject"],"Effect":"Deny","Principal":{"AWS":["arn:1","arn:2"]},"Resource":"*","Sid":"X"})")));
  EXPECT_EQ(
      renderStatement(st).dump(),
      R"({"Action":"s3:GetObject","Effect":"Deny","Principal":{"AWS":["arn:1","arn:2"]},"Resource":"*","Sid":"X"})");
  EXPECT_THROW_MSG(iam::PolicyStatement::fromJson(Value::map({{"Resource", "*"}})), cdk::Error,
                   "Incorrect Policy Statement: A PolicyStatement must specify at least one 'action' or 'notAction'.");
}

// ------------------------------------------------------------------------------------------------ documents

TEST(IamDocuments, RenderingDedupesExactDuplicates) {
  iam::PolicyDocument doc;
  EXPECT_TRUE(doc.isEmpty());
  doc.addStatements(iam::PolicyStatement({.actions = {"a:b"}, .resources = {"*"}}),
                    iam::PolicyStatement({.actions = {"a:b"}, .resources = {"*"}}),
                    iam::PolicyStatement({.actions = {"a:c"}, .resources = {"*"}}));
  EXPECT_EQ(doc.statementCount(), 3u);
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<cdk::CfnOutput>("Doc", {.value = doc.toValue()});
  EXPECT_EQ(
      sectest::synthTemplate(app, "S")["Outputs"]["Doc"]["Value"].dump(),
      R"({"Statement":[{"Action":"a:b","Effect":"Allow","Resource":"*"},{"Action":"a:c","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"})");
}

TEST(IamDocuments, AssignSids) {
  iam::PolicyDocument doc(
      {.assignSids = true,
       .statements = {iam::PolicyStatement({.actions = {"a:b"}, .resources = {"*"}}),
                      iam::PolicyStatement({.actions = {"a:c"}, .resources = {"*"}, .sid = "Mine"})}});
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<cdk::CfnOutput>("Doc", {.value = doc.toValue()});
  json out = sectest::synthTemplate(app, "S")["Outputs"]["Doc"]["Value"];
  EXPECT_EQ(out["Statement"][0]["Sid"], "0");
  EXPECT_EQ(out["Statement"][1]["Sid"], "Mine");
}

TEST(IamDocuments, EmptyDocumentLeavesThePropertyOut) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<iam::CfnManagedPolicy>("P", {.description = "x", .policyDocument = iam::PolicyDocument().toValue()});
  EXPECT_FALSE(sectest::synthTemplate(app, "S")["Resources"]["P"]["Properties"].contains("PolicyDocument"));
}

// ------------------------------------------------------------------------------------------------ roles

TEST(IamRole, SeedTaskRole) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  stack.make<iam::Role>("TaskRole", {.assumedBy = service("ecs-tasks.amazonaws.com")});
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(
      t["Resources"].dump(),
      R"({"TaskRole30FC0FBB":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"}}],"Version":"2012-10-17"}}}})");
}

TEST(IamRole, DefaultPolicyCreatedOnFirstStatement) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& role = stack.make<iam::Role>("R", {.assumedBy = service("lambda")});
  EXPECT_EQ(role.defaultPolicy(), nullptr);
  iam::AddToPrincipalPolicyResult result =
      role.addToPrincipalPolicy(iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}}));
  EXPECT_TRUE(result.statementAdded);
  ASSERT_NE(role.defaultPolicy(), nullptr);
  EXPECT_EQ(result.policyDependable, role.defaultPolicy());
  EXPECT_EQ(role.defaultPolicy()->node().path(), "S/R/DefaultPolicy");
  Template t = Template::fromStack(stack);
  t.hasResourceProperties("AWS::IAM::Policy",
                          Value::map({{"PolicyName", "RDefaultPolicy0707467B"},
                                      {"Roles", Value::list({Value::map({{"Ref", "RC21A1702"}})})}}));
}

TEST(IamRole, ManagedPoliciesDeduplicated) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto policy = iam::ManagedPolicy::fromAwsManagedPolicyName("ReadOnlyAccess");
  auto& role = stack.make<iam::Role>("R", {.assumedBy = service("lambda"), .managedPolicies = {policy}});
  role.addManagedPolicy(*policy);
  role.addManagedPolicy(*iam::ManagedPolicy::fromManagedPolicyArn(stack, "Arn", "arn:aws:iam::1:policy/x"));
  role.addManagedPolicy(*iam::ManagedPolicy::fromManagedPolicyArn(stack, "Arn2", "arn:aws:iam::1:policy/x"));
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(
      t["Resources"]["RC21A1702"]["Properties"]["ManagedPolicyArns"].dump(),
      R"([{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/ReadOnlyAccess"]]},"arn:aws:iam::1:policy/x"])");
}

TEST(IamRole, GrantsOnTheRole) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& role = stack.make<iam::Role>("R", {.assumedBy = service("lambda")});
  auto& user = stack.make<iam::Role>("U", {.assumedBy = service("ec2")});
  iam::Grant grant = role.grantPassRole(user);
  EXPECT_TRUE(grant.success());
  ASSERT_TRUE(grant.principalStatement());
  role.grantAssumeRole(user);
  Template t = Template::fromStack(stack);
  t.hasResourceProperties(
      "AWS::IAM::Policy",
      Value::map(
          {{"PolicyDocument",
            Value::map(
                {{"Statement",
                  Value::list(
                      {Value::map({{"Action", "iam:PassRole"},
                                   {"Effect", "Allow"},
                                   {"Resource", Value::map({{"Fn::GetAtt", Value::list({"RC21A1702", "Arn"})}})}}),
                       Value::map(
                           {{"Action", "sts:AssumeRole"},
                            {"Effect", "Allow"},
                            {"Resource", Value::map({{"Fn::GetAtt", Value::list({"RC21A1702", "Arn"})}})}})})}})}}));
}

TEST(IamRole, GrantApplyBeforeAddsDependsOn) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& role = stack.make<iam::Role>("R", {.assumedBy = service("lambda")});
  auto& topic = stack.make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  iam::Grant grant =
      iam::Grant::addToPrincipal({.actions = {"sns:Publish"}, .grantee = role, .resourceArns = {topic.ref()}});
  auto& consumer = stack.make<cdk::CfnResource>("Consumer", {.type = "AWS::SQS::Queue"});
  grant.applyBefore(consumer);
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(t["Resources"]["Consumer"]["DependsOn"].dump(), R"(["RDefaultPolicy0707467B"])");
}

TEST(IamRole, GrantToServicePrincipalFailsWithoutResourcePolicy) {
  iam::ServicePrincipal principal("lambda");
  iam::Grant grant = iam::Grant::addToPrincipal({.actions = {"s3:*"}, .grantee = principal, .resourceArns = {"*"}});
  EXPECT_FALSE(grant.success());
  EXPECT_THROW_MSG(grant.assertSuccess(), cdk::Error,
                   "Permissions for 'ServicePrincipal(lambda)' to call 's3:*' on '*' could not be added on either "
                   "identity or resource policy.");
}

TEST(IamRole, SynthesisIsRepeatable) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  auto& role = stack.make<iam::Role>("R", {.assumedBy = service("lambda")});
  role.addToPolicy(iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}}));
  json first = sectest::synthTemplate(app, "S");
  json second = sectest::synthTemplate(app, "S");
  EXPECT_EQ(first, second);
  role.addToPolicy(iam::PolicyStatement({.actions = {"sqs:*"}, .resources = {"*"}}));
  json third = sectest::synthTemplate(app, "S");
  EXPECT_EQ(third["Resources"]["RDefaultPolicy0707467B"]["Properties"]["PolicyDocument"]["Statement"].size(), 2u);
}

TEST(IamRole, ImportedRole) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("S");
  iam::IRole& imported = iam::Role::fromRoleArn(stack, "Imported", "arn:aws:iam::123456789012:role/path/name");
  EXPECT_EQ(imported.roleName(), Value("name"));
  EXPECT_EQ(imported.principalAccount(), Value("123456789012"));
  imported.addToPrincipalPolicy(iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}}));
  auto& policy = dynamic_cast<iam::Policy&>(imported.node().findChild("Policy"));
  Template t = Template::fromStack(stack);
  t.hasResourceProperties("AWS::IAM::Policy", Value::map({{"PolicyName", policy.cfnPolicy().logicalId()},
                                                          {"Roles", Value::list({"name"})}}));
}

TEST(IamRole, BadInput) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto any = std::make_shared<iam::AnyPrincipal>();
  EXPECT_THROW_MSG(s.make<iam::Role>("R1", {.assumedBy = any, .roleName = "bad name"}), cdk::ConstructError,
                   "S/R1: Invalid roleName. The name must be a string of characters consisting of upper and lowercase "
                   "alphanumeric characters with no spaces. You can also include any of the following characters: "
                   "_+=,.@-. Length must be between 1 and 64 characters.");
  EXPECT_THROW_MSG(s.make<iam::Role>("R2", {.assumedBy = any, .maxSessionDuration = cdk::Duration::minutes(30)}),
                   cdk::ConstructError,
                   "maxSessionDuration is set to 1800, but must be >= 3600sec (1hr) and <= 43200sec (12hrs)");
  EXPECT_THROW_MSG(s.make<iam::Role>("R3", {.assumedBy = any, .path = "noslash"}), cdk::ConstructError,
                   "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by "
                   "slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, noslash is "
                   "provided.");
  EXPECT_THROW_MSG(s.make<iam::Role>("R4", {.assumedBy = any, .path = std::string(513, '/')}), cdk::ConstructError,
                   "Role path must be between 1 and 512 characters. The provided role path is 513 characters.");
  EXPECT_THROW_MSG(s.make<iam::Role>("R5", {.assumedBy = any, .description = std::string(1001, 'x')}),
                   cdk::ConstructError, "Role description must be no longer than 1000 characters.");
  EXPECT_THROW_MSG(s.make<iam::Role>("R6", {}), cdk::ConstructError, "S/R6: assumedBy is required");
}

TEST(IamRole, SynthesisErrors) {
  {
    cdk::App app;
    auto& s = app.make<cdk::Stack>("S");
    auto& r = s.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::AnyPrincipal>()});
    r.addToPolicy(iam::PolicyStatement({.actions = {"s3:*"}}));
    EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                     "S/R/DefaultPolicy: A PolicyStatement used in an identity-based policy must specify at least one "
                     "resource.");
  }
  {
    cdk::App app;
    auto& s = app.make<cdk::Stack>("S");
    auto& r = s.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::AnyPrincipal>()});
    r.addToPolicy(iam::PolicyStatement(
        {.actions = {"s3:*"}, .principals = {std::make_shared<iam::AnyPrincipal>()}, .resources = {"*"}}));
    EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                     "S/R/DefaultPolicy: A PolicyStatement used in an identity-based policy cannot specify any IAM "
                     "principals.");
  }
}

// ------------------------------------------------------------------------------------------------ policies

TEST(IamPolicy, EmptyOrUnattachedPoliciesRenderNothing) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& role = s.make<iam::Role>("R", {.assumedBy = service("lambda")});
  s.make<iam::Policy>("Empty", {.roles = {role}});
  s.make<iam::Policy>("Unattached", {.statements = {iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}})}});
  Template::fromStack(s).resourceCountIs("AWS::IAM::Policy", 0);
}

TEST(IamPolicy, NameAndForce) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& role = s.make<iam::Role>("R", {.assumedBy = service("lambda")});
  auto& named =
      s.make<iam::Policy>("Named", {.policyName = "my-policy",
                                    .roles = {role},
                                    .statements = {iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}})}});
  EXPECT_EQ(named.policyName(), Value("my-policy"));
  Template::fromStack(s).hasResourceProperties("AWS::IAM::Policy", Value::map({{"PolicyName", "my-policy"}}));
}

TEST(IamPolicy, SynthesisErrors) {
  {
    cdk::App app;
    auto& s = app.make<cdk::Stack>("S");
    s.make<iam::Policy>("P", {.force = true});
    EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                     "S/P: Policy created with force=true is empty. You must add statements to the policy\n  S/P: "
                     "Policy created with force=true must be attached to at least one principal: user, group or role");
  }
  {
    cdk::App app;
    auto& s = app.make<cdk::Stack>("S");
    auto& p = s.make<iam::Policy>("P");
    (void)p.policyName();
    EXPECT_THROW_MSG(app.synth({.write = false}), cdk::ValidationError,
                     "S/P: This Policy has been referenced by a resource, so it must contain at least one statement.");
  }
}

TEST(IamPolicy, TwoPoliciesWithOneName) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& r = s.make<iam::Role>("R", {.assumedBy = std::make_shared<iam::AnyPrincipal>()});
  s.make<iam::Policy>("P1", {.policyName = "same", .roles = {r}});
  EXPECT_THROW_MSG(s.make<iam::Policy>("P2", {.policyName = "same", .roles = {r}}), cdk::ConstructError,
                   "A policy named \"same\" is already attached");
}

TEST(IamManagedPolicy, Created) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& role = s.make<iam::Role>("R", {.assumedBy = service("lambda")});
  auto& mp = s.make<iam::ManagedPolicy>(
      "MP", {.description = "d",
             .roles = {role},
             .statements = {iam::PolicyStatement({.actions = {"s3:*"}, .resources = {"*"}})}});
  EXPECT_EQ(mp.managedPolicyArn().toString(), "${Token[S/MP/Resource.Ref]}");
  json t = sectest::synthTemplate(app, "S");
  EXPECT_EQ(
      t["Resources"][mp.cfnManagedPolicy().logicalId()].dump(),
      R"({"Type":"AWS::IAM::ManagedPolicy","Properties":{"Description":"d","Path":"/","PolicyDocument":{"Statement":[{"Action":"s3:*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"},"Roles":[{"Ref":"RC21A1702"}]}})");
}

}  // namespace
