// Templates as YAML (templateToYaml) and read back from JSON or YAML (readTemplate), and the App's switches
// that write them into the assembly (--yaml, AppProps::yaml, context cdkpp:yaml).
#include <algorithm>

#include <gtest/gtest.h>

#include "cdk/core.hpp"
#include "cdk/core/cloud_assembly.hpp"
#include "cdk/core/template_format.hpp"
#include "test_support.hpp"

namespace {

using cdk::readTemplate;
using cdk::TemplateError;
using cdk::templateToYaml;
using cdk::Value;
using cdkpp_test::readFile;
using cdkpp_test::TempDir;
namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

TEST(TemplateYamlTest, WritesTheFormPeopleWriteByHand) {
  const json t = json::parse(R"({
    "AWSTemplateFormatVersion": "2010-09-09",
    "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
    "Resources": {
      "Bucket": {
        "Type": "AWS::S3::Bucket",
        "Properties": {
          "BucketName": {"Fn::Sub": "${AWS::StackName}-data"},
          "Tags": [{"Key": "Enabled", "Value": "yes"}, {"Key": "Version", "Value": "1.0"}],
          "Empty": {}, "None": [], "Nothing": null, "Ratio": 0.25, "Big": 1e+20, "Count": 3, "On": true,
          "Arn": {"Fn::GetAtt": ["Key", "Arn"]},
          "Address": {"Fn::GetAtt": ["Db", "Endpoint.Address"]},
          "Port": {"Fn::GetAtt": "Db.Endpoint.Port"},
          "Joined": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::*"]]},
          "Chosen": {"Fn::If": ["IsProd", {"Ref": "AWS::NoValue"}, "*"]},
          "UserData": {"Fn::Base64": {"Fn::Sub": "echo ${Bucket}"}},
          "Zones": {"Fn::GetAZs": {"Ref": "AWS::Region"}},
          "Policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Condition": {"Bool": {"a: b": "#x"}}}]}
        },
        "Condition": "IsProd"
      }
    }
  })");
  EXPECT_EQ(templateToYaml(t), R"(AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  IsProd: !Equals
    - !Ref Env
    - prod
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub ${AWS::StackName}-data
      Tags:
        - Key: Enabled
          Value: 'yes'
        - Key: Version
          Value: '1.0'
      Empty: {}
      None: []
      Nothing: null
      Ratio: 0.25
      Big: 1.0e+20
      Count: 3
      'On': true
      Arn: !GetAtt Key.Arn
      Address: !GetAtt Db.Endpoint.Address
      Port:
        Fn::GetAtt: Db.Endpoint.Port
      Joined: !Join
        - ''
        -
          - "arn:"
          - !Ref AWS::Partition
          - :s3:::*
      Chosen: !If
        - IsProd
        - !Ref AWS::NoValue
        - "*"
      UserData:
        Fn::Base64: !Sub echo ${Bucket}
      Zones:
        Fn::GetAZs: !Ref AWS::Region
      Policy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Condition:
              Bool:
                "a: b": "#x"
    Condition: IsProd
)");
}

