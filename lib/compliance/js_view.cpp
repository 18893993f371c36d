#include "js_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <fmt/format.h>
#include <pcre2.h>

#include "../core/js_number.hpp"

namespace cdk::compliance::detail {

void typeError(std::string_view what) { throw RuleFailure{"TypeError: " + std::string(what)}; }

bool isIntrinsic(const json& value) {
  if (!value.is_object() || value.size() != 1) return false;
  const std::string& key = value.begin().key();
  return key == "Ref" || key.starts_with("Fn::");
}

namespace {

/// JavaScript's Number(text): whitespace trimmed, "" is 0, anything not wholly a number is NaN.
double toNumberFromString(std::string_view text) {
  const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  if (text.empty()) return 0;
  std::string s(text);
  if (s == "Infinity" || s == "+Infinity") return INFINITY;
  if (s == "-Infinity") return -INFINITY;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    char* end = nullptr;
    const unsigned long long v = std::strtoull(s.c_str() + 2, &end, 16);
    return *end == '\0' ? static_cast<double>(v) : NAN;
  }
  // strtod accepts forms JavaScript does not (hexadecimal floats, "inf", "nan"): only digits, sign, point, exponent.
  for (char c : s) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.' || c == 'e' || c == 'E')) {
      return NAN;
    }
  }
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  return *end == '\0' ? v : NAN;
}

/// JavaScript's Number.prototype.toString of a number of the template (which JSON.parse reads as a double).
std::string numberToString(const json& number) {
  // Integers that a double holds exactly, the common case, without the shortest-digits search.
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (number.is_number_unsigned() && number.get<std::uint64_t>() <= static_cast<std::uint64_t>(kExact)) {
    return fmt::format_int(number.get<std::uint64_t>()).str();
  }
  if (number.is_number_integer() && !number.is_number_unsigned() && number.get<std::int64_t>() >= -kExact &&
      number.get<std::int64_t>() <= kExact) {
    return fmt::format_int(number.get<std::int64_t>()).str();
  }
  return cdk::detail::jsNumber(number.get<double>());
}

/// The JSON number for a double: an integer when it is one, as JavaScript prints it.
json numberJson(double d) {
  if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) return json(static_cast<std::int64_t>(d));
  return json(d);
}

/// ToNumber of a primitive; objects go through ToPrimitive (arrays join, objects "[object Object]").
double toNumber(Js value) {
  if (value.undefined()) return NAN;
  const json& v = *value;
  if (v.is_null()) return 0;
  if (v.is_boolean()) return v.get<bool>() ? 1 : 0;
  if (v.is_number()) return v.get<double>();
  if (v.is_string()) return toNumberFromString(v.get_ref<const std::string&>());
  return toNumberFromString(toJsString(value));
}

/// Is the value, read back from aws-cdk-lib, unresolved (a token) as Token.isUnresolved sees it?
bool unresolved(const json& value) {
  if (isIntrinsic(value)) return true;
  return false;
}

/// The literal intrinsics CfnInclude evaluates: Fn::Split of a literal string, Fn::Select from a list whose index
/// and elements are literal. `nullptr` when `value` is not one of them.
const json* evaluateLiteral(const json& value, Scratch& scratch);

const json* evaluated(const json& value, Scratch& scratch) {
  const json* current = &value;
  for (int depth = 0; depth < 16; ++depth) {
    const json* next = evaluateLiteral(*current, scratch);
    if (!next) return current;
    current = next;
  }
  return current;
}

const json* evaluateLiteral(const json& value, Scratch& scratch) {
  if (!value.is_object() || value.size() != 1) return nullptr;
  // The key and value through an iterator that outlives them: a structured binding of *items().begin() refers
  // to an iteration proxy that is gone by the next line (ASan: stack-use-after-scope).
  const auto member = value.begin();
  const std::string& key = member.key();
  const json& args = member.value();
  if (key == "Fn::Split" && args.is_array() && args.size() == 2) {
    const json* delimiter = evaluated(args[0], scratch);
    const json* source = evaluated(args[1], scratch);
    if (!delimiter->is_string() || !source->is_string()) return nullptr;
    const std::string& d = delimiter->get_ref<const std::string&>();
    const std::string& s = source->get_ref<const std::string&>();
    json parts = json::array();
    if (d.empty()) {
      for (char c : s) parts.push_back(std::string(1, c));
    } else {
      std::size_t from = 0;
      for (std::size_t at = s.find(d); at != std::string::npos; at = s.find(d, from)) {
        parts.push_back(s.substr(from, at - from));
        from = at + d.size();
      }
      parts.push_back(s.substr(from));
    }
    return scratch.keep(std::move(parts));
  }
  if (key == "Fn::Select" && args.is_array() && args.size() == 2) {
    const json* index = evaluated(args[0], scratch);
    const json* list = evaluated(args[1], scratch);
    if (unresolved(*index) || !list->is_array()) return nullptr;
    for (const auto& element : *list) {
      if (unresolved(element)) return nullptr;
    }
    // array[index] in JavaScript: an index given as text works too; out of range is undefined (kept as null).
    double i = NAN;
    if (index->is_number()) i = index->get<double>();
    if (index->is_string()) i = toNumberFromString(index->get_ref<const std::string&>());
    if (!(i >= 0 && i == std::floor(i) && i < static_cast<double>(list->size()))) return scratch.keep(json());
    return &(*list)[static_cast<std::size_t>(i)];
  }
  return nullptr;
}

