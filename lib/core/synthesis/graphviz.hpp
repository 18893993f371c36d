// Runs Graphviz's `dot` to draw a DOT file as SVG, when dot is installed.
#pragma once

#include <filesystem>
#include <string>

namespace cdk::detail {

enum class GraphvizResult { Drawn, NotInstalled };

/// Runs `dot -Tsvg -o <svg> <dot>` (found in PATH). NotInstalled when there is no dot; throws
/// AssemblyWriteError with what dot said when it fails.
GraphvizResult drawSvg(const std::filesystem::path& dotFile, const std::filesystem::path& svgFile);

}  // namespace cdk::detail
