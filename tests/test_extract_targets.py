import pytest
from structured_samples import CITY, structured

from edukg.loaders.extract import extract_facts
from edukg.loaders.extract.numbers import Quantity
from edukg.loaders.extract.reporting import tells_what_was_done
from edukg.loaders.extract.targets import _REPORTED, _comparator


def _targets(text, **meta):
    facts = extract_facts(structured(text, **meta))
    return facts.targets, facts.observations


@pytest.mark.parametrize(
    ("sentence", "indicator", "value", "value_max", "unit", "comparator"),
    [
        ("学前三年毛入园率达到85%以上。", "学前三年毛入园率", 85, None, "%", ">="),
        ("学前教育毛入园率达90%以上。", "学前三年毛入园率", 90, None, "%", ">="),
        ("九年义务教育巩固率不低于97%。", "九年义务教育巩固率", 97, None, "%", ">="),
        # a modal before the value, a rate named by its verb, this year's graduates
        ("应届学生巩固率应达100%以上。", "应届学生巩固率", 100, None, "%", ">="),
        ("巩固率达到98%以上。", "巩固率", 98, None, "%", ">="),
        ("专项资金需500万元。", "专项资金", 5000000, None, "元", "="),
        ("大班额比例控制在5%以内。", "大班额比例", 5, None, "%", "<="),
        ("每个乡镇每年创建1—2所市级教育现代化示范校。", "市级教育现代化示范校", 1, 2, "所", "range"),
        ("新建、改扩建公办幼儿园200余所。", "公办幼儿园", 200, None, "所", ">="),
        ("为农村中小学教师配备1万台计算机。", "计算机", 10000, None, "台", "="),
        ("实现总投资10.87亿元。", "教育投资", 1087000000, None, "元", "="),
        ("县城新建幼儿园6所。", "幼儿园", 6, None, "所", "="),
        # land is measured in 公顷 too
        ("新校区总占地51.36公顷。", "新校区总占地", 51.36, None, "公顷", "="),
        # …and a rate per thousand in ‰
        ("义务教育辍学率控制在3‰以内。", "义务教育辍学率", 3, None, "‰", "<="),
        ("新建两所九年一贯制学校。", "九年一贯制学校", 2, None, "所", "="),
        # a span in Chinese numerals is an amount, whatever verb comes before it
        ("布局四到六所学校开展女子足球项目。", "学校", 4, 6, "所", "range"),
        ("确保学生每天1小时校园体育活动。", "学生每天校园体育活动时间", 1, None, "小时", ">="),
        ("全区中小学教师年均培训逾3000人次。", "中小学教师年均培训", 3000, None, "人次", ">="),
        # a total's 共 is no part of what it counts
        ("实施义务教育薄弱校改造地方资金项目共100个。", "义务教育薄弱校改造地方资金项目", 100, None, "个", "="),
        ("学前教育项目总共9个。", "学前教育项目", 9, None, "个", "="),
        # a charge's 要 before its aim is no part of what it names
        ("要确保公办高职高专生均财政拨款达到12000元水平。", "公办高职高专生均财政拨款", 12000, None, "元", ">="),
        # a change's verb is no part of what changes
        ("义务教育阶段辍学率下降到0.5%以下。", "义务教育阶段辍学率", 0.5, None, "%", "<="),
    ],
)
def test_target(sentence, indicator, value, value_max, unit, comparator):
    (target,), observations = _targets(sentence)
    assert (target.indicator, target.value, target.value_max, target.unit, target.comparator) == (
        indicator,
        value,
        value_max,
        unit,
        comparator,
    )
    assert observations == ()
    assert target.year == 2021  # the document's plan year


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("今年,21所新学校将在省城开工建设。", "新学校"),
        ("今年,我区6个教育项目列入市重大项目投资计划。", "教育项目"),
        ("今年将新增一所中学选址桃场社区。", "中学"),
        ("今年,6所公办幼儿园正式开工。", "公办幼儿园"),
        # a level counted is the level's schools, not a level of the clause before
        ("2021年年底前,全市还有27所幼儿园投入使用。", "幼儿园"),
        ("今年,全县25个乡镇103所幼儿园即将陆续开工建设。", "幼儿园"),
    ],
)
def test_a_count_names_the_noun_after_it_up_to_what_is_said_of_it(sentence, indicator):
    targets, _ = _targets(sentence)
    assert targets[-1].indicator == indicator


def test_an_amount_of_money_names_no_count():
    targets, _ = _targets("今年学前教育23个项目计划投资4376万元。")
    assert [(t.indicator, t.value, t.unit) for t in targets] == [("项目", 23, "个"), ("教育投资", 43760000, "元")]


def test_two_quantities_in_one_clause_get_their_own_indicators():
    targets, _ = _targets("新增多媒体教学设备1200套、计算机2200台。")
    assert [(t.indicator, t.value, t.unit) for t in targets] == [("多媒体教学设备", 1200, "套"), ("计算机", 2200, "台")]


@pytest.mark.parametrize(
    "sentence",
    [
        "2020年,全县学前三年毛入园率为94.51%。",
        "2020年,九年义务教育巩固率由95%提高到98%。",
        "累计投入资金3亿元。",
        "目前已建成标准化学校12所。",
        "全县有中小学45所。",
        "教育经费支出比上年增长8.5%。",
        "各级各类在校学生人数570413人,其中研究生824人,普通本专科生32374人。",
        "全省学前三年在园幼儿57.9万人。",
        "全县小学适龄儿童2136人。",
        "全市学前三年毛入园率达94.6%,高中阶段毛入学率达96.2%,高于全省平均水平。",
        "重庆学前三年教育毛入园覆盖率达73%,超全国平均水平。",
        "2020-2021年深圳已按计划新改扩建义务教育阶段学校126所,新增学位15.9万座。",
        "44所公办幼儿园和55所公办小学已按照既定目标全部完成加装。",
        # …or done, the clause after says of all of them
        "其中,第二批农村义务教育校舍维修改造项目共6个,目前均已完工。",
        "安装空调5471台、新风系统10144台,均已投入使用。",
        # what was built, and what it has brought about
        "全区投入学校建设资金28.36亿元,其中双语幼儿园新建167所、改扩建11所,极大改善了深度贫困县学校办学条件。",
        # works begun, counted, though the sentence aims further
        "目前,87所项目学校已开工建设,其余项目正在办理前期手续,力争今年10月全部开工。",
        "20多名施工人员正在搭设框架。",
        "东区辖区内现有公办幼儿园5所,学位数1610个,普惠性幼儿园36所,学位数5430个。",
        "经过审批,我县已完成新南幼儿园收购工作,收购资金135.3万元、房屋收购资金54.8万元。",
        # 将 that moves a thing (已完成将…收购改为…) plans nothing
        "经过审批,我县已完成将新南幼儿园收购改为中心幼儿园工作,收购资金为民办举办者置换资金135.3万元。",
        # the children counted beside a plan of the sentence are counted as they are
        "通过幼儿园的规划建设,辖区现有幼儿园5所,学龄儿童情况:1岁1692人;2岁2178人。",
        # a share to the hundredth of a percent is counted
        "普惠民办园有8555人,占比33.32%,普惠性幼儿园覆盖率达84.46%。",
    ],
)
def test_reported_values_are_observations(sentence):
    targets, observations = _targets(sentence)
    assert targets == ()
    assert observations


def test_a_clause_that_plans_does_not_go_on_with_the_report_before_it():
    targets, observations = _targets("全县现有公办幼儿园5所,新建公办幼儿园3所。")
    assert [(t.indicator, t.value) for t in targets] == [("公办幼儿园", 3)]
    assert [o.value for o in observations] == [5]


@pytest.mark.parametrize(
    ("sentence", "planned", "reported"),
    [
        ("已建成幼儿园3所,还将新建2所。", 2, 3),
        ("现有公办幼儿园5所,计划新增8所。", 8, 5),
        ("已投入资金5000万元,下一步将投入3000万元。", 30000000, 50000000),
    ],
)
def test_a_clause_that_plans_in_its_own_words_does_not_go_on_with_the_report_before_it(sentence, planned, reported):
    targets, observations = _targets(sentence)
    assert [t.value for t in targets] == [planned]
    assert [o.value for o in observations] == [reported]


@pytest.mark.parametrize(
    ("sentence", "planned", "reported"),
    [
        ("今年已新建幼儿园3所,年内再建2所。", 2, 3),
        ("目前已完成投资1.2亿元,年底前完成投资2亿元。", 200000000, 120000000),
    ],
)
def test_within_the_year_plans_in_news(sentence, planned, reported):
    targets, observations = _targets(sentence, kind="新闻", published="2021-06-01")
    assert [t.value for t in targets] == [planned]
    assert [o.value for o in observations] == [reported]


def test_within_some_years_tells_what_was_done_in_news():
    text = "三年前,全县县办幼儿园仅有一所。三年内全县新建幼儿园16所,全县幼儿入园率达到98.6%。"
    targets, observations = _targets(text, kind="新闻", published="2015-06-01")
    assert targets == () and [o.value for o in observations] == [16, 98.6]


def test_what_was_built_after_a_total_so_far_is_reported_too():
    targets, observations = _targets("累计投入资金3.2亿元,新建校舍12万平方米,改造运动场12个。")
    assert targets == () and [o.value for o in observations] == [320000000, 120000, 12]


def test_what_was_built_after_what_was_done_is_reported_too():
    # a count of what was done (了) goes on with what it added (新增学位…), reported as it is
    text = "此外,“十三五”期间,全区建成启用了第二中学分校等27所学校和幼儿园,新增学位2.2万个。"
    targets, observations = _targets(text, kind="新闻", plan_year=2021, title="某区印发教育设施布局专项规划")
    assert targets == () and [o.value for o in observations] == [27, 22000]
    # (…or with 实际 what was in fact done)
    text = "2020年原计划完成170所,实际完成195所,新增学位19.4万个。"
    _, observations = _targets(text, kind="新闻", plan_year=2021, title="某区印发教育设施布局专项规划")
    assert [o.value for o in observations][-2:] == [195, 194000]


def test_a_value_passed_for_the_first_time_is_reported_unless_aimed_at():
    # 首次超过: a record a result sets, told in news; 力争…首次突破 aims at one
    text = "这是我省教育项目获中央预算内投资首次超过5亿元。"
    targets, observations = _targets(text, kind="新闻", plan_year=2016, title="某省印发教育基础设施建设规划")
    assert targets == () and [o.value for o in observations] == [500000000]
    targets, _ = _targets("力争全区本科率首次突破50%。", kind="工作计划", plan_year=2016)
    assert [t.value for t in targets] == [50]


@pytest.mark.parametrize(
    ("opening", "planned"),
    [
        ("到2020年", True),
        # the year before which a plan is to be carried out (2020年前, 2020年末前): a deadline like 到2020年
        ("2020年前", True),
        ("2020年末前", True),
        # (…and so is the year a plan names for its work with 在 or 于: 在2020年, 于2020年)
        ("在2020年", True),
        ("于2020年", True),
        ("在2015年", False),
        # (…but a year before the plan's, or a time around a year, aims at nothing)
        ("2015年前", False),
        ("2020年前后", False),
    ],
)
def test_a_total_after_a_deadline_is_aimed_at_in_news(opening, planned):
    text = f"在教育教学模式方面,{opening},小学三至六年级和初中编程教育累计不少于36课时。"
    targets, observations = _targets(text, kind="新闻", plan_year=2018)
    assert ([t.value for t in targets], [o.value for o in observations]) == (([36], []) if planned else ([], [36]))


@pytest.mark.parametrize(
    ("opening", "planned"),
    [
        ("到2025年", True),
        # the end of a five-year plan is a deadline like its last year (“十四五”末: 2025)
        ("到“十四五”末", True),
        ("至“十四五”期末", True),
        # (…but one that ended before the plan's year aims at nothing)
        ("“十三五”末", False),
    ],
)
def test_the_end_of_a_five_year_plan_is_a_deadline_in_news(opening, planned):
    text = f"{opening},全市培育优质教育集团7-9个。"
    targets, observations = _targets(text, kind="新闻", plan_year=2021)
    assert ([t.value for t in targets], [o.value for o in observations]) == (([7], []) if planned else ([], [7]))


def test_a_reply_to_a_proposal_plans_only_what_it_says_it_plans():
    text = "东区辖区内有公办幼儿园5所,学位数1610个。\n城东片区规划新建一所20个班的幼儿园,规划能容纳600名幼儿。"
    targets, observations = _targets(text, kind="通知", title="关于区政协七届五次会议第53号提案的答复")
    assert 600 in [t.value for t in targets]
    assert [o.value for o in observations] == [5, 1610]


def test_jiang_of_what_was_made_something_plans_nothing():
    text = "2014年,甘肃省将“贫困县改造建设幼儿园工程”确定为民生实事项目,下拨专项补助资金5.612亿元,新建幼儿园257所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2015)
    assert targets == ()
    assert [o.value for o in observations] == [561200000, 257]


def test_how_long_something_is_done_measures_what_the_clause_before_does():
    (target,), _ = _targets("学校每周5天都要开展课后服务,每天至少开展2小时。", kind="通知")
    assert (target.indicator, target.value, target.unit, target.comparator) == ("课后服务", 2, "小时", ">=")


def test_what_efforts_are_to_bring_is_planned_in_news():
    text = "突出改革创新,着力增强发展活力。通过努力奋斗,实现学前教育毛入园率达97%以上。"
    targets, _ = _targets(text, kind="新闻")
    assert [(t.indicator, t.value) for t in targets] == [("学前三年毛入园率", 97)]  # the vocabulary's name


@pytest.mark.parametrize(
    "before",
    [
        "教育厅切实落实“三个新增”要求,项目资金重点向深度贫困县倾斜。",
        "会上,委员们提出了整合资源、以奖代补等建议。",
        "县教育局会同有关部门召开联席会议,明确措施、细化分工。",
    ],
)
def test_what_a_sentence_before_tells_was_asked_plans_nothing_in_news(before):
    text = f"本报讯 某县教育工作综述。\n补齐保障短板,实现“有学上”。{before}全县投入学校建设资金2.1亿元,新建幼儿园16所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2020)
    assert targets == ()
    assert [o.value for o in observations] == [210000000, 16]
    # (a sentence before that aims ahead is gone on with)
    aimed = text.replace(before, "县教育局召开联席会议,力争新建幼儿园20所。")
    assert [t.value for t in _targets(aimed, kind="新闻", plan_year=2020)[0]] == [20, 210000000, 16]


def test_a_value_stated_in_a_year_s_plan_is_its_aim():
    (target,), _ = _targets("小学适龄儿童入学率为100%。", kind="工作计划")
    assert (target.indicator, target.value) == ("小学适龄儿童入学率", 100)
    assert _targets("全县小学适龄儿童入学率为100%。", kind="新闻")[0] == ()


def test_a_share_to_the_hundredth_aimed_at_is_planned():
    targets, observations = _targets("全县高考二本上线率力争达到89.02%以上。", kind="新闻")
    assert [(t.value, t.comparator) for t in targets] == [(89.02, ">=")]
    assert observations == ()


def test_a_rank_aimed_at_is_planned():
    (target,), _ = _targets("力争学前三年毛入园率达到95%,高于全省平均水平。", kind="新闻")
    assert target.value == 95


def test_a_rank_ranks_only_the_values_of_its_part_of_the_sentence():
    text = "招生3000人,高中阶段入学率在95%以上;学业水平考试合格率位居全市前列。"
    targets, observations = _targets(text, kind="工作要点", plan_year=2012)
    assert [t.value for t in targets] == [3000, 95] and observations == ()


def test_a_bounded_enrolment_is_a_target():
    (target,), _ = _targets("全县普通高中在校生规模达到1.2万人。")
    assert (target.value, target.unit, target.comparator) == (12000, "人", ">=")


def test_the_enrolment_a_school_is_built_for_is_its_scale():
    text = "新建一所寄宿制学校,学校按18个教学班,在校生810人的规模建设,建筑面积18392平方米,估算投资7500万元。"
    targets, observations = _targets(text, kind="通知", plan_year=2018)
    assert [(t.value, t.unit) for t in targets if t.unit != "所"] == [
        (18, "个"), (810, "人"), (18392, "平方米"), (75000000, "元")
    ]
    assert observations == ()
    # (the enrolled as they are stay counted)
    _, observations = _targets("全县现有在校生810人。", kind="通知", plan_year=2018)
    assert [o.value for o in observations] == [810]


def test_an_item_asking_its_work_for_results_does_not_look_back():
    text = "培养人选应达到以下要求:\n(3)指导2名以上青年教师,且成效显著。\n(4)指导和扶持1至2所薄弱学校,且成效显著。"
    targets, observations = _targets(text, kind="意见", plan_year=2011)
    assert [(t.indicator, t.value, t.comparator) for t in targets] == [("青年教师", 2, ">="), ("薄弱学校", 1, "range")]
    assert observations == ()
    # (a heading of results told still looks back)
    _, observations = _targets("(一)主要成效\n全县新建幼儿园12所。", kind="规划", plan_year=2021)
    assert [o.value for o in observations] == [12]


