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

/// A SHA-256 digest fed piece by piece (a file read in chunks, aws-cdk-lib's fingerprint fields).
class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view bytes);
  /// The digest in lower-case hex; the object is spent after this.
  std::string hexDigest();

 private:
  // OpenSSL's SHA256_CTX, kept opaque so that this header does not include OpenSSL's.
  alignas(8) std::array<unsigned char, 112> context_{};
};

}  // namespace cdk::detail
