// Helpers of the ecs and elasticloadbalancingv2 tests (both build ECS services): fixtures aws-cdk-lib 2.276
// wrote for the same programs, the warnings of a synthesis, and the error a program throws.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cdk/ecs.hpp"
#include "cdk/elasticloadbalancingv2.hpp"
#include "cdk/iam.hpp"
#include "cdk/logs.hpp"
#include "data_test_util.hpp"

namespace ecstest {

namespace ec2 = cdk::ec2;
namespace ecs = cdk::ecs;
namespace elbv2 = cdk::elasticloadbalancingv2;
using datatest::Fixture;
using datatest::json;
using datatest::seedVpc;

/// The image most tests run: nginx from Docker Hub.
inline std::shared_ptr<ecs::RepositoryImage> nginx() { return ecs::ContainerImage::fromRegistry("nginx"); }

/// tests/<module>/fixtures/<name>.template.json.
inline json fixture(const std::string& name, const std::string& module = "ecs") {
  return datatest::fixture(module, name);
}

/// The first line of <name>.error.txt without aws-cdk-lib's error code.
inline std::string fixtureError(const std::string& name, const std::string& module = "ecs") {
  return datatest::fixtureError(module, name);
}

/// The warnings of the last synthesis of `app`, without cdkpp's deprecation warnings ("The API ... is
/// deprecated", which aws-cdk-lib's jsii runtime prints to stderr instead of the manifest).
inline std::vector<cdk::SynthesisMessage> warnings(const cdk::App& app) {
  std::vector<cdk::SynthesisMessage> found;
  if (!app.assembly()) return found;
  for (const auto& message : app.assembly()->messages()) {
    if (message.level == cdk::SynthesisMessage::Level::Warning && message.message.find("The API ") != 0) {
      found.push_back(message);
    }
  }
  return found;
}

/// aws-cdk-lib's warnings for the fixture (<name>.annotations.json) are exactly ours: same messages, same
/// construct paths (the fixture's paths start with "/").
inline void expectFixtureWarnings(const cdk::App& app, const std::string& name, const std::string& module = "ecs") {
  const json expected = json::parse(cdkpp_test::readFile(datatest::fixturePath(module, name, ".annotations.json")));
  for (const auto& annotation : expected) {
    const std::string message = annotation["message"];
    const auto found = datatest::messagesWith(app, message);
    ASSERT_EQ(found.size(), 1u) << "missing warning: " << message;
    EXPECT_EQ("/" + found[0].path, annotation["path"].get<std::string>()) << message;
  }
  std::string ours;
  for (const auto& w : warnings(app)) ours += "\n  [" + w.path + "] " + w.message;
  EXPECT_EQ(warnings(app).size(), expected.size()) << "our warnings:" << ours;
}

/// `build` fails, at construction (cdk::ConstructError) or at synthesis (the first issue of a
/// cdk::ValidationError): the error names `path` and its message contains `message`.
inline void expectError(const std::function<void(Fixture&)>& build, const std::string& path,
                        const std::string& message) {
  Fixture f;
  try {
    build(f);
    f.app.synth({.write = false});
    ADD_FAILURE() << "expected an error containing: " << message;
  } catch (const cdk::ValidationError& e) {
    ASSERT_FALSE(e.issues().empty()) << e.what();
    EXPECT_EQ(e.issues()[0].path, path) << e.what();
    EXPECT_NE(e.issues()[0].message.find(message), std::string::npos) << e.what();
  } catch (const cdk::ConstructError& e) {
    EXPECT_EQ(e.path(), path) << e.what();
    EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
  }
}

using datatest::expectConstructError;

/// The resource of the synthesized template with this logical id (an empty object if there is none).
inline json resource(const json& tmpl, const std::string& logicalId) {
  return tmpl["Resources"].contains(logicalId) ? tmpl["Resources"][logicalId] : json::object();
}

/// The logical ids of the template's resources of `type`, in template order.
inline std::vector<std::string> resourcesOfType(const json& tmpl, const std::string& type) {
  std::vector<std::string> ids;
  for (const auto& [id, r] : tmpl["Resources"].items()) {
    if (r["Type"] == type) ids.push_back(id);
  }
  return ids;
}

/// The single resource of `type` (fails the test when there is not exactly one).
inline json onlyResource(const json& tmpl, const std::string& type) {
  const auto ids = resourcesOfType(tmpl, type);
  EXPECT_EQ(ids.size(), 1u) << type;
  return ids.empty() ? json::object() : tmpl["Resources"][ids[0]];
}

}  // namespace ecstest
