#include "cdk/assertions/template.hpp"

#include <limits>

#include <fmt/format.h>

#include "cdk/core/app.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/stack.hpp"

namespace cdk::assertions {
namespace {

using json = nlohmann::ordered_json;

std::string show(const json& v) {
  std::string text = v.dump(1, ' ', false, json::error_handler_t::replace);
  return text.size() > 2000 ? text.substr(0, 1997) + "..." : text;
}

}  // namespace

Template Template::fromStack(const Stack& stack) {
  const CloudAssembly& assembly = App::of(stack).synth({.write = false});
  return Template(assembly.getStackArtifact(stack.artifactId()).templateJson());
}

Template Template::fromJson(nlohmann::ordered_json templateJson) { return Template(std::move(templateJson)); }

Template Template::fromString(std::string_view templateText) {
  try {
    return Template(json::parse(templateText));
  } catch (const json::exception& e) {
    throw AssertionError(fmt::format("the template is not valid JSON: {}", e.what()));
  }
}

json Template::findResources(std::string_view type, const Value& pattern) const {
  json out = json::object();
  auto resources = template_.find("Resources");
  if (resources == template_.end()) return out;
  for (const auto& [id, resource] : resources->items()) {
    auto t = resource.find("Type");
    if (t == resource.end() || *t != type) continue;
    if (pattern.isNull() || matchValue(pattern, resource).ok()) out[id] = resource;
  }
  return out;
}

void Template::hasResource(std::string_view type, const Value& pattern) const {
  auto resources = template_.find("Resources");
  std::size_t candidates = 0;
  MatchResult closest;
  std::size_t fewest = std::numeric_limits<std::size_t>::max();
  std::string closestId;
  if (resources != template_.end()) {
    for (const auto& [id, resource] : resources->items()) {
      auto t = resource.find("Type");
      if (t == resource.end() || *t != type) continue;
      ++candidates;
      MatchResult r = matchValue(pattern, resource);
      if (r.ok()) return;
      if (r.failures().size() < fewest) {
        fewest = r.failures().size();
        closest = r;
        closestId = id;
      }
    }
  }
  if (candidates == 0) throw AssertionError(fmt::format("the template has no resource of type {}", type));
  throw AssertionError(
      fmt::format("the template has {} resource(s) of type {}, but none matches the pattern; the "
                  "closest is {}:{}\n  {}",
                  candidates, type, closestId, closest.toString(), show((*resources)[closestId])));
}

void Template::hasResourceProperties(std::string_view type, const Value& properties) const {
  Value propertiesPattern = properties.isMap() ? Match::objectLike(properties.asMap()) : properties;
  hasResource(type, Match::objectLike({{"Properties", propertiesPattern}}));
}

void Template::resourceCountIs(std::string_view type, std::size_t count) const {
  const std::size_t found = findResources(type).size();
  if (found != count) {
    throw AssertionError(fmt::format("expected {} resource(s) of type {} but found {}", count, type, found));
  }
}

void Template::resourcePropertiesCountIs(std::string_view type, const Value& properties, std::size_t count) const {
  Value propertiesPattern = properties.isMap() ? Match::objectLike(properties.asMap()) : properties;
  const std::size_t found = findResources(type, Match::objectLike({{"Properties", propertiesPattern}})).size();
  if (found != count) {
    throw AssertionError(
        fmt::format("expected {} resource(s) of type {} matching the properties but found {}", count, type, found));
  }
}

json Template::findIn(std::string_view section, std::string_view logicalId, const Value& pattern) const {
  json out = json::object();
  auto s = template_.find(section);
  if (s == template_.end()) return out;
  for (const auto& [id, value] : s->items()) {
    if (logicalId != "*" && id != logicalId) continue;
    if (pattern.isNull() || matchValue(pattern, value).ok()) out[id] = value;
  }
  return out;
}

void Template::hasIn(std::string_view section, std::string_view logicalId, const Value& pattern) const {
  if (!findIn(section, logicalId, pattern).empty()) return;
  auto s = template_.find(section);
  if (s == template_.end()) throw AssertionError(fmt::format("the template has no {}", section));
  std::string details;
  for (const auto& [id, value] : s->items()) {
    if (logicalId != "*" && id != logicalId) continue;
    details += fmt::format("\n  {}:{}", id, matchValue(pattern, value).toString());
  }
  if (details.empty()) throw AssertionError(fmt::format("the template's {} have no entry '{}'", section, logicalId));
  throw AssertionError(fmt::format("no entry of {} matches the pattern:{}", section, details));
}

void Template::hasOutput(std::string_view logicalId, const Value& pattern) const {
  hasIn("Outputs", logicalId, pattern);
}

json Template::findOutputs(std::string_view logicalId, const Value& pattern) const {
  return findIn("Outputs", logicalId, pattern);
}

void Template::hasParameter(std::string_view logicalId, const Value& pattern) const {
  hasIn("Parameters", logicalId, pattern);
}

void Template::hasCondition(std::string_view logicalId, const Value& pattern) const {
  hasIn("Conditions", logicalId, pattern);
}

void Template::hasMapping(std::string_view logicalId, const Value& pattern) const {
  hasIn("Mappings", logicalId, pattern);
}

void Template::templateMatches(const Value& pattern) const {
  MatchResult r = matchValue(pattern, template_);
  if (!r.ok()) throw AssertionError(fmt::format("the template does not match the pattern:{}", r.toString()));
}

}  // namespace cdk::assertions
