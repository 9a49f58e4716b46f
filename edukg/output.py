"""Rows → table | json | csv | markdown text."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from itertools import islice
from operator import itemgetter, methodcaller
from typing import Any, TextIO

__all__ = ["FORMATS", "TERMINAL_WIDTH", "format_rows", "neutralize_formula", "short_value", "text_width",
           "write_sections"]

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


def _cells(rows: Sequence[Row]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The column names (first-seen order over all rows) and each row's values in their order."""
    columns = list(rows[0]) if rows else []
    if columns and set(map(len, rows)) == {len(columns)}:  # the usual answer: every row has the same keys
        try:
            values = list(map(itemgetter(*columns), rows))
        except KeyError:
            pass
        else:
            return columns, values if len(columns) > 1 else [(v,) for v in values]
    columns = _columns(rows)
    return columns, [tuple(map(row.get, columns)) for row in rows]


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
def _width_table() -> dict[int, str | None]:
    """What `str.translate` makes of each character a terminal does not draw one column wide: two
    columns for East Asian wide and fullwidth ones, none for combining marks and format characters;
    built once, on the first table. (A translation is a fifth of the time two regex scans take.)"""
    table: dict[int, str | None] = {}
    for code in range(0x300, 0x40000):
        char = chr(code)
        if unicodedata.east_asian_width(char) in "WF":
            table[code] = "  "
        elif unicodedata.category(char) in ("Mn", "Me", "Cf"):
            table[code] = None
    return table


def text_width(text: str) -> int:
    """The columns a terminal gives `text`: two for each wide or fullwidth character, none for a
    combining mark.

    >>> text_width("学前三年毛入园率"), text_width("85%"), text_width("Ａ1")
    (16, 3, 3)
    """
    return len(text) if text.isascii() else len(text.translate(_width_table()))


TERMINAL_WIDTH = 40  # the longest text a table for a terminal shows whole (json, csv, markdown keep all)
_PADDING = 2  # beyond a column's header, as the simple table format of tabulate has it


def _text(value: Any) -> str:
    return value if type(value) is str else str(_cell(value))


def _item_text(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v is not None)
    return str(value)


def short_value(value: Any, width: int = TERMINAL_WIDTH) -> Any:
    """`value` as a table on a terminal shows it: a list as its items joined with 、 (a map item by its
    values), a text longer than `width` characters cut with …; anything else as it is.

    >>> short_value("学前三年毛入园率达到85%以上", 8), short_value([{"v": 85, "u": "%"}, "班班通"]), short_value(3)
    ('学前三年毛入园…', '85 %、班班通', 3)
    """
    if isinstance(value, list):
        value = "、".join(map(_item_text, value))
    if isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    return value


class _Column:
    """One column of a table: a key per cell and the text of each distinct key, so that a column that
    repeats its values (names, levels, units, a sentence's targets) makes and pads each text once."""

    def __init__(self, values: Sequence[Any], cut: int | None) -> None:
        def text(value: Any) -> str:
            return _text(value if cut is None else short_value(value, cut))

        kinds = set(map(type, values))
        self.keys: Sequence[Any]
        if kinds <= {str, type(None)}:  # a cell is its own key
            self.keys = values
            self.texts = {v: text(v) for v in set(values)}
        elif kinds <= {int, float, bool, type(None)}:  # keyed by repr: 1, 1.0, True (and 0.0, -0.0) are equal
            self.keys = list(map(repr, values))
            self.texts = {key: text(value) for key, value in dict(zip(self.keys, values)).items()}
        else:
            self.keys = list(map(text, values))
            self.texts = {t: t for t in set(self.keys)}

    def text(self, n: int) -> str:
        return self.texts[self.keys[n]]


