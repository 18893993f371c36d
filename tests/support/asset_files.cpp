#include "asset_files.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <vector>

namespace cdkpp_test {
namespace fs = std::filesystem;

void writeFiles(const fs::path& root, std::initializer_list<const char*> files) {
  for (const char* file : files) {
    fs::create_directories((root / file).parent_path());
    std::ofstream(root / file) << file;
  }
}

std::set<std::string> filesKeptByCopy(const fs::path& from, const fs::path& to, cdk::CopyOptions options) {
  fs::remove_all(to);
  cdk::FileSystem::copyDirectory(from.string(), to.string(), std::move(options));
  std::set<std::string> kept;
  for (const auto& entry : fs::recursive_directory_iterator(to)) {
    if (entry.is_regular_file()) kept.insert(entry.path().lexically_relative(to).generic_string());
  }
  return kept;
}

void ageFiles(const fs::path& root, int hours) {
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    fs::last_write_time(entry.path(), fs::last_write_time(entry.path()) - std::chrono::hours(hours));
  }
}

std::string stagedListing(const fs::path& assembly) {
  std::vector<std::string> names;
  for (const auto& top : fs::directory_iterator(assembly)) {
    const std::string name = top.path().filename().string();
    if (!name.starts_with("asset.")) continue;
    names.push_back(name);
    if (!top.is_directory()) continue;
    for (const auto& entry : fs::recursive_directory_iterator(top.path())) {
      names.push_back(entry.path().lexically_relative(assembly).generic_string());
    }
  }
  std::sort(names.begin(), names.end());
  std::string listing;
  for (const auto& name : names) listing += name + "\n";
  return listing;
}

}  // namespace cdkpp_test
