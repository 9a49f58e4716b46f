"""Chinese numerals, for every stage that reads or writes them: section numbers
(一、 (十二) ⑤), dates (二〇二一年十二月), quantities (新建两所) and docx list numbering."""

from __future__ import annotations

__all__ = ["DIGITS", "DIGIT_CHARS", "CIRCLED", "chinese_int"]

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DIGIT_CHARS = "〇一二三四五六七八九"  # the digit of each value, 0–9
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"  # ① … ⑳ for 1 … 20
_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 三五 → None (a list, not a number).

    >>> [chinese_int(s) for s in ("一", "十二", "二十", "一百零五", "三五")]
    [1, 12, 20, 105, None]
    """
    total, digit, seen_unit = 0, None, False
    for ch in s:
        if ch in "零〇" and seen_unit:  # 一百零五: a place left empty
            continue
        if ch in DIGITS:
            if digit is not None and not seen_unit:
                return None
            digit = DIGITS[ch]
            seen_unit = False
        elif ch in _UNITS:
            total += (1 if digit is None else digit) * _UNITS[ch]
            digit, seen_unit = None, True
        else:
            return None
    if digit is not None:
        total += digit
    return total
