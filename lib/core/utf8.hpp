// UTF-8 checks: templates, manifests and tree.json are UTF-8 JSON, so every text cdkpp writes must be.
#pragma once

#include <cstddef>
#include <string_view>

namespace cdk::detail {

/// The index of the first byte that breaks UTF-8 in `s` (overlong forms and surrogates included), or npos.
std::size_t invalidUtf8At(std::string_view s);

}  // namespace cdk::detail
