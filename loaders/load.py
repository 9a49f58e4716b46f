"""Rows → graph store: documents written in batches, each one all or nothing; nothing else.

Loading order makes a document appear whole or not at all, on FalkorDB (each
statement atomic, no multi-statement transactions) as on Neo4j (all of it in one
transaction as well):

1. forget what a batch stopped part-way left behind (sweep_unfinished: the fact
   nodes of the documents it marked and did not finish); if another version of a
   file (same source path, other bytes) is loaded, delete that version: its
   Document node with its facts, reached through it, in one statement;
2. merge the shared entities (Region, Year, Agency, Program, Indicator, Theme,
   Reference) and the relationships among them, then create the documents' own
   fact nodes (Target, Observation, Responsibility), each tagged with
   ``doc_id`` and created together with its relationships to what was written
   before it — new after step 1, so created, not merged; each statement
   carries the rows of every document of the batch;
3. write the Document nodes together with all their relationships, in one
   statement, last; a Document keeps its sentences as lists (rows.py), each fact
   the index of its own there, each mention of a program, agency or reference
   the indexes of those naming it. A Document node exists only once everything
   else is in place, and queries reach facts only through Document nodes, so a
   load that stops part-way is invisible; the next load of the document
   completes it.

One batch is written at a time per store (``Store.exclusive``): two ``edukg load``
processes take turns batch by batch. The store remembers which documents a batch
is writing (``Store.mark_unfinished``, set before its first statement and emptied
after its last), so a mark found when a batch begins is a batch's that stopped
part-way (a load killed): every batch first deletes what that left (facts with
no Document node, and the entities only they name), whichever load it belongs to
and whatever documents it writes. Those facts are found by their ``doc_id``
among all of their label's, which is rare enough to need no index; a store that
does not remember (written by an earlier version) has every fact's ``doc_id``
read once.

Node labels and relationship types come from the ontology (edukg.ontology.vocab).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from edukg.loaders.derived import COUNTED_CLASSES, INDEXES, NAMES, count_rows, count_updates, names_of, reach_statements
from edukg.loaders.model import DocumentFacts
from edukg.loaders.rows import (
    ALIASED_CLASSES,
    COUNTS,
    DOCUMENT,
    DOCUMENT_LINKS,
    DOCUMENT_PROPS,
    ENTITY_CLASSES,
    ENTITY_PROPS,
    ENTITY_LINKS,
    FACTS,
    LINK_COLUMN,
    SENTENCE_LINKS,
    DocumentRows,
    document_rows,
)
from edukg.ontology import vocab
from edukg.store.base import Store, Writer, retired_keys

__all__ = ["LoadResult", "StoreWriter", "load_document", "load_documents", "loader_statements", "schema_keys",
           "index_keys", "name_keys", "sweep_unfinished", "BATCH_RANGE", "batch_for"]

# Documents written together, unless ``edukg load --documents-per-batch`` says: a tenth of the
# documents in the store, within BATCH_RANGE. Every write statement makes FalkorDB fold its pending
# changes into the graph's matrices, work in proportion to the graph's nodes, so a large graph
# loads faster in fewer, larger statements (12,000 documents: 82 server CPU-seconds in batches of
# 100, 33 in batches of 1,000). Into a small graph, small batches load faster: the extraction
# workers make the next batch while one is written, so a load of 1,000 documents in one batch
# would extract them all before writing any. A batch's rows are held in memory (about 135 MB for
# 1,000 documents).
BATCH_RANGE = (100, 1000)


def batch_for(stored: int) -> int:
    """Documents to write together into a store that holds `stored` documents.

    >>> [batch_for(n) for n in (0, 2_500, 10_000, 100_000)]
    [100, 250, 1000, 1000]
    """
    low, high = BATCH_RANGE
    return min(high, max(low, stored // 10))

# ------------------------------------------------------------------ statements


def _foreach(i: int, ids: str, prop: str, other: str, outgoing: bool, indexed: bool = False) -> str:
    """Relationships of the node `n` with the nodes of class `other` whose ids are the list `ids`;
    `indexed`: its items are [id, the indexes of the sentences naming it], kept on the relationship."""
    node = f"(m{i}:{vocab.label(other)} {{id: x{i}{'[0]' if indexed else ''}}})"
    rel = f"{vocab.rel(prop)} {{{vocab.lists().indexes}: x{i}[1]}}" if indexed else vocab.rel(prop)
    arrow = f"(n)-[:{rel}]->(m{i})" if outgoing else f"(m{i})-[:{rel}]->(n)"
    return f"FOREACH (x{i} IN {ids} | MERGE {node} CREATE {arrow})"


def _when(condition: str, then: str) -> str:
    """`then` (a SET) only for the rows where `condition` holds, without dropping the other rows."""
    return f"FOREACH (_ IN CASE WHEN {condition} THEN [1] ELSE [] END | {then})"


def _merge_entities(cls: str) -> str:
    # An entity is named again by document after document, mostly with what it already holds. It is
    # written only when something is new, and a new one is created with all its properties at once:
    # every write of a node, even of the same values, leaves a stale entry in FalkorDB's index of
    # its label, which the server cleans by forking itself (MERGE … ON CREATE SET writes twice).
    # A row is a list, [id, aliases], its properties a map in $row_props at the same place
    # (as the Document statement's: the map-key rewrite of the parameters is slow over lists of ids).
    aliased = cls in ALIASED_CLASSES
    created = ["id: row[0]", *(f"{prop}: props.{prop}" for prop in ENTITY_PROPS[cls])]
    if cls in COUNTED_CLASSES:  # counted from 0 by the documents written after (derived.py)
        created += [f"{prop}: 0" for counted, prop in COUNTS if counted == cls]
    if aliased:
        created += ["aliases: row[1]", f"{NAMES}: {names_of('', 'props.name', 'row[1]')}"]
    parts = [
        "UNWIND range(0, size($rows) - 1) AS i WITH $rows[i] AS row, $row_props[i] AS props",
        f"OPTIONAL MATCH (n:{vocab.label(cls)} {{id: row[0]}})",
        _when("n IS NULL", f"CREATE (:{vocab.label(cls)} {{{', '.join(created)}}})"),
        "WITH n, row, props WHERE n IS NOT NULL",
    ]
    # the names searched follow the name and the aliases. (Each SET reads the values from before it, as
    # FalkorDB evaluates a SET's items before it writes any: the aliases added are read twice below.)
    name = "coalesce(props.name, n.name)"
    parts.append(_when("any(k IN keys(props) WHERE n[k] IS NULL OR n[k] <> props[k])",
                       "SET n += props" + (f", n.{NAMES} = {names_of('n', name)}" if aliased else "")))
    if aliased:
        # aliases accumulate over documents instead of being overwritten by the last one
        aliases = "coalesce(n.aliases, []) + [a IN row[1] WHERE NOT a IN coalesce(n.aliases, [])]"
        parts.append(_when("any(a IN row[1] WHERE NOT a IN coalesce(n.aliases, []))",
                           f"SET n.aliases = {aliases}, n.{NAMES} = {names_of('n', name, aliases)}"))
    return "\n".join(parts)


def _create_facts(cls: str) -> str:
    # A document's own facts are new when written (leftovers of its earlier loads were deleted
    # first), so they and their relationships are created. Rows are lists, not maps: they encode
    # and parse in about half the time; a null column sets no property.
    fact = FACTS[cls]
    props = ", ".join(f"`{name}`: row[{i}]" for i, name in enumerate(fact.columns))
    parts = [f"UNWIND $rows AS row CREATE (n:{vocab.label(cls)} {{{props}}})"]
    for i, (prop, other, outgoing) in enumerate(fact.links):
        parts.append(_foreach(i, f"row[{LINK_COLUMN[cls, prop, other]}]", prop, other, outgoing))
    return "\n".join(parts)


def _document_row(d: DocumentRows) -> list[Any]:
    """[id, the ids of each of DOCUMENT_LINKS], a mention's id with the indexes of its sentences."""
    row: list[Any] = [d.doc_id]
    for param, _, cls, _ in DOCUMENT_LINKS:
        ids = list(d.tables.doc_links[param])
        if param in SENTENCE_LINKS:
            sentences = {r["id"]: r["evidence"] for r in d.tables.rows(cls)}
            ids = [[id_, sentences[id_]] for id_ in ids]
        row.append(ids)
    return row


