// Bad input about where the assembly goes: folders that hold the user's own files are refused, never replaced.
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "bad_input_catalogue.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"

namespace cdkpp_test {
namespace {

namespace fs = std::filesystem;
using namespace cdk;

/// A folder under the temp folder for one case, removed when the case is done (whatever it throws).
class CaseDir {
 public:
  explicit CaseDir(const std::string& name)
      : path_(fs::temp_directory_path() / ("cdkpp-catalogue-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~CaseDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name) << text;
  }

 private:
  fs::path path_;
};

/// Synthesizes a one-stack app into `outdir`.
void synthInto(const std::string& outdir) {
  App app(AppProps{.outdir = outdir});
  app.make<Stack>("Stack").make<CfnResource>("T", {.type = "AWS::SNS::Topic"});
  app.synth();
}

const std::vector<std::string> kRefusal = {"not a cloud assembly", "nothing was changed",
                                           "Use an empty or new folder (--output DIR or CDK_OUTDIR)"};

std::vector<std::string> refusalNaming(const std::string& entries) {
  auto mentions = kRefusal;
  mentions.push_back(entries);
  return mentions;
}

}  // namespace

std::vector<BadInputCase> outputBadInput() {
  std::vector<BadInputCase> c;
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputFolderWithTheUsersFiles",
      [] {
        CaseDir dir("users-files");
        dir.write("notes.txt", "keep");
        synthInto(dir.path().string());
      },
      "cdkpp-catalogue-users-files", refusalNaming("(notes.txt)")));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputFolderWithASubfolder",
      [] {
        CaseDir dir("subfolder");
        dir.write("src/main.cpp", "int main() {}");
        synthInto(dir.path().string());
      },
      "cdkpp-catalogue-subfolder", refusalNaming("(src/)")));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputFolderWithASymbolicLink",
      [] {
        CaseDir dir("symlink");
        fs::create_symlink("/etc/hostname", dir.path() / "host");
        synthInto(dir.path().string());
      },
      "cdkpp-catalogue-symlink", refusalNaming("(host)")));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputIsTheProjectFolder",
      [] {
        CaseDir dir("project");
        dir.write("CMakeLists.txt", "project(p)");
        const fs::path previous = fs::current_path();
        fs::current_path(dir.path());
        try {
          const char* argv[] = {"app", "--output", "."};
          App app(3, argv);
          app.make<Stack>("Stack");
          app.synth();
        } catch (...) {
          fs::current_path(previous);
          throw;
        }
        fs::current_path(previous);
      },
      "cdkpp-catalogue-project", refusalNaming("(CMakeLists.txt)")));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputAssemblyWithAForeignFileBesideIt",
      [] {
        CaseDir dir("assembly-plus");
        synthInto((dir.path() / "out").string());
        dir.write("out/todo.md", "x");
        synthInto((dir.path() / "out").string());
      },
      "cdkpp-catalogue-assembly-plus", refusalNaming("(todo.md)")));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputFolderWithAManifestThatIsNotAnAssembly",
      [] {
        CaseDir dir("package-manifest");
        dir.write("manifest.json", R"({"name": "web-app", "version": "1.0.0"})");
        synthInto(dir.path().string());
      },
      "cdkpp-catalogue-package-manifest", refusalNaming("(manifest.json)")));
  c.push_back(makeCase<AssemblyWriteError>(
      "OutputFolderWithADeeplyNestedManifest",
      [] {
        CaseDir dir("deep-manifest");
        dir.write("manifest.json", std::string(100000, '[') + std::string(100000, ']'));
        synthInto(dir.path().string());
      },
      "cdkpp-catalogue-deep-manifest", refusalNaming("(manifest.json)")));
  c.push_back(makeCase<AssemblyWriteError>("OutputIsTheRootFolder", [] { synthInto("/"); }, "",
                                           {"the root folder cannot be an assembly folder"}));
  c.push_back(makeCase<CommandLineError>("OutputEmptyOnTheCommandLine",
                                         [] {
                                           const char* argv[] = {"app", "--output", ""};
                                           App app(3, argv);
                                         },
                                         "", {"--output was given an empty folder name", "--output cdk.out"}));
  c.push_back(makeCase<CommandLineError>("OutputOptionWithoutItsValue",
                                         [] {
                                           const char* argv[] = {"app", "--output"};
                                           App app(2, argv);
                                         },
                                         "", {"--output", "--help"}));
  c.push_back(makeCase<AssemblyWriteError>("OutputEmptyInAppProps", [] { synthInto(""); }, "",
                                           {"the output folder name is empty", "the default cdk.out"}));
  return c;
}

}  // namespace cdkpp_test
