"""The embedded FalkorDB store: queries, writes, schema, read-only refusal, server lifetime."""

from __future__ import annotations

import gc
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from edukg.errors import InputError, ReadOnlyError, StoreError
from edukg.store import open_store
from edukg.config import settings_from_env
from edukg.store.base import LABELS_KEY, TYPE_KEY
from edukg.store.embedded import (
    _Dir,
    _pid_alive,
    EmbeddedStore,
    server_status,
    start_server,
    stop_server,
)

NODE = "UNWIND $rows AS row MERGE (n:Agency {id: row.id}) SET n += row"


def alive(pid: int) -> bool:
    """The process runs: not gone, not exited and waiting to be reaped (a zombie)."""
    return _pid_alive(pid)


def count(store, label: str = "Agency") -> int:
    return store.query(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]


def all_nodes(store) -> int:
    return store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]


# ------------------------------------------------------------------ queries and writes


def test_values_come_back_as_plain_python(store):
    with store.unit() as w:
        w.run(
            "CREATE (a:Agency {id: $a, name: $a, tags: ['编制', '人社']})-[:HELD_BY {since: 2021}]->"
            "(b:Program {id: $b, share: 0.85})",
            {"a": "机构编制部门", "b": "县管校聘"},
        )
    rows = store.query(
        "MATCH p = (a:Agency)-[r]->(b) RETURN a, r, b.share AS share, {n: 1, l: [null, true]} AS m, p"
    )
    assert rows == [
        {
            "a": {"id": "机构编制部门", "name": "机构编制部门", "tags": ["编制", "人社"], LABELS_KEY: ["Agency"]},
            "r": {"since": 2021, TYPE_KEY: "HELD_BY"},
            "share": 0.85,
            "m": {"n": 1, "l": [None, True]},
            "p": {
                "nodes": [
                    {"id": "机构编制部门", "name": "机构编制部门", "tags": ["编制", "人社"], LABELS_KEY: ["Agency"]},
                    {"id": "县管校聘", "share": 0.85, LABELS_KEY: ["Program"]},
                ],
                "relationships": [{"since": 2021, TYPE_KEY: "HELD_BY"}],
            },
        }
    ]


@pytest.mark.parametrize("statement", [
    "UNWIND range(1, 20000) AS i RETURN i, [i, toString(i)] AS l, {n: i} AS m",  # decoded by the store
    "UNWIND range(1, 2000) AS i CREATE (n:Probe {i: i}) RETURN n",  # nodes: decoded by the client
])
def test_the_cycle_collector_rests_while_an_answer_is_read(store, statement):
    # (an answer's rows hold no cycle; collecting as they pile up made one query in ten 10-15 ms slower)
    collected = []
    threshold = gc.get_threshold()
    gc.collect()  # nothing pending from before
    gc.set_threshold(100, 1, 1)  # a collection at every hundred objects made
    gc.callbacks.append(on_collect := lambda phase, info: collected.append(info["generation"]) if phase == "start" else None)
    try:
        rows = store.query(statement, read_only=False)
    finally:
        gc.callbacks.remove(on_collect)
        gc.set_threshold(*threshold)
    # (at most the one collection the objects made meanwhile call for once it runs again)
    assert len(rows) in (20000, 2000) and len(collected) <= 1
    assert gc.isenabled()


def test_the_server_keeps_no_query_log(store):
    # the query-log task is what can leave a starting server waiting forever (store.embedded._write_conf)
    with store.unit() as w:
        w.run("CREATE (:Agency {id: 'a'})")
    store.query("MATCH (n) RETURN count(n) AS n")
    client = store._db.connection
    assert not client.execute_command("GRAPH.CONFIG", "GET", "CMD_INFO")[1]
    time.sleep(0.3)  # the task, when on, streams finished queries every 10-250 ms
    assert not client.keys("telemetry*")


def test_parameters_keep_text_exactly(store):
    text = '第一行\n"引号" \\ 反斜杠\t表格　全角空格'
    with store.unit() as w:
        w.run("CREATE (:Evidence {id: '1', text: $text})", {"text": text})
    assert store.query("MATCH (e:Evidence) RETURN e.text AS t") == [{"t": text}]