TEST(TemplateYamlTest, QuotesEveryStringAYamlReaderWouldTakeForSomethingElse) {
  // YAML 1.1 (PyYAML, CloudFormation) and 1.2 types; each must come back as the same string.
  const std::vector<std::string> strings = {"yes",
                                            "No",
                                            "ON",
                                            "off",
                                            "y",
                                            "N",
                                            "true",
                                            "False",
                                            "null",
                                            "~",
                                            "",
                                            "1",
                                            "-1",
                                            "+1",
                                            "0x1F",
                                            "0o17",
                                            "017",
                                            "0b101",
                                            "1_000",
                                            "1:30",
                                            "1.0",
                                            "1e3",
                                            "1E-3",
                                            ".5",
                                            "-.inf",
                                            ".NaN",
                                            "1:30.5",
                                            "2012-10-17",
                                            "2001-12-14t21:59:43.10-05:00",
                                            "<<",
                                            "=",
                                            "*",
                                            "&a",
                                            "!Ref",
                                            "- x",
                                            "a: b",
                                            "a #b",
                                            " lead",
                                            "trail ",
                                            "two\nlines",
                                            "tab\tin",
                                            "quote'in",
                                            "\"dq\"",
                                            "ünïcödé",
                                            "{a: 1}",
                                            "[1]",
                                            "%x",
                                            "@x",
                                            "`x",
                                            "|x",
                                            ">x",
                                            "?",
                                            "? x",
                                            ":x",
                                            "x:",
                                            "arn:aws:s3:::b/*",
                                            "${AWS::Region}",
                                            "#"};
  json t = {{"Resources", json::object()}};
  json values = json::array();
  for (const auto& s : strings) values.push_back(s);
  t["Values"] = values;
  json keys = json::object();
  for (const auto& s : strings) keys[s] = s;
  t["Keys"] = keys;
  const std::string yaml = templateToYaml(t);
  EXPECT_EQ(readTemplate(yaml, "test.yaml"), t) << yaml;
  // Strings that need nothing stay plain.
  EXPECT_NE(yaml.find("- arn:aws:s3:::b/*\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("- ${AWS::Region}\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("- ünïcödé\n"), std::string::npos) << yaml;
}

TEST(TemplateYamlTest, QuotesAndEscapesAsYamlCppDid) {
  // The writer is cdkpp's own (for speed); this is the text yaml-cpp 0.7's emitter wrote for the same template:
  // typed strings single-quoted, syntax and multi-line strings double-quoted, escapes, keys, empty collections.
  const json t = json::parse(R"JSON({
    "Typed": ["yes", "Off", "y", "true", "null", "~", "", "12", "-3", "0x1F", "017", "1_000", "1:30", "1.5", "1e3",
              ".inf", "2012-10-17", "<<", "="],
    "Syntax": ["a: b", "a:b", "x:", ":x", "a #b", "a#b", "#x", "- x", "-x", "-", "? x", "*", "&a", "!x", "%x", "@x",
               "`x", "|", ">", "[1]", "{a}", ",", "'q'", "\"q\"", "it's", " lead", "trail ", "tab\tin"],
    "Lines": ["two\nlines", "end\n", "yes\nno", "it's\nx", "back\\slash\n"],
    "Controls": ["bell\u0007", "c1\u0080", "bom\ufeff"],
    "Unicode": ["ünïcödé", "日本語", "😀", "\ufeffx"],
    "'yes'": 1, "On": 2, "": 3, "a: b": 4, "#k": 5, "- k": 6, "k\nl": 7,
    "Empty": {"Map": {}, "List": [], "Azs": {"Fn::GetAZs": {}}, "Join": {"Fn::Join": []}},
    "Numbers": [0, -7, 0.5, 1e20, -2.5e-7, 100.0]
  })JSON");
  EXPECT_EQ(templateToYaml(t), R"(Typed:
  - 'yes'
  - 'Off'
  - 'y'
  - 'true'
  - 'null'
  - '~'
  - ''
  - '12'
  - '-3'
  - '0x1F'
  - '017'
  - '1_000'
  - '1:30'
  - '1.5'
  - '1e3'
  - '.inf'
  - '2012-10-17'
  - '<<'
  - '='
Syntax:
  - "a: b"
  - a:b
  - "x:"
  - :x
  - "a #b"
  - a#b
  - "#x"
  - "- x"
  - -x
  - "-"
  - "? x"
  - "*"
  - "&a"
  - "!x"
  - "%x"
  - "@x"
  - "`x"
  - "|"
  - ">"
  - "[1]"
  - "{a}"
  - ","
  - "'q'"
  - "\"q\""
  - it's
  - " lead"
  - "trail "
  - "tab\tin"
Lines:
  - "two\nlines"
  - "end\n"
  - "yes\nno"
  - "it's\nx"
  - "back\\slash\n"
Controls:
  - "bell\x07"
  - "c1\x80"
  - "bom\ufeff"
Unicode:
  - ünïcödé
  - 日本語
  - 😀
  - "\ufeffx"
"'yes'": 1
'On': 2
'': 3
"a: b": 4
"#k": 5
"- k": 6
"k\nl": 7
Empty:
  Map: {}
  List: []
  Azs: !GetAZs {}
  Join: !Join []
Numbers:
  - 0
  - -7
  - 0.5
  - 1.0e+20
  - -2.5e-07
  - 100.0
)");
  EXPECT_EQ(readTemplate(templateToYaml(t), "t.yaml"), t);
  // A no-break space is printable: plain, unless quoted for another reason (then escaped, as yaml-cpp did).
  EXPECT_EQ(templateToYaml({{"A", "a\u00a0b"}, {"B", "a\u00a0b\n"}}), "A: a\u00a0b\nB: \"a\\xa0b\\n\"\n");
}

