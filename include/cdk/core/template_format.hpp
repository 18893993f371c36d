// CloudFormation templates as text: written as YAML in the form people write by hand, and read back from JSON
// or YAML (short-form tags such as `!Ref` and long forms such as `Fn::GetAtt` alike). Reading uses yaml-cpp (YAML)
// and nlohmann::json (JSON); the YAML is written by cdkpp itself, as yaml-cpp's emitter wrote it (the emitter was
// most of the cost of a synthesis that writes YAML). Key order is kept.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cdk/core/errors.hpp"
#include "cdk/core/export.hpp"

namespace cdk {

/// A template that cannot be read, or that says something that cannot be used. `source()` names the file (or
/// what the text came from), `location()` the place in it as a JSON pointer ("/Resources/Vpc/Properties"),
/// `reason()` what is wrong and what to change; what() joins them.
class CDKPP_API TemplateError : public Error {
 public:
  TemplateError(std::string source, std::string location, const std::string& reason);
  const std::string& source() const noexcept { return source_; }
  const std::string& location() const noexcept { return location_; }
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string source_;
  std::string location_;
  std::string reason_;
};

/// Limits of the template reader: input nested deeper, or (through YAML aliases) expanding to more values, is
/// refused with a TemplateError instead of exhausting the stack or the memory.
inline constexpr std::size_t kMaxTemplateDepth = 128;
inline constexpr std::size_t kMaxTemplateValues = 1'000'000;
/// Limit of the YAML writer: a template nested deeper is refused with a cdk::Error. Above what synthesis can
/// make (values are at most 512 levels deep), so it only refuses JSON built by hand.
inline constexpr std::size_t kMaxTemplateWriteDepth = 1024;

/// The template as YAML: block style, the keys in the order of the JSON, intrinsic functions in their short form
/// (`!Ref Vpc`, `!GetAtt Db.Endpoint.Address`, `!Sub ...`, `!Join [...]`; the long form where YAML allows no
/// tag, e.g. `Fn::Base64: !Sub ...`), and strings quoted only where a YAML 1.1 or 1.2 reader would take them
/// for something else ("yes", "1.0", "2012-10-17", "*", ": " inside). Reading it back gives the same JSON.
/// At most kMaxTemplateWriteDepth levels of nesting.
CDKPP_API std::string templateToYaml(const nlohmann::ordered_json& cloudFormationTemplate);

/// Reads a template written as JSON or YAML (YAML 1.1 scalars: `yes` is true, `0x10` is 16; short-form tags
/// become their long form: `!Ref X` is {"Ref": "X"}, and `!GetAtt A.B` {"Fn::GetAtt": "A.B"}, the string form
/// CloudFormation accepts too, as aws-cdk-lib reads it). `source` names the text in errors; text
/// starting with '{' is JSON, or else a YAML flow mapping unless `source` ends with ".json".
/// At most kMaxTemplateDepth levels of nesting and kMaxTemplateValues values; a duplicate key is an error.
CDKPP_API nlohmann::ordered_json readTemplate(std::string_view text, std::string_view source);
/// readTemplate() of a file's contents; a file that cannot be read is a TemplateError too.
CDKPP_API nlohmann::ordered_json readTemplateFile(const std::filesystem::path& file);

}  // namespace cdk
