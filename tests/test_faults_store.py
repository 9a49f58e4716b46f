"""Faults of the store and the command line, caused for real: a query that reaches for the
network, bad Neo4j URIs, data-dir file modes, killed and concurrent loads, a full disk, empty
answers. Each test runs the real server on real files. (Where twelve kills all miss the moment
between a batch's facts and its documents, that batch is stopped there in process instead.)"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundled_corpus import SAMPLES
from load_checks import BATCH, killed_load, leftovers, per_document, stop_before_documents, totals

from edukg.errors import ReadOnlyError
from edukg.store.embedded import EmbeddedStore, stop_server
from edukg.store.readonly import check_read_only


def edukg(*args: str, home: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, **env}
    if home is not None:
        environ["EDUKG_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "edukg", *args], capture_output=True, text=True, check=False,
                          env=environ)


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


# ---------------------------------------------------------------- 1. read-only Cypher stays in the graph

REFUSED = {
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row": "LOAD CSV",
    "load csv with headers from 'https://example.org/x.csv' as row return row": "LOAD CSV",
    "LoAd/* between */CsV FROM 'x' AS row RETURN row": "LOAD CSV",
    "LOAD // a comment\nCSV FROM 'x' AS row RETURN row": "LOAD CSV",
    "RETURN 'it\\'s' AS a, '' AS b LOAD CSV FROM 'x' AS row RETURN row": "LOAD CSV",
    "MATCH (n) CALL { LOAD CSV FROM 'x' AS row RETURN row } RETURN n": "LOAD CSV",
    "CALL apoc.load.json('https://example.org')": "CALL apoc.load.json",
    "call db.idx.fulltext.createNodeIndex('Program', 'name')": "CALL db.idx.fulltext.createNodeIndex",
    "CALL db . idx . fulltext . drop('Program')": "CALL db.idx.fulltext.drop",
    "CALL `db`.`labels`()": "CALL `quoted`.`quoted`",
    "RETURN 1 AS n UNION CALL dbms.killQuery('x') YIELD n RETURN n": "CALL dbms.killQuery",
    "/* LOAD CSV */ CALL apoc.periodic.iterate('', '', {})": "CALL apoc.periodic.iterate",
}
ALLOWED = [
    "RETURN 'LOAD CSV FROM x' AS s",
    'RETURN "CALL apoc.load.json(\\"x\\")" AS s, \'\\\\\' AS t',
    "// LOAD CSV FROM 'x'\nRETURN 1 AS n",
    "/* CALL apoc.load.json('x') */ RETURN 1 AS n",
    "CALL db.labels()",
    "call DB.Labels() YIELD label RETURN label",
    "MATCH (n) WHERE n.call = 1 RETURN n",
    "MATCH (n) CALL { WITH n RETURN n.id AS id } RETURN id",
]


@pytest.mark.parametrize("statement", REFUSED)
def test_load_csv_and_unknown_procedures_are_refused_whatever_hides_them(statement):
    with pytest.raises(ReadOnlyError) as e:
        check_read_only(statement)
    assert str(e.value).startswith(f"refused: {REFUSED[statement]} ")


@pytest.mark.parametrize("statement", ALLOWED)
def test_words_in_strings_and_comments_and_read_only_procedures_pass(statement):
    check_read_only(statement)


@pytest.mark.parametrize("statement", list(REFUSED)[:3] + ["CALL db.idx.fulltext.createNodeIndex('Program', 'name')"])
def test_embedded_store_refuses_before_the_server_sees_it(store, statement):
    with pytest.raises(ReadOnlyError):
        store.query(statement)
    assert store.query("CALL db.indexes() YIELD label RETURN label") == []


def test_a_query_reaches_no_network(store, graph_name):
    """`edukg cypher "LOAD CSV FROM 'https://127.0.0.1:PORT/…'"`: refused, and nothing connects to PORT."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(1.0)
        port = listener.getsockname()[1]
        done = edukg("--graph", graph_name, "cypher", f"LOAD CSV FROM 'https://127.0.0.1:{port}/x.csv' AS row RETURN row")
        assert done.returncode == 1
        assert error_line(done) == "Error: refused: LOAD CSV reads files and URLs, and this path is read-only"
        with pytest.raises(TimeoutError):
            listener.accept()[0].close()


