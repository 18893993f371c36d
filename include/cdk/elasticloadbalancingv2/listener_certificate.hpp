// Certificates of HTTPS listeners (aws-cdk-lib's elbv2.IListenerCertificate and elbv2.ListenerCertificate).
#pragma once

#include <utility>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk::certificatemanager {
class ICertificate;
}

namespace cdk::elasticloadbalancingv2 {

/// A certificate an HTTPS listener presents. A value: copy it freely.
class CDKPP_API ListenerCertificate {
 public:
  /// A certificate by ARN (ACM or IAM), e.g. "arn:aws:acm:<region>:<account>:certificate/<id>".
  static ListenerCertificate fromArn(cdk::Value certificateArn) {
    return ListenerCertificate(std::move(certificateArn));
  }
  /// A certificate of ACM, by its ARN (`certificate.certificateArn()`).
  static ListenerCertificate fromCertificateManager(const certificatemanager::ICertificate& acmCertificate);

  const cdk::Value& certificateArn() const noexcept { return certificateArn_; }

  friend bool operator==(const ListenerCertificate&, const ListenerCertificate&) = default;

 private:
  explicit ListenerCertificate(cdk::Value arn) : certificateArn_(std::move(arn)) {}
  cdk::Value certificateArn_;
};

}  // namespace cdk::elasticloadbalancingv2
