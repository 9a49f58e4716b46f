"""Tests of edukg.analyze on a hand-built graph that follows the graph model."""

from __future__ import annotations

import networkx as nx
import pytest
from graph_samples import policy_graph

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


def test_region_communities_unknown_method(graph):
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
                              "regions": 2, "regions_per_year": {"2019": 1, "2020": 1, "2021": 1}}
    # d4 has no plan_year: its year comes from FOR_YEAR
    assert rows["营养改善计划"]["first_year"] == 2021
    assert rows["县管校聘"]["regions_per_year"] == {"2020": 1, "2021": 1}
    assert [r["program"] for r in program_spread(graph)][0] in {"班班通", "国培计划"}  # 2019 first


def test_regions_sharing_a_name_are_shown_by_id(graph):
    twin = graph.copy()
    twin.nodes["某省/某市/乙县"]["name"] = "甲县"
    rows = region_similarity(twin)
    assert {"某省/某市/甲县", "某省/某市/乙县"} <= {r["region_a"] for r in rows} | {r["region_b"] for r in rows}


def test_analyze_runs_every_analysis(graph):
    out = analyze(graph, top=3)
    assert list(out) == list(ANALYSES)
    assert len(out["centrality"]) == 3
    assert analyze(graph, ["spread"]).keys() == {"spread"}


def test_analyze_unknown_analysis(graph):
    with pytest.raises(InputError, match="nonsense: unknown analysis"):
        analyze(graph, ["nonsense"])


def test_analysis_filter_names_come_from_the_ontology():
    labels, types = analysis_filter()
    assert set(labels) <= set(vocab.labels().values())
    assert set(types) <= set(vocab.rel_types().values())
    assert "Evidence" not in labels  # the largest part of the graph is not needed
