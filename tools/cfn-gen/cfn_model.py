"""The model of cdkpp's L1 layer, read from CloudFormation registry schemas (JSON Schema documents).

Used by cfn_gen.py (the C++ emitter) and samples.py (values for the all-types test). Standard library only.

A resource type becomes a Resource: its writable properties as Fields, the nested property types it needs as
Structs (in dependency order), its GetAtt attributes and its tagging. Each field has a Type:

  prim    a string, integer, number or boolean                  -> std::optional<cdk::Value>
  any     several types, or a recursive reference                 -> std::optional<cdk::Value>
  json    a free-form JSON object                                 -> std::optional<cdk::Value>
  struct  an object with listed properties                        -> std::optional<XProperty>
  tag     a {Key, Value} object (only as list items)              -> cdk::CfnTag
  list    an array (item: a Type)                                 -> cdk::ValueList / std::vector<T>
  map     an object keyed by strings (item: a Type)               -> cdk::Value::Map / std::vector<std::pair<...>>
"""
from __future__ import annotations

import json
import os
import re

CPP_KEYWORDS = frozenset("""
alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t class
compl concept const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype
default delete do double dynamic_cast else enum explicit export extern false float for friend goto if inline
int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public register
reinterpret_cast requires return short signed sizeof static static_assert static_cast struct switch template
this thread_local throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t
while xor xor_eq
linux unix
""".split())  # linux and unix are predefined macros in GNU mode (-std=gnu++20)

# Property names whose camelCase aws-cdk-lib spells differently from the npm camelcase rule it otherwise uses.
NAME_EXCEPTIONS = {"VPCs": "vpcs"}

PRIMITIVES = {"string": "String", "integer": "Integer", "number": "Number", "boolean": "Boolean"}


def _is_upper(c: str) -> bool:
    return c.upper() == c and c.lower() != c


def _is_lower(c: str) -> bool:
    return c.lower() == c and c.upper() != c


def camel_case(name: str) -> str:
    """aws-cdk-lib's property names: the npm `camelcase` package's rule (words split at case changes, an
    acronym keeps its last capital for the next word, each word lower-cased, words joined with capitals, the
    character after a digit run capitalised). "CidrBlock" -> cidrBlock, "DBClusterIdentifier" ->
    dbClusterIdentifier, "RotationLambdaARN" -> rotationLambdaArn, "MultiAZ" -> multiAz."""
    if name in NAME_EXCEPTIONS:
        return NAME_EXCEPTIONS[name]
    s = name
    if len(s) == 1:
        return s.lower()
    if s != s.lower():
        last_lower = last_upper = last_last_upper = False
        i = 0
        while i < len(s):
            c = s[i]
            if last_lower and _is_upper(c):
                s = s[:i] + "-" + s[i:]
                last_lower = False
                last_last_upper = last_upper
                last_upper = True
                i += 1
            elif last_upper and last_last_upper and _is_lower(c):
                s = s[: i - 1] + "-" + s[i - 1:]
                last_last_upper = last_upper
                last_upper = False
                last_lower = True
            else:
                last_lower = _is_lower(c)
                last_last_upper = last_upper
                last_upper = _is_upper(c)
            i += 1
    s = re.sub(r"^[_.\- ]+", "", s).lower()
    s = re.sub(r"[_.\- ]+([A-Za-z0-9_]|$)", lambda m: m.group(1).upper(), s)
    s = re.sub(r"\d+([A-Za-z0-9_]|$)", lambda m: m.group(0).upper(), s)
    return s


def cpp_identifier(name: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "", name)
    if not name or name[0].isdigit():
        name = "_" + name
    if name in CPP_KEYWORDS:
        name += "_"
    return name


def field_name(cfn_name: str) -> str:
    return cpp_identifier(camel_case(cfn_name))


def type_identifier(name: str) -> str:
    """A definition or property name as the start of a C++ type name: "iso8601UTC" -> Iso8601UTC."""
    name = re.sub(r"[^A-Za-z0-9_]", "", name)
    if not name:
        name = "Anonymous"
    if name[0].isdigit():
        name = "T" + name
    return name[0].upper() + name[1:]


class SchemaError(Exception):
    pass


