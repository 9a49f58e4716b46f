"""The Neo4j store: a Neo4j server reached over Bolt with the official driver.

Configured like Neo4j's own tools: ``NEO4J_URI``, ``NEO4J_USERNAME``,
``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` (options override them).

Read-only queries are checked three times: by edukg.store.readonly first (no
``LOAD CSV``, only read-only procedures), then by ``EXPLAIN``, refusing any statement
whose query type is not ``r``; then the statement runs in a READ transaction,
which Neo4j itself refuses to let write. A Bolt server that does not report
query types (FalkorDB's experimental Bolt support, for one, which also *runs*
``EXPLAIN``-ed statements) gets a StoreError for read-only queries: the check is
made once, on ``EXPLAIN RETURN 1``, before any caller's statement is sent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from edukg.collector import collector_paused
from edukg.config import DEFAULT_BATCH_SIZE, check_neo4j_uri
from edukg.errors import InputError, ReadOnlyError, StoreError
from edukg.store.base import SIZE_STATEMENTS, GraphValue, RowsWriter, plain
from edukg.store.readonly import check_read_only

__all__ = ["Neo4jStore", "DEFAULT_URI"]

DEFAULT_URI = "neo4j://localhost:7687"
CLEAR_BATCH = 10_000  # nodes deleted per transaction by clear()
_ACCESS_MODE_CODE = "Neo.ClientError.Statement.AccessMode"
_REASON = re.compile(r"\(reason (.+)\)\s*$")
# The driver logs a failure before raising it; without a handler Python would print that log
# line on stderr, and the message would appear twice (the StoreError says it already).
logging.getLogger("neo4j").addHandler(logging.NullHandler())


def _parts(value: Any) -> GraphValue | None:
    if isinstance(value, Node):
        return "node", dict(value.items()), sorted(value.labels)
    if isinstance(value, Relationship):
        return "relationship", dict(value.items()), value.type
    if isinstance(value, Path):
        return "path", value.nodes, value.relationships
    return None


def _rows(result: neo4j.Result) -> list[dict[str, Any]]:
    return [{k: plain(v, _parts) for k, v in record.items()} for record in result]


def _one_line(error: Exception) -> str:
    if isinstance(error, Neo4jError):
        return (error.message or error.code or type(error).__name__).splitlines()[0]
    text = str(error).strip()
    reason = _REASON.search(text)
    return reason.group(1) if reason else (text.splitlines() or [type(error).__name__])[0]


class _Writer(RowsWriter):
    """Statements inside one explicit write transaction."""

    def __init__(self, store: Neo4jStore, tx: neo4j.Transaction) -> None:
        self._store = store
        self._tx = tx
        self.batch_size = store.batch_size

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        with self._store._errors(StoreError):
            return _rows(self._tx.run(cypher, dict(params or {})))


class Neo4jStore:
    """A graph in a Neo4j database.

    Parameters
    ----------
    uri : e.g. ``neo4j://localhost:7687`` or ``bolt://host:7687``.
    user, password : credentials; no authentication when `user` is None.
    database : the database to use; None means the server's default.
    batch_size : rows per statement in ``write_rows``.

    Raises
    ------
    UsageError : `uri` is not a Bolt URI (see edukg.config.NEO4J_SCHEMES).
    StoreError : the server cannot be reached or refuses the credentials (one line naming `uri`).
    """

    name = "neo4j"

    def __init__(
        self,
        uri: str = DEFAULT_URI,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        *,
        connection_timeout: float = 10.0,
    ) -> None:
        check_neo4j_uri(uri)
        self.uri = uri
        self.database = database or None
        self.batch_size = batch_size
        self._explains: bool | None = None  # does the server report query types? (checked once)
        self._schema_done: set[str] = set()  # schema statements run (clear() keeps the schema)
        self._read_kinds: dict[str, str | None] = {}  # statement → query type EXPLAIN reported
        auth = (user, password or "") if user else None
        try:
            self._driver = GraphDatabase.driver(
                uri, auth=auth, connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout,
            )
        except (DriverError, ValueError) as e:
            raise StoreError(f"{uri}: {_one_line(e)}") from None
        try:
            self._driver.verify_connectivity()
        except AuthError:
            self._driver.close()
            raise StoreError(f"{uri}: authentication failed for user {user!r}") from None
        except (Neo4jError, DriverError, OSError) as e:
            self._driver.close()
            raise StoreError(f"{uri}: cannot connect: {_one_line(e)}") from None

    @contextmanager
    def _errors(self, statement_error: type[Exception]) -> Iterator[None]:
        """Driver errors as edukg errors: the statement's fault or the store's."""
        try:
            yield
        except (ServiceUnavailable, SessionExpired) as e:
            raise StoreError(f"{self.uri}: unreachable: {_one_line(e)}") from None
        except ClientError as e:
            if e.code == _ACCESS_MODE_CODE:
                raise ReadOnlyError("refused: the statement would write, and this path is read-only") from None
            raise statement_error(f"cypher: {_one_line(e)}") from None
        except (Neo4jError, DriverError) as e:
            raise StoreError(f"{self.uri}: {_one_line(e)}") from None

    def _session(self) -> neo4j.Session:
        return self._driver.session(database=self.database)

    def _query_type(self, cypher: str, params: Mapping[str, Any] | None) -> str | None:
        with self._session() as session:
            return session.execute_read(lambda tx: tx.run(f"EXPLAIN {cypher}", params).consume().query_type)

    def _check_read_only(self, cypher: str, params: Mapping[str, Any]) -> None:
        if self._explains is None:
            self._explains = self._query_type("RETURN 1", {}) == "r"
        if not self._explains:
            raise StoreError(f"{self.uri}: the server does not report query types, so read-only queries cannot be checked")
        # whether a statement writes does not depend on its parameters: ask once per text
        if cypher not in self._read_kinds:
            self._read_kinds[cypher] = self._query_type(cypher, params)
        kind = self._read_kinds[cypher]
        if kind != "r":
            raise ReadOnlyError(f"refused: the statement would write ({kind}), and this path is read-only")

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> list[dict[str, Any]]:
        """Run one statement; rows as dicts. A statement the server rejects raises InputError."""
        values = dict(params or {})
        # (as the embedded store's: the rows hold no cycle, so the collector waits until they are read)
        with self._errors(InputError), collector_paused():
            if read_only:
                check_read_only(cypher)
                self._check_read_only(cypher, values)
                with self._session() as session:
                    return session.execute_read(lambda tx: _rows(tx.run(cypher, values)))
            with self._session() as session:
                return session.execute_write(lambda tx: _rows(tx.run(cypher, values)))

    @contextmanager
    def unit(self) -> Iterator[_Writer]:
        """One explicit write transaction: committed if the block succeeds, rolled back if it raises."""
        with self._errors(StoreError), self._session() as session:
            tx = session.begin_transaction()
            try:
                yield _Writer(self, tx)
            except BaseException:
                tx.close()  # rolls back
                raise
            tx.commit()

    def graph_names(self) -> None:
        """None: the graph is the database, which the driver cannot list without admin rights."""
        return None

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Nothing to hold: each batch is one transaction, which others never see half-written."""
        yield

    def create_schema(self, keys: Iterable[tuple[str, str]]) -> None:
        """A unique constraint (which brings its index) on each (label, property); idempotent."""
        self._run_schema(
            f"CREATE CONSTRAINT `edukg_{label}_{prop}` IF NOT EXISTS FOR (n:`{label}`) REQUIRE n.`{prop}` IS UNIQUE"
            for label, prop in keys
        )

    def create_indexes(self, keys: Iterable[tuple[str, str]]) -> None:
        """A (non-unique) index on each (label, property); idempotent."""
        self._run_schema(
            f"CREATE INDEX `edukg_{label}_{prop}_index` IF NOT EXISTS FOR (n:`{label}`) ON (n.`{prop}`)"
            for label, prop in keys
        )

    def drop_schema(self, keys: Iterable[tuple[str, str]]) -> None:
        """Drop the unique constraint and the index of each (label, property), those there are; idempotent."""
        self._run_schema(
            statement
            for label, prop in keys
            for statement in (f"DROP CONSTRAINT `edukg_{label}_{prop}` IF EXISTS",
                              f"DROP INDEX `edukg_{label}_{prop}_index` IF EXISTS")
        )

    def _run_schema(self, statements: Iterable[str]) -> None:
        # the loader asks for its schema with every batch: each statement runs once per store
        wanted = [statement for statement in statements if statement not in self._schema_done]
        if not wanted:
            return
        with self._errors(StoreError), self._session() as session:
            for statement in wanted:
                session.execute_write(lambda tx: tx.run(statement).consume())
                self._schema_done.add(statement)

    def clear(self) -> None:
        """Delete every node and relationship, in batches; constraints and indexes stay."""
        delete = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
        with self._errors(StoreError), self._session() as session:
            while session.execute_write(lambda tx: tx.run(delete, limit=CLEAR_BATCH).single()["deleted"]):
                pass

    def mark_unfinished(self, doc_ids: Sequence[str]) -> None:
        """Nothing to remember: a batch is one transaction (``unit()``), whole or absent."""

    def unfinished(self) -> list[str]:
        return []

    def postpone_snapshots(self) -> None:
        """Nothing to postpone: every committed transaction is durable (see persist)."""

    def persist(self) -> None:
        """Nothing to wait for: Neo4j writes a transaction to its log before ``commit`` returns.

        Every write of this store is a committed transaction (``unit()``,
        ``query(read_only=False)``, ``create_schema``, ``clear``), so it is durable already.
        """

    def status(self) -> dict[str, Any]:
        """``{"status": "running", "uri", "graphs": {database: {"nodes", "relationships"}}}``; StoreError if unreachable."""
        sizes = {k: self.query(cypher)[0]["count"] for k, cypher in SIZE_STATEMENTS.items()}
        return {"status": "running", "uri": self.uri, "graphs": {self.database or "neo4j": sizes}}

    @staticmethod
    def degree(node: str, types: Sequence[str]) -> str:
        return f"COUNT {{ ({node})-[:{'|'.join(types)}]-() }}"

    def version(self) -> None:
        """None: Neo4j tells no cheap version of a database, so nothing read from it is cached."""
        return None

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
