// Architecture diagrams of a synthesized app, in Graphviz DOT, drawn from the dependency graph synthesis
// builds and the construct tree (App(argc, argv) writes them with --diagram; see AppProps::diagram).
#pragma once

#include <string>
#include <string_view>

#include "cdk/core/export.hpp"

namespace cdk {

class App;
class CloudAssembly;

/// The diagram of stack `artifactId` of `assembly` (what `app.synth()` returned), or of the whole app when
/// `artifactId` is empty:
/// - a node per resource, labelled with its construct id (the scope's for an L2's "Resource") and its
///   CloudFormation type, shaped and coloured by the kind of service (network, compute, database, storage,
///   security, management, integration);
/// - a cluster per construct that holds two or more of them (the L2 and L3 constructs), nested as the
///   construct tree is; in the app's diagram a cluster per stack around them;
/// - an edge per resource that refers to another: labelled Ref, GetAtt, DependsOn (dashed), or "export" for a
///   reference to another stack's resource (whose node is drawn dashed in a stack's own diagram);
/// - security-group rules (AWS::EC2::SecurityGroupIngress/Egress resources and a group's inline rules) drawn
///   as the edges they stand for, from the peer that may connect to the group, labelled with the protocol and
///   port ("tcp 5432"): another group, a CIDR range (its own node, "0.0.0.0/0" is anyone), a prefix list.
///   Egress rules are drawn when their destination is a security group.
/// Throws cdk::Error when `artifactId` names no stack of the assembly.
CDKPP_API std::string architectureDiagram(const App& app, const CloudAssembly& assembly,
                                          std::string_view artifactId = {});

}  // namespace cdk