class Type:
    """The C++-relevant shape of a property schema. `schema` is the dereferenced JSON Schema node."""

    def __init__(self, kind, schema=None, prim=None, struct=None, item=None, recursive=False):
        self.kind = kind
        self.schema = schema if schema is not None else {}
        self.prim = prim  # 'String', 'Integer', 'Number', 'Boolean' for kind 'prim'
        self.struct = struct  # Struct for 'struct' and 'tag'
        self.item = item  # Type for 'list' and 'map'
        self.recursive = recursive  # 'any' because the reference would make a struct contain itself


class Field:
    def __init__(self, cfn_name, cpp_name, type_, required, doc):
        self.cfn_name = cfn_name
        self.cpp_name = cpp_name
        self.type = type_
        self.required = required
        self.doc = doc


class Struct:
    """A nested property type (or, with is_tag, the {Key, Value} object rendered as cdk::CfnTag)."""

    def __init__(self, key, def_name, cpp_name, schema):
        self.key = key
        self.def_name = def_name  # the definition (or inline property) name: "Ingress"
        self.cpp_name = cpp_name  # "IngressProperty"
        self.schema = schema
        self.fields: list[Field] = []
        self.allows_additional = False
        self.is_tag = False
        self.doc = ""
        self.complete = False


class Resource:
    def __init__(self, type_name, schema, module):
        self.type_name = type_name
        self.schema = schema
        self.module = module
        self.vendor, self.service, self.short_name = type_name.split("::")
        self.class_name = "Cfn" + type_identifier(self.short_name)
        self.fields: list[Field] = []
        self.structs: list[Struct] = []  # every struct, dependency order (tag objects included)
        self.attributes: list[str] = []
        self.list_attributes: set[str] = set()  # GetAtt attributes whose value is a list
        self.tag_type = "NOT_TAGGABLE"
        self.tag_property = ""
        self.doc = ""
        self.allows_additional = False

    @property
    def cpp_structs(self):
        return [s for s in self.structs if not s.is_tag]


def _merge_all_of(node: dict) -> dict:
    """Folds allOf parts that add properties/required/types into the node (a conjunction)."""
    if "allOf" not in node:
        return node
    out = {k: v for k, v in node.items() if k != "allOf"}
    rest = []
    for part in node["allOf"]:
        if not isinstance(part, dict):
            continue
        if "properties" in part:
            props = dict(out.get("properties", {}))
            props.update(part["properties"])
            out["properties"] = props
        if "required" in part:
            out["required"] = list(out.get("required", [])) + [r for r in part["required"] if r not in out.get("required", [])]
        taken = False
        for k in ("type", "$ref", "items", "patternProperties", "additionalProperties", "enum", "pattern",
                  "minLength", "maxLength", "minimum", "maximum", "format"):
            if k in part and k not in out:
                out[k] = part[k]
                taken = True
        if not taken and not ("properties" in part or "required" in part):
            rest.append(part)
    if rest:
        out["allOf"] = rest
    return out


