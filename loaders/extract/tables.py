"""Facts read from tables (loaders.tables): each table is read by the first rule its header fits.

- Indicator tables (指标 | 2020年 | 2025年 | 属性, or 一级 | 二级 | 十三五期间 | 2025目标): a
  row's label is the indicator, its unit the label's bracket ((%) → %, (万元) → 元 ×10 000,
  (万人) → 人 ×10 000), the row's 单位 cell, the column's heading (2025年(%)) or the line above
  the table (单位：%); the baseline
  column (the earliest of two or more years, or one headed 基期/现状/十三五…, whose last year
  it is) gives observations of
  its year, the other year columns (or 目标值) targets of theirs; 属性 (约束性/预期性) is kept
  as the fact's attribute. A sub-row is its own indicator named ``parent(sub)``, the parent's
  name with the sub-row's label in brackets: 其中:小学 under 义务教育巩固率 → 义务教育巩固率(小学);
  a level or area alone (小学段, 初中, 高职, 农村) after or under a label alike, and each part of a
  cell of one value per level (小学≤0.50，初中≤0.45). A row that
  holds sub-rows read one cell per line (parent, 其中:小学, 初中, then a value of each per
  year) is split into them, values column by column. A row of one cell names a category
  (九年义务教育), as does a first column headed 类别/领域; a short label under a category of
  教育 is prefixed with it (巩固率 → 九年义务教育巩固率).
- Indicator tables without a header, a page of a document that starts inside one (label,
  unit, values, 属性 row after row): the first of a row's values is the baseline, the others
  targets, of the five-year plan the document is of.
- Project tables (项目名称 | 建设内容 | 总投资(万元)): a project's investment, in 元, is a
  target whose indicator is the project's name, of the last year of its 建设年限 cell.
- Duty tables (单位 | 职责, 工作任务 | 责任单位, 牵头单位 / 配合单位): each agency of the unit
  cells is responsible for the row's duty, each sentence of a duty cell a task of its own; a duty
  alone on its row, its units' cell spanning it from the row above, is held by those units.

Every fact carries the (row, column) of the cell it was read from, and evidence whose span
runs from the row's label (or agency) cell to that cell. The sentence rules skip the rows a
table rule has read, so that cells (99%, 约束性) yield no facts of their own: the target,
agency and responsibility rules skip an indicator table, the target rule a project table, the
responsibility rules a duty table. Programs and references are read in tables as in sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice, takewhile

from edukg.loaders.extract.agencies import AgencyMatcher
from edukg.loaders.extract.numbers import parse_number
from edukg.loaders.extract.programs import programs_in
from edukg.loaders.extract.text import CJK, UNIT_NAMES
from edukg.loaders.extract.themes import theme_of
from edukg.loaders.model import Evidence, IndicatorValue, Responsibility, StructuredDocument, Table, TableCell
from edukg.loaders.tables import ATTRIBUTE
from edukg.ontology import vocab

__all__ = ["TableFacts", "extract_tables", "indicator_name", "cell_value"]


@dataclass
class TableFacts:
    """The facts of a document's tables, and the normalized spans of the tables each sentence rule must skip."""

    targets: list[IndicatorValue] = field(default_factory=list)
    observations: list[IndicatorValue] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    # indicator tables: the target, agency and responsibility rules; project tables: the target
    # rule (a cell 4790万元 is no target of the row's other cells); duty tables: the responsibility
    # rules (their tasks, 新建幼儿园6所, are targets, and name programs, too)
    hidden: dict[str, list[tuple[int, int]]] = field(
        default_factory=lambda: {"all": [], "targets": [], "responsibilities": []}
    )


