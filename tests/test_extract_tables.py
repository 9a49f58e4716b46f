"""Facts read from tables (loaders.extract.tables): each rule on a short real-shaped table."""

import json

import docx
import pytest
from structured_samples import structured
from test_tables import HTML, ONE_PER_LINE, SPACE_ALIGNED, TWO_ROW_HEADER

from edukg.loaders.extract import extract_facts
from edukg.loaders.extract.tables import cell_value, indicator_name
from edukg.loaders.model import facts_to_dict
from edukg.loaders.normalize import normalize
from edukg.loaders.pipeline import process_file
from edukg.loaders.read import read_document
from edukg.loaders.structure import structure


def _facts(path):
    return extract_facts(structure(normalize(read_document(path))))


def _written(tmp_path, name, text):
    """The facts of `text` written to a file `name`."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _facts(path)


def _rows(targets):
    return [(t.indicator, t.value, t.unit, t.comparator, t.year, t.table, t.attribute) for t in targets]


def _assert_evidence(facts, *cells):
    """The evidence span is the original text of the cells it rests on: it opens with the first, ends with the last."""
    raw = facts.document.norm.raw.text
    for fact in (*facts.targets, *facts.observations, *facts.responsibilities):
        if fact.table is None:
            continue
        written = raw[fact.evidence.start : fact.evidence.end]
        norm = facts.document.norm
        a = norm.offsets.index(fact.evidence.start)
        assert norm.text[a : a + len(fact.evidence.text)] == fact.evidence.text
        assert written.strip() == written and written


def test_indicator_table_one_cell_per_line(tmp_path):
    facts = _written(tmp_path, "plan.txt", ONE_PER_LINE)
    assert _rows(facts.targets) == [
        ("学前教育毛入园率", 99, "%", ">=", 2025, (0, 2), "约束性"),
        ("义务教育标准班额比例(小学)", 80, "%", ">=", 2025, (1, 2), "预期性"),
        ("义务教育标准班额比例(初中)", 85, "%", ">=", 2025, (1, 2), "预期性"),
    ]
    assert _rows(facts.observations) == [
        ("学前教育毛入园率", 99, "%", "=", 2020, (0, 1), "约束性"),
        ("义务教育标准班额比例(小学)", 34.52, "%", "=", 2020, (1, 1), "预期性"),
        ("义务教育标准班额比例(初中)", 77.34, "%", "=", 2020, (1, 1), "预期性"),
    ]
    raw = facts.document.norm.raw.text
    first = facts.targets[0].evidence
    assert raw[first.start : first.end] == "1.学前教育毛入园率(%)\n\n99%\n\n99%以上"
    _assert_evidence(facts)


def test_table_cells_make_no_facts_through_the_sentence_rules(tmp_path):
    facts = _written(tmp_path, "plan.txt", ONE_PER_LINE + "\n到2025年,学前三年毛入园率达到99.5%。\n")
    untabled = [t.indicator for t in (*facts.targets, *facts.observations) if t.table is None]
    assert untabled == ["学前三年毛入园率"]  # the sentence after the table, and nothing from its cells
    assert not {"99%", "约束性", "预期性", "初中"} & {t.indicator for t in facts.targets}


def test_a_mark_in_a_unit_column_is_no_label(tmp_path):
    html = (
        "<html><body><p>表1 主要指标</p><table><tr><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td>"
        "<td>属性</td></tr><tr><td>学前三年毛入园率</td><td>%</td><td>92.5</td><td>≥95</td><td>预期性</td></tr>"
        "<tr><td>县域义务教育均衡发展差异系数</td><td>/</td><td>0.52</td><td>0.45</td><td>预期性</td></tr>"
        "</table></body></html>"
    )
    facts = _written(tmp_path, "plan.html", html)
    assert _rows(facts.targets) == [
        ("学前三年毛入园率", 95, "%", ">=", 2025, (0, 3), "预期性"),
        ("县域义务教育均衡发展差异系数", 0.45, "", "=", 2025, (1, 3), "预期性"),
    ]
    _assert_evidence(facts)


def test_a_value_cell_of_one_value_per_level_gives_a_target_of_each(tmp_path):
    html = (
        "<html><body><p>表1 主要指标</p><table><tr><td>指标</td><td>2020年</td><td>2025年</td><td>属性</td></tr>"
        "<tr><td>县域义务教育均衡发展差异系数</td><td>0.52</td><td>小学≤0.50，初中≤0.45</td><td>预期性</td></tr>"
        "</table></body></html>"
    )
    facts = _written(tmp_path, "plan.html", html)
    assert _rows(facts.targets) == [
        ("县域义务教育均衡发展差异系数(小学)", 0.5, "", "<=", 2025, (0, 2), "预期性"),
        ("县域义务教育均衡发展差异系数(初中)", 0.45, "", "<=", 2025, (0, 2), "预期性"),
    ]
    _assert_evidence(facts)


def test_an_html_indicator_table_with_category_rows_spanning_its_columns(tmp_path):
    html = (
        "<html><body><p>表1 主要指标</p><table><tr><td>指标</td><td>2020年</td><td>2025年</td><td>属性</td></tr>"
        "<tr><td colspan=\"4\">一、普及水平</td></tr>"
        "<tr><td>学前教育毛入园率（%）</td><td>88</td><td>92</td><td>预期性</td></tr>"
        "<tr><td colspan=\"4\">二、保障水平</td></tr>"
        "<tr><td>生均公用经费（元）</td><td>800</td><td>1000</td><td>约束性</td></tr></table></body></html>"
    )
    facts = _written(tmp_path, "plan.html", html)
    assert _rows(facts.targets) == [
        ("学前教育毛入园率", 92, "%", "=", 2025, (1, 2), "预期性"), ("生均公用经费", 1000, "元", "=", 2025, (3, 2), "约束性"),
    ]
    _assert_evidence(facts)


def test_indicator_table_of_an_html_page(tmp_path):
    html = HTML.replace(
        "</table>",
        "<tr><td>其中：小学</td><td>99.1</td><td>99.5</td><td>约束性</td></tr>"
        "<tr><td>教育经费总投入（亿元）</td><td>10.87</td><td>—</td><td>预期性</td></tr></table>",
    )
    facts = _written(tmp_path, "plan.html", html)
    assert _rows(facts.targets) == [
        ("学前教育毛入园率", 90, "%", ">=", 2025, (0, 2), "预期性"),
        ("九年义务教育巩固率", 96, "%", "=", 2025, (1, 2), "约束性"),
        ("九年义务教育巩固率(小学)", 99.5, "%", "=", 2025, (2, 2), "约束性"),
    ]
    assert ("教育经费总投入", 1087000000, "元", "=", 2020, (3, 1), "预期性") in _rows(facts.observations)
    _assert_evidence(facts)


def test_indicator_table_with_its_years_under_a_spanning_heading(tmp_path):
    facts = _written(tmp_path, "plan.html", TWO_ROW_HEADER)
    assert _rows(facts.observations) == [
        ("学前教育毛入园率", 86.2, "%", "=", 2020, (0, 1), "预期性"),
        ("专任教师数", 3200, "人", "=", 2020, (1, 1), "预期性"),
    ]
    assert _rows(facts.targets) == [
        ("学前教育毛入园率", 95, "%", ">=", 2025, (0, 2), "预期性"),
        ("专任教师数", 3500, "人", "=", 2025, (1, 2), "预期性"),
    ]
    _assert_evidence(facts)


def test_short_labels_under_a_column_of_categories_are_named_with_their_category(tmp_path):
    facts = _written(
        tmp_path,
        "plan.html",
        "<html><body><p>表1 主要指标</p><table>"
        "<tr><td>类别</td><td>指标</td><td>2020年</td><td>2025年</td><td>属性</td></tr>"
        "<tr><td rowspan='2'>义务教育</td><td>巩固率（%）</td><td>96.5</td><td>97</td><td>约束性</td></tr>"
        "<tr><td>辍学率（%）</td><td>0.5</td><td>0</td><td>约束性</td></tr>"
        "<tr><td>教师队伍</td><td>本科学历比例（%）</td><td>60</td><td>70</td><td>预期性</td></tr>"
        "</table><p>三、主要任务</p></body></html>",
    )
    assert [(t.indicator, t.value, t.year) for t in facts.targets] == [
        ("义务教育巩固率", 97, 2025), ("义务教育辍学率", 0, 2025), ("本科学历比例", 70, 2025),
    ]
    _assert_evidence(facts)


def test_space_aligned_traditional_indicator_table(tmp_path):
    facts = _written(tmp_path, "plan.txt", SPACE_ALIGNED)
    assert _rows(facts.targets) == [
        ("学前三年毛入园率", 92, "%", ">=", 2025, (0, 2), "预期性"),
        ("义务教育巩固率", 97, "%", "=", 2025, (1, 2), "约束性"),
    ]
    raw = facts.document.norm.raw.text
    assert raw[facts.targets[0].evidence.start : facts.targets[0].evidence.end].startswith("學前三年毛入園率")


def test_baseline_and_target_columns_by_their_heading():
    doc = structured("指标\t单位\t基期值\t目标值\t属性\n高中阶段教育毛入学率\t%\t92\t95\t预期性\n")
    facts = extract_facts(doc)
    assert _rows(facts.observations) == [("高中阶段教育毛入学率", 92, "%", "=", None, (0, 2), "预期性")]
    assert _rows(facts.targets) == [("高中阶段教育毛入学率", 95, "%", "=", None, (0, 3), "预期性")]


def test_project_table_gives_investments_in_yuan():
    text = (
        "附表 重点建设项目\n序号 | 项目名称 | 建设内容 | 总投资(万元)\n"
        "1 | 县第一中学改扩建工程 | 新建教学楼1栋 | 4790\n2 | 城东幼儿园新建项目 | 新建园舍 | 1,200\n"
        "合计 | | 5990\n"
    )
    facts = extract_facts(structured(text))
    assert [(t.indicator, t.value, t.unit, t.table) for t in facts.targets] == [
        ("县第一中学改扩建工程", 47900000, "元", (0, 3)),
        ("城东幼儿园新建项目", 12000000, "元", (1, 3)),
    ]


def test_duty_table_gives_responsibilities_and_keeps_its_task_targets(tmp_path):
    document = docx.Document()
    document.add_paragraph("青山县教育体育局2021年工作计划")
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位"],
        ["1", "新建幼儿园6所", "县教育体育局", "县财政局、县自然资源局"],
        ["2", "推进县管校聘改革", "县教育体育局", "县委编办"],
    ]
    grid = document.add_table(rows=3, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    facts = _facts(path)
    duties = [(r.agency, r.duty, r.program, r.table) for r in facts.responsibilities]
    assert [d for d in duties if d[1] == "推进县管校聘改革"] == [
        ("青山县教育体育局", "推进县管校聘改革", "县管校聘", (1, 1)),  # 县 of the issuer's county
        ("青山县委编办", "推进县管校聘改革", "县管校聘", (1, 1)),
    ]
    assert {d[0] for d in duties if d[1] == "新建幼儿园6所"} == {"青山县教育体育局", "青山县财政局", "青山县自然资源局"}
    assert [(t.indicator, t.value, t.unit) for t in facts.targets] == [("幼儿园", 6, "所")]
    _assert_evidence(facts)


def test_jsonl_carries_the_table_cell_of_table_facts_only(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(ONE_PER_LINE + "\n到2025年,学前三年毛入园率达到99.5%。\n", encoding="utf-8")
    out = json.loads(json.dumps(facts_to_dict(process_file(path)), ensure_ascii=False))
    tabled = [t for t in out["targets"] if "table" in t]
    assert tabled[0]["table"] == {"row": 0, "column": 2} and tabled[0]["attribute"] == "约束性"
    plain = [t for t in out["targets"] if "table" not in t]
    assert len(plain) == 1 and "attribute" not in plain[0]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("1.学前教育毛入园率(%)", ("学前教育毛入园率", "%", 1)),
        ("其中:本科及以上学历比例(%)", ("本科及以上学历比例", "%", 1)),
        ("教育经费总投入（亿元）", ("教育经费总投入", "元", 100_000_000)),
        ("在校生规模（万人）", ("在校生规模", "人", 10_000)),
        ("(3)劳动年龄人口平均受教育年限(年)", ("劳动年龄人口平均受教育年限", "年", 1)),
        ("义务教育学校数(个)", ("义务教育学校数", "个", 1)),
        ("生师比", ("生师比", "", 1)),
        ("总投资（单位：万元）", ("总投资", "元", 10_000)),
        ("校园用地面积（公顷）", ("校园用地面积", "公顷", 1)),
    ],
)
def test_indicator_name_and_unit_of_a_label(label, expected):
    assert indicator_name(label) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("99%以上", (99, "%", ">=")),
        ("12.3年以上", (12.3, "年", ">=")),
        ("≥95", (95, "", ">=")),
        ("3%以内", (3, "%", "<=")),
        ("95%左右", (95, "%", "≈")),
        ("1,200", (1200, "", "=")),
        ("3.5万", (35000, "", "=")),
        ("10.87亿元", (1087000000, "元", "=")),
        ("约束性", None),
        ("—", None),
        ("2020年", None),
    ],
)
def test_cell_value(cell, expected):
    value = cell_value(cell)
    assert (value and (value.value, value.unit, value.comparator)) == expected


def test_serial_numbers_are_no_values():
    text = "序号\n指标\n2020年\n2025年\n属性\n1\n学前三年毛入园率(%)\n86\n90\n预期性\n2\n义务教育巩固率(%)\n95\n96\n约束性\n"
    facts = extract_facts(structured(text))
    assert _rows(facts.targets) == [
        ("学前三年毛入园率", 90, "%", "=", 2025, (0, 3), "预期性"),
        ("义务教育巩固率", 96, "%", "=", 2025, (1, 3), "约束性"),
    ]


# a county's task breakdown as the page gives it: one cell per line, each closed by a bar
TASKS_ONE_PER_LINE = """2024年《政府工作报告》重点工作目标任务分解表
序号 |
目标与任务 |
分 管 县领导 |
牵头责任单位 |
责任单位 |
80 |
积极回应群众新期待新要求，加大普惠性托育供给，新增托位数400个以上，公办园在园幼儿占比60%以上。 |
俞 悦 |
县教育局 |
县各有关单位 |
81 |
保障职业技术学院秋季开学，支持科技工程学校发展。 |
陆 明 |
县教育局 |
县人社局、县财政局 |
"""


def test_duty_table_one_cell_per_line_closed_by_bars(tmp_path):
    facts = _written(tmp_path, "tasks.txt", TASKS_ONE_PER_LINE)
    (table,) = facts.document.tables
    assert [c.text for c in table.header] == ["序号", "目标与任务", "分管县领导", "牵头责任单位", "责任单位"]
    duties = [(r.agency, r.duty[:8], r.table) for r in facts.responsibilities]
    assert duties == [
        ("县教育局", "积极回应群众新期", (0, 1)),  # 县各有关单位 names no agency
        ("县教育局", "保障职业技术学院", (1, 1)),
        ("县人社局", "保障职业技术学院", (1, 1)),
        ("县财政局", "保障职业技术学院", (1, 1)),
    ]
    raw = facts.document.norm.raw.text
    first = facts.responsibilities[0].evidence
    assert raw[first.start : first.end].startswith("积极回应") and raw[first.start : first.end].endswith("县教育局")
    # the task's quantities are still read by the sentence rules
    assert {t.indicator for t in (*facts.targets, *facts.observations)} >= {"托位数"}


# a bureau's own task breakdown: its divisions, not units, hold the tasks (牵头责任科室 | 责任科室)
TASKS_OF_DIVISIONS = """2024年教育工作重点任务分解表
序号 |
重点任务 |
牵头责任科室 |
责任科室 |
1 |
加大普惠性托育供给，新增托位数400个以上。 |
学前教育科 |
计划财务科 |
"""


def test_duty_table_of_a_bureau_s_divisions_one_cell_per_line(tmp_path):
    facts = _written(tmp_path, "tasks.txt", TASKS_OF_DIVISIONS)
    (table,) = facts.document.tables
    assert [c.text for c in table.header] == ["序号", "重点任务", "牵头责任科室", "责任科室"]
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [
        ("学前教育科", "加大普惠性托育供给,新增托位数400个以上"),
        ("计划财务科", "加大普惠性托育供给,新增托位数400个以上"),
    ]


# a city's 十四五 plan: 核心指标 in an HTML table whose label cells span columns and rows
CORE_INDICATORS = """<html><body><p>（四）核心指标</p><table><thead><tr><td>一级</td><td colspan="4"><p>二级</p></td>
<td><p>十三五期间</p></td><td><p><span>2025</span><span>目标</span></p></td></tr></thead><tbody>
<tr><td rowspan="5"><p>更公平的教育</p></td>
<td colspan="4"><h1><span>全市省二级以上幼儿园比例（</span><span>%</span><span>）</span></h1></td><td><p>73.35</p></td><td><p>80</p></td></tr>
<tr><td rowspan="2"><p>校际优质均衡差异系数</p></td><td colspan="3"><p>小学段</p></td><td><p>0.40</p></td><td><p>0.36</p></td></tr>
<tr><td colspan="3"><p>初中段</p></td><td><p>0.35</p></td><td><p>0.30</p></td></tr>
<tr><td colspan="4"><p>优质高中招生指标分配至区域内初中比例（%）</p></td><td><p>50</p></td><td><p>不少于60</p></td></tr>
<tr><td colspan="4"><p>在绍高校ESI学科数量（个）</p></td><td><p>1</p></td><td><p>2-3</p></td></tr>
<tr><td colspan="4"><p>在绍高校年度研发经费支出（亿元）</p></td><td><p>1.8</p></td><td><p>2.3</p></td></tr>
</tbody></table><p>三、落实立德树人根本任务</p></body></html>"""


def test_core_indicator_table_with_levels_and_the_plan_before(tmp_path):
    facts = _written(tmp_path, "plan.html", CORE_INDICATORS)
    targets = [(t.indicator, t.value, t.value_max, t.unit, t.comparator, t.year) for t in facts.targets]
    assert targets == [
        ("全市省二级以上幼儿园比例", 80, None, "%", "=", 2025),
        ("校际优质均衡差异系数(小学段)", 0.36, None, "", "=", 2025),
        ("校际优质均衡差异系数(初中段)", 0.3, None, "", "=", 2025),
        ("优质高中招生指标分配至区域内初中比例", 60, None, "%", ">=", 2025),
        ("在绍高校ESI学科数量", 2, 3, "个", "range", 2025),
        ("在绍高校年度研发经费支出", 230000000, None, "元", "=", 2025),
    ]
    # 十三五期间: the baseline, of 2020
    assert [(t.indicator, t.value, t.year) for t in facts.observations][:3] == [
        ("全市省二级以上幼儿园比例", 73.35, 2020),
        ("校际优质均衡差异系数(小学段)", 0.4, 2020),
        ("校际优质均衡差异系数(初中段)", 0.35, 2020),
    ]
    _assert_evidence(facts)


@pytest.mark.parametrize(
    ("header", "plan_year", "expected"),
    [
        ("指标\t十三五末\t十四五末\t属性", 2021, [(2020, "obs"), (2025, "target")]),
        ("指标\t2020年\t2022年\t2025年\t属性", 2021, [(2020, "obs"), (2022, "target"), (2025, "target")]),
        ("指标\t2021年\t2022年\t2023年\t属性", 2021, [(2021, "target"), (2022, "target"), (2023, "target")]),
        ("指标\t2023年目标\t2020年基数\t属性", 2021, [(2020, "obs"), (2023, "target")]),
    ],
)
def test_which_year_columns_are_the_baseline(header, plan_year, expected):
    values = "\t".join(str(90 + k) for k in range(header.count("\t") - 1))
    facts = extract_facts(structured(f"{header}\n义务教育巩固率(%)\t{values}\t约束性\n", plan_year=plan_year))
    found = sorted([(t.year, "obs") for t in facts.observations] + [(t.year, "target") for t in facts.targets])
    assert found == expected


# a province's 十三五 indicators as a news page gives them: cells a single blank apart, the
# heading 指 标 on the line above the years, levels of education as rows of one cell
ONE_BLANK_APART = """浙江公布教育事业发展“十三五”规划

  “十三五”期间浙江省教育事业主要预期指标

