// The app runner: a main() for cdkpp programs. It is a separate target (cdkpp::runner) because it prints;
// the library itself never prints and never exits.
#pragma once

#include <functional>

#include "cdk/core/app.hpp"
#include "cdk/core/export.hpp"

namespace cdk {

/// Runs a cdkpp program as a command-line app: creates the App from the command line (--output, --context,
/// --help) and the environment (CDK_OUTDIR, CDK_CONTEXT_JSON), calls `build(app)`, synthesizes, prints the
/// warnings and infos to stderr, and reports errors with their construct paths. Returns the exit code: 0 on
/// success (and for --help, whose text goes to stdout), 1 when the program or the synthesis failed, 2 for a
/// command line it does not understand.
CDKPP_API int runApp(int argc, const char* const* argv, const std::function<void(App&)>& build, AppProps props = {});

}  // namespace cdk
