// The exceptions cdkpp throws. Every message names the construct path it concerns (when there is one) and
// says what to change. The library never prints and never exits: errors are exceptions.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "cdk/core/export.hpp"

namespace cdk {

/// Base of every cdkpp exception.
class CDKPP_API Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message), message_(message) {}
  explicit Error(const char* message) : Error(std::string(message)) {}
  /// The whole message. `what()` is a C string, which ends at the first NUL byte a quoted value may hold.
  const std::string& message() const noexcept { return message_; }

 private:
  std::string message_;
};

/// Misuse of the construct tree: invalid or duplicate ids, lookups that find nothing, changes to a locked
/// tree. `path()` is the path of the construct the error concerns.
class CDKPP_API ConstructError : public Error {
 public:
  ConstructError(std::string path, const std::string& message);
  const std::string& path() const noexcept { return path_; }
  /// The message without the path.
  const std::string& reason() const noexcept { return reason_; }

 private:
  std::string path_;
  std::string reason_;
};

/// One problem found while validating the tree.
struct ValidationIssue {
  std::string path;     ///< construct path ("" for the app itself)
  std::string message;  ///< what is wrong and what to change
};

/// Synthesis found one or more problems. `what()` lists every one, each prefixed with its construct path;
/// `issues()` gives them one by one.
class CDKPP_API ValidationError : public Error {
 public:
  explicit ValidationError(std::vector<ValidationIssue> issues);
  const std::vector<ValidationIssue>& issues() const noexcept { return issues_; }

 private:
  std::vector<ValidationIssue> issues_;
};

/// A reference or dependency that cannot be rendered: to a construct of another App, across accounts or
/// regions, or forming a cycle.
class CDKPP_API ReferenceError : public Error {
 public:
  using Error::Error;
};

/// A dependency cycle. `cycle()` lists the construct paths around the cycle, starting and ending with the
/// same element.
class CDKPP_API CycleError : public ReferenceError {
 public:
  CycleError(const std::string& message, std::vector<std::string> cycle);
  const std::vector<std::string>& cycle() const noexcept { return cycle_; }

 private:
  std::vector<std::string> cycle_;
};

/// A value that could not be resolved: a Lazy whose producer threw, a string that is not valid UTF-8, a
/// value of a type no template can hold. `path()` is the construct being rendered.
class CDKPP_API ResolutionError : public Error {
 public:
  ResolutionError(std::string path, const std::string& message);
  const std::string& path() const noexcept { return path_; }

 private:
  std::string path_;
};

/// Context given on the command line or in CDK_CONTEXT_JSON that cannot be used.
class CDKPP_API ContextError : public Error {
 public:
  using Error::Error;
};

/// A command line the app runner does not understand.
class CDKPP_API CommandLineError : public Error {
 public:
  using Error::Error;
};

/// `--help` was given: `what()` is the usage text. Not a failure; the app runner prints it and exits 0.
class CDKPP_API HelpRequested : public Error {
 public:
  using Error::Error;
};

/// The cloud assembly could not be written (folder not writable, disk full, ...). The previous assembly, if
/// any, is left as it was.
class CDKPP_API AssemblyWriteError : public Error {
 public:
  using Error::Error;
};

/// Inside a catch block: the C++ type of the exception being handled, demangled ("int", "my::Failure"). For
/// messages about user code that threw something that is not a std::exception.
CDKPP_API std::string currentExceptionTypeName();

}  // namespace cdk
