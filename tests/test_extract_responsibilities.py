import pytest
from structured_samples import CITY, COUNTY, structured

from edukg.loaders.extract import extract_facts


def _duties(text, **meta):
    return [(r.agency, r.duty, r.program) for r in extract_facts(structured(text, **meta)).responsibilities]


def test_staffing_chain_of_a_program():
    text = (
        "推动义务教育教师“县管校聘”改革,落实机构编制部门核定编制总量,人力资源和社会保障部门核定岗位总量,"
        "教体部门在编制、岗位总量内,统筹调配校长教师。"
    )
    duties = _duties(text, issuer="青山县教育体育局")
    assert duties == [
        ("机构编制部门", "核定编制总量", "县管校聘"),
        ("人力资源和社会保障部门", "核定岗位总量", "县管校聘"),
        ("青山县教育体育局", "在编制、岗位总量内,统筹调配校长教师", "县管校聘"),
    ]


def test_a_duty_framed_by_the_division_of_duties_runs_into_its_task():
    assert [(a, d) for a, d, _ in _duties("县人社局、县委编办按照职责分工,做好教师编制核定和招聘工作。")] == [
        ("青山县人社局", "按照职责分工,做好教师编制核定和招聘工作"),
        ("青山县委编办", "按照职责分工,做好教师编制核定和招聘工作"),
    ]


def test_safety_duties():
    text = (
        "学校担负安全稳定工作的主体责任,教育行政部门担负安全稳定工作的监管责任。"
        "市教育局局长是区域内教育安全稳定工作的第一责任人,分管安全稳定的副局长担负直接领导责任,安全信访科担负具体工作责任。"
    )
    duties = [(a, d) for a, d, _ in _duties(text, region=CITY)]
    assert duties == [
        ("学校", "担负安全稳定工作的主体责任"),
        ("教育行政部门", "担负安全稳定工作的监管责任"),
        ("江城市教育局局长", "是区域内教育安全稳定工作的第一责任人"),
        ("安全信访科", "担负具体工作责任"),
    ]


def test_a_bureau_s_division_of_teachers_holds_its_duty_and_teachers_hold_none():
    assert [(a, d) for a, d, _ in _duties("教师工作科牵头制定年度实施方案。")] == [("教师工作科", "牵头制定年度实施方案")]
    assert _duties("教师要认真备课。") == []


def test_shared_duty_is_held_by_each_agency():
    text = "县政府督查室、教育督导室每月对各乡镇、各学校控辍保学情况进行通报。"
    duties = _duties(text)
    assert [a for a, _, _ in duties] == ["青山县政府督查室", "教育督导室"]
    assert all(d == "每月对各乡镇、各学校控辍保学情况进行通报" and p == "控辍保学" for _, d, p in duties)


def test_conditions_and_actions_are_not_holders():
    text = "凡是发生学校负有主要责任的安全事故,实行一票否决。鼓励优秀学生参加高校组织的竞赛。提高学校应急管理水平。"
    assert _duties(text) == []
    # (a verb before the bodies: those visited or brought together act on nothing)
    assert _duties("为做好规划编制,先后深入各乡镇对规划编制重点工作进行调研。协调相关部门开展“控辍保学”工作。") == []
    # (a verb or a conjunction opening the clause, a time frame and a verb inside a subject)
    assert _duties("保障学校在办学质量上的持续提升。进而不断提升学校在课程建设方面的实力。乙方每学期组织各学科开展命题竞赛。") == []
    assert _duties("抓好法律法规在学校落实落地。") == []
    assert _duties("形成县委、县政府分管领导亲自挂帅的工作格局。") == []  # what comes about
    # (who the doer works with: 与 a body is no holder)
    assert _duties("要积极主动地与上级主管部门加强沟通和联系。县教育体育局正与有关部门协调。") == []


def test_a_level_s_purse_pays():
    duties = _duties("所需经费由县财政统筹安排。县财政要将专项资金列入教育部门预算。全县财政收入增长较快。")
    assert [(a, d) for a, d, _ in duties] == [("青山县财政", "所需经费统筹安排"), ("青山县财政", "将专项资金列入教育部门预算")]


def test_agencies_listed_clause_by_clause_share_the_charge_after_them():
    text = "各县(市)区人民政府,滇中新区管委会,各开发区管委会要切实落实部门和属地责任。"
    assert [a for a, _, _ in _duties(text)] == ["各县(市)区人民政府", "滇中新区管委会", "各开发区管委会"]
    # (a lone clause that is no agency stops the list)
    assert [a for a, _, _ in _duties("为此,滇中新区管委会要切实落实属地责任。")] == ["滇中新区管委会"]


def test_a_charge_after_how_often_or_on_what_to_act():
    news = structured("各学校针对道路拥堵的问题要实施学生错峰上学、放学。公安部门每学期应开展不少于2次的督导。县交警大队要划时段车辆限行。", kind="新闻")
    assert [(r.agency, r.duty) for r in extract_facts(news).responsibilities] == [
        ("各学校", "针对道路拥堵的问题要实施学生错峰上学、放学"),
        ("公安部门", "每学期应开展不少于2次的督导"),
        ("青山县交警大队", "划时段车辆限行"),
    ]
    # (what a body did in news is still no duty)
    assert extract_facts(structured("公安部门每学期开展2次督导。", kind="新闻")).responsibilities == ()


def test_news_of_a_plan_tells_what_bodies_did_only_a_charge_is_a_duty():
    news = structured(
        "近日,市教育局印发《关于消除大班额的实施方案》。市教育局制定《关于规范招生秩序的实施意见》。各学校要严格控制班额。",
        kind="新闻", region=CITY,
    )
    assert [(r.agency, r.duty) for r in extract_facts(news).responsibilities] == [("各学校", "严格控制班额")]


def test_a_frame_s_responsibility_word_does_not_end_the_charge():
    assert [d for _, d, _ in _duties("相关职能部门要按照既定计划和责任目标,强化校园周边治安环境治理。")] == [
        "按照既定计划和责任目标,强化校园周边治安环境治理"
    ]


def test_an_attitude_opening_a_charge_leaves_its_task_and_towns_share_their_government():
    assert [(a, d) for a, d, _ in _duties("各校要高度重视,认真做好开学准备工作。")] == [("各校", "认真做好开学准备工作")]
    duties = _duties("横沥镇、平潭镇政府要继续把教育发展放在首位。")
    assert [a for a, _, _ in duties] == ["横沥镇、平潭镇政府"]


def test_working_group_duties():
    text = (
        "二、组织机构\n(一)创建工作领导小组\n下设创建办公室;主任:副主任:成员:工作职责:(1)负责制订创建工作实施方案;"
        "(2)负责组织、协调全区创建工作。\n三、实施步骤\n第一阶段为启动阶段。"
    )
    duties = _duties(text, region=CITY)
    assert [(a, d) for a, d, _ in duties] == [
        ("创建办公室", "负责制订创建工作实施方案"),
        ("创建办公室", "负责组织、协调全区创建工作"),
    ]


def test_a_body_s_duties_item_by_item_after_semicolons_are_its_own():
    for text in (
        "二、职责分工\n县教育局:负责统筹推进义务教育均衡发展工作;负责学校布局规划;承担教师队伍建设。\n县财政局:负责落实经费保障。",
        "二、职责分工\n县教育局负责统筹推进义务教育均衡发展工作;负责学校布局规划;承担教师队伍建设。\n县财政局负责落实经费保障。",
    ):
        assert [(a, d) for a, d, _ in _duties(text)] == [
            ("青山县教育局", "负责统筹推进义务教育均衡发展工作"),
            ("青山县教育局", "负责学校布局规划"),
            ("青山县教育局", "承担教师队伍建设"),
            ("青山县财政局", "负责落实经费保障"),
        ]


def test_a_dash_between_a_body_and_its_duty_reads_as_a_colon():
    text = "二、职责分工\n县教育局——负责统筹推进义务教育均衡发展工作。\n(二)县财政局——主要负责落实经费保障。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "负责统筹推进义务教育均衡发展工作"),
        ("青山县财政局", "主要负责落实经费保障"),
    ]
    # (a dash in a chain of levels is no body's duty)
    assert _duties("完善中小学“学校—年级—班级”三级预警网络。") == []


def test_lead_unit_lists():
    text = "三、重点任务\n(一)推进学前教育普及普惠,新建公办幼儿园5所。(牵头单位:县教育局;配合单位:县财政局、县自然资源局)"
    duties = _duties(text)
    assert [(a, d) for a, d, _ in duties] == [
        ("青山县教育局", "推进学前教育普及普惠,新建公办幼儿园5所"),
        ("青山县财政局", "推进学前教育普及普惠,新建公办幼儿园5所"),
        ("青山县自然资源局", "推进学前教育普及普惠,新建公办幼儿园5所"),
    ]


def test_by_agency():
    duties = _duties("校园周边环境整治由县公安局负责,每学期开展两次专项检查。")
    assert duties[0][:2] == ("青山县公安局", "校园周边环境整治")


def test_what_the_lead_after_by_is_to_do_is_its_duty_too():
    text = "该项目由高等学校牵头,负责项目总体设计和安排,网络培训机构、项目县协同实施。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("高等学校", "牵头该项目"), ("高等学校", "负责项目总体设计和安排")]


def test_working_group_goals_are_targets_and_states_not_duties():
    text = (
        "(二)职能工作组\n1、普通教育组:组长:成员:工作目标:(1)学前教育毛入园率达90%以上;(2)九年义务教育巩固率达99%以上。\n"
        "2、教育资助工作组:组长:成员:工作目标:(1)保障困难群体享有平等接受教育的权利;(2)督促学校落实资助政策。"
    )
    facts = extract_facts(structured(text))
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [("教育资助工作组", "督促学校落实资助政策")]
    assert {a.name for a in facts.agencies} >= {"普通教育组", "教育资助工作组"}
    assert {(t.indicator, t.value, t.agency) for t in facts.targets} == {
        ("学前三年毛入园率", 90, "普通教育组"),
        ("九年义务教育巩固率", 99, "普通教育组"),
    }


def test_garbled_characters_end_a_duty():
    text = (
        "二、组织机构\n(一)宣传报道组:组长:成员:工作职责:(1)负责舆论宣传工作,做好当?毓宣传;(2)职业学?!"
        "(3)负责收集宣传资料。\n三、实施步骤\n第一阶段为启动阶段。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [("宣传报道组", "负责舆论宣传工作"), ("宣传报道组", "负责收集宣传资料")]


def test_fields_sharing_the_word_department_hold_their_duty_together_and_are_each_a_department():
    facts = extract_facts(structured("财政、人社等部门要加大支持。"))
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [("财政、人社等部门", "加大支持")]
    assert {"财政部门", "人社部门"} <= {a.name for a in facts.agencies}
    assert "财政、人社等部门" not in {a.name for a in facts.agencies}


def test_a_level_s_fields_sharing_the_word_department_report_together():
    text = "市州教育、财政部门要向省级教育、财政部门上报需要乘车的寄宿学生总数。县公安、住建等部门要加大执法检查力度。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("江城市州教育、财政部门", "向省级教育、财政部门上报需要乘车的寄宿学生总数"),
        ("青山县公安、住建等部门", "加大执法检查力度"),
    ]


def test_the_lead_holds_the_task_and_its_helpers_no_duty_of_their_own():
    text = (
        "校园内部安全整治主要由教育局牵头,公安、消防部门配合,对学校场地进行全面排查;"
        "食品卫生监管主要由食品药品监管局牵头,卫生部门配合,对学校食堂进行监督检查。"
        "由县教育体育局牵头,县委编办、县人社局配合,全面推进县管校聘管理改革。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("教育局", "校园内部安全整治"),
        ("食品药品监管局", "食品卫生监管"),
        ("青山县教育体育局", "全面推进县管校聘管理改革"),
    ]


