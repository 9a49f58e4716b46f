"""Wall time of `edukg analyze escalation` for every indicator, in each output format.

    python benchmarks/escalation.py EDUKG [EDUKG ...] [--rounds 2] [--formats csv,json,table] [--server-pid PID]

Runs each EDUKG executable (e.g. the ``edukg`` of two virtualenvs, before and
after a change) on the store and graph its environment names (HOME or
EDUKG_HOME; keep the store up with ``edukg db start``), one after another for
each format and round, so that both see the same load of a shared machine.
Prints one line per run: wall time, the CPU time of the edukg process and of
the store server (--server-pid, as `edukg db status` names it), which a busy
machine stretches less than wall time, the output's size (written to a
temporary file) and the load average read just before the run.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _server_cpu(pid: int | None) -> float:
    """Seconds of CPU the process `pid` has used (user and system), 0 without one."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edukg", nargs="+", help="edukg executables to compare")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--formats", default="csv,json,table")
    parser.add_argument("--server-pid", type=int, help="the store server's pid, to count its CPU time")
    args = parser.parse_args()
    print("round  format  edukg  wall s  edukg CPU s  server CPU s  MB  load average (1, 5, 15 min)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows"
        for round_ in range(1, args.rounds + 1):
            for fmt in args.formats.split(","):
                for n, edukg in enumerate(args.edukg, 1):
                    load, cpu, server = _load(), _children_cpu(), _server_cpu(args.server_pid)
                    start = time.perf_counter()
                    with out.open("wb") as f:
                        subprocess.run([edukg, "analyze", "escalation", "--format", fmt], stdout=f, check=True)
                    seconds = time.perf_counter() - start
                    cpu, server = _children_cpu() - cpu, _server_cpu(args.server_pid) - server
                    print(f"{round_}  {fmt}  {n}  {seconds:.2f}  {cpu:.2f}  {server:.2f}  "
                          f"{out.stat().st_size / 1e6:.0f}  {load}", flush=True)


if __name__ == "__main__":
    main()
