"""The store's start from its snapshot, taken apart with the server's own log.

    python benchmarks/store_start.py STORE [STORE ...] [--reps 2]

Each STORE is a data dir (a copy: the first start of a store of an earlier
version converts it, and drops what this version no longer indexes). The stores
are started in turn, `reps` rounds, each stopped again before the next starts,
so that alternated versions see the same load of a shared machine. One line
per start: wall seconds of ``edukg db start``, the server's CPU seconds when it
answers, and, from its log, the seconds spent decoding the graph and building
its indexes (FalkorDB keeps none in its files), with the load average.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from pathlib import Path

from edukg.store.embedded import start_server, stop_server

_STAMP = re.compile(r"(\d\d):(\d\d):(\d\d\.\d+)")
_PHASES = ("Loading RDB", "Constructing indexes", "Done decoding")  # lines of the server log, in order


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _phases(log: str) -> dict[str, float]:
    """Seconds from one phase line to the next in the log of one start ({} if the log lacks one)."""
    seconds = []
    for phase in _PHASES:
        lines = [line for line in log.splitlines() if phase in line]
        if not lines:
            return {}
        h, m, s = _STAMP.search(lines[-1]).groups()  # type: ignore[union-attr]
        seconds.append(int(h) * 3600 + int(m) * 60 + float(s))
    return {"decode": round(seconds[1] - seconds[0], 2), "indexes": round(seconds[2] - seconds[1], 2)}


def start_once(store: Path) -> dict[str, object]:
    """Start the server of `store`, measure, stop it."""
    log = store / "server.log"
    offset = log.stat().st_size if log.exists() else 0
    load = Path("/proc/loadavg").read_text().split()[0]
    began = time.monotonic()
    info = start_server(store)
    wall = time.monotonic() - began
    cpu = _cpu_seconds(info.pid)
    with open(log, "rb") as f:
        f.seek(offset)
        phases = _phases(f.read().decode("utf-8", "replace"))
    stop_server(store)
    return {"store": str(store), "start_s": round(wall, 2), "server_cpu_s": round(cpu, 2), **phases, "load": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+", type=Path)
    parser.add_argument("--reps", type=int, default=2)
    args = parser.parse_args()
    for _ in range(args.reps):
        for store in args.stores:
            print(start_once(store), flush=True)


if __name__ == "__main__":
    main()
