"""Views of the graph for pictures: pruning and row values (pure), and each view on a real store."""

from __future__ import annotations

import networkx as nx
import pytest

from edukg.viz.subgraph import iter_row_values, prune_graph
from graph_samples import policy_graph


def test_prune_keeps_the_best_connected_nodes():
    g = policy_graph()
    pruned = prune_graph(g, 5)
    assert pruned.number_of_nodes() == 5
    assert pruned.graph == {"total": g.number_of_nodes(), "omitted": g.number_of_nodes() - 5}
    kept_degrees = sorted((g.degree(n) for n in pruned), reverse=True)
    assert kept_degrees == sorted((d for _, d in g.degree()), reverse=True)[:5]
    # relationships among kept nodes survive, with their attributes
    for u, v, k, a in pruned.edges(keys=True, data=True):
        assert g.edges[u, v, k] == a


def test_prune_is_deterministic_and_leaves_its_input_alone():
    g = policy_graph()
    before = nx.to_dict_of_dicts(g)
    assert list(prune_graph(g, 7)) == list(prune_graph(g, 7))
    assert nx.to_dict_of_dicts(g) == before


def test_small_graph_is_not_pruned():
    g = policy_graph()
    pruned = prune_graph(g, g.number_of_nodes())
    assert set(pruned) == set(g) and pruned.graph["omitted"] == 0


def test_pruning_twice_keeps_the_original_total():
    g = policy_graph()
    assert prune_graph(prune_graph(g, 10), 5).graph == {"total": g.number_of_nodes(), "omitted": g.number_of_nodes() - 5}


@pytest.mark.parametrize(
    "rows, values",
    [
        ([{"program": "班班通", "n": 3}], ["班班通", "3"]),
        ([{"regions": ["甲县", " 乙县 "], "flag": True, "none": None, "share": 0.5}], ["甲县", "乙县"]),
        ([{"doc": {"id": "d1", "title": "甲县教育工作要点"}}], ["d1", "甲县教育工作要点"]),
        ([{"empty": "", "blank": "  "}], []),
        ([], []),
    ],
)
def test_iter_row_values(rows, values):
    assert list(iter_row_values(rows)) == values
