// The guide's first app (docs/guide.md, "Your first app"): a stack with a customer-managed key and a bucket
// for patient records. Built and run by tests/guide.
// guide: first-app
#include <cdk/core.hpp>
#include <cdk/kms.hpp>
#include <cdk/runner/run_app.hpp>
#include <cdk/s3.hpp>

int main(int argc, char** argv) {
  // runApp parses --output and --context, runs the body, synthesizes, prints warnings and errors, and returns
  // the exit code (0, or 1 with the error on stderr).
  return cdk::runApp(argc, argv, [](cdk::App& app) {
    auto& stack = app.make<cdk::Stack>("ClinicStack", cdk::StackProps{.env = cdk::Environment{.region = "eu-west-1"}});
    auto& key = stack.make<cdk::kms::Key>("DataKey", {.enableKeyRotation = true});
    auto& records = stack.make<cdk::s3::Bucket>(
        "Records",
        {.encryption = cdk::s3::BucketEncryption::KMS, .encryptionKey = key, .enforceSSL = true, .versioned = true});
    stack.make<cdk::CfnOutput>("RecordsBucketName", {.value = records.bucketName()});
  });
}
// guide: end
