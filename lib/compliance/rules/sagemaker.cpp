// SageMaker rules (cdk-nag src/rules/sagemaker).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R SageMakerEndpointConfigurationKMSKeyConfigured(const RuleContext& c) {
  return R::of(!c.property("KmsKeyId").nullish());
}

R SageMakerNotebookInstanceKMSKeyConfigured(const RuleContext& c) { return R::of(!c.property("KmsKeyId").nullish()); }

R SageMakerNotebookNoDirectInternetAccess(const RuleContext& c) {
  Js access = c.view.resolveIfPrimitive(c.property("DirectInternetAccess", As::String));
  return R::of(!access.nullish() && looseEquals(access, "Disabled"));
}

constexpr std::string_view kNotebook = "AWS::SageMaker::NotebookInstance";

const Rule kSagemakerRules[] = {
    {"SageMakerEndpointConfigurationKMSKeyConfigured",
     {"AWS::SageMaker::EndpointConfig"},
     SageMakerEndpointConfigurationKMSKeyConfigured,
     "set KmsKeyId to a customer managed key."},
    {"SageMakerNotebookInstanceKMSKeyConfigured",
     {kNotebook},
     SageMakerNotebookInstanceKMSKeyConfigured,
     "set KmsKeyId to a customer managed key."},
    {"SageMakerNotebookNoDirectInternetAccess",
     {kNotebook},
     SageMakerNotebookNoDirectInternetAccess,
     "set DirectInternetAccess to Disabled (and place the notebook in a VPC subnet)."},
};

}  // namespace

std::span<const Rule> sagemakerRules() { return kSagemakerRules; }

}  // namespace cdk::compliance::detail
