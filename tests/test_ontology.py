import json
import os
import subprocess
import sys
import re
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyshacl import validate
import rdflib
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal
from rdflib.namespace import SKOS

from edukg.cli import cli
from edukg.loaders.pipeline import process_file
from edukg.ontology import EDU, load_ontology, vocab
from bundled_corpus import CORPUS_DIR, SAMPLES

DECIMAL = rdflib.XSD.decimal


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=files("edukg.ontology").joinpath("shapes.ttl").read_text("utf-8"), format="turtle")


def _conforms(data: Graph, shapes: Graph) -> tuple[bool, str]:
    conforms, _, text = validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)


@pytest.mark.parametrize(
    ("cls", "label"),
    [
        ("PolicyDocument", "Document"),
        ("Region", "Region"),
        ("Agency", "Agency"),
        ("Program", "Program"),
        ("Target", "Target"),
        ("Observation", "Observation"),
        ("Indicator", "Indicator"),
        ("Theme", "Theme"),
        ("Year", "Year"),
        ("Reference", "Reference"),
        ("Responsibility", "Responsibility"),
        ("Evidence", "Evidence"),
    ],
)
def test_node_labels(cls, label):
    assert vocab.label(cls) == label


@pytest.mark.parametrize(
    ("prop", "rel"),
    [("inRegion", "IN_REGION"), ("measures", "MEASURES"), ("reportsObservation", "REPORTS"), ("supports", "SUPPORTS")],
)
def test_relationship_types(prop, rel):
    assert vocab.rel(prop) == rel


def test_domains_and_ranges_are_declared_classes():
    g = load_ontology()
    classes = set(g.subjects(RDF.type, OWL.Class))
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        for end in (*g.objects(prop, RDFS.domain), *g.objects(prop, RDFS.range)):
            assert end in classes, (prop, end)


@pytest.mark.parametrize(
    "theme",
    ["学前教育", "义务教育", "普通高中", "职业教育", "高等教育", "特殊教育", "民办教育", "教师队伍", "教育信息化",
     "安全稳定", "党建与廉政", "经费投入", "督导评估", "德育"],
)
def test_themes(theme):
    assert theme in vocab.themes()


def test_indicator_vocabulary():
    c = vocab.indicators()["学前三年毛入园率"]
    assert "学前教育毛入园率" in c.aliases
    assert (c.unit, c.theme) == ("%", "学前教育")
    assert vocab.indicator_aliases()["学前教育毛入园率"] == "学前三年毛入园率"


@pytest.mark.parametrize(
    "name",
    ["三通两平台", "班班通", "国培计划", "县管校聘", "全面改薄", "农村义务教育学生营养改善计划", "课程思政", "集团化办学",
     "特殊教育发展提升行动计划", "党组织领导的校长负责制"],
)
def test_general_programs_are_in_the_vocabulary(name):
    assert name in vocab.programs()


def test_agency_types_problems_and_aims():
    assert "机构编制部门" in vocab.agency_types()["机构编制部门"].keywords
    assert vocab.agency_types()["内设机构"].subject_only
    assert {"入园难", "大班额"} <= vocab.problems()
    assert "教育现代化" in vocab.aims() and "教育现代化" not in vocab.program_aliases()


def test_roles_are_people_not_bodies():
    """The roles people are charged by come from the ontology; none of them is an agency type's name."""
    assert {"教师", "班主任", "负责人"} <= set(vocab.roles())
    keywords = {k for t in vocab.agency_types().values() for k in t.keywords}
    assert not keywords & set(vocab.roles())


def test_vocabulary_names_no_sample_place():
    """The vocabularies and the rules are general: no region or school of the sample corpus."""
    places = re.compile("施甸|泸州|荣成|楚州|翔宇|川滇黔渝|青岛|淮安|保山|威海")
    root = Path(__file__).parents[1]
    for path in [*root.joinpath("ontology").glob("*.ttl"), *root.joinpath("loaders", "extract").glob("*.py"),
                 root / "loaders" / "resolve.py"]:
        assert not places.search(path.read_text("utf-8")), path


def test_ontology_and_vocabularies_conform_to_shapes(shapes):
    conforms, text = _conforms(load_ontology(), shapes)
    assert conforms, text


def _broken(shapes, triples) -> str:
    g = Graph()
    for t in triples:
        g.add(t)
    conforms, text = _conforms(g, shapes)
    assert not conforms
    return text


def test_shapes_reject_a_concept_without_a_name(shapes):
    c = EDU["program_broken"]
    scheme = EDU.Programs
    _broken(shapes, [(c, RDF.type, SKOS.Concept), (c, SKOS.inScheme, scheme), (scheme, RDF.type, SKOS.ConceptScheme)])


def test_shapes_reject_a_bad_comparator_and_an_open_range(shapes):
    t = EDU["target_broken"]
    text = _broken(
        shapes,
        [
            (t, RDF.type, EDU.Target),
            (t, EDU.value, Literal("2", datatype=DECIMAL)),
            (t, EDU.unit, Literal("所")),
            (t, EDU.comparator, Literal("range")),
        ],
    )
    assert "value_max" in text
    u = EDU["target_bad_comparator"]
    _broken(shapes, [(u, RDF.type, EDU.Target), (u, EDU.value, Literal(1)), (u, EDU.unit, Literal("所")),
                     (u, EDU.comparator, Literal("约"))])