def test_write_rows_runs_in_batches_and_merge_is_idempotent(store):
    store.batch_size = 7
    rows = [{"id": f"a{i}", "name": f"机构{i}", "rank": i} for i in range(20)]
    for _ in range(2):
        with store.unit() as w:
            w.write_rows(NODE, rows)
    assert count(store) == 20
    assert store.query("MATCH (n:Agency {id: 'a19'}) RETURN n.name AS name, n.rank AS rank") == [
        {"name": "机构19", "rank": 19}
    ]


def test_reading_a_graph_never_written_sees_no_data(store):
    assert count(store) == 0
    assert store.query("RETURN 1 AS one") == [{"one": 1}]


def test_create_schema_is_idempotent_and_enforces_unique_ids(store):
    keys = [("Agency", "id"), ("Program", "id")]
    store.create_schema(keys)
    store.create_schema(keys)
    constraints = store.query("CALL db.constraints() YIELD label, properties, type RETURN label, properties, type")
    assert sorted((c["label"], c["properties"], c["type"]) for c in constraints) == [
        ("Agency", ["id"], "UNIQUE"),
        ("Program", ["id"], "UNIQUE"),
    ]
    with store.unit() as w:
        w.run("CREATE (:Agency {id: 'x'})")
    with pytest.raises(StoreError, match="unique constraint"):
        with store.unit() as w:
            w.run("CREATE (:Agency {id: 'x'})")
    assert count(store) == 1


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE (:Agency {id: 'new'})",
        "MATCH (n:Agency) SET n.name = 'changed'",
        "MATCH (n) DETACH DELETE n",
        "MERGE (:Agency {id: 'a0'})",
    ],
)
def test_read_only_query_refuses_writes_and_changes_nothing(store, statement):
    with store.unit() as w:
        w.write_rows(NODE, [{"id": "a0", "name": "原名"}])
    with pytest.raises(ReadOnlyError, match="read-only"):
        store.query(statement)
    assert store.query("MATCH (n) RETURN n.id AS id, n.name AS name") == [{"id": "a0", "name": "原名"}]


def test_query_may_write_when_asked(store):
    store.query("CREATE (:Agency {id: 'w'})", read_only=False)
    assert count(store) == 1


def test_bad_cypher_is_one_line_input_error(store):
    with pytest.raises(InputError) as e:
        store.query("MATCH (n RETURN n")
    assert "\n" not in str(e.value) and str(e.value).startswith("cypher: ")


def test_clear_deletes_the_graph_and_tolerates_a_missing_one(store):
    with store.unit() as w:
        w.write_rows(NODE, [{"id": "a"}, {"id": "b"}])
    store.clear()
    store.clear()
    assert count(store) == 0


def test_graphs_are_separate(embedded_server, embedded_home, store):
    with store.unit() as w:
        w.write_rows(NODE, [{"id": "only-here"}])
    with EmbeddedStore(embedded_home, graph=store.graph_name + "-other") as other:
        assert count(other) == 0
        other.clear()


def test_open_store_uses_settings(embedded_server, embedded_home, graph_name):
    settings = settings_from_env({"EDUKG_HOME": str(embedded_home), "EDUKG_BATCH_SIZE": "3"}, graph=graph_name)
    s = open_store(settings)
    try:
        assert (s.name, s.graph_name, s.batch_size, s.info.pid) == ("embedded", graph_name, 3, embedded_server.pid)
    finally:
        s.clear()
        s.close()


# ------------------------------------------------------------------ server lifetime


def test_first_user_starts_and_last_user_stops_the_server(tmp_path):
    home = tmp_path / "home"
    a = EmbeddedStore(home, graph="g")
    info = a.info
    assert alive(info.pid)
    assert json.loads((home / "server.json").read_text()) == {
        "pid": info.pid, "port": info.port, "bolt_port": None, "managed": False
    }
    assert (home / "password").stat().st_mode & 0o777 == 0o600
    assert (home / "redis.conf").stat().st_mode & 0o777 == 0o600
    assert a.password not in " ".join(Path(f"/proc/{info.pid}/cmdline").read_text().split("\0"))
    assert os.getsid(info.pid) != os.getsid(0)  # its own session: not tied to this process
    b = EmbeddedStore(home, graph="g")
    assert b.info.pid == info.pid
    a.close()
    assert alive(info.pid), "b is still attached"
    b.close()
    assert not alive(info.pid)
    assert not (home / "server.json").exists()
    assert server_status(home)["status"] == "stopped"


