"""The neo4j-admin CSV set exported from a loaded store agrees with itself and with the store."""

from __future__ import annotations

import csv
import re
import shlex
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from edukg.cli import cli

# neo4j-admin's header fields: an id with its id space, the label and type columns, the two ends
# with their id spaces, and typed properties (arrays with []).
_FIELD = re.compile(
    r"^(?:(?P<id>[A-Za-z_]\w*):ID\((?P<space>[A-Za-z_]\w*)\)|:LABEL|:TYPE"
    r"|:(?P<end>START|END)_ID\((?P<end_space>[A-Za-z_]\w*)\)"
    r"|[A-Za-z_]\w*:(?:long|double|boolean|date|string)(?:\[\])?)$"
)


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


@pytest.fixture(scope="module")
def exported(seed_store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("neo4j") / "import"
    result = CliRunner().invoke(cli, ["--graph", seed_store.graph_name, "export", "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _header_spaces(header: list[str]) -> dict[str, str]:
    spaces = {}
    for column in header:
        match = _FIELD.match(column)
        assert match, column
        if match["space"]:
            spaces["id"] = match["space"]
        if match["end"]:
            spaces[match["end"].lower()] = match["end_space"]
    return spaces


def test_every_header_parses_and_names_its_id_spaces(exported):
    for path in exported.glob("*.csv"):
        spaces = _header_spaces(_rows(path)[0])
        if path.name.startswith("nodes_"):
            assert spaces == {"id": path.stem.removeprefix("nodes_")}
        else:
            rel_type, start, end = re.fullmatch(r"relationships_(\w+)_([A-Za-z]+)_([A-Za-z]+)", path.stem).groups()
            assert spaces == {"start": start, "end": end}
            assert {row[2] for row in _rows(path)[1:]} == {rel_type}


def test_ids_are_unique_and_every_endpoint_exists_in_its_id_space(exported):
    ids: dict[str, set[str]] = {}
    for path in exported.glob("nodes_*.csv"):
        header, *rows = _rows(path)
        space = _header_spaces(header)["id"]
        counted = Counter(row[0] for row in rows)
        assert [i for i, n in counted.items() if n > 1] == [], path.name
        assert {row[1] for row in rows} == {space}  # :LABEL
        ids[space] = set(counted)
    endpoints = 0
    for path in exported.glob("relationships_*.csv"):
        header, *rows = _rows(path)
        spaces = _header_spaces(header)
        missing = [row[:2] for row in rows if row[0] not in ids[spaces["start"]] or row[1] not in ids[spaces["end"]]]
        assert missing == [], path.name
        endpoints += len(rows)
    assert endpoints > 0


def test_counts_equal_the_store(exported, seed_store):
    labels = {r["label"]: r["n"] for r in seed_store.query("MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n")}
    nodes = {p.stem.removeprefix("nodes_"): len(_rows(p)) - 1 for p in exported.glob("nodes_*.csv")}
    assert nodes == labels
    types = {r["type"]: r["n"] for r in seed_store.query("MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n")}
    rels: Counter[str] = Counter()
    for path in exported.glob("relationships_*.csv"):
        rels[_rows(path)[1][2]] += len(_rows(path)) - 1
    assert dict(rels) == types


def test_array_cells_split_back_into_the_stores_lists_and_import_sh_names_every_file(exported, seed_store):
    script = (exported / "import.sh").read_text(encoding="utf-8")
    words = shlex.split(script.replace("\\\n", " "), comments=True)
    delimiter = next(w.split("=", 1)[1] for w in words if w.startswith("--array-delimiter="))
    assert delimiter in (";", "|", "¦", "U+001F")
    files = {w.split("=", 1)[1] for w in words if w.startswith(("--nodes=", "--relationships="))}
    assert files == {p.name for p in exported.glob("*.csv")}
    assert not (exported / ".spool").exists() and not exported.with_name("import.part").exists()
    header, *rows = _rows(exported / "nodes_Program.csv")
    aliases = header.index("aliases:string[]")
    split = {row[0]: row[aliases].split(delimiter) for row in rows if row[aliases]}
    stored = {r["id"]: r["aliases"] for r in seed_store.query(
        "MATCH (p:Program) WHERE size(coalesce(p.aliases, [])) > 0 RETURN p.id AS id, p.aliases AS aliases")}
    assert split and split == stored


def test_nodes_carry_the_counts_and_copies_the_loader_keeps(exported, seed_store):
    """What the queries read instead of counting (loaders/derived.py) goes to Neo4j with the rest."""
    programs = {row["id:ID(Program)"]: row for row in csv.DictReader((exported / "nodes_Program.csv").open(encoding="utf-8"))}
    stored = seed_store.query("MATCH (p:Program) RETURN p.id AS id, p.documents AS d, p.naming_documents AS n")
    assert {r["id"]: (str(r["d"]), str(r["n"])) for r in stored} == {
        id_: (row["documents:long"], row["naming_documents:long"]) for id_, row in programs.items()}
    targets = {row["id:ID(Target)"]: row for row in csv.DictReader((exported / "nodes_Target.csv").open(encoding="utf-8"))}
    stored = seed_store.query("MATCH (t:Target) RETURN t.id AS id, t.effective_year AS y, t.region_id AS r")
    assert {r["id"]: (str(r["y"] or ""), r["r"] or "") for r in stored} == {
        id_: (row["effective_year:long"], row["region_id:string"]) for id_, row in targets.items()}
