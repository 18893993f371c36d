#include "cdk/certificatemanager/certificate.hpp"

#include <algorithm>
#include <utility>

#include <libpsl.h>

#include <fmt/format.h>

#include "cdk/cfn/certificatemanager.hpp"
#include "cdk/cloudwatch/stats.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/core/tags.hpp"
#include "cdk/route53/hosted_zone.hpp"

namespace cdk::certificatemanager {

constexpr auto kValidationMethodNames = cdk::enumNames<ValidationMethod>({
    {ValidationMethod::EMAIL, "EMAIL"},
    {ValidationMethod::DNS, "DNS"},
});
std::string_view toString(ValidationMethod method) noexcept { return cdk::nameOf(kValidationMethodNames, method); }

const KeyAlgorithm KeyAlgorithm::RSA_1024{"RSA_1024"};
const KeyAlgorithm KeyAlgorithm::RSA_2048{"RSA_2048"};
const KeyAlgorithm KeyAlgorithm::RSA_3072{"RSA_3072"};
const KeyAlgorithm KeyAlgorithm::RSA_4096{"RSA_4096"};
const KeyAlgorithm KeyAlgorithm::EC_PRIME256V1{"EC_prime256v1"};
const KeyAlgorithm KeyAlgorithm::EC_SECP384R1{"EC_secp384r1"};
const KeyAlgorithm KeyAlgorithm::EC_SECP521R1{"EC_secp521r1"};

CertificateValidation CertificateValidation::fromDns(cdk::Handle<route53::IHostedZone> hostedZone) {
  CertificateValidation validation(ValidationMethod::DNS);
  validation.hostedZone_ = hostedZone;
  return validation;
}

CertificateValidation CertificateValidation::fromDnsMultiZone(
    std::vector<std::pair<std::string, cdk::Handle<route53::IHostedZone>>> hostedZones) {
  CertificateValidation validation(ValidationMethod::DNS);
  validation.hostedZones_ = std::move(hostedZones);
  return validation;
}

CertificateValidation CertificateValidation::fromEmail(
    std::vector<std::pair<std::string, std::string>> validationDomains) {
  CertificateValidation validation(ValidationMethod::EMAIL);
  validation.validationDomains_ = std::move(validationDomains);
  return validation;
}

std::string apexDomain(std::string_view domainName) {
  // libpsl's built-in copy of the public suffix list (no file is read at run time). It knows wildcard rules
  // ("*.ck"), which aws-cdk-lib's own table treats as plain labels; for names under them the two differ.
  const psl_ctx_t* psl = psl_builtin();
  if (!psl) throw cdk::Error("libpsl was built without a public suffix list: the apex domain cannot be found");
  std::string lower(domainName);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  const char* registrable = psl_registrable_domain(psl, lower.c_str());
  if (!registrable) return std::string(domainName);
  const std::size_t length = std::char_traits<char>::length(registrable);
  return std::string(domainName.substr(domainName.size() - length));
}

namespace {

std::optional<std::string> literal(const cdk::Value& value) {
  if (value.isString()) return value.asString();
  return std::nullopt;
}

/// The DNS names that need validating: a wildcard "*.x" whose "x" is also listed is validated with it.
std::vector<cdk::Value> uniqueDnsDomainNames(const std::vector<cdk::Value>& names) {
  std::vector<cdk::Value> out;
  for (const auto& name : names) {
    const auto text = literal(name);
    if (text && text->starts_with("*.")) {
      const cdk::Value base(text->substr(2));
      if (std::find(names.begin(), names.end(), base) != names.end()) continue;
    }
    out.push_back(name);
  }
  return out;
}

std::optional<std::vector<CfnCertificate::DomainValidationOptionProperty>> renderDomainValidation(
    const std::string& path, const CertificateValidation& validation, const std::vector<cdk::Value>& names) {
  std::vector<CfnCertificate::DomainValidationOptionProperty> out;
  if (validation.method() == ValidationMethod::DNS) {
    for (const auto& name : uniqueDnsDomainNames(names)) {
      cdk::Handle<route53::IHostedZone> zone = validation.hostedZone();
      if (const auto text = literal(name)) {
        for (const auto& [domain, perDomain] : validation.hostedZones()) {
          if (domain == *text) zone = perDomain;
        }
      }
      if (zone) out.push_back({.domainName = name, .hostedZoneId = zone->hostedZoneId()});
    }
  } else {
    for (const auto& name : names) {
      const auto text = literal(name);
      std::optional<std::string> validationDomain;
      for (const auto& [domain, given] : validation.validationDomains()) {
        if (text && domain == *text) validationDomain = given;
      }
      if (!validationDomain && !text) {
        throw cdk::ConstructError(path,
                                  "When using Tokens for domain names, 'validationDomains' needs to be supplied: pass "
                                  "validation = CertificateValidation::fromEmail({{<domain>, <validation domain>}}) or "
                                  "validate by DNS");
      }
      out.push_back({.domainName = name, .validationDomain = validationDomain ? *validationDomain : apexDomain(*text)});
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

cloudwatch::Metric daysToExpiry(const cdk::Value& certificateArn, const cloudwatch::MetricOptions& options) {
  // aws-cdk-lib: { period: 1 day, ...options, dimensionsMap, metricName, namespace, region, statistic: Minimum }.
  return cloudwatch::Metric({.account = options.account,
                             .color = options.color,
                             .dimensionsMap = {{"CertificateArn", certificateArn}},
                             .id = options.id,
                             .label = options.label,
                             .metricName = "DaysToExpiry",
                             .namespace_ = "AWS/CertificateManager",
                             .period = options.period ? *options.period : cdk::Duration::days(1),
                             .stackAccount = options.stackAccount,
                             .stackRegion = options.stackRegion,
                             .statistic = cloudwatch::Stats::MINIMUM,
                             .unit = options.unit,
                             .visible = options.visible});
}

/// A certificate that exists in ACM.
class ImportedCertificate final : public cdk::Resource, public virtual ICertificate {
 public:
  ImportedCertificate(cdk::Construct& scope, std::string_view id, cdk::Value arn)
      : cdk::Resource(scope, id), arn_(std::move(arn)) {}
  cdk::Value certificateArn() const override { return arn_; }
  cloudwatch::Metric metricDaysToExpiry(const cloudwatch::MetricOptions& options) const override {
    return daysToExpiry(arn_, options);
  }

 private:
  cdk::Value arn_;
};

}  // namespace

Certificate::Certificate(cdk::Construct& scope, std::string_view id, CertificateProps props)
    : cdk::Resource(scope, id) {
  const std::string& path = node().path();
  if (props.domainName.isNull()) {
    throw cdk::ConstructError(path, "Certificate needs a domain name: pass domainName = \"<the domain>\"");
  }
  CertificateValidation validation = props.validation ? *props.validation
                                     : props.validationMethod == ValidationMethod::DNS
                                         ? CertificateValidation::fromDns()
                                         : CertificateValidation::fromEmail();
  if (const auto name = literal(props.domainName); name && name->size() > 64) {
    throw cdk::ConstructError(path, fmt::format("Domain name must be 64 characters or less (got {}): use a shorter "
                                                "name, or a wildcard",
                                                name->size()));
  }
  std::vector<cdk::Value> names{props.domainName};
  names.insert(names.end(), props.subjectAlternativeNames.begin(), props.subjectAlternativeNames.end());

  CfnCertificateProps cfn;
  if (props.allowExport.value_or(false)) cfn.certificateExport = "ENABLED";
  if (props.transparencyLoggingEnabled) {
    cfn.certificateTransparencyLoggingPreference = *props.transparencyLoggingEnabled ? "ENABLED" : "DISABLED";
  }
  cfn.domainName = props.domainName;
  cfn.domainValidationOptions = renderDomainValidation(path, validation, names);
  if (props.keyAlgorithm) cfn.keyAlgorithm = props.keyAlgorithm->name();
  if (!props.subjectAlternativeNames.empty())
    cfn.subjectAlternativeNames = cdk::ValueList(props.subjectAlternativeNames);
  cfn.validationMethod = std::string(certificatemanager::toString(validation.method()));
  resource_ = &make<CfnCertificate>("Resource", std::move(cfn));
  cdk::Tags::of(*resource_)
      .add("Name",
           props.certificateName ? *props.certificateName : path.substr(0, std::min<std::size_t>(path.size(), 255)));
}

Certificate::~Certificate() = default;

ICertificate& Certificate::fromCertificateArn(cdk::Construct& scope, std::string_view id, cdk::Value certificateArn) {
  return scope.make<ImportedCertificate>(id, std::move(certificateArn));
}

cdk::Value Certificate::certificateArn() const { return resource_->ref(); }

cloudwatch::Metric Certificate::metricDaysToExpiry(const cloudwatch::MetricOptions& options) const {
  return daysToExpiry(certificateArn(), options);
}

}  // namespace cdk::certificatemanager
