// Rules between things that have security groups (aws-cdk-lib's ec2.Connections).
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/port.hpp"

namespace cdk::ec2 {

class ISecurityGroup;

struct ConnectionsProps {
  /// The port allowDefaultPort*() use (e.g. the database port of a cluster).
  std::optional<Port> defaultPort{};
  /// A peer (not a security group) to use as the rule target for this object.
  std::optional<Peer> peer{};
  /// The security groups of the object. Rules are added to them.
  std::vector<cdk::Handle<ISecurityGroup>> securityGroups{};
};

/// The security groups of an object and the rules between them and others. A Connections is a handle:
/// copies share one state, so `x.connections().allowFrom(...)` changes x's connections.
///
/// allowFrom/allowTo add the rule on both sides, as aws-cdk-lib does: `a.allowFrom(b, port)` adds an
/// ingress rule to each of a's groups from each of b's, and the mirrored egress rule to each of b's groups
/// (dropped when b allows all outbound traffic). Security groups added later with addSecurityGroup (to
/// either side) get the rules of earlier calls too.
class CDKPP_API Connections final : public IConnectable {
 public:
  explicit Connections(ConnectionsProps props = {});
  ~Connections() override;
  Connections(const Connections&);
  Connections& operator=(const Connections&);

  /// This object (connections are themselves connectable).
  Connections connections() const override { return *this; }

  std::vector<cdk::Handle<ISecurityGroup>> securityGroups() const;
  const std::optional<Port>& defaultPort() const noexcept;
  /// Adds security groups; rules of earlier allow*() calls are applied to them as well.
  void addSecurityGroup(ISecurityGroup& securityGroup);
  template <class... More>
  void addSecurityGroup(ISecurityGroup& first, More&... more) {
    addSecurityGroup(first);
    (addSecurityGroup(static_cast<ISecurityGroup&>(more)), ...);
  }

  /// Traffic from `other` to this object on `port` (ingress here, egress there).
  void allowFrom(const IConnectable& other, const Port& port, std::optional<cdk::Value> description = {});
  /// Traffic from this object to `other` on `port` (egress here, ingress there).
  void allowTo(const IConnectable& other, const Port& port, std::optional<cdk::Value> description = {});
  /// Traffic between the members of this object's own security groups.
  void allowInternally(const Port& port, std::optional<cdk::Value> description = {});
  void allowFromAnyIpv4(const Port& port, std::optional<cdk::Value> description = {});
  void allowToAnyIpv4(const Port& port, std::optional<cdk::Value> description = {});
  // The same on the default port; each throws cdk::Error when there is no default port.
  void allowDefaultPortFrom(const IConnectable& other, std::optional<cdk::Value> description = {});
  void allowDefaultPortFromAnyIpv4(std::optional<cdk::Value> description = {});
  void allowDefaultPortInternally(std::optional<cdk::Value> description = {});
  void allowDefaultPortTo(const IConnectable& other, std::optional<cdk::Value> description = {});
  /// Traffic from this object to `other` on other's default port.
  void allowToDefaultPort(const IConnectable& other, std::optional<cdk::Value> description = {});

  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace cdk::ec2
