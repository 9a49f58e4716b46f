"""Rows → table | json | csv | markdown text."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["FORMATS", "format_rows", "neutralize_formula"]

Row = Mapping[str, Any]

# A spreadsheet opened on a CSV runs a cell that starts with one of these as a formula
# (=HYPERLINK(…), @SUM(…)); OWASP's advice is to prefix such cells with a single quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(text: str) -> str:
    """`text` made inert as a spreadsheet cell: a leading ``'`` when it could start a formula.

    Examples
    --------
    >>> neutralize_formula("=1+2"), neutralize_formula("-5"), neutralize_formula("班班通")
    ("'=1+2", "'-5", '班班通')
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def _columns(rows: Sequence[Row]) -> list[str]:
    """Column names in first-seen order over all rows."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _cell(value: Any) -> Any:
    """A value as one table/CSV cell: lists and maps as compact JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _tabulate(rows: Sequence[Row], fmt: str) -> str:
    if not rows:
        return ""
    columns = _columns(rows)
    body = [[_cell(row.get(c)) for c in columns] for row in rows]
    from tabulate import tabulate  # here, not at the top: every command imports this module at start-up

    return tabulate(body, headers=columns, tablefmt=fmt, disable_numparse=True)


def _table(rows: Sequence[Row]) -> str:
    return _tabulate(rows, "simple")


_MARKDOWN_BREAKS = re.compile(r"\r\n|\r|\n")


def _markdown_cell(value: Any) -> Any:
    """A cell that cannot break the pipe table: ``|`` escaped, line breaks as ``<br>``."""
    if not isinstance(value, str):
        return value
    return _MARKDOWN_BREAKS.sub("<br>", value.replace("|", "\\|"))


def _markdown(rows: Sequence[Row]) -> str:
    return _tabulate([{k: _markdown_cell(_cell(v)) for k, v in row.items()} for row in rows], "github")


def _json(rows: Sequence[Row]) -> str:
    return json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2, default=str)


def _csv_cell(value: Any) -> Any:
    """A CSV cell: text neutralized as a formula; numbers, which a spreadsheet cannot run, as they are."""
    cell = _cell(value)
    return neutralize_formula(cell) if isinstance(cell, str) else cell


def _csv(rows: Sequence[Row]) -> str:
    columns = _columns(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if columns:
        writer.writerow(columns)
    writer.writerows([_csv_cell(row.get(c)) for c in columns] for row in rows)
    return out.getvalue().rstrip("\n")


FORMATS: dict[str, Callable[[Sequence[Row]], str]] = {
    "table": _table,
    "json": _json,
    "csv": _csv,
    "markdown": _markdown,
}


def format_rows(rows: Sequence[Row], fmt: str = "table") -> str:
    """Render rows (dicts keyed by column) in one of FORMATS, without a trailing newline.

    Examples
    --------
    >>> print(format_rows([{"名称": "班班通", "文件数": 2}], "json"))
    [
      {
        "名称": "班班通",
        "文件数": 2
      }
    ]
    >>> print(format_rows([{"名称": "班班通", "文件数": 2}], "csv"))
    名称,文件数
    班班通,2
    >>> format_rows([], "json")
    '[]'
    """
    return FORMATS[fmt.lower()](rows)