指 标
单位 2015年 2020年
学前教育
幼儿在园人数 万人 181 222
九年义务教育
巩固率 % 100 100
高等教育
在校生 万人 133 144
其中:研究生 万人 6.35 8

  三、各级各类教育发展任务

  大力加强内涵建设，全面提升各级各类教育发展水平，并在此基础上实现更为广泛、更高层面的教育公平。
"""


def test_cells_a_single_blank_apart_under_a_header_of_years(tmp_path):
    facts = _written(tmp_path, "news.txt", ONE_BLANK_APART)
    (table,) = facts.document.tables
    assert [c.text for c in table.header] == ["指标", "单位", "2015年", "2020年"]
    assert [(t.indicator, t.value, t.unit, t.year) for t in facts.targets] == [
        ("幼儿在园人数", 2220000, "人", 2020),
        ("九年义务教育巩固率", 100, "%", 2020),  # a short label is named with its level of education
        ("高等教育在校生", 1440000, "人", 2020),
        ("高等教育在校生(研究生)", 80000, "人", 2020),
    ]
    assert [(t.indicator, t.value, t.year) for t in facts.observations][-1] == ("高等教育在校生(研究生)", 63500, 2015)
    _assert_evidence(facts)


def test_indicator_rows_without_a_header_in_a_five_year_plan(tmp_path):
    """The first value of a headless row is the baseline, the last the target, of the plan's years."""
    from test_tables import HEADLESS_PAGE

    facts = extract_facts(structured(HEADLESS_PAGE, plan_year=2021, kind="规划"))
    assert [(t.indicator, t.value, t.unit, t.year, t.attribute) for t in facts.targets if t.table] == [
        ("义务教育巩固率", 97, "%", 2025, "约束性"),
        ("高中阶段毛入学率", 93, "%", 2025, "预期性"),
        ("劳动年龄人口平均受教育年限", 10.8, "年", 2025, "预期性"),
    ]
    assert [(t.indicator, t.value, t.year) for t in facts.observations] == [
        ("义务教育巩固率", 95.2, 2020),
        ("高中阶段毛入学率", 90.5, 2020),
        ("劳动年龄人口平均受教育年限", 10.2, 2020),
    ]
    # the sentence after the table is read by the sentence rules
    assert [(t.indicator, t.value) for t in facts.targets if t.table is None] == [("公办幼儿园", 12)]


