// A length of time (aws-cdk-lib's Duration), converted exactly or with a clear error.
#pragma once

#include <cstdint>
#include <string>

#include "cdk/core/export.hpp"

namespace cdk {

class CDKPP_API Duration {
 public:
  static Duration millis(std::int64_t amount) { return Duration(amount); }
  static Duration seconds(std::int64_t amount) { return Duration(amount * 1000); }
  static Duration minutes(std::int64_t amount) { return Duration(amount * 60'000); }
  static Duration hours(std::int64_t amount) { return Duration(amount * 3'600'000); }
  static Duration days(std::int64_t amount) { return Duration(amount * 86'400'000); }

  std::int64_t toMilliseconds() const noexcept { return millis_; }
  /// Throws cdk::Error when the duration is not a whole number of the unit.
  std::int64_t toSeconds() const;
  std::int64_t toMinutes() const;
  std::int64_t toHours() const;
  std::int64_t toDays() const;
  /// "5 minutes", "1 hour 30 minutes".
  std::string toHumanString() const;

  friend bool operator==(const Duration&, const Duration&) = default;
  friend auto operator<=>(const Duration&, const Duration&) = default;

 private:
  explicit Duration(std::int64_t millis) : millis_(millis) {}
  std::int64_t millis_;
};

}  // namespace cdk
