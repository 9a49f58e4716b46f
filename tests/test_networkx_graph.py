"""Tests of edukg.networkx_graph: rows → MultiDiGraph (pure), and fetching from the real embedded store."""

from __future__ import annotations


import pytest

from edukg.errors import InputError
from edukg.loaders.rows import sentence_id
from edukg.networkx_graph import build_graph, fetch_graph

# ------------------------------------------------------------------ build_graph


def test_build_graph_keys_nodes_by_id_with_label_and_properties():
    g = build_graph([
        ("Program", {"id": "班班通", "name": "班班通", "aliases": ["班班通工程"]}),
        ("Year", {"id": "2021", "value": 2021}),
    ])
    assert dict(g.nodes["班班通"]) == {"id": "班班通", "name": "班班通", "aliases": ["班班通工程"], "label": "Program"}
    assert g.nodes["2021"]["label"] == "Year"


def test_build_graph_keeps_both_nodes_when_two_labels_share_an_id():
    g = build_graph([
        ("Theme", {"id": "学前教育", "name": "学前教育"}),
        ("Program", {"id": "学前教育", "name": "学前教育"}),
        ("Document", {"id": "d"}),
        ("Document", "d", "HAS_THEME", {}, "Theme", "学前教育"),
        ("Document", "d", "MENTIONS_PROGRAM", {}, "Program", "学前教育"),
    ])
    assert g.number_of_nodes() == 3
    assert g.nodes["学前教育"]["label"] == "Theme"
    assert g.nodes["Program:学前教育"] == {"id": "学前教育", "name": "学前教育", "label": "Program"}
    assert set(g.edges("d", keys=True)) == {("d", "学前教育", "HAS_THEME"), ("d", "Program:学前教育", "MENTIONS_PROGRAM")}


def test_build_graph_merges_a_node_met_twice():
    g = build_graph([("Program", {"id": "p", "name": "p"}), ("Program", {"id": "p", "name": "p"})])
    assert list(g.nodes) == ["p"]


def test_build_graph_drops_relationships_to_nodes_not_fetched():
    g = build_graph([("Document", {"id": "d"}), ("Document", "d", "IN_REGION", {}, "Region", "某省/某县")])
    assert g.number_of_edges() == 0 and list(g.nodes) == ["d"]


def test_build_graph_edges_carry_type_and_properties_and_stay_parallel():
    g = build_graph([
        ("Document", {"id": "d"}),
        ("Program", {"id": "p"}),
        ("Document", "d", "MENTIONS_PROGRAM", {"count": 2}, "Program", "p"),
        ("Document", "d", "MENTIONS_PROGRAM", {"count": 5}, "Program", "p"),
        ("Document", "d", "CONCERNS", {}, "Program", "p"),
    ])
    assert g.number_of_edges() == 3
    assert g.edges["d", "p", "MENTIONS_PROGRAM"] == {"count": 2, "type": "MENTIONS_PROGRAM"}
    assert g.edges["d", "p", "MENTIONS_PROGRAM#2"] == {"count": 5, "type": "MENTIONS_PROGRAM"}


# ------------------------------------------------------------------ fetch_graph on the embedded store

SMALL_GRAPH = """
CREATE (d1:Document {id: 'd1', title: '某县2021年教育工作要点', plan_year: 2021}),
       (d2:Document {id: 'd2', title: '某县2022年教育工作要点', plan_year: 2022}),
       (r:Region {id: '某省/某县', name: '某县', aliases: ['某县区']}),
       (p1:Program {id: '班班通', name: '班班通'}),
       (p2:Program {id: '县管校聘', name: '县管校聘'}),
       (p3:Program {id: '国培计划', name: '国培计划'}),
       (t:Theme {id: '县管校聘', name: '县管校聘'}),
       (d1)-[:IN_REGION]->(r), (d2)-[:IN_REGION]->(r),
       (d1)-[:MENTIONS_PROGRAM]->(p1), (d1)-[:MENTIONS_PROGRAM]->(p2), (d2)-[:MENTIONS_PROGRAM]->(p1),
       (d2)-[:MENTIONS_PROGRAM]->(p3), (d2)-[:HAS_THEME]->(t)
"""


@pytest.fixture
def small_store(store):
    with store.unit() as w:
        w.run(SMALL_GRAPH)
    return store


@pytest.mark.parametrize("page_size", [1, 2, 1000])
def test_fetch_graph_reads_every_node_and_relationship_in_pages(small_store, page_size):
    g = fetch_graph(small_store, page_size=page_size)
    assert g.number_of_nodes() == 7
    assert g.number_of_edges() == 7
    assert g.nodes["某省/某县"] == {"id": "某省/某县", "name": "某县", "aliases": ["某县区"], "label": "Region"}
    assert g.nodes["d1"]["plan_year"] == 2021
    # labels are read in sorted order: the Program keeps the bare id, the Theme sharing it is prefixed
    assert (g.nodes["县管校聘"]["label"], g.nodes["Theme:县管校聘"]["label"]) == ("Program", "Theme")
    assert sorted(k for *_, k in g.out_edges("d2", keys=True)) == ["HAS_THEME", "IN_REGION", "MENTIONS_PROGRAM",
                                                                    "MENTIONS_PROGRAM"]


def test_fetch_graph_filters_labels_and_types(small_store):
    g = fetch_graph(small_store, ["Document", "Program"], ["MENTIONS_PROGRAM"])
    assert {d["label"] for _, d in g.nodes(data=True)} == {"Document", "Program"}
    assert g.number_of_nodes() == 5
    assert {d["type"] for *_, d in g.edges(data=True)} == {"MENTIONS_PROGRAM"}
    assert g.number_of_edges() == 4