void stringifyTo(std::string& out, const json& value, Scratch& scratch) {
  const json& v = *evaluated(value, scratch);
  switch (v.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (!first) out += ',';
        first = false;
        appendJsonString(out, it.key());
        out += ':';
        stringifyTo(out, it.value(), scratch);
      }
      out += '}';
      break;
    }
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& element : v) {
        if (!first) out += ',';
        first = false;
        stringifyTo(out, element, scratch);
      }
      out += ']';
      break;
    }
    case json::value_t::string: appendJsonString(out, v.get_ref<const std::string&>()); break;
    case json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: out += numberToString(v); break;
    case json::value_t::number_float: {
      const double d = v.get<double>();
      out += std::isfinite(d) ? numberToString(v) : "null";
      break;
    }
    default: out += v.dump();  // null (and binary, which templates do not hold)
  }
}

}  // namespace

Js View::resolve(const json* value) const {
  if (!value) return Js();
  return Js(evaluated(*value, scratch_));
}

Js View::coerce(Js value, As as) const {
  if (value.nullish() || as == As::Any) return value;
  const json& v = *value;
  switch (as) {
    case As::String:
      if (v.is_number()) return keep(numberToString(v));
      if (v.is_boolean()) return keep(v.get<bool>() ? "true" : "false");
      return value;
    case As::Number:
      if (v.is_string()) {
        if (const auto d = cdk::detail::jsParseFloat(v.get_ref<const std::string&>())) return keep(numberJson(*d));
      }
      return value;
    case As::Boolean:
      if (value.is("true")) return keep(true);
      if (value.is("false")) return keep(false);
      return value;
    case As::Any: break;
  }
  return value;
}

Js View::member(Js object, std::string_view key, As as) const {
  if (object.nullish()) {
    typeError(
        fmt::format("Cannot read properties of {} (reading '{}')", object.undefined() ? "undefined" : "null", key));
  }
  return optionalMember(object, key, as);
}

Js View::optionalMember(Js object, std::string_view key, As as) const {
  if (object.nullish() || !object->is_object()) return Js();
  auto it = object->find(key);
  // CfnInclude leaves out members that are null.
  if (it == object->end() || it->is_null()) return Js();
  return coerce(resolve(&*it), as);
}

Js View::property(const json& resource, std::string_view name, As as) const {
  auto props = resource.find(std::string_view("Properties"));  // compared by length first, no strlen per key
  if (props == resource.end() || !props->is_object()) return Js();
  auto it = props->find(name);
  if (it == props->end() || it->is_null()) return Js();
  return coerce(resolve(&*it), as);
}

std::vector<Js> View::iterate(Js value, As elementAs) const {
  if (value.nullish()) typeError(fmt::format("{} is not iterable", value.undefined() ? "undefined" : "null"));
  std::vector<Js> out;
  if (value->is_array()) {
    out.reserve(value->size());
    for (const auto& element : *value) out.push_back(coerce(resolve(&element), elementAs));
    return out;
  }
  if (value->is_string()) {
    // Code points, as for...of walks a string.
    const std::string& s = value.str();
    for (std::size_t i = 0; i < s.size();) {
      std::size_t n = 1;
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0xF0) {
        n = 4;
      } else if (c >= 0xE0) {
        n = 3;
      } else if (c >= 0xC0) {
        n = 2;
      }
      out.push_back(keep(s.substr(i, n)));
      i += n;
    }
    return out;
  }
  typeError("object is not iterable");
}

std::optional<std::vector<Js>> View::rawList(Js value, As elementAs) const {
  if (value.undefined()) return std::vector<Js>{};
  if (value->is_array()) return iterate(value, elementAs);
  // aws-cdk-lib returns Fn::Split, Fn::GetAZs and Fn::Cidr as a list of one token (which resolves to the whole
  // intrinsic); Ref, Fn::GetAtt, Fn::If ... stay one object that is not a list.
  if (value->is_object() && value->size() == 1) {
    const std::string& key = value->begin().key();
    if (key == "Fn::Split" || key == "Fn::GetAZs" || key == "Fn::Cidr") return std::vector<Js>{value};
  }
  return std::nullopt;
}

