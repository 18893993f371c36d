#include "cdk/cloudformation_include/cfn_include.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/annotations.hpp"
#include "cdk/core/aws.hpp"
#include "cdk/core/cfn_condition.hpp"
#include "cdk/core/cfn_mapping.hpp"
#include "cdk/core/cfn_output.hpp"
#include "cdk/core/cfn_parameter.hpp"
#include "cdk/core/cfn_parse.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/template_format.hpp"
#include "cdk/core/type_spec.hpp"
#include "cdk/sam/cfn_application.hpp"
#include "core/intrinsics.hpp"

namespace cdk::cloudformation_include {
namespace {

using json = nlohmann::ordered_json;

/// What a value may refer to, by the section it is in (as CloudFormation and aws-cdk-lib allow).
enum class Context {
  Resources,   ///< Resources, Outputs, Hooks, other sections: parameters, resources, conditions, mappings
  Conditions,  ///< parameters, other conditions ({"Condition": name}), mappings
  Rules,       ///< parameters, conditions, mappings; the rule functions (Fn::Contains, Fn::ValueOf, ...)
  Mappings,    ///< nothing
  Parameters,  ///< nothing
};

const char* sectionName(Context context) {
  switch (context) {
    case Context::Conditions: return "a condition";
    case Context::Rules: return "a rule";
    case Context::Mappings: return "a mapping";
    case Context::Parameters: return "a parameter";
    case Context::Resources: break;
  }
  return "this section";
}

/// The L1 classes written by hand, which the generated table (findCfnResourceFactory) does not list: the SAM types
/// are not in the registry schemas the generator reads. aws-cdk-lib's CfnInclude makes its sam.CfnApplication for
/// them as for any L1 type.
constexpr detail::CfnResourceFactoryEntry kHandWrittenFactories[] = {
    {sam::CfnApplication::CFN_RESOURCE_TYPE_NAME, &sam::detail::includeCfnApplication},
};

/// The factory of the L1 class of `type`, generated or written by hand; null for a type cdkpp has no class of
/// (and for AWS::CloudFormation::CustomResource, which stays a CfnResource as in aws-cdk-lib).
const detail::CfnResourceFactoryEntry* findFactory(std::string_view type) {
  if (type == "AWS::CloudFormation::CustomResource") return nullptr;
  for (const auto& entry : kHandWrittenFactories) {
    if (entry.typeName == type) return &entry;
  }
  return detail::findCfnResourceFactory(type);
}

/// The sections that become elements of their own; the others the CfnInclude renders.
bool isElementSection(std::string_view name) {
  return name == "Resources" || name == "Parameters" || name == "Conditions" || name == "Mappings" || name == "Outputs";
}

bool isAlphanumeric(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

std::string brief(const json& value) {
  std::string text = value.dump();
  if (text.size() > 80) text = text.substr(0, 77) + "...";
  return text;
}

Value generic(std::string name, Value args) {
  return Value(std::make_shared<cdk::detail::Intrinsic>(std::move(name), std::move(args)));
}

Value logicalIdOf(const CfnElement& element) { return Value(std::make_shared<cdk::detail::LogicalIdToken>(element)); }

/// Fn::GetAtt in the string form the template used ({"Fn::GetAtt": "Db.Endpoint.Address"}): aws-cdk-lib keeps it
/// so. A reference all the same (tracked, following a changed logical ID, imported from another stack).
class GetAttString final : public IResolvable {
 public:
  GetAttString(const CfnElement& target, std::string attribute) : target_(&target), attribute_(std::move(attribute)) {}
  json resolve(ResolveContext& context) const override {
    json reference = context.reference(*target_, attribute_);
    if (reference.size() == 1 && reference.contains("Fn::GetAtt") && reference["Fn::GetAtt"].size() == 2 &&
        reference["Fn::GetAtt"][0].is_string() && reference["Fn::GetAtt"][1].is_string()) {
      return json{{"Fn::GetAtt", reference["Fn::GetAtt"][0].get<std::string>() + "." +
                                     reference["Fn::GetAtt"][1].get<std::string>()}};
    }
    return reference;
  }
  std::string toString() const override { return fmt::format("${{Token[{}.{}]}}", target_->node().path(), attribute_); }

 private:
  const CfnElement* target_;
  std::string attribute_;
};

/// Fn::Sub whose ${Name} and ${Name.Attribute} refer to elements: resolved as references (so they are tracked and
/// follow a changed logical ID), written back into the string; a reference to another stack's element becomes an
/// import in the variables.
class SubToken final : public IResolvable {
 public:
  struct Piece {
    std::string text;                    ///< literal text when target is null
    const CfnElement* target = nullptr;  ///< else the element referred to
    std::string attribute;               ///< empty for ${Name}
  };
  SubToken(std::vector<Piece> pieces, std::optional<Value::Map> variables)
      : pieces_(std::move(pieces)), variables_(std::move(variables)) {}

  json resolve(ResolveContext& context) const override {
    json variables = variables_ ? context.resolve(Value(*variables_)) : json::object();
    bool listForm = variables_.has_value();
    std::string body;
    for (const Piece& piece : pieces_) {
      if (!piece.target) {
        body += piece.text;
        continue;
      }
      json reference = context.reference(*piece.target, piece.attribute);
      if (reference.size() == 1 && reference.contains("Ref") && reference["Ref"].is_string()) {
        body += "${" + reference["Ref"].get<std::string>() + "}";
      } else if (reference.size() == 1 && reference.contains("Fn::GetAtt") && reference["Fn::GetAtt"].size() == 2 &&
                 reference["Fn::GetAtt"][0].is_string() && reference["Fn::GetAtt"][1].is_string()) {
        body += "${" + reference["Fn::GetAtt"][0].get<std::string>() + "." +
                reference["Fn::GetAtt"][1].get<std::string>() + "}";
      } else {
        std::string name = "Import";
        for (int n = 2; variables.contains(name); ++n) name = "Import" + std::to_string(n);
        variables[name] = std::move(reference);
        body += "${" + name + "}";
        listForm = true;
      }
    }
    json out = json::object();
    out["Fn::Sub"] = listForm ? json::array({body, std::move(variables)}) : json(body);
    return out;
  }
  std::string toString() const override { return "${Token[Fn::Sub]}"; }

 private:
  std::vector<Piece> pieces_;
  std::optional<Value::Map> variables_;
};

}  // namespace

/// Reads the template into the CfnInclude's elements, in aws-cdk-lib's order.
class CfnInclude::Parser {
 public:
  Parser(CfnInclude& self, json t, Value::Map replaced, bool preserveLogicalIds)
      : self_(self), t_(std::move(t)), replaced_(std::move(replaced)), preserve_(preserveLogicalIds) {}

