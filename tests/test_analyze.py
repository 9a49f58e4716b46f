"""Tests of edukg.analyze on a hand-built graph that follows the graph model."""

from __future__ import annotations

import networkx as nx
import pytest
from graph_samples import policy_graph
from sentence_checks import supports

from edukg.analyze import (
    ANALYSES,
    analysis_filter,
    analyze,
    central_entities,
    program_spread,
    region_communities,
    region_similarity,
)
from edukg.errors import InputError
from edukg.ontology import vocab


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return policy_graph()


def test_central_entities_rank_by_documents_then_pagerank(graph):
    rows = central_entities(graph, top=None)
    assert [r["entity"] for r in rows[:2]] == ["班班通", "县管校聘"]
    top = rows[0]
    assert top == {**top, "label": "Program", "documents": 3, "degree": 0.75}
    assert top["betweenness"] == max(r["betweenness"] for r in rows) > 0
    assert top["pagerank"] == max(r["pagerank"] for r in rows)
    # the agency reached only through a responsibility is counted as well
    assert {r["entity"] for r in rows if r["label"] == "Agency"} == {"甲县教育局", "机构编制部门"}
    assert len(rows) == 6


def test_central_entities_top_limits_rows(graph):
    assert [r["entity"] for r in central_entities(graph, top=1)] == ["班班通"]


def test_central_entities_of_an_empty_graph():
    assert central_entities(nx.MultiDiGraph()) == []


@pytest.mark.parametrize("method", ["greedy", "louvain"])
def test_region_communities_group_regions_sharing_programs(graph, method):
    rows = region_communities(graph, method=method)
    assert rows == [
        {"community": 1, "size": 2, "regions": ["乙县", "甲县"], "shared_programs": ["县管校聘", "班班通"]},
        {"community": 2, "size": 1, "regions": ["丙区"], "shared_programs": []},
    ]


def test_region_communities_without_shared_programs_are_singletons(graph):
    lone = graph.copy()
    lone.remove_node("班班通")
    lone.remove_node("县管校聘")
    rows = region_communities(lone)
    assert sorted(r["regions"][0] for r in rows) == ["丙区", "乙县", "甲县"]  # 乙县 has documents, no program
    assert all(r["size"] == 1 for r in rows)


@pytest.mark.parametrize("regions", ["sharing", "none"])
def test_region_communities_unknown_method(graph, regions):
    if regions == "none":  # refused before any grouping is tried
        graph = nx.MultiDiGraph()
    with pytest.raises(InputError, match="unknown community method"):
        region_communities(graph, method="spectral")


def test_region_similarity_jaccard_of_programs_and_indicators(graph):
    rows = region_similarity(graph)
    assert rows == [
        {"region_a": "丙区", "region_b": "甲县", "program_jaccard": 0.0, "indicator_jaccard": 1.0,
         "shared_programs": [], "shared_indicators": ["学前三年毛入园率"]},
        {"region_a": "乙县", "region_b": "甲县", "program_jaccard": 0.6667, "indicator_jaccard": 0.0,
         "shared_programs": ["县管校聘", "班班通"], "shared_indicators": []},
    ]


def test_program_spread_first_year_and_regions_per_year(graph):
    rows = {r["program"]: r for r in program_spread(graph)}
    assert rows["班班通"] == {"program": "班班通", "first_year": 2019, "last_year": 2021, "documents": 3,
                              "regions": 2, "regions_per_year": {"2019": 1, "2020": 1, "2021": 1},
                              "documents_per_year": {"2019": 1, "2020": 1, "2021": 1}}
    # d4 has no plan_year: its year comes from FOR_YEAR
    assert rows["营养改善计划"]["first_year"] == 2021
    assert rows["县管校聘"]["regions_per_year"] == {"2020": 1, "2021": 1}
    # widest spread first: regions, then documents, then the earlier first year
    assert [r["program"] for r in program_spread(graph)] == ["班班通", "县管校聘", "国培计划", "营养改善计划"]


def test_program_spread_counts_documents_without_a_region_per_year_only(graph):
    g = graph.copy()
    g.remove_edge("d1", "某省/某市/甲县", "IN_REGION")
    row = {r["program"]: r for r in program_spread(g)}["国培计划"]
    assert (row["regions"], row["regions_per_year"], row["documents_per_year"]) == (0, {}, {"2019": 1})


def test_regions_sharing_a_name_are_shown_by_id(graph):
    twin = graph.copy()
    twin.nodes["某省/某市/乙县"]["name"] = "甲县"
    rows = region_similarity(twin)
    assert {"某省/某市/甲县", "某省/某市/乙县"} <= {r["region_a"] for r in rows} | {r["region_b"] for r in rows}


def test_analyze_runs_every_analysis(graph):
    out = analyze(graph, top=1)
    assert list(out) == list(ANALYSES)
    assert len(out["centrality"]) == len(out["similarity"]) == 1
    assert len(out["spread"]) == 4
    assert analyze(graph, ["spread"]).keys() == {"spread"}


def test_analyze_unknown_analysis(graph):
    with pytest.raises(InputError, match="nonsense: unknown analysis"):
        analyze(graph, ["nonsense"])


def test_analysis_filter_names_come_from_the_ontology():
    labels, types = analysis_filter()
    assert set(labels) <= set(vocab.labels().values())
    assert set(types) <= set(vocab.rel_types().values())
    assert "Evidence" not in labels  # the largest part of the graph is not needed


# ------------------------------------------------------------------ the seed corpus in the embedded store