def test_the_unit_of_a_column_heading(tmp_path):
    facts = _written(
        tmp_path,
        "plan.html",
        "<table><tr><td>指标</td><td>2020年(%)</td><td>2025年(%)</td><td>属性</td></tr>"
        "<tr><td>学前三年毛入园率</td><td>88.5</td><td>92</td><td>预期性</td></tr></table>",
    )
    assert [(t.indicator, t.value, t.unit, t.year) for t in facts.targets] == [("学前三年毛入园率", 92, "%", 2025)]
    assert [(t.value, t.unit, t.year) for t in facts.observations] == [(88.5, "%", 2020)]


def test_year_columns_headed_by_the_year_alone(tmp_path):
    facts = _written(
        tmp_path,
        "plan.html",
        "<table><tr><td>指标</td><td>2020</td><td>2025</td><td>属性</td></tr>"
        "<tr><td>学前三年毛入园率(%)</td><td>88.5</td><td>92</td><td>预期性</td></tr></table>",
    )
    assert [(t.value, t.unit, t.year) for t in facts.targets] == [(92, "%", 2025)]
    assert [(t.value, t.unit, t.year) for t in facts.observations] == [(88.5, "%", 2020)]


def test_a_project_is_of_the_last_year_of_its_building_period():
    text = (
        "附表 重点建设项目\n序号 | 项目名称 | 总投资(万元) | 建设年限\n"
        "1 | 县第二实验小学新建项目 | 12000 | 2021-2023\n2 | 城南幼儿园建设项目 | 3600 | 2022年\n"
    )
    facts = extract_facts(structured(text))
    assert [(t.indicator, t.value, t.year) for t in facts.targets] == [
        ("县第二实验小学新建项目", 120000000, 2023), ("城南幼儿园建设项目", 36000000, 2022),
    ]