def _link(src: str, prop: str, dst: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{vocab.label(src)} {{id: row[0]}}) "
        f"MATCH (b:{vocab.label(dst)} {{id: row[1]}}) MERGE (a)-[:{vocab.rel(prop)}]->(b)"
    )


def _document_keys() -> tuple[str, ...]:
    """The properties of a Document node besides its id: its own, then its sentences' lists."""
    return (*DOCUMENT_PROPS, *vocab.lists().columns.values())


def _write_documents() -> str:
    # One statement for the batch: every Document node appears with all its relationships at once,
    # and is counted by the entities it reaches (derived.py) in the same step.
    # The Document was absent when the batch began, so it and its relationships are created, not merged,
    # the node with all its properties at once (a later write of it would leave a stale index entry).
    # Its sentences are lists among its properties, not nodes of their own: as nodes (about 90 a
    # document) with their relationships they were 42% of the nodes and half the relationships.
    # A document's row is a list (_document_row), its properties a map in $document_props at the
    # same place: the map keys of the statement's parameters are rewritten for FalkorDB, and that
    # rewrite is slow over thousands of ids.
    doc = [
        "UNWIND range(0, size($documents) - 1) AS i WITH $documents[i] AS doc, $document_props[i] AS props",
        f"CREATE (n:{vocab.label(DOCUMENT)} {{{', '.join(f'{p}: props.{p}' for p in ('id', *_document_keys()))}}})",
    ]
    links = [_foreach(i, f"doc[{i + 1}]", prop, cls, outgoing, param in SENTENCE_LINKS)
             for i, (param, prop, cls, outgoing) in enumerate(DOCUMENT_LINKS)]
    return "\n".join([*doc, *links, "WITH count(*) AS written", count_updates()])


