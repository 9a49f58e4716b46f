"""NormalizedText → StructuredDocument: metadata, a section tree and sentences.

Section numbers are recognised at the start of a line, or after the end of a
sentence when the number continues the sequence already open (so that "一、" in
"统一、规范" never opens a section). Styles nest in the usual order of Chinese
official documents: 第一章 > 一、 > (一) > 1. > (1) > ① > 一是; a document may
skip levels or begin with a lower one. Broken forms are accepted where they are
unambiguous: "(1负责" (closing bracket lost) and "19 建立" (number and space at
a line start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from edukg.loaders.metadata import infer_metadata
from edukg.loaders.model import Metadata, NormalizedText, Section, Sentence, StructuredDocument

__all__ = ["structure", "format_outline", "merge_metadata"]

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "[一二三四五六七八九十]{1,3}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"

# (style, rank, pattern); the pattern's group "n" is the number. Ranks order the nesting.
_STYLES: tuple[tuple[str, int, str], ...] = (
    ("chapter", 0, rf"第(?P<n>{_CN_NUM})(?:章|部分)\s*"),
    ("cn", 1, rf"(?P<n>{_CN_NUM})\s*[、.]\s*"),
    ("cn_paren", 2, rf"\((?P<n>{_CN_NUM})\)\s*|\((?P<n2>{_CN_NUM})(?=[{_HAN}])"),
    ("cn_order", 2, rf"第(?P<n>{_CN_NUM})\s*[、,]\s*"),
    ("arabic", 3, rf"(?P<n>\d{{1,2}})\s*(?:[、.](?!\d)|\s+(?=[{_HAN}]))\s*"),
    ("arabic_paren", 4, rf"\((?P<n>\d{{1,2}})\)\s*|\((?P<n2>\d{{1,2}})(?=[{_HAN}])|(?P<n3>\d{{1,2}})\)\s*"),
    ("circled", 5, rf"(?P<n>[{_CIRCLED}])\s*"),
    ("enum", 6, rf"(?P<n>{_CN_NUM})是\s*"),
)
_STYLE_RANK = {name: rank for name, rank, _ in _STYLES}
_MARKER = re.compile("|".join(f"(?P<{name}>{pat.replace('(?P<n', f'(?P<{name}_n')})" for name, _, pat in _STYLES))
# Where a section number may stand: a line start, or right after a sentence or clause ends.
# "一是…,二是…" may also follow a comma.
_ANCHOR = re.compile(r"(?:^|(?<=[。!?;:,、]))[ ]*", re.M)
_HEADING_END = re.compile(r"[。!?;:\n]")
_ENUM_HEADING_END = re.compile(r"[。!?;:,\n]")
_SENTENCE = re.compile(r"[^。!?\n]*(?:[。!?]+[”’\")》]*|\n|$)")


@dataclass
class _Open:
    style: str
    value: int
    index: int


def structure(norm: NormalizedText, given: Metadata | None = None) -> StructuredDocument:
    """Sections, sentences and metadata; fields of `given` that are set override inferred ones."""
    sections = _sections(norm.text)
    sentences = _sentences(norm.text, sections)
    metadata = merge_metadata(infer_metadata(norm, sections), given)
    return StructuredDocument(norm=norm, metadata=metadata, sections=tuple(sections), sentences=tuple(sentences))


def merge_metadata(inferred: Metadata, given: Metadata | None) -> Metadata:
    """`inferred` with every field that `given` sets replaced by the given value."""
    if given is None:
        return inferred
    changes = {f.name: getattr(given, f.name) for f in fields(Metadata) if getattr(given, f.name) is not None}
    return replace(inferred, **changes)


def _number_value(style: str, number: str) -> int:
    if style == "circled":
        return _CIRCLED.index(number) + 1
    if number.isdigit():
        return int(number)
    if number.startswith("十"):
        number = "一" + number
    value = 0
    for part in number.split("十")[:-1] if "十" in number else ():
        value += _CN_DIGITS.get(part, 0) * 10
    tail = number.split("十")[-1]
    return value + (_CN_DIGITS.get(tail, 0) if tail else 0)


def _sections(text: str) -> list[Section]:
    found: list[Section] = []
    stack: list[_Open] = []
    last_value: dict[tuple[int | None, str], int] = {}  # (parent index, style) → last number
    for anchor in _ANCHOR.finditer(text):
        pos = anchor.end()
        m = _MARKER.match(text, pos)
        if not m or m.end() >= len(text) or text[m.end()] == "\n" and m.lastgroup != "chapter":
            continue
        style = next(name for name, _, _ in _STYLES if m.group(name) is not None)
        if text[pos - 1 : pos] in (",", "、") and style != "enum":
            continue
        number_text = next(g for k, g in m.groupdict().items() if k.startswith(style + "_n") and g)
        value = _number_value(style, number_text)
        rank = _STYLE_RANK[style]
        line_start = pos == 0 or text[pos - 1] == "\n" or text[anchor.start() - 1 : anchor.start()] in ("", "\n")
        # The parent this item would get, and whether the number continues that parent's sequence.
        probe = [o for o in stack if _STYLE_RANK[o.style] < rank]
        parent = probe[-1].index if probe else None
        expected = last_value.get((parent, style), 0) + 1
        if not line_start and value != expected:
            continue
        if style in ("enum", "cn_order") and value != expected:
            continue
        if style == "arabic" and not line_start:
            continue
        while stack and _STYLE_RANK[stack[-1].style] >= rank:
            closed = stack.pop()
            found[closed.index] = replace(found[closed.index], end=_trim_end(text, pos))
        heading_end = (_ENUM_HEADING_END if style == "enum" else _HEADING_END).search(text, m.end())
        h_end = heading_end.start() if heading_end else len(text)
        heading = text[m.end() : h_end].strip()
        number = text[pos : m.end()].strip()
        found.append(Section(number=number, heading=heading, level=len(stack) + 1, start=pos, end=len(text), parent=parent))
        stack.append(_Open(style, value, len(found) - 1))
        last_value[(parent, style)] = value
    end = _trim_end(text, len(text))
    for o in stack:
        found[o.index] = replace(found[o.index], end=end)
    return found


def _trim_end(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \n":
        pos -= 1
    return pos


def _sentences(text: str, sections: list[Section]) -> list[Sentence]:
    starts = [s.start for s in sections]
    boundaries = sorted(set(starts))
    out: list[Sentence] = []
    b = 0
    for m in _SENTENCE.finditer(text):
        a, e = m.span()
        if a == e:
            continue
        # a section number inside the match starts a new sentence
        pieces = []
        while b < len(boundaries) and boundaries[b] < a:
            b += 1
        cut = a
        k = b
        while k < len(boundaries) and boundaries[k] < e:
            if boundaries[k] > cut:
                pieces.append((cut, boundaries[k]))
                cut = boundaries[k]
            k += 1
        pieces.append((cut, e))
        for s, t in pieces:
            while s < t and text[s] in " \n":
                s += 1
            while t > s and text[t - 1] in " \n":
                t -= 1
            if s < t:
                out.append(Sentence(text=text[s:t], start=s, end=t, section=_section_at(sections, s)))
    return out


def _section_at(sections: list[Section], pos: int) -> int | None:
    """Index of the innermost section whose span holds `pos`."""
    best = None
    for i, s in enumerate(sections):
        if s.start > pos:
            break
        if pos < s.end or (pos == s.end == s.start):
            best = i
    return best


def format_outline(doc: StructuredDocument) -> str:
    """The section tree as indented lines: number, heading, normalized span, sentence count."""
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