def test_planned_growth_is_a_target():
    (target,), observations = _targets("确保教育经费支出比上年增长8%。")
    assert (target.value, target.unit, observations) == (8, "%", ())


def test_from_to_keeps_one_indicator():
    targets, observations = _targets("九年义务教育巩固率由95%提高到98%。")
    assert [(o.indicator, o.value) for o in observations] == [("九年义务教育巩固率", 95)]
    assert [(t.indicator, t.value) for t in targets] == [("九年义务教育巩固率", 98)]  # the aim of a plan
    targets, _ = _targets("普惠性幼儿园覆盖率从75%增至80%。")  # (增至: one word of a change)
    assert [(t.indicator, t.value) for t in targets] == [("普惠性幼儿园覆盖率", 80)]


def test_an_enrolment_changed_to_a_new_count_is_its_aim():
    targets, observations = _targets("到2025年,在校生规模从3.2万人增加到4万人。")
    assert [(t.indicator, t.value) for t in targets] == [("在校生规模", 40000)]
    assert [(o.indicator, o.value) for o in observations] == [("在校生规模", 32000)]


def test_a_change_to_after_a_comma_goes_on_with_its_start():
    text = "“十二五”期间,市区中小学用地面积由1.13万余亩,增加至2.22万余亩,可基本满足到2020年城市发展的需求。"
    targets, observations = _targets(text, kind="新闻", plan_year=2015)
    assert targets == ()
    assert [(o.indicator, o.value) for o in observations] == [("市区中小学用地面积", 11300), ("市区中小学用地面积", 22200)]


def test_a_changed_value_s_past_year_does_not_report_the_clause_after_it():
    targets, observations = _targets(
        "到2025年,学前三年毛入园率由2020年的85%提高到95%,普惠性幼儿园覆盖率达到85%以上。", kind="规划"
    )
    assert [(t.indicator, t.value, t.year) for t in targets] == [
        ("学前三年毛入园率", 95, 2025), ("普惠性幼儿园覆盖率", 85, 2025),
    ]
    assert [(o.value, o.year) for o in observations] == [(85, 2020)]


def test_an_amount_changed_from_a_year_s_value_keeps_the_name_before_the_year():
    targets, observations = _targets("到2025年,全县教育经费总投入从2020年的5.6亿元增加到8亿元。", kind="规划")
    assert [(t.indicator, t.value, t.year) for t in targets] == [("教育经费总投入", 800000000, 2025)]
    assert [(o.indicator, o.value, o.year) for o in observations] == [("教育经费总投入", 560000000, 2020)]


def test_a_change_over_the_years_so_far_is_a_result():
    targets, observations = _targets("最近三年,我校的高考重点率由60.1%、67%上升到68.1%。", kind="工作计划", plan_year=2011)
    assert targets == () and [o.value for o in observations] == [60.1, 67, 68.1]


def test_values_listed_after_a_change_to_are_aims_too():
    text = "今年学前一年毛入园率、学前三年毛入园率将由2010年末的93%、50.6%分别提高至95%和68%。"
    targets, observations = _targets(text, kind="新闻", plan_year=2011)
    assert [t.value for t in targets] == [95, 68]
    assert [o.value for o in observations] == [93, 50.6]


def test_from_to_a_past_year_reports():
    targets, observations = _targets("学前教育毛入园率从2015年的75.6%提高到2020年的86.7%。")
    assert targets == ()
    assert [o.value for o in observations] == [75.6, 86.7]


def test_a_part_titled_as_a_past_year_s_review_reports_up_to_the_next_part():
    # a notice that prints a year's review and the next year's plan, each under its title on a line of its own
    text = (
        "各区教育局,局属各单位:\n"
        "现将《2019年教育工作总结和2020年工作要点》印发给你们,请认真贯彻执行。\n"
        "2019年教育工作总结\n"
        "2019年,市教育局坚持立德树人,教育事业得到快速发展。\n"
        "一、加强党对教育的全面领导\n"
        "(一)深入学习贯彻党的创新理论。组织中心组学习19次,各级领导带队赴校园宣讲200多场次。\n"
        "2020年教育工作要点\n"
        "一、推进学前教育普及普惠\n"
        "(一)扩大学前教育资源。新建幼儿园10所。\n"
    )
    targets, observations = _targets(text, kind="通知", plan_year=2020)
    assert [t.value for t in targets] == [10]
    assert [o.value for o in observations] == [19, 200]


def test_a_change_up_to_a_past_year_s_end_reports():
    # 截至 a year before the plan's, a change from one value to another is how far it has come
    text = "截至2014年底,全市适龄儿童学前三年毛入园率由66.56%提高到89%。"
    targets, observations = _targets(text, kind="规划", plan_year=2015)
    assert targets == ()
    assert [o.value for o in observations] == [66.56, 89]
    # (截至 the plan's year or a later one sets the aim)
    targets, _ = _targets(text.replace("2014", "2016"), kind="规划", plan_year=2015)
    assert [t.value for t in targets] == [89]


def test_what_this_year_has_done_so_far_reports():
    text = "今年年初,市教育局提出了全面实现班班通的任务目标。截至目前,今年全市累计投入资金2.1亿元,新购置教学用机2万台。"
    targets, observations = _targets(text, kind="新闻", plan_year=None)
    assert targets == ()
    assert [o.value for o in observations] == [210000000, 20000]
    # (told mid-sentence too)
    text = "同时,协调光纤“校校通”改造,到目前,全市95%以上的学校完成光纤“校校通”改造工程。"
    targets, observations = _targets(text, kind="工作计划", plan_year=2011)
    assert targets == () and [o.value for o in observations] == [95]


def test_a_year_s_count_of_what_there_is_reports():
    text = "【教育基本情况】 2022年,全县共有各级各类学校486所。其中,幼儿园232所,小学206所,初级中学37所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2022)
    assert targets == ()
    assert [o.value for o in observations] == [486, 232, 206, 37]


def test_a_count_of_what_there_is_up_to_the_plan_year_s_end_reports():
    # 截至 the plan's own year, before what a place has (共有, 现有): a count at a date, not an aim for it
    text = "截至2019年底,全区共有幼儿园227所(实际开办205所),在园幼儿54234人。"
    targets, observations = _targets(text, kind="新闻", plan_year=2019, title="某区印发教育设施布局专项规划")
    assert targets == ()
    assert [o.value for o in observations] == [227, 205, 54234]
    # (a deadline ahead still plans what a place is to have)
    targets, _ = _targets("截至2020年底,全区共有省级示范幼儿园20所。", kind="规划", plan_year=2019)
    assert [t.value for t in targets] == [20]


@pytest.mark.parametrize(
    ("text", "plan_year", "planned", "reported"),
    [
        # a list of what the paragraph before set out
        (
            "本报讯 某区人民代表大会日前落下帷幕。在今年政府工作报告中提出:全力推进10件40项民生实事。\n"
            "10件40项民生实事具体包括:加强教育基础设施建设。新建、改扩建学校9所,幼儿园7所。\n"
            "去年,全区新建学校3所。",
            2016, {("学校", 9), ("幼儿园", 7)}, [3],
        ),
        # the size lines of works to be built
        (
            "本报讯 今年某市将在新区配建6所学校。\n继红哈西分校\n地址:哈尔滨大街\n"
            "规模:校园用地面积2.4万平方米,建筑面积1.6万平方米,总投资7530万元\n招生:设计规模50班型,可容纳学生2250人\n"
            "另一所学校\n规模:已建成校舍1.2万平方米",
            2015, {("校园用地面积", 24000), ("建筑面积", 16000), ("可容纳学生", 2250)}, [12000],
        ),
        # …numbered as an item
        (
            "某中学新校区项目获批立项\n1、建设规模:高级中学,学生规模3000人,总建筑面积47000平方米。\n去年,全区新建学校3所。",
            2011, {("学生规模", 3000), ("总建筑面积", 47000)}, [3],
        ),
        # a project's scale, with what is put into it: what the works are to deliver (not a school in use)
        (
            "某市教育惠民项目扎实推进\n某职业技术学院新建项目,总投资3.588亿元,总建筑面积92567平方米,"
            "可容纳3000名学生。\n某中学于2023年8月交付使用,总投资5000万元,总建筑面积1万多平方米。",
            2020, {("总建筑面积", 92567), ("学生", 3000)}, [50000000, 10000],
        ),
    ],
)
def test_news_gives_targets_where_it_goes_on_with_a_plan(text, plan_year, planned, reported):
    targets, observations = _targets(text, kind="新闻", plan_year=plan_year)
    assert {(t.indicator, t.value) for t in targets} >= planned
    assert [o.value for o in observations] == reported


@pytest.mark.parametrize(
    "heading",
    [
        "2020年工作回顾", "主要开展的工作", "2020年所做的工作", "主要做法", "学校整体情况", "背景分析", "发展背景",
        # how the work went, and what stood out in it
        "工作开展情况", "重点工作推进情况", "工作进展", "工作亮点",
    ],
)
def test_review_section_reports_observations(heading):
    text = f"一、{heading}\n全县新建幼儿园5所。\n二、2021年工作目标\n全县新建幼儿园8所。"
    targets, observations = _targets(text)
    assert [t.value for t in targets] == [8]
    assert [o.value for o in observations] == [5]


@pytest.mark.parametrize(
    "sentence",
    [
        "认真落实校长职务行为“18条”。",
        "贯彻落实“十三五”规划和《纲要(2011-2020年)》。",
        "举办第十届技能大赛,开展“一校一品”创建。",
        "推进普通高中教育教学管理八项改革。",
        "2021年是十四五开局之年。",
        "3个月内完成整改。",
    ],
)
def test_not_targets(sentence):
    assert _targets(sentence) == ((), ())


@pytest.mark.parametrize("sentence", ["全县学前三年毛入园率,力争达到90%。", "学前三年毛入园率:90%以上。"])
def test_indicator_in_the_clause_before(sentence):
    (target,), _ = _targets(sentence)
    assert (target.indicator, target.value) == ("学前三年毛入园率", 90)
    assert "学前三年毛入园率" in target.evidence.text


def test_year_in_sentence_wins_over_plan_year():
    (target,), _ = _targets("到2025年,学前三年毛入园率达到92%。")
    assert target.year == 2025


def test_the_same_value_set_for_two_years_is_two_targets():
    targets, _ = _targets("今后三年的幼儿园建设任务分别为:2011年新建100所,2012年建设93所,2013年建设93所。", plan_year=2011)
    assert [(t.value, t.year) for t in targets] == [(100, 2011), (93, 2012), (93, 2013)]


def test_a_value_after_a_clause_of_its_year_alone_keeps_the_indicator_before():
    text = "到2023年底,全县义务教育学校办学条件达标率达到90%;到2024年底,达到95%;2025年,达到100%。"
    targets, _ = _targets(text, plan_year=2023)
    assert [(t.indicator, t.value, t.year) for t in targets] == [
        ("义务教育学校办学条件达标率", 90, 2023), ("义务教育学校办学条件达标率", 95, 2024), ("义务教育学校办学条件达标率", 100, 2025)
    ]


def test_a_value_before_later_milestones_keeps_the_year_before_it():
    targets, _ = _targets("到2023年底,全县义务教育学校办学条件达标率达到90%,2024年底达到95%,2025年底达到100%。", plan_year=2023)
    assert [(t.value, t.year) for t in targets] == [(90, 2023), (95, 2024), (100, 2025)]


def test_each_year_s_milestone_in_one_sentence_keeps_its_year():
    text = "二、年度目标\n2023年，创建优质均衡学校5所；2024年，创建优质均衡学校8所；2025年，全区通过国家督导评估。"
    targets, _ = _targets(text, plan_year=2023)
    assert [(t.value, t.year) for t in targets] == [(5, 2023), (8, 2024)]


def test_a_task_table_s_row_gives_its_deadline_as_the_year():
    text = (
        "一、工作目标\n到2025年，全县基本实现义务教育优质均衡发展。\n重点任务分解表\n"
        "序号\n工作任务\n目标要求\n完成时限\n责任单位\n"
        "1\n扩大学前教育资源\n新建、改扩建幼儿园6所\n2024年底\n县教育局\n"
        "2\n提高高中阶段教育普及水平\n高中阶段毛入学率达到95%以上\n2025年\n县教育局"
    )
    targets, _ = _targets(text, plan_year=2023, kind="实施方案")
    assert [(t.value, t.year) for t in targets] == [(6, 2024), (95, 2025)]


def test_a_section_s_opening_year_holds_for_its_later_paragraphs():
    text = (
        "二、发展目标\n到2020 年,全旗教育水平明显提高。\n"
        "具体目标:普及学前教育,学前三年毛入园率达到95%;义务教育巩固率巩固在96%以上。"
    )
    targets, _ = _targets(text, plan_year=2016)
    assert [(t.indicator, t.value, t.year) for t in targets] == [("学前三年毛入园率", 95, 2020), ("九年义务教育巩固率", 96, 2020)]


def test_a_row_s_later_years_on_lines_of_their_own_keep_its_indicator():
    text = "项目 年度 指标\n学前教育三年入园率 2016年 87%\n2018年 93%\n2020年 95%\n全年完成2018年 93%"
    targets, _ = _targets(text, plan_year=2016)
    assert [(t.indicator, t.value, t.year) for t in targets] == [
        ("学前教育三年入园率", 87, 2016), ("学前教育三年入园率", 93, 2018), ("学前教育三年入园率", 95, 2020)
    ]


def test_evidence_is_the_sentence_with_original_offsets():
    text = "一、目标\n學前三年毛入園率達到85%以上,其他工作穩步推進。"
    doc = structured(text)
    (target,) = extract_facts(doc).targets
    ev = target.evidence
    assert ev.text == "学前三年毛入园率达到85%以上,其他工作稳步推进。"  # Simplified
    assert text[ev.start : ev.end] == "學前三年毛入園率達到85%以上,其他工作穩步推進。"  # offsets into the original
    assert ev.section == "一、"


def test_working_group_goals_are_assigned_to_the_group():
    text = (
        "二、组织机构\n(二)职能工作组\n1、普通教育组:组长:成员:工作目标:(1)学前教育毛入园率达90%以上;"
        "(2)九年义务教育巩固率达99%以上。\n2、师资队伍建设组:组长:成员:工作目标:(1)小学教师具有大专以上学历的比例达70%。\n"
        "三、保障措施\n全县新建幼儿园3所。"
    )
    targets, _ = _targets(text, region=CITY)
    assert [(t.indicator, t.agency) for t in targets] == [
        ("学前三年毛入园率", "普通教育组"),
        ("九年义务教育巩固率", "普通教育组"),
        ("小学教师大专以上学历比例", "师资队伍建设组"),
        ("幼儿园", None),
    ]


def test_a_summary_s_own_year_is_reported_and_a_speech_still_plans():
    text = "县教育局2016年工作总结\n一、主要成绩\n2016年,全县新建幼儿园5所。"
    targets, observations = _targets(text, kind="报告", plan_year=2016)
    assert targets == () and [o.value for o in observations] == [5]
    speech = "同志们:\n一、2017年工作安排\n2017年,全县新建幼儿园6所。"
    targets, _ = _targets(speech, kind="报告", plan_year=2017)
    assert [t.value for t in targets] == [6]


def test_what_a_heading_says_was_done_since_is_reported():
    text = "县教育局工作总结及工作计划\n一、今年以来的工作亮点\n全市一本上线2445人。\n二、明年工作计划\n新建幼儿园5所。"
    targets, observations = _targets(text, plan_year=2022)
    assert [t.value for t in targets] == [5] and [o.value for o in observations] == [2445]


def test_news_of_works_gives_their_expected_size_as_planned():
    text = "某区2020完工新改扩建2所小学\n1、位于长江新城的育才实验学校,预计学位1350个;\n2、全区去年新建幼儿园3所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2020)
    assert [t.value for t in targets] == [1350] and [o.value for o in observations] == [2, 3]
    targets, _ = _targets("某区暑期托管服务启动\n班额原则上控制在40人左右。", kind="新闻", plan_year=2021)
    assert [t.value for t in targets] == [40]


def test_news_of_works_under_way_expected_done_by_a_month_tells_their_figures():
    # the date works under way are expected to be finished by plans no amount: their figures are told
    title = "某县加快推进学校建设"
    for sentence in (
        "石市中心小学整体搬迁工程,投入资金3500万元,占地面积67亩,目前主体施工基本完成,预计今年6月底全部完工。",
        "二期工程(办公楼(4297㎡)、学生公寓楼(5370㎡))正在施工阶段,预计2011年7月交付使用。",
        "该幼儿园总占地面积10亩,可提供6个教学班180个学位,目前正在进行扫尾工作,预计今年3月全部投入使用。",
    ):
        targets, observations = _targets(f"{title}\n{sentence}", kind="新闻", title=title, plan_year=2023)
        assert targets == () and observations, sentence
    # (预计 before an amount still tells what is to be: 预计学位1350个, 预计年底还有6个项目投入使用)
    text = f"{title}\n全市有33所幼儿园投入使用,预计年底还有6个项目投入使用。"
    targets, _ = _targets(text, kind="新闻", title=title, plan_year=2023)
    assert [t.value for t in targets] == [6]


