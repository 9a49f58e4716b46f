"""Tables in a document: rows of cells under a header, read from the original text.

Three shapes, as real files carry them:

- ``cells``: a row per line, cells separated by " | " (HTML and Word tables as the
  reader writes them) or by tabs (one each, two in a row holding an empty cell, unless the first row
  has runs of tabs that line its columns up); after the first row, a row of one cell too (| 一、普及水平, a
  heading spanning the columns, or a cell the cells before it span from the rows above), or a short
  line with no separator between two rows (a Word table's merged row 学前教育 over the rows of its group);
- ``spaces``: a row per line, cells aligned by runs of two or more blanks (a table typed
  or exported as plain text); two blanks between two single characters (指  标) are
  letter-spacing inside a cell; a cell's rest wrapped onto a line of its own under it is
  that cell's (its text joined, its span the first line's), a numbered heading alone on its line
  between rows (一、学前教育) a row of one cell;
- ``lines``: one cell per line, what a scraped page's table becomes: a header of short
  cells (指标 / 2020年 / 2025年 / 属性), each on its own line, then the rows' cells line
  after line. Blank lines between cells are layout. A row of a table with a 属性 column
  ends at its 属性 cell (约束性/预期性), so that a row holding sub-rows (其中:小学 / 初中,
  then a value of each per year) stays one row; a numbered task list (序号 | 重点工作任务 | 责任单位)
  opens each row at its number, the headings between its rows (二、…) rows of their own, since a
  blank cell leaves no line; in other tables a row has as many cells as the header, a heading between
  rows (一、学前教育, or under columns of years a label where a row would hold no number under them:
  学前教育) a row of its own where that leaves every other row full. The table ends
  at a line too long to be a cell, or one that ends a sentence (。) unless the table lists tasks or
  duties.

A page of a long document may start inside its indicator table: rows each ending at its 属性
cell, with no header, one cell per line (see ``_Reader.attribute_rows``) or in any other shape.

A table starts at its header: a row of at least two cells, all header words (指标, 属性,
2025年, 项目名称, 单位, 职责…) in the ``lines`` shape, at least two of them in the others,
one of them naming what the table is about (指标, 属性, 项目名称, 投资, 职责, 任务, 单位). In the
``lines`` shape the header opens at the first of the header words above the line a hint found
(时间 / 工作内容 over 责任部门).
Rows before a header (a page's 索引号 | 发布日期 block) are no table, and a header ends the table before it
(a page's tables one right after another, with no line between them).

Detection runs on the original text, where the blanks that align cells are still
there: each cell keeps the span of the original it was read from, and its normalized
(Simplified) text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence

from edukg.loaders.model import NormalizedText, Table, TableCell

__all__ = ["find_tables", "ATTRIBUTE"]

# What a line of a table holds, one of them at least (looked for apart: one pattern of them all
# would be tried at every character): a cell separator, two years apart (单位 2015年 2020年), a
# heading alone on its line (Traditional forms too: detection reads the original text), or a run
# of blanks between two words (not a paragraph's indent).
_SEPARATOR = re.compile(r"[|\t]")
_YEARS_APART = re.compile(r"年[ \u3000\xa0]+(?:19|20)\d{2}年")
_HEADING = (
    r"[ \u3000\xa0]*(?:指[ \u3000\xa0]*[标標](?:名[称稱])?|序[号號]|[类類]别|[项項]目(?:名[称稱])?|"
    r"(?:[责責]任|牵头|牽頭)?(?:[单單]位|部[门門])|[职職][责責]|(?:重点|重點|主要)?(?:工作)?任[务務])[ \u3000\xa0]*(?=\n|$)"
)
# (the first line is matched apart: a search for (?:^|\n)… is tried at every character, one for
# \n… skips from line end to line end)
_HEADING_LINE, _HEADING_FIRST_LINE = re.compile(rf"\n{_HEADING}"), re.compile(_HEADING)
# a 属性 cell alone on its line (Traditional too): the end of a row of an indicator table
_ATTRIBUTE_LINE = re.compile(r"(?:^|\n)[ \u3000\xa0]*(?:[约約]束性|[预預]期性)[ \u3000\xa0\r]*(?=\n|$)")
_BLANK_RUN = re.compile(r"[ \u3000\xa0][ \u3000\xa0]+")
_BLANK = " \t\n\r\u3000\xa0"
_PIPE = re.compile(r"[ \u3000\xa0]*\|[ \u3000\xa0]*")
_TAB = re.compile(r"[ \u3000\xa0]*\t[\t \u3000\xa0]*")
_ONE_TAB = re.compile(r"[ \u3000\xa0]*\t[ \u3000\xa0]*")  # (between two tabs, an empty cell)
_TABS = re.compile(r"\t[ \u3000\xa0]*\t")
_BLANKS = re.compile(r"[ \u3000\xa0]{2,}")
_LINE = re.compile(r"[^\n]*")
_CELL = re.compile(r"[^ \t\u3000\xa0\r]+")
_YEAR = re.compile(r"(?:19|20)\d{2}年")
_VALUE_LIKE = re.compile(r"[\d%]")
_MAX_ROW = 40  # a longer line of cells a single blank separates is running text
_WS = re.compile(r"\s+")
_HAN1 = re.compile(r"^[\u3400-\u9fff]$")
# a label and the first value one blank apart in a row of blank-aligned cells
_LABEL_VALUE = re.compile(r"(?P<label>.*[\u4e00-\u9fff)）])[ \u3000](?P<value>\d+(?:\.\d+)?%?)")

_YEAR_HEAD = r"(?:19|20)\d{2}(?:年|目标|规划|预期).{0,8}|(?:19|20)\d{2}|十[一二三四五]五.{0,4}"
# (a bureau's own task list names its divisions where others name units: 牵头责任科室, 责任处室, 责任股室)
_ANCHOR = (
    r"指标.{0,4}|[一二三]级(?:指标)?|属性|指标属性|项目名称|项目|.{0,4}投资.{0,8}|.{0,4}职责|.{0,4}任务|.{0,6}单位|.{0,4}部门|"
    r".{0,4}(?:科室|处室|股室)"
)
_HEADER = re.compile(
    rf"^(?:{_ANCHOR}|{_YEAR_HEAD}|序号|编号|类别|类型|领域|年份|年度|.{{0,4}}内容|.{{0,4}}事项|时间|基期.{{0,4}}|现状.{{0,4}}|基数|目标值?.{{0,6}}|"
    r"建设内容.{0,4}|建设规模.{0,4}|建设地点|建设性质|建设年限|建设期限|起止年限|资金来源|完成时限|时间节点|"
    r"完成时间|时间安排|备注|计量单位|.{0,3}领导|责任人)$"
)
_ANCHOR_WORD = re.compile(rf"^(?:{_ANCHOR})$")
ATTRIBUTE = re.compile(r"^(?:约束性|预期性|指导性)$")
_MAX_LINE_CELL = 80  # a longer line is running text, not a cell…
_MAX_TASK_CELL = 300  # …unless the table lists tasks or duties
_TASK_HEAD = re.compile(r"任务|职责|内容|措施")
_SENTENCE_END = "。；;！!"  # a line ending so is running text, not a cell, unless the table lists tasks
# a body's last word alone on a line (县教育 / 局): the rest of the cell before, broken where the page broke it
_NAME_TAIL = ("局", "委", "办", "厅")
_NUMBER_CELL = re.compile(r"^[≥≤><=约]*\s*\d+(?:[.,]\d+)*\s*[%‰万亿]?\s*(?:以上|以下|以内|左右)?$")
_SERIAL_CELL = re.compile(r"\d{1,3}")
_SERIAL_HEADS = ("序号", "编号")
_PART_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、")  # 二、全力以赴惠民生…
# a line that opens a heading, a caption or a note: no cell's rest
_NUMBERED = re.compile(r"[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|(?:附?表|专栏)\s*\d|注[:：]")
_MAX_UNIT_CELL = 2  # a unit cell (%, 万人, 年) is no longer: a longer cell that is no number is a label
_MAX_HEADER_CELL = 16  # a longer line is no column heading
# a heading over the columns of years a second header row names (年份, 目标值, 基期)
_SPANNING = re.compile(r"年份|年度|目标|基期|现状|基数|规划|预期|(?:19|20)\d{2}|十[一二三四五]五")
# a heading under a year's that names what its column gives (2020年 over 基期, 2025年 over 目标)
_YEAR_ROLE = re.compile(r"^(?:基期|现状|基数|目标|规划|预期)值?$")
_MAX_HEADER_ROWS = 6  # rows of a block looked at for its header (below a disclosure card: 索引号 | …, 发布单位 | …)


def _is_header_word(text: str) -> bool:
    """Whether a cell's normalized text is a word tables use as a column heading."""
    return bool(_HEADER.match(_WS.sub("", text)))


