#include "cdk/elasticloadbalancingv2/listener_condition.hpp"

#include "cdk/core/errors.hpp"

namespace cdk::elasticloadbalancingv2 {
namespace {
Value stringList(const std::vector<std::string>& values) {
  Value::List list;
  for (const auto& v : values) list.emplace_back(v);
  return Value(std::move(list));
}
}  // namespace

ListenerCondition ListenerCondition::hostHeaders(std::vector<std::string> values) {
  return ListenerCondition("host-header", std::move(values));
}

ListenerCondition ListenerCondition::httpHeader(std::string name, std::vector<std::string> values) {
  ListenerCondition condition("http-header", std::move(values));
  condition.httpHeaderName_ = std::move(name);
  return condition;
}

ListenerCondition ListenerCondition::httpRequestMethods(std::vector<std::string> values) {
  return ListenerCondition("http-request-method", std::move(values));
}

ListenerCondition ListenerCondition::pathPatterns(std::vector<std::string> values) {
  if (values.size() > 5) throw Error("A rule can only have '5' condition values");
  return ListenerCondition("path-pattern", std::move(values));
}

ListenerCondition ListenerCondition::queryStrings(std::vector<QueryStringCondition> values) {
  ListenerCondition condition("query-string", {});
  condition.queryStringValues_ = std::move(values);
  return condition;
}

ListenerCondition ListenerCondition::sourceIps(std::vector<std::string> values) {
  return ListenerCondition("source-ip", std::move(values));
}

Value ListenerCondition::renderRawCondition() const {
  Value::Map m;
  m.emplace_back("Field", field_);
  if (field_ == "host-header") {
    m.emplace_back("HostHeaderConfig", Value::map({{"Values", stringList(values_)}}));
  } else if (field_ == "http-header") {
    m.emplace_back("HttpHeaderConfig",
                   Value::map({{"HttpHeaderName", httpHeaderName_}, {"Values", stringList(values_)}}));
  } else if (field_ == "http-request-method") {
    m.emplace_back("HttpRequestMethodConfig", Value::map({{"Values", stringList(values_)}}));
  } else if (field_ == "path-pattern") {
    m.emplace_back("PathPatternConfig", Value::map({{"Values", stringList(values_)}}));
  } else if (field_ == "query-string") {
    Value::List pairs;
    for (const auto& q : queryStringValues_) {
      Value::Map pair;
      if (!q.key.empty()) pair.emplace_back("Key", q.key);
      pair.emplace_back("Value", q.value);
      pairs.emplace_back(std::move(pair));
    }
    m.emplace_back("QueryStringConfig", Value::map({{"Values", Value(std::move(pairs))}}));
  } else if (field_ == "source-ip") {
    m.emplace_back("SourceIpConfig", Value::map({{"Values", stringList(values_)}}));
  }
  return Value(std::move(m));
}

}  // namespace cdk::elasticloadbalancingv2