# ---------------------------------------------------------------- 9. Neo4j URIs


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "https://db.example.org", "ftp://localhost", "localhost:7687"])
def test_a_uri_the_driver_cannot_use_is_one_line_and_exit_2(uri):
    done = edukg("--store", "neo4j", "--neo4j-uri", uri, "stats")
    assert done.returncode == 2
    assert error_line(done).startswith(f"Error: {uri}: not a Neo4j URI: use neo4j://")


def test_an_unreachable_routing_uri_is_reported_once():
    """The driver logs the failure it raises: the message must not come twice."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    done = edukg("--store", "neo4j", "--neo4j-uri", f"neo4j://127.0.0.1:{port}", "stats")
    assert done.returncode == 3
    assert error_line(done).startswith(f"Error: neo4j://127.0.0.1:{port}: cannot connect")


# ---------------------------------------------------------------- 10. file modes


def test_every_file_of_the_data_dir_is_private(tmp_path):
    home = tmp_path / "kg"
    home.mkdir(mode=0o755)
    (home / "server.log").write_text("an earlier version's log\n")
    (home / "server.log").chmod(0o644)
    try:
        assert edukg("load", str(SAMPLES[0]), home=home).returncode == 0
        assert edukg("db", "start", home=home).returncode == 0  # server.json exists while it runs
        names = {p.name for p in home.iterdir()}
        assert {"appendonlydir", "server.log", "server.json", "password", "redis.conf"} <= names
        log = home / "appendonlydir"
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [*home.iterdir(), *log.iterdir()] if p != log}
        assert modes == dict.fromkeys(modes, 0o600) and len(modes) > len(names)
        assert stat.S_IMODE(home.stat().st_mode) == stat.S_IMODE(log.stat().st_mode) == 0o700
    finally:
        stop_server(home)


# ---------------------------------------------------------------- 6. leftovers of a killed load


def test_the_next_load_removes_what_a_killed_load_left(store, graph_name, synthetic_corpus, synthetic_clean):
    import random

    rng = random.Random(6)
    # a kill lands between a batch's facts and its documents often, not always: again (up to twelve
    # times, while a batch is left to load; after the fourth, soon after the batch began writing, as
    # a fast machine makes that moment short) until one does…
    for trial in range(1, 13):
        killed_load(store, graph_name, synthetic_corpus, rng, most_delay=0.2 if trial <= 4 else 0.02)
        if leftovers(store) or len(per_document(store)) + BATCH >= len(synthetic_clean["documents"]):
            break
    # …and where none did (the moment may be too short on a fast machine), the next batch is stopped there
    if not leftovers(store):
        stop_before_documents(store, synthetic_corpus)
    assert leftovers(store) > 0
    seen = per_document(store)
    # another document altogether: the leftovers go all the same
    done = edukg("--graph", graph_name, "load", str(SAMPLES[0]))
    assert done.returncode == 0, done.stderr
    assert leftovers(store) == 0
    after = per_document(store)
    assert {id_: after[id_] for id_ in seen} == seen and len(after) == len(seen) + 1
    orphans = store.query("MATCH (n) WHERE NOT n:Document OPTIONAL MATCH ()-[r]->(n) "
                          "WITH n, count(r) AS incoming WHERE incoming = 0 RETURN count(n) AS n")
    assert orphans == [{"n": 0}]


# ---------------------------------------------------------------- two loads at once


def test_two_loads_into_one_data_dir_at_once(tmp_path, synthetic_corpus, synthetic_clean):
    """Both load the same documents in the same order, batch for batch: the worst overlap."""
    home = tmp_path / "kg"
    env = {**os.environ, "EDUKG_HOME": str(home)}
    loads = [subprocess.Popen([sys.executable, "-m", "edukg", "load", "-j", "1", "--documents-per-batch", str(BATCH),
                               str(synthetic_corpus)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    errors = [load.communicate(timeout=600)[1] for load in loads]
    assert [load.returncode for load in loads] == [0, 0], errors
    # both wrote, the last to leave stopped the server: the snapshot holds everything, once
    with EmbeddedStore(home) as s:
        assert per_document(s) == synthetic_clean["documents"]
        assert totals(s) == synthetic_clean["totals"]
        assert leftovers(s) == 0


# ---------------------------------------------------------------- 13. empty answers that mislead


def test_a_misspelled_graph_is_named_and_not_created(store, graph_name):
    store.query("CREATE (:Program {id: '班班通', name: '班班通'})", read_only=False)
    typo = graph_name + "x"
    done = edukg("--graph", typo, "query", "run", "entity-search", "-p", "text=班班通")
    assert done.returncode == 0 and done.stdout == ""
    assert done.stderr.splitlines()[-1].startswith(f"graph {typo!r} does not exist in ")
    assert graph_name in done.stderr.splitlines()[-1]  # the graphs there are named
    assert typo not in store.graph_names()
    found = edukg("--graph", graph_name, "cypher", "MATCH (p:Program) WHERE p.name = 'x' RETURN p.name AS name",
                  "--format", "json")
    assert (found.stdout, found.stderr) == ("[]\n", "")  # no rows from a graph with data: nothing to explain


def test_an_empty_graph_says_so_and_points_to_the_demo(tmp_path):
    home = tmp_path / "kg"
    assert edukg("demo", "-o", str(tmp_path / "demo.html"), home=home).returncode == 0
    done = edukg("cypher", "MATCH (d:Document) RETURN d.title AS title", home=home)
    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        "(no rows)", f"graph 'edukg' does not exist in {home}; the demo's data is in --graph edukg-demo"]
    emptied = edukg("--graph", "edukg-demo", "cypher", "MATCH (n) DETACH DELETE n", home=home)
    assert emptied.returncode == 1  # read-only: the demo's graph stays
    created = EmbeddedStore(home, graph="plans")
    try:
        created.query("CREATE (n:Program {id: 'x'}) DELETE n", read_only=False)
    finally:
        created.close()
    done = edukg("--graph", "plans", "query", "run", "entity-search", "-p", "text=x", "--format", "csv", home=home)
    assert done.stderr.splitlines() == [
        "graph 'plans' is empty: `edukg --graph plans load PATH` fills it; the demo's data is in --graph edukg-demo"]


# ---------------------------------------------------------------- 5. a full disk


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 4 MB file system of its own (tmpfs), for data dirs that fill it."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], capture_output=True,
                             text=True, check=False)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small tmpfs (needs root): {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        try:
            for home in disk.iterdir():
                if home.is_dir():
                    stop_server(home)
        finally:
            subprocess.run(["umount", "-l", str(disk)], check=True)


def _running(home: Path) -> bool:
    return edukg("db", "status", home=home).stdout.startswith("running")


def test_a_load_that_fills_the_disk_says_so_stops_the_server_and_keeps_whole_documents(small_disk,
                                                                                        synthetic_corpus,
                                                                                        synthetic_clean):
    """What reached the disk before it filled is kept, each document whole or invisible."""
    home = small_disk / "kg"
    assert edukg("load", *map(str, SAMPLES), home=home).returncode == 0
    with EmbeddedStore(home) as s:
        before = per_document(s)
    done = edukg("load", str(synthetic_corpus), home=home)
    assert done.returncode == 3
    assert [line for line in done.stderr.splitlines() if line != "Loading"] == [  # the progress bar's label
        f"Error: {home}: the disk is full: the embedded store was stopped; what it had written to disk is kept"]
    assert not _running(home)
    after = edukg("cypher", "MATCH (d:Document) RETURN count(d) AS n", "--format", "json", home=home)
    assert (after.returncode, after.stderr) == (0, "")
    with EmbeddedStore(home) as s:
        documents = per_document(s)
    assert {id_: documents.pop(id_) for id_ in before} == before
    assert len(documents) < len(synthetic_clean["documents"])
    assert all(synthetic_clean["documents"][id_] == seen for id_, seen in documents.items())
    assert not _running(home)


def test_a_disk_full_at_first_use_leaves_no_password_behind(small_disk):
    home = small_disk / "kg"
    filler = small_disk / "filler"
    with open(filler, "wb") as f, pytest.raises(OSError):
        while True:
            f.write(b"\0" * 65536)
    done = edukg("stats", home=home)
    assert done.returncode == 3
    assert error_line(done) == f"Error: {home}: the disk is full: cannot write password"
    assert not (home / "password").exists()
    filler.unlink()
    assert edukg("stats", home=home).returncode == 0


@pytest.mark.parametrize("damage", [b"", b"\0\0\0\0", b"not a password\n"], ids=["empty", "zeros", "text"])
def test_an_empty_or_damaged_password_is_replaced(tmp_path, damage):
    home = tmp_path / "kg"
    home.mkdir()
    (home / "password").write_bytes(damage)
    done = edukg("cypher", "RETURN 1 AS one", "--format", "csv", home=home)
    assert (done.returncode, done.stdout) == (0, "one\n1\n"), done.stderr
    assert len((home / "password").read_text().strip()) == 48


# ---------------------------------------------------------------- 11. a server that does not become ready


def test_a_server_that_stops_making_progress_is_reported_with_its_last_log_line(tmp_path, monkeypatch):
    """A stopped process (SIGSTOP) neither answers nor progresses: after START_TIMEOUT without
    progress the error says what it answered and logged last. Waiting counts only such time."""
    import signal

    import edukg.store.embedded as embedded

    home = tmp_path / "kg"
    info = embedded.start_server(home)
    monkeypatch.setattr(embedded, "START_TIMEOUT", 1.0)
    os.kill(info.pid, signal.SIGSTOP)
    try:
        with pytest.raises(embedded.StoreError) as e:
            EmbeddedStore(home)
    finally:
        os.kill(info.pid, signal.SIGCONT)
        stop_server(home)
    assert str(e.value) == (
        f"{home}: the embedded store (pid {info.pid}, port {info.port}) does not answer (busy for 1 s without"
        " using CPU, reading or logging; it last logged: 'Ready to accept connections tcp'); `edukg db stop` stops it")


BUSY_SERVER = """
import socket, sys, time
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.setblocking(False)
print(listener.getsockname()[1], flush=True)
taken, end = [], time.monotonic() + float(sys.argv[1])
while time.monotonic() < end:  # takes connections, answers none, uses CPU: a server decoding a graph
    try:
        taken.append(listener.accept()[0])
    except BlockingIOError:
        pass
"""


def test_a_server_busy_past_the_timeout_is_waited_for_while_it_works(tmp_path, monkeypatch):
    """A process that takes connections and answers none, while it uses CPU, for 4 times
    START_TIMEOUT: the wait goes on until it ends (here it exits; a server would answer)."""
    import time

    import edukg.store.embedded as embedded

    monkeypatch.setattr(embedded, "START_TIMEOUT", 1.0)
    busy = subprocess.Popen([sys.executable, "-c", BUSY_SERVER, "6"], stdout=subprocess.PIPE, text=True)
    try:
        port = int(busy.stdout.readline())
        started = time.monotonic()
        assert embedded._wait_ready(embedded._Dir(tmp_path), busy.pid, port, "secret") == "exited"
        assert time.monotonic() - started > 4
    finally:
        busy.kill()
        busy.wait()
