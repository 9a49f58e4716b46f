"""extract_facts on short plan excerpts of invented regions, phrased the many ways work plans,
implementation plans and five-year plans state targets, duties and citations."""

import pytest
from structured_samples import CITY, structured

from edukg.loaders.extract import extract_facts
from edukg.loaders.resolve import resolve

COUNTY_PLAN = """青山县教育局2021年工作要点
一、主要目标
1.学前三年毛入园率力争达到92%以上,普惠性幼儿园覆盖率达到85%。
2.九年义务教育巩固率确保不低于98%,高中阶段毛入学率提高到93%。
3.义务教育大班额比例控制在3%以内。
4.新增公办幼儿园学位1200个,到2021年底累计建成省级示范幼儿园8所。
5.中小学校舍安全达标率达到100%,学生体质健康合格率不低于95%。
6.小学、初中生均公用经费分别不低于720元、920元。
7.全年安排教育项目资金2.3亿元,新建学校5所,改扩建学校12所。
二、重点工作
(一)深入实施“强师工程”,组织参加国培计划、省培计划,培训教师3000人次。
(二)由县教育局负责,县财政局配合,落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
(三)各乡镇中心学校要落实控辍保学主体责任,确保适龄儿童少年入学率达到100%。
(四)积极对接发改、财政、自然资源等部门,加快项目前期工作。
"""

CITY_PLAN = """一、工作目标
到2023年,全市义务教育学校办学条件达标率达到100%,课后服务覆盖率达到100%,专任教师本科及以上学历占比提高到75%。
二、重点任务
1.推进学校标准化建设。新建、改扩建中小学校20所,新增学位1.5万个。(牵头单位:市教育局;责任单位:市发展改革委、市财政局、市自然资源和规划局)
2.加强教师队伍建设。每年招聘补充中小学教师不少于500名。(牵头单位:市教育局、市人力资源社会保障局;责任单位:市委编办)
3.落实经费保障。生均公用经费年均增长5%,财政性教育经费占一般公共预算支出比例不低于16%。由市财政局负责,市教育局配合。
三、保障措施
市教育局要加强督导考核,对工作不力的予以通报。
"""

DISTRICT_PLAN = """到2025年,全区学前教育普惠率达到85%,公办园在园幼儿占比达到55%以上;新增学位2.4万个;累计新建改扩建学校30所;教育总投入累计达到45亿元;确保中小学生每天校内体育活动时间不少于一小时。
区教育局牵头,区发改局、区财政局、区住建局按职责分工负责。
认真贯彻落实国务院办公厅关于全面加强和改进新时代学校体育工作的意见和国家学生体质健康标准,严格执行《中小学校岗位设置管理办法》。
截至2020年底,全区累计建成标准化学校42所。
"""

TRADITIONAL_PLAN = """到2025年,全縣學前三年毛入園率達到90%以上,新建公辦幼兒園3所,投入資金8500萬元。由縣教育局負責,縣財政局配合。
各中小學校要嚴格落實「雙減」政策,課後服務覆蓋率達到100%。"""


def _facts(text, **meta):
    return resolve(extract_facts(structured(text, **meta)))


@pytest.fixture(scope="module")
def county():
    return _facts(COUNTY_PLAN)


@pytest.fixture(scope="module")
def city():
    return _facts(CITY_PLAN, region=CITY, kind="实施方案", plan_year=2021)


@pytest.fixture(scope="module")
def district():
    return _facts(DISTRICT_PLAN, region=None, kind="规划", plan_year=2021)


def _targets(facts):
    return {(t.indicator, t.value, t.unit, t.comparator) for t in facts.targets}


