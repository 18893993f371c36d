#include "cdk/core/synthesis_session.hpp"

#include <fstream>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

namespace cdk {

void SynthesisSession::writeFile(std::string_view fileName, std::string_view contents) const {
  const std::filesystem::path relative = std::filesystem::path(fileName).lexically_normal();
  if (fileName.empty() || relative.is_absolute() || relative.string().starts_with("..")) {
    throw AssemblyWriteError(
        fmt::format("'{}' is not a file name inside the cloud assembly; pass a relative name "
                    "such as 'asset.json'",
                    fileName));
  }
  const auto path = outdir_ / relative;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  out.close();
  if (!out) throw AssemblyWriteError(fmt::format("cannot write '{}' into the cloud assembly", path.string()));
}

}  // namespace cdk