TEST(TemplateYamlTest, KeysLongerThan1024CharactersAreExplicit) {
  // YAML allows implicit keys of at most 1024 characters; yaml-cpp wrote longer ones as "? key", so does cdkpp.
  const std::string key(1025, 'k');
  const json t = {{"Short", 1},
                  {key, {{"A", 1}, {"B", json::array({1, 2})}}},
                  {key + "s", json::array({"a", "b"})},
                  {key + "t", {{"Fn::Sub", json::array({"${A}", {{"A", "a"}}})}}},
                  {key + "v", "value"}};
  EXPECT_EQ(templateToYaml(t), "Short: 1\n? " + key + "\n: A: 1\n  B:\n    - 1\n    - 2\n? " + key +
                                   "s\n: - a\n  - b\n? " + key + "t\n: !Sub\n  - ${A}\n  - A: a\n? " + key +
                                   "v\n: value\n");
  EXPECT_EQ(readTemplate(templateToYaml(t), "t.yaml"), t);
  EXPECT_EQ(templateToYaml({{std::string(1024, 'k'), 1}}), std::string(1024, 'k') + ": 1\n");
}

TEST(TemplateYamlTest, WhatYamlCppWroteUnreadablyIsEscaped) {
  // yaml-cpp wrote DEL raw inside double quotes, U+FFFE and U+FFFF raw (plain) or as U+FFFD (quoted), and
  // integers above 2^63 as negative numbers: YAML readers refuse the first two, and the last reads back wrong.
  EXPECT_EQ(templateToYaml({{"A", "del\x7f\n"}}), "A: \"del\\x7f\\n\"\n");
  EXPECT_EQ(templateToYaml({{"A", "x\xEF\xBF\xBE"}, {"B", "\xEF\xBF\xBF"}}), "A: \"x\\ufffe\"\nB: \"\\U0000ffff\"\n");
  EXPECT_EQ(templateToYaml({{"A", 18446744073709551615ULL}}), "A: 18446744073709551615\n");
  const json t = {{"A", "del\x7f\n"}, {"B", "x\xEF\xBF\xBE"}, {"C", 18446744073709551615ULL}};
  EXPECT_EQ(readTemplate(templateToYaml(t), "t.yaml"), t);
}

/// `!GetAtt A.B` reads as {"Fn::GetAtt": "A.B"}: both forms as lists, for comparing.
json withGetAttLists(json value) {
  if (value.is_object() && value.size() == 1 && value.contains("Fn::GetAtt") && value["Fn::GetAtt"].is_string()) {
    const std::string text = value["Fn::GetAtt"];
    return {{"Fn::GetAtt", json::array({text.substr(0, text.find('.')), text.substr(text.find('.') + 1)})}};
  }
  if (value.is_structured()) {
    for (auto& item : value) item = withGetAttLists(item);
  }
  return value;
}

TEST(TemplateYamlTest, LineBreaksOtherThanNewlineAreEscaped) {
  // Found by fuzz_template: yaml-cpp wrote "x\r" as a plain scalar, which reads back as "x". CR, and NEL, LS and
  // PS (line breaks to YAML 1.1 readers such as cfn-lint's), are written escaped in double quotes.
  const std::vector<std::string> strings = {"\r",
                                            "x\r",
                                            "a\rb",
                                            "\r\n",
                                            "\xC2\x85",
                                            "a\xE2\x80\xA8"
                                            "b",
                                            "\xE2\x80\xA9z",
                                            "ü\r"};
  for (const auto& s : strings) {
    const json t = {{"A", s}, {s, 1}, {"B", {{"Fn::Sub", s}}}, {"C", {{"Fn::GetAtt", json::array({"R", s})}}}};
    const std::string yaml = templateToYaml(t);
    EXPECT_EQ(withGetAttLists(readTemplate(yaml, "test.yaml")), t) << yaml;
    for (const std::string_view raw : {"\r", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
      EXPECT_EQ(yaml.find(raw), std::string::npos) << json(s).dump() << " written raw in " << yaml;
    }
  }
  EXPECT_EQ(templateToYaml({{"A", "a\rb"}}), "A: \"a\\rb\"\n");
}

TEST(TemplateYamlTest, EveryFixtureTemplateRoundTrips) {
  // Whatever aws-cdk-lib wrote for the fixtures, as YAML and back: the same JSON, in the same order.
  std::size_t count = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(CDKPP_SOURCE_DIR) / "tests")) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".template.json") || entry.path().parent_path().filename() != "fixtures") continue;
    const json original = json::parse(readFile(entry.path()));
    const std::string yaml = templateToYaml(original);
    EXPECT_EQ(withGetAttLists(readTemplate(yaml, name)), withGetAttLists(original)) << entry.path();
    EXPECT_EQ(yaml.find("Fn::Join"), std::string::npos) << entry.path();  // short forms throughout
    ++count;
  }
  EXPECT_GE(count, 40u);
}

