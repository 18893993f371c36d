// Writing the cloud assembly never removes or changes what the library did not write: a folder with the user's
// own files is refused before anything is written, and a replaced assembly folder keeps its permissions.
#include <sys/stat.h>
#include <unistd.h>

#include <map>

#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/synthesis_session.hpp"
#include "test_support.hpp"

namespace {

using cdkpp_test::readFile;
using cdkpp_test::TempDir;
namespace fs = std::filesystem;

void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

void buildTopicStacks(cdk::App& app, int stacks = 1) {
  for (int i = 0; i < stacks; ++i) {
    app.make<cdk::Stack>("Stack" + std::to_string(i)).make<cdk::CfnResource>("Topic", {.type = "AWS::SNS::Topic"});
  }
}

mode_t modeOf(const fs::path& path) {
  struct stat st{};
  EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

/// Every entry below `dir` (recursively, links not followed), with file contents and link targets.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = fs::relative(it->path(), dir).string();
    if (it->is_symlink()) {
      out[name] = "link -> " + fs::read_symlink(it->path()).string();
    } else if (it->is_regular_file()) {
      out[name] = readFile(it->path());
    } else {
      out[name] = "folder";
    }
  }
  return out;
}

/// The entries of `dir` other than `keep`: temporary folders left beside an output folder would show here.
std::vector<std::string> othersIn(const fs::path& dir, const std::string& keep) {
  std::vector<std::string> others;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename() != keep) others.push_back(e.path().filename().string());
  }
  return others;
}

TEST(OutputFolderTest, FolderWithTheUsersFilesIsRefusedAndLosesNothing) {
  TempDir dir;
  const fs::path proj = dir / "proj";
  write(proj / "notes.txt", "keep");
  write(proj / "src" / "main.cpp", "int main() {}");
  write(dir / "outside.txt", "outside");
  fs::create_symlink(dir / "outside.txt", proj / "link.txt");
  fs::permissions(proj, fs::perms(0755));
  const auto before = snapshot(proj);

  cdk::App app(cdk::AppProps{.outdir = proj.string()});
  buildTopicStacks(app);
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "cannot write the cloud assembly to '" + proj.string());
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "link.txt, notes.txt, src/");
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "nothing was changed");
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "Use an empty or new folder (--output DIR or CDK_OUTDIR)");
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "or the default cdk.out");

  EXPECT_EQ(snapshot(proj), before);
  EXPECT_EQ(modeOf(proj), 0755u);
  EXPECT_EQ(readFile(dir / "outside.txt"), "outside");
  EXPECT_EQ(othersIn(dir.path(), "proj"), std::vector<std::string>{"outside.txt"}) << "nothing written beside it";
}

TEST(OutputFolderTest, CurrentFolderOfAProjectIsRefused) {
  TempDir dir;
  write(dir / "CMakeLists.txt", "project(x)");
  write(dir / "main.cpp", "int main() {}");
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  const char* argv[] = {"app", "--output", "."};
  cdk::App app(3, argv);
  buildTopicStacks(app);
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "CMakeLists.txt, main.cpp");
  fs::current_path(previous);
  EXPECT_EQ(readFile(dir / "main.cpp"), "int main() {}");
  EXPECT_EQ(readFile(dir / "CMakeLists.txt"), "project(x)");
}

TEST(OutputFolderTest, AssemblyWithAForeignFileBesideItIsRefused) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildTopicStacks(app);
  app.synth();
  write(dir / "out" / "notes.txt", "mine");
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "(notes.txt)");
  EXPECT_EQ(readFile(dir / "out" / "notes.txt"), "mine");
  EXPECT_TRUE(fs::exists(dir / "out" / "manifest.json"));
}

TEST(OutputFolderTest, ALinkInsideAnAssemblyFolderIsRefused) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildTopicStacks(app);
  app.synth();
  write(dir / "data.json", "{}");
  // Even named like a template: cdkpp never writes links, so this one is the user's.
  fs::create_symlink(dir / "data.json", dir / "out" / "Other.template.json");
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "(Other.template.json)");
  EXPECT_TRUE(fs::is_symlink(dir / "out" / "Other.template.json"));
}

TEST(OutputFolderTest, ManifestThatIsNotACloudAssemblyIsRefused) {
  TempDir dir;
  for (const std::string& text :
       std::vector<std::string>{"[1, 2]", "{\"name\": \"my-package\"}", "not json", std::string(10000, '[')}) {
    write(dir / "out" / "manifest.json", text);
    cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
    buildTopicStacks(app);
    EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "(manifest.json)");
    EXPECT_EQ(readFile(dir / "out" / "manifest.json"), text);
  }
}

TEST(OutputFolderTest, PreviousAssemblyIsReplacedWhole) {
  TempDir dir;
  {
    cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
    buildTopicStacks(app, 2);
    app.synth();
  }
  ASSERT_TRUE(fs::exists(dir / "out" / "Stack1.template.json"));
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildTopicStacks(app, 1);
  app.synth();
  EXPECT_TRUE(fs::exists(dir / "out" / "Stack0.template.json"));
  EXPECT_FALSE(fs::exists(dir / "out" / "Stack1.template.json")) << "the stale template of the removed stack";
  EXPECT_EQ(othersIn(dir.path(), "out"), std::vector<std::string>{});
}