@pytest.mark.parametrize(
    ("text", "duty"),
    [
        # a charge (要, 必须, 应) runs through the clauses of its sentence
        (
            "县教育局要依据项目指标,在认真摸底的基础上,拿出推进方案,并指导学校制订措施。",
            "依据项目指标,在认真摸底的基础上,拿出推进方案,并指导学校制订措施",
        ),
        ("各校必须建立安全预防制度,每年上半年开展消防演练。", "建立安全预防制度,每年上半年开展消防演练"),
        (
            "各乡镇教育总校也要建立相应的组织机构,明确一把手为第一责任人,负责本单位创建工作的组织和领导,切实抓好各项工作。",
            "建立相应的组织机构,明确一把手为第一责任人,负责本单位创建工作的组织和领导,切实抓好各项工作",
        ),
        # a framing clause continues into the action (a finished one does not take in the next measure: see
        # test_a_body_s_next_steps_after_its_stated_duty_are_duties_of_their_own)
        # …the problems or conditions it acts on frame it too
        ("县教育局根据年检中存在的问题,向民办学校下达整改通知书。", "根据年检中存在的问题,向民办学校下达整改通知书"),
        # the language-work committee's office (语委办) is the bureau's
        ("县语委办组织全县窗口服务行业人员开展普通话培训工作。", "组织全县窗口服务行业人员开展普通话培训工作"),
        # how the body is to act opens its duty: by what (按…) or strictly (严格…)
        ("各民办学校按年检内容和要求,对本年度的办学情况进行认真自查。", "按年检内容和要求,对本年度的办学情况进行认真自查"),
        ("县财政局严格执行专项资金管理办法。", "严格执行专项资金管理办法"),
        # …and a strict frame (严格按照…要求) goes on into the action it frames
        ("各职能工作组严格按照指标要求,主动查找存在问题或差距。", "严格按照指标要求,主动查找存在问题或差距"),
        # the date a step is due by, before its doer
        ("1.每年4月15日前各民办学校按规定时间将年检材料报送所属教育局;", "按规定时间将年检材料报送所属教育局"),
        ("5月15日前各县市区向市招考局上报试卷。", "向市招考局上报试卷"),
        # 将 before what is handled (as 把) is part of the duty, not what will be
        ("各校将新生报名信息输入学籍端内。", "将新生报名信息输入学籍端内"),
        ("县教育局将学生资助工作纳入年度考核。", "将学生资助工作纳入年度考核"),
        # …and so is 将 before a title: no verb opens with 《
        (
            "请各县(市、区)将《名师名校长培养对象申报汇总表》于4月20日前报市教育局师范处。",
            "将《名师名校长培养对象申报汇总表》于4月20日前报市教育局师范处",
        ),
    ],
)
def test_duty_clauses(text, duty):
    assert [d for _, d, _ in _duties(text)] == [duty]


def test_exhortation_is_not_a_duty():
    assert _duties("各乡镇教育总校在创建工作中要全力以赴,整体联动,上下协调。") == []


def test_heading_run_into_a_group_and_a_counted_subject():
    text = (
        "五、工作措施\n1、加强领导创建工作领导小组,负责对全区创建活动的组织指挥;"
        "12个职能工作组在创建过程中,要对照16条指标,认真履行工作职责。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("创建工作领导小组", "负责对全区创建活动的组织指挥"),
        ("职能工作组", "在创建过程中,要对照16条指标,认真履行工作职责"),
    ]


def test_request_to_agencies():
    assert _duties("请各县(市、区)教育局结合实际,抓好落实。") == [("各县(市、区)教育局", "结合实际,抓好落实", None)]


def test_request_to_levels_is_made_of_the_levels_not_of_the_request():
    # the levels asked are no vocabulary body (the request rule passes them by): the subject rule reads them after 请
    duties = _duties("请各县(市、区)将《申报汇总表》于4月20日前报市教育局师范处。")
    assert [a for a, _, _ in duties] == ["各县(市、区)"]


def test_request_to_levels_listed_before_a_body_with_its_note():
    assert _duties("请各县、市、区教育局（分局）及时通知有关对象。") == [
        ("各县、市、区教育局(分局)", "及时通知有关对象", None)
    ]


def test_request_to_schools_by_their_kind():
    assert _duties("请各学校于3月1日前将开学工作情况报县教育局基础教育股。") == [
        ("各学校", "于3月1日前将开学工作情况报县教育局基础教育股", None)
    ]
    assert _duties("请各乡镇中心学校高度重视,结合实际,认真抓好落实。") == [("各乡镇中心学校", "结合实际,认真抓好落实", None)]
    # (a principal, or schools that only describe the body asked, are no schools asked)
    assert _duties("请各校长于周五前报送材料。") == []
    assert _duties("请各直接管理普通高中学校的县教育局6月底前将工作计划报教育厅基教处。") == []
    # (the places with their schools, joined by 、 or not, are one body asked: 各地各校)
    for text in ("请各地各校围绕国家平台的服务场景,组织师生常态化应用。", "请各地、各校围绕国家平台的服务场景,组织师生常态化应用。"):
        assert _duties(text) == [("各地各校", "围绕国家平台的服务场景,组织师生常态化应用", None)]


def test_schools_asked_after_the_agencies_are_asked_too():
    assert [(a, d) for a, d, _ in _duties("请各县(市、区)教育局、各直属学校认真组织,抓好落实。")] == [
        ("各县(市、区)教育局", "认真组织,抓好落实"),
        ("各直属学校", "认真组织,抓好落实"),
    ]


def test_lead_and_partner_units_after_a_task():
    duties = _duties("实施县管校聘管理改革,牵头单位:县教育体育局,配合单位:县委编办、县人社局。")
    assert [a for a, _, _ in duties] == ["青山县教育体育局", "青山县委编办", "青山县人社局"]
    assert {d for _, d, _ in duties} == {"实施县管校聘管理改革"}


def test_tasks_one_after_another_each_with_its_units():
    text = "加快推进学校标准化建设(责任单位:县教育局、县财政局);完善教师补充机制(责任单位:县人社局)。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "加快推进学校标准化建设"),
        ("青山县财政局", "加快推进学校标准化建设"),
        ("青山县人社局", "完善教师补充机制"),
    ]
    # (a field closed after a list, 完成时限:长期坚持, is no part of the next task)
    text = "全面落实教师工资待遇(责任单位:县财政局;完成时限:长期坚持);推进县管校聘改革(责任单位:县教育局)。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县财政局", "全面落实教师工资待遇"),
        ("青山县教育局", "推进县管校聘改革"),
    ]
    # (fields between the lists are no task: the lists share the one before them)
    text = "推进智慧校园建设(牵头单位:县教育局;完成时限:2023年底;配合单位:县财政局)。"
    assert {d for _, d, _ in _duties(text)} == {"推进智慧校园建设"}
    # (lists closing sentences of one paragraph: the task after a list's full stop is the next list's)
    text = (
        "推进义务教育优质均衡发展,通过国家验收。(责任单位:县教育局)加强经费保障,足额拨付学校公用经费。"
        "(责任单位:县财政局)补充紧缺学科教师。(责任单位:县人社局)"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "推进义务教育优质均衡发展,通过国家验收"),
        ("青山县财政局", "加强经费保障,足额拨付学校公用经费"),
        ("青山县人社局", "补充紧缺学科教师"),
    ]
    # (a lead's and its partners' lists closing the task before: the next lists' task is after both)
    text = (
        "推进义务教育优质均衡发展,通过国家验收。(牵头单位:县教育局;配合单位:县发改局)加强经费保障,足额拨付学校公用经费。"
        "(牵头单位:县财政局;配合单位:县教育局)"
    )
    assert [(a, d) for a, d, _ in _duties(text)][2:] == [
        ("青山县财政局", "加强经费保障,足额拨付学校公用经费"),
        ("青山县教育局", "加强经费保障,足额拨付学校公用经费"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 负责单位 names the holder as 责任单位 does
        "完善校园安全防控体系。(负责单位:县教育局、县公安局)",
        # what the field holds, noted in brackets after its name
        "完善校园安全防控体系。(牵头单位(部门):县教育局;配合单位(部门):县公安局)",
        # the list's closing 等 is no part of its last name
        "完善校园安全防控体系。(责任单位:县教育局、县公安局等)",
        "完善校园安全防控体系。(责任单位:县教育局、县公安局等部门)",
    ],
)
def test_unit_list_variants_after_a_task(text):
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("青山县教育局", "完善校园安全防控体系"),
        ("青山县公安局", "完善校园安全防控体系"),
    ]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # the places a name also covers, in brackets within it
        ("健全控辍保学工作机制。(责任单位:市教育局、各县(市、区)人民政府)", ["江城市教育局", "各县(市、区)人民政府"]),
        ("健全控辍保学工作机制。(责任单位:市教育局、各乡镇(街道))", ["江城市教育局", "各乡镇(街道)"]),
        # a role noted after a name is no part of it
        ("健全控辍保学工作机制。(责任单位:市教育局(牵头)、市财政局)", ["江城市教育局", "江城市财政局"]),
        # names split by a slash
        ("健全控辍保学工作机制。(责任单位:市教育局/市财政局)", ["江城市教育局", "江城市财政局"]),
    ],
)
def test_unit_list_names_with_brackets_or_slashes(text, holders):
    assert [(a, d) for a, d, _ in _duties(text, region=CITY, kind="实施方案")] == [
        (h, "健全控辍保学工作机制") for h in holders
    ]


def test_unit_lists_of_a_province_s_plan():
    # the field's name qualified (主要责任单位, 协同配合单位): the task is still the sentence before
    text = "实施学前教育普及攻坚行动。(主要责任单位:省教育厅;协同配合单位:省财政厅)"
    assert [(a, d) for a, d, _ in _duties(text, region=None, kind="实施方案")] == [
        ("省教育厅", "实施学前教育普及攻坚行动"),
        ("省财政厅", "实施学前教育普及攻坚行动"),
    ]
    # the cities (州) a name also covers; a place alone joins the name after it over 、
    text = "实施学前教育普及攻坚行动。(责任单位:省教育厅,各市(州)、县(市、区)人民政府)"
    assert [a for a, _, _ in _duties(text, region=None, kind="实施方案")] == [
        "省教育厅", "各市(州)、县(市、区)人民政府",
    ]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # the lead and the bodies responsible each in a part of their own
        ("实施学前教育普及攻坚行动(省教育厅牵头,省发展改革委、省财政厅等按职责分工负责)。", ["省教育厅", "省发展改革委", "省财政厅"]),
        ("实施学前教育普及攻坚行动(省教育厅牵头,各市(州)人民政府负责落实)。", ["省教育厅", "各市(州)人民政府"]),
        # those taking part hold no duty of their own
        ("实施学前教育普及攻坚行动(省教育厅牵头,省财政厅参与)。", ["省教育厅"]),
        ("实施学前教育普及攻坚行动(省教育厅等部门负责)。", ["省教育厅"]),
    ],
)
def test_roles_bracket_of_a_province_s_plan(text, holders):
    assert [(a, d) for a, d, _ in _duties(text, region=None, kind="实施方案")] == [
        (h, "实施学前教育普及攻坚行动") for h in holders
    ]


def test_unit_field_named_in_brackets_and_a_lead_with_its_partner():
    # the field's name in brackets of its own, no colon
    text = "实施学前教育普及攻坚行动。【牵头单位】省教育厅【配合单位】省财政厅"
    assert [a for a, _, _ in _duties(text, region=None, kind="实施方案")] == ["省教育厅", "省财政厅"]
    # the body the lead works with (会同) is responsible with it
    text = "实施学前教育普及攻坚行动(省教育厅会同省财政厅负责)。"
    assert [a for a, _, _ in _duties(text, region=None, kind="实施方案")] == ["省教育厅", "省财政厅"]


def test_unit_fields_named_by_the_role_alone_and_a_lead_given_by_whom():
    # (牵头:…;配合:…): the role alone names the field
    text = "实施学前教育普及攻坚行动。(牵头:省教育厅;配合:省财政厅)"
    assert [a for a, _, _ in _duties(text, region=None, kind="实施方案")] == ["省教育厅", "省财政厅"]
    # (由省教育厅负责): the bracket's 由 is no part of the name, nor its role a duty
    text = "实施学前教育普及攻坚行动。(由省教育厅负责)"
    assert [(a, d) for a, d, _ in _duties(text, region=None, kind="实施方案")] == [("省教育厅", "实施学前教育普及攻坚行动")]


@pytest.mark.parametrize("schools", ["职业院校", "各高职院校", "省内师范院校"])
def test_colleges_by_their_kind_as_subjects(schools):
    text = f"{schools}要将劳动教育全面融入公共基础课程。"
    assert [(a, d) for a, d, _ in _duties(text, region=None, kind="实施方案")] == [
        (schools, "将劳动教育全面融入公共基础课程")
    ]


@pytest.mark.parametrize(("written", "holder"), [("县教研室", "青山县教研室"), ("市教科院", "江城市教科院"), ("省电教馆", "云岭省电教馆")])
def test_institutes_of_teaching_research_as_subjects(written, holder):
    text = f"{written}要组织开展全县课堂教学质量监测。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [(holder, "组织开展全县课堂教学质量监测")]


def test_bracketed_role_of_a_name_with_brackets_of_its_own():
    text = "健全控辍保学工作机制(市教育局、各县(市、区)人民政府按职责分工负责)。"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY, kind="实施方案")] == [
        ("江城市教育局", "健全控辍保学工作机制"),
        ("各县(市、区)人民政府", "健全控辍保学工作机制"),
    ]


def test_bracketed_role_after_the_task_s_full_stop():
    text = "3.推进集团化办学,组建3个教育集团。(县教育局牵头,县财政局配合)\n4.完善教师补充机制。(县人社局负责)\n"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("青山县教育局", "推进集团化办学,组建3个教育集团"),
        ("青山县人社局", "完善教师补充机制"),
    ]


