#include "cdk/ecs/fargate_task_definition.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cdk/core/errors.hpp"
#include "core/child_path.hpp"

namespace cdk::ecs {
namespace {

constexpr int kFargateCpus[] = {256, 512, 1024, 2048, 4096, 8192, 16384};

/// aws-cdk-lib's checkFargateWindowsBasedTasksSize (same messages).
void checkWindowsSize(const std::string& path, int cpu, int memory, OperatingSystemFamily family) {
  if (cpu == 1024) {
    if (memory < 1024 || memory > 8192 || memory % 1024 != 0) {
      throw ConstructError(path, fmt::format("If provided cpu is {}, then memoryMiB must have a min of 1024 and a max "
                                             "of 8192, in 1024 increments. Provided memoryMiB was {}.",
                                             cpu, memory));
    }
  } else if (cpu == 2048) {
    if (memory < 4096 || memory > 16384 || memory % 1024 != 0) {
      throw ConstructError(path, fmt::format("If provided cpu is {}, then memoryMiB must have a min of 4096 and max of "
                                             "16384, in 1024 increments. Provided memoryMiB {}.",
                                             cpu, memory));
    }
  } else if (cpu == 4096) {
    if (memory < 8192 || memory > 30720 || memory % 1024 != 0) {
      throw ConstructError(path, fmt::format("If provided cpu is {}, then memoryMiB must have a min of 8192 and a max "
                                             "of 30720, in 1024 increments. Provided memoryMiB was {}.",
                                             cpu, memory));
    }
  } else {
    throw ConstructError(path, fmt::format("If operatingSystemFamily is {}, then cpu must be in 1024 (1 vCPU), 2048 (2 "
                                           "vCPU), or 4096 (4 vCPU). Provided value was: {}",
                                           toString(family), cpu));
  }
}

/// Checks the props (before anything is created) and converts them for TaskDefinition.
TaskDefinitionProps fargateProps(const Construct& scope, std::string_view id, FargateTaskDefinitionProps& props) {
  const std::string path = cdk::detail::childPath(scope, id);
  const auto family = props.runtimePlatform ? props.runtimePlatform->operatingSystemFamily : std::nullopt;
  if (family && isWindows(*family)) {
    checkWindowsSize(path, props.cpu, props.memoryLimitMiB, *family);
  } else {
    const std::vector<int> valid = FargateTaskDefinition::validMemoryValues(props.cpu);
    if (valid.empty()) {
      throw ConstructError(path, fmt::format("Fargate does not support cpu {} (memoryLimitMiB {}): cpu must be one of "
                                             "{}",
                                             props.cpu, props.memoryLimitMiB, fmt::join(kFargateCpus, ", ")));
    }
    if (std::find(valid.begin(), valid.end(), props.memoryLimitMiB) == valid.end()) {
      throw ConstructError(path, fmt::format("Fargate does not support cpu {} with memoryLimitMiB {}: with cpu {}, "
                                             "memoryLimitMiB must be one of {} (or choose another cpu)",
                                             props.cpu, props.memoryLimitMiB, props.cpu, fmt::join(valid, ", ")));
    }
  }
  if (props.ephemeralStorageGiB && (*props.ephemeralStorageGiB < 21 || *props.ephemeralStorageGiB > 200)) {
    throw ConstructError(path, fmt::format("Ephemeral storage size must be between 21GiB and 200GiB (got {}GiB)",
                                           *props.ephemeralStorageGiB));
  }
  if (props.pidMode) {
    if (!family) {
      throw ConstructError(path, "Specifying 'pidMode' requires that operating system family also be provided.");
    }
    if (isWindows(*family)) throw ConstructError(path, "'pidMode' is not supported for Windows containers.");
    if (*props.pidMode != PidMode::TASK) {
      throw ConstructError(path, fmt::format("'pidMode' can only be set to 'task' for Linux Fargate containers, got: "
                                             "'{}'.",
                                             toString(*props.pidMode)));
    }
  }
  return {.compatibility = Compatibility::FARGATE,
          .cpu = std::to_string(props.cpu),
          .enableFaultInjection = props.enableFaultInjection,
          .ephemeralStorageGiB = props.ephemeralStorageGiB,
          .executionRole = props.executionRole,
          .family = std::move(props.family),
          .memoryMiB = std::to_string(props.memoryLimitMiB),
          .networkMode = NetworkMode::AWS_VPC,
          .pidMode = props.pidMode,
          .runtimePlatform = props.runtimePlatform,
          .taskRole = props.taskRole,
          .volumes = std::move(props.volumes)};
}

}  // namespace

std::vector<int> FargateTaskDefinition::validMemoryValues(int cpu) {
  auto range = [](int from, int to, int step) {
    std::vector<int> out;
    for (int m = from; m <= to; m += step) out.push_back(m);
    return out;
  };
  switch (cpu) {
    case 256: return {512, 1024, 2048};
    case 512: return range(1024, 4096, 1024);
    case 1024: return range(2048, 8192, 1024);
    case 2048: return range(4096, 16384, 1024);
    case 4096: return range(8192, 30720, 1024);
    case 8192: return range(16384, 61440, 4096);
    case 16384: return range(32768, 122880, 8192);
    default: return {};
  }
}

FargateTaskDefinition::FargateTaskDefinition(Construct& scope, std::string_view id, FargateTaskDefinitionProps props)
    : TaskDefinition(scope, id, fargateProps(scope, id, props)), cpu_(props.cpu), memoryMiB_(props.memoryLimitMiB) {}

FargateTaskDefinition::~FargateTaskDefinition() = default;

}  // namespace cdk::ecs
