"""Fetch the graph, or the part of it matching a filter, from a Store into networkx.

The result is a ``networkx.MultiDiGraph``: one node per graph node, keyed by its
``id`` property, with attributes ``label`` (the node label) plus its properties;
one edge per relationship, keyed by its type, with attributes ``type`` plus its
properties. Each label's ids are read in one statement, then its nodes and the
relationships leaving them in pages looked up through the ``id`` index, so the
work grows linearly with the graph: a few statements per page, never one per
node, and no statement that sorts or scans what other pages read.

The graph is the ontology's: a document's sentences (Evidence), which the store
keeps as lists on their Document (``vocab.lists()``), are given back as nodes with
their IN_DOCUMENT and SUPPORTS relationships, and the lists, a fact's sentence
index and a mention's indexes are left out (`edukg.sentences`). Sentences are
read a few documents at a time: one statement counts each document's sentences,
then each page holds whole documents, about a page's worth of sentences, in the
order of the documents' ids, and its sentences in the order of theirs. A sentence
has its document's id as ``doc_id`` and the id ``<document id>#<start>-<end>``
(``loaders.rows.sentence_id``). ``stored=True`` reads the store's own layout
instead (the neo4j-admin CSV set, which Neo4j answers the same queries from).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from edukg import sentences
from edukg.errors import InputError
from edukg.ontology import vocab
from edukg.store.base import Store

__all__ = ["NodeRow", "RelRow", "build_graph", "fetch_graph", "iter_graph_rows", "iter_finished_rows",
           "drop_unfinished"]

# Nodes per read statement: enough that statements are few, few enough that one reply stays small.
DEFAULT_PAGE_SIZE = 2000

# (label, properties); the properties include "id".
NodeRow = tuple[str, Mapping[str, Any]]
# (source label, source id, type, properties, target label, target id)
RelRow = tuple[str, str, str, Mapping[str, Any], str, str]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

_IDS = "MATCH (n:{label}) RETURN n.id AS id"
# A page's statements start with a MATCH binding `n` to its nodes: UNWIND + MATCH on {id: …} is one
# index lookup per id, where `WHERE n.id > $after ORDER BY n.id` would sort every remaining node on
# each page.
_BY_IDS = "UNWIND $ids AS id MATCH (n:{label} {{id: id}})"
_NODES = " RETURN n.id AS id, properties(n) AS props"
_RELS = (" MATCH (n)-[r{types}]->(b){where} RETURN n.id AS source, type(r) AS type, properties(r) AS props, "
         "labels(b)[0] AS target_label, b.id AS target")


def _name(name: str) -> str:
    """A label or type safe to splice into Cypher (neither can be a parameter)."""
    if not _NAME.match(name):
        raise InputError(f"{name!r}: not a valid node label or relationship type")
    return name


def _labels(labels: Iterable[str] | None, stored: bool = False) -> list[str]:
    """The labels asked for, checked; by default every label the ontology declares (`stored`: every
    label the store has nodes of)."""
    if labels is None:
        labels = sorted(set(vocab.labels().values()) - ({vocab.lists().label} if stored else set()))
    return [_name(x) for x in labels]


def _id_pages(store: Store, label: str, ids: list[str] | None, size: int) -> Iterator[list[str]]:
    """Pages of the ids of `label` (all, sorted, or the sorted `ids`), looked up through its id index."""
    wanted = ids if ids is not None else sorted(r["id"] for r in store.query(_IDS.format(label=label)))
    for i in range(0, len(wanted), size):
        yield wanted[i : i + size]


def iter_graph_rows(
    store: Store,
    labels: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    *,
    ids: Collection[str] | None = None,
    page_size: int | None = None,
    stored: bool = False,
) -> Iterator[NodeRow | RelRow]:
    """Yield node rows and the rows of the relationships leaving them, page by page.

    See `fetch_graph` for the parameters. Relationship rows may point to nodes
    outside the filter; `build_graph` drops those.
    """
    wanted_types = sorted({_name(t) for t in types}) if types is not None else None
    wanted_ids = sorted(set(ids)) if ids is not None else None
    # the types in the pattern: the store then walks only those relationships of a node, where a
    # filter on type(r) reads all of them (a document's hundreds of facts) first
    rels = _RELS.replace("{where}", " WHERE b.id IN $targets" if wanted_ids is not None else "").replace(
        "{types}", ":" + "|".join(wanted_types) if wanted_types else "")
    size = page_size or DEFAULT_PAGE_SIZE
    for label in _labels(labels, stored):
        if label == vocab.lists().label and not stored:
            yield from sentences.sentence_rows(store, wanted_types, wanted_ids, size)
            continue
        for page in _id_pages(store, label, wanted_ids, size):
            match = _BY_IDS.format(label=label)
            rows = store.query(match + _NODES, {"ids": page})
            for row in rows:
                yield label, row["props"] if stored else sentences.without_lists(row["props"])
            if wanted_types == [] or not rows:
                continue
            # only the ids found, each looked up once more
            found = store.query(match + rels, {"ids": [row["id"] for row in rows], "targets": wanted_ids})
            for r in found:
                props = r["props"] if stored else sentences.without_lists(r["props"])
                yield label, r["source"], r["type"], props, r["target_label"], r["target"]


def build_graph(rows: Iterable[NodeRow | RelRow]) -> nx.MultiDiGraph:
    """Build the MultiDiGraph from node and relationship rows (pure).

    A node is keyed by its ``id``; should two labels share an id, the later
    node is keyed ``"Label:id"`` so that neither is lost. Relationships whose
    ends are not among the nodes are dropped. Edge keys are the relationship
    type (``"TYPE#n"`` for a second relationship of one type between two nodes).

    Examples
    --------
    >>> g = build_graph([
    ...     ("Document", {"id": "d1", "title": "某县2021年教育工作要点"}),
    ...     ("Program", {"id": "班班通", "name": "班班通"}),
    ...     ("Document", "d1", "MENTIONS_PROGRAM", {}, "Program", "班班通"),
    ... ])
    >>> g.nodes["班班通"]["label"], list(g.edges(keys=True))
    ('Program', [('d1', '班班通', 'MENTIONS_PROGRAM')])
    """
    graph = nx.MultiDiGraph()
    keys: dict[tuple[str, str], str] = {}
    rels: list[RelRow] = []
    for row in rows:
        if len(row) != 2:
            rels.append(row)  # type: ignore[arg-type]
            continue
        label, props = row  # type: ignore[misc]
        node_id = props["id"]
        key = keys.get((label, node_id))  # a node met twice (two pages of an ids filter) is one node
        if key is None:
            key = node_id if node_id not in graph else f"{label}:{node_id}"
            keys[(label, node_id)] = key
        graph.add_node(key, **dict(props), label=label)
    for source_label, source, rel_type, props, target_label, target in rels:
        u, v = keys.get((source_label, source)), keys.get((target_label, target))
        if u is None or v is None:
            continue
        edge_key = rel_type
        n = 1
        while graph.has_edge(u, v, edge_key):
            n += 1
            edge_key = f"{rel_type}#{n}"
        graph.add_edge(u, v, key=edge_key, **dict(props), type=rel_type)
    return graph


def fetch_graph(
    store: Store,
    labels: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    *,
    ids: Collection[str] | None = None,
    page_size: int | None = None,
) -> nx.MultiDiGraph:
    """The store's graph, or the part matching a filter, as a networkx MultiDiGraph, in the ontology's
    terms (sentences as nodes: see the module's doc).

    Parameters
    ----------
    store : Store
        An open graph store; only read-only statements are issued.
    labels : iterable of str, optional
        Node labels to fetch; default every label the ontology declares.
    types : iterable of str, optional
        Relationship types to fetch; default all. An empty iterable fetches
        no relationship.
    ids : collection of str, optional
        Fetch only the nodes with these ids (and the relationships among them).
    page_size : int, optional
        Nodes per statement; default `DEFAULT_PAGE_SIZE`.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by ``id`` with attributes ``label`` plus properties; edges
        keyed by type with attributes ``type`` plus properties. Only
        relationships whose two ends were fetched are kept.
    """
    return build_graph(iter_graph_rows(store, labels, types, ids=ids, page_size=page_size))


def drop_unfinished(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Remove fact nodes left by a load that stopped part-way (in place; returns the graph).

    The loader tags a document's own facts with ``doc_id`` and writes the
    Document node last, so a fact whose ``doc_id`` names no Document of the
    graph belongs to an unfinished load. Only applies when Document nodes were
    fetched at all.
    """
    document = vocab.label("PolicyDocument")
    documents = {d.get("id") for _, d in graph.nodes(data=True) if d.get("label") == document}
    if documents:
        graph.remove_nodes_from([k for k, d in graph.nodes(data=True)
                                 if d.get("doc_id") is not None and d["doc_id"] not in documents])
    return graph


def iter_finished_rows(
    store: Store, labels: Iterable[str] | None = None, types: Iterable[str] | None = None
) -> Iterator[NodeRow | RelRow]:
    """The rows of the store's own layout (``stored=True``), without the facts of unfinished loads
    (as `drop_unfinished`), page by page.

    Memory holds the Document ids and the facts left out, never the graph.
    Relationships to nodes outside `labels`, and those of a left-out fact, are
    left out too. A relationship reaches a fact only from its document (written
    last, so absent while the load is unfinished).
    """
    wanted = _labels(labels, stored=True)
    document = vocab.label("PolicyDocument")
    documents = ({r["id"] for r in store.query(f"MATCH (d:{document}) RETURN d.id AS id")}
                 if document in wanted else set())
    left_out: set[tuple[str, str]] = set()
    for row in iter_graph_rows(store, wanted, types, stored=True):
        if len(row) == 2:
            label, props = row  # type: ignore[misc]
            if documents and props.get("doc_id") is not None and props["doc_id"] not in documents:
                left_out.add((label, props["id"]))
                continue
        elif row[4] not in wanted or (row[0], row[1]) in left_out or (row[4], row[5]) in left_out:
            continue
        yield row