TEST(TemplateReaderTest, ShortAndLongFormsAreTheSameTemplate) {
  const json shortForm = readTemplate(R"(
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !FindInMap [Cidrs, !Ref Env, Block]
      Name: !Sub
        - ${Prefix}-vpc
        - Prefix: !GetAtt Other.Name
      Zone: !Select [0, !GetAZs '']
      Address: !GetAtt Db.Endpoint.Address
      Enabled: !If [IsProd, true, !Ref AWS::NoValue]
      Both: !And [!Condition A, !Not [!Condition B]]
)",
                                      "short.yaml");
  const json longForm = readTemplate(R"(
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: {Fn::FindInMap: [Cidrs, {Ref: Env}, Block]}
      Name:
        Fn::Sub: ["${Prefix}-vpc", {Prefix: {Fn::GetAtt: Other.Name}}]
      Zone: {"Fn::Select": [0, {"Fn::GetAZs": ""}]}
      Address:
        Fn::GetAtt: Db.Endpoint.Address
      Enabled:
        Fn::If: [IsProd, true, {Ref: "AWS::NoValue"}]
      Both: {Fn::And: [{Condition: A}, {Fn::Not: [{Condition: B}]}]}
)",
                                     "long.yaml");
  EXPECT_EQ(shortForm, longForm);
  // The short form of GetAtt is its string form, as aws-cdk-lib reads it.
  EXPECT_EQ(shortForm["Resources"]["Vpc"]["Properties"]["Address"].dump(), R"({"Fn::GetAtt":"Db.Endpoint.Address"})");
  EXPECT_EQ(shortForm["Resources"]["Vpc"]["Properties"]["Zone"].dump(), R"({"Fn::Select":[0,{"Fn::GetAZs":""}]})");
}

TEST(TemplateReaderTest, PlainScalarsAreTypedAsYaml11) {
  const json t = readTemplate(R"(
Values: [yes, No, on, OFF, true, ~, null, 12, -7, 0x1F, 017, 0b101, 1_000, "1:30", 1:30, 1.5, 1.0e+3, 6.02e+23,
         2012-10-17, '017', "yes", !!str 12, 1e3, abc, 08]
)",
                              "scalars.yaml");
  EXPECT_EQ(t["Values"].dump(),
            R"([true,false,true,false,true,null,null,12,-7,31,15,5,1000,"1:30",90,1.5,1000.0,6.02e+23,"2012-10-17",)"
            R"("017","yes","12","1e3","abc","08"])");
}

TEST(TemplateReaderTest, JsonIsReadAsJson) {
  const json t = readTemplate(R"({"Resources": {"A": {"Type": "AWS::SNS::Topic", "Properties": {"N": 1e3}}}})", "t");
  EXPECT_EQ(t["Resources"]["A"]["Properties"]["N"], 1000.0);
  // A YAML flow mapping starts with '{' too.
  EXPECT_EQ(readTemplate("{Resources: {A: {Type: AWS::SNS::Topic}}}", "t")["Resources"]["A"]["Type"],
            "AWS::SNS::Topic");
  EXPECT_EQ(readTemplate("", "empty.yaml"), json::object());
}

