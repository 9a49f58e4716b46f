"""CPU time per document of `pipeline.process_file` (read → normalize → structure → extract → resolve).

    python benchmarks/extract_cpu.py DIR [DIR...]

Every supported file under the folders is processed once to warm up, then three
times; the best pass (`time.process_time`) divided by the number of files is
printed with the load average, since the machine may be shared. To compare two
versions of the code, install each in its own virtual environment and run them
alternately on the same corpus (`make_corpus.py 300 DIR --seed 0`).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from edukg.loaders.pipeline import process_file
from edukg.loaders.read import iter_paths

PASSES = 3


def cpu_per_document(paths: list[Path]) -> float:
    """Best of PASSES passes after a warm-up, in seconds per document."""
    for path in paths:
        process_file(path)
    best = float("inf")
    for _ in range(PASSES):
        start = time.process_time()
        for path in paths:
            process_file(path)
        best = min(best, time.process_time() - start)
    return best / len(paths)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    paths = [p for p in iter_paths(args.folders) if isinstance(p, Path)]
    per_doc = cpu_per_document(paths)
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"{len(paths)} documents: {per_doc * 1000:.2f} ms CPU per document (load average {load})")


if __name__ == "__main__":
    main()
