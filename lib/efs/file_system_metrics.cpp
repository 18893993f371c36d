// The metric* methods of FileSystem: aws-cdk-lib's EFS canned metrics (namespace, metric name, statistic of
// aws-efs/lib/efs-canned-metrics.generated) on the file system's FileSystemId, attached to the file system.
#include <string>
#include <utility>

#include "cdk/efs/file_system.hpp"

namespace cdk::efs {
namespace {

constexpr const char* kNamespace = "AWS/EFS";

const cloudwatch::MetricOptions kAverage{.statistic = "Average"};
const cloudwatch::MetricOptions kSum{.statistic = "Sum"};

/// One entry of the canned metrics: `statistic` holds the table's statistic, which the options may replace.
cloudwatch::Metric canned(const FileSystem& fileSystem, std::string metricName,
                          const cloudwatch::MetricOptions& options, const cloudwatch::MetricOptions& statistic) {
  return cloudwatch::Metric::forResource(fileSystem, kNamespace, std::move(metricName),
                                         {{"FileSystemId", fileSystem.fileSystemId()}}, options, statistic);
}

}  // namespace

cloudwatch::Metric FileSystem::metric(std::string metricName, const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, kNamespace, std::move(metricName), {{"FileSystemId", fileSystemId()}},
                                         options);
}

cloudwatch::Metric FileSystem::metricBurstCreditBalance(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "BurstCreditBalance", options, kAverage);
}

cloudwatch::Metric FileSystem::metricClientConnections(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "ClientConnections", options, kSum);
}

cloudwatch::Metric FileSystem::metricDataReadIoBytes(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "DataReadIOBytes", options, kAverage);
}

cloudwatch::Metric FileSystem::metricDataWriteIoBytes(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "DataWriteIOBytes", options, kAverage);
}

cloudwatch::Metric FileSystem::metricMetadataIoBytes(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "MetadataIOBytes", options, kAverage);
}

cloudwatch::Metric FileSystem::metricMeteredIoBytes(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "MeteredIOBytes", options, kAverage);
}

cloudwatch::Metric FileSystem::metricPercentIoLimit(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "PercentIOLimit", options, kAverage);
}

cloudwatch::Metric FileSystem::metricPermittedThroughput(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "PermittedThroughput", options, kAverage);
}

cloudwatch::Metric FileSystem::metricTotalIoBytes(const cloudwatch::MetricOptions& options) const {
  return canned(*this, "TotalIOBytes", options, kSum);
}

cloudwatch::Metric FileSystem::metricStorageBytes(std::string storageClass,
                                                  const cloudwatch::MetricOptions& options) const {
  return cloudwatch::Metric::forResource(*this, kNamespace, "StorageBytes",
                                         {{"FileSystemId", fileSystemId()}, {"StorageClass", std::move(storageClass)}},
                                         options, kAverage);
}

}  // namespace cdk::efs
