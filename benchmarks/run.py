"""edukg at realistic scale: extraction, loading, stored queries, picture, memory.

    python benchmarks/run.py [--docs 1000,10000] [--seed 0] [--work DIR] [--json FILE]

Generates the synthetic corpus (benchmarks/make_corpus.py), then:

1. in this one process, over every document: the floor (read and normalize
   every file, the least any extraction must do), then extraction
   (read → resolve), so their ratio compares like with like;
2. loads the documents into a fresh embedded store as ``edukg load`` does:
   --jobs worker processes extract while this process writes batches of
   documents, timing the whole load and the store writes within it; at each
   size in --docs it stops and times every stored query;
   and times loading the next 100 documents into that store (the server
   running, as after ``edukg db start``), then stops the server, times its
   start from the snapshot and times every stored query again (the queries'
   goals are judged there: right after a load the server cleans its indexes
   and folds its log, forking itself, for about a minute);
3. at one size (--viz-at), collects a --viz-nodes view of the whole graph and
   draws it as HTML;
4. times ``edukg load`` itself (a fresh data dir, as a user runs it) on the
   first 1,000 documents against a bare read + Traditional→Simplified + one
   regex pass over the same files, both three times in turn, by their medians;
5. reports peak resident memory of this process, the extraction workers and
   the store server.

Prints a table and writes the numbers as JSON. Goals (on a 2-core machine,
each at the corpus size it names) are listed in GOALS and checked in the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import opencc
from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import write_corpus  # noqa: E402

from edukg.config import Settings  # noqa: E402
from edukg.loaders.load import BATCH_RANGE, StoreWriter  # noqa: E402
from edukg.loaders.normalize import normalize  # noqa: E402
from edukg.loaders import pipeline  # noqa: E402
from edukg.loaders.pipeline import process_file  # noqa: E402
from edukg.loaders.read import read_document  # noqa: E402
from edukg.queries import bind, load_queries  # noqa: E402
from edukg.store import open_store  # noqa: E402
from edukg.store.embedded import stop_server  # noqa: E402

__all__ = ["GOALS", "run", "main"]

# name: (limit, the corpus size it is judged at); a goal whose size was not run is not judged
GOALS = {
    "load_seconds": (60.0, 10000),  # full load
    "load_seconds_100k": (720.0, 100000),
    # every stored query, on the store started from its snapshot (right after a load the server cleans
    # its indexes by forking itself, and folds its log: those minutes are reported beside, not judged)
    "query_p95_ms": (50.0, 10000),
    "query_p95_ms_100k": (100.0, 100000),
    "peak_rss_mb": (1536.0, 10000),  # this process, the extraction workers and the store server
    "peak_rss_mb_100k": (6144.0, 100000),
    "snapshot_start_seconds_100k": (30.0, 100000),
    "new_documents_seconds_100k": (10.0, 100000),  # 100 more documents into the loaded store
    "extract_vs_floor": (10.0, 10000),  # extraction time / read+normalize time
    "edukg_load_vs_bare_read": (25.0, 1000),  # `edukg load` / (read + t2s + one regex)
}
GRAPH = "edukg-bench"
NEW_DOCUMENTS = 100  # loaded into the store at each size, as a user adds a month's plans
BARE_READ_DOCUMENTS = 1000  # `edukg load` against the bare read, on this many documents
# each timed this many times, alternately, and judged by the medians: one bare read lasts a quarter of
# a second, where a stray process moves the ratio by a whole unit
LOAD_ROUNDS = 3
_T2S = opencc.OpenCC("t2s")
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return {
        "nproc": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        # other work on the machine slows every number down; compare runs with similar load
        "load_average_1m": round(os.getloadavg()[0], 2),
    }


def peak_rss_mb(pid: int) -> float:
    """Peak resident set size (VmHWM) of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class _WorkerMemory:
    """Peak RSS of this process's children other than the store server (the extraction workers),
    sampled while they run: each one's VmHWM when last seen, summed (an upper bound)."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid
        self.peaks: dict[int, float] = {}

    def sample(self) -> None:
        for task in Path(f"/proc/{os.getpid()}/task").iterdir():
            for pid in map(int, (task / "children").read_text().split()):
                if pid != self.server_pid:
                    try:
                        self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak_rss_mb(pid))
                    except OSError:  # it has just exited
                        pass

    @property
    def top_mb(self) -> float:
        """The largest sum of peaks of workers alive together (one pool's worth)."""
        return sum(sorted(self.peaks.values(), reverse=True)[: os.cpu_count() or 1])


def proc_cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system, all threads) of a live process and of its children it waited for."""
    stat = [int(v) for v in Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:15]]
    ticks = os.sysconf("SC_CLK_TCK")
    return (stat[0] + stat[1]) / ticks, (stat[2] + stat[3]) / ticks  # utime stime, cutime cstime


def server_cpu_seconds(pid: int) -> float:
    """CPU seconds the store server of that pid has used so far."""
    return proc_cpu_seconds(pid)[0]


def _cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU time used so far by this process (the writer), the store server, the background
    saves it forked, and this process's finished children (the extraction workers)."""
    server, snapshots = proc_cpu_seconds(server_pid)
    children = os.times()
    return {
        "writer": time.process_time(),
        "store_server": server,
        "snapshots": snapshots,  # its background saves
        "workers": children.children_user + children.children_system,
    }