def test_lead_and_partner_units_each_on_a_line_under_the_task():
    text = "1.实施学前教育提升工程,新建幼儿园3所。\n牵头单位:县教育局\n完成时限:2024年12月\n配合单位:县发改局、县财政局\n"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "实施学前教育提升工程,新建幼儿园3所"),
        ("青山县发改局", "实施学前教育提升工程,新建幼儿园3所"),
        ("青山县财政局", "实施学前教育提升工程,新建幼儿园3所"),
    ]


def test_lead_and_partner_units_on_one_line_under_the_task():
    text = "2.实施学前教育提升行动。\n牵头单位：县教育局 配合单位：县财政局、县发改局\n"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "实施学前教育提升行动"),
        ("青山县财政局", "实施学前教育提升行动"),
        ("青山县发改局", "实施学前教育提升行动"),
    ]


def test_the_lead_leads_what_the_bodies_after_it_are_responsible_for():
    text = "加强教师队伍建设。县教育局牵头,县财政局、县人社局负责落实教师工资待遇保障。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "落实教师工资待遇保障"),
        ("青山县财政局", "负责落实教师工资待遇保障"),
        ("青山县人社局", "负责落实教师工资待遇保障"),
    ]


def test_agencies_listed_before_a_duty():
    duties = _duties("市教育局、市编委办、市财政局要加强协调。", region=CITY)
    assert [(a, d) for a, d, _ in duties] == [
        ("江城市教育局", "加强协调"),
        ("江城市编委办", "加强协调"),
        ("江城市财政局", "加强协调"),
    ]


def test_a_commission_inside_a_list_of_agencies_is_one_of_them():
    duties = _duties("县公安局、县文旅委、县市场监管局等部门要加强文化市场管理。")
    assert [a for a, _, _ in duties] == ["青山县公安局", "青山县文旅委", "青山县市场监管局"]


def test_a_list_of_named_agencies_longer_than_a_subject_holds_the_charge():
    duties = _duties("县公安局、县文旅委、县市场监管局、县综治办等部门要加强文化市场管理和校园周边环境综合治理。")
    assert [a for a, _, _ in duties] == ["青山县公安局", "青山县文旅委", "青山县市场监管局", "青山县综治办"]
    assert {d for _, d, _ in duties} == {"加强文化市场管理和校园周边环境综合治理"}


def test_a_charge_stops_at_the_next_agency():
    assert [(a, d) for a, d, _ in _duties("县教育局要加强指导,县财政局要保障经费。")] == [
        ("青山县教育局", "加强指导"),
        ("青山县财政局", "保障经费"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市区高中招生计划由市教育局统一发布。", [("江城市教育局", "市区高中招生计划统一发布")]),
        ("民办小学招生计划由区教育局审核后报市教育局核准。", [("江城市教育局", "核准")]),
        (
            "督查组工作职责:一是对各联系学校进行专项检查。二是明察暗访。",
            [("督查组", "对各联系学校进行专项检查"), ("督查组", "明察暗访")],
        ),
    ],
)
def test_by_approval_and_listed_duties(text, expected):
    duties = [(a, d) for a, d, _ in _duties(text, region=CITY)]
    assert all(e in duties for e in expected), duties


@pytest.mark.parametrize(
    "text",
    [
        "巡查组对学校各项工作给予了高度评价。",  # done, not to be done
        "市教育局发布《关于做好招生工作的通知》。",  # a document issued
        "学校在测评中获市直第二名。",  # an honour won
        "甘肃省教育厅在我市召集四个市州教育主管部门负责人座谈会。",  # a meeting called
        "全市义务教育阶段民办学校在校生占比4.6%。",  # a share counted
        "今年9月,昌平区可投入使用学校将达到4所,共提供学位4200个。",  # a count the schools will reach
    ],
)
def test_what_was_done_is_no_duty(text):
    assert _duties(text, region=CITY) == []


def test_who_sits_in_a_group_is_no_duty():
    text = "成立学业水平考试工作领导小组,由省教育厅分管领导任组长,相关部门负责人为成员,负责制定学业水平考试政策。"
    duties = _duties(text)
    assert not any(duty.startswith("分管领导任组长") for _, duty, _ in duties)
    # (组长由…担任: who holds the group's post, by the body of their office)
    assert _duties("组长由县政府分管副县长盘成军担任;副组长由市教育局副局长钱伟平担任。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "学校根据教师个人申请竞岗情况,结合学科岗位设置要求、选课走班的实际情况等,由学校竞聘工作小组确定岗位。",
        "各级各类幼儿园通过内涵建设,保教质量与办园水平进一步提高。",
        # (…after a word of when: 每年, 同时)
        "县教育体育局每年根据教师减员及空缺编制情况,拟定招聘计划。",
        # (…or after the document it follows: 根据《…》)
        "县教育体育局对县城学校布局工作高度重视,根据《龙陵县“十三五”教育事业发展规划》,充分考虑人口情况等因素。",
    ],
)
def test_a_frame_cut_off_before_its_action_is_no_duty(sentence):
    frames = ("根据", "通过", "每年根据")
    assert not any(duty.startswith(frames) and "," not in duty for _, duty, _ in _duties(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # (…with the manner it is followed in: 认真按照…要求)
        "党的群众路线教育实践活动蓬勃开展。我局认真按照区委党的群众路线教育实践活动领导小组和督导组要求,"
        "迅速在全区教育系统启动实践活动,扎实开展各阶段学教活动。",
        # (…or a body's decision followed: 按照…的决议)
        "坚持党组织把方向、管大局、作决策、带队伍,校长按照学校党组织的决议,认真抓好学校的教育教学和行政管理等工作。",
    ],
)
def test_a_requirement_or_decision_followed_alone_is_no_duty(sentence):
    assert not any(duty.endswith(("要求", "决议")) for _, duty, _ in _duties(sentence))


def test_an_action_after_the_frame_s_requirement_is_the_duty():
    duties = _duties("县教育局要根据《通知》要求制定自查工作方案。")
    assert [(a, d) for a, d, _ in duties] == [("青山县教育局", "根据《通知》要求制定自查工作方案")]


@pytest.mark.parametrize(
    "sentence",
    [
        "各地、各部门要从战略和全局的高度定位和谋划民族地区教育。",
        "县教育体育局对县城规划区学校布局工作高度重视。",
        "各有关部门要认真贯彻落实国家和省的决策部署。",
        "各级各部门要结合实际,认真抓好贯彻落实。",
        "会议由县教育局局长主持。",  # who chairs a meeting
        "各高中学校要在接下来的时间里。",  # only when
        "福建各地公安、综治、教育部门做好如下工作。",  # the tasks follow
        "目前,已由区政府责成我局办理。",  # done already
    ],
)
def test_an_attitude_or_obedience_is_no_duty(sentence):
    assert _duties(sentence) == []


def test_a_school_s_discipline_committee_oversees():
    assert ("学校纪委", "竞岗过程全程监督", None) in _duties("竞岗过程由学校纪委全程监督,所有结果都须公示。")


def test_a_school_s_general_office_holds_its_part():
    assert ("党政办", "准备宣传材料", None) in _duties("场地提前打扫卫生。党政办准备宣传材料。")


def test_an_office_after_by_holds_the_task():
    # (what it does to the document: it interprets it)
    assert ("学生处", "负责解释本办法", None) in _duties("本办法由学生处负责解释。")
    # …also when the article is a heading of its own, no office's name
    text = "第五章附则\n第十二条\n本办法由学生处负责解释。\n第十三条\n本办法自印发之日起施行。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("学生处", "负责解释本办法")]
    # …a five-year plan or an action plan, by its own name
    assert [(a, d) for a, d, _ in _duties("本规划由市教育局负责组织实施。本行动计划由县教育局负责解释。", kind="规划")] == [
        ("江城市教育局", "负责组织实施本规划"),
        ("青山县教育局", "负责解释本行动计划"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("每年开学前,由各中心小学负责对辖区内适龄少年儿童进行逐户排查。", ("各中心小学", "负责对辖区内适龄少年儿童进行逐户排查")),
        ("新校区由一零一中学承办并参与建设。", ("一零一中学", "新校区承办并参与建设")),
    ],
)
def test_a_school_or_centre_after_by_holds_its_role(text, expected):
    assert expected in [(a, d) for a, d, _ in _duties(text)]


def test_what_a_term_means_is_no_duty():
    text = "自主招生,指由学校根据自身的办学定位和办学特色自主确定招生标准的招生方式。"
    assert not any(duty.startswith("指") for _, duty, _ in _duties(text))


@pytest.mark.parametrize(
    ("sentence", "holder", "duty"),
    [
        (
            "成立普通高中学业水平考试工作领导小组,由省教育厅分管领导任组长,相关部门负责人为成员,负责制定学业水平考试政策。",
            "普通高中学业水平考试工作领导小组",
            "负责制定学业水平考试政策",
        ),
        (
            "将原浙江省普通高中会考办公室改为浙江省普通高中学业水平考试办公室,负责考试日常管理。",
            "浙江省普通高中学业水平考试办公室",
            "负责考试日常管理",
        ),
        # a group's office seated in a body
        (
            "领导小组办公室设在县教体局,教体局局长兼任办公室主任,负责处理防范中小学生溺水事故的日常工作。",
            "领导小组办公室",
            "负责处理防范中小学生溺水事故的日常工作",
        ),
        # (how it is answerable, 具体负责, is part of its duty)
        (
            "领导小组下设办公室,办公室设在市教育局师范教育处,具体负责名师名校长培养人选的选拔等工作。",
            "办公室",
            "具体负责名师名校长培养人选的选拔等工作",
        ),
        # a group's office set up under it, named by it
        (
            "领导小组下设办公室,并抽调了专职人员实行集中办公,负责校舍安全工程的日常管理工作。",
            "领导小组办公室",
            "负责校舍安全工程的日常管理工作",
        ),
        # a body whose name ends in neither group nor office, and one set up 相应的
        (
            "市教育局成立特级教师评审推荐组织,负责特级教师评审推荐工作。",
            "特级教师评审推荐组织",
            "负责特级教师评审推荐工作",
        ),
        (
            "学校成立相应的教育信息化建设领导机构,负责建设项目的管理与应用。",
            "教育信息化建设领导机构",
            "负责建设项目的管理与应用",
        ),
        # a division set up under the short name the text gives it in brackets
        (
            "设立专门办公室和独立的信息化责任科室(技管中心),具体负责教育信息化工程建设。",
            "技管中心",
            "具体负责教育信息化工程建设",
        ),
    ],
)
def test_a_body_set_up_holds_the_duty_its_sentence_gives_it(sentence, holder, duty):
    assert any(h.endswith(holder) and d == duty for h, d, _ in _duties(sentence))


def test_a_committee_opens_a_clause_as_its_subject():
    duties = _duties("当前要遏制竞赛考级,市人大常委会应专门立法或者修改青少年保护条例。", region=CITY)
    assert any(h.endswith("人大常委会") and d.startswith("专门立法") for h, d, _ in duties)


def test_a_body_wholly_in_charge():
    duties = _duties("学分认定的主体是学校,学分认定委员会全面负责学生学分认定工作。")
    assert ("学分认定委员会", "全面负责学生学分认定工作", None) in duties


def test_what_every_school_of_a_kind_does_is_a_norm_not_a_duty():
    text = (
        "学校要根据本校实际,制订学校选修课程建设规划。寄宿制学校要优先安排留守儿童住宿。各级各类学校要加强党建工作。"
        "各校要成立专项督查小组。学校担负安全稳定工作的主体责任。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("各校", "成立专项督查小组"),
        ("学校", "担负安全稳定工作的主体责任"),
    ]
    # …and so is a place's schools of a kind; the whole place's schools a notice charges are its addressees
    assert _duties("市教育局提出,集美区新建幼儿园要全部为公办。") == []
    assert [a for a, _, _ in _duties("全县中小学校要通过讲座、板报等方式开展防溺水教育。")] == ["全县中小学校"]


def test_what_news_reports_schools_are_told_is_their_duty():
    # a meeting's demands, a plan's contents: the schools told are the place's, not every school anywhere
    text = "会议要求,中小学校要针对课后服务情况,修订教育教学管理制度。各乡镇、学校要认真做好排查工作。"
    assert ("中小学校", "针对课后服务情况,修订教育教学管理制度") in [(a, d) for a, d, _ in _duties(text, kind="新闻")]
    assert ("学校", "认真做好排查工作") in [(a, d) for a, d, _ in _duties(text, kind="新闻")]
    assert [a for a, _, _ in _duties(text, kind="通知")] == ["各乡镇"]
    # (a place's schools of a kind are still described: 集美区新建幼儿园 is what the place builds)
    assert _duties("市教育局提出,集美区新建幼儿园要全部为公办。", kind="新闻") == []


def test_what_an_implementation_plan_charges_schools_with_is_their_duty():
    # a plan hands its tasks out, to the schools it covers too; what it only says of them stays a norm
    text = "学校要迅速派出教师当天家访。中小学校、幼儿园要指派专人对接送学生车辆进行查验。课后服务安排在校园内进行,学校提供场所。"
    for kind in ("实施方案", "行动计划"):
        assert [(a, d) for a, d, _ in _duties(text, kind=kind)] == [
            ("学校", "迅速派出教师当天家访"),
            ("中小学校", "指派专人对接送学生车辆进行查验"),
            ("幼儿园", "指派专人对接送学生车辆进行查验"),
        ]
    assert _duties(text, kind="意见") == []


