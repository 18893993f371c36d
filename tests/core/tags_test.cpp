#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "test_programs.hpp"
#include "test_support.hpp"

namespace {

using cdk::Value;
using json = nlohmann::ordered_json;

const cdk::CfnResourceTypeInfo kListTagged{
    .typeName = "AWS::SNS::Topic", .tagType = cdk::TagType::STANDARD, .tagPropertyName = "Tags"};
const cdk::CfnResourceTypeInfo kMapTagged{
    .typeName = "AWS::SSM::Parameter", .tagType = cdk::TagType::MAP, .tagPropertyName = "Tags"};
const cdk::CfnResourceTypeInfo kCustomTagProperty{
    .typeName = "AWS::EFS::FileSystem", .tagType = cdk::TagType::STANDARD, .tagPropertyName = "FileSystemTags"};

/// A taggable resource as generated L1 classes make them.
class Taggable : public cdk::CfnResource {
 public:
  Taggable(cdk::Construct& scope, std::string_view id, const cdk::CfnResourceTypeInfo& info, Value props = Value())
      : CfnResource(scope, id, info), props_(std::move(props)) {}

 protected:
  Value renderProperties() const override { return props_.isNull() ? Value(Value::Map{}) : props_; }

 private:
  Value props_;
};

using cdkpp_test::templateOf;

TEST(TagsTest, AppliedToTaggableResourcesSortedLikeCdk) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<Taggable>("Topic", kListTagged);
  s.make<cdk::CfnResource>("Raw", {.type = "AWS::SNS::Topic"});  // raw resources are not taggable
  cdk::Tags::of(app).add("Repository", "unknown");
  cdk::Tags::of(app).add("Environment", "dev");
  cdk::Tags::of(s).add("aws-cdk:subnet-name", "Public");
  cdk::Tags::of(app).add("Author", "me");
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"]["Topic"]["Properties"]["Tags"].dump(),
            R"([{"Key":"Author","Value":"me"},{"Key":"aws-cdk:subnet-name","Value":"Public"},)"
            R"({"Key":"Environment","Value":"dev"},{"Key":"Repository","Value":"unknown"}])");
  EXPECT_FALSE(t["Resources"]["Raw"].contains("Properties"));
}

TEST(TagsTest, FormatsFollowTheResourceType) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<Taggable>("Param", kMapTagged, Value::map({{"Type", "String"}, {"Value", "v"}}));
  s.make<Taggable>("Fs", kCustomTagProperty, Value::map({{"Encrypted", true}, {"KmsKeyId", "k"}}));
  cdk::Tags::of(s).add("Team", "core");
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"]["Param"]["Properties"].dump(), R"({"Tags":{"Team":"core"},"Type":"String","Value":"v"})");
  // The tag property takes its alphabetical place among the properties.
  EXPECT_EQ(t["Resources"]["Fs"]["Properties"].dump(),
            R"({"Encrypted":true,"FileSystemTags":[{"Key":"Team","Value":"core"}],"KmsKeyId":"k"})");
}

TEST(TagsTest, CloserTagsWinAtEqualPriorityAndHigherPriorityWins) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  auto& group = s.make<cdk::Construct>("Vpc");
  group.make<Taggable>("Topic", kListTagged);
  cdk::Tags::of(group).add("Name", "from-vpc");
  cdk::Tags::of(app).add("Name", "from-app");
  cdk::Tags::of(app).add("Owner", "app", {.priority = 300});
  cdk::Tags::of(group).add("Owner", "vpc");
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"][cdk::makeUniqueId({"Vpc", "Topic"})]["Properties"]["Tags"].dump(),
            R"([{"Key":"Name","Value":"from-vpc"},{"Key":"Owner","Value":"app"}])");
}

