#include "cdk/core/file_system.hpp"

#include <array>
#include <fstream>

#include <fmt/format.h>

#include "../digest.hpp"
#include "../utf8.hpp"
#include "cdk/core/errors.hpp"
#include "ignore.hpp"

namespace cdk {
namespace fs = std::filesystem;
namespace {

// aws-cdk-lib frames each field of the fingerprint with these control characters.
constexpr std::string_view kFieldStart = "\x01";
constexpr std::string_view kValueStart = "\x02";
constexpr std::string_view kFieldEnd = "\x03";

void hashField(detail::Sha256& hash, std::string_view header, std::string_view value) {
  hash.update(kFieldStart).update(header).update(kValueStart).update(value).update(kFieldEnd);
}

std::string_view followName(SymlinkFollowMode mode) {
  switch (mode) {
    case SymlinkFollowMode::NEVER: return "never";
    case SymlinkFollowMode::ALWAYS: return "always";
    case SymlinkFollowMode::EXTERNAL: return "external";
    case SymlinkFollowMode::BLOCK_EXTERNAL: return "internal-only";
  }
  return "external";
}

void replaceCrLf(std::string& text) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    text[out++] = text[i];
  }
  text.resize(out);
}

/// "<size>:<sha256>" of a file's contents as aws-cdk-lib's contentFingerprint reads them: in chunks of 8 KiB; a
/// file whose first chunk has a NUL byte is binary and hashed as it is; in a text file CRLF becomes LF, and a chunk
/// that ends with CR waits for the next one so that a CRLF across chunks is seen. Each text chunk is decoded as
/// UTF-8 on its own, as Node decodes it: invalid bytes, and a character split between two chunks, hash as U+FFFD.
std::string contentFingerprint(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(fmt::format("cannot read '{}' of an asset", file.string()));
  detail::Sha256 hash;
  std::array<char, 8 * 1024> buffer{};
  std::uintmax_t size = 0;
  bool binary = false;
  std::string pending;  // text chunks that end with CR
  while (true) {
    in.read(buffer.data(), buffer.size());
    const auto read = static_cast<std::size_t>(in.gcount());
    if (read == 0) break;
    const std::string_view chunk(buffer.data(), read);
    if (size == 0) binary = chunk.find('\0') != std::string_view::npos;
    if (binary) {
      size += read;
      hash.update(chunk);
      continue;
    }
    const std::string text = detail::withUtf8Replacements(chunk);
    if (text.back() == '\r') {
      pending.append(text);
      continue;
    }
    std::string data = std::move(pending);
    pending.clear();
    data.append(text);
    replaceCrLf(data);
    size += data.size();
    hash.update(data);
  }
  if (in.bad()) throw Error(fmt::format("cannot read '{}' of an asset", file.string()));
  // As aws-cdk-lib: hashed as read, and not counted in the size.
  if (!pending.empty()) hash.update(pending);
  return fmt::format("{}:{}", size, hash.hexDigest());
}

}  // namespace

