"""Which Fn::GetAtt names a resource type accepts, beyond its schema's readOnlyProperties.

CloudFormation accepts GetAtt of every property for some older resource types, and of a few properties that
their schemas do not list as read-only. These facts are not in the registry schemas; they are the ones
cfn-lint (the judge of our templates) knows, restated here as data so that the L1 layer refuses exactly the
GetAtt names cfn-lint refuses (E6101) and no more.
"""

# Types whose every property (and member of an object property) can be read with GetAtt.
ALL_PROPERTIES = frozenset("""
AWS::Amplify::Branch AWS::Amplify::Domain AWS::AppSync::DomainName AWS::AppSync::FunctionConfiguration
AWS::AppSync::Resolver AWS::AutoScaling::AutoScalingGroup AWS::Backup::BackupSelection AWS::Backup::BackupVault
AWS::Backup::LogicallyAirGappedBackupVault AWS::CodeArtifact::Domain AWS::CodeArtifact::Repository
AWS::EC2::CapacityReservation AWS::EC2::Instance AWS::EC2::SecurityGroup AWS::EC2::Subnet AWS::EC2::VPC
AWS::EFS::MountTarget AWS::EKS::Nodegroup AWS::ElastiCache::ReplicationGroup
AWS::ElasticLoadBalancingV2::LoadBalancer AWS::Events::EventBus AWS::EventSchemas::Discoverer
AWS::EventSchemas::Registry AWS::EventSchemas::Schema AWS::GameLift::GameSessionQueue
AWS::GameLift::MatchmakingConfiguration AWS::GameLift::MatchmakingRuleSet AWS::Grafana::Workspace
AWS::Greengrass::ConnectorDefinition AWS::Greengrass::CoreDefinition AWS::Greengrass::DeviceDefinition
AWS::Greengrass::FunctionDefinition AWS::Greengrass::Group AWS::Greengrass::LoggerDefinition
AWS::Greengrass::ResourceDefinition AWS::Greengrass::SubscriptionDefinition AWS::ImageBuilder::Component
AWS::ImageBuilder::ContainerRecipe AWS::ImageBuilder::DistributionConfiguration AWS::ImageBuilder::ImagePipeline
AWS::ImageBuilder::ImageRecipe AWS::ImageBuilder::InfrastructureConfiguration AWS::ManagedBlockchain::Node
AWS::Neptune::DBCluster AWS::RDS::DBInstance AWS::RDS::DBParameterGroup AWS::RedshiftServerless::Workgroup
AWS::RoboMaker::RobotApplication AWS::RoboMaker::SimulationApplication AWS::Route53Resolver::ResolverRule
AWS::Route53Resolver::ResolverRuleAssociation AWS::S3::AccessPoint AWS::SageMaker::DataQualityJobDefinition
AWS::SageMaker::ModelBiasJobDefinition AWS::SageMaker::ModelExplainabilityJobDefinition
AWS::SageMaker::ModelQualityJobDefinition AWS::SageMaker::MonitoringSchedule AWS::SNS::Topic AWS::SQS::Queue
AWS::SSM::Parameter AWS::StepFunctions::Activity
""".split())

# Properties readable with GetAtt although the schema does not list them as read-only.
EXTRA = {
    "AWS::AppMesh::GatewayRoute": ["GatewayRouteName", "MeshName", "MeshOwner", "VirtualGatewayName"],
    "AWS::AppMesh::Mesh": ["MeshName"],
    "AWS::AppMesh::Route": ["MeshName", "MeshOwner", "RouteName", "VirtualRouterName"],
    "AWS::AppMesh::VirtualGateway": ["MeshName", "MeshOwner", "VirtualGatewayName"],
    "AWS::AppMesh::VirtualNode": ["MeshName", "MeshOwner", "VirtualNodeName"],
    "AWS::AppMesh::VirtualRouter": ["MeshName", "MeshOwner", "VirtualRouterName"],
    "AWS::AppMesh::VirtualService": ["MeshName", "MeshOwner", "VirtualServiceName"],
    "AWS::AppSync::DataSource": ["Name"],
    "AWS::Cloud9::EnvironmentEC2": ["Name"],
    "AWS::CloudWatch::InsightRule": ["RuleName"],
    "AWS::DocDB::DBCluster": ["Port"],
    "AWS::IoT1Click::Device": ["Enabled"],
    "AWS::IoT1Click::Placement": ["PlacementName", "ProjectName"],
    "AWS::IoT1Click::Project": ["ProjectName"],
    "AWS::Kinesis::StreamConsumer": ["ConsumerName", "StreamARN"],
    "AWS::ManagedBlockchain::Member": ["NetworkId"],
    "AWS::MediaConvert::JobTemplate": ["Name"],
    "AWS::MediaConvert::Preset": ["Name"],
    "AWS::MediaConvert::Queue": ["Name"],
    "AWS::MediaLive::Input": ["Destinations", "Sources"],
    "AWS::OpsWorks::Instance": ["AvailabilityZone"],
    "AWS::OpsWorks::UserProfile": ["SshUsername"],
    "AWS::Route53Resolver::ResolverEndpoint": ["Direction", "Name"],
    "AWS::SageMaker::CodeRepository": ["CodeRepositoryName"],
    "AWS::SageMaker::Endpoint": ["EndpointName"],
    "AWS::SageMaker::EndpointConfig": ["EndpointConfigName"],
    "AWS::SageMaker::Model": ["ModelName"],
    "AWS::SageMaker::NotebookInstance": ["NotebookInstanceName"],
    "AWS::SageMaker::NotebookInstanceLifecycleConfig": ["NotebookInstanceLifecycleConfigName"],
    "AWS::SageMaker::Workteam": ["WorkteamName"],
    "AWS::ServiceDiscovery::Service": ["Name"],
    "AWS::Transfer::User": ["ServerId", "UserName"],
}


def getatt_names(type_name: str, attributes: list[str], property_names: list[str]) -> list[str]:
    """The names the type's GetAtt check accepts: a nested name "A.B" is accepted when "A" is listed."""
    names = set(attributes)
    if type_name in ALL_PROPERTIES:
        names.update(property_names)
    names.update(EXTRA.get(type_name, []))
    return sorted(names)
