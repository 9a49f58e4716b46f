"""A document's sentences as the ontology has them (Evidence nodes), from the lists the store keeps.

The store keeps a document's sentences on its Document node, as parallel lists in the order of their
offsets; a fact keeps the index of its sentence there, a mention of a program, agency or reference the
indexes of the sentences naming it (``vocab.lists()``, read from the ontology). Readers that show the
graph in the ontology's terms (exports, networkx) give each sentence back as an Evidence node with the
id ``<document id>#<start>-<end>`` (``loaders.rows.sentence_id``) and its document's id as ``doc_id``,
linked to its document (IN_DOCUMENT) and to what it supports (SUPPORTS), and leave the lists and
indexes out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from edukg.errors import StoreError
from edukg.loaders.rows import sentence_id
from edukg.ontology import vocab
from edukg.store.base import Store

__all__ = ["without_lists", "sentence_rows", "layout_names", "sentence_counts", "refuse_sentence_nodes", "statements"]

# Each document's count of sentences; a page's documents with their lists; what their sentences support.
_COUNTS = "MATCH (d:{document}) RETURN d.id AS doc, size(coalesce(d.{text}, [])) AS n"
_LISTS = ("UNWIND $docs AS doc MATCH (d:{document} {{id: doc}}) RETURN d.id AS doc, "
          "{columns}")
_SUPPORTED = ("UNWIND $docs AS doc MATCH (d:{document} {{id: doc}})-[r]->(x) "
              "WHERE x.{index} IS NOT NULL OR r.{indexes} IS NOT NULL "
              "RETURN d.id AS doc, labels(x)[0] AS label, x.id AS id, coalesce(r.{indexes}, [x.{index}]) AS sentences")
# A sentence node, as earlier versions wrote them.
_NODE = "MATCH (n:{label}) RETURN 1 AS found LIMIT 1"
# How many sentences, and how many times one supports something.
# (sums as integers: FalkorDB sums into a float)
_TOTALS = ("MATCH (d:{document}) WITH toInteger(sum(size(coalesce(d.{text}, [])))) AS sentences "
           "OPTIONAL MATCH (:{document})-[r]->(x) WHERE x.{index} IS NOT NULL OR r.{indexes} IS NOT NULL "
           "RETURN sentences, toInteger(sum(size(coalesce(r.{indexes}, [x.{index}])))) AS supports")


@cache
def layout_names() -> frozenset[str]:
    """The properties that hold the lists and the indexes into them, on nodes and relationships."""
    lists = vocab.lists()
    return frozenset({*lists.columns.values(), lists.index, lists.indexes})


def without_lists(props: Mapping[str, Any]) -> dict[str, Any]:
    """A node's or relationship's properties without the sentences' lists and indexes."""
    hidden = layout_names()
    return {k: v for k, v in props.items() if k not in hidden}


def refuse_sentence_nodes(store: Store, where: str) -> None:
    """StoreError when the graph keeps its sentences as nodes of their own (as earlier versions
    wrote them), which nothing here reads: its answers would lack every sentence."""
    if store.query(_statement(_NODE), read_only=True):
        raise StoreError(f"{where}: the graph keeps its sentences as nodes, as earlier versions of edukg "
                         "wrote them; run `edukg db reset` and load the documents again")


def sentence_counts(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """The sentences as the ontology has them: (nodes by label, relationships by type), those there are."""
    lists = vocab.lists()
    row = store.query(_statement(_TOTALS), read_only=True)[0]
    nodes = {lists.label: row["sentences"]}
    rels = {lists.holder_type: row["sentences"], lists.link_type: row["supports"]}
    return {k: n for k, n in nodes.items() if n}, {k: n for k, n in rels.items() if n}


def _statement(template: str) -> str:
    lists = vocab.lists()
    columns = ", ".join(f"d.{prop} AS {name}" for name, prop in lists.columns.items())
    return template.format(document=lists.holder, text=lists.columns["text"], columns=columns,
                           index=lists.index, indexes=lists.indexes, label=lists.label)


def statements() -> dict[str, str]:
    """Every statement this module runs, by a short name (for linting)."""
    return {name: _statement(t) for name, t in
            (("counts", _COUNTS), ("lists", _LISTS), ("supported", _SUPPORTED), ("node", _NODE), ("totals", _TOTALS))}


def _pages(store: Store, ids: Sequence[str] | None, size: int) -> Iterator[list[str]]:
    """Whole documents, about `size` sentences a page, in the order of their ids: every document
    with sentences, or those of the sentences `ids`."""
    if ids is None:
        counts = {r["doc"]: r["n"] for r in store.query(_statement(_COUNTS)) if r["n"]}
    else:
        counts = {}
        for i in ids:
            doc = i.rpartition("#")[0]
            counts[doc] = counts.get(doc, 0) + 1
    docs: list[str] = []
    held = 0
    for doc in sorted(counts):
        docs.append(doc)
        held += counts[doc]
        if held >= size:
            yield docs
            docs, held = [], 0
    if docs:
        yield docs


def sentence_rows(store: Store, types: Sequence[str] | None, ids: Sequence[str] | None,
                  size: int) -> Iterator[tuple]:
    """The rows of the sentences (Evidence nodes; only `ids`, if given) and of their relationships
    (of `types`, if given; to `ids`, if given), as `edukg.networkx_graph.iter_graph_rows` yields
    them: by page, the nodes in the order of their documents, then of their ids, then their
    relationships in that order."""
    lists = vocab.lists()
    wanted = set(ids) if ids is not None else None
    for docs in _pages(store, ids, size):
        nodes: list[tuple[str, str, dict[str, Any]]] = []
        ends: dict[tuple[str, int], str] = {}  # (document, index) → the sentence's id
        for row in store.query(_statement(_LISTS), {"docs": docs}):
            doc = row["doc"]
            columns = (row[c] or [] for c in ("text", "start", "end", "section"))
            for i, (text, start, end, section) in enumerate(zip(*columns)):
                id_ = ends[doc, i] = sentence_id(doc, start, end)
                if wanted is None or id_ in wanted:
                    props = {"id": id_, "doc_id": doc, "text": text, "start": start, "end": end}
                    nodes.append((doc, id_, props | ({"section": section} if section else {})))
        nodes.sort(key=lambda n: (n[0], n[1]))
        for _, _, props in nodes:
            yield lists.label, props
        if types == [] or not nodes:
            continue
        kept = {props["id"] for *_, props in nodes}
        rels = [(doc, id_, lists.holder_type, lists.holder, doc) for doc, id_, _ in nodes]
        for r in store.query(_statement(_SUPPORTED), {"docs": docs}):
            rels += [(r["doc"], ends[r["doc"], i], lists.link_type, r["label"], r["id"]) for i in r["sentences"]]
        rels = [r for r in rels if r[1] in kept and (types is None or r[2] in types)
                and (wanted is None or r[4] in wanted)]
        for doc, source, type_, label, target in sorted(set(rels), key=lambda r: (r[0], r[1], r[2], r[3], str(r[4]))):
            yield lists.label, source, type_, {}, label, target
