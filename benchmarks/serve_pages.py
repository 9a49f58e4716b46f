"""Page latency of `edukg serve` at scale: p50 and p95 per page kind.

    python benchmarks/serve_pages.py [--docs 1000,10000] [--seed 0] [--work DIR] [--reps 40] [--json FILE]
    python benchmarks/serve_pages.py --store DATA_DIR [--reps 40] [--json FILE]

Generates the synthetic corpus (benchmarks/make_corpus.py), loads it into a fresh
embedded store as ``edukg load`` does, stopping at each size in --docs, and there
serves the app on a loopback port and fetches each kind of page --reps times over
one keep-alive connection (--store: in the benchmark graph of a data dir loaded
before, e.g. by `run.py --work DIR`, at its size), each time with another entity, document or search text
drawn from the graph (seeded; and the programs most documents name, the largest
entity pages), after one warm-up request per kind. Times are
client-side, from sending the request to the last byte of the answer.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from tabulate import tabulate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import write_corpus  # noqa: E402
from run import _percentile, machine  # noqa: E402

from edukg.config import Settings  # noqa: E402
from edukg.loaders.load import StoreWriter  # noqa: E402
from edukg.loaders.pipeline import run as run_pipeline  # noqa: E402
from edukg.serve import bind  # noqa: E402
from edukg.serve.app import create_app  # noqa: E402
from edukg.store import open_store  # noqa: E402
from edukg.store.embedded import stop_server  # noqa: E402

GOAL_P95_MS = 200.0
GRAPH = "edukg-bench"


def _sample(store: Any, cypher: str, n: int, rng: random.Random) -> list[Any]:
    values = sorted(r["v"] for r in store.query(cypher) if r["v"] is not None)
    return rng.sample(values, min(n, len(values)))


def _urls(store: Any, reps: int, rng: random.Random) -> dict[str, list[str]]:
    """reps URLs per page kind, over entities, documents and names drawn from the graph."""
    entities = _sample(store, "MATCH (n) WHERE n:Program OR n:Agency OR n:Indicator OR n:Region "
                              "RETURN labels(n)[0] + '|' + n.id AS v", reps, rng)
    documents = _sample(store, "MATCH (d:Document) RETURN d.id AS v", reps, rng)
    names = _sample(store, "MATCH (n) WHERE n:Program OR n:Agency RETURN n.name AS v", reps, rng)
    indicators = _sample(store, "MATCH (i:Indicator)<-[:MEASURES]-(:Target) RETURN DISTINCT i.name AS v", reps, rng)
    programs = _sample(store, "MATCH (p:Program) RETURN p.name AS v", reps, rng)
    # the entities most documents name: the largest entity pages
    busiest = ["Program|" + r["id"] for r in store.query(
        "MATCH (p:Program)<-[:MENTIONS_PROGRAM]-(d:Document) RETURN p.id AS id, count(d) AS n "
        "ORDER BY n DESC, id LIMIT $n", {"n": reps})]

    def entity(v: str) -> str:
        kind, node_id = v.split("|", 1)
        return f"{quote(node_id, safe='/')}?{urlencode({'kind': kind})}"

    def cycle(values: list[Any], make: Callable[[Any], str]) -> list[str]:
        return [make(values[i % len(values)]) for i in range(reps)] if values else []

    return {
        "home": ["/"] * reps,
        "search": cycle(names, lambda v: "/search?" + urlencode({"q": v[:2]})),
        "entity": cycle(entities, lambda v: "/entities/" + entity(v)),
        "entity picture": cycle(entities, lambda v: "/pictures/entities/" + entity(v)),
        "entity, most named programs": cycle(busiest, lambda v: "/entities/" + entity(v)),
        "entity picture, most named": cycle(busiest, lambda v: "/pictures/entities/" + entity(v)),
        "document": cycle(documents, lambda v: f"/documents/{v}"),
        "query form": ["/queries/targets-by-indicator"] * reps,
        "query answer": cycle(indicators, lambda v: "/queries/targets-by-indicator?" + urlencode({"indicator": v})),
        "query answer (program)": cycle(programs, lambda v: "/queries/program-timeline?" + urlencode({"program": v})),
        "query json": cycle(indicators, lambda v: "/queries/targets-by-indicator.json?" + urlencode({"indicator": v})),
        "answer picture": cycle(indicators,
                                lambda v: "/pictures/queries/targets-by-indicator?" + urlencode({"indicator": v})),
    }


def _measure(store: Any, reps: int, seed: int) -> dict[str, dict[str, float]]:
    import uvicorn

    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning", access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    conn = http.client.HTTPConnection("127.0.0.1", sock.getsockname()[1], timeout=120)
    out: dict[str, dict[str, float]] = {}
    try:
        for kind, urls in _urls(store, reps, random.Random(seed)).items():
            times, sizes = [], []
            for i, url in enumerate([urls[0], *urls]):
                start = time.perf_counter()
                conn.request("GET", url)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200:
                    raise RuntimeError(f"{url}: {response.status} {body[:200]!r}")
                if i:  # the first is the warm-up
                    times.append((time.perf_counter() - start) * 1000)
                    sizes.append(len(body))
            if times:
                out[kind] = {"n": len(times), "p50_ms": round(_percentile(times, 0.5), 1),
                             "p95_ms": round(_percentile(times, 0.95), 1), "max_ms": round(max(times), 1),
                             "kb": round(sum(sizes) / len(sizes) / 1024, 1)}
    finally:
        conn.close()
        server.should_exit = True
        thread.join(30)
        sock.close()
    return out


def run(sizes: list[int], seed: int, work: Path, reps: int,
        log: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True)) -> dict[str, Any]:
    corpus, data_dir = work / "corpus", work / "store"
    log(f"generating {sizes[-1]} documents in {corpus}")
    paths = write_corpus(sizes[-1], corpus, seed)
    store = open_store(Settings(data_dir=data_dir, graph=GRAPH))
    result: dict[str, Any] = {"machine": machine(), "seed": seed, "reps": reps, "sizes": {}}
    try:
        store.clear()
        done = 0
        for size in sizes:
            log(f"loading documents {done}..{size - 1}")
            run_pipeline(paths[done:size], StoreWriter(store), workers=2)
            done = size
            log(f"pages at {size} documents")
            result["sizes"][str(size)] = _measure(store, reps, seed)
    finally:
        store.close()
        stop_server(data_dir)
    return result


def measure_store(data_dir: Path, seed: int, reps: int) -> dict[str, Any]:
    """The pages of the benchmark graph already in `data_dir`, keyed by its number of documents."""
    store = open_store(Settings(data_dir=data_dir, graph=GRAPH))
    try:
        documents = store.query("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
        pages = _measure(store, reps, seed)
    finally:
        store.close()
    return {"machine": machine(), "seed": seed, "reps": reps, "sizes": {str(documents): pages}}


def table(result: dict[str, Any]) -> str:
    kinds = list(next(iter(result["sizes"].values())))
    rows = []
    for kind in kinds:
        row: dict[str, Any] = {"page": kind}
        for size, pages in result["sizes"].items():
            row[f"p50 ms @{size}"] = pages[kind]["p50_ms"]
            row[f"p95 ms @{size}"] = pages[kind]["p95_ms"]
            row[f"KB @{size}"] = pages[kind]["kb"]
        worst = max(pages[kind]["p95_ms"] for pages in result["sizes"].values())
        row["≤ 200 ms"] = "met" if worst <= GOAL_P95_MS else "missed"
        rows.append(row)
    return tabulate(rows, headers="keys", tablefmt="github")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default="1000,10000")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--reps", type=int, default=40)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--store", type=Path, help="measure the graph already loaded in this data dir")
    args = parser.parse_args(argv)
    if args.store:
        result = measure_store(args.store, args.seed, args.reps)
    else:
        sizes = sorted({int(x) for x in args.docs.split(",")})
        with tempfile.TemporaryDirectory(prefix="edukg-serve-bench-") as tmp:
            result = run(sizes, args.seed, args.work or Path(tmp), args.reps)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
