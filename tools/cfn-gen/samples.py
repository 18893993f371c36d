"""The all-types test's sources: every generated L1 type instantiated once with every required property set
to a value the schema accepts (enums, bounds, lengths, patterns, formats, oneOf/anyOf/requiredXor/
dependentRequired choices). The test synthesizes them and runs cfn-lint once on the templates.

Written by cfn_gen.py --tests-out DIR:
    DIR/all_types_<module>.cpp    addAllTypes_<module>(stack, attributes): one resource per type of the service
                                  (and, when asked, every GetAtt accessor with the attribute it should name)
    DIR/all_types_registry.cpp    the list of those functions
    DIR/all_types.cmake           CDKPP_ALL_TYPES_SOURCES, CDKPP_ALL_TYPES_COUNT

Values come from the schema; a few properties need values no schema keyword describes (a valid IAM policy,
an engine and instance class that fit together): tools/cfn-gen/sample_overrides.json sets those, each with
the reason.
"""
from __future__ import annotations

import copy
import json
import os
import re
import warnings

warnings.simplefilter("ignore", FutureWarning)  # "possible set union" in some schema patterns

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        import re._parser as sre_parse  # Python 3.11+
        import re._constants as sre_constants
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore
        import sre_constants  # type: ignore

import cfn_model
from cfn_model import Field, Resource, Type

ACCOUNT = "123456789012"
FORMATS = {
    "AWS::IAM::Role.Arn": f"arn:aws:iam::{ACCOUNT}:role/sample-role",
    "date-time": "2030-01-01T00:00:00Z",
    "AWS::KMS::Key.Arn": f"arn:aws:kms:us-east-1:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "AWS::EC2::SecurityGroup.Id": "sg-0123456789abcdef0",
    "AWS::EC2::SecurityGroup.Ids": "sg-0123456789abcdef0",
    "AWS::KMS::Key.Id": "1234abcd-12ab-34cd-56ef-1234567890ab",
    "AWS::KMS::Alias.AliasName": "alias/sample",
    "AWS::S3::Bucket.Name": "sample-bucket",
    "AWS::EC2::Subnet.Id": "subnet-0123456789abcdef0",
    "AWS::EC2::Subnet.Ids": "subnet-0123456789abcdef0",
    "AWS::EC2::VPC.Id": "vpc-0123456789abcdef0",
    "ipv4-network": "10.0.0.0/16",
    "ipv6-network": "2001:db8::/56",
    "AWS::SNS::Topic.Arn": f"arn:aws:sns:us-east-1:{ACCOUNT}:sample-topic",
    "AWS::Lambda::Function.Arn": f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:sample",
    "AWS::Logs::LogGroup.Name": "sample-log-group",
    "AWS::ACM::Certificate.Arn": f"arn:aws:acm:us-east-1:{ACCOUNT}:certificate/12345678-1234-1234-1234-123456789012",
    "AWS::EC2::SecurityGroup.Name": "sample-group",
    "AWS::EC2::SecurityGroup.Names": "sample-group",
    "AWS::EC2::Image.Id": "ami-0123456789abcdef0",
    "AWS::SQS::Queue.Arn": f"arn:aws:sqs:us-east-1:{ACCOUNT}:sample-queue",
    "AWS::Lambda::Function.Name": "sample-function",
    "uri": "https://example.com/sample",
    "ipv4": "10.0.0.1",
    "ipv6": "2001:db8::1",
    "email": "someone@example.com",
    "date": "2030-01-01",
}
PREFERRED_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_./: "

_UNICODE_CLASSES = {  # \p{...} classes (cfn-lint matches with the `regex` module) as stdlib character sets
    "L": "a-zA-Z", "N": "0-9", "Z": " ", "Zs": " ", "P": ".,!", "S": "+", "M": "", "Print": "a-zA-Z0-9 ",
    "Graph": "a-zA-Z0-9", "C": "\\x00-\\x1f", "Alnum": "a-zA-Z0-9", "Alpha": "a-zA-Z", "Digit": "0-9",
    "Lower": "a-z", "Upper": "A-Z", "Punct": ".,!", "Space": " ", "XDigit": "0-9a-fA-F",
}