def _corpus_files(n: int, out: Path, seed: int) -> list[str]:
    """The files of the corpus written, as strings: 16 MB at 100,000 files, where paths take 38."""
    return [str(p) for p in write_corpus(n, out, seed)]


def _floor(paths: Sequence[str]) -> float:
    start = time.perf_counter()
    for path in paths:
        normalize(read_document(path))
    return time.perf_counter() - start


def _bare_read(paths: Sequence[str]) -> float:
    """Read and decode every file, convert it to Simplified and find its percentages: the least
    any reading of the documents does."""
    start = time.perf_counter()
    for path in paths:
        _PERCENT.findall(_T2S.convert(read_document(path).text))
    return time.perf_counter() - start


def _edukg_load(paths: Sequence[str], data_dir: Path, jobs: int) -> float:
    """Wall time of ``edukg load`` of `paths` into a fresh data dir (the server started and
    stopped by the command, as a user runs it)."""
    if data_dir.exists():  # (a --work folder used before holds the last run's)
        shutil.rmtree(data_dir)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "edukg", "--data-dir", str(data_dir), "--graph", GRAPH, "load",
                    "--jobs", str(jobs), *paths], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    stop_server(data_dir)
    return seconds


def _extract(paths: Sequence[str]) -> float:
    start = time.perf_counter()
    for path in paths:
        process_file(path)
    return time.perf_counter() - start


def _query_latencies(store: Any, params: dict[str, dict[str, Any]], reps: int, budget_s: float) -> dict[str, dict]:
    """p50/p95 milliseconds of every stored query, each run `reps` times after one warm-up
    (fewer when one query would take longer than `budget_s` in all)."""
    out = {}
    for name, query in load_queries().items():
        values = bind(query, params.get(name, {}))
        rows = store.query(query.body, values, read_only=True)  # warm-up
        times: list[float] = []
        spent = 0.0
        while len(times) < reps and (spent < budget_s or len(times) < 3):
            start = time.perf_counter()
            store.query(query.body, values, read_only=True)
            times.append(time.perf_counter() - start)
            spent += times[-1]
        out[name] = {
            "p50_ms": round(_percentile(times, 0.5) * 1000, 2),
            "p95_ms": round(_percentile(times, 0.95) * 1000, 2),
            "runs": len(times),
            "rows": len(rows),
            "params": values,
        }
    return out


