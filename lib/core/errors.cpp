#include "cdk/core/errors.hpp"

#include <cstdlib>
#include <cxxabi.h>
#include <typeinfo>

#include <fmt/format.h>

namespace cdk {
namespace {

std::string withPath(const std::string& path, const std::string& message) {
  return path.empty() ? message : fmt::format("{}: {}", path, message);
}

std::string listIssues(const std::vector<ValidationIssue>& issues) {
  std::string text = issues.size() == 1 ? "Synthesis failed with 1 error:"
                                        : fmt::format("Synthesis failed with {} errors:", issues.size());
  for (const auto& issue : issues) {
    text += "\n  ";
    text += withPath(issue.path, issue.message);
  }
  return text;
}

}  // namespace

ConstructError::ConstructError(std::string path, const std::string& message)
    : Error(withPath(path, message)), path_(std::move(path)), reason_(message) {}

ResolutionError::ResolutionError(std::string path, const std::string& message)
    : Error(withPath(path, message)), path_(std::move(path)) {}

ValidationError::ValidationError(std::vector<ValidationIssue> issues)
    : Error(listIssues(issues)), issues_(std::move(issues)) {}

CycleError::CycleError(const std::string& message, std::vector<std::string> cycle)
    : ReferenceError(message), cycle_(std::move(cycle)) {}

std::string currentExceptionTypeName() {
  const std::type_info* type = abi::__cxa_current_exception_type();
  if (!type) return "unknown type";
  int status = 0;
  char* demangled = abi::__cxa_demangle(type->name(), nullptr, nullptr, &status);
  std::string name = status == 0 && demangled ? demangled : type->name();
  std::free(demangled);
  return name;
}

}  // namespace cdk