@pytest.fixture(scope="module")
def seed(seed_store):
    from edukg.networkx_graph import fetch_graph

    labels, types = analysis_filter()
    return fetch_graph(seed_store, labels, types)


def _pairs(store, cypher: str) -> set[tuple[str, str]]:
    return {(r["a"], r["b"]) for r in store.query(cypher)}


@pytest.fixture(scope="module")
def doc_programs(seed_store) -> set[tuple[str, str]]:
    """(document id, program name) straight from Cypher: named, or concerned by a responsibility."""
    return _pairs(seed_store, "MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program) RETURN d.id AS a, p.name AS b") | _pairs(
        seed_store,
        "MATCH (d:Document)-[:ASSIGNS]->(:Responsibility)-[:CONCERNS]->(p:Program) RETURN d.id AS a, p.name AS b",
    )


def test_seed_central_entities_match_cypher_counts(seed, seed_store, doc_programs):
    rows = central_entities(seed, top=None)
    documents = {}
    for _, program in doc_programs:
        documents[program] = documents.get(program, 0) + 1
    programs = {r["entity"]: r for r in rows if r["label"] == "Program"}
    assert {p: r["documents"] for p, r in programs.items()} == documents
    assert rows[0]["documents"] == max(r["documents"] for r in rows) >= 3
    assert programs["县管校聘"]["documents"] >= 2  # named in the 2019 and the 2021 plans
    assert any(r["label"] == "Agency" for r in rows)


def test_seed_communities_partition_the_regions_with_documents(seed, seed_store):
    rows = region_communities(seed)
    regions = [name for r in rows for name in r["regions"]]
    expected = {r["name"] for r in seed_store.query("MATCH (:Document)-[:IN_REGION]->(r:Region) RETURN DISTINCT r.name AS name")}
    assert sorted(regions) == sorted(expected) and len(expected) >= 4
    assert all(r["shared_programs"] for r in rows if r["size"] > 1)


def test_seed_similarity_is_the_jaccard_of_cypher_sets(seed, seed_store, doc_programs):
    region_of = dict(_pairs(seed_store, "MATCH (d:Document)-[:IN_REGION]->(r:Region) RETURN d.id AS a, r.name AS b"))
    programs: dict[str, set[str]] = {}
    for doc, program in doc_programs:
        if doc in region_of:
            programs.setdefault(region_of[doc], set()).add(program)
    rows = region_similarity(seed)
    assert rows
    for row in rows:
        a, b = programs.get(row["region_a"], set()), programs.get(row["region_b"], set())
        assert row["shared_programs"] == sorted(a & b)
        assert row["program_jaccard"] == round(len(a & b) / len(a | b), 4)
    pair = {frozenset((r["region_a"], r["region_b"])): r for r in rows}
    assert "县管校聘" in pair[frozenset(("荣成市", "施甸县"))]["shared_programs"]


def test_seed_program_spread_first_year_is_the_earliest_plan_year(seed, seed_store, doc_programs):
    year = {r["a"]: r["b"] for r in seed_store.query("MATCH (d:Document) RETURN d.id AS a, d.plan_year AS b")}
    rows = {r["program"]: r for r in program_spread(seed)}
    by_program: dict[str, list[int]] = {}
    for doc, program in doc_programs:
        by_program.setdefault(program, [])
        if year.get(doc) is not None:
            by_program[program].append(year[doc])
    assert rows.keys() == by_program.keys()
    for program, years in by_program.items():
        assert rows[program]["first_year"] == (min(years) if years else None), program
    assert rows["县管校聘"]["first_year"] == 2019 and rows["县管校聘"]["last_year"] == 2021


# ------------------------------------------------------------------ the analyze command


def _cli(*args):
    from click.testing import CliRunner

    from edukg.cli import ANALYSIS_NAMES, cli

    assert ANALYSIS_NAMES == tuple(ANALYSES)
    return CliRunner().invoke(cli, list(args))


def test_cli_analyze_one_analysis_as_json(seed_store):
    import json

    result = _cli("--graph", seed_store.graph_name, "analyze", "centrality", "--top", "3", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 3 and set(rows[0]) == {"entity", "label", "documents", "degree", "betweenness", "pagerank"}


def test_cli_analyze_every_analysis(seed_store):
    import json

    result = _cli("--graph", seed_store.graph_name, "analyze", "--format", "json")
    assert result.exit_code == 0, result.output
    assert list(json.loads(result.stdout)) == list(ANALYSES)
    table = _cli("--graph", seed_store.graph_name, "analyze")
    assert table.exit_code == 0 and "spread" in table.stdout and "县管校聘" in table.stdout


def test_cli_analyze_unknown_analysis_is_a_usage_error():
    result = _cli("analyze", "nonsense")
    assert result.exit_code == 2 and "nonsense" in result.stderr


def test_cli_spread_names_the_sentence_that_first_names_each_program(seed_store):
    import json

    result = _cli("--graph", seed_store.graph_name, "analyze", "spread", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {r["program"]: r for r in json.loads(result.stdout)}
    first = min((s for s in supports(seed_store) if s["label"] == "Program" and s["name"] == "县管校聘"),
                key=lambda s: (s["year"], s["start"]))
    row = rows["县管校聘"]
    assert (row["first_year"], row["first_document"], row["first_region"], row["first_evidence"]) == (
        first["year"], first["document"], first["region"], first["text"])
    assert all(r["first_evidence"] and r["first_document"] for r in rows.values())
