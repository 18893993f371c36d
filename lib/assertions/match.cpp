#include "cdk/assertions/match.hpp"

#include <regex>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk::assertions {
namespace {

using json = nlohmann::ordered_json;

std::string show(const json& v) {
  std::string text = v.dump(-1, ' ', false, json::error_handler_t::replace);
  return text.size() > 120 ? text.substr(0, 117) + "..." : text;
}

const Matcher* asMatcher(const Value& v) {
  return v.isToken() ? dynamic_cast<const Matcher*>(v.asToken().get()) : nullptr;
}

bool scalarEquals(const Value& pattern, const json& actual) {
  switch (pattern.kind()) {
    case Value::Kind::Null: return actual.is_null();
    case Value::Kind::Boolean: return actual.is_boolean() && actual.get<bool>() == pattern.asBool();
    case Value::Kind::Integer:
    case Value::Kind::Number: return actual.is_number() && actual.get<double>() == pattern.asNumber();
    case Value::Kind::String: return actual.is_string() && actual.get_ref<const std::string&>() == pattern.asString();
    default: return false;
  }
}

class AbsentMatcher final : public Matcher {
 public:
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    r.fail(path, fmt::format("expected nothing here but found {}", show(actual)));
    return r;
  }
  std::string toString() const override { return "Match.absent()"; }
};

MatchResult matchWith(const Value& pattern, const json& actual, const std::string& path, bool partialObjects);

class ObjectMatcher final : public Matcher {
 public:
  ObjectMatcher(Value::Map pattern, bool partial) : pattern_(std::move(pattern)), partial_(partial) {}
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    if (!actual.is_object()) {
      r.fail(path, fmt::format("expected an object but found {}", show(actual)));
      return r;
    }
    for (const auto& [key, expected] : pattern_) {
      const std::string childPath = path + "/" + key;
      auto it = actual.find(key);
      const bool absentWanted = dynamic_cast<const AbsentMatcher*>(asMatcher(expected)) != nullptr;
      if (it == actual.end()) {
        if (!absentWanted) r.fail(childPath, "missing key");
        continue;
      }
      r.merge(matchWith(expected, *it, childPath, partial_));
    }
    if (!partial_) {
      for (const auto& [key, value] : actual.items()) {
        bool known = false;
        for (const auto& [k, v] : pattern_) known = known || k == key;
        if (!known) r.fail(path + "/" + key, fmt::format("unexpected key with value {}", show(value)));
      }
    }
    return r;
  }
  std::string toString() const override { return partial_ ? "Match.objectLike(...)" : "Match.objectEquals(...)"; }

 private:
  Value::Map pattern_;
  bool partial_;
};

class ArrayMatcher final : public Matcher {
 public:
  ArrayMatcher(Value::List pattern, bool subsequence, bool partialObjects)
      : pattern_(std::move(pattern)), subsequence_(subsequence), partialObjects_(partialObjects) {}
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    if (!actual.is_array()) {
      r.fail(path, fmt::format("expected a list but found {}", show(actual)));
      return r;
    }
    if (!subsequence_) {
      if (actual.size() != pattern_.size()) {
        r.fail(path, fmt::format("expected a list of {} items but found {}: {}", pattern_.size(), actual.size(),
                                 show(actual)));
        return r;
      }
      for (std::size_t i = 0; i < pattern_.size(); ++i) {
        r.merge(matchWith(pattern_[i], actual[i], fmt::format("{}/{}", path, i), partialObjects_));
      }
      return r;
    }
    // arrayWith: the pattern's items, in order, each matched by some later item of the list.
    std::size_t next = 0;
    for (std::size_t p = 0; p < pattern_.size(); ++p) {
      bool found = false;
      while (next < actual.size() && !found) {
        found = matchWith(pattern_[p], actual[next], path, true).ok();
        ++next;
      }
      if (!found) {
        r.fail(path,
               fmt::format("no item (after those matched before) matches pattern item {} in {}", p, show(actual)));
        return r;
      }
    }
    return r;
  }
  std::string toString() const override { return subsequence_ ? "Match.arrayWith(...)" : "Match.arrayEquals(...)"; }

 private:
  Value::List pattern_;
  bool subsequence_;
  bool partialObjects_;
};

class ExactMatcher final : public Matcher {
 public:
  explicit ExactMatcher(Value pattern) : pattern_(std::move(pattern)) {}
  MatchResult test(const json& actual, const std::string& path) const override {
    return matchWith(pattern_, actual, path, false);
  }
  std::string toString() const override { return "Match.exact(...)"; }

 private:
  Value pattern_;
};

class AnyMatcher final : public Matcher {
 public:
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    if (actual.is_null()) r.fail(path, "expected a value but found null");
    return r;
  }
  std::string toString() const override { return "Match.anyValue()"; }
};

