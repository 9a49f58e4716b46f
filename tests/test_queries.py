"""Stored queries: header parsing, parameter binding, and every query run on the embedded store."""

import json
import os
import shlex
import uuid
from importlib.resources import files
from pathlib import Path

import pytest

from edukg.config import settings_from_env
from edukg.errors import InputError, ReadOnlyError, StoreError
from edukg.loaders.load import load_document
from edukg.loaders.pipeline import process_file
from edukg.ontology import vocab
from edukg.queries import bind, get_query, load_queries, named_parameters, parse_query
from edukg.store import open_store
from edukg.store.embedded import EmbeddedStore

CONTRACT_NAMES = {
    "programs-across-documents",
    "targets-by-indicator",
    "program-timeline",
    "agency-responsibilities",
    "region-profile",
    "compare-regions",
    "references-cited",
    "investments-by-region",
    "theme-coverage",
    "entity-search",
    "target-escalation",
    "region-target-history",
    "region-program-history",
    "program-diffusion",
}

HEADER = """// name: demo
// description: 名称包含文字的项目
// param: text str required 要找的文字
// param: limit int 10 最多返回的行数
// example: edukg query run demo -p text=班班通
"""
BODY = "MATCH (p:Program) WHERE p.name CONTAINS $text RETURN p.name AS name LIMIT $limit\n"


@pytest.fixture
def demo():
    return parse_query(HEADER + BODY, "demo.cypher")


def test_every_contract_query_is_shipped():
    assert CONTRACT_NAMES <= set(load_queries())


def test_installed_package_lists_every_cypher_file():
    shipped = {r.name for r in files("edukg.queries").iterdir() if r.name.endswith(".cypher")}
    assert shipped == {f"{name}.cypher" for name in load_queries()}


@pytest.mark.parametrize("name", sorted(CONTRACT_NAMES))
def test_header_is_complete_and_params_match_the_text(name):
    q = get_query(name)
    assert q.description and q.example.startswith(f"edukg query run {name}")
    assert {p.name for p in q.params} == named_parameters(q.body)
    assert all(p.help for p in q.params)
    assert not q.body.lstrip().startswith("//")


def test_parse_query(demo):
    assert demo.name == "demo"
    assert demo.description == "名称包含文字的项目"
    assert [(p.name, p.type, p.default, p.help) for p in demo.params] == [
        ("text", "str", None, "要找的文字"),
        ("limit", "int", 10, "最多返回的行数"),
    ]
    assert demo.body == BODY


def test_string_default_in_json_quotes():
    q = parse_query(HEADER.replace("required", '""') + BODY)
    assert q.params[0].default == ""


@pytest.mark.parametrize(
    "header, body, message",
    [
        (HEADER.replace("// name: demo\n", ""), BODY, "header lacks name"),
        (HEADER.replace("// example: edukg query run demo -p text=班班通\n", ""), BODY, "header lacks example"),
        (HEADER, BODY.replace("$limit", "5"), "unused parameters limit"),
        (HEADER, BODY.replace("$text", "$word"), "undeclared parameters word"),
        (HEADER.replace("limit int 10", "limit integer 10"), BODY, "type must be one of"),
        (HEADER.replace("limit int 10", "limit int ten"), BODY, "default 'ten' is not a int"),
        (HEADER.replace("limit int 10 最多返回的行数", "limit"), BODY, "NAME TYPE DEFAULT MEANING"),
        (HEADER.replace("name: demo", "name: Demo Query"), BODY, "lowercase words"),
    ],
)
def test_parse_query_rejects(header, body, message):
    with pytest.raises(InputError, match=message) as e:
        parse_query(header + body, "bad.cypher")
    assert str(e.value).startswith("bad.cypher: ")


def test_named_parameters_ignore_strings_and_comments():
    text = "MATCH (n) WHERE n.a = '$x' AND n.b = \"$y\" // $z\n/* $w */ RETURN $real"
    assert named_parameters(text) == {"real"}


def test_bind_converts_types_and_fills_defaults(demo):
    assert bind(demo, [("text", "入园"), ("limit", "3")]) == {"text": "入园", "limit": 3}
    assert bind(demo, {"text": " 入园 "}) == {"text": " 入园 ", "limit": 10}


