// ARNs built from and split into their components (aws-cdk-lib's Arn, ArnFormat, ArnComponents).
#pragma once

#include <optional>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"

namespace cdk {

class Stack;

/// How the resource part of an ARN is laid out.
enum class ArnFormat {
  /// arn:aws:service:region:account:resource
  NO_RESOURCE_NAME,
  /// arn:aws:service:region:account:resource:resourceName
  COLON_RESOURCE_NAME,
  /// arn:aws:service:region:account:resource/resourceName
  SLASH_RESOURCE_NAME,
  /// arn:aws:service:region:account:/resource/resourceName
  SLASH_RESOURCE_SLASH_RESOURCE_NAME,
};

/// The parts of an ARN. For Arn::format, unset partition, region and account are the stack's; for
/// Arn::split of a literal ARN, a part that is empty in the ARN is unset.
struct ArnComponents {
  std::optional<Value> account{};
  ArnFormat arnFormat = ArnFormat::SLASH_RESOURCE_NAME;
  std::optional<Value> partition{};
  std::optional<Value> region{};
  Value resource{};
  std::optional<Value> resourceName{};
  /// The service namespace ("iam", "kms", ...).
  Value service{};
};

class CDKPP_API Arn {
 public:
  /// "arn:<partition>:<service>:<region>:<account>:<resource>" followed by "/" (":" for COLON_RESOURCE_NAME)
  /// and the resource name when there is one. Partition, region and account default to the stack's; without
  /// a stack they must be given (cdk::Error otherwise).
  static Value format(const ArnComponents& components, const Stack* stack = nullptr);
  /// The components of an ARN. A literal ARN is split as it is written (its own layout wins over
  /// `arnFormat`, except that NO_RESOURCE_NAME keeps a slash in the resource); an ARN that is a token becomes
  /// Fn::Select over Fn::Split expressions laid out as `arnFormat` says. Throws cdk::Error for a literal that
  /// is not an ARN (no "arn:" prefix, or no partition, service or resource).
  static ArnComponents split(const Value& arn, ArnFormat arnFormat);
  /// The resource name of an ARN whose resource is `resourceType` (arn:...:<resourceType>/<name>). Throws
  /// cdk::Error when a literal ARN has another resource type or no name.
  static Value extractResourceName(const Value& arn, std::string_view resourceType);
};

}  // namespace cdk