def stdlib_pattern(pattern: str) -> str:
    """A pattern the stdlib `re` understands, matching a subset of what the original matches."""
    out = []
    i, in_class = 0, False
    flags = ""
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            m = re.match(r"\\([pP])\{([A-Za-z]+)\}", pattern[i:])
            if m:
                chars = _UNICODE_CLASSES.get(m.group(2), "a-zA-Z0-9")
                if m.group(1) == "P":  # negated: \P{C} (not a control character) is what we want anyway
                    chars = "a-zA-Z0-9 " if m.group(2) == "C" else "a-zA-Z"
                out.append(chars if in_class else f"[{chars or 'a'}]")
                i += len(m.group(0))
                continue
            out.append(c + nxt)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class and not (out and out[-1] == "["):
            in_class = False
        if not in_class and pattern.startswith("(?i)", i) and i > 0:
            flags = "(?i)"
            i += 4
            continue
        out.append(c)
        i += 1
    text = "".join(out).replace("[]", "[a]")
    return flags + text


class PatternSampler:
    """Strings matching a regular expression, from its parse tree (re._parser)."""

    def __init__(self, pattern: str):
        self.pattern = stdlib_pattern(pattern)
        self.parsed = sre_parse.parse(self.pattern)
        self.compiled = re.compile(self.pattern)

    def sample(self, min_len: int = 0, max_len: int = 1 << 20):
        for branch_last in (False, True):
            for mode in ("min1", "min", "grow"):
                grows = [0] if mode != "grow" else [1, 2, 4, 8, 16, 32, 64, 128]
                for g in grows:
                    self.groups = {}
                    try:
                        s = self.gen(self.parsed, mode, g, branch_last)
                    except _NoSample:
                        continue
                    if min_len <= len(s) <= max_len and self.compiled.search(s):
                        return s
                    if len(s) < min_len:
                        padded = self.pad(s, min_len, max_len)
                        if padded is not None:
                            return padded
        return None

    def pad(self, s, min_len, max_len):
        for ch in "a0A-":
            t = s + ch * (min_len - len(s))
            if len(t) <= max_len and self.compiled.search(t):
                return t
            t = ch * (min_len - len(s)) + s
            if len(t) <= max_len and self.compiled.search(t):
                return t
        return None

    def gen(self, items, mode, grow, branch_last) -> str:
        out = []
        for op, av in items:
            out.append(self.one(op, av, mode, grow, branch_last))
        return "".join(out)

    def one(self, op, av, mode, grow, branch_last) -> str:
        C = sre_constants
        if op == C.LITERAL:
            return chr(av)
        if op == C.NOT_LITERAL:
            return "a" if chr(av) != "a" else "b"
        if op == C.ANY:
            return "a"
        if op == C.AT:
            return ""
        if op == C.IN:
            return self.char_in(av)
        if op == C.BRANCH:
            branches = av[1]
            branch = branches[-1] if branch_last else branches[0]
            return self.gen(branch, mode, grow, branch_last)
        if op == C.SUBPATTERN:
            group, _, _, sub = av
            text = self.gen(sub, mode, grow, branch_last)
            if group is not None:
                self.groups[group] = text
            return text
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) or getattr(C, "POSSESSIVE_REPEAT", None) == op:
            lo, hi, sub = av
            if hi == C.MAXREPEAT:
                hi = 1 << 20
            if mode == "min":
                n = lo
            elif mode == "min1":
                n = max(lo, min(1, hi))
            else:
                n = max(lo, min(hi, grow))
            return "".join(self.gen(sub, mode, grow, branch_last) for _ in range(n))
        if op == C.GROUPREF:
            return self.groups.get(av, "")
        if op in (C.ASSERT, C.ASSERT_NOT):
            return ""
        if op == getattr(C, "ATOMIC_GROUP", None):
            return self.gen(av, mode, grow, branch_last)
        if op == C.CATEGORY:
            return self.category(av)
        if op == C.GROUPREF_EXISTS:
            raise _NoSample()
        raise _NoSample()

    @staticmethod
    def category(cat) -> str:
        C = sre_constants
        return {C.CATEGORY_DIGIT: "0", C.CATEGORY_NOT_DIGIT: "a", C.CATEGORY_SPACE: " ",
                C.CATEGORY_NOT_SPACE: "a", C.CATEGORY_WORD: "a", C.CATEGORY_NOT_WORD: "-"}.get(cat, "a")

    def char_in(self, items) -> str:
        C = sre_constants
        negate = False
        allowed = set()
        for op, av in items:
            if op == C.NEGATE:
                negate = True
            elif op == C.LITERAL:
                allowed.add(chr(av))
            elif op == C.RANGE:
                lo, hi = av
                allowed.update(chr(x) for x in range(lo, min(hi, 0x2FF) + 1))
            elif op == C.CATEGORY:
                for x in range(32, 127):
                    ch = chr(x)
                    if re.fullmatch(_CATEGORY_RE.get(av, "a"), ch):
                        allowed.add(ch)
        for ch in PREFERRED_CHARS:
            if (ch in allowed) != negate:
                return ch
        if not negate and allowed:
            return sorted(allowed)[0]
        raise _NoSample()


