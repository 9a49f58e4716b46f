import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from edukg.loaders.extract.numbers import (
    _CN, _NUMERAL, clause_quantities, find_quantities, parse_number, quantity_spans,
)
from edukg.loaders.extract.text import clauses, inside


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("85", 85),
        ("2,200", 2200),
        ("10.87", 10.87),
        ("十", 10),
        ("二十", 20),
        ("十二", 12),
        ("一百零五", 105),
        ("两千", 2000),
        ("1万", 10000),
        ("10.87亿", 1087000000),
        ("三五", None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("1200", 1200), ("1,200", 1200), ("007", 7), ("٣٤", 34), ("10.0", 10), ("10.50", 10.5), ("3万", 30000), ("2.5万", 25000)],
)
def test_whole_numbers_are_ints_and_others_floats(text, value):
    # the JSON of a fact says 1200, never 1200.0, whichever way the number was parsed
    parsed = parse_number(text)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("新建幼儿园6所", 6, "所"), ("投入1.5亿元", 150000000, "元"), ("投入300万元", 3000000, "元"), ("覆盖率达到85.5%", 85.5, "%")],
)
def test_quantities_keep_their_value_type_after_scaling(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit) and type(q.value) is type(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("学前三年毛入园率达到85%以上", [(85, None, "%", True, False)]),
        ("为农村中小学教师配备1万台计算机", [(10000, None, "台", False, False)]),
        ("幼儿园200余所", [(200, None, "所", True, False)]),
        ("每年创建1—2所示范校", [(1, 2, "所", False, False)]),
        ("实现总投资13亿元", [(1300000000, None, "元", False, False)]),
        ("投入10.87亿元", [(1087000000, None, "元", False, False)]),
        ("投入5000万元", [(50000000, None, "元", False, False)]),
        # one amount written in two magnitudes
        ("总投资1亿2700万元", [(127000000, None, "元", False, False)]),
        ("投入一亿二千万元", [(120000000, None, "元", False, False)]),
        ("投入2亿元、3000万元", [(200000000, None, "元", False, False), (30000000, None, "元", False, False)]),
        # money spoken of in 亿
        ("投资8个亿,启动新城高中", [(800000000, None, "元", False, False)]),
        ("投入3个多亿元", [(300000000, None, "元", True, False)]),
        # money written without 元 after the word for it
        ("山西将用5年投入30亿改造全部农村学校", [(3000000000, None, "元", False, False)]),
        ("总投资1亿2700万。", [(127000000, None, "元", False, False)]),
        ("斥资3000万建6所乡镇幼儿园", [(30000000, None, "元", False, False), (6, None, "所", False, False)]),
        ("投资2万余平方米", [(20000, None, "平方米", True, False)]),
        # a count of lessons is in lessons, as one of hours is in hours
        ("每天课后延时服务不超过2个课时", [(2, None, "课时", False, False)]),
        ("每学年不少于30个学时", [(30, None, "学时", False, False)]),
        ("控制在5%以内", [(5, None, "%", False, True)]),
        ("达到百分之九十五点五", [(95.5, None, "%", False, False)]),
        # a share in words bounded after it, as one in digits
        ("毛入园率百分之九十五以上", [(95, None, "%", True, False)]),
        ("辍学率控制在百分之一以内", [(1, None, "%", False, True)]),
        ("新增多媒体教学设备1200套、计算机2200台", [(1200, None, "套", False, False), (2200, None, "台", False, False)]),
        # ranges as plans write them: 到 between bare numbers, the unit or magnitude written twice
        ("新建幼儿园5到8所", [(5, 8, "所", False, False)]),
        ("新建幼儿园6所至10所", [(6, 10, "所", False, False)]),
        ("比例达到85%—90%", [(85, 90, "%", False, False)]),
        ("培训1万至1.5万人次", [(10000, 15000, "人次", False, False)]),
        # 从2所到8所 is a change from one value to another, not a range
        ("从2所到8所", [(2, None, "所", False, False), (8, None, "所", False, False)]),
        ("达到 92 %以上", [(92, None, "%", True, False)]),
        # thousands grouped by blanks, as typeset pages write them; two numbers of a table row stay two
        ("改建幼儿园1 376所共104万平方米", [(1376, None, "所", False, False), (1040000, None, "平方米", False, False)]),
        ("入园率 85 90%", [(90, None, "%", False, False)]),
        # a number a page broke with a stray blank: before the 0 of a round number, or after a decimal point
        ("每年新建、改扩建3 0所义务教育学校,9 0%以上幼儿园实现普惠发展", [(30, None, "所", False, False), (90, None, "%", True, False)]),
        ("新增托位1. 6万个", [(16000, None, "个", False, False)]),
        # an index's values: listed with their qualifiers, or changed from one to another
        ("差异系数小学0.5、初中0.45", [(0.5, None, "", False, False), (0.45, None, "", False, False)]),
        ("平均受教育年限从13.5年提高到14年", [(13.5, None, "年", False, False), (14, None, "年", False, False)]),
        ("差异系数0.5,2021年完成", [(0.5, None, "", False, False)]),
        # square metres as pages write them
        ("新建校舍3.5万㎡", [(35000, None, "平方米", False, False)]),
        ("改造运动场12000m²", [(12000, None, "平方米", False, False)]),
        # a share of what an acronym names, written right after it
        ("教育经费占GDP4%以上", [(4, None, "%", True, False)]),
        # grounds counted in 块, pictures in 幅
        ("建成标准化运动场地13块,报送摄影作品各5幅", [(13, None, "块", False, False), (5, None, "幅", False, False)]),
    ],
)
def test_find_quantities(text, expected):
    got = [(q.value, q.value_max, q.unit, q.at_least, q.at_most) for q in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    ["2014年工作要点", "第十届技能大赛", "(2011-2020年)", "每2周开设", "(6所有学校达标", "3号路竣工", "2013级学生", "一期工程", "删除第七章6节内容", "iPad2台", "全文分6部分",
     "2023-10-26人围观", "2023-10-26 128人阅读", "2019/05/12 136次", "专栏2 人力资源开发主要目标"],
)
def test_not_quantities(text):
    """Years, ordinals, periods, item numbers, road numbers, a text's parts, a date's month and day and the
    number of a plan's box are not quantities."""
    assert list(find_quantities(text)) == []


