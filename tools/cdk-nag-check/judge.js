// cdk-nag 3.0.2 run over existing CloudFormation templates: the judge of cdkpp's compliance packs.
// node judge.js OUT_DIR_OR_- PACKS TEMPLATE... : for each template, one JSON object per finding
// {"rule", "logicalId", "level", "message"}, sorted; with OUT_DIR "-" printed to stdout (one template), else
// written to OUT_DIR/<name given by the caller> (see regenerate).
//
// Each template is read with aws-cdk-lib's CfnInclude (the CDK bootstrap scaffolding, Parameters.BootstrapVersion
// and Rules, is left out first). Rules acknowledged in a resource's Metadata, cdk-nag's v2 format
// `cdk_nag: {rules_to_suppress: [{id, reason}]}`, become Validations acknowledgements on that resource, which is
// how cdk-nag 3 reads them.
const cdk = require('aws-cdk-lib');
const inc = require('aws-cdk-lib/cloudformation-include');
const nag = require('cdk-nag');
const fs = require('fs'), os = require('os'), path = require('path');

function findings(file, packs) {
  const t = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (t.Parameters) { delete t.Parameters.BootstrapVersion; if (!Object.keys(t.Parameters).length) delete t.Parameters; }
  delete t.Rules;
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nag-')), 'template.json');
  fs.writeFileSync(tmp, JSON.stringify(t));
  const app = new cdk.App({ outdir: path.dirname(tmp) });
  const stack = new cdk.Stack(app, 'Checked');
  const included = new inc.CfnInclude(stack, 'T', { templateFile: tmp });
  for (const [logicalId, r] of Object.entries(t.Resources || {})) {
    for (const rule of ((r.Metadata || {}).cdk_nag || {}).rules_to_suppress || []) {
      included.getResource(logicalId).node.addMetadata(cdk.Validations.ACKNOWLEDGED_RULES_METADATA_KEY, { [rule.id]: rule.reason || '' });
    }
  }
  const byPack = {};
  for (const name of packs) {
    const rows = [];
    const report = new nag[name]().validateScope(app);
    for (const v of report.violations) {
      for (const res of v.violatingResources) {
        rows.push({ rule: v.ruleName, logicalId: res.constructPath.split('/').pop(), level: v.severity, message: v.description });
      }
    }
    rows.sort((a, b) => (a.rule + a.logicalId).localeCompare(b.rule + b.logicalId));
    byPack[name] = rows;
  }
  fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
  return byPack;
}

const [out, packList, ...files] = process.argv.slice(2);
const packs = packList.split(',');
for (const file of files) {
  const byPack = findings(file, packs);
  if (out === '-') {
    for (const name of packs) for (const r of byPack[name]) console.log(JSON.stringify(r));
    continue;
  }
  for (const name of packs) {
    // OUT/<file>.<Pack>.jsonl, the file named as given (relative to tests/).
    const target = path.join(out, file.replace(/^.*?tests\//, '').replace(/\.template\.json$/, '') + '.' + name + '.jsonl');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, byPack[name].map((r) => JSON.stringify(r) + '\n').join(''));
  }
}