def test_data_survives_a_restart(tmp_path):
    home = tmp_path / "home"
    with EmbeddedStore(home, graph="g") as s:
        first = s.info.pid
        with s.unit() as w:
            w.write_rows(NODE, [{"id": f"a{i}", "name": "学前教育"} for i in range(50)])
    assert not alive(first)
    with EmbeddedStore(home, graph="g") as s:
        assert s.info.pid != first
        assert count(s) == 50
        assert s.query("MATCH (n:Agency {id: 'a7'}) RETURN n.name AS name") == [{"name": "学前教育"}]


def _base(home: Path) -> Path:
    """The append-only log's base snapshot (there is one at a time)."""
    [base] = (home / "appendonlydir").glob("*.base.rdb")
    return base


def test_stopping_folds_the_log_into_a_snapshot_only_when_something_changed(tmp_path):
    home = tmp_path / "home"
    with EmbeddedStore(home, graph="g") as s:
        with s.unit() as w:
            w.write_rows(NODE, [{"id": "a"}])
        s.persist()
    base = _base(home)
    folded = base.stat().st_mtime_ns
    assert all(p.stat().st_size == 0 for p in (home / "appendonlydir").glob("*.incr.aof"))  # all in the base
    with EmbeddedStore(home, graph="g") as s:
        assert count(s) == 1
    assert _base(home) == base and base.stat().st_mtime_ns == folded  # the last one out did not fold again
    assert not (home / "edukg.rdb").exists()


def test_persisted_data_survives_the_server_being_killed(tmp_path):
    """What persist() returned for is on disk: a crash of the server afterwards loses none of it."""
    home = tmp_path / "home"
    with EmbeddedStore(home, graph="g") as s:
        with s.unit() as w:
            w.write_rows(NODE, [{"id": "a"}, {"id": "b"}])
        s.persist()
        os.kill(s.info.pid, signal.SIGKILL)
        assert _exited(s.info.pid)
    with EmbeddedStore(home, graph="g") as s:  # from the log's statements, replayed
        assert count(s) == 2


def test_closing_a_store_that_wrote_persists_it(tmp_path):
    """A managed server stays up after the command: close() must have saved what it wrote."""
    home = tmp_path / "home"
    info = start_server(home)
    try:
        with EmbeddedStore(home, graph="g") as s, s.unit() as w:
            w.write_rows(NODE, [{"id": "a"}])
        os.kill(info.pid, signal.SIGKILL)
        assert _exited(info.pid)
        with EmbeddedStore(home, graph="g") as s:
            assert count(s) == 1
    finally:
        stop_server(home)


def _save_schedule(store: EmbeddedStore) -> str:
    """How much the log grows, in percent of its base, before it is folded into a new base (0: never)."""
    return store._db.connection.config_get("auto-aof-rewrite-percentage")["auto-aof-rewrite-percentage"]


def test_a_load_postpones_folding_the_log_until_it_persists(tmp_path, sample_path):
    """No fold of the log forks the server while a load writes; the load's persist() ends that,
    and a store closed part-way through a load (the load failed) turns it back on too."""
    from edukg.loaders.load import StoreWriter
    from edukg.loaders.pipeline import run

    home = tmp_path / "home"
    start_server(home)  # stays up between the stores, as after `edukg db start`
    try:
        with EmbeddedStore(home, graph="g") as s:
            assert _save_schedule(s) == "10"
            seen: list[str] = []
            run([sample_path("003_ac8d64c3291d58aa")], StoreWriter(_Watching(s, lambda: seen.append(_save_schedule(s)))))
            assert seen and set(seen) == {"0"}
            assert _save_schedule(s) == "10"
            s.postpone_snapshots()
        with EmbeddedStore(home, graph="g") as s:
            assert _save_schedule(s) == "10"
    finally:
        stop_server(home)


class _Watching:
    """A store that calls `watch` before each unit of work."""

    def __init__(self, store: EmbeddedStore, watch) -> None:
        self._store, self._watch = store, watch

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    def unit(self):
        self._watch()
        return self._store.unit()


