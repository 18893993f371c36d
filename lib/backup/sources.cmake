# Sources of the backup L2 module, relative to lib/ (aws-cdk-lib's aws-backup): vaults, plans, rules and
# selections; and of events (aws-cdk-lib's aws-events), so far its schedule expressions.
set(CDKPP_BACKUP_SOURCES
  backup/plan.cpp
  backup/resource.cpp
  backup/rule.cpp
  backup/selection.cpp
  backup/vault.cpp
  events/schedule.cpp)