def query_params(store: Any) -> dict[str, dict[str, Any]]:
    """Parameters a user would plausibly give: common vocabulary and the busiest regions."""
    regions = [r["name"] for r in store.query(
        "MATCH (d:Document)-[:IN_REGION]->(r:Region) RETURN r.name AS name, count(d) AS n "
        "ORDER BY n DESC, name LIMIT 2", read_only=True)]
    a, b = (regions + ["", ""])[:2]
    return {
        "targets-by-indicator": {"indicator": "毛入园率"},
        "program-timeline": {"program": "班班通"},
        "agency-responsibilities": {"agency": "财政局"},
        "region-profile": {"region": a},
        "compare-regions": {"a": a, "b": b},
        "entity-search": {"text": "入园"},
        "investments-by-region": {"region": a},
        "target-escalation": {"indicator": "毛入园率"},
        "region-target-history": {"region": a},
        "region-program-history": {"region": a},
        "program-diffusion": {"program": "班班通"},
    }


def _viz(store: Any, nodes: int, out: Path) -> dict[str, Any]:
    """Time collecting a `nodes`-node view of the whole graph from the store, then drawing it as HTML."""
    from edukg.viz.render import generate_html
    from edukg.viz.subgraph import whole_graph

    start = time.perf_counter()
    view = whole_graph(store, max_nodes=nodes)
    collected = time.perf_counter()
    html = generate_html(view)
    drawn = time.perf_counter()
    out.write_text(html, encoding="utf-8")
    return {
        "nodes": view.number_of_nodes(),
        "edges": view.number_of_edges(),
        "view_seconds": round(collected - start, 3),
        "html_seconds": round(drawn - collected, 3),
        "html_mb": round(len(html.encode()) / 1e6, 2),
    }


