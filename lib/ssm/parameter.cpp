#include "cdk/ssm/parameter.hpp"

#include <regex>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "cdk/cfn/ssm.hpp"
#include "cdk/core/cfn_parameter.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "core/text_scanner.hpp"

namespace cdk::ssm {

constexpr auto kParameterTierNames = cdk::enumNames<ParameterTier>({
    {ParameterTier::ADVANCED, "Advanced"},
    {ParameterTier::INTELLIGENT_TIERING, "Intelligent-Tiering"},
    {ParameterTier::STANDARD, "Standard"},
});
std::string_view toString(ParameterTier tier) noexcept { return cdk::nameOf(kParameterTierNames, tier); }

constexpr auto kParameterDataTypeNames = cdk::enumNames<ParameterDataType>({
    {ParameterDataType::TEXT, "text"},
    {ParameterDataType::AWS_EC2_IMAGE, "aws:ec2:image"},
});
std::string_view toString(ParameterDataType dataType) noexcept {
  return cdk::nameOf(kParameterDataTypeNames, dataType);
}

std::string_view toString(ParameterValueType /*valueType*/) noexcept { return "String"; }

namespace {

/// What aws-cdk-lib writes as the physical name of a parameter whose name CloudFormation generates (a simple
/// name, without '/').
constexpr std::string_view AUTOGEN_MARKER = "$$autogen$$";

const std::vector<std::string> READ_ACTIONS{"ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter",
                                            "ssm:GetParameterHistory"};

/// aws-cdk-lib's arnForParameterName: arn:...:parameter/<name> for simple names, arn:...:parameter<name> for
/// names that start with '/'.
cdk::Value arnForParameterName(const cdk::Construct& scope, const cdk::Value& parameterName,
                               const std::optional<std::string>& physicalName, std::optional<bool> simpleName) {
  const std::string& path = scope.node().path();
  const std::optional<std::string> literalName =
      parameterName.isString() ? std::optional<std::string>(parameterName.asString()) : std::nullopt;
  const std::optional<std::string> nameToValidate = physicalName ? physicalName : literalName;
  if (nameToValidate && nameToValidate->find('/') != std::string::npos && !nameToValidate->starts_with('/')) {
    throw cdk::ConstructError(
        path, fmt::format("Parameter names must be fully qualified (if they include \"/\" they must also begin with a "
                          "\"/\"): {}. Start the name with '/'",
                          *nameToValidate));
  }
  const std::optional<std::string> concreteName = literalName ? literalName : physicalName;
  bool simple = false;
  if (!concreteName) {
    if (!simpleName) {
      throw cdk::ConstructError(path,
                                "Unable to determine ARN separator for SSM parameter since the parameter name is an "
                                "unresolved token. Use \"fromAttributes\" and specify \"simpleName\" explicitly");
    }
    simple = *simpleName;
  } else {
    simple = !concreteName->starts_with('/');
    if (simpleName && *simpleName != simple) {
      if (*concreteName == AUTOGEN_MARKER) {
        throw cdk::ConstructError(path,
                                  "If \"parameterName\" is not explicitly defined, \"simpleName\" must be \"true\" or "
                                  "undefined since auto-generated parameter names always have simple names");
      }
      throw cdk::ConstructError(
          path, fmt::format("Parameter name \"{}\" is {}, but \"simpleName\" was explicitly set to {}. Either omit it "
                            "or set it to {}",
                            *concreteName, simple ? "a simple name" : "not a simple name", *simpleName, simple));
    }
  }
  const cdk::Stack& stack = cdk::Stack::of(scope);
  if (simple) {
    return stack.formatArn({.arnFormat = cdk::ArnFormat::SLASH_RESOURCE_NAME,
                            .resource = "parameter",
                            .resourceName = parameterName,
                            .service = "ssm"});
  }
  return stack.formatArn({.resource = cdk::Value("parameter") + parameterName, .service = "ssm"});
}

iam::Grant grantReadOn(const cdk::Value& arn, const iam::IGrantable& grantee) {
  return iam::Grant::addToPrincipal({.actions = READ_ACTIONS, .grantee = grantee, .resourceArns = {arn}});
}

iam::Grant grantWriteOn(const cdk::Value& arn, const iam::IGrantable& grantee) {
  return iam::Grant::addToPrincipal({.actions = {"ssm:PutParameter"}, .grantee = grantee, .resourceArns = {arn}});
}

/// A String parameter of another app, read through a template parameter (made on first use) or a dynamic
/// reference.
class ImportedStringParameter final : public cdk::Resource, public virtual IStringParameter {
 public:
  ImportedStringParameter(cdk::Construct& scope, std::string_view id, StringParameterAttributes attributes)
      : cdk::Resource(scope, id), scope_(scope), id_(id), name_(attributes.parameterName) {
    if (attributes.version) {
      value_ = cdk::Value(fmt::format("{{{{resolve:ssm:{}:{}}}}}", name_, *attributes.version));
    } else if (attributes.forceDynamicReference) {
      value_ = cdk::Value(fmt::format("{{{{resolve:ssm:{}}}}}", name_));
    }
    arn_ = arnForParameterName(*this, cdk::Value(name_), std::nullopt, attributes.simpleName);
  }
  cdk::Value parameterArn() const override { return arn_; }
  cdk::Value parameterName() const override { return cdk::Value(name_); }
  cdk::Value parameterType() const override { return cdk::Value("String"); }
  cdk::Value stringValue() const override {
    if (value_) return *value_;
    // The template parameter, next to this construct, made when the value is first asked for.
    if (!parameter_) {
      parameter_ = &scope_.make<cdk::CfnParameter>(
          id_ + ".Parameter",
          cdk::CfnParameterProps{.defaultValue = cdk::Value(name_), .type = "AWS::SSM::Parameter::Value<String>"});
    }
    return parameter_->valueAsString();
  }
  iam::Grant grantRead(const iam::IGrantable& grantee) const override { return grantReadOn(arn_, grantee); }
  iam::Grant grantWrite(const iam::IGrantable& grantee) const override { return grantWriteOn(arn_, grantee); }

