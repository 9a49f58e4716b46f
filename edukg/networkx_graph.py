"""Fetch the graph, or the part of it matching a filter, from a Store into networkx.

The result is a ``networkx.MultiDiGraph``: one node per graph node, keyed by its
``id`` property, with attributes ``label`` (the node label) plus its properties;
one edge per relationship, keyed by its type, with attributes ``type`` plus its
properties. Each label's ids are read in one statement, then its nodes and the
relationships leaving them in pages looked up through the ``id`` index, so the
work grows linearly with the graph: a few statements per page, never one per
node, and no statement that sorts or scans what other pages read.

Sentences (Evidence) have no index: nine in ten nodes of a large graph are
sentences, and building their index was most of the embedded store's start. They
are read a few documents at a time through their documents (whose ``id`` is
indexed) instead: one statement counts each document's sentences, then each page
holds whole documents, about a page's worth of sentences, in the order of the
documents' ids, and its sentences in the order of theirs. Sentences in no
document (no loader leaves any) are read by one statement that scans them all,
run only when the counts fall short of the label's. A sentence is stored without
an id or ``doc_id``: here it has its document's id as ``doc_id`` and the id
``<document id>#<start>-<end>`` (``loaders.rows.sentence_id``), or the id an
earlier version stored with it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from edukg.errors import InputError
from edukg.loaders.rows import sentence_id_cypher
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
# A page's statements start with a MATCH binding `n` to its nodes. By id: UNWIND + MATCH on {id: …} is
# one index lookup per id, where `WHERE n.id > $after ORDER BY n.id` would sort every remaining node
# on each page. By document: one lookup of each document, then its relationships to its sentences.
_BY_IDS = "UNWIND $ids AS id MATCH (n:{label} {{id: id}})"
_BY_DOCUMENTS = "UNWIND $docs AS doc MATCH (:{document} {{id: doc}})<-[:{in_document}]-(n:{label})"
_NO_DOCUMENT = "UNWIND $docs AS doc MATCH (n:{label}) WHERE NOT (n)-[:{in_document}]->(:{document})"
# What a page returns; a page of documents also each row's document (`doc`), to order its rows by.
# ({id} is n.id, or a sentence's id derived from its document's: loaders.rows.sentence_id)
_NODES = " RETURN {doc}{id} AS id, properties(n) AS props"
_RELS = (" MATCH (n)-[r{types}]->(b){where} RETURN {doc}{id} AS source, type(r) AS type, properties(r) AS props, "
         "labels(b)[0] AS target_label, b.id AS target")
# Each document's count of nodes, each asked-for node's document (null: none), and the label's count.
_COUNTS = ("MATCH (d:{document}) OPTIONAL MATCH (d)<-[:{in_document}]-(n:{label}) "
           "RETURN d.id AS doc, count(n) AS n")
_WANTED = ("MATCH (n:{label}) OPTIONAL MATCH (n)-[:{in_document}]->(d:{document}) WITH d, n, {id} AS id "
           "WHERE id IN $ids RETURN d.id AS doc, id")
_TOTAL = "MATCH (n:{label}) RETURN count(n) AS n"
# Classes read by their documents (see the module docstring): the relationship to their document.
_BY_DOCUMENT = {"Evidence": "inDocument"}

# A page: the MATCH binding `n` to its nodes, its parameters, whether it holds documents' nodes.
_Page = tuple[str, dict[str, Any], bool]


def _name(name: str) -> str:
    """A label or type safe to splice into Cypher (neither can be a parameter)."""
    if not _NAME.match(name):
        raise InputError(f"{name!r}: not a valid node label or relationship type")
    return name


def _labels(labels: Iterable[str] | None) -> list[str]:
    """The labels asked for, checked; by default every label the ontology declares."""
    return [_name(x) for x in (labels if labels is not None else sorted(set(vocab.labels().values())))]


def _id_pages(store: Store, label: str, ids: list[str] | None, size: int) -> Iterator[_Page]:
    """Pages of the ids of `label` (all, sorted, or the sorted `ids`), looked up through its id index."""
    wanted = ids if ids is not None else sorted(r["id"] for r in store.query(_IDS.format(label=label)))
    for i in range(0, len(wanted), size):
        yield _BY_IDS.format(label=label), {"ids": wanted[i : i + size]}, False


def _document_pages(store: Store, label: str, in_document: str, ids: list[str] | None, size: int) -> Iterator[_Page]:
    """Pages of whole documents' nodes of `label` (those of `ids` only, if given), about `size` nodes
    each, in the order of the documents' ids; then the nodes of no document, if any."""
    names = {"label": label, "in_document": in_document, "document": vocab.label("PolicyDocument"),
             "id": sentence_id_cypher("n", "d.id")}
    chosen: dict[Any, list[str]] = {}  # by document, the nodes of `ids`
    if ids is None:
        counts = {r["doc"]: r["n"] for r in store.query(_COUNTS.format(**names)) if r["n"]}
        if sum(counts.values()) < store.query(_TOTAL.format(**names))[0]["n"]:
            counts[None] = 1
    else:
        for r in store.query(_WANTED.format(**names), {"ids": ids}):
            chosen.setdefault(r["doc"], []).append(r["id"])
        counts = {doc: len(found) for doc, found in chosen.items()}

    def page(match: str, docs: list[Any]) -> _Page:
        if ids is None:
            return match, {"docs": docs}, True
        return match + (" AND" if " WHERE " in match else " WHERE") + f" {sentence_id_cypher('n', 'doc')} IN $ids", {
            "docs": docs, "ids": [i for doc in docs for i in chosen[doc]]}, True

    docs: list[Any] = []
    held = 0
    for doc in sorted(d for d in counts if d is not None):
        docs.append(doc)
        held += counts[doc]
        if held >= size:
            yield page(_BY_DOCUMENTS.format(**names), docs)
            docs, held = [], 0
    if docs:
        yield page(_BY_DOCUMENTS.format(**names), docs)
    if None in counts:
        yield page(_NO_DOCUMENT.format(**names), [None])


