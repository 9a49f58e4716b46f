"""Stored Cypher queries: parse their ``//`` headers, list them, bind parameters.

A stored query is a ``.cypher`` file that starts with a header of comment lines::

    // name: targets-by-indicator
    // description: Targets for an indicator (its name, any alias, or part of either), latest year first, by region, with evidence.
    // param: indicator str required indicator name or alias, e.g. 学前三年毛入园率 or 毛入园率
    // param: limit int 200 the most targets returned (latest years first)
    // example: edukg query run targets-by-indicator -p indicator=学前教育毛入园率

``param`` lines read NAME TYPE DEFAULT MEANING; TYPE is one of PARAM_TYPES,
DEFAULT is ``required`` or a value of that type (a JSON string such as ``""``
for text with spaces). Every ``$name`` in the Cypher must be declared and every
declared parameter must be used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from edukg.errors import InputError

__all__ = [
    "PARAM_TYPES",
    "Param",
    "StoredQuery",
    "parse_query",
    "load_queries",
    "get_query",
    "bind",
    "coerce_value",
    "named_parameters",
]

_HEADER_LINE = re.compile(r"^//\s*(?P<key>name|description|param|example):\s*(?P<value>.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)\s+(?P<default>\"(?:[^\"\\]|\\.)*\"|\S+)\s+(?P<help>.+)$")
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
# $name outside string literals and comments (those are blanked out first).
_DOLLAR = re.compile(r"\$([A-Za-z_]\w*)")
_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.S)
_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")

REQUIRED = "required"


def _to_bool(text: str) -> bool:
    low = text.strip().lower()
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise ValueError(text)


# Parameter type name → converter from the text a user typed.
PARAM_TYPES: dict[str, Any] = {"str": str, "int": int, "float": float, "bool": _to_bool}


@dataclass(frozen=True)
class Param:
    """One declared parameter of a stored query."""

    name: str
    type: str  # a key of PARAM_TYPES
    default: Any  # None when required
    help: str

    @property
    def required(self) -> bool:
        return self.default is None

    def describe(self) -> str:
        default = REQUIRED if self.required else json.dumps(self.default, ensure_ascii=False)
        return f"{self.name} ({self.type}, {default})"


@dataclass(frozen=True)
class StoredQuery:
    """A parsed ``.cypher`` file."""

    name: str
    description: str
    params: tuple[Param, ...]
    example: str
    text: str  # the whole file, header included
    body: str  # the Cypher after the header

    def signature(self) -> str:
        """One line naming what the query takes."""
        if not self.params:
            return f"{self.name} takes no parameters"
        return f"{self.name} takes " + ", ".join(p.describe() for p in self.params)


def named_parameters(cypher: str) -> set[str]:
    """The ``$names`` a Cypher text uses, ignoring strings and comments.

    >>> sorted(named_parameters("MATCH (n) WHERE n.name = $name AND n.x <> '$no' // $not\\nRETURN $limit"))
    ['limit', 'name']
    """
    return set(_DOLLAR.findall(_STRINGS_AND_COMMENTS.sub(" ", cypher)))


def _parse_default(raw: str, type_: str, where: str) -> Any:
    if raw == REQUIRED:
        return None
    text = json.loads(raw) if raw.startswith('"') else raw
    try:
        return PARAM_TYPES[type_](text)
    except ValueError:
        raise InputError(f"{where}: default {raw!r} is not a {type_}") from None


def parse_query(text: str, source: str = "<query>") -> StoredQuery:
    """Parse a stored query's header and check its parameters against its Cypher.

    Raises InputError naming `source` for a missing field, a malformed param line,
    or a mismatch between declared params and the ``$names`` used.

    >>> q = parse_query('''// name: demo
    ... // description: 名称包含文字的项目
    ... // param: text str required 要找的文字
    ... // example: edukg query run demo -p text=班班通
    ... MATCH (p:Program) WHERE p.name CONTAINS $text RETURN p.name AS name''')
    >>> q.name, [p.describe() for p in q.params]
    ('demo', ['text (str, required)'])
    """
    fields: dict[str, str] = {}
    params: list[Param] = []
    lines = text.splitlines()
    body_start = len(lines)
    for i, line in enumerate(lines):
        line = line.strip()
        if not line:
            continue
        m = _HEADER_LINE.match(line)
        if m is None:
            if line.startswith("//"):  # a comment among the header lines
                continue
            body_start = i
            break
        key, value = m["key"], m["value"]
        if key == "param":
            pm = _PARAM.match(value)
            if pm is None:
                raise InputError(f"{source}: param line must read NAME TYPE DEFAULT MEANING: {value!r}")
            if pm["type"] not in PARAM_TYPES:
                raise InputError(f"{source}: param {pm['name']}: type must be one of {', '.join(PARAM_TYPES)}")
            default = _parse_default(pm["default"], pm["type"], f"{source}: param {pm['name']}")
            params.append(Param(pm["name"], pm["type"], default, pm["help"]))
        elif key in fields:
            raise InputError(f"{source}: header field {key!r} given twice")
        else:
            fields[key] = value
    missing = [k for k in ("name", "description", "example") if not fields.get(k)]
    if missing:
        raise InputError(f"{source}: header lacks {', '.join(missing)}")
    if not _NAME.match(fields["name"]):
        raise InputError(f"{source}: name {fields['name']!r} must be lowercase words joined by hyphens")
    body = "\n".join(lines[body_start:]).strip() + "\n"
    query = StoredQuery(fields["name"], fields["description"], tuple(params), fields["example"], text, body)
    declared = {p.name for p in params}
    used = named_parameters(query.body)
    if len(declared) != len(params):
        raise InputError(f"{source}: a parameter is declared twice")
    if used - declared:
        raise InputError(f"{source}: undeclared parameters {', '.join(sorted(used - declared))}")
    if declared - used:
        raise InputError(f"{source}: unused parameters {', '.join(sorted(declared - used))}")
    return query


@cache
def load_queries() -> dict[str, StoredQuery]:
    """Every stored query shipped in the package, by name, sorted by name."""
    found: dict[str, StoredQuery] = {}
    for resource in files("edukg.queries").iterdir():
        if resource.name.endswith(".cypher"):
            q = parse_query(resource.read_text("utf-8"), resource.name)
            if q.name != resource.name.removesuffix(".cypher"):
                raise InputError(f"{resource.name}: header name {q.name!r} differs from the file name")
            found[q.name] = q
    return dict(sorted(found.items()))


def get_query(name: str) -> StoredQuery:
    """The stored query called `name`; InputError listing the known names otherwise."""
    queries = load_queries()
    if name not in queries:
        raise InputError(f"{name}: no such stored query; known: {', '.join(queries)}")
    return queries[name]


def coerce_value(text: str) -> int | float | str:
    """A command-line value as int or float when it reads as one, else the text.

    >>> coerce_value("85"), coerce_value("0.5"), coerce_value("毛入园率")
    (85, 0.5, '毛入园率')
    """
    if _INT.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def bind(query: StoredQuery, raw: Iterable[tuple[str, str]] | Mapping[str, Any]) -> dict[str, Any]:
    """Typed parameter values for `query` from user-given KEY, VALUE pairs, defaults filled in.

    Raises InputError, one line naming what the query takes, for an unknown name,
    a value of the wrong type or a missing required value.

    >>> q = parse_query('''// name: demo
    ... // description: 至少出现在若干文件中的项目
    ... // param: min_documents int 2 最少文件数
    ... // example: edukg query run demo -p min_documents=3
    ... MATCH (p:Program) WHERE size(p.aliases) >= $min_documents RETURN p.name AS name''')
    >>> bind(q, [("min_documents", "3")]), bind(q, {})
    ({'min_documents': 3}, {'min_documents': 2})
    """
    pairs = raw.items() if isinstance(raw, Mapping) else raw
    by_name = {p.name: p for p in query.params}
    values: dict[str, Any] = {}
    for key, value in pairs:
        param = by_name.get(key)
        if param is None:
            raise InputError(f"{query.name}: unknown parameter {key!r}; {query.signature()}")
        if isinstance(value, str):
            try:
                value = PARAM_TYPES[param.type](value.strip() if param.type != "str" else value)
            except ValueError:
                raise InputError(
                    f"{query.name}: {key}={value!r} is not a {param.type}; {query.signature()}"
                ) from None
        values[key] = value
    for param in query.params:
        if param.name not in values:
            if param.required:
                raise InputError(f"{query.name}: missing parameter {param.name!r}; {query.signature()}")
            values[param.name] = param.default
    return values
