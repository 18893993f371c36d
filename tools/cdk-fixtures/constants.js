#!/usr/bin/env node
// Prints the C++ lists cdkpp copies from aws-cdk-lib's constants, so that they are generated rather than typed:
//
//   node tools/cdk-fixtures/constants.js SECTION      (after tools/cdk-fixtures/run installed node_modules)
//
// SECTION is one of
//   rds-versions-hpp   declarations of PostgresEngineVersion::VER_* and MysqlEngineVersion::VER_*
//   rds-versions-cpp   their definitions, with aws-cdk-lib's full and major versions and S3 features
//   ec2-classes-hpp    the enumerators of ec2::InstanceClass and ec2::InstanceSize
//   ec2-classes-cpp    the class names InstanceType.of gives each InstanceClass, and each size's name
'use strict';
const path = require('path');
const modules = path.join(__dirname, 'node_modules');
const rds = require(path.join(modules, 'aws-cdk-lib/aws-rds'));
const ec2 = require(path.join(modules, 'aws-cdk-lib/aws-ec2'));

const constants = (cls) => Object.keys(cls).filter((k) => /^VER_/.test(k));
const q = (s) => JSON.stringify(s);

function rdsVersionsHpp() {
  const out = [];
  for (const k of constants(rds.PostgresEngineVersion)) out.push(`  static const PostgresEngineVersion ${k};`);
  out.push('');
  for (const k of constants(rds.MysqlEngineVersion)) out.push(`  static const MysqlEngineVersion ${k};`);
  return out;
}

function rdsVersionsCpp() {
  const out = [];
  for (const k of constants(rds.PostgresEngineVersion)) {
    const v = rds.PostgresEngineVersion[k];
    const features = [];
    if (v._features.s3Export) features.push('.s3Export = true');
    if (v._features.s3Import) features.push('.s3Import = true');
    const extra = features.length ? `, {${features.join(', ')}}` : '';
    out.push(`const PostgresEngineVersion PostgresEngineVersion::${k} = of(${q(v.postgresFullVersion)}, ` +
             `${q(v.postgresMajorVersion)}${extra});`);
  }
  out.push('');
  for (const k of constants(rds.MysqlEngineVersion)) {
    const v = rds.MysqlEngineVersion[k];
    out.push(`const MysqlEngineVersion MysqlEngineVersion::${k} = of(${q(v.mysqlFullVersion)}, ` +
             `${q(v.mysqlMajorVersion)});`);
  }
  return out;
}

function ec2ClassesHpp() {
  return [
    'enum class InstanceClass {',
    ...Object.keys(ec2.InstanceClass).map((k) => `  ${k},`),
    '};',
    '',
    'enum class InstanceSize {',
    ...Object.keys(ec2.InstanceSize).map((k) => `  ${k},`),
    '};',
  ];
}

function ec2ClassesCpp() {
  const size = ec2.InstanceSize.LARGE;
  return [
    '// Indexed by InstanceClass.',
    'constexpr std::string_view CLASS_NAMES[] = {',
    ...Object.keys(ec2.InstanceClass).map((k) => {
      const name = ec2.InstanceType.of(ec2.InstanceClass[k], size).toString().slice(0, -(size.length + 1));
      return `    ${q(name)},  // ${k}`;
    }),
    '};',
    '',
    '// Indexed by InstanceSize.',
    'constexpr std::string_view SIZE_NAMES[] = {',
    ...Object.keys(ec2.InstanceSize).map((k) => `    ${q(ec2.InstanceSize[k])},  // ${k}`),
    '};',
  ];
}

const sections = {
  'rds-versions-hpp': rdsVersionsHpp,
  'rds-versions-cpp': rdsVersionsCpp,
  'ec2-classes-hpp': ec2ClassesHpp,
  'ec2-classes-cpp': ec2ClassesCpp,
};
const section = sections[process.argv[2]];
if (!section) {
  process.stderr.write(`usage: constants.js ${Object.keys(sections).join('|')}\n`);
  process.exit(2);
}
process.stdout.write(section().join('\n') + '\n');