 private:
  cdk::Construct& scope_;
  std::string id_;
  std::string name_;
  std::optional<cdk::Value> value_;
  cdk::Value arn_;
  mutable cdk::CfnParameter* parameter_ = nullptr;
};

std::optional<cdk::Value> nameValue(const std::optional<std::string>& name) {
  if (!name) return std::nullopt;
  return cdk::Value(*name);
}

/// The id as the tree stores it ('/' becomes "--").
std::string storedId(std::string_view id) {
  std::string out;
  for (char c : id) out += c == '/' ? std::string("--") : std::string(1, c);
  return out;
}

}  // namespace

StringParameter::StringParameter(cdk::Construct& scope, std::string_view id, StringParameterProps props)
    : cdk::Resource(scope, id, {.physicalName = nameValue(props.parameterName)}) {
  const std::string& path = node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  if (props.stringValue.isNull()) fail("StringParameter needs a value: pass stringValue = <the value>");
  if (props.allowedPattern && props.stringValue.isString()) {
    // aws-cdk-lib tests the pattern with JavaScript's RegExp.test: a match anywhere in the value.
    bool matches = false;
    try {
      matches =
          std::regex_search(props.stringValue.asString(), std::regex(*props.allowedPattern, std::regex::ECMAScript));
    } catch (const std::regex_error& e) {
      fail(fmt::format("allowedPattern ({}) is not a valid regular expression: {}", *props.allowedPattern, e.what()));
    }
    if (!matches) {
      fail(
          fmt::format("The supplied value ({}) does not match the specified allowedPattern ({}). Change the value or "
                      "the pattern",
                      props.stringValue.asString(), *props.allowedPattern));
    }
  }
  if (props.parameterName) {
    if (props.parameterName->size() > 2048) fail("name cannot be longer than 2048 characters.");
    const bool valid = !props.parameterName->empty() && cdk::detail::allOf(*props.parameterName, [](char c) {
      return cdk::detail::isAsciiAlnum(c) || c == '_' || c == '/' || c == '.' || c == '-';
    });
    if (!valid) {
      fail(fmt::format("name must only contain letters, numbers, and the following 4 symbols .-_/; got {}",
                       *props.parameterName));
    }
  }
  if (props.description && props.description->size() > 1024) {
    fail("Description cannot be longer than 1024 characters.");
  }

  CfnParameterProps cfn;
  if (props.allowedPattern) cfn.allowedPattern = *props.allowedPattern;
  if (props.dataType) cfn.dataType = std::string(ssm::toString(*props.dataType));
  if (props.description) cfn.description = *props.description;
  cfn.name = physicalName();
  if (props.tier) cfn.tier = std::string(ssm::toString(*props.tier));
  cfn.type = "String";
  cfn.value = std::move(props.stringValue);
  resource_ = &make<CfnParameter>("Resource", std::move(cfn));
  parameterArn_ =
      arnForParameterName(*this, parameterName(),
                          props.parameterName ? props.parameterName : std::string(AUTOGEN_MARKER), props.simpleName);
}

StringParameter::~StringParameter() = default;

cdk::Value StringParameter::parameterName() const { return resource_->ref(); }

cdk::Value StringParameter::parameterType() const { return resource_->getAtt("Type"); }

cdk::Value StringParameter::stringValue() const { return resource_->getAtt("Value"); }

iam::Grant StringParameter::grantRead(const iam::IGrantable& grantee) const {
  return grantReadOn(parameterArn_, grantee);
}

iam::Grant StringParameter::grantWrite(const iam::IGrantable& grantee) const {
  return grantWriteOn(parameterArn_, grantee);
}

cdk::Value StringParameter::valueForStringParameter(cdk::Construct& scope, std::string_view parameterName,
                                                    std::optional<int> version) {
  cdk::Stack& stack = cdk::Stack::of(scope);
  const std::string id = fmt::format("SsmParameterValue:{}:C96584B6-F00A-464E-AD19-53AFF4B05118", parameterName);
  if (cdk::Construct* existing = stack.node().tryFindChild(storedId(id))) {
    if (auto* parameter = dynamic_cast<IStringParameter*>(existing)) return parameter->stringValue();
  }
  return fromStringParameterAttributes(stack, id, {.parameterName = std::string(parameterName), .version = version})
      .stringValue();
}

IStringParameter& StringParameter::fromStringParameterAttributes(cdk::Construct& scope, std::string_view id,
                                                                 StringParameterAttributes attributes) {
  if (attributes.parameterName.empty()) {
    throw cdk::ConstructError(scope.node().path(), "parameterName cannot be an empty string");
  }
  return scope.make<ImportedStringParameter>(id, std::move(attributes));
}

IStringParameter& StringParameter::fromStringParameterName(cdk::Construct& scope, std::string_view id,
                                                           std::string parameterName) {
  return fromStringParameterAttributes(scope, id, {.parameterName = std::move(parameterName)});
}

}  // namespace cdk::ssm
