"""Tests of edukg.export: RDF, GraphML, GEXF and neo4j-admin CSV from a graph that follows the graph model."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from graph_samples import policy_graph
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS
from sentence_checks import supports

from edukg.errors import InputError
from edukg.export import (
    EXPORT_MAP,
    FORMATS,
    ID,
    export_graph,
    generate_csv,
    generate_gexf,
    generate_graphml,
    generate_rdf,
    get_writer,
    node_iri,
    to_rdf,
    validate_rdf,
)
from edukg.networkx_graph import build_graph
from edukg.viz.captions import node_name
from edukg.ontology import EDU, load_ontology

RDF_PARSERS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}
# rdflib's XSD warns whenever pytest probes a module attribute of it; a plain namespace gives the same IRIs.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return policy_graph()


@pytest.fixture(scope="module")
def rdf(graph) -> Graph:
    return to_rdf(graph)


# ------------------------------------------------------------------ RDF


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "nt"])
def test_rdf_round_trips(graph, rdf, fmt):
    text = generate_rdf(graph, fmt)
    back = Graph().parse(data=text, format=RDF_PARSERS[fmt])
    assert len(back) == len(rdf)
    assert isomorphic(back, rdf)


def test_rdf_uses_ontology_iris(rdf):
    ontology = load_ontology()
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    object_props = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    assert set(rdf.objects(None, RDF.type)) <= classes
    for s, p, o in rdf:
        if isinstance(o, URIRef) and p != RDF.type:
            assert p in object_props, p
    assert (node_iri("Document", "d1"), RDF.type, EDU.PolicyDocument) in rdf
    assert (node_iri("Document", "d1"), EDU.inRegion, node_iri("Region", "某省/某市/甲县")) in rdf


def test_node_iris_are_stable_and_quoted():
    iri = node_iri("Region", "某省/某市/甲县")
    assert iri.startswith(str(ID) + "Region/")
    assert "/" not in iri.removeprefix(str(ID) + "Region/")
    assert iri == node_iri("Region", "某省/某市/甲县")


def test_rdf_literals_are_typed_by_declared_ranges(rdf):
    d1 = node_iri("Document", "d1")
    assert rdf.value(d1, EDU.planYear) == Literal(2019, datatype=XSD.integer)
    assert rdf.value(d1, EDU.published) == Literal("2018-12-30", datatype=XSD.date)
    assert rdf.value(d1, EDU.title) == Literal("甲县教育工作要点")  # simple literal: xsd:string
    t2 = node_iri("Target", "t2")
    assert rdf.value(t2, EDU.value).datatype == XSD.decimal
    assert rdf.value(t2, EDU.value).toPython() == Decimal("90.5")
    assert rdf.value(node_iri("Year", "2019"), EDU.yearValue) == Literal("2019", datatype=XSD.gYear)
    evidence = node_iri("Evidence", "e-t1")
    assert rdf.value(evidence, EDU.start) == Literal(10, datatype=XSD.integer)
    # class-specific properties win: Agency.type is edu:agencyType
    assert rdf.value(node_iri("Agency", "甲县教育局"), EDU.agencyType) == Literal("教育行政部门")


def test_rdf_labels_named_things_and_aliases(rdf):
    program = node_iri("Program", "班班通")
    assert rdf.value(program, RDFS.label) == Literal("班班通", lang="zh")
    assert set(rdf.objects(program, SKOS.altLabel)) == {Literal("班班通工程", lang="zh"), Literal("班班通;建设", lang="zh")}
    assert rdf.value(node_iri("Document", "d1"), RDFS.label) == Literal("甲县教育工作要点", lang="zh")
    # a multi-line duty keeps every character
    assert str(rdf.value(node_iri("Responsibility", "r1"), EDU.duty)) == "核定教职工编制\n落实县管校聘"


def test_relationship_properties_become_reified_statements():
    g = build_graph([
        ("Document", {"id": "d"}),
        ("Program", {"id": "p", "name": "p"}),
        ("Document", "d", "MENTIONS_PROGRAM", {"count": 3}, "Program", "p"),
    ])
    rdf = to_rdf(g)
    statement = rdf.value(predicate=RDF.type, object=RDF.Statement)
    assert rdf.value(statement, RDF.predicate) == EDU.mentionsProgram
    assert rdf.value(statement, EDU["count"]) == Literal(3, datatype=XSD.integer)


@pytest.mark.parametrize(
    "rows, message",
    [
        ([("Nonsense", {"id": "x"})], "label 'Nonsense' has no class"),
        ([("Document", {"id": "a"}), ("Document", {"id": "b"}), ("Document", "a", "LIKES", {}, "Document", "b")],
         "LIKES"),
    ],
)
def test_rdf_refuses_names_outside_the_ontology(rows, message):
    with pytest.raises(InputError, match=message):
        to_rdf(build_graph(rows))


def test_rdf_conforms_to_the_shacl_shapes(rdf):
    report = validate_rdf(rdf)
    assert report.conforms, report.text


@pytest.mark.parametrize(
    "node, prop, value",
    [
        ("t1", "value", "八十五"),  # not a number
        ("t1", "comparator", "约"),  # not one of >=, <=, =, range
        ("e-t1", "start", 99),  # starts after it ends
        ("d1", "plan_year", 1800),  # out of range
    ],
)
def test_shacl_reports_a_broken_graph(graph, node, prop, value):
    broken = graph.copy()
    broken.nodes[node][prop] = value
    report = validate_rdf(to_rdf(broken))
    assert not report.conforms


def test_export_with_validate_writes_nothing_when_the_graph_does_not_conform(graph, tmp_path: Path):
    broken = graph.copy()
    broken.nodes["t1"]["comparator"] = "约"
    out = tmp_path / "graph.ttl"
    with pytest.raises(InputError, match=r"graph.ttl: the graph does not conform to the SHACL shapes: comparator"):
        export_graph(broken, "ttl", out, validate=True)
    assert not out.exists()
    export_graph(graph, "ttl", out, validate=True)
    assert len(Graph().parse(out)) == len(to_rdf(graph))


def test_validate_applies_to_rdf_only(graph, tmp_path: Path):
    with pytest.raises(InputError, match="--validate applies to RDF formats only"):
        export_graph(graph, "gexf", tmp_path / "g.gexf", validate=True)


# ------------------------------------------------------------------ GraphML and GEXF


def _no_none(g: nx.Graph) -> bool:
    return all(v is not None for _, d in g.nodes(data=True) for v in d.values()) and all(
        v is not None for *_, d in g.edges(data=True) for v in d.values()
    )


def test_graphml_round_trips(graph):
    back = nx.read_graphml(io.BytesIO(generate_graphml(graph).encode("utf-8")), force_multigraph=True)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert _no_none(back)
    d1 = back.nodes["d1"]
    assert (d1["label"], d1["node_label"], d1["plan_year"]) == ("甲县教育工作要点", "Document", 2019)
    assert back.nodes["班班通"]["aliases"] == '["班班通工程", "班班通;建设"]'
    # Gephi shows the name the picture shows: a target reads as indicator, value and year
    target = next(k for k, d in graph.nodes(data=True) if d["label"] == "Target")
    assert back.nodes[target]["label"] == node_name(graph.nodes[target]) and "≥" in back.nodes[target]["label"]
    assert {d["rel_type"] for *_, d in back.edges(data=True)} == {d["type"] for *_, d in graph.edges(data=True)}


def test_graphml_gives_each_attribute_one_type():
    g = build_graph([("Target", {"id": "a", "value": 85}), ("Target", {"id": "b", "value": 90.5}),
                     ("Year", {"id": "2020", "value": "2020"}), ("Theme", {"id": "t", "name": None})])
    text = generate_graphml(g)
    assert len(re.findall(r'attr.name="value"', text)) == 1
    back = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert back.nodes["a"]["value"] == "85" and back.nodes["2020"]["value"] == "2020"
    assert "name" not in back.nodes["t"]


def test_gexf_round_trips(graph):
    text = generate_gexf(graph)
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["班班通"]["label"] == "班班通"
    assert back.nodes["班班通"]["node_label"] == "Program"
    # evidence offsets stay attributes, not GEXF time spells
    assert 'mode="static"' in text and "spells" not in text
    assert '<node id="班班通" label="班班通">' in text  # Chinese as itself, not as character references
    assert back.nodes["e-t1"]["prop_start"] == 10


# ------------------------------------------------------------------ neo4j-admin CSV


def _read(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture(scope="module")
def csv_files(graph) -> dict[str, str]:
    return generate_csv(graph)


def test_csv_one_nodes_file_per_label(graph, csv_files):
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {n for n in csv_files if n.startswith("nodes_")} == {f"nodes_{label}.csv" for label in labels}
    total = sum(len(_read(t)) - 1 for n, t in csv_files.items() if n.startswith("nodes_"))
    assert total == graph.number_of_nodes()


@pytest.mark.parametrize(
    "name, header",
    [
        ("nodes_Document.csv", ["id:ID(Document)", ":LABEL", "kind:string", "plan_year:long", "published:date",
                                "source:string", "title:string"]),
        ("nodes_Program.csv", ["id:ID(Program)", ":LABEL", "aliases:string[]", "name:string"]),
        ("nodes_Target.csv", ["id:ID(Target)", ":LABEL", "comparator:string", "doc_id:string", "indicator:string",
                              "unit:string", "value:double", "year:long"]),
        ("nodes_Evidence.csv", ["id:ID(Evidence)", ":LABEL", "doc_id:string", "end:long", "section:string",
                                "start:long", "text:string"]),
        ("relationships_SUPPORTS_Evidence_Target.csv", [":START_ID(Evidence)", ":END_ID(Target)", ":TYPE"]),
        ("relationships_FOR_YEAR_Document_Year.csv", [":START_ID(Document)", ":END_ID(Year)", ":TYPE"]),
    ],
)
def test_csv_headers_are_neo4j_admin_headers(csv_files, name, header):
    assert _read(csv_files[name])[0] == header


def test_csv_every_header_field_is_valid(csv_files):
    field = re.compile(
        r"^(?:[^:]+:ID\([A-Za-z]+\)|:LABEL|:START_ID\([A-Za-z]+\)|:END_ID\([A-Za-z]+\)|:TYPE"
        r"|[A-Za-z_][A-Za-z0-9_]*:(?:long|double|boolean|date|string)(?:\[\])?)$"
    )
    for name, text in csv_files.items():
        if name.endswith(".csv"):
            for column in _read(text)[0]:
                assert field.match(column), (name, column)


def test_csv_relationships_point_at_exported_ids(graph, csv_files):
    ids = {}
    for name, text in csv_files.items():
        if name.startswith("nodes_"):
            rows = _read(text)
            space = re.match(r"id:ID\((\w+)\)", rows[0][0]).group(1)
            ids[space] = {r[0] for r in rows[1:]}
    count = 0
    for name, text in csv_files.items():
        if name.startswith("relationships_"):
            header, *rows = _read(text)
            start, end = (re.search(r"\((\w+)\)", h).group(1) for h in header[:2])
            for row in rows:
                assert row[0] in ids[start] and row[1] in ids[end] and row[2] in name
                count += 1
    assert count == graph.number_of_edges()


def test_csv_arrays_use_a_delimiter_absent_from_the_values(csv_files):
    # "班班通;建设" contains the default ";", so another delimiter is chosen and named in import.sh
    header, *rows = _read(csv_files["nodes_Program.csv"])
    aliases = {r[0]: r[header.index("aliases:string[]")] for r in rows}
    assert aliases["班班通"] == "班班通工程|班班通;建设"
    assert '--array-delimiter="|"' in csv_files["import.sh"]


def test_csv_import_script_lists_every_file(csv_files):
    script = csv_files["import.sh"]
    assert script.startswith("#!/bin/sh\n")
    assert "neo4j-admin database import full" in script
    for name in csv_files:
        if name.endswith(".csv"):
            kind = "nodes" if name.startswith("nodes_") else "relationships"
            assert f"--{kind}={name}" in script
    assert "--multiline-fields=true" in script  # the responsibility's duty spans two lines


def test_csv_keeps_multiline_text(csv_files):
    header, *rows = _read(csv_files["nodes_Responsibility.csv"])
    assert rows[0][header.index("duty:string")] == "核定教职工编制\n落实县管校聘"


# ------------------------------------------------------------------ writers


@pytest.mark.parametrize("fmt", ["ttl", "jsonld", "nt", "graphml", "gexf"])
def test_export_graph_writes_one_file(graph, tmp_path: Path, fmt):
    out = tmp_path / f"graph.{fmt}"
    export_graph(graph, fmt, out)
    assert out.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no leftover partial file


def test_export_csv_writes_a_directory(graph, tmp_path: Path):
    out = tmp_path / "neo4j"
    export_graph(graph, "csv", out)
    names = {p.name for p in out.iterdir()}
    assert names == set(generate_csv(graph))
    assert (out / "import.sh").stat().st_mode & 0o111
    assert not (tmp_path / "neo4j.part").exists()


def test_export_csv_refuses_a_non_empty_directory(graph, tmp_path: Path):
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(InputError, match="needs a new or empty directory"):
        export_graph(graph, "csv", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_every_format_has_a_writer():
    assert set(FORMATS) <= set(EXPORT_MAP)
    assert get_writer("TTL") is EXPORT_MAP["ttl"]
    with pytest.raises(InputError, match="xml: unknown export format"):
        get_writer("xml")


# ------------------------------------------------------------------ the seed corpus in the embedded store


@pytest.fixture(scope="module")
def seed(seed_store) -> nx.MultiDiGraph:
    from edukg.networkx_graph import fetch_graph

    return fetch_graph(seed_store)


def test_seed_graph_holds_the_whole_store(seed, seed_store):
    """Every node and relationship of the store, and the sentences its documents keep as nodes of their own."""
    sentences = seed_store.query("MATCH (d:Document) RETURN sum(size(d.sentence_text)) AS n")[0]["n"]
    assert seed.number_of_nodes() == seed_store.query("MATCH (n) RETURN count(n) AS n")[0]["n"] + sentences
    # each sentence in its document, and supporting each fact or entity it was read for
    assert seed.number_of_edges() == seed_store.query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"] + (
        sentences + len(supports(seed_store)))


def test_seed_rdf_conforms_and_round_trips(seed):
    rdf = to_rdf(seed)
    report = validate_rdf(rdf)
    assert report.conforms, report.text
    back = Graph().parse(data=generate_rdf(seed, "ttl"), format="turtle")
    assert len(back) == len(rdf)
    documents = set(rdf.subjects(RDF.type, EDU.PolicyDocument))
    assert len(documents) == 5
    assert all(rdf.value(d, RDFS.label) is not None for d in documents if rdf.value(d, EDU.title) is not None)


def test_seed_evidence_text_survives_every_format(seed):
    texts = {d["text"] for _, d in seed.nodes(data=True) if d["label"] == "Evidence"}
    rdf = Graph().parse(data=generate_rdf(seed, "nt"), format="nt")
    assert {str(o) for o in rdf.objects(None, EDU.text)} == texts
    graphml = nx.read_graphml(io.BytesIO(generate_graphml(seed).encode("utf-8")), force_multigraph=True)
    assert {d["text"] for _, d in graphml.nodes(data=True) if d["node_label"] == "Evidence"} == texts
    header, *rows = _read(generate_csv(seed)["nodes_Evidence.csv"])
    assert {r[header.index("text:string")] for r in rows} == texts


@pytest.mark.parametrize("generate, read", [(generate_graphml, nx.read_graphml), (generate_gexf, nx.read_gexf)])
def test_seed_graphml_and_gexf_round_trip(seed, generate, read):
    kwargs = {"force_multigraph": True} if read is nx.read_graphml else {}
    back = read(io.BytesIO(generate(seed).encode("utf-8")), **kwargs)
    assert (back.number_of_nodes(), back.number_of_edges()) == (seed.number_of_nodes(), seed.number_of_edges())
    assert _no_none(back)


def test_seed_csv_rows_match_the_graph(seed):
    files = generate_csv(seed)
    nodes = sum(len(_read(t)) - 1 for n, t in files.items() if n.startswith("nodes_"))
    rels = sum(len(_read(t)) - 1 for n, t in files.items() if n.startswith("relationships_"))
    assert (nodes, rels) == (seed.number_of_nodes(), seed.number_of_edges())
    header = _read(files["nodes_Document.csv"])[0]
    assert header[:2] == ["id:ID(Document)", ":LABEL"] and "plan_year:long" in header


# ------------------------------------------------------------------ the export command


def _cli(*args):
    from click.testing import CliRunner

    from edukg.cli import EXPORT_FORMATS, cli

    assert EXPORT_FORMATS == FORMATS
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    "name, parse, validate", [("g.ttl", "turtle", ["--validate"]), ("g.jsonld", "json-ld", []), ("g.nt", "nt", [])]
)
def test_cli_export_rdf_by_suffix(seed_store, seed, tmp_path: Path, name, parse, validate):
    out = tmp_path / name
    result = _cli("--graph", seed_store.graph_name, "export", "-o", str(out), *validate)
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(out, format=parse)) == len(to_rdf(seed))
    assert result.stderr.strip() == f"{out}: {seed.number_of_nodes()} nodes, {seed.number_of_edges()} relationships ({name.split('.')[1]})"


def test_cli_export_csv_directory_and_filters(seed_store, tmp_path: Path):
    out = tmp_path / "neo4j"
    result = _cli("--graph", seed_store.graph_name, "export", "--format", "csv", "-o", str(out),
                  "--label", "Document", "--label", "Program", "--type", "MENTIONS_PROGRAM")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "import.sh", "nodes_Document.csv", "nodes_Program.csv", "relationships_MENTIONS_PROGRAM_Document_Program.csv"]


def test_cli_export_to_stdout(seed_store):
    result = _cli("--graph", seed_store.graph_name, "export", "--format", "gexf", "-o", "-", "--label", "Program")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<?xml") and "<gexf" in result.stdout and "县管校聘" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["-o", "graph.xml"], "Error: graph.xml: cannot tell the export format from the suffix; give --format"),
        (["--format", "gexf", "--validate", "-o", "g.gexf"], "Error: gexf: --validate applies to RDF formats only"),
    ],
)
def test_cli_export_user_errors(seed_store, tmp_path: Path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = _cli("--graph", seed_store.graph_name, "export", *args)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(message)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "prop, value, expected",
    [
        ("plan_year", 2021.0, Literal(2021, datatype=XSD.integer)),
        ("plan_year", "2021", Literal(2021, datatype=XSD.integer)),
        ("plan_year", 2021.5, Literal("2021.5", datatype=XSD.decimal)),  # never rounded into an integer
        ("published", "2021-2-1", Literal("2021-2-1")),  # not an ISO date: kept as written
    ],
)
def test_rdf_values_are_typed_only_when_they_fit(prop, value, expected):
    rdf = to_rdf(build_graph([("Document", {"id": "d", prop: value})]))
    assert rdf.value(node_iri("Document", "d"), EDU[prop.replace("_y", "Y")]) == expected


def test_csv_exports_labels_outside_the_ontology():
    files = generate_csv(build_graph([("Draft", {"id": "x", "score": 1})]))
    assert _read(files["nodes_Draft.csv"]) == [["id:ID(Draft)", ":LABEL", "score:long"], ["x", "Draft", "1"]]


def test_export_store_leaves_out_facts_of_an_unfinished_load(store, tmp_path: Path):
    from edukg.export import export_store

    with store.unit() as w:
        w.run("CREATE (d:Document {id: 'd1', title: '某县教育工作要点', sentence_text: ['达到85%'], sentence_start: [0], "
              "sentence_end: [5], sentence_section: ['']})-[:SETS_TARGET]->"
              "(:Target {id: 't1', doc_id: 'd1', value: 85, unit: '%', comparator: '>=', sentence: 0}), "
              "(:Target {id: 't2', doc_id: 'd2', value: 90, unit: '%', comparator: '>=', sentence: 0}), "
              "(:Program {id: 'p'})")
    # the sentence as a node of its own, linked to its document and its target
    assert export_store(store, "graphml", tmp_path / "g.graphml") == (4, 3)
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert set(back.nodes) == {"d1", "t1", "p", "d1#0-5"}
    # the CSV set, written as the store is read, leaves out the same nodes, and keeps the store's layout
    assert export_store(store, "csv", tmp_path / "csv") == (3, 1)
    ids = {(row[1], row[0]) for name in ("nodes_Document.csv", "nodes_Target.csv", "nodes_Program.csv")
           for row in _read((tmp_path / "csv" / name).read_text("utf-8"))[1:]}
    assert ids == {("Document", "d1"), ("Target", "t1"), ("Program", "p")}
    assert "sentence_text:string[]" in _read((tmp_path / "csv" / "nodes_Document.csv").read_text("utf-8"))[0]
    assert "sentence:long" in _read((tmp_path / "csv" / "nodes_Target.csv").read_text("utf-8"))[0]
    assert not (tmp_path / "csv" / "nodes_Evidence.csv").exists()
    # without Document nodes in the selection, nothing is judged unfinished
    assert export_store(store, "gexf", tmp_path / "g.gexf", ["Target"]) == (2, 0)
    assert set(nx.read_gexf(tmp_path / "g.gexf").nodes) == {"t1", "t2"}


def test_export_store_refuses_an_unknown_format_before_reading(store, tmp_path: Path):
    from edukg.export import export_store

    with pytest.raises(InputError, match="rdfxml: unknown export format"):
        export_store(store, "rdfxml", tmp_path / "g.rdf")


@pytest.mark.parametrize(("prop", "value"), [("comparator", "≈"), ("unit", "")])
def test_shacl_accepts_about_and_unitless_values(graph, prop, value):
    """约95%左右 compares as ≈; a coefficient (差异系数0.36) has no unit."""
    changed = graph.copy()
    changed.nodes["t1"][prop] = value
    report = validate_rdf(to_rdf(changed))
    assert report.conforms, report.text
