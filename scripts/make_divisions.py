"""Write ontology/data/divisions.tsv, the current GB/T 2260 division table edukg ships.

    python scripts/make_divisions.py ADCODES_CSV [--out TSV]

ADCODES_CSV is ``cpca/resources/adcodes.csv`` of the cpca 0.5.5 package
(https://github.com/DQinYuan/chinese_province_city_area_mapper, MIT licence):
12-digit division codes with names, longitude and latitude. The table keeps the
six-digit GB/T 2260 code and the name of each unit, in the file's order; the
history of renamed units comes at run time from the gb2260 package (see
loaders/gazetteer.py). Run once; the output is committed.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "ontology" / "data" / "divisions.tsv"
HEADER = """\
# Chinese administrative divisions today (GB/T 2260 codes): code, name; {count} units.
# Source: cpca 0.5.5, cpca/resources/adcodes.csv (https://github.com/DQinYuan/chinese_province_city_area_mapper,
# MIT licence), first six digits of each code. Written by scripts/make_divisions.py; do not edit by hand.
"""


def divisions(adcodes: Path) -> dict[str, str]:
    """Six-digit code → name, in the order of the file (a later row of one code renames it)."""
    names: dict[str, str] = {}
    with adcodes.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names[row["adcode"][:6]] = row["name"]
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("adcodes", type=Path, help="cpca/resources/adcodes.csv")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write [ontology/data/divisions.tsv]")
    args = parser.parse_args()
    names = divisions(args.adcodes)
    lines = [HEADER.format(count=len(names))] + [f"{code}\t{name}\n" for code, name in names.items()]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{args.out}: {len(names)} units")


if __name__ == "__main__":
    main()
