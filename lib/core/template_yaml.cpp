// templateToYaml: a template as the YAML people write by hand (see cdk/core/template_format.hpp).
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "cdk/core/template_format.hpp"
#include "utf8.hpp"
#include "yaml_scalar.hpp"

namespace cdk {
namespace {

using json = nlohmann::ordered_json;

/// The intrinsic functions CloudFormation accepts in short form (`!Name`), by their long name.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kShortForms{{
    {"Ref", "Ref"},
    {"Fn::And", "And"},
    {"Fn::Base64", "Base64"},
    {"Fn::Cidr", "Cidr"},
    {"Fn::Equals", "Equals"},
    {"Fn::FindInMap", "FindInMap"},
    {"Fn::GetAZs", "GetAZs"},
    {"Fn::GetAtt", "GetAtt"},
    {"Fn::If", "If"},
    {"Fn::ImportValue", "ImportValue"},
    {"Fn::Join", "Join"},
    {"Fn::Not", "Not"},
    {"Fn::Or", "Or"},
    {"Fn::Select", "Select"},
    {"Fn::Split", "Split"},
    {"Fn::Sub", "Sub"},
    {"Fn::Transform", "Transform"},
}};

class YamlWriter {
 public:
  std::string write(const json& document) {
    out_.SetIndent(2);
    out_.SetNullFormat(YAML::LowerNull);
    out_.SetBoolFormat(YAML::TrueFalseBool);
    value(document, 0);
    if (!out_.good()) throw Error("the template could not be written as YAML: " + out_.GetLastError());
    std::string text = out_.c_str();
    text += '\n';
    return text;
  }

 private:
  /// The short tag of a one-key object that is an intrinsic function with an argument its short form takes;
  /// empty otherwise. A tag cannot follow another tag on one node, so an argument that is itself written with a
  /// tag keeps the long form outside: `Fn::Base64: !Sub ...`.
  static std::string_view shortForm(const json& object) {
    if (object.size() != 1) return {};
    const std::string& name = object.begin().key();
    const json& argument = object.begin().value();
    std::string_view tag;
    for (const auto& [longName, shortName] : kShortForms) {
      if (name == longName) tag = shortName;
    }
    if (tag.empty()) return {};
    if (tag == "Ref") return argument.is_string() ? tag : std::string_view();
    // `!GetAtt A.B` reads as ["A", "B"] to cfn-lint: the string form ({"Fn::GetAtt": "A.B"}) keeps its long form.
    if (tag == "GetAtt" && argument.is_string()) return {};
    if (argument.is_object() && !shortForm(argument).empty()) return {};
    // A tagged scalar reads back as a string: numbers, booleans and nulls keep the long form.
    if (!argument.is_string() && !argument.is_array() && !argument.is_object()) return {};
    return tag;
  }

  /// `!GetAtt Resource.Attribute` when both are literal strings (and the logical ID has no dot, as none has).
  static bool getAttScalar(const json& argument) {
    return argument.is_array() && argument.size() == 2 && argument[0].is_string() && argument[1].is_string() &&
           argument[0].get_ref<const std::string&>().find('.') == std::string::npos;
  }

  /// Templates are UTF-8: yaml-cpp would write other bytes as U+FFFD, a different text, without a word.
  static const std::string& utf8(const std::string& text) {
    if (const std::size_t at = detail::invalidUtf8At(text); at != std::string::npos) {
      throw Error(
          fmt::format("the template could not be written as YAML: the text starting \"{}\" is not valid "
                      "UTF-8 (byte {} is 0x{:02X}); templates are UTF-8, so pass UTF-8 text",
                      text.substr(0, std::min<std::size_t>(at, 40)), at, static_cast<unsigned char>(text[at])));
    }
    return text;
  }