def _delete_leftovers(cls: str) -> str:
    """The facts of `cls` of documents that have no Document node (a batch stopped part-way)."""
    return (
        f"MATCH (n:{vocab.label(cls)}) WHERE n.doc_id IN $doc_ids "
        "DETACH DELETE n RETURN count(*) AS deleted"
    )


def _delete_orphans(cls: str) -> str:
    """Delete entities nothing points to any more (the facts and documents that named them are gone)."""
    label = vocab.label(cls)
    if cls == "Region":
        # A region is kept while a document lies in it or in a region within it.
        doc, in_region, part_of = vocab.label(DOCUMENT), vocab.rel("inRegion"), vocab.rel("partOf")
        return (
            f"MATCH (n:{label}) OPTIONAL MATCH (d:{doc})-[:{in_region}]->(:{label})-[:{part_of}*0..5]->(n) "
            "WITH n, count(d) AS documents WHERE documents = 0 DETACH DELETE n"
        )
    return (
        f"MATCH (n:{label}) OPTIONAL MATCH ()-[r]->(n) "
        "WITH n, count(r) AS incoming WHERE incoming = 0 DETACH DELETE n"
    )


@cache
def loader_statements() -> dict[str, str]:
    """Every Cypher statement the loader runs, by a short name (for linting and tests)."""
    doc = vocab.label(DOCUMENT)
    fact_links = "|".join(vocab.rel(prop) for _, prop, cls, _ in DOCUMENT_LINKS if cls in FACTS)
    out = {
        "find-documents": f"UNWIND $ids AS id MATCH (d:{doc} {{id: id}}) RETURN d.id AS id",
        "find-versions": (
            f"UNWIND $rows AS row MATCH (d:{doc} {{source: row.source}}) WHERE d.id <> row.id "
            "RETURN row.id AS id, d.id AS old"
        ),
        # a document's facts and sentences (its lists) go with it, all at once, and it stops being
        # counted (derived.py) as it vanishes
        "delete-document": (
            f"UNWIND $doc_ids AS doc_id MATCH (d:{doc} {{id: doc_id}})\n"
            f"OPTIONAL MATCH (d)-[:{fact_links}]->(f) WITH d, collect(f) AS facts\n"
            "FOREACH (f IN facts | DETACH DELETE f)\n"
            f"DETACH DELETE d WITH count(d) AS deleted\n{count_updates()}\nRETURN deleted"
        ),
        "write-document": _write_documents(),
    }
    for cls in FACTS:
        out[f"create-{cls}"] = _create_facts(cls)
        out[f"leftovers-{cls}"] = _delete_leftovers(cls)
        out[f"unfinished-{cls}"] = (
            f"MATCH (n:{vocab.label(cls)}) WITH DISTINCT n.doc_id AS doc_id "
            f"OPTIONAL MATCH (d:{doc} {{id: doc_id}}) WITH doc_id, d WHERE d IS NULL RETURN doc_id"
        )
    for cls in ENTITY_CLASSES:
        out[f"merge-{cls}"] = _merge_entities(cls)
        out[f"orphans-{cls}"] = _delete_orphans(cls)
    for src, prop, dst in ENTITY_LINKS:
        out[f"link-{src}-{prop}-{dst}"] = _link(src, prop, dst)
    return out