def extract_tables(doc: StructuredDocument, matcher: AgencyMatcher) -> TableFacts:
    """The facts of every table a rule can read, and the spans of those tables."""
    facts = TableFacts()
    for table in doc.tables:
        rules = (
            (_indicator_table, "all"), (_headless_indicator_table, "all"), (_project_table, "targets"),
            (_duty_table, "responsibilities"),
        )
        for rule, hides in rules:
            if rule(doc, table, matcher, facts):
                facts.hidden[hides].append(_lines_of(doc, table))
                break
    return facts


# --- cells -----------------------------------------------------------------------

_WS = re.compile(r"\s+")
_NUMBERING = re.compile(r"^(?:\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.]|[①-⑳])\s*")
_SERIAL = re.compile(r"^\d{1,3}$")
# a level or area alone in a label cell: the sub-row of the indicator above it
_LEVELS = r"小学|初中|高中|普通高中|幼儿园|学前|义务教育|中职|高职|高校|本科|专科|城镇|城区|农村|乡村|公办|民办"
_LEVEL = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,3}}段|{_LEVELS})$")
# a value cell of one value per level (小学≤0.50，初中≤0.45): each part a level and its value
_LEVEL_PART = re.compile(rf"^(?P<level>{_LEVELS})[:：]?(?P<value>.+)$")
_PARTS = re.compile(r"[,，;；、]")
_CATEGORY = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.]")
_SUB = re.compile(r"^其中\s*[:：]?\s*")
_UNIT_BRACKET = re.compile(r"[(（]\s*(?:单位\s*[:：]\s*)?(?P<unit>[^()（）]{1,6}?)\s*[)）]")  # (%), (单位:万元)
_UNITS = re.compile(r"^(?P<mag>[万亿])?(?P<unit>%|‰|元|人次|人|所|个|年|岁|台|套|间|名|项|次|座|本|册|亩|公顷|平方米|小时|学时|课时|个百分点|百分点)$")
_SCALE = {"万": 10_000, "亿": 100_000_000}
_VALUE = re.compile(
    r"^(?P<pre>[≥≤><]=?|不低于|不少于|不高于|不超过|超过|达到|约|力争)?\s*"
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[-—–~～至]\s*(?P<num2>\d+(?:\.\d+)?))?\s*"
    r"(?P<mag>[万亿])?\s*(?P<unit>%|‰|[^\d\s.,≥≤<>]{0,4}?)\s*"
    r"(?P<post>及以上|以上|以下|以内|左右)?$"
)
_AT_LEAST = {"≥", ">", ">=", "不低于", "不少于", "超过", "达到", "力争", "以上", "及以上"}
_AT_MOST = {"≤", "<", "<=", "不高于", "不超过", "以下", "以内"}
_ABOUT = {"约", "左右"}
_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
_WORDED = re.compile(rf"[{CJK}A-Za-z]")  # a label has words: a cell of a mark alone (/, —) in a 单位 column is none


@dataclass(frozen=True)
class Value:
    """The quantity of one cell."""

    value: int | float
    unit: str  # as written in the cell, magnitude applied (万元 → 元)
    comparator: str
    value_max: int | float | None = None  # of a range (2-3)


def cell_value(text: str) -> Value | None:
    """A cell that is one quantity: 99%以上 → (99, %, >=), 1,200 → (1200, '', =), 3.5万 → 35000,
    约60% → (60, %, ≈) as the sentence rules write an approximate value."""
    m = _VALUE.match(_WS.sub("", text))
    if m is None:
        return None
    value = parse_number(m["num"])
    if value is None:
        return None
    unit = m["unit"] or ""
    unit_m = _UNITS.match(unit)
    scale = _SCALE.get(m["mag"] or "", 1) * (_SCALE.get(unit_m["mag"] or "", 1) if unit_m else 1)
    if unit and not unit_m or unit == "年" and _YEAR_NUMBER.fullmatch(m["num"]):
        return None  # a word, or a year (2020年)
    top = parse_number(m["num2"]) if m["num2"] else None
    if top is not None and top <= value:
        return None
    words = {m["pre"] or "", m["post"] or ""}
    if top is not None:
        comparator = "range"
    else:
        comparator = ">=" if words & _AT_LEAST else "<=" if words & _AT_MOST else "≈" if words & _ABOUT else "="
    unit = unit_m["unit"] if unit_m else ""
    return Value(_scaled(value, scale), unit, comparator, None if top is None else _scaled(top, scale))


