"""How the store's cost per document grows with the graph, for a choice of batching and server settings.

    python benchmarks/store_growth.py ROWS... [--docs 12000] [--documents-per-batch N]
        [--rows-per-statement 50000] [--every 2000] [--module-arg NAME VALUE ...]

ROWS are the pickled row files of `extract_rows.py` (documents extracted once,
so that the writes alone are timed), written in that order into a fresh
embedded store as ``edukg load`` batches them (``StoreWriter``). Every --every
documents it prints the wall time and the store server's CPU time (user +
system) for those documents, the server's peak resident memory and the
statements that took longest. --module-arg passes a FalkorDB setting at module
load (for example ``DELTA_MAX_PENDING_CHANGES 1000000``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bulk_load import Rows  # noqa: E402
from run import peak_rss_mb, server_cpu_seconds  # noqa: E402

from edukg.config import DEFAULT_BATCH_SIZE  # noqa: E402
from edukg.loaders.load import StoreWriter, loader_statements  # noqa: E402
from edukg.loaders.rows import DocumentRows  # noqa: E402
from edukg.store import embedded  # noqa: E402
from edukg.store.embedded import EmbeddedStore, stop_server  # noqa: E402


def _with_module_args(args: Sequence[str]) -> None:
    """Make the embedded server load FalkorDB with `args` appended to its ``loadmodule`` line."""
    write_conf = embedded._write_conf

    def patched(d, port, password, bolt_port):  # type: ignore[no-untyped-def]
        write_conf(d, port, password, bolt_port)
        lines = [line + " " + " ".join(args) if line.startswith("loadmodule ") else line
                 for line in d.conf.read_text().splitlines()]
        d.conf.write_text("\n".join(lines) + "\n")

    embedded._write_conf = patched  # type: ignore[assignment]


def run(rows: Rows, per_batch: int | None, rows_per_statement: int, every: int) -> None:
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
        done, batch = 0, list[DocumentRows]()
        first_start, first_cpu = start, cpu = time.perf_counter(), server_cpu_seconds(pid)

        def step() -> None:
            nonlocal start, cpu
            now, now_cpu = time.perf_counter(), server_cpu_seconds(pid)
            top = ", ".join(f"{k} {v:.1f}" for k, v in spent.most_common(4))
            print(f"{done:7d}  {now - start:7.1f}  {now_cpu - cpu:12.1f}  {peak_rss_mb(pid):9.0f}  {top}", flush=True)
            spent.clear()
            start, cpu = now, now_cpu

        try:
            for doc in rows:
                batch.append(doc)
                done += 1
                if len(batch) >= writer.batch_size:
                    writer.write(batch)
                    batch = []
                if done % every == 0:
                    step()
            if batch:
                writer.write(batch)
            if done % every:
                step()
            print(f"{done} documents: {time.perf_counter() - first_start:.1f} s, "
                  f"server CPU {server_cpu_seconds(pid) - first_cpu:.1f} s")
        finally:
            store.close()
            stop_server(data_dir)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="+", type=Path, help="pickled lists of DocumentRows (extract_rows.py), in order")
    parser.add_argument("--docs", type=int, default=12000)
    parser.add_argument("--documents-per-batch", type=int,
                        help="[as edukg load: a tenth of the store's documents, 100 to 1,000]")
    parser.add_argument("--rows-per-statement", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--every", type=int, default=2000, help="documents between two printed lines")
    parser.add_argument("--module-arg", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"))
    args = parser.parse_args(argv)
    if args.module_arg:
        _with_module_args([v for pair in args.module_arg for v in pair])
    run(Rows(args.rows, args.docs), args.documents_per_batch, args.rows_per_statement, args.every)


if __name__ == "__main__":
    main()