def test_a_span_running_on_from_a_year_is_no_change_from_a_value():
    # 从2011年起 opens the years a plan runs over, not the value a change starts from (从10个班增加到12个班)
    text = "某省新建公办幼儿园\n某省学前教育三年行动计划确定,从2011年起分三年在全省建设1200所公办幼儿园。"
    targets, observations = _targets(text, kind="新闻", title="某省新建公办幼儿园", plan_year=2013)
    assert [t.value for t in targets] == [1200] and not observations
    targets, observations = _targets("某校招生\n五中的招生计划从过去的10个班增加到12个班。", kind="新闻", plan_year=2013)
    assert [o.value for o in observations] == [10]


def test_a_year_in_a_bracketed_note_is_not_the_time_of_the_values_after_it():
    text = "今年共涉及项目学校126所(含2008年续建项目学校18所),总建筑面积约98.7万平方米,总投资估算约23.2亿元。"
    targets, _ = _targets(text, kind="工作计划", plan_year=2009)
    assert {987000, 2320000000} <= {t.value for t in targets}
    # (a year outside the brackets still dates them: 2008年续建项目学校18所,总投资2亿元)
    _, observations = _targets("2008年续建项目学校18所,总投资2亿元。", kind="工作计划", plan_year=2009)
    assert 200000000 in {o.value for o in observations}


def test_items_set_out_after_one_noted_done_are_not_reported_with_it():
    # 明确了 sets out the items; (已完成) tells of its own item only: the items after it are planned
    title = "某县回复幼儿园学位留言"
    text = (
        f"{title}\n县教育局在“十四五”规划里面明确了实施项目:改扩建机关幼儿园可以新增学位120个(已完成);"
        "新建舞阳镇中心幼儿园能新增学位450个;新建金家湾小区配套幼儿园能新增学位360个。"
    )
    targets, observations = _targets(text, kind="新闻", title=title, plan_year=2022)
    assert [t.value for t in targets] == [450, 360] and [o.value for o in observations] == [120]


def test_news_gives_a_projects_investment_or_size_stated_with_wei_as_planned():
    title = "某区出台学校建设计划"
    for sentence, value in (
        ("城关区第十小学建设项目占地面积约53亩,项目概算批复总投资为1亿余元,其中包含援藏资金3000万元。", 100000000),
        ("博巷分园招生规模为12个班级,提供360个学位。", 12),
    ):
        targets, _ = _targets(f"{title}\n{sentence}", kind="新闻", title=title, plan_year=2023)
        assert value in {t.value for t in targets}, sentence
    # (a rate stated with 为 is as it stands: 全区学前三年毛入园率为94.51%)
    _, observations = _targets(f"{title}\n全区学前三年毛入园率为94.51%。", kind="新闻", title=title, plan_year=2023)
    assert [o.value for o in observations] == [94.51]


def test_funds_handed_down_with_le_are_to_be_spent_not_reported():
    # 下达了…资金 hands funds down for the works, as 列入了, 纳入了 assign them: no 了 of work done
    title = "某省改善普通高中办学条件"
    text = f"{title}\n近日,某省下达了2023年改善普通高中办学条件中央补助资金27000万元,预计提升县域158所薄弱普通高中办学能力。"
    targets, _ = _targets(text, kind="新闻", title=title, plan_year=2023)
    assert 270000000 in {t.value for t in targets}
    _, observations = _targets(f"{title}\n全省完成了投资27000万元。", kind="新闻", title=title, plan_year=2023)
    assert [o.value for o in observations] == [270000000]


def test_news_gives_the_funds_applied_for_as_planned():
    text = (
        "某县教育专项项目获批\n31项社会事业项目总投资5415万元,申请中央预算内投资5062万元,地方投资353万元。\n"
        "全县申报省级课题24个。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2014)
    assert [t.value for t in targets] == [31, 54150000, 50620000, 3530000] and [o.value for o in observations] == [24]


def test_news_gives_a_floor_or_a_ceiling_as_a_rule():
    text = "某省劳动教育推进会召开\n中小学劳动教育必修课每周不少于1课时,随迁子女入读公办学校的比例不低于50%。"
    targets, observations = _targets(text, kind="新闻", plan_year=2021)
    assert [t.value for t in targets] == [1, 50] and observations == ()


def test_news_that_opens_on_what_will_be_done_tells_a_plan():
    text = "今年某省将投入6784万元改善农村教学点办学条件\n其中,改扩建校舍面积14829平方米,购置学校生活设施1412套。"
    targets, observations = _targets(text, kind="新闻", plan_year=2015)
    assert [t.value for t in targets] == [67840000, 14829, 1412] and observations == ()
    # (news that opens on what was done still reports)
    targets, observations = _targets("某省改善农村教学点办学条件\n其中,购置学校生活设施1412套。", kind="新闻", plan_year=2015)
    assert targets == () and [o.value for o in observations] == [1412]
    # (…or says what is planned: 计划 before what is to be done)
    text = "今年某市计划新增中小学学位2万个\n某区扩充中学学位4700个。"
    targets, observations = _targets(text, kind="新闻", plan_year=2025)
    assert [t.value for t in targets] == [20000, 4700] and observations == ()


@pytest.mark.parametrize("will", ["将", "计划", "拟", "要", "力争", "争取", "预计"])
def test_news_whose_headline_says_what_is_to_be_done_in_any_of_its_words_tells_a_plan(will):
    # 拟 and 要 before what is to be done say what will be done as 将 and 计划 do (某市今年拟新建…80所), and so
    # do the words of an aim or a forecast (今年力争新建…, 今年预计新增…)
    text = (
        f"江城今年{will}新建、改扩建中小学、幼儿园30所\n"
        "2月23日上午,江城市人民政府新闻办公室召开新闻发布会,介绍了2021年度全市教育十件实事有关情况。\n"
        "实施校舍建设工程,全市新增学位2万个。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2021)
    assert [t.value for t in targets] == [30, 20000] and observations == ()
    # (…but not the 要 of 主要, 重要)
    done = text.replace(f"江城今年{will}新建、改扩建中小学、幼儿园30所", "江城今年主要建设成果")
    assert [o.value for o in _targets(done, kind="新闻", plan_year=2021)[1]] == [20000]


def test_a_share_told_aside_does_not_make_what_follows_reported():
    text = (
        "至2017年,全市学区和集团数预计为118个,覆盖学校717所(占全市义务教育阶段学校总数的56.10%),"
        "覆盖学生585151人(占全市义务教育阶段学生总数的47.60%)。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2015)
    assert [t.value for t in targets] == [118, 717, 585151]
    assert [o.value for o in observations] == [56.1, 47.6]  # (the shares, measured to the hundredth)


@pytest.mark.parametrize(
    "opening",
    [
        "某县投资6500万元改善办学条件\n",  # a headline of what is spent
        "首页 > 教育 > 正文\n某县改善办学条件\n",  # the site's navigation, then the headline
    ],
)
def test_news_whose_lead_after_its_headline_opens_on_what_will_be_done_tells_a_plan(opening):
    text = (
        opening + "本报讯 今年,某县将投资6512万元建设28个教育项目,全面改善办学条件。\n"
        "这28个教育项目总计建筑面积达3万多平方米,其中包括投资2200万元的县二中综合教学楼建设项目。"
    )
    targets, _ = _targets(text, kind="新闻", plan_year=2013)
    assert [t.value for t in targets if t.evidence.text.startswith("这")] == [30000, 22000000]
    # (a lead that tells what was done still reports)
    done = text.replace("今年,某县将投资", "去年,某县投资")
    assert [t.value for t in _targets(done, kind="新闻", plan_year=2013)[0] if t.evidence.text.startswith("这")] == []


@pytest.mark.parametrize("this_year", ["今年", "本年度", "年内"])
def test_news_whose_lead_names_this_year_in_official_words_tells_a_plan(this_year):
    # 本年度, as official texts write 今年, names the year the page speaks of; 年内 (within it) too
    text = (
        f"某县投资6500万元改善办学条件\n本报讯 {this_year},某县将投资6512万元建设28个教育项目,全面改善办学条件。\n"
        "这28个教育项目总计建筑面积达3万多平方米,其中包括投资2200万元的县二中综合教学楼建设项目。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2013)
    assert [t.value for t in targets] == [65000000, 65120000, 28, 30000, 22000000] and observations == ()


@pytest.mark.parametrize(
    ("sentence", "plan_year", "values"),
    [
        ("2012年,拉萨市城乡幼儿园建设项目{}新建27所幼儿园,建设面积共计55400平方米。", 2012, [27, 55400]),
        ("据统计,投资2亿余元新建的3所学校,完工后县城城区{}新增初中学位1800个。", 2017, [200000000, 3, 1800]),
    ],
)
def test_yao_before_what_is_to_be_done_plans_like_jiang_in_news(sentence, plan_year, values):
    # 要新建, 要新增: what is to be done, as with 将 (a total after it, 共计…, is planned, not told)
    for will in ("将", "要"):
        targets, observations = _targets(sentence.format(will), kind="新闻", plan_year=plan_year)
        assert [t.value for t in targets] == values and observations == ()
    targets, observations = _targets(sentence.format("已"), kind="新闻", plan_year=plan_year)
    assert targets == () and [o.value for o in observations] == values


def test_what_news_says_this_year_sets_aside_is_planned():
    text = "某县校舍维修资金到位\n今年,某县安排校舍维修资金517万元,用于全县20所农村中小学校舍维修改造。"
    targets, observations = _targets(text, kind="新闻", plan_year=2012)
    assert [t.value for t in targets] == [5170000, 20] and observations == ()


def test_what_was_put_into_a_year_s_plan_is_planned():
    text = "今年,区政府把14个学校建设项目列入了2022年民生实事,其中初中项目2个,小学项目5个,新增学位13320个。"
    targets, observations = _targets(text, kind="新闻", plan_year=2022)
    assert [t.value for t in targets] == [14, 2, 5, 13320] and observations == ()


def test_a_past_year_s_task_to_finish_is_planned():
    text = "督促5个市县完成2009年教育扶贫移民工程任务,新建、改扩建校舍4.9万平方米。"
    targets, _ = _targets(text, kind="工作要点", plan_year=2010)
    assert [t.value for t in targets] == [49000]
    # (what was finished is reported)
    targets, observations = _targets("已完成2009年教育扶贫移民工程任务,新建校舍4.9万平方米。", kind="工作要点", plan_year=2010)
    assert targets == () and [o.value for o in observations] == [49000]


def test_funds_obtained_in_a_year_past_are_reported():
    text = "2022年,全县认真贯彻决策部署,年度争取资金1.2亿元,固定资产投资3.9亿元。"
    targets, observations = _targets(text, plan_year=2023, kind="新闻")
    assert targets == () and len(observations) == 2


def test_a_report_s_part_on_the_work_of_the_year_after_plans_it():
    text = ("县教育局关于2023年教育工作情况的报告\n一、主要工作成效\n全县新建幼儿园3所。\n"
            "二、2024年工作打算\n新建幼儿园2所,新增学位600个。\n"
            "三、存在的问题\n四、下一步工作\n(一)普及学前教育\n新建幼儿园1所。")
    targets, observations = _targets(text, kind="报告", plan_year=2023)
    assert [t.value for t in targets] == [2, 600, 1] and [o.value for o in observations] == [3]
    # a part on the report's own year is no part ahead
    targets, _ = _targets("县教育局2023年工作报告\n一、2023年重点任务\n新建幼儿园3所。", kind="报告", plan_year=2023)
    assert targets == ()


@pytest.mark.parametrize("heading", ["今后工作打算", "下半年工作安排", "下一阶段工作重点", "下一年度工作计划", "2024年工作要点"])
def test_a_report_s_part_on_the_time_after_it_plans_it(heading):
    text = f"县教育局2023年工作总结\n一、2023年工作回顾\n全县新建幼儿园3所。\n二、{heading}\n新建幼儿园2所,新增学位600个。"
    targets, observations = _targets(text, kind="报告", plan_year=2023)
    assert [t.value for t in targets] == [2, 600] and [o.value for o in observations] == [3]


@pytest.mark.parametrize(
    "lead", ["下半年,我局将重点抓好以下工作:", "2022年,我们将重点做好以下工作:", "下一步工作打算:", "明年工作打算"]
)
def test_a_report_s_list_after_a_lead_that_plans_is_planned(lead):
    text = f"县教育局2021年工作总结\n今年,全县新建幼儿园4所,新增学位1080个。\n{lead}\n1.新建幼儿园2所。\n2.改造运动场6个。"
    targets, observations = _targets(text, kind="报告", title="县教育局2021年工作总结")
    assert [t.value for t in targets] == [2, 6] and [o.value for o in observations] == [4, 1080]
    text = f"县教育局2021年工作总结\n今年,我局重点抓好以下工作:\n1.新建幼儿园2所。\n2.改造运动场6个。"
    targets, observations = _targets(text, kind="报告", title="县教育局2021年工作总结")
    assert targets == () and [o.value for o in observations] == [2, 6]


@pytest.mark.parametrize("lead", ["2020年,我局主要完成了以下工作:", "一年来,我局主要做了以下工作:", "2020年工作亮点"])
def test_a_plan_s_list_after_a_lead_that_looks_back_is_reported(lead):
    text = f"县教育局2020年工作总结和2021年工作计划\n{lead}\n1.新建幼儿园5所。\n2.改造运动场12个。\n2021年,我局将重点抓好以下工作:\n1.新建幼儿园3所。"
    targets, observations = _targets(text)
    assert [t.value for t in targets] == [3] and [o.value for o in observations] == [5, 12]
    # (a heading that names the plan too looks back no more than ahead)
    targets, _ = _targets("县教育局工作总结暨工作计划篇一\n一是突出教师培训。全年培训不少于5000人次。")
    assert [t.value for t in targets] == [5000]


def test_a_figure_before_the_work_done_is_no_part_of_it():
    targets, observations = _targets("项目总投资5000万元,目前已完成投资3000万元。")
    assert [t.value for t in targets] == [50000000] and [o.value for o in observations] == [30000000]


@pytest.mark.parametrize("done", ["实际建成6所", "实际到位资金6000万元"])
def test_what_was_actually_done_against_a_plan_is_reported(done):
    targets, observations = _targets(f"原计划新建幼儿园5所,{done}。")
    assert [t.value for t in targets] == [5] and len(observations) == 1


@pytest.mark.parametrize(
    "sentence",
    ["学前三年毛入园率达到92%(目标90%)。", "学前三年毛入园率达到92%,完成了年度目标。", "学前三年毛入园率达到92%,提前完成“十四五”目标。"],
)
def test_a_value_said_to_meet_its_aim_is_reported(sentence):
    for kind in ("工作计划", "报告"):
        targets, observations = _targets(sentence, kind=kind)
        assert targets == () and [o.value for o in observations] == [92]
    # (what is to meet it is planned)
    targets, _ = _targets("确保学前三年毛入园率达到92%,提前完成“十四五”目标。")
    assert [t.value for t in targets] == [92]


def test_funds_obtained_for_named_works_are_reported():
    text = "我局通过争取能力提升、校舍维修改造长效机制、学前教育中央奖补及兴边富民等项目资金6.8亿元,新建校舍25万平方米。"
    targets, observations = _targets(text, kind="报告", plan_year=2024)
    assert targets == () and [o.value for o in observations] == [680000000, 250000]


def test_what_a_plan_brings_about_is_planned():
    text = "某市中小学布局规划发布\n规划后,基础教育学校共计478所。现状学校共计228所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2013)
    assert [t.value for t in targets] == [478] and [o.value for o in observations] == [228]


def test_a_person_names_no_indicator():
    assert _targets("他的儿子高央先生承诺将出资3000万元。")[0] == ()


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("本报讯今年我省预计投入近10亿元,用于改善藏区学校办学条件。", 1000000000, "元"),
        ("其中,安排我省义务教育学校建设2.293亿元。", 229300000, "元"),
        ("全省拟评选特级教师150名左右,下达我市的推荐数为27名。", 27, "名"),
    ],
)
def test_the_region_after_a_year_or_a_grant_names_what_it_gets(sentence, value, unit):
    targets, _ = _targets(sentence)
    assert (targets[-1].value, targets[-1].unit) == (value, unit)


@pytest.mark.parametrize("sentence", ["省教育厅10多个处室负责人来我市调研。", "去年我市计划招聘1116人。"])
def test_the_region_a_body_comes_to_or_last_year_names_no_indicator(sentence):
    assert _targets(sentence)[0] == ()


def test_a_five_year_period_is_no_part_of_an_indicator():
    (target,), _ = _targets("“十三五”末高教毛入学率达到60%。")
    assert "十三五" not in target.indicator


def test_a_look_back_under_a_heading_run_into_the_line():
    text = "区教育局2022年工作总结与2023年工作计划一、2022年亮点工作(一)新建中小学6所。二、2023年工作打算(一)新建幼儿园8所。"
    targets, observations = _targets(text, plan_year=2023)
    assert [t.value for t in targets] == [8] and [o.value for o in observations] == [6]
    # (a title that ends in 工作安排 runs into the heading too)
    text = "区教体局工作总结及2021年工作安排一、“十三五”时期工作成效及举措区教体局获评先进单位。全区新建幼儿园21所。二、2021年工作安排新建小学3所。"
    targets, observations = _targets(text, plan_year=2021)
    assert [t.value for t in targets] == [3] and [o.value for o in observations] == [21]


def test_a_look_back_under_a_heading_on_the_line_after_its_number():
    text = (
        "今年的政府工作报告有哪些教育元素\n01\n2020年工作回顾\n启动教育强县三年行动计划。\n新改扩建学校16所,新增学位12570个。"
        "\n02\n2021年重点工作\n新增义务教育公办学位5760个。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2021)
    assert [t.value for t in targets] == [5760] and [o.value for o in observations] == [16, 12570]


def test_a_plan_a_summary_names_as_carried_out_does_not_make_what_follows_planned():
    text = "一、重点项目\n大力实施《区教育优质倍增工程五年行动计划》,统筹实施37所学校新建项目。建成11所学校,新增学位1.34万个。"
    targets, observations = _targets(text, kind="报告", plan_year=2022)
    assert targets == () and [o.value for o in observations] == [37, 11, 13400]


def test_a_year_s_plan_sets_its_changes_on_the_year_before():
    sentence = "普通高校本科上线率、重点线上线率均比上年提高3-5个百分点。"
    targets, observations = _targets(sentence, kind="工作计划", plan_year=2018)
    assert [(t.indicator, t.value, t.value_max) for t in targets] == [
        ("普通高校本科上线率", 3, 5), ("重点线上线率", 3, 5)
    ] and observations == ()
    # news of the year's results compares them with the year before
    targets, observations = _targets("全市本科上线率比上年提高3个百分点。", kind="新闻", plan_year=2018)
    assert targets == () and len(observations) == 1


def test_summary_documents_report_only_observations():
    targets, observations = _targets("全县新建幼儿园5所。", kind="报告")
    assert targets == () and len(observations) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # several indicators share one value
        ("到2025年,小学、初中巩固率均达到98%以上。", [("小学巩固率", 98, ">="), ("初中巩固率", 98, ">=")]),
        # school levels listed before one rate, with no 均
        (
            "到2025年,小学、初中适龄人口入学率达到100%。",
            [("小学适龄人口入学率", 100, ">="), ("初中适龄人口入学率", 100, ">=")],
        ),
        # 有学习能力的, 有条件的: whom an aim is for, not what there is
        ("到2025年,有学习能力的残疾儿童义务教育入学率达到75%。", [("有学习能力的残疾儿童义务教育入学率", 75, ">=")]),
        (
            "学前三年毛入园率和普惠性幼儿园覆盖率分别达到90%和85%。",
            [("学前三年毛入园率", 90, ">="), ("普惠性幼儿园覆盖率", 85, ">=")],
        ),
        # unitless coefficients, indices and ratios
        (
            "小学、初中校际间综合差异系数分别小于0.50和0.45。",
            [("小学校际间综合差异系数", 0.5, "<="), ("初中校际间综合差异系数", 0.45, "<=")],
        ),
        # levels listed after the indicator, far from their values
        (
            "义务教育校际综合差异系数小学、初中分别控制在0.5和0.45以内。",
            [("义务教育校际综合差异系数小学", 0.5, "<="), ("义务教育校际综合差异系数初中", 0.45, "<=")],
        ),
        ("在校学生年辍学率初中、小学分别控制在3%和1%以内。", [("在校学生年辍学率初中", 3, "<="), ("在校学生年辍学率小学", 1, "<=")]),
        ("教育发展指数达到90以上。", [("教育发展指数", 90, ">=")]),
        ("全县中小学生师比达到13:1。", [("中小学生师比", 13, ">=")]),
        # approximately
        ("体质健康合格率约95%左右。", [("学生体质健康达标率", 95, "≈")]),
        # the base of a rate is part of the indicator, not a value
        ("每十万人口高等教育在校生人数达到3000人。", [("每十万人口高等教育在校生人数", 3000, ">=")]),
    ],
)
def test_target_shapes(sentence, expected):
    targets, _ = _targets(sentence)
    assert [(t.indicator, t.value, t.comparator) for t in targets] == expected


def test_multiple_has_its_unit():
    (target,), _ = _targets("确保生均公用经费达到上年的1.2倍。")
    assert (target.value, target.unit) == (1.2, "倍")


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("十四五末,全市普惠性幼儿园覆盖率达到85%。", 2025),
        ("到2023年,新建幼儿园6所。", 2023),
        ("2024年6月底前完成全县幼儿园办园行为督导评估,完成率100%。", 2024),  # a deadline with its month
    ],
)
def test_target_year(sentence, year):
    (target,), _ = _targets(sentence)
    assert target.year == year


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("十四五期间,全区将新建学校10所。", 2025),  # what is to be done in a five-year plan's years: by its end
        ("今年,全市将新建幼儿园6所。", 2019),  # the year the page was published in
        ("未来三年,全市将新建、改扩建420所幼儿园。", 2021),  # a horizon of three years: its last
        ("力争用五年时间新建学校20所。", 2023),
    ],
)
def test_target_year_counted_from_the_page(sentence, year):
    (target,), _ = _targets(sentence, plan_year=None, published="2019-03-01")  # (news: its date, no plan year)
    assert target.year == year