def test_offsets_point_at_the_quantity():
    text = "全年新建中小学校9所,改扩建16所"
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["9所", "16所"]


def test_chinese_numerals_are_marked():
    (q,) = find_quantities("新建两所幼儿园")
    assert (q.value, q.unit, q.chinese) == (2, "所", True)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12,.三两所个%百分之以上有，,;：。第 a", max_size=40))
@example("1百分之三")  # a share in words right after a digit: no unit to ask about
def test_every_clause_quantity_overlaps_a_quantity_span(text):
    """quantity_spans of a sentence may rule out each of its clauses before find_quantities."""
    spans, _ = quantity_spans(text)
    for cs, ce in clauses(text):
        for q in find_quantities(text[cs:ce]):
            assert inside(spans, cs + q.start, cs + q.end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12,.三两亿万所个%百分之以上约每有，,;：。\n 第-至a", max_size=40), st.integers(0, 3))
@example("1,200所，3,5所。约4万-5万元", 0)
def test_clause_quantities_read_from_the_sentence_are_those_of_the_clause(text, skip):
    """clause_quantities of a clause, read from its sentence's matches, are find_quantities of the clause,
    also where a clause is cut short at its start (an item's number run into a count)."""
    _, matches = quantity_spans(text)
    for cs, ce in clauses(text):
        cs = min(cs + skip, ce)
        assert list(clause_quantities(text, cs, ce, matches)) == list(find_quantities(text[cs:ce]))


def test_listed_coefficients_each_with_its_qualifier_and_bound():
    text = "差异系数小学控制在0.5以内、初中控制在0.45以内。"
    assert [q.value for q in find_quantities(text)] == [0.5, 0.45]


@pytest.mark.parametrize(
    ("text", "found"),
    [("学校出口带宽达到100M以上。", [(100, "M")]), ("带宽1000Mbps", [(1000, "Mbps")]), ("建成千兆校园网,提供100MB空间", [])],
)
def test_bandwidth(text, found):
    assert [(q.value, q.unit) for q in find_quantities(text)] == found


def test_a_student_computer_ratio_is_a_unitless_value():
    assert [q.value for q in find_quantities("按照生机比10:1配备学生计算机。")] == [10]


def test_a_ratio_to_one_is_valued_by_its_second_term():
    text = "专任教师师生比达到1:15。"
    assert [(q.value, text[q.start : q.end]) for q in find_quantities(text)] == [(15, "1:15")]


@pytest.mark.parametrize(
    ("text", "approx"),
    [("新增学位近3000个", True), ("将近2000名教师", True), ("约3万元", True), ("最近3个月", False), ("新增学位3000个", False)],
)
def test_a_value_nearly_reached_is_about_so_much(text, approx):
    (q,) = find_quantities(text)
    assert q.approx is approx


def test_the_numeral_gate_finds_the_characters_of_digits_and_chinese_numerals_and_no_other():
    every = re.compile(rf"[\d{_CN}]")
    text = "".join(map(chr, range(0x110000))).replace("\n", "")
    assert [m.start() for m in _NUMERAL.finditer(text)] == [m.start() for m in every.finditer(text)]
