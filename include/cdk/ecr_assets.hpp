// aws-cdk-lib's aws_ecr_assets: Docker images built from local folders and pushed for the stack's resources.
#pragma once

#include "cdk/ecr_assets/docker_image_asset.hpp"