@pytest.mark.parametrize(
    "given, message",
    [
        ([("text", "x"), ("lim", "3")], "demo: unknown parameter 'lim'; demo takes text (str, required), limit (int, 10)"),
        ([("text", "x"), ("limit", "三")], "demo: limit='三' is not a int; demo takes"),
        ([("limit", "3")], "demo: missing parameter 'text'; demo takes"),
    ],
)
def test_bind_rejects_with_one_line_naming_what_the_query_takes(demo, given, message):
    with pytest.raises(InputError) as e:
        bind(demo, given)
    assert str(e.value).startswith(message)
    assert "\n" not in str(e.value)


def test_unknown_query_lists_known_names():
    with pytest.raises(InputError, match="no-such: no such stored query; known: agency-responsibilities"):
        get_query("no-such")


# ---------------------------------------------------------------- on the embedded store

GOLD = sorted(p.stem for p in (Path(__file__).parent / "data" / "gold").glob("*.json"))


@pytest.fixture(scope="module")
def gold_store(embedded_server, embedded_home, sample_path):
    """A graph of the gold documents, loaded once for the read-only tests of this module."""
    with EmbeddedStore(embedded_home, graph=f"gold-{uuid.uuid4().hex[:12]}") as s:
        try:
            for stem in GOLD:
                load_document(s, process_file(sample_path(stem)))
            yield s
        finally:
            s.clear()


def run_query(store, name, **params):
    q = get_query(name)
    return store.query(q.body, bind(q, params), read_only=True)


def example_params(query) -> dict[str, str]:
    """The -p KEY=VALUE pairs of a query's header example."""
    words = shlex.split(query.example)
    return dict(words[i + 1].split("=", 1) for i, w in enumerate(words) if w == "-p")


@pytest.mark.parametrize("name", sorted(CONTRACT_NAMES))
def test_every_query_runs_read_only_with_its_example(gold_store, name):
    q = get_query(name)
    rows = gold_store.query(q.body, bind(q, example_params(q)), read_only=True)
    assert isinstance(rows, list)


@pytest.mark.parametrize("name", sorted(CONTRACT_NAMES))
def test_every_query_answers_on_an_empty_graph(store, name):
    q = get_query(name)
    assert store.query(q.body, bind(q, example_params(q)), read_only=True) == []


def test_programs_across_documents(gold_store):
    rows = {r["program"]: r for r in run_query(gold_store, "programs-across-documents", min_documents=2)}
    for program in ("三个增长", "学前教育三年行动计划"):
        assert program in rows, sorted(rows)
        assert {"施甸县", "泸州市"} <= set(rows[program]["regions"])
        assert rows[program]["documents"] >= 2
    assert all(r["documents"] >= 2 for r in rows.values())


@pytest.mark.parametrize("asked", ["毛入园率", "学前三年毛入园率", "学前教育毛入园率"])
def test_targets_by_indicator_with_any_alias(gold_store, asked):
    rows = run_query(gold_store, "targets-by-indicator", indicator=asked)
    hit = [r for r in rows if r["region"] == "施甸县" and r["year"] == 2021]
    assert hit, rows
    assert hit[0]["value"] == 85 and hit[0]["unit"] == "%" and hit[0]["comparator"] == ">="
    assert "85%" in hit[0]["evidence"] and hit[0]["document"]


def test_investments_by_region(gold_store):
    rows = run_query(gold_store, "investments-by-region", region="泸州市")
    assert any(r["year"] == 2014 and r["amount"] == 1300000000 and r["unit"] == "元" for r in rows), rows
    assert all(r["region"] == "泸州市" and r["evidence"] for r in rows)


def test_program_timeline_is_ordered_by_year_with_evidence(gold_store):
    rows = run_query(gold_store, "program-timeline", program="三个增长")
    assert [r["year"] for r in rows] == sorted(r["year"] for r in rows)
    assert {r["region"] for r in rows} >= {"施甸县", "泸州市"}
    assert all("三个增长" in r["evidence"] for r in rows)


def test_compare_regions(gold_store):
    rows = run_query(gold_store, "compare-regions", a="施甸县", b="泸州市")
    both = {r["name"] for r in rows if r["shared"] == "both"}
    assert {"三个增长", "学前教育三年行动计划"} <= both
    assert all(r["in_a"] and r["in_b"] for r in rows if r["shared"] == "both")
    assert {r["shared"] for r in rows} <= {"both", "a only", "b only"}


def test_region_profile_includes_regions_within(gold_store):
    county = run_query(gold_store, "region-profile", region="施甸县")
    assert len(county) == 1 and county[0]["year"] == 2021 and "三个增长" in county[0]["programs"]
    province = run_query(gold_store, "region-profile", region="云南省")
    assert [r["document"] for r in province] == [r["document"] for r in county]


