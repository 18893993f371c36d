// templateToYaml: a template as the YAML people write by hand (see cdk/core/template_format.hpp).
//
// Written here rather than with yaml-cpp's YAML::Emitter (yaml-cpp still reads templates, template_reader.cpp):
// the emitter matches a chain of regular expressions at every byte of every key and string (IsValidPlainScalar)
// and writes through a stream wrapper byte by byte, which made it 73 % of the instructions of a sample that
// writes its template as YAML. The text is what yaml-cpp 0.7 wrote for the same calls (block style, indent 2,
// `null`, `true`; the rules below are its emitter's, named after its functions), except where yaml-cpp wrote
// what readers refuse or read differently: DEL raw in double quotes, U+FFFE and U+FFFF raw (or replaced by
// U+FFFD, as were other noncharacters), integers above 2^63 as negative ones.
#include <array>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include <fmt/format.h>

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

/// A key longer than this is written as an explicit key, `? key` with `: value` on the next line, as yaml-cpp
/// does (YAML limits implicit keys to 1024 characters).
constexpr std::size_t kMaxImplicitKey = 1024;

/// What precedes a value on its line; it decides how the value starts (yaml-cpp's PrepareNode cases).
enum class Place : std::uint8_t {
  Document,      // nothing: the template itself
  MapValue,      // "Key:"
  SeqItem,       // "-"
  LongKeyValue,  // ":" on the line below "? key"
};