std::string FileSystem::fingerprint(const std::string& fileOrDirectory, const FingerprintOptions& options) {
  detail::Sha256 hash;
  hashField(hash, "options.extra", options.extraHash.value_or(""));
  const SymlinkFollowMode follow = options.follow.value_or(SymlinkFollowMode::EXTERNAL);
  hashField(hash, "options.follow", followName(follow));
  std::error_code ec;
  const fs::path root = fs::canonical(fileOrDirectory, ec);
  if (ec) throw Error(fmt::format("cannot fingerprint '{}': {}", fileOrDirectory, ec.message()));
  // The default mode is not hashed, so that the hashes of aws-cdk-lib's first versions stay.
  if (options.ignoreMode.value_or(IgnoreMode::GLOB) == IgnoreMode::DOCKER)
    hashField(hash, "options.ignoreMode", "docker");
  const auto ignore = detail::IgnoreStrategy::fromCopyOptions(options, root);
  const auto hashKey = [&](const fs::path& symbolicPath) {
    return symbolicPath.lexically_relative(root).generic_string();
  };
  if (!fs::is_directory(root)) {
    // A file's key is its path relative to itself: empty.
    hashField(hash, "file:", contentFingerprint(root));
    return hash.hexDigest();
  }
  detail::walkDirectory(root, follow, *ignore,
                        {.onFile =
                             [&](const detail::WalkEntry& entry) {
                               hashField(hash, "file:" + hashKey(entry.path), contentFingerprint(entry.realPath));
                             },
                         .onSymlink =
                             [&](const detail::WalkEntry& entry) {
                               // A link inside the folder written as an absolute path is hashed relative to the
                               // folder, so that the folder's location does not change the hash.
                               const bool absolute = fs::path(entry.linkTarget).is_absolute();
                               hashField(
                                   hash, "link:" + hashKey(entry.path),
                                   entry.internal && absolute ? hashKey(entry.resolvedLinkTarget) : entry.linkTarget);
                             }});
  return hash.hexDigest();
}

void FileSystem::copyDirectory(const std::string& sourceDirectory, const std::string& destinationDirectory,
                               const CopyOptions& options) {
  const fs::path source = fs::absolute(sourceDirectory).lexically_normal();
  const fs::path destination = fs::absolute(destinationDirectory).lexically_normal();
  std::error_code ec;
  if (!fs::is_directory(source, ec)) throw Error(fmt::format("{} is not a directory", source.string()));
  const SymlinkFollowMode follow = options.follow.value_or(SymlinkFollowMode::EXTERNAL);
  const auto ignore = detail::IgnoreStrategy::fromCopyOptions(options, source);
  const fs::path canonicalSource = fs::canonical(source);
  const auto destinationOf = [&](const fs::path& path) { return destination / path.lexically_relative(source); };
  const auto fail = [](const fs::path& path, const std::error_code& error) {
    throw Error(fmt::format("cannot copy '{}' of an asset: {}", path.string(), error.message()));
  };
  fs::create_directories(destination, ec);
  if (ec) fail(destination, ec);
  detail::walkDirectory(source, follow, *ignore,
                        {.onDirectory =
                             [&](const detail::WalkEntry& entry, bool ignored) {
                               if (ignored) return;
                               fs::create_directories(destinationOf(entry.path), ec);
                               if (ec) fail(entry.path, ec);
                             },
                         .onFile =
                             [&](const detail::WalkEntry& entry) {
                               const fs::path to = destinationOf(entry.path);
                               fs::create_directories(to.parent_path(), ec);
                               fs::copy_file(entry.realPath, to, fs::copy_options::overwrite_existing, ec);
                               if (ec) fail(entry.path, ec);
                             },
                         .onSymlink =
                             [&](const detail::WalkEntry& entry) {
                               if (follow == SymlinkFollowMode::BLOCK_EXTERNAL && !entry.internal) {
                                 throw Error(fmt::format(
                                     "the file {} is an external symbolic link, which follow mode BLOCK_EXTERNAL "
                                     "forbids; set follow to ALWAYS or EXTERNAL, or make it a regular file",
                                     entry.resolvedLinkTarget.string()));
                               }
                               const fs::path to = destinationOf(entry.path);
                               fs::create_directories(to.parent_path(), ec);
                               // A link inside the folder points at the copy; one outside keeps its text.
                               fs::path text = entry.linkTarget;
                               if (entry.internal) {
                                 const fs::path copiedTarget =
                                     destination / entry.resolvedLinkTarget.lexically_relative(canonicalSource);
                                 text = copiedTarget.lexically_relative(to.parent_path());
                                 if (text.empty()) text = ".";
                               }
                               fs::create_symlink(text, to, ec);
                               if (ec) fail(entry.path, ec);
                             }});
}

}  // namespace cdk