def test_fetch_graph_keeps_only_relationships_between_fetched_nodes(small_store):
    g = fetch_graph(small_store, ["Document", "Region"])
    assert {d["type"] for *_, d in g.edges(data=True)} == {"IN_REGION"}


def test_fetch_graph_with_no_types_fetches_nodes_only(small_store):
    g = fetch_graph(small_store, types=[])
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 0


def test_fetch_graph_by_ids(small_store):
    g = fetch_graph(small_store, ids=["d1", "班班通", "nowhere"], page_size=1)
    assert set(g.nodes) == {"d1", "班班通"}
    assert list(g.edges(keys=True)) == [("d1", "班班通", "MENTIONS_PROGRAM")]


def test_fetch_graph_changes_nothing(small_store):
    count = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r"
    before = small_store.query(count)
    fetch_graph(small_store)
    assert small_store.query(count) == before


def test_fetch_graph_of_an_empty_store(store):
    g = fetch_graph(store)
    assert g.number_of_nodes() == 0


@pytest.mark.parametrize("labels, types", [(["Document) DETACH DELETE (n"], None), (None, ["X]->() DELETE r//"])])
def test_fetch_graph_refuses_names_that_are_not_identifiers(small_store, labels, types):
    with pytest.raises(InputError, match="not a valid node label or relationship type"):
        fetch_graph(small_store, labels, types)


# ------------------------------------------------------------------ sentences, read by their documents

class _Counting:
    """A real store that counts the statements reading a page of documents' sentences."""

    def __init__(self, store) -> None:
        self._store, self.pages = store, 0

    def __getattr__(self, name):
        return getattr(self._store, name)

    def query(self, cypher, params=None, **kwargs):
        self.pages += cypher.startswith("UNWIND $docs") and "d.sentence_text AS text" in cypher
        return self._store.query(cypher, params, **kwargs)


def _sentences_in_store(store) -> tuple[dict, list]:
    """The sentences the store's lists hold, as the nodes and relationships a reader gives them back."""
    nodes, rels = {}, []
    for r in store.query("MATCH (d:Document) RETURN d.id AS doc, d.sentence_text AS text, d.sentence_start AS start, "
                         "d.sentence_end AS end, d.sentence_section AS section"):
        ids = []
        for text, start, end, section in zip(r["text"], r["start"], r["end"], r["section"], strict=True):
            ids.append(i := sentence_id(r["doc"], start, end))
            nodes[i] = {"id": i, "doc_id": r["doc"], "text": text, "start": start, "end": end,
                        **({"section": section} if section else {}), "label": "Evidence"}
            rels.append((i, "IN_DOCUMENT", r["doc"]))
        for x in store.query("MATCH (:Document {id: $id})-[r]->(x) RETURN r.sentences AS many, x.sentence AS one, "
                             "x.id AS x", {"id": r["doc"]}):
            rels += [(ids[k], "SUPPORTS", x["x"]) for k in x["many"] or ([x["one"]] if x["one"] is not None else [])]
    return nodes, sorted(rels)


def test_sentences_are_read_a_page_of_documents_at_a_time_and_all_of_them(seed_store):
    counting = _Counting(seed_store)
    paged = fetch_graph(counting, page_size=50)
    documents = seed_store.query("MATCH (d:Document) WHERE size(d.sentence_text) > 0 RETURN count(d) AS n")[0]["n"]
    assert documents >= 3 and counting.pages >= 3  # several page boundaries, each a whole document
    whole = fetch_graph(seed_store, page_size=10**6)
    assert list(paged.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(paged.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    nodes, rels = _sentences_in_store(seed_store)
    assert {k: d for k, d in paged.nodes(data=True) if d["label"] == "Evidence"} == nodes
    assert sorted((u, d["type"], paged.nodes[v]["id"]) for u, v, d in paged.edges(data=True)
                  if paged.nodes[u]["label"] == "Evidence") == rels
    # in the order of their documents, then of their ids
    order = [(d["doc_id"], d["id"]) for _, d in paged.nodes(data=True) if d["label"] == "Evidence"]
    assert order == sorted(order)
    # and nothing of the lists they are kept in
    hidden = {"sentence", "sentences", "sentence_text", "sentence_start", "sentence_end", "sentence_section"}
    assert not any(hidden & d.keys() for _, d in paged.nodes(data=True))
    assert not any(hidden & d.keys() for *_, d in paged.edges(data=True))


def test_sentences_asked_for_by_id(store, sample_path):
    from edukg.loaders.load import load_document
    from edukg.loaders.pipeline import process_file

    for stem in ("000_3d07f8c2409402d8", "001_3002dbbffbf1c5e1"):
        load_document(store, process_file(sample_path(stem)))
    nodes, rels = _sentences_in_store(store)
    g = fetch_graph(store, ["Evidence", "Program"], page_size=7)
    assert {k: d for k, d in g.nodes(data=True) if d["label"] == "Evidence"} == nodes
    wanted = sorted(nodes)[::40] + ["nowhere#1-2"]
    some = fetch_graph(store, ["Evidence"], ids=wanted, page_size=2)
    assert set(some.nodes) == set(wanted) - {"nowhere#1-2"}
    assert all(some.nodes[i] == nodes[i] for i in some.nodes)