  void run() {
    if (!t_.is_object()) fail("is not a CloudFormation template: its top level must be a mapping of sections");
    for (const char* name : {"Resources", "Parameters", "Conditions", "Mappings", "Outputs"}) {
      if (t_.contains(name) && !t_[name].is_object()) {
        at(name);
        fail(fmt::format("the {} section must be a mapping of names to definitions, not {}", name, brief(t_[name])));
      }
    }
    for (const auto& [name, value] : replaced_) {
      (void)value;
      if (!t_.contains("Parameters") || !t_["Parameters"].contains(name)) {
        fail(fmt::format("CfnIncludeProps::parameters names '{}', but the template has no such parameter{}", name,
                         listOf("Parameters", "; its parameters are: ")));
      }
    }
    Construct& mappings = self_.make<Construct>("$Mappings");
    for (const auto& [name, body] : section("Mappings").items()) createMapping(mappings, name, body);
    for (const auto& [name, body] : section("Parameters").items()) {
      if (!findReplaced(name)) createParameter(name, body);
    }
    conditionsScope_ = &self_.make<Construct>("$Conditions");
    for (const auto& [name, body] : section("Conditions").items()) {
      (void)body;
      getOrCreateCondition(name);
    }
    for (const auto& [id, body] : section("Resources").items()) {
      (void)body;
      getOrCreateResource(id);
    }
    // aws-cdk-lib's scope of the outputs, misspelt as it is there (it is part of their construct paths).
    Construct& outputs = self_.make<Construct>("$Ouputs");
    for (const auto& [id, body] : section("Outputs").items()) createOutput(outputs, id, body);
    for (const auto& [name, value] : t_.items()) {
      if (isElementSection(name)) continue;
      at(name);
      self_.sections_.emplace_back(name, parse(value, name == "Rules" ? Context::Rules : Context::Resources));
      up();
    }
  }

 private:
  // ------------------------------------------------------------------------------------------- errors, places

  void at(const std::string& key) { pointer_.push_back(key); }
  void up() { pointer_.pop_back(); }

  [[noreturn]] void fail(const std::string& reason) const {
    throw TemplateError(self_.templateFile_, pointer_.to_string(),
                        fmt::format("{} (included by {})", reason, self_.node().path()));
  }

  const json& section(const char* name) const {
    static const json kEmpty = json::object();
    return t_.contains(name) ? t_[name] : kEmpty;
  }

  std::string listOf(const char* name, std::string_view lead) const {
    std::vector<std::string> names;
    for (const auto& [key, value] : section(name).items()) names.push_back(key);
    return names.empty() ? std::string() : fmt::format("{}{}", lead, fmt::join(names, ", "));
  }

  const Value* findReplaced(std::string_view name) const {
    for (const auto& [key, value] : replaced_) {
      if (key == name) return &value;
    }
    return nullptr;
  }

  void checkLogicalId(const std::string& id) {
    if (!isAlphanumeric(id) || id.size() > 255) {
      fail(fmt::format("logical ID '{}' is not valid: CloudFormation logical IDs are 1 to 255 letters and digits", id));
    }
  }

  void named(CfnElement& element, const std::string& id) {
    if (preserve_) element.overrideLogicalId(id);
  }

  // ------------------------------------------------------------------------------------------- elements

  void createMapping(Construct& scope, const std::string& name, const json& body) {
    at("Mappings");
    at(name);
    checkLogicalId(name);
    if (!body.is_object()) fail(fmt::format("mapping '{}' must be a mapping of keys to mappings", name));
    Value mapping = parse(body, Context::Mappings);
    if (!mapping.isMap()) fail(fmt::format("mapping '{}' must be a mapping of keys to mappings", name));
    self_.mappings_.emplace(name, &scope.make<CfnMapping>(name, CfnMappingProps{.mapping = mapping.asMap()}));
    named(*self_.mappings_[name], name);
    up();
    up();
  }

