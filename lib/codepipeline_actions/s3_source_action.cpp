#include "cdk/codepipeline_actions/s3_source_action.hpp"

#include <memory>
#include <utility>

#include "cdk/core/errors.hpp"
#include "cdk/iam/role.hpp"
#include "cdk/s3/bucket.hpp"
#include "codepipeline_actions/action_properties.hpp"

namespace cdk::codepipeline_actions {

namespace {

class S3SourceActionImpl final : public codepipeline::Action {
 public:
  explicit S3SourceActionImpl(S3SourceActionProps props) : codepipeline::Action(properties(props)), props_(props) {}

 protected:
  codepipeline::ActionConfig bound(cdk::Construct&, codepipeline::IStage&,
                                   const codepipeline::ActionBindOptions& options) override {
    props_.bucket->grantRead(options.role, props_.bucketKey);
    options.bucket.grantWrite(options.role);
    cdk::Value::Map configuration{{"S3Bucket", props_.bucket->bucketName()}, {"S3ObjectKey", props_.bucketKey}};
    // aws-cdk-lib: `trigger && trigger === POLL`, so NONE renders false and no trigger nothing.
    if (props_.trigger) configuration.emplace_back("PollForSourceChanges", *props_.trigger == S3Trigger::POLL);
    return {.configuration = cdk::Value(std::move(configuration))};
  }

 private:
  static codepipeline::ActionProperties properties(const S3SourceActionProps& props) {
    return detail::sourceProperties(props, "S3");
  }

  S3SourceActionProps props_;
};

std::shared_ptr<codepipeline::Action> makeS3Source(S3SourceActionProps props) {
  if (props.bucketKey.empty()) throw cdk::Error("Property bucketKey cannot be an empty string");
  if (!props.bucket) throw cdk::Error("S3SourceAction: give the source bucket (`bucket`)");
  return std::make_shared<S3SourceActionImpl>(std::move(props));
}

}  // namespace

S3SourceAction::S3SourceAction(S3SourceActionProps props) : Action(makeS3Source(std::move(props))) {}

S3SourceVariables S3SourceAction::variables() const {
  return {.versionId = impl().variableExpression("VersionId"), .eTag = impl().variableExpression("ETag")};
}

}  // namespace cdk::codepipeline_actions