class _StopsBeforeDocument:
    """A store whose loads stop just before the Document statement (a crash we cannot time for real)."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store

    def __getattr__(self, name: str):
        return getattr(self._store, name)

    @contextmanager
    def unit(self):
        from edukg.loaders.load import loader_statements

        with self._store.unit() as w:
            run = w.run

            def stop_before_document(cypher, params=None):
                if cypher == loader_statements()["write-document"]:
                    raise RuntimeError("stopped")
                return run(cypher, params)

            w.run = stop_before_document
            yield w


def test_load_killed_part_way_is_completed_by_the_next_load(tmp_path, sample_path):
    """After a crash, documents loaded before the last snapshot are whole; the one caught
    half-way is invisible, and the next load of it completes it."""
    from edukg.loaders.load import load_document, loader_statements
    from edukg.loaders.pipeline import process_file

    home = tmp_path / "home"
    first, second = (process_file(p) for p in sorted(sample_path("*").parent.glob("*.txt"))[:2])
    documents = [{"ids": [f.document.id]} for f in (first, second)]
    find = loader_statements()["find-documents"]
    info = start_server(home)
    try:
        with EmbeddedStore(home, graph="g") as s:
            load_document(s, first)
            with pytest.raises(RuntimeError, match="stopped"):
                load_document(_StopsBeforeDocument(s), second)
            s.persist()  # as the minutely background snapshot would, with the half-loaded document in it
            half = all_nodes(s)
            os.kill(info.pid, signal.SIGKILL)
            assert _exited(info.pid)
        with EmbeddedStore(home, graph="g") as s:
            assert all_nodes(s) == half
            assert [bool(s.query(find, d)) for d in documents] == [True, False]
            assert [load_document(s, f).status for f in (first, second)] == ["unchanged", "loaded"]
            assert [bool(s.query(find, d)) for d in documents] == [True, True]
    finally:
        stop_server(home)


def test_snapshot_of_an_earlier_version_is_converted_once(tmp_path):
    """A data dir of an earlier version (a snapshot, no log) keeps its data, in the log's base."""
    home = tmp_path / "home"
    with EmbeddedStore(home, graph="g") as s, s.unit() as w:
        w.write_rows(NODE, [{"id": "a"}, {"id": "b"}])
    _base(home).rename(home / "edukg.rdb")  # as earlier versions left it
    shutil.rmtree(home / "appendonlydir")
    with EmbeddedStore(home, graph="g") as s:
        assert count(s) == 2
        assert not (home / "edukg.rdb").exists()
        with s.unit() as w:
            w.write_rows(NODE, [{"id": "c"}])
        s.persist()
        os.kill(s.info.pid, signal.SIGKILL)
        assert _exited(s.info.pid)
    with EmbeddedStore(home, graph="g") as s:
        assert count(s) == 3


def _schema(store) -> set[tuple[str, str, str]]:
    """("index" | "unique", label, property) of every index and constraint of the store's graph."""
    indexes = store.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
    constraints = store.query("CALL db.constraints() YIELD type, label, properties RETURN type, label, properties")
    return ({("index", r["label"], p) for r in indexes for p in r["properties"]}
            | {(r["type"].lower(), r["label"], p) for r in constraints for p in r["properties"]})


def test_the_sentence_indexes_of_an_earlier_version_are_dropped_when_the_server_starts(tmp_path):
    """Stores loaded before kept an index of their sentences' id and doc_id, which the server built
    again at every start: the next start drops it in every graph, once, and keeps the data."""
    home = tmp_path / "home"
    for graph in ("a", "b"):
        with EmbeddedStore(home, graph=graph) as s:
            s.query("CREATE (:Evidence {id: 'e', doc_id: 'd', text: '句'})-[:IN_DOCUMENT]->(:Document {id: 'd'})",
                    read_only=False)
            s.create_schema([("Evidence", "id"), ("Document", "id")])
            s.create_indexes([("Evidence", "doc_id")])
            assert {("unique", "Evidence", "id"), ("index", "Evidence", "doc_id")} <= _schema(s)
    with EmbeddedStore(home, graph="a") as a, EmbeddedStore(home, graph="b") as b:
        for s in (a, b):
            assert not [key for key in _schema(s) if key[1] == "Evidence"], s.graph_name
            assert {("unique", "Document", "id"), ("index", "Document", "id")} <= _schema(s)
            assert s.query("MATCH (e:Evidence)-[:IN_DOCUMENT]->(d) RETURN e.text AS text") == [{"text": "句"}]


