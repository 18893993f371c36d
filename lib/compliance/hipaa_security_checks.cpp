#include "cdk/compliance/hipaa_security_checks.hpp"

#include "pack_table.hpp"

namespace cdk::compliance {
namespace {

// cdk-nag 3.0.2 src/packs/hipaa-security.ts, in its order: rule, level, info (the message, with the HIPAA
// control ids) and explanation.
constexpr detail::PackRuleEntry kHipaaRules[] = {
    {"APIGWCacheEnabledAndEncrypted", "APIGWCacheEnabledAndEncrypted", NagMessageLevel::ERROR,
     "The API Gateway stage does not have caching enabled and encrypted for all methods - (Control IDs: "
     "164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "To help protect data at rest, ensure encryption is enabled for your API Gateway stage's cache. Because sensitive "
     "data can be captured for the API method, enable encryption at rest to help protect that data."},
    {"APIGWExecutionLoggingEnabled", "APIGWExecutionLoggingEnabled", NagMessageLevel::ERROR,
     "The API Gateway stage does not have execution logging enabled for all methods - (Control ID: 164.312(b)).",
     "API Gateway logging displays detailed views of users who accessed the API and the way they accessed the API. "
     "This insight enables visibility of user activities."},
    {"APIGWSSLEnabled", "APIGWSSLEnabled", NagMessageLevel::ERROR,
     "The API Gateway REST API stage is not configured with SSL certificates - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(1), 164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "Ensure Amazon API Gateway REST API stages are configured with SSL certificates to allow backend systems to "
     "authenticate that requests originate from API Gateway."},
    {"APIGWXrayEnabled", "APIGWXrayEnabled", NagMessageLevel::ERROR,
     "The API Gateway REST API stage does not have X-Ray enabled - (Control ID: 164.312(b)).",
     "AWS X-Ray collects data about requests that your application serves, and provides tools you can use to view, "
     "filter, and gain insights into that data to identify issues and opportunities for optimization. Ensure X-Ray is "
     "enables so you can see detailed information not only about the request and response, but also about calls that "
     "your application makes to downstream AWS resources, microservices, databases and HTTP web APIs."},
    {"AutoScalingGroupELBHealthCheckRequired", "AutoScalingGroupELBHealthCheckRequired", NagMessageLevel::ERROR,
     "The Auto Scaling group utilizes a load balancer and does not have an ELB health check configured - (Control ID: "
     "164.312(b)).",
     "The Elastic Load Balancer (ELB) health checks for Amazon Elastic Compute Cloud (Amazon EC2) Auto Scaling groups "
     "support maintenance of adequate capacity and availability. The load balancer periodically sends pings, attempts "
     "connections, or sends requests to test Amazon EC2 instances health in an auto-scaling group. If an instance is "
     "not reporting back, traffic is sent to a new Amazon EC2 instance."},
    {"AutoScalingLaunchConfigPublicIpDisabled", "AutoScalingLaunchConfigPublicIpDisabled", NagMessageLevel::ERROR,
     "The Auto Scaling launch configuration does not have public IP addresses disabled - (Control IDs: "
     "164.308(a)(3)(i), 164.308(a)(3)(ii)(B), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1), "
     "164.312(e)(1)).",
     "If you configure your Network Interfaces with a public IP address, then the associated resources to those "
     "Network Interfaces are reachable from the internet. EC2 resources should not be publicly accessible, as this may "
     "allow unintended access to your applications or servers."},
    {"CloudTrailCloudWatchLogsEnabled", "CloudTrailCloudWatchLogsEnabled", NagMessageLevel::ERROR,
     "The trail does not have CloudWatch logs enabled - (Control IDs: 164.308(a)(3)(ii)(A), 164.312(b)).",
     "Use Amazon CloudWatch to centrally collect and manage log event activity. Inclusion of AWS CloudTrail data "
     "provides details of API call activity within your AWS account."},
    {"CloudTrailEncryptionEnabled", "CloudTrailEncryptionEnabled", NagMessageLevel::ERROR,
     "The trail does not have a KMS key ID or have encryption enabled - (Control ID: 164.312(a)(2)(iv), "
     "164.312(e)(2)(ii)).",
     "Because sensitive data may exist and to help protect data at rest, ensure encryption is enabled for your AWS "
     "CloudTrail trails."},
    {"CloudTrailLogFileValidationEnabled", "CloudTrailLogFileValidationEnabled", NagMessageLevel::ERROR,
     "The trail does not have log file validation enabled - (Control ID: 164.312(c)(1), 164.312(c)(2)).",
     "Utilize AWS CloudTrail log file validation to check the integrity of CloudTrail logs. Log file validation helps "
     "determine if a log file was modified or deleted or unchanged after CloudTrail delivered it. This feature is "
     "built using industry standard algorithms: SHA-256 for hashing and SHA-256 with RSA for digital signing. This "
     "makes it computationally infeasible to modify, delete or forge CloudTrail log files without detection."},
    {"CloudWatchAlarmAction", "CloudWatchAlarmAction", NagMessageLevel::ERROR,
     "The CloudWatch alarm does not have at least one alarm action, one INSUFFICIENT_DATA action, or one OK action "
     "enabled - (Control ID: 164.312(b)).",
     "Amazon CloudWatch alarms alert when a metric breaches the threshold for a specified number of evaluation "
     "periods. The alarm performs one or more actions based on the value of the metric or expression relative to a "
     "threshold over a number of time periods."},
    {"CloudWatchLogGroupEncrypted", "CloudWatchLogGroupEncrypted", NagMessageLevel::ERROR,
     "The CloudWatch Log Group is not encrypted with an AWS KMS key - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(2)(ii)).",
     "To help protect sensitive data at rest, ensure encryption is enabled for your Amazon CloudWatch Log Groups."},
    {"CloudWatchLogGroupRetentionPeriod", "CloudWatchLogGroupRetentionPeriod", NagMessageLevel::ERROR,
     "The CloudWatch Log Group does not have an explicit retention period configured - (Control ID: 164.312(b)).",
     "Ensure a minimum duration of event log data is retained for your log groups to help with troubleshooting and "
     "forensics investigations. The lack of available past event log data makes it difficult to reconstruct and "
     "identify potentially malicious events."},
    {"CodeBuildProjectEnvVarAwsCred", "CodeBuildProjectEnvVarAwsCred", NagMessageLevel::ERROR,
     "The CodeBuild environment stores sensitive credentials (such as AWS_ACCESS_KEY_ID and/or AWS_SECRET_ACCESS_KEY) "
     "as plaintext environment variables - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), "
     "164.312(a)(1)).",
     "Do not store these variables in clear text. Storing these variables in clear text leads to unintended data "
     "exposure and unauthorized access."},
    {"CodeBuildProjectSourceRepoUrl", "CodeBuildProjectSourceRepoUrl", NagMessageLevel::ERROR,
     "The CodeBuild project which utilizes either a GitHub or BitBucket source repository does not utilize OAuth - "
     "(Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1)).",
     "OAuth is the most secure method of authenticating your CodeBuild application. Use OAuth instead of personal "
     "access tokens or a user name and password to grant authorization for accessing GitHub or Bitbucket "
     "repositories."},
    {"DMSReplicationNotPublic", "DMSReplicationNotPublic", NagMessageLevel::ERROR,
     "The DMS replication instance is public - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "DMS replication instances can contain sensitive information and access control is required for such accounts."},
    {"DynamoDBAutoScalingEnabled", "DynamoDBAutoScalingEnabled", NagMessageLevel::ERROR,
     "The provisioned capacity DynamoDB table does not have Auto Scaling enabled on it's indexes - (Control IDs: "
     "164.308(a)(7)(i), 164.308(a)(7)(ii)(C)).",
     "Amazon DynamoDB auto scaling uses the AWS Application Auto Scaling service to adjust provisioned throughput "
     "capacity that automatically responds to actual traffic patterns. This enables a table or a global secondary "
     "index to increase its provisioned read/write capacity to handle sudden increases in traffic, without "
     "throttling."},
    {"DynamoDBInBackupPlan", "DynamoDBInBackupPlan", NagMessageLevel::ERROR,
     "The DynamoDB table is not in an AWS Backup plan - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B)).",
     "To help with data back-up processes, ensure your Amazon DynamoDB tables are a part of an AWS Backup plan. AWS "
     "Backup is a fully managed backup service with a policy-based backup solution. This solution simplifies your "
     "backup management and enables you to meet your business and regulatory backup compliance requirements."},
    {"DynamoDBPITREnabled", "DynamoDBPITREnabled", NagMessageLevel::ERROR,
     "The DynamoDB table does not have Point-in-time Recovery enabled - (Control IDs: 164.308(a)(7)(i), "
     "164.308(a)(7)(ii)(A), 164.308(a)(7)(ii)(B)).",
     "The recovery maintains continuous backups of your table for the last 35 days."},
    {"EC2EBSInBackupPlan", "EC2EBSInBackupPlan", NagMessageLevel::ERROR,
     "The EBS volume is not in an AWS Backup plan - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B)).",
     "To help with data back-up processes, ensure your Amazon Elastic Block Store (Amazon EBS) volumes are a part of "
     "an AWS Backup plan. AWS Backup is a fully managed backup service with a policy-based backup solution. This "
     "solution simplifies your backup management and enables you to meet your business and regulatory backup "
     "compliance requirements."},
    {"EC2EBSOptimizedInstance", "EC2EBSOptimizedInstance", NagMessageLevel::ERROR,
     "The EC2 instance type 'supports' EBS optimization and does not have EBS optimization enabled - (Control ID: "
     "164.308(a)(7)(i)).",
     "An optimized instance in Amazon Elastic Block Store (Amazon EBS) provides additional, dedicated capacity for "
     "Amazon EBS I/O operations. This optimization provides the most efficient performance for your EBS volumes by "
     "minimizing contention between Amazon EBS I/O operations and other traffic from your instance."},
    {"EC2IMDSv2Enabled", "EC2IMDSv2Enabled", NagMessageLevel::ERROR,
     "The EC2 instance does not have IMDSV2 (Instance Metadata Service Version 2) enabled - (Control IDs: "
     "164.308(a)(3)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1)).",
     "Instance Metadata Service Version 2 (IMDSv2) helps protect access and control of Amazon Elastic Compute Cloud "
     "(Amazon EC2) instance metadata. The IMDSv2 method uses session-based controls. With IMDSv2, controls can be "
     "implemented to restrict changes to instance metadata."},
    {"EC2InstanceDetailedMonitoringEnabled", "EC2InstanceDetailedMonitoringEnabled", NagMessageLevel::ERROR,
     "The EC2 instance does not have detailed monitoring enabled - (Control ID: 164.312(b)).",
     "Detailed monitoring provides additional monitoring information (such as 1-minute period graphs) on the AWS "
     "console."},
    {"EC2InstanceNoPublicIp", "EC2InstanceNoPublicIp", NagMessageLevel::ERROR,
     "The EC2 instance is associated with a public IP address - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Amazon EC2 instances can contain sensitive information and access control is required for such resources."},
    {"EC2InstanceProfileAttached", "EC2InstanceProfileAttached", NagMessageLevel::ERROR,
     "The EC2 instance does not have an instance profile attached - (Control IDs: 164.308(a)(3)(i), "
     "164.308(a)(3)(ii)(A), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), 164.312(a)(1)).",
     "EC2 instance profiles pass an IAM role to an EC2 instance. Attaching an instance profile to your instances can "
     "assist with least privilege and permissions management."},
    {"EC2InstancesInVPC", "EC2InstancesInVPC", NagMessageLevel::ERROR,
     "The EC2 instance is not within a VPC - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Because of their logical isolation, domains that reside within an Amazon VPC have an extra layer of security "
     "when compared to domains that use public endpoints."},
    {"EC2RestrictedCommonPorts", "EC2RestrictedCommonPorts", NagMessageLevel::ERROR,
     "The EC2 instance allows unrestricted inbound IPv4 TCP traffic on common ports (20, 21, 3389, 3306, 4333) - "
     "(Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(B), 164.308(a)(4)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Not restricting access to ports to trusted sources can lead to attacks against the availability, integrity and "
     "confidentiality of systems. By default, common ports which should be restricted include port numbers 20, 21, "
     "3389, 3306, and 4333."},
    {"EC2RestrictedSSH", "EC2RestrictedSSH", NagMessageLevel::ERROR,
     "The Security Group allows unrestricted SSH access - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(B), "
     "164.308(a)(4)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), 164.312(a)(1), "
     "164.312(e)(1).",
     "Not allowing ingress (or remote) traffic from 0.0.0.0/0 or ::/0 to port 22 on your resources helps to restrict "
     "remote access."},
    {"ECSTaskDefinitionUserForHostMode", "ECSTaskDefinitionUserForHostMode", NagMessageLevel::ERROR,
     "The ECS task definition is configured for host networking and has at least one container with definitions with "
     "'privileged' set to false or empty or 'user' set to root or empty - (Control IDs: 164.308(a)(3)(i), "
     "164.308(a)(3)(ii)(A), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1)).",
     "If a task definition has elevated privileges it is because you have specifically opted-in to those "
     "configurations. This rule checks for unexpected privilege escalation when a task definition has host networking "
     "enabled but the customer has not opted-in to elevated privileges."},
    {"EFSInBackupPlan", "EFSInBackupPlan", NagMessageLevel::ERROR,
     "The EFS is not in an AWS Backup plan - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B)).",
     "To help with data back-up processes, ensure your Amazon Elastic File System (Amazon EFS) file systems are a part "
     "of an AWS Backup plan. AWS Backup is a fully managed backup service with a policy-based backup solution. This "
     "solution simplifies your backup management and enables you to meet your business and regulatory backup "
     "compliance requirements."},
    {"EFSEncrypted", "EFSEncrypted", NagMessageLevel::ERROR,
     "The EFS does not have encryption at rest enabled - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist and to help protect data at rest, ensure encryption is enabled for your Amazon "
     "Elastic File System (EFS)."},
    {"ElastiCacheRedisClusterAutomaticBackup", "ElastiCacheRedisClusterAutomaticBackup", NagMessageLevel::ERROR,
     "The ElastiCache Redis cluster does not retain automatic backups for at least 15 days - (Control IDs: "
     "164.308(a)(7)(i), 164.308(a)(7)(ii)(A), 164.308(a)(7)(ii)(B)).",
     "Automatic backups can help guard against data loss. If a failure occurs, you can create a new cluster, which "
     "restores your data from the most recent backup."},
    {"ElasticBeanstalkEnhancedHealthReportingEnabled", "ElasticBeanstalkEnhancedHealthReportingEnabled",
     NagMessageLevel::ERROR,
     "The Elastic Beanstalk environment does not have enhanced health reporting enabled - (Control ID: 164.312(b)).",
     "AWS Elastic Beanstalk enhanced health reporting enables a more rapid response to changes in the health of the "
     "underlying infrastructure. These changes could result in a lack of availability of the application. Elastic "
     "Beanstalk enhanced health reporting provides a status descriptor to gauge the severity of the identified issues "
     "and identify possible causes to investigate."},
    {"ElasticBeanstalkManagedUpdatesEnabled", "ElasticBeanstalkManagedUpdatesEnabled", NagMessageLevel::ERROR,
     "The Elastic Beanstalk environment does not have managed updates enabled - (Control ID: 164.308(a)(5)(ii)(A)).",
     "Enabling managed platform updates for an Amazon Elastic Beanstalk environment ensures that the latest available "
     "platform fixes, updates, and features for the environment are installed. Keeping up to date with patch "
     "installation is a best practice in securing systems."},
    {"ALBHttpDropInvalidHeaderEnabled", "ALBHttpDropInvalidHeaderEnabled", NagMessageLevel::ERROR,
     "The ALB does not have invalid HTTP header dropping enabled - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(1), "
     "164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "Ensure that your Application Load Balancers (ALB) are configured to drop http headers. Because sensitive data "
     "can exist, enable encryption in transit to help protect that data."},
    {"ALBHttpToHttpsRedirection", "ALBHttpToHttpsRedirection", NagMessageLevel::ERROR,
     "The ALB's HTTP listeners are not configured to redirect to HTTPS - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(1), 164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "To help protect data in transit, ensure that your Application Load Balancer automatically redirects unencrypted "
     "HTTP requests to HTTPS. Because sensitive data can exist, enable encryption in transit to help protect that "
     "data."},
    {"ELBACMCertificateRequired", "ELBACMCertificateRequired", NagMessageLevel::ERROR,
     "The CLB does not utilize an SSL certificate provided by ACM (Amazon Certificate Manager) - (Control IDs: "
     "164.312(a)(2)(iv), 164.312(e)(1), 164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist and to help protect data at transit, ensure encryption is enabled for your "
     "Elastic Load Balancing. Use AWS Certificate Manager to manage, provision and deploy public and private SSL/TLS "
     "certificates with AWS services and internal resources."},
    {"ELBCrossZoneLoadBalancingEnabled", "ELBCrossZoneLoadBalancingEnabled", NagMessageLevel::ERROR,
     "The CLB does not balance traffic between at least 2 Availability Zones - (Control IDs: 164.308(a)(7)(i), "
     "164.308(a)(7)(ii)(C)).",
     "The cross-zone load balancing reduces the need to maintain equivalent numbers of instances in each enabled "
     "availability zone."},
    {"ELBDeletionProtectionEnabled", "ELBDeletionProtectionEnabled", NagMessageLevel::ERROR,
     "The ALB, NLB, or GLB does not have deletion protection enabled - (Control IDs: 164.308(a)(7)(i), "
     "164.308(a)(7)(ii)(C)).",
     "Use this feature to prevent your load balancer from being accidentally or maliciously deleted, which can lead to "
     "loss of availability for your applications."},
    {"ELBLoggingEnabled", "ELBLoggingEnabled", NagMessageLevel::ERROR,
     "The ELB does not have logging enabled - (Control ID: 164.312(b)).",
     "Elastic Load Balancing activity is a central point of communication within an environment. Ensure ELB logging is "
     "enabled. The collected data provides detailed information about requests sent to The ELB. Each log contains "
     "information such as the time the request was received, the client's IP address, latencies, request paths, and "
     "server responses."},
    {"ELBTlsHttpsListenersOnly", "ELBTlsHttpsListenersOnly", NagMessageLevel::ERROR,
     "The CLB does not restrict its listeners to only the SSL and HTTPS protocols - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(1), 164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist, enable encryption in transit to help protect that data."},
    {"ELBv2ACMCertificateRequired", "ELBv2ACMCertificateRequired", NagMessageLevel::ERROR,
     "The ALB, NLB, or GLB listener does not utilize an SSL certificate provided by ACM (Amazon Certificate Manager) - "
     "(Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist and to help protect data at transit, ensure encryption is enabled for your "
     "Elastic Load Balancing. Use AWS Certificate Manager to manage, provision and deploy public and private SSL/TLS "
     "certificates with AWS services and internal resources."},
    {"EMRKerberosEnabled", "EMRKerberosEnabled", NagMessageLevel::ERROR,
     "The EMR cluster does not have Kerberos enabled - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), "
     "164.308(a)(3)(ii)(B), 164.308(a)(4)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), "
     "164.312(a)(1)).",
     "The access permissions and authorizations can be managed and incorporated with the principles of least privilege "
     "and separation of duties, by enabling Kerberos for Amazon EMR clusters."},
    {"IAMGroupHasUsers", "IAMGroupHasUsers", NagMessageLevel::ERROR,
     "The IAM Group does not have at least one IAM User - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), "
     "164.308(a)(3)(ii)(B), 164.308(a)(4)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), "
     "164.312(a)(1)).",
     "AWS Identity and Access Management (IAM) can help you incorporate the principles of least privilege and "
     "separation of duties with access permissions and authorizations, by ensuring that IAM groups have at least one "
     "IAM user. Placing IAM users in groups based on their associated permissions or job function is one way to "
     "incorporate least privilege."},
    {"IAMNoInlinePolicy", "IAMNoInlinePolicy", NagMessageLevel::ERROR,
     "The IAM Group, User, or Role contains an inline policy - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), "
     "164.308(a)(3)(ii)(B), 164.308(a)(4)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), "
     "164.312(a)(1)).",
     "AWS recommends to use managed policies instead of inline policies. The managed policies allow reusability, "
     "versioning and rolling back, and delegating permissions management."},
    {"IAMPolicyNoStatementsWithAdminAccess", "IAMPolicyNoStatementsWithAdminAccess", NagMessageLevel::ERROR,
     "The IAM policy grants admin access, meaning the policy allows a principal to perform all actions on all "
     "resources - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), 164.308(a)(3)(ii)(B), 164.308(a)(4)(i), "
     "164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), 164.312(a)(1)).",
     "AWS Identity and Access Management (IAM) can help you incorporate the principles of least privilege and "
     "separation of duties with access permissions and authorizations, restricting policies from containing "
     "\"Effect\": \"Allow\" with \"Action\": \"*\" over \"Resource\": \"*\". Allowing users to have more privileges "
     "than needed to complete a task may violate the principle of least privilege and separation of duties."},
    {"IAMPolicyNoStatementsWithFullAccess", "IAMPolicyNoStatementsWithFullAccess", NagMessageLevel::ERROR,
     "The IAM policy grants full access, meaning the policy allows a principal to perform all actions on individual "
     "resources - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), 164.308(a)(3)(ii)(B), 164.308(a)(4)(i), "
     "164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), 164.312(a)(1)).",
     "Ensure IAM Actions are restricted to only those actions that are needed. Allowing users to have more privileges "
     "than needed to complete a task may violate the principle of least privilege and separation of duties."},
    {"IAMUserGroupMembership", "IAMUserGroupMembership", NagMessageLevel::ERROR,
     "The IAM user does not belong to any group(s) - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), "
     "164.308(a)(3)(ii)(B), 164.308(a)(4)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), "
     "164.312(a)(1)).",
     "AWS Identity and Access Management (IAM) can help you restrict access permissions and authorizations, by "
     "ensuring IAM users are members of at least one group. Allowing users more privileges than needed to complete a "
     "task may violate the principle of least privilege and separation of duties."},
    {"IAMUserNoPolicies", "IAMUserNoPolicies", NagMessageLevel::ERROR,
     "The IAM policy is attached at the user level - (Control IDs: 164.308(a)(3)(i), 164.308(a)(3)(ii)(A), "
     "164.308(a)(3)(ii)(B), 164.308(a)(4)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(B), 164.308(a)(4)(ii)(C), "
     "164.312(a)(1)).",
     "Assigning privileges at the group or the role level helps to reduce opportunity for an identity to receive or "
     "retain excessive privileges."},
    {"LambdaConcurrency", "LambdaConcurrency", NagMessageLevel::ERROR,
     "The Lambda function is not configured with function-level concurrent execution limits - (Control ID: "
     "164.312(b)).",
     "Ensure that a Lambda function's concurrency high and low limits are established. This can assist in baselining "
     "the number of requests that your function is serving at any given time."},
    {"LambdaDLQ", "LambdaDLQ", NagMessageLevel::ERROR,
     "The Lambda function is not configured with a dead-letter configuration - (Control ID: 164.312(b)).",
     "Notify the appropriate personnel through Amazon Simple Queue Service (Amazon SQS) or Amazon Simple Notification "
     "Service (Amazon SNS) when a function has failed."},
    {"LambdaFunctionPublicAccessProhibited", "LambdaFunctionPublicAccessProhibited", NagMessageLevel::ERROR,
     "The Lambda function permission grants public access - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Public access allows anyone on the internet to perform unauthenticated actions on your function and can "
     "potentially lead to degraded availability."},
    {"LambdaInsideVPC", "LambdaInsideVPC", NagMessageLevel::ERROR,
     "The Lambda function is not VPC enabled - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Because of their logical isolation, domains that reside within an Amazon VPC have an extra layer of security "
     "when compared to domains that use public endpoints."},
    {"OpenSearchEncryptedAtRest", "OpenSearchEncryptedAtRest", NagMessageLevel::ERROR,
     "The OpenSearch Service domain does not have encryption at rest enabled - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(2)(ii)).",
     "Because sensitive data can exist and to help protect data at rest, ensure encryption is enabled for your Amazon "
     "OpenSearch Service (OpenSearch Service) domains."},
    {"OpenSearchInVPCOnly", "OpenSearchInVPCOnly", NagMessageLevel::ERROR,
     "The OpenSearch Service domain is not running within a VPC - (Control IDs: 164.308(a)(3)(i), "
     "164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "VPCs help secure your AWS resources and provide an extra layer of protection."},
    {"OpenSearchErrorLogsToCloudWatch", "OpenSearchErrorLogsToCloudWatch", NagMessageLevel::ERROR,
     "The OpenSearch Service domain does not stream error logs (ES_APPLICATION_LOGS) to CloudWatch Logs - (Control "
     "IDs: 164.308(a)(3)(ii)(A), 164.312(b)).",
     "Ensure Amazon OpenSearch Service domains have error logs enabled and streamed to Amazon CloudWatch Logs for "
     "retention and response. Domain error logs can assist with security and access audits, and can help to diagnose "
     "availability issues."},
    {"OpenSearchNodeToNodeEncryption", "OpenSearchNodeToNodeEncryption", NagMessageLevel::ERROR,
     "The OpenSearch Service domain does not have node-to-node encryption enabled - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(1), 164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist, enable encryption in transit to help protect that data within your Amazon "
     "OpenSearch Service (OpenSearch Service) domains."},
    {"RDSAutomaticMinorVersionUpgradeEnabled", "RDSAutomaticMinorVersionUpgradeEnabled", NagMessageLevel::ERROR,
     "The RDS DB instance does not have automatic minor version upgrades enabled - (Control ID: 164.308(a)(5)(ii)(A)).",
     "Enable automatic minor version upgrades on your Amazon Relational Database Service (RDS) instances to ensure the "
     "latest minor version updates to the Relational Database Management System (RDBMS) are installed, which may "
     "include security patches and bug fixes."},
    {"RDSEnhancedMonitoringEnabled", "RDSEnhancedMonitoringEnabled", NagMessageLevel::ERROR,
     "The RDS DB instance does not have enhanced monitoring enabled - (Control ID: 164.312(b)).",
     "Enable enhanced monitoring to help monitor Amazon RDS availability. This provides detailed visibility into the "
     "health of your Amazon RDS database instances."},
    {"RDSInBackupPlan", "RDSInBackupPlan", NagMessageLevel::ERROR,
     "The RDS DB instance is not in an AWS Backup plan - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B)).",
     "To help with data back-up processes, ensure your Amazon Relational Database Service (Amazon RDS) instances are a "
     "part of an AWS Backup plan. AWS Backup is a fully managed backup service with a policy-based backup solution. "
     "This solution simplifies your backup management and enables you to meet your business and regulatory backup "
     "compliance requirements."},
    {"RDSInstanceBackupEnabled", "RDSInstanceBackupEnabled", NagMessageLevel::ERROR,
     "The RDS DB instance does not have backups enabled - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B)).",
     "The backup feature of Amazon RDS creates backups of your databases and transaction logs."},
    {"RDSInstanceDeletionProtectionEnabled", "RDSInstanceDeletionProtectionEnabled", NagMessageLevel::ERROR,
     "The RDS DB instance or Aurora DB cluster does not have deletion protection enabled - (Control IDs: "
     "164.308(a)(7)(i), 164.308(a)(7)(ii)(C)).",
     "Ensure Amazon Relational Database Service (Amazon RDS) instances and clusters have deletion protection enabled. "
     "Use deletion protection to prevent your Amazon RDS DB instances and clusters from being accidentally or "
     "maliciously deleted, which can lead to loss of availability for your applications."},
    {"RDSMultiAZSupport", "RDSMultiAZSupport", NagMessageLevel::ERROR,
     "The non-Aurora RDS DB instance does not have multi-AZ support enabled - (Control IDs: 164.308(a)(7)(i), "
     "164.308(a)(7)(ii)(C)).",
     "Multi-AZ support in Amazon Relational Database Service (Amazon RDS) provides enhanced availability and "
     "durability for database instances. When you provision a Multi-AZ database instance, Amazon RDS automatically "
     "creates a primary database instance, and synchronously replicates the data to a standby instance in a different "
     "Availability Zone. In case of an infrastructure failure, Amazon RDS performs an automatic failover to the "
     "standby so that you can resume database operations as soon as the failover is complete."},
    {"RDSInstancePublicAccess", "RDSInstancePublicAccess", NagMessageLevel::ERROR,
     "The RDS DB instance allows public access - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Amazon RDS database instances can contain sensitive information, and principles and access control is required "
     "for such accounts."},
    {"RDSLoggingEnabled", "RDSLoggingEnabled", NagMessageLevel::ERROR,
     "The non-Aurora RDS DB instance or Aurora cluster does not have all CloudWatch log types exported - (Control IDs: "
     "164.308(a)(3)(ii)(A), 164.308(a)(5)(ii)(C)).",
     "To help with logging and monitoring within your environment, ensure Amazon Relational Database Service (Amazon "
     "RDS) logging is enabled. With Amazon RDS logging, you can capture events such as connections, disconnections, "
     "queries, or tables queried.This is a granular rule that returns individual findings that can be suppressed with "
     "'appliesTo'. The findings are in the format 'LogExport::<log>' for exported logs. Example: appliesTo: "
     "['LogExport::audit']."},
    {"RDSStorageEncrypted", "RDSStorageEncrypted", NagMessageLevel::ERROR,
     "The RDS DB instance or Aurora DB cluster does not have storage encrypted - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(2)(ii)).",
     "Because sensitive data can exist at rest in Amazon RDS DB instances and clusters, enable encryption at rest to "
     "help protect that data."},
    {"RedshiftBackupEnabled", "RedshiftBackupEnabled", NagMessageLevel::ERROR,
     "The Redshift cluster does not have automated snapshots enabled or the retention period is not between 1 and 35 "
     "days - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), 164.308(a)(7)(ii)(B)).",
     "To help with data back-up processes, ensure your Amazon Redshift clusters have automated snapshots. When "
     "automated snapshots are enabled for a cluster, Redshift periodically takes snapshots of that cluster. By "
     "default, Redshift takes a snapshot every eight hours or every 5 GB per node of data changes, or whichever comes "
     "first."},
    {"RedshiftClusterConfiguration", "RedshiftClusterConfiguration", NagMessageLevel::ERROR,
     "The Redshift cluster does not have encryption or audit logging enabled - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(b), 164.312(e)(2)(ii)).",
     "To protect data at rest, ensure that encryption is enabled for your Amazon Redshift clusters. You must also "
     "ensure that required configurations are deployed on Amazon Redshift clusters. The audit logging should be "
     "enabled to provide information about connections and user activities in the database."},
    {"RedshiftClusterMaintenanceSettings", "RedshiftClusterMaintenanceSettings", NagMessageLevel::ERROR,
     "The Redshift cluster does not have version upgrades enabled, automated snapshot retention periods enabled, and "
     "an explicit maintenance window configured - (Control IDs: 164.308(a)(5)(ii)(A), 164.308(a)(7)(ii)(A)).",
     "Ensure that Amazon Redshift clusters have the preferred settings for your organization. Specifically, that they "
     "have preferred maintenance windows and automated snapshot retention periods for the database."},
    {"RedshiftClusterPublicAccess", "RedshiftClusterPublicAccess", NagMessageLevel::ERROR,
     "The Redshift cluster allows public access - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Amazon Redshift clusters can contain sensitive information and principles and access control is required for "
     "such accounts."},
    {"RedshiftEnhancedVPCRoutingEnabled", "RedshiftEnhancedVPCRoutingEnabled", NagMessageLevel::ERROR,
     "The Redshift cluster does not have enhanced VPC routing enabled - (Control IDs: 164.312(e)(1)).",
     "Enhanced VPC routing forces all COPY and UNLOAD traffic between the cluster and data repositories to go through "
     "your Amazon VPC. You can then use VPC features such as security groups and network access control lists to "
     "secure network traffic. You can also use VPC flow logs to monitor network traffic."},
    {"RedshiftRequireTlsSSL", "RedshiftRequireTlsSSL", NagMessageLevel::ERROR,
     "The Redshift cluster does not require TLS/SSL encryption - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(1), "
     "164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "Ensure that your Amazon Redshift clusters require TLS/SSL encryption to connect to SQL clients. Because "
     "sensitive data can exist, enable encryption in transit to help protect that data."},
    {"S3BucketLevelPublicAccessProhibited", "S3BucketLevelPublicAccessProhibited", NagMessageLevel::ERROR,
     "The S3 bucket does not prohibit public access through bucket level settings - (Control IDs: 164.308(a)(3)(i), "
     "164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Keep sensitive data safe from unauthorized remote users by preventing public access at the bucket level."},
    {"S3BucketLoggingEnabled", "S3BucketLoggingEnabled", NagMessageLevel::ERROR,
     "The S3 Bucket does not have server access logs enabled - (Control IDs: 164.308(a)(3)(ii)(A), 164.312(b)).",
     "Amazon Simple Storage Service (Amazon S3) server access logging provides a method to monitor the network for "
     "potential cybersecurity events. The events are monitored by capturing detailed records for the requests that are "
     "made to an Amazon S3 bucket. Each access log record provides details about a single access request. The details "
     "include the requester, bucket name, request time, request action, response status, and an error code, if "
     "relevant."},
    {"S3BucketPublicReadProhibited", "S3BucketPublicReadProhibited", NagMessageLevel::ERROR,
     "The S3 Bucket does not prohibit public read access through its Block Public Access configurations and bucket "
     "ACLs - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1), "
     "164.312(e)(1)).",
     "The management of access should be consistent with the classification of the data."},
    {"S3BucketPublicWriteProhibited", "S3BucketPublicWriteProhibited", NagMessageLevel::ERROR,
     "The S3 Bucket does not prohibit public write access through its Block Public Access configurations and bucket "
     "ACLs - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1), "
     "164.312(e)(1)).",
     "The management of access should be consistent with the classification of the data."},
    {"S3BucketReplicationEnabled", "S3BucketReplicationEnabled", NagMessageLevel::ERROR,
     "The S3 Bucket does not have replication enabled - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B)).",
     "Amazon Simple Storage Service (Amazon S3) Cross-Region Replication (CRR) supports maintaining adequate capacity "
     "and availability. CRR enables automatic, asynchronous copying of objects across Amazon S3 buckets to help ensure "
     "that data availability is maintained."},
    {"S3BucketSSLRequestsOnly", "S3BucketSSLRequestsOnly", NagMessageLevel::ERROR,
     "The S3 Bucket or bucket policy does not require requests to use SSL - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(c)(2), 164.312(e)(1), 164.312(e)(2)(i), 164.312(e)(2)(ii)).",
     "To help protect data in transit, ensure that your Amazon Simple Storage Service (Amazon S3) buckets require "
     "requests to use Secure Socket Layer (SSL). Because sensitive data can exist, enable encryption in transit to "
     "help protect that data."},
    {"S3BucketVersioningEnabled", "S3BucketVersioningEnabled", NagMessageLevel::ERROR,
     "The S3 Bucket does not have versioning enabled - (Control IDs: 164.308(a)(7)(i), 164.308(a)(7)(ii)(A), "
     "164.308(a)(7)(ii)(B), 164.312(c)(1), 164.312(c)(2)).",
     "Use versioning to preserve, retrieve, and restore every version of every object stored in your Amazon S3 bucket. "
     "Versioning helps you to easily recover from unintended user actions and application failures."},
    {"S3DefaultEncryptionKMS", "S3DefaultEncryptionKMS", NagMessageLevel::ERROR,
     "The S3 Bucket is not encrypted with a KMS Key by default - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "Ensure that encryption is enabled for your Amazon Simple Storage Service (Amazon S3) buckets. Because sensitive "
     "data can exist at rest in an Amazon S3 bucket, enable encryption at rest to help protect that data."},
    {"SageMakerEndpointConfigurationKMSKeyConfigured", "SageMakerEndpointConfigurationKMSKeyConfigured",
     NagMessageLevel::ERROR,
     "The SageMaker endpoint is not encrypted with a KMS key - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist at rest in SageMaker endpoint, enable encryption at rest to help protect that "
     "data."},
    {"SageMakerNotebookInstanceKMSKeyConfigured", "SageMakerNotebookInstanceKMSKeyConfigured", NagMessageLevel::ERROR,
     "The SageMaker notebook is not encrypted with a KMS key - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist at rest in SageMaker notebook, enable encryption at rest to help protect that "
     "data."},
    {"SageMakerNotebookNoDirectInternetAccess", "SageMakerNotebookNoDirectInternetAccess", NagMessageLevel::ERROR,
     "The SageMaker notebook does not disable direct internet access - (Control IDs: 164.308(a)(3)(i), "
     "164.308(a)(4)(ii)(A), 164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "By preventing direct internet access, you can keep sensitive data from being accessed by unauthorized users."},
    {"SecretsManagerRotationEnabled", "SecretsManagerRotationEnabled", NagMessageLevel::ERROR,
     "The secret does not have automatic rotation scheduled - (Control ID: 164.308(a)(4)(ii)(B)).",
     "Rotating secrets on a regular schedule can shorten the period a secret is active, and potentially reduce the "
     "business impact if the secret is compromised."},
    {"SecretsManagerUsingKMSKey", "SecretsManagerUsingKMSKey", NagMessageLevel::ERROR,
     "The secret is not encrypted with a KMS Customer managed key - (Control IDs: 164.312(a)(2)(iv), "
     "164.312(e)(2)(ii)).",
     "To help protect data at rest, ensure encryption with AWS Key Management Service (AWS KMS) is enabled for AWS "
     "Secrets Manager secrets. Because sensitive data can exist at rest in Secrets Manager secrets, enable encryption "
     "at rest to help protect that data."},
    {"SNSEncryptedKMS", "SNSEncryptedKMS", NagMessageLevel::ERROR,
     "The SNS topic does not have KMS encryption enabled - (Control IDs: 164.312(a)(2)(iv), 164.312(e)(2)(ii)).",
     "Because sensitive data can exist at rest in published messages, enable encryption at rest to help protect that "
     "data."},
    {"VPCDefaultSecurityGroupClosed", "VPCDefaultSecurityGroupClosed", NagMessageLevel::WARN,
     "The VPC's default security group allows inbound or outbound traffic - (Control ID: 164.312(e)(1)).",
     "When creating a VPC through CloudFormation, the default security group will always be open. Therefore it is "
     "important to always close the default security group after stack creation whenever a VPC is created. Restricting "
     "all the traffic on the default security group helps in restricting remote access to your AWS resources."},
    {"VPCFlowLogsEnabled", "VPCFlowLogsEnabled", NagMessageLevel::ERROR,
     "The VPC does not have an associated Flow Log - (Control IDs: 164.308(a)(3)(ii)(A), 164.312(b)).",
     "The VPC flow logs provide detailed records for information about the IP traffic going to and from network "
     "interfaces in your Amazon Virtual Private Cloud (Amazon VPC). By default, the flow log record includes values "
     "for the different components of the IP flow, including the source, destination, and protocol."},
    {"VPCNoUnrestrictedRouteToIGW", "VPCNoUnrestrictedRouteToIGW", NagMessageLevel::ERROR,
     "The route table may contain one or more unrestricted route(s) to an IGW ('0.0.0.0/0' or '::/0') - (Control ID: "
     "164.312(e)(1)).",
     "Ensure Amazon EC2 route tables do not have unrestricted routes to an internet gateway. Removing or limiting the "
     "access to the internet for workloads within Amazon VPCs can reduce unintended access within your environment."},
    {"VPCSubnetAutoAssignPublicIpDisabled", "VPCSubnetAutoAssignPublicIpDisabled", NagMessageLevel::ERROR,
     "The subnet auto-assigns public IP addresses - (Control IDs: 164.308(a)(3)(i), 164.308(a)(4)(ii)(A), "
     "164.308(a)(4)(ii)(C), 164.312(a)(1), 164.312(e)(1)).",
     "Manage access to the AWS Cloud by ensuring Amazon Virtual Private Cloud (VPC) subnets are not automatically "
     "assigned a public IP address. Amazon Elastic Compute Cloud (EC2) instances that are launched into subnets that "
     "have this attribute enabled have a public IP address assigned to their primary network interface."},
    {"WAFv2LoggingEnabled", "WAFv2LoggingEnabled", NagMessageLevel::ERROR,
     "The WAFv2 web ACL does not have logging enabled - (Control ID: 164.312(b)).",
     "AWS WAF logging provides detailed information about the traffic that is analyzed by your web ACL. The logs "
     "record the time that AWS WAF received the request from your AWS resource, information about the request, and an "
     "action for the rule that each request matched."},
};

constexpr detail::PackTable kHipaaTable{kHipaaRules};

}  // namespace

HIPAASecurityChecks::HIPAASecurityChecks(NagPackProps props) : NagPack("HIPAA.Security", kHipaaTable, props) {}

}  // namespace cdk::compliance
