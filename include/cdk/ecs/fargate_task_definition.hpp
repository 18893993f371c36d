// Fargate task definitions (aws-cdk-lib's ecs.FargateTaskDefinition).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/ecs/task_definition.hpp"

namespace cdk::ecs {

struct FargateTaskDefinitionProps {
  /// Cpu units: 256, 512, 1024, 2048, 4096, 8192 or 16384 (rendered as a string).
  int cpu = 256;
  std::optional<bool> enableFaultInjection{};
  /// EphemeralStorage.SizeInGiB: 21 to 200.
  std::optional<int> ephemeralStorageGiB{};
  /// Default a role "ExecutionRole", created when something needs it (logs, private images, secrets).
  cdk::Handle<iam::IRole> executionRole{};
  /// Family; default Names::uniqueId of the task definition.
  std::optional<std::string> family{};
  /// Memory in MiB (rendered as a string); must be valid for the cpu (see FargateTaskDefinition).
  int memoryLimitMiB = 512;
  /// Only TASK, and only with a Linux operatingSystemFamily.
  std::optional<PidMode> pidMode{};
  std::optional<RuntimePlatform> runtimePlatform{};
  /// Default a role "TaskRole" assumed by ecs-tasks.amazonaws.com.
  cdk::Handle<iam::IRole> taskRole{};
  std::vector<Volume> volumes{};
};

/// A task definition for Fargate: NetworkMode awsvpc, RequiresCompatibilities [FARGATE], Cpu and Memory as
/// strings.
///
/// Unlike aws-cdk-lib, which leaves it to CloudFormation (and to its template linter's warning E3047),
/// cdkpp checks the cpu/memory pair against the combinations Fargate supports and throws
/// cdk::ConstructError naming the pair and the memory values allowed for the cpu:
///   cpu 256: 512, 1024, 2048 | 512: 1024..4096 | 1024: 2048..8192 | 2048: 4096..16384 (steps of 1024)
///   4096: 8192..30720 (1024) | 8192: 16384..61440 (4096) | 16384: 32768..122880 (8192).
/// Windows tasks are checked with aws-cdk-lib's own rules and messages.
class CDKPP_API FargateTaskDefinition : public TaskDefinition {
 public:
  using Props = FargateTaskDefinitionProps;

  /// Valid memory values (MiB) for a Linux Fargate cpu value; empty for an unsupported cpu.
  static std::vector<int> validMemoryValues(int cpu);

  FargateTaskDefinition(cdk::Construct& scope, std::string_view id, FargateTaskDefinitionProps props = {});
  ~FargateTaskDefinition() override;

  int cpu() const noexcept { return cpu_; }
  int memoryMiB() const noexcept { return memoryMiB_; }

 private:
  int cpu_;
  int memoryMiB_;
};

}  // namespace cdk::ecs