def test_a_project_table_in_the_unit_its_caption_states():
    text = (
        "附表2 重点建设项目表\n单位：万元\n序号 | 项目名称 | 建设内容及规模 | 总投资 | 建设年限\n"
        "1 | 县第一中学扩建工程 | 新建教学楼1栋 | 4790 | 2021—2023年\n合计 | 4790 | \n以上项目将按计划推进。\n"
    )
    facts = extract_facts(structured(text))
    assert [(t.indicator, t.value, t.unit, t.year) for t in facts.targets] == [
        ("县第一中学扩建工程", 47900000, "元", 2023),
    ]
    _assert_evidence(facts)


def test_an_indicator_table_in_the_unit_its_caption_states(tmp_path):
    document = docx.Document()
    document.add_paragraph("表2 主要指标")
    document.add_paragraph("单位：%")
    rows = [["指标", "2020年", "2025年", "属性"], ["学前教育毛入园率", "90", "95", "预期性"],
            ["专任教师数（人）", "3200", "3500", "预期性"]]
    grid = document.add_table(rows=3, cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    facts = _facts(path)
    assert [(t.indicator, t.value, t.unit) for t in facts.targets] == [("学前教育毛入园率", 95, "%"), ("专任教师数", 3500, "人")]
    assert [(t.indicator, t.value, t.unit) for t in facts.observations] == [
        ("学前教育毛入园率", 90, "%"), ("专任教师数", 3200, "人"),
    ]
    _assert_evidence(facts)


def test_a_table_written_between_bars_gives_no_facts_through_the_sentence_rules():
    text = (
        "附表2 重点建设项目表\n| 序号 | 项目名称 | 建设内容 | 总投资（单位：万元） | 建设期限 |\n"
        "| 1 | 县第一中学扩建工程 | 新建教学楼1栋 | 4790 | 2021-2023年 |\n"
        "| 2 | 县职教中心实训基地 | 新建实训楼 | 1.2亿元 | 2022年 |\n以上项目将按计划推进。\n"
    )
    facts = extract_facts(structured(text))
    assert [(t.indicator, t.value, t.year, t.table) for t in facts.targets] == [
        ("县第一中学扩建工程", 47900000, 2023, (0, 3)), ("县职教中心实训基地", 120000000, 2022, (1, 3)),
    ]
    _assert_evidence(facts)


def test_a_duty_list_one_cell_per_line_pairs_each_item_with_the_office_after_it():
    # a duty cell merged over two rows leaves no line in the second: the items are not counted into rows
    text = (
        "一、部门职责登记表\n序号\n\n主要职责\n\n具体工作事项\n\n负责部门\n\n备注\n\n1\n\n"
        "贯彻执行有关教育工作的方针政策\n\n指导贯彻执行加强农村义务教育的政策措施\n\n基础教育室\n\n\n2\n\n"
        "研究拟订全县教育工作政策规定\n\n拟订教师交流轮岗方案\n\n人事管理室\n\n\n"
        "拟订学校安全工作有关规章措施并督促落实\n\n体育卫生和艺术教育室\n"
    )
    facts = extract_facts(structured(text))
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [
        ("基础教育室", "指导贯彻执行加强农村义务教育的政策措施"),
        ("人事管理室", "拟订教师交流轮岗方案"),
        ("体育卫生和艺术教育室", "拟订学校安全工作有关规章措施并督促落实"),
    ]


def test_a_task_list_one_cell_per_line_gives_the_task_to_its_lead_and_its_partners():
    text = (
        "附件\n重点任务分工表\n序号\n工作任务\n牵头单位\n配合单位\n1\n新建城区幼儿园3所\n县教育局\n"
        "县财政局、县住建局\n2\n推进集团化办学改革\n县教育局\n各乡镇人民政府\n"
    )
    facts = extract_facts(structured(text))
    assert {(r.agency, r.duty) for r in facts.responsibilities} == {
        ("青山县教育局", "新建城区幼儿园3所"), ("青山县财政局", "新建城区幼儿园3所"), ("青山县住建局", "新建城区幼儿园3所"),
        ("青山县教育局", "推进集团化办学改革"), ("各乡镇人民政府", "推进集团化办学改革"),
    }
    _assert_evidence(facts)


@pytest.mark.parametrize(
    ("units", "partners"),
    [("县教育局牵头，县财政局配合", ["青山县财政局"]), ("县教育局（牵头）、县财政局", ["青山县财政局"]),
     ("牵头单位：县教育局；配合单位：县财政局、县住建局", ["青山县财政局", "青山县住建局"])],
    ids=["lead and partners marked after", "lead marked in brackets", "fields"],
)
def test_a_task_list_one_cell_per_line_gives_the_task_to_bodies_marked_by_their_part(units, partners):
    text = f"重点任务分工\n工作任务\n责任单位\n完成时限\n推进学前教育普惠发展。\n{units}\n2021年12月\n"
    facts = extract_facts(structured(text))
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [
        (agency, "推进学前教育普惠发展") for agency in ["青山县教育局", *partners]
    ]
    _assert_evidence(facts)


@pytest.mark.parametrize("name", ["duties.html", "duties.docx"])
def test_a_duty_alone_on_its_row_is_held_by_the_units_spanning_it_from_the_row_above(tmp_path, name):
    rows = [["责任单位", "工作职责"], ["县教育局", "负责制定实施方案。"], ["", "负责教师队伍建设。"], ["县财政局", "负责落实经费保障。"]]
    path = tmp_path / name
    if name.endswith(".docx"):
        document = docx.Document()
        document.add_paragraph("三、职责分工")
        grid = document.add_table(rows=4, cols=2)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
        grid.cell(1, 0).merge(grid.cell(2, 0)).text = "县教育局"
        document.save(path)
    else:
        path.write_text(
            "<html><body><p>三、职责分工</p><table><tr><td>责任单位</td><td>工作职责</td></tr>"
            "<tr><td rowspan=\"2\">县教育局</td><td>负责制定实施方案。</td></tr><tr><td>负责教师队伍建设。</td></tr>"
            "<tr><td>县财政局</td><td>负责落实经费保障。</td></tr></table></body></html>",
            encoding="utf-8",
        )
    facts = _facts(path)
    assert [(r.agency, r.duty, r.table) for r in facts.responsibilities] == [
        ("县教育局", "负责制定实施方案", (0, 1)), ("县教育局", "负责教师队伍建设", (1, 1)), ("县财政局", "负责落实经费保障", (2, 1)),
    ]
    _assert_evidence(facts)


def test_a_task_list_one_cell_per_line_with_headings_between_its_rows_keeps_each_task_with_its_units():
    # no numbers open the rows: the headings (merged rows of the page's table) are rows of their own
    text = (
        "县教育局2021年重点工作任务分工表\n工作任务\n责任单位\n完成时限\n一、学前教育\n"
        "推进学前教育普惠发展，新建公办幼儿园3所。\n县教育局、县发改局\n2021年12月\n二、义务教育\n"
        "实施义务教育薄弱环节改善与能力提升工程。\n县教育局\n2021年10月\n"
    )
    facts = extract_facts(structured(text))
    assert {(r.agency, r.duty, r.table) for r in facts.responsibilities} == {
        ("青山县教育局", "推进学前教育普惠发展,新建公办幼儿园3所", (1, 0)),
        ("青山县发改局", "推进学前教育普惠发展,新建公办幼儿园3所", (1, 0)),
        ("青山县教育局", "实施义务教育薄弱环节改善与能力提升工程", (3, 0)),
    }
    _assert_evidence(facts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule with a unit column
        (
            "时间 | 工作内容 | 责任部门 |\n3月2日—4月3日 | 各小学对辖区内适龄儿童摸底 | 区属各小学 |\n"
            "4月15日 | 小学招生工作会 | 局基教科 |\n",
            {("区属各小学", "各小学对辖区内适龄儿童摸底"), ("局基教科", "小学招生工作会")},
        ),
        # a list of works for the people with its units
        (
            "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
            "1 | 新建成公办中小学、幼儿园7所。 | 8月底前竣工交付。 | 教育局 | 财政局 |\n",
            {("教育局", "新建成公办中小学、幼儿园7所"), ("财政局", "新建成公办中小学、幼儿园7所")},
        ),
        # a task cell of two sentences: a task each
        (
            "序号 | 目标与任务 | 牵头责任单位 |\n"
            "80 | 加大普惠性托育供给,新增托位数400个以上。实施中小学办学能力提升工程,推动义务教育优质均衡发展。 | 县教育局 |\n",
            {
                ("青山县教育局", "加大普惠性托育供给,新增托位数400个以上"),
                ("青山县教育局", "实施中小学办学能力提升工程,推动义务教育优质均衡发展"),
            },
        ),
    ],
)
def test_a_table_with_a_unit_column_is_a_duty_table(text, expected):
    facts = extract_facts(structured(text))
    assert {(r.agency, r.duty) for r in facts.responsibilities} == expected