def iter_graph_rows(
    store: Store,
    labels: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    *,
    ids: Collection[str] | None = None,
    page_size: int | None = None,
) -> Iterator[NodeRow | RelRow]:
    """Yield node rows and the rows of the relationships leaving them, page by page.

    See `fetch_graph` for the parameters. Relationship rows may point to nodes
    outside the filter; `build_graph` drops those.
    """
    wanted_labels = _labels(labels)
    wanted_types = sorted({_name(t) for t in types}) if types is not None else None
    wanted_ids = sorted(set(ids)) if ids is not None else None
    # the types in the pattern: the store then walks only those relationships of a node, where a
    # filter on type(r) reads all of them (a document's hundreds of facts) first
    rels = _RELS.replace("{where}", " WHERE b.id IN $targets" if wanted_ids is not None else "").replace(
        "{types}", ":" + "|".join(wanted_types) if wanted_types else "")
    size = page_size or DEFAULT_PAGE_SIZE
    by_document = {vocab.label(cls): vocab.rel(prop) for cls, prop in _BY_DOCUMENT.items()}
    for label in wanted_labels:
        in_document = by_document.get(label)
        pages = (_id_pages(store, label, wanted_ids, size) if in_document is None
                 else _document_pages(store, label, in_document, wanted_ids, size))
        for match, params, of_documents in pages:
            doc = "doc, " if of_documents else ""
            node_id = sentence_id_cypher("n", "doc") if of_documents else "n.id"
            rows = store.query(match + _NODES.replace("{doc}", doc).replace("{id}", node_id), params)
            if of_documents:  # in the order of their documents, then of their ids, whatever the pages
                rows.sort(key=lambda row: (row["doc"] or "", row["id"]))
            for row in rows:
                # (a sentence is stored without its id and document's: they are given back here)
                yield (label, {"id": row["id"], **({"doc_id": row["doc"]} if of_documents and row["doc"] else {}),
                               **row["props"]})
            if wanted_types == [] or not rows:
                continue
            if not of_documents:  # only the ids found, each looked up once more
                params = {"ids": [row["id"] for row in rows]}
            found = store.query(match + rels.replace("{doc}", doc).replace("{id}", node_id),
                                {**params, "targets": wanted_ids})
            if of_documents:
                found.sort(key=lambda r: (r["doc"] or "", r["source"], r["type"], r["target_label"], str(r["target"])))
            for r in found:
                yield (label, r["source"], r["type"], r["props"], r["target_label"], r["target"])


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
    """The store's graph, or the part matching a filter, as a networkx MultiDiGraph.

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
    """The rows of ``drop_unfinished(fetch_graph(store, labels, types))``, page by page.

    Memory holds the Document ids and the facts left out, never the graph.
    Relationships to nodes outside `labels`, and those of a left-out fact, are
    left out too. A relationship reaches a fact only from its document (written
    last, so absent while the load is unfinished) or from a sentence of the
    same document, which is left out with it.
    """
    wanted = _labels(labels)
    document = vocab.label("PolicyDocument")
    documents = ({r["id"] for r in store.query(f"MATCH (d:{document}) RETURN d.id AS id")}
                 if document in wanted else set())
    left_out: set[tuple[str, str]] = set()
    for row in iter_graph_rows(store, wanted, types):
        if len(row) == 2:
            label, props = row  # type: ignore[misc]
            if documents and props.get("doc_id") is not None and props["doc_id"] not in documents:
                left_out.add((label, props["id"]))
                continue
        elif row[4] not in wanted or (row[0], row[1]) in left_out or (row[4], row[5]) in left_out:
            continue
        yield row