def run(sizes: Sequence[int], seed: int, work: Path, reps: int = 20, budget_s: float = 20.0,
        viz_nodes: int = 2000, log: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True),
        save: Callable[[dict[str, Any]], None] = lambda result: None, jobs: int = os.cpu_count() or 1,
        viz_at: int | None = None, extract_docs: int = 10000) -> dict[str, Any]:
    """Measure; `save` receives the numbers so far after each size (a long run can be read part-way).

    jobs: worker processes that extract while the documents are written (as ``edukg load --jobs``).
    viz_at: the size at which the picture is drawn (default the smallest): collecting
    the whole-graph view reads every node, which takes long on large graphs.
    extract_docs: extraction and its floor are timed on the first this many documents.
    """
    sizes = sorted(set(sizes))
    viz_at = viz_at if viz_at in sizes else sizes[0]
    corpus = work / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    # after the full load of each size, NEW_DOCUMENTS more join the store
    extra = NEW_DOCUMENTS * len(sizes)
    log(f"generating {sizes[-1] + extra} documents in {corpus}")
    # written by a child process: the generator's dictionaries (pypinyin's, opencc's s2t: some 80 MB) would
    # otherwise stay in this process, counted in its peak and in each extraction worker forked from it
    with ProcessPoolExecutor(1) as generator:
        everything = generator.submit(_corpus_files, sizes[-1] + extra, corpus, seed).result()
    paths = everything[: sizes[-1]]
    nbytes = [os.path.getsize(p) for p in everything]

    process_file(paths[0])  # imports, vocabularies and caches load once, outside the timings
    timed = paths[:extract_docs]
    log(f"floor (read + normalize) and extraction of {len(timed)} documents in one process")
    floor_s = _floor(timed)
    extract_s = _extract(timed)
    first = paths[:BARE_READ_DOCUMENTS]
    log(f"edukg load of {len(first)} documents against a bare read of them")
    rounds = [(_bare_read(first), _edukg_load(first, work / "edukg-load", jobs)) for _ in range(LOAD_ROUNDS)]
    bare_s = statistics.median(bare for bare, _ in rounds)
    edukg_load_s = statistics.median(load for _, load in rounds)

    data_dir = work / "store"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    settings = Settings(data_dir=data_dir, graph=GRAPH)
    store = open_store(settings)
    result: dict[str, Any] = {"machine": machine(), "seed": seed, "sizes": sizes, "jobs": jobs,
                              "documents_per_batch": BATCH_RANGE, "stages": {}}
    server_mb = 0.0  # peak RSS of the store servers that have stopped
    try:
        store.clear()
        load_s = store_s = 0.0
        nodes = rels = 0
        done = 0  # documents in the store
        loaded = 0  # of them, loaded by the timed full load (the others came NEW_DOCUMENTS at a time)
        load_cpu = dict.fromkeys(_cpu_seconds(store.info.pid), 0.0)  # by the full loads only
        workers = _WorkerMemory(store.info.pid)
        for size in sizes:
            log(f"loading documents {done}..{done + size - loaded - 1}")
            start = time.perf_counter()
            done_before = done
            cpu_start = _cpu_seconds(store.info.pid)

            def progress(files_done: int, files: int, source: str | None) -> None:
                nonlocal done
                done = done_before + files_done
                if files_done and files_done % 100 == 0:
                    workers.sample()
                if files_done and done % 1000 == 0:
                    log(f"  {done} documents: load {load_s + time.perf_counter() - start:.1f} s")

            summary = pipeline.run(everything[done_before:done_before + size - loaded], StoreWriter(store),
                                   workers=jobs, progress=progress)
            if summary.skipped:  # the generated corpus is all readable
                raise RuntimeError(str(summary.skipped[0]))
            loaded = size
            load_s += time.perf_counter() - start
            store_s += summary.store_seconds
            nodes += sum(r.nodes for r in summary.results)
            rels += sum(r.relationships for r in summary.results)
            load_cpu = {k: v - cpu_start[k] + load_cpu[k] for k, v in _cpu_seconds(store.info.pid).items()}
            cpu = {k: round(v, 1) for k, v in load_cpu.items()}
            mb = sum(nbytes[:size]) / 1e6
            log(f"stored queries at {size} documents")
            params = query_params(store)  # the same again on the started store
            queries = _query_latencies(store, params, reps, budget_s) if reps else {}
            if size == viz_at:
                log(f"picture of {viz_nodes} nodes at {size} documents")
                result["viz"] = {"at_documents": size, **_viz(store, viz_nodes, work / "view.html")}
            log(f"{NEW_DOCUMENTS} new documents into the store of {size}")
            new = everything[done:done + NEW_DOCUMENTS]
            start = time.perf_counter()
            added = pipeline.run(new, StoreWriter(store), workers=jobs)
            new_s = time.perf_counter() - start
            done += len(new)
            log(f"store start from the snapshot of {done} documents")
            server_mb = max(server_mb, peak_rss_mb(store.info.pid))
            store.close()
            stop_server(data_dir)
            start = time.perf_counter()
            store = open_store(settings)
            start_s = time.perf_counter() - start
            workers.server_pid = store.info.pid
            log(f"stored queries on the store started from the snapshot of {done} documents")
            started = _query_latencies(store, params, reps, budget_s) if reps else {}
            result["stages"][str(size)] = {
                "documents": size,
                "mb": round(mb, 2),
                "new_documents": {"documents": len(added.results), "seconds": round(new_s, 2),
                                  "store_seconds": round(added.store_seconds, 2)},
                "snapshot_start_seconds": round(start_s, 2),
                "queries": queries,  # right after the load
                "queries_started": started,
                "load": {
                    "seconds": round(load_s, 2),
                    "store_seconds": round(store_s, 2),
                    "docs_per_s": round(size / load_s, 1),
                    "store_docs_per_s": round(size / store_s, 1),
                    "nodes": nodes,
                    "relationships": rels,
                    "nodes_per_s": round(nodes / store_s, 1),
                    "relationships_per_s": round(rels / store_s, 1),
                    "cpu_seconds": cpu,
                },
            }
            save(result)
        total_mb = sum(nbytes[: len(timed)]) / 1e6
        result["extract"] = {
            "documents": len(timed),
            "mb": round(total_mb, 2),
            "seconds": round(extract_s, 2),
            "docs_per_s": round(len(timed) / extract_s, 1),
            "mb_per_s": round(total_mb / extract_s, 3),
            "floor_seconds": round(floor_s, 2),
            "floor_docs_per_s": round(len(timed) / floor_s, 1),
            "floor_mb_per_s": round(total_mb / floor_s, 3),
            "ratio_to_floor": round(extract_s / floor_s, 2),
        }
        result["edukg_load"] = {
            "documents": len(first),
            "seconds": round(edukg_load_s, 2),
            "bare_read_seconds": round(bare_s, 2),
            "ratio_to_bare_read": round(edukg_load_s / bare_s, 2),
            "rounds": [{"bare_read_seconds": round(bare, 3), "seconds": round(load, 2)} for bare, load in rounds],
        }
        py_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        store_mb = max(server_mb, peak_rss_mb(store.info.pid))
        result["load_average_1m_at_end"] = round(os.getloadavg()[0], 2)
        result["peak_rss_mb"] = {"python": round(py_mb, 1), "workers": round(workers.top_mb, 1),
                                 "store": round(store_mb, 1), "total": round(py_mb + workers.top_mb + store_mb, 1)}
    finally:
        store.close()
        stop_server(data_dir)
    result["goals"] = goals(result)
    return result


