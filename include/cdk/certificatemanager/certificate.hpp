// ACM certificates (aws-cdk-lib's certificatemanager.Certificate, ICertificate, CertificateValidation,
// KeyAlgorithm and ValidationMethod).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cdk/cloudwatch/metric.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/resource.hpp"
#include "cdk/core/value.hpp"

namespace cdk::route53 {
class IHostedZone;
}

namespace cdk::certificatemanager {

class CfnCertificate;

/// A certificate, created here or imported.
class CDKPP_API ICertificate : public virtual cdk::IResource {
 public:
  /// { "Ref": <certificate> }, or the ARN given to an import.
  virtual cdk::Value certificateArn() const = 0;
  /// Days until the certificate expires (AWS/CertificateManager DaysToExpiry, Minimum over a day).
  virtual cloudwatch::Metric metricDaysToExpiry(const cloudwatch::MetricOptions& options = {}) const = 0;
};

/// How the domains are validated.
enum class ValidationMethod { EMAIL, DNS };
/// "EMAIL" or "DNS".
CDKPP_API std::string_view toString(ValidationMethod method) noexcept;

/// The key algorithm of the certificate.
class CDKPP_API KeyAlgorithm {
 public:
  explicit KeyAlgorithm(std::string name) : name_(std::move(name)) {}
  /// "RSA_2048", "EC_prime256v1", ...
  const std::string& name() const noexcept { return name_; }

  static const KeyAlgorithm RSA_1024;
  static const KeyAlgorithm RSA_2048;
  static const KeyAlgorithm RSA_3072;
  static const KeyAlgorithm RSA_4096;
  static const KeyAlgorithm EC_PRIME256V1;
  static const KeyAlgorithm EC_SECP384R1;
  static const KeyAlgorithm EC_SECP521R1;

 private:
  std::string name_;
};

/// How ACM validates that the domains are yours.
class CDKPP_API CertificateValidation {
 public:
  /// DNS validation; with a hosted zone, ACM adds the validation records to it.
  static CertificateValidation fromDns(cdk::Handle<route53::IHostedZone> hostedZone = {});
  /// DNS validation with a hosted zone per domain name.
  static CertificateValidation fromDnsMultiZone(
      std::vector<std::pair<std::string, cdk::Handle<route53::IHostedZone>>> hostedZones);
  /// E-mail validation; the mail goes to the domain given per domain name, else to the domain's apex
  /// (the registrable domain: example.com for api.example.com, example.co.uk for app.example.co.uk).
  static CertificateValidation fromEmail(std::vector<std::pair<std::string, std::string>> validationDomains = {});

  ValidationMethod method() const noexcept { return method_; }
  cdk::Handle<route53::IHostedZone> hostedZone() const noexcept { return hostedZone_; }
  const std::vector<std::pair<std::string, cdk::Handle<route53::IHostedZone>>>& hostedZones() const noexcept {
    return hostedZones_;
  }
  const std::vector<std::pair<std::string, std::string>>& validationDomains() const noexcept {
    return validationDomains_;
  }

 private:
  explicit CertificateValidation(ValidationMethod method) : method_(method) {}
  ValidationMethod method_;
  cdk::Handle<route53::IHostedZone> hostedZone_;
  std::vector<std::pair<std::string, cdk::Handle<route53::IHostedZone>>> hostedZones_;
  std::vector<std::pair<std::string, std::string>> validationDomains_;
};

struct CertificateProps {
  /// Allow exporting the certificate (CertificateExport ENABLED).
  std::optional<bool> allowExport{};
  /// The Name tag; default the construct path.
  std::optional<std::string> certificateName{};
  /// Required: the fully qualified domain name, at most 64 characters ("*.example.com" for a wildcard).
  cdk::Value domainName{};
  /// Default: ACM's (RSA_2048).
  std::optional<KeyAlgorithm> keyAlgorithm{};
  /// More names the certificate covers.
  std::vector<cdk::Value> subjectAlternativeNames{};
  /// CertificateTransparencyLoggingPreference ENABLED or DISABLED; default ACM's (enabled).
  std::optional<bool> transparencyLoggingEnabled{};
  /// Default e-mail validation (aws-cdk-lib's default), unless validationMethod is DNS.
  std::optional<CertificateValidation> validation{};
  /// aws-cdk-lib's deprecated form of `validation`: DNS gives CertificateValidation::fromDns().
  std::optional<ValidationMethod> validationMethod{};
};

/// A certificate requested from ACM: the child "Resource" (AWS::CertificateManager::Certificate) with a
/// Name tag.
class CDKPP_API Certificate : public cdk::Resource, public virtual ICertificate {
 public:
  using Props = CertificateProps;

  /// Throws cdk::ConstructError for a domain name longer than 64 characters and, with e-mail validation, a
  /// domain name that is a token without a validation domain.
  Certificate(cdk::Construct& scope, std::string_view id, CertificateProps props);
  ~Certificate() override;

  /// A certificate that exists in ACM.
  static ICertificate& fromCertificateArn(cdk::Construct& scope, std::string_view id, cdk::Value certificateArn);

  cdk::Value certificateArn() const override;
  cloudwatch::Metric metricDaysToExpiry(const cloudwatch::MetricOptions& options = {}) const override;
  CfnCertificate& cfnCertificate() const noexcept { return *resource_; }

 private:
  CfnCertificate* resource_ = nullptr;
};

/// The apex (registrable) domain of a domain name, by the public suffix list: "example.co.uk" for
/// "app.health.example.co.uk"; a public suffix itself is returned as it is.
CDKPP_API std::string apexDomain(std::string_view domainName);

}  // namespace cdk::certificatemanager
