# Sources of the ec2 L2 L2 module, relative to lib/, relative to lib/.
set(CDKPP_EC2_SOURCES
  ec2/connections.cpp
  ec2/flow_log.cpp
  ec2/ip_addresses.cpp
  ec2/nat.cpp
  ec2/network_util.cpp
  ec2/peer.cpp
  ec2/port.cpp
  ec2/security_group.cpp
  ec2/subnet.cpp
  ec2/vpc.cpp
  ec2/vpc_endpoint.cpp)