def test_a_duty_table_s_division_of_a_level_of_schooling_holds_its_duty():
    text = "责任单位 | 工作职责\n县教育局学前教育股 | 负责幼儿园安全管理工作\n县教育局基教二股 | 负责中小学安全教育工作\n"
    assert [(r.agency, r.duty) for r in extract_facts(structured(text)).responsibilities] == [
        ("青山县教育局学前教育股", "负责幼儿园安全管理工作"), ("青山县教育局基教二股", "负责中小学安全教育工作"),
    ]


def test_a_unit_cell_of_bureaus_sharing_their_level_and_the_word_bureau_names_each():
    text = "序号 | 工作任务 | 责任单位 |\n1 | 落实教师工资待遇 | 县人社、财政局 |\n"
    assert [(r.agency, r.duty) for r in extract_facts(structured(text)).responsibilities] == [
        ("青山县人社局", "落实教师工资待遇"), ("青山县财政局", "落实教师工资待遇"),
    ]


def test_tables_one_right_after_another_are_read_each_by_its_header():
    text = (
        "指标 | 2020年 | 2025年 | 属性\n学前三年毛入园率(%) | 88 | 92 | 预期性\n"
        "项目名称 | 建设内容 | 总投资(万元)\n城南小学新建工程 | 新建教学楼 | 5000\n"
        "单位 | 职责\n县教育局 | 负责规划的组织实施\n"
    )
    facts = extract_facts(structured(text))
    assert [(t.indicator, t.value, t.unit) for t in facts.targets] == [
        ("学前三年毛入园率", 92, "%"), ("城南小学新建工程", 50000000, "元"),
    ]
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [("青山县教育局", "负责规划的组织实施")]