def test_shapes_reject_evidence_that_ends_before_it_starts(shapes):
    e = EDU["evidence_broken"]
    _broken(shapes, [(e, RDF.type, EDU.Evidence), (e, EDU.text, Literal("句子")), (e, EDU.start, Literal(10)),
                     (e, EDU.end, Literal(5))])


def _facts_graph(facts) -> Graph:
    """Targets, observations and responsibilities of one document in the ontology's terms."""
    g = Graph()
    doc = BNode()
    g.add((doc, RDF.type, EDU.PolicyDocument))
    if facts.document.metadata.plan_year:
        g.add((doc, EDU.planYear, Literal(facts.document.metadata.plan_year)))
    for cls, prop, items in ((EDU.Target, EDU.setsTarget, facts.targets),
                             (EDU.Observation, EDU.reportsObservation, facts.observations)):
        for t in items:
            node, ev, ind = BNode(), BNode(), BNode()
            g.add((doc, prop, node))
            g.add((node, RDF.type, cls))
            g.add((node, EDU.value, Literal(str(t.value), datatype=DECIMAL)))
            if t.value_max is not None:
                g.add((node, EDU.valueMax, Literal(str(t.value_max), datatype=DECIMAL)))
            g.add((node, EDU.unit, Literal(t.unit)))
            g.add((node, EDU.comparator, Literal(t.comparator)))
            g.add((node, EDU.measures, ind))
            g.add((ind, RDF.type, EDU.Indicator))
            for k, v in (("text", t.evidence.text), ("start", t.evidence.start), ("end", t.evidence.end)):
                g.add((ev, EDU[k], Literal(v)))
            g.add((ev, RDF.type, EDU.Evidence))
            g.add((ev, EDU.supports, node))
    for r in facts.responsibilities:
        node = BNode()
        g.add((node, RDF.type, EDU.Responsibility))
        g.add((node, EDU.duty, Literal(r.duty)))
    return g


@pytest.mark.parametrize("sample", [p.name for p in SAMPLES])
def test_extracted_facts_conform_to_shapes(sample, shapes):
    conforms, text = _conforms(_facts_graph(process_file(CORPUS_DIR / sample)), shapes)
    assert conforms, text


def test_describe_lists_classes_relations_and_vocabularies():
    rows = vocab.describe()
    kinds = {r["kind"] for r in rows}
    assert kinds == {"class", "relation", "vocabulary"}
    vocabularies = {r["name"]: r["detail"] for r in rows if r["kind"] == "vocabulary"}
    assert vocabularies["Indicators"].startswith(f"{len(vocab.indicators())} concepts")
    assert {"Themes", "Programs", "AgencyTypes", "Problems", "Aims"} <= set(vocabularies)


def test_ontology_command():
    result = CliRunner().invoke(cli, ["ontology", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"kind": "relation", "name": "measures", "graph": "MEASURES", "detail": "* → Indicator"} in rows
    assert any(r["kind"] == "vocabulary" and r["name"] == "Programs" for r in rows)
    table = CliRunner().invoke(cli, ["ontology"]).stdout
    assert "Document" in table and "IN_REGION" in table and "Indicators" in table


def test_every_relationship_of_a_loaded_graph_is_one_the_ontology_lets_join_its_ends(seed_store):
    """Statements that name `rel_types_between` in their pattern miss no relationship the loader writes."""
    rows = seed_store.query("MATCH (a)-[r]->(b) RETURN DISTINCT labels(a)[0] AS a, type(r) AS type, labels(b)[0] AS b")
    assert len(rows) > 10
    for row in rows:
        assert row["type"] in vocab.rel_types_between({row["a"]}, {row["b"]}), row


def test_the_store_keeps_sentences_as_the_ontology_says():
    """Sentences stay a class of the model, kept as lists on their document: its names come from the ontology."""
    kept = vocab.lists()
    assert (kept.label, kept.holder, kept.holder_type, kept.link_type) == ("Evidence", "Document", "IN_DOCUMENT", "SUPPORTS")
    assert kept.columns == {"end": "sentence_end", "section": "sentence_section", "start": "sentence_start",
                            "text": "sentence_text"}
    assert (kept.index, kept.indexes, kept.index_types) == ("sentence", "sentences",
                                                           ("CITES", "MENTIONS_AGENCY", "MENTIONS_PROGRAM"))


def test_the_tables_kept_in_the_cache_are_the_ones_the_graph_gives(tmp_path, monkeypatch):
    """Extraction's tables come back from the user's cache as read from the graph, types and order kept."""
    from edukg.ontology import graph_tables

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    g = load_ontology()
    labels, rel_types = graph_tables._read_labels(g), graph_tables._read_rel_types(g)
    for _ in range(2):  # derived and kept, then read back
        for cached in (vocab._tables, vocab._scheme, vocab.lists):
            cached.cache_clear()
        assert (vocab.labels(), vocab.rel_types()) == (labels, rel_types)
        assert vocab.lists() == graph_tables._read_lists(g, labels, rel_types)
        for scheme in vocab.SCHEMES:
            assert list(vocab._scheme(scheme).items()) == list(graph_tables._read_scheme(g, scheme).items())
    assert len(list((tmp_path / "edukg").glob("ontology-tables-*.json"))) == 1


def test_extraction_needs_no_rdflib_once_the_tables_are_kept(tmp_path):
    code = ("import sys; from edukg.loaders.pipeline import process_file; from edukg.ontology import vocab; "
            "vocab.lists(); vocab.indicators(); print('rdflib' in sys.modules)")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert runs == ["True\n", "False\n"]
