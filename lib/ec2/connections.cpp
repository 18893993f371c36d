#include "cdk/ec2/connections.hpp"

#include <functional>
#include <utility>

#include "cdk/core/errors.hpp"
#include "cdk/ec2/security_group.hpp"

namespace cdk::ec2 {

// aws-cdk-lib keeps the groups and the rule targets in "reactive lists": a listener registered with
// forEachAndForever sees the current elements and every element added later. Listeners capture security
// groups (constructs, owned by the tree) and the other side's state weakly, so states never own each other.
struct Connections::State {
  std::vector<ISecurityGroup*> securityGroups;
  std::vector<std::shared_ptr<const IPeer>> rules;
  std::optional<Port> defaultPort;
  bool skip = false;
  bool remoteRule = false;
  std::vector<std::function<void(ISecurityGroup&)>> securityGroupListeners;
  std::vector<std::function<void(const IPeer&)>> ruleListeners;

  void forEachSecurityGroupAndForever(std::function<void(ISecurityGroup&)> listener) {
    for (std::size_t i = 0; i < securityGroups.size(); ++i) listener(*securityGroups[i]);
    securityGroupListeners.push_back(std::move(listener));
  }
  void forEachRuleAndForever(std::function<void(const IPeer&)> listener) {
    for (std::size_t i = 0; i < rules.size(); ++i) {
      auto rule = rules[i];
      listener(*rule);
    }
    ruleListeners.push_back(std::move(listener));
  }
  void pushSecurityGroup(ISecurityGroup& group) {
    securityGroups.push_back(&group);
    for (std::size_t i = 0; i < securityGroupListeners.size(); ++i) {
      auto listener = securityGroupListeners[i];  // a listener may add listeners
      listener(group);
    }
  }
  void pushRule(std::shared_ptr<const IPeer> rule) {
    rules.push_back(rule);
    for (std::size_t i = 0; i < ruleListeners.size(); ++i) {
      auto listener = ruleListeners[i];
      listener(*rule);
    }
  }
};

namespace {

/// A non-owning pointer to a security group as a rule target (the tree owns it).
std::shared_ptr<const IPeer> groupAsRule(ISecurityGroup& group) {
  return std::shared_ptr<const IPeer>(std::shared_ptr<const IPeer>(), &group);
}

using AddRule = void (ISecurityGroup::*)(const IPeer&, const Port&, std::optional<Value>, bool);

/// Adds `addRule(rule, port, description, remoteRule)` for every group of `self` and every rule target of
/// `other`, now and whenever either list grows.
void connectForever(Connections::State& self, const std::shared_ptr<Connections::State>& other, AddRule addRule,
                    const Port& port, const std::optional<Value>& description, bool remoteRule) {
  std::weak_ptr<Connections::State> weakOther = other;
  auto snapshot = other->rules;  // for a short-lived other side (a Peer), whose targets never change
  self.forEachSecurityGroupAndForever(
      [weakOther, snapshot, addRule, port, description, remoteRule](ISecurityGroup& group) {
        auto addTo = [&group, addRule, port, description, remoteRule](const IPeer& rule) {
          (group.*addRule)(rule, port, description, remoteRule);
        };
        if (auto otherState = weakOther.lock()) {
          otherState->forEachRuleAndForever(addTo);
        } else {
          for (const auto& rule : snapshot) addTo(*rule);
        }
      });
}

/// Runs the mirrored call on the other side with aws-cdk-lib's skip/remoteRule flags.
template <class F>
void mirror(Connections::State& self, Connections::State& other, F&& call) {
  self.skip = true;
  other.remoteRule = true;
  try {
    call();
  } catch (...) {
    self.skip = false;
    other.remoteRule = false;
    throw;
  }
  self.skip = false;
  other.remoteRule = false;
}

}  // namespace

Connections::Connections(ConnectionsProps props) : state_(std::make_shared<State>()) {
  for (const auto& group : props.securityGroups) {
    if (!group) throw Error("ConnectionsProps::securityGroups holds a null handle; pass security groups");
    state_->securityGroups.push_back(group.get());
    state_->rules.push_back(groupAsRule(*group));
  }
  if (props.peer) state_->rules.push_back(std::make_shared<const Peer>(*props.peer));
  state_->defaultPort = std::move(props.defaultPort);
}

Connections::~Connections() = default;
Connections::Connections(const Connections&) = default;
Connections& Connections::operator=(const Connections&) = default;

std::vector<Handle<ISecurityGroup>> Connections::securityGroups() const {
  std::vector<Handle<ISecurityGroup>> groups;
  for (auto* group : state_->securityGroups) groups.emplace_back(*group);
  return groups;
}

const std::optional<Port>& Connections::defaultPort() const noexcept { return state_->defaultPort; }

void Connections::addSecurityGroup(ISecurityGroup& securityGroup) {
  state_->pushSecurityGroup(securityGroup);
  state_->pushRule(groupAsRule(securityGroup));
}

void Connections::allowFrom(const IConnectable& other, const Port& port, std::optional<Value> description) {
  if (state_->skip) return;
  const bool remoteRule = state_->remoteRule;
  Connections otherConnections = other.connections();
  connectForever(*state_, otherConnections.state_, &ISecurityGroup::addIngressRule, port, description, remoteRule);
  mirror(*state_, *otherConnections.state_, [&] { otherConnections.allowTo(*this, port, description); });
}

void Connections::allowTo(const IConnectable& other, const Port& port, std::optional<Value> description) {
  if (state_->skip) return;
  const bool remoteRule = state_->remoteRule;
  Connections otherConnections = other.connections();
  connectForever(*state_, otherConnections.state_, &ISecurityGroup::addEgressRule, port, description, remoteRule);
  mirror(*state_, *otherConnections.state_, [&] { otherConnections.allowFrom(*this, port, description); });
}

void Connections::allowInternally(const Port& port, std::optional<Value> description) {
  std::weak_ptr<State> weakSelf = state_;
  state_->forEachSecurityGroupAndForever([weakSelf, port, description](ISecurityGroup& group) {
    if (auto self = weakSelf.lock()) {
      self->forEachRuleAndForever([&group, port, description](const IPeer& rule) {
        group.addIngressRule(rule, port, description);
        group.addEgressRule(rule, port, description);
      });
    }
  });
}

void Connections::allowFromAnyIpv4(const Port& port, std::optional<Value> description) {
  allowFrom(Peer::anyIpv4(), port, std::move(description));
}

void Connections::allowToAnyIpv4(const Port& port, std::optional<Value> description) {
  allowTo(Peer::anyIpv4(), port, std::move(description));
}

namespace {
const Port& requireDefaultPort(const std::optional<Port>& port, std::string_view method) {
  if (!port) {
    throw Error(std::string("Cannot call ") + std::string(method) +
                "(): this resource has no default port; name the port (allowFrom/allowTo/allowInternally with a Port)");
  }
  return *port;
}
}  // namespace

void Connections::allowDefaultPortFrom(const IConnectable& other, std::optional<Value> description) {
  allowFrom(other, requireDefaultPort(state_->defaultPort, "allowDefaultPortFrom"), std::move(description));
}

void Connections::allowDefaultPortFromAnyIpv4(std::optional<Value> description) {
  allowFromAnyIpv4(requireDefaultPort(state_->defaultPort, "allowDefaultPortFromAnyIpv4"), std::move(description));
}

void Connections::allowDefaultPortInternally(std::optional<Value> description) {
  allowInternally(requireDefaultPort(state_->defaultPort, "allowDefaultPortInternally"), std::move(description));
}

void Connections::allowDefaultPortTo(const IConnectable& other, std::optional<Value> description) {
  allowTo(other, requireDefaultPort(state_->defaultPort, "allowDefaultPortTo"), std::move(description));
}

void Connections::allowToDefaultPort(const IConnectable& other, std::optional<Value> description) {
  Connections otherConnections = other.connections();
  if (!otherConnections.defaultPort()) {
    throw Error(
        "Cannot call allowToDefaultPort(): other resource has no default port; name the port (allowTo with a Port)");
  }
  allowTo(other, *otherConnections.defaultPort(), std::move(description));
}

}  // namespace cdk::ec2
