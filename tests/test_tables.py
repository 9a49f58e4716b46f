"""Table detection (loaders.tables) on real-shaped tables of every shape the reader meets."""

import docx
import pytest
from structured_samples import structured

from edukg.loaders.model import RawDocument
from edukg.loaders.normalize import normalize
from edukg.loaders.read import read_document
from edukg.loaders.tables import find_tables

# a 十四五 plan's indicator table as a scraped page gives it: one cell per line, blank lines between
ONE_PER_LINE = """“十四五”教育事业发展主要指标表

指  标

2020年

2025年

属性

一、发展水平

\u00a0\u00a0\u00a0\u00a0\u00a0

1.学前教育毛入园率(%)

99%

99%以上

约束性

4.义务教育标准班额比例(%)

其中:小学

初中

34.52%

77.34%

80%以上

85%以上

预期性

本文仅代表作者观点,不代表本站立场。凡注明为本站原创作品的,未经许可,不得转载;报告、公报、规划等总结类或文件类信息,本站展示并非全部都完整。
"""

SPACE_ALIGNED = """某市教育事業發展“十四五”規劃
專欄1  主要指標
指  標                        2020年     2025年     屬性
學前三年毛入園率（%）          88.5       92以上     預期性
義務教育鞏固率（%）            96         97         約束性
二、主要任務
"""

HTML = """<html><head><title>某县“十四五”教育事业发展规划</title></head><body>
<p>表1 主要指标</p>
<table><tr><td><p>指 标</p></td><td><p>2020年</p></td><td><p>2025年</p></td><td><p>属性</p></td></tr>
<tr><td rowspan="2"><p>发展水平</p></td><td><p>学前教育毛入园率（%）</p></td><td><p>86.2</p></td><td><p>90以上</p></td>
<td><p>预期性</p></td></tr>
<tr><td><p>九年义务教育巩固率</p><p>（%）</p></td><td>95.5</td><td>96</td><td>约束性</td></tr>
</table><p>二、主要任务</p></body></html>"""


def _tables(path):
    return find_tables(normalize(read_document(path)))


def _texts(cells):
    return [c.text for c in cells]


def _assert_spans(raw_text, table):
    """Every cell's span is the cell as written in the original text: its text once normalized."""
    for cell in (*table.header, *(c for row in table.rows for c in row)):
        written = raw_text[cell.start : cell.end]
        assert written == written.strip(), cell
        assert normalize(RawDocument("cell", "0" * 64, "utf-8", written)).text.replace(" ", "") == cell.text.replace(
            " ", ""
        )
    assert raw_text[table.start : table.end].startswith(raw_text[table.header[0].start : table.header[0].end])


