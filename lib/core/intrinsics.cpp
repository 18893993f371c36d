#include "intrinsics.hpp"

#include <exception>

#include <fmt/format.h>

#include "cdk/core/cfn_element.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/node.hpp"
#include "cdk/core/stack.hpp"

namespace cdk::detail {
namespace {

bool isConcatable(const json& value) { return value.is_string() || value.is_number(); }

std::string scalarText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
  return fmt::format("{}", value.get<double>());
}

/// A resolved { "Fn::Join": [delimiter, [literal list]] } with the same delimiter can be spliced in.
const json* splicableJoinParts(const json& value, const std::string& delimiter) {
  if (!value.is_object() || value.size() != 1) return nullptr;
  auto it = value.find("Fn::Join");
  if (it == value.end() || !it->is_array() || it->size() != 2) return nullptr;
  const json& args = *it;
  if (!args[0].is_string() || args[0].get_ref<const std::string&>() != delimiter || !args[1].is_array()) return nullptr;
  return &args[1];
}

}  // namespace

json Intrinsic::resolve(ResolveContext& context) const {
  json out = json::object();
  out.emplace(name_, context.resolve(args_));
  return out;
}

std::string Intrinsic::toString() const { return fmt::format("${{Token[{}]}}", name_); }

bool Intrinsic::isList() const noexcept {
  // The intrinsic functions whose result is a list; Fn::If is a list when both branches are.
  if (name_ == "Fn::GetAZs" || name_ == "Fn::Split" || name_ == "Fn::Cidr") return true;
  if (name_ == "Fn::If" && args_.isList() && args_.asList().size() == 3) {
    const auto isListValue = [](const Value& v) { return v.isList() || (v.isToken() && v.asToken()->isList()); };
    return isListValue(args_.asList()[1]) && isListValue(args_.asList()[2]);
  }
  return false;
}

json FnJoin::resolve(ResolveContext& context) const {
  if (listToken_) {
    return json{{"Fn::Join", json::array({delimiter_, context.resolve(Value(listToken_))})}};
  }
  json::array_t values;
  values.reserve(parts_.size());
  for (const auto& part : parts_) {
    json resolved = context.resolve(part);
    if (!resolved.is_discarded()) values.push_back(std::move(resolved));
  }
  // aws-cdk-lib's minimalCloudFormationJoin: splice nested joins, merge neighbouring literals.
  std::size_t i = 0;
  while (i < values.size()) {
    if (const json* nested = splicableJoinParts(values[i], delimiter_)) {
      json::array_t inner = nested->get<json::array_t>();
      values.erase(values.begin() + static_cast<std::ptrdiff_t>(i));
      values.insert(values.begin() + static_cast<std::ptrdiff_t>(i), inner.begin(), inner.end());
    } else if (i > 0 && isConcatable(values[i - 1]) && isConcatable(values[i])) {
      values[i - 1] = scalarText(values[i - 1]) + delimiter_ + scalarText(values[i]);
      values.erase(values.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
  if (values.empty()) return "";
  if (values.size() == 1) return std::move(values.front());
  return json{{"Fn::Join", json::array({delimiter_, std::move(values)})}};
}

std::string FnJoin::toString() const {
  std::string text;
  for (const auto& part : parts_) text += part.toString();
  return text;
}

json PseudoParameter::resolve(ResolveContext&) const { return json{{"Ref", name_}}; }

namespace {

const std::string& pathOf(const ResolveContext& context) {
  return context.element() ? context.element()->node().path() : context.stack().node().path();
}

}  // namespace

json LazyValue::resolve(ResolveContext& context) const {
  Value produced;
  try {
    produced = producer_();
  } catch (const std::exception& e) {
    const auto* error = dynamic_cast<const Error*>(&e);
    std::throw_with_nested(
        ResolutionError(pathOf(context), fmt::format("the Lazy value at {} threw while it was computed: {}; fix its "
                                                     "producer",
                                                     context.location(), error ? error->message() : e.what())));
  } catch (...) {
    throw ResolutionError(pathOf(context),
                          fmt::format("the Lazy value at {} threw an exception of type '{}', which is not a "
                                      "std::exception, while it was computed; fix its producer",
                                      context.location(), currentExceptionTypeName()));
  }
  if (omitEmptyArray_ && produced.isList() && produced.asList().empty()) return json(json::value_t::discarded);
  return context.resolve(produced);
}

json LogicalIdToken::resolve(ResolveContext& context) const {
  if (element_->node().isRemoved()) {
    throw ReferenceError(
        fmt::format("{}: refers to '{}' by logical ID, but it was removed from the tree "
                    "(tryRemoveChild); remove the reference as well, or keep the construct",
                    context.location(), element_->node().path()));
  }
  if (&element_->stack() != &context.stack()) {
    throw ReferenceError(fmt::format(
        "{}: refers to '{}' by logical ID, but that element is in stack '{}' and this one in '{}'; conditions and "
        "mappings can only be used in their own stack",
        context.location(), element_->node().path(), element_->stack().node().path(), context.stack().node().path()));
  }
  return element_->logicalId();
}

std::string LogicalIdToken::toString() const {
  return fmt::format("${{Token[{}.LogicalId]}}", element_->node().path());
}

}  // namespace cdk::detail