@pytest.mark.parametrize(
    "target",
    [
        ("学前三年毛入园率", 92, "%", ">="),  # 力争达到…以上
        ("普惠性幼儿园覆盖率", 85, "%", ">="),  # 覆盖率
        ("九年义务教育巩固率", 98, "%", ">="),  # 确保不低于
        ("高中阶段毛入学率", 93, "%", ">="),  # 提高到
        ("大班额比例", 3, "%", "<="),  # 控制在…以内
        ("公办幼儿园学位", 1200, "个", "="),  # 新增
        ("省级示范幼儿园", 8, "所", "="),  # 到年底累计建成: planned
        ("中小学校舍安全达标率", 100, "%", ">="),  # 达标率
        ("学生体质健康达标率", 95, "%", ">="),  # 合格率 is the same indicator
        ("生均公用经费", 720, "元", ">="),
        ("生均公用经费", 920, "元", ">="),  # 分别不低于720元、920元
        ("教育项目资金", 230_000_000, "元", "="),  # 亿元
        ("学校", 12, "所", "="),
        ("专任教师培训", 3000, "人次", "="),
    ],
)
def test_county_plan_targets(county, target):
    assert target in _targets(county)


def test_county_plan_programs(county):
    assert {p.name for p in county.programs} == {"强师工程", "国培计划", "省培计划", "控辍保学"}


def test_county_plan_duties(county):
    duties = {(r.agency, r.duty) for r in county.responsibilities}
    pay = "落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平"
    assert ("青山县教育局", pay) in duties  # 由X负责, Y配合, <task>: the lead holds the task
    assert ("青山县财政局", pay) not in duties  # …and the helper no duty of its own
    assert ("各乡镇中心学校", "落实控辍保学主体责任") in duties  # 各X要…


def test_departments_listed_by_stem_are_agencies(county):
    names = {a.name for a in county.agencies}
    assert {"发改部门", "财政部门", "自然资源部门"} <= names
    assert not any(n.startswith("对接") for n in names)


@pytest.mark.parametrize(
    "target",
    [
        ("义务教育学校办学条件达标率", 100, "%", ">="),
        ("课后服务覆盖率", 100, "%", ">="),
        ("专任教师本科及以上学历占比", 75, "%", ">="),  # 及以上 is part of the indicator
        ("中小学校", 20, "所", "="),
        ("学位", 15000, "个", "="),  # 1.5万个
        ("补充中小学教师", 500, "名", ">="),
        ("生均公用经费年均增长", 5, "%", "="),  # the growth of an amount in 元
        ("财政性教育经费占一般公共预算支出比例", 16, "%", ">="),  # 占比 over 16 characters
    ],
)
def test_city_plan_targets(city, target):
    assert target in _targets(city)


def test_city_plan_unit_lists_and_roles(city):
    holders: dict[str, set[str]] = {}
    for r in city.responsibilities:
        holders.setdefault(r.duty, set()).add(r.agency)
    # a unit list names the item's task after the item's own name
    assert holders["推进学校标准化建设:新建、改扩建中小学校20所,新增学位1.5万个"] == {
        "江城市教育局",
        "江城市发展改革委",
        "江城市财政局",
        "江城市自然资源和规划局",
    }
    assert holders["加强教师队伍建设:每年招聘补充中小学教师不少于500名"] == {"江城市教育局", "江城市人力资源社会保障局", "江城市委编办"}
    # 由市财政局负责,市教育局配合 after the task: the task is the sentence before, and the lead's
    funding = "生均公用经费年均增长5%,财政性教育经费占一般公共预算支出比例不低于16%"
    assert holders[funding] == {"江城市财政局"}
    assert "市委" not in {a.name for a in city.agencies}  # 市委编办 is one agency


def test_district_plan_cumulative_targets_ahead_are_targets(district):
    targets = _targets(district)
    assert ("学校", 30, "所", "=") in targets
    assert ("教育总投入", 4_500_000_000, "元", ">=") in targets
    assert ("学生每天校园体育活动时间", 1, "小时", ">=") in targets  # 不少于一小时
    assert ("公办园在园幼儿占比", 55, "%", ">=") in targets
    # a cumulative total up to a past date is reported, not planned
    assert [(o.value, o.unit) for o in district.observations] == [(42, "所")]


def test_district_plan_references_without_brackets(district):
    assert {r.title for r in district.references} == {
        "国务院办公厅关于全面加强和改进新时代学校体育工作的意见",
        "国家学生体质健康标准",
        "中小学校岗位设置管理办法",
    }