TEST(TemplateReaderTest, ErrorsNameTheSourceAndThePlace) {
  EXPECT_THROW_MSG(readTemplate("Resources:\n  A: [1, 2\n", "broken.yaml"), TemplateError,
                   "broken.yaml: is not valid YAML (");
  EXPECT_THROW_MSG(readTemplate("{\"Resources\": {\"A\": }}", "broken.json"), TemplateError,
                   "broken.json: is not valid JSON ([json.exception.parse_error.101]");
  EXPECT_THROW_MSG(readTemplate("Resources:\n  A:\n    Type: x\n    Type: y\n", "dup.yaml"), TemplateError,
                   "dup.yaml at /Resources/A/Type: the key 'Type' appears twice in one mapping; keep one (line 4");
  EXPECT_THROW_MSG(readTemplate("Resources:\n  A:\n    Value: !GetAtt Nodot\n", "att.yaml"), TemplateError,
                   "att.yaml at /Resources/A/Value/Fn::GetAtt: !GetAtt 'Nodot' must name a resource and an attribute");
  EXPECT_THROW_MSG(readTemplate("X: .inf\n", "inf.yaml"), TemplateError,
                   "inf.yaml at /X: '.inf' (infinity or not-a-number) cannot be a template value");
  EXPECT_THROW_MSG(readTemplate("? [a]\n: b\n", "key.yaml"), TemplateError, "a key of a mapping must be a string");
  // Found by fuzz_template: a lone CR is a YAML string, not a template.
  EXPECT_THROW_MSG(readTemplate("\r", "cr.yaml"), TemplateError,
                   "cr.yaml: is not a CloudFormation template: its top level is a string, where a template is a "
                   "mapping of sections (Resources, Outputs, ...)");
  EXPECT_THROW_MSG(readTemplate("[1, 2]", "list.json"), TemplateError, "its top level is a list");
  EXPECT_THROW_MSG(readTemplate("12", "number.yaml"), TemplateError, "its top level is a number");
  EXPECT_THROW_MSG(cdk::readTemplateFile("/nonexistent/x.yaml"), TemplateError,
                   "/nonexistent/x.yaml: cannot be read (No such file or directory)");
  try {
    readTemplate("A: 1\n", "t.yaml");
  } catch (...) {
    FAIL() << "a good template throws nothing";
  }
}

TEST(TemplateReaderTest, TextThatIsNotUtf8IsRefused) {
  // Found by fuzz_template: yaml-cpp read the bytes into a string, and the writer gave back U+FFFD instead.
  EXPECT_THROW_MSG(readTemplate("A: \"1 \xBA\xD8\"\n", "latin.yaml"), TemplateError,
                   "latin.yaml: is not UTF-8 text (byte 6 is 0xBA); save the template as UTF-8");
  EXPECT_THROW_MSG(readTemplate("{\"A\": \"na\xEFve\"}", "latin.json"), TemplateError,
                   "latin.json: is not UTF-8 text (byte 9 is 0xEF)");
  EXPECT_NO_THROW(readTemplate("A: \"na\xC3\xAFve\"\n", "utf8.yaml"));
}

TEST(TemplateYamlTest, TextThatIsNotUtf8IsNotWritten) {
  EXPECT_THROW_MSG(cdk::templateToYaml({{"A", "na\xEFve"}}), cdk::Error,
                   "the template could not be written as YAML: the text starting \"na\" is not valid UTF-8 (byte 2 "
                   "is 0xEF)");
  EXPECT_THROW_MSG(cdk::templateToYaml({{"na\xEFve", 1}}), cdk::Error, "is not valid UTF-8");
  EXPECT_THROW_MSG(cdk::templateToYaml({{"A", {{"Ref", "na\xEFve"}}}}), cdk::Error, "is not valid UTF-8");
}

