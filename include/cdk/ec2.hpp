// The ec2 module (aws-cdk-lib's aws-ec2): VPCs, subnets, security groups, peers, ports, connections, instance types,
// VPC endpoints and flow logs. The L1 classes (cdk::ec2::Cfn*) are in "cdk/cfn/ec2.hpp".
#pragma once

#include "cdk/ec2/connections.hpp"
#include "cdk/ec2/flow_log.hpp"
#include "cdk/ec2/instance_types.hpp"
#include "cdk/ec2/ip_addresses.hpp"
#include "cdk/ec2/nat.hpp"
#include "cdk/ec2/peer.hpp"
#include "cdk/ec2/port.hpp"
#include "cdk/ec2/security_group.hpp"
#include "cdk/ec2/subnet.hpp"
#include "cdk/ec2/vpc.hpp"
#include "cdk/ec2/vpc_endpoint.hpp"