def test_district_plan_lead_and_shared_duty(district):
    holders = {r.agency for r in district.responsibilities}
    assert holders == {"区教育局", "区发改局", "区财政局", "区住建局"}
    assert all(r.duty.startswith("到2025年") for r in district.responsibilities)


def test_traditional_plan_is_read_in_simplified():
    facts = _facts(TRADITIONAL_PLAN)
    assert {("学前三年毛入园率", 90, "%"), ("公办幼儿园", 3, "所"), ("教育投资", 85_000_000, "元")} <= {
        (t.indicator, t.value, t.unit) for t in facts.targets
    }
    assert ("课后服务覆盖率", 100, "%") in {(t.indicator, t.value, t.unit) for t in facts.targets}
    assert "双减" in {p.name for p in facts.programs}
    assert {r.agency for r in facts.responsibilities} >= {"青山县教育局", "各中小学校"}


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("高考本科上线率提高5个百分点。", ("高考本科上线率", 5, "个百分点")),
        ("中等职业学校毕业生就业率稳定在95%以上。", ("中等职业学校毕业生就业率", 95, "%")),
        ("县财政每年安排不少于500万元学前教育专项资金。", ("学前教育专项资金", 5_000_000, "元")),
        ("教师培训经费不低于学校年度公用经费预算总额的5%。", ("教师培训经费", 5, "%")),
        ("全市普通高中在校生达到3.5万人。", ("普通高中在校生", 35_000, "人")),
        ("新建校舍面积3.2万平方米。", ("校舍面积", 32_000, "平方米")),
        ("九年义务教育巩固率保持在99%以上。", ("九年义务教育巩固率", 99, "%")),
        ("新(改、扩)建幼儿园5所。", ("幼儿园", 5, "所")),
        ("计划投资1.2亿元,新建城区第五小学,新增学位2160个。", ("教育投资", 120_000_000, "元")),
    ],
)
def test_target_phrasing(sentence, target):
    assert target in {(t.indicator, t.value, t.unit) for t in _facts(sentence).targets}


@pytest.mark.parametrize(
    ("sentence", "duties"),
    [
        ("县卫健局负责学校卫生防疫指导。", {("青山县卫健局", "负责学校卫生防疫指导")}),  # a bureau not in the vocabulary
        ("各校(园)要落实安全主体责任。", {("各校(园)", "落实安全主体责任")}),
        (
            "县公安局、县交通运输局要加强校车安全管理。",
            {("青山县公安局", "加强校车安全管理"), ("青山县交通运输局", "加强校车安全管理")},
        ),
        ("县委宣传部牵头负责舆论宣传工作。", {("青山县委宣传部", "牵头负责舆论宣传工作")}),
        ("县教师发展中心负责全县教师培训。", {("青山县教师发展中心", "负责全县教师培训")}),  # a service centre
    ],
)
def test_duty_phrasing(sentence, duties):
    assert {(r.agency, r.duty) for r in _facts(sentence).responsibilities} == duties


def test_agency_alone_in_its_clause_holds_the_next_clause():
    # scraped text often runs the heading (五、工作措施1、加强领导) into the item
    (duty,) = _facts("五、工作措施1、加强领导创建工作领导小组,负责全区创建工作的组织指挥。").responsibilities
    assert duty.agency.endswith("创建工作领导小组")
    assert duty.duty == "负责全区创建工作的组织指挥"


def test_change_to_a_later_year_is_a_target_from_an_observation():
    facts = _facts("学前教育毛入园率由2020年的88%提高到2025年的95%。")
    assert [(t.indicator, t.value) for t in facts.observations] == [("学前三年毛入园率", 88)]
    assert [(t.indicator, t.value, t.comparator) for t in facts.targets] == [("学前三年毛入园率", 95, ">=")]


def test_counties_of_a_city_as_subjects():
    facts = _facts("各县(市、区)教育局要加强学前教育管理。各县(市、区)人民政府负责落实学校建设用地。", region=CITY)
    assert {(r.agency, r.duty) for r in facts.responsibilities} == {
        ("各县(市、区)教育局", "加强学前教育管理"),
        ("各县(市、区)人民政府", "负责落实学校建设用地"),
    }
