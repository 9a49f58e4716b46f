"""The text of a .docx body: paragraphs and table rows in order, with Word's list numbers.

A run's tabs and line breaks are kept as such, the paragraphs inside content controls are read
(not a table of contents), and a text box once. Headers and footers are left out.

Numbers that Word generates (a paragraph in a numbered list, directly or through
its style) are not in the paragraph's text; they are rendered here from the
numbering definitions ("一、", "（一）", "1.", "①"…) so that the document's
structure survives.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.oxml.ns import qn
from lxml import etree

from edukg.loaders.chinese_numerals import CIRCLED, DIGIT_CHARS

__all__ = ["docx_to_text"]

_CHINESE_FORMATS = {
    "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
    "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional", "japaneseCounting",
}
_T = qn("w:t")
_PARAGRAPH = qn("w:p")
_TABLE, _ROW, _CELL = qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT = qn("w:sdt")
_RUN = qn("w:r")
# what a run holds besides its text: a tab, a line break (w:br, also a page or column break) and a carriage return
_RUN_MARKS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
# Word writes a drawing (a text box) twice, for readers that know it and as a fallback for those that do not
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_IN_CELL = str.maketrans("\t\n", "  ")


def docx_to_text(data: bytes) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ValueError("not a valid .docx file (not a zip archive)") from None
    except Exception as e:  # python-docx raises KeyError, lxml or package errors on damaged parts
        raise ValueError(f"not a valid .docx file ({e.__class__.__name__})") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in _blocks(document.element.body):
        if block.tag == _PARAGRAPH:
            lines.append(numbering.label(block) + _text(block))
        elif block.tag == _TABLE:
            lines += _table_lines(block)
    return "\n".join(lines)


def _table_lines(table) -> Iterator[str]:
    """A line for each row of `table`, its cells joined by " | " (a cell's paragraphs, tabs and line
    breaks are blanks in it), and after it the rows of the tables inside its cells."""
    for row in _blocks(table):
        if row.tag != _ROW:
            continue
        cells = [cell for cell in _blocks(row) if cell.tag == _CELL]
        yield " | ".join(_text(cell).translate(_IN_CELL).strip() for cell in cells)
        for cell in cells:
            for inner in _blocks(cell):
                if inner.tag == _TABLE:
                    yield from _table_lines(inner)


def _blocks(parent) -> Iterator:
    """The children of `parent` (a body's paragraphs and tables, a table's rows, a row's cells) in
    order, those inside content controls (w:sdt) too, but for a table of contents (its headings are
    the document's own, and stand where they do)."""
    for block in parent.iterchildren():
        if block.tag == _SDT:
            content = block.find(qn("w:sdtContent"))
            gallery = _val(block.find(f"{qn('w:sdtPr')}/{qn('w:docPartObj')}"), "w:docPartGallery")
            if content is not None and gallery != "Table of Contents":
                yield from _blocks(content)
        else:
            yield block


def _text(element) -> str:
    """The text of a paragraph or cell: its runs' text, tabs and line breaks, a line break between the
    paragraphs inside it (a cell's, a text box's), a text box's text once, not the tables inside a cell."""
    parts = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, el in walker:
        if event == "end":
            if el.tag == _PARAGRAPH and el is not element:
                parts.append("\n")
        elif el.tag == _T:
            parts.append(el.text or "")
        elif el.tag in _RUN_MARKS and el.getparent().tag == _RUN:  # (not a paragraph's tab stops)
            parts.append(_RUN_MARKS[el.tag])
        elif el.tag == _FALLBACK or el.tag == _TABLE and el is not element:
            walker.skip_subtree()
    return "".join(parts).rstrip("\n")


def _val(element, tag: str) -> str | None:
    child = element.find(qn(tag)) if element is not None else None
    return child.get(qn("w:val")) if child is not None else None


class _Numbering:
    """Counters of Word's numbered lists, advanced paragraph by paragraph."""

    def __init__(self, document: docx.document.Document) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → (start, format, text)
        self.style_num: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in root.iter(qn("w:abstractNum")):
            abstract[a.get(qn("w:abstractNumId"))] = {
                int(lvl.get(qn("w:ilvl"))): (
                    int(_val(lvl, "w:start") or 1), _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or ""
                )
                for lvl in a.iter(qn("w:lvl"))
            }
        for num in root.iter(qn("w:num")):
            levels = dict(abstract.get(_val(num, "w:abstractNumId"), {}))
            for override in num.iter(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl")))
                start = _val(override, "w:startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            self.levels[num.get(qn("w:numId"))] = levels
        for style in document.styles.element.iter(qn("w:style")):
            num_pr = style.find(qn("w:pPr") + "/" + qn("w:numPr"))
            if num_pr is not None and _val(num_pr, "w:numId"):
                self.style_num[style.get(qn("w:styleId"))] = (_val(num_pr, "w:numId"), int(_val(num_pr, "w:ilvl") or 0))

    def label(self, paragraph) -> str:
        ppr = paragraph.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None and _val(num_pr, "w:numId"):
            num_id, ilvl = _val(num_pr, "w:numId"), int(_val(num_pr, "w:ilvl") or 0)
        else:
            style = _val(ppr, "w:pStyle") if ppr is not None else None
            if style not in self.style_num:
                return ""
            num_id, ilvl = self.style_num[style]
        levels = self.levels.get(num_id, {})
        if ilvl not in levels or levels[ilvl][1] in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        start = levels[ilvl][0]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        text = levels[ilvl][2]
        for k in range(ilvl, -1, -1):
            fmt = levels.get(k, (1, "decimal", ""))[1]
            text = text.replace(f"%{k + 1}", _format(counters[k] or levels.get(k, (1,))[0], fmt))
        return text


def _format(n: int, fmt: str) -> str:
    if fmt in _CHINESE_FORMATS:
        return _chinese(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= len(CIRCLED):
        return CIRCLED[n - 1]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _chinese(n: int) -> str:
    if n < 10:
        return DIGIT_CHARS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else DIGIT_CHARS[tens]) + "十" + (DIGIT_CHARS[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out