# a city's task table read one cell per line, its unit cells naming bodies with brackets of their own
TASKS_WITH_BRACKETED_UNITS = """江城市学前教育行动计划重点任务分解表
序号 |
重点任务 |
牵头单位 |
责任单位 |
1 |
实施学前教育普及攻坚行动。 |
市教育局 |
市人社局、各县（市、区）人民政府 |
"""


def test_duty_table_unit_cells_with_names_in_brackets(tmp_path):
    facts = _written(tmp_path, "tasks.txt", TASKS_WITH_BRACKETED_UNITS)
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [
        ("市教育局", "实施学前教育普及攻坚行动"),
        ("市人社局", "实施学前教育普及攻坚行动"),
        ("各县(市、区)人民政府", "实施学前教育普及攻坚行动"),
    ]


@pytest.mark.parametrize(
    ("head", "unit", "holder"),
    [
        # a bureau's own plan names its divisions in a 责任科室 column
        ("序号 | 工作任务 | 责任科室 | 完成时限 |", "基础教育科", "基础教育科"),
        # the tasks told as measures
        ("序号 | 具体措施 | 牵头单位 | 完成时限 |", "市教育局", "江城市教育局"),
    ],
)
def test_duty_table_of_divisions_or_measures(tmp_path, head, unit, holder):
    text = f"江城市教育局2024年工作要点任务分解表\n{head}\n1 | 实施学前教育普及攻坚行动。 | {unit} | 2024年12月 |\n"
    facts = _written(tmp_path, "tasks.txt", text)
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [(holder, "实施学前教育普及攻坚行动")]