def test_entity_search_finds_aliases(gold_store):
    rows = run_query(gold_store, "entity-search", text="入园")
    assert any(r["kind"] == "Indicator" and r["name"] == "学前三年毛入园率" and r["documents"] >= 1 for r in rows)


def test_theme_coverage_filters_by_theme(gold_store):
    every = run_query(gold_store, "theme-coverage")
    assert len(every) == len(GOLD)
    preschool = run_query(gold_store, "theme-coverage", theme="学前教育")
    assert preschool and all("学前教育" in r["themes"] for r in preschool)
    # a sentence is given for the theme asked about, none without one
    assert all(r["evidence"] for r in preschool)
    assert not any(r["evidence"] for r in every)


def test_references_cited_counts_plans(gold_store):
    rows = run_query(gold_store, "references-cited")
    assert rows and all(r["plans"] >= 1 and r["evidence"] for r in rows)
    assert [r["plans"] for r in rows] == sorted((r["plans"] for r in rows), reverse=True)


def test_agency_responsibilities_carry_evidence(gold_store):
    agencies = {r["agency"] for r in gold_store.query(
        "MATCH (:Document)-[:ASSIGNS]->(:Responsibility)-[:HELD_BY]->(a:Agency) RETURN DISTINCT a.name AS agency")}
    assert agencies
    name = sorted(agencies)[0]
    rows = run_query(gold_store, "agency-responsibilities", agency=name)
    assert rows and all(r["duty"] and r["evidence"] and r["document"] for r in rows)


@pytest.mark.parametrize("name, params", [
    ("targets-by-indicator", {"indicator": "率"}),
    ("agency-responsibilities", {"agency": "教育"}),
    ("theme-coverage", {}),
])
def test_limit_keeps_the_latest_rows_first(gold_store, name, params):
    every = run_query(gold_store, name, **params, limit=10_000)
    years = [r["year"] for r in every]
    assert len(every) > 2, every
    assert years == sorted(years, key=lambda y: (y is None, -(y or 0)))
    cut = run_query(gold_store, name, **params, limit=2)
    # agency-responsibilities counts responsibilities: one may concern several programs.
    assert 2 <= len(cut) < len(every)
    assert [r["year"] for r in cut] == years[: len(cut)]


def test_program_timeline_limit_keeps_the_latest_in_year_order(gold_store):
    every = run_query(gold_store, "program-timeline", program="三个增长", limit=10_000)
    cut = run_query(gold_store, "program-timeline", program="三个增长", limit=1)
    assert len(every) > 1 and len(cut) == 1
    assert cut[0]["year"] == every[-1]["year"]


@pytest.mark.parametrize("name, key, count, params", [
    ("programs-across-documents", "program", "documents", {"min_documents": 1}),
    ("references-cited", "reference", "plans", {}),
])
def test_limit_keeps_the_most_named_first(gold_store, name, key, count, params):
    every = run_query(gold_store, name, **params, limit=10_000)
    assert len(every) > 2
    cut = run_query(gold_store, name, **params, limit=2)
    assert [(r[key], r[count]) for r in cut] == [(r[key], r[count]) for r in every[:2]]
    assert all(len(r["regions"]) <= 10 and r["evidence"] for r in every)


def test_stored_queries_are_read_only(store):
    q = parse_query("""// name: sneaky
// description: writes
// example: edukg query run sneaky
CREATE (n:Program {name: 'x'}) RETURN n.name AS name""")
    with pytest.raises(ReadOnlyError):
        store.query(q.body, {}, read_only=True)
    assert store.query("MATCH (n:Program) RETURN n.name AS name") == []


# ---------------------------------------------------------------- on Neo4j, when one is given

NEO4J_TEST_URI = "EDUKG_TEST_NEO4J_URI"


@pytest.fixture(scope="module")
def neo4j_gold(sample_path):
    """The gold documents loaded into the Neo4j database named by EDUKG_TEST_NEO4J_URI (emptied first)."""
    uri = os.environ.get(NEO4J_TEST_URI)
    if not uri:
        pytest.skip(f"no Neo4j server: set {NEO4J_TEST_URI} (and NEO4J_USERNAME, NEO4J_PASSWORD) to a scratch database")
    try:
        store = open_store(settings_from_env(os.environ, store="neo4j", neo4j_uri=uri))
    except StoreError as e:
        pytest.skip(f"Neo4j at {uri} does not answer: {e}")
    try:
        store.clear()
        for stem in GOLD:
            load_document(store, process_file(sample_path(stem)))
        yield store
    finally:
        store.clear()
        store.close()


