"""NormalizedText → StructuredDocument: metadata, a section tree and sentences.

Section numbers are recognised at the start of a line, or after the end of a
sentence when the number continues the sequence already open (so that "一、" in
"统一、规范" never opens a section). Styles nest in the usual order of Chinese
official documents: 第一章 > 一、 (or 第一条) > (一) > 1. > (1) > ① > 一是; a document may
skip levels or begin with a lower one. Broken forms are accepted where they are
unambiguous: "(1负责" (closing bracket lost) and "19 建立" (number and space at
a line start); a number before a tab is a table row's serial-number cell, not a section.

A table row ("1\t新建幼儿园6所\t县教育局", cells separated by a tab, or by " | " in
the text of an HTML or Word table) is one sentence, so that a task and the unit in
charge of it stay together; the separator keeps the cells apart for extraction.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import chain, pairwise
from dataclasses import fields, replace

from edukg.loaders.chinese_numerals import CIRCLED, chinese_int
from edukg.loaders.metadata import infer_metadata
from edukg.loaders.model import Metadata, NormalizedText, Section, Sentence, StructuredDocument
from edukg.loaders.tables import find_tables

__all__ = ["structure", "format_outline", "merge_metadata"]

_CN_NUMERALS = "一二三四五六七八九十"
_CN_NUM = f"[{_CN_NUMERALS}]{{1,3}}"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"

# (style, rank, pattern); the pattern's group "n" is the number. Ranks order the nesting.
_STYLES: tuple[tuple[str, int, str], ...] = (
    ("chapter", 0, rf"第(?P<n>{_CN_NUM})(?:章|部分)\s*"),
    ("cn", 1, rf"(?P<n>{_CN_NUM})\s*[、.]\s*"),
    ("article", 1, rf"第(?P<n>{_CN_NUM})条\s*"),
    ("cn_paren", 2, rf"\((?P<n>{_CN_NUM})\)\s*|\((?P<n2>{_CN_NUM})(?=[{_HAN}])"),
    ("cn_order", 2, rf"第(?P<n>{_CN_NUM})\s*[、,]\s*"),
    ("arabic", 3, rf"(?P<n>\d{{1,2}})\s*(?:[、.](?!\d)| +(?=[{_HAN}]))\s*"),
    ("arabic_paren", 4, rf"\((?P<n>\d{{1,2}})\)\s*|\((?P<n2>\d{{1,2}})(?=[{_HAN}])|(?P<n3>\d{{1,2}})\)\s*"),
    ("circled", 5, rf"(?P<n>[{CIRCLED}])\s*"),
    ("enum", 6, rf"(?P<n>{_CN_NUM})是\s*"),
)
_STYLE_RANK = {name: rank for name, rank, _ in _STYLES}
# A section number stands at a line start, or right after a sentence or clause ends
# ("一是…,二是…" also after a comma), and only where a number can begin. One named group per style.
# (The text's start is tried on its own: a pattern opening with a set of characters lets the
# engine skip to them, one opening with ^ or them is tried at every character.)
_NUMBER_AHEAD = rf"[ ]*(?=[第(\d{_CN_NUMERALS}{CIRCLED}])"
_ANCHOR_AT_START = re.compile(_NUMBER_AHEAD)
_ANCHOR = re.compile(rf"[。!?？;:,、\n]{_NUMBER_AHEAD}")
_MARKER = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<n', f'(?P<{name}_n')})" for name, _, pat in _STYLES))
_NUMBER_GROUPS = {name: [g for g in _MARKER.groupindex if g.startswith(name + "_n")] for name, _, _ in _STYLES}
_HEADING_END = re.compile(r"[。!?？;:\n]")
_ENUM_HEADING_END = re.compile(r"[。!?？;:,\n]")
# Common section titles of plans; a heading run on into its first sentence
# ("指导思想以党的十七大精神为指导…", where the line break was lost) is cut after one.
_HEADING_WORDS = re.compile(
    "(?:指导思想|总体要求|总体目标|基本原则|工作原则|工作目标|主要目标|目标任务|主要任务|重点任务|工作重点|工作任务|"
    "组织机构|组织领导|领导机构|实施步骤|工作步骤|实施阶段|方法步骤|工作措施|保障措施|工作要求|具体要求|职责分工|"
    "工作职责|考核评估|督导考核|发展基础|发展形势|发展环境|工作思路|主要内容|实施范围|适用范围)(?![和与及、暨的])(?=.{8})"
)
# A heading short enough to run on into its first item, and the numbering styles such an item may use.
_SHORT_HEADING = re.compile(rf"[{_HAN}]{{2,12}}")
_INNER_STYLES = ("cn_paren", "arabic", "arabic_paren", "circled")
_HAN_AT = re.compile(rf"[{_HAN}]")
_SENTENCE = re.compile(r"[^。!?？\n]*(?:[。!?？]+[”’\")》]*|\n|$)")


def structure(norm: NormalizedText, given: Metadata | None = None) -> StructuredDocument:
    r"""Sections, sentences and metadata of a normalized document.

    Parameters
    ----------
    norm : NormalizedText
        The normalized document.
    given : Metadata, optional
        Values stated by the user (a manifest row); each field that is set
        replaces the inferred one.

    Returns
    -------
    StructuredDocument
        Sections in document order (``parent`` indexes into the same tuple),
        sentences with normalized offsets and the index of their innermost section.

    Examples
    --------
    >>> from edukg.loaders.model import RawDocument
    >>> from edukg.loaders.normalize import normalize
    >>> text = "某县2021年教育工作计划\n一、学前教育\n(一)扩大资源。新建幼儿园6所。"
    >>> doc = structure(normalize(RawDocument("a.txt", "0" * 64, "utf-8", text)))
    >>> [(s.number, s.heading, s.parent) for s in doc.sections]
    [('一、', '学前教育', None), ('(一)', '扩大资源', 0)]
    >>> doc.sentences[-1].text, doc.sentences[-1].section
    ('新建幼儿园6所。', 1)
    >>> doc.metadata.kind, doc.metadata.plan_year
    ('工作计划', 2021)
    """
    sections = _sections(norm.text)
    sentences = _sentences(norm.text, sections)
    metadata = merge_metadata(infer_metadata(norm, sections), given)
    return StructuredDocument(
        norm=norm, metadata=metadata, sections=tuple(sections), sentences=tuple(sentences), tables=find_tables(norm)
    )


def merge_metadata(inferred: Metadata, given: Metadata | None) -> Metadata:
    """`inferred` with every field that `given` sets replaced by the given value."""
    if given is None:
        return inferred
    changes = {f.name: getattr(given, f.name) for f in fields(Metadata) if getattr(given, f.name) is not None}
    return replace(inferred, **changes)


def _number_value(style: str, number: str) -> int:
    if style == "circled":
        return CIRCLED.index(number) + 1
    if number.isdigit():
        return int(number)
    return chinese_int(number) or 0


def _number_of(m: re.Match[str], style: str) -> str:
    """The number a marker of `style` gives: the one of the style's number groups that took part."""
    return next(filter(None, map(m.group, _NUMBER_GROUPS[style])))