class ResourceBuilder:
    """Resolves one resource schema into a Resource."""

    def __init__(self, type_name: str, schema: dict, module: str, docs: dict):
        self.schema = schema
        self.docs = docs.get(type_name, {})
        self.res = Resource(type_name, schema, module)
        self.structs: dict = {}
        self.in_progress: set = set()
        self.order: list[Struct] = []
        defs = schema.get("definitions", {})
        # Names of object definitions are reserved first so that inline objects never take them.
        self.used_names = {type_identifier(n) + "Property" for n, d in defs.items() if isinstance(d, dict)}

    # -- JSON Schema helpers ------------------------------------------------------------------------------
    def pointer(self, ref: str):
        if not ref.startswith("#/"):
            raise SchemaError(f"{self.res.type_name}: unsupported $ref {ref}")
        node = self.schema
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[part]
        return node

    def deref(self, node: dict):
        """Returns (merged node, definition name or None)."""
        def_name = None
        seen = set()
        node = _merge_all_of(node)
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise SchemaError(f"{self.res.type_name}: $ref cycle at {ref}")
            seen.add(ref)
            target = self.pointer(ref)
            merged = dict(_merge_all_of(target))
            for k, v in node.items():
                if k != "$ref":
                    merged[k] = v
            if ref.startswith("#/definitions/") and ref.count("/") == 2:
                def_name = ref.split("/")[-1]
            node = merged
        return node, def_name

    def is_array_at(self, parts: list) -> bool:
        """True when the property at this path (["Endpoint", "Address"]) is a JSON array."""
        node = {"properties": self.schema.get("properties", {})}
        for part in parts:
            node, _ = self.deref(node)
            node = (node.get("properties") or {}).get(part)
            if not isinstance(node, dict):
                return False
        node, _ = self.deref(node)
        t = node.get("type")
        return t == "array" or (isinstance(t, list) and t == ["array"])

    # -- classification -----------------------------------------------------------------------------------
    @staticmethod
    def _typed(alt: dict) -> bool:
        return any(k in alt for k in ("type", "$ref", "properties", "items", "enum", "patternProperties"))

    def resolve(self, node: dict, hint: str, owner_key) -> Type:
        node, def_name = self.deref(node)
        for kw in ("oneOf", "anyOf"):
            alts = node.get(kw)
            if isinstance(alts, list) and any(isinstance(a, dict) and self._typed(a) for a in alts):
                return self.resolve_union(node, kw, def_name, hint, owner_key)
        t = node.get("type")
        if isinstance(t, list):
            if len(t) == 1:
                t = t[0]
            elif set(t) <= {"object", "string", "array"} and "object" in t and "properties" not in node:
                return Type("json", node)  # a policy document, as an object or its JSON text
            else:
                return Type("any", node)
        if t is None and node.get("format") == "json":
            return Type("json", node)
        if t is None:
            if "properties" in node:
                t = "object"
            elif "items" in node:
                t = "array"
            elif "patternProperties" in node:
                t = "object"
            elif "enum" in node and node["enum"] and all(isinstance(v, str) for v in node["enum"]):
                t = "string"
            else:
                return Type("any", node)
        if t in PRIMITIVES:
            return Type("prim", node, prim=PRIMITIVES[t])
        if t == "array":
            items = node.get("items")
            if not isinstance(items, dict):
                return Type("list", node, item=Type("any", {}))
            return Type("list", node, item=self.resolve(items, hint, owner_key))
        if t == "object":
            if "properties" in node:
                return self.struct_type(node, def_name, hint, owner_key)
            value_schema = None
            pattern = node.get("patternProperties")
            if isinstance(pattern, dict) and pattern:
                value_schema = pattern[sorted(pattern)[0]]
            elif isinstance(node.get("additionalProperties"), dict):
                value_schema = node["additionalProperties"]
            if value_schema is not None:
                item = self.resolve(value_schema, hint, owner_key)
                return Type("map", node, item=item)
            return Type("json", node)
        return Type("any", node)

    def resolve_union(self, node, kw, def_name, hint, owner_key) -> Type:
        base = {k: v for k, v in node.items() if k not in ("oneOf", "anyOf")}
        alts = []
        for alt in node[kw]:
            if not isinstance(alt, dict):
                continue
            if not self._typed(alt):
                continue
            merged = dict(base)
            merged.update(alt)
            merged, alt_def = self.deref(merged)
            alts.append((merged, alt_def))
        kinds = set()
        for merged, _ in alts:
            t = merged.get("type")
            if isinstance(t, list):
                t = t[0] if len(t) == 1 else "mixed"
            if t is None:
                t = "object" if "properties" in merged else ("array" if "items" in merged else
                                                             ("string" if "enum" in merged else "mixed"))
            if t == "object" and "properties" not in merged:
                t = "json"
            kinds.add(t)
        if len(kinds) == 1:
            (k,) = kinds
            if k in PRIMITIVES:
                prim_node = dict(base)
                prim_node["type"] = k
                for c in ("minLength", "maxLength", "minimum", "maximum"):
                    if all(c in m for m, _ in alts) and len({json.dumps(m[c]) for m, _ in alts}) == 1:
                        prim_node[c] = alts[0][0][c]
                prim_node[kw] = node[kw]
                return Type("prim", prim_node, prim=PRIMITIVES[k])
            if k == "object":
                # One struct with the properties of every alternative (as aws-cdk-lib does).
                union = dict(base)
                union["type"] = "object"
                props = dict(base.get("properties", {}))
                for m, _ in alts:
                    for pname, pnode in m.get("properties", {}).items():
                        props.setdefault(pname, pnode)
                union["properties"] = props
                union["required"] = [r for r in base.get("required", [])]
                union[kw] = node[kw]
                if any(m.get("additionalProperties", True) is not False for m, _ in alts):
                    union["additionalProperties"] = True
                return self.struct_type(union, def_name, hint, owner_key)
        return Type("any", node)

    def struct_type(self, node, def_name, hint, owner_key) -> Type:
        key = ("def", def_name) if def_name else ("inline", owner_key, hint)
        if key in self.in_progress:
            return Type("any", node, recursive=True, struct=self.structs.get(key))
        s = self.structs.get(key)
        if s is None:
            if def_name:
                name = type_identifier(def_name) + "Property"
                label = def_name
            else:
                base = type_identifier(hint)
                name = base + "Property"
                label = hint
                if name in self.used_names:
                    owner = owner_key[-1] if owner_key and owner_key[0] != "root" else ""
                    name = type_identifier(str(owner)) + base + "Property"
                    n = 2
                    while name in self.used_names:
                        name = f"{type_identifier(str(owner))}{base}{n}Property"
                        n += 1
            self.used_names.add(name)
            s = Struct(key, label, name, node)
            self.structs[key] = s
            self.in_progress.add(key)
            self.fill_struct(s, node)
            self.in_progress.discard(key)
            s.complete = True
            self.order.append(s)
        return Type("tag" if s.is_tag else "struct", node, struct=s)

    def fill_struct(self, s: Struct, node: dict):
        props = node.get("properties", {}) or {}
        required = set(node.get("required", []) or [])
        s.allows_additional = node.get("additionalProperties", True) is not False or bool(node.get("patternProperties"))
        tdocs = self.docs.get("t", {}).get(s.def_name, {})
        s.doc = tdocs.get("d", "") or node.get("description", "")
        names = set()
        for pname in sorted(props):
            pnode = props[pname]
            if not isinstance(pnode, dict):
                continue
            t = self.resolve(pnode, pname, s.key)
            doc = tdocs.get("p", {}).get(pname, "") or pnode.get("description", "")
            cpp = field_name(pname)
            while cpp in names:
                cpp += "_"
            names.add(cpp)
            s.fields.append(Field(pname, cpp, t, pname in required, doc))
        keys = {f.cfn_name for f in s.fields}
        if keys == {"Key", "Value"} and all(f.type.kind in ("prim", "any") for f in s.fields):
            s.is_tag = True

    # -- the resource -------------------------------------------------------------------------------------
    def build(self) -> Resource:
        res, schema = self.res, self.schema
        res.doc = self.docs.get("d", "") or schema.get("description", "")
        res.allows_additional = schema.get("additionalProperties", True) is not False
        read_only = [p for p in schema.get("readOnlyProperties", []) if p.startswith("/properties/")]
        read_only_top = {p.split("/")[2] for p in read_only if p.count("/") == 2}
        required = set(schema.get("required", []) or [])
        props = schema.get("properties", {}) or {}
        names = set()
        for pname in sorted(props):
            if pname in read_only_top:
                continue
            pnode = props[pname]
            t = self.resolve(pnode, pname, ("root",))
            doc = self.docs.get("p", {}).get(pname, "") or pnode.get("description", "")
            cpp = field_name(pname)
            while cpp in names:
                cpp += "_"
            names.add(cpp)
            res.fields.append(Field(pname, cpp, t, pname in required, doc))
        res.structs = list(self.order)

        # GetAtt attributes: the read-only properties as the schema lists them ("/properties/Endpoint/Address" ->
        # "Endpoint.Address"), except paths into lists ("*") and an object whose members are listed too (GetAtt
        # returns "Endpoint.Address", not "Endpoint").
        listed = set()
        for p in read_only:
            parts = p.split("/")[2:]
            if not any(x == "*" or x == "" for x in parts):
                listed.add(".".join(parts))
        res.attributes = sorted(a for a in listed if not any(b.startswith(a + ".") for b in listed))
        res.list_attributes = {a for a in res.attributes if self.is_array_at(a.split("."))}

        tagging = schema.get("tagging") or {}
        # A schema that says nothing about tagging (91 types, e.g. AWS::CertificateManager::Certificate) is
        # taggable by the registry's default when it has a Tags property that is a list of tags: aws-cdk-lib
        # makes those L1 classes taggable too (ITaggable, TagType.STANDARD).
        inferred = "tagging" not in schema and "taggable" not in schema
        taggable = tagging.get("taggable", schema.get("taggable", inferred))
        if taggable:
            tag_pointer = tagging.get("tagProperty", "/properties/Tags")
            tag_name = tag_pointer.split("/")[-1]
            field = next((f for f in res.fields if f.cfn_name == tag_name and tag_pointer.count("/") == 2), None)
            if field is not None:
                t = field.type
                if t.kind == "list" and t.item.kind == "tag":
                    res.tag_type = "STANDARD"
                elif inferred:
                    pass  # only a list of tags is taken for tags without the schema saying so
                elif t.kind == "list" and t.item.kind == "struct" and \
                        {f.cfn_name for f in t.item.struct.fields} >= {"Key", "Value", "PropagateAtLaunch"}:
                    res.tag_type = "AUTOSCALING_GROUP"
                elif t.kind == "map" and t.item.kind in ("prim", "any"):
                    res.tag_type = "MAP"
                elif t.kind == "json":
                    res.tag_type = "MAP"
                if res.tag_type != "NOT_TAGGABLE":
                    res.tag_property = tag_name
        return res


