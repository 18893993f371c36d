#include "cdk/core/duration.hpp"

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk {
namespace {

std::int64_t exactly(std::int64_t millis, std::int64_t unit, const char* name) {
  if (millis % unit != 0) {
    throw Error(fmt::format("{} ms is not a whole number of {}; use a duration that is", millis, name));
  }
  return millis / unit;
}

}  // namespace

std::int64_t Duration::toSeconds() const { return exactly(millis_, 1000, "seconds"); }
std::int64_t Duration::toMinutes() const { return exactly(millis_, 60'000, "minutes"); }
std::int64_t Duration::toHours() const { return exactly(millis_, 3'600'000, "hours"); }
std::int64_t Duration::toDays() const { return exactly(millis_, 86'400'000, "days"); }

std::string Duration::toHumanString() const {
  if (millis_ == 0) return "0 seconds";
  struct Unit {
    std::int64_t size;
    const char* one;
    const char* many;
  };
  static constexpr Unit kUnits[] = {{86'400'000, "day", "days"},
                                    {3'600'000, "hour", "hours"},
                                    {60'000, "minute", "minutes"},
                                    {1000, "second", "seconds"},
                                    {1, "millisecond", "milliseconds"}};
  std::string out;
  std::int64_t rest = millis_;
  for (const auto& u : kUnits) {
    const std::int64_t n = rest / u.size;
    if (n == 0) continue;
    rest -= n * u.size;
    if (!out.empty()) out += ' ';
    out += fmt::format("{} {}", n, n == 1 ? u.one : u.many);
  }
  return out;
}

}  // namespace cdk
