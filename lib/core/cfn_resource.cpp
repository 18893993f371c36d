#include "cdk/core/cfn_resource.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "cdk/core/cfn_condition.hpp"
#include "cdk/core/cfn_reference.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/stack.hpp"
#include "intrinsics.hpp"
#include "overrides.hpp"

namespace cdk {
namespace {

constexpr auto kDeletionPolicyNames = enumNames<CfnDeletionPolicy>({
    {CfnDeletionPolicy::DELETE, "Delete"},
    {CfnDeletionPolicy::RETAIN, "Retain"},
    {CfnDeletionPolicy::SNAPSHOT, "Snapshot"},
    {CfnDeletionPolicy::RETAIN_EXCEPT_ON_CREATE, "RetainExceptOnCreate"},
});
std::string policyName(CfnDeletionPolicy policy) { return std::string(nameOf(kDeletionPolicyNames, policy)); }

bool validTypeName(std::string_view type) {
  // AWS::Service::Type, Custom::Name or a third-party Org::Service::Type.
  if (type.empty()) return false;
  std::size_t parts = 1;
  for (std::size_t i = 0; i + 1 < type.size(); ++i) {
    if (type[i] == ':' && type[i + 1] == ':') {
      ++parts;
      ++i;
    }
  }
  return parts >= 2 && type.front() != ':' && type.back() != ':';
}

bool pathMetadataEnabled(const Construct& c) {
  auto flag = c.node().tryGetContext("aws:cdk:enable-path-metadata");
  return flag && ((flag->isBool() && flag->asBool()) || (flag->isString() && flag->asString() == "true"));
}

}  // namespace

CfnResource::CfnResource(Construct& scope, std::string_view id, CfnResourceProps props)
    : CfnElement(scope, id), type_(std::move(props.type)), rawProperties_(std::move(props.properties)) {
  if (!validTypeName(type_)) {
    throw ConstructError(node().path(), fmt::format("'{}' is not a CloudFormation resource type; write it as "
                                                    "AWS::<Service>::<Type> (or Custom::<Name>)",
                                                    type_));
  }
  if (!rawProperties_.isNull() && !rawProperties_.isMap() && !rawProperties_.isToken()) {
    throw ConstructError(node().path(),
                         fmt::format("the properties of a {} must be a map, not {}", type_, rawProperties_.toString()));
  }
  if (pathMetadataEnabled(*this)) addMetadata("aws:cdk:path", node().path());
}

CfnResource::CfnResource(Construct& scope, std::string_view id, const CfnResourceTypeInfo& typeInfo)
    : CfnElement(scope, id), type_(typeInfo.typeName), typeInfo_(&typeInfo) {
  if (typeInfo.tagType != TagType::NOT_TAGGABLE) {
    tags_ = std::make_unique<TagManager>(typeInfo.tagType, type_, std::string(typeInfo.tagPropertyName));
  }
  if (pathMetadataEnabled(*this)) addMetadata("aws:cdk:path", node().path());
}

CfnResource::~CfnResource() = default;

bool CfnResource::isCfnResource(const Construct& construct) noexcept {
  return dynamic_cast<const CfnResource*>(&construct) != nullptr;
}

Value CfnResource::ref() const { return CfnReference::forRef(*this); }

Value CfnResource::getAtt(std::string_view attributeName) const {
  // The schema lists every attribute of its type (a nested one as "Endpoint.Address"); a GetAtt of anything
  // else fails only when CloudFormation deploys the template.
  if (typeInfo_ && typeInfo_->specs) {
    const auto attributes = typeInfo_->attributes();
    const bool known = std::any_of(attributes.begin(), attributes.end(), [&](std::string_view a) {
      return a == attributeName ||
             (attributeName.size() > a.size() && attributeName.starts_with(a) && attributeName[a.size()] == '.');
    });
    if (!known) {
      std::string list;
      for (std::string_view a : attributes) list += fmt::format("{}{}", list.empty() ? "" : ", ", a);
      throw ConstructError(
          node().path(),
          attributes.empty()
              ? fmt::format("{} has no attributes, so GetAtt '{}' cannot be used; refer to it with "
                            "ref() instead",
                            type_, attributeName)
              : fmt::format("{} has no attribute '{}'; its attributes are: {}", type_, attributeName, list));
    }
  }
  return CfnReference::forGetAtt(*this, attributeName);
}

void CfnResource::applyRemovalPolicy(std::optional<RemovalPolicy> policy, RemovalPolicyOptions options) {
  const RemovalPolicy effective = policy.value_or(options.defaultPolicy.value_or(RemovalPolicy::RETAIN));
  CfnDeletionPolicy deletion = CfnDeletionPolicy::RETAIN;
  CfnDeletionPolicy replace = CfnDeletionPolicy::RETAIN;
  switch (effective) {
    case RemovalPolicy::DESTROY: deletion = replace = CfnDeletionPolicy::DELETE; break;
    case RemovalPolicy::RETAIN: deletion = replace = CfnDeletionPolicy::RETAIN; break;
    case RemovalPolicy::SNAPSHOT: deletion = replace = CfnDeletionPolicy::SNAPSHOT; break;
    case RemovalPolicy::RETAIN_ON_UPDATE_OR_DELETE:
      deletion = CfnDeletionPolicy::RETAIN_EXCEPT_ON_CREATE;
      replace = CfnDeletionPolicy::RETAIN;
      break;
  }
  options_.deletionPolicy = deletion;
  if (options.applyToUpdateReplacePolicy) options_.updateReplacePolicy = replace;
}

void CfnResource::addDependency(CfnResource& target) {
  if (&target == this) return;
  if (&target.stack() != &stack()) {
    stack().addDependency(target.stack(), fmt::format("{} depends on {}", node().path(), target.node().path()));
    return;
  }
  if (std::find(dependsOn_.begin(), dependsOn_.end(), &target) == dependsOn_.end()) dependsOn_.push_back(&target);
}

void CfnResource::removeDependency(const CfnResource& target) {
  dependsOn_.erase(std::remove(dependsOn_.begin(), dependsOn_.end(), &target), dependsOn_.end());
}

void CfnResource::addOverride(std::string_view path, Value value) {
  overrides_.push_back({std::string(path), std::move(value)});
}

void CfnResource::addDeletionOverride(std::string_view path) {
  overrides_.push_back({std::string(path), std::nullopt});
}

void CfnResource::addPropertyOverride(std::string_view propertyPath, Value value) {
  addOverride("Properties." + std::string(propertyPath), std::move(value));
}

void CfnResource::addPropertyDeletionOverride(std::string_view propertyPath) {
  addDeletionOverride("Properties." + std::string(propertyPath));
}

void CfnResource::setUntypedProperty(std::string_view name, Value value) {
  for (auto& [k, v] : untypedProperties_) {
    if (k == name) {
      v = std::move(value);
      return;
    }
  }
  untypedProperties_.emplace_back(std::string(name), std::move(value));
}

void CfnResource::excludeFromSchemaCheck(std::string_view name) {
  if (std::find(unchecked_.begin(), unchecked_.end(), name) == unchecked_.end()) unchecked_.emplace_back(name);
}

void CfnResource::addMetadata(std::string_view key, Value value) {
  for (auto& [k, v] : options_.metadata) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  options_.metadata.emplace_back(std::string(key), std::move(value));
}

const Value* CfnResource::getMetadata(std::string_view key) const noexcept {
  for (const auto& [k, v] : options_.metadata) {
    if (k == key) return &v;
  }
  return nullptr;
}

Value CfnResource::renderProperties() const { return rawProperties_.isNull() ? Value(Value::Map{}) : rawProperties_; }

Value CfnResource::renderResource() const {
  Value properties = renderProperties();
  if (!untypedProperties_.empty() && properties.isMap()) {
    auto& map = properties.asMap();
    for (const auto& property : untypedProperties_) {
      // A named pair, not a structured binding: clang before 16 cannot capture a binding in a lambda.
      const std::string& name = property.first;
      auto it = std::find_if(map.begin(), map.end(), [&](const auto& entry) { return entry.first >= name; });
      if (it != map.end() && it->first == name) {
        it->second = property.second;
      } else {
        map.emplace(it, name, property.second);
      }
    }
  }
  if (tags_ && properties.isMap()) {
    const std::string& tagKey = tags_->tagPropertyName();
    Value* initial = properties.find(tagKey);
    std::optional<Value> rendered = tags_->renderTags(initial);
    auto& map = properties.asMap();
    if (rendered) {
      if (initial) {
        *initial = std::move(*rendered);
      } else {
        // Generated properties are in the order of their CloudFormation names; keep Tags in its place.
        auto at = std::find_if(map.begin(), map.end(), [&](const auto& entry) { return entry.first > tagKey; });
        map.emplace(at, tagKey, std::move(*rendered));
      }
    }
  }

  Value::Map body;
  body.reserve(8);
  body.emplace_back("Type", type_);
  if (!(properties.isMap() && properties.asMap().empty())) body.emplace_back("Properties", std::move(properties));
  if (!dependsOn_.empty()) {
    std::vector<const CfnResource*> sorted(dependsOn_.begin(), dependsOn_.end());
    std::sort(sorted.begin(), sorted.end(), [](const CfnResource* a, const CfnResource* b) {
      return localeLess(a->node().path(), b->node().path());
    });
    Value::List ids;
    ids.reserve(sorted.size());
    for (const CfnResource* r : sorted) ids.emplace_back(std::make_shared<detail::LogicalIdToken>(*r));
    body.emplace_back("DependsOn", std::move(ids));
  }
  if (options_.creationPolicy) body.emplace_back("CreationPolicy", *options_.creationPolicy);
  if (options_.updatePolicy) body.emplace_back("UpdatePolicy", *options_.updatePolicy);
  if (options_.updateReplacePolicy) body.emplace_back("UpdateReplacePolicy", policyName(*options_.updateReplacePolicy));
  if (options_.deletionPolicy) body.emplace_back("DeletionPolicy", policyName(*options_.deletionPolicy));
  if (options_.version) body.emplace_back("Version", *options_.version);
  if (options_.description) body.emplace_back("Description", *options_.description);
  if (!options_.metadata.empty()) body.emplace_back("Metadata", Value(options_.metadata));
  if (options_.condition) {
    body.emplace_back("Condition", Value(std::make_shared<detail::LogicalIdToken>(*options_.condition)));
  }

  Value resource(std::move(body));
  for (const auto& o : overrides_) detail::applyOverride(resource, o.path, o.value, node().path());
  return resource;
}

Value CfnResource::renderedProperties() const {
  Value resource = renderResource();
  if (const Value* properties = resource.find("Properties")) return *properties;
  return Value(Value::Map{});
}

Value CfnResource::toCloudFormation() const {
  // Built by moves: an initializer list would copy the rendered resource (twice).
  Value::Map resources;
  resources.emplace_back(logicalId(), renderResource());
  Value::Map fragment;
  fragment.emplace_back("Resources", Value(std::move(resources)));
  return Value(std::move(fragment));
}

std::vector<std::string> CfnResource::validateElement() const {
  if (!typeInfo_ || !typeInfo_->typeSpec()) return {};
  return validateFragment(toCloudFormation());
}

std::vector<std::string> CfnResource::validateFragment(const Value& fragment) const {
  std::vector<std::string> errors;
  const CfnTypeSpec* spec = typeInfo_ ? typeInfo_->typeSpec() : nullptr;
  if (!spec) return errors;
  static const Value kNoProperties = Value(Value::Map{});
  const Value* properties = &kNoProperties;  // not a copy: the fragment outlives the check
  if (const Value* resources = fragment.find("Resources"); resources && resources->isMap()) {
    for (const auto& [id, body] : resources->asMap()) {
      if (const Value* p = body.find("Properties")) properties = p;
    }
  }
  Value checked;
  if (!unchecked_.empty() && properties->isMap()) {
    checked = *properties;
    for (const auto& name : unchecked_) checked.erase(name);
    properties = &checked;
  }
  for (auto& message : validateAgainstSpec(*typeInfo_->specs, *spec, *properties, schemaCheck_)) {
    errors.push_back(fmt::format("{} {}", type_, message));
  }
  return errors;
}

}  // namespace cdk
