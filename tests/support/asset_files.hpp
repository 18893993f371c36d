// Folders and assemblies for the asset tests (tests/s3_assets, tests/ecr_assets): files to copy or stage, what a
// copy keeps, and what an assembly staged.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <set>
#include <string>

#include "cdk/core/file_system.hpp"

namespace cdkpp_test {

/// Writes each file (a path relative to `root`, folders made as needed) with its own relative path as content.
void writeFiles(const std::filesystem::path& root, std::initializer_list<const char*> files);

/// Copies `from` to `to` (replacing `to`) with cdk::FileSystem::copyDirectory and `options`; the relative paths of
/// the files the copy holds.
std::set<std::string> filesKeptByCopy(const std::filesystem::path& from, const std::filesystem::path& to,
                                      cdk::CopyOptions options);

/// Moves the modification time of everything under `root` `hours` back, as a copy made elsewhere would have.
void ageFiles(const std::filesystem::path& root, int hours);

/// The entries of the assembly whose top-level name starts with "asset.", recursively, as `find asset.* | sort`.
std::string stagedListing(const std::filesystem::path& assembly);

}  // namespace cdkpp_test