  void createParameter(const std::string& name, const json& body) {
    at("Parameters");
    at(name);
    checkLogicalId(name);
    if (!body.is_object()) fail(fmt::format("parameter '{}' must be a mapping with a Type", name));
    CfnParameterProps props;
    bool typed = false;
    for (const auto& [key, raw] : body.items()) {
      at(key);
      const Value value = parse(raw, Context::Parameters);
      if (key == "Type") {
        props.type = text(value, "Type");
        typed = true;
      } else if (key == "Default") {
        props.defaultValue = value;
      } else if (key == "AllowedPattern") {
        props.allowedPattern = text(value, key);
      } else if (key == "AllowedValues") {
        if (!value.isList()) fail("AllowedValues must be a list");
        props.allowedValues = value.asList();
      } else if (key == "ConstraintDescription") {
        props.constraintDescription = text(value, key);
      } else if (key == "Description") {
        props.description = text(value, key);
      } else if (key == "MaxLength") {
        props.maxLength = static_cast<int>(number(value, key));
      } else if (key == "MinLength") {
        props.minLength = static_cast<int>(number(value, key));
      } else if (key == "MaxValue") {
        props.maxValue = number(value, key);
      } else if (key == "MinValue") {
        props.minValue = number(value, key);
      } else if (key == "NoEcho") {
        if (value.isBool()) {
          props.noEcho = value.asBool();
        } else if (value.isString() && (value.asString() == "true" || value.asString() == "false")) {
          props.noEcho = value.asString() == "true";
        } else {
          fail("NoEcho must be true or false");
        }
      } else {
        fail(
            fmt::format("parameter '{}' has '{}', which CloudFormation parameters do not have (they have Type, "
                        "Default, AllowedPattern, AllowedValues, ConstraintDescription, Description, MaxLength, "
                        "MaxValue, MinLength, MinValue, NoEcho)",
                        name, key));
      }
      up();
    }
    if (!typed) fail(fmt::format("parameter '{}' has no Type; CloudFormation needs one (String, Number, ...)", name));
    auto& parameter = self_.make<CfnParameter>(name, std::move(props));
    named(parameter, name);
    self_.parameters_.emplace(name, &parameter);
    up();
    up();
  }

  std::string text(const Value& value, std::string_view key) {
    if (value.isString()) return value.asString();
    if (value.isNumber() || value.isBool()) return value.toString();
    fail(fmt::format("{} must be a string, not {}", key, value.toString()));
  }

  double number(const Value& value, std::string_view key) {
    if (value.isInteger()) return static_cast<double>(value.asInteger());
    if (value.isNumber()) return value.asNumber();
    if (value.isString()) {
      try {
        std::size_t used = 0;
        const double d = std::stod(value.asString(), &used);
        if (used == value.asString().size()) return d;
      } catch (const std::exception&) {
      }
    }
    fail(fmt::format("{} must be a number, not {}", key, value.toString()));
  }

  CfnCondition& getOrCreateCondition(const std::string& name) {
    if (auto it = self_.conditions_.find(name); it != self_.conditions_.end()) return *it->second;
    if (std::find(conditionChain_.begin(), conditionChain_.end(), name) != conditionChain_.end()) {
      conditionChain_.push_back(name);
      fail(fmt::format("conditions refer to each other in a cycle: {}; CloudFormation cannot evaluate them",
                       fmt::join(conditionChain_, " -> ")));
    }
    const json& body = section("Conditions")[name];
    const json::json_pointer saved = pointer_;
    pointer_ = json::json_pointer("/Conditions") / name;
    checkLogicalId(name);
    conditionChain_.push_back(name);
    Value expression = parse(body, Context::Conditions);
    conditionChain_.pop_back();
    auto& condition = conditionsScope_->make<CfnCondition>(name, CfnConditionProps{.expression = expression});
    named(condition, name);
    self_.conditions_.emplace(name, &condition);
    pointer_ = saved;
    return condition;
  }