def _exited(pid: int) -> bool:
    for _ in range(100):
        if not alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_managed_server_stays_until_stopped(tmp_path):
    home = tmp_path / "home"
    info = start_server(home)
    try:
        assert info.managed
        with EmbeddedStore(home, graph="g") as s:
            assert s.info.pid == info.pid
            with s.unit() as w:
                w.write_rows(NODE, [{"id": "a"}, {"id": "b"}])
                w.run("MATCH (a:Agency {id: 'a'}), (b:Agency {id: 'b'}) CREATE (a)-[:PART_OF]->(b)")
            assert s.status() == server_status(home)
        assert alive(info.pid)
        status = server_status(home)
        assert status == {
            "status": "running", "data_dir": str(home), "pid": info.pid, "port": info.port, "managed": True,
            "graphs": {"g": {"nodes": 2, "relationships": 1}},
        }
        assert start_server(home).pid == info.pid
    finally:
        assert stop_server(home).pid == info.pid
    assert not alive(info.pid)
    assert stop_server(home) is None
    info = start_server(home)  # and the data is still there
    try:
        assert server_status(home)["graphs"] == {"g": {"nodes": 2, "relationships": 1}}
    finally:
        stop_server(home)


def test_clearing_a_graph_deletes_only_that_graph(tmp_path):
    home = tmp_path / "home"
    start_server(home)
    try:
        for name in ("keep", "drop"):
            with EmbeddedStore(home, graph=name) as s, s.unit() as w:
                w.write_rows(NODE, [{"id": "a"}])
        with EmbeddedStore(home, graph="drop") as s:
            s.clear()
        assert server_status(home)["graphs"] == {"keep": {"nodes": 1, "relationships": 0}}
    finally:
        stop_server(home)


ATTACH_AND_WRITE = """
import sys, time
from edukg.store.embedded import EmbeddedStore
with EmbeddedStore(sys.argv[1], graph="g") as s:
    with s.unit() as w:
        w.write_rows("UNWIND $rows AS row MERGE (n:Agency {id: row.id})", [{"id": sys.argv[2]}])
    print(s.info.pid, flush=True)
    time.sleep(float(sys.argv[3]))
"""


def python(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


def test_processes_attaching_at_once_share_one_server(tmp_path):
    home = tmp_path / "home"
    procs = [python(ATTACH_AND_WRITE, str(home), f"p{i}", "1.5") for i in range(4)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, outputs
    pids = {out.strip() for out, _ in outputs}
    assert len(pids) == 1, "every process used the same server"
    assert not alive(int(pids.pop())), "the last one to leave stopped it"
    assert not (home / "server.json").exists()
    with EmbeddedStore(home, graph="g") as s:
        assert sorted(r["id"] for r in s.query("MATCH (n:Agency) RETURN n.id AS id")) == ["p0", "p1", "p2", "p3"]


def test_server_left_by_a_killed_process_is_reused_then_stopped(tmp_path):
    home = tmp_path / "home"
    proc = python(ATTACH_AND_WRITE, str(home), "killed", "600")
    pid = int(proc.stdout.readline())
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert alive(pid), "the server outlives a process killed with -9"
    with EmbeddedStore(home, graph="g") as s:
        assert s.info.pid == pid
        assert count(s) == 1
    assert not alive(pid)
    with EmbeddedStore(home, graph="g") as s:  # stopping saved what the killed process never persisted
        assert count(s) == 1


# ------------------------------------------------------------------ failures to start


def one_line_store_error(home: Path, **kwargs) -> str:
    with pytest.raises(StoreError) as e:
        EmbeddedStore(home, **kwargs)
    message = str(e.value)
    assert "\n" not in message and message.startswith(str(home))
    return message


def test_taken_port_is_a_clear_error(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        message = one_line_store_error(tmp_path / "home", port=s.getsockname()[1])
    assert "Address already in use" in message
    assert not (tmp_path / "home" / "server.json").exists()


def test_unusable_data_dir_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("")
    assert "not writable" in one_line_store_error(tmp_path / "file" / "home")


def test_corrupt_data_file_is_a_clear_error(tmp_path):
    home = tmp_path / "home"
    with EmbeddedStore(home) as s, s.unit() as w:
        w.write_rows(NODE, [{"id": "a"}])
    _base(home).write_bytes(b"REDIS0011 not a snapshot")
    assert "failed to start: " in one_line_store_error(home)
    assert server_status(home)["status"] == "stopped"
