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

/// What a shell command printed and how it ended.
struct CommandResult {
  int status;          ///< the exit status; -1 when it could not start or did not exit normally
  std::string output;  ///< its standard output, and its standard error unless the caller left that out
};

/// Runs `command` with /bin/sh, as the tests that drive cfn-lint, dot, cfn-compare and the programs do.
CommandResult runCommand(const std::string& command, bool withErrors = true);

/// True when `program` is on the PATH (tests that need cfn-lint, dot or npm skip without it).
bool haveCommand(const std::string& program);

/// The whole content of a file.
std::string readFile(const std::filesystem::path& path);

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