  CfnResource& getOrCreateResource(const std::string& id) {
    if (std::find(resourceChain_.begin(), resourceChain_.end(), id) != resourceChain_.end()) {
      resourceChain_.push_back(id);
      fail(
          fmt::format("resources refer to each other in a cycle: {} (through Ref, Fn::GetAtt, Fn::Sub or "
                      "DependsOn); CloudFormation cannot create them: remove one of these references",
                      fmt::join(resourceChain_, " -> ")));
    }
    if (auto it = self_.resources_.find(id); it != self_.resources_.end()) return *it->second;
    const json& body = section("Resources")[id];
    const json::json_pointer saved = pointer_;
    pointer_ = json::json_pointer("/Resources") / id;
    checkLogicalId(id);
    if (!body.is_object() || !body.contains("Type") || !body["Type"].is_string()) {
      fail(fmt::format("resource '{}' must be a mapping with a Type (AWS::Service::Resource)", id));
    }
    const std::string type = body["Type"].get<std::string>();
    resourceChain_.push_back(id);

    // As aws-cdk-lib: the properties first (creating the resources they refer to), then the resource, then its
    // attributes (creating its DependsOn targets).
    Value properties = Value(Value::Map{});
    if (body.contains("Properties")) {
      at("Properties");
      if (!body["Properties"].is_object()) {
        fail(fmt::format("the Properties of resource '{}' must be a mapping, not {}", id, brief(body["Properties"])));
      }
      properties = parse(body["Properties"], Context::Resources);
      up();
    }
    CfnResource* resource = nullptr;
    const detail::CfnResourceFactoryEntry* factory = findFactory(type);
    if (factory) {
      Value::Map extra;
      try {
        // The values are converted to the types of the L1 class's schema here, as aws-cdk-lib converts them.
        resource = &factory->make(self_, id, properties, extra);
      } catch (const detail::PropertyValueError& e) {
        pointer_ = json::json_pointer(pointer_.to_string() + "/Properties" + e.pointer());
        fail(e.message());
      }
      // What the typed props cannot hold: a property of the schema stays in its place (aws-cdk-lib's props take
      // a token anywhere); one the schema does not have is a property override, as aws-cdk-lib makes it.
      for (auto& [name, value] : extra) {
        if (isPropertyOf(*resource, name)) {
          resource->setUntypedProperty(name, std::move(value));
        } else {
          at("Properties");
          at(name);
          Annotations::of(*resource).addWarningV2(
              "cdkpp:include-unknown-property",
              fmt::format("{} at {}: the schema of {} that cdkpp has (tools/cfn-schemas) does not list the property "
                          "'{}'; it is kept as the template has it, and not checked",
                          self_.templateFile_, pointer_.to_string(), type, name));
          up();
          up();
          resource->addPropertyOverride(escapeDots(name), std::move(value));
          resource->excludeFromSchemaCheck(name);
        }
      }
      constraintWarnings(*resource);
    } else {
      resource = &self_.make<CfnResource>(id, CfnResourceProps{.properties = std::move(properties), .type = type});
    }
    named(*resource, id);
    self_.resources_.emplace(id, resource);
    attributes(*resource, id, body);
    resourceChain_.pop_back();
    pointer_ = saved;
    return *resource;
  }

  /// aws-cdk-lib includes values its L1 classes do not check (EvaluationPeriods 0 where the schema's minimum is 1),
  /// so cdkpp includes them too: the check at synthesis keeps to the shape (types, required properties), and each
  /// value the schema's constraints refuse is a warning here, where the template and its place are known.
  void constraintWarnings(CfnResource& resource) {
    resource.checkSchemaShapeOnly();
    const CfnResourceTypeInfo* info = resource.typeInfo();
    const CfnTypeSpec* spec = info ? info->typeSpec() : nullptr;
    if (!spec) return;
    at("Properties");
    for (const std::string& message :
         validateAgainstSpec(*info->specs, *spec, resource.renderedProperties(), CfnSpecCheck::Constraints)) {
      Annotations::of(resource).addWarningV2(
          "cdkpp:include-schema-constraint",
          fmt::format("{} at {}: {} {}. The resource schema does not allow this value and CloudFormation may refuse "
                      "it when deployed; it is included as the template has it, as aws-cdk-lib includes it",
                      self_.templateFile_, pointer_.to_string(), resource.cfnResourceType(), message));
    }
    up();
  }

  static bool isPropertyOf(const CfnResource& resource, std::string_view name) {
    const CfnResourceTypeInfo* info = resource.typeInfo();
    const CfnTypeSpec* spec = info ? info->typeSpec() : nullptr;
    if (!spec) return false;
    for (const auto& property : info->specs->propertiesOf(*spec)) {
      if (info->specs->str(property.name) == name) return true;
    }
    return false;
  }

  static std::string escapeDots(const std::string& name) {
    std::string out;
    for (char c : name) {
      if (c == '.') out += '\\';
      out += c;
    }
    return out;
  }

