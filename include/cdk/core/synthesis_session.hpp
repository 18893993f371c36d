// What a construct's onSynthesize hook gets: the folder the new cloud assembly is being written to.
#pragma once

#include <filesystem>
#include <string_view>

#include "cdk/core/export.hpp"

namespace cdk {

class CDKPP_API SynthesisSession {
 public:
  explicit SynthesisSession(std::filesystem::path outdir) : outdir_(std::move(outdir)) {}
  /// The (temporary) folder of the assembly being written; it replaces the previous one only when every
  /// file was written.
  const std::filesystem::path& outdir() const noexcept { return outdir_; }
  /// Writes a file into the assembly. `fileName` is relative and must stay inside the assembly.
  void writeFile(std::string_view fileName, std::string_view contents) const;

 private:
  std::filesystem::path outdir_;
};

}  // namespace cdk
