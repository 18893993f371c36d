#include "cdk/core/stack.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/annotations.hpp"
#include "cdk/core/app.hpp"
#include "cdk/core/aws.hpp"
#include "cdk/core/cfn_element.hpp"
#include "cdk/core/cfn_output.hpp"
#include "cdk/core/cfn_reference.hpp"
#include "cdk/core/default_stack_synthesizer.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/fn.hpp"
#include "cdk/core/names.hpp"
#include "exports.hpp"
#include "synthesis/resolver.hpp"
#include "tag_key.hpp"

namespace cdk {
namespace {

constexpr std::size_t kMaxStackNameLength = 128;

void addMissingContext(std::vector<MissingContext>& missing, MissingContext report) {
  for (const auto& m : missing) {
    if (m.key == report.key) return;
  }
  missing.push_back(std::move(report));
}

std::string generateArtifactId(const Stack& stack) {
  // aws-cdk-lib's makeStackName over the path from the app: a single id is used as it is.
  std::vector<std::string_view> ids;
  for (const Construct* c = &stack; c && c->node().scope(); c = c->node().scope()) ids.push_back(c->node().id());
  std::reverse(ids.begin(), ids.end());
  if (ids.size() == 1) return std::string(ids.front());
  return makeUniqueId(ids);
}

void validateStackName(const Stack& stack, const std::string& name) {
  const bool shapeOk = !name.empty() && std::isalpha(static_cast<unsigned char>(name.front())) &&
                       std::all_of(name.begin(), name.end(),
                                   [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; });
  if (!shapeOk || name.size() > kMaxStackNameLength) {
    throw ConstructError(stack.node().path(),
                         fmt::format("stack name '{}' is not valid: CloudFormation stack names start with a letter, "
                                     "hold only letters, digits and '-', and have at most {} characters; pass another "
                                     "stackName",
                                     name, kMaxStackNameLength));
  }
}

std::optional<std::string> nonEmpty(const std::optional<Environment>& env,
                                    std::optional<std::string> Environment::* field) {
  if (!env || !((*env).*field) || ((*env).*field)->empty()) return std::nullopt;
  return (*env).*field;
}

/// aws-cdk-lib's choice: the stack's own synthesizer, else the app's default, else a DefaultStackSynthesizer. One
/// that can be reused is bound as a copy; another one is bound itself.
std::shared_ptr<IStackSynthesizer> bindSynthesizer(Stack& stack, std::shared_ptr<IStackSynthesizer> own) {
  if (!own) {
    const auto* app = dynamic_cast<const App*>(&stack.node().root());
    if (app && app->defaultStackSynthesizer()) return app->defaultStackSynthesizer()->reusableBind(stack);
    own = std::make_shared<DefaultStackSynthesizer>();
  }
  if (const auto* reusable = dynamic_cast<const IReusableStackSynthesizer*>(own.get())) {
    return reusable->reusableBind(stack);
  }
  own->bind(stack);
  return own;
}

}  // namespace

Stack::Stack(Construct& scope, std::string_view id, StackProps props)
    : Construct(scope, id),
      description_(std::move(props.description)),
      account_(nonEmpty(props.env, &Environment::account)),
      region_(nonEmpty(props.env, &Environment::region)),
      terminationProtection_(props.terminationProtection),
      tags_(TagType::KEY_VALUE, "aws:cdk:stack") {
  node().stack_ = this;
  artifactId_ = generateArtifactId(*this);
  stackName_ = props.stackName ? *props.stackName : artifactId_;
  validateStackName(*this, stackName_);
  for (auto& [key, value] : props.tags) {
    detail::checkTagKey(node().path(), key);
    tags_.setTag(key, value, TagManager::INITIAL_TAG_PRIORITY);
  }
  synthesizer_ = bindSynthesizer(*this, std::move(props.synthesizer));
}

Stack::~Stack() = default;

Stack& Stack::of(const IConstruct& construct) {
  if (Stack* stack = construct.node().stack()) return *stack;
  throw ConstructError(construct.node().path(),
                       "this construct is not inside a Stack; create it in a Stack (or below one)");
}

bool Stack::isStack(const IConstruct& construct) noexcept {
  return construct.node().stack() == &construct.node().host();
}

Value Stack::account() const { return account_ ? Value(*account_) : Aws::ACCOUNT_ID; }
Value Stack::region() const { return region_ ? Value(*region_) : Aws::REGION; }
Value Stack::partition() const { return Aws::PARTITION; }
Value Stack::urlSuffix() const { return Aws::URL_SUFFIX; }
Value Stack::stackId() const { return Aws::STACK_ID; }

std::string Stack::environment() const {
  return fmt::format("aws://{}/{}", account_ ? *account_ : UNKNOWN_ACCOUNT, region_ ? *region_ : UNKNOWN_REGION);
}

std::vector<Value> Stack::availabilityZones() const {
  if (!account_ || !region_) {
    return {Fn::select(0, Fn::getAzs()), Fn::select(1, Fn::getAzs())};
  }
  const std::string key = fmt::format("availability-zones:account={}:region={}", *account_, *region_);
  if (auto context = node().tryGetContext(key)) {
    std::vector<Value> zones;
    if (context->isList()) {
      for (const auto& zone : context->asList()) {
        if (!zone.isString()) {
          throw ContextError(fmt::format("{}: context '{}' must be a list of zone names, got {}", node().path(), key,
                                         context->toString()));
        }
        zones.push_back(zone);
      }
      if (!zones.empty()) return zones;
    }
    throw ContextError(fmt::format("{}: context '{}' must be a non-empty list of zone names, got {}", node().path(),
                                   key, context->toString()));
  }
  // As aws-cdk-lib's ContextProvider.getValue: the dummy value stands in, and the key is reported so that the
  // cdk CLI looks the zones up and runs the program again.
  const Value dummy = Value::list({"dummy1a", "dummy1b", "dummy1c"});
  addMissingContext(
      missingContext_,
      {.key = key,
       .provider = "availability-zones",
       .props = Value::map({{"dummyValue", dummy}, {"account", Value(*account_)}, {"region", Value(*region_)}})});
  return dummy.asList();
}

void Stack::reportMissingContextKey(MissingContext report) { addMissingContext(missingContext_, std::move(report)); }

void Stack::addDependency(Stack& target, std::string reason) {
  if (&target == this) return;
  for (auto& [stack, why] : dependencies_) {
    if (stack == &target) return;
  }
  dependencies_.emplace_back(&target, std::move(reason));
}

std::string Stack::allocateLogicalId(const CfnElement& element) const {
  std::vector<std::string_view> ids;
  for (const Construct* c = &element; c && c != this; c = c->node().scope()) ids.push_back(c->node().id());
  std::reverse(ids.begin(), ids.end());
  std::string id;
  try {
    id = makeUniqueId(ids);
  } catch (const Error& e) {
    throw ConstructError(element.node().path(), e.what());
  }
  if (id.empty()) {
    throw ConstructError(element.node().path(),
                         "the logical ID would be empty: the construct id has no letters or digits; give the "
                         "construct an id with letters or digits, or call overrideLogicalId()");
  }
  return id;
}

Value Stack::exportValue(const Value& exportedValue, std::optional<std::string> name) {
  const CfnReference* reference =
      exportedValue.isToken() ? dynamic_cast<const CfnReference*>(exportedValue.asToken().get()) : nullptr;
  if (!reference) {
    if (!name) {
      throw ConstructError(node().path(), fmt::format("exportValue: {} is not a reference to a resource of this stack; "
                                                      "pass an explicit export name",
                                                      exportedValue.toString()));
    }
    Construct* scope = node().tryFindChild("Exports");
    if (!scope) scope = &make<Construct>("Exports");
    scope->make<CfnOutput>(*name, CfnOutputProps{.exportName = *name, .value = exportedValue});
    return Fn::importValue(*name);
  }
  if (&reference->target().stack() != this) {
    throw ConstructError(node().path(),
                         fmt::format("exportValue: {} belongs to stack '{}', not to this one; export it "
                                     "from its own stack",
                                     reference->target().node().path(), reference->target().stack().node().path()));
  }
  return Fn::importValue(detail::ensureExport(*this, *reference, name).name);
}

namespace detail {

Export ensureExport(Stack& producer, const CfnReference& reference, const std::optional<std::string>& name) {
  nlohmann::ordered_json resolved;
  const std::string& logicalId = reference.target().logicalId();
  if (reference.attribute().empty()) {
    resolved = {{"Ref", logicalId}};
  } else {
    resolved = {{"Fn::GetAtt", nlohmann::ordered_json::array({logicalId, reference.attribute()})}};
  }
  const std::string outputId = "Output" + resolved.dump();

  Construct* exportsScope = producer.node().tryFindChild("Exports");
  if (!exportsScope) exportsScope = &producer.make<Construct>("Exports");
  // The construct id of the output has any '/' replaced, as construct ids do.
  std::string sanitized;
  for (char c : outputId) sanitized += c == '/' ? std::string("--") : std::string(1, c);

  std::string exportName;
  if (name) {
    exportName = *name;
  } else {
    // aws-cdk-lib's generateExportName with stack-relative exports.
    const std::string prefix = producer.stackName() + ":";
    const std::string localPart = makeUniqueId({exportsScope->node().id(), sanitized});
    const std::size_t maxLength = 255;
    const std::size_t keep = maxLength > prefix.size() ? maxLength - prefix.size() : 0;
    exportName = prefix + (localPart.size() > keep ? localPart.substr(localPart.size() - keep) : localPart);
  }

  if (Construct* existing = exportsScope->node().tryFindChild(sanitized)) {
    auto* output = dynamic_cast<CfnOutput*>(existing);
    if (output && output->exportName() && output->exportName()->isString() &&
        output->exportName()->asString() != exportName) {
      throw ConstructError(producer.node().path(),
                           fmt::format("{} is already exported as '{}'; it cannot also be exported as '{}'",
                                       reference.target().node().path(), output->exportName()->asString(), exportName));
    }
    return {exportName, output};
  }
  Value exported = reference.attribute().empty() ? CfnReference::forRef(reference.target())
                                                 : CfnReference::forGetAtt(reference.target(), reference.attribute());
  auto& output =
      exportsScope->make<CfnOutput>(sanitized, CfnOutputProps{.exportName = exportName, .value = std::move(exported)});
  return {exportName, &output};
}

}  // namespace detail
nlohmann::ordered_json Stack::resolve(const Value& value) const {
  detail::Resolver resolver(*this);
  return resolver.resolve(value);
}

}  // namespace cdk