def find_tables(norm: NormalizedText) -> tuple[Table, ...]:
    r"""Every table of the document, in text order.

    Examples
    --------
    >>> from edukg.loaders.model import RawDocument
    >>> from edukg.loaders.normalize import normalize
    >>> text = "主要指标\n指标 | 2020年 | 2025年 | 属性\n学前教育毛入园率(%) | 86.2 | 90 | 预期性\n"
    >>> table, = find_tables(normalize(RawDocument("a.html", "0" * 64, "html", text)))
    >>> [c.text for c in table.header], [c.text for c in table.rows[0]]
    (['指标', '2020年', '2025年', '属性'], ['学前教育毛入园率(%)', '86.2', '90', '预期性'])
    >>> text[table.rows[0][1].start : table.rows[0][1].end]
    '86.2'
    """
    raw = norm.raw.text
    hints = _hints(raw)
    if not hints:
        return ()
    reader = _Reader(norm)
    lines = [(m.start(), m.end()) for m in _LINE.finditer(raw) if m.end() > m.start()]
    tables: list[Table] = []
    done = 0  # lines before this one are read
    for pos in hints:  # a table starts on a line with a hint: its header
        i = bisect_right(lines, (pos, len(raw))) - 1
        if i < done:
            continue
        block = reader.cell_rows(lines, i)
        table, done = block if block else (
            reader.one_per_line(lines, i, done) or reader.blank_rows(lines, i) or reader.attribute_rows(lines, i), i + 1
        )
        if table is not None:
            tables.append(table)
            done = max(done, _line_after(lines, table.end))
    return tuple(tables)


