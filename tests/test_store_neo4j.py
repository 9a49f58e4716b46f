"""The Neo4j adapter over real Bolt: an embedded FalkorDB server started with a Bolt port.

FalkorDB's Bolt support is experimental: it runs statements and explicit
transactions, but reports no query types (so read-only queries are refused as
uncheckable), has no Neo4j schema commands, and crashes on large UNWIND batches
or ``SHOW`` commands; the tests keep to what it supports, in batches of 20.
"""

from __future__ import annotations

import random
import socket
import uuid
from collections.abc import Iterator

import pytest

from edukg.config import settings_from_env
from edukg.errors import ReadOnlyError, StoreError, UsageError
from edukg.store import open_store
from edukg.store.base import LABELS_KEY, TYPE_KEY
from edukg.store.embedded import BOLT_USER, MAX_BOLT_PORT, ServerInfo, _Dir, start_server, stop_server
from edukg.store.neo4j import Neo4jStore


def free_port(low: int = 20000, high: int = MAX_BOLT_PORT) -> int:
    for port in random.sample(range(low, high), 200):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port")


@pytest.fixture(scope="module")
def bolt_server(tmp_path_factory) -> Iterator[tuple[str, str]]:
    """(uri, password) of an embedded server that also speaks Bolt."""
    home = tmp_path_factory.mktemp("bolt-home")
    info: ServerInfo = start_server(home, bolt_port=free_port())
    try:
        yield f"bolt://127.0.0.1:{info.bolt_port}", _Dir(home).secret()
    finally:
        stop_server(home)


@pytest.fixture(scope="module")
def neo_driver(bolt_server) -> Iterator[Neo4jStore]:
    # one driver for the module: FalkorDB's Bolt listener sometimes refuses the next
    # connection after a client disconnects
    uri, password = bolt_server
    store = Neo4jStore(uri, BOLT_USER, password, batch_size=20)
    yield store
    store.close()


@pytest.fixture
def neo(neo_driver) -> Iterator[Neo4jStore]:
    """The Neo4j adapter on a fresh database (a FalkorDB graph), cleared afterwards."""
    neo_driver.database = f"test-{uuid.uuid4().hex[:8]}"
    try:
        yield neo_driver
    finally:
        neo_driver.clear()


def count(store: Neo4jStore, label: str) -> int:
    return store.query(f"MATCH (n:{label}) RETURN count(n) AS n", read_only=False)[0]["n"]


def test_values_come_back_as_plain_python(neo):
    neo.query(
        "CREATE (:Agency {id: $a, tags: ['编制']})-[:HELD_BY {since: 2021}]->(:Program {id: $b, share: 0.85})",
        {"a": "机构编制部门", "b": "县管校聘"},
        read_only=False,
    )
    rows = neo.query("MATCH (a:Agency)-[r]->(b) RETURN a, r, b.share AS share, [1, null] AS l", read_only=False)
    assert rows == [
        {
            "a": {"id": "机构编制部门", "tags": ["编制"], LABELS_KEY: ["Agency"]},
            "r": {"since": 2021, TYPE_KEY: "HELD_BY"},
            "share": 0.85,
            "l": [1, None],
        }
    ]


def test_unit_writes_rows_in_batches_in_one_transaction(neo):
    rows = [{"id": f"a{i}", "name": f"机构{i}"} for i in range(45)]
    for _ in range(2):  # MERGE: the second load changes nothing
        with neo.unit() as w:
            w.write_rows("UNWIND $rows AS row MERGE (n:Agency {id: row.id}) SET n += row", rows)
            w.run("MERGE (:Program {id: $id})", {"id": "班班通"})
    assert (count(neo, "Agency"), count(neo, "Program")) == (45, 1)
    assert neo.query("MATCH (n:Agency {id: 'a44'}) RETURN n.name AS name", read_only=False) == [{"name": "机构44"}]


def test_clear_deletes_everything(neo):
    with neo.unit() as w:
        w.write_rows("UNWIND $rows AS row CREATE (:Agency {id: row.id})", [{"id": str(i)} for i in range(30)])
    neo.clear()
    assert count(neo, "Agency") == 0


def test_read_only_query_is_refused_when_the_server_cannot_check_it(neo):
    """FalkorDB reports no query type on EXPLAIN: refuse before sending the statement."""
    with pytest.raises(StoreError, match="does not report query types"):
        neo.query("CREATE (:Agency {id: 'x'})")
    assert count(neo, "Agency") == 0


def test_unused_port_is_one_line_store_error():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError) as e:
        Neo4jStore(uri, "neo4j", "secret", connection_timeout=2)
    assert str(e.value) == f"{uri}: cannot connect: [Errno 111] Connection refused"


def test_bad_uri_is_one_line_usage_error():
    with pytest.raises(UsageError, match=r"^ftp://localhost: not a Neo4j URI: use neo4j://"):
        Neo4jStore("ftp://localhost")


@pytest.mark.parametrize("statement", ["LOAD CSV FROM 'https://127.0.0.1:1/x' AS row RETURN row",
                                       "CALL db.idx.fulltext.createNodeIndex('Agency', 'name')"])
def test_load_csv_and_write_procedures_are_refused_before_the_server_sees_them(neo, statement):
    """The same check as the embedded store's: before EXPLAIN, so even a server that reports no query types."""
    with pytest.raises(ReadOnlyError, match=r"^refused: (LOAD CSV|CALL db\.idx)"):
        neo.query(statement)


def test_settings_come_from_neo4j_variables_and_options():
    environ = {"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_USERNAME": "reader", "NEO4J_PASSWORD": "pw",
               "NEO4J_DATABASE": "policy", "EDUKG_BATCH_SIZE": "20", "EDUKG_STORE": "neo4j"}
    uri = f"bolt://127.0.0.1:{free_port()}"
    settings = settings_from_env(environ, neo4j_uri=uri)  # the option overrides NEO4J_URI
    assert (settings.store, settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password,
            settings.neo4j_database, settings.batch_size) == ("neo4j", uri, "reader", "pw", "policy", 20)
    with pytest.raises(StoreError, match=f"^{uri}: cannot connect"):
        open_store(settings)


def test_wrong_password_is_one_line_store_error(bolt_server, neo_driver):
    """Runs last: a refused login can upset FalkorDB's Bolt listener for a while.

    FalkorDB answers a wrong password with a generic error, not Neo4j's
    Security.Unauthorized, so the message cannot say more than "cannot connect".
    """
    uri, _ = bolt_server
    with pytest.raises(StoreError) as e:
        Neo4jStore(uri, BOLT_USER, "wrong", connection_timeout=3)
    assert str(e.value).startswith(f"{uri}: cannot connect: ") and "\n" not in str(e.value)
