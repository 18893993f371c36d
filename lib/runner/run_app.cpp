#include "cdk/runner/run_app.hpp"

#include <iostream>
#include <string_view>

#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/enum_names.hpp"
#include "cdk/core/errors.hpp"

namespace cdk {
namespace {

constexpr auto kLevelNames = enumNames<SynthesisMessage::Level>({
    {SynthesisMessage::Level::Info, "Info"},
    {SynthesisMessage::Level::Warning, "Warning"},
    {SynthesisMessage::Level::Error, "Error"},
});
std::string_view levelName(SynthesisMessage::Level level) { return nameOf(kLevelNames, level); }

/// The message as the user should read it: a NUL byte (which a quoted value may carry) shown as \0 rather than
/// ending the text.
void printMessage(std::ostream& out, std::string_view message) {
  for (char c : message) {
    if (c == '\0') {
      out << "\\0";
    } else {
      out << c;
    }
  }
  out << "\n";
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
    printMessage(std::cerr, e.message());
    return 2;
  } catch (const Error& e) {
    std::cerr << "error: ";
    printMessage(std::cerr, e.message());
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "error: ";
    printMessage(std::cerr, e.what());
    return 1;
  } catch (...) {
    std::cerr << "error: the app threw an exception of type '" << currentExceptionTypeName()
              << "', which is not derived from std::exception; throw a std::exception (or a cdk::Error) with a "
                 "message that says what went wrong\n";
    return 1;
  }
}

}  // namespace cdk