def test_a_charge_stops_at_a_clause_with_its_own_doer():
    text = "市区两级教育部门应严格把关,按照评价指标择优推荐,区属学校由区教育局推荐,市直属学校直接申报。"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [
        ("江城市区两级教育部门", "严格把关,按照评价指标择优推荐"),
        ("区教育局", "区属学校推荐"),
    ]


def test_who_a_network_is_made_of_holds_no_duty():
    text = "继续完善由市教育局安监处、县(市、区)教育局安监科、学校安全监督管理办公室构成的四级管理网络。"
    assert _duties(text, region=CITY) == []


def test_government_without_a_level_holds_no_duty():
    assert _duties("绍兴一中是一所深受市民关爱、政府保障、社会各界瞩目的现代化学校。") == []


def test_an_approval_given_before_is_no_duty():
    assert _duties("《深化普通高中课程改革方案》已经省人民政府批准同意,将于秋季开学实施。") == []
    # …nor what was approved, described by it (经…批准注册的幼儿园), approved or not
    text = "全市经教育部门批准注册的幼儿园1659所。未经教育部门批准注册的幼儿园(班)719所。"
    assert _duties(text, region=CITY, kind="实施方案") == []
    assert [(a, d) for a, d, _ in _duties("招生计划审核后报市教育局核准。", region=CITY)] == [("江城市教育局", "核准")]


def test_who_speaks_before_the_bodies_charged_is_no_part_of_their_name():
    duties = [(a, d) for a, d, _ in _duties("他强调各校要抓好安全工作。调研组建议县教委要推动城乡义务教育资源共享。", region=COUNTY)]
    assert duties == [("各校", "抓好安全工作"), ("青山县教委", "推动城乡义务教育资源共享")]


def test_the_bodies_one_asks_are_charged_not_who_asks():
    text = (
        "市政府副总督学、教育督导室张某主任要求某镇政府要高度重视,继续把教育发展放在首位。"
        "同时要求某镇政府会同市自然资源规划部门,充分论证校区扩建项目,争取早日实施。"
        "县教育局要求各科室、部门要通力合作。"
    )
    assert [(a, d) for a, d, _ in _duties(text, region=COUNTY, kind="新闻")] == [
        ("某镇政府", "继续把教育发展放在首位"),
        ("某镇政府", "会同市自然资源规划部门,充分论证校区扩建项目,争取早日实施"),
        ("各科室", "通力合作"),  # (部门 alone names no body)
    ]
    # (…and what they are asked to strengthen: 强化 is a duty verb)
    text = "通知要求各学校强化学校宣传教育,强化家长教育与监管。"
    assert [(a, d) for a, d, _ in _duties(text, region=COUNTY, kind="新闻")] == [
        ("各学校", "强化学校宣传教育,强化家长教育与监管"),
    ]


def test_a_party_committee_s_commission_is_a_subject():
    text = "县委政法委将定期召开联席会议,研究解决专项行动中突出问题。"
    assert [(a, d) for a, d, _ in _duties(text, region=COUNTY, kind="新闻")] == [
        ("青山县委政法委", "定期召开联席会议,研究解决专项行动中突出问题")
    ]


def test_what_an_agency_will_do_is_its_duty():
    text = "市教育局将在暑期举办一期学校安全管理专题培训班。这些幼儿园将主要集中在城乡结合部。"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [
        ("江城市教育局", "在暑期举办一期学校安全管理专题培训班"),
    ]


@pytest.mark.parametrize("subject", ["各县市区", "各市州", "各市县", "各县(市、区)", "各县(市)", "各镇", "各街道"])
def test_every_town_county_or_city_below_is_a_subject(subject):
    assert [(a, d) for a, d, _ in _duties(f"{subject}负责考试组织及相关工作。", region=CITY, kind="通知")] == [
        (subject, "负责考试组织及相关工作"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a section headed by an office's name alone
        (
            "内设机构\n(一)办公室。负责文电、会务等机关日常运转工作;研究教育改革与发展战略。指导学校安全风险防控体系建设,"
            "指导、协调学校安全保卫工作。\n(二)组织人事科。指导全区教育系统党的建设工作。",
            [
                ("办公室", "负责文电、会务等机关日常运转工作"),
                ("办公室", "研究教育改革与发展战略"),
                ("办公室", "指导学校安全风险防控体系建设"),
                ("办公室", "指导、协调学校安全保卫工作"),
                ("组织人事科", "指导全区教育系统党的建设工作"),
            ],
        ),
        # each item read as a section headed by the body's name, its duty after the colon
        (
            "五、职责分工\n(一)市妇联:负责家庭教育指导服务。\n(二)市财政局:负责生均公用经费按时足额拨付。\n",
            [("江城市妇联", "负责家庭教育指导服务"), ("江城市财政局", "负责生均公用经费按时足额拨付")],
        ),
        # under the division of duties, every part after the body's name, whatever its verb
        (
            "四、职责分工\n(一)各级人民政府:对本行政区域内控辍工作负主要责任;合理配置教育资源,促进义务教育均衡发展。\n"
            "(二)市财政局:落实控辍保学经费;加强资金监管。\n",
            [
                ("各级人民政府", "对本行政区域内控辍工作负主要责任"),
                ("各级人民政府", "合理配置教育资源,促进义务教育均衡发展"),
                ("江城市财政局", "落实控辍保学经费"),
                ("江城市财政局", "加强资金监管"),
            ],
        ),
        # a duty table read row by row: the row's number, the body, its duties
        (
            "序号 涉及部门 职责分工\n1\n市教育局\n负责校园食品安全管理工作。指导监督学校落实食品安全主体责任。\n"
            "2\n市卫生健康委\n负责组织开展校园食品安全风险监测。\n相关依据:\n",
            [
                ("江城市教育局", "负责校园食品安全管理工作"),
                ("江城市教育局", "指导监督学校落实食品安全主体责任"),
                ("江城市卫生健康委", "负责组织开展校园食品安全风险监测"),
            ],
        ),
        # (what it sets up, does by law or at intervals opens a duty too)
        (
            "市市场监督管理局\n负责学校集中用餐的监督管理;建立学校食堂食品安全信用档案;依法查处违法行为;定期开展检查。\n",
            [
                ("江城市市场监督管理局", "负责学校集中用餐的监督管理"),
                ("江城市市场监督管理局", "建立学校食堂食品安全信用档案"),
                ("江城市市场监督管理局", "依法查处违法行为"),
                ("江城市市场监督管理局", "定期开展检查"),
            ],
        ),
    ],
)
def test_a_body_named_alone_lists_the_duties_under_it(text, expected):
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == expected


@pytest.mark.parametrize("must", ["务必", "一定要"])
def test_a_must_said_more_strongly_is_a_charge(must):
    text = f"各校{must}于1月11日前将排查整改台账上报县教育局。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [("各校", "于1月11日前将排查整改台账上报县教育局")]


@pytest.mark.parametrize("must", ["需", "需要"])
def test_need_charges_as_must_does(must):
    text = f"各学校{must}于3月1日前将自查报告报送县教育局,并做好整改工作。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("各学校", "于3月1日前将自查报告报送县教育局,并做好整改工作")
    ]
    assert _duties("要满足各学校需求,县教育局需求资金保障。", kind="通知") == []  # (需求: a noun, no charge)


@pytest.mark.parametrize("townships", ["各乡镇(街道)", "各乡镇、街道"])
def test_the_streets_listed_beside_the_townships_are_charged_as_when_noted_in_brackets(townships):
    duties = [(a, d) for a, d, _ in _duties(f"{townships}要认真做好适龄儿童入学摸底排查工作。", kind="通知")]
    assert duties and all(d == "认真做好适龄儿童入学摸底排查工作" for _, d in duties)
    assert duties[0][0].startswith("各乡镇")


def test_bodies_requested_by_a_subject_s_verb_are_charged_to_the_end_of_the_sentence():
    text = "请各办事处、各有关部门成立相应的组织,确保该项工作有人抓、有人管。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("各办事处", "成立相应的组织,确保该项工作有人抓、有人管"),
        ("各有关部门", "成立相应的组织,确保该项工作有人抓、有人管"),
    ]


@pytest.mark.parametrize("named", ["县财政局:", "县财政局职责:", "县财政局主要职责:", "县财政局的工作职责:"])
def test_a_body_s_duties_named_before_a_colon_are_its_own(named):
    text = f"{named}负责幼教点开办资金的筹措和管理,统筹安排学校建设资金。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("青山县财政局", "负责幼教点开办资金的筹措和管理,统筹安排学校建设资金")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "健全控辍保学工作机制,由县教育局牵头负责。",
        "健全控辍保学工作机制(县教育局牵头负责,县财政局配合)。",
        "由县教育局牵头负责,县财政局配合,健全控辍保学工作机制。",
    ],
)
def test_the_lead_s_role_told_with_both_words_holds_the_task(text):
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [("青山县教育局", "健全控辍保学工作机制")]


def test_a_circled_item_number_is_no_part_of_the_holder():
    text = "①县教育局负责健全控辍保学工作机制。②各学校要建立控辍保学工作台账。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("青山县教育局", "负责健全控辍保学工作机制"),
        ("各学校", "建立控辍保学工作台账"),
    ]


@pytest.mark.parametrize("listed", ["县教育局、县财政局", "县教育局和县财政局", "县教育局及县财政局"])
def test_a_unit_list_s_bodies_joined_by_a_word_are_each_a_holder(listed):
    text = f"1.健全控辍保学工作机制。(责任单位:{listed})"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("青山县教育局", "健全控辍保学工作机制"), ("青山县财政局", "健全控辍保学工作机制"),
    ]
    assert [a for a, _, _ in _duties("1.健全控辍保学工作机制。(责任单位:县人力资源和社会保障局)")] == [
        "青山县人力资源和社会保障局"
    ]


def test_should_charges_as_must_does_and_its_second_character_is_no_part_of_the_task():
    text = "各校应该成立以校长为组长的安全工作领导小组,加强对安全工作的领导。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("各校", "成立以校长为组长的安全工作领导小组,加强对安全工作的领导")
    ]


def test_a_body_s_main_duty_is_its_duty_and_its_head_is_no_duty():
    assert [(a, d) for a, d, _ in _duties("县教育局主要负责全县控辍保学的日常管理和协调工作。", kind="实施方案")] == [
        ("青山县教育局", "主要负责全县控辍保学的日常管理和协调工作")
    ]
    assert _duties("县教育局主要负责同志亲自部署。", kind="实施方案") == []


def test_a_unit_list_in_square_brackets_is_read_as_in_others():
    text = "1.同步规划产教融合与经济社会发展。将产教融合发展纳入全市经济社会发展总体规划。[责任单位:市发改委、市教育局]"
    task = "同步规划产教融合与经济社会发展:将产教融合发展纳入全市经济社会发展总体规划"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY, kind="实施意见")] == [
        ("江城市发改委", task), ("江城市教育局", task),
    ]


def test_a_role_bracket_opening_with_by_gives_its_task_once():
    text = "建立控辍保学工作台账(由县教育局负责)。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [("青山县教育局", "建立控辍保学工作台账")]


@pytest.mark.parametrize("intro", ["县教育局主要职责是:", "县教育局的职责:", "县教育局的工作职责为:"])
def test_the_items_under_a_body_s_duties_named_as_its_own_are_its_duties(intro):
    text = f"{intro}\n(1)建立控辍保学工作台账。\n(2)落实控辍保学责任。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("青山县教育局", "建立控辍保学工作台账"), ("青山县教育局", "落实控辍保学责任"),
    ]


@pytest.mark.parametrize("schools", ["各乡镇中心小学", "各初中"])
def test_schools_requested_by_their_level_s_name_hold_the_request(schools):
    text = f"请{schools}合理分配辖区生源,严控本部班额。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [(schools, "合理分配辖区生源,严控本部班额")]


@pytest.mark.parametrize("asking", ["请", "会议要求"])
def test_schools_requested_with_the_kindergartens_noted_in_brackets_are_one_holder(asking):
    text = f"{asking}各中小学校(幼儿园)设立安全保卫机构,成立安全保卫工作领导小组。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("各中小学校(幼儿园)", "设立安全保卫机构,成立安全保卫工作领导小组")
    ]


@pytest.mark.parametrize("adverb", ["", "切实", "进一步"])
def test_an_attitude_after_an_adverb_is_no_duty_and_opens_none(adverb):
    assert _duties(f"各级各部门要{adverb}高度重视义务教育均衡发展工作。", kind="通知") == []
    assert _duties(f"各级各部门要{adverb}结合实际,认真抓好贯彻落实。", kind="通知") == []  # (only obeying)
    text = f"各校要{adverb}高度重视,成立以校长为组长的安全工作领导小组。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [("各校", "成立以校长为组长的安全工作领导小组")]


