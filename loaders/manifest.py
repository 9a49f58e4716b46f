"""The --manifest CSV: metadata researchers state for their files, overriding what edukg infers.

Columns: file, title, region, year, issuer, kind, url, published (only ``file``
is required; empty cells leave the inferred value). ``file`` is a path relative
to the CSV's folder, an absolute path, or a bare file name when that is unique.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from edukg.errors import InputError
from edukg.loaders.gazetteer import gazetteer
from edukg.loaders.metadata import KINDS, parse_date, resolve_region
from edukg.loaders.model import Metadata, Region
from edukg.loaders.read import read_text_file

__all__ = ["read_manifest", "Manifest", "COLUMNS"]

COLUMNS = ("file", "title", "region", "year", "issuer", "kind", "url", "published")


class Manifest(Mapping[str, Metadata]):
    """Metadata by file; looked up by the path as given, its absolute form, or its unique name."""

    def __init__(self, entries: dict[str, Metadata]) -> None:
        self._entries = entries  # absolute path → metadata
        names: dict[str, list[str]] = {}
        for key in entries:
            names.setdefault(Path(key).name, []).append(key)
        self._by_name = {name: keys[0] for name, keys in names.items() if len(keys) == 1}

    def __getitem__(self, source: str) -> Metadata:
        key = str(Path(source).resolve())
        if key in self._entries:
            return self._entries[key]
        name = self._by_name.get(Path(source).name)
        if name is None:
            raise KeyError(source)
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


def read_manifest(csv_path: str | Path) -> Manifest:
    """Parse a manifest CSV into metadata by file.

    Parameters
    ----------
    csv_path : str or Path
        The CSV (any encoding ``read_text_file`` detects); a header row names the columns.

    Returns
    -------
    Manifest
        A mapping from a document path (as given to ``read_document``) to its
        stated Metadata; ``manifest.get(raw.source)`` is None for unlisted files.

    Raises
    ------
    InputError
        ``"path: reason"`` or ``"path: line N: reason"`` for a missing ``file``
        column, an unknown column, or a bad year, kind or date.
    """
    text = read_text_file(csv_path)
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip().lower() for h in reader.fieldnames or ()]
    if "file" not in header:
        raise InputError(f"{csv_path}: no 'file' column (columns: {', '.join(COLUMNS)})")
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise InputError(f"{csv_path}: unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})")
    reader.fieldnames = header
    base = Path(csv_path).resolve().parent
    entries: dict[str, Metadata] = {}
    try:
        for row in reader:
            values = {k: (v or "").strip() for k, v in row.items() if k}
            if not values.get("file"):
                if any(values.values()):
                    raise ValueError("empty 'file' cell")
                continue
            path = Path(values["file"])
            key = str((path if path.is_absolute() else base / path).resolve())
            entries[key] = _metadata(values)
    except (ValueError, csv.Error) as e:
        raise InputError(f"{csv_path}: line {reader.line_num}: {e}") from None
    return Manifest(entries)


def _metadata(values: dict[str, str]) -> Metadata:
    year = (values.get("year") or "").removesuffix("年") or None
    if year is not None and not re.fullmatch(r"\d{4}", year):
        raise ValueError(f"year {values['year']!r} is not a four-digit year")
    kind = values.get("kind") or None
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    return Metadata(
        title=values.get("title") or None,
        kind=kind,
        region=_region(values.get("region") or None),
        plan_year=int(year) if year else None,
        published=_date(values.get("published") or None),
        issuer=values.get("issuer") or None,
        url=values.get("url") or None,
    )


def _region(value: str | None) -> Region | None:
    """A region name (or a path of names: 安徽省宣城市旌德县) resolved in the gazetteer."""
    if value is None:
        return None
    names = [m.name for m in gazetteer().mentions(value)] or [value]  # a short name: 绵阳
    return resolve_region(names, value) or Region(name=value)


def _date(value: str | None) -> str | None:
    if value is None:
        return None
    date = parse_date(value)
    if date is None:
        raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)")
    return date