@pytest.mark.parametrize(
    "sentence",
    [
        "目标完成情况:新建幼儿园5所,改扩建学校12所。",
        "过去五年,全县新建幼儿园25所。",
        "“十三五”期间,全市累计投入教育经费120亿元。",
        "2020年,全县新建幼儿园5所,改扩建学校8所。",
        # (a word joining it to what goes before may come first)
        "此外,过去五年,全县新建幼儿园25所。",
        "同时,“十三五”期间,全市教育经费从80亿元增加到120亿元。",
    ],
)
def test_looking_back_reports(sentence):
    targets, observations = _targets(sentence)
    assert targets == ()
    assert observations


@pytest.mark.parametrize(
    "sentence",
    [
        "全年共查处违规办学行为3起,处理责任人共3人。", "查处无证办学机构3家,受理投诉5件。",
        "专家组一行7人严格按照省人民政府教育督导室的通知要求开展复评。",  # how many came on a visit
        "深刻领会8个明确和14条基本方略的丰富内涵。",  # the parts of a doctrine studied
        "获全市第一名的,奖励3万元;获全市前2-10名的,按每人2万元奖励。",  # a reward for a result
        "对录取情况进行奖励:每录取1人奖0.8万元。",
    ],
)
def test_case_records_are_no_facts(sentence):
    targets, observations = _targets(sentence)
    assert (targets, observations) == ((), ())


def test_works_counted_as_finished_are_reported_and_those_due_this_year_planned():
    targets, observations = _targets("目前所有项目如期开工,校舍维修改造项目完工27所。年内学前教育项目竣工5所。")
    assert [(o.indicator, o.value) for o in observations] == [("校舍维修改造项目", 27)]
    assert [(t.indicator, t.value) for t in targets] == [("学前教育项目", 5)]


def test_works_counted_as_they_come_into_use_are_reported_and_those_due_this_year_planned():
    targets, observations = _targets("滨江校区、墨斗山学校等65个新改扩建学校投入使用。年内6所幼儿园投入使用。")
    assert [(o.indicator, o.value) for o in observations] == [("新改扩建学校", 65)]
    assert [(t.indicator, t.value) for t in targets] == [("幼儿园", 6)]


def test_a_share_of_the_years_plan_reports_progress_unless_planned():
    targets, observations = _targets("截至6月底,累计完成投资46.1亿元,占年度投资计划的60%。确保拨付资金占年度计划的100%。")
    assert [(o.unit, o.value) for o in observations if o.unit == "%"] == [("%", 60)]
    assert [(t.unit, t.value) for t in targets if t.unit == "%"] == [("%", 100)]


def test_a_change_on_last_year_set_for_a_deadline_ahead_is_planned():
    targets, _ = _targets("到2023年底,全市“平安校园”创建率达60%,全市涉校涉生安全事故同比下降10%。", plan_year=2023)
    assert [(t.indicator, t.value, t.year) for t in targets] == [("平安校园创建率", 60, 2023), ("涉校涉生安全事故", 10, 2023)]


def test_a_goal_quoted_whole_is_read_and_keeps_its_count_of_years():
    targets, _ = _targets(
        "力争到“十二五”末,实现“全市所有城镇儿童学前3年入园率达到90%以上,双语教育普及率达到65%以上”的目标。", plan_year=2012
    )
    assert [(t.indicator, t.value, t.year) for t in targets] == [
        ("所有城镇儿童学前3年入园率", 90, 2015), ("双语教育普及率", 65, 2015)
    ]


def test_the_step_of_a_ratio_is_no_fact():
    targets, _ = _targets("学生600人以上的学校,每增加300名学生应增加1名专职保安。")
    assert [t.value for t in targets] == [1]


def test_the_size_that_makes_a_large_class_is_no_fact():
    targets, _ = _targets("到2025年,56人以上大班额比例控制在10%以内,全面消除66人以上超大班额。")
    assert [(t.indicator, t.value) for t in targets] == [("大班额比例", 10)]


def test_a_share_set_by_a_rule_keeps_no_preposition():
    targets, _ = _targets("教师培训经费按不低于学校年度公用经费预算总额的5%安排。")
    assert [(t.indicator, t.value) for t in targets] == [("教师培训经费", 5)]


def test_a_news_paragraph_on_a_past_year_reports_after_its_hearsay_opening():
    text = "今年,全县将新建幼儿园8所。\n据了解,2020年,全县办学条件明显改善。其中建成幼儿园5所,开工建设9所学校。"
    targets, observations = _targets(text)
    assert [t.value for t in targets] == [8]
    assert [o.value for o in observations] == [5, 9]


def test_a_news_sentence_looking_back_after_its_hearsay_opening_reports():
    text = (
        "我市出台学前教育发展规划\n按照规划,到2025年,全市学前三年毛入园率将达到95%。\n"
        "据了解,“十三五”期间,全市共新建改扩建幼儿园120所,学前三年毛入园率从85%提高到91.2%。"
    )
    targets, observations = _targets(text, kind="新闻")
    assert [t.value for t in targets] == [95]
    assert [o.value for o in observations] == [120, 85, 91.2]


def test_a_part_on_last_year_reports():
    text = "一、2020年工作\n全县新建幼儿园5所。\n二、2021年重点工作\n全县新建幼儿园8所。"
    targets, observations = _targets(text)
    assert [t.value for t in targets] == [8]
    assert [o.value for o in observations] == [5]


def test_a_past_year_named_before_the_values_reports_them():
    targets, observations = _targets("县长在大会上通报,2020年,全县投入4434万元,新建5所公办幼儿园。")
    assert targets == ()
    assert [o.value for o in observations] == [44340000, 5]


def test_a_past_year_an_aim_word_leads_to_is_planned():
    targets, observations = _targets("提高贫困村幼儿园入园率,力争2017年入园率达75%。", plan_year=2020)
    assert [t.value for t in targets] == [75] and observations == ()


def test_news_of_what_was_done_plans_only_the_year_ahead():
    text = (
        "县长在大会上通报,2020年,全县新建5所公办幼儿园。\n"
        "2021年,全县将加快学前教育普惠发展。推进10%的义务教育学校纳入教联体建设。"
    )
    targets, observations = _targets(text, kind="新闻")
    assert [t.value for t in targets] == [10]
    assert [o.value for o in observations] == [5]


def test_news_posted_after_its_year_ended_reports_that_year():
    text = "2012年,全市教育工作成效明显。另外,市教育局还设立专项资金1059万元,对普惠性民办幼儿园给予补助。"
    targets, observations = _targets(text, kind="新闻", plan_year=2012, published="2013-03-06")
    assert targets == ()
    assert [o.value for o in observations] == [10590000]


def test_a_sentence_on_a_year_ended_before_the_page_was_posted_reports():
    text = "县里采取积极争取上级划拨等措施,加强学校基础设施建设。2009年,全县共投入资金8257万元,新建校舍7.5万平方米。"
    targets, observations = _targets(text, kind="新闻", plan_year=2009, published="2010-02-03")
    assert targets == ()
    assert [o.value for o in observations] == [82570000, 75000]


@pytest.mark.parametrize(
    "sentence",
    [
        "学业水平考试设置语文、数学、外语等11门科目。",
        "分配学校:阳明中学、稽山中学、鲁迅高级中学、城南中学等4所。",
        "招生范围为三个区的全部公办普通高中、有统招计划的民办普通高中和所有中职学校,共29所。",
        "语文学科必修学分的5个模块为《语文(必修一)》、《语文(必修二)》。",
        "越城区(10所):绍兴一中、阳明中学。",
    ],
)
def test_the_count_of_a_list_is_no_fact(sentence):
    assert _targets(sentence, kind="通知")[0] == ()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("实施蜊江中学、实践中心、特校等7处维修改造项目。", 7),
        # works lead the list: the schools and projects are to be built
        ("新建县城区第三、第四、第五幼儿园等15所幼儿园。", 15),
        ("今年竣工清晖中学、清晖小学、红梅小学等14个项目。", 14),
        # (a list of places before the works' verb: the list the count closes is the last one)
        ("在城东、城南等片区新建改扩建实验中学东校区、外国语学校北校区等5所学校。", 5),
    ],
)
def test_a_task_over_a_list_keeps_its_count(sentence, value):
    (target,), _ = _targets(sentence)
    assert target.value == value


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("项目总建筑面积3.6万平方米,包含教学楼2栋、男女生宿舍各2栋、教师宿舍1栋等。", [36000]),
        ("拟建1栋6层中小学教学综合楼,1栋2层体育中心,总建筑面积60081.94平方米。", [60081.94]),
        # (one kind of building counted is the work to do)
        ("计划新建两栋教学楼,建成后将新增义务教育学位150个。", [2, 150]),
    ],
)
def test_the_buildings_a_project_lists_are_no_facts(sentence, kept):
    targets, observations = _targets(sentence, kind="新闻", plan_year=2021)
    assert [t.value for t in targets + observations] == kept


@pytest.mark.parametrize(
    "sentence",
    [
        "社会实践活动修满13.5小时(最少9小时)为1学分。",
        "完成一个调查探究课题为2学分。",
        "学生原则上完成18学时(以1学时45分钟计)课程内容的学习可获得1学分。",
    ],
)
def test_a_rate_of_exchange_is_no_fact(sentence):
    assert _targets(sentence, kind="通知")[0] == ()


def test_a_rate_after_a_count_is_still_a_target():
    targets, _ = _targets("全县120所学校入学率为100%。", kind="通知")
    assert [t.value for t in targets] == [120, 100]


def test_a_total_a_rule_sets_is_a_target():
    # (a notice asks for the total: 共计 is no report there)
    targets, observations = _targets("各区报送书法、绘画作品,每区共计15幅;全县秋季共计新增幼教班28个。", kind="通知")
    assert [t.value for t in targets] == [15, 28] and observations == ()


def test_one_as_an_article_is_no_fact():
    assert _targets("努力为全体师生创建一个平安和谐的校园环境。") == ((), ())


@pytest.mark.parametrize(
    ("text", "kind", "target", "observed"),
    [
        ("全市生均公用经费由现在的600元提高到800元。", "工作计划", ("生均公用经费", 800), ("生均公用经费", 600)),
        ("五中的招生计划增加两个班,从过去的10个班增加到12个班。", "新闻", ("班", 12), ("班", 10)),
        ("到今年年底,全市中小学多媒体教室配备比例将由年初59%提高到96%。", "新闻", ("中小学多媒体教室配备比例", 96), ("中小学多媒体教室配备比例", 59)),
        ("全县生均公用经费由上年的600元提高到800元。", "工作计划", ("生均公用经费", 800), ("生均公用经费", 600)),
    ],
)
def test_the_value_changed_from_named_by_its_time_is_no_target(text, kind, target, observed):
    targets, observations = _targets(text, kind=kind, plan_year=2020)
    assert [(t.indicator, t.value) for t in targets] == [target]
    assert [(o.indicator, o.value) for o in observations] == [observed]


def test_the_value_changed_from_is_no_target():
    targets, observations = _targets("必修学分从116学分减少到96学分。", kind="通知")
    assert [t.value for t in targets] == [96]
    assert [o.value for o in observations] == [116]


def test_a_share_opening_its_clause_is_of_the_noun_after_it():
    (target,), _ = _targets("80%以上幼儿园达到《城市幼儿园建筑面积定额标准》。", kind="实施方案")
    assert (target.indicator, target.value, target.comparator) == ("幼儿园", 80, ">=")