  /// The resource attributes other than Type and Properties, in aws-cdk-lib's order; unknown ones as overrides.
  void attributes(CfnResource& resource, const std::string& id, const json& body) {
    CfnResourceOptions& options = resource.cfnOptions();
    const auto value = [&](const char* key) -> std::optional<Value> {
      if (!body.contains(key)) return std::nullopt;
      at(key);
      Value v = parse(body[key], Context::Resources);
      up();
      return v;
    };
    if (auto v = value("CreationPolicy")) options.creationPolicy = std::move(*v);
    if (auto v = value("UpdatePolicy")) options.updatePolicy = std::move(*v);
    for (const char* key : {"DeletionPolicy", "UpdateReplacePolicy"}) {
      auto v = value(key);
      if (!v) continue;
      if (!v->isString()) {
        resource.addOverride(key, std::move(*v));  // an intrinsic function
        continue;
      }
      const std::string& name = v->asString();
      std::optional<CfnDeletionPolicy> policy;
      if (name == "Delete") policy = CfnDeletionPolicy::DELETE;
      if (name == "Retain") policy = CfnDeletionPolicy::RETAIN;
      if (name == "Snapshot") policy = CfnDeletionPolicy::SNAPSHOT;
      if (name == "RetainExceptOnCreate") policy = CfnDeletionPolicy::RETAIN_EXCEPT_ON_CREATE;
      if (!policy) {
        at(key);
        fail(fmt::format("{} '{}' of resource '{}' is not one of Delete, Retain, Snapshot, RetainExceptOnCreate", key,
                         name, id));
      }
      (std::string_view(key) == "DeletionPolicy" ? options.deletionPolicy : options.updateReplacePolicy) = policy;
    }
    for (const char* key : {"Version", "Description"}) {
      auto v = value(key);
      if (!v) continue;
      if (v->isString()) {
        (std::string_view(key) == "Version" ? options.version : options.description) = v->asString();
      } else {
        resource.addOverride(key, std::move(*v));
      }
    }
    if (auto v = value("Metadata")) {
      if (v->isMap()) {
        for (auto& [key, item] : v->asMap()) resource.addMetadata(key, std::move(item));
      } else {
        resource.addOverride("Metadata", std::move(*v));
      }
    }
    if (body.contains("Condition")) {
      at("Condition");
      const json& name = body["Condition"];
      if (!name.is_string() || !self_.conditions_.contains(name.get<std::string>())) {
        fail(fmt::format("resource '{}' has the Condition {}, which is not a condition of the template{}", id,
                         brief(name), listOf("Conditions", "; its conditions are: ")));
      }
      options.condition = self_.conditions_.find(name.get<std::string>())->second;
      up();
    }
    if (body.contains("DependsOn")) {
      at("DependsOn");
      const json& dependsOn = body["DependsOn"];
      const json list = dependsOn.is_array() ? dependsOn : json::array({dependsOn});
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (dependsOn.is_array()) at(std::to_string(i));
        const json& target = list[i];
        if (!target.is_string() || !section("Resources").contains(target.get<std::string>())) {
          fail(fmt::format("resource '{}' depends on {}, which is not a resource of the template", id, brief(target)));
        }
        resource.addDependency(getOrCreateResource(target.get<std::string>()));
        if (dependsOn.is_array()) up();
      }
      up();
    }
    static constexpr std::string_view kKnown[] = {
        "Type",    "Properties",  "CreationPolicy", "UpdatePolicy", "DeletionPolicy", "UpdateReplacePolicy",
        "Version", "Description", "Metadata",       "Condition",    "DependsOn"};
    for (const auto& [key, raw] : body.items()) {
      if (std::find(std::begin(kKnown), std::end(kKnown), key) != std::end(kKnown)) continue;
      at(key);
      resource.addOverride(escapeDots(key), parse(raw, Context::Resources));
      up();
    }
  }

  void createOutput(Construct& scope, const std::string& id, const json& body) {
    at("Outputs");
    at(id);
    checkLogicalId(id);
    if (!body.is_object() || !body.contains("Value")) {
      fail(fmt::format("output '{}' must be a mapping with a Value", id));
    }
    CfnOutputProps props;
    for (const auto& [key, raw] : body.items()) {
      at(key);
      if (key == "Value") {
        props.value = parse(raw, Context::Resources);
      } else if (key == "Description") {
        props.description = parse(raw, Context::Resources);
      } else if (key == "Export") {
        if (!raw.is_object() || !raw.contains("Name") || raw.size() != 1) {
          fail(fmt::format("the Export of output '{}' must be a mapping with a Name and nothing else", id));
        }
        at("Name");
        props.exportName = parse(raw["Name"], Context::Resources);
        up();
      } else if (key == "Condition") {
        if (!raw.is_string() || !self_.conditions_.contains(raw.get<std::string>())) {
          fail(fmt::format("output '{}' has the Condition {}, which is not a condition of the template", id,
                           brief(raw)));
        }
        props.condition = self_.conditions_.find(raw.get<std::string>())->second;
      } else {
        fail(
            fmt::format("output '{}' has '{}', which CloudFormation outputs do not have (they have Value, "
                        "Description, Export, Condition)",
                        id, key));
      }
      up();
    }
    auto& output = scope.make<CfnOutput>(id, std::move(props));
    named(output, id);
    self_.outputs_.emplace(id, &output);
    up();
    up();
  }

  // ------------------------------------------------------------------------------------------- values

  static Value scalar(const json& v) {
    switch (v.type()) {
      case json::value_t::boolean: return v.get<bool>();
      case json::value_t::number_integer: return v.get<std::int64_t>();
      case json::value_t::number_unsigned: {
        // nlohmann reads a non-negative integer as unsigned: an integer it stays, where it fits.
        const std::uint64_t u = v.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
          return static_cast<std::int64_t>(u);
        return static_cast<double>(u);
      }
      case json::value_t::number_float: {
        // JavaScript, which reads the template for aws-cdk-lib, has one kind of number: 443.0 is 443 and is written
        // so; a whole number stays an integer here too (where it fits one).
        const double d = v.get<double>();
        if (d == std::trunc(d) && std::fabs(d) < 9.2e18) return static_cast<std::int64_t>(d);
        return d;
      }
      case json::value_t::string: return v.get<std::string>();
      default: return Value();
    }
  }

