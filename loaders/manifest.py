"""The --manifest CSV: metadata researchers state for their files, overriding what edukg infers.

Columns: file, title, region, year, issuer, kind, url, published (only ``file``
is required; empty cells leave the inferred value). ``file`` is a path relative
to the CSV's folder, an absolute path, or a bare file name when that is unique.
A header or a value that cannot be used is an error; a row that cannot be used
(an unterminated quote, cells past the header) is ignored with a warning, and
so is a row naming a file that exists nowhere (``Manifest.unused``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from edukg.errors import InputError
from edukg.loaders.gazetteer import gazetteer
from edukg.loaders.metadata import KIND_WORDS, KINDS, parse_date, resolve_region
from edukg.loaders.model import Metadata, Region
from edukg.loaders.read import read_text_file

__all__ = ["read_manifest", "Manifest", "COLUMNS"]

COLUMNS = ("file", "title", "region", "year", "issuer", "kind", "url", "published")


class Manifest(Mapping[str, Metadata]):
    """Metadata by file; looked up by the path as given, its absolute form, or its unique name."""

    def __init__(self, entries: dict[str, Metadata], rows: dict[str, tuple[str, str]] | None = None,
                 warnings: list[str] | None = None) -> None:
        self._entries = entries  # absolute path → metadata
        self._rows = rows or {}  # absolute path → ("csv: line N", the file cell) naming its row
        self.warnings = warnings or []  # rows ignored while reading, one line each
        names: dict[str, list[str]] = {}
        for key in entries:
            names.setdefault(Path(key).name, []).append(key)
        self._by_name = {name: keys[0] for name, keys in names.items() if len(keys) == 1}

    def _key(self, source: str) -> str:
        key = str(Path(source).resolve())
        if key in self._entries:
            return key
        name = self._by_name.get(Path(source).name)
        if name is None:
            raise KeyError(source)
        return name

    def __getitem__(self, source: str) -> Metadata:
        return self._entries[self._key(source)]

    def unused(self, sources: Iterable[str | Path]) -> list[str]:
        """A warning for each row that names a file which does not exist and is none of `sources`."""
        used = set()
        for source in sources:
            try:
                used.add(self._key(str(source)))
            except KeyError:
                pass
        return [f"{where}: no such file {cell!r}; row not used"
                for key, (where, cell) in self._rows.items() if key not in used and not Path(key).exists()]

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
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader, [])]
    except csv.Error as e:
        raise InputError(f"{csv_path}: line 1: {e}") from None
    if "file" not in header:
        raise InputError(f"{csv_path}: no 'file' column (columns: {', '.join(COLUMNS)})")
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise InputError(f"{csv_path}: unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})")
    base = Path(csv_path).resolve().parent
    entries: dict[str, Metadata] = {}
    rows: dict[str, tuple[str, str]] = {}
    warnings: list[str] = []
    for line, cells in _rows(reader, f"{csv_path}", warnings):
        where = f"{csv_path}: line {line}"
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            warnings.append(f"{where}: {len(cells)} cells but {len(header)} columns; row ignored")
            continue
        values = {k: v.strip() for k, v in zip(header, cells) if k}
        try:
            if not values.get("file"):
                if any(values.values()):
                    raise ValueError("empty 'file' cell")
                continue
            path = Path(values["file"])
            key = str((path if path.is_absolute() else base / path).resolve())
            entries[key] = _metadata(values)
            rows[key] = (where, values["file"])
        except ValueError as e:
            raise InputError(f"{where}: {e}") from None
    return Manifest(entries, rows, warnings)


def _rows(reader: Iterator[list[str]], name: str, warnings: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, its cells); a row the CSV dialect refuses becomes a warning."""
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            if "unexpected end of data" in str(e):  # a quote opened and never closed swallowed the rest
                warnings.append(f"{name}: line {line}: unterminated quote; this row and every line after it ignored")
                return
            warnings.append(f"{name}: line {line}: {e}; row ignored")
            continue
        yield line, cells


def _metadata(values: dict[str, str]) -> Metadata:
    year = (values.get("year") or "").removesuffix("年") or None
    if year is not None and not re.fullmatch(r"\d{4}", year):
        raise ValueError(f"year {values['year']!r} is not a four-digit year")
    kind = values.get("kind") or None
    kind = KIND_WORDS.get(kind, kind) if kind else None
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