// Digests as aws-cdk-lib computes them: MD5 for logical-ID hashes and a few names, SHA-256 for the hashes of
// assets (a stack template's file asset). Internal to the library.
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

/// The SHA-256 digest of `text` in lower-case hex (aws-cdk-lib's contentHash).
std::string sha256Hex(std::string_view text);

}  // namespace cdk::detail
