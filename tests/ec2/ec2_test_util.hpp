// Helpers of the ec2 tests: synthesize a stack and compare it with an aws-cdk-lib fixture.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cdk/assertions.hpp"
#include "cdk/cfn/ec2.hpp"
#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/ec2.hpp"
#include "template_compare.hpp"
#include "test_support.hpp"

namespace ec2test {

using json = nlohmann::ordered_json;
using cdkpp_test::expectMatchesFixture;
using cdkpp_test::expectSameSection;
using cdkpp_test::keysOf;
using cdkpp_test::messagesWith;
using cdkpp_test::synthTemplate;

/// tests/ec2/fixtures/<name>.template.json: aws-cdk-lib 2.276's template for the program <name>.ts.
inline json fixture(const std::string& name) {
  return json::parse(cdkpp_test::readFile(std::filesystem::path(CDKPP_SOURCE_DIR) / "tests" / "ec2" / "fixtures" /
                                          (name + ".template.json")));
}

}  // namespace ec2test
