#include "elasticloadbalancingv2/load_balancer_props.hpp"

#include <fmt/format.h>

#include "cdk/core/construct.hpp"
#include "cdk/core/errors.hpp"

namespace cdk::elasticloadbalancingv2::detail {

namespace {

template <class T>
void setIn(std::vector<std::pair<std::string, std::optional<T>>>& attributes, std::string_view key,
           std::optional<T> value) {
  for (auto& [k, v] : attributes) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  attributes.emplace_back(std::string(key), std::move(value));
}

template <class T>
std::optional<std::vector<cdk::CfnTag>> render(
    const std::vector<std::pair<std::string, std::optional<T>>>& attributes) {
  std::vector<cdk::CfnTag> out;
  for (const auto& [key, value] : attributes) {
    if (value) out.push_back({.key = key, .value = *value});
  }
  if (out.empty()) return std::nullopt;
  return out;
}

}  // namespace

void setAttribute(Attributes& attributes, std::string_view key, std::optional<std::string> value) {
  setIn(attributes, key, std::move(value));
}

void setAttribute(ValueAttributes& attributes, std::string_view key, std::optional<cdk::Value> value) {
  setIn(attributes, key, std::move(value));
}

std::optional<std::vector<cdk::CfnTag>> renderAttributes(const Attributes& attributes) { return render(attributes); }

std::optional<std::vector<cdk::CfnTag>> renderAttributes(const ValueAttributes& attributes) {
  return render(attributes);
}

std::pair<std::optional<ApplicationProtocol>, std::optional<int>> determineProtocolAndPort(
    const std::string& path, std::optional<ApplicationProtocol> protocol, std::optional<int> port) {
  if (!protocol && !port) return {std::nullopt, std::nullopt};
  if (!protocol) {
    switch (*port) {
      case 80:
      case 8000:
      case 8008:
      case 8080: protocol = ApplicationProtocol::HTTP; break;
      case 443:
      case 8443: protocol = ApplicationProtocol::HTTPS; break;
      default:
        throw ConstructError(path, fmt::format("Don't know default protocol for port: {}; please supply a protocol "
                                               "(protocol = ApplicationProtocol::HTTP or HTTPS)",
                                               *port));
    }
  }
  if (!port) port = *protocol == ApplicationProtocol::HTTPS ? 443 : 80;
  return {protocol, port};
}

std::vector<std::string> validateName(std::string_view kind, const std::string& name, bool checkInternalPrefix) {
  std::vector<std::string> out;
  if (name.size() > 32) out.push_back(fmt::format("{} name: \"{}\" can have a maximum of 32 characters.", kind, name));
  if (checkInternalPrefix && name.starts_with("internal-")) {
    out.push_back(fmt::format("{} name: \"{}\" must not begin with \"internal-\".", kind, name));
  }
  if (name.starts_with('-') || name.ends_with('-')) {
    out.push_back(fmt::format("{} name: \"{}\" must not begin or end with a hyphen.", kind, name));
  }
  bool valid = !name.empty();
  for (char c : name) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && c != '-') valid = false;
  }
  if (!valid)
    out.push_back(fmt::format("{} name: \"{}\" must contain only alphanumeric characters or hyphens.", kind, name));
  return out;
}

}  // namespace cdk::elasticloadbalancingv2::detail