@pytest.mark.parametrize(("division", "name"), [("县(市、区)", "县(市、区)"), ("县（市）", "县(市)"), ("市(州)", "市(州)")])
def test_a_share_of_divisions_named_with_their_kinds_is_of_those_divisions(division, name):
    text = f"到2025年,全省85%左右{division}创建成学前教育普及普惠{division}。"
    (target,), _ = _targets(text, kind="新闻", plan_year=2023)
    assert (target.indicator, target.value, target.unit) == (name, 85, "%")


def test_an_expected_amount_is_planned():
    targets, observations = _targets("2022年,全州计划投入6196万元,预计新增学位1440个。")
    assert [t.value for t in targets] == [61960000, 1440]
    assert observations == ()


def test_one_team_with_a_long_quoted_description_is_no_fact():
    text = "着力建设一支“师德修养好、教育观念新、进取精神足、业务素质高、综合能力强”的教师队伍。"
    assert _targets(text) == ((), ())


@pytest.mark.parametrize(
    "sentence",
    [
        "原则上按规定程序须连续请假6个月及以上且仍在治疗期的人员不参加竞聘。",
        "图书馆“3+1”指下半年将1人退休。",
        "心理辅导站需要学生6-8人(高一高二各4人)。",
    ],
)
def test_whom_a_rule_covers_a_gloss_and_each_part_are_no_targets(sentence):
    targets, _ = _targets(sentence, kind="实施方案")
    assert [t.value for t in targets] == ([6] if "学生6-8人" in sentence else [])


def test_a_share_in_brackets_of_its_own_indicator_is_kept():
    targets, _ = _targets("数量不超过学校招生总数的20%(其中特长招生数量不超过5%)。", kind="通知")
    assert [t.value for t in targets] == [20, 5]


def test_about_is_no_part_of_the_indicator():
    (target,), _ = _targets("普通高中在校生约3.2万人左右。", kind="实施方案")
    assert (target.indicator, target.value, target.comparator) == ("普通高中在校生", 32000, "≈")


def test_this_year_after_a_past_year_plans():
    targets, observations = _targets("在2020年完成120所学校改造的基础上,今年再改造80所。")
    assert [(t.indicator, t.value) for t in targets] == [("改造", 80)]
    assert [o.value for o in observations] == [120]


def test_work_done_as_the_base_of_a_plan_leaves_the_plan_planned():
    targets, observations = _targets("在2023年已建成8所幼儿园的基础上,2024年新建幼儿园5所,毛入园率达到94%。", plan_year=2024)
    assert [(t.value, t.year) for t in targets] == [(5, 2024), (94, 2024)]
    assert [o.value for o in observations] == [8]


def test_a_ratio_s_value_is_named_by_the_ratio_not_by_what_it_staffs():
    text = "班额原则上控制在40人左右,按照生师比10:1左右配备教师、志愿者和管理人员。"
    targets, _ = _targets(text, kind="通知", plan_year=2021)
    assert [(t.indicator, t.value, t.comparator) for t in targets][1:] == [("生师比", 10, "≈")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2024年小学毕业147个班7667人,计划招收273个班13590人。", "实施方案"),
        ("今年初中毕业生5026人,初中招收新生预计5786人。", "新闻"),
    ],
)
def test_the_leavers_of_a_level_are_counted_not_aimed_at(text, kind):
    targets, observations = _targets(text, kind=kind, plan_year=2024)
    assert [t.indicator for t in targets if "毕业" in t.indicator] == []
    assert [o.indicator for o in observations if "毕业" in o.indicator]


@pytest.mark.parametrize(
    ("text", "kind", "units"),
    [
        ("今年全区小学计划招收273个班13590人。", "实施方案", [(273, "个班"), (13590, "人")]),
        ("对已有小区,按每1万常住人口不少于12个班的标准予以解决。", "行动计划", [(12, "个班")]),
        # a year's enrolment plan read as a work plan sets its intake in classes as well
        ("中学毕业129个班6296人,计划招收179个班8950人。", "工作计划", [(179, "个班"), (8950, "人")]),
        # a count of 班级 keeps 个, and so do other documents' counts of classes
        ("城区小学一年级招收30个班级。", "实施方案", [(30, "个")]),
        ("县城区将新增234个班。", "新闻", [(234, "个")]),
    ],
)
def test_a_plan_counts_classes_in_classes(text, kind, units):
    targets, _ = _targets(text, kind=kind, plan_year=2024)
    assert [(t.value, t.unit) for t in targets] == units


def test_the_one_work_news_is_of_is_no_amount_in_words_but_a_bound_is():
    text = "近日,记者从县教育局获悉,县城区将新建一所中学,暂时定名为城西中学,可容纳学生3000人。"
    targets, _ = _targets(text, kind="新闻", plan_year=2018)
    assert [(t.value, t.unit) for t in targets] == [(3000, "人")]
    targets, _ = _targets("记者获悉,每个乡镇至少将建成一所公办中心幼儿园。", kind="新闻", plan_year=2018)
    assert [(t.value, t.unit) for t in targets] == [(1, "所")]


def test_a_value_listed_after_another_is_reported_or_planned_as_that_one():
    targets, observations = _targets("小学、初中生师比分别为17:1、13.5:1。", kind="规划")
    assert targets == ()
    assert [(o.indicator, o.value) for o in observations] == [("小学生师比", 17), ("初中生师比", 13.5)]


@pytest.mark.parametrize(
    ("sentence", "indicators"),
    [
        ("到2025年,全市教育经费投入增长1.1倍。", ["教育经费投入"]),
        # the change alone in its clause: of the indicator before
        ("中央预算内投资5.853亿元,较去年大幅增长1.14倍。", ["教育投资", "教育投资"]),
        # a year taken out of the name leaves no 由 behind
        ("全市财政性学前教育经费由2013年的1.44亿元提高到2016年的3.6亿元。", ["财政性学前教育经费"] * 2),
    ],
)
def test_a_change_is_no_part_of_the_indicator(sentence, indicators):
    targets, observations = _targets(sentence, kind="规划")
    assert [f.indicator for f in (*targets, *observations)] == indicators


def test_a_year_compared_with_is_not_the_year_of_the_value():
    targets, observations = _targets("2020年,全县投入教育经费5000万元,比2019年增长10%。", plan_year=2021)
    assert targets == ()
    assert [(o.value, o.year) for o in observations] == [(50000000, 2020), (10, 2020)]


def test_the_end_of_a_change_reported_is_not_of_its_start_s_year():
    targets, observations = _targets("学前三年毛入园率由2021年的88%提高到91.5%。", kind="报告", plan_year=2022)
    assert targets == ()
    assert [(o.value, o.year) for o in observations] == [(88, 2021), (91.5, 2022)]


def test_the_parts_of_a_reported_total_are_reported():
    targets, observations = _targets("全县有26所学校,其中小学18所,初中8所。")
    assert targets == ()
    assert [o.value for o in observations] == [26, 18, 8]


@pytest.mark.parametrize(
    "sentence",
    ["落聘教师在3个工作日内提出申请。", "对超过2个月未到岗的人员予以解聘。"],
)
def test_the_steps_of_a_procedure_are_no_targets(sentence):
    assert _targets(sentence, kind="实施方案")[0] == ()


def test_a_program_named_in_quotes_plans_nothing_in_news_of_what_was_done():
    text = "回首这一年,学校收获佳绩。\n学校3人获得“双一流”高校“强基计划”破格入围资格。"
    targets, observations = _targets(text, kind="新闻")
    assert targets == ()
    assert [o.value for o in observations] == [3]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("义务教育学校与幼儿园达标率分别达到95%和90%。", [("义务教育学校达标率", 95), ("幼儿园达标率", 90)]),
        ("小学和初中的巩固率均保持在99%以上。", [("小学巩固率", 99), ("初中巩固率", 99)]),
        ("小学、初中班额分别不超过45人、50人。", [("小学班额", 45), ("初中班额", 50)]),
        # the years of a list of values are no part of their indicator
        ("公办幼儿园在园儿童占比2022年底达到30%、2023年底达到50%。", [("公办幼儿园在园儿童占比", 30), ("公办幼儿园在园儿童占比", 50)]),
        # values named only by their level measure what the clause before names
        (
            "要求学生每天在校教育教学活动的时间,小学不超过6小时,初中不超过7小时。",
            [("小学学生每天在校教育教学活动的时间", 6), ("初中学生每天在校教育教学活动的时间", 7)],
        ),
        # but a level a verb counts is what the value counts
        ("2024年计划投资3000万元,新建幼儿园3所。", [("教育投资", 30000000), ("幼儿园", 3)]),
        # whole rates listed before one value share it, with 均 or without
        ("残疾儿童入园率和康复教育训练率达到90%以上。", [("残疾儿童入园率", 90), ("康复教育训练率", 90)]),
        # …their bound written as a sign
        ("学生健康知识知晓率和健康行为形成率≥80%。", [("学生健康知识知晓率", 80), ("健康行为形成率", 80)]),
        ("普惠性幼儿园数、在园幼儿数分别占总数80%以上。", [("普惠性幼儿园数", 80), ("在园幼儿数", 80)]),
        # a name quoted inside the list
        ("器材配置率、“一键式报警”设施配备率均要达到100%。", [("器材配置率", 100), ("一键式报警设施配备率", 100)]),
    ],
)
def test_shared_values_name_each_indicator_in_full(sentence, expected):
    targets, _ = _targets(sentence)
    assert [(t.indicator, t.value) for t in targets] == expected


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("高考重点率目标是争取超过65%。", "高考重点率"),
        # the noun a count names ends before 是
        ("今年将开工建设另外5所公办幼儿园是金江中心幼儿园、加乐中心幼儿园。", "公办幼儿园"),
        # works counted by what they build
        ("今年将实施学前教育等7大类75个新建、改扩建项目。", "新建、改扩建项目"),
        ("每周课堂教学时间不得超过26小时。", "每周课堂教学时间"),
        ("学生参加同一科目考试次数最多2次。", "学生参加同一科目考试次数"),
        # a long phrase is cut after a 的, not inside a word
        ("位于延吉市东山小学南侧的第十五幼儿园占地面积不少于4920平方米。", "第十五幼儿园占地面积"),
        # a share that opens its clause (…,不低于…总人数的10%) is of the clause before
        ("各区每年义务教育学校校长教师交流轮岗人数,不低于符合交流条件校长教师总人数的10%。", "义务教育学校校长教师交流轮岗人数"),
    ],
)
def test_the_words_before_a_value_are_no_part_of_its_indicator(sentence, indicator):
    (target,), _ = _targets(sentence, kind="通知")
    assert target.indicator == indicator


def test_a_sentence_looking_back_may_turn_to_the_plans_years():
    targets, observations = _targets("十三五期间全省共新建幼儿园1200所,十四五期间将再新建1500所。", kind="规划")
    assert [t.value for t in targets] == [1500]
    assert [o.value for o in observations] == [1200]


@pytest.mark.parametrize(
    ("sentence", "planned"),
    [
        ("十三五期间全省共新建幼儿园1200所,十四五期间将再新建1500所,新增学位30万个。", [1500, 300000]),
        ("去年全县新建幼儿园4所;今年的目标是新建幼儿园6所,其中公办幼儿园4所。", [6, 4]),
        ("一年来,全县新建幼儿园4所;下半年,全县将加大投入,新建幼儿园2所。", [2]),
    ],
)
def test_a_sentence_that_turned_ahead_goes_on_ahead(sentence, planned):
    targets, observations = _targets(sentence, kind="规划")
    assert [t.value for t in targets] == planned
    assert len(observations) == 1


@pytest.mark.parametrize("sentence", ["一年来,全县新建幼儿园4所,下半年将新建2所。", "近年来,全县新建幼儿园4所,计划再建2所。"])
def test_a_sentence_looking_back_may_turn_to_what_will_be_done(sentence):
    targets, observations = _targets(sentence)
    assert [t.value for t in targets] == [2]
    assert [o.value for o in observations] == [4]


@pytest.mark.parametrize("heading", ["深化教育改革,取得新成效", "统筹教育资源,夯实教育均衡发展基础"])
def test_a_heading_that_aims_at_results_or_lays_a_base_is_no_look_back(heading):
    text = f"一、{heading}\n全县学前三年毛入园率达到85%。\n二、2020年工作回顾\n全县新建幼儿园5所。"
    targets, observations = _targets(text)
    assert [t.value for t in targets] == [85]
    assert [o.value for o in observations] == [5]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("我县是人口大县,总人口85万人,义务教育阶段学生9.6万人。", [96000]),
        ("全县常住人口为120万人。", []),
        # the base a norm is set on
        ("按照城镇服务人口1万人、农村服务人口2000人以上设置1所幼儿园。", [1]),
        # (the people a work reaches are counted: 覆盖人口)
        ("第二批乡镇公办幼儿园覆盖人口21.21万人。", [212100]),
    ],
)
def test_the_people_living_in_a_place_are_no_target(sentence, values):
    targets, observations = _targets(sentence, kind="实施方案")
    assert [t.value for t in targets] == values
    assert observations == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("全县仍有12所学校未达到标准化要求。", "报告"),
        ("全县仍有12所学校未达到标准化要求。", "实施方案"),
        ("全市仍有超大班额45个。", "工作计划"),
        ("全县尚有农村薄弱学校23所。", "实施方案"),
    ],
)
def test_what_is_still_left_short_is_reported(sentence, kind):
    targets, observations = _targets(sentence, kind=kind)
    assert targets == ()
    assert len(observations) == 1


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "今后,县教育局将围绕“17431”工作思路(突出党建引领这一主线,狠抓7项工作,紧盯4个项目,守牢3个底线,"
            "突出办好人民满意这一目标),新建幼儿园3所。",
            [3],
        ),
        # (a count outside the brackets of a code is the text's own)
        ("围绕“1235”发展战略,新建幼儿园5所。", [5]),
    ],
)
def test_the_parts_a_numbered_slogan_spells_are_no_target(sentence, values):
    targets, _ = _targets(sentence, kind="工作计划")
    assert [t.value for t in targets] == values


@pytest.mark.parametrize(
    ("heading", "reported"),
    [
        ("提高教学成绩", []),
        ("加强过程管理,提升教育成效", []),
        ("中考成绩目标", []),
        # (results told, or an aim's outcome, look back)
        ("教学成绩显著提高", [85]),
        ("目标完成情况", [85]),
    ],
)
def test_a_heading_that_sets_out_to_raise_results_is_no_look_back(heading, reported):
    text = f"一、{heading}\n中考合格率达到85%。\n二、其他\n新建图书室1个。"
    targets, observations = _targets(text)
    assert [o.value for o in observations] == reported
    assert [t.value for t in targets] == [85, 1][len(reported) :]


@pytest.mark.parametrize(
    ("heading", "reported"),
    [
        ("面临的形势", [88]),
        ("形势与挑战", [88]),
        ("机遇和挑战", [88]),
        # (a line of work named for a chance or a challenge looks ahead)
        ("抢抓机遇", []),
        ("应对挑战", []),
    ],
)
def test_where_a_plan_stands_is_a_look_back(heading, reported):
    text = f"一、{heading}\n全县学前三年毛入园率88%。\n二、发展目标\n到2023年,全县学前三年毛入园率达到93%。"
    targets, observations = _targets(text, kind="行动计划")
    assert [o.value for o in observations] == reported
    assert [t.value for t in targets] == [88, 93][len(reported) :]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # the bound word nearest the value is its comparator, not the 以下 of an age before it
        ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", [(4.5, "个", ">=")]),
        # 左右 makes a value approximate whatever the verb before it
        ("普通高中在校生规模控制在3万人左右。", [(30000, "人", "≈")]),
        ("力争将大班额比例控制在5%。", [(5, "%", "<=")]),
        # a ratio's colon does not end its clause: 8:1 is one value, 1:1 another
        ("生机比达到8:1,师机比达到1:1。", [(8, "", ">="), (1, "", ">=")]),
        ("中小学生师比分别达到17：1和13.5：1。", [(17, "", ">="), (13.5, "", ">=")]),
    ],
)
def test_comparator_and_ratio_values(sentence, values):
    targets, _ = _targets(sentence)
    assert [(t.value, t.unit, t.comparator) for t in targets] == values


def test_a_paragraph_opening_with_a_past_year_reports_its_sentences():
    """A 工作计划 that first reports last year: 2021年,… opens the paragraph, its sentences follow."""
    targets, observations = _targets(
        "2021年,全县教育系统完成了各项目标任务。全年新建幼儿园5所,新增学位1350个。\n"
        "2022年,新建幼儿园6所。全年新增学位2000个。\n",
        plan_year=2022,
    )
    assert [(t.value, t.unit) for t in observations] == [(5, "所"), (1350, "个")]
    assert [(t.value, t.unit, t.year) for t in targets] == [(6, "所", 2022), (2000, "个", 2022)]