def _sections(text: str) -> list[Section]:
    """The section tree: every number that opens a section, nested by the rank of its style."""
    tree = _SectionTree(text)
    for m, line_start in _numbers(text):
        while m is not None:
            inner = tree.add(m, line_start)
            if inner is False:
                break
            m, line_start = inner, False
    return tree.sections()


def _numbers(text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """Each section number that stands where one can (a line start, or after a sentence or clause
    ends), with whether it opens its line."""
    first = _ANCHOR_AT_START.match(text)
    for a in chain([first] if first else [], _ANCHOR.finditer(text, first.end() if first else 0)):
        m = _MARKER.match(text, a.end())
        if m is None:
            continue
        style = m.lastgroup
        if style is None or m.end() >= len(text) or (text[m.end()] == "\n" and style != "chapter"):
            continue
        anchor = a.start() + 1 if a.start() or text[:1] in "。!?？;:,、\n" else 0
        line_start = anchor == 0 or text[anchor - 1] == "\n"
        if text[anchor - 1 : anchor] in (",", "、") and style != "enum":
            continue
        # "1." off a line start only right after a full stop: never "比例为1:1." or "共3、4所"
        if style == "arabic" and not line_start and text[anchor - 1 : anchor] not in ("。", ";", "!", "?", "？"):
            continue
        yield m, line_start


class _SectionTree:
    """Sections as they are opened, with the stack of those still open."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[dict] = []  # number, heading, level, start, end, parent of each section
        self.stack: list[tuple[int, int]] = []  # (rank, section index) of the open sections
        self.last_value: dict[tuple[int | None, str], int] = {}  # (parent, style) → its last number

    def add(self, m: re.Match[str], line_start: bool) -> re.Match[str] | None | bool:
        """Open the section numbered by `m`, if it continues its sequence: the first item its
        heading runs on into (or None); False when `m` opens no section."""
        text = self.text
        style = m.lastgroup or ""
        rank = _STYLE_RANK[style]
        value = _number_value(style, _number_of(m, style))
        heading_end = (_ENUM_HEADING_END if style == "enum" else _HEADING_END).search(text, m.end())
        heading_stop = heading_end.start() if heading_end else len(text)
        inner = _first_item(text, m.end(), heading_stop, rank)
        parent = next((i for r, i in reversed(self.stack) if r < rank), None)
        if not self._continues(style, value, parent, line_start, inner is not None):
            return False
        pos = m.start(style)
        while self.stack and self.stack[-1][0] >= rank:
            self.found[self.stack.pop()[1]]["end"] = _trim_end(text, pos)
        heading = text[m.end() : inner.start() if inner else heading_stop].strip()
        run_on = _HEADING_WORDS.match(heading)
        self.found.append(
            {
                "number": text[pos : m.end()].strip(),
                "heading": run_on.group() if run_on else heading,
                "level": len(self.stack) + 1,
                "start": pos,
                "end": len(text),
                "parent": parent,
            }
        )
        self.stack.append((rank, len(self.found) - 1))
        self.last_value[(parent, style)] = value
        return inner

    def _continues(self, style: str, value: int, parent: int | None, line_start: bool, runs_on: bool) -> bool:
        """Off a line start a number must continue its sequence, or skip one number where a short
        heading runs on into its first item."""
        expected = self.last_value.get((parent, style), 0) + 1
        skips_to_item = value == expected + 1 and runs_on and style != "cn_order"
        return value == expected or (line_start and style not in ("enum", "cn_order")) or skips_to_item

    def sections(self) -> list[Section]:
        end = _trim_end(self.text, len(self.text))
        for _, i in self.stack:
            self.found[i]["end"] = end
        return [Section(**f) for f in self.found]


def _first_item(text: str, start: int, stop: int, rank: int) -> re.Match[str] | None:
    """The first item of a deeper level that a short heading runs on into, as in
    "五、工作措施1、加强领导" (the line break lost): a heading of a few Han characters, then
    "1、", "(一)", "(1)" or "①" and a Han character. Chinese numerals are never taken
    ("统一、规范"), nor "(一把手…)", a bracket that closes."""
    heading = _SHORT_HEADING.match(text, start, stop)
    if heading is None:
        return None
    m = _MARKER.match(text, heading.end(), stop)
    if m is None or m.lastgroup not in _INNER_STYLES:
        return None
    style = m.lastgroup or ""
    if _STYLE_RANK[style] <= rank or not _HAN_AT.match(text, m.end()):
        return None
    number = _number_of(m, style)
    broken = style.endswith("paren") and not m.group().rstrip().endswith(")")
    if _number_value(style, number) != 1 or broken and ")" in text[m.end() : stop]:
        return None
    return m


def _trim_end(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \n":
        pos -= 1
    return pos


def _sentences(text: str, sections: list[Section]) -> list[Sentence]:
    """Sentences end at 。!?？ (with closing quotes), a line end, or where a section starts."""
    starts = [s.start for s in sections]
    out: list[Sentence] = []
    k = 0  # the first section start not before the current match
    n = len(starts)
    for m in _SENTENCE.finditer(text):
        a, e = m.span()
        if a == e:
            continue
        while k < n and starts[k] <= a:
            k += 1
        if k == n or starts[k] >= e:  # most sentences: no section starts inside, one piece (no list of cuts)
            a, e = _trimmed(text, a, e)
            if a < e:
                # (a whole match lies in the section started last before it, unless that one has ended)
                section = k - 1 if k and a < sections[k - 1].end else _section_at(sections, starts, a)
                out.append(Sentence(text[a:e], a, e, section))
            continue
        cuts = [a]
        j = k
        while j < n and starts[j] < e:
            if starts[j] > cuts[-1]:
                cuts.append(starts[j])
            j += 1
        cuts.append(e)
        for s, t in pairwise(cuts):
            s, t = _trimmed(text, s, t)
            if s < t:
                out.append(Sentence(text[s:t], s, t, _section_at(sections, starts, s)))
    return out


def _trimmed(text: str, a: int, e: int) -> tuple[int, int]:
    """The span of text[a:e] without the blanks and line breaks around it."""
    while a < e and text[a] in " \n":
        a += 1
    while e > a and text[e - 1] in " \n":
        e -= 1
    return a, e


def _section_at(sections: list[Section], starts: list[int], pos: int) -> int | None:
    """Index of the innermost section whose span holds `pos`."""
    i: int | None = bisect_right(starts, pos) - 1
    while i is not None and i >= 0:
        if pos < sections[i].end:
            return i
        i = sections[i].parent
    return None


def format_outline(doc: StructuredDocument) -> str:
    r"""The metadata and section tree as indented lines: number, heading, normalized span, sentence count.

    Examples
    --------
    >>> from edukg.loaders.model import RawDocument
    >>> from edukg.loaders.normalize import normalize
    >>> raw = RawDocument("a.txt", "0" * 64, "utf-8", "2021年教育工作要点\n一、学前教育\n1.扩大资源。")
    >>> print(format_outline(structure(normalize(raw))))
    a.txt
      title: 2021年教育工作要点  kind: 工作要点  year: 2021  region: None  issuer: None  published: None
      (before any section: 1 sentences)
      一、 学前教育  [12:26] 1 sentences
        1. 扩大资源  [19:26] 1 sentences
    """
    counts: dict[int | None, int] = {}
    for s in doc.sentences:
        counts[s.section] = counts.get(s.section, 0) + 1
    meta = doc.metadata
    region = meta.region.name if meta.region else None
    lines = [
        f"{doc.norm.raw.source}",
        f"  title: {meta.title}  kind: {meta.kind}  year: {meta.plan_year}  region: {region}"
        f"  issuer: {meta.issuer}  published: {meta.published}",
    ]
    if counts.get(None):
        lines.append(f"  (before any section: {counts[None]} sentences)")
    for i, s in enumerate(doc.sections):
        heading = s.heading if len(s.heading) <= 40 else s.heading[:39] + "…"
        lines.append(f"{'  ' * s.level}{s.number} {heading}  [{s.start}:{s.end}] {counts.get(i, 0)} sentences")
    return "\n".join(lines)
