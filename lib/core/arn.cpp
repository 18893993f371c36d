#include "cdk/core/arn.hpp"

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/stack.hpp"

namespace cdk {
namespace {

std::vector<std::string> splitOn(std::string_view text, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == sep) {
      parts.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

/// aws-cdk-lib's parseArnShape for a literal: the ':'-separated components, with the checks it makes.
std::vector<std::string> parseArnShape(const std::string& arn) {
  if (!arn.starts_with("arn:")) {
    throw Error(fmt::format("ARNs must start with \"arn:\" and have at least 6 components: {}", arn));
  }
  auto components = splitOn(arn, ':');
  if (components.size() < 2 || components[1].empty()) {
    throw Error("The `partition` component (2nd component) of an ARN is required: " + arn);
  }
  if (components.size() < 3 || components[2].empty()) {
    throw Error("The `service` component (3rd component) of an ARN is required: " + arn);
  }
  if (components.size() < 6 || components[5].empty()) {
    throw Error("The `resource` component (6th component) of an ARN is required: " + arn);
  }
  return components;
}

std::optional<Value> nonEmpty(const std::string& s) { return s.empty() ? std::nullopt : std::optional<Value>(s); }

ArnComponents splitLiteral(const std::string& arn, ArnFormat arnFormat) {
  const auto components = parseArnShape(arn);
  const std::string& resourceTypeOrName = components[5];
  ArnComponents out;
  out.partition = nonEmpty(components[1]);
  out.service = components[2];
  out.region = components[3];
  out.account = components[4];
  std::size_t start = 0;
  std::size_t slash = resourceTypeOrName.find('/');
  if (slash == 0) {
    // New-style ARNs: arn:aws:service:region:account:/resource-type/resource-name.
    slash = resourceTypeOrName.find('/', 1);
    start = 1;
    out.arnFormat = ArnFormat::SLASH_RESOURCE_SLASH_RESOURCE_NAME;
  }
  const bool hasRest = components.size() > 6;
  if (slash != std::string::npos) {
    if (arnFormat == ArnFormat::NO_RESOURCE_NAME) {
      slash = std::string::npos;  // the slash is part of the resource
      out.arnFormat = ArnFormat::NO_RESOURCE_NAME;
    } else {
      out.arnFormat = start == 0 ? ArnFormat::SLASH_RESOURCE_NAME : ArnFormat::SLASH_RESOURCE_SLASH_RESOURCE_NAME;
    }
  } else {
    out.arnFormat = hasRest ? ArnFormat::COLON_RESOURCE_NAME : ArnFormat::NO_RESOURCE_NAME;
  }
  std::optional<std::string> resourceName;
  if (slash != std::string::npos) {
    out.resource = resourceTypeOrName.substr(start, slash - start);
    resourceName = resourceTypeOrName.substr(slash + 1);
  } else {
    out.resource = resourceTypeOrName;
  }
  if (hasRest) {
    std::string name = resourceName ? *resourceName + ":" : std::string();
    for (std::size_t i = 6; i < components.size(); ++i) name += (i > 6 ? ":" : "") + components[i];
    resourceName = std::move(name);
  }
  if (resourceName) out.resourceName = *resourceName;
  return out;
}

/// aws-cdk-lib's parseTokenArn: every component an Fn::Select over Fn::Split of the token.
ArnComponents splitToken(const Value& arn, ArnFormat arnFormat) {
  auto component = [&](int index) { return Fn::select(index, Fn::split(":", arn)); };
  ArnComponents out;
  out.arnFormat = arnFormat;
  out.partition = component(1);
  out.service = component(2);
  out.region = component(3);
  out.account = component(4);
  if (arnFormat == ArnFormat::NO_RESOURCE_NAME || arnFormat == ArnFormat::COLON_RESOURCE_NAME) {
    out.resource = component(5);
    if (arnFormat == ArnFormat::COLON_RESOURCE_NAME) out.resourceName = component(6);
  } else {
    const int first = arnFormat == ArnFormat::SLASH_RESOURCE_NAME ? 0 : 1;
    out.resource = Fn::select(first, Fn::split("/", component(5)));
    out.resourceName = Fn::select(first + 1, Fn::split("/", component(5)));
  }
  return out;
}

}  // namespace

Value Arn::format(const ArnComponents& c, const Stack* stack) {
  auto part = [&](const std::optional<Value>& given, Value (Stack::*fromStack)() const, const char* name) {
    if (given) return *given;
    if (!stack) {
      throw Error(
          fmt::format("Arn::format: the {} must be given when no stack is passed (partition, region and "
                      "account default to the stack's)",
                      name));
    }
    return (stack->*fromStack)();
  };
  const Value partition = part(c.partition, &Stack::partition, "partition");
  const Value region = part(c.region, &Stack::region, "region");
  const Value account = part(c.account, &Stack::account, "account");
  Value arn = Value("arn:") + partition + ":" + c.service + ":" + region + ":" + account + ":" +
              (c.arnFormat == ArnFormat::SLASH_RESOURCE_SLASH_RESOURCE_NAME ? Value("/") + c.resource : c.resource);
  if (c.resourceName) arn = arn + (c.arnFormat == ArnFormat::COLON_RESOURCE_NAME ? ":" : "/") + *c.resourceName;
  return arn;
}

ArnComponents Arn::split(const Value& arn, ArnFormat arnFormat) {
  if (arn.isString()) return splitLiteral(arn.asString(), arnFormat);
  if (!arn.isUnresolved()) {
    throw Error(fmt::format("ARNs must start with \"arn:\" and have at least 6 components: {}", arn.toString()));
  }
  return splitToken(arn, arnFormat);
}

Value Arn::extractResourceName(const Value& arn, std::string_view resourceType) {
  if (!arn.isString()) return Fn::select(1, Fn::split(fmt::format(":{}/", resourceType), arn));
  const ArnComponents parsed = split(arn, ArnFormat::SLASH_RESOURCE_NAME);
  if (parsed.resource.isString() && parsed.resource.asString() != resourceType) {
    throw Error(fmt::format("Expected resource type '{}' in ARN, got '{}' in '{}'", resourceType,
                            parsed.resource.asString(), arn.asString()));
  }
  if (!parsed.resourceName || (parsed.resourceName->isString() && parsed.resourceName->asString().empty())) {
    throw Error(fmt::format("Expected resource name in ARN, didn't find one: '{}'", arn.asString()));
  }
  return *parsed.resourceName;
}

}  // namespace cdk