def indicator_name(label: str) -> tuple[str, str, int]:
    """(name, unit, scale) of a row label: 1.学前教育毛入园率(%) → (学前教育毛入园率, %, 1);
    教育经费总投入(亿元) → (教育经费总投入, 元, 100 000 000)."""
    text = _SUB.sub("", _NUMBERING.sub("", _WS.sub("", label)))
    for m in _UNIT_BRACKET.finditer(text):
        if unit := _unit_and_scale(m["unit"]):
            return text[: m.start()] + text[m.end() :], *unit
    return text, "", 1


def _unit_and_scale(text: str) -> tuple[str, int] | None:
    """万元 → (元, 10 000), % → (%, 1); None when `text` is no unit."""
    m = _UNITS.match(text)
    return (m["unit"], _SCALE.get(m["mag"] or "", 1)) if m else None


def _scaled(value: int | float, scale: int) -> int | float:
    scaled = round(value * scale, 6)
    return int(scaled) if scaled == int(scaled) else scaled


def _normalized(doc: StructuredDocument, start: int, end: int) -> tuple[int, int]:
    """The normalized span of the original span start:end."""
    offsets = doc.norm.offsets
    last = len(offsets) - 1
    return bisect_left(offsets, start, 0, last), bisect_left(offsets, end, 0, last)


def _lines_of(doc: StructuredDocument, table: Table) -> tuple[int, int]:
    """The normalized span of the lines a table is on, the bars before its first cell and after its
    last too (| 序号 | 项目名称 |, as plain text writes a table)."""
    raw = doc.norm.raw.text
    end = raw.find("\n", table.end)
    return _normalized(doc, raw.rfind("\n", 0, table.start) + 1, len(raw) if end < 0 else end)


def _evidence(doc: StructuredDocument, first: TableCell, last: TableCell) -> Evidence:
    """Evidence spanning the cells from `first` to `last` (in either order)."""
    start, end = min(first.start, last.start), max(first.end, last.end)
    a, b = _normalized(doc, start, end)
    starts = [s.start for s in doc.sections]
    i = bisect_right(starts, a) - 1
    while i >= 0 and doc.sections[i].end <= a:
        i = doc.sections[i].parent if doc.sections[i].parent is not None else -1
    return Evidence(doc.norm.text[a:b], start, end, doc.sections[i].number if i >= 0 else None)


def _texts(cells: tuple[TableCell, ...]) -> list[str]:
    return [_WS.sub("", c.text) for c in cells]


def _aligned(row: tuple[TableCell, ...], width: int) -> dict[int, TableCell]:
    """The row's cells by header column, aligned on the right: a row short of cells lacks
    leading ones (a category cell spanning several rows)."""
    shift = width - len(row)
    return {c.column + shift: c for c in row if c.column + shift >= 0}


# --- indicator tables ----------------------------------------------------------------

_YEAR = re.compile(r"((?:19|20)\d{2})(?:年|目标|规划|预期|$)")  # (a heading of a year alone: 2025)
_BASELINE = re.compile(r"基期|现状|基数|基准|实际|完成")
_PERIOD = re.compile(r"十([一二三四五])五")  # a five-year plan, standing for its last year
_Column = tuple[int, int | None, bool]  # (header column, year, is_baseline)
_SHORT_LABEL = 5  # 在校生, 巩固率, 毛入学率: a label this short names its indicator only with its category
_KIND_HEAD = re.compile(r"^(?:类别|领域|类型)$")
_INDICATOR_HEAD = re.compile(r"^(?:指标|[一二三]级|属性|指标属性|项目$)")
_TARGET_HEAD = re.compile(r"目标|预期|规划|计划")


