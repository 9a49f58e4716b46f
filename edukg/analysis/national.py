"""National reference targets shipped as cited data, loaded as documents of region 全国.

``national_targets.tsv`` (beside this module) holds one target per row: indicator,
comparator, value, unit, year, issuing body, document title, the article or table
where it stands, and where the figure was checked. `national_facts` turns each
document of the table into the facts of one document of region 全国, so every
query, picture and analysis sees the national targets beside local ones: the
document's text is one line per target, naming its article, and each target's
evidence is its line.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib.resources import as_file, files
from pathlib import Path

from edukg.errors import InputError
from edukg.loaders.model import (
    DocumentFacts,
    Evidence,
    IndicatorValue,
    Metadata,
    NormalizedText,
    RawDocument,
    Region,
    Sentence,
    StructuredDocument,
)
from edukg.loaders.resolve import resolve

__all__ = ["COLUMNS", "NATIONAL", "NationalTarget", "national_facts", "read_targets", "shipped_table"]

NATIONAL = "全国"
COLUMNS = ("indicator", "comparator", "value", "unit", "year", "issuer", "document", "article", "checked")
_COMPARATORS = {">=": "不低于", "<=": "不高于", "=": "为", "≈": "约为"}


@dataclass(frozen=True)
class NationalTarget:
    indicator: str
    comparator: str  # >=, <=, =, ≈
    value: int | float
    unit: str
    year: int
    issuer: str
    document: str  # the title of the document that sets it
    article: str  # where in that document it stands
    checked: str  # where the figure was checked


def shipped_table() -> Path:
    """The path of the national targets table shipped with edukg."""
    with as_file(files("edukg.analysis") / "national_targets.tsv") as path:
        return Path(path)


def _number(text: str) -> int | float:
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def read_targets(path: Path) -> list[NationalTarget]:
    """The rows of a national targets table (tab-separated, a header of COLUMNS, ``#`` comment lines).

    Raises
    ------
    InputError
        ``path: row N: reason`` for a missing column, an unknown comparator, a value or a year
        that is not a number, or an empty cell.
    """
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t")
    if reader.fieldnames is None or tuple(reader.fieldnames) != COLUMNS:
        raise InputError(f"{path}: the header must be {' '.join(COLUMNS)} (tab-separated)")
    targets = []
    for (number, _), row in zip(lines[1:], reader, strict=True):
        where = f"{path}: row {number}"
        if None in row:
            raise InputError(f"{where}: more than {len(COLUMNS)} columns")
        if any(not (row.get(c) or "").strip() for c in COLUMNS if c != "unit"):
            raise InputError(f"{where}: every column but unit needs a value")
        if row["comparator"] not in _COMPARATORS:
            raise InputError(f"{where}: comparator {row['comparator']!r} is not one of {', '.join(_COMPARATORS)}")
        try:
            value, year = _number(row["value"]), int(row["year"])
        except (InvalidOperation, ValueError):
            raise InputError(f"{where}: value {row['value']!r} and year {row['year']!r} must be numbers") from None
        targets.append(NationalTarget(**{**row, "value": value, "year": year, "unit": row["unit"] or ""}))
    return targets


def _line(t: NationalTarget) -> str:
    return f"{t.article}：到{t.year}年，{t.indicator}{_COMPARATORS[t.comparator]}{t.value}{t.unit}。"


def national_facts(path: Path | None = None) -> list[DocumentFacts]:
    """The resolved facts of each document of the table (default: the shipped one), region 全国."""
    path = path or shipped_table()
    by_document: dict[str, list[NationalTarget]] = {}
    for t in read_targets(path):
        by_document.setdefault(t.document, []).append(t)
    return [_document(path, title, targets) for title, targets in by_document.items()]


def _document(path: Path, title: str, targets: list[NationalTarget]) -> DocumentFacts:
    lines = [_line(t) for t in targets]
    text = "\n".join([title, *lines]) + "\n"
    raw = RawDocument(source=f"{path}#{title}", sha256=hashlib.sha256(text.encode()).hexdigest(), encoding="utf-8",
                      text=text, size=len(text.encode()))
    norm = NormalizedText(raw, text, tuple(range(len(text) + 1)))
    sentences, values, start = [], [], len(title) + 1
    for t, line in zip(targets, lines, strict=True):
        sentences.append(Sentence(line, start, start + len(line)))
        values.append(IndicatorValue(indicator=t.indicator, value=t.value, unit=t.unit, comparator=t.comparator,
                                     year=t.year, evidence=Evidence(line, start, start + len(line), t.article)))
        start += len(line) + 1
    metadata = Metadata(title=title, kind="规划", region=Region(name=NATIONAL), plan_year=min(t.year for t in targets),
                        issuer=targets[0].issuer)
    document = StructuredDocument(norm=norm, metadata=metadata, sentences=tuple(sentences))
    return resolve(DocumentFacts(document=document, targets=tuple(values)))
