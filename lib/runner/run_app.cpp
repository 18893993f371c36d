#include "cdk/runner/run_app.hpp"

#include <iostream>

#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/errors.hpp"

namespace cdk {
namespace {

const char* levelName(SynthesisMessage::Level level) {
  switch (level) {
    case SynthesisMessage::Level::Info: return "Info";
    case SynthesisMessage::Level::Warning: return "Warning";
    case SynthesisMessage::Level::Error: return "Error";
  }
  return "Message";
}

}  // namespace

int runApp(int argc, const char* const* argv, const std::function<void(App&)>& build, AppProps props) {
  try {
    App app(argc, argv, std::move(props));
    build(app);
    const CloudAssembly& assembly = app.synth();
    for (const auto& m : assembly.messages()) {
      std::cerr << "[" << levelName(m.level) << " at /" << m.path << "] " << m.message << "\n";
    }
    return 0;
  } catch (const HelpRequested& help) {
    std::cout << help.what();
    return 0;
  } catch (const CommandLineError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace cdk
