"""Chinese numerals as section numbers, dates and quantities write them."""

import pytest

from edukg.loaders.chinese_numerals import CIRCLED, DIGIT_CHARS, DIGITS, chinese_int


@pytest.mark.parametrize(("text", "value"), [
    ("〇", 0), ("两", 2), ("十", 10), ("十一", 11), ("二十", 20), ("九十九", 99), ("一百", 100), ("一百零五", 105),
    ("三千二百", 3200), ("一二", None), ("三五", None), ("十a", None), ("", 0),
])
def test_chinese_int(text, value):
    assert chinese_int(text) == value


def test_tables_agree():
    assert [DIGITS[ch] for ch in DIGIT_CHARS] == list(range(10))
    assert len(CIRCLED) == 20 and CIRCLED[4] == "⑤"