def goals(result: dict[str, Any]) -> dict[str, Any]:
    """Each goal whose corpus size was run, with the measured value and whether it is met.

    Peak RSS is the whole run's: it is judged when its size is the largest run.
    """
    largest = max(result["sizes"])

    def at(size: int) -> dict[str, Any]:
        stage = result["stages"][str(size)]
        return {
            "load_seconds": stage["load"]["seconds"],
            "query_p95_ms": max((q["p95_ms"] for q in stage["queries_started"].values()), default=None),
            "peak_rss_mb": result["peak_rss_mb"]["total"] if size == largest else None,
            "snapshot_start_seconds": stage["snapshot_start_seconds"],
            "new_documents_seconds": stage["new_documents"]["seconds"],
            "extract_vs_floor": result["extract"]["ratio_to_floor"] if result["extract"]["documents"] == size else None,
        }

    out = {}
    for name, (limit, size) in GOALS.items():
        if name == "edukg_load_vs_bare_read":
            value = result["edukg_load"]["ratio_to_bare_read"] if result["edukg_load"]["documents"] == size else None
        elif str(size) in result["stages"]:
            value = at(size)[name.removesuffix("_100k")]
        else:
            value = None
        if value is not None:
            out[name] = {"goal": limit, "measured": value, "met": value <= limit, "at_documents": size}
    return out