def test_one_cell_per_line_rows_end_at_their_attribute(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(ONE_PER_LINE, encoding="utf-8")
    raw = read_document(path).text
    (table,) = _tables(path)
    assert table.shape == "lines"
    assert _texts(table.header) == ["指标", "2020年", "2025年", "属性"]
    assert [_texts(r) for r in table.rows] == [
        ["一、发展水平", "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性"],
        ["4.义务教育标准班额比例(%)", "其中:小学", "初中", "34.52%", "77.34%", "80%以上", "85%以上", "预期性"],
    ]
    assert [c.row for c in table.rows[1]] == [1] * 8
    assert raw[table.rows[1][4].start : table.rows[1][4].end] == "77.34%"
    _assert_spans(raw, table)
    assert "本文仅代表" not in raw[table.start : table.end]


def test_one_cell_per_line_the_header_repeated_after_a_page_break_is_no_row(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(
        "二、主要目标\n专栏1 主要指标\n指标\n2020年\n2025年\n属性\n学前教育毛入园率（%）\n86.2\n≥95\n预期性\n"
        "— 3 —\n指标\n2020年\n2025年\n属性\n新增学位(个)\n1200\n5000\n预期性\n三、主要任务\n",
        encoding="utf-8",
    )
    (table,) = _tables(path)
    assert [_texts(r) for r in table.rows] == [
        ["学前教育毛入园率(%)", "86.2", "≥95", "预期性"], ["新增学位(个)", "1200", "5000", "预期性"],
    ]
    _assert_spans(read_document(path).text, table)


def test_space_aligned_traditional_table(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(SPACE_ALIGNED, encoding="utf-8")
    raw = read_document(path).text
    (table,) = _tables(path)
    assert table.shape == "spaces"
    assert _texts(table.header) == ["指标", "2020年", "2025年", "属性"]  # Simplified
    assert raw[table.header[0].start : table.header[0].end] == "指  標"
    assert [_texts(r) for r in table.rows] == [
        ["学前三年毛入园率(%)", "88.5", "92以上", "预期性"],
        ["义务教育巩固率(%)", "96", "97", "约束性"],
    ]
    _assert_spans(raw, table)


def test_html_table_rows_stay_lines(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(HTML, encoding="utf-8")
    raw = read_document(path).text
    (table,) = _tables(path)
    assert table.shape == "cells"
    assert _texts(table.header) == ["指标", "2020年", "2025年", "属性"]
    assert [_texts(r) for r in table.rows] == [
        ["发展水平", "学前教育毛入园率(%)", "86.2", "90以上", "预期性"],
        ["九年义务教育巩固率 (%)", "95.5", "96", "约束性"],
    ]
    _assert_spans(raw, table)


# a header over two rows: 指标 and 属性 span both, 年份 the two year columns
TWO_ROW_HEADER = """<html><body><p>表1 “十四五”时期教育发展主要指标</p><table>
<tr><th rowspan="2">指标</th><th colspan="2">年份</th><th rowspan="2">属性</th></tr>
<tr><th>2020年</th><th>2025年</th></tr>
<tr><td>学前教育毛入园率（%）</td><td>86.2</td><td>≥95</td><td>预期性</td></tr>
<tr><td>专任教师数（人）</td><td>3200</td><td>3500</td><td>预期性</td></tr>
</table><p>到2025年，全县教育现代化水平明显提升。</p></body></html>"""


def _two_row_header_docx(path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for i, row in enumerate([["指标", "基期", "目标", "属性"], ["", "2020年", "2025年", ""],
                             ["学前教育毛入园率（%）", "86.2", "≥95", "预期性"]]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指标"
    table.cell(0, 3).merge(table.cell(1, 3)).text = "属性"
    document.save(path)


@pytest.mark.parametrize("name", ["plan.html", "plan.docx"])
def test_a_header_over_two_rows_is_one_header_of_years(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".docx"):
        _two_row_header_docx(path)
    else:
        path.write_text(TWO_ROW_HEADER, encoding="utf-8")
    raw = read_document(path).text
    (table,) = _tables(path)
    assert _texts(table.header) == ["指标", "2020年", "2025年", "属性"]
    assert _texts(table.rows[0]) == ["学前教育毛入园率(%)", "86.2", "≥95", "预期性"]
    _assert_spans(raw, table)


@pytest.mark.parametrize(
    "header",
    [
        "指标\n基期\n目标\n属性\n2020年\n2025年",  # 基期 | 目标 over the years
        "指标\n年份\n属性\n2020年\n2025年",  # 年份 spanning the years
        "指标\n2020年\n2025年\n属性\n基期\n目标",  # the years over what their columns give
    ],
    ids=["roles over years", "years spanned", "years over roles"],
)
def test_a_header_over_two_rows_read_one_cell_per_line_is_one_header_of_years(header):
    text = f"表1 “十四五”教育发展主要指标\n{header}\n学前教育毛入园率(%)\n86.2\n95\n预期性\n三、主要任务\n"
    (table,) = structured(text).tables
    assert _texts(table.header) == ["指标", "2020年", "2025年", "属性"]
    assert [_texts(r) for r in table.rows] == [["学前教育毛入园率(%)", "86.2", "95", "预期性"]]
    assert text[table.header[1].start : table.header[1].end] == "2020年"


@pytest.mark.parametrize("title", ["三、重点任务分工\n", "重点任务\n"], ids=["numbered title", "title of a column's word"])
def test_a_task_table_read_one_cell_per_line_starts_at_its_header_not_at_a_title_line(title):
    text = (
        f"{title}重点任务\n责任单位\n完成时限\n推进学前教育普惠发展，新建公办幼儿园3所。\n县教育局、县发改局\n"
        "2021年12月\n实施义务教育薄弱环节改善与能力提升工程。\n县教育局\n2021年10月\n"
    )
    (table,) = structured(text).tables
    assert _texts(table.header) == ["重点任务", "责任单位", "完成时限"]
    assert [c.column for c in table.header] == [0, 1, 2]
    assert [_texts(r)[1:] for r in table.rows] == [["县教育局、县发改局", "2021年12月"], ["县教育局", "2021年10月"]]


def test_a_unit_cell_read_one_cell_per_line_and_broken_before_its_last_word_is_one_cell():
    text = "序号\n工作任务\n责任单位\n1\n推进学校标准化建设\n县教育\n局\n2\n落实教师编制\n县委编办、县人社局\n"
    (table,) = structured(text).tables
    assert [_texts(r) for r in table.rows] == [["1", "推进学校标准化建设", "县教育局"], ["2", "落实教师编制", "县委编办、县人社局"]]
    unit = table.rows[0][2]
    assert text[unit.start : unit.end] == "县教育\n局"


def test_a_space_aligned_cell_wrapped_onto_the_next_line_is_one_cell():
    text = (
        "专栏1  主要指标\n\n  指    标                    2020年     2025年     属性\n"
        "  学前教育毛入园率（%）           88.5       ≥92       预期性\n"
        "  高中阶段教育毛入学率            90         95%左右   预期性\n  （%）\n"
        "  劳动年龄人口平均受教育          10.8       11.3      预期性\n  年限（年）\n\n三、主要任务\n"
    )
    (table,) = structured(text).tables
    assert [_texts(r) for r in table.rows] == [
        ["学前教育毛入园率(%)", "88.5", "≥92", "预期性"],
        ["高中阶段教育毛入学率(%)", "90", "95%左右", "预期性"],
        ["劳动年龄人口平均受教育年限(年)", "10.8", "11.3", "预期性"],
    ]
    label = table.rows[2][0]
    assert text[label.start : label.end] == "劳动年龄人口平均受教育"  # the span of its first line


def test_docx_table(tmp_path):
    document = docx.Document()
    document.add_paragraph("附件：重点工作任务分解表")
    rows = [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "新建幼儿园6所", "县教育局", "县财政局、县自然资源局"]]
    grid = document.add_table(rows=2, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    document.add_paragraph("一、工作目标")
    path = tmp_path / "plan.docx"
    document.save(path)
    raw = read_document(path).text
    (table,) = _tables(path)
    assert _texts(table.header) == rows[0]
    assert [_texts(r) for r in table.rows] == [rows[1]]
    _assert_spans(raw, table)


def test_a_word_table_s_header_repeated_after_a_page_break_keeps_the_rows_before_it(tmp_path):
    document = docx.Document()
    document.add_paragraph("附件")
    header = ["序号", "重点任务", "责任单位", "完成时限"]
    rows = [header, ["1", "新建公办幼儿园3所", "县教育局、县发改局", "2022年底"], header,
            ["2", "推进集团化办学", "县教育局", "持续推进"]]
    grid = document.add_table(rows=4, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    tables = _tables(path)
    assert [[_texts(r) for r in t.rows] for t in tables] == [[rows[1]], [rows[3]]]
    for table in tables:
        assert _texts(table.header) == header
        _assert_spans(read_document(path).text, table)


def test_a_line_set_apart_by_a_tab_after_a_docx_table_is_no_row_of_it(tmp_path):
    document = docx.Document()
    grid = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["单位", "职责"], ["县财政局", "负责落实学前教育经费保障。"]]):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    document.add_paragraph("某县教育局").add_run().add_tab()
    document.paragraphs[-1].add_run("2021年3月5日")
    path = tmp_path / "plan.docx"
    document.save(path)
    (table,) = _tables(path)
    assert [_texts(r) for r in table.rows] == [["县财政局", "负责落实学前教育经费保障。"]]


def test_tab_separated_rows_under_a_header():
    doc = structured("重点任务\n序号\t工作任务\t责任单位\n1\t新建幼儿园6所\t县教育局\n2\t改造薄弱学校3所\t县财政局\n")
    (table,) = doc.tables
    assert _texts(table.header) == ["序号", "工作任务", "责任单位"]
    assert [_texts(r) for r in table.rows] == [["1", "新建幼儿园6所", "县教育局"], ["2", "改造薄弱学校3所", "县财政局"]]


def test_a_numbered_task_list_one_cell_per_line_opens_its_rows_at_their_numbers():
    # a government report's tasks as a page gives them: headings over the rows (merged rows of the
    # page's table) and a row whose last cell was left blank leave no cell where one is counted
    text = (
        "序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、经济社会发展的主要预期目标\n\n3\n\n"
        "固定资产投资增长7.5%左右。\n\n区发改委\n\n二、全力以赴惠民生、增福祉\n\n68\n\n"
        "加快建设黎明小学扩建教学楼项目。\n\n区教育局\n\n区政府有关部门。\n\n69\n\n"
        "深化与海亮集团合作。\n\n区教育局\n\n区投资促进中心。\n"
    )
    (table,) = structured(text).tables
    assert [_texts(r) for r in table.rows] == [
        ["一、经济社会发展的主要预期目标"],
        ["3", "固定资产投资增长7.5%左右。", "区发改委"],
        ["二、全力以赴惠民生、增福祉"],
        ["68", "加快建设黎明小学扩建教学楼项目。", "区教育局", "区政府有关部门。"],
        ["69", "深化与海亮集团合作。", "区教育局", "区投资促进中心。"],
    ]


def test_a_table_below_a_page_s_disclosure_card_starts_at_its_header():
    text = (
        "索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n"
        "发布单位 | 区政府 | 发文日期 | 2022-07-14 |\n序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
        "1 | 新建成公办中小学、幼儿园7所。 | 8月底前竣工交付。 | 教育局 | 发改局、财政局 |\n"
    )
    (table,) = structured(text).tables
    assert _texts(table.header) == ["序号", "实事项目", "工作举措及实施计划", "责任单位", "配合单位"]
    assert [_texts(r) for r in table.rows] == [["1", "新建成公办中小学、幼儿园7所。", "8月底前竣工交付。", "教育局", "发改局、财政局"]]


@pytest.mark.parametrize(
    "text",
    [
        "索引号 | 11530000/2021-00012\n发布日期 | 2020-11-30\n",  # a page's metadata block: no header
        "一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n",
        "发布时间：2021-03-01  来源：县教育局\n浏览次数：12  字号：大 中 小\n",
    ],
)
def test_no_table_without_a_header(text):
    assert structured(text).tables == ()


def test_a_page_laid_out_in_a_table_keeps_its_lines(tmp_path):
    paragraph = "各学校要高度重视教师队伍建设工作，切实加强组织领导，" * 8
    page = f"<html><body><table><tr><td><p>一、总体要求</p><p>{paragraph}</p><p>二、主要任务</p></td></tr></table></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_document(path).text.splitlines()[:3] == ["一、总体要求", paragraph, "二、主要任务"]


def test_a_label_longer_than_its_column_keeps_its_first_value_apart(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(
        "主要指标              2020年    2025年    属性\n"
        "学前教育毛入园率(%)     92.5      95       预期性\n"
        "高中阶段教育毛入学率(%) 93        95       预期性\n",
        encoding="utf-8",
    )
    raw = read_document(path).text
    (table,) = _tables(path)
    assert [_texts(r) for r in table.rows] == [
        ["学前教育毛入园率(%)", "92.5", "95", "预期性"],
        ["高中阶段教育毛入学率(%)", "93", "95", "预期性"],
    ]
    _assert_spans(raw, table)


# page 3 of a plan a document mirror cut into pages: it starts inside the indicator table, its
# header on page 2; each row is label, unit, the values of 2020 and 2025, then its 属性
HEADLESS_PAGE = """上一页 1 2 3 下一页
义务教育巩固率
%

95.2
97
约束性
高中阶段毛入学率
%
90.5
93
预期性
3
劳动年龄人口平均受教育年限
年
10.2
10.8
预期性
二、主要任务
（一）全面普及学前教育。到2025年，新建公办幼儿园12所。
"""


def test_rows_ending_at_their_attribute_without_a_header():
    table, = find_tables(normalize(RawDocument("p3.txt", "0" * 64, "utf-8", HEADLESS_PAGE)))
    assert table.header == () and table.shape == "lines"
    assert [[c.text for c in row] for row in table.rows] == [
        ["义务教育巩固率", "%", "95.2", "97", "约束性"],
        ["高中阶段毛入学率", "%", "90.5", "93", "预期性"],
        ["3", "劳动年龄人口平均受教育年限", "年", "10.2", "10.8", "预期性"],
    ]
    assert HEADLESS_PAGE[table.start : table.end].startswith("义务教育巩固率") and HEADLESS_PAGE[: table.end].endswith("预期性")


def test_a_lone_attribute_word_in_running_text_is_no_table():
    text = "该指标为约束性指标。\n预期性\n全县学前三年毛入园率达到90%以上。\n"
    assert find_tables(normalize(RawDocument("a.txt", "0" * 64, "utf-8", text))) == ()


def test_blank_aligned_rows_ending_at_their_attribute_without_a_header():
    text = "学前三年毛入园率（%）    88.5    92    预期性\n九年义务教育巩固率（%）  96.5    97    约束性\n三、主要任务\n"
    table, = find_tables(normalize(RawDocument("p2.txt", "0" * 64, "utf-8", text)))
    assert table.header == ()
    assert [[c.text for c in row] for row in table.rows] == [
        ["学前三年毛入园率(%)", "88.5", "92", "预期性"],
        ["九年义务教育巩固率(%)", "96.5", "97", "约束性"],
    ]
