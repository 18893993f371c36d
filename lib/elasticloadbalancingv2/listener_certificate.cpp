#include "cdk/elasticloadbalancingv2/listener_certificate.hpp"

#include "cdk/certificatemanager/certificate.hpp"

namespace cdk::elasticloadbalancingv2 {

ListenerCertificate ListenerCertificate::fromCertificateManager(
    const certificatemanager::ICertificate& acmCertificate) {
  return ListenerCertificate(acmCertificate.certificateArn());
}

}  // namespace cdk::elasticloadbalancingv2
