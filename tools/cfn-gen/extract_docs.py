#!/usr/bin/env python3
"""Extracts short documentation for the L1 generator from the @aws-cdk/aws-service-spec database (run by
hand when the schemas are updated; the build never runs it).

    python3 tools/cfn-gen/extract_docs.py /path/to/node_modules/@aws-cdk/aws-service-spec [--out tools/cfn-schemas/docs.json]

The CloudFormation registry schemas that cfn-lint ships carry no descriptions. The service-spec database
(Apache-2.0, the one aws-cdk-lib's own generator reads, built from the CloudFormation documentation) does.
For every resource type that has a vendored schema, the output keeps the first sentence (at most about 160
characters) of the resource, each property, each attribute and each nested property type:

    {"AWS::EC2::VPC": {"d": "<resource>", "p": {"CidrBlock": "..."}, "a": {"VpcId": "..."},
                       "t": {"<Definition>": {"d": "...", "p": {...}}}}}

One resource type per line, keys sorted, so that updates diff well.
"""
import argparse
import gzip
import json
import os
import re
import sys

MAX_CHARS = 160
_ABBREVIATIONS = ("e.g", "i.e", "etc", "vs", "approx", "Inc", "Ltd", "No", "St")


def first_sentence(text):
    if not text:
        return ""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links -> their text
    text = re.sub(r"(^|\n)\s*>\s?", " ", text)  # block quotes
    text = re.sub(r"\*\*([^*]*)\*\*", r"\1", text)
    text = " ".join(text.split())
    end = len(text)
    for m in re.finditer(r"[.!?](?=\s|$)", text):
        before = text[: m.start()]
        if any(before.endswith(a) for a in _ABBREVIATIONS):
            continue
        end = m.end()
        break
    sentence = text[:end].strip()
    if len(sentence) > MAX_CHARS:
        cut = sentence.rfind(" ", 0, MAX_CHARS - 3)
        sentence = sentence[: cut if cut > 0 else MAX_CHARS - 3].rstrip(" ,;:") + "..."
    return sentence


def props_docs(props):
    out = {}
    for name, prop in sorted((props or {}).items()):
        doc = first_sentence(prop.get("documentation", ""))
        if doc:
            out[name] = doc
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", help="folder of the installed @aws-cdk/aws-service-spec package")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--schemas", default=os.path.join(here, "..", "cfn-schemas"))
    parser.add_argument("--out", default=os.path.join(here, "..", "cfn-schemas", "docs.json"))
    args = parser.parse_args()

    with open(os.path.join(args.package, "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]
    with gzip.open(os.path.join(args.package, "db.json.gz"), "rt", encoding="utf-8") as f:
        db = json.load(f)["schema"]
    wanted = set()
    for name in os.listdir(args.schemas):
        if name.endswith(".json") and name != "docs.json":
            with open(os.path.join(args.schemas, name), encoding="utf-8") as f:
                wanted.add(json.load(f)["typeName"])

    type_defs = {e["$id"]: e for e in db["typeDefinition"]["entities"]}
    uses = db["usesType"]["forward"]
    result = {}
    for res in db["resource"]["entities"]:
        type_name = res["cloudFormationType"]
        if type_name not in wanted:
            continue
        entry = {"d": first_sentence(res.get("documentation", "")), "p": props_docs(res.get("properties")),
                 "a": props_docs(res.get("attributes"))}
        nested = {}
        for ref in uses.get(res["$id"], []):
            td = type_defs.get(ref["$id"])
            if td is None:
                continue
            nested[td["name"]] = {"d": first_sentence(td.get("documentation", "")),
                                  "p": props_docs(td.get("properties"))}
        entry["t"] = dict(sorted(nested.items()))
        result[type_name] = entry

    lines = ['{"_source": ' + json.dumps(f"@aws-cdk/aws-service-spec {version} (db.json.gz), first sentences") + ","]
    items = sorted(result.items())
    for i, (k, v) in enumerate(items):
        sep = "," if i + 1 < len(items) else ""
        lines.append(json.dumps(k) + ": " + json.dumps(v, sort_keys=True, ensure_ascii=False,
                                                       separators=(",", ":")) + sep)
    lines.append("}")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(result)} resource types documented in {os.path.normpath(args.out)} (aws-service-spec {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