@pytest.mark.parametrize("must", ["务必要", "必须要", "须要"])
def test_a_must_doubled_with_yao_leaves_no_yao_in_the_duty(must):
    text = f"各校{must}于3月1日前将自查报告报送县教育局。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [("各校", "于3月1日前将自查报告报送县教育局")]


@pytest.mark.parametrize("when", ["同时", "首先"])
def test_a_charge_after_what_comes_with_or_before_it_is_a_charge(when):
    text = f"县教育局{when}要于3月1日前完成校舍安全排查。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [("青山县教育局", "于3月1日前完成校舍安全排查")]


def test_what_an_action_is_on_runs_into_its_verb():
    text = "市教育局对全市报送的推荐人选,对照评选条件进行审核,确定培养对象名单。"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY, kind="意见")] == [
        ("江城市教育局", "对全市报送的推荐人选,对照评选条件进行审核"),
        ("江城市教育局", "确定培养对象名单"),  # (its next step, a duty of its own)
    ]


def test_a_meeting_a_body_must_hold_is_its_duty():
    text = "开学初,各学校要召开领导班子会议,专题分析研判学校安全工作形势。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("各学校", "召开领导班子会议,专题分析研判学校安全工作形势"),
    ]


def test_a_body_holds_the_function_it_is_to_exercise():
    text = "(1)强化教学处的教科研职能。(2)充分发挥体育、卫生工作领导小组的协调、管理职能。(3)明确相关科室的创建职能。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("教学处", "教科研职能"),
        ("体育、卫生工作领导小组", "协调、管理职能"),
    ]


def test_setting_responsibilities_names_no_duty():
    text = (
        "各区、县教育局和直属学校要按照规定明确安全稳定工作责任。"
        "各乡镇中心学校要落实控辍保学主体责任。"
        "教育行政部门担负安全稳定工作的监管责任。"
    )
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [
        ("各乡镇中心学校", "落实控辍保学主体责任"),
        ("教育行政部门", "担负安全稳定工作的监管责任"),
    ]


def test_what_a_thing_is_made_by_is_no_duty():
    text = "学业水平考试是在教育部指导下,由省级教育行政部门组织实施的全面衡量学生学业水平的考试。"
    assert _duties(text) == []
    assert [a for a, _, _ in _duties("普通高中毕业证书由省教育厅监制。")] == ["云岭省教育厅"]


def test_a_plan_followed_frames_the_duty_after_it():
    text = "教科室按照职初教师实施方案,对考试、汇报课等成绩进行记录。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("教科室", "按照职初教师实施方案,对考试、汇报课等成绩进行记录")]


def test_who_chairs_a_body_holds_no_duty():
    assert _duties("建立健全由县人民政府分管领导任召集人的职业教育联席会议制度。") == []


def test_the_kind_a_list_ends_with_is_no_agency_and_a_charge_no_role():
    text = "县教育局、县财政局等有关部门要加大投入,保障学校建设。县教育局、县财政局等部门要密切配合,形成合力。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "加大投入,保障学校建设"),
        ("青山县财政局", "加大投入,保障学校建设"),
        ("青山县教育局", "密切配合,形成合力"),
        ("青山县财政局", "密切配合,形成合力"),
    ]


@pytest.mark.parametrize(
    ("text", "duties"),
    [
        # the agency worked with (会同) holds the duty it shares, the lead's told without it
        (
            "由县教育局牵头,会同县财政局制定实施细则。",
            [("青山县教育局", "制定实施细则"), ("青山县财政局", "制定实施细则")],
        ),
        # an agency named with its role (作为牵头单位), its duty in the next clause
        ("县教育局作为牵头单位,负责统筹协调。", [("青山县教育局", "负责统筹协调")]),
        # …and charged, its role with no subject's verb after the name
        ("县教育局作为全县教育行政主管部门,要加强统筹协调。", [("青山县教育局", "加强统筹协调")]),
        # …its duty running on through the clauses after it that have no doer of their own
        (
            "县教育局作为牵头单位,负责制定实施方案,统筹推进各项工作,县财政局要保障经费。",
            [("青山县教育局", "负责制定实施方案,统筹推进各项工作"), ("青山县财政局", "保障经费")],
        ),
        ("县教育局:负责制定创建工作方案,统筹推进各项创建工作。", [("青山县教育局", "负责制定创建工作方案,统筹推进各项创建工作")]),
        # the task before the roles, not a clause after them with its own doer
        (
            "推进校舍改造。由县教育局牵头,县财政局配合,各乡镇人民政府具体实施。",
            [("青山县教育局", "推进校舍改造"), ("各乡镇人民政府", "具体实施")],
        ),
        # a body's official (分管领导, 主要负责人) acts for the body: the post is no part of its duty
        (
            "建立教育工作联席会议制度,由县政府分管领导牵头,定期研究解决教育发展中的重大问题。",
            [("青山县政府", "建立教育工作联席会议制度")],
        ),
        ("由县政府分管领导负责统筹协调规划实施中的重大事项。", [("青山县政府", "负责统筹协调规划实施中的重大事项")]),
        ("各乡镇政府分管领导负责本乡镇规划实施工作。", [("各乡镇政府", "负责本乡镇规划实施工作")]),
        # a clause before the roles that only frames the task: the task comes after them
        (
            "1.针对教师编制不足问题,由县委编办牵头,县教育局、县人社局配合,于2024年底前核定中小学教职工编制。",
            [("青山县委编办", "于2024年底前核定中小学教职工编制")],
        ),
        # who heads the work is no task: the lead's role is on the work named before 由
        (
            "本次督导由市政府教育督导室、市教育局负责同志任组长,市教育督导室督导科牵头,市财政局等部门参加。",
            [("江城市教育督导室督导科", "牵头本次督导")],
        ),
        # an item's count before 由 is no task
        ("加强队伍建设。二是由县教师发展中心负责开展全员培训。", [("青山县教师发展中心", "负责开展全员培训")]),
        # the agencies in brackets after a task
        (
            "完善经费保障机制(县财政局、县教育局负责)。",
            [("青山县财政局", "完善经费保障机制"), ("青山县教育局", "完善经费保障机制")],
        ),
        # a bureau's offices as lead and helping units
        ("2.加强师德建设。(牵头处室:人事科;配合处室:办公室)", [("人事科", "加强师德建设"), ("办公室", "加强师德建设")]),
        # the lead and its helpers in one bracket: the task is the lead's
        ("完成10所学校校舍加固(县教育局牵头,县财政局配合)。", [("青山县教育局", "完成10所学校校舍加固")]),
        # the agencies in brackets sharing the task by their functions
        (
            "落实学生资助政策(县教育局、县财政局按职责分工负责)。",
            [("青山县教育局", "落实学生资助政策"), ("青山县财政局", "落实学生资助政策")],
        ),
        # the unit list in square brackets after the task
        ("2.推进集团化办学,组建3个教育集团。【责任单位:县教育局】", [("青山县教育局", "推进集团化办学,组建3个教育集团")]),
    ],
)
def test_who_works_with_whom(text, duties):
    assert [(a, d) for a, d, _ in _duties(text)] == duties


def test_what_an_agency_asks_of_others_is_not_its_charge():
    # 要求 is a verb of its own, not the charge 要 with 求 opening the duty
    text = "复查组要求各县高度重视,举一反三。市教育局要加强督查。"
    duties = [(a, d) for a, d, _ in _duties(text, region=CITY)]
    assert ("江城市教育局", "加强督查") in duties
    assert not [d for _, d in duties if d.startswith("求")]


def test_a_title_and_what_was_done_are_no_duties():
    text = "国家督导检查组对某省30个县义务教育均衡发展督导检查反馈意见\n督导检查组对30个县进行了督导检查。市教育局要加强督查。"
    duties = [(a, d) for a, d, _ in _duties(text, region=CITY)]
    assert duties == [("江城市教育局", "加强督查")]


def test_what_an_inspection_did_and_the_frame_of_an_action_are_no_duties():
    text = (
        "督导检查组对申报的30个县进行了督导检查。督导检查组按照《办法》规定,本着“公平公正、严格把关”的原则。"
        "各区政府按照省政府和省教育厅部署安排,根据人口增长和经济社会发展情况。"
        "市教育局在门户网站公布各民办初中招生计划和招生范围。"
    )
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [("江城市教育局", "在门户网站公布各民办初中招生计划和招生范围")]


def test_a_party_organisation_of_a_kind_of_body_holds_a_duty():
    duties = _duties("各级党委和教育部门党组织要切实履行好主体责任。各级各类学校党组织要把抓好党建作为办学治校基本功。")
    assert {a for a, _, _ in duties} == {"各级党委", "教育部门党组织", "各级各类学校党组织"}


def test_a_task_force_named_as_the_unit_responsible_holds_the_task():
    text = ("1.推进区域教育中心建设。健全区域教育中心建设协调推进机制,推进区域教育中心建设强势开局。"
            "(责任单位:区域教育中心建设专班)\n2.深入实施规划。")
    assert [a for a, _, _ in _duties(text)] == ["区域教育中心建设专班"]


def test_agencies_in_their_role_charged_in_the_clauses_after():
    text = (
        "县级人民政府作为治理工作的主体,要明确辖区内的治理任务,确保资金保障;"
        "市教育局和市住建局作为治理工作的牵头单位,要主动担当作为,加大工作力度。"
    )
    duties = [(agency, duty) for agency, duty, _ in _duties(text)]
    assert ("县级人民政府", "明确辖区内的治理任务,确保资金保障") in duties
    assert ("江城市住建局", "主动担当作为,加大工作力度") in duties


def test_an_agency_in_a_role_named_by_its_field_without_de_is_charged_in_the_clauses_after():
    text = "省经信委信息化处作为试点工作牵头处室,要与省电信公司、省教育厅等部门密切配合,加强沟通协调。"
    duties = [(agency, duty) for agency, duty, _ in _duties(text)]
    assert ("云岭省经信委信息化处", "与省电信公司、省教育厅等部门密切配合,加强沟通协调") in duties


@pytest.mark.parametrize(
    "line",
    [
        "2.补充教师100名。责任单位:县教育局 完成时限:2024年12月底",
        "2.补充教师100名。牵头领导:张某 牵头单位:县教育局",
        "2.补充教师100名。(牵头领导:张某;牵头单位:县教育局)",
        # a report's corrections name their fields for the correction
        "2.补充教师100名。(整改责任单位:县教育局;整改时限:2024年12月)",
        "2.补充教师100名。\n整改责任单位:县教育局\n整改时限:2024年12月",
    ],
)
def test_the_other_fields_of_a_task_line_are_neither_body_nor_task(line):
    assert [(a, d) for a, d, _ in _duties(line, kind="报告")] == [("青山县教育局", "补充教师100名")]


def test_a_year_opening_a_task_is_no_item_number():
    duties = _duties("2022年完成10所学校改造任务。(责任单位:县教育局)")
    assert [(a, d) for a, d, _ in duties] == [("青山县教育局", "2022年完成10所学校改造任务")]


def test_a_rule_s_article_number_is_no_part_of_the_body_charged():
    text = "第三条 各级人民政府教育督导委员会负责本地区教育督导问责工作。\n第四条 县教育局应当建立督导结果公告制度。"
    facts = extract_facts(structured(text, kind="实施方案"))
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [
        ("各级人民政府教育督导委员会", "负责本地区教育督导问责工作"),
        ("青山县教育局", "建立督导结果公告制度"),
    ]
    assert not any(a.name.startswith("第") for a in facts.agencies)


def test_a_short_form_defined_after_a_holder_is_no_part_of_its_name_nor_of_its_duty():
    text = "县教育体育局（以下简称“县教体局”）负责全县教师队伍管理。县教体局会同县委编办（以下简称编办）做好编制核定。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育体育局", "负责全县教师队伍管理"),
        ("青山县教育体育局", "做好编制核定"),
        ("青山县委编办", "做好编制核定"),
    ]


def test_a_page_s_source_field_holds_no_duty():
    assert _duties("来源:市教育局发布时间:2023-02-21 11:33:40访问量:") == []


def test_an_agency_that_is_the_main_body_of_a_task_charged_after():
    text = "会议强调,县级人民政府是承担发展县域内学前教育任务的主体,要明确辖区内的治理任务。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("县级人民政府", "明确辖区内的治理任务")]


def test_an_agency_ordered_to_act_and_not_one_that_speaks():
    text = "区委办公室在回复中表示,太和区已责成区教育和文化旅游局进行处理。"
    assert [(a, d) for a, d, _ in _duties(text, region=None)] == [("太和区教育和文化旅游局", "进行处理")]
    text = "我市将责成邱村镇政府做好属地学生家长的沟通解释工作。"
    assert [(a, d) for a, d, _ in _duties(text, region=None)] == [("邱村镇政府", "做好属地学生家长的沟通解释工作")]