  /// A line break other than '\n' (CR, and NEL, LS and PS, which YAML 1.1 readers such as cfn-lint's count as
  /// line breaks too): yaml-cpp writes it raw in a plain scalar, where a reader folds or drops it (fuzz_template
  /// found "x\r" read back as "x"). Such a text is written double-quoted, with every non-ASCII character escaped.
  static bool hasOtherLineBreak(std::string_view text) {
    return text.find('\r') != std::string_view::npos || text.find("\xC2\x85") != std::string_view::npos ||
           text.find("\xE2\x80\xA8") != std::string_view::npos || text.find("\xE2\x80\xA9") != std::string_view::npos;
  }

  /// A string; `typedByReader` when a plain scalar of it would read back as another type (not for a tagged
  /// scalar, which reads back as a string whatever it looks like).
  void scalar(const std::string& text, bool typedByReader) {
    utf8(text);
    if (hasOtherLineBreak(text)) {
      out_ << YAML::EscapeNonAscii << YAML::DoubleQuoted << text;
    } else if (typedByReader) {
      out_ << YAML::SingleQuoted << text;  // yaml-cpp falls back to double quotes where single ones cannot hold it
    } else {
      out_ << text;
    }
  }

  void string(const std::string& text) { scalar(text, detail::needsQuotes(text)); }

  void number(const json& v) {
    if (v.is_number_integer()) {
      out_ << std::to_string(v.get<std::int64_t>());
      return;
    }
    if (v.is_number_unsigned()) {
      out_ << std::to_string(v.get<std::uint64_t>());
      return;
    }
    // JSON's shortest round-trip form, with the '.' YAML 1.1 wants in a float ("1e+20" is a string to it).
    std::string text = v.dump();
    if (text.find_first_of(".") == std::string::npos) {
      const std::size_t e = text.find_first_of("eE");
      text.insert(e == std::string::npos ? text.size() : e, ".0");
    }
    out_ << text;
  }

  void value(const json& v, std::size_t depth) {
    // The writer recurses once per level: deeper input is refused before it exhausts the stack.
    if (depth > kMaxTemplateWriteDepth) {
      throw Error(fmt::format("the template could not be written as YAML: it is nested more than {} levels deep",
                              kMaxTemplateWriteDepth));
    }
    switch (v.type()) {
      case json::value_t::object: object(v, depth); break;
      case json::value_t::array:
        if (v.empty()) {
          out_ << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
          break;
        }
        out_ << YAML::BeginSeq;
        for (const auto& item : v) value(item, depth + 1);
        out_ << YAML::EndSeq;
        break;
      case json::value_t::string: string(v.get_ref<const std::string&>()); break;
      case json::value_t::boolean: out_ << v.get<bool>(); break;
      case json::value_t::number_integer:
      case json::value_t::number_unsigned:
      case json::value_t::number_float: number(v); break;
      default: out_ << YAML::Null; break;
    }
  }

  void object(const json& v, std::size_t depth) {
    if (v.empty()) {
      out_ << YAML::Flow << YAML::BeginMap << YAML::EndMap;
      return;
    }
    if (const std::string_view tag = shortForm(v); !tag.empty()) {
      const json& argument = v.begin().value();
      out_ << YAML::LocalTag(std::string(tag));
      if (tag == "GetAtt" && getAttScalar(argument)) {
        scalar(argument[0].get_ref<const std::string&>() + "." + argument[1].get_ref<const std::string&>(), false);
      } else if (argument.is_string()) {
        // A tagged scalar is a string whatever it looks like; quotes only where the syntax needs them.
        scalar(argument.get_ref<const std::string&>(), false);
      } else {
        value(argument, depth + 1);
      }
      return;
    }
    out_ << YAML::BeginMap;
    for (const auto& [key, item] : v.items()) {
      out_ << YAML::Key;
      string(key);
      out_ << YAML::Value;
      value(item, depth + 1);
    }
    out_ << YAML::EndMap;
  }

  YAML::Emitter out_;
};

}  // namespace

std::string templateToYaml(const nlohmann::ordered_json& cloudFormationTemplate) {
  return YamlWriter().write(cloudFormationTemplate);
}

}  // namespace cdk
