// Internal token classes behind Fn, Aws, Lazy and string concatenation.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "cdk/core/lazy.hpp"
#include "cdk/core/resolvable.hpp"
#include "cdk/core/value.hpp"

namespace cdk::detail {

using json = nlohmann::ordered_json;

/// { "<name>": <args> } — every intrinsic function whose arguments resolve like any value.
class Intrinsic final : public IResolvable {
 public:
  Intrinsic(std::string name, Value args) : name_(std::move(name)), args_(std::move(args)) {}
  const std::string& name() const noexcept { return name_; }
  const Value& args() const noexcept { return args_; }
  json resolve(ResolveContext& context) const override;
  std::string toString() const override;
  bool isList() const noexcept override;

 private:
  std::string name_;
  Value args_;
};

/// Fn::Join, minimised after resolution as aws-cdk-lib's minimalCloudFormationJoin does.
class FnJoin final : public IResolvable {
 public:
  FnJoin(std::string delimiter, Value::List parts) : delimiter_(std::move(delimiter)), parts_(std::move(parts)) {}
  FnJoin(std::string delimiter, Value::Token listToken)
      : delimiter_(std::move(delimiter)), listToken_(std::move(listToken)) {}
  const std::string& delimiter() const noexcept { return delimiter_; }
  const Value::List& parts() const noexcept { return parts_; }
  bool joinsListToken() const noexcept { return static_cast<bool>(listToken_); }
  json resolve(ResolveContext& context) const override;
  std::string toString() const override;

 private:
  std::string delimiter_;
  Value::List parts_;
  Value::Token listToken_;
};

/// { "Ref": "AWS::Region" } and the other pseudo parameters.
class PseudoParameter final : public IResolvable {
 public:
  explicit PseudoParameter(std::string name) : name_(std::move(name)) {}
  const std::string& name() const noexcept { return name_; }
  json resolve(ResolveContext& context) const override;
  std::string toString() const override { return "${Token[" + name_ + "]}"; }
  bool isList() const noexcept override { return name_ == "AWS::NotificationARNs"; }

 private:
  std::string name_;
};

/// A value computed when resolved.
class LazyValue final : public IResolvable {
 public:
  LazyValue(std::function<Value()> producer, bool omitEmptyArray, bool list = false)
      : producer_(std::move(producer)), omitEmptyArray_(omitEmptyArray), list_(list) {}
  json resolve(ResolveContext& context) const override;
  std::string toString() const override { return "${Token[Lazy]}"; }
  bool isList() const noexcept override { return list_; }

 private:
  std::function<Value()> producer_;
  bool omitEmptyArray_;
  bool list_;
};

/// Another token marked as standing for a whole list (ValueList::ofToken).
class ListToken final : public IResolvable {
 public:
  explicit ListToken(Value::Token inner) : inner_(std::move(inner)) {}
  json resolve(ResolveContext& context) const override { return inner_->resolve(context); }
  std::string toString() const override { return inner_->toString(); }
  bool isList() const noexcept override { return true; }

 private:
  Value::Token inner_;
};

/// A value rendered verbatim (already in CloudFormation form), e.g. a logical ID known only at synthesis.
class LogicalIdToken final : public IResolvable {
 public:
  explicit LogicalIdToken(const CfnElement& element) : element_(&element) {}
  json resolve(ResolveContext& context) const override;
  std::string toString() const override;

 private:
  const CfnElement* element_;
};

/// Appends the string form of a literal scalar (as JavaScript's template strings print it).
bool appendScalarText(const Value& value, std::string& out);

}  // namespace cdk::detail