def test_a_numbered_item_s_name_leads_the_task_of_its_unit_list():
    text = "1.加强思想理论武装。深化全覆盖的学习培训。修订学习制度,落实列席旁听制度。(责任科室:组干科、机关党委)"
    duties = {(a, d) for a, d, _ in _duties(text)}
    assert duties == {("组干科", "加强思想理论武装:修订学习制度,落实列席旁听制度"), ("机关党委", "加强思想理论武装:修订学习制度,落实列席旁听制度")}


@pytest.mark.parametrize(
    "sentence",
    [
        "复查组要求各县高度重视。",
        "复查组对照反馈意见逐项复查。",
        "田东县人民政府统筹有力、落实有保障。",
        "由市自然资源局二级调研员罗某、市发改委四级调研员刘某等3名同志担任核查组组长。",
    ],
)
def test_asking_checking_against_praise_and_officials_lay_no_duty_on_the_agency(sentence):
    assert not any(a in ("复查组", "田东县人民政府", "江城市自然资源局") for a, _, _ in _duties(sentence))


def test_a_ratio_s_colon_does_not_end_the_clause():
    text = "各县(市、区)按照名师培养对象选拔条件,名师培养对象按1:1.5的比例(推荐名额分配见附件1)组织推荐。"
    assert [d for _, d, _ in _duties(text)] == [
        "按照名师培养对象选拔条件,名师培养对象按1:1.5的比例(推荐名额分配见附件1)组织推荐"
    ]


def test_work_named_by_an_anaphor_keeps_the_role():
    duties = [(a, d) for a, d, _ in _duties("以上工作由省教育厅牵头,会同省财政厅组织实施。", region=None)]
    assert ("省教育厅", "牵头以上工作") in duties


def test_a_clause_that_says_what_was_done_to_a_body_names_no_subject():
    text = "会议指出,学前教育各项指标已纳入省对市县人民政府履行教育职责评价,各镇街学区要做好迎接验收的准备工作。"
    assert [a for a, _, _ in _duties(text)] == ["各镇街学区"]
    # the body a plan is sent to
    assert _duties("形成较为全面、科学的教育事业发展规划,尽快报送区政府批准。") == []
    # since a body was set up; what some buildings are
    assert _duties("自东区教育和体育局成立以来,东区政府特别重视东区教育发展。") == []
    assert _duties("今年春季这些幼儿园全部投入使用。") == []


def test_every_township_acts_as_its_government():
    text = (
        "各乡镇要认真履行义务教育控辍保学法定职责。各乡(镇)负责组织适龄儿童少年入学。"
        "各区县、开发区教育局要制定实施细则。"
    )
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [
        ("各乡镇", "认真履行义务教育控辍保学法定职责"),
        ("各乡(镇)", "负责组织适龄儿童少年入学"),
        ("各区县、开发区教育局", "制定实施细则"),
    ]


def test_news_an_agency_gives_and_what_a_body_applies_are_no_duties():
    text = "昨日,省财政厅发布消息称,已下达补助资金3.44亿元。目前,东三县学校应用信息化教学平台的比例达100%。县教育局应加强督导。"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [("县教育局", "加强督导")]


def test_in_news_of_what_was_done_only_a_charge_is_a_duty():
    text = (
        "市教育局公布2015年学校建设情况\n市教育局公布了2015年中小学建设及投入使用情况。"
        "市政府教育督导委员会对6个县党政领导干部履行教育职责情况进行实地核查。"
        "下一步,我市将责成某镇政府做好家长的沟通解释工作。各学校要加强安全管理。"
    )
    duties = [(a, d) for a, d, _ in _duties(text, region=CITY, kind="新闻", plan_year=None)]
    assert duties == [("某镇政府", "做好家长的沟通解释工作"), ("各学校", "加强安全管理")]


def test_an_inspection_body_named_as_an_agency_of_its_level():
    duties = _duties("(三)加强督查。县人民政府教育督导机构要定期对乡村教师队伍建设工作进行专项检查,及时通报检查情况。")
    assert [(a, d) for a, d, _ in duties] == [
        ("青山县人民政府教育督导机构", "定期对乡村教师队伍建设工作进行专项检查,及时通报检查情况")
    ]


def test_what_someone_will_do_ends_the_doer_before_a_school():
    assert _duties("区学科教研员将下沉学校参与和指导校本教研。", region=COUNTY) == []


def test_forms_handed_to_a_body_name_no_doer():
    assert _duties("填写好各相关表格交中心学校汇总,填写要求见各表下方说明。", region=COUNTY) == []


def test_a_charge_without_a_subject_goes_on_with_the_one_before():
    text = (
        "(二)教育部门要将学校校车安全管理工作纳入年终考核的重要内容。要会同交通运管部门定期对接送学生专用车辆进行检查。\n"
        "要会同公安部门开展检查。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("教育部门", "将学校校车安全管理工作纳入年终考核的重要内容"),
        ("教育部门", "会同交通运管部门定期对接送学生专用车辆进行检查"),
    ]


def test_what_we_will_do_in_a_reply_to_a_motion_is_the_issuer_s():
    reply = "张某代表:你提出的《关于增加凡河镇教育投入的建议》收悉,现答复如下:"
    will = "目前学校办学条件逐步改善,下一步我们将积极向上争取资金,加大对凡河镇教育投入。"
    assert [(a, d) for a, d, _ in _duties(reply + will, issuer="青山县教育局")] == [
        ("青山县教育局", "积极向上争取资金,加大对凡河镇教育投入")
    ]
    assert _duties(will, issuer="青山县教育局") == []  # (a plan's or a speech's "we" is no one answerable)
    assert _duties(reply + "今后,我们将重点抓好以下三方面工作:", issuer="青山县教育局") == []  # (its items name the tasks)
    # (after when, "we" may go unsaid)
    assert [(a, d) for a, d, _ in _duties(reply + "随后,将着手开展项目前期相关工作。", issuer="青山县教育局")] == [
        ("青山县教育局", "着手开展项目前期相关工作")
    ]


def test_a_place_s_party_committee_leads_beside_the_government_and_holds_no_task():
    text = "县委、县政府将推进集团化办学作为全县教育改革重点工作。县委教育工委要加强对学校党建工作的领导。团县委要发挥作用。"
    assert [a for a, _, _ in _duties(text)] == ["青山县政府", "青山县委教育工委", "团县委"]


def test_a_charge_naming_a_responsibility_first_gives_the_tasks_after_it_as_a_duty_of_their_own():
    text = (
        "县司法局要推动落实“谁执法谁普法”责任制,牵头做好面向农村的控辍保学相关法治宣传教育和法律援助工作。"
        "各牵头部门要切实承担起责任,做好综合协调工作,各协办部门要积极配合。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县司法局", "推动落实“谁执法谁普法”责任制"),
        ("青山县司法局", "牵头做好面向农村的控辍保学相关法治宣传教育和法律援助工作"),
        ("各牵头部门", "切实承担起责任"),
        ("各牵头部门", "做好综合协调工作"),  # (up to the next body: 各协办部门要积极配合 is a helper's)
    ]
    # what the responsibility is for (确保责任到人) and a notice's lead-in to its items are no tasks
    text = (
        "各区教育局要按照规定落实安全稳定工作责任,确保责任到人。"
        "县教体局将于9月1日对各校开学情况进行专项督查(具体时间由责任区联络员商定),现将有关事宜通知如下:"
    )
    assert [d for _, d, _ in _duties(text)] == [
        "按照规定落实安全稳定工作责任", "于9月1日对各校开学情况进行专项督查(具体时间由责任区联络员商定)"
    ]


def test_a_charge_restated_within_its_sentence_opens_a_duty_of_its_own():
    text = (
        "各乡镇政府要建立高温天气防溺水风险等级预警信息发布制度,在主要交通路口悬挂标语,"
        "要组织开展“防范中小学生溺水随手拍”活动,动员广大群众及时劝离。"
        "各中小学校要高度重视校园的安全保卫工作,要设立安全保卫机构,配齐保安人员。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("各乡镇政府", "建立高温天气防溺水风险等级预警信息发布制度,在主要交通路口悬挂标语"),
        ("各乡镇政府", "组织开展“防范中小学生溺水随手拍”活动,动员广大群众及时劝离"),
        ("各中小学校", "设立安全保卫机构,配齐保安人员"),  # (高度重视…: an attitude, no task)
    ]


def test_units_addressed_as_a_group_hold_the_charge():
    text = (
        "各相关单位要及时传达会议精神,细化任务。"
        "各地各单位要切实保障义务教育阶段建档立卡家庭经济困难学生入学。"
        "各单位要及时传达会议精神。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("各相关单位", "及时传达会议精神,细化任务"),
        ("各地各单位", "切实保障义务教育阶段建档立卡家庭经济困难学生入学"),
        # (各单位 alone: any unit at all, no holder)
    ]


@pytest.mark.parametrize(
    ("text", "duty"),
    [
        # what a body's spokesman says it will do
        (
            "县教育局相关负责人表示,下一步,将配合相关部门做好项目建设的用地审批、民房征迁等前期工作。",
            "配合相关部门做好项目建设的用地审批、民房征迁等前期工作",
        ),
        # what a body answers a motion with
        (
            "针对《关于农村学前班建设和教学点恢复的建议》,县教体局答复巩固、办好当前农村所有的教学点,坚持一个不拆。",
            "巩固、办好当前农村所有的教学点,坚持一个不拆",
        ),
    ],
)
def test_what_a_body_states_it_will_do_is_its_commitment(text, duty):
    assert [d for _, d, _ in _duties(text, kind="新闻")] == [duty]


def test_what_a_body_states_without_saying_it_will_act_is_no_commitment():
    assert _duties("绍兴一中相关负责人表示,首批资金60万元即将用于资助30名学生暑期访学。", kind="新闻") == []


@pytest.mark.parametrize(
    "text",
    [
        "全市中小学将在下周正式开学。",
        "届时,试点学校将开通不低于4Mbps的宽带接入专线,同时获赠3台上网电脑。",
        "福建全省中小学幼儿园将配“一键式报警”设备。",
    ],
)
def test_what_schools_as_a_whole_will_get_in_news_is_no_duty(text):
    assert _duties(text, kind="新闻") == []


def test_what_the_schools_addressed_will_do_in_news_stays_their_duty():
    assert [(a, d) for a, d, _ in _duties("长岗镇各校将持续规范办学行为,全力筑牢安全底线。", kind="新闻")] == [
        ("长岗镇各校", "持续规范办学行为,全力筑牢安全底线")
    ]


def test_a_verb_of_strengthening_opens_no_subject():
    # (强化政府统筹: what is strengthened, not a body named 强化政府)
    assert _duties("强化政府统筹,落实教育经费投入。") == []


@pytest.mark.parametrize("verb", ["督促", "指导", "组织"])
def test_a_charge_runs_on_through_a_clause_of_a_verb_and_the_schools_it_acts_on(verb):
    text = f"县教育局要加强领导,{verb}各学校落实各项任务。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", f"加强领导,{verb}各学校落实各项任务")]


@pytest.mark.parametrize(("text", "duty"), [
    ("县教育局会同县财政局负责义务教育学校经费保障工作。", "负责义务教育学校经费保障工作"),
    ("县教育局要会同县财政局等部门,制定学校经费保障办法。", "制定学校经费保障办法"),
    ("义务教育学校公用经费由县教育局会同县财政局统筹安排。", "义务教育学校公用经费统筹安排"),
])
def test_the_body_worked_with_shares_the_duty(text, duty):
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", duty), ("青山县财政局", duty)]


@pytest.mark.parametrize(("text", "partners", "duty"), [
    ("县教育局协同县卫健委做好幼儿园卫生保健工作。", ["青山县卫健委"], "做好幼儿园卫生保健工作"),
    ("县教育局协同县卫健委、县体育局开展学生体质监测。", ["青山县卫健委", "青山县体育局"], "开展学生体质监测"),
])
def test_the_bodies_a_subject_works_with_after_xietong_share_its_duty(text, partners, duty):
    assert [(a, d) for a, d, _ in _duties(text)] == [(a, duty) for a in ["青山县教育局", *partners]]


def test_the_bodies_a_subject_joins_with_after_lianhe_are_no_part_of_its_name():
    text = "县教育局联合县公安局开展校园周边环境整治。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", "联合县公安局开展校园周边环境整治")]


@pytest.mark.parametrize(("text", "partner", "duty"), [
    ("县教育局协同县卫健委,做好学生常见病防控工作。", "青山县卫健委", "做好学生常见病防控工作"),
    ("县教育局会同县财政局,制定学校布局调整方案。", "青山县财政局", "制定学校布局调整方案"),
    ("由县教育局会同县财政局等部门,制定学校布局调整方案。", "青山县财政局", "制定学校布局调整方案"),
])
def test_the_bodies_a_subject_works_with_share_the_duty_in_the_clause_after_them(text, partner, duty):
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", duty), (partner, duty)]