def _hints(raw: str) -> list[int]:
    """Positions in the lines that may belong to a table, in text order."""
    # (scans for a character or two cost a fraction of a pattern's search: most documents hold no separator nor run of
    # blanks)
    found = [m.start() for m in _SEPARATOR.finditer(raw)] if "|" in raw or "\t" in raw else []
    found += [m.start() for m in _YEARS_APART.finditer(raw)]
    found += [m.end() for m in _HEADING_LINE.finditer(raw)]
    if first := _HEADING_FIRST_LINE.match(raw):
        found.append(first.end())
    if "束性" in raw or "期性" in raw:  # most documents have no 属性 cell
        found += [m.end() for m in _ATTRIBUTE_LINE.finditer(raw)]
    if "  " in raw or "\u3000" in raw or "\xa0" in raw:
        found += [
            m.start() for m in _BLANK_RUN.finditer(raw)
            if m.start() and raw[m.start() - 1] not in _BLANK and m.end() < len(raw) and raw[m.end()] not in _BLANK
        ]
    return sorted(found)


def _line_after(lines: list[tuple[int, int]], pos: int) -> int:
    """Index of the first line that starts at or after `pos`."""
    return bisect_left(lines, (pos, 0))


class _Reader:
    """Cells of one document: splitting lines and giving each span its normalized text."""

    def __init__(self, norm: NormalizedText) -> None:
        self.norm = norm
        self.raw = norm.raw.text
        self.wrapped: dict[int, tuple[int, int]] = {}  # a cell's start → the span of its rest on the next line

    def cell(self, start: int, end: int, row: int, column: int) -> TableCell:
        """The cell written at start:end, its text with its rest on the next line if it wraps (its span the first line's)."""
        text = self._text(start, end)
        if rest := self.wrapped.get(start):
            text += self._text(*rest)
        return TableCell(text, start, end, row, column)

    def _text(self, start: int, end: int) -> str:
        offsets = self.norm.offsets
        a, b = bisect_left(offsets, start, 0, len(offsets) - 1), bisect_left(offsets, end, 0, len(offsets) - 1)
        return self.norm.text[a:b].strip()

    def wrap(self, spans: list[tuple[int, int]], row_line: tuple[int, int], line: tuple[int, int]) -> bool:
        """Whether `line`, right after a row of blank-aligned cells, is the rest of one of its cells
        wrapped onto a line of its own (高中阶段教育毛入学率 over （%）): a short cell no sentence,
        no numbered heading, starting at or after the row's first cell's column; kept for that cell."""
        a, b = _trim(self.raw, *line)
        text = self.raw[a:b]
        if not a < b <= a + _MAX_HEADER_CELL or text[-1] in _SENTENCE_END or _NUMBERED.match(text):
            return False
        at = a - line[0]
        column = [k for k, (s, _) in enumerate(spans) if s - row_line[0] <= at]
        if not column:
            return False
        start = spans[column[-1]][0]
        self.wrapped[start] = (self.wrapped[start][0], b) if start in self.wrapped else (a, b)
        return True

    def split(
        self, start: int, end: int, least: int = 2, single_tabs: bool = False, closed: bool = True
    ) -> tuple[str, list[tuple[int, int]]] | None:
        """The separator kind of a line and its cells' spans (blanks trimmed), if it has `least` cells or more;
        with `single_tabs`, each tab separates two cells (two tabs in a row hold an empty cell), else a run of
        tabs is one separator (columns typed with tabs to line them up); unless `closed`, a row may end in an
        empty cell."""
        line = self.raw[start:end]
        if "|" in line:
            kind, sep = "cells", _PIPE
        elif "\t" in line:
            kind, sep = "cells", _ONE_TAB if single_tabs else _TAB
        else:
            kind, sep = "spaces", _BLANKS
        spans, pos = [], 0
        for m in sep.finditer(line):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(line)))
        spans = [_trim(line, a, b) for a, b in spans]
        if kind == "cells":
            # "| a | b" as HTML rows are written: no cell before the first bar, nor after the last unless
            # the table's first row ends with no bar (a Word row "a | b | " ends in an empty cell)
            if spans and spans[0][0] == spans[0][1]:
                spans = spans[1:]
            if spans and spans[-1][0] == spans[-1][1] and (closed or len(spans) < 3):  # (a lone cell and a bar: one)
                spans = spans[:-1]
        else:
            spans = _letter_spaced([p for a, b in spans if a < b for p in _label_and_value(line, a, b)], line)
        if len(spans) < least:
            return None
        return kind, [(start + a, start + b) for a, b in spans]

    def cell_rows(self, lines: list[tuple[int, int]], i: int) -> tuple[Table | None, int] | None:
        """The block of lines split alike into cells that starts at line i, and the line after it:
        a table from its header row on, or None when no row of it is a header; None when line i has no cells."""
        first = self.split(*lines[i])
        if first is None:
            return None
        kind = first[0]
        # (cells split by bars and by tabs are two tables: a Word table, then a signer and the date set apart by a tab)
        bars = "|" in self.raw[slice(*lines[i])]
        # (a first row with no run of tabs is no table typed with tabs to line up its columns: a table copied
        # from Word, where two tabs in a row hold an empty cell)
        single = not bars and "\t" in self.raw[slice(*lines[i])] and not _TABS.search(self.raw, *lines[i])
        # (rows end in an empty cell where the first row ends with no bar, and in a table copied from Word)
        closed = self.raw[_trim(self.raw, *lines[i])[1] - 1] == "|" if bars else not single
        block, at = [first[1]], [i]  # the rows' spans, and the line of each
        j = last = i + 1  # (last: the line after the last one read)
        while j < len(lines):
            if not self.raw[lines[j][0] : lines[j][1]].strip():
                j += 1
                continue
            # (a row of one cell where the cells before it span it from rows above: | 负责教师队伍建设。)
            row = self.split(*lines[j], least=1 if kind == "cells" else 2, single_tabs=single, closed=closed)
            if row is None and kind == "spaces" and last == j and self.wrap(block[-1], lines[at[-1]], lines[j]):
                j = last = j + 1
                continue
            if row is None or row[0] != kind or ("|" in self.raw[slice(*lines[j])]) != bars:
                if (heading := self._spanning_heading(lines, j, kind, bars)) is None:
                    break
                row = kind, [heading]
            spans = row[1]
            if not closed and len(spans) > len(block[0]) and spans[-1][0] == spans[-1][1]:
                spans = spans[:-1]  # (no empty cell past the first row's: a row closed with a bar)
            block.append(spans)
            at.append(j)
            j = last = j + 1
        for h, spans in enumerate(block[:_MAX_HEADER_ROWS]):
            if self._is_header(header := self._cells(spans)):
                first = h + 1
                if first < len(block) and (spread := _spanned(header, self._cells(block[first]))):
                    header, first = spread, first + 1
                # (the next table's header ends this one: a page's tables one right after another)
                end = next((r for r in range(first, len(block)) if self._is_header(self._cells(block[r]))), len(block))
                rows = tuple(
                    tuple(self.cell(a, b, r, c) for c, (a, b) in enumerate(spans))
                    for r, spans in enumerate(block[first:end])
                )
                if rows:
                    after = at[end] if end < len(block) else j
                    return Table(tuple(header), rows, header[0].start, rows[-1][-1].end, kind), after
        rows = tuple(tuple(self.cell(a, b, r, c) for c, (a, b) in enumerate(spans)) for r, spans in enumerate(block))
        if len(rows) >= 2 and all(ATTRIBUTE.match(row[-1].text) for row in rows):
            # rows of a table whose header is on the page before
            return Table((), rows, rows[0][0].start, rows[-1][-1].end, kind), j
        return None, j

    def _spanning_heading(self, lines: list[tuple[int, int]], j: int, kind: str, bars: bool) -> tuple[int, int] | None:
        """The span of line j if it is a heading between rows of bar- or tab-split cells written with no
        separator (a Word table's merged row 学前教育, or 一、普及水平, over the rows of its group), or a
        numbered one between rows of blank-aligned cells (一、学前教育; a short line else may be a cell's
        rest): a short line, no sentence, and the next line holding text a row split alike that heads no table."""
        a, b = _trim(self.raw, *lines[j])
        if not a < b <= a + _MAX_HEADER_CELL or self.raw[b - 1] in _SENTENCE_END:
            return None
        if kind != "cells" and not _PART_HEADING.match(self.raw, a):
            return None
        k = j + 1
        while k < len(lines) and not self.raw[lines[k][0] : lines[k][1]].strip():
            k += 1
        after = self.split(*lines[k]) if k < len(lines) else None
        if after is None or after[0] != kind or ("|" in self.raw[slice(*lines[k])]) != bars:
            return None
        return None if self._is_header(self._cells(after[1])) else (a, b)

    def _cells(self, spans: list[tuple[int, int]]) -> list[TableCell]:
        return [self.cell(a, b, -1, c) for c, (a, b) in enumerate(spans)]

    @staticmethod
    def _is_header(cells: list[TableCell]) -> bool:
        """Whether a row of cells heads a table: two header words or more, one naming what it is about."""
        return sum(_is_header_word(c.text) for c in cells) >= 2 and any(
            _ANCHOR_WORD.match(_WS.sub("", c.text)) for c in cells
        )

    def one_per_line(self, lines: list[tuple[int, int]], i: int, done: int = 0) -> Table | None:
        """A header of short cells one per line starting at line i, or at the header words right above it
        (时间 / 工作内容 over 责任部门, the line a hint found), then the rows' cells one per line."""
        header: list[TableCell] = []
        j = k = i
        while k > max(done, i - _MAX_HEADER_ROWS):
            a, b = _cell_line(self.raw, *lines[k - 1])
            if not a < b <= a + _MAX_HEADER_CELL or not _is_header_word(self.cell(a, b, -1, 0).text):
                break
            j = k = k - 1
        while j < len(lines):
            a, b = _cell_line(self.raw, *lines[j])
            if b - a > _MAX_HEADER_CELL:
                break
            if a < b:
                cell = self.cell(a, b, -1, len(header))
                if not _is_header_word(cell.text):
                    break
                header.append(cell)
            j += 1
        header = _untitled(_unflattened(header))
        texts = [_WS.sub("", c.text) for c in header]
        if len(header) < 2 or not any(_ANCHOR_WORD.match(t) for t in texts):
            return None
        by_attribute = any(t in ("属性", "指标属性") for t in texts)
        tasks = any(_TASK_HEAD.search(t) for t in texts)
        longest = _MAX_TASK_CELL if tasks else _MAX_LINE_CELL
        cells: list[TableCell] = []
        headings = [c.text for c in header]
        while j < len(lines):
            a, b = _cell_line(self.raw, *lines[j])
            if b - a > longest or not tasks and a < b and self.raw[b - 1] in _SENTENCE_END:
                break
            # (a line the normalizer drops, a page number, is no cell; the header repeated on the
            # next page is no row)
            if a < b and (cell := self.cell(a, b, 0, 0)).text:
                if cells and cell.text in _NAME_TAIL:
                    head = cells.pop()
                    cell = TableCell(head.text + cell.text, head.start, b, 0, 0)
                cells.append(cell)
                if cell.text == header[-1].text and [c.text for c in cells[-len(header) :]] == headings:
                    del cells[-len(header) :]
            j += 1
        # (a task list numbered row by row: its numbers open the rows, whatever cells were left blank)
        numbered = tasks and not by_attribute and texts[0] in _SERIAL_HEADS
        if numbered:
            grouped: Iterable[list[TableCell]] = _numbered_rows(cells, len(header))
        elif by_attribute or not len(cells) % len(header) or not (headed := _headed_rows(cells, len(header), header)):
            grouped = _rows(cells, len(header), by_attribute)
        else:
            grouped = headed
        rows = tuple(_placed(grouped))
        if not rows:
            return None
        return Table(tuple(header), rows, header[0].start, rows[-1][-1].end, "lines")


    def blank_rows(self, lines: list[tuple[int, int]], i: int) -> Table | None:
        """Rows whose cells a single blank separates, under a header of two years or more
        (单位 2015年 2020年), which a heading alone on the line before may open (指 标)."""
        spans = _blank_cells(self.raw, *lines[i])
        header = [self.cell(a, b, -1, c) for c, (a, b) in enumerate(spans)]
        if not all(_is_header_word(c.text) for c in header) or sum(bool(_YEAR.match(c.text)) for c in header) < 2:
            return None
        before = next((k for k in range(i - 1, max(i - 3, -1), -1) if self.raw[slice(*lines[k])].strip()), None)
        if before is not None:
            a, b = _trim(self.raw, *lines[before])
            heading = self.cell(a, b, -1, 0)
            if b - a <= _MAX_HEADER_CELL and _is_header_word(heading.text) and _ANCHOR_WORD.match(heading.text):
                header.insert(0, heading)
        header = [TableCell(c.text, c.start, c.end, -1, k) for k, c in enumerate(header)]
        rows: list[tuple[TableCell, ...]] = []
        for j in range(i + 1, len(lines)):
            a, b = _trim(self.raw, *lines[j])
            if b - a > _MAX_ROW or a < b and self.raw[b - 1] in _SENTENCE_END:
                break
            spans = _blank_cells(self.raw, a, b)
            if len(spans) > len(header):
                break
            if spans:
                rows.append(tuple(self.cell(s, e, len(rows), k) for k, (s, e) in enumerate(spans)))
        if not rows:
            return None
        return Table(tuple(header), tuple(rows), header[0].start, rows[-1][-1].end, "spaces")


    def attribute_rows(self, lines: list[tuple[int, int]], i: int) -> Table | None:
        """Rows read one cell per line, each ending at its 属性 cell, with no header: a page of a
        document that starts inside its indicator table (label, unit, values, 约束性 row after row).
        The first row starts at its label, the last cell before the values above line i that is
        not a number or a unit, or at the serial number right before that label."""
        first = i
        while first > 0:
            a, b = _cell_line(self.raw, *lines[first - 1])
            text = self.raw[a:b]
            first -= 1
            if not text:
                continue  # blank lines between cells are layout
            if b - a > _MAX_LINE_CELL or text[-1] in _SENTENCE_END:
                first += 1
                break
            if not _NUMBER_CELL.match(text) and len(text) > _MAX_UNIT_CELL:
                break  # the label
        if first > 0 and _SERIAL_CELL.fullmatch(self.raw[slice(*_cell_line(self.raw, *lines[first - 1]))]):
            first -= 1
        if first == i:
            return None
        cells: list[TableCell] = []
        j = first
        while j < len(lines):
            a, b = _cell_line(self.raw, *lines[j])
            if b - a > _MAX_LINE_CELL or a < b and self.raw[b - 1] in _SENTENCE_END:
                break
            if a < b:
                cells.append(self.cell(a, b, 0, 0))
            j += 1
        rows = tuple(_placed(_rows(cells, 0, True)))
        if not rows:
            return None
        return Table((), rows, rows[0][0].start, rows[-1][-1].end, "lines")


