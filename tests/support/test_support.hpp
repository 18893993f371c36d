// Helpers shared by cdkpp's tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

/// Checks that `statement` throws `type` and that its message contains `substring`.
#define EXPECT_THROW_MSG(statement, type, substring)                                                         \
  do {                                                                                                       \
    try {                                                                                                    \
      statement;                                                                                             \
      ADD_FAILURE() << "expected " #type " from: " #statement;                                               \
    } catch (const type& e_) {                                                                               \
      EXPECT_NE(std::string(e_.what()).find(substring), std::string::npos)                                   \
          << "message of " #type " was:\n  " << e_.what() << "\nexpected it to contain:\n  " << (substring); \
    } catch (const std::exception& e_) {                                                                     \
      ADD_FAILURE() << "expected " #type " but got another exception: " << e_.what();                        \
    }                                                                                                        \
  } while (false)

namespace cdkpp_test {

/// A fresh, empty folder under the system temp folder, removed when the object goes away.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "cdkpp-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

inline TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

/// The whole content of a file.
inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace cdkpp_test
