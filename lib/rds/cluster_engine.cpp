#include "cdk/rds/cluster_engine.hpp"

#include <array>
#include <cctype>
#include <tuple>
#include <utility>

#include "cdk/secretsmanager/secret_rotation.hpp"

namespace cdk::rds {
namespace {

using SemVer = std::tuple<long, long, long>;

/// semver.coerce: the first "major[.minor[.patch]]" in the text; nullopt when there is no number.
std::optional<SemVer> coerce(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == text.size()) return std::nullopt;
  std::array<long, 3> parts{0, 0, 0};
  for (std::size_t part = 0; part < 3; ++part) {
    long number = 0;
    std::size_t digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 16) {
      number = number * 10 + (text[i] - '0');
      ++i;
      ++digits;
    }
    parts[part] = number;
    if (part < 2) {
      if (i + 1 < text.size() && text[i] == '.' && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
        ++i;
      } else {
        break;
      }
    }
  }
  return SemVer{parts[0], parts[1], parts[2]};
}

/// ">=16.3 || ^15.7 || ^14.12 || ^13.15": the Aurora PostgreSQL versions with serverless v2 auto-pause.
bool postgresAutoPause(std::string_view fullVersion) {
  const auto v = coerce(fullVersion);
  if (!v) return false;
  if (*v >= SemVer{16, 3, 0}) return true;
  const auto caret = [&](long major, long minor) {
    return *v >= SemVer{major, minor, 0} && *v < SemVer{major + 1, 0, 0};
  };
  return caret(15, 7) || caret(14, 12) || caret(13, 15);
}

}  // namespace

AuroraPostgresEngineVersion::AuroraPostgresEngineVersion(std::string fullVersion, std::string majorVersion,
                                                         bool s3Import, bool s3Export,
                                                         bool serverlessV2AutoPauseSupported)
    : fullVersion_(std::move(fullVersion)),
      majorVersion_(std::move(majorVersion)),
      s3Import_(s3Import),
      s3Export_(s3Export),
      serverlessV2AutoPauseSupported_(serverlessV2AutoPauseSupported) {}

AuroraPostgresEngineVersion AuroraPostgresEngineVersion::of(std::string auroraPostgresFullVersion,
                                                            std::string auroraPostgresMajorVersion,
                                                            AuroraPostgresEngineFeatures auroraPostgresFeatures) {
  const bool autoPause =
      auroraPostgresFeatures.serverlessV2AutoPauseSupported.value_or(postgresAutoPause(auroraPostgresFullVersion));
  return AuroraPostgresEngineVersion(std::move(auroraPostgresFullVersion), std::move(auroraPostgresMajorVersion),
                                     auroraPostgresFeatures.s3Import, auroraPostgresFeatures.s3Export, autoPause);
}

AuroraMysqlEngineVersion::AuroraMysqlEngineVersion(std::string fullVersion, std::string majorVersion,
                                                   bool combineImportAndExportRoles,
                                                   bool serverlessV2AutoPauseSupported)
    : fullVersion_(std::move(fullVersion)),
      majorVersion_(std::move(majorVersion)),
      combineImportAndExportRoles_(combineImportAndExportRoles),
      serverlessV2AutoPauseSupported_(serverlessV2AutoPauseSupported) {}

AuroraMysqlEngineVersion AuroraMysqlEngineVersion::of(std::string auroraMysqlFullVersion,
                                                      std::string auroraMysqlMajorVersion) {
  bool autoPause = false;
  if (auroraMysqlMajorVersion == "8.0") {
    autoPause = auroraMysqlFullVersion >= "8.0.mysql_aurora.3.08.0";
  } else if (const auto v = coerce(auroraMysqlMajorVersion)) {
    autoPause = *v >= SemVer{8, 1, 0};
  }
  const bool combine = !auroraMysqlMajorVersion.empty() && auroraMysqlMajorVersion != "5.7";
  return AuroraMysqlEngineVersion(std::move(auroraMysqlFullVersion), std::move(auroraMysqlMajorVersion), combine,
                                  autoPause);
}

AuroraMysqlEngineVersion AuroraMysqlEngineVersion::builtIn57(std::string_view minorVersion) {
  return AuroraMysqlEngineVersion("5.7.mysql_aurora." + std::string(minorVersion), "5.7", false, false);
}