Js View::resolveIfPrimitive(Js value) const {
  if (value.isObjectLike()) throw RuleFailure{{}, value.get()};
  return value;
}

std::string RuleFailure::message() const {
  if (!nonPrimitive) return text;
  Scratch scratch;
  return fmt::format(
      "The parameter resolved to to a non-primitive value \"{}\", therefore the rule could not be "
      "validated.",
      View(scratch).stringify(Js(nonPrimitive)));
}

Js View::resolveResourceFromIntrinsic(Js value) const {
  if (value.nullish() || !value->is_object()) return value;
  if (auto ref = value->find("Ref"); ref != value->end() && !ref->is_null()) return resolve(&*ref);
  if (auto getAtt = value->find("Fn::GetAtt"); getAtt != value->end() && getAtt->is_array() && !getAtt->empty()) {
    return resolve(&(*getAtt)[0]);
  }
  return value;
}

std::string View::stringify(Js value) const {
  if (value.undefined()) return "undefined";
  std::string out;
  stringifyTo(out, *value, scratch_);
  return out;
}

bool truthy(Js value) {
  if (value.nullish()) return false;
  const json& v = *value;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) {
    const double d = v.get<double>();
    return d != 0 && !std::isnan(d);
  }
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  return true;
}

bool looseEquals(Js value, double number) {
  if (value.nullish()) return false;
  return toNumber(value) == number;
}

bool looseEquals(Js value, std::string_view text) {
  if (value.nullish()) return false;
  const json& v = *value;
  if (v.is_string()) return v.get_ref<const std::string&>() == text;
  if (v.is_number() || v.is_boolean()) return toNumber(value) == toNumberFromString(text);
  return toJsString(value) == text;  // an object is compared as its primitive
}

bool looseEqualsBool(Js value, bool b) { return looseEquals(value, b ? 1.0 : 0.0); }

namespace {
/// Abstract relational comparison with a number: ToNumber on the value (NaN compares false).
double relationalOperand(Js value) {
  if (value.undefined()) return NAN;
  return toNumber(value);
}
}  // namespace

bool less(Js value, double number) { return relationalOperand(value) < number; }
bool lessOrEqual(Js value, double number) { return relationalOperand(value) <= number; }
bool greaterOrEqual(Js value, double number) { return relationalOperand(value) >= number; }

std::string toJsString(Js value) {
  if (value.undefined()) return "undefined";
  const json& v = *value;
  if (v.is_null()) return "null";
  if (v.is_string()) return v.get_ref<const std::string&>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number()) return numberToString(v);
  if (v.is_array()) {
    std::string out;
    bool first = true;
    for (const auto& element : v) {
      if (!first) out += ',';
      first = false;
      if (!element.is_null()) out += toJsString(Js(&element));
    }
    return out;
  }
  return "[object Object]";
}

