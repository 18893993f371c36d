#include "core/digest.hpp"

// The one-shot MD5() and the SHA256_Init/Update/Final functions of OpenSSL's low-level API are deprecated in
// OpenSSL 3 in favour of EVP, but EVP costs each process a provider and configuration set-up of about five million
// instructions (two milliseconds, a fifth of a whole synthesis of the main sample) before the first digest; these
// compute the digest directly. Both give the same bytes; the tests pin them against aws-cdk-lib's logical IDs and
// template hashes.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/md5.h>
#include <openssl/sha.h>

namespace cdk::detail {

Md5Digest md5(std::string_view text) {
  static_assert(MD5_DIGEST_LENGTH == std::tuple_size_v<Md5Digest>);
  Md5Digest digest{};
  MD5(reinterpret_cast<const unsigned char*>(text.data()), text.size(), digest.data());
  return digest;
}

namespace {

template <std::size_t N>
std::string hexOf(const std::array<unsigned char, N>& digest, bool upperCase) {
  // Two digits a byte from a table: a fmt::format_to per byte parsed its format string 16 times a digest,
  // 8,000 instructions, 4 % of a three-stack sample (one digest per logical ID).
  const char* digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string hex(2 * digest.size(), '0');
  for (std::size_t i = 0; i < digest.size(); ++i) {
    hex[2 * i] = digits[digest[i] >> 4];
    hex[2 * i + 1] = digits[digest[i] & 0x0F];
  }
  return hex;
}

}  // namespace

std::string md5Hex(std::string_view text, bool upperCase) { return hexOf(md5(text), upperCase); }

std::string sha256Hex(std::string_view text) {
  // Not the one-shot SHA256(): in OpenSSL 3 it goes through EVP_Q_digest, which fetches a provider on each call
  // (18 M instructions, 14 % of a three-stack sample that hashes its templates for the asset manifest).
  return Sha256().update(text).hexDigest();
}

Sha256::Sha256() {
  static_assert(sizeof(SHA256_CTX) <= sizeof(context_));
  SHA256_Init(reinterpret_cast<SHA256_CTX*>(context_.data()));
}

Sha256& Sha256::update(std::string_view bytes) {
  SHA256_Update(reinterpret_cast<SHA256_CTX*>(context_.data()), bytes.data(), bytes.size());
  return *this;
}

std::string Sha256::hexDigest() {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256_Final(digest.data(), reinterpret_cast<SHA256_CTX*>(context_.data()));
  return hexOf(digest, false);
}

}  // namespace cdk::detail