def _year_columns(header: list[str], plan_year: int | None) -> list[_Column]:
    """(column, year, is_baseline) of every column holding values by year.

    A column headed 基期/现状/基数 is the baseline; else, of two or more years, the earliest when
    it comes before the document's plan year (2020年 in a plan for 2021–2025; 2021年 of a plan
    for 2021 is a first milestone). A five-year plan stands for its last year (十三五期间 → 2020).
    """
    cols = []
    for j, text in enumerate(header):
        m = _YEAR.search(text)
        period = _PERIOD.search(text)
        if m or period or _BASELINE.search(text) or (_TARGET_HEAD.match(text) and "单位" not in text):
            year = int(m.group(1)) if m else 2010 + 5 * "一二三四五".index(period.group(1)) if period else None
            cols.append((j, year, bool(_BASELINE.search(text))))
    years = [y for _, y, _ in cols if y is not None]
    if len(years) >= 2 and not any(b for *_, b in cols):
        first = min(years)
        if plan_year is None or first < plan_year:
            cols = [(j, y, y == first) for j, y, _ in cols]
    return cols


def _indicator_table(doc: StructuredDocument, table: Table, matcher: AgencyMatcher, facts: TableFacts) -> bool:
    header = _texts(table.header)
    columns = _year_columns(header, doc.metadata.plan_year)
    if not columns or not any(_INDICATOR_HEAD.match(t) for t in header):
        return False
    caption = _caption_unit(doc, table)
    parent: list[TableCell] = []  # the label a 其中 row qualifies
    category = ""  # the level of education a row of one cell names (九年义务教育), for the short labels below it
    kinds = _KIND_HEAD.match(header[0]) is not None  # or a first column of them (类别 | 指标 | …)
    for row in table.rows:
        lone = [c for c in row if c.text]
        if len(lone) == 1 and cell_value(lone[0].text) is None:
            parent[:] = lone
            category = _NUMBERING.sub("", _WS.sub("", lone[0].text))
            continue
        if kinds and (kind := _aligned(row, len(header)).get(0)) is not None and kind.text:
            category = _NUMBERING.sub("", _WS.sub("", kind.text))  # (a cell spanning rows: in its first only)
        for label, sub, unit_cell, value_cell, column, attribute in _indicator_cells(
            row, header, columns, parent, table.shape == "lines"
        ):
            col, year, baseline = column
            value = cell_value(value_cell.text)
            levels = _level_values(value_cell.text) if value is None else [("", value)]
            if not levels:
                continue
            value = levels[0][1]
            name, unit, scale = indicator_name(label.text)
            if len(name) <= _SHORT_LABEL and category.endswith("教育") and not _LEVEL.match(name):
                name = category + name  # 巩固率 under 九年义务教育
            if sub is not None:
                sub_name, sub_unit, sub_scale = indicator_name(sub.text)
                name, unit, scale = f"{name}({sub_name})", sub_unit or unit, sub_scale if sub_unit else scale
            if not unit:
                unit, scale = unit_cell
            if not unit and not value.unit:
                _, unit, scale = indicator_name(header[col])  # 2025年(%): the unit in the column's heading
            if not unit and not value.unit:
                unit, scale = caption  # 单位：% on the line above the table
            if not name or cell_value(name) is not None:
                continue
            for level, value in levels:
                named = (f"{name}({level})" if level else name, unit, scale)
                _add_value(facts, doc, label, value_cell, value, named, baseline, year, attribute, col)
    return True


def _level_values(text: str) -> list[tuple[str, Value]]:
    """The values of a cell giving one per level (小学≤0.50，初中≤0.45 → 小学 ≤0.5, 初中 ≤0.45), else none."""
    values = []
    for part in _PARTS.split(_WS.sub("", text)):
        m = _LEVEL_PART.match(part)
        value = cell_value(m["value"]) if m else None
        if m is None or value is None:
            return []
        values.append((m["level"], value))
    return values if len(values) >= 2 else []