  /// A template value as a Value: intrinsic functions become tokens that refer to the included elements.
  Value parse(const json& v, Context context) {
    if (v.is_array()) {
      Value::List list;
      list.reserve(v.size());
      for (std::size_t i = 0; i < v.size(); ++i) {
        at(std::to_string(i));
        list.push_back(parse(v[i], context));
        up();
      }
      return Value(std::move(list));
    }
    if (!v.is_object()) return scalar(v);
    if (v.size() == 1) {
      const std::string& key = v.begin().key();
      if (key == "Ref" || key.starts_with("Fn::") || (key == "Condition" && context == Context::Conditions)) {
        at(key);
        std::optional<Value> function = intrinsic(key, v.begin().value(), context);
        up();
        if (function) return std::move(*function);
      }
    }
    Value::Map map;
    map.reserve(v.size());
    for (const auto& [key, item] : v.items()) {
      at(key);
      map.emplace_back(key, parse(item, context));
      up();
    }
    return Value(std::move(map));
  }

  [[noreturn]] void wrongShape(const std::string& name, std::string_view shape, const json& argument) {
    fail(fmt::format("{} takes {}, not {}", name, shape, brief(argument)));
  }

  /// The function `name` with `argument`, or nullopt for a rule function kept as a plain mapping.
  std::optional<Value> intrinsic(const std::string& name, const json& argument, Context context) {
    const auto arity = [&](std::size_t min, std::size_t max, std::string_view shape) {
      if (!argument.is_array() || argument.size() < min || argument.size() > max) wrongShape(name, shape, argument);
    };
    if (name == "Ref") {
      if (!argument.is_string()) wrongShape(name, "the name of a parameter, resource or pseudo parameter", argument);
      return ref(argument.get<std::string>(), context);
    }
    if (name == "Fn::GetAtt") return getAtt(argument, context);
    if (name == "Fn::Sub") return sub(argument, context);
    if (name == "Condition") {
      if (!argument.is_string()) wrongShape(name, "the name of a condition", argument);
      if (!section("Conditions").contains(argument.get<std::string>())) {
        fail(fmt::format("{{\"Condition\": \"{}\"}} refers to no condition of the template{}",
                         argument.get<std::string>(), listOf("Conditions", "; its conditions are: ")));
      }
      return generic("Condition", logicalIdOf(getOrCreateCondition(argument.get<std::string>())));
    }
    if (name == "Fn::If") {
      arity(3, 3, "[condition name, value if true, value if false]");
      if (!argument[0].is_string() || !self_.conditions_.contains(argument[0].get<std::string>())) {
        at("0");
        fail(fmt::format("Fn::If names the condition {}, which is not a condition of the template{}",
                         brief(argument[0]), listOf("Conditions", "; its conditions are: ")));
      }
      Value::List args{logicalIdOf(*self_.conditions_.find(argument[0].get<std::string>())->second)};
      for (std::size_t i = 1; i < 3; ++i) {
        at(std::to_string(i));
        args.push_back(parse(argument[i], context));
        up();
      }
      return generic(name, Value(std::move(args)));
    }
    if (name == "Fn::FindInMap") {
      arity(3, 4, "[mapping name, top-level key, second-level key]");
      Value::List args;
      at("0");
      if (argument[0].is_string()) {
        const auto it = self_.mappings_.find(argument[0].get<std::string>());
        if (it == self_.mappings_.end()) {
          fail(fmt::format("Fn::FindInMap names the mapping '{}', which is not a mapping of the template{}",
                           argument[0].get<std::string>(), listOf("Mappings", "; its mappings are: ")));
        }
        args.push_back(logicalIdOf(*it->second));
      } else {
        args.push_back(parse(argument[0], context));
      }
      up();
      for (std::size_t i = 1; i < argument.size(); ++i) {
        at(std::to_string(i));
        args.push_back(parse(argument[i], context));
        up();
      }
      return generic(name, Value(std::move(args)));
    }
    if (name == "Fn::Join") {
      arity(2, 2, "[delimiter, [values]]");
      if (!argument[0].is_string() || !(argument[1].is_array() || argument[1].is_object())) {
        wrongShape(name, "[delimiter, [values]]", argument);
      }
    } else if (name == "Fn::Select") {
      arity(2, 2, "[index, list]");
    } else if (name == "Fn::Split") {
      arity(2, 2, "[delimiter, string]");
      if (!argument[0].is_string()) wrongShape(name, "[delimiter, string]", argument);
    } else if (name == "Fn::Equals") {
      arity(2, 2, "[value, value]");
    } else if (name == "Fn::And" || name == "Fn::Or") {
      arity(2, 10, "a list of 2 to 10 conditions");
    } else if (name == "Fn::Not") {
      arity(1, 1, "[condition]");
    } else if (name == "Fn::Cidr") {
      arity(3, 3, "[ipBlock, count, cidrBits]");
    } else if (name == "Fn::Transform") {
      if (!argument.is_object() || !argument.contains("Name")) wrongShape(name, "{Name, Parameters}", argument);
    } else if (name == "Fn::ValueOf" && context == Context::Rules) {
      arity(2, 2, "[parameter name, attribute]");
      const auto it =
          argument[0].is_string() ? self_.parameters_.find(argument[0].get<std::string>()) : self_.parameters_.end();
      if (it == self_.parameters_.end()) {
        fail(fmt::format("Fn::ValueOf names {}, which is not a parameter of the template", brief(argument[0])));
      }
      at("1");
      Value attribute = parse(argument[1], context);
      up();
      return generic(name, Value::list({logicalIdOf(*it->second), std::move(attribute)}));
    } else if (name != "Fn::Base64" && name != "Fn::GetAZs" && name != "Fn::ImportValue") {
      // The rule functions (Fn::Contains, Fn::EachMemberEquals, ...) are kept as they are, as aws-cdk-lib does.
      if (context == Context::Rules) return std::nullopt;
      fail(
          fmt::format("{} is not an intrinsic function cdkpp can include (Ref, Fn::Base64, Fn::Cidr, "
                      "Fn::FindInMap, Fn::GetAtt, Fn::GetAZs, Fn::ImportValue, Fn::Join, Fn::Select, Fn::Split, "
                      "Fn::Sub, Fn::Transform, Fn::If, Fn::Equals, Fn::And, Fn::Or, Fn::Not)",
                      name));
    }
    return generic(name, parse(argument, context));
  }

