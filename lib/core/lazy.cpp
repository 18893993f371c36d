#include "cdk/core/lazy.hpp"

#include "intrinsics.hpp"

namespace cdk {

Value Lazy::any(std::function<Value()> producer, LazyAnyValueOptions options) {
  return Value(std::make_shared<detail::LazyValue>(std::move(producer), options.omitEmptyArray));
}

Value Lazy::string(std::function<std::string()> producer) {
  return any([producer = std::move(producer)] { return Value(producer()); });
}

Value Lazy::number(std::function<double()> producer) {
  return any([producer = std::move(producer)] { return Value(producer()); });
}

Value Lazy::list(std::function<std::vector<std::string>()> producer, LazyListValueOptions options) {
  return Value(std::make_shared<detail::LazyValue>(
      [producer = std::move(producer)] {
        Value::List items;
        for (auto& item : producer()) items.emplace_back(std::move(item));
        return Value(std::move(items));
      },
      options.omitEmpty, /*list=*/true));
}

}  // namespace cdk