TEST(TagsTest, RemoveIncludeAndExclude) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<Taggable>("Topic", kListTagged);
  s.make<Taggable>("Param", kMapTagged);
  cdk::Tags::of(app).add("Only", "topics", {.includeResourceTypes = {"AWS::SNS::Topic"}});
  cdk::Tags::of(app).add("NotTopics", "x", {.excludeResourceTypes = {"AWS::SNS::Topic"}});
  cdk::Tags::of(app).add("Gone", "x");
  cdk::Tags::of(s).remove("Gone");
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"]["Topic"]["Properties"]["Tags"].dump(), R"([{"Key":"Only","Value":"topics"}])");
  EXPECT_EQ(t["Resources"]["Param"]["Properties"]["Tags"].dump(), R"({"NotTopics":"x"})");
}

TEST(TagsTest, OwnTagsHavePriority50) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S");
  s.make<Taggable>(
      "Topic", kListTagged,
      Value::map(
          {{"Tags", Value::list({Value::map({{"Key", "Name"}, {"Value", "own"}}), Value::map({{
                                                                                                  "Key",
                                                                                                  "Keep",
                                                                                              },
                                                                                              {"Value", "own"}})})}}));
  cdk::Tags::of(app).add("Name", "aspect");                 // priority 100 beats the resource's own tag
  cdk::Tags::of(app).add("Keep", "low", {.priority = 10});  // lower priority loses
  json t = templateOf(app);
  EXPECT_EQ(t["Resources"]["Topic"]["Properties"]["Tags"].dump(),
            R"([{"Key":"Keep","Value":"own"},{"Key":"Name","Value":"aspect"}])");
}

TEST(TagsTest, StackTagsGoToTheManifest) {
  cdk::App app;
  auto& s = app.make<cdk::Stack>("S", {.tags = {{"CostCenter", "42"}}});
  s.make<Taggable>("Topic", kListTagged);
  cdk::Tags::of(app).add("Environment", "dev");
  const auto& assembly = app.synth({.write = false});
  const auto& props = assembly.manifest()["artifacts"]["S"]["properties"];
  EXPECT_EQ(props["tags"].dump(), R"({"CostCenter":"42","Environment":"dev"})");
  EXPECT_EQ(assembly.getStackByName("S").tags.size(), 2u);
}

TEST(TagsTest, TagManagerDirectly) {
  cdk::TagManager tags(cdk::TagType::AUTOSCALING_GROUP, "AWS::AutoScaling::AutoScalingGroup");
  tags.setTag("b", "2", 0, false);
  tags.setTag("a", "1");
  tags.removeTag("c", 5);
  tags.setTag("c", "ignored", 1);  // lower than the removal's priority
  EXPECT_TRUE(tags.hasTags());
  EXPECT_EQ(tags.tagValues().size(), 2u);
  auto rendered = tags.renderTags();
  ASSERT_TRUE(rendered);
  EXPECT_EQ(rendered->toString(),
            R"([{"Key":"a","Value":"1","PropagateAtLaunch":true},{"Key":"b","Value":"2","PropagateAtLaunch":false}])");
  EXPECT_THROW_MSG(tags.setTag("", "x"), cdk::Error, "tag key cannot be empty");
  cdk::App app;
  EXPECT_THROW_MSG(cdk::Tags::of(app).add("", "x"), cdk::ConstructError, "non-empty key");
}

TEST(TagsTest, LocaleOrdering) {
  EXPECT_TRUE(cdk::localeLess("Author", "aws-cdk:subnet-name"));
  EXPECT_TRUE(cdk::localeLess("aws-cdk:subnet-type", "Environment"));
  EXPECT_TRUE(cdk::localeLess("TaskRole/DefaultPolicy/Resource", "TaskRole/Resource"));
  EXPECT_TRUE(cdk::localeLess("a", "A"));
  EXPECT_FALSE(cdk::localeLess("b", "A"));
  EXPECT_TRUE(cdk::localeLess("Subnet1", "Subnet2"));
}

}  // namespace
