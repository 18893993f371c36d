// Where build logs go (aws-cdk-lib's codebuild.LoggingOptions, CloudWatchLoggingOptions, S3LoggingOptions).
#pragma once

#include <optional>
#include <string>

#include "cdk/core/handle.hpp"

namespace cdk::logs {
class ILogGroup;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::codebuild {

struct CloudWatchLoggingOptions {
  /// Status ENABLED or DISABLED.
  bool enabled = true;
  /// The log group (required when enabled); the project's role may write to it.
  cdk::Handle<logs::ILogGroup> logGroup{};
  /// The log stream name prefix (StreamName).
  std::optional<std::string> prefix{};
};

struct S3LoggingOptions {
  /// The bucket (required); the project's role may write to it.
  cdk::Handle<s3::IBucket> bucket{};
  bool enabled = true;
  /// False writes the logs unencrypted (EncryptionDisabled); default CodeBuild's encryption.
  std::optional<bool> encrypted{};
  /// A key prefix within the bucket.
  std::optional<std::string> prefix{};
};

/// Without logging options, CodeBuild writes to the log group /aws/codebuild/<project name>.
struct LoggingOptions {
  std::optional<CloudWatchLoggingOptions> cloudWatch{};
  std::optional<S3LoggingOptions> s3{};
};

}  // namespace cdk::codebuild