def schema_keys() -> list[tuple[str, str]]:
    """(label, "id") for every node label the loader writes."""
    return [(vocab.label(c), "id") for c in (DOCUMENT, *FACTS, *ENTITY_CLASSES)]


def name_keys() -> list[tuple[str, str]]:
    """(label, property) of the names and titles a reader looks nodes up by (the web app links an
    answer's cells to their pages): documents first, agencies, the most numerous, last."""
    names = [(vocab.label(c), "title" if c == "Reference" else "name")
             for c in ("Program", "Indicator", "Region", "Reference", "Theme", "Agency")]
    return [(vocab.label(DOCUMENT), "title"), (vocab.label(DOCUMENT), "file"), *names]


def index_keys() -> list[tuple[str, str]]:
    """(label, property) nodes are looked up by besides their id: documents by source, everything by
    its name (name_keys), and targets as derived.INDEXES says."""
    return [(vocab.label(DOCUMENT), "source"), *name_keys(), *((vocab.label(c), p) for c, p in INDEXES)]


# ------------------------------------------------------------------ loading


@dataclass(frozen=True)
class LoadResult:
    """What loading one document did."""

    source: str
    doc_id: str
    status: str  # loaded | unchanged | replaced
    nodes: int = 0  # nodes written (0 when unchanged)
    relationships: int = 0


def _delete_documents(w: Writer, statements: Mapping[str, str], doc_ids: Sequence[str]) -> None:
    """Delete whole documents, each with its facts in one statement (so it vanishes at once), then the
    entities only they named; the entities they count for are read first."""
    counted = {key: {row["id"]: row["n"] for row in w.run(statement, {"doc_ids": list(doc_ids)})}
               for key, statement in reach_statements().items()}
    rows = w.run(statements["delete-document"], {"doc_ids": list(doc_ids), **count_rows([counted], sign=-1)})
    _delete_orphans_if(w, statements, rows[0]["deleted"] if rows else 0)


def _delete_leftovers_of(w: Writer, statements: Mapping[str, str], doc_ids: Sequence[str]) -> None:
    """Delete the facts of documents that have no Document node (a batch stopped part-way), then the
    entities only they named."""
    deleted = 0
    for name in (f"leftovers-{cls}" for cls in FACTS):
        rows = w.run(statements[name], {"doc_ids": list(doc_ids)})
        deleted += rows[0]["deleted"] if rows else 0
    _delete_orphans_if(w, statements, deleted)