def _grouped_rows_and_targets(facts) -> tuple[list[list[str]], list[tuple]]:
    """The first two rows of a document's one table (its first group's heading and row) and the targets of its rows."""
    (table,) = facts.document.tables
    rows = [[c.text for c in row] for row in table.rows[:2]]
    return rows, [(t.indicator, t.value, t.unit, t.year) for t in facts.targets if t.table]


def test_word_indicator_table_with_merged_group_rows(tmp_path):
    # a Word table whose group headings (学前教育, 九年义务教育) are rows merged across the columns: such a row
    # is written as one cell with no bar, and the rows after it stay rows of the table
    document = docx.Document()
    document.add_paragraph("“十三五”期间教育事业主要预期指标")
    rows = [
        ["指标", "单位", "2015年", "2020年"],
        ["学前教育", None, None, None],
        ["幼儿在园人数", "万人", "181", "222"],
        ["学前三年入园率", "%", "97", "97"],
        ["九年义务教育", None, None, None],
        ["巩固率", "%", "100", "100"],
    ]
    grid = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        if row[1] is None:
            grid.cell(r, 0).merge(grid.cell(r, 3)).text = row[0]
            continue
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    rows, targets = _grouped_rows_and_targets(_facts(path))
    assert rows == [["学前教育"], ["幼儿在园人数", "万人", "181", "222"]]
    assert targets == [
        ("幼儿在园人数", 2220000, "人", 2020),
        ("学前三年入园率", 97, "%", 2020),
        ("九年义务教育巩固率", 100, "%", 2020),  # the group heading names the row
    ]


def test_duty_table_one_cell_per_line_headed_by_time_and_work(tmp_path):
    # a scraped schedule of tasks, one cell per line, whose header opens with words that are no hint
    # (时间, 工作内容) and ends with 责任部门: the table starts at its first header word
    text = (
        "区2020年小学招生工作安排表\n\n时 间\n工 作 内 容\n责任部门\n3月2日—4月3日\n各小学对辖区内适龄儿童摸底编制上报招生计划\n"
        "区属各小学\n4月15日\n小学招生工作会\n局基教科\n8月17日—21日\n协调解决入学问题\n局基教科\n"
    )
    facts = _written(tmp_path, "schedule.txt", text)
    (table,) = facts.document.tables
    assert [c.text for c in table.header] == ["时间", "工作内容", "责任部门"]
    duties = [(r.agency, r.duty, r.table) for r in facts.responsibilities]
    assert ("局基教科", "协调解决入学问题", (2, 1)) in duties
    assert len(duties) == 3


