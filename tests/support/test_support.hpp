// Helpers shared by cdkpp's tests.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
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

/// What a shell command printed and how it ended.
struct CommandResult {
  int status;          ///< the exit status; -1 when it could not start or did not exit normally
  std::string output;  ///< its standard output, and its standard error unless the caller left that out
};

/// Runs `command` with /bin/sh, as the tests that drive cfn-lint, dot, cfn-compare and the programs do.
inline CommandResult runCommand(const std::string& command, bool withErrors = true) {
  CommandResult result{-1, {}};
  FILE* pipe = ::popen((command + (withErrors ? " 2>&1" : " 2>/dev/null")).c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

/// True when `program` is on the PATH (tests that need cfn-lint, dot or npm skip without it).
inline bool haveCommand(const std::string& program) {
  return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

/// The whole content of a file.
inline std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Sets an environment variable (nullptr: unsets it) for the scope of the object, then restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ScopedEnv(const char* name, const std::string& value) : ScopedEnv(name, value.c_str()) {}
  ~ScopedEnv() {
    if (old_) {
      ::setenv(name_, old_->c_str(), 1);
    } else {
      ::unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

}  // namespace cdkpp_test
