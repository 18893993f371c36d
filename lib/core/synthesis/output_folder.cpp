#include "output_folder.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <set>
#include <string_view>
#include <sys/stat.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cdk/core/errors.hpp"

namespace fs = std::filesystem;

namespace cdk::detail {

[[noreturn]] void writeFailed(const fs::path& dir, const std::string& what) {
  throw AssemblyWriteError(
      fmt::format("cannot write the cloud assembly to '{}': {}; choose a writable folder with "
                  "--output or CDK_OUTDIR",
                  dir.string(), what));
}

namespace {

/// A manifest nested deeper than this is not one cdkpp or aws-cdk-lib wrote (theirs are 6 levels deep).
constexpr int kMaxManifestDepth = 64;
/// A manifest larger than this is not read (the folder is then treated as foreign).
constexpr std::uintmax_t kMaxManifestBytes = 256u << 20;

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// A JSON file of the folder (manifest, inventory), or null when it is missing, too large, too deep or not JSON.
nlohmann::json readJson(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(file, ec)) || fs::file_size(file, ec) > kMaxManifestBytes || ec) {
    return nullptr;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return nullptr;
  try {
    return nlohmann::json::parse(in, [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
      if (depth > kMaxManifestDepth) throw std::length_error("nested too deeply");
      return true;
    });
  } catch (const std::exception&) {
    return nullptr;
  }
}

/// Whether `name` is one entry of the folder itself (no folder part, not "." or "..").
bool isEntryName(const std::string& name) {
  const fs::path p(name);
  return !name.empty() && p == p.filename() && name != "." && name != "..";
}

/// The names of the folder's entries that its manifest.json names (templates, tree, asset manifests, nested
/// assemblies) or cdkpp's inventory lists, or nullopt when there is no readable manifest.
std::optional<std::set<std::string>> namedByAssembly(const fs::path& folder) {
  const nlohmann::json manifest = readJson(folder / "manifest.json");
  if (!manifest.is_object() || !manifest.contains("version") || !manifest.contains("artifacts") ||
      !manifest["artifacts"].is_object()) {
    return std::nullopt;
  }
  std::set<std::string> names{"manifest.json", OutputFolder::kInventoryFile};
  if (const nlohmann::json inventory = readJson(folder / OutputFolder::kInventoryFile);
      inventory.is_object() && inventory.contains("entries") && inventory["entries"].is_array()) {
    for (const auto& entry : inventory["entries"]) {
      if (entry.is_string() && isEntryName(entry.get<std::string>())) names.insert(entry.get<std::string>());
    }
  }
  for (const auto& [id, artifact] : manifest["artifacts"].items()) {
    if (!artifact.is_object() || !artifact.contains("properties") || !artifact["properties"].is_object()) continue;
    for (const char* key : {"templateFile", "file", "directoryName"}) {
      const auto& properties = artifact["properties"];
      // Only the folder's own entries: a name with a folder part is not one we would replace.
      if (auto it = properties.find(key);
          it != properties.end() && it->is_string() && isEntryName(it->get<std::string>())) {
        names.insert(it->get<std::string>());
      }
    }
  }
  return names;
}

/// A new folder beside `target` named `<target><tag><random>`, created with `mkdir` so that it gets the
/// process's default permissions (mkdtemp's are always 0700).
fs::path makeSibling(const fs::path& target, std::string_view tag) {
  std::random_device random;
  for (int attempt = 0; attempt < 64; ++attempt) {
    const fs::path candidate =
        target.parent_path() / fmt::format("{}{}{:08x}", target.filename().string(), tag, random());
    if (::mkdir(candidate.c_str(), 0777) == 0) return candidate;
    if (errno != EEXIST) writeFailed(target, fmt::format("cannot create a folder beside it: {}", std::strerror(errno)));
  }
  writeFailed(target, "cannot create a folder beside it: every name tried was taken");
}

/// Lock files the `cdk` CLI keeps in the output folder while it runs the app stay with the folder.
void carryLockFiles(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(from, ec)) {
    if (entry.path().extension() == ".lock" && entry.is_regular_file(ec) && !entry.is_symlink(ec)) {
      fs::copy_file(entry.path(), to / entry.path().filename(), fs::copy_options::overwrite_existing, ec);
    }
  }
}

}  // namespace

OutputFolder::OutputFolder(const std::string& outdir) {
  if (outdir.empty()) {
    throw AssemblyWriteError(
        "the output folder name is empty; name a folder with --output DIR or CDK_OUTDIR, or leave both out for "
        "the default cdk.out");
  }
  std::error_code ec;
  fs::path target = fs::absolute(fs::path(outdir), ec);
  if (ec) writeFailed(outdir, "the folder name is not usable");
  target = target.lexically_normal();
  if (!target.has_filename()) target = target.parent_path();
  // A link to a folder: the folder it points to is the assembly folder; the link is the user's and stays.
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    const fs::path resolved = fs::canonical(target, ec);
    if (ec) writeFailed(target, fmt::format("it is a symbolic link that cannot be followed ({})", ec.message()));
    target = resolved;
  }
  if (target == target.root_path()) writeFailed(target, "the root folder cannot be an assembly folder");
  target_ = std::move(target);
}

