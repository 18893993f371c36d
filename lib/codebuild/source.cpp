#include "cdk/codebuild/source.hpp"

#include <memory>
#include <utility>

#include "cdk/codebuild/project.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/s3/bucket.hpp"
#include "codebuild/project_sources.hpp"

namespace cdk::codebuild {

namespace {

/// An object of a bucket (aws-cdk-lib's S3Source).
class S3Source final : public ISource {
 public:
  explicit S3Source(S3SourceProps props) : props_(std::move(props)) {}
  std::string_view type() const override { return detail::S3_SOURCE_TYPE; }
  const std::optional<std::string>& identifier() const override { return props_.identifier; }
  SourceConfig bind(cdk::Construct&, IProject& project) const override {
    props_.bucket->grantRead(project, props_.path);
    SourceConfig config{.location = props_.bucket->bucketName() + "/" + props_.path};
    if (props_.identifier) config.sourceIdentifier = *props_.identifier;
    if (props_.version) config.sourceVersion = *props_.version;
    return config;
  }

 private:
  S3SourceProps props_;
};

}  // namespace

std::shared_ptr<const ISource> Source::s3(S3SourceProps props) {
  if (!props.bucket) throw cdk::Error("Source.s3: give the bucket of the source object (`bucket`)");
  return std::make_shared<const S3Source>(std::move(props));
}

}  // namespace cdk::codebuild
