// Bad input: aws-cdk-lib's errors (tests/ecr/fixtures/ecr-error-*.error.txt, the programs of ecr-errors.ts),
// each a cdk::ConstructError naming the construct path and the remedy.
#include <gtest/gtest.h>

#include "cdk/ecr.hpp"
#include "cdk/kms.hpp"
#include "fixture_scenarios.hpp"

namespace {

namespace ecr = cdk::ecr;
using cdk::Duration;
using cdk::Stack;
using cdkpp_test::expectAwsError;
using cdkpp_test::expectBuildError;

void repo(Stack& s, std::vector<ecr::LifecycleRule> rules) {
  s.make<ecr::Repository>("Repo", {.lifecycleRules = std::move(rules)});
}

TEST(EcrErrors, CountAndAge) {
  // aws-cdk-lib quotes the rule as JSON; cdkpp names the two fields.
  const std::string both = cdkpp_test::awsError("ecr", "ecr-error-count-and-age").message;
  ASSERT_EQ(both.rfind("Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: ", 0), 0u);
  expectBuildError([](Stack& s) { repo(s, {{.maxImageAge = Duration::days(10), .maxImageCount = 5}}); },
                   "TapStackdev/Repo",
                   "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: maxImageAge "
                   "10 days and maxImageCount 5");
  expectBuildError([](Stack& s) { repo(s, {{.tagStatus = ecr::TagStatus::UNTAGGED}}); }, "TapStackdev/Repo",
                   "Life cycle rule must contain exactly one of 'maxImageAge' and 'maxImageCount', got: neither");
}

TEST(EcrErrors, TagSelection) {
  expectAwsError("ecr", "ecr-error-tagged-without-prefix",
                 [](Stack& s) { repo(s, {{.maxImageCount = 5, .tagStatus = ecr::TagStatus::TAGGED}}); });
  expectAwsError("ecr", "ecr-error-prefix-not-tagged", [](Stack& s) {
    repo(s, {{.maxImageCount = 5, .tagPrefixList = {"v"}, .tagStatus = ecr::TagStatus::UNTAGGED}});
  });
  expectAwsError("ecr", "ecr-error-prefix-and-pattern",
                 [](Stack& s) { repo(s, {{.maxImageCount = 5, .tagPatternList = {"v*"}, .tagPrefixList = {"v"}}}); });
  expectAwsError("ecr", "ecr-error-pattern-wildcards",
                 [](Stack& s) { repo(s, {{.maxImageCount = 5, .tagPatternList = {"a*b*c*d*e*"}}}); });
}

TEST(EcrErrors, AnyRules) {
  expectAwsError("ecr", "ecr-error-two-any-rules",
                 [](Stack& s) { repo(s, {{.maxImageCount = 5}, {.maxImageAge = Duration::days(5)}}); });
  // aws-cdk-lib raises these two while resolving (no path for the first); cdkpp at once, with the path.
  expectBuildError(
      [](Stack& s) {
        repo(s, {{.maxImageCount = 5, .rulePriority = 1},
                 {.maxImageCount = 1, .rulePriority = 2, .tagStatus = ecr::TagStatus::UNTAGGED}});
      },
      "TapStackdev/Repo", cdkpp_test::awsError("ecr", "ecr-error-any-not-last").message);
  expectAwsError("ecr", "ecr-error-prioritized-any-with-auto", [](Stack& s) {
    repo(s, {{.maxImageCount = 5, .rulePriority = 10}, {.maxImageCount = 1, .tagStatus = ecr::TagStatus::UNTAGGED}});
  });
}

TEST(EcrErrors, Encryption) {
  expectAwsError("ecr", "ecr-error-key-with-aes", [](Stack& s) {
    s.make<ecr::Repository>(
        "Repo", {.encryption = ecr::RepositoryEncryption::AES_256, .encryptionKey = s.make<cdk::kms::Key>("Key")});
  });
  expectBuildError(
      [](Stack& s) { s.make<ecr::Repository>("Repo", {.encryption = ecr::RepositoryEncryption::KMS_DSSE}); },
      "TapStackdev/Repo", "Unexpected 'encryptionType': KMS_DSSE");
}

TEST(EcrErrors, EmptyOnDeleteNeedsDestroy) {
  expectAwsError("ecr", "ecr-error-empty-on-delete-retain",
                 [](Stack& s) { s.make<ecr::Repository>("Repo", {.emptyOnDelete = true}); });
}

TEST(EcrErrors, Names) {
  // aws-cdk-lib's error has no path (UnscopedValidationError); cdkpp names the repository.
  expectBuildError([](Stack& s) { s.make<ecr::Repository>("Repo", {.repositoryName = "Bad Name"}); },
                   "TapStackdev/Repo", cdkpp_test::awsError("ecr", "ecr-error-name").message);
  expectBuildError([](Stack& s) { s.make<ecr::Repository>("Repo", {.repositoryName = "a--b"}); }, "TapStackdev/Repo",
                   "Invalid ECR repository name (value: a--b)");
  expectBuildError([](Stack& s) { s.make<ecr::Repository>("Repo", {.repositoryName = "x"}); }, "TapStackdev/Repo",
                   "Repository name must be at least 2 and no more than 256 characters");
  datatest::Fixture f;
  EXPECT_NO_THROW(f.stack->make<ecr::Repository>("Repo", {.repositoryName = "team-a/app.web_1"}));
}

TEST(EcrErrors, ImportedArns) {
  expectBuildError(
      [](Stack& s) {
        ecr::Repository::fromRepositoryArn(s, "Imported", "arn:aws:ecr:ap-southeast-1:111111111111:image/x");
      },
      "TapStackdev/Imported", cdkpp_test::awsError("ecr", "ecr-error-arn-format").message);
  expectBuildError(
      [](Stack& s) {
        auto& param = s.make<cdk::CfnParameter>("Arn");
        ecr::Repository::fromRepositoryArn(s, "Imported", param.valueAsString());
      },
      "TapStackdev/Imported", "\"repositoryArn\" is a late-bound value, and therefore \"repositoryName\" is required");
}

}  // namespace