def _add_value(
    facts: TableFacts, doc: StructuredDocument, label: TableCell, cell: TableCell, value: Value,
    named: tuple[str, str, int], baseline: bool, year: int | None, attribute: str | None, column: int,
) -> None:
    """The value of an indicator table's cell: an observation in the baseline column (an exact
    value unless a range), a target in any other."""
    name, unit, scale = named
    concept = vocab.indicators().get(name)
    fact = IndicatorValue(
        indicator=name,
        value=_scaled(value.value, scale),
        value_max=None if value.value_max is None else _scaled(value.value_max, scale),
        unit=unit or value.unit,
        comparator="=" if baseline and value.value_max is None else value.comparator,
        evidence=_evidence(doc, label, cell),
        year=year,
        theme=concept.theme if concept else theme_of(name),
        table=(cell.row, column),
        attribute=attribute,
    )
    (facts.observations if baseline else facts.targets).append(fact)


def _indicator_cells(
    row: tuple[TableCell, ...], header: list[str], columns: list[_Column], parent: list[TableCell], lines: bool
) -> Iterator[tuple[TableCell, TableCell | None, tuple[str, int], TableCell, _Column, str | None]]:
    """(label, sub-label, unit and scale of a 单位 cell, value cell, its column, attribute) of every value of a row.

    `parent` holds the last label that was no sub-row, for the sub-rows after it. A row read one
    cell per line and longer than the header holds sub-rows; any other row is aligned to the
    header from the right.
    """
    cells = [c for c in row if c.text]
    if cells and _SERIAL.match(cells[0].text):
        cells = cells[1:]  # the row's number (序号)
    attribute = cells.pop().text if cells and ATTRIBUTE.match(cells[-1].text) else None
    units = [c for c in cells if _UNITS.match(_WS.sub("", c.text))]
    unit = indicator_name(f"({units[0].text})")[1:] if units else ("", 1)
    cells = [c for c in cells if c not in units]
    if lines and len(row) > len(header):
        found = _merged_row(cells, columns, parent)
    else:
        found = _aligned_row(row, cells, header, columns, parent)
    for label, sub, cell, column in found:
        yield label, sub, unit, cell, column, attribute


def _is_sub(label: TableCell) -> bool:
    """A sub-row's label: 其中:小学, or a level or area alone (初中段, 高职, 农村)."""
    return bool(_SUB.match(label.text) or _LEVEL.match(_WS.sub("", label.text)))


def _aligned_row(
    row: tuple[TableCell, ...], cells: list[TableCell], header: list[str], columns: list[_Column],
    parent: list[TableCell],
) -> Iterator[tuple[TableCell, TableCell | None, TableCell, _Column]]:
    """A row with a cell per column: the label is the last text cell before the value columns;
    a sub-row's label qualifies the label before it in the row, else the last parent."""
    by_column = _aligned(row, len(header))
    first = min(j for j, _, _ in columns)
    labels = [
        c for j, c in sorted(by_column.items())
        if j < first and c in cells and cell_value(c.text) is None and _WORDED.search(c.text)
    ]
    if not labels:
        return
    head = labels[-1]
    if _is_sub(head) and (len(labels) > 1 or parent):
        owner = labels[-2] if len(labels) > 1 and not _is_sub(labels[-2]) else parent[0] if parent else None
        if owner is None:
            return
        parent[:] = [owner]
        label, sub = owner, head
    else:
        parent[:] = [head]
        label, sub = head, None
    for column in columns:
        cell = by_column.get(column[0])
        if cell is not None:
            yield label, sub, cell, column