@pytest.mark.parametrize("name", sorted(CONTRACT_NAMES))
def test_neo4j_answers_like_the_embedded_store(neo4j_gold, gold_store, name):
    q = get_query(name)
    params = bind(q, example_params(q) if name not in GOLD_PARAMS else GOLD_PARAMS[name])
    expected = gold_store.query(q.body, params, read_only=True)
    assert _canonical(neo4j_gold.query(q.body, params, read_only=True)) == _canonical(expected)


def test_neo4j_status_counts_like_the_embedded_store(neo4j_gold, gold_store):
    status = neo4j_gold.status()
    (sizes,) = status["graphs"].values()
    assert status["status"] == "running" and status["uri"] == os.environ[NEO4J_TEST_URI]
    assert sizes == gold_store.status()["graphs"][gold_store.graph_name]


def _canonical(rows: list[dict]) -> list[str]:
    """Rows as sorted JSON texts with sorted lists: stores may order ties and collected lists differently."""

    def plain(value):
        if isinstance(value, list):
            return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value

    return sorted(json.dumps(plain(r), ensure_ascii=False, sort_keys=True) for r in rows)


GOLD_PARAMS = {
    "targets-by-indicator": {"indicator": "毛入园率"},
    "program-timeline": {"program": "三个增长"},
    "region-profile": {"region": "施甸县"},
    "compare-regions": {"a": "施甸县", "b": "泸州市"},
    "investments-by-region": {"region": "泸州市"},
}


def test_body_starts_after_header_lines_and_comments_among_them():
    q = parse_query("// name: demo\n// description: d\n// a note among the header lines\n"
                    "// param: text str required t\n// example: e\nMATCH (p:Program) WHERE p.name = $text RETURN p\n")
    assert q.body == "MATCH (p:Program) WHERE p.name = $text RETURN p\n"
    assert [p.name for p in q.params] == ["text"]


@pytest.mark.parametrize("name, params", [
    ("compare-regions", {"a": "施甸县", "b": "泸州市"}),
    ("entity-search", {"text": "入园"}),
    ("theme-coverage", {"theme": "学前教育"}),
])
def test_answers_resting_on_sentences_carry_them_with_document_region_and_year(gold_store, name, params):
    rows = [r for r in run_query(gold_store, name, **params) if r.get("kind") not in ("Region", "Theme")]
    assert rows and all(r["evidence"] and r["document"] and r["year"] for r in rows)
    assert any(r["region"] for r in rows)


def test_region_profile_targets_carry_their_sentence(gold_store):
    targets = [t for r in run_query(gold_store, "region-profile", region="施甸县") for t in r["targets"]]
    assert targets and all(t["evidence"] for t in targets)


# The stored queries leave out labels a relationship's domain and range imply, read a fact's document
# from its doc_id, and look for a program's sentences only in the documents that name it: what the
# loaded graph must hold for their answers to stay those of the queries that did not.
def test_every_relationship_joins_the_labels_the_ontology_gives_its_ends(gold_store):
    ends = gold_store.query("MATCH (a)-[r]->(b) RETURN DISTINCT type(r) AS type, labels(a)[0] AS a, labels(b)[0] AS b")
    assert ends and [e for e in ends if e["type"] not in vocab.rel_types_between({e["a"]}, {e["b"]})] == []


@pytest.mark.parametrize("statement", [
    "MATCH (d:Document)-[:SETS_TARGET|REPORTS|ASSIGNS]->(f) WHERE f.doc_id <> d.id RETURN count(*) AS n",
    "MATCH (f) WHERE (f:Target OR f:Observation OR f:Responsibility) AND NOT ()-[:SETS_TARGET|REPORTS|ASSIGNS]->(f) "
    "RETURN count(*) AS n",
    "MATCH (d:Document)-[r]->(x) WHERE r.sentences IS NOT NULL OR x.sentence IS NOT NULL "
    "UNWIND coalesce(r.sentences, [x.sentence]) AS i WITH d, i WHERE i < 0 OR i >= size(d.sentence_text) "
    "RETURN count(*) AS n",
])
def test_facts_name_their_document_and_sentences_lie_in_their_documents_lists(gold_store, statement):
    assert gold_store.query(statement) == [{"n": 0}]
