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

/// `bytes` decoded as UTF-8 and encoded again, as Node's Buffer.toString() and Buffer.from() do: each maximal
/// ill-formed subsequence (WHATWG's UTF-8 decoder) becomes U+FFFD. aws-cdk-lib's file fingerprint hashes text so.
std::string withUtf8Replacements(std::string_view bytes);

/// Where in `value` the first key or string that is not UTF-8 is, as a path such as
/// "Properties/Tags/0/Value" (a key's own path names the key), or nothing when every text in it is UTF-8.
/// For an error message after JSON refused to write the value: it walks the whole value.
std::optional<std::string> invalidUtf8Path(const nlohmann::ordered_json& value);

}  // namespace cdk::detail