  void noReferences(Context context, std::string_view what) {
    if (context == Context::Mappings || context == Context::Parameters) {
      fail(fmt::format("{} cannot be used in {}", what, sectionName(context)));
    }
  }

  Value ref(const std::string& target, Context context) {
    if (const Value* value = findReplaced(target)) return *value;
    static const std::unordered_map<std::string_view, const Value*> kPseudo{
        {"AWS::AccountId", &Aws::ACCOUNT_ID},
        {"AWS::Region", &Aws::REGION},
        {"AWS::Partition", &Aws::PARTITION},
        {"AWS::URLSuffix", &Aws::URL_SUFFIX},
        {"AWS::NotificationARNs", &Aws::NOTIFICATION_ARNS},
        {"AWS::StackId", &Aws::STACK_ID},
        {"AWS::StackName", &Aws::STACK_NAME},
        {"AWS::NoValue", &Aws::NO_VALUE}};
    if (auto it = kPseudo.find(target); it != kPseudo.end()) return *it->second;
    noReferences(context, "Ref");
    if (auto it = self_.parameters_.find(target); it != self_.parameters_.end()) return it->second->ref();
    if (context == Context::Conditions || context == Context::Rules) {
      fail(fmt::format("Ref to '{}', which is not a parameter of the template: {} can refer to parameters only", target,
                       sectionName(context)));
    }
    if (section("Resources").contains(target)) return getOrCreateResource(target).ref();
    fail(
        fmt::format("Ref to '{}', which is neither a parameter nor a resource of the template, nor a pseudo "
                    "parameter (AWS::Region, ...)",
                    target));
  }

  CfnResource& resourceNamed(const std::string& id, std::string_view function, Context context) {
    noReferences(context, function);
    if (context == Context::Conditions || context == Context::Rules) {
      fail(fmt::format("{} cannot be used in {}: it can refer to parameters only", function, sectionName(context)));
    }
    if (!section("Resources").contains(id)) {
      fail(fmt::format("{} of '{}', which is not a resource of the template", function, id));
    }
    return getOrCreateResource(id);
  }

  /// An attribute is known when the schema lists it, as CfnResource::getAtt checks it ("Endpoint.Address" under
  /// "Endpoint" too): here the error can name the place in the template.
  void checkAttribute(const CfnResource& resource, const std::string& id, const std::string& attribute) {
    const CfnResourceTypeInfo* info = resource.typeInfo();
    if (!info || !info->specs) return;
    const auto attributes = info->attributes();
    const bool known = std::any_of(attributes.begin(), attributes.end(), [&](std::string_view a) {
      return a == attribute || (attribute.size() > a.size() && attribute.starts_with(a) && attribute[a.size()] == '.');
    });
    if (known) return;
    fail(fmt::format("Fn::GetAtt of '{}.{}': a {} has no attribute '{}'; its attributes are: {}", id, attribute,
                     resource.cfnResourceType(), attribute, fmt::join(attributes, ", ")));
  }

  Value getAtt(const json& argument, Context context) {
    std::string id;
    json attribute;
    if (argument.is_string()) {
      const std::string& text = argument.get_ref<const std::string&>();
      const std::size_t dot = text.find('.');
      if (dot == std::string::npos)
        wrongShape("Fn::GetAtt", "\"Resource.Attribute\" or [resource, attribute]", argument);
      id = text.substr(0, dot);
      attribute = text.substr(dot + 1);
    } else if (argument.is_array() && argument.size() == 2 && argument[0].is_string()) {
      id = argument[0].get<std::string>();
      attribute = argument[1];
    } else {
      wrongShape("Fn::GetAtt", "[resource, attribute] or \"Resource.Attribute\"", argument);
    }
    CfnResource& resource = resourceNamed(id, "Fn::GetAtt", context);
    if (!attribute.is_string()) {
      // The attribute name given by a Ref: kept as it is.
      at("1");
      Value name = parse(attribute, context);
      up();
      return generic("Fn::GetAtt", Value::list({logicalIdOf(resource), std::move(name)}));
    }
    checkAttribute(resource, id, attribute.get<std::string>());
    if (argument.is_string()) return Value(std::make_shared<GetAttString>(resource, attribute.get<std::string>()));
    return resource.getAtt(attribute.get<std::string>());
  }

