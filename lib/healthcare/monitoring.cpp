#include "cdk/healthcare/monitoring.hpp"

#include <fmt/format.h>

#include "cdk/cloudwatch/alarm.hpp"
#include "cdk/cloudwatch/dashboard.hpp"
#include "cdk/cloudwatch/graph.hpp"
#include "cdk/cloudwatch/metric.hpp"
#include "cdk/cloudwatch_actions/sns_action.hpp"
#include "cdk/core/errors.hpp"
#include "cdk/ecs/base_service.hpp"
#include "cdk/ecs/fargate_service.hpp"
#include "cdk/elasticache/cache.hpp"
#include "cdk/elasticloadbalancingv2/application_load_balancer.hpp"
#include "cdk/healthcare/clinical_service.hpp"
#include "cdk/healthcare/patient_database.hpp"
#include "cdk/healthcare/session_cache.hpp"
#include "cdk/iam/policy_statement.hpp"
#include "cdk/iam/principals.hpp"
#include "cdk/kms/key.hpp"
#include "cdk/rds/cluster.hpp"
#include "cdk/rds/instance.hpp"
#include "cdk/sns/topic.hpp"
#include "cdk/sns_subscriptions/email.hpp"
#include "healthcare/secure_defaults.hpp"

namespace cdk::healthcare {

namespace elbv2 = elasticloadbalancingv2;

namespace {

void validate(const cdk::Construct& scope, const MonitoringProps& props) {
  const std::string path = scope.node().path();
  auto fail = [&path](const std::string& message) { throw cdk::ConstructError(path, message); };
  detail::checkProfile(scope, props.profile);
  const MonitoringThresholds& t = props.thresholds;
  if (t.evaluationPeriods < 1) {
    fail(fmt::format("thresholds.evaluationPeriods is {}; give 1 or more 5-minute periods", t.evaluationPeriods));
  }
  const std::pair<const char*, double> percents[] = {{"cacheCpuPercent", t.cacheCpuPercent},
                                                     {"cacheMemoryPercent", t.cacheMemoryPercent},
                                                     {"databaseCpuPercent", t.databaseCpuPercent},
                                                     {"serviceCpuPercent", t.serviceCpuPercent},
                                                     {"serviceMemoryPercent", t.serviceMemoryPercent}};
  for (const auto& [name, value] : percents) {
    if (!(value > 0 && value <= 100)) {
      fail(fmt::format("thresholds.{} is {}; give a percentage above 0 and at most 100", name, value));
    }
  }
  for (const auto& email : props.alarmEmails) {
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('.', at) == std::string::npos) {
      fail(fmt::format("alarmEmails: '{}' is not an e-mail address; give addresses such as oncall@example.org", email));
    }
  }
}

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

}  // namespace

Monitoring::Monitoring(cdk::Construct& scope, std::string_view id, MonitoringProps props)
    : cdk::Construct(scope, id), profile_(props.profile), thresholds_(props.thresholds) {
  validate(*this, props);
  key_ = props.encryptionKey.get();
  if (!key_) {
    key_ = &make<kms::Key>("Key", {.description = "Alarms of " + node().path(),
                                   .enableKeyRotation = true,
                                   .removalPolicy = detail::withoutSnapshot(profile_.removalPolicy)});
    // CloudWatch publishes alarm notifications to the encrypted topic with this key.
    key_->addToResourcePolicy(
        iam::PolicyStatement({.actions = {"kms:Decrypt", "kms:GenerateDataKey*"},
                              .principals = {std::make_shared<iam::ServicePrincipal>("cloudwatch.amazonaws.com")},
                              .resources = {"*"}}));
  }
  topic_ = &make<sns::Topic>("Topic", {.enforceSSL = true, .masterKey = *key_, .topicName = props.topicName});
  for (const auto& email : props.alarmEmails) topic_->addSubscription(sns_subscriptions::EmailSubscription(email));
  dashboard_ = &make<cloudwatch::Dashboard>("Dashboard", {.dashboardName = props.dashboardName});
}

Monitoring::~Monitoring() = default;

cloudwatch::Alarm& Monitoring::makeAlarm(std::string_view id, const cloudwatch::Metric& metric, double threshold,
                                         std::string description, bool below) {
  if (node().tryFindChild(id)) {
    throw cdk::ConstructError(node().path(),
                              fmt::format("an alarm '{}' exists already: give the resource another name", id));
  }
  auto& alarm =
      metric.createAlarm(*this, id,
                         {.alarmDescription = cdk::Value(std::move(description)),
                          .comparisonOperator = below ? cloudwatch::ComparisonOperator::LESS_THAN_THRESHOLD
                                                      : cloudwatch::ComparisonOperator::GREATER_THAN_THRESHOLD,
                          .evaluationPeriods = thresholds_.evaluationPeriods,
                          .threshold = threshold,
                          .treatMissingData = cloudwatch::TreatMissingData::NOT_BREACHING});
  alarm.addAlarmAction(cloudwatch_actions::SnsAction(*topic_));
  alarm.addOkAction(cloudwatch_actions::SnsAction(*topic_));
  alarms_.push_back(&alarm);
  return alarm;
}