def test_the_bodies_joined_in_a_clause_of_their_own_share_no_duty():
    text = "县教育局联合县公安局,开展校园周边环境整治。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", "联合县公安局,开展校园周边环境整治")]
    # (in news, what bodies did together is no duty)
    assert _duties("县教育局协同县卫健委,开展学生视力筛查。", kind="新闻") == []


def test_xietong_before_no_body_is_no_partner():
    assert _duties("健全多部门协同联动的残疾儿童筛查机制。") == []


@pytest.mark.parametrize(("text", "duty"), [
    ("县发改局、县住建局共同负责学校建设项目审批。", "共同负责学校建设项目审批"),
    ("县发改局与县住建局共同负责学校建设项目审批。", "共同负责学校建设项目审批"),
    ("县发改局和县住建局分别牵头做好学校建设项目审批。", "分别牵头做好学校建设项目审批"),
    ("县发改局、县住建局分工负责学校建设项目审批。", "分工负责学校建设项目审批"),
    ("学校建设项目审批由县发改局、县住建局分工负责。", "学校建设项目审批分工负责"),
])
def test_bodies_acting_together_or_each_on_its_own_share_the_duty(text, duty):
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县发改局", duty), ("青山县住建局", duty)]


def test_bodies_each_responsible_for_one_task_hold_their_own():
    text = "县教育局、县财政局、县人社局分别负责学校规划、经费保障和教师招聘。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "负责学校规划"), ("青山县财政局", "负责经费保障"), ("青山县人社局", "负责教师招聘")
    ]
    text = "县教育局和县卫健委分别牵头做好学校卫生和疾病防控工作。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "牵头做好学校卫生"), ("青山县卫健委", "牵头做好疾病防控工作")
    ]
    # (as many tasks as bodies, or each holds the whole)
    text = "县教育局、县财政局分别负责学校规划、经费保障和教师招聘。"
    assert [d for _, d, _ in _duties(text)] == ["分别负责学校规划、经费保障和教师招聘"] * 2


def test_bodies_named_as_who_makes_up_a_thing_hold_no_duty():
    assert _duties("建立由教育、卫生和体育等部门共同参与的幼儿健康水平监测和评估机制。") == []
    assert _duties("建立由县教育局参与的监测机制。") == []


def test_a_partner_list_running_past_the_names_known_is_left_whole():
    text = "县教育局会同县财政局、县规划编制研究院制定学校布局规划。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", "会同县财政局、县规划编制研究院制定学校布局规划")]


def test_a_duty_done_by_law_opens_after_the_body():
    text = "县市场监管局依法会同有关部门开展学校食品安全事故调查处理。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县市场监管局", "依法会同有关部门开展学校食品安全事故调查处理")]


def test_the_official_who_heads_a_groups_office_holds_no_duty():
    text = "领导小组办公室设在县教育局,办公室主任由县教育局局长兼任,具体负责领导小组日常工作。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("领导小组办公室", "具体负责领导小组日常工作")]


def test_the_body_named_the_implementing_subject_holds_its_charge():
    text = "县教育局是课后服务的实施主体,要制定课后服务工作方案。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", "制定课后服务工作方案")]


def test_bureaus_sharing_their_level_and_the_word_bureau():
    assert [(a, d) for a, d, _ in _duties("县发改、财政、住建局按职责分工做好项目保障工作。县人社、财政局负责落实教师待遇。")] == [
        ("青山县发改局", "按职责分工做好项目保障工作"),
        ("青山县财政局", "按职责分工做好项目保障工作"),
        ("青山县住建局", "按职责分工做好项目保障工作"),
        ("青山县人社局", "负责落实教师待遇"),
        ("青山县财政局", "负责落实教师待遇"),
    ]


def test_a_commission_with_its_other_name_in_brackets_holds_a_duty():
    assert [(a, d) for a, d, _ in _duties("县发改(经发)委负责立项审批,县财政局负责资金保障。")] == [
        ("青山县发改(经发)委", "负责立项审批"),
        ("青山县财政局", "负责资金保障"),
    ]


def test_a_school_by_its_place_and_name_holds_a_duty_and_a_kind_of_school_none():
    text = "青山县第一中学负责牵头组建教育集团。县实验中学负责开展课后服务试点。县城区小学要做好招生工作。本县初级中学要做好衔接。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县第一中学", "负责牵头组建教育集团"),
        ("青山县实验中学", "负责开展课后服务试点"),
    ]


def test_a_committee_of_the_congress_standing_committee_holds_a_duty():
    assert [(a, d) for a, d, _ in _duties("县人大常委会教科文卫工委负责监督检查。")] == [
        ("青山县人大常委会教科文卫工委", "负责监督检查"),
    ]


def test_a_role_in_brackets_after_a_holder_is_no_part_of_its_name():
    assert [(a, d) for a, d, _ in _duties("县教育局（牵头）、县财政局负责落实教师待遇。")] == [
        ("青山县教育局", "负责落实教师待遇"),
        ("青山县财政局", "负责落实教师待遇"),
    ]


def test_the_items_after_a_body_s_role_and_a_colon_are_its_duties():
    text = "县教育局负责:1.制定全县教育发展规划;2.统筹教师编制调配;3.县财政局负责落实经费。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "制定全县教育发展规划"),
        ("青山县教育局", "统筹教师编制调配"),
        ("青山县财政局", "负责落实经费"),
    ]


@pytest.mark.parametrize("text", [
    "县教育局负责以下工作:\n1.制定全县教育发展规划;\n2.统筹教师编制调配。\n",
    "县教育局要做好以下工作:一是制定全县教育发展规划;二是统筹教师编制调配。",
    "县教育局负责:(1)制定全县教育发展规划;(2)统筹教师编制调配。",
])
def test_the_items_listed_under_a_body_s_line_are_its_duties(text):
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "制定全县教育发展规划"),
        ("青山县教育局", "统筹教师编制调配"),
    ]


def test_a_list_of_a_body_s_duties_ends_at_the_first_line_of_another_list():
    text = (
        "三、工作任务\n(一)县教育局负责以下工作:\n1.制定全县教育发展规划。\n2.统筹教师编制调配。\n"
        "(二)加强经费保障。\n四、保障措施\n(一)加强组织领导。\n"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "制定全县教育发展规划"),
        ("青山县教育局", "统筹教师编制调配"),
    ]
    # (in news, only a charged body's list)
    assert _duties("县教育局负责以下工作:\n1.制定全县教育发展规划。\n", kind="新闻") == []


def test_a_charge_s_yao_ends_the_subject_before_it():
    # (各股室 is no body the vocabulary knows: 各股室要深入学校 is none either)
    assert _duties("局长王明要求,各股室要深入学校开展调研。") == []
    assert [(a, d) for a, d, _ in _duties("会议要求,各乡镇要深入学校开展调研。")] == [("各乡镇", "深入学校开展调研")]


@pytest.mark.parametrize("text, duty", [
    ("县教育局下一步将协调县财政局,争取农村学校改造资金。", "协调县财政局,争取农村学校改造资金"),
    ("县教育局今后要加强校车安全管理。", "加强校车安全管理"),
])
def test_when_the_body_is_to_act_may_come_between_it_and_its_charge(text, duty):
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县教育局", duty)]


def test_a_police_bureau_s_traffic_squad_is_one_body():
    assert [(a, d) for a, d, _ in _duties("此项工作由县公安局交警大队负责。")] == [("青山县公安局交警大队", "负责此项工作")]


def test_the_classes_a_school_plan_addresses_hold_their_charge():
    assert [(a, d) for a, d, _ in _duties("各班要结合班级实际制订班规,要求明确、措施得力。")] == [
        ("各班", "结合班级实际制订班规,要求明确、措施得力")
    ]


def test_a_working_group_s_charge_of_several_tasks_is_a_duty_per_task():
    text = (
        "防范溺水工作领导小组要定期组织召开联席会议,研究部署防溺水工作,分析研判防范溺水工作的形势,"
        "并定期开展防溺水工作检查,督促各部门落实工作责任。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("防范溺水工作领导小组", "定期组织召开联席会议"),
        ("防范溺水工作领导小组", "研究部署防溺水工作"),
        ("防范溺水工作领导小组", "分析研判防范溺水工作的形势"),
        ("防范溺水工作领导小组", "定期开展防溺水工作检查"),
        ("防范溺水工作领导小组", "督促各部门落实工作责任"),
    ]
    # (a body that is no working group keeps its charge whole)
    assert [d for _, d, _ in _duties("县教育局要定期组织召开联席会议,研究部署防溺水工作。")] == [
        "定期组织召开联席会议,研究部署防溺水工作"
    ]


def test_a_group_set_up_holds_each_of_the_duties_its_sentence_lists():
    text = "成立市控制中小学生辍学专项行动领导小组,负责控辍工作的领导和协调,研究、解决控辍工作的具体问题。"
    assert [(a, d) for a, d, _ in _duties(text, region=CITY)] == [
        ("江城市控制中小学生辍学专项行动领导小组", "负责控辍工作的领导和协调"),
        ("江城市控制中小学生辍学专项行动领导小组", "研究、解决控辍工作的具体问题"),
    ]


def test_people_charged_by_their_role_hold_the_charge():
    text = (
        "各班主任老师一定要对学生进行收心教育。"
        "学校要迅速派出教师当天家访,家访教师要当天汇报家访情况并上交家访记录。"
        "分管负责人要对重点问题、重点对象和薄弱环节抓好督促检查。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("各班主任老师", "对学生进行收心教育"),
        ("家访教师", "当天汇报家访情况并上交家访记录"),
        ("分管负责人", "对重点问题、重点对象和薄弱环节抓好督促检查"),
    ]
    # (only a charge: what people are or have is no duty; teachers as a whole are told a norm)
    assert _duties("全体教师应具备良好的师德。值周教师每天到岗。教师要认真备课。") == []


def test_the_main_person_in_charge_is_charged_by_role():
    # (the 要 of 主要负责人 is no charge of its own)
    text = "各学校主要负责人要进一步加强对节日期间学校安全工作的领导,切实负起安全工作领导责任。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("各学校主要负责人", "进一步加强对节日期间学校安全工作的领导,切实负起安全工作领导责任"),
    ]


def test_people_charged_by_their_role_are_no_agency():
    facts = extract_facts(structured("各班主任老师一定要对学生进行收心教育。"))
    assert [r.agency for r in facts.responsibilities] == ["各班主任老师"]
    assert all(a.name != "各班主任老师" for a in facts.agencies)


def test_a_body_carrying_out_or_adopting_a_way_holds_the_task():
    text = (
        "特岗教师招聘在网上报名,由全省统一组织笔试,县教育局进行资格复审和面试。"
        "根据全区适龄儿童户籍统计数据,由区义务教育阶段招生领导小组采取划片、分配或指定的方式安排入学。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("青山县教育局", "进行资格复审和面试"),
        ("区义务教育阶段招生领导小组", "采取划片、分配或指定的方式安排入学"),
    ]
    # (when or where, then a verb and whom it acts on: no body opens the clause)
    assert _duties("目前正在督促各校进行落实。对不能到校就读的,就近安排学校进行送教上门。") == []


def test_the_body_that_bears_the_whole_responsibility_holds_it():
    text = "设区市、县人民政府是实施校车安全管理的主体,对本行政区域的校车安全管理工作负总责。"
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("设区市、县人民政府", "是实施校车安全管理的主体,对本行政区域的校车安全管理工作负总责")
    ]


def test_a_body_that_brings_its_own_staff_together_holds_the_task():
    text = "区教育局组织机关联乡同志对有关中小学(幼儿园)进行督查。"
    assert [(a, d) for a, d, _ in _duties(text)] == [("区教育局", "组织机关联乡同志对有关中小学(幼儿园)进行督查")]
    assert _duties("县教育局组织机构改革。") == []  # (组织机构: a noun, no verb)


@pytest.mark.parametrize(
    "text",
    [
        "县财政局负责幼教点开办资金的筹措和管理。\n\n县教育局负责组",
        "各办事处、各有关部门要成立相应的组织,确保该项工作有人抓、有人管。\n\n三、提高政治站位,强化责任担当\n\n"
        "各办事处、各有关部门要坚持以人民",
    ],
)
def test_a_few_characters_where_the_document_is_cut_off_are_no_duty(text):
    facts = extract_facts(structured(text))
    assert not any(r.duty in ("负责组", "坚持以人民") for r in facts.responsibilities)
    assert facts.responsibilities  # (the whole duties before the cut stay)


def test_a_frame_where_the_document_is_cut_off_is_no_duty():
    text = "县教育局将继续开展校园周边环境整治行动。\n\n下一步,县教育局将严格按照省、市、县关"
    assert not any(d.startswith("严格按照") for _, d, _ in _duties(text))


def test_a_longer_duty_closing_a_document_without_a_mark_is_kept():
    duties = _duties("县财政局负责幼教点开办资金的筹措和管理。\n\n县教育局负责幼教点的日常管理和督导检查")
    assert ("青山县教育局", "负责幼教点的日常管理和督导检查") in [(a, d) for a, d, _ in duties]