AuroraMysqlEngineVersion AuroraMysqlEngineVersion::builtIn80(std::string_view minorVersion) {
  return AuroraMysqlEngineVersion("8.0.mysql_aurora." + std::string(minorVersion), "8.0", true,
                                  minorVersion >= std::string_view("3.08.0"));
}

// The versions aws-cdk-lib 2.276 names, with its full and major versions and S3 features.
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_8 = of("9.6.8", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_9 = of("9.6.9", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_11 = of("9.6.11", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_12 = of("9.6.12", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_16 = of("9.6.16", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_17 = of("9.6.17", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_18 = of("9.6.18", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_19 = of("9.6.19", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_9_6_22 = of("9.6.22", "9.6");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_4 = of("10.4", "10");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_5 = of("10.5", "10");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_6 = of("10.6", "10");
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_7 = of("10.7", "10", {.s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_11 =
    of("10.11", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_12 =
    of("10.12", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_13 =
    of("10.13", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_14 =
    of("10.14", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_16 =
    of("10.16", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_17 =
    of("10.17", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_18 =
    of("10.18", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_19 =
    of("10.19", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_20 =
    of("10.20", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_10_21 =
    of("10.21", "10", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_4 = of("11.4", "11", {.s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_6 =
    of("11.6", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_7 =
    of("11.7", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_8 =
    of("11.8", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_9 =
    of("11.9", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_11 =
    of("11.11", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_12 =
    of("11.12", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_13 =
    of("11.13", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_14 =
    of("11.14", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_15 =
    of("11.15", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_16 =
    of("11.16", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_17 =
    of("11.17", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_18 =
    of("11.18", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_19 =
    of("11.19", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_20 =
    of("11.20", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_11_21 =
    of("11.21", "11", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_4 =
    of("12.4", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_6 =
    of("12.6", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_7 =
    of("12.7", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_8 =
    of("12.8", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_9 =
    of("12.9", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_10 =
    of("12.10", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_11 =
    of("12.11", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_12 =
    of("12.12", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_13 =
    of("12.13", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_14 =
    of("12.14", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_15 =
    of("12.15", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_16 =
    of("12.16", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_17 =
    of("12.17", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_18 =
    of("12.18", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_19 =
    of("12.19", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_20 =
    of("12.20", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_21 =
    of("12.21", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_12_22 =
    of("12.22", "12", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_3 =
    of("13.3", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_4 =
    of("13.4", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_5 =
    of("13.5", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_6 =
    of("13.6", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_7 =
    of("13.7", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_8 =
    of("13.8", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_9 =
    of("13.9", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_10 =
    of("13.10", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_11 =
    of("13.11", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_12 =
    of("13.12", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_13 =
    of("13.13", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_14 =
    of("13.14", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_15 =
    of("13.15", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_16 =
    of("13.16", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_17 =
    of("13.17", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_18 =
    of("13.18", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_20 =
    of("13.20", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_21 =
    of("13.21", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_22 =
    of("13.22", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_13_23 =
    of("13.23", "13", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_3 =
    of("14.3", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_4 =
    of("14.4", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_5 =
    of("14.5", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_6 =
    of("14.6", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_7 =
    of("14.7", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_8 =
    of("14.8", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_9 =
    of("14.9", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_10 =
    of("14.10", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_11 =
    of("14.11", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_12 =
    of("14.12", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_13 =
    of("14.13", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_14 =
    of("14.14", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_15 =
    of("14.15", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_17 =
    of("14.17", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_18 =
    of("14.18", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_19 =
    of("14.19", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_20 =
    of("14.20", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_14_22 =
    of("14.22", "14", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_2 =
    of("15.2", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_3 =
    of("15.3", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_4 =
    of("15.4", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_5 =
    of("15.5", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_6 =
    of("15.6", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_7 =
    of("15.7", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_8 =
    of("15.8", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_9 =
    of("15.9", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_10 =
    of("15.10", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_12 =
    of("15.12", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_13 =
    of("15.13", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_14 =
    of("15.14", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_15 =
    of("15.15", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_15_17 =
    of("15.17", "15", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_0 =
    of("16.0", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_1 =
    of("16.1", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_2 =
    of("16.2", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_3 =
    of("16.3", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_4 =
    of("16.4", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_4_LIMITLESS =
    of("16.4-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_5 =
    of("16.5", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_6 =
    of("16.6", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_6_LIMITLESS =
    of("16.6-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_8 =
    of("16.8", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_8_LIMITLESS =
    of("16.8-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_9 =
    of("16.9", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_9_LIMITLESS =
    of("16.9-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_10 =
    of("16.10", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_10_LIMITLESS =
    of("16.10-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_11 =
    of("16.11", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_11_LIMITLESS =
    of("16.11-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_13 =
    of("16.13", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_16_13_LIMITLESS =
    of("16.13-limitless", "16", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_1 =
    of("17.1", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_2 =
    of("17.2", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_4 =
    of("17.4", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_5 =
    of("17.5", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_6 =
    of("17.6", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_7 =
    of("17.7", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_17_9 =
    of("17.9", "17", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_18_3 =
    of("18.3", "18", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_18_4 =
    of("18.4", "18", {.s3Export = true, .s3Import = true});
const AuroraPostgresEngineVersion AuroraPostgresEngineVersion::VER_18_6 =
    of("18.6", "18", {.s3Export = true, .s3Import = true});

const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_5_7_12("5.7.12", "5.7", false, false);
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_02_3 = builtIn57("2.02.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_03_2 = builtIn57("2.03.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_03_3 = builtIn57("2.03.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_03_4 = builtIn57("2.03.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_0 = builtIn57("2.04.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_1 = builtIn57("2.04.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_2 = builtIn57("2.04.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_3 = builtIn57("2.04.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_4 = builtIn57("2.04.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_5 = builtIn57("2.04.5");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_6 = builtIn57("2.04.6");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_7 = builtIn57("2.04.7");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_8 = builtIn57("2.04.8");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_04_9 = builtIn57("2.04.9");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_05_0 = builtIn57("2.05.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_05_1 = builtIn57("2.05.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_06_0 = builtIn57("2.06.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_0 = builtIn57("2.07.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_1 = builtIn57("2.07.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_2 = builtIn57("2.07.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_3 = builtIn57("2.07.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_4 = builtIn57("2.07.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_5 = builtIn57("2.07.5");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_6 = builtIn57("2.07.6");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_7 = builtIn57("2.07.7");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_8 = builtIn57("2.07.8");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_9 = builtIn57("2.07.9");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_07_10 = builtIn57("2.07.10");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_08_0 = builtIn57("2.08.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_08_1 = builtIn57("2.08.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_08_2 = builtIn57("2.08.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_08_3 = builtIn57("2.08.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_08_4 = builtIn57("2.08.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_09_0 = builtIn57("2.09.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_09_1 = builtIn57("2.09.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_09_2 = builtIn57("2.09.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_09_3 = builtIn57("2.09.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_10_0 = builtIn57("2.10.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_10_1 = builtIn57("2.10.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_10_2 = builtIn57("2.10.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_10_3 = builtIn57("2.10.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_0 = builtIn57("2.11.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_1 = builtIn57("2.11.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_2 = builtIn57("2.11.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_3 = builtIn57("2.11.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_4 = builtIn57("2.11.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_5 = builtIn57("2.11.5");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_11_6 = builtIn57("2.11.6");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_0 = builtIn57("2.12.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_1 = builtIn57("2.12.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_2 = builtIn57("2.12.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_3 = builtIn57("2.12.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_4 = builtIn57("2.12.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_5 = builtIn57("2.12.5");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_2_12_6 = builtIn57("2.12.6");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_01_0 = builtIn80("3.01.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_01_1 = builtIn80("3.01.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_02_0 = builtIn80("3.02.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_02_1 = builtIn80("3.02.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_02_2 = builtIn80("3.02.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_02_3 = builtIn80("3.02.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_03_0 = builtIn80("3.03.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_03_1 = builtIn80("3.03.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_03_2 = builtIn80("3.03.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_03_3 = builtIn80("3.03.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_04_0 = builtIn80("3.04.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_04_1 = builtIn80("3.04.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_04_2 = builtIn80("3.04.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_04_3 = builtIn80("3.04.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_04_4 = builtIn80("3.04.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_04_6 = builtIn80("3.04.6");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_05_0 = builtIn80("3.05.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_05_1 = builtIn80("3.05.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_05_2 = builtIn80("3.05.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_06_0 = builtIn80("3.06.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_06_1 = builtIn80("3.06.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_07_0 = builtIn80("3.07.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_07_1 = builtIn80("3.07.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_08_0 = builtIn80("3.08.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_08_1 = builtIn80("3.08.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_08_2 = builtIn80("3.08.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_09_0 = builtIn80("3.09.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_10_0 = builtIn80("3.10.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_10_1 = builtIn80("3.10.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_10_2 = builtIn80("3.10.2");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_10_3 = builtIn80("3.10.3");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_10_4 = builtIn80("3.10.4");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_11_0 = builtIn80("3.11.0");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_11_1 = builtIn80("3.11.1");
const AuroraMysqlEngineVersion AuroraMysqlEngineVersion::VER_3_12_0 = builtIn80("3.12.0");

ClusterEngine DatabaseClusterEngine::auroraPostgres(AuroraPostgresClusterEngineProps props) {
  ClusterEngine engine;
  engine.engineType_ = "aurora-postgresql";
  engine.engineFamily_ = "POSTGRESQL";
  engine.defaultPort_ = 5432;
  engine.defaultUsername_ = "postgres";
  engine.supportedLogTypes_ = {"postgresql", "iam-db-auth-error", "instance"};
  engine.defaultParameterGroupId_ = "AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup";
  engine.singleUserRotationApplication_ = &secretsmanager::SecretRotationApplication::POSTGRES_ROTATION_SINGLE_USER;
  engine.multiUserRotationApplication_ = &secretsmanager::SecretRotationApplication::POSTGRES_ROTATION_MULTI_USER;
  if (props.version) {
    const auto& v = *props.version;
    engine.engineVersion_ =
        EngineVersion{.fullVersion = v.auroraPostgresFullVersion(), .majorVersion = v.auroraPostgresMajorVersion()};
    if (v.s3Export()) engine.features_.s3Export = "s3Export";
    if (v.s3Import()) engine.features_.s3Import = "s3Import";
    engine.features_.serverlessV2AutoPauseSupported = v.serverlessV2AutoPauseSupported();
  } else {
    engine.features_.s3Export = "s3Export";
    engine.features_.s3Import = "s3Import";
  }
  return engine;
}

ClusterEngine DatabaseClusterEngine::auroraMysql(AuroraMysqlClusterEngineProps props) {
  ClusterEngine engine;
  engine.engineType_ = "aurora-mysql";
  engine.engineFamily_ = "MYSQL";
  engine.supportedLogTypes_ = {"error", "general", "slowquery", "audit", "instance", "iam-db-auth-error"};
  engine.defaultParameterGroupId_ = "AuroraMySqlDatabaseClusterEngineDefaultParameterGroup";
  engine.singleUserRotationApplication_ = &secretsmanager::SecretRotationApplication::MYSQL_ROTATION_SINGLE_USER;
  engine.multiUserRotationApplication_ = &secretsmanager::SecretRotationApplication::MYSQL_ROTATION_MULTI_USER;
  if (props.version) {
    const auto& v = *props.version;
    engine.engineVersion_ =
        EngineVersion{.fullVersion = v.auroraMysqlFullVersion(), .majorVersion = v.auroraMysqlMajorVersion()};
    engine.combineImportAndExportRoles_ = v.combineImportAndExportRoles();
    engine.features_.serverlessV2AutoPauseSupported = v.serverlessV2AutoPauseSupported();
  } else {
    // Without a version aws-cdk-lib still names the 5.7 family for the default parameter group.
    engine.engineVersion_ = EngineVersion{.fullVersion = std::nullopt, .majorVersion = "5.7"};
  }
  return engine;
}

const ClusterEngine DatabaseClusterEngine::AURORA_POSTGRESQL = DatabaseClusterEngine::auroraPostgres({});
const ClusterEngine DatabaseClusterEngine::AURORA_MYSQL = DatabaseClusterEngine::auroraMysql({});

}  // namespace cdk::rds
