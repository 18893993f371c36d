// Fuzzes the template reader and the YAML writer: any input is read (as YAML, and as JSON) into a template or
// refused with cdk::TemplateError, within the depth and size limits; a template read is written as YAML, and
// that YAML reads back as the same template (GetAtt's list form comes back as its string form, `!GetAtt A.B`).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "cdk/core/template_format.hpp"

namespace {

using json = nlohmann::ordered_json;

json withGetAttStrings(json value) {
  if (value.is_object() && value.size() == 1 && value.contains("Fn::GetAtt")) {
    json& argument = value["Fn::GetAtt"];
    if (argument.is_array() && argument.size() == 2 && argument[0].is_string() && argument[1].is_string() &&
        argument[0].get<std::string>().find('.') == std::string::npos) {
      return {{"Fn::GetAtt", argument[0].get<std::string>() + "." + argument[1].get<std::string>()}};
    }
  }
  if (value.is_structured()) {
    for (auto& item : value) item = withGetAttStrings(item);
  }
  return value;
}

void check(const std::string& text, const char* source) {
  json t;
  try {
    t = cdk::readTemplate(text, source);
  } catch (const cdk::TemplateError&) {
    return;
  }
  std::string yaml;
  try {
    yaml = cdk::templateToYaml(t);
  } catch (const cdk::Error&) {
    return;  // e.g. a string that is not UTF-8, which no template may hold
  }
  const json back = cdk::readTemplate(yaml, "written.yaml");
  if (withGetAttStrings(back) != withGetAttStrings(t)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  check(input, "fuzz.yaml");
  check(input, "fuzz.json");
  return 0;
}
