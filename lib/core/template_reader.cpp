// readTemplate: a template from JSON or YAML text (see cdk/core/template_format.hpp).
#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "cdk/core/template_format.hpp"
#include "utf8.hpp"
#include "yaml_scalar.hpp"

namespace cdk {
namespace {

using json = nlohmann::ordered_json;

std::string describe(std::string_view source, std::string_view location, std::string_view reason) {
  if (location.empty()) return fmt::format("{}: {}", source, reason);
  return fmt::format("{} at {}: {}", source, location, reason);
}

bool looksLikeJson(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

json readJson(std::string_view text, const std::string& source) {
  // The callback sees the depth of every value as it is parsed: deeper input is refused before it is built.
  const auto limitDepth = [&](int depth, json::parse_event_t, json&) {
    if (static_cast<std::size_t>(depth) > kMaxTemplateDepth) {
      throw TemplateError(source, "",
                          fmt::format("is nested more than {} levels deep; no CloudFormation template is, so this is "
                                      "not one (or not the file meant)",
                                      kMaxTemplateDepth));
    }
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), limitDepth);
  } catch (const json::parse_error& e) {
    throw TemplateError(source, "", fmt::format("is not valid JSON ({})", e.what()));
  }
}

/// A YAML document (yaml-cpp's node tree) as JSON, with YAML 1.1 scalar types and short-form tags in their long
/// form, as CloudFormation reads it.
class YamlReader {
 public:
  explicit YamlReader(std::string source) : source_(std::move(source)) {}

  json read(std::string_view text) {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text));
    } catch (const YAML::ParserException& e) {
      // DeepRecursion (yaml-cpp's own depth guard) is a ParserException too.
      throw TemplateError(
          source_, "",
          fmt::format("is not valid YAML ({} at line {}, column {})", e.msg, e.mark.line + 1, e.mark.column + 1));
    }
    if (!root.IsDefined() || root.IsNull()) return json::object();
    return convert(root, 0);
  }

 private:
  [[noreturn]] void fail(const YAML::Node& node, const std::string& reason) const {
    const YAML::Mark mark = node.Mark();
    throw TemplateError(
        source_, pointer_.to_string(),
        mark.is_null() ? reason : fmt::format("{} (line {}, column {})", reason, mark.line + 1, mark.column + 1));
  }

  json convert(const YAML::Node& node, std::size_t depth) {
    if (depth > kMaxTemplateDepth) {
      fail(node, fmt::format("is nested more than {} levels deep (or refers to itself through an alias); no "
                             "CloudFormation template is",
                             kMaxTemplateDepth));
    }
    if (++values_ > kMaxTemplateValues) {
      fail(node, fmt::format("holds more than {} values (YAML aliases can multiply them); no CloudFormation "
                             "template does",
                             kMaxTemplateValues));
    }
    const std::string& tag = node.Tag();
    if (tag.size() > 1 && tag.front() == '!' && tag[1] != '!') return intrinsic(node, tag.substr(1), depth);
    switch (node.Type()) {
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined: return nullptr;
      case YAML::NodeType::Scalar: return scalar(node, tag);
      case YAML::NodeType::Sequence:
      case YAML::NodeType::Map: return collection(node, depth);
    }
    return nullptr;
  }

  /// A scalar: quoted ones (tag "!") and explicit !!str are strings, plain ones (tag "?") typed as YAML 1.1 does.
  json scalar(const YAML::Node& node, const std::string& tag) {
    const std::string& text = node.Scalar();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") return text;
    const detail::YamlScalar kind = detail::classifyPlainScalar(text);
    switch (kind) {
      case detail::YamlScalar::Null: return nullptr;
      case detail::YamlScalar::Bool:
      case detail::YamlScalar::Int:
      case detail::YamlScalar::Float: {
        const auto number = detail::plainScalarValue(text, kind);
        if (!number) fail(node, fmt::format("'{}' (infinity or not-a-number) cannot be a template value", text));
        return std::visit([](auto v) { return json(v); }, *number);
      }
      default: return text;
    }
  }

  /// `!Ref X`, `!GetAtt A.B`, `!Condition C`, `!<Name> ...` as {"Ref": ...}, {"Fn::GetAtt": [...]}, {"Fn::<Name>":
  /// ...}.
  json intrinsic(const YAML::Node& node, const std::string& name, std::size_t depth) {
    const std::string function = name == "Ref" || name == "Condition" ? name : "Fn::" + name;
    pointer_.push_back(function);
    json argument;
    if (node.IsScalar()) {
      argument = node.Scalar();  // a tagged scalar is a string, whatever it looks like
      if (function == "Fn::GetAtt") {
        const std::string& text = node.Scalar();
        const std::size_t dot = text.find('.');
        if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
          fail(node,
               fmt::format("!GetAtt '{}' must name a resource and an attribute: !GetAtt Resource.Attribute", text));
        }
        // Kept as the string it is ({"Fn::GetAtt": "A.B"}, which CloudFormation accepts too), as aws-cdk-lib
        // reads it: an included template then renders it as it was written.
      }
    } else if (node.IsNull()) {
      argument = "";
    } else {
      argument = collection(node, depth);  // the tag was the function: the node itself is its argument
    }
    pointer_.pop_back();
    json out = json::object();
    out.emplace(function, std::move(argument));
    return out;
  }

  /// A sequence or mapping (whatever its tag), its items converted one level deeper.
  json collection(const YAML::Node& node, std::size_t depth) {
    if (node.IsSequence()) {
      json out = json::array();
      std::size_t index = 0;
      for (const auto& item : node) {
        pointer_.push_back(std::to_string(index++));
        out.push_back(convert(item, depth + 1));
        pointer_.pop_back();
      }
      return out;
    }
    json out = json::object();
    for (const auto& entry : node) {
      if (!entry.first.IsScalar()) fail(entry.first, "a key of a mapping must be a string");
      const std::string& key = entry.first.Scalar();
      pointer_.push_back(key);
      if (out.contains(key)) fail(entry.first, fmt::format("the key '{}' appears twice in one mapping; keep one", key));
      json item = convert(entry.second, depth + 1);
      pointer_.pop_back();
      out.emplace(key, std::move(item));
    }
    return out;
  }

  std::string source_;
  json::json_pointer pointer_;
  std::size_t values_ = 0;
};

}  // namespace