def test_indicator_table_one_cell_per_line_with_unnumbered_group_headings(tmp_path):
    # a scraped page's indicator table, one cell per line, its group headings (学前教育, 九年义务教育) rows of
    # their own with no number: each is a label where a row would hold no number under its years
    text = (
        "“十三五”期间教育事业主要预期指标\n\n指 标\n单位\n2015年\n2020年\n学前教育\n幼儿在园人数\n万人\n181\n222\n"
        "学前三年入园率\n%\n97\n97\n九年义务教育\n在校生\n万人\n505\n535\n巩固率\n%\n100\n100\n"
    )
    rows, targets = _grouped_rows_and_targets(_written(tmp_path, "plan.txt", text))
    assert rows == [["学前教育"], ["幼儿在园人数", "万人", "181", "222"]]
    assert targets == [
        ("幼儿在园人数", 2220000, "人", 2020),
        ("学前三年入园率", 97, "%", 2020),
        ("九年义务教育在校生", 5350000, "人", 2020),
        ("九年义务教育巩固率", 100, "%", 2020),
    ]


def test_space_aligned_duty_table_with_numbered_group_headings(tmp_path):
    # a task list exported as plain text, its cells aligned by blanks, a numbered heading (一、学前教育)
    # alone on its line over the rows of its group: a row of its own, not the table's end
    text = (
        "某县2023年教育工作要点\n\n附件 重点任务分解表\n"
        "序号    工作任务            牵头单位    配合单位\n"
        "一、学前教育\n"
        "1       新建幼儿园6所       县教育局    县财政局\n"
        "二、义务教育\n"
        "2       推进县管校聘改革    县教育局    县委编办\n\n"
        "三、保障措施\n"
    )
    facts = _written(tmp_path, "plan.txt", text)
    (table,) = facts.document.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["一、学前教育"],
        ["1", "新建幼儿园6所", "县教育局", "县财政局"],
        ["二、义务教育"],
        ["2", "推进县管校聘改革", "县教育局", "县委编办"],
    ]
    duties = sorted((r.agency, r.duty) for r in facts.responsibilities)
    assert duties == [
        ("县委编办", "推进县管校聘改革"),
        ("县教育局", "推进县管校聘改革"),
        ("县教育局", "新建幼儿园6所"),
        ("县财政局", "新建幼儿园6所"),
    ]


def test_tab_split_duty_table_keeps_an_empty_cell_in_its_column(tmp_path):
    # a task table copied out of Word: one tab between cells, two in a row where a cell is empty (no 配合单位);
    # the cells after the empty one stay in their columns
    text = (
        "某县学前教育三年行动计划\n\n附件 重点任务分解\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t新建幼儿园6所\t县教育局\t县财政局\t2023年12月\n"
        "2\t落实学前教育经费投入\t县财政局\t\t2023年6月\n"
        "3\t推进县管校聘改革\t县教育局\t县委编办\t2023年9月\n\n"
        "三、保障措施\n"
    )
    facts = _written(tmp_path, "plan.txt", text)
    (table,) = facts.document.tables
    assert [c.text for c in table.rows[1]] == ["2", "落实学前教育经费投入", "县财政局", "", "2023年6月"]
    duties = [(r.agency, r.duty) for r in facts.responsibilities if r.duty == "落实学前教育经费投入"]
    assert duties == [("县财政局", "落实学前教育经费投入")]


def test_word_duty_table_row_ending_in_an_empty_cell(tmp_path):
    # a Word table whose row leaves its last cell (完成时限) empty: the row is written "县财政局 | … | ",
    # its cells still in their columns, not shifted right as a row short of a leading cell would be
    document = docx.Document()
    document.add_paragraph("某县学前教育三年行动计划")
    rows = [
        ["责任单位", "工作任务", "完成时限"],
        ["县教育局", "新建幼儿园6所", "2023年12月底"],
        ["县财政局", "落实学前教育经费投入", ""],
        ["县卫健委", "做好幼儿园卫生保健指导", "2023年9月底"],
    ]
    grid = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    facts = _facts(path)
    (table,) = facts.document.tables
    assert [c.text for c in table.rows[1]] == ["县财政局", "落实学前教育经费投入", ""]
    assert sorted((r.agency, r.duty) for r in facts.responsibilities) == [
        ("县卫健委", "做好幼儿园卫生保健指导"),
        ("县教育局", "新建幼儿园6所"),
        ("县财政局", "落实学前教育经费投入"),
    ]


def test_tab_split_row_ending_in_an_empty_cell(tmp_path):
    # the same row copied out of Word as tab-split text: "县财政局\t落实学前教育经费投入\t"
    text = (
        "某县学前教育三年行动计划\n\n附件 部门分工\n责任单位\t工作任务\t完成时限\n县教育局\t新建幼儿园6所\t2023年12月底\n"
        "县财政局\t落实学前教育经费投入\t\n县卫健委\t做好幼儿园卫生保健指导\t2023年9月底\n\n三、保障措施\n"
    )
    facts = _written(tmp_path, "plan.txt", text)
    (table,) = facts.document.tables
    assert [c.text for c in table.rows[1]] == ["县财政局", "落实学前教育经费投入", ""]
    assert ("县财政局", "落实学前教育经费投入") in [(r.agency, r.duty) for r in facts.responsibilities]


def test_a_row_closed_with_a_bar_gains_no_empty_cell_past_the_header(tmp_path):
    text = (
        "附件 重点任务分解\n序号 | 工作任务 | 牵头单位\n1 | 新建幼儿园6所 | 县教育局\n"
        "2 | 推进县管校聘改革 | 县委编办 |\n\n三、保障措施\n"
    )
    facts = _written(tmp_path, "plan.txt", text)
    (table,) = facts.document.tables
    assert [c.text for c in table.rows[1]] == ["2", "推进县管校聘改革", "县委编办"]