  Value sub(const json& argument, Context context) {
    const bool listForm = argument.is_array();
    if (!(argument.is_string() ||
          (listForm && argument.size() == 2 && argument[0].is_string() && argument[1].is_object()))) {
      wrongShape("Fn::Sub", "a string, or [string, {name: value}]", argument);
    }
    std::optional<Value::Map> variables;
    if (listForm) {
      at("1");
      Value parsed = parse(argument[1], context);
      if (!parsed.isMap()) wrongShape("Fn::Sub", "a string, or [string, {name: value}]", argument);
      variables = std::move(parsed.asMap());
      up();
    }
    const std::string& text = (listForm ? argument[0] : argument).get_ref<const std::string&>();
    std::vector<SubToken::Piece> pieces;
    const auto literal = [&](std::string_view s) {
      if (pieces.empty() || pieces.back().target) pieces.push_back({});
      pieces.back().text += s;
    };
    std::size_t from = 0;
    while (from < text.size()) {
      const std::size_t open = text.find("${", from);
      const std::size_t close = open == std::string::npos ? open : text.find('}', open);
      if (close == std::string::npos) {
        literal(std::string_view(text).substr(from));
        break;
      }
      literal(std::string_view(text).substr(from, open - from));
      std::string name = text.substr(open + 2, close - open - 2);
      const std::string whole = text.substr(open, close - open + 1);
      from = close + 1;
      const auto first = name.find_first_not_of(" \t");
      name = first == std::string::npos ? std::string() : name.substr(first, name.find_last_not_of(" \t") - first + 1);
      const bool isVariable = variables && std::any_of(variables->begin(), variables->end(),
                                                       [&](const auto& e) { return e.first == name; });
      if (name.empty() || name.front() == '!' || isVariable) {
        literal(whole);  // ${!Literal}, or a variable of the function
        continue;
      }
      if (const Value* value = findReplaced(name)) {
        if (value->isString() || value->isNumber()) {
          literal(value->isString() ? value->asString() : value->toString());
        } else {
          if (!variables) variables.emplace();
          variables->emplace_back(name, *value);
          literal(whole);
        }
        continue;
      }
      if (name.find("::") != std::string::npos) {
        literal(whole);  // a pseudo parameter
        continue;
      }
      const std::size_t dot = name.find('.');
      if (dot == std::string::npos) {
        noReferences(context, "Fn::Sub");
        if (auto it = self_.parameters_.find(name); it != self_.parameters_.end()) {
          pieces.push_back({{}, it->second, {}});
        } else if (section("Resources").contains(name)) {
          pieces.push_back({{}, &resourceNamed(name, "Fn::Sub", context), {}});
        } else {
          fail(
              fmt::format("Fn::Sub refers to {}, which is neither a parameter nor a resource of the template, "
                          "nor a variable of the Fn::Sub",
                          whole));
        }
      } else {
        const std::string id = name.substr(0, dot);
        CfnResource& resource = resourceNamed(id, "Fn::Sub", context);
        checkAttribute(resource, id, name.substr(dot + 1));
        pieces.push_back({{}, &resource, name.substr(dot + 1)});
      }
    }
    return Value(std::make_shared<SubToken>(std::move(pieces), std::move(variables)));
  }

  CfnInclude& self_;
  json t_;
  Value::Map replaced_;
  bool preserve_;
  json::json_pointer pointer_;
  Construct* conditionsScope_ = nullptr;
  std::vector<std::string> resourceChain_;
  std::vector<std::string> conditionChain_;
};

CfnInclude::CfnInclude(Construct& scope, std::string_view id, Props props)
    : CfnElement(scope, id), templateFile_(std::move(props.templateFile)) {
  if (templateFile_.empty()) {
    throw ConstructError(node().path(), "CfnIncludeProps::templateFile is empty; pass the path of the template");
  }
  Parser(*this, readTemplateFile(templateFile_), std::move(props.parameters), props.preserveLogicalIds).run();
}

CfnInclude::~CfnInclude() = default;

template <class T>
T& CfnInclude::find(const ByName<T>& elements, std::string_view kind, std::string_view name) const {
  if (auto it = elements.find(name); it != elements.end()) return *it->second;
  std::vector<std::string_view> names;
  for (const auto& [key, element] : elements) names.push_back(key);
  throw ConstructError(node().path(), fmt::format("the template {} has no {} '{}'{}{}", templateFile_, kind, name,
                                                  names.empty() ? "" : "; it has: ", fmt::join(names, ", ")));
}

CfnResource& CfnInclude::getResource(std::string_view logicalId) const {
  return find(resources_, "resource", logicalId);
}
CfnParameter& CfnInclude::getParameter(std::string_view parameterName) const {
  return find(parameters_, "parameter", parameterName);
}
CfnCondition& CfnInclude::getCondition(std::string_view conditionName) const {
  return find(conditions_, "condition", conditionName);
}
CfnMapping& CfnInclude::getMapping(std::string_view mappingName) const {
  return find(mappings_, "mapping", mappingName);
}
CfnOutput& CfnInclude::getOutput(std::string_view logicalId) const { return find(outputs_, "output", logicalId); }

void CfnInclude::wrongType(std::string_view logicalId, const CfnResource& resource,
                           std::string_view expectedType) const {
  throw ConstructError(node().path(), fmt::format("resource '{}' of {} is a {}, not a {}", logicalId, templateFile_,
                                                  resource.cfnResourceType(), expectedType));
}

Value CfnInclude::toCloudFormation() const { return Value(sections_); }

}  // namespace cdk::cloudformation_include
