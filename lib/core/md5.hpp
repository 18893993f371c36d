// MD5 digests, as aws-cdk-lib uses them for logical-ID hashes and a few names. Internal to the library.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace cdk::detail {

using Md5Digest = std::array<unsigned char, 16>;

/// The MD5 digest of `text`.
Md5Digest md5(std::string_view text);

/// The MD5 digest of `text` in hex, lower case (aws-cdk-lib's md5hash) or upper case.
std::string md5Hex(std::string_view text, bool upperCase = false);

}  // namespace cdk::detail
