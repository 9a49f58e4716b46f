"""The ``neo4j-admin database import`` CSV set, written as node and relationship rows stream in.

One nodes file per label (``nodes_<Label>.csv``: ``id:ID(<Label>)``, ``:LABEL`` and typed
property columns such as ``plan_year:long`` or ``aliases:string[]``) and one relationships file
per type and pair of labels (``relationships_<TYPE>_<From>_<To>.csv``: ``:START_ID(<From>)``,
``:END_ID(<To>)``, ``:TYPE`` and typed property columns). Each label is its own id space, so equal
ids under two labels never clash. ``import.sh`` holds the matching ``neo4j-admin database import
full`` command.

A header names every column with its type, and the array delimiter must occur in no list item,
so neither is known before the last row. Rows are therefore spooled first, one JSON line each,
per file, while the columns, their types and the delimiters still possible are noted; then each
spool becomes its CSV file under its header. Memory holds one row and those notes whatever the
size of the graph; the disk holds a file's spool until its CSV is written.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from edukg.errors import InputError
from edukg.output import neutralize_formula

__all__ = ["IMPORT_SCRIPT", "Row", "write_import_files"]

IMPORT_SCRIPT = "import.sh"
_ARRAY_DELIMITERS = (";", "|", "¦", "\x1f")
_SAFE_NAME = re.compile(r"[^0-9A-Za-z_]+")
_TYPED_COLUMN = re.compile(r":(long|double|boolean|date)(\[\])?$")

# (label, properties with "id") or (source label, source id, type, properties, target label, target id),
# the rows of `edukg.networkx_graph.iter_graph_rows`.
Row = tuple[Any, ...]


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


@dataclass
class _Column:
    """What one property column's values were: the header type follows from it."""

    array: bool = False
    kinds: set[type] = field(default_factory=set)
    dates: bool = True  # every item reads as an ISO date

    def add(self, value: Any) -> None:
        items = value if isinstance(value, (list, tuple)) else [value]
        self.array |= isinstance(value, (list, tuple))
        self.kinds.update(type(x) for x in items)
        self.dates = self.dates and all(_is_date(x) for x in items)

    def neo4j_type(self, declared_date: bool) -> str:
        """long, double, boolean, date or string, with [] for arrays."""
        if self.kinds == {bool}:
            base = "boolean"
        elif self.kinds and self.kinds <= {int}:
            base = "long"
        elif self.kinds and self.kinds <= {int, float}:
            base = "double"
        elif declared_date and self.kinds and self.dates:
            base = "date"
        else:
            base = "string"
        return base + ("[]" if self.array else "")


class _Spool:
    """One CSV file's rows as JSON lines, until its header is known."""

    def __init__(self, folder: Path, name: str, fixed: list[str], label: str | None) -> None:
        self.name, self.fixed, self.label = name, fixed, label
        self.path = folder / (name + ".jsonl")
        self.file: TextIO = self.path.open("w", encoding="utf-8")
        self.columns: dict[str, _Column] = {}
        self.rows = 0

    def add(self, cells: list[str], props: Mapping[str, Any]) -> None:
        props = {p: v for p, v in props.items() if v is not None}
        for p, v in props.items():
            self.columns.setdefault(p, _Column()).add(v)
        self.file.write(json.dumps([cells, props], ensure_ascii=False) + "\n")
        self.rows += 1

    def write_csv(self, out: Path, delimiter: str, declared_date: Callable[[str, str], bool]) -> bool:
        """Write the CSV file from the spool and remove the spool; True when a cell spans lines."""
        self.file.close()
        props = sorted(self.columns)
        header = self.fixed + [
            f"{p}:{self.columns[p].neo4j_type(self.label is not None and declared_date(self.label, p))}" for p in props
        ]
        # text cells (ids too, on both ends of a relationship alike) are neutralized as spreadsheet formulas
        text_columns = [i for i, name in enumerate(header) if not _TYPED_COLUMN.search(name)]
        multiline = False
        with (out / self.name).open("w", encoding="utf-8", newline="") as f, self.path.open(encoding="utf-8") as spool:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            for line in spool:
                cells, values = json.loads(line)
                row = cells + [_cell(values.get(p), delimiter) for p in props]
                for i in text_columns:
                    row[i] = neutralize_formula(row[i])
                multiline = multiline or any("\n" in c or "\r" in c for c in row)
                writer.writerow(row)
        self.path.unlink()
        return multiline


