// Facts about regions that imported buckets need (aws-cdk-lib's region-info, for the regions it knows).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cdk::s3::detail {

/// The domain suffix of the region's partition ("amazonaws.com", "amazonaws.com.cn", ...); nullopt for a
/// region aws-cdk-lib does not know.
std::optional<std::string> domainSuffix(std::string_view region);

/// The S3 static website endpoint of the region: "s3-website-<region>.amazonaws.com" for the regions that
/// kept the old form, "s3-website.<region>.<suffix>" for the others; nullopt for an unknown region.
std::optional<std::string> s3StaticWebsiteEndpoint(std::string_view region);

}  // namespace cdk::s3::detail
