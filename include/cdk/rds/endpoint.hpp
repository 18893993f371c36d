// The address of a database (aws-cdk-lib's rds.Endpoint).
#pragma once

#include <utility>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::rds {

/// A host name and a port, usually { "Fn::GetAtt": [...] } tokens. A value: copy it freely.
class CDKPP_API Endpoint {
 public:
  Endpoint(cdk::Value address, cdk::Value port) : hostname_(std::move(address)), port_(std::move(port)) {}

  /// The host name, e.g. { "Fn::GetAtt": [<cluster>, "Endpoint.Address"] }.
  const cdk::Value& hostname() const noexcept { return hostname_; }
  /// The port, e.g. { "Fn::GetAtt": [<cluster>, "Endpoint.Port"] } (a number token).
  const cdk::Value& port() const noexcept { return port_; }
  /// "<hostname>:<port>" (an Fn::Join for tokens).
  cdk::Value socketAddress() const;

 private:
  cdk::Value hostname_;
  cdk::Value port_;
};

}  // namespace cdk::rds