def _cell(value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return delimiter.join(_cell(v, delimiter) for v in value)
    return str(value)


def _file_name(*parts: str) -> str:
    return "_".join(_SAFE_NAME.sub("-", p) for p in parts) + ".csv"


def _spool_rows(rows: Iterable[Row], folder: Path, spools: dict[str, _Spool]) -> list[str]:
    """Spool every row into its file's spool (made on first use); the array delimiters no list item holds."""
    delimiters = list(_ARRAY_DELIMITERS)
    for row in rows:
        if len(row) == 2:
            label, props = row
            name = _file_name("nodes", label)
            spool = spools.get(name) or spools.setdefault(
                name, _Spool(folder, name, [f"id:ID({label})", ":LABEL"], label))
            spool.add([str(props["id"]), label], {p: v for p, v in props.items() if p != "id"})
        else:
            start, source, rel_type, props, end, target = row
            name = _file_name("relationships", rel_type, start, end)
            spool = spools.get(name) or spools.setdefault(
                name, _Spool(folder, name, [f":START_ID({start})", f":END_ID({end})", ":TYPE"], None))
            spool.add([str(source), str(target), rel_type], props)
        for value in props.values():
            if isinstance(value, (list, tuple)):
                delimiters = [d for d in delimiters if not any(d in str(x) for x in value)]
    return delimiters


def write_import_files(rows: Iterable[Row], path: Path, declared_date: Callable[[str, str], bool]) -> tuple[int, int]:
    """Write the CSV set of `rows` and its ``import.sh`` into the new or empty directory `path`;
    returns how many nodes and relationships it holds.

    `declared_date(label, property)` says whether the ontology declares the
    property an ``xsd:date``: its column is typed ``date`` when every value reads
    as one. The files are written in a sibling ``.part`` directory renamed to
    `path` at the end, so a failed export leaves no partial directory behind.

    Raises
    ------
    InputError
        `path` is ``-`` or a non-empty directory or a file, or every array
        delimiter edukg knows occurs inside a list value.
    """
    if str(path) == "-":
        raise InputError("-: csv export writes a directory of files; give -o DIR")
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise InputError(f"{path}: csv export needs a new or empty directory")
    tmp = path.with_name(path.name + ".part")
    if tmp.exists():
        shutil.rmtree(tmp)
    spool_dir = tmp / ".spool"
    spool_dir.mkdir(parents=True)
    spools: dict[str, _Spool] = {}
    try:
        delimiters = _spool_rows(rows, spool_dir, spools)
        if not delimiters:
            raise InputError("every array delimiter edukg knows occurs inside a list value")
        multiline = False
        for name in sorted(spools):
            multiline |= spools[name].write_csv(tmp, delimiters[0], declared_date)
    except BaseException:
        for spool in spools.values():
            spool.file.close()
        shutil.rmtree(tmp)
        raise
    spool_dir.rmdir()
    names = sorted(spools)
    script = tmp / IMPORT_SCRIPT
    script.write_text(_import_script([n for n in names if n.startswith("nodes_")],
                                     [n for n in names if n.startswith("relationships_")],
                                     delimiters[0], multiline), encoding="utf-8")
    script.chmod(0o755)
    if path.exists():
        path.rmdir()
    tmp.rename(path)
    nodes = sum(s.rows for n, s in spools.items() if n.startswith("nodes_"))
    return nodes, sum(s.rows for s in spools.values()) - nodes


def _import_script(node_files: list[str], rel_files: list[str], delimiter: str, multiline: bool) -> str:
    args = [f"--nodes={n}" for n in node_files] + [f"--relationships={r}" for r in rel_files]
    args.append(f"--array-delimiter={json.dumps(delimiter, ensure_ascii=False) if delimiter != chr(0x1f) else 'U+001F'}")
    if multiline:
        args.append("--multiline-fields=true")
    lines = ["#!/bin/sh", "# Bulk-load these files into a new Neo4j database (default: neo4j).",
             'cd "$(dirname "$0")"', 'neo4j-admin database import full "${1:-neo4j}" \\']
    lines += [f"  {a} \\" for a in args[:-1]] + [f"  {args[-1]}"]
    return "\n".join(lines) + "\n"