TemplateError::TemplateError(std::string source, std::string location, const std::string& reason)
    : Error(describe(source, location, reason)),
      source_(std::move(source)),
      location_(std::move(location)),
      reason_(reason) {}

namespace {

const char* typeName(const json& value) {
  switch (value.type()) {
    case json::value_t::array: return "a list";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::null: return "null";
    default: return "a number";
  }
}

json readDocument(std::string_view text, const std::string& name) {
  // Templates are UTF-8 (CloudFormation reads nothing else). yaml-cpp passes other bytes through into strings
  // that no writer can give back; refused here, where the place in the file can be named.
  if (const std::size_t at = detail::invalidUtf8At(text); at != std::string_view::npos) {
    throw TemplateError(name, "",
                        fmt::format("is not UTF-8 text (byte {} is 0x{:02X}); save the template as UTF-8", at,
                                    static_cast<unsigned char>(text[at])));
  }
  if (looksLikeJson(text)) {
    if (name.ends_with(".json")) return readJson(text, name);
    try {
      return readJson(text, name);
    } catch (const TemplateError& jsonError) {
      // A YAML flow mapping starts with '{' too; if it is not YAML either, the JSON error is the one meant.
      if (jsonError.reason().find("not valid JSON") == std::string::npos) throw;
      try {
        return YamlReader(name).read(text);
      } catch (const TemplateError&) {
        throw jsonError;
      }
    }
  }
  return YamlReader(name).read(text);
}

}  // namespace

nlohmann::ordered_json readTemplate(std::string_view text, std::string_view source) {
  const std::string name(source);
  json document = readDocument(text, name);
  // Found by fuzz_template: a lone "\r" is a YAML string, which nothing downstream can take for a template.
  if (!document.is_object()) {
    throw TemplateError(name, "",
                        fmt::format("is not a CloudFormation template: its top level is {}, where a template is a "
                                    "mapping of sections (Resources, Outputs, ...)",
                                    typeName(document)));
  }
  return document;
}

nlohmann::ordered_json readTemplateFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw TemplateError(file.string(), "",
                        fmt::format("cannot be read ({}); pass the path of a CloudFormation template (JSON or YAML)",
                                    std::error_code(errno, std::generic_category()).message()));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return readTemplate(text.str(), file.string());
}

}  // namespace cdk
