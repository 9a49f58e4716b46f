"""Views of the graph for pictures: pruning and row values (pure), and each view on a real store."""

from __future__ import annotations

import re

import networkx as nx
import pytest

from edukg.errors import InputError
from edukg.queries import bind, get_query
from edukg.viz import subgraph
from edukg.viz.captions import EVIDENCE_SENTENCES
from edukg.viz.subgraph import (
    document_graph,
    entity_graph,
    iter_row_values,
    prune_graph,
    type_quota,
    query_graph,
    region_graph,
    whole_graph,
)
from graph_samples import policy_graph
from sentence_checks import supports


def test_prune_keeps_the_best_connected_nodes():
    g = policy_graph()
    pruned = prune_graph(g, 5)
    assert pruned.number_of_nodes() == 5
    assert pruned.graph == {"total": g.number_of_nodes(), "omitted": g.number_of_nodes() - 5}
    # a cap below the number of types keeps the best connected node of as many entity types as it can
    labels = [g.nodes[n]["label"] for n in pruned]
    assert len(set(labels)) == 5 and not set(labels) & {"Target", "Observation", "Responsibility"}
    for n in pruned:
        same = [m for m, a in g.nodes(data=True) if a["label"] == g.nodes[n]["label"]]
        assert g.degree(n) == max(g.degree(m) for m in same)
    # relationships among kept nodes survive, with their attributes
    for u, v, k, a in pruned.edges(keys=True, data=True):
        assert g.edges[u, v, k] == a


def test_prune_is_deterministic_and_leaves_its_input_alone():
    g = policy_graph()
    before = nx.to_dict_of_dicts(g)
    assert list(prune_graph(g, 7)) == list(prune_graph(g, 7))
    assert nx.to_dict_of_dicts(g) == before


def test_prune_keeps_entities_before_facts():
    g = policy_graph()
    facts = {n for n, a in g.nodes(data=True) if a["label"] in {"Target", "Observation", "Responsibility"}}
    entities = set(g) - facts
    pruned = prune_graph(g, len(entities))
    fact_types = {g.nodes[n]["label"] for n in facts}
    quota = type_quota(len(entities), len({a["label"] for _, a in g.nodes(data=True)}))
    # beyond each type's best connected few, facts make room for entities
    assert len(set(pruned) & facts) == sum(min(quota, sum(1 for n in facts if g.nodes[n]["label"] == t))
                                           for t in fact_types)


def test_prune_keeps_the_nodes_asked_for_first():
    g = policy_graph()
    loner = min(g.nodes, key=g.degree)
    assert loner not in prune_graph(g, 3)
    assert loner in prune_graph(g, 3, keep=[loner])


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


# --- views of the sample corpus in the real embedded store (seed_store) -----


def _keys(store, cypher: str, **params) -> set[str]:
    return {r["id"] for r in store.query(cypher, params)}


def _node_ids(graph) -> set[str]:
    return {a["id"] for _, a in graph.nodes(data=True)}


def _busiest_program(store) -> str:
    rows = store.query("MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program) "
                       "RETURN p.name AS name, count(d) AS n ORDER BY n DESC, name LIMIT 1")
    return rows[0]["name"]


def test_whole_graph_holds_every_node_but_evidence(seed_store):
    g = whole_graph(seed_store)
    rows = seed_store.query("MATCH (n) WHERE NOT n:Evidence RETURN labels(n)[0] AS label, n.id AS id")
    expected = {(r["label"], r["id"]) for r in rows}
    assert {(a["label"], a["id"]) for _, a in g.nodes(data=True)} == expected
    assert "Evidence" not in {a["label"] for _, a in g.nodes(data=True)}
    rels = seed_store.query("MATCH (a)-[r]->(b) WHERE NOT a:Evidence AND NOT b:Evidence RETURN count(r) AS n")
    assert g.number_of_edges() == rels[0]["n"]
    assert g.graph["omitted"] == 0 and g.graph["total"] == len(expected)


@pytest.mark.parametrize("few", [0, 10_000])
def test_a_node_reads_the_same_first_sentences_alone_or_in_a_batch(seed_store, monkeypatch, few):
    """A node with many sentences has its first ones read on its own (ORDER BY … LIMIT), the others a
    batch at once: both statements give the same sentences, sources and counts."""
    expected = {n: (a.get("evidence"), a.get("sources"), a.get("evidence_total"))
                for n, a in whole_graph(seed_store).nodes(data=True)}
    monkeypatch.setattr(subgraph, "_FEW_SENTENCES", few)
    got = {n: (a.get("evidence"), a.get("sources"), a.get("evidence_total"))
           for n, a in whole_graph(seed_store).nodes(data=True)}
    assert got == expected and any(e for e, _, _ in got.values())