std::string toLowerCase(Js value) {
  if (!value.isString()) typeError("toLowerCase is not a function");
  std::string out = value.str();
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool includes(Js value, std::string_view text) {
  if (value.nullish()) typeError("Cannot read properties of undefined (reading 'includes')");
  if (value.isString()) return value.str().find(text) != std::string::npos;
  if (value.isArray()) {
    for (const auto& element : *value) {
      if (element.is_string() && element.get_ref<const std::string&>() == text) return true;
    }
    return false;
  }
  typeError("includes is not a function");
}

std::optional<double> length(Js value) {
  if (value.nullish()) typeError("Cannot read properties of undefined (reading 'length')");
  if (value.isArray()) return static_cast<double>(value->size());
  if (value.isString()) {
    // UTF-16 code units.
    double n = 0;
    for (unsigned char c : value.str()) {
      if ((c & 0xC0) != 0x80) n += c >= 0xF0 ? 2 : 1;
    }
    return n;
  }
  return std::nullopt;
}

bool startsWith(Js value, std::string_view prefix) {
  if (!value.isString()) typeError("startsWith is not a function");
  return value.str().starts_with(prefix);
}

bool endsWith(Js value, Js suffix) {
  if (!value.isString()) typeError("endsWith is not a function");
  return value.str().ends_with(toJsString(suffix));
}

bool strictEqualsString(Js value, Js other) {
  if (value.undefined() || other.undefined()) return value.undefined() && other.undefined();
  if (value->is_string() && other->is_string()) return value.str() == other.str();
  if (value->is_null() && other->is_null()) return true;
  if (value->is_boolean() && other->is_boolean()) return value->get<bool>() == other->get<bool>();
  if (value->is_number() && other->is_number()) return value->get<double>() == other->get<double>();
  return false;
}

std::string flattenCfnReference(const View& view, Js value) {
  // cdk-nag tests for the functions by the truthiness of their member, in this order.
  const auto visit = [&view](const auto& self, Js node) -> std::string {
    if (node.undefined()) return "";
    if (node.isString()) {
      std::string out;
      for (std::size_t i = 0; i < node.str().size(); ++i) {
        const char c = node.str()[i];
        if (c == '$' && i + 1 < node.str().size() && node.str()[i + 1] == '{') {
          out += '<';
          ++i;
        } else if (c == '}') {
          out += '>';
        } else {
          out += c;
        }
      }
      return out;
    }
    const auto fn = [&](std::string_view key) { return truthy(view.optionalMember(node, key)); };
    if (fn("Fn::Join")) {
      Js args = view.optionalMember(node, "Fn::Join");
      const std::string delimiter = toJsString(view.resolve(&(*args)[0]));
      std::string out;
      bool first = true;
      for (Js item : view.iterate(view.resolve(&(*args)[1]))) {
        if (!first) out += delimiter;
        first = false;
        out += self(self, item);
      }
      return out;
    }
    if (fn("Fn::Sub")) return self(self, view.optionalMember(node, "Fn::Sub"));
    if (fn("Fn::GetAtt")) {
      Js args = view.optionalMember(node, "Fn::GetAtt");
      Js resource = args.isArray() && !args->empty() ? view.resolve(&(*args)[0]) : Js();
      Js attribute = args.isArray() && args->size() > 1 ? view.resolve(&(*args)[1]) : Js();
      return "<" + self(self, resource) + "." + self(self, attribute) + ">";
    }
    if (fn("Fn::ImportValue")) return self(self, view.optionalMember(node, "Fn::ImportValue"));
    if (fn("Ref")) return "<" + self(self, view.optionalMember(node, "Ref")) + ">";
    return view.stringify(node);
  };
  return visit(visit, value);
}

namespace {

struct CodeDeleter {
  void operator()(pcre2_code* code) const noexcept { pcre2_code_free(code); }
};
using Code = std::unique_ptr<pcre2_code, CodeDeleter>;

/// A pattern compiled as JavaScript reads it: `$` only at the end (no multiline), no UTF (bytes; the patterns
/// only test for matches).
std::shared_ptr<const Code> compile(std::string_view pattern) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  Code code(pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), PCRE2_DOLLAR_ENDONLY, &error,
                          &offset, nullptr));
  if (!code) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw RuleFailure{fmt::format("SyntaxError: Invalid regular expression: /{}/: {}", pattern,
                                  reinterpret_cast<const char*>(message))};
  }
  // Compiled to machine code where PCRE2 can (the policy expressions backtrack over whole documents); the
  // interpreter matches the same where it cannot.
  pcre2_jit_compile(code.get(), PCRE2_JIT_COMPLETE);
  return std::make_shared<const Code>(std::move(code));
}

}  // namespace

bool needsJsonEscapes(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return c == '"' || c == '\\' || byte < 0x20 || byte >= 0x80;
  });
}

void appendJsonString(std::string& out, std::string_view text) {
  // Most strings of a template (logical IDs, names, ARNs, actions) need no escaping: copied as they are. Others are
  // escaped as nlohmann::json escapes them (as JSON.stringify does), which also refuses text that is not UTF-8.
  if (needsJsonEscapes(text)) {
    out += json(std::string(text)).dump();
    return;
  }
  out += '"';
  out.append(text);
  out += '"';
}

bool regexSearch(std::string_view pattern, std::string_view text) {
  // The patterns are built from a few templates and the logical IDs and names of a template: keep them compiled,
  // found by the pattern's text without making a string of it.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>()(s); }
  };
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const Code>, Hash, std::equal_to<>> cache;
  std::shared_ptr<const Code> code;
  {
    std::lock_guard lock(mutex);
    auto it = cache.find(pattern);
    if (it == cache.end()) {
      if (cache.size() > 4096) cache.clear();
      it = cache.emplace(std::string(pattern), compile(pattern)).first;
    }
    code = it->second;
  }
  // One ovector pair tells whether it matched; per thread, so that concurrent Apps do not share it.
  thread_local std::unique_ptr<pcre2_match_data, void (*)(pcre2_match_data*)> match(pcre2_match_data_create(1, nullptr),
                                                                                    pcre2_match_data_free);
  const int rc =
      pcre2_match(code->get(), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, match.get(), nullptr);
  if (rc >= 0) return true;
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  // A match limit reached (JavaScript would keep backtracking): cdk-nag would not decide in useful time either.
  throw RuleFailure{fmt::format("regular expression /{}/ could not be matched (PCRE2 error {})", pattern, rc)};
}

}  // namespace cdk::compliance::detail
