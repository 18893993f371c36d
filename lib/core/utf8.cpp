#include "utf8.hpp"

#include <cstdint>
#include <string_view>

namespace cdk::detail {

/// Returns the index of the first byte that breaks UTF-8, or npos.
std::size_t invalidUtf8At(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

namespace {

std::string joined(const std::string& path, std::string_view step) {
  return path.empty() ? std::string(step) : path + "/" + std::string(step);
}

bool findInvalid(const nlohmann::ordered_json& value, const std::string& path, std::string& found) {
  if (value.is_string()) {
    if (invalidUtf8At(value.get_ref<const std::string&>()) == std::string_view::npos) return false;
    found = path;
    return true;
  }
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      if (invalidUtf8At(key) != std::string_view::npos) {
        found = joined(path, "(a key)");
        return true;
      }
      if (findInvalid(item, joined(path, key), found)) return true;
    }
  } else if (value.is_array()) {
    std::size_t index = 0;
    for (const auto& item : value) {
      if (findInvalid(item, joined(path, std::to_string(index++)), found)) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> invalidUtf8Path(const nlohmann::ordered_json& value) {
  std::string found;
  if (!findInvalid(value, "", found)) return std::nullopt;
  return found;
}

std::string withUtf8Replacements(std::string_view bytes) {
  if (invalidUtf8At(bytes) == std::string_view::npos) return std::string(bytes);
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(bytes.size() + 16);
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    // The sequence's length and the range its second byte must fall in (WHATWG: no overlong forms, surrogates
    // or values past U+10FFFF).
    std::size_t length = 0;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    if (lead < 0x80) {
      length = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) lower = 0xA0;
      if (lead == 0xED) upper = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) lower = 0x90;
      if (lead == 0xF4) upper = 0x8F;
    }
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    // The bytes that continue the sequence validly; a shorter run is one maximal subpart, one replacement, and
    // the byte that broke it starts the next sequence.
    std::size_t valid = 1;
    while (valid < length && i + valid < n) {
      const auto next = static_cast<unsigned char>(bytes[i + valid]);
      if (next < lower || next > upper) break;
      lower = 0x80;
      upper = 0xBF;
      ++valid;
    }
    if (valid == length) {
      out.append(bytes.substr(i, length));
    } else {
      out += kReplacement;
    }
    i += valid;
  }
  return out;
}

}  // namespace cdk::detail
