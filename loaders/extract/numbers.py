"""Quantities in Chinese policy text: Arabic and Chinese numerals, 万/亿, ranges, units.

``find_quantities(text)`` yields every number followed by a unit (``85%``,
``1万台``, ``200余所``, ``10.87亿元``), ranges (``1—2所``, ``5到8所``, ``6所至10所``, ``1万至1.5万人次``), with money converted to 元,
and the unitless values of indices, coefficients and ratios (``指数达到90以上``,
``差异系数0.5``, ``生师比13:1``, ``1.1倍``). Years, ordinals (第二届, 第七章6节), dates,
the base of a rate (每十万人口, 每百名学生) and other bare numbers are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from edukg.loaders.chinese_numerals import DIGITS, chinese_int
from edukg.loaders.extract.text import CJK, any_of

__all__ = [
    "CHANGE_TO", "CHANGE_TO_WORDS", "Quantity", "parse_number", "clause_quantities", "find_quantities", "quantity_spans",
]

_MAGNITUDE = {"万": 10_000, "亿": 100_000_000, "千万": 10_000_000, "百万": 1_000_000}

_CN = "零〇一二两三四五六七八九十百千"
# thousands may be grouped by commas (1,122) or, in typeset text, by blanks (1 122所); a page may also
# break a number with a stray blank, before the 0 of a round number (3 0所, 9 0%: no number opens on 0)
# or after a decimal point (新增托位1. 6万个)
# (each part a number may lack written as an alternative to nothing that opens with a character of its own,
# (?:,\d{3}…|), not (?:,\d{3})* or (?:…)?: the engine enters a repeated group through a repeat context it
# allocates at every number it tries, an alternative only where its first character stands; the same matches)
_NUM = (
    rf"(?:\d{{1,3}}[ \xa0\u2009]\d{{3}}(?:[ \xa0\u2009]\d{{3}})*(?![\d.])|\d[ \xa0]0(?![\d.])"
    rf"|\d+(?:,\d{{3}}(?:,\d{{3}})*|)(?:\.[ \xa0]?\d+|)|[{_CN}]+)"
)
# Measure words and units, longest first. Time spans (年, 月, 周, 天) and
# ordinal words (届, 期, 轮, 号, 级) are deliberately absent, and so is 兆 (千兆校园网 names a kind of network).
_UNITS = (
    "个百分点|百分点|个小时|个课时|个学时|个工作日|个月|平方米|万平方米|公顷|㎡|m²|m2|人次|课时|学时|学分|小时|分钟|公里|千米|亿元|万元|元|%|％|‰|所|台|套|间|个|亩|项|名|人|"
    "张|本|册|座|处|家|支|门|节|部|辆|条|次|场|件|种|吨|篇|户|栋|幢|幅|块|米|Mbps|M|天"
)
# the characters a unit opens with, and those that may stand between a quantity's first character and its
# unit (of numbers, a range, a blank, 万 or 亿, 余 or 多)
_UNIT_OPENING = "[" + re.escape("".join(dict.fromkeys(unit[0] for unit in _UNITS.split("|")))) + "]"
_BEFORE_UNIT = rf"[\d\s{_CN},.万亿\-—–~～至到余多]"
# (the first lookahead lets the engine pass over the characters no quantity starts with at one test each;
# the second, that a unit's first character follows those before it, fails at once at most numerals, 一
# of 进一步 or a year, which the whole pattern would try with each unit at each length of the number; the
# one before the unit does the same as the number gives back characters; N部分 counts a text's parts, no 部
# of anything; the optional parts are alternatives to nothing, (?:…|), as in _NUM)
_QUANTITY = re.compile(
    rf"(?=[\d{_CN}])(?={_BEFORE_UNIT}*{_UNIT_OPENING})(?:百分之(?P<pct>[{_CN}]+(?:点[{_CN}]+|))|(?P<num>{_NUM})"
    rf"(?:(?:(?:(?P<mag1>[万亿])|)\s*[-—–~～至]|到)\s*(?P<num2>{_NUM})|)"  # 到 only between bare numbers: 2所到8所 is a change
    rf"(?:(?<=\d)[ \xa0\u3000]|)"  # one blank a page may set between a number and its unit (达到 92 %)
    rf"(?:(?P<mag>千万|百万|[万亿])|)(?:(?P<approx>余|多)|)"
    rf"(?={_UNIT_OPENING})(?P<unit>{_UNITS})(?!有|们|员|数|均|性|份|物|类|以来|月|工作日|学期|学年|属|口|[A-Za-z]|(?<=部)分)"
    rf"(?:(?P<post>及以上|以上|以下|以内|左右)|))"
)
# unitless values: a multiple (1.1倍), or a number right after an index, a coefficient or a
# ratio's name (综合差异系数0.5以下, 生师比13:1, 发展指数达到90以上); a ratio to one (师生比1:15) is
# valued by its second term, as 生师比15:1 is by its first
_MULTIPLE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*倍")
_INDEX_NAME = re.compile(
    r"(?:指数|系数|生师比|师生比|生机比|师机比|班额比|年限)(?:[^，,；;。\d%％]{0,12}?)(?P<one>1\s*[:：]\s*)?(?P<num>\d+(?:\.\d+)?)"
    r"(?P<ratio>\s*[:：]\s*1(?!\d))?"
)
_NOT_UNITLESS = re.compile(rf"\s*(?:{_UNITS}|万|亿|\.\d|年|月|日|\d)")
# the next values of a list after the first (系数分别小于0.50、0.45), each perhaps with its own
# qualifier and bound (差异系数小学控制在0.5以内、初中控制在0.45以内)
_LISTED = re.compile(
    rf"(?:\s*(?:及以上|以上|以下|以内))?\s*(?:和|、|及|与|,|，)\s*"
    rf"(?:[{CJK}]{{1,4}}?(?:控制在|小于|低于|不超过|不高于|不低于|不小于|达到|为)?)?\s*(?P<num>\d+(?:\.\d+)?)"
)
# the words of a change to a new value (提高到, 降低至, 从75%增至80%)
_CHANGE_VERBS = ("提高", "提升", "增加", "增长", "降低", "下降", "减少", "缩小", "压缩", *"增升降减缩扩")
CHANGE_TO = rf"(?:{'|'.join(_CHANGE_VERBS)})(?:到|至)"
# …each written whole (提高到, 提高至, …), for a pattern whose every word must open with a character of its own
CHANGE_TO_WORDS = tuple(verb + to for verb in _CHANGE_VERBS for to in "到至")
# an index's value changed to another (受教育年限从13.5年提高到14年, 差异系数由0.6降低到0.5)
_CHANGED_TO = re.compile(rf"\s*年?\s*{CHANGE_TO}\s*(?P<num>\d+(?:\.\d+)?)")
_UNITLESS_POST = re.compile(r"\s*(?:及以上|以上|以下|以内|左右)")
# what stands right before a number: 每 (每十万人口, 每百名学生: the base of a rate, not a
# quantity of its own) or 约, 近 (about)
_LOOKBACK = 4
_APPROX_WORDS = ("约", "约为", "大约", "大概", "近")  # (近3000个, 将近, 接近, 投资约为6000万元; not 最近3个月)
_NOT_APPROX_WORDS = ("最近", "附近")
_IDIOM_NUMERALS = frozenset("十百千万")
_CALENDAR_YEAR = re.compile(r"(?:19|20)\d\d")
_YEARS_AFTER = re.compile(r"\s*年(?![\d底末初前内度级])")
_INDEX_WORD = re.compile(r"指数|系数|生师比|师生比|生机比|师机比|班额比|年限")
# every quantity holds a numeral, and a unit or 百分之: most sentences lack one or the other
# (looked for among the ASCII digits, _CN and the blocks that hold \d's other digits, none of them Han or the marks
# Chinese is written with, then checked with \d behind it: the engine tests such a set at each character in a few
# instructions, \d alone through a lookup of the character's category; the same first numeral)
_NUMERAL = re.compile(rf"[0-9{_CN}\u0660-\u1fff\ua620-\uabff\uff10-\uff19\U00010000-\U0010ffff](?<=[\d{_CN}])")
_UNIT_WORD = any_of(["百分之", *_UNITS.split("|")])
# a quantity must not continue a longer number, a Latin word or an ordinal
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,}$")
_BAD_BEFORE = re.compile(rf"[\d.A-Za-z第{_CN}]")  # matched at the character before
# 亿 after a count of 个 (投资8个亿, 3个多亿元): an amount of money as it is spoken
_SPOKEN_YI = re.compile(r"(?P<more>多)?亿元?")
# the 亿 part of a number written in two magnitudes (1亿2700万元, 一亿二千万)
_HIGHER = re.compile(rf"(?P<num>\d+(?:\.\d+)?|[{_CN}]+)亿$")
_HIGHER_MAX = 12
# money written without its 元 after the word for it (斥资3000万建6所幼儿园, 总投资1亿2700万, 每年专家劳务费20万):
# a bare 万 or 亿 there counts yuan (not 投资2万平方米: a unit follows)
_BARE_MONEY = re.compile(
    r"(?:投入|投资|斥资|资金|经费|预算|拨款|劳务费)[^，,。；;：:\d]{0,4}?(?P<num>\d+(?:\.\d+)?)(?P<mag>[万亿])"
    rf"(?:(?P<low>\d+)万)?(?P<more>[余多]?)(?![\d万亿余多]|{_UNITS})"
)
# what every such amount holds, a digit's 万 or 亿 not followed by 元 (most text has only 万元 and 亿元): a gate
_BARE_MAGNITUDE = re.compile(r"\d[万亿](?!元)")


class Quantity(NamedTuple):
    """A number with its unit (a named tuple: one is made for every number found, and builds three
    times faster than a frozen dataclass)."""

    value: int | float
    unit: str
    start: int  # offsets in the text searched
    end: int
    value_max: int | float | None = None
    at_least: bool = False  # 200余所, 85%以上
    at_most: bool = False  # 以内, 以下
    approx: bool = False  # 约…, …左右
    chinese: bool = False  # written in Chinese numerals
    text: str = ""


_new_quantity = tuple.__new__  # (what Quantity's own __new__ calls, with every field given)


def _chinese_percent(s: str) -> int | float | None:
    """九十五 → 95, 九十五点五 → 95.5."""
    whole, _, frac = s.partition("点")
    n = chinese_int(whole)
    if n is None or any(ch not in DIGITS for ch in frac):
        return None
    return _tidy(Decimal(f"{n}.{''.join(str(DIGITS[ch]) for ch in frac) or 0}"))


def _tidy(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def parse_number(text: str) -> int | float | None:
    """'1,200' → 1200, '1 122' → 1122, '10.87' → 10.87, '二十' → 20, '1万' → 10000, '10.87亿' → 1087000000."""
    text = text.strip()
    mag = 1
    for suffix in ("千万", "百万", "万", "亿"):
        if text.endswith(suffix) and len(text) > len(suffix):
            text, mag = text[: -len(suffix)], _MAGNITUDE[suffix]
            break
    if text.isdecimal():
        return int(text) * mag  # most numbers: whole, without a thousands separator
    if text and text[0].isdigit():
        try:
            return _tidy(Decimal(re.sub(r"[,\s\u2009]", "", text)) * mag)
        except InvalidOperation:
            return None
    n = chinese_int(text)
    return None if n is None else n * mag


# units as plans write them, one name each: 个百分点 (百分点 is rarely written alone), 元, 平方米 (㎡, m²)
_UNIT_NAME = {
    "％": "%", "万元": "元", "亿元": "元", "万平方米": "平方米", "㎡": "平方米", "m²": "平方米", "m2": "平方米",
    "百分点": "个百分点", "个小时": "小时", "个课时": "课时", "个学时": "学时", "个工作日": "工作日",
}
_UNIT_SCALE = {"万元": 10_000, "亿元": 100_000_000, "万平方米": 10_000}


# what quantity_spans gives a text without a numeral: no spans, no matches
_NONE: tuple[tuple[tuple[int, int], ...], tuple[re.Match[str], ...]] = ((), ())


def quantity_spans(text: str) -> tuple[Sequence[tuple[int, int]], Sequence[re.Match[str]]]:
    """Spans where `text` may hold a quantity, a cheap test before find_quantities of its clauses; and
    the matches of its numbers with a unit, which clause_quantities reads.

    Each clause of `text` that holds a quantity overlaps one of the spans: past a match the pattern
    looks ahead only for words, none of which starts with a clause boundary.
    """
    if not (numeral := _NUMERAL.search(text)):
        return _NONE  # (no lists made for it)
    # (both searched from the first numeral, where a quantity may open first, its unit after it: the pattern opens
    # with a lookahead, which the engine enters at every character it passes; its lookbehinds still see the text before)
    at = numeral.start()
    matches = list(_QUANTITY.finditer(text, at)) if _UNIT_WORD.search(text, at) else []
    spans = [m.span() for m in matches]
    if ("万" in text or "亿" in text) and _BARE_MAGNITUDE.search(text):
        spans.extend((q.start, q.end) for q in _bare_money(text))
    if _may_be_unitless(text):
        spans.extend((q.start, q.end) for q in _unitless(text))
    return spans, matches


# the marks text.clauses splits a sentence at but a line break: no match of _QUANTITY holds one, nor looks
# ahead past one, and _quantity's look at what stands before a number stops at one
_CLAUSE_MARKS = frozenset("，,；;：:。！？!?")


def clause_quantities(text: str, start: int, end: int, matches: Sequence[re.Match[str]]) -> list[Quantity]:
    """find_quantities(text[start:end]) for a clause of sentence `text` whose quantity_spans gave `matches`:
    the numbers with a unit read from those (not searched for again) where a mark stands at each end of
    the clause and no match runs across one."""
    clause = text[start:end]
    if not ((start == 0 or text[start - 1] in _CLAUSE_MARKS) and (end == len(text) or text[end] in _CLAUSE_MARKS)):
        return _quantities(clause)
    counted = []
    for m in matches:
        ms, me = m.span()
        if me <= start:
            continue
        if ms >= end:
            break
        if ms < start or me > end:
            return _quantities(clause)  # (2.50个 after an item's number 2.: a match the clause would cut)
        if (q := _quantity(text, m, start)) is not None:
            counted.append(q)
    return _quantities(clause, counted)


def find_quantities(text: str) -> Iterator[Quantity]:
    """Every quantity in `text`, left to right: numbers with a unit, then unitless values."""
    return iter(_quantities(text))


def _quantities(text: str, counted: list[Quantity] | None = None) -> list[Quantity]:
    """The quantities of find_quantities, as a list (`counted`: the numbers with a unit, where
    clause_quantities has read them)."""
    if counted is None:
        counted = [q for m in _QUANTITY.finditer(text) if (q := _quantity(text, m)) is not None]
    found = _ranges(counted, text)
    if ("万" in text or "亿" in text) and _BARE_MAGNITUDE.search(text):
        found.extend(_bare_money(text))
        found.sort(key=lambda q: q.start)
    if _may_be_unitless(text):
        found.extend(q for q in _unitless(text) if not any(o.start < q.end and q.start < o.end for o in found))
        found.sort(key=lambda q: q.start)
    return found


_RANGE_DASH = re.compile(r"\s*[-—–~～至]\s*")


def _ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """The quantities with each pair that writes its unit twice joined into a range: 6所至10所, 85%—90%."""
    if len(found) < 2:
        return found
    out: list[Quantity] = []
    for q in found:
        first = out[-1] if out else None
        if (
            first is not None and first.unit == q.unit and first.value_max is None and q.value_max is None
            and q.value > first.value and not first.text.endswith(("以上", "以下", "以内", "左右"))
            and _RANGE_DASH.fullmatch(text, first.end, q.start)
        ):
            out[-1] = q._replace(
                value=first.value, value_max=q.value, start=first.start, text=text[first.start : q.end]
            )
        else:
            out.append(q)
    return out


def _approx_before(text: str, start: int) -> bool:
    """Whether the number at `start` is said to be about so much (约3万元, 大约50所)."""
    return _approx(text[max(0, start - _LOOKBACK) : start].rstrip())


def _approx(before: str) -> bool:
    return before.endswith(_APPROX_WORDS) and not before.endswith(_NOT_APPROX_WORDS)


def _quantity(text: str, m: re.Match[str], offset: int = 0) -> Quantity | None:
    """The quantity of a match of _QUANTITY, or None where it is no quantity; its offsets less `offset`
    (where the clause it stands in starts)."""
    start = m.start()
    pct, num, mag1, num2, mag, approx_word, unit, post = m.groups()  # (one call, not one a group)
    before = text[start - _LOOKBACK if start > _LOOKBACK else 0 : start].rstrip()  # (no call of max for each value)
    if start and _BAD_BEFORE.match(text, start - 1) and not ((pct is not None or unit in "%％") and _ACRONYM.search(before)):
        return None  # (占GDP4%以上: a share of what an acronym names)
    if before.endswith("每"):
        return None
    if before.endswith("专栏"):
        return None  # 专栏2 人力资源开发主要目标: the number of a box in a plan, not two people
    if start > 1 and text[start - 1] in "-/" and text[start - 2].isdigit():
        return None  # 2023-10-26 128人阅读: the month and day of a date, not a range
    if unit == "节" and before.endswith("章"):
        return None  # 第七章6节: a section of a chapter, not six lessons
    approx = _approx(before) or post == "左右"
    if pct:
        value = _chinese_percent(pct)
        if value is None:
            return None
        # (the bound after a share in words, 百分之九十五以上, 百分之八十五左右, as after one in digits)
        post_m = _UNITLESS_POST.match(text, m.end())
        word = post_m.group().strip() if post_m else ""
        end = post_m.end() if post_m else m.end()
        return Quantity(
            value, "%", start - offset, end - offset, at_least="以上" in word, at_most=word in ("以下", "以内"),
            approx=approx or word == "左右", chinese=True, text=text[start:end],
        )
    if mag1 and mag1 != mag:
        return None  # 1万至1.5亿: not one range
    chinese = not num[0].isdigit()
    if chinese and (unit in "%％" or num in _IDIOM_NUMERALS):
        return None  # 千家万户, 百花齐放: a lone 十/百/千/万 is an idiom's
    scale = _MAGNITUDE.get(mag or "", 1) * _UNIT_SCALE.get(unit, 1)
    # (most numbers are whole and unseparated, and int reads them: _NUM holds a magnitude 万/亿 in a group of its
    # own, and no blank at either end)
    value = int(num) if num.isdecimal() else parse_number(num)
    if value is None:
        return None
    value_max = (int(num2) if num2.isdecimal() else parse_number(num2)) if num2 else None
    if num2 and (value_max is None or value_max <= value):
        return None
    if scale != 1:  # parse_number's values are tidy already
        value = _tidy(Decimal(str(value)) * scale)
        if value_max is not None:
            value_max = _tidy(Decimal(str(value_max)) * scale)
    if start and text[start - 1] == "亿" and scale < _MAGNITUDE["亿"] and unit not in "%％":
        higher = _HIGHER.search(text, max(0, start - _HIGHER_MAX), start)
        if higher and not (higher.start() and _BAD_BEFORE.match(text, higher.start() - 1)):
            # 1亿2700万元: the 亿 and the 万 are one number
            amount = parse_number(higher["num"])
            if amount is not None:
                value = _tidy(Decimal(amount) * _MAGNITUDE["亿"] + Decimal(str(value)))
                start = higher.start()
    post = post or ""
    end, more = m.end(), False
    if unit == "个" and (spoken := _SPOKEN_YI.match(text, end)):
        # 投资8个亿, 3个多亿: money spoken of in 亿
        value, unit, end, more = _tidy(Decimal(str(value)) * _MAGNITUDE["亿"]), "元", spoken.end(), bool(spoken["more"])
    # (the fields in their order, as tuple.__new__ takes them: the class's own __new__, called with keywords, costs
    # a dict and a frame for each of the many numbers read)
    return _new_quantity(
        Quantity,
        (
            value,
            _UNIT_NAME.get(unit, unit),
            start - offset,  # start
            end - offset,  # end
            value_max,
            bool(approx_word) or "以上" in post or more,  # at_least
            post in ("以下", "以内"),  # at_most
            approx,
            chinese,
            text[start:end],  # text
        ),
    )


def _bare_money(text: str) -> Iterator[Quantity]:
    """Amounts of money written without 元 (投入30亿, 总投资1亿2700万), in yuan."""
    for m in _BARE_MONEY.finditer(text):
        start = m.start("num")
        value = Decimal(m["num"]) * _MAGNITUDE[m["mag"]] + Decimal(m["low"] or 0) * _MAGNITUDE["万"]
        yield Quantity(
            value=_tidy(value),
            unit="元",
            start=start,
            end=m.end(),
            at_least=bool(m["more"]),
            approx=_approx_before(text, start),
            text=text[start : m.end()],
        )


def _may_be_unitless(text: str) -> bool:
    """Whether `text` may hold a multiple or an index's value: most texts name neither."""
    # every index word holds 数, 比 or 限: three scans cost less than a search for all seven words
    return "倍" in text or (("数" in text or "比" in text or "限" in text) and _INDEX_WORD.search(text) is not None)


