"""p50/p95 of the stored queries of several folders of .cypher files, alternated on one store.

    python benchmarks/query_latency.py BEFORE/ AFTER/ [--rounds 2] [--reps 20] [--only NAME ...]

Compares versions of the stored queries (e.g. ``git show main:queries/x.cypher``
saved to BEFORE/ against the working tree's queries/) on the store and graph the
environment names (EDUKG_HOME, EDUKG_GRAPH; keep the store up with ``edukg db
start``), with the parameters benchmarks/run.py gives each query. In each round
every query is run `reps` times (after one warm-up) from each folder in turn, so
that all versions see the same load of a shared machine. Prints one line per
round, query and folder: p50 and p95 wall milliseconds, the store server's CPU
milliseconds per run (which a busy machine stretches less than wall time), the
rows, whether they equal the first folder's, and the load average before the run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import _percentile, query_params, server_cpu_seconds  # noqa: E402

from edukg.config import settings_from_env  # noqa: E402
from edukg.queries import StoredQuery, bind, parse_query  # noqa: E402
from edukg.store import open_store  # noqa: E402


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _folder(path: Path, names: list[str]) -> dict[str, StoredQuery]:
    queries = {p.stem: parse_query(p.read_text("utf-8"), str(p)) for p in sorted(path.glob("*.cypher"))}
    return {name: q for name, q in queries.items() if not names or name in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .cypher files, the first the reference")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only these queries")
    args = parser.parse_args()
    folders = {str(path): _folder(path, args.only) for path in args.folders}
    store = open_store(settings_from_env())
    try:
        params = query_params(store)
        pid = store.info.pid
        print("round  query  folder  p50 ms  p95 ms  server CPU ms/run  rows  same rows  load average (1, 5, 15 min)")
        for round_ in range(1, args.rounds + 1):
            for name in sorted(set().union(*folders.values())):
                reference = None
                for folder, queries in folders.items():
                    if name not in queries:
                        continue
                    body, values = queries[name].body, bind(queries[name], params.get(name, {}))
                    load = _load()
                    rows = store.query(body, values, read_only=True)  # warm-up
                    reference = rows if reference is None else reference
                    cpu = server_cpu_seconds(pid)
                    times = []
                    for _ in range(args.reps):
                        start = time.perf_counter()
                        store.query(body, values, read_only=True)
                        times.append(time.perf_counter() - start)
                    cpu_ms = (server_cpu_seconds(pid) - cpu) * 1000 / args.reps
                    print(f"{round_}  {name}  {folder}  {_percentile(times, 0.5) * 1000:.1f}  "
                          f"{_percentile(times, 0.95) * 1000:.1f}  {cpu_ms:.1f}  {len(rows)}  "
                          f"{rows == reference}  {load}", flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main()