def test_a_paragraph_opening_with_a_deadline_gives_its_sentences_their_year():
    targets, _ = _targets("到2025年,学前三年毛入园率达到92%。新建改扩建幼儿园20所。\n新建中小学8所。\n")
    assert [(t.value, t.year) for t in targets] == [(92, 2025), (20, 2025), (8, 2021)]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the members of a working group: its make-up, not a number to reach
        ("竞聘工作小组组员:张明、李华、其他教师推选代表2人。", []),
        ("评审委员会由教师代表5人、家长代表3人组成。", []),
        # a period a rule defines
        ("哺乳期从婴儿出生之日起计满12个月。", []),
        # a size that only picks the case of the value after it: that value is the fact
        ("学校流出人数下限为100人以内1人。", [(1, "人")]),
        # a bound not followed by a value stays a target
        ("全县教师培训达到5000人次以上。", [(5000, "人次")]),
        # how far apart two places are tells where a school stands; a distance bounded is kept
        ("初中校区位于陈涌村西面,距离陈涌村中心位置仅800米,而陈涌村中心位置距离象圣中学1.2公里。", []),
        ("小学生上学距离不超过3公里。", [(3, "公里")]),
    ],
)
def test_make_up_of_a_body_defined_periods_and_cases_are_no_facts(sentence, kept):
    targets, observations = _targets(sentence, kind="实施方案")
    assert [(t.value, t.unit) for t in targets + observations] == kept


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a page may set a blank between a number and its unit
        ("学前三年毛入园率达到 92 %以上。", [("学前三年毛入园率", 92, "%", ">=")]),
        ("新建幼儿园 5 所。", [("幼儿园", 5, "所", "=")]),
        # a thousands separator is no clause boundary
        ("新增学位1,200个。", [("学位", 1200, "个", "=")]),
        # the base of an amount and the verb of what it measures stay out of, and in, the name
        ("将农村教师生活补助标准提高到每人每月500元。", [("农村教师生活补助标准", 500, "元", ">=")]),
        # a value with no name of its own after a comma measures the indicator of the value before
        (
            "未聘人员待岗培训时间一般为6个月,最长不超过12个月。",
            [("未聘人员待岗培训时间", 6, "个月", "="), ("未聘人员待岗培训时间", 12, "个月", "<=")],
        ),
    ],
)
def test_values_as_pages_write_them(sentence, expected):
    targets, _ = _targets(sentence, kind="实施方案")
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in targets] == expected


def test_a_change_against_last_year_measures_the_indicator_before_it():
    _, observations = _targets("2020年,全县高考本科上线率达到78.6%,较上年提高3.2个百分点。")
    assert [(t.indicator, t.value, t.unit) for t in observations] == [
        ("高考本科上线率", 78.6, "%"), ("高考本科上线率", 3.2, "个百分点"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "竞聘结果在校内公示5个工作日。",
        "县级报送推荐材料前,要进行公示,时间不得少于7个工作日。",  # the step named in the clause before
        "本学期从3个层面加强教师队伍建设。",  # the fields a text covers
        "《实施方案》主要任务涉及八大方面,共23条。",  # …and the items they hold
        "印发《县教育局工作规程(第2版)》,共5章32条。",  # …or its chapters
        "2022年全市教育系统将在七个方面共四十项工作发力。",
        "深圳将完善教育经费保障、校长教师发展、教育教学研究、监测评价督导4个体系。",  # the parts work is framed in
        "扎实推进新校区建设、质效提升、内涵发展、两项创建四个重点,强化队伍建设、信息赋能、改革创新、安全稳定四个保障。",
        "突出党建引领这一主线,守牢安全稳定、意识形态、廉洁从教3个底线。",
        "近3年年度考核中有1次及以上被评为不合格的,不得参加竞聘。",
        "年底教育局将对9个直属部门年度工作任务完成情况进行考核。",  # whom an inspection covers
        "经研究,决定对县一中等12个先进集体和张三等56名先进个人予以表彰。",  # …or an honour
        "学校设校长1人、副校长3人。",  # a body's posts
        "努力把学校建成一所实力雄厚、特色鲜明、管理科学的现代化学校。",  # one as an article
        "根据山东省教育厅等4部门《关于进一步加强中小学教师队伍建设的意见》,完善教师补充机制。",  # who issued it
        "紧盯3个方面17项评估指标,补齐短板。",  # how many indicators
        "做好全区66辆校车的安全监管工作。",  # all there are of a kind, whose work the clause is about
        "下面是小编整理的小学学校学年度工作计划3篇,仅供参考。",  # a sharing site's own count
        "教师轮岗交流方案(通用15篇)",  # …and its set of essays under one title
        "区教研室工作计划4篇",  # …also where no bracket holds the count
        "最新学校三年发展规划3篇.doc",  # …or the title is of a plan of years
        "把学校建设作为全县“125工程”中20项民生实事之一。",  # the set a thing is one of
        "省政府办公厅近日印发2023年10件为民办实事方案。",  # the count of a government's list for the year
        "全力推进10件40项民生实事,让群众有更多获得感。",
        "各科目每年开考1次。",  # how often a routine recurs
        "原则上每2年对中小学教职工编制调整1次。",
        "各学校实行24小时值班制度,加强校园巡查。",  # round the clock
        "或有1篇教育教学论文在省级及以上刊物上发表;或主持1项市级及以上课题。",  # ways to qualify
        "若超基本目标数的,超1~10人的按每人2万元奖励,超11~20人的从第11人起按每人3万元奖励。",  # a reward's cases
    ],
)
def test_steps_of_a_procedure_and_whom_a_rule_excludes_are_no_facts(sentence):
    assert _targets(sentence, kind="实施方案") == ((), ())


def test_a_floor_on_how_often_something_is_done_is_a_target():
    targets, _ = _targets("各校每月不少于1次进入各个联系社区开展检查。", kind="通知")
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(1, "次", ">=")]


def test_places_a_scope_leaves_out_or_names_are_no_facts():
    targets, _ = _targets(
        "在除23个重点帮扶县以外的其他县市区新建教师周转宿舍900套。重点增补14个市州政府所在地城区中小学学位20000个。",
        kind="实施方案",
    )
    assert [t.value for t in targets] == [900, 20000]


def test_what_a_merge_starts_from_is_no_fact():
    targets, _ = _targets("暑期力争将8所完小合并为5所,13个教学点并校为8个。", kind="规划")
    assert [t.value for t in targets] == [5, 8]


def test_a_count_of_listed_values_is_no_fact():
    targets, _ = _targets("专职保安配备率、封闭化管理率和视频监控安装率等4个100%持续巩固。")
    assert 4 not in [t.value for t in targets]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("在申报的20个教育集团中,经推荐、初审、复核等程序,5个教育集团被确定为市级优质教育集团。", False),
        ("今年20个项目中,计划竣工16个,续建4个。", False),
        # works counted, or a school named 高中, are no set picked from
        ("公布2021年新建20所公办幼儿园名单中的第一批。", True),
        ("新建20所高中,扩大普通高中招生规模。", True),
    ],
)
def test_the_set_others_are_picked_out_of_is_no_fact(sentence, counted):
    targets, observations = _targets(sentence)
    assert (20 in [t.value for t in targets + observations]) == counted


def test_what_a_bracketed_note_leaves_out_is_no_fact():
    targets, observations = _targets("中心城区新建义务教育学校12所,总投资58628万元(不含民营投资的建设资金23000万元)。")
    assert [t.value for t in targets] == [12, 586280000] and observations == ()


def test_what_news_says_a_project_is_laid_out_to_do_is_planned():
    targets, _ = _targets("该工程规划分三年对全县35所学校运动场进行塑化,总投入约2050万元。", kind="新闻", plan_year=2020)
    assert [t.value for t in targets] == [35, 20500000]


def test_a_news_paragraph_that_opens_on_what_is_asked_plans_its_sentences():
    targets, observations = _targets(
        "会议总结了去年工作,全省新建幼儿园320所。\n"
        "会议要求,各地要切实做好开学工作。全省新建改扩建幼儿园不少于200所。\n"
        "会议指出,一年来全省教育事业取得新进展。全年新增学位12万个。\n",
        kind="新闻",
        plan_year=None,
    )
    assert [(t.value, t.unit) for t in targets] == [(200, "所")]
    assert [(t.value, t.unit) for t in observations] == [(320, "所"), (120000, "个")]


def test_indicators_listed_in_the_clause_before_their_values():
    targets, _ = _targets("学前三年毛入园率、义务教育巩固率、高中阶段毛入学率,分别达到92%、97%和95%。")
    assert [(t.indicator, t.value) for t in targets] == [
        ("学前三年毛入园率", 92), ("义务教育巩固率", 97), ("高中阶段毛入学率", 95),
    ]
    assert all(t.evidence.text.startswith("学前三年毛入园率、") for t in targets)


def test_a_planned_value_takes_the_year_of_its_paragraph_over_a_past_one():
    targets, observations = _targets("到2025年,学前三年毛入园率达到92%。高中阶段毛入学率从2020年的90.5%提高到95%。\n")
    assert [(t.value, t.year) for t in targets] == [(92, 2025), (95, 2025)]
    assert [(t.value, t.year) for t in observations] == [(90.5, 2020)]


def test_news_of_a_plan_that_set_an_aim_reports_a_target():
    """明确了/提出了 lay an aim out: their 了 reports the plan, not a value reached."""
    targets, observations = _targets(
        "近日,市政府印发了《教育事业发展规划》。《规划》明确了到2020年全市学前三年毛入园率达到85%的目标。"
        "规划提出了九年义务教育巩固率达到95%的任务。全市新建了幼儿园12所。",
        kind="新闻",
        plan_year=2016,
    )
    assert [(t.value, t.year) for t in targets] == [(85, 2020), (95, 2016)]
    assert [(t.value, t.unit) for t in observations] == [(12, "所")]


def test_news_of_what_a_place_will_do_this_year_plans_its_paragraph():
    """今年,我县将…: the paragraph lays out this year's work, sentence after sentence."""
    targets, _ = _targets(
        "昨天,记者在县教育局了解到,今年,我县将全力办好人民满意教育。创建省级品牌专业1个,毕业生一次就业率达96%以上。",
        kind="新闻",
        plan_year=2014,
    )
    assert [t.value for t in targets] == [1, 96]
    # (what was done so far this year is no plan)
    targets, _ = _targets("今年以来,全县新建幼儿园5所。", kind="新闻", plan_year=2014)
    assert targets == ()


@pytest.mark.parametrize(
    "done", ["两年来,全县投入5324万元改善办学条件。", "据县教育局介绍,近3年全县投入5324万元改善办学条件。"]
)
def test_what_was_done_in_the_years_up_to_now_is_reported(done):
    targets, observations = _targets(done, kind="工作计划", plan_year=2018)
    assert targets == () and [o.value for o in observations] == [53240000]


def test_news_that_names_a_plan_carried_out_is_no_news_of_a_plan():
    """通过实施…行动计划 tells how work was done, not that a plan was passed."""
    targets, observations = _targets(
        "今年秋季学期,某区有116所新建中小学幼儿园投入使用,新增学位达8万个。\n"
        "“十四五”以来,通过实施教育提升三年行动计划,持续推动教育事业高质量发展。",
        kind="新闻",
        plan_year=2024,
    )
    assert targets == ()
    assert 80000 in [o.value for o in observations]


def test_a_value_stated_with_为_is_planned_where_an_aim_or_a_deadline_ahead_is_named():
    targets, observations = _targets(
        "到2025年,全市学前三年毛入园率目标为92%,高中阶段毛入学率为95%。义务教育巩固率预期为98%。"
        "2020年,全市学前三年毛入园率为88%。",
        kind="规划",
    )
    assert [t.value for t in targets] == [92, 95, 98]
    assert [t.value for t in observations] == [88]


@pytest.mark.parametrize(
    ("text", "planned", "reported"),
    [
        pytest.param("截至2025年底,全县学前三年毛入园率达到95%。在现有基础上新增公办幼儿园10所。截至2020年底,全县共有幼儿园120所。",
                     [95, 10], [120], id="report words that open a time ahead or a base plan"),
        pytest.param("到2025年,全市有80%以上的中小学建成智慧校园。力争全县有3所学校通过省级评估。全县有中小学45所。",
                     [80, 3], [45], id="what a place will have with an aim ahead is planned"),
    ],
)
def test_words_that_report_elsewhere_plan_after_a_time_ahead(text, planned, reported):
    targets, observations = _targets(text, kind="规划")
    assert [t.value for t in targets] == planned
    assert [t.value for t in observations] == reported


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a small count in Chinese numerals after the noun a build verb counts, closing its clause
        ("新建幼儿园两所,建成标准化学校三所。", [("幼儿园", 2, "所"), ("标准化学校", 3, "所")]),
        # …or a list of such counts closing it
        ("新建幼儿园两所、小学一所。", [("幼儿园", 2, "所"), ("小学", 1, "所")]),
        # 志愿服务 is a service to reach, not the choices of an application
        ("学生志愿服务参与率达到100%。", [("学生志愿服务参与率", 100, "%")]),
    ],
)
def test_counts_after_their_noun_and_volunteer_service(sentence, expected):
    targets, _ = _targets(sentence)
    assert [(t.indicator, t.value, t.unit) for t in targets] == expected


def test_a_count_of_one_built_stays_a_target():
    targets, _ = _targets("新建一个幼儿园。")
    assert [(t.value, t.unit) for t in targets] == [(1, "个")]


@pytest.mark.parametrize(
    "sentence",
    [
        "创建教育现代化是一项系统工程。",
        "也可以进行二次开发。",
        # 一个 before what describes the thing is an article
        "建设一个凸显“数字化+网络化+智能化”特色的人工智能教育环境。",
    ],
)
def test_a_small_chinese_count_in_prose_is_no_fact(sentence):
    assert _targets(sentence) == ((), ())


def test_an_entry_of_a_table_of_contents_is_no_fact():
    targets, _ = _targets(
        "目录\n【重点任务27】重大政策:“1610”政策体系………………18\n【重点任务28】重大项目:改扩建154个学校项目…………19\n"
        "【重点任务28】重大项目:改扩建154个学校项目\n"
    )
    assert [(t.value, t.evidence.text) for t in targets] == [(154, "【重点任务28】重大项目:改扩建154个学校项目")]


def test_the_count_in_brackets_after_a_list_title_is_no_fact():
    assert _targets("绍兴一中2021年重点工作计划清单(共93项)\n") == ((), ())


def test_a_value_listed_at_a_level_of_its_own_names_the_indicator_at_that_level():
    targets, _ = _targets("图书生均册数小学不低于25册、初中不低于35册。生均公用经费标准小学提高到800元、初中1000元。")
    assert [(t.indicator, t.value, t.comparator) for t in targets] == [
        ("图书生均册数小学", 25, ">="), ("图书生均册数初中", 35, ">="),
        ("生均公用经费", 800, ">="), ("初中生均公用经费", 1000, ">="),
    ]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("小学生均公用经费不低于650元。", "小学生均公用经费"),
        ("初中生均公用经费达到850元。", "初中生均公用经费"),
        # (the levels of a list share it; 中小学 is no 小学)
        ("小学、初中生均公用经费标准各提高100元。", "生均公用经费"),
        ("中小学生均公用经费达到800元。", "生均公用经费"),
    ],
)
def test_a_known_amount_per_head_keeps_the_level_written_before_it(sentence, indicator):
    targets, _ = _targets(sentence)
    assert [t.indicator for t in targets] == [indicator]


def test_a_value_listed_per_head_at_a_level_shares_the_bound_of_the_value_before():
    targets, _ = _targets("生均公用经费标准提高到小学每生每年800元、初中每生每年1000元。")
    assert [(t.value, t.comparator) for t in targets] == [(800, ">="), (1000, ">=")]


@pytest.mark.parametrize(
    ("before", "comparator"),
    [("控制在", "<="), ("低于", "<="), ("不低于", ">="), ("超过", ">="), ("不超过", "<="), ("达到", ">="),
     ("不少于90%,低于", "<="), ("≤", "<="), (">=", ">="), ("为", "=")],
)
def test_comparator_is_the_bound_word_nearest_the_value(before, comparator):
    assert _comparator(Quantity(85, "%", 0, 3, text="85%"), before) == comparator


@pytest.mark.parametrize(
    ("clause", "reported"),
    [("有幼儿园12所", "有"), ("共有幼儿园12所", "共有"), ("全县现有幼儿园12所", "全县现有"), ("设有幼儿园12所", None),
     ("为了新建幼儿园12所", None), ("明确了新建幼儿园12所", None), ("新建了幼儿园12所", "了"), ("了解", None),
     # the existing ones a plan works on (利用现有…, 和现有…转普惠): no count of what there is
     ("利用现有公办园改扩建160所", None), ("和现有营利性托育机构转普惠机构", None)],
)
def test_words_that_report_a_value_reached(clause, reported):
    m = _REPORTED.search(clause)
    assert (m.group() if m else None) == reported


