#include "cdk/rds/endpoint.hpp"

namespace cdk::rds {

cdk::Value Endpoint::socketAddress() const { return hostname_ + ":" + port_; }

}  // namespace cdk::rds
