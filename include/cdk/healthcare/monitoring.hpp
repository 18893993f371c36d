// Monitoring: the alarms, alarm topic and dashboard of a healthcare application, secure by default.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cdk/core/construct.hpp"
#include "cdk/core/duration.hpp"
#include "cdk/core/export.hpp"
#include "cdk/core/handle.hpp"
#include "cdk/healthcare/environment_profile.hpp"

namespace cdk::cloudwatch {
class Alarm;
class Dashboard;
class Metric;
}  // namespace cdk::cloudwatch
namespace cdk::ecs {
class BaseService;
}
namespace cdk::elasticloadbalancingv2 {
class ApplicationLoadBalancer;
}
namespace cdk::kms {
class IKey;
}
namespace cdk::rds {
class DatabaseCluster;
class DatabaseInstance;
}  // namespace cdk::rds
namespace cdk::elasticache {
class Cache;
}
namespace cdk::sns {
class Topic;
}

namespace cdk::healthcare {

class ClinicalService;
class PatientDatabase;
class SessionCache;

/// The thresholds of the standard alarms. Each alarm compares the metric's 5-minute value with its threshold over
/// evaluationPeriods periods (all must breach).
struct MonitoringThresholds {
  /// EngineCPUUtilization of a cache, percent.
  double cacheCpuPercent = 80;
  /// DatabaseMemoryUsagePercentage of a cache.
  double cacheMemoryPercent = 80;
  /// DatabaseConnections of a database (average).
  double databaseConnections = 80;
  /// CPUUtilization of a database, percent.
  double databaseCpuPercent = 80;
  /// FreeStorageSpace of an RDS instance (or FreeLocalStorage of Aurora) below this many GiB.
  double databaseFreeStorageGiB = 10;
  /// 5-minute periods that must all breach: 2 is 10 minutes.
  int evaluationPeriods = 2;
  /// HTTP 5xx responses of a load balancer and of its targets, each, per 5 minutes.
  double http5xxCount = 10;
  /// TargetResponseTime of a load balancer (average).
  cdk::Duration responseTime = cdk::Duration::seconds(1);
  /// CPUUtilization of a service, percent.
  double serviceCpuPercent = 80;
  /// MemoryUtilization of a service, percent.
  double serviceMemoryPercent = 80;
};

struct MonitoringProps {
  /// E-mail addresses subscribed to the alarm topic.
  std::vector<std::string> alarmEmails{};
  /// The dashboard's name (letters, digits, '-', '_'); default a generated one.
  std::optional<std::string> dashboardName{};
  /// The key of the alarm topic; default a new key with rotation, the child "Key". A key given must let
  /// cloudwatch.amazonaws.com use it (a new key's policy does).
  cdk::Handle<kms::IKey> encryptionKey{};
  /// Default the prod preset (the key's removal policy).
  EnvironmentProfile profile{};
  MonitoringThresholds thresholds{};
  /// The alarm topic's name; default a generated one.
  std::optional<std::string> topicName{};
};

/// The alarms of a healthcare application on one KMS-encrypted SNS topic (with e-mail subscriptions), and a
/// dashboard of them. Add what to watch: addClinicalService (each service's CPU and memory, the load balancer's 5xx
/// responses and response time), addService, addLoadBalancer, addDatabase / addDatabaseInstance / addDatabaseCluster
/// (CPU, connections, free storage) and addCache / addElastiCache (engine CPU, memory). Each call adds a row of
/// alarm widgets to the dashboard. Every alarm notifies the topic (HIPAA.Security-CloudWatchAlarmAction).
///
/// Children: "Key" (unless given), "Topic" (sns::Topic), "Dashboard", and per watched resource "<name><Metric>"
/// alarms, e.g. "BackendCpu", "DatabaseConnections".
///
/// Bad props and names throw cdk::ConstructError with the construct path and what to change.
class CDKPP_API Monitoring : public cdk::Construct {
 public:
  using Props = MonitoringProps;
  Monitoring(cdk::Construct& scope, std::string_view id, MonitoringProps props = {});
  ~Monitoring() override;

  /// Alarms on every service of the pattern (named as its services) and on its load balancer (`name`).
  void addClinicalService(const ClinicalService& clinical, std::string_view name = "LoadBalancer");
  /// "<name>Cpu" and "<name>Memory".
  void addService(const ecs::BaseService& service, std::string_view name);
  /// "<name>Elb5xx", "<name>Target5xx" and "<name>ResponseTime".
  void addLoadBalancer(const elasticloadbalancingv2::ApplicationLoadBalancer& loadBalancer, std::string_view name);
  /// The pattern's instance or cluster.
  void addDatabase(const PatientDatabase& database, std::string_view name);
  /// "<name>Cpu", "<name>Connections" and "<name>FreeStorage".
  void addDatabaseInstance(const rds::DatabaseInstance& instance, std::string_view name);
  /// "<name>Cpu", "<name>Connections" and "<name>FreeLocalStorage".
  void addDatabaseCluster(const rds::DatabaseCluster& cluster, std::string_view name);
  void addCache(const SessionCache& cache, std::string_view name);
  /// "<name>Cpu" (engine CPU) and "<name>Memory".
  void addElastiCache(const elasticache::Cache& cache, std::string_view name);
  /// An alarm of one's own, notifying the topic and shown on the dashboard (a row of its own).
  cloudwatch::Alarm& addAlarm(std::string_view id, const cloudwatch::Metric& metric, double threshold,
                              std::string description, bool below = false);

  sns::Topic& topic() const noexcept { return *topic_; }
  cloudwatch::Dashboard& dashboard() const noexcept { return *dashboard_; }
  kms::IKey& key() const noexcept { return *key_; }
  /// The alarms, in the order they were added.
  const std::vector<cloudwatch::Alarm*>& alarms() const noexcept { return alarms_; }

 private:
  struct Spec {
    std::string suffix;
    const cloudwatch::Metric* metric;
    double threshold;
    std::string description;
    bool below;
  };
  cloudwatch::Alarm& makeAlarm(std::string_view id, const cloudwatch::Metric& metric, double threshold,
                               std::string description, bool below);
  void addRow(std::string_view name, const std::vector<Spec>& specs);
  void addDatabaseRow(std::string_view name, const std::string& path, const cloudwatch::Metric& cpu,
                      const cloudwatch::Metric& connections, const cloudwatch::Metric& storage,
                      std::string_view storageSuffix, std::string_view storageWhat);

  EnvironmentProfile profile_;
  MonitoringThresholds thresholds_;
  kms::IKey* key_ = nullptr;
  sns::Topic* topic_ = nullptr;
  cloudwatch::Dashboard* dashboard_ = nullptr;
  std::vector<cloudwatch::Alarm*> alarms_;
};

}  // namespace cdk::healthcare
