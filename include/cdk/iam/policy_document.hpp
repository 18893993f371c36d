// An IAM policy document (aws-cdk-lib's iam.PolicyDocument).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/value.hpp"
#include "cdk/iam/policy_statement.hpp"

namespace cdk::iam {

struct PolicyDocumentProps {
  /// Give statements without a Sid their index ("0", "1", ...) as Sid.
  bool assignSids = false;
  /// Merge statements that can be merged and sort actions, resources and principals. Default: the context
  /// value "@aws-cdk/aws-iam:minimizePolicies" (false when unset, as in a bare aws-cdk-lib App).
  std::optional<bool> minimize{};
  std::vector<PolicyStatement> statements{};
};

/// A policy document: a list of statements rendered as
/// { "Statement": [...], "Version": "2012-10-17" }. A PolicyDocument is a handle: copies share one
/// document, so statements added after the document was given to a resource still appear in it.
///
/// `toValue()` is the value to put into a property: it is rendered at synthesis, in the stack that uses
/// it. Rendering drops statements that resolve to the same JSON as an earlier one, and leaves the property
/// out when the document has no statements.
class CDKPP_API PolicyDocument {
 public:
  PolicyDocument(PolicyDocumentProps props = {});

  /// Reads a document in policy JSON ({ "Statement": [...] }); throws cdk::Error when "Statement" is not
  /// a list or a statement has no action.
  static PolicyDocument fromJson(const cdk::Value& json);

  void addStatements(const std::vector<PolicyStatement>& statements);
  template <class... More>
  void addStatements(const PolicyStatement& first, const More&... more) {
    addStatements(std::vector<PolicyStatement>{first, static_cast<const PolicyStatement&>(more)...});
  }
  bool isEmpty() const;
  std::size_t statementCount() const;
  /// The statements, in the order they were added (handles to them).
  std::vector<PolicyStatement> statements() const;

  /// The document as a property value: a token rendered at synthesis.
  cdk::Value toValue() const;
  /// The document as it stands, unresolved ({ "Statement": [...], "Version": "2012-10-17" }), without the
  /// de-duplication that rendering does; a null value when empty.
  cdk::Value toJson() const;

  std::vector<std::string> validateForAnyPolicy() const;
  std::vector<std::string> validateForResourcePolicy(bool skipResourceValidation = false) const;
  std::vector<std::string> validateForTrustPolicy() const;
  std::vector<std::string> validateForIdentityPolicy() const;

  friend bool operator==(const PolicyDocument& a, const PolicyDocument& b) noexcept { return a.state_ == b.state_; }

  struct State;
  /// For the library: the shared state.
  const std::shared_ptr<State>& state() const noexcept { return state_; }

 private:
  std::shared_ptr<State> state_;
};

}  // namespace cdk::iam