def _spanned(header: list[TableCell], sub: list[TableCell]) -> list[TableCell] | None:
    """A header over two rows, the second of years (指标 | 年份 | 属性 over 2020年 | 2025年, as a page's
    rowspan and colspan cells are written): one row, the years in place of the heading that spans
    them, or of the headings over them one by one (基期 | 目标 over 2020年 | 2025年)."""
    sub = [c for c in sub if c.text]  # (an empty cell: one a heading above spans, 属性 over two rows)
    texts = [_WS.sub("", c.text) for c in sub]
    if not any(_YEAR.match(t) for t in texts) or not all(_HEADER.match(t) for t in texts):
        return None
    over = [j for j, c in enumerate(header) if _SPANNING.search(c.text) or not _is_header_word(c.text)]
    if len(over) == 1:
        cells = header[: over[0]] + sub + header[over[0] + 1 :]
    elif len(over) == len(sub):
        years = iter(sub)
        cells = [next(years) if j in over else c for j, c in enumerate(header)]
    else:
        return None
    return [TableCell(c.text, c.start, c.end, -1, k) for k, c in enumerate(cells)]


def _unflattened(header: list[TableCell]) -> list[TableCell]:
    """A header over two rows read one cell per line (指标 / 基期 / 目标 / 属性 / 2020年 / 2025年, the
    second row's cells after the first's) as one row: the years in place of the headings over them,
    or, under years, the words naming them (2020年 / 2025年 over 基期 / 目标) left out."""
    for k in range(2, len(header) - 1):
        top, sub = header[:k], header[k:]
        texts = [_WS.sub("", c.text) for c in sub]
        if all(_YEAR.match(t) for t in texts):
            if not any(_YEAR.match(c.text) for c in top) and (spread := _spanned(top, sub)):
                return spread
        elif all(_YEAR_ROLE.match(t) for t in texts) and sum(bool(_YEAR.match(c.text)) for c in top) == len(sub):
            return top
    return header