/// Writes a file of its own into the assembly, as an asset or a report would.
class ExtraFile : public cdk::Construct {
 public:
  ExtraFile(cdk::Construct& scope, std::string_view id) : Construct(scope, id) {}

 protected:
  void onSynthesize(const cdk::SynthesisSession& session) override { session.writeFile("extra.txt", "ours"); }
};

TEST(OutputFolderTest, FilesConstructsWroteAreTheAssemblysOwn) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildTopicStacks(app);
  auto& extra = app.make<ExtraFile>("Extra");
  app.synth();
  EXPECT_EQ(readFile(dir / "out" / "extra.txt"), "ours");
  app.synth();  // extra.txt is listed in the assembly's inventory: replacing it is allowed
  EXPECT_TRUE(app.node().tryRemoveChild(extra.node().id()));
  app.synth();
  EXPECT_FALSE(fs::exists(dir / "out" / "extra.txt"));
}

TEST(OutputFolderTest, AFolderWithOnlyTheCliLockFilesIsAccepted) {
  TempDir dir;
  write(dir / "out" / "synth.lock", "1");
  write(dir / "out" / "read.123.1.lock", "2");
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildTopicStacks(app);
  app.synth();
  EXPECT_EQ(readFile(dir / "out" / "synth.lock"), "1");
  EXPECT_EQ(readFile(dir / "out" / "read.123.1.lock"), "2");
  EXPECT_TRUE(fs::exists(dir / "out" / "Stack0.template.json"));
}

TEST(OutputFolderTest, AnAssemblyWrittenByAwsCdkLibIsReplaced) {
  TempDir dir;
  const fs::path out = dir / "cdk.out";
  write(out / "manifest.json", R"({"version": "36.0.0", "artifacts": {
    "App.assets": {"type": "cdk:asset-manifest", "properties": {"file": "App.assets.json"}},
    "App": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "App.template.json"}},
    "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}}})");
  write(out / "App.assets.json", "{}");
  write(out / "App.template.json", "{}");
  write(out / "tree.json", "{}");
  write(out / "cdk.out", R"({"version":"36.0.0"})");
  write(out / "asset.0123abcd" / "index.js", "exports.handler = 1;");
  cdk::App app(cdk::AppProps{.outdir = out.string()});
  buildTopicStacks(app);
  app.synth();
  EXPECT_FALSE(fs::exists(out / "App.template.json"));
  EXPECT_TRUE(fs::exists(out / "Stack0.template.json"));
}

TEST(OutputFolderTest, PermissionsOfTheFolderAreKept) {
  TempDir dir;
  for (mode_t mode : {0755u, 0750u, 0700u, 0775u}) {
    const fs::path out = dir / ("out" + std::to_string(mode));
    fs::create_directories(out);
    ASSERT_EQ(::chmod(out.c_str(), mode), 0);
    cdk::App app(cdk::AppProps{.outdir = out.string()});
    buildTopicStacks(app);
    app.synth();  // into the empty folder
    EXPECT_EQ(modeOf(out), mode);
    app.synth();  // replacing the assembly
    EXPECT_EQ(modeOf(out), mode);
  }
}

TEST(OutputFolderTest, ANewFolderGetsTheDefaultPermissions) {
  TempDir dir;
  const mode_t old = ::umask(022);
  cdk::App app(cdk::AppProps{.outdir = (dir / "new").string()});
  buildTopicStacks(app);
  app.synth();
  ::umask(old);
  EXPECT_EQ(modeOf(dir / "new"), 0755u) << "mkdir's mode with the umask applied, not mkdtemp's 0700";
}

TEST(OutputFolderTest, ALinkToAFolderIsFollowedAndStays) {
  TempDir dir;
  fs::create_directories(dir / "real");
  fs::create_directory_symlink(dir / "real", dir / "link");
  cdk::App app(cdk::AppProps{.outdir = (dir / "link").string()});
  buildTopicStacks(app);
  app.synth();
  EXPECT_TRUE(fs::is_symlink(dir / "link"));
  EXPECT_TRUE(fs::exists(dir / "real" / "Stack0.template.json"));
  app.synth();
  EXPECT_TRUE(fs::is_symlink(dir / "link"));
  EXPECT_TRUE(fs::exists(dir / "real" / "manifest.json"));
}

TEST(OutputFolderTest, AnEmptyFolderNameIsAnError) {
  const char* argv[] = {"app", "--output", ""};
  EXPECT_THROW_MSG(cdk::App(3, argv), cdk::CommandLineError, "--output was given an empty folder name");
  cdk::App app(cdk::AppProps{.outdir = ""});
  buildTopicStacks(app);
  EXPECT_THROW_MSG(app.synth(), cdk::AssemblyWriteError, "the output folder name is empty");
  EXPECT_NO_THROW(app.synth({.write = false}));
}

}  // namespace