class YamlWriter {
 public:
  std::string write(const json& document) {
    value(document, 0, Place::Document, 0);
    out_ += '\n';
    return std::move(out_);
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

  /// Templates are UTF-8; other bytes would be written as they are, a text no YAML reader accepts.
  static void requireUtf8(std::string_view text) {
    if (const std::size_t at = detail::invalidUtf8At(text); at != std::string::npos) {
      throw Error(
          fmt::format("the template could not be written as YAML: the text starting \"{}\" is not valid "
                      "UTF-8 (byte {} is 0x{:02X}); templates are UTF-8, so pass UTF-8 text",
                      text.substr(0, std::min<std::size_t>(at, 40)), at, static_cast<unsigned char>(text[at])));
    }
  }

  /// Characters no plain or single-quoted scalar keeps: line breaks other than '\n' (CR, and NEL, LS and PS,
  /// which YAML 1.1 readers such as cfn-lint's count as line breaks too; fuzz_template found "x\r" read back as
  /// "x"), and U+FFFE and U+FFFF, which YAML does not allow unescaped. Such a text is written double-quoted,
  /// with every non-ASCII character escaped.
  static bool needsEscapes(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0xC2 && c != '\r') continue;
      const std::string_view rest = text.substr(i);
      if (c == '\r' || rest.starts_with("\xC2\x85") || rest.starts_with("\xE2\x80\xA8") ||
          rest.starts_with("\xE2\x80\xA9") || rest.starts_with("\xEF\xBF\xBE") || rest.starts_with("\xEF\xBF\xBF")) {
        return true;
      }
    }
    return false;
  }

  /// yaml-cpp's IsValidPlainScalar in block context, for a text without the characters of needsEscapes: not a
  /// null, no indicator or blank first, no blank last, no ": " or " #", no tab, line break, control character,
  /// C1 control or byte order mark.
  static bool isPlain(std::string_view text) {
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return false;
    const auto at = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
    const auto blankOrEnd = [&](std::size_t i) { return i >= text.size() || at(i) == ' '; };
    const char first = text.front();
    if (std::string_view(",[]{}#&*!|>'\"%@` ").find(first) != std::string_view::npos) return false;
    if ((first == '-' || first == '?' || first == ':') && blankOrEnd(1)) return false;
    if (text.back() == ' ') return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const unsigned char c = at(i);
      if (c < 0x20 || c == 0x7F) return false;  // tab and '\n' included
      if (c == ':' && blankOrEnd(i + 1)) return false;
      if (c == ' ' && at(i + 1) == '#') return false;
      if (c == 0xC2 && at(i + 1) >= 0x80 && at(i + 1) <= 0x9F) return false;  // NEL is in needsEscapes
      if (c == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF) return false;
    }
    return true;
  }

  void singleQuoted(std::string_view text) {
    out_ += '\'';
    for (const char c : text) {
      if (c == '\'') out_ += '\'';
      out_ += c;
    }
    out_ += '\'';
  }

  /// yaml-cpp's WriteDoubleQuotedString: control characters, NBSP and the byte order mark escaped always (DEL too,
  /// which yaml-cpp wrote raw and YAML readers refuse), every other non-ASCII character when `escapeNonAscii`.
  void doubleQuoted(std::string_view text, bool escapeNonAscii) {
    out_ += '"';
    for (std::size_t i = 0; i < text.size();) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        ++i;
        switch (c) {
          case '"': out_ += "\\\""; break;
          case '\\': out_ += "\\\\"; break;
          case '\n': out_ += "\\n"; break;
          case '\t': out_ += "\\t"; break;
          case '\r': out_ += "\\r"; break;
          case '\b': out_ += "\\b"; break;
          case '\f': out_ += "\\f"; break;
          default:
            if (c < 0x20 || c == 0x7F) {
              escape(c);
            } else {
              out_ += static_cast<char>(c);
            }
        }
        continue;
      }
      // Valid UTF-8 (requireUtf8): the lead byte gives the length.
      const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      std::uint32_t codePoint = c & (0x3F >> (length - 1));
      for (std::size_t k = 1; k < length; ++k) codePoint = (codePoint << 6) | (text[i + k] & 0x3F);
      if (escapeNonAscii || codePoint <= 0xA0 || codePoint == 0xFEFF) {
        escape(codePoint);
      } else {
        out_.append(text.substr(i, length));
      }
      i += length;
    }
    out_ += '"';
  }

  void escape(std::uint32_t codePoint) {
    if (codePoint < 0xFF) {
      fmt::format_to(std::back_inserter(out_), "\\x{:02x}", codePoint);
    } else if (codePoint < 0xFFFF) {
      fmt::format_to(std::back_inserter(out_), "\\u{:04x}", codePoint);
    } else {
      fmt::format_to(std::back_inserter(out_), "\\U{:08x}", codePoint);
    }
  }

  /// A string; `typedByReader` when a plain scalar of it would read back as another type (not for a tagged
  /// scalar, which reads back as a string whatever it looks like): then single-quoted, or double-quoted where it
  /// holds a line break, which single quotes would fold.
  void scalar(std::string_view text, bool typedByReader) {
    requireUtf8(text);
    if (needsEscapes(text)) {
      doubleQuoted(text, true);
    } else if (typedByReader && text.find('\n') == std::string_view::npos) {
      singleQuoted(text);
    } else if (!typedByReader && isPlain(text)) {
      out_ += text;
    } else {
      doubleQuoted(text, false);
    }
  }

  void string(const std::string& text) { scalar(text, detail::needsQuotes(text)); }

  void number(const json& v) {
    // Unsigned first: is_number_integer() holds for both, and 2^64 - 1 read as signed is -1.
    if (v.is_number_unsigned()) {
      fmt::format_to(std::back_inserter(out_), "{}", v.get<std::uint64_t>());
      return;
    }
    if (v.is_number_integer()) {
      fmt::format_to(std::back_inserter(out_), "{}", v.get<std::int64_t>());
      return;
    }
    // JSON's shortest round-trip form, with the '.' YAML 1.1 wants in a float ("1e+20" is a string to it).
    std::string text = v.dump();
    if (text.find('.') == std::string::npos) {
      const std::size_t e = text.find_first_of("eE");
      text.insert(e == std::string::npos ? text.size() : e, ".0");
    }
    out_ += text;
  }

  /// The writer recurses once per level: deeper input is refused before it exhausts the stack.
  static void checkDepth(std::size_t depth) {
    if (depth > kMaxTemplateWriteDepth) {
      throw Error(fmt::format("the template could not be written as YAML: it is nested more than {} levels deep",
                              kMaxTemplateWriteDepth));
    }
  }

  /// A value after what `place` names; the lines of its entries, if it has any, are indented by `indent`.
  void value(const json& v, std::size_t indent, Place place, std::size_t depth) {
    checkDepth(depth);
    if (v.is_object()) {
      if (const std::string_view tag = shortForm(v); !tag.empty()) {
        tagged(tag, v.begin().value(), indent, place, depth);
        return;
      }
    }
    if (v.is_structured() && !v.empty()) {
      // A block collection starts on the next line, except a mapping in a sequence item and a collection after
      // an explicit key, whose first entry follows on the same line ("- Key: value").
      const bool sameLine = place == Place::LongKeyValue || (place == Place::SeqItem && v.is_object());
      if (sameLine) {
        out_ += ' ';
      } else if (place != Place::Document) {
        out_ += '\n';
      }
      entries(v, indent, sameLine, depth);
      return;
    }
    if (place != Place::Document) out_ += ' ';
    switch (v.type()) {
      case json::value_t::object: out_ += "{}"; break;
      case json::value_t::array: out_ += "[]"; break;
      case json::value_t::string: string(v.get_ref<const std::string&>()); break;
      case json::value_t::boolean: out_ += v.get<bool>() ? "true" : "false"; break;
      case json::value_t::number_integer:
      case json::value_t::number_unsigned:
      case json::value_t::number_float: number(v); break;
      default: out_ += "null"; break;
    }
  }

  void tagged(std::string_view tag, const json& argument, std::size_t indent, Place place, std::size_t depth) {
    if (place != Place::Document) out_ += ' ';
    out_ += '!';
    out_ += tag;
    if (tag == "GetAtt" && getAttScalar(argument)) {
      out_ += ' ';
      scalar(argument[0].get_ref<const std::string&>() + "." + argument[1].get_ref<const std::string&>(), false);
    } else if (argument.is_string()) {
      // A tagged scalar is a string whatever it looks like; quotes only where the syntax needs them.
      out_ += ' ';
      scalar(argument.get_ref<const std::string&>(), false);
    } else {
      checkDepth(depth + 1);
      if (argument.empty()) {
        out_ += argument.is_array() ? " []" : " {}";
        return;
      }
      out_ += '\n';  // after a tag a block collection starts on the next line
      entries(argument, indent, false, depth + 1);
    }
  }

  /// The entries of a non-empty mapping or sequence, one a line at `indent` (the first on the current line when
  /// `sameLine`).
  void entries(const json& v, std::size_t indent, bool sameLine, std::size_t depth) {
    bool first = true;
    const auto startLine = [&] {
      if (!first) out_ += '\n';
      if (!first || !sameLine) out_.append(indent, ' ');
      first = false;
    };
    if (v.is_array()) {
      for (const auto& item : v) {
        startLine();
        out_ += '-';
        value(item, indent + 2, Place::SeqItem, depth + 1);
      }
      return;
    }
    for (const auto& [key, item] : v.items()) {
      startLine();
      if (key.size() > kMaxImplicitKey) {
        out_ += "? ";
        string(key);
        out_ += '\n';
        out_.append(indent, ' ');
        out_ += ':';
        value(item, indent + 2, Place::LongKeyValue, depth + 1);
      } else {
        string(key);
        out_ += ':';
        value(item, indent + 2, Place::MapValue, depth + 1);
      }
    }
  }

  std::string out_;
};

}  // namespace

std::string templateToYaml(const nlohmann::ordered_json& cloudFormationTemplate) {
  return YamlWriter().write(cloudFormationTemplate);
}

}  // namespace cdk