def _table_lines(rows: Sequence[Row], cut: int | None = None) -> Iterator[str]:
    """A plain-text table: a header, a rule, then one line per row (more where a cell holds line
    breaks), every cell padded to its column's width and columns two spaces apart, as tabulate's
    simple format; with `cut`, texts cut as `short_value` does. Written here, column by column and
    each distinct text of a column once, so that 290,000 rows take seconds, not minutes."""
    columns, cells = _cells(rows)
    width_of = cache(text_width)
    table = [_Column(values, cut) for values in zip(*cells)]
    widths = [max(width_of(c) + _PADDING, *(width_of(line) for t in col.texts.values() for line in t.split("\n")))
              for c, col in zip(columns, table)]

    def pad(text: str, width: int) -> str:
        return _pad_to(text, width_of=width_of, width=width)

    yield "  ".join(map(pad, columns, widths)).rstrip(" ")
    yield "  ".join("-" * w for w in widths)
    padded = []
    for col, w in zip(table, widths):
        pads = {key: pad(t, w) for key, t in col.texts.items()}
        padded.append(map(pads.__getitem__, col.keys))
    lines = map("  ".join, zip(*padded))
    if not any("\n" in t for col in table for t in col.texts.values()):
        yield from map(methodcaller("rstrip", " "), lines)
        return
    for n, line in enumerate(lines):
        if "\n" not in line:
            yield line.rstrip(" ")
            continue
        parts = [col.text(n).split("\n") for col in table]  # a cell with line breaks: the row takes several lines
        for k in range(max(map(len, parts))):
            yield "  ".join(pad(p[k] if k < len(p) else "", w) for p, w in zip(parts, widths)).rstrip(" ")


def _pad_to(text: str, *, width_of: Callable[[str], int], width: int) -> str:
    return text.ljust(width - width_of(text) + len(text))


def _table(rows: Sequence[Row], cut: int | None = None) -> str:
    return "\n".join(_table_lines(rows, cut)) if rows else ""


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


_CSV_AS_IS = {int, float, type(None)}  # written as they are (None as an empty cell), nothing to neutralize


def _csv_column(values: Sequence[Any]) -> Sequence[Any]:
    """A column's cells as `_csv_cell` makes them, checked a column at once: most columns of a large
    answer are numbers, None and texts that cannot start a formula, and stay as they are."""
    kinds = set(map(type, values))
    if kinds <= _CSV_AS_IS:
        return values
    if kinds <= _CSV_AS_IS | {str}:
        if {v[:1] for v in values if type(v) is str}.isdisjoint(_FORMULA_START):
            return values
        if kinds <= {str, type(None)}:  # a few distinct texts (comparators), each neutralized once
            made = {v: _csv_cell(v) for v in set(values)}
            return list(map(made.__getitem__, values))
    return [_csv_cell(v) for v in values]


def _write_csv(rows: Sequence[Row], out: TextIO) -> None:
    columns, cells = _cells(rows)
    writer = csv.writer(out, lineterminator="\n")
    if columns:
        writer.writerow(columns)
    writer.writerows(zip(*map(_csv_column, zip(*cells))))


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


def format_rows(rows: Sequence[Row], fmt: str = "table", *, cut: int | None = None) -> str:
    """Render rows (dicts keyed by column) in one of FORMATS, without a trailing newline; a table with
    `cut` shows texts and lists as `short_value` does (for a terminal: ``cut=TERMINAL_WIDTH``).

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
    fmt = fmt.lower()
    return _table(rows, cut) if fmt == "table" else FORMATS[fmt](rows)


_BLOCK = 10_000  # lines written at once
_ROW_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode  # one line, by the C encoder


def _write_lines(lines: Iterator[str], out: TextIO) -> None:
    while block := list(islice(lines, _BLOCK)):
        out.write("\n".join(block) + "\n")


def write_sections(sections: Mapping[str, Sequence[Row]], fmt: str, out: TextIO | None = None, *,
                   cut: int | None = None) -> None:
    """Titled groups of rows written to `out` as they are made, not built whole first: each title,
    its rows in `fmt` (or ``(none)``; tables with `cut` as `format_rows` has it), a blank line between
    groups; as JSON, one object of arrays keyed by title, a row a line.

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
            _write_lines(_table_lines(rows, cut), out)
        else:
            out.write(FORMATS[fmt](rows) + "\n")
