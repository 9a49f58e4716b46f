"""How the store's cost per document grows with the graph, for a choice of batching and server settings.

    python benchmarks/store_growth.py ROWS_DIR --docs 12000 [--documents-per-batch 1000]
        [--rows-per-statement 50000] [--every 2000] [--module-arg NAME VALUE ...]

The benchmark corpus's documents are extracted once into ROWS_DIR (pickled
``DocumentRows``, 1,000 documents a file, made by worker processes; kept for
the next run), so that the writes alone are timed: a fresh embedded store,
batches written as ``edukg load`` writes them (``StoreWriter``). Every --every
documents it prints the wall time and the store server's CPU time (user +
system) for those documents, the server's resident memory and the statements
that took longest. --module-arg passes a FalkorDB setting at module load
(for example ``DELTA_MAX_PENDING_CHANGES 1000000``).
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import write_corpus  # noqa: E402

from edukg.config import DEFAULT_BATCH_SIZE  # noqa: E402
from edukg.loaders.load import StoreWriter, loader_statements  # noqa: E402
from edukg.loaders.pipeline import process_file  # noqa: E402
from edukg.loaders.rows import DocumentRows, document_rows  # noqa: E402
from edukg.store import embedded  # noqa: E402
from edukg.store.embedded import EmbeddedStore, stop_server  # noqa: E402

PER_FILE = 1000


def _rows(path: Path) -> DocumentRows:
    return document_rows(process_file(path))


def extracted(rows_dir: Path, docs: int, seed: int) -> list[Path]:
    """The files holding the rows of the first `docs` documents of the benchmark corpus, up to PER_FILE each."""
    rows_dir.mkdir(parents=True, exist_ok=True)
    spans = [(i, min(i + PER_FILE, docs)) for i in range(0, docs, PER_FILE)]
    files = [rows_dir / f"rows_{seed}_{start:06d}_{end:06d}.pkl" for start, end in spans]
    if not all(f.exists() for f in files):
        corpus = rows_dir / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        paths = sorted(write_corpus(docs, corpus, seed))
        with ProcessPoolExecutor() as pool:
            for (start, end), f in zip(spans, files):
                if not f.exists():
                    f.write_bytes(pickle.dumps(list(pool.map(_rows, paths[start:end], chunksize=25))))
    return files


def _with_module_args(args: Sequence[str]) -> None:
    """Make the embedded server load FalkorDB with `args` appended to its ``loadmodule`` line."""
    write_conf = embedded._write_conf

    def patched(d, port, password, bolt_port):  # type: ignore[no-untyped-def]
        write_conf(d, port, password, bolt_port)
        lines = [line + " " + " ".join(args) if line.startswith("loadmodule ") else line
                 for line in d.conf.read_text().splitlines()]
        d.conf.write_text("\n".join(lines) + "\n")

    embedded._write_conf = patched  # type: ignore[assignment]


def _server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(rows_dir: Path, docs: int, per_batch: int | None, rows_per_statement: int, every: int, seed: int) -> None:
    files = extracted(rows_dir, docs, seed)
    names = {cypher: name for name, cypher in loader_statements().items()}
    spent: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="edukg-growth-") as data_dir:
        store = EmbeddedStore(data_dir, graph="growth", batch_size=rows_per_statement)
        execute = store._execute

        def timed(cypher, params, read_only, error):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return execute(cypher, params, read_only, error)
            finally:
                spent[names.get(cypher, "other")] += time.perf_counter() - start

        store._execute = timed  # type: ignore[method-assign]
        pid = store.info.pid
        writer = StoreWriter(store, per_batch)
        print(f"{'docs':>7}  {'wall s':>7}  {'server CPU s':>12}  {'server MB':>9}  slowest statements (s)")
        done, batch = 0, []
        start, cpu = time.perf_counter(), _server_cpu(pid)
        first_start, first_cpu = start, cpu
        try:
            for part in files:
                for rows in pickle.loads(part.read_bytes()):
                    batch.append(rows)
                    done += 1
                    if len(batch) >= writer.batch_size or done == docs:
                        writer.write(batch)
                        batch = []
                    if done % every == 0 or done == docs:
                        now, now_cpu = time.perf_counter(), _server_cpu(pid)
                        top = ", ".join(f"{k} {v:.1f}" for k, v in spent.most_common(4))
                        print(f"{done:7d}  {now - start:7.1f}  {now_cpu - cpu:12.1f}  {_server_mb(pid):9.0f}  {top}",
                              flush=True)
                        spent.clear()
                        start, cpu = now, now_cpu
            print(f"{docs} documents: {time.perf_counter() - first_start:.1f} s, "
                  f"server CPU {_server_cpu(pid) - first_cpu:.1f} s")
        finally:
            store.close()
            stop_server(data_dir)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows_dir", type=Path, help="where the extracted rows are kept between runs")
    parser.add_argument("--docs", type=int, default=12000)
    parser.add_argument("--documents-per-batch", type=int, help="[as edukg load: a tenth of the store's documents, 100 to 1,000]")
    parser.add_argument("--rows-per-statement", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--every", type=int, default=2000, help="documents between two printed lines")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--module-arg", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"))
    args = parser.parse_args(argv)
    if args.module_arg:
        _with_module_args([v for pair in args.module_arg for v in pair])
    run(args.rows_dir, args.docs, args.documents_per_batch, args.rows_per_statement, args.every, args.seed)


if __name__ == "__main__":
    main()