def test_a_headline_restated_as_a_caption_and_a_closing_line_is_one_target():
    text = ("某区明年新增1770个公办幼儿园学位\n某区明年新增1770个公办幼儿园学位(图源网络)\n"
            "以上就是关于某区明年新增1770个公办幼儿园学位的相关信息。")
    targets, _ = _targets(text, plan_year=2020)
    assert [(t.indicator, t.comparator, t.value) for t in targets] == [("公办幼儿园学位", "=", 1770)]


def test_a_bound_word_that_follows_another_value_is_not_this_one_s():
    targets, _ = _targets("3岁以下婴幼儿托位数4.5个。", plan_year=2025)
    assert [(t.comparator, t.value) for t in targets] == [("=", 4.5)]


@pytest.mark.parametrize(
    "text",
    [
        "截至去年12月25日,全省实际建设1108所幼儿园。",  # up to a past day, actually built
        "截至6月底,累计完成投资46.1亿元,占年度投资计划的60%。",  # up to a month's end of this year
        "这些年来,全市教育事业取得了重大成就。二是优质资源不断扩大。标准化学校创建率98.1%,省级幼儿园占比达97.87%。",
        "刚才,4家单位作了很好的发言。",  # what the counted did
    ],
)
def test_what_was_done_is_observed_not_planned(text):
    targets, _ = _targets(text, plan_year=2020)
    assert list(targets) == []


def test_up_to_now_then_ahead_is_planned():
    text = "截至目前城区公办幼儿园有16所,到2023年9月两所幼儿园投入使用后,城区公办幼儿园数量将升至18所。"
    targets, _ = _targets(text, plan_year=2023)
    assert [t.value for t in targets] == [18]


def test_a_period_ending_ahead_plans_even_in_a_sentence_opening_on_the_past():
    text = ("2020年,深圳印发《关于加快学位建设推进基础教育优质发展的实施意见》,明确2020-2025年全市新增基础教育学位的"
            "任务目标,其中新增公办普高学位11.8万座、幼儿园学位14.5万座。")
    targets, _ = _targets(text, plan_year=2022)
    assert [(t.value, t.year) for t in targets] == [(118000, 2025), (145000, 2025)]


@pytest.mark.parametrize(("text", "planned"), [
    ("2020年,我市如期完成学前教育“985”的目标,即学前三年毛入园率巩固提高到90%以上。", False),
    ("确保如期完成学前三年毛入园率达到90%的目标。", True),
])
def test_a_target_met_is_reported_and_one_to_meet_is_planned(text, planned):
    targets, _ = _targets(text, plan_year=2020)
    assert bool(targets) == planned


def test_values_listed_with_their_years_and_a_share_of_a_task():
    text = ("遵照市政府提出的总体要求,以及公办幼儿园在园儿童占比2019年底达到30%、2020年底达到50%,"
            "普惠性幼儿园在园儿童占比2020年底达到80%的任务,推进学前教育改革。")
    targets, _ = _targets(text, plan_year=2019)
    assert [(t.indicator, t.value, t.year) for t in targets] == [
        ("公办幼儿园在园儿童占比", 30, 2019), ("公办幼儿园在园儿童占比", 50, 2020), ("普惠性幼儿园在园儿童占比", 80, 2020)]


def test_a_sentence_opening_with_now_tells_the_present_in_every_clause():
    targets, observations = _targets("目前,全区有各类学校1195所,教学点613个。目前,全区将新建学校5所。", plan_year=2011)
    assert [t.value for t in targets] == [5] and sorted(o.value for o in observations) == [613, 1195]


def test_a_sentence_opening_on_statistics_tells_what_was_counted():
    # (news that opens on what this year will bring tells a plan, but for what it says was counted)
    text = ("9月7日,全省中小学校将迎来新的学期,今年秋季开学的新建学校有41所。"
            "据统计,义务教育阶段,全省新增(含改扩建)小学、初中共33所,新增学位3.4324万个。")
    targets, observations = _targets(text, kind="新闻", plan_year=2020)
    assert targets == () and [o.value for o in observations] == [33, 34324]


def test_a_school_describing_its_grounds_tells_what_it_is():
    targets, observations = _targets("学校占地23395平方米,建筑面积7701平方米,绿化面积10022平方米。", kind="规划", plan_year=2017)
    assert targets == () and [o.value for o in observations] == [23395, 7701, 10022]
    targets, _ = _targets("学校占地面积力争扩大到50亩。", kind="规划", plan_year=2017)
    assert [t.value for t in targets] == [50]


def test_a_five_year_period_ahead_of_the_plan_is_no_look_back():
    targets, _ = _targets("“十二五”期间,教育项目规划投资80亿元。", plan_year=2011)
    assert [t.value for t in targets] == [8_000_000_000]
    _, observations = _targets("“十二五”期间,教育项目投资80亿元。", plan_year=2016)
    assert [o.value for o in observations] == [8_000_000_000]


def test_the_teams_a_body_forms_for_its_work_are_no_facts():
    text = "由局创城办牵头,组成3个督导小组,对全市学校进行督导。成立5个督查组,分赴各地开展督查。"
    targets, observations = _targets(text, kind="新闻", plan_year=2023)
    assert targets == () and observations == ()


def test_the_motions_a_body_was_given_to_handle_are_no_facts():
    text = (
        "今年市教育局共收到政协提案34件,其中主办25件、协办9件。县教育局共收到县人大代表建议30件、县政协委员提案17件。"
        "见面会逐一对4件代表建议和2件委员提案进行答复。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2023)
    assert targets == () and observations == ()


@pytest.mark.parametrize(
    "line",
    [
        "来源:市教育局 时间:2018-07-02 点击次数:1306次", "某采购网 2017-08-11 15:33 围观3606次", "作者:王晓锋 浏览:2656次发布时间:2019-01-09 10:25",
        "来源:县教育局 356次浏览", "2023-10-26  1200人围观", "字号:[大 中 小] 已有126人点赞 12条评论 下载次数:25次",
        "校本课程由区教研室审核 ……此处隐藏7230个字……认真做好毕业班工作。",
    ],
)
def test_a_page_s_counter_is_no_fact(line):
    targets, observations = _targets(line, plan_year=2018)
    assert targets == () and observations == ()


def test_the_players_of_a_game_are_no_count_of_people():
    (target,), _ = _targets("建成社区健身路径或3人制篮球场20个。")
    assert (target.value, target.unit) == (20, "个")


def test_what_a_news_report_says_is_intended_is_planned():
    text = "某县召开县长办公会议研究教育工作\n近日,县长主持召开会议。拟在3年内,投入资金41000万元,建设133所学校的234个项目。"
    targets, _ = _targets(text, kind="新闻", plan_year=None)
    assert sorted(t.value for t in targets) == [133, 234, 410_000_000]
    targets, _ = _targets("某区召开会议\n据介绍,该区规划新建2所高标准义务教育学校。", kind="新闻", plan_year=None)
    assert [t.value for t in targets] == [2]
    # what a body has decided to invest in or build is ahead of it
    targets, _ = _targets("某市建设综合实践基地\n市教育局决定投资4.5亿元建设中小学生综合实践基地项目。", kind="新闻", plan_year=None)
    assert [t.value for t in targets] == [450_000_000]
    # what a plan sets out for a project (规划新增, 规划总投资, 规划建筑面积, 规划教学班) is ahead of it
    targets, _ = _targets(
        "某区学校项目开工\n新建某路小学,规划教学班24个,可提供学位1080个。项目规划总投资1.2亿元,规划建筑面积22238.2平方米。",
        kind="新闻",
        plan_year=None,
    )
    assert sorted(t.value for t in targets) == [24, 1080, 22238.2, 120_000_000]


def test_places_counted_and_a_change_against_a_past_year_are_no_targets():
    targets, observations = _targets(
        "对章贡区、南康区等6个县(市、区)进行核查。与13个地市签订责任状。新建3个乡镇中心幼儿园。"
        "全省毛入园率比2010年新增近19个百分点。公办幼儿园在园儿童占比2021年底达到50%。",
        plan_year=2021,
    )
    assert [(t.value, t.unit) for t in targets] == [(3, "个"), (50, "%")]
    assert [o.value for o in observations] == [19]


@pytest.mark.parametrize(
    "text",
    ["每年投入6亿元改造20个县市区农村中小学薄弱学校。", "今年,全省将完成20个县(市)乡村幼儿园连锁发展。"],
)
def test_places_named_with_their_kinds_before_what_is_done_in_them_are_counted(text):
    targets, _ = _targets(text, kind="实施方案", plan_year=2013)
    assert (20, "个") in [(t.value, t.unit) for t in targets]


def test_a_small_chinese_numeral_after_a_bound_and_you_is_planned():
    targets, _ = _targets("南部新城新建学校5所,力争2017年至少有两所学校建设完工。", kind="新闻", plan_year=2017)
    assert (2, "所", ">=") in [(t.value, t.unit, t.comparator) for t in targets]


def test_a_task_over_a_list_after_a_conjunction_is_a_target():
    targets, _ = _targets("全区将建成某初中,并加快推进中法城二高、南湖中学、奓山二小等5个项目建设。", plan_year=2023)
    assert [(t.value, t.unit) for t in targets] == [(5, "个")]


def test_a_government_s_work_report_plans_the_year_it_opens():
    text = "政府工作报告\n一、2020年工作回顾\n新改扩建学校16所。\n二、2021年工作安排\n新增义务教育公办学位5760个。"
    targets, observations = _targets(text, kind="报告", plan_year=2021)
    assert [t.value for t in targets] == [5760] and [o.value for o in observations] == [16]


def test_minutes_are_a_target_only_as_a_limit():
    targets, _ = _targets("初中书面作业平均完成时间不超过90分钟。考试时间:数学110分钟,外语90分钟。", plan_year=2021)
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(90, "分钟", "<=")]


def test_two_projects_that_cost_the_same_are_two_targets():
    text = "投资3750万元,规划修建图书馆。另规划投资3750万元,新建游泳馆。"
    targets, _ = _targets(text, plan_year=2021)
    assert [t.value for t in targets] == [37_500_000, 37_500_000]


def test_things_of_townships_counted_by_a_verb_are_a_target():
    targets, _ = _targets(
        "今年将改造600个乡镇中小学食堂,扩容改造300个以上乡镇中心小学食堂。600人以上学校设立医务室。", plan_year=2021
    )
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(600, "个", "="), (300, "个", ">=")]


def test_a_bound_written_as_a_sign_is_a_target_in_news():
    targets, observations = _targets("某县召开会议\n全县学生体质健康合格率≥95%。优良率已达到50%。", kind="新闻", plan_year=None)
    assert [(t.value, t.comparator) for t in targets] == [(95, ">=")]
    assert [(o.value, o.comparator) for o in observations] == [(50, "=")]  # (a value reached is the value)


def test_a_paragraph_since_a_year_or_over_some_years_looks_back():
    text = "某区新闻\n2011年以来,全区连续实施学前教育行动计划。6年间,全区安排资金13.18亿元,建设幼儿园588所。今年将建设幼儿园18所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2011)
    assert [t.value for t in targets] == [18]
    assert [o.value for o in observations] == [1_318_000_000, 588]


def test_the_name_of_a_plan_says_nothing_of_the_time():
    text = (
        "2014年全区教育发展大会以来,我区全面启动实施了八大工程,“双千计划”(投入千亿元,新建迁建千所学校)项目顺利完成,"
        "启动新建、迁建学校1109所。2018-2020年,全县计划新建学校24所。"
    )
    targets, observations = _targets(text, kind="工作计划", plan_year=2018)
    assert [t.value for t in targets] == [24] and [o.value for o in observations] == [1109]


def test_a_byline_is_no_plan_news_names():
    title = "博白:2018-2020年计划新建迁建学校24所"
    assert tells_what_was_done(structured(f"来源:博白县教育局 作者:王翔\n{title}\n全县新建学校5所。", kind="新闻", title=title))
    assert not tells_what_was_done(structured("县教育局印发年度工作计划。\n全县新建学校5所。", kind="新闻", title=title))


def test_news_of_what_a_plan_stipulates_is_plan_news():
    title = "未来五年群力哈西将规划建设22所公办学校"
    text = f"{title}\n根据《道里区教育事业“十三五”发展规划》规定,到2020年,公办幼儿园总量达到29所。"
    assert not tells_what_was_done(structured(text, kind="新闻", title=title))


def test_news_of_a_report_on_how_far_a_plan_was_carried_out_reports():
    title = "广州2016年新增中小学学位2万个"
    text = f"{title}\n昨天,市教育局局长作了关于落实《政府工作报告》目标任务情况的报告。\n规范化幼儿园1494所占比83%。"
    assert tells_what_was_done(structured(text, kind="新闻", title=title))
    text = f"{title}\n昨天,市教育局局长作了关于落实《政府工作报告》目标任务的报告。\n明年新建学校5所。"
    assert not tells_what_was_done(structured(text, kind="新闻", title=title))


def test_schools_counted_by_their_own_measure_word_are_no_condition():
    targets, _ = _targets("未来三年,每年都将有100所以上中小学幼儿园项目开建。", kind="新闻", plan_year=2019)
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(100, "所", ">=")]
    targets, _ = _targets("600人以上学校设立医务室。", kind="工作计划", plan_year=2019)
    assert targets == ()


def test_schools_counted_by_how_they_are_built_are_the_indicator():
    targets, _ = _targets("2024年秋季,该区将有6所新建幼儿园投入使用。", kind="新闻", plan_year=2024)
    assert [(t.indicator, t.value) for t in targets] == [("新建幼儿园", 6)]


@pytest.mark.parametrize(
    "attending",
    [
        "局长出席会议,19个区级相关职能部门分管、12个街镇分管、全区中小学校长参会。",
        "全县中小学校长、高三年级教师代表共300余人参加会议。",
        "3月5日上午,全县教育工作会议在县政府三楼会议室召开,参会人员200余人。",
        "会议于昨日召开,与会代表共150人。",
    ],
)
def test_who_attends_a_meeting_is_no_count(attending):
    targets, observations = _targets(attending + "今年全区将新建幼儿园3所。", kind="新闻", plan_year=2018)
    assert [t.value for t in targets] == [3] and observations == ()


def test_a_count_pointed_back_to_is_no_value():
    text = "今年秋季,两所幼儿园将投入使用。在这2所幼儿园中,预计可满足27个班的入园需求。该3所学校明年建成。"
    targets, _ = _targets(text, kind="工作计划", plan_year=2017)
    assert [t.value for t in targets] == [27]  # (a plan counts the classes in 个班)


def test_a_requirement_followed_is_no_plan_in_a_report_one_set_is():
    text = (
        "第一季度工作总结\n按照县委、县政府的要求,县政府为全县3076名农村寄宿生每周提供5次免费早餐。"
        "要求学生每天在校教育教学活动的时间,小学不超过6小时。"
    )
    targets, observations = _targets(text, kind="报告", plan_year=2023)
    assert [t.value for t in targets] == [6] and [o.value for o in observations] == [3076, 5]


def test_a_reported_list_of_short_nouns_and_counts_goes_on_reporting():
    text = "全乡基础教育现有初中3所,小学6所,完小8个,教学点13个。现有公办幼儿园5所,新建幼儿园3所。"
    targets, observations = _targets(text, kind="规划", plan_year=2021)
    assert [t.value for t in targets] == [3] and [o.value for o in observations] == [3, 6, 8, 13, 5]


def test_days_are_a_target_only_as_a_limit():
    text = "保证初中生每学年参加社会实践活动时间不少于20天。考试时间为3天。"
    targets, observations = _targets(text, kind="实施方案", plan_year=2021)
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(20, "天", ">=")] and observations == ()


def test_news_going_on_with_the_aims_of_the_sentence_before_plans():
    text = (
        "某县召开教育系统干部大会\n会上,局长总结了去年的工作,全县中职在校生达5095人。\n"
        "通过努力奋斗,实现学前教育毛入园率达97%以上。职高巩固率达90%以上,毕业生就业率达98%以上。全县已有幼儿园30所。"
    )
    targets, observations = _targets(text, kind="新闻", plan_year=2015)
    assert [t.value for t in targets] == [97, 90, 98] and [o.value for o in observations] == [5095, 30]


def test_a_plan_s_work_to_finish_is_planned_a_target_met_reported():
    text = "2016年全市将新建公办幼儿园22所;实施项目年度任务,圆满完成开发区36所新建学校。去年圆满完成新建学校12所。"
    targets, observations = _targets(text, kind="新闻", plan_year=2016)
    assert [t.value for t in targets] == [22, 36] and [o.value for o in observations] == [12]


def test_the_size_that_calls_for_a_school_is_no_value_to_reach():
    text = "到2020年人口2000人以上的行政村建有1所公办幼儿园,城镇服务人口1万人以上设置1所幼儿园。"
    targets, observations = _targets(text, kind="行动计划", plan_year=2018)
    assert [(t.value, t.unit) for t in targets] == [(1, "所"), (1, "所")] and observations == ()


def test_a_size_of_people_or_households_picks_out_the_units_meant():
    for text in ("300人以下的考点征订1袋。", "撤并小学一年级30人以下的教学点。", "对50户以上木质房屋连片村寨实施消防改造。"):
        assert _targets(text, kind="实施方案") == ((), ())
    targets, _ = _targets("每年培训300人以上的骨干教师。", kind="实施方案")  # a verb counts what follows
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(300, "人", ">=")]