def _merged_row(
    cells: list[TableCell], columns: list[_Column], parent: list[TableCell]
) -> Iterator[tuple[TableCell, TableCell | None, TableCell, _Column]]:
    """A row read one cell per line that holds sub-rows: labels (parent, 其中:小学, 初中), then the
    values of each label year by year, column after column."""
    values = [c for c in cells if cell_value(c.text) is not None]
    if not values:
        return
    labels = [c for c in cells if c not in values and c.column < values[0].column]
    if labels and _CATEGORY.match(labels[0].text) and len(labels) > 1:
        labels = labels[1:]  # 一、发展水平: the category the rows below it belong to
    if not labels:
        return
    head = labels[0]
    if _SUB.match(head.text) and parent:
        groups = [(parent[0], label) for label in labels]
    elif len(labels) > 1 and len(values) == (len(labels) - 1) * len(columns):
        groups = [(head, label) for label in labels[1:]]  # 班额比例(%) / 其中:小学 / 初中: values of the subs only
    elif len(values) == len(labels) * len(columns):
        groups = [(head, None)] + [(head, label) for label in labels[1:]]
    else:
        return
    parent[:] = [groups[0][0]]
    for k, column in enumerate(columns):
        for g, (label, sub) in enumerate(groups):
            yield label, sub, values[k * len(groups) + g], column


def _headless_indicator_table(
    doc: StructuredDocument, table: Table, matcher: AgencyMatcher, facts: TableFacts
) -> bool:
    """Rows of an indicator table whose header is on a page before (label, unit, values, 属性):
    of two values or more the first is the baseline, an observation, the others targets; a lone
    value is a target. Their years are those of the five-year plan the document is of, if any."""
    if table.header:
        return False
    baseline_year, target_year = _plan_period(doc)
    for row in table.rows:
        cells = [c for c in row if c.text]
        if cells and _SERIAL.match(cells[0].text):
            cells = cells[1:]
        attribute = cells.pop().text if cells and ATTRIBUTE.match(cells[-1].text) else None
        units = [c for c in cells if _UNITS.match(_WS.sub("", c.text))]
        values = [c for c in cells if c not in units and cell_value(c.text) is not None]
        labels = [c for c in cells if c not in units and c not in values]
        if not labels or not values:
            continue
        label = labels[-1]  # the indicator, after a category cell (学前教育) if any
        name, unit, scale = indicator_name(label.text)
        if _is_sub(label) and len(labels) > 1:
            parent_name, parent_unit, parent_scale = indicator_name(labels[-2].text)
            name, unit, scale = f"{parent_name}({name})", unit or parent_unit, scale if unit else parent_scale
        if not unit and units:
            _, unit, scale = indicator_name(f"({units[0].text})")
        for k, cell in enumerate(values):
            baseline = k == 0 and len(values) > 1
            year = baseline_year if baseline else target_year
            value = cell_value(cell.text)
            _add_value(facts, doc, label, cell, value, (name, unit, scale), baseline, year, attribute, cell.column)
    return True


def _plan_period(doc: StructuredDocument) -> tuple[int | None, int | None]:
    """(baseline year, last year) of the five-year plan a document of plan year 2021, 2016… is of."""
    plan = doc.metadata.plan_year
    if plan is None or plan % 5 != 1:
        return None, None
    return plan - 1, plan + 4


# --- project tables --------------------------------------------------------------------

_PROJECT_NAME = re.compile(r"^(?:项目名称|项目|建设项目|工程名称)$")
_INVESTMENT = re.compile(r"投资")
_TOTAL = re.compile(r"^(?:合计|总计|小计|共计)")
_WHEN_HEAD = re.compile(r"年限|期限|起止|时间")


