"""Rows → table | json | csv | markdown text."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache, partial
from operator import methodcaller
from typing import Any, TextIO

__all__ = ["FORMATS", "format_rows", "neutralize_formula", "text_width", "write_sections"]

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


@cache
def _width_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Characters a terminal draws two columns wide (East Asian wide and fullwidth), and those it
    draws in none (combining marks, format characters); built once, on the first table."""
    wide: list[str] = []
    zero: list[str] = []
    for code in range(0x300, 0x40000):
        char = chr(code)
        if unicodedata.east_asian_width(char) in "WF":
            wide.append(char)
        elif unicodedata.category(char) in ("Mn", "Me", "Cf"):
            zero.append(char)

    def char_class(chars: list[str]) -> re.Pattern[str]:
        ranges, start = [], None
        for a, b in zip(chars, [*chars[1:], None]):
            start = start or a
            if b is None or ord(b) != ord(a) + 1:
                ranges.append(re.escape(start) + ("-" + re.escape(a) if a != start else ""))
                start = None
        return re.compile("[" + "".join(ranges) + "]")

    return char_class(wide), char_class(zero)


def text_width(text: str) -> int:
    """The columns a terminal gives `text`: two for each wide or fullwidth character, none for a
    combining mark.

    >>> text_width("学前三年毛入园率"), text_width("85%"), text_width("Ａ1")
    (16, 3, 3)
    """
    if text.isascii():
        return len(text)
    wide, zero = _width_patterns()
    return len(text) + len(wide.findall(text)) - len(zero.findall(text))


_PADDING = 2  # beyond a column's header, as the simple table format of tabulate has it


def _text(value: Any) -> str:
    return value if type(value) is str else str(_cell(value))


def _table_lines(rows: Sequence[Row]) -> Iterator[str]:
    """A plain-text table: a header, a rule, then one line per row (more where a cell holds line
    breaks), every cell padded to its column's width and columns two spaces apart, as tabulate's
    simple format. Written here, column by column, so that 290,000 rows take seconds, not minutes."""
    columns = _columns(rows)
    width_of = cache(text_width)  # a table repeats its cells (names, levels, units): each is measured once
    texts = [list(map(_text, map(methodcaller("get", c), rows))) for c in columns]
    widths = [max(width_of(c) + _PADDING, *(width_of(line) for t in col for line in t.split("\n")))
              if "\n" in "".join(col) else max(width_of(c) + _PADDING, *map(width_of, col))
              for c, col in zip(columns, texts)]

    def pad(text: str, width: int) -> str:
        return _pad_to(text, width_of=width_of, width=width)

    yield "  ".join(map(pad, columns, widths)).rstrip(" ")
    yield "  ".join("-" * w for w in widths)
    # each distinct text of a column padded once
    padded = [list(map(cache(partial(_pad_to, width_of=width_of, width=w)), col)) for col, w in zip(texts, widths)]
    for n, line in enumerate(map("  ".join, zip(*padded))):
        if "\n" not in line:
            yield line.rstrip(" ")
            continue
        parts = [col[n].split("\n") for col in texts]  # a cell with line breaks: the row takes several lines
        for k in range(max(map(len, parts))):
            yield "  ".join(pad(p[k] if k < len(p) else "", w) for p, w in zip(parts, widths)).rstrip(" ")


def _pad_to(text: str, *, width_of: Callable[[str], int], width: int) -> str:
    return text.ljust(width - width_of(text) + len(text))


def _table(rows: Sequence[Row]) -> str:
    return "\n".join(_table_lines(rows)) if rows else ""


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


_CSV_AS_IS = (int, float, type(None))  # written as they are (None as an empty cell), nothing to neutralize


def _write_csv(rows: Sequence[Row], out: TextIO) -> None:
    columns = _columns(rows)
    writer = csv.writer(out, lineterminator="\n")
    if columns:
        writer.writerow(columns)
    # _csv_cell for what needs it only: numbers, None and plain text are most cells of a large answer
    writer.writerows([v if type(v) in _CSV_AS_IS or (type(v) is str and not v.startswith(_FORMULA_START))
                      else _csv_cell(v) for v in map(row.get, columns)] for row in rows)


def _csv(rows: Sequence[Row]) -> str:
    out = io.StringIO()
    _write_csv(rows, out)
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


_BLOCK = 10_000  # lines written at once
_ROW_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode  # one line, by the C encoder


def _write_lines(lines: Iterator[str], out: TextIO) -> None:
    block: list[str] = []
    for line in lines:
        block.append(line)
        if len(block) == _BLOCK:
            out.write("\n".join(block) + "\n")
            block = []
    if block:
        out.write("\n".join(block) + "\n")


def write_sections(sections: Mapping[str, Sequence[Row]], fmt: str, out: TextIO | None = None) -> None:
    """Titled groups of rows written to `out` as they are made, not built whole first: each title,
    its rows in `fmt` (or ``(none)``), a blank line between groups; as JSON, one object of arrays keyed
    by title, a row a line.

    >>> write_sections({"a": [{"x": 1}], "b": []}, "json")
    {
      "a": [
        {"x": 1}
      ],
      "b": []
    }
    >>> write_sections({"a": [{"x": 1}], "b": []}, "csv")
    a
    x
    1
    <BLANKLINE>
    b
    (none)
    """
    fmt, out = fmt.lower(), out or sys.stdout
    if fmt == "json":
        out.write("{")
        for i, (title, rows) in enumerate(sections.items()):
            rows = [row if type(row) is dict else dict(row) for row in rows]
            out.write(("," if i else "") + "\n  " + _ROW_JSON(title) + ": [" + ("\n" if rows else ""))
            _write_lines((f"    {_ROW_JSON(row)}," for row in rows[:-1]), out)
            out.write(f"    {_ROW_JSON(rows[-1])}\n  ]" if rows else "]")
        out.write("\n}\n" if sections else "}\n")
        return
    for i, (title, rows) in enumerate(sections.items()):
        out.write(("\n" if i else "") + title + "\n")
        if not rows:
            out.write("(none)\n")
        elif fmt == "csv":
            _write_csv(rows, out)
        elif fmt == "table":
            _write_lines(_table_lines(rows), out)
        else:
            out.write(FORMATS[fmt](rows) + "\n")
