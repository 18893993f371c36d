#include "cdk/compliance/aws_solutions_checks.hpp"

#include "pack_table.hpp"

namespace cdk::compliance {
namespace {

// cdk-nag 3.0.2 src/packs/aws-solutions.ts, in its order, the rules for the resource types cdkpp's L2 modules
// create: id suffix, rule, level, info and explanation.
constexpr detail::PackRuleEntry kAwsSolutionsRules[] = {
    {"EC23", "EC2RestrictedInbound", NagMessageLevel::ERROR,
     "The Security Group allows for 0.0.0.0/0 or ::/0 inbound access.",
     "Large port ranges, when open, expose instances to unwanted attacks. More than that, they make traceability of "
     "vulnerabilities very difficult. For instance, your web servers may only require 80 and 443 ports to be open, but "
     "not all. One of the most common mistakes observed is when  all ports for 0.0.0.0/0 range are open in a rush to "
     "access the instance. EC2 instances must expose only to those ports enabled on the corresponding security group "
     "level."},
    {"EC27", "EC2SecurityGroupDescription", NagMessageLevel::ERROR, "The Security Group does not have a description.",
     "Descriptions help simplify operations and remove any opportunities for operator errors."},
    {"EC28", "EC2InstanceDetailedMonitoringEnabled", NagMessageLevel::ERROR,
     "The EC2 instance/AutoScaling launch configuration does not have detailed monitoring enabled.",
     "Monitoring data helps make better decisions on architecting and managing compute resources."},
    {"EC29", "EC2InstanceTerminationProtection", NagMessageLevel::ERROR,
     "The EC2 instance is not part of an ASG and has Termination Protection disabled.",
     "Termination Protection safety feature enabled in order to protect the instances from being accidentally "
     "terminated."},
    {"ECR1", "ECROpenAccess", NagMessageLevel::ERROR, "The ECR Repository allows open access.",
     "Removing * principals in an ECR Repository helps protect against unauthorized access."},
    {"ECS2", "ECSTaskDefinitionNoEnvironmentVariables", NagMessageLevel::ERROR,
     "The ECS Task Definition includes a container definition that directly specifies environment variables.",
     "Use secrets to inject environment variables during container startup from AWS Systems Manager Parameter Store or "
     "Secrets Manager instead of directly specifying plaintext environment variables. Updates to direct environment "
     "variables require operators to change task definitions and perform new deployments."},
    {"ECS4", "ECSClusterCloudWatchContainerInsights", NagMessageLevel::ERROR,
     "The ECS Cluster has CloudWatch Container Insights disabled.",
     "CloudWatch Container Insights allow operators to gain a better perspective on how the cluster’s applications and "
     "microservices are performing."},
    {"ECS7", "ECSTaskDefinitionContainerLogging", NagMessageLevel::ERROR,
     "One or more containers in the ECS Task Definition do not have container logging enabled.",
     "Container logging allows operators to view and aggregate the logs from the container. Containers should use the "
     "'awslogs' driver at a minimum."},
    {"ELB1", "CLBNoInboundHttpHttps", NagMessageLevel::ERROR,
     "The CLB is used for incoming HTTP/HTTPS traffic. Use ALBs instead.",
     "HTTP/HTTPS applications (monolithic or containerized) should use the ALB instead of the CLB for enhanced "
     "incoming traffic distribution, better performance and lower costs."},
    {"ELB2", "ELBLoggingEnabled", NagMessageLevel::ERROR, "The ELB does not have access logs enabled.",
     "Access logs allow operators to analyze traffic patterns and identify and troubleshoot security issues."},
    {"ELB3", "CLBConnectionDraining", NagMessageLevel::ERROR, "The CLB does not have connection draining enabled.",
     "With Connection Draining feature enabled, if an EC2 backend instance fails health checks The CLB will not send "
     "any new requests to the unhealthy instance. However, it will still allow existing (in-flight) requests to "
     "complete for the duration of the configured timeout."},
    {"ELB4", "ELBCrossZoneLoadBalancingEnabled", NagMessageLevel::ERROR,
     "The CLB does not use at least two AZs with the Cross-Zone Load Balancing feature enabled.",
     "CLBs can distribute the traffic evenly across all backend instances. To use Cross-Zone Load Balancing at optimal "
     "level, the system should maintain an equal EC2 capacity distribution in each of the AZs registered with the load "
     "balancer."},
    {"ELB5", "ELBTlsHttpsListenersOnly", NagMessageLevel::ERROR,
     "The CLB listener is not configured for secure (HTTPs or SSL) protocols for client communication.",
     "The HTTPs or SSL protocols enable secure communication by encrypting the communication between the client and "
     "the load balancer."},
    {"S1", "S3BucketLoggingEnabled", NagMessageLevel::ERROR, "The S3 Bucket has server access logs disabled.",
     "The bucket should have server access logging enabled to provide detailed records for the requests that are made "
     "to the bucket."},
    {"S2", "S3BucketLevelPublicAccessProhibited", NagMessageLevel::ERROR,
     "The S3 Bucket does not have public access restricted and blocked.",
     "The bucket should have public access restricted and blocked to prevent unauthorized access."},
    {"S5", "S3WebBucketOAIAccess", NagMessageLevel::ERROR,
     "The S3 static website bucket either has an open world bucket policy or does not use a CloudFront Origin Access "
     "Identity (OAI) in the bucket policy for limited getObject and/or putObject permissions.",
     "An OAI allows you to provide access to content in your S3 static website bucket through CloudFront URLs without "
     "enabling public access through an open bucket policy, disabling S3 Block Public Access settings, and/or through "
     "object ACLs."},
    {"S10", "S3BucketSSLRequestsOnly", NagMessageLevel::ERROR,
     "The S3 Bucket or bucket policy does not require requests to use SSL.",
     "You can use HTTPS (TLS) to help prevent potential attackers from eavesdropping on or manipulating network "
     "traffic using person-in-the-middle or similar attacks. You should allow only encrypted connections over HTTPS "
     "(TLS) using the aws:SecureTransport condition on Amazon S3 bucket policies."},
    {"EFS1", "EFSEncrypted", NagMessageLevel::ERROR, "The EFS is not configured for encryption at rest.",
     "By using an encrypted file system, data and metadata are automatically encrypted before being written to the "
     "file system. Similarly, as data and metadata are read, they are automatically decrypted before being presented "
     "to the application. These processes are handled transparently by EFS without requiring modification of "
     "applications."},
    {"RDS2", "RDSStorageEncrypted", NagMessageLevel::ERROR,
     "The RDS instance or Aurora DB cluster does not have storage encryption enabled.",
     "Storage encryption helps protect data-at-rest by encrypting the underlying storage, automated backups, read "
     "replicas, and snapshots for the database."},
    {"RDS3", "RDSMultiAZSupport", NagMessageLevel::ERROR,
     "The non-Aurora RDS DB instance does not have multi-AZ support enabled.",
     "Use multi-AZ deployment configurations for high availability and automatic failover support fully managed by "
     "AWS."},
    {"RDS6", "AuroraMySQLPostgresIAMAuth", NagMessageLevel::ERROR,
     "The RDS Aurora MySQL/PostgresSQL cluster does not have IAM Database Authentication enabled.",
     "With IAM Database Authentication enabled, the system doesn't have to use a password when connecting to the "
     "MySQL/PostgreSQL database instances, instead it uses an authentication token."},
    {"RDS8", "RDSRestrictedInbound", NagMessageLevel::ERROR,
     "The RDS DB Security Group allows for 0.0.0.0/0 inbound access.",
     "RDS DB security groups should not allow access from 0.0.0.0/0 (i.e. anywhere, every machine that has the ability "
     "to establish a connection) in order to reduce the risk of unauthorized access."},
    {"RDS10", "RDSInstanceDeletionProtectionEnabled", NagMessageLevel::ERROR,
     "The RDS instance or Aurora DB cluster does not have deletion protection enabled.",
     "Enabling Deletion Protection at the cluster level for Amazon Aurora databases or instance level for non Aurora "
     "instances helps protect from accidental deletion."},
    {"RDS11", "RDSNonDefaultPort", NagMessageLevel::ERROR,
     "The RDS instance or Aurora DB cluster uses the default endpoint port.",
     "Port obfuscation (using a non default endpoint port) adds an additional layer of defense against non-targeted "
     "attacks (i.e. MySQL/Aurora port 3306, SQL Server port 1433, PostgreSQL port 5432, etc)."},
    {"RDS13", "RDSInstanceBackupEnabled", NagMessageLevel::ERROR,
     "The RDS instance is not configured for automated backups.",
     "Automated backups allow for point-in-time recovery."},
    {"RDS14", "AuroraMySQLBacktrack", NagMessageLevel::ERROR,
     "The RDS Aurora MySQL cluster does not have Backtrack enabled.",
     "Backtrack helps order to rewind cluster tables to a specific time, without using backups."},
    {"RDS16", "AuroraMySQLLogging", NagMessageLevel::ERROR,
     "The RDS Aurora MySQL serverless cluster does not have audit, error, general, and slowquery Log Exports enabled.",
     "This allows operators to use CloudWatch to view logs to help diagnose problems in the database.This is a "
     "granular rule that returns individual findings that can be suppressed with 'appliesTo'. The findings are in the "
     "format 'LogExport::<log>' for exported logs. Example: appliesTo: ['LogExport::audit']."},
    {"AEC1", "ElastiCacheClusterInVPC", NagMessageLevel::ERROR, "The ElastiCache cluster is not provisioned in a VPC.",
     "Provisioning the cluster within a VPC allows for better flexibility and control over the cache clusters "
     "security, availability, traffic routing and more."},
    {"AEC3", "ElastiCacheRedisClusterEncryption", NagMessageLevel::ERROR,
     "The ElastiCache Redis cluster does not have both encryption in transit and at rest enabled.",
     "Encryption in transit helps secure communications to the cluster. Encryption at rest helps protect data at rest "
     "from unauthorized access."},
    {"AEC4", "ElastiCacheRedisClusterMultiAZ", NagMessageLevel::ERROR,
     "The ElastiCache Redis cluster is not deployed in a Multi-AZ configuration.",
     "The cluster should use a Multi-AZ deployment configuration for high availability."},
    {"AEC5", "ElastiCacheClusterNonDefaultPort", NagMessageLevel::ERROR,
     "The ElastiCache cluster uses the default endpoint port.",
     "Port obfuscation (using a non default endpoint port) adds an additional layer of defense against non-targeted "
     "attacks (i.e. Redis port 6379 and Memcached port 11211)."},
    {"AEC6", "ElastiCacheRedisClusterRedisAuth", NagMessageLevel::ERROR,
     "The ElastiCache Redis cluster does not use Redis AUTH for user authentication.",
     "Redis authentication tokens enable Redis to require a token (password) before allowing clients to execute "
     "commands, thereby improving data security."},
    {"VPC3", "VPCNoNACLs", NagMessageLevel::WARN, "A Network ACL or Network ACL entry has been implemented.",
     "Network ACLs should be used sparingly for the following reasons: they can be complex to manage, they are "
     "stateless, every IP address must be explicitly opened in each (inbound/outbound) direction, and they affect a "
     "complete subnet. Use security groups when possible as they are stateful and easier to manage."},
    {"VPC7", "VPCFlowLogsEnabled", NagMessageLevel::ERROR, "The VPC does not have an associated Flow Log.",
     "VPC Flow Logs capture network flow information for a VPC, subnet, or network interface and stores it in Amazon "
     "CloudWatch Logs. Flow log data can help customers troubleshoot network issues; for example, to diagnose why "
     "specific traffic is not reaching an instance, which might be a result of overly restrictive security group "
     "rules."},
    {"IAM4", "IAMNoManagedPolicies", NagMessageLevel::ERROR, "The IAM user, role, or group uses AWS managed policies.",
     "An AWS managed policy is a standalone policy that is created and administered by AWS. Currently, many AWS "
     "managed policies do not restrict resource scope. Replace AWS managed policies with system specific (customer) "
     "managed policies.This is a granular rule that returns individual findings that can be suppressed with "
     "'appliesTo'. The findings are in the format 'Policy::<policy>' for AWS managed policies. Example: appliesTo: "
     "['Policy::arn:<AWS::Partition>:iam::aws:policy/foo']."},
    {"IAM5", "IAMNoWildcardPermissions", NagMessageLevel::ERROR,
     "The IAM entity contains wildcard permissions and does not have a cdk-nag rule suppression with evidence for "
     "those permission.",
     "Metadata explaining the evidence (e.g. via supporting links) for wildcard permissions allows for transparency to "
     "operators. This is a granular rule that returns individual findings that can be suppressed with 'appliesTo'. The "
     "findings are in the format 'Action::<action>' for policy actions and 'Resource::<resource>' for resources. "
     "Example: appliesTo: ['Action::s3:*']."},
    {"KMS5", "KMSBackingKeyRotationEnabled", NagMessageLevel::ERROR,
     "The KMS Symmetric key does not have automatic key rotation enabled.",
     "KMS key rotation allows a system to set an yearly rotation schedule for a KMS key so when an AWS KMS key is "
     "required to encrypt new data, the KMS service can automatically use the latest version of the HSA backing key to "
     "perform the encryption."},
    {"SMG4", "SecretsManagerRotationEnabled", NagMessageLevel::ERROR,
     "The secret does not have automatic rotation scheduled.",
     "AWS Secrets Manager can be configured to automatically rotate the secret for a secured service or database."},
    {"SNS3", "SNSTopicSSLPublishOnly", NagMessageLevel::ERROR, "The SNS Topic does not require publishers to use SSL.",
     "Without HTTPS (TLS), a network-based attacker can eavesdrop on network traffic or manipulate it, using an attack "
     "such as man-in-the-middle. Allow only encrypted connections over HTTPS (TLS) using the aws:SecureTransport "
     "condition and the 'sns: Publish' action in the topic policy to force publishers to use SSL. If SSE is already "
     "enabled then this control is auto enforced."},
    {"CB4", "CodeBuildProjectKMSEncryptedArtifacts", NagMessageLevel::ERROR,
     "The CodeBuild project does not use an AWS KMS key for encryption.",
     "Using an AWS KMS key helps follow the standard security advice of granting least privilege to objects generated "
     "by the project."},
    {"CB5", "CodeBuildProjectManagedImages", NagMessageLevel::WARN,
     "The Codebuild project does not use images provided by the CodeBuild service or have a cdk-nag suppression rule "
     "explaining the need for a custom image.",
     "Explaining differences/edits to Docker images helps operators better understand system dependencies."},
};

constexpr detail::PackTable kAwsSolutionsTable{kAwsSolutionsRules};

}  // namespace

AwsSolutionsChecks::AwsSolutionsChecks(NagPackProps props) : NagPack("AwsSolutions", kAwsSolutionsTable, props) {}

}  // namespace cdk::compliance
