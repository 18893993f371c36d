#!/usr/bin/env python3
"""Copies the CloudFormation registry schemas of one region out of an installed cfn-lint into
tools/cfn-schemas/ (run by hand when the schemas are updated; the build never runs it).

    python3 tools/cfn-gen/vendor_schemas.py [--region us-east-1] [--dest tools/cfn-schemas]

cfn-lint keeps the schemas content-addressed: data/schemas/providers/<region>.py maps each type name to a
file in data/schemas/resources/. Each schema is copied byte for byte to <TypeName with '::' -> '_'>.json.
The bogus "Module" entry (not a resource type) is skipped. Files of types that are gone are removed.
"""
import argparse
import importlib.util
import os
import re
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--dest", default=os.path.join(os.path.dirname(__file__), "..", "cfn-schemas"))
    args = parser.parse_args()

    spec = importlib.util.find_spec("cfnlint")
    if spec is None or not spec.submodule_search_locations:
        print("cfn-lint is not installed for this Python", file=sys.stderr)
        return 1
    root = os.path.join(list(spec.submodule_search_locations)[0], "data", "schemas")
    provider = os.path.join(root, "providers", args.region.replace("-", "_") + ".py")
    types = {}
    with open(provider, encoding="utf-8") as f:
        for line in f:
            m = re.match(r'\s*"([^"]+)": "([0-9a-f]+)",?\s*$', line)
            if m:
                types[m.group(1)] = m.group(2)
    os.makedirs(args.dest, exist_ok=True)
    wanted = set()
    for name, digest in sorted(types.items()):
        if name.count("::") != 2:
            continue  # "Module" and anything else that is not Vendor::Service::Type
        file_name = name.replace("::", "_") + ".json"
        wanted.add(file_name)
        with open(os.path.join(root, "resources", digest + ".json"), "rb") as f:
            data = f.read()
        target = os.path.join(args.dest, file_name)
        if not os.path.exists(target) or open(target, "rb").read() != data:
            with open(target, "wb") as f:
                f.write(data)
    for existing in os.listdir(args.dest):
        if existing.endswith(".json") and existing not in wanted and existing != "docs.json":
            os.remove(os.path.join(args.dest, existing))
    print(f"{len(wanted)} schemas in {os.path.normpath(args.dest)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
