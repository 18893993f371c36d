#include "graphviz.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"

extern char** environ;

namespace cdk::detail {
namespace {

/// Closes a descriptor when it goes out of scope.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

/// What one run of dot gave: its exit status and its messages; nullopt when dot is not installed.
struct DotRun {
  int status = 0;
  std::string messages;
};

std::optional<DotRun> runDot(const std::filesystem::path& dotFile, const std::filesystem::path& svgFile,
                             const char* graphAttribute) {
  // dot's messages come back through a pipe (for the error); its output goes to the file, stdin is /dev/null.
  int pipeFds[2];
  if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
    throw AssemblyWriteError(fmt::format("cannot run Graphviz's dot: {}", std::strerror(errno)));
  }
  Descriptor readEnd{pipeFds[0]};
  Descriptor writeEnd{pipeFds[1]};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, writeEnd.fd, 1);
  posix_spawn_file_actions_adddup2(&actions, writeEnd.fd, 2);
  const std::string output = "-o" + svgFile.string();
  const std::string input = dotFile.string();
  std::vector<char*> argv{const_cast<char*>("dot"), const_cast<char*>("-Tsvg"), const_cast<char*>(output.c_str())};
  if (graphAttribute) argv.push_back(const_cast<char*>(graphAttribute));
  argv.push_back(const_cast<char*>(input.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned == ENOENT) return std::nullopt;
  if (spawned != 0) {
    throw AssemblyWriteError(fmt::format("cannot run Graphviz's dot: {}", std::strerror(spawned)));
  }
  ::close(writeEnd.fd);
  writeEnd.fd = -1;
  DotRun run;
  char buffer[4096];
  for (ssize_t n; (n = ::read(readEnd.fd, buffer, sizeof buffer)) != 0;) {
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (run.messages.size() < 4096) run.messages.append(buffer, static_cast<std::size_t>(n));
  }
  while (::waitpid(pid, &run.status, 0) < 0 && errno == EINTR) {
  }
  // posix_spawnp reports a missing program either as ENOENT or, with some C libraries, as exit status 127.
  if (WIFEXITED(run.status) && WEXITSTATUS(run.status) == 127 && run.messages.empty()) return std::nullopt;
  return run;
}

bool succeeded(const DotRun& run) { return WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0; }

}  // namespace

GraphvizResult drawSvg(const std::filesystem::path& dotFile, const std::filesystem::path& svgFile) {
  auto run = runDot(dotFile, svgFile, nullptr);
  if (!run) return GraphvizResult::NotInstalled;
  // dot's classic ranking fails on some graphs of nested clusters ("trouble in init_rank", a Graphviz bug seen
  // with three-environment apps of the healthcare patterns); its newer ranking draws them. The .dot file stays as
  // written, so the drawings of graphs that never failed do not change.
  if (!succeeded(*run) && run->messages.find("trouble in init_rank") != std::string::npos) {
    run = runDot(dotFile, svgFile, "-Gnewrank=true");
    if (!run) return GraphvizResult::NotInstalled;
  }
  if (!succeeded(*run)) {
    throw AssemblyWriteError(
        fmt::format("Graphviz's dot could not draw {} as SVG: {}", dotFile.filename().string(),
                    run->messages.empty() ? std::string("it failed without a message") : run->messages));
  }
  return GraphvizResult::Drawn;
}

}  // namespace cdk::detail
