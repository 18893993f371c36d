// Where a project's source comes from (aws-cdk-lib's codebuild.ISource and Source): nothing (the build spec
// is the whole job), the pipeline that runs the project, or an object in an S3 bucket.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/core/value.hpp"

namespace cdk {
class Construct;
}
namespace cdk::s3 {
class IBucket;
}

namespace cdk::codebuild {

class IProject;

/// What a source contributes to the project (its Source property and SourceVersion).
struct SourceConfig {
  std::optional<cdk::Value> location{};
  std::optional<cdk::Value> sourceIdentifier{};
  std::optional<cdk::Value> sourceVersion{};
};

/// A source. Held by shared pointer: `.source = codebuild::Source::s3({...})`.
class CDKPP_API ISource {
 public:
  virtual ~ISource() = default;
  /// The Source.Type property ("NO_SOURCE", "CODEPIPELINE", "S3", ...).
  virtual std::string_view type() const = 0;
  virtual const std::optional<std::string>& identifier() const = 0;
  virtual bool badgeSupported() const { return false; }
  /// Called once by the project that uses the source (grants its role what the source needs).
  virtual SourceConfig bind(cdk::Construct& scope, IProject& project) const = 0;
};

struct S3SourceProps {
  /// The bucket of the source object (required).
  cdk::Handle<s3::IBucket> bucket{};
  /// The identifier of a secondary source.
  std::optional<std::string> identifier{};
  /// The key of the object (a zip file) or folder (required).
  std::string path{};
  /// A version of the object (default the latest).
  std::optional<std::string> version{};
};

class CDKPP_API Source {
 public:
  /// An object of a bucket; the project's role may read it.
  static std::shared_ptr<const ISource> s3(S3SourceProps props);
};

}  // namespace cdk::codebuild
