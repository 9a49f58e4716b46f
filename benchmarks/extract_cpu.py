"""CPU time per document of `pipeline.process_file` (read → normalize → structure → extract → resolve).

    python benchmarks/extract_cpu.py DIR [DIR...] [--through-rows]

Every supported file under the folders is processed once to warm up, then five
times; each file's least CPU time (`time.process_time`), averaged over the files, is
printed with the load average. The least of each file leaves out what the machine
did meanwhile (it may be shared) and the cycle collector's pauses, which fall on
whichever file is being processed and vary by the pass. To compare two
versions of the code, install each in its own virtual environment and run them
alternately on the same corpus (`make_corpus.py 300 DIR --seed 0`).

`--through-rows` times each document up to the rows it is written as, so that versions
which give out some of that work at other stages compare alike: since 3 December the graph's
ids are assigned in resolve, before then in the writer's `load.prepare`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from edukg.loaders.pipeline import process_file
from edukg.loaders.read import iter_paths

PASSES = 5


def _rows_of() -> Callable[[Any], Any]:
    """The stage that turns a document's facts into its rows, in this version of the code."""
    try:
        from edukg.loaders.rows import document_rows
    except ImportError:  # versions before 3 December
        from edukg.loaders.load import prepare as document_rows
    return document_rows


def cpu_per_document(paths: list[Path], through_rows: bool = False) -> float:
    """Each document's least time over PASSES passes after a warm-up, averaged, in seconds."""
    rows = _rows_of() if through_rows else lambda facts: facts
    for path in paths:
        rows(process_file(path))
    least = [float("inf")] * len(paths)
    for _ in range(PASSES):
        for i, path in enumerate(paths):
            start = time.process_time()
            rows(process_file(path))
            least[i] = min(least[i], time.process_time() - start)
    return sum(least) / len(paths)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--through-rows", action="store_true", help="time up to the rows of each document")
    args = parser.parse_args(argv)
    paths = [p for p in iter_paths(args.folders) if isinstance(p, Path)]
    per_doc = cpu_per_document(paths, args.through_rows)
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"{len(paths)} documents: {per_doc * 1000:.2f} ms CPU per document (load average {load})")


if __name__ == "__main__":
    main()