def _project_table(doc: StructuredDocument, table: Table, matcher: AgencyMatcher, facts: TableFacts) -> bool:
    header = _texts(table.header)
    name_col = next((j for j, t in enumerate(header) if _PROJECT_NAME.match(t)), None)
    money_col = next((j for j, t in enumerate(header) if _INVESTMENT.search(t)), None)
    if name_col is None or money_col is None:
        return False
    _, head_unit, head_scale = indicator_name(header[money_col])
    if not head_unit:
        head_unit, head_scale = _caption_unit(doc, table)
    when_col = next((j for j, t in enumerate(header) if _WHEN_HEAD.search(t)), None)
    for row in table.rows:
        by_column = _aligned(row, len(header))
        name_cell, money_cell = by_column.get(name_col), by_column.get(money_col)
        when = by_column.get(when_col) if when_col is not None else None
        years = _YEAR_NUMBER.findall(when.text) if when is not None else []
        if name_cell is None or money_cell is None:
            continue
        value = cell_value(money_cell.text)
        name = _NUMBERING.sub("", _WS.sub("", name_cell.text))
        if value is None or len(name) < 2 or cell_value(name) is not None or _TOTAL.match(name):
            continue
        unit = value.unit or head_unit
        if unit != "元":
            continue
        facts.targets.append(IndicatorValue(
            indicator=name,
            value=_scaled(value.value, head_scale if not value.unit else 1),
            unit="元",
            comparator=value.comparator,
            evidence=_evidence(doc, name_cell, money_cell),
            year=int(years[-1]) if years else None,  # 2021-2023: the year the project is done
            theme=theme_of(name),
            table=(money_cell.row, money_col),
        ))
    return True


# the unit of a table's values stated on the line above it: 单位：万元, (单位:亿元), 单位：%
_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*(?P<unit>[^\s:：()（）]{1,4}?)\s*[)）]?$")
_CAPTION_REACH = 40  # characters before the table looked at


def _caption_unit(doc: StructuredDocument, table: Table) -> tuple[str, int]:
    """(unit, scale) the line above a table states for its values (单位：万元 → 元, 10 000), else ("", 1)."""
    start, _ = _normalized(doc, table.start, table.start)
    line = doc.norm.text[max(0, start - _CAPTION_REACH) : start].rstrip(" \t|\n").rsplit("\n", 1)[-1]
    m = _CAPTION_UNIT.search(line)
    unit = _unit_and_scale(m["unit"]) if m else None
    return unit or ("", 1)


# --- duty tables ---------------------------------------------------------------------

# (a bureau's own plan names its divisions: 责任科室, 牵头股室, 责任处室)
_UNIT_HEAD = re.compile(
    r"^(?:(?:牵头|主要|配合|协办)?责任|牵头|主责|配合|协办|实施|承办|主管|负责)?(?:单位|部门|科室|处室|股室)$"
)
_DUTY_HEAD = re.compile(r"^(?:主要|工作|具体)?职责$|任务$|^工作内容$|^主要内容$|^(?:工作|具体|主要)?(?:措施|举措)$|事项$|^实事项目$")
# a duty cell of several sentences or parts (加大普惠性托育供给。实施中小学办学能力提升工程。): one task each
_TASK_SPLIT = re.compile(r"[。;；]")


def _duty_table(doc: StructuredDocument, table: Table, matcher: AgencyMatcher, facts: TableFacts) -> bool:
    header = _texts(table.header)
    unit_cols = [j for j, t in enumerate(header) if _UNIT_HEAD.match(t)]
    duty_cols = [j for j, t in enumerate(header) if _DUTY_HEAD.search(t)]
    if not unit_cols or not duty_cols:
        return False
    # (主要职责 | 具体工作事项 | 负责部门: the duty nearest the units is the one they hold)
    duty_col = max((j for j in duty_cols if j < unit_cols[0]), default=duty_cols[0])
    if table.shape == "lines" and duty_col + 1 in unit_cols:
        facts.responsibilities.extend(_paired_duties(doc, table, matcher))
        return True
    above: dict[int, TableCell] = {}  # the unit cells of the row above
    for row in table.rows:
        if len(row) == 1 < len(header):
            # a duty alone on its row, its units' cell spanning it from the row above; or a heading (二、…)
            above = {} if _CATEGORY.match(row[0].text) else above
            by_column = {**above, duty_col: row[0]} if above else {}
        else:
            by_column = _aligned(row, len(header))
            above = {col: by_column[col] for col in unit_cols if col in by_column}
        duty_cell = by_column.get(duty_col)
        if duty_cell is None:
            continue
        for col in unit_cols:
            unit_cell = by_column.get(col)
            if unit_cell is not None:
                facts.responsibilities.extend(_cell_duties(doc, duty_cell, unit_cell, matcher, duty_col))
    return True


