// The names of enum members as CloudFormation or aws-cdk-lib write them, kept in one table per enum:
//
//   constexpr auto kSubnetTypeNames = cdk::enumNames<SubnetType>({
//       {SubnetType::PRIVATE_ISOLATED, "Isolated"},
//       {SubnetType::PUBLIC, "Public"},
//   });
//   std::string_view toString(SubnetType type) noexcept { return cdk::nameOf(kSubnetTypeNames, type); }
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace cdk {

/// One member of an enum and its name.
template <class E>
  requires std::is_enum_v<E>
struct EnumName {
  E value;
  std::string_view name;
};

/// The table of an enum's names, checked at compile time: each member appears at most once and every name
/// is non-empty (a member listed twice or a name left out does not compile).
template <class E, std::size_t N>
consteval std::array<EnumName<E>, N> enumNames(const EnumName<E> (&entries)[N]) {
  std::array<EnumName<E>, N> table{};
  for (std::size_t i = 0; i < N; ++i) {
    if (entries[i].name.empty()) throw "enumNames: every member needs a name";
    for (std::size_t j = 0; j < i; ++j) {
      if (entries[j].value == entries[i].value) throw "enumNames: a member is listed twice";
    }
    table[i] = entries[i];
  }
  return table;
}

/// The name of `value` in `table`; "" for a value the table does not list (a value cast from an integer).
template <class E, std::size_t N>
constexpr std::string_view nameOf(const std::array<EnumName<E>, N>& table, E value) noexcept {
  for (const auto& entry : table) {
    if (entry.value == value) return entry.name;
  }
  return {};
}

/// The member named `name` in `table` (the first, when aliases share a name); nullopt when none is.
template <class E, std::size_t N>
constexpr std::optional<E> valueOf(const std::array<EnumName<E>, N>& table, std::string_view name) noexcept {
  for (const auto& entry : table) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

}  // namespace cdk