_CATEGORY_RE = {}
for _name, _re in (("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"), ("CATEGORY_SPACE", r"\s"),
                   ("CATEGORY_NOT_SPACE", r"\S"), ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W")):
    _CATEGORY_RE[getattr(sre_constants, _name)] = _re


class _NoSample(Exception):
    pass


# ---------------------------------------------------------------------------------------------------------
class SampleBuilder:
    """A JSON instance of a resource's properties that its schema accepts."""

    def __init__(self, res: Resource, overrides: dict):
        self.res = res
        self.overrides = overrides
        self.notes: list[str] = []

    # -- schema helpers -----------------------------------------------------------------------------------
    def deref(self, node):
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            target = self.res.schema
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            merged = dict(target)
            merged.update({k: v for k, v in node.items() if k != "$ref"})
            node = merged
            seen += 1
        return node

    # -- values -------------------------------------------------------------------------------------------
    def properties(self):
        return self.object_fields(self.res.schema, self.res.fields, "", depth=0)

    def object_fields(self, node, fields: list[Field], path: str, depth: int, extra=None):
        by_name = {f.cfn_name: f for f in fields}
        constraints = {}
        chosen = self.choose(node, by_name, constraints)
        out = {}
        for name in sorted(chosen):
            f = by_name[name]
            out[name] = self.value(f.type, f"{path}{name}", depth + 1, constraints.get(name))
        return out

    def choose(self, node, by_name, constraints):
        chosen: list[str] = []

        def add(names):
            for n in names or []:
                if n in by_name and n not in chosen:
                    chosen.append(n)

        def walk(n):
            n = self.deref(n)
            add(n.get("required"))
            for kw in ("oneOf", "anyOf"):
                alts = [self.deref(a) for a in n.get(kw, []) if isinstance(a, dict)]
                if not alts:
                    continue
                usable = [a for a in alts if all(r in by_name for r in a.get("required", []))
                          and all(p in by_name for p in a.get("properties", {}))]
                if not usable:
                    continue
                # The alternative that needs the fewest properties not chosen yet ("oneOf: [{}, {required: [A, B]}]"
                # means "not both"); among equals the first one.
                def cost(a):
                    missing = [r for r in a.get("required", []) if r not in chosen]
                    return (len(missing) if a.get("required") or not a.get("properties") else 1)
                alt = min(usable, key=cost)
                if alt.get("required"):
                    add(alt["required"])
                elif alt.get("properties"):
                    add(sorted(alt["properties"])[:1])
                for p, sub in alt.get("properties", {}).items():
                    if isinstance(sub, dict) and p in by_name:
                        constraints[p] = sub
                walk({k: v for k, v in alt.items() if k not in ("required", "properties")})
            for part in n.get("allOf", []) or []:
                if isinstance(part, dict):
                    walk(part)
            for kw in ("requiredXor", "requiredOr"):
                group = n.get(kw)
                if group and not any(g in chosen for g in group):
                    add(group[:1])

        walk(node)
        node = self.deref(node)
        deps = dict(node.get("dependentRequired", {}) or {})
        for k, v in (node.get("dependencies", {}) or {}).items():
            if isinstance(v, list):
                deps[k] = v
        changed = True
        while changed:
            before = len(chosen)
            for c in list(chosen):
                add(deps.get(c))
            changed = len(chosen) != before
        if not chosen and (node.get("minProperties") or 0) > 0 and by_name:
            add(sorted(by_name)[:1])
        return chosen

    def value(self, t: Type, path: str, depth: int, extra=None):
        schema = self.deref(t.schema)
        if extra:
            schema = dict(schema)
            schema.update(self.deref(extra))
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("default"), (str, int, float, bool)) and t.kind == "prim" and "enum" in schema \
                and schema["default"] in schema["enum"]:
            return schema["default"]
        k = t.kind
        if k == "prim":
            return self.primitive(t.prim, schema, path)
        if k == "tag":
            return {"Key": "sample-key", "Value": "sample-value"}
        if k == "struct":
            return self.object_fields(schema, t.struct.fields, path + ".", depth)
        if k == "list":
            count = max(1, int(schema.get("minItems", 1) or 1))
            items = []
            for i in range(count):
                v = self.value(t.item, f"{path}.{i}", depth + 1)
                if isinstance(v, dict) and schema.get("uniqueKeys"):
                    for key in schema["uniqueKeys"]:
                        if key in v and i:
                            v[key] = self.vary(v[key], i)
                elif schema.get("uniqueItems") and v in items:
                    v = self.vary(v, i)
                items.append(v)
            return items
        if k == "map":
            key = "key1"
            pattern = schema.get("patternProperties")
            if isinstance(pattern, dict) and pattern:
                try:
                    key = PatternSampler(sorted(pattern)[0]).sample(1, 128) or key
                except Exception:
                    pass
            return {key: self.value(t.item, f"{path}.{key}", depth + 1)}
        if k == "json":
            return {}
        # any: several types, a union or a recursive reference
        if t.struct is not None and depth < 6:
            return self.object_fields(schema, t.struct.fields, path + ".", depth)
        return self.raw(schema, path, depth)

    def raw(self, schema, path, depth):
        schema = self.deref(schema)
        for kw in ("oneOf", "anyOf"):
            alts = schema.get(kw)
            if alts:
                merged = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                merged.update(self.deref(alts[0]))
                return self.raw(merged, path, depth)
        if "enum" in schema and schema["enum"]:
            return schema["enum"][0]
        t = schema.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "object"), t[0]) if t else None
        if t in cfn_model.PRIMITIVES:
            return self.primitive(cfn_model.PRIMITIVES[t], schema, path)
        if t == "array":
            return [self.raw(schema.get("items", {"type": "string"}), path, depth + 1)] if depth < 8 else []
        if "properties" in schema and depth < 8:
            req = schema.get("required", []) or []
            return {p: self.raw(schema["properties"][p], path, depth + 1) for p in req if p in schema["properties"]}
        return {} if t == "object" else "sample"

    @staticmethod
    def vary(v, i):
        if isinstance(v, str):
            return v[:-1] + str(i % 10) if v else str(i)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return v + i
        return v

    def primitive(self, prim: str, schema: dict, path: str):
        enum = schema.get("enum") or schema.get("enumCaseInsensitive")
        if isinstance(enum, list) and enum:
            return enum[0]
        if prim == "Boolean":
            return True
        if prim in ("Integer", "Number"):
            return self.number(prim, schema)
        return self.string(schema, path)

    @staticmethod
    def number(prim, schema):
        lo = schema.get("minimum")
        if isinstance(schema.get("exclusiveMinimum"), (int, float)):
            lo = schema["exclusiveMinimum"] + 1
        hi = schema.get("maximum")
        if isinstance(schema.get("exclusiveMaximum"), (int, float)):
            hi = schema["exclusiveMaximum"] - 1
        value = 1
        if lo is not None and value < lo:
            value = lo
        if hi is not None and value > hi:
            value = hi
        step = schema.get("multipleOf")
        if isinstance(step, (int, float)) and step > 0 and value % step:
            value = (value // step + 1) * step
        if prim == "Integer":
            value = int(value)
        return value

    def string(self, schema, path):
        min_len = int(schema.get("minLength", 0) or 0)
        max_len = int(schema.get("maxLength", 1 << 20) or 1 << 20)
        pattern = schema.get("pattern")
        candidates = []
        fmt = schema.get("format")
        if fmt in FORMATS:
            candidates.append(FORMATS[fmt])
        candidates.append("sample")
        for c in candidates:
            if min_len <= len(c) <= max_len and (not pattern or self.matches(pattern, c)):
                return c
        if pattern:
            try:
                s = PatternSampler(pattern).sample(min_len, max_len)
            except Exception as e:  # an expression the stdlib cannot parse
                self.notes.append(f"{path}: pattern {pattern!r}: {e}")
                s = None
            if s is not None:
                return s
            self.notes.append(f"{path}: no sample for pattern {pattern!r}")
        s = "sample"
        if len(s) > max_len:
            s = s[:max_len]
        if len(s) < min_len:
            s = s + "a" * (min_len - len(s))
        return s

    @staticmethod
    def matches(pattern, s):
        try:
            return re.search(stdlib_pattern(pattern), s) is not None
        except re.error:
            return True


# ---------------------------------------------------------------------------------------------------------
def set_path(obj: dict, path: str, value):
    parts = path.split(".")
    cur = obj
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if isinstance(cur, list):
            idx = int(part)
            while len(cur) <= idx:
                cur.append({})
            if last:
                cur[idx] = value
            else:
                cur = cur[idx]
        else:
            if last:
                if value is None:
                    cur.pop(part, None)
                else:
                    cur[part] = value
            else:
                if part not in cur or not isinstance(cur[part], (dict, list)):
                    cur[part] = [] if parts[i + 1].isdigit() else {}
                cur = cur[part]


def apply_by_name(t_fields, instance, by_name):
    """Replaces free-form JSON values of properties named in by_name (policy documents...) at any depth."""
    for f in t_fields:
        if f.cfn_name not in instance:
            continue
        v = instance[f.cfn_name]
        t = f.type
        if f.cfn_name in by_name and t.kind in ("json", "any", "prim"):
            instance[f.cfn_name] = copy.deepcopy(by_name[f.cfn_name])
        elif t.kind == "struct" and isinstance(v, dict):
            apply_by_name(t.struct.fields, v, by_name)
        elif t.kind == "list" and t.item.kind == "struct" and isinstance(v, list):
            for item in v:
                if isinstance(item, dict):
                    apply_by_name(t.item.struct.fields, item, by_name)


# ---------------------------------------------------------------------------------------------------------
# C++ expressions
def cpp_literal(v) -> str:
    from cfn_gen import cpp_string
    if v is None:
        return "nullptr"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return f"{v}LL" if abs(v) >= 2 ** 31 else str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return cpp_string(v)
    if isinstance(v, list):
        return "cdk::Value::list({" + ", ".join(cpp_literal(x) for x in v) + "})"
    if isinstance(v, dict) and len(v) == 1 and next(iter(v)) in _INTRINSICS:
        name, arg = next(iter(v.items()))
        return _INTRINSICS[name](arg)
    if isinstance(v, dict):
        return "cdk::Value::map({" + ", ".join("{" + cpp_string(k) + ", " + cpp_literal(x) + "}"
                                                for k, x in v.items()) + "})"
    raise TypeError(type(v))


_INTRINSICS = {  # override values may use these; they become tokens, which the validator does not judge
    "Ref": lambda a: f"cdk::Fn::ref({cfn_string(a)})",
    "Fn::GetAZs": lambda a: f"cdk::Fn::getAzs({cpp_literal(a)})",
    "Fn::Select": lambda a: f"cdk::Fn::select({int(a[0])}, {cpp_literal(a[1])})",
    "Fn::Sub": lambda a: f"cdk::Fn::sub({cfn_string(a)})",
}


def cpp_value(t: Type, v, q: str) -> str:
    """A C++ expression of the field's value type (what goes inside its std::optional)."""
    from cfn_gen import cpp_string, value_type
    k = t.kind
    if k in ("prim", "any", "json"):
        return cpp_literal(v)
    if k == "tag":
        return f"cdk::CfnTag{{.key = {cpp_literal(v.get('Key'))}, .value = {cpp_literal(v.get('Value'))}}}"
    if k == "struct":
        return q + t.struct.cpp_name + struct_init(t.struct.fields, v, q)
    if k == "list":
        if not isinstance(v, list):
            return "cdk::ValueList(" + cpp_literal(v) + ")"
        items = ", ".join(cpp_value(t.item, x, q) if t.item.kind in ("struct", "tag") else cpp_literal(x) for x in v)
        return f"{value_type(t, q)}{{{items}}}"
    if k == "map":
        entries = ", ".join("{" + cpp_string(key) + ", " +
                            (cpp_value(t.item, x, q) if t.item.kind in ("struct", "tag") else cpp_literal(x)) + "}"
                            for key, x in v.items())
        return f"{value_type(t, q)}{{{entries}}}"
    raise ValueError(k)


def struct_init(fields, v: dict, q: str) -> str:
    parts = []
    for f in fields:
        if f.cfn_name in v:
            parts.append(f".{f.cpp_name} = {cpp_value(f.type, v[f.cfn_name], q)}")
    return "{" + ", ".join(parts) + "}"


# ---------------------------------------------------------------------------------------------------------
def write_tests(services, args) -> int:
    from cfn_gen import HEADER_NOTE, attribute_methods, write_if_changed
    overrides = {}
    if args.sample_overrides and os.path.exists(args.sample_overrides):
        with open(args.sample_overrides, encoding="utf-8") as f:
            overrides = json.load(f)
    by_name = overrides.get("json_by_name", {})
    per_type = overrides.get("types", {})
    out_dir = os.path.abspath(args.tests_out)
    sources, total, notes = [], 0, []
    registry = []
    for prefix, module, resources in services:
        lines = [HEADER_NOTE, f"// The all-types test: every L1 type of {prefix}, its required properties set.\n",
                 f'#include "cdk/cfn/{module}.hpp"\n#include "all_types.hpp"\n#include "cdk/core/fn.hpp"\n\n',
                 "namespace cdkpp_all_types {\n\n",
                 f"int addAllTypes_{module}(cdk::Stack& stack, Attributes* attributes) {{\n"]
        for res in resources:
            sb = SampleBuilder(res, overrides)
            instance = sb.properties()
            apply_by_name(res.fields, instance, by_name)
            for path, value in sorted((per_type.get(res.type_name, {}) or {}).items()):
                if path.startswith("_"):
                    continue
                set_path(instance, path, value)
            notes.extend(f"{res.type_name}: {n}" for n in sb.notes)
            q = f"cdk::{module}::{res.class_name}::"
            init = struct_init(res.fields, instance, q)
            unknown = sorted(set(instance) - {f.cfn_name for f in res.fields})
            if unknown:
                raise cfn_model.SchemaError(f"sample overrides of {res.type_name} set unknown properties {unknown}")
            skip = set((overrides.get("probe_skip", {}) or {}).get(res.type_name, []))
            methods = [(a, m) for a, m in attribute_methods(res) if a not in skip]
            var = f"r{total}"
            call = f"  {'auto& ' + var + ' = ' if methods else ''}stack.make<cdk::{module}::{res.class_name}>({cfn_string(res.class_name)}"
            call += ");\n" if init == "{}" else f", {init});\n"
            lines.append(call)
            if methods:
                lines.append("  if (attributes) {\n")
                for attr, method in methods:
                    to_value = ".toValue()" if attr in res.list_attributes else ""
                    lines.append(f"    attributes->emplace_back({var}.{method}(){to_value}, {cfn_string(attr)});\n")
                lines.append("  }\n")
            total += 1
        lines.append(f"  return {len(resources)};\n}}\n\n}}  // namespace cdkpp_all_types\n")
        path = os.path.join(out_dir, f"all_types_{module}.cpp")
        write_if_changed(path, "".join(lines))
        sources.append(path)
        registry.append(module)

    reg = [HEADER_NOTE, "// The services of the all-types test.\n", '#include "all_types.hpp"\n\n',
           "namespace cdkpp_all_types {\n\n"]
    for m in registry:
        reg.append(f"int addAllTypes_{m}(cdk::Stack& stack, Attributes* attributes);\n")
    reg.append("\nconst std::vector<Service>& services() {\n  static const std::vector<Service> list = {\n")
    for (prefix, m, resources) in services:
        reg.append(f"      {{{cfn_string(m)}, {cfn_string(prefix)}, {len(resources)}, &addAllTypes_{m}}},\n")
    reg.append("  };\n  return list;\n}\n\n}  // namespace cdkpp_all_types\n")
    path = os.path.join(out_dir, "all_types_registry.cpp")
    write_if_changed(path, "".join(reg))
    sources.append(path)

    cmake = ("# Generated by tools/cfn-gen/cfn_gen.py --tests-out. Do not edit.\n"
             "set(CDKPP_ALL_TYPES_SOURCES\n" + "".join(f'  "{s}"\n' for s in sources) + ")\n"
             f"set(CDKPP_ALL_TYPES_COUNT {total})\n")
    write_if_changed(os.path.join(out_dir, "all_types.cmake"), cmake)
    write_if_changed(os.path.join(out_dir, "all_types_notes.txt"), "".join(n + "\n" for n in notes))
    print(f"cfn_gen: all-types test sources for {total} resource types ({len(notes)} notes)")
    return 0


def cfn_string(s):
    from cfn_gen import cpp_string
    return cpp_string(s)