bool OutputFolder::isAssemblyFileName(const std::string& name, bool isDirectory) {
  if (name.starts_with("asset.")) return true;  // staged assets: files or folders
  if (isDirectory) return false;
  static constexpr std::array<std::string_view, 3> kNames = {"manifest.json", "tree.json", "cdk.out"};
  static constexpr std::array<std::string_view, 8> kSuffixes = {".template.json",  ".template.yaml", ".assets.json",
                                                                ".diagram.dot",    ".diagram.svg",   "-NagReport.csv",
                                                                "-NagReport.json", ".lock"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end() ||
         std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view s) { return endsWith(name, s); });
}

std::vector<std::string> OutputFolder::foreignEntries(std::size_t limit) const {
  std::vector<std::string> foreign;
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(target_, ec)) entries.push_back(entry);
  if (ec) writeFailed(target_, fmt::format("cannot list it ({})", ec.message()));
  if (entries.empty()) return foreign;

  const auto named = namedByAssembly(target_);
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    const bool link = entry.is_symlink(ec);
    const bool directory = !link && entry.is_directory(ec);
    bool ours = false;
    if (!link && (directory || entry.is_regular_file(ec))) {
      if (named) {
        ours = named->contains(name) || isAssemblyFileName(name, directory);
      } else {
        // No manifest: only the lock files the `cdk` CLI puts into the folder before it runs the app.
        ours = !directory && endsWith(name, ".lock");
      }
    }
    if (!ours) foreign.push_back(directory ? name + "/" : name);
  }
  std::sort(foreign.begin(), foreign.end());
  if (foreign.size() > limit) foreign.resize(limit);
  return foreign;
}

void OutputFolder::checkReplaceable() const {
  std::error_code ec;
  const auto status = fs::symlink_status(target_, ec);
  if (!fs::exists(status)) return;
  if (!fs::is_directory(status)) writeFailed(target_, "it exists and is not a folder");
  constexpr std::size_t kShown = 5;
  const std::vector<std::string> foreign = foreignEntries(kShown + 1);
  if (foreign.empty()) return;
  std::string list;
  for (std::size_t i = 0; i < foreign.size() && i < kShown; ++i) list += (i ? ", " : "") + foreign[i];
  if (foreign.size() > kShown) list += ", ...";
  throw AssemblyWriteError(fmt::format(
      "cannot write the cloud assembly to '{}': the folder holds files that are not a cloud assembly ({}), and "
      "writing an assembly replaces the whole folder; nothing was changed. Use an empty or new folder "
      "(--output DIR or CDK_OUTDIR), or the default cdk.out",
      target_.string(), list));
}

fs::path OutputFolder::makeStaging() const {
  std::error_code ec;
  fs::create_directories(target_.parent_path(), ec);
  if (ec) writeFailed(target_, ec.message());
  return makeSibling(target_, ".tmp-");
}

void OutputFolder::writeInventory(const fs::path& staging) {
  nlohmann::json entries = nlohmann::json::array();
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(staging, ec)) names.push_back(entry.path().filename().string());
  if (ec) writeFailed(staging, fmt::format("cannot list the new assembly ({})", ec.message()));
  std::sort(names.begin(), names.end());
  for (auto& name : names) entries.push_back(std::move(name));
  const std::string text = nlohmann::json{{"entries", std::move(entries)}}.dump(1);
  std::ofstream out(staging / kInventoryFile, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) writeFailed(staging, fmt::format("cannot write {}: {}", kInventoryFile, std::strerror(errno)));
}

void OutputFolder::replaceWith(const fs::path& staging) const {
  std::error_code ec;
  struct stat previous{};
  if (::lstat(target_.c_str(), &previous) != 0) {
    fs::rename(staging, target_, ec);
    if (ec) writeFailed(target_, ec.message());
    return;
  }
  // The new folder takes the place of the old one with the old one's permissions.
  ::chmod(staging.c_str(), previous.st_mode & 07777);
  carryLockFiles(target_, staging);
#ifdef RENAME_EXCHANGE
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(staging, ec);  // now holds the previous assembly
    return;
  }
#endif
  // Without an atomic exchange: move the old folder aside, move the new one in, then delete the old one.
  const fs::path old = makeSibling(target_, ".old-");
  fs::remove(old, ec);
  fs::rename(target_, old, ec);
  if (ec) writeFailed(target_, ec.message());
  fs::rename(staging, target_, ec);
  if (ec) {
    std::error_code restore;
    fs::rename(old, target_, restore);
    writeFailed(target_, ec.message());
  }
  fs::remove_all(old, ec);
}

}  // namespace cdk::detail