def attribute_method(attr: str) -> str:
    """aws-cdk-lib's accessor name: "attr" + each dotted part camel-cased and capitalised.
    "Arn" -> attrArn, "Endpoint.Address" -> attrEndpointAddress, "DBClusterArn" -> attrDbClusterArn."""
    out = "attr"
    for part in attr.split("."):
        c = camel_case(re.sub(r"[^A-Za-z0-9_]", "", part))
        out += c[:1].upper() + c[1:]
    return out


def load_services(path: str):
    """services.txt: '<Service> <module>' per line ('EC2 ec2' means AWS::EC2); '#' starts a comment."""
    services = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2:
                raise SchemaError(f"{path}: expected '<Service> <module>', got '{line}'")
            service, module = parts
            if "::" not in service:
                service = "AWS::" + service
            services.append((service, module))
    return services


def load_schemas(schema_dir: str):
    """{type name: file path} for every vendored schema."""
    out = {}
    for name in sorted(os.listdir(schema_dir)):
        if not name.endswith(".json") or name == "docs.json":
            continue
        parts = name[:-5].split("_")
        if len(parts) < 3:
            continue
        out["::".join([parts[0], parts[1], "_".join(parts[2:])])] = os.path.join(schema_dir, name)
    return out


def select_types(schemas: dict, services_file: str, all_services: bool):
    """[(service prefix 'AWS::EC2', module, [type names])], sorted by module."""
    listed = load_services(services_file)
    by_service = {}
    for type_name in schemas:
        vendor, service, _ = type_name.split("::")
        by_service.setdefault(f"{vendor}::{service}", []).append(type_name)
    chosen = {}
    if all_services:
        for prefix in by_service:
            chosen[prefix] = prefix.split("::")[1].lower()
    for prefix, module in listed:
        if prefix not in by_service:
            raise SchemaError(f"{services_file}: no schema of service {prefix} in the vendored schemas")
        chosen[prefix] = module
    modules = {}
    for prefix, module in chosen.items():
        if module in modules:
            raise SchemaError(f"services {modules[module]} and {prefix} would share the module {module}")
        modules[module] = prefix
    return sorted(((p, m, sorted(by_service[p])) for p, m in chosen.items()), key=lambda x: x[1])


def load_docs(path: str) -> dict:
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build_resource(type_name: str, schema_path: str, module: str, docs: dict) -> Resource:
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    if schema.get("typeName") != type_name:
        raise SchemaError(f"{schema_path}: typeName is {schema.get('typeName')}, expected {type_name}")
    return ResourceBuilder(type_name, schema, module, docs).build()
