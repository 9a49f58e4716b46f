"""Extract a corpus once into pickled rows (lists of DocumentRows, 1,000 documents a file) for bulk_load.py.

    python benchmarks/extract_rows.py CORPUS OUT [--docs N] [--jobs 2]

Writes OUT/rows_000.pkl, rows_001.pkl, … from the first N files of CORPUS in
name order, as the pipeline's workers make them; a file already there is kept,
so an interrupted run goes on where it stopped.
"""

from __future__ import annotations

import argparse
import pickle
from multiprocessing import Pool
from pathlib import Path

from edukg.loaders.pipeline import process_file
from edukg.loaders.rows import DocumentRows, document_rows

DOCUMENTS_PER_FILE = 1000


def _rows(path: Path) -> DocumentRows:
    return document_rows(process_file(path))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, help="the first N documents (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    paths = sorted(p for p in args.corpus.iterdir() if p.is_file())[: args.docs]
    args.out.mkdir(parents=True, exist_ok=True)
    with Pool(args.jobs) as pool:
        for start in range(0, len(paths), DOCUMENTS_PER_FILE):
            target = args.out / f"rows_{start // DOCUMENTS_PER_FILE:03d}.pkl"
            if not target.exists():
                rows = pool.map(_rows, paths[start : start + DOCUMENTS_PER_FILE], chunksize=50)
                partial = target.with_suffix(".partial")  # renamed once whole: a kept file is never cut short
                partial.write_bytes(pickle.dumps(rows))
                partial.replace(target)


if __name__ == "__main__":
    main()
