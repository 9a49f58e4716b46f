"""The one small interface both graph stores implement."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

__all__ = ["Store", "Writer", "RowsWriter", "LABELS_KEY", "TYPE_KEY", "SIZE_STATEMENTS", "GraphValue", "plain",
           "retired_keys"]

# A node returned by a query becomes a dict of its properties plus its labels under
# LABELS_KEY; a relationship, its properties plus its type under TYPE_KEY; a path,
# {"nodes": [...], "relationships": [...]}.
LABELS_KEY = "_labels"
TYPE_KEY = "_type"

# What a driver's node, relationship or path is made of, as a store's `parts` function tells plain():
# ("node", properties, labels), ("relationship", properties, type) or ("path", nodes, relationships).
GraphValue = tuple[str, Any, Any]


def plain(value: Any, parts: Callable[[Any], GraphValue | None]) -> Any:
    """A result value as plain Python: nodes and relationships become property dicts (see LABELS_KEY).

    `parts` recognises the driver's graph values; anything else is converted in its lists and maps.

    >>> plain({"xs": (1, [2])}, lambda value: None)
    {'xs': [1, [2]]}
    """
    found = parts(value)
    if found is not None:
        kind, first, second = found
        if kind == "path":
            return {"nodes": [plain(n, parts) for n in first], "relationships": [plain(r, parts) for r in second]}
        props = {k: plain(v, parts) for k, v in first.items()}
        return {**props, LABELS_KEY: second} if kind == "node" else {**props, TYPE_KEY: second}
    if isinstance(value, (list, tuple)):
        return [plain(v, parts) for v in value]
    if isinstance(value, dict):
        return {k: plain(v, parts) for k, v in value.items()}
    if hasattr(value, "to_native"):  # a driver's temporal value
        return value.to_native()
    return value


# A graph's size, as Store.status() reports it: each statement's one row has the column `count`.
SIZE_STATEMENTS = {
    "nodes": "MATCH (n) RETURN count(n) AS count",
    "relationships": "MATCH ()-[r]->() RETURN count(r) AS count",
}


def retired_keys() -> list[tuple[str, str]]:
    """(label, property) of the unique constraints and indexes earlier versions created and this one
    does not: a store drops them when a load begins, and the embedded one also when it starts.

    FalkorDB builds every index again when it starts. The sentences' id and doc_id: the index of
    the sentences, nine in ten nodes, was most of the start; no reader looks a sentence up, they are
    reached through their Document and the facts they support. The facts' doc_id (a tenth of the
    index building): a document's facts are reached through it, and only what a stopped batch left
    is looked for by doc_id (loaders.load).
    """
    from edukg.ontology import vocab

    return [(vocab.label("Evidence"), "id"), (vocab.label("Evidence"), "doc_id"),
            *((vocab.label(fact), "doc_id") for fact in ("Target", "Observation", "Responsibility"))]


class Writer(Protocol):
    """Statements issued inside one unit of work (see Store.unit)."""

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]: ...

    def write_rows(self, cypher: str, rows: Sequence[Any]) -> None:
        """Run `cypher` (which reads `$rows`, e.g. ``UNWIND $rows AS row MERGE …``) in batches.

        A row is a map or a list of values (``row[0]``), whichever the statement reads.
        """


class Store(Protocol):
    """A Cypher graph store: embedded FalkorDB or Neo4j."""

    name: str  # "embedded" | "neo4j"
    batch_size: int

    def query(self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True) -> list[dict[str, Any]]:
        """Run one statement and return its rows as dicts keyed by column.

        read_only=True refuses any statement that would write (ReadOnlyError) and changes nothing.
        """

    def graph_names(self) -> list[str] | None:
        """The names of the graphs beside this one (this one if it exists), or None where the
        store cannot tell (Neo4j: the graph is the database)."""

    def unit(self) -> AbstractContextManager[Writer]:
        """A unit of work: a transaction on Neo4j, a sequence of atomic statements on FalkorDB."""

    def exclusive(self) -> AbstractContextManager[None]:
        """Held by a load while it writes one batch: no other process writes the store meanwhile
        (it waits), so a batch never meets another's half-written documents."""

    def create_schema(self, keys: Iterable[tuple[str, str]]) -> None:
        """Unique constraints / exact-match indexes for (label, property) pairs; idempotent."""

    def create_indexes(self, keys: Iterable[tuple[str, str]]) -> None:
        """Non-unique exact-match indexes for (label, property) pairs; idempotent."""

    def drop_schema(self, keys: Iterable[tuple[str, str]]) -> None:
        """Drop the unique constraints and indexes of (label, property) pairs, those there are; idempotent."""

    def clear(self) -> None:
        """Delete the whole graph."""

    def mark_unfinished(self, doc_ids: Sequence[str]) -> None:
        """Remember that the documents `doc_ids` are being written or deleted (before a batch's first
        statement), and forget them with ``[]`` once they are whole (after its last)."""

    def unfinished(self) -> list[str] | None:
        """The documents a batch marked and did not finish (a load killed part-way); None where the
        store does not know (an older store), and then every fact must be looked at."""

    def persist(self) -> None:
        """Make everything written so far survive the server and a reboot; returns once it does.

        A command that writes calls it when it finishes (``edukg load`` does).
        """

    def postpone_snapshots(self) -> None:
        """A long write begins (a load): work the store does in the background to make writes
        last may wait until the next ``persist()``, which ends the write."""

    def status(self) -> dict[str, Any]:
        """``{"status": "running", …where it runs…, "graphs": {name: {"nodes": n, "relationships": m}}}``."""

    @staticmethod
    def degree(node: str, types: Sequence[str]) -> str:
        """A Cypher expression: how many relationships of `types`, either way, the node `node` has.
        The one text the stores write apart: FalkorDB reads it from its matrices (indegree,
        outdegree: a hundred times faster than a match counted), Neo4j counts a pattern."""

    def version(self) -> Hashable | None:
        """A value that changes whenever anything is written to the store, by any process, and stays
        equal while nothing is; None where the store cannot tell (then nothing may be cached)."""

    def close(self) -> None: ...


class RowsWriter:
    """``write_rows`` for a writer whose ``run`` issues one statement: `batch_size` rows at a time."""

    batch_size: int

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        raise NotImplementedError

    def write_rows(self, cypher: str, rows: Sequence[Any]) -> None:
        for i in range(0, len(rows), self.batch_size):
            self.run(cypher, {"rows": list(rows[i : i + self.batch_size])})
