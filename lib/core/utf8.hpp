// UTF-8 checks: templates, manifests and tree.json are UTF-8 JSON, so every text cdkpp writes must be.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace cdk::detail {

/// The index of the first byte that breaks UTF-8 in `s` (overlong forms and surrogates included), or npos.
std::size_t invalidUtf8At(std::string_view s);

/// Where in `value` the first key or string that is not UTF-8 is, as a path such as
/// "Properties/Tags/0/Value" (a key's own path names the key), or nothing when every text in it is UTF-8.
/// For an error message after JSON refused to write the value: it walks the whole value.
std::optional<std::string> invalidUtf8Path(const nlohmann::ordered_json& value);

}  // namespace cdk::detail