def _unitless(text: str) -> Iterator[Quantity]:
    """Multiples (1.1倍) and the values of indices, coefficients and ratios (系数0.5, 生师比13:1)."""
    matches: list[re.Match[str]] = []
    for m in _INDEX_NAME.finditer(text):
        matches.append(m)
        while (m := _LISTED.match(text, m.end()) or _CHANGED_TO.match(text, m.end())) and (
            not _NOT_UNITLESS.match(text, m.end()) or _YEARS_AFTER.match(text, m.end())
        ):
            matches.append(m)
    for m in [*_MULTIPLE.finditer(text), *matches]:
        start, end = m.span("num")
        if m.re is _INDEX_NAME and m["one"]:
            start = m.start("one")
        unit = ""
        if start and _BAD_BEFORE.match(text, start - 1):
            continue
        multiple = m.re is _MULTIPLE
        if multiple:
            end = m.end()
        elif m.re is _INDEX_NAME and m["ratio"]:
            end = m.end("ratio")
        elif years := _YEARS_AFTER.match(text, end):
            if _CALENDAR_YEAR.fullmatch(m["num"]):
                continue  # 年限…2020年: a date
            end, unit = years.end(), "年"  # 受教育年限超过15年: a span of years
        elif _NOT_UNITLESS.match(text, end):
            continue  # 系数…3所, 指数…2020年: the number has a unit of its own
        post = _UNITLESS_POST.match(text, end)
        if post:
            end = post.end()
        word = post.group().strip() if post else ""
        value = parse_number(m["num"])
        if value is None:
            continue
        yield Quantity(
            value=value,
            unit="倍" if multiple else unit,
            start=start,
            end=end,
            at_least="以上" in word,
            at_most=word in ("以下", "以内"),
            approx=word == "左右" or _approx_before(text, start),
            text=text[start:end],
        )