def _untitled(header: list[TableCell]) -> list[TableCell]:
    """A header read one cell per line without the title line above it that names what a column
    of it holds (部门职责 over 单位 / 职责, 重点任务 over 工作任务 / 责任单位): no column of its own."""
    what = _TASK_HEAD.search(header[0].text) if len(header) > 2 else None
    if what is None or not any(what.group() in c.text for c in header[1:]):
        return header
    return [TableCell(c.text, c.start, c.end, -1, k) for k, c in enumerate(header[1:])]


def _blank_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of text[start:end] that blanks separate; one character spaced out is one cell (普通 高中)."""
    spans = [(start + m.start(), start + m.end()) for m in _CELL.finditer(text[start:end])]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and (_HAN1.match(text[a:b]) or _HAN1.match(text[out[-1][0] : out[-1][1]])) and not (
            _VALUE_LIKE.match(text[a:b]) or _VALUE_LIKE.match(text[out[-1][0] : out[-1][1]])
        ) and b - a + out[-1][1] - out[-1][0] <= 4:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _placed(rows: Iterable[list[TableCell]]) -> Iterator[tuple[TableCell, ...]]:
    """Cells grouped into rows, each cell given its row and its column."""
    for r, row in enumerate(rows):
        yield tuple(TableCell(c.text, c.start, c.end, r, k) for k, c in enumerate(row))


def _rows(cells: list[TableCell], width: int, by_attribute: bool) -> Iterator[list[TableCell]]:
    """Cells read one per line, grouped into rows: up to a 属性 cell, or `width` at a time."""
    row: list[TableCell] = []
    for cell in cells:
        row.append(cell)
        if ATTRIBUTE.match(cell.text) if by_attribute else len(row) == width:
            yield row
            row = []
    if row and not by_attribute:
        yield row


def _headed_rows(cells: list[TableCell], width: int, header: Sequence[TableCell] = ()) -> list[list[TableCell]] | None:
    """Cells read one per line with headings between rows (一、学前教育, a merged row of the page's
    table): each heading a row of its own, the other cells `width` at a time; None unless every row is full.
    Under a header with columns of years, a heading needs no number: a label (学前教育) at a row's start
    where a row starting there would hold no number under a year, and one starting after it would."""
    years = [k for k, c in enumerate(header) if k and _YEAR.match(_WS.sub("", c.text))]
    rows: list[list[TableCell]] = []
    row: list[TableCell] = []
    for at, cell in enumerate(cells):
        if not row and (
            _PART_HEADING.match(cell.text)
            or years and not _valued(cells, at, years) and _valued(cells, at + 1, years)
        ):
            rows.append([cell])
            continue
        row.append(cell)
        if len(row) == width:
            rows.append(row)
            row = []
    return None if row else rows


def _valued(cells: list[TableCell], at: int, columns: list[int]) -> bool:
    """Whether a row of cells starting at `at` holds a number in each of `columns` and none in its label."""
    return (
        at + columns[-1] < len(cells)
        and not _NUMBER_CELL.match(cells[at].text)
        and all(_NUMBER_CELL.match(cells[at + k].text) for k in columns)
    )


def _numbered_rows(cells: list[TableCell], width: int) -> Iterator[list[TableCell]]:
    """Cells of a numbered task list read one per line, grouped into rows: each row opens at its number
    and ends at the next one, or after `width` cells. A line between rows that is no number is a
    heading over the rows after it (二、全力以赴惠民生…, a merged row in the page's table): a row of its own.
    A blank cell leaves no line, so counting cells alone would shift every row after it."""
    row: list[TableCell] = []
    for cell in cells:
        opens = _SERIAL_CELL.fullmatch(cell.text) is not None
        if row and (opens or _PART_HEADING.match(cell.text) or len(row) == width):
            yield row
            row = []
        if row or opens:
            row.append(cell)
        else:
            yield [cell]
    if row:
        yield row


def _trim(text: str, a: int, b: int, blanks: str = " \t\u3000\xa0\r") -> tuple[int, int]:
    while a < b and text[a] in blanks:
        a += 1
    while b > a and text[b - 1] in blanks:
        b -= 1
    return a, b


def _cell_line(text: str, a: int, b: int) -> tuple[int, int]:
    """The cell of a line that holds one: blanks trimmed, and the bar some pages close each cell with ("序号 |")."""
    return _trim(text, a, b, " \t\u3000\xa0\r|")


def _label_and_value(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """A row's label written up to its first value with one blank (高中阶段教育毛入学率(%) 93,
    the label longer than its column): two cells."""
    m = _LABEL_VALUE.fullmatch(line, a, b)
    return [(a, m.end("label")), (m.start("value"), b)] if m else [(a, b)]


def _letter_spaced(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Join cells of one character each: 指  标 is one word spaced out, not two cells."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _HAN1.match(line[a:b]) and _HAN1.match(line[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