def table(result: dict[str, Any]) -> str:
    """The numbers as plain-text tables."""
    ex = result["extract"]
    lines = [
        tabulate([[f"{k}", v] for k, v in result["machine"].items()], tablefmt="plain"),
        "",
        tabulate([
            ["read + normalize (floor)", ex["documents"], ex["floor_seconds"], ex["floor_docs_per_s"], ex["floor_mb_per_s"]],
            ["extract (read → resolve)", ex["documents"], ex["seconds"], ex["docs_per_s"], ex["mb_per_s"]],
        ], headers=["stage", "docs", "s", "docs/s", "MB/s"]),
        f"extraction / floor: {ex['ratio_to_floor']}x",
        f"edukg load of {result['edukg_load']['documents']} documents: {result['edukg_load']['seconds']} s, "
        f"{result['edukg_load']['ratio_to_bare_read']}x a bare read + t2s + one regex "
        f"({result['edukg_load']['bare_read_seconds']} s; medians of {len(result['edukg_load']['rounds'])} rounds)",
        "",
    ]
    load_rows = []
    for size, stage in result["stages"].items():
        ld = stage["load"]
        load_rows.append([size, stage["mb"], ld["seconds"], ld["docs_per_s"], ld["store_seconds"], ld["store_docs_per_s"],
                          ld["nodes"], ld["relationships"], stage["new_documents"]["seconds"],
                          stage["snapshot_start_seconds"]])
    lines += [tabulate(load_rows, headers=["docs", "MB", "load s", "docs/s", "store s", "store docs/s",
                                           "nodes", "rels", f"+{NEW_DOCUMENTS} docs s", "start s"]), ""]
    nproc = result["machine"]["nproc"]
    cpu_rows = [[size, *stage["load"]["cpu_seconds"].values(), round(nproc * stage["load"]["seconds"], 1)]
                for size, stage in result["stages"].items()]
    lines += ["CPU seconds used during the load, against what the machine's CPUs could give in that time:",
              tabulate(cpu_rows, headers=["docs", "writer", "store server", "its snapshots", "extraction workers",
                                          "available"]), ""]
    names = list(next(iter(result["stages"].values()))["queries"])
    q_rows = []
    for name in names:
        row = [name]
        for stage in result["stages"].values():
            q, started = stage["queries"][name], stage["queries_started"][name]
            row += [q["p50_ms"], q["p95_ms"], started["p50_ms"], started["p95_ms"], started["rows"]]
        q_rows.append(row)
    headers = ["query"] + [f"{h} @{s}" for s in result["stages"]
                           for h in ("p50 ms", "p95 ms", "started p50", "started p95", "rows")]
    lines += ["Stored queries right after the load, and on the store started from its snapshot (judged):",
              tabulate(q_rows, headers=headers), ""]
    v, m = result["viz"], result["peak_rss_mb"]
    lines.append(f"picture at {v['at_documents']} documents: {v['nodes']} nodes, {v['edges']} edges: "
                 f"view collected in {v['view_seconds']} s, "
                 f"HTML drawn in {v['html_seconds']} s ({v['html_mb']} MB)")
    lines.append(f"peak RSS: {m['total']} MB (python {m['python']} MB, extraction workers {m['workers']} MB, "
                 f"store server {m['store']} MB)")
    lines += ["", tabulate([[k, g["at_documents"], g["goal"], g["measured"], "met" if g["met"] else "MISSED"]
                            for k, g in result["goals"].items()],
                           headers=["goal", "docs", "limit", "measured", ""])]
    return "\n".join(lines)


def _write_json(path: Path, result: dict[str, Any]) -> None:
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="1000,10000", help="comma-separated corpus sizes [1000,10000]")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, help="working folder for corpus and store [a temporary one]")
    parser.add_argument("--json", type=Path, default=Path("benchmark.json"), help="where to write the numbers")
    parser.add_argument("--reps", type=int, default=20, help="timed runs of each stored query (0: the stored queries are not timed)")
    parser.add_argument("--viz-nodes", type=int, default=2000, help="nodes in the rendered view")
    parser.add_argument("--viz-at", type=int, help="corpus size at which to draw the picture [the smallest]")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="worker processes extracting during the load [number of CPUs]")
    parser.add_argument("--extract-docs", type=int, default=10000,
                        help="documents on which extraction and its floor are timed in one process [10000]")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.docs.split(",")]
    with tempfile.TemporaryDirectory(prefix="edukg-bench-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = run(sizes, args.seed, work.resolve(), reps=args.reps, viz_nodes=args.viz_nodes,
                     save=lambda partial: _write_json(args.json, partial), jobs=args.jobs,
                     viz_at=args.viz_at, extract_docs=args.extract_docs)
    _write_json(args.json, result)
    print(table(result))


if __name__ == "__main__":
    main()
