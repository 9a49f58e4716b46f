"""New documents into a loaded store, and the store's start: the two numbers users wait for daily.

    python benchmarks/add_documents.py STORE [--graph edukg-bench] [--first 100200] [--docs 100]
        [--seed 0] [--jobs 2] [--reps 1] [--work DIR] [--json FILE]

STORE is the data dir of a store ``run.py --work`` loaded; it is only read. Each
repetition copies it to --work, then, as run.py measures at each size:

1. starts its server (``open``: the first start of this copy, which converts a
   data dir of an earlier version if the code asks for it);
2. loads --docs new documents of the benchmark corpus (documents --first… of
   ``make_corpus.py --seed``, written once to --work) as ``edukg load`` does
   with the server up: ``pipeline.run`` into a ``StoreWriter``, --jobs workers
   (``add``; ``add_store`` of it waited on the store, server CPU beside);
3. stops the server (``stop``, what the store does to make its next start fast)
   and starts it again (``start``: what run.py reports as start from the snapshot).

Every step's wall and CPU seconds (this process and its workers; the server) and
the load average are printed and written as JSON. Run it with the code to compare
(another checkout's Python) on the same copy, alternating, under the same conditions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import make_document  # noqa: E402
from run import GRAPH, NEW_DOCUMENTS, proc_cpu_seconds  # noqa: E402

from edukg.config import Settings  # noqa: E402
from edukg.loaders import pipeline  # noqa: E402
from edukg.loaders.load import StoreWriter  # noqa: E402
from edukg.store import open_store  # noqa: E402
from edukg.store.embedded import stop_server  # noqa: E402

__all__ = ["new_documents", "measure"]


def new_documents(out: Path, first: int, count: int, seed: int) -> list[Path]:
    """Documents first … first+count-1 of the benchmark corpus, written to `out` once."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(first, first + count):
        name, data = make_document(seed, i)
        path = out / name
        if not path.exists():
            path.write_bytes(data)
        paths.append(path)
    return paths


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _server_cpu(pid: int) -> float:
    """CPU seconds of the server and the children it forked and waited for (its folds of the log, its saves)."""
    return sum(proc_cpu_seconds(pid))


class _Step:
    """Wall and CPU seconds of one step: this process, its reaped children, and the server."""

    def __init__(self, server_pid: int | None = None) -> None:
        self.server_pid = server_pid
        self.wall, self.own, self.children = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        self.server = _server_cpu(server_pid) if server_pid else 0.0

    def done(self, server_pid: int | None = None, **extra: Any) -> dict[str, Any]:
        """`server_pid`: the server that runs now (a new one, or the one the step began with);
        None: the step stopped it, and its CPU is in this process's reaped children."""
        children = _cpu(resource.RUSAGE_CHILDREN) - self.children
        if server_pid is None:
            server, own = children - self.server, _cpu(resource.RUSAGE_SELF) - self.own
        else:
            server = _server_cpu(server_pid) - (self.server if server_pid == self.server_pid else 0.0)
            own = _cpu(resource.RUSAGE_SELF) - self.own + children  # the extraction workers
        return {"seconds": round(time.perf_counter() - self.wall, 2), "cpu_seconds": round(own, 2),
                "server_cpu_seconds": round(server, 2), "load_average": os.getloadavg()[0], **extra}


def _reap(pid: int) -> None:
    """Wait for the stopped server, this process's child, so that its CPU time is counted."""
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:  # reaped already
        pass


def measure(source: Path, work: Path, paths: list[Path], graph: str, jobs: int) -> dict[str, Any]:
    """One repetition on a fresh copy of `source` (see the module docstring)."""
    data_dir = work / "store"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    shutil.copytree(source, data_dir)
    (data_dir / "server.json").unlink(missing_ok=True)  # the copy's server never runs
    settings = Settings(data_dir=data_dir, graph=graph)
    steps: dict[str, Any] = {}
    step = _Step()
    store = open_store(settings)
    pid = store.info.pid
    steps["open"] = step.done(pid)
    try:
        step = _Step(pid)
        summary = pipeline.run(paths, StoreWriter(store), workers=jobs)
        steps["add"] = step.done(pid, documents=summary.count("loaded"), store_seconds=round(summary.store_seconds, 2))
        step = _Step(pid)
        store.close()
        stop_server(data_dir)
        _reap(pid)
        steps["stop"] = step.done()
        step = _Step()
        store = open_store(settings)
        steps["start"] = step.done(store.info.pid)
    finally:
        store.close()
        stop_server(data_dir)
    # the server's log tells where a start went (reading, matrices, indexes): kept beside the copy
    shutil.move(data_dir / "server.log", work / f"server-{time.strftime('%H%M%S')}.log")
    shutil.rmtree(data_dir)
    return steps


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="data dir of a loaded store (only read)")
    parser.add_argument("--graph", default=GRAPH)
    parser.add_argument("--first", type=int, default=100_200, help="index of the first new document")
    parser.add_argument("--docs", type=int, default=NEW_DOCUMENTS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("add-documents"))
    parser.add_argument("--json", type=Path, help="append each repetition's numbers here, one JSON line")
    args = parser.parse_args(argv)
    paths = new_documents(args.work / "new", args.first, args.docs, args.seed)
    for rep in range(args.reps):
        steps = measure(args.store, args.work, paths, args.graph, args.jobs)
        line = {"store": str(args.store), "code": str(Path(pipeline.__file__).resolve().parents[1]), "rep": rep,
                "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **steps}
        print(json.dumps(line, ensure_ascii=False), flush=True)
        if args.json:
            with args.json.open("a", encoding="utf-8") as f:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
