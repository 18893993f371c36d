// Messages attached to a construct (aws-cdk-lib's Annotations). Errors fail synthesis; warnings and infos
// are returned by App::synth() in the cloud assembly, and written to its manifest.
#pragma once

#include <string>
#include <string_view>

#include "cdk/core/export.hpp"

namespace cdk {

class Construct;
class IConstruct;

class CDKPP_API Annotations {
 public:
  static Annotations of(IConstruct& scope) noexcept;
  void addInfo(std::string_view message);
  void addWarning(std::string_view message);
  /// A warning with an id, which acknowledgeWarning(id) on this construct or above silences.
  void addWarningV2(std::string_view id, std::string_view message);
  void acknowledgeWarning(std::string_view id, std::string_view message = {});
  void addError(std::string_view message);
  void addDeprecation(std::string_view api, std::string_view message);

 private:
  explicit Annotations(Construct& scope) noexcept : scope_(&scope) {}
  Construct* scope_;
};

namespace metadata_types {
inline constexpr const char* INFO = "aws:cdk:info";
inline constexpr const char* WARNING = "aws:cdk:warning";
inline constexpr const char* ERROR = "aws:cdk:error";
inline constexpr const char* LOGICAL_ID = "aws:cdk:logicalId";
inline constexpr const char* ACKNOWLEDGE = "aws:cdk:acknowledge";
}  // namespace metadata_types

}  // namespace cdk