void Monitoring::addRow(std::string_view name, const std::vector<Spec>& specs) {
  std::vector<cloudwatch::AnyWidget> widgets;
  for (const auto& spec : specs) {
    auto& alarm =
        makeAlarm(fmt::format("{}{}", name, spec.suffix), *spec.metric, spec.threshold, spec.description, spec.below);
    widgets.emplace_back(cloudwatch::AlarmWidget({.alarm = alarm, .title = fmt::format("{} {}", name, spec.suffix)}));
  }
  dashboard_->addWidgets(std::move(widgets));
}

cloudwatch::Alarm& Monitoring::addAlarm(std::string_view id, const cloudwatch::Metric& metric, double threshold,
                                        std::string description, bool below) {
  auto& alarm = makeAlarm(id, metric, threshold, std::move(description), below);
  dashboard_->addWidgets(cloudwatch::AlarmWidget({.alarm = alarm, .title = std::string(id)}));
  return alarm;
}

void Monitoring::addClinicalService(const ClinicalService& clinical, std::string_view name) {
  for (auto* service : clinical.services()) addService(*service, service->node().id());
  addLoadBalancer(clinical.loadBalancer(), name);
}

void Monitoring::addService(const ecs::BaseService& service, std::string_view name) {
  const auto cpu = service.metricCpuUtilization();
  const auto memory = service.metricMemoryUtilization();
  addRow(name,
         {{"Cpu", &cpu, thresholds_.serviceCpuPercent,
           fmt::format("CPU of {} above {} %", service.node().path(), thresholds_.serviceCpuPercent), false},
          {"Memory", &memory, thresholds_.serviceMemoryPercent,
           fmt::format("Memory of {} above {} %", service.node().path(), thresholds_.serviceMemoryPercent), false}});
}

void Monitoring::addLoadBalancer(const elbv2::ApplicationLoadBalancer& loadBalancer, std::string_view name) {
  const auto metrics = loadBalancer.metrics();
  const auto elb5xx = metrics.httpCodeElb(elbv2::HttpCodeElb::ELB_5XX_COUNT);
  const auto target5xx = metrics.httpCodeTarget(elbv2::HttpCodeTarget::TARGET_5XX_COUNT);
  const auto responseTime = metrics.targetResponseTime();
  const double seconds = static_cast<double>(thresholds_.responseTime.toMilliseconds()) / 1000.0;
  const std::string path = loadBalancer.node().path();
  addRow(name,
         {{"Elb5xx", &elb5xx, thresholds_.http5xxCount,
           fmt::format("HTTP 5xx responses of {} above {} in 5 minutes", path, thresholds_.http5xxCount), false},
          {"Target5xx", &target5xx, thresholds_.http5xxCount,
           fmt::format("HTTP 5xx responses of the targets of {} above {} in 5 minutes", path, thresholds_.http5xxCount),
           false},
          {"ResponseTime", &responseTime, seconds,
           fmt::format("Response time of the targets of {} above {} s", path, seconds), false}});
}

void Monitoring::addDatabase(const PatientDatabase& database, std::string_view name) {
  if (database.cluster()) {
    addDatabaseCluster(*database.cluster(), name);
  } else {
    addDatabaseInstance(*database.instance(), name);
  }
}

void Monitoring::addDatabaseInstance(const rds::DatabaseInstance& instance, std::string_view name) {
  addDatabaseRow(name, instance.node().path(), instance.metricCPUUtilization(), instance.metricDatabaseConnections(),
                 instance.metricFreeStorageSpace(), "FreeStorage", "Free storage");
}

void Monitoring::addDatabaseCluster(const rds::DatabaseCluster& cluster, std::string_view name) {
  addDatabaseRow(name, cluster.node().path(), cluster.metricCPUUtilization(), cluster.metricDatabaseConnections(),
                 cluster.metricFreeLocalStorage(), "FreeLocalStorage", "Free local storage");
}

void Monitoring::addDatabaseRow(std::string_view name, const std::string& path, const cloudwatch::Metric& cpu,
                                const cloudwatch::Metric& connections, const cloudwatch::Metric& storage,
                                std::string_view storageSuffix, std::string_view storageWhat) {
  const double t = thresholds_.databaseFreeStorageGiB;
  addRow(name, {{"Cpu", &cpu, thresholds_.databaseCpuPercent,
                 fmt::format("CPU of {} above {} %", path, thresholds_.databaseCpuPercent), false},
                {"Connections", &connections, thresholds_.databaseConnections,
                 fmt::format("Connections to {} above {}", path, thresholds_.databaseConnections), false},
                {std::string(storageSuffix), &storage, t * kGiB,
                 fmt::format("{} of {} below {} GiB", storageWhat, path, t), true}});
}

void Monitoring::addCache(const SessionCache& cache, std::string_view name) { addElastiCache(cache.cache(), name); }

void Monitoring::addElastiCache(const elasticache::Cache& cache, std::string_view name) {
  const auto cpu = cache.metricEngineCpuUtilization();
  const auto memory = cache.metricDatabaseMemoryUsagePercentage();
  const std::string path = cache.node().path();
  addRow(name, {{"Cpu", &cpu, thresholds_.cacheCpuPercent,
                 fmt::format("Engine CPU of {} above {} %", path, thresholds_.cacheCpuPercent), false},
                {"Memory", &memory, thresholds_.cacheMemoryPercent,
                 fmt::format("Memory of {} above {} %", path, thresholds_.cacheMemoryPercent), false}});
}

}  // namespace cdk::healthcare