def test_every_school_of_a_level_the_text_addresses_holds_its_duty():
    text = "各乡镇中心小学要合理分配辖区各校生源,严控本部小学班额;各乡镇初中按规定人数设置班额。各小学要做好开学工作。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("各乡镇中心小学", "合理分配辖区各校生源,严控本部小学班额"),
        ("各乡镇初中", "按规定人数设置班额"),
        ("各小学", "做好开学工作"),
    ]
    # (a school by its name alone, or a level's schools as a kind, are no such subject)
    assert _duties("春江中心小学成立于2009年8月。小学要开齐开足课程。", kind="实施方案") == []


def test_a_body_s_next_steps_after_its_stated_duty_are_duties_of_their_own():
    text = (
        "县教育局对推荐人选的工作业绩进行公开展示,广泛征求教师和家长的意见,组织同行专家进行全面考核,"
        "按推荐数向市教育局推荐上报人选。"
    )
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("青山县教育局", "对推荐人选的工作业绩进行公开展示,广泛征求教师和家长的意见"),
        ("青山县教育局", "组织同行专家进行全面考核"),
        ("青山县教育局", "按推荐数向市教育局推荐上报人选"),
    ]
    # (a framing clause continues into the action it frames; the measure after that is the next step)
    assert [d for _, d, _ in _duties("县教育局依据项目指标,拿出推进方案,开展督查。")] == ["依据项目指标,拿出推进方案", "开展督查"]
    # (a report tells what a body did: no duty; a clause with its own doer is that doer's)
    assert _duties(text, kind="报告") == []
    assert [a for a, _, _ in _duties("县教育局对各校进行检查,县财政局负责经费保障。", kind="通知")] == [
        "青山县教育局", "青山县财政局",
    ]


def test_news_of_whom_a_body_worked_with_tells_no_duty_unless_a_task_follows():
    text = (
        "西宁市教育局会同公安、城管、民政、市场监管、卫生健康等部门,多次召开部门联席会议专题研究。"
        "宜宾市自然资源和规划局会同市教体局、市规划编制研究院召开中心城区基础教育设施梳理对接会。"
        "省财政厅会同省教育厅加大统筹力度,继续向边境地区倾斜。"
    )
    assert [(a, d) for a, d, _ in _duties(text, kind="新闻")] == [
        ("云岭省财政厅", "加大统筹力度"),
        ("云岭省教育厅", "加大统筹力度"),
    ]


def test_the_review_of_how_a_body_performs_its_duties_is_no_duty():
    text = (
        "区政府履行教育职责评价水平连续三年保持全市第一。"
        "长寿区人民政府履行教育职责评价实地督查反馈会召开。"
        "县人民政府要履行教育职责,保障教育投入。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [("青山县人民政府", "履行教育职责,保障教育投入")]


def test_a_township_s_education_office_is_a_subject():
    # (乡镇教体办, 片区教办: the office that runs a township's or an area's schools, as a 学区 does; 希望 asks it)
    assert [(a, d) for a, d, _ in _duties("希望各乡镇教体办加强对普惠性民办幼儿园的监督管理。", kind="通知")] == [
        ("各乡镇教体办", "加强对普惠性民办幼儿园的监督管理")
    ]
    assert [(a, d) for a, d, _ in _duties("各片区教办要组织开展节目及作品初审工作。", kind="通知")] == [
        ("各片区教办", "组织开展节目及作品初审工作")
    ]


def test_the_dang_of_that_day_after_ying_is_the_task_s():
    # (应当天…: 应 charges, 当天 is when; not the charge 应当 before 天)
    text = "通过家访确认辍学的学生,学校应当天向中心学校汇报。各乡镇中心学校应当场核实辍学学生情况。"
    assert [(a, d) for a, d, _ in _duties(text, kind="实施方案")] == [
        ("学校", "当天向中心学校汇报"),
        ("各乡镇中心学校", "当场核实辍学学生情况"),
    ]


def test_an_adverb_opens_the_charge_s_next_clause_not_a_subject():
    # (及时向牵头部门反馈…: how and to whom the charged body reports, no body of its own)
    text = "各协办部门要积极配合,及时向牵头部门反馈相关情况。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [("各协办部门", "积极配合,及时向牵头部门反馈相关情况")]


def test_a_body_s_next_step_with_its_partners_is_a_duty_of_its_own():
    # (联合有关部门督促…: the body acts jointly with others; 联合 opens its next step, no subject)
    text = "县语委办组织全县窗口服务行业人员开展普通话培训工作,联合有关部门督促各语委成员单位开展用语用字大检查活动。"
    assert [(a, d) for a, d, _ in _duties(text, kind="通知")] == [
        ("青山县语委办", "组织全县窗口服务行业人员开展普通话培训工作"),
        ("青山县语委办", "联合有关部门督促各语委成员单位开展用语用字大检查活动"),
    ]


def test_unit_by_its_part_in_a_project():
    # 施工单位, 设计单位: a unit named by its part in the project is charged as a body is, but is no body of the
    # document's agencies
    text = (
        "项目建设期间,施工单位要按照工程既定目标任务进行倒排工期,确保工程按时、保质完成。"
        "设计单位要严格教育设施建设标准,优化基础设施和校园环境。"
    )
    facts = extract_facts(structured(text))
    assert [(r.agency, r.duty) for r in facts.responsibilities] == [
        ("施工单位", "按照工程既定目标任务进行倒排工期,确保工程按时、保质完成"),
        ("设计单位", "严格教育设施建设标准,优化基础设施和校园环境"),
    ]
    assert not any(a.name.endswith("单位") for a in facts.agencies)


def test_next_step_is_no_part_of_the_body():
    # 下一步教育局将…: when the body will act, before its name
    duties = _duties("下一步教育局将继续督促乡镇加大教育惠民政策宣传力度。")
    assert [(a, d) for a, d, _ in duties] == [("教育局", "继续督促乡镇加大教育惠民政策宣传力度")]


@pytest.mark.parametrize(
    "text",
    [
        "2.了解学校开展高效课堂管理和测评教师对高效课堂的理解与掌握等情况。",
        "责任督学深入学校按月主题进行经常性督导,现将评估用表印发给你们。",
    ],
)
def test_body_visited_is_no_subject(text):
    # 了解学校, 深入学校: a verb going to or looking into a school, which is its object, not a body named 了解学校
    assert all("了解" not in a and "深入" not in a for a, _, _ in _duties(text))


def test_the_bodies_a_speaker_asks_hold_what_follows_them_whatever_its_verb():
    text = "会上,副县长要求县教育局讨论完善《教育信息化建设实施方案》,做实、做细,尽快实施。"
    assert [(a, d) for a, d, _ in _duties(text, kind="新闻")] == [
        ("青山县教育局", "讨论完善《教育信息化建设实施方案》,做实、做细,尽快实施")
    ]
    # …and the schools asked by their kind
    assert [(a, d) for a, d, _ in _duties("会议要求各校收费工作必须依法依规进行,强化底线意识。", kind="新闻")] == [
        ("各校", "收费工作必须依法依规进行,强化底线意识")
    ]
    # (要求 before no body asks no one: 根据上级要求,县教育局…)
    assert _duties("根据上级要求,抓紧整改。", kind="新闻") == []


def test_people_asked_by_their_role_hold_the_charge():
    # (要求 before the role, as before a body: 他要求全县领导干部要…; inspectors, staff and leading cadres are roles)
    text = (
        "会上,他要求全县领导干部要提振信心,摸清底细,核准数据。"
        "她要求教育系统教职工要认真学习贯彻落实二十大报告精神。"
        "同时强调,各位督学要按照督导内容,开展经常性的督导。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("全县领导干部", "提振信心,摸清底细,核准数据"),
        ("教育系统教职工", "认真学习贯彻落实二十大报告精神"),
        ("各位督学", "按照督导内容,开展经常性的督导"),
    ]
    # (一定要求 asks something of others: its 要 is no charge of the role's own)
    assert _duties("他要求各班主任老师一定要求教室进行消杀和通风。") == []


def test_people_asked_by_their_role_after_要求_hold_what_follows():
    # (as bodies asked do: the role with who they are before it, held as one)
    text = (
        "会上要求镇村干部及教师对有辍学意向的在校生进行一次家访,做好家长和学生的思想工作。"
        "会议要求各班主任对学生进行一次假期安全教育。"
    )
    assert [(a, d) for a, d, _ in _duties(text)] == [
        ("镇村干部及教师", "对有辍学意向的在校生进行一次家访,做好家长和学生的思想工作"),
        ("各班主任", "对学生进行一次假期安全教育"),
    ]


def test_duties_a_body_fulfils_open_no_list_of_a_group_s_duties():
    # (督查组组长 names a group; 履行教育工作职责 is what the body reviewed did, no heading of the group's duties)
    news = structured(
        "11月17日,区人民政府履行教育职责评价实地督查反馈会召开。市教委总督学顾问、督查组组长吴亚参加会议。\n"
        "吴亚指出,区委、区政府深入贯彻全市教育大会精神,认真履行教育工作职责,教育投入和保障力度持续增强。",
        kind="新闻",
    )
    assert extract_facts(news).responsibilities == ()


def test_news_of_what_a_body_handled_with_jiang_before_a_quoted_name_is_no_duty():
    # (将 before “…” or 其 marks what is handled, as 把: a deed told, not a plan)
    news = structured(
        "省委、省政府将“新建改扩建1000所幼儿园”列入十项重点民生实事。市教委将其作为推动全市基础教育发展的重大机遇,持续推动。",
        kind="新闻",
    )
    assert extract_facts(news).responsibilities == ()
    # (…a plan it will carry out, or one it is charged with, still is)
    news = structured("市教委将结合全市人口变化趋势,明确扩大学位资源供给方向。各中小学校要将交通安全教育纳入教学计划。", kind="新闻")
    assert [r.agency for r in extract_facts(news).responsibilities] == ["江城市教委", "各中小学校"]


def test_bodies_a_charge_describes_hold_it_named_with_their_description():
    text = (
        "承担体检工作的医疗机构必须按照规定协助学校建立学生健康档案。"
        "整改任务涉及的部门要履职到位,坚决做到不推诿、不扯皮。"
        "开展暑期托管的学校要开放教室、图书馆等各类资源设施。"
    )
    assert [(a, d) for a, d, _ in _duties(text, kind="新闻")] == [
        ("承担体检工作的医疗机构", "按照规定协助学校建立学生健康档案"),
        ("整改任务涉及的部门", "履职到位,坚决做到不推诿、不扯皮"),
        ("开展暑期托管的学校", "开放教室、图书馆等各类资源设施"),
    ]
    # (the object of a verb before it, or a bare condition, is no holder)
    assert _duties("对存在严重问题的学校要通报批评。有条件的学校要开设人工智能课程。", kind="新闻") == []
    # (a body named by its description is no agency of the document's)
    facts = extract_facts(structured("整改任务涉及的部门要履职到位,坚决做到不推诿、不扯皮。", kind="新闻"))
    assert [r.agency for r in facts.responsibilities] == ["整改任务涉及的部门"]
    assert all("的" not in a.name for a in facts.agencies)


def test_a_dated_act_already_done_is_no_duty():
    # the day a plan was issued or a project approved tells what was done, not what the body is to do
    assert _duties("《全省智慧学校建设总体规划》由省人民政府办公厅于2019年3月29日印发实施。", kind="通知") == []
    assert _duties("市一中新校区项目于2011年11月4日已由市发改委正式立项。", kind="通知") == []
    # a day set for a task stays the task's
    assert [(a, d) for a, d, _ in _duties("各校要于2012年6月5日将节目报送市教育局。", kind="通知")] == [
        ("各校", "于2012年6月5日将节目报送市教育局")
    ]


def test_where_schools_stand_is_no_duty():
    # a plan's count of schools says where they are, not what they are to do
    assert _duties("城区小学4所,初中3所,高中、职中、特教学校均在城区。", kind="规划") == []
    assert [(a, d) for a, d, _ in _duties("各校要在城区设立服务点。", kind="通知")] == [("各校", "在城区设立服务点")]


def test_schools_charged_with_the_body_before_them_hold_the_duty_with_it():
    # a kind of school listed after an addressee shares its charge: the holder is named as the list is written
    assert [(a, d) for a, d, _ in _duties("各中小学、幼儿园要组织开展一次专题推普活动。", kind="通知")] == [
        ("各中小学、幼儿园", "组织开展一次专题推普活动")
    ]
    assert [(a, d) for a, d, _ in _duties("各县(市、区)教育局和学校应分别设立专项资金,专款专用。", kind="意见")] == [
        ("各县(市、区)教育局和学校", "分别设立专项资金,专款专用")
    ]
    # two bodies stay two
    assert [a for a, _, _ in _duties("县教育局、县财政局要做好保障工作。", kind="通知")] == ["青山县教育局", "青山县财政局"]