def _delete_orphans_if(w: Writer, statements: Mapping[str, str], deleted: int) -> None:
    if deleted:  # the sweep reads every entity, so it runs only when something went away
        for cls in ENTITY_CLASSES:
            w.run(statements[f"orphans-{cls}"])


def _entity_rows(docs: Sequence[DocumentRows], cls: str) -> tuple[list[list[Any]], list[dict[str, Any]]]:
    """One row per entity named by any of `docs` ([id, aliases]) and its properties: merged as
    loading them in turn would (the indexes of its sentences are on its documents' mentions: _document_row)."""
    merged: dict[str, dict[str, Any]] = {}
    for d in docs:
        for row in d.tables.rows(cls):
            into = merged.get(row["id"])
            if into is None:
                into = merged[row["id"]] = {"id": row["id"], "props": {}}
            into["props"].update(row["props"])
            if "aliases" in row:
                into.setdefault("aliases", {}).update(row["aliases"])
    rows = [[row["id"], list(row.get("aliases", ()))] for row in merged.values()]
    return rows, [row["props"] for row in merged.values()]


def _write(w: Writer, statements: Mapping[str, str], docs: Sequence[DocumentRows], per_statement: int) -> None:
    """Write new documents: every fact, entity and relationship first, the Document nodes last;
    `per_statement` rows a statement at most (the store's batch_size, as write_rows sends them).

    Each statement links what it writes to nodes written before it: the entities first, the
    relationships between them, the facts, then the documents.
    """
    for cls in ENTITY_CLASSES:
        rows, props = _entity_rows(docs, cls)
        for i in range(0, len(rows), per_statement):  # as write_rows does, with the properties beside
            part = slice(i, i + per_statement)
            w.run(statements[f"merge-{cls}"], {"rows": rows[part], "row_props": props[part]})
    for src, prop, dst in ENTITY_LINKS:
        if pairs := sorted({pair for d in docs for pair in d.tables.links.get((src, prop, dst), ())}):
            w.write_rows(statements[f"link-{src}-{prop}-{dst}"], pairs)
    for cls in FACTS:
        if rows := [row for d in docs for row in d.tables.facts[cls].values()]:
            w.write_rows(statements[f"create-{cls}"], rows)
    w.run(statements["write-document"], {"documents": [_document_row(d) for d in docs],
                                         "document_props": [d.props for d in docs],
                                         **count_rows(d.reached for d in docs)})


def sweep_unfinished(store: Store) -> int:
    """Delete what loads stopped part-way left: facts of documents that have no Document node,
    and the entities only they named. Returns how many documents' facts went away.

    Run it holding ``store.exclusive()``: between two batches every document is whole.
    """
    statements = loader_statements()
    marked = store.unfinished()
    if marked == []:
        return 0  # the last batch finished: nothing to look at (most loads)
    if marked is None:  # a store that does not remember: find them among every fact
        marked = [row["doc_id"] for cls in FACTS for row in store.query(statements[f"unfinished-{cls}"], read_only=True)]
    # a marked document may be whole (the batch stopped after its Document statement): it stays
    present = {row["id"] for row in store.query(statements["find-documents"], {"ids": marked}, read_only=True)}
    doc_ids = sorted(set(marked) - present)
    if doc_ids:
        with store.unit() as w:
            _delete_leftovers_of(w, statements, doc_ids)
    store.mark_unfinished([])
    return len(doc_ids)


