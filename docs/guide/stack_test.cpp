// The guide's unit test of a stack (docs/guide.md, "Testing"): GoogleTest and cdkpp::assertions. Built and run
// by tests/guide.
// guide: test
#include <gtest/gtest.h>

#include <cdk/assertions.hpp>
#include <cdk/core.hpp>
#include <cdk/kms.hpp>
#include <cdk/s3.hpp>

using cdk::Value;
using cdk::assertions::Match;
using cdk::assertions::Template;

TEST(RecordsStack, BucketIsVersionedAndEncryptedWithTheDataKey) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("RecordsStack");
  auto& key = stack.make<cdk::kms::Key>("DataKey", {.enableKeyRotation = true});
  stack.make<cdk::s3::Bucket>("Records",
                              {.encryption = cdk::s3::BucketEncryption::KMS, .encryptionKey = key, .versioned = true});

  const Template t = Template::fromStack(stack);  // synthesizes in memory
  t.resourceCountIs("AWS::S3::Bucket", 1);
  t.hasResourceProperties("AWS::S3::Bucket",
                          Value::map({{"VersioningConfiguration", Value::map({{"Status", "Enabled"}})},
                                      {"BucketEncryption", Match::anyValue()}}));
  t.hasResourceProperties("AWS::KMS::Key", Value::map({{"EnableKeyRotation", true}}));
}

TEST(RecordsStack, AReservedTagKeyIsRefused) {
  cdk::App app;
  auto& stack = app.make<cdk::Stack>("RecordsStack");
  EXPECT_THROW(cdk::Tags::of(stack).add("aws:team", "records"), cdk::ConstructError);
}
// guide: end
