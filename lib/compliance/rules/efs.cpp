// EFS rules (cdk-nag src/rules/efs).
#include "common.hpp"

namespace cdk::compliance::detail {
namespace {
using namespace rules;

R EFSEncrypted(const RuleContext& c) {
  return R::of(!c.view.resolveIfPrimitive(c.property("Encrypted", As::Boolean)).isFalse());
}

R EFSInBackupPlan(const RuleContext& c) { return R::of(inBackupPlan(c, c.resource.logicalId)); }

const Rule kEfsRules[] = {
    {"EFSEncrypted", {"AWS::EFS::FileSystem"}, EFSEncrypted, "do not set Encrypted to false."},
    {"EFSInBackupPlan",
     {"AWS::EFS::FileSystem"},
     EFSInBackupPlan,
     "add the file system to an AWS Backup plan (a BackupSelection naming it)."},
};

}  // namespace

std::span<const Rule> efsRules() { return kEfsRules; }

}  // namespace cdk::compliance::detail