def test_evidence_sentences_ride_on_the_nodes_they_support(seed_store):
    """Each node holds its first sentences in document order, as many as a tooltip shows, and how many
    support it in all."""
    g = whole_graph(seed_store)
    rows = supports(seed_store)
    assert rows
    by_key = {(a["label"], a["id"]): a for _, a in g.nodes(data=True)}
    supported: dict[tuple, list] = {}
    for r in sorted(rows, key=lambda r: r["start"]):
        supported.setdefault((r["label"], r["id"]), []).append(r["text"])
    assert any(len(texts) > EVIDENCE_SENTENCES for texts in supported.values())  # the cut is exercised
    for key, texts in supported.items():
        attrs = by_key[key]
        assert attrs["evidence_total"] == len(texts)
        assert len(attrs["evidence"]) == min(len(texts), EVIDENCE_SENTENCES)
        assert set(attrs["evidence"]) <= set(texts)


def test_whole_graph_beyond_the_cap_is_pruned(seed_store):
    g = whole_graph(seed_store, max_nodes=40)
    assert g.number_of_nodes() == 40
    assert g.graph["omitted"] == g.graph["total"] - 40 > 0
    assert any(a["label"] == "Document" for _, a in g.nodes(data=True))  # hubs survive


def _entity_count(store) -> int:
    return store.query("MATCH (n) WHERE NOT (n:Evidence OR n:Target OR n:Observation OR n:Responsibility) "
                       "RETURN count(n) AS n")[0]["n"]


@pytest.mark.parametrize("extra", [None, -1, 0, 5])
def test_whole_graph_chooses_in_the_store_what_pruning_would_keep(seed_store, extra):
    full = whole_graph(seed_store)
    cap = 1 if extra is None else _entity_count(seed_store) + extra
    g = whole_graph(seed_store, max_nodes=cap)
    expected = prune_graph(full, cap)
    assert {(a["label"], a["id"]) for _, a in g.nodes(data=True)} == {
        (a["label"], a["id"]) for _, a in expected.nodes(data=True)}
    assert g.number_of_edges() == expected.number_of_edges()
    assert (g.graph["total"], g.graph["omitted"]) == (full.number_of_nodes(), full.number_of_nodes() - cap)
    for node, attrs in g.nodes(data=True):
        assert attrs == {**expected.nodes[node]}


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_entity_neighbourhood(seed_store, depth):
    name = _busiest_program(seed_store)
    g = entity_graph(seed_store, name, depth=depth, through_hubs=True)
    pid = _keys(seed_store, "MATCH (p:Program {name: $n}) RETURN p.id AS id", n=name)
    near = _keys(seed_store, "MATCH (p:Program {name: $n})-[]-(m) WHERE NOT m:Evidence RETURN m.id AS id", n=name)
    ids = _node_ids(g)
    assert [g.nodes[n]["id"] for n in g.graph["focus"]] == sorted(pid)
    if depth == 0:
        assert ids == pid
    elif depth == 1:
        assert ids == pid | near
    else:
        assert ids > pid | near
    assert depth == 0 or any(a["label"] == "Document" for _, a in g.nodes(data=True))


def test_entity_by_alias(seed_store):
    rows = seed_store.query("MATCH (p:Program) WHERE size(p.aliases) > 0 RETURN p.id AS id, p.aliases[0] AS alias LIMIT 1")
    if not rows:
        pytest.skip("the sample corpus gives no program an alias")
    g = entity_graph(seed_store, rows[0]["alias"], depth=0)
    assert _node_ids(g) == {rows[0]["id"]}


def test_unknown_entity_names_near_ones(seed_store):
    name = _busiest_program(seed_store)
    part = name[:-1]
    assert not seed_store.query("MATCH (n) WHERE n.name = $p OR n.id = $p OR n.title = $p RETURN n", {"p": part})
    message = f"^{re.escape(part)}: no entity of that name in the graph; did you mean: .*{re.escape(name)}"
    with pytest.raises(InputError, match=message):
        entity_graph(seed_store, part)


def test_unknown_entity_without_near_names(seed_store):
    with pytest.raises(InputError, match="^不存在的实体xyz: no entity of that name in the graph$"):
        entity_graph(seed_store, "不存在的实体xyz")


def _a_document(store) -> dict:
    return store.query("MATCH (d:Document) WHERE d.title IS NOT NULL "
                       "RETURN d.id AS id, d.title AS title ORDER BY d.id LIMIT 1")[0]


@pytest.mark.parametrize("how", ["id", "prefix", "title"])
def test_document_view(seed_store, how):
    doc = _a_document(seed_store)
    key = {"id": doc["id"], "prefix": doc["id"][:8], "title": doc["title"]}[how]
    g = document_graph(seed_store, key)
    ids = _node_ids(g)
    programs = _keys(seed_store, "MATCH (:Document {id: $d})-[:MENTIONS_PROGRAM]->(p) RETURN p.id AS id", d=doc["id"])
    indicators = _keys(seed_store, "MATCH (:Document {id: $d})-[:SETS_TARGET]->()-[:MEASURES]->(i) RETURN i.id AS id",
                       d=doc["id"])
    assert {doc["id"]} | programs | indicators <= ids
    other_docs = {a["id"] for _, a in g.nodes(data=True) if a["label"] == "Document"} - {doc["id"]}
    assert other_docs == set()
    assert g.graph["title"] == doc["title"]
    assert [g.nodes[n]["id"] for n in g.graph["focus"]] == [doc["id"]]


