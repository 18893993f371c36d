// aws-cdk-lib's aws_s3_assets: local files and folders uploaded for the stack's resources.
#pragma once

#include "cdk/s3_assets/asset.hpp"