def load_documents(store: Store, batch: Sequence[DocumentFacts | DocumentRows]) -> list[LoadResult]:
    """Write several documents' facts to `store` in few statements; one LoadResult each, in order.

    Each document is written all or nothing, as by load_document, whose results these are:
    a document stopped part-way (by a failure) has no Document node, and its next load
    completes it. No other load writes meanwhile; what a load killed part-way left is deleted
    first (sweep_unfinished). Store failures propagate as StoreError.
    """
    with store.exclusive():
        sweep_unfinished(store)
        return _load_documents(store, batch)


def _load_documents(store: Store, batch: Sequence[DocumentFacts | DocumentRows]) -> list[LoadResult]:
    docs = [d if isinstance(d, DocumentRows) else document_rows(d) for d in batch]
    statements = loader_statements()
    store.drop_schema(retired_keys())
    store.create_schema(schema_keys())
    store.create_indexes(index_keys())
    ids = list(dict.fromkeys(d.doc_id for d in docs))
    present = {row["id"] for row in store.query(statements["find-documents"], {"ids": ids}, read_only=True)}
    new: dict[str, DocumentRows] = {}
    for d in docs:
        if d.doc_id not in present:
            new.setdefault(d.doc_id, d)
    old: dict[str, list[str]] = {}
    if new:
        rows = [{"id": id_, "source": d.source} for id_, d in new.items()]
        for row in store.query(statements["find-versions"], {"rows": rows}, read_only=True):
            old.setdefault(row["id"], []).append(row["old"])
    replaced = {o for olds in old.values() for o in olds}
    if len(docs) > 1 and (replaced & set(ids) or len({d.source for d in new.values()}) < len(new)):
        # a file repeats a document another file replaces, or one path comes twice with other
        # bytes: the outcome depends on their order, so load one after the other
        return [result for d in docs for result in _load_documents(store, [d])]
    if new:
        # the documents written, and the earlier versions of their files deleted
        store.mark_unfinished([*(o for olds in old.values() for o in olds), *new])
        with store.unit() as w:
            if replaced:
                _delete_documents(w, statements, sorted(replaced))
            _write(w, statements, list(new.values()), store.batch_size)
        store.mark_unfinished([])
    results = []
    for d in docs:
        if new.pop(d.doc_id, None) is None:  # present before, or named twice in the batch
            results.append(LoadResult(d.source, d.doc_id, "unchanged"))
            continue
        status = "replaced" if d.doc_id in old else "loaded"
        results.append(LoadResult(d.source, d.doc_id, status, d.nodes, d.relationships))
    return results


def load_document(store: Store, facts: DocumentFacts) -> LoadResult:
    """Write one document's facts to `store`, all or nothing; loading it again changes nothing.

    Returns a LoadResult with status ``unchanged`` when a Document with the same
    sha256 is already complete, ``replaced`` when another version of the same
    source path was loaded before (that version is removed), ``loaded`` otherwise.
    Store failures propagate as StoreError.
    """
    return load_documents(store, [facts])[0]


class StoreWriter:
    """The sink of a load run (pipeline.run): writes batches of documents' rows to `store`,
    reports what each did, and makes everything last when the run ends."""

    def __init__(self, store: Store, documents_per_batch: int | None = None) -> None:
        self.store = store
        self.documents_per_batch = documents_per_batch
        self.started = False
        self._documents: int | None = None  # in the store: counted once, then added to per batch

    @property
    def batch_size(self) -> int:
        """Documents in the next batch: as asked, or a tenth of the store's within BATCH_RANGE."""
        if self.documents_per_batch:
            return self.documents_per_batch
        if self._documents is None:
            self._documents = self.store.query(f"MATCH (d:{vocab.label(DOCUMENT)}) RETURN count(d) AS n")[0]["n"]
        return batch_for(self._documents)

    def write(self, batch: Sequence[DocumentRows]) -> list[LoadResult]:
        if not self.started:
            self.store.postpone_snapshots()  # the run saves once, in finish()
            self.started = True
        results = load_documents(self.store, batch)
        if self._documents is not None:
            self._documents += sum(r.status == "loaded" for r in results)
        return results

    def finish(self) -> None:
        self.store.persist()