class NotMatcher final : public Matcher {
 public:
  explicit NotMatcher(Value pattern) : pattern_(std::move(pattern)) {}
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    if (matchWith(pattern_, actual, path, true).ok()) {
      r.fail(path, fmt::format("found {}, which the pattern given to Match.not_ matches", show(actual)));
    }
    return r;
  }
  std::string toString() const override { return "Match.not_(...)"; }

 private:
  Value pattern_;
};

class RegexMatcher final : public Matcher {
 public:
  explicit RegexMatcher(std::string pattern) : source_(std::move(pattern)) {
    try {
      regex_ = std::regex(source_, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      throw Error(
          fmt::format("Match::stringLikeRegexp: '{}' is not a valid regular expression: {}", source_, e.what()));
    }
  }
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    if (!actual.is_string()) {
      r.fail(path, fmt::format("expected a string matching /{}/ but found {}", source_, show(actual)));
    } else if (!std::regex_search(actual.get_ref<const std::string&>(), regex_)) {
      r.fail(path, fmt::format("'{}' does not match /{}/", actual.get<std::string>(), source_));
    }
    return r;
  }
  std::string toString() const override { return "Match.stringLikeRegexp(" + source_ + ")"; }

 private:
  std::string source_;
  std::regex regex_;
};

class SerializedJsonMatcher final : public Matcher {
 public:
  explicit SerializedJsonMatcher(Value pattern) : pattern_(std::move(pattern)) {}
  MatchResult test(const json& actual, const std::string& path) const override {
    MatchResult r;
    if (!actual.is_string()) {
      r.fail(path, fmt::format("expected a JSON string but found {}", show(actual)));
      return r;
    }
    json parsed;
    try {
      parsed = json::parse(actual.get<std::string>());
    } catch (const json::exception&) {
      r.fail(path, fmt::format("'{}' is not valid JSON", actual.get<std::string>()));
      return r;
    }
    return matchWith(pattern_, parsed, path + "(json)", false);
  }
  std::string toString() const override { return "Match.serializedJson(...)"; }

 private:
  Value pattern_;
};

MatchResult matchWith(const Value& pattern, const json& actual, const std::string& path, bool partialObjects) {
  if (const Matcher* m = asMatcher(pattern)) return m->test(actual, path);
  if (pattern.isToken()) {
    MatchResult r;
    r.fail(path, fmt::format("the pattern holds an unresolved token ({}); patterns are compared with rendered "
                             "templates, so write the rendered form (e.g. {{\"Ref\": \"LogicalId\"}})",
                             pattern.toString()));
    return r;
  }
  if (pattern.isMap()) return ObjectMatcher(pattern.asMap(), partialObjects).test(actual, path);
  if (pattern.isList()) return ArrayMatcher(pattern.asList(), false, partialObjects).test(actual, path);
  MatchResult r;
  if (!scalarEquals(pattern, actual)) {
    r.fail(path, fmt::format("expected {} but found {}",
                             pattern.isString() ? "'" + pattern.asString() + "'" : pattern.toString(), show(actual)));
  }
  return r;
}

Value wrap(std::shared_ptr<Matcher> matcher) { return Value(Value::Token(std::move(matcher))); }

}  // namespace

std::string MatchResult::toString() const {
  std::string out;
  for (const auto& f : failures_) out += fmt::format("\n    at {}: {}", f.path.empty() ? "/" : f.path, f.message);
  return out;
}

nlohmann::ordered_json Matcher::resolve(ResolveContext& context) const {
  throw Error(fmt::format("{}: {} is an assertion pattern and cannot be rendered into a template", context.location(),
                          toString()));
}

Value Match::objectLike(Value::Map pattern) { return wrap(std::make_shared<ObjectMatcher>(std::move(pattern), true)); }
Value Match::objectEquals(Value::Map pattern) {
  return wrap(std::make_shared<ObjectMatcher>(std::move(pattern), false));
}
Value Match::arrayWith(Value::List pattern) {
  return wrap(std::make_shared<ArrayMatcher>(std::move(pattern), true, true));
}
Value Match::arrayEquals(Value::List pattern) {
  return wrap(std::make_shared<ArrayMatcher>(std::move(pattern), false, true));
}
Value Match::exact(Value pattern) { return wrap(std::make_shared<ExactMatcher>(std::move(pattern))); }
Value Match::absent() { return wrap(std::make_shared<AbsentMatcher>()); }
Value Match::anyValue() { return wrap(std::make_shared<AnyMatcher>()); }
Value Match::not_(Value pattern) { return wrap(std::make_shared<NotMatcher>(std::move(pattern))); }
Value Match::stringLikeRegexp(std::string_view pattern) {
  return wrap(std::make_shared<RegexMatcher>(std::string(pattern)));
}
Value Match::serializedJson(Value pattern) { return wrap(std::make_shared<SerializedJsonMatcher>(std::move(pattern))); }

MatchResult matchValue(const Value& pattern, const nlohmann::ordered_json& actual, const std::string& path) {
  return matchWith(pattern, actual, path, true);
}

}  // namespace cdk::assertions
