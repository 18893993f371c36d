#include "cdk/sam/cfn_application.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "cdk/core/cfn_parse.hpp"
#include "cdk/core/cfn_render.hpp"
#include "cdk/core/stack.hpp"
#include "cdk/core/type_spec.hpp"

namespace cdk::sam {
namespace {

// The schema tables of the generated layer, for SAM's definition of the type: property types and required
// properties are checked at synthesis as for every generated type.
constexpr char kText[] =
    "Location"
    "NotificationArns"
    "Parameters"
    "Tags"
    "TimeoutInMinutes"
    "AWS::Serverless::Application"
    "Outputs";
constexpr std::string_view kTextView{kText, sizeof(kText) - 1};
/// The place of `name` in kText.
constexpr cdk::CfnSpecString at(std::string_view name) {
  return {static_cast<std::uint32_t>(kTextView.find(name)), static_cast<std::uint32_t>(name.size())};
}

constexpr cdk::CfnSpecString kStrings[] = {
    at("Outputs"),  // GetAtt Outputs.<name>
};
constexpr cdk::CfnPropertySpec kProperties[] = {
    // Location: an ApplicationLocation object or an S3 URL, so not checked (as the generator types unions).
    {.name = at("Location"), .type = cdk::CfnValueType::Any, .required = true},
    {.name = at("NotificationArns"), .type = cdk::CfnValueType::Array, .items = 5},
    {.name = at("Parameters"), .type = cdk::CfnValueType::Map, .items = 5},
    {.name = at("Tags"), .type = cdk::CfnValueType::Map, .items = 5},
    {.name = at("TimeoutInMinutes"), .type = cdk::CfnValueType::Integer},
    {.name = {}, .type = cdk::CfnValueType::String},  // the items of the lists and maps
};
constexpr cdk::CfnTypeSpec kTypes[] = {
    {at("AWS::Serverless::Application"), 0, 5, false},
};
constexpr cdk::CfnSpecTable kSpecs{kTextView, kStrings, kProperties, kTypes};
static_assert(kSpecs.wellFormed(), "an offset or index outside the tables");

constexpr cdk::CfnResourceTypeInfo kCfnApplication_info{
    CfnApplication::CFN_RESOURCE_TYPE_NAME, &kSpecs, 0, cdk::TagType::MAP, "Tags", 0, 1};

}  // namespace

using cdk::detail::put;

CfnApplication::CfnApplication(cdk::Construct& scope, std::string_view id, Props props)
    : cdk::CfnResource(scope, id, kCfnApplication_info), props_(std::move(props)) {
  stack().addTransform(std::string(REQUIRED_TRANSFORM));
}

cdk::Value CfnApplication::renderProperties() const {
  cdk::Value::Map m;
  put(m, "Location", props_.location);
  put(m, "NotificationArns", props_.notificationArns);
  put(m, "Parameters", props_.parameters);
  put(m, "Tags", props_.tags);
  put(m, "TimeoutInMinutes", props_.timeoutInMinutes);
  return cdk::Value(std::move(m));
}

cdk::Value toValue(const CfnApplication::ApplicationLocationProperty& value) {
  cdk::Value::Map m;
  put(m, "ApplicationId", value.applicationId);
  put(m, "SemanticVersion", value.semanticVersion);
  return cdk::Value(std::move(m));
}

namespace detail {

// The other direction of renderProperties, read as the generated include<Class> functions read: the values get the
// types of the schema above first (Parameters' values strings, TimeoutInMinutes a number), as aws-cdk-lib's
// CfnApplication._fromCloudFormation converts them.
cdk::CfnResource& includeCfnApplication(cdk::Construct& scope, std::string_view id, const cdk::Value& properties,
                                        cdk::Value::Map& extra) {
  auto& resource = scope.make<CfnApplication>(id);
  auto& p = resource.props();
  cdk::detail::PropertyReader r(properties, extra, resource.typeInfo());
  r.take("Location", p.location);
  r.take("NotificationArns", p.notificationArns);
  r.take("Parameters", p.parameters);
  r.take("Tags", p.tags);
  r.take("TimeoutInMinutes", p.timeoutInMinutes);
  r.finish();
  return resource;
}

}  // namespace detail

}  // namespace cdk::sam