def _cell_duties(
    doc: StructuredDocument, duty_cell: TableCell, unit_cell: TableCell, matcher: AgencyMatcher, column: int
) -> Iterator[Responsibility]:
    """Each agency of the unit cell holds each task of the duty cell (in the header's `column`)."""
    agencies = _agencies(unit_cell.text, matcher)
    evidence = _evidence(doc, unit_cell, duty_cell)
    for duty in _TASK_SPLIT.split(duty_cell.text):
        if len(duty := duty.strip()) < 2:
            continue
        programs = programs_in(duty)
        for agency in agencies:
            yield Responsibility(
                agency=agency,
                duty=duty,
                evidence=evidence,
                program=programs[0] if programs else None,
                table=(duty_cell.row, column),
            )


def _paired_duties(doc: StructuredDocument, table: Table, matcher: AgencyMatcher) -> Iterator[Responsibility]:
    """A table read one cell per line whose unit column follows its duty column: the cells that only
    name bodies right after a cell hold it (牵头单位, then 配合单位). A duty cell merged over several rows
    of the page leaves no line in the rows after its first, so the rows cannot be told by counting cells."""
    cells = [c for row in table.rows for c in row]
    for k, duty_cell in enumerate(cells):
        duty = duty_cell.text.strip(" 。;；")
        if len(duty) < 2 or _SERIAL.match(duty) or _only_units(duty, matcher):
            continue
        for unit_cell in takewhile(lambda c: _only_units(c.text, matcher), islice(cells, k + 1, None)):
            yield from _cell_duties(doc, duty_cell, unit_cell, matcher, duty_cell.column)


def _only_units(text: str, matcher: AgencyMatcher) -> bool:
    """Whether a cell names bodies and nothing else (县教育局、县财政局; 基础教育室), whatever part each
    plays (县教育局牵头，县财政局配合; 县教育局（牵头）)."""
    parts = UNIT_NAMES.findall(_ROLE.sub(" ", text.strip()))
    return bool(parts) and all(len(p) <= _MAX_UNIT_NAME and matcher.is_unit(p) for p in parts)


def _agencies(text: str, matcher: AgencyMatcher) -> list[str]:
    """The agencies a unit cell names: 县教育局、县财政局 → both, each normalized; where it names none the
    edukg vocabulary knows, the bodies it lists (局基教科, 区属各小学): the column says they are units."""
    if (shared := matcher.sharing(text.strip())) is not None:
        return shared  # 县人社、财政局; 公安、消防部门
    names = [text[a:b] for a, b in matcher.names_in(text)]
    if not names:
        listed = [p for p in UNIT_NAMES.findall(text) if not _EVERY_OTHER_UNIT.search(p)]
        names = ([p for p in listed if 2 <= len(p) <= _MAX_UNIT_NAME and matcher.is_subject(p)]
                 or [p for p in listed if matcher.is_unit(p)])
    return list(dict.fromkeys(matcher.normalize(n) for n in names))


_MAX_UNIT_NAME = 20
# the part a body plays in a task, written after its name or as a field before it
_ROLE = re.compile(r"[(（]?(?:牵头|配合|协办|参与)(?:单位)?[)）:：]?")
# the units a charge addresses as a group (县各有关单位) in a column of units: every other body, none named
_EVERY_OTHER_UNIT = re.compile(r"(?:有关|相关)单位$")