TEST(TemplateReaderTest, DepthAndSizeAreLimited) {
  // Nesting past the limit is refused by the reader (JSON and YAML), far past it by yaml-cpp's own guard;
  // neither may overflow the stack.
  const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  EXPECT_THROW_MSG(readTemplate("A: " + nested(cdk::kMaxTemplateDepth + 5) + "\n", "deep.yaml"), TemplateError,
                   "is nested more than 128 levels deep");
  EXPECT_THROW_MSG(readTemplate("{\"A\": " + nested(cdk::kMaxTemplateDepth + 5) + "}", "deep.json"), TemplateError,
                   "deep.json: is nested more than 128 levels deep");
  EXPECT_THROW_MSG(readTemplate("A: " + nested(50'000) + "\n", "deeper.yaml"), TemplateError,
                   "deeper.yaml: is not valid YAML (");
  EXPECT_THROW_MSG(readTemplate("{\"A\": " + nested(50'000) + "}", "deeper.json"), TemplateError,
                   "deeper.json: is nested more than 128 levels deep");
  EXPECT_NO_THROW(readTemplate("A: " + nested(100) + "\n", "fine.yaml"));
  // Aliases that multiply: 9 levels of 10 references each would be a billion values.
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) bomb += (j ? ", *a" : "*a") + std::to_string(i - 1);
    bomb += "]\n";
  }
  EXPECT_THROW_MSG(readTemplate(bomb, "bomb.yaml"), TemplateError, "holds more than 1000000 values");
  // An anchor whose node refers to itself.
  EXPECT_THROW(readTemplate("a: &a [*a]\n", "self.yaml"), TemplateError);
}

TEST(TemplateYamlTest, WriterDepthIsLimited) {
  // JSON built by hand may be deeper than anything synthesis makes: refused, not a stack overflow.
  const auto nested = [](std::size_t depth) {
    nlohmann::ordered_json v = "x";
    for (std::size_t i = 0; i < depth; ++i) v = nlohmann::ordered_json::array({std::move(v)});
    return nlohmann::ordered_json{{"A", std::move(v)}};
  };
  EXPECT_THROW_MSG(cdk::templateToYaml(nested(cdk::kMaxTemplateWriteDepth + 1)), cdk::Error,
                   "the template could not be written as YAML: it is nested more than 1024 levels deep");
  const std::string yaml = cdk::templateToYaml(nested(cdk::kMaxTemplateWriteDepth - 1));
  EXPECT_EQ(std::count(yaml.begin(), yaml.end(), '-'), static_cast<std::ptrdiff_t>(cdk::kMaxTemplateWriteDepth - 1));
}

/// A stack with values that need quoting in YAML.
void buildQuotedValues(cdk::App& app) {
  auto& stack = app.make<cdk::Stack>("Stack");
  stack.make<cdk::CfnResource>(
      "Topic", {.properties = Value::map({{"DisplayName", "yes"}, {"TopicName", "1.0"}}), .type = "AWS::SNS::Topic"});
}

TEST(AppYamlTest, NotWrittenUnlessAsked) {
  TempDir dir;
  cdk::App app(cdk::AppProps{.outdir = (dir / "out").string()});
  buildQuotedValues(app);
  app.synth();
  EXPECT_TRUE(fs::exists(dir / "out" / "Stack.template.json"));
  EXPECT_FALSE(fs::exists(dir / "out" / "Stack.template.yaml"));
}

TEST(AppYamlTest, WrittenBesideTheJsonWhenAsked) {
  TempDir dir;
  const std::string out = (dir / "out").string();
  const char* argv[] = {"app", "--output", out.c_str(), "--yaml"};
  cdk::App app(4, argv);
  buildQuotedValues(app);
  const auto& assembly = app.synth();
  const fs::path yaml = dir / "out" / "Stack.template.yaml";
  ASSERT_TRUE(fs::exists(yaml));
  EXPECT_EQ(readFile(yaml), templateToYaml(assembly.stacks().front().templateJson()));
  EXPECT_EQ(readTemplate(readFile(yaml), "Stack.template.yaml"), assembly.stacks().front().templateJson());
  EXPECT_NE(readFile(yaml).find("DisplayName: 'yes'"), std::string::npos) << readFile(yaml);
  // The cdk CLI reads the JSON: the manifest names it.
  const json manifest = json::parse(readFile(dir / "out" / "manifest.json"));
  EXPECT_EQ(manifest["artifacts"]["Stack"]["properties"]["templateFile"], "Stack.template.json");
}

TEST(AppYamlTest, AskedByPropsOrContext) {
  for (int way = 0; way < 3; ++way) {
    TempDir dir;
    cdk::AppProps props{.outdir = (dir / "out").string()};
    if (way == 0) props.yaml = true;
    if (way == 1) props.context = {{"cdkpp:yaml", true}};
    if (way == 2) props.context = {{"cdkpp:yaml", "true"}};  // what `cdk synth -c cdkpp:yaml=true` passes
    cdk::App app(props);
    buildQuotedValues(app);
    app.synth();
    EXPECT_TRUE(fs::exists(dir / "out" / "Stack.template.yaml")) << way;
  }
  TempDir dir;
  cdk::App app(cdk::AppProps{.context = {{"cdkpp:yaml", "sometimes"}}, .outdir = (dir / "out").string()});
  buildQuotedValues(app);
  EXPECT_THROW_MSG(app.synth(), cdk::Error, "cdkpp:yaml");
}

}  // namespace
