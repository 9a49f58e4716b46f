"""Whether two installations of edukg extract the same facts, byte for byte.

    python benchmarks/same_facts.py BEFORE_EDUKG AFTER_EDUKG DIR [DIR...]

BEFORE_EDUKG and AFTER_EDUKG are the `edukg` commands of two virtual environments
(say the code before and after a speed change). Each runs `edukg extract` on the
supported files directly in every DIR; the JSONL and the skip messages must be
identical. Exit status 1 names the folders that differ.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

# what a folder holds besides documents: annotations, notes, manifests
_NOT_DOCUMENTS = (".json", ".md", ".csv")


def _extract(edukg: str, files: list[Path]) -> tuple[bytes, bytes]:
    done = subprocess.run([edukg, "extract", *map(str, files)], capture_output=True, check=False)
    return done.stdout, done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    differ = []
    for folder in args.folders:
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix not in _NOT_DOCUMENTS)
        before, after = _extract(args.before, files), _extract(args.after, files)
        digest = hashlib.sha256(after[0]).hexdigest()[:16]
        documents = after[0].count(b"\n")
        same = "identical" if before == after else "DIFFERENT"
        print(f"{folder}: {len(files)} files, {documents} documents extracted, {same} (sha256 {digest})")
        if before != after:
            differ.append(str(folder))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
