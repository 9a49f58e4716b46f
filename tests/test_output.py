"""Rows → table | json | csv | markdown."""

import csv
import io
import json

import pytest

from edukg.output import FORMATS, format_rows, short_value, text_width, write_sections

ROWS = [
    {"region": "县甲", "year": 2021, "value": 85, "aliases": ["毛入园率", "学前毛入园率"]},
    {"region": "市乙", "year": None, "value": 1.5, "extra": "仅此行"},
]


def test_json_is_array_of_objects_keyed_by_column():
    data = json.loads(format_rows(ROWS, "json"))
    assert data == ROWS


def test_json_keeps_chinese_readable():
    assert "县甲" in format_rows(ROWS, "json")


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_rows(fmt):
    assert format_rows([], fmt) == ("[]" if fmt == "json" else "")


def test_csv_has_every_column_and_row():
    table = list(csv.reader(io.StringIO(format_rows(ROWS, "csv"))))
    assert table[0] == ["region", "year", "value", "aliases", "extra"]
    assert table[1] == ["县甲", "2021", "85", '["毛入园率", "学前毛入园率"]', ""]
    assert table[2] == ["市乙", "", "1.5", "", "仅此行"]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_tables_show_every_value(fmt):
    text = format_rows(ROWS, fmt)
    for token in ("region", "extra", "县甲", "市乙", "2021", "85", "1.5", "学前毛入园率", "仅此行"):
        assert token in text


def test_markdown_is_a_pipe_table():
    lines = format_rows(ROWS, "markdown").splitlines()
    assert lines[0].startswith("|") and set(lines[1]) <= set("|-: ")
    assert len(lines) == 4


def test_format_name_is_case_insensitive():
    assert format_rows(ROWS, "JSON") == format_rows(ROWS, "json")


def test_identifier_like_text_is_not_turned_into_a_number():
    # tabulate would otherwise print "0012" as 12
    assert "0012" in format_rows([{"code": "0012"}], "table")


# Wide and fullwidth characters take two columns, a combining mark none, a line break starts a line.
WIDE_ROWS = [
    {"indicator": "学前三年毛入园率", "year": 2021, "value": 85.5, "x": None,
     "evidence": "到2021年，学前三年毛入园率达到90%（含）以上。"},
    {"indicator": "专任教师", "year": 2027, "value": 10, "x": "Ａbc", "evidence": "培训专任教师1.0445万人次"},
    {"indicator": "两行\n第二行", "year": 1, "value": [1, "学"], "x": "é\u0301", "evidence": "x"},
]
# as tabulate's simple format lays it out (with wcwidth)
WIDE_TABLE = """\
indicator         year    value      x     evidence
----------------  ------  ---------  ----  ---------------------------------------------
学前三年毛入园率  2021    85.5             到2021年，学前三年毛入园率达到90%（含）以上。
专任教师          2027    10         Ａbc  培训专任教师1.0445万人次
两行              1       [1, "学"]  é́     x
第二行"""


def test_table_pads_by_display_width_and_breaks_lines():
    assert format_rows(WIDE_ROWS, "table") == WIDE_TABLE


def test_text_width_counts_terminal_columns():
    assert [text_width(t) for t in ("abc", "学前", "（含）", "Ａ", "e\u0301", "“十四五”")] == [3, 4, 6, 2, 1, 8]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sections_hold_each_group_in_its_format(fmt):
    out = io.StringIO()
    write_sections({"甲": ROWS, "乙": []}, fmt, out)
    if fmt == "json":
        assert json.loads(out.getvalue()) == {"甲": ROWS, "乙": []}
    else:
        assert out.getvalue() == f"甲\n{format_rows(ROWS, fmt)}\n\n乙\n(none)\n"


def test_a_table_for_the_terminal_cuts_long_text_and_joins_lists():
    rows = [{"a": "甲" * 50, "b": ["x", "y"], "c": [{"v": 85, "u": "%", "n": None}], "d": 3, "e": None}]
    assert [{k: short_value(v, 10) for k, v in row.items()} for row in rows] == [
        {"a": "甲" * 9 + "…", "b": "x、y", "c": "85 %", "d": 3, "e": None}]
    assert format_rows(rows, "table", cut=10).splitlines()[2].split() == ["甲" * 9 + "…", "x、y", "85", "%", "3"]
    assert "甲" * 50 in format_rows(rows, "table") and "甲" * 50 in format_rows(rows, "csv", cut=10)


@pytest.mark.parametrize("cut", [None, 40])
def test_sections_cut_tables_as_format_rows_does(cut):
    out = io.StringIO()
    write_sections({"甲": WIDE_ROWS}, "table", out, cut=cut)
    assert out.getvalue() == f"甲\n{format_rows(WIDE_ROWS, 'table', cut=cut)}\n"


def test_a_column_of_numbers_shows_each_as_it_is():
    # 1, 1.0 and True are equal as keys, and so are 0.0 and -0.0: each cell keeps its own text
    rows = [{"a": 1, "b": -0.0}, {"a": 1.0, "b": 0.0}, {"a": True, "b": None}, {"a": 2, "b": 0.5}]
    assert [line.split() for line in format_rows(rows, "table").splitlines()[2:]] == [
        ["1", "-0.0"], ["1.0", "0.0"], ["True"], ["2", "0.5"]]