def test_a_session_named_by_its_number_is_no_count():
    targets, observations = _targets("按照市十一次党代会和区三次全会的部署要求,新建学校3所。", plan_year=2018)
    assert [t.value for t in targets] == [3] and observations == ()


def test_an_item_number_run_into_a_count_is_no_decimal_point():
    targets, _ = _targets(
        "1.既有多层住宅加装电梯新增400台。\n2.50个小区新增电动自行车充电设施。\n3.开设40个小学生爱心暑托班办班点。"
    )
    assert [(t.value, t.unit) for t in targets] == [(400, "台"), (50, "个"), (40, "个")]
    # a decimal with no numbered items around it stays one
    targets, _ = _targets("新增学位2.5万个。")
    assert [t.value for t in targets] == [25_000]


def test_a_count_of_reports_to_write_stays_a_target():
    targets, _ = _targets("每位教师每学期撰写教学反思5篇。")
    assert [(t.value, t.unit) for t in targets] == [(5, "篇")]


def test_values_a_text_holds_to_as_its_goals_are_targets_in_news_that_looks_back():
    targets, observations = _targets(
        "某县加快公办幼儿园建设\n近年来,我县紧紧围绕学前教育三年毛入园率达85%、普惠性幼儿园覆盖率达80%的目标,"
        "重点加快了公办幼儿园建设。2021年,全县新建幼儿园面积32000平方米。",
        kind="新闻", plan_year=None,
    )
    assert sorted(t.value for t in targets) == [80, 85]
    assert [o.value for o in observations] == [32000]


def test_an_official_s_account_of_the_year_reports_whoever_it_addresses():
    title = "县教育局局长2025年度述职述责述廉报告"
    text = f"{title}\n尊敬的各位领导、同志们:\n2025年,我始终以习近平新时代中国特色社会主义思想为指导。"
    assert tells_what_was_done(structured(text, kind="报告", title=title))


def test_a_report_s_important_task_plans_nothing():
    # 首要/重要/纲要 hold 要 but ask nothing: the year's work they stand by is reported, and so is the next
    text = (
        "坚持把学习贯彻重要论述作为首要政治任务,全年主持中心组集中学习15次,专题研讨6次。"
        "重点研学教育强国建设规划纲要,开展专题宣讲32场。"
    )
    targets, observations = _targets(text, kind="报告", plan_year=2025)
    assert targets == () and [o.value for o in observations] == [15, 6, 32]


def test_a_progress_table_s_task_cell_is_planned():
    # a progress table read one cell per line: the cell after the row's number is the task, the next its progress
    text = (
        "某市2025年第三季度惠民实事任务进展情况一览表\n序号任务目标进展情况存在问题进度标识\n1\n"
        "重点实施6处中小学改扩建工程,新建校舍11万平方米。\n改扩建学校:已竣工3处,完成投资5000万元。"
    )
    targets, observations = _targets(text, kind="报告", plan_year=2025)
    assert [t.value for t in targets] == [6, 110000] and [o.value for o in observations] == [3, 50000000]


def test_a_headline_s_value_is_named_as_the_body_names_it():
    text = "天津今年拟新增1.62万个学位\n记者获悉,今年天津计划新建、改扩建中小学校11所,新增中小学学位1.62万个。"
    targets, _ = _targets(text, kind="新闻", plan_year=2025)
    assert [(t.indicator, t.value) for t in targets if t.value == 16200] == [("中小学学位", 16200)] * 2


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("全县共有中小学校126所,在校学生8.5万人。", "中小学校"),
        ("全县现有幼儿园58所。", "幼儿园"),
        ("我县有普通高中5所。", "普通高中"),
        ("截至2019年底,全区共有幼儿园227所,在园幼儿54234人。", "幼儿园"),
    ],
)
def test_what_is_had_is_named_without_the_having(sentence, indicator):
    _, observations = _targets(sentence, kind="报告", plan_year=2022)
    assert observations[0].indicator == indicator


@pytest.mark.parametrize(
    ("sentence", "indicator", "value"),
    [
        ("2022年,全县教育经费投入15.2亿元,年均增长7.4%。", "教育经费投入年均增长", 7.4),
        ("全县财政性教育经费支出9.8亿元,同比增长6.5%。", "财政性教育经费支出增长", 6.5),
        ("全县共有专任教师6320人,比上年增加210人。", "专任教师增加", 210),
    ],
)
def test_a_growth_after_a_value_names_what_grows(sentence, indicator, value):
    _, observations = _targets(sentence, kind="报告", plan_year=2022)
    assert [o.indicator for o in observations if o.value == value] == [indicator]


def test_a_value_reached_in_a_report_is_the_value():
    text = "全县学前三年毛入园率达到91.5%,义务教育巩固率、高中阶段毛入学率分别达到99.5%、98%,普惠性幼儿园覆盖率超过90%。"
    _, observations = _targets(text, kind="报告", plan_year=2022)
    assert [(o.value, o.comparator) for o in observations] == [(91.5, "="), (99.5, "="), (98, "="), (90, ">=")]


def test_a_value_lowered_to_is_an_upper_bound_of_what_is_lowered():
    targets, _ = _targets("到2025年,县域内中小学校班额控制在45人以内,大班额比例降至5%。", kind="实施方案", plan_year=2025)
    assert [(t.indicator, t.value, t.comparator) for t in targets][1:] == [("大班额比例", 5, "<=")]
    _, observations = _targets("全县大班额比例降至3.5%,学生近视率下降到45%。", kind="报告", plan_year=2022)
    assert [(o.indicator, o.comparator) for o in observations] == [("大班额比例", "="), ("学生近视率", "=")]


def test_the_time_of_a_year_is_no_part_of_a_name():
    targets, observations = _targets("记者了解到,到2016年时招聘规模增至300名。", kind="新闻")
    assert [t.indicator for t in (*targets, *observations)] == ["招聘规模"]


def test_a_change_to_a_value_is_no_name_of_the_value_before_it():
    _, observations = _targets("学生人数从1988年的56913人减至2010年的27731人。", kind="报告", plan_year=2010)
    assert [(o.indicator, o.value) for o in observations] == [("学生人数", 56913), ("学生人数", 27731)]


def test_what_is_already_so_is_named_without_the_already():
    _, observations = _targets("目前,全区在园幼儿已达1.9万人,15个新建项目中已完工12个。", kind="报告", plan_year=2022)
    assert [o.indicator for o in observations][0] == "在园幼儿"


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("全市每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "每千人口拥有3岁以下婴幼儿托位数"),
        ("全市3-5岁幼儿入园率达99%以上。", "3-5岁幼儿入园率"),
        ("确保社区0至3岁婴幼儿早期教育覆盖率达到100%。", "社区0至3岁婴幼儿早期教育覆盖率"),
        ("残疾儿童少年接受15年免费教育的比例保持100%。", "残疾儿童少年接受15年免费教育的比例"),
        # a numbered plot or building
        ("二期工程1号地块面积1万平方米。", "二期工程1号地块面积"),
        ("学校新建3号教学楼建筑面积5000平方米。", "3号教学楼建筑面积"),
    ],
)
def test_an_age_or_a_count_of_years_or_a_number_in_a_name_keeps_its_digits(sentence, indicator):
    targets, _ = _targets(sentence, kind="实施方案", plan_year=2025)
    assert [t.indicator for t in targets] == [indicator]


def test_a_deadline_s_before_is_no_part_of_a_name():
    targets, _ = _targets("确保2024年底前全市幼儿园专任教师持证上岗率达到100%。", kind="实施方案", plan_year=2023)
    assert [t.indicator for t in targets] == ["幼儿园专任教师持证上岗率"]


@pytest.mark.parametrize(("sentence", "value"), [("项目全部建成后,将新增234个班。", 234), ("到2025年,全县增加十二个班。", 12)])
def test_a_count_of_classes_with_no_name_before_it_is_named_by_its_class(sentence, value):
    targets, _ = _targets(sentence, kind="规划", plan_year=2021)
    assert [(t.indicator, t.value, t.unit) for t in targets] == [("班", value, "个")]


def test_a_share_s_verb_is_no_part_of_its_name():
    targets, _ = _targets("专任教师中,高级教师占40%左右,一级教师占50%左右。")
    assert [(t.indicator, t.value) for t in targets] == [("高级教师", 40), ("一级教师", 50)]


def test_a_value_nearly_so_much_is_about_it_and_named_without_the_nearly():
    targets, _ = _targets("5年将新增学位近4万个,投资近2.1亿元。")
    assert [(t.indicator, t.value, t.comparator) for t in targets] == [("学位", 40000, "≈"), ("教育投资", 210000000, "≈")]
    _, observations = _targets("组织县直7所中小学和8所幼儿园近1300人开展了艺术交流。", kind="报告", plan_year=2021)
    assert [o.indicator for o in observations] == ["中小学", "幼儿园", "幼儿园"]
    # the enrolled, nearly so many, are counted as they are, not estimated
    targets, observations = _targets("施教区适龄儿童近7539人。")
    assert (targets, [(o.indicator, o.comparator) for o in observations]) == ((), [("施教区适龄儿童", "≈")])


def test_a_value_passed_by_is_at_least_it():
    targets, _ = _targets("投入资金超5亿元,惠及学生超10万人,消除超大班额,大班额比例降到5%以下。")
    assert [(t.indicator, t.value, t.comparator) for t in targets] == [
        ("教育投资", 500000000, ">="), ("学生", 100000, ">="), ("大班额比例", 5, "<="),
    ]


def test_a_change_against_the_base_year_set_for_a_deadline_ahead_is_planned():
    text = "到2025年,学前教育毛入园率较2020年提高5.2个百分点,高中阶段毛入学率比2020年提高3个百分点,达到95%。"
    targets, observations = _targets(text, kind="规划", plan_year=2021)
    assert ([(t.value, t.unit, t.year) for t in targets], observations) == (
        [(5.2, "个百分点", 2025), (3, "个百分点", 2025), (95, "%", 2025)], ()
    )
    # (a result against a year before: 2020年,…比2015年提高5个百分点 tells what was done)
    _, observations = _targets("2020年,全县学前三年毛入园率比2015年提高5个百分点。", kind="规划", plan_year=2021)
    assert [o.value for o in observations] == [5]


def test_an_aim_a_report_tells_was_met_plans_nothing():
    # 实现了…目标 and 根据上级要求 tell what was met and followed: the values the sentence gives are reported
    title = "区教育局2023年上半年工作总结"
    text = (
        f"{title}\n6.实现了义务教育阶段控辍保学动态清零目标,义务教育巩固率达到99.2%。\n"
        "10.根据上级要求,全区中小学安装视频监控设备3200个,一键式报警装置覆盖率达到100%。"
    )
    targets, observations = _targets(text, kind="报告", plan_year=2023, title=title)
    assert not targets and sorted(o.value for o in observations) == [99.2, 100, 3200]
    # (an aim not said to be met still plans: 目标是…)
    targets, _ = _targets(f"{title}\n下半年目标是义务教育巩固率达到99.5%。", kind="报告", plan_year=2023, title=title)
    assert [t.value for t in targets] == [99.5]


def test_a_forward_word_a_report_tells_as_done_plans_nothing():
    # 确保了/明确了 (done), 按计划 (the plan followed) and 目标管理考核 (a name) speak of nothing ahead
    title = "县教育局2023年工作总结"
    text = (
        f"{title}\n投入资金1.2亿元,确保了全县85所学校校舍安全,新增学位1200个。\n"
        "按计划完成8所学校改扩建工程,新增校舍面积3.2万平方米。\n"
        "目标管理考核中,全县12所学校被评为省级示范校。"
    )
    targets, observations = _targets(text, kind="报告", plan_year=2023, title=title)
    assert not targets and len(observations) == 6
    # (a 计划 of its own still plans)
    targets, _ = _targets(f"{title}\n下半年计划完成3所学校改扩建工程。", kind="报告", plan_year=2023, title=title)
    assert [t.value for t in targets] == [3]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("参训学员每年脱产学习时间不少于42天,分2次实施。", [42]),
        ("项目资金共计500万元,分两批下达。", [5000000]),
    ],
)
def test_the_parts_a_value_is_split_into_are_no_facts(sentence, kept):
    targets, observations = _targets(sentence, kind="通知")
    assert [t.value for t in targets + observations] == kept


@pytest.mark.parametrize(
    "text",
    [
        "十四五以来,我局争取项目资金68277万元,用于新建校舍25.75万平方米。其中,明光镇下达资金3000万元,用于中心小学改扩建。",
        "截至2020年底,全区共有幼儿园205所。其中公办园70所,民办园135所。",
    ],
)
def test_a_sentence_opening_on_its_parts_after_a_reported_total_reports(text):
    targets, observations = _targets(text, kind="通知", plan_year=2021)
    assert targets == () and len(observations) >= 2


def test_parts_after_a_reported_total_that_look_ahead_are_planned():
    targets, _ = _targets("截至2020年底,全区共有幼儿园205所。其中,计划新建公办园5所。", kind="通知", plan_year=2021)
    assert [t.value for t in targets] == [5]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("学校设校长1人、副校长3人,各部门主任、副主任9人,学校党支部、工会班子齐全。", []),
        # (a clause that names no post counts what it names)
        ("学校设校长1人,新增教师9人。", [9]),
    ],
)
def test_posts_a_staffing_list_goes_on_with_are_no_facts(sentence, kept):
    targets, observations = _targets(sentence, kind="规划")
    assert [t.value for t in targets + observations] == kept


def test_what_a_cited_document_lays_down_is_no_fact():
    targets, observations = _targets(
        "继续推动中小学布局调整,按照省政府调整中小学布局文件中关于3—5万人保留一所初中、5000人一所小学的规定,"
        "启动寄宿制小学建设,共14所。",
        kind="意见",
    )
    assert [t.value for t in targets + observations] == [14]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("(一)工作时间:2019年2月至6月,共5个月。", []),
        ("活动时间为3月1日至3月10日,为期10天。", []),
        # (months a work is to take with no dates before them are its own)
        ("全年共开展培训活动5个月。", [5]),
    ],
)
def test_the_length_of_a_span_its_dates_give_is_no_fact(sentence, kept):
    targets, observations = _targets(sentence, kind="意见")
    assert [t.value for t in targets + observations] == kept


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("全省学前一年教育幼儿入园率达到或超过85%。", ">="),
        ("全省学前一年教育幼儿入园率达到或高于85%。", ">="),
        ("全省学前一年教育幼儿入园率达到并超过85%。", ">="),
        ("全省学前一年教育幼儿入园率不低于或等于85%。", ">="),
        ("全省学前一年教育幼儿入园率小于或等于85%。", "<="),
    ],
)
def test_two_bounds_joined_as_one_are_no_part_of_the_name(sentence, comparator):
    (target,), _ = _targets(sentence)
    assert (target.indicator, target.value, target.unit, target.comparator) == (
        "学前一年教育幼儿入园率", 85, "%", comparator)


def test_a_share_in_words_listed_before_another_is_a_value_of_its_own():
    # 百分之三和百分之一: the 之一 of a share in words is no 之一 of a set a thing is one of
    targets, _ = _targets("在校学生年辍学率初中、小学分别控制在百分之三和百分之一以内。")
    assert [(t.indicator, t.value, t.unit, t.comparator) for t in targets] == [
        ("在校学生年辍学率初中", 3, "%", "<="), ("在校学生年辍学率小学", 1, "%", "<=")]


def test_goals_held_to_in_words_are_aims_in_news():
    text = "近年来,某县紧紧围绕学前教育三年毛入园率达百分之八十五、普惠性幼儿园覆盖率达百分之八十的目标,加快公办幼儿园建设。"
    targets, observations = _targets(text, kind="新闻", plan_year=2022)
    assert [t.value for t in targets] == [85, 80] and observations == ()


def test_one_percent_in_words_is_a_share_not_the_one_work_news_is_of():
    text = "某镇控辍保学工作\n严格实行入学通知书制度,确保学年内小学辍学率控制在百分之一以内,中学辍学率控制在2.5%以内。"
    targets, _ = _targets(text, kind="新闻", plan_year=None)
    assert [(t.indicator, t.value, t.comparator) for t in targets] == [
        ("学年内小学辍学率", 1, "<="), ("中学辍学率", 2.5, "<=")]


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [("学前三年毛入园率达到百分之八十五左右。", "≈"), ("学前三年毛入园率百分之八十五以上。", ">=")],
)
def test_a_share_in_words_keeps_the_bound_after_it(sentence, comparator):
    (target,), _ = _targets(sentence)
    assert (target.value, target.unit, target.comparator) == (85, "%", comparator)


@pytest.mark.parametrize("sentence", ["计划投资额约为6000万元。", "学前三年毛入园率约为85%。"])
def test_yue_wei_says_about_so_much(sentence):
    (target,), _ = _targets(sentence)
    assert target.comparator == "≈"