def test_unknown_document(seed_store):
    with pytest.raises(InputError, match="no document of that name"):
        document_graph(seed_store, "没有这个文件的标题")


def test_region_view_takes_documents_of_regions_below(seed_store):
    rows = seed_store.query("MATCH (d:Document)-[:IN_REGION]->(:Region)-[:PART_OF]->(p:Region) "
                         "RETURN p.name AS region, collect(d.id) AS docs ORDER BY region LIMIT 1")
    if not rows:
        pytest.skip("no sample document sits in a region with a parent")
    g = region_graph(seed_store, rows[0]["region"])
    assert set(rows[0]["docs"]) <= _node_ids(g)


def test_query_view_joins_named_nodes(seed_store):
    q = get_query("program-timeline")
    program = _busiest_program(seed_store)
    rows = seed_store.query(q.body, bind(q, {"program": program}))
    g = query_graph(seed_store, rows, title="program-timeline")
    labels_shown = {a["label"] for _, a in g.nodes(data=True)}
    assert {"Program", "Document", "Region"} <= labels_shown
    assert nx.is_weakly_connected(g)


def test_query_naming_nothing(seed_store):
    with pytest.raises(InputError, match="name no node"):
        query_graph(seed_store, [{"n": 0.5, "text": "没有这个名字"}], title="q")


def test_each_sentence_names_its_document_region_and_year(seed_store):
    g = whole_graph(seed_store)
    rows = [s for s in supports(seed_store) if s["label"] == "Program"][:20]
    assert rows
    by_id = {a["id"]: a for _, a in g.nodes(data=True) if a["label"] == "Program"}
    for r in rows:
        attrs = by_id[r["id"]]
        where = [src for text, src in zip(attrs["evidence"], attrs["sources"]) if text == r["text"]]
        assert " · ".join(str(r[k]) for k in ("document", "region", "year") if r[k] not in (None, "")) in where


def test_a_neighbourhood_does_not_walk_through_hubs_unless_asked(seed_store):
    name = seed_store.query("MATCH (:Responsibility)-[:CONCERNS]->(p:Program) "
                            "RETURN p.name AS name, count(*) AS n ORDER BY n DESC, name LIMIT 1")[0]["name"]
    hubs = {"Document", "Theme", "Year"}
    near = entity_graph(seed_store, name, depth=2)
    wide = entity_graph(seed_store, name, depth=2, through_hubs=True)
    one = entity_graph(seed_store, name, depth=1)
    # every node two steps away is reached through a node that is no hub
    reached = {(a["label"], a["id"]) for _, a in near.nodes(data=True)}
    first = {(a["label"], a["id"]) for _, a in one.nodes(data=True)}
    beyond = reached - first
    assert beyond
    via = {key for key in first if key[0] not in hubs}
    for lab, node_id in beyond:
        rows = seed_store.query(f"MATCH (n:{lab} {{id: $id}})-[]-(m) RETURN labels(m)[0] AS label, m.id AS id",
                                {"id": node_id})
        assert {(r["label"], r["id"]) for r in rows} & via, (lab, node_id)
    assert near.number_of_nodes() < wide.number_of_nodes()


@pytest.mark.parametrize("cap", [20, 40, 100])
def test_a_cap_keeps_every_type(seed_store, cap):
    present = {r["label"] for r in seed_store.query("MATCH (n) WHERE NOT n:Evidence RETURN DISTINCT labels(n)[0] AS label")}
    g = whole_graph(seed_store, max_nodes=cap)
    assert g.number_of_nodes() == cap
    assert {a["label"] for _, a in g.nodes(data=True)} == present


def test_nodes_graph_holds_the_nodes_given_and_nothing_else(seed_store):
    from edukg.viz.subgraph import nodes_graph

    row = seed_store.query("MATCH (d:Document)-[:IN_REGION]->(r:Region) RETURN d.id AS d, r.id AS r LIMIT 1")[0]
    g = nodes_graph(seed_store, [("Document", row["d"]), ("Region", row["r"])], title="答案")
    assert {(a["label"], a["id"]) for _, a in g.nodes(data=True)} == {("Document", row["d"]), ("Region", row["r"])}
    assert g.number_of_edges() == 1 and len(g.graph["focus"]) == 2
    with pytest.raises(InputError, match="names no node"):
        nodes_graph(seed_store, [], title="答案")


def test_a_neighbourhood_over_the_cap_keeps_the_entity_and_every_type(seed_store):
    name = _busiest_program(seed_store)
    full = entity_graph(seed_store, name, depth=1)
    cap = 4
    g = entity_graph(seed_store, name, depth=1, max_nodes=cap)
    assert g.number_of_nodes() == cap and g.graph["total"] == full.number_of_nodes() > cap
    assert g.graph["omitted"] == full.number_of_nodes() - cap
    assert [g.nodes[n]["name"] for n in g.graph["focus"]] == [name]
    labels = {a["label"] for _, a in full.nodes(data=True)}
    assert len({a["label"] for _, a in g.nodes(data=True)}) == min(cap, len(labels))
