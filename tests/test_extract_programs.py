import pytest
from structured_samples import structured

from edukg.loaders.extract.programs import extract_programs, programs_in


def _names(text):
    return [p.name for p in extract_programs(structured(text))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("推进“三通两平台”建设。", "三通两平台"),
        ("推动义务教育教师“县管校聘”改革。", "县管校聘"),
        ("继续大力实施“3313”工程。", "3313工程"),
        # a program's full name may run long
        ("实施了“全面改善农村牧区义务教育薄弱学校办学基础条件项目”。", "全面改善农村牧区义务教育薄弱学校办学基础条件项目"),
        ("推行校外寄宿生管理“2865”工作法。", "2865工作法"),  # a method named by its code
        # the program noun after the quote, with a word of its own (not 等建设项目, not 工作计划)
        ("培养乌鲁木齐市“红山教育领航人”人才培养计划79人。", "红山教育领航人人才培养计划"),
        ("深入实施名师名校长培养工程。", "名师名校长培养工程"),
        ("组织实施自治区临聘学前双语教师培训计划。", "自治区临聘学前双语教师培训计划"),  # whom it trains, at length
        ("启动中小学现代化学校建设项目。", "中小学现代化学校建设项目"),
        ("加快推进校舍安全工程,完善功能设施。", "校舍安全工程"),
        # a quoted work made use of, kept up or spread
        ("建好用好“新时代传习所”,深入开展十九大精神宣讲。", "新时代传习所"),
        ("不断巩固“以案为戒”警示教育成果。", "以案为戒"),
        ("推广“校园通勤车”,实现家、校直通。", "校园通勤车"),
        # the quoted main line of the work
        ("全面贯彻党的十九大精神,以推进落实“奋进之笔”和“振兴之路”为主线,坚持稳中求进。", "振兴之路"),
        ("紧紧抓住“促进教育优质均衡发展”这条主线,通过走调整教育布局。", "促进教育优质均衡发展"),
        ("全面推进蓝色海洋教育实验。", "蓝色海洋教育实验"),
        ("启动实施第二轮学前教育三年行动计划。", "第二轮学前教育三年行动计划"),
        # the action plan of a few years named by its years alone, after the verb that plans it or a quote
        ("该县成立学前教育工作领导小组,制订三年行动计划,逐年分解工作任务。", "三年行动计划"),
        ("江西省将形成包括2011年在内的三年行动计划,推动建立政府主导的办园体制。", "三年行动计划"),
        ("开展全县中小学、幼儿园标准化建设“三年行动计划”,预计总投资1.8亿元。", "三年行动计划"),
        ("实行安全责任保证金制度。", "安全责任保证金制度"),
        ("深化人事制度改革，实施高级教师星级制，对不遵守职业道德的教师不予评优。", "高级教师星级制"),  # a system …制
        ("向社会做出承诺;实行师德一票否决制,凡被举报并经核实的不得评优。", "师德一票否决制"),
        ("深入推进平安校园建设。", "平安校园建设"),  # a vocabulary alias; resolve makes it 平安校园
        ("全面完成国培计划培训任务。", "国培计划"),
        ("落实意识形态工作责任制。", "意识形态工作责任制"),
        ("实施“青蓝工程”,开展“送教上门”服务。", "青蓝工程"),
        ("各地要确保达到“一区一园”、“一镇一园”。", "一区一园"),  # a formula of one thing for each unit
        # a program named by the verb its name ends with, and one its verb 对接 takes
        ("对接国家教育提质扩容工程和教育强国推进工程。", "教育强国推进工程"),
        ("对接国家教育提质扩容工程和教育强国推进工程。", "国家教育提质扩容工程"),
        ("实施数字校园规范建设行动、人工智能教育推进行动。", "人工智能教育推进行动"),
        # the people a program trains, quoted before its noun
        ("实施“好校长、好教师”培养工程。", "好校长、好教师培养工程"),
        # what was planned (谋划了…): the name starts after the verb and its 了
        ("重点谋划了基础教育优质发展工程、高等教育卓越发展工程等重大工程。", "基础教育优质发展工程"),
        # an upgrade of a kind, not a building's works
        ("推进学校食堂标准化改造工程和部分学校消防设施完善工程。", "学校食堂标准化改造工程"),
        ("启动村小火炉改造工程,改善农村学校条件。", "村小火炉改造工程"),
        # a campaign against a quoted problem
        ("省教育厅通过开展“大班额”治理工作,倒逼各地加大投入。", "大班额治理"),
        ("开展幼儿园“小学化”专项治理工作。", "小学化专项治理"),
        ("继续加大城镇小学“大班额”问题整治力度。", "大班额问题整治"),
        # a count of standards a party branch is brought to, with its work
        ("强力推进学校党建“三化”建设落实落地。", "三化建设"),
        ("探索出党建“五化”工作法。", "五化工作法"),
        # a set of rules named by their count
        ("按照中小学招生入学“十个严禁”等工作要求,规范招生行为。", "十个严禁"),
        ("严格落实控辍保学“六个禁止”和“十二个凡是”。", "十二个凡是"),
        # a campaign of education named by its slogan
        ("组织开展“学思想、强党性、重实践、建新功”主题教育,组建宣讲团。", "学思想、强党性、重实践、建新功"),
        # the work of a listed formula a verb puts in practice
        ("深入推进“五星育人、三名争创”工作,深化清廉学校建设。", "五星育人、三名争创"),
        # 第一 opening a name is an ordinal, not the end of a slogan (安全第一)
        ("带头落实“第一议题”制度,全年主持理论学习中心组集中学习。", "第一议题"),
        # a quoted list of the years given to campaigns: each item one
        ("2011年是我县教育系统的“管理提升年、督导评估年”。", "督导评估年"),
        # a package of measures named by its field and its count of articles
        ("落实市委、市政府“基教十条”“职教十条”文件精神。", "职教十条"),
        # a special fund's programme, quoted (…专项)
        ("深入推进“三区三州”教育脱贫攻坚项目、“藏区专项”等三大教育项目。", "藏区专项"),
        # a way of working by its name
        ("推动中心城区学位挖潜扩容,采取“三个一批”办法,新增学位9000个。", "三个一批"),
        # a national system of party life, known from the vocabulary
        ("进一步规范主题党日、“三会一课”等组织生活。", "三会一课"),
        # the national designation a school or a bureau strives for, known from the vocabulary
        ("巩固创建成果,积极创建全国文明单位。", "全国文明单位"),
        # national initiatives and pilots named without a suffix or quotes, known from the vocabulary
        ("积极开展中小学生研学旅行,拓展实践育人渠道。", "中小学生研学旅行"),
        ("实施由本市及相关区县承担的各项国家教育体制改革试点项目。", "国家教育体制改革试点项目"),
        ("为在乡城开展贫困县教育信息化试点奠定了基础。", "教育信息化试点"),
        ("以国家产教融合试点城市建设为抓手,深化教育领域综合改革。", "国家产教融合试点城市"),
        ("结合国家三类城市语言文字评估工作,组织开展普通话培训。", "三类城市语言文字评估"),
        ("社区民警、保安、家长等300余人共同参与共建护学岗66所。", "护学岗"),
        # the short names of the national 全面改薄 programme
        ("上级薄改专项资金也不支持风雨操场项目建设。", "薄改"),
        # a count of what the work strengthens: 强化 is a verb, no process like 网格化
        ("要开展好“四个强化”活动,确保实现全市学前教育入园率88%。", "四个强化"),
        # a regional centre of education a city strives to become
        ("是加快推进区域教育中心建设的开局之年。", "区域教育中心"),
        ("加快建设区域性教育中心,办好人民满意的教育。", "区域性教育中心"),
        ("全力建设区域教育供给中心。", "区域教育供给中心"),
    ],
)
def test_program_found(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "深刻阐释了“办什么样的教育、怎样办教育、为谁办教育”等问题。",  # slogan
        "解决城镇“入园难”问题,化解“大班额”。",  # problems
        "牢固树立“抓安全稳定就是抓教育质量”的意识。",  # principle
        "以“十二五”教育规划为主线。",  # plan period
        "加快推进泸州医学院更名“四川医科大学”。",  # institution
        "统筹实施各类工程项目和行动计划。",  # generic
        "深入推进20个市级教育体制改革试点项目实施。",  # counted
        "泸州医学院二期工程5月份开工。",  # construction phase
        "进一步加强高中招生计划管理。",  # plan of work
        "11月对2014年计划创建的34个乡镇开展验收。",  # 计划 as a verb
        "长沙市计划今年建设30所公办幼儿园。",  # 计划 as a verb, its time after it
        "长沙市计划2021年建设30所公办幼儿园。",
        "把这项工作作为最基本的工程来抓。",
        "实施农村学校食堂提升项目12个。",  # counted after its kind
        "目前学校食堂主体工程已完工,大部分土建工程进入收尾阶段。",  # parts of a building's works
        "同步实施校园周边市政园林景观工程。",
        "全年安排教育项目资金2.3亿元。",  # money of some projects
        "60余名培训学员在华工紫龙公司3名工程师的指导下完成培训。",  # engineers
        "启动“名师工作室”建设。",  # institution
        "引领教师志愿服务由“自由随意式”向“专业品牌化”发展。",  # the two ends of a change
        "开展“坚持立德树人让教育回归初心”大讨论活动。",  # slogan
        "确?;就瓿山逃F代化工程建设任务。",  # mojibake of a scraped page
        "以“办人民满意的教育”为根本宗旨。",  # what guides the work
        "宜丰县以“办人民满意的教育”为目标,始终把教育摆在优先发展的地位。",  # a broad aim
        "学校根据空缺岗位申报当年教职工需求计划,县教育体育局及时提出招聘计划。",  # plans of staffing
        "海淀区十四五期间将实施20余个项目。",  # counted
        "全力全速推进项目建设。",  # what is done to some projects
        "2018-2020年,博白县计划利用区奖励资金新建幼儿园15所。",  # a place that plans
        "巩义市项目开工情况名列直管县第二名。",  # a place's projects
        "“英贤”惠名,也彰显本项目的宗旨。",  # a clause opening with 也
        "由上海某家人资产经营管理有限公司赞助项目实施。",  # a company's sponsorship
        "启动三大类学前教育项目工程。",  # kinds counted
        "实施义务教育教师编制,严格控制总量。",  # a quota, no system
        "全面实行中小学体制,推进改革。",  # a structure, no system
    ],
)
def test_not_programs(sentence):
    assert _names(sentence) == []


def test_mentions_are_grouped_with_evidence():
    text = "推进“班班通”建设。\n实现“班班通”全覆盖。"
    (program,) = extract_programs(structured(text))
    assert program.name == "班班通"
    assert [e.text for e in program.evidence] == ["推进“班班通”建设。", "实现“班班通”全覆盖。"]


def test_programs_in_keeps_text_order():
    assert programs_in("落实“全面改薄”和学前教育三年行动计划") == ["全面改薄", "学前教育三年行动计划"]


@pytest.mark.parametrize(
    "sentence",
    [
        "为了进一步做好全县教育工作,特制订本计划。",
        "落实“3+1”帮扶机制。",
        "全县已经制定了教育发展计划。",
        "为推进教育现代化建设,市教育局出台实施意见(下简称计划)。",  # a short name's note
        # officials at work, what a list names, an agency's plan, a lab class
        "盐田区副区长莫熙玲率队调研盐田区公办幼儿园项目。",
        "对照细则所列评估项目逐项自查。",
        "按照教育局计划开展工作。",
        "确保初中科学实验开出率达100%。",
        # a clause cut around a plan or a project (…已经按照计划, 早日建成此项教育工程)
        "县教育局已经按照计划推进。",
        "争取早日建成此项教育工程。",
        "推进岗厦小学改扩建学校项目,完成上年度工程项目。",
        # a clause about the work around projects, kinds of works
        "精河县教育局始终把项目建设作为重点,紧紧围绕基础设施项目,完成室外附属工程。",
        # equipment or books bought, a kind of works
        "设备购置项目预计8月中旬前全部投入使用。",
        "其中图书购置类项目投资1200万元,装备配备项目已完成招标。",
        "完成小学实验室设备采购工程。",
        # works of a kind, and a clause opening with a conjunction or a verb
        "全面完成新建幼儿园建设项目和续建教育项目。",
        "而在梧州市苍海第二小学项目现场,工人正忙着施工。",
        "妥善解决历史已出让用地小区建设项目配套问题。",
        "做好规划储备项目和前期工作项目,完善周边停车场建设项目。",
        # a headline's clause with a sum of money in it
        "全年统筹中央和自治区资金约65亿元投入教育项目建设",
        # a project school (项目校), one kindergarten's project
        "县教育局定期召开项目校、施工单位、监理单位会议。",
        "第十六幼儿园项目开工建设让周边的居民纷纷拍手叫好。",
        # a year's projects of a kind (2020年教育项目工程, 2021年教育项目建设计划)
        "二、2021年教育项目建设计划",
        # a sentence's words: a pronoun, a verb and its result, an adverb before 行动
        "县长作了致辞,他首先向项目的开工奠基表示热烈的祝贺!",
        "齐心协力解决好项目建设过程中遇到的困难。",
        "某镇督管办在积极行动。",
        "问题学生转化工作做到有计划、有措施。",
        # a ceremony for a project, someone put in charge of one, a place hastening its projects
        "某小学建设项目开工奠基仪式在某街项目现场举行。",
        "明确专人负责协助工程项目建设。",
        "某区加快教育项目建设。",
        # how often, an honour given, a question, every one of them
        "市政府每月对各地幼儿园建设项目进展情况和资金使用情况进行调度。",
        "2011年5月被省教育厅评为现代教育技术实验县。",
        "3、班主任工作论坛:“如何进行自我管理和自我教育”经验交流会。",
        "组织实施好各个在建教育项目。",
        # who takes part, by what rule; a person's role quoted
        "高等学校承担培训项目,培训课程按照省项目要求设置。",
        "各地教育行政部门对本次三年行动计划实行“一把手”负总责。",
        # a main line of listed aims is a slogan
        "以“提质量、补短板、促公平、调结构”为主线,以民族教育为重点。",
    ],
)
def test_boilerplate_formulas_and_fragments_are_no_programs(sentence):
    assert _names(sentence) == []


def test_document_own_title_is_no_program():
    doc = structured("青山县学前教育普及普惠实施方案\n一、总体要求\n制定青山县学前教育普及普惠实施方案,加快发展。")
    assert "青山县学前教育普及普惠实施方案" not in [p.name for p in extract_programs(doc)]


@pytest.mark.parametrize(
    ("title", "sentence", "names"),
    [
        # the plan handed on is for a program: the program is named where the text names it
        ("关于印发青山县校园安全提升工程实施方案的通知", "全面实施校园安全提升工程。", ["校园安全提升工程"]),
        # the plan of a few years' campaign is the document itself
        ("关于印发青山县校园安全提升三年行动工作方案的通知", "全面实施校园安全提升三年行动。", []),
    ],
)
def test_the_program_a_plan_handed_on_is_for_is_no_title(title, sentence, names):
    assert [p.name for p in extract_programs(structured(sentence, title=title))] == names


@pytest.mark.parametrize(
    ("title", "sentence", "names"),
    [
        # a place's plan for a phase of a program run in phases names the phase: a program, not the title alone
        (
            "岑溪市第三期学前教育行动计划(2017—2020年)",
            "现将《岑溪市第三期学前教育行动计划(2017—2020年)》印发给你们。",
            ["岑溪市第三期学前教育行动计划"],
        ),
        (
            "长治市第三期学前教育行动计划(2017—2020年)",
            "结合我市实际,特制订《长治市第三期学前教育行动计划(2017—2020年)》。",
            ["长治市第三期学前教育行动计划"],
        ),
    ],
)
def test_a_phase_of_a_program_a_plan_is_for_is_no_title(title, sentence, names):
    assert [p.name for p in extract_programs(structured(sentence, title=title))] == names


@pytest.mark.parametrize(
    ("title", "sentence", "names"),
    [
        # a news title reports the program put in practice: the program, not the document's own title
        ("任城:实施公办幼儿园提质行动", "今年,任城区实施公办幼儿园提质行动。", ["公办幼儿园提质行动"]),
        ("国家10.49亿支持我省启动实施教育强国推进工程", "我省启动实施教育强国推进工程。", ["教育强国推进工程"]),
        # …where a plan's own title names it, it is the document
        ("青山县公办幼儿园提质行动计划", "为实施公办幼儿园提质行动计划,制定本计划。", []),
    ],
)
def test_a_program_a_news_title_reports_put_in_practice_is_no_title(title, sentence, names):
    assert [p.name for p in extract_programs(structured(sentence, title=title, kind="新闻"))] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "填写“曾任岗位”和“意向岗位”两栏。",  # labels of a form
        "防止出现“破窗效应”。",
        "按各校计划录取,直至取足计划。",  # enrolment quotas
        "完成市职教中心图书综合楼工程。",  # a building
        "以“一史、一志、二室一馆、一课程一馆藏、五工程”为主线,建设校园文化。",  # a long list of items
    ],
)
def test_quoted_labels_quotas_and_buildings_are_no_programs(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "市政府新闻办公室召开“‘十三五’成就巡礼”主题系列新闻发布会。",
        "宁河区举办“聚力合创未来”重点项目集中签约仪式。",
        "通过开展“家校携手促发展”学校工作恳谈会,拉近学校教育和家庭教育的距离。",
    ],
)
def test_the_quoted_theme_of_a_meeting_or_a_ceremony_is_no_program(sentence):
    assert _names(sentence) == []


def test_an_activity_launched_at_a_ceremony_is_a_program():
    assert _names("全区举行“我为群众办实事”实践活动启动仪式。") == ["我为群众办实事"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("扎实开展“送教上门”服务。", "送教上门"),
        ("全面落实“一岗双责”。", "一岗双责"),
        ("开展中小学教师违规补课专项治理。", "中小学教师违规补课专项治理"),
        ("开展在职教师有偿补课专项治理。", "在职教师有偿补课专项治理"),  # 在 of 在职 leads no name
        ("以系列“安全先进学校”创建为载体,以安全检查为重点。", "安全先进学校"),  # schools a campaign makes
        ("进一步完善控辍保学工作机制,落实控辍保学“双线四包”责任制。", "双线四包"),  # who answers for the work
        ("完善学校“普高提质50条”实施细则,提升教学质量。", "普高提质50条"),  # how it is put in practice
        ("明年,“全面二孩”政策实行后的第一批“二宝”到了入学年龄。", "全面二孩"),  # a policy by its name
        ("严格落实教育部“十项严禁”纪律要求,严禁提前组织招生。", "十项严禁"),  # rules by their name
        ("培育两个区级党建示范点,培育“五个先锋”党建品牌。", "五个先锋"),  # a party branch's work by its brand
        ("进一步加强师德宣传,开展百名“师德标兵”评选工作。", "师德标兵"),  # people a selection names
        ("关于做好浙江省第十批“浙江省特级教师”推荐工作的通知", "浙江省特级教师"),
    ],
)
def test_quoted_programs_in_practice(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("通过市级“青禾名校长培养工程”的实施,探索和创新教师管理体制。", "青禾名校长培养工程"),
        ("结合“省山区小规模学校提质计划”的实施,继续改造和完善农村学校食堂。", "省山区小规模学校提质计划"),
        ("为推动“县域托幼一体化三年行动”的落实,今年我们加快了公办园的建设。", "县域托幼一体化三年行动"),
        # (实施 before it and 的 after it)
        ("各地要充分认识实施“青禾二期提升计划”的重要意义,履职尽责。", "青禾二期提升计划"),
        ("关于实施“山区名校长名教师名班主任培养工程”的意见", "山区名校长名教师名班主任培养工程"),
    ],
)
def test_a_quoted_program_put_in_practice_by_a_noun_after_it(sentence, name):
    # the same name unquoted is found by its suffix: the quotes take nothing away
    assert name in _names(sentence)
    assert any(name in found for found in _names(sentence.replace("“", "").replace("”", "")))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("提出青禾教育振兴行动计划的实施和八大重点工程,为实现目标提供人才支撑。", "青禾教育振兴行动计划"),
        ("加快山区小规模学校提质工程的建设和校舍维修项目。", "山区小规模学校提质工程"),
        # (its works, 建设, after it)
        ("二是以抓好青禾校舍提质工程建设和重点建设工程为重点,进一步改善办学条件;", "青禾校舍提质工程"),
        ("对接国家教育扩容提质工程建设和教育强省推进工程,计划投资17亿元。", "国家教育扩容提质工程"),
    ],
)
def test_a_name_before_the_work_done_on_it_and_another_suffix(sentence, name):
    # (the run of name characters goes on to another suffix: the name ends before 的 or 建设, and joins no aim to the
    # next one by 和)
    names = _names(sentence)
    assert any(name in found for found in names)
    assert not any("和" in found for found in names)


def test_a_theme_s_campaign_is_a_program_as_its_works_are():
    assert _names("七是实施教育信息化行动。") == ["教育信息化行动"]
    assert _names("五是实施立德树人行动,落实全员育人。") == ["立德树人行动"]
    assert _names("七是实施教育信息化计划。") == []  # (its plan: the theme's work in general)


def test_a_promotion_campaign_is_no_verb_进行():
    # (促进行动 holds 进行, no verb cutting the name)
    assert _names("实施山区学前教育促进行动计划,新建乡镇幼儿园。") == ["山区学前教育促进行动计划"]
    assert "动建设项目" not in _names("青禾学前教育促进行动建设项目完工2所。")  # (no fragment cut after 进行)


def test_the_works_of_a_program_named_by_its_suffix_are_no_second_program():
    # (实施…和…工程建设: the work put in practice is the program's; no fragment of it after 和)
    assert _names("六是实施青禾教师招聘和培养工程建设。") == ["青禾教师招聘和培养工程"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("市教育局成立青禾名校长工程领导小组,组长由市教育局局长担任。", "青禾名校长工程"),
        ("小组下设办公室,负责青禾校舍安全工程的日常管理工作。", "青禾校舍安全工程"),
        ("承担青禾校舍安全工程监督检查和管理工作。", "青禾校舍安全工程"),
    ],
)
def test_a_program_after_the_clause_of_who_runs_it(sentence, name):
    assert _names(sentence) == [name]


def test_a_run_opening_with_和_after_a_quoted_name_joins_no_aim():
    # (和 right after the closing quote: no part before it for the vague name after it to join)
    assert _names("二是以抓好“青禾校舍工程”和重点建设工程为重点,进一步改善办学条件;") == ["青禾校舍工程"]


@pytest.mark.parametrize(
    "sentence",
    [
        "按照省教育厅《关于实施青禾民办幼儿园认定工作的通知》(鲁教基字〔2012〕30号)精神,开展实地查看。",
        "青禾区人民政府教育督导室关于实施青禾中小学校经常性督导工作的通知",
    ],
)
def test_a_notice_that_puts_a_round_of_review_in_practice_by_实施_names_it(sentence):
    # (关于实施…认定工作的通知 as 关于开展…认定工作的通知)
    assert any(name.endswith(("认定", "督导")) and name.startswith("青禾") for name in _names(sentence))


def test_each_work_of_a_list_实施_opens_is_put_in_practice():
    # (the first at the list's head, the next in its middle, 等 closing the list)
    names = _names("今年,青禾市教育系统将重点实施山区义务教育能力提升、青禾学前教育质量提升等7大类项目。")
    assert "山区义务教育能力提升" in names and "青禾学前教育质量提升" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("安全办公室负责人专程对所属中小学和幼儿园进行了一次“青禾安全专项检查”。", "青禾安全专项检查"),
        ("以便顺利通过市、省评估验收及全县“青禾办学条件国家专项督导”。", "青禾办学条件国家专项督导"),
    ],
)
def test_a_quoted_round_of_inspection_is_a_program_as_the_same_name_unquoted(sentence, name):
    assert name in _names(sentence)
    assert name in _names(sentence.replace("“", "").replace("”", ""))


def test_a_meeting_called_on_a_quoted_program_is_no_topic_list():
    # (专题会: a meeting on the program, not the topics 等专题 lists)
    assert _names("4月4日下午,青禾乡中心校召开“教育脱贫百日攻坚青禾行动”专题会。") == ["教育脱贫百日攻坚青禾行动"]
    assert _names("分“学校规范化管理”等专题进行培训。") == []


@pytest.mark.parametrize("place", ["旗", "州", "盟"])
def test_our_banner_prefecture_or_league_leads_no_name(place):
    # (我旗, 我州, 我盟 as 我县: the place whose work it is)
    sentence = f"据悉,青禾教育园区项目是我{place}青禾山区教师培养工程的重要组成部分。"
    assert "青禾山区教师培养工程" in _names(sentence)


def test_a_year_given_to_a_campaign_is_a_program_but_no_year_of_a_count_or_a_person():
    assert _names("全县教育工作要围绕“全市课改年”,理清思路。") == ["全市课改年"]
    assert _names("今年是“十四五”开局之年。评选“美德少年”。") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("继续实施中等职业教育基础能力建设工程。", "中等职业教育基础能力建设工程"),  # 中等 is no 等 (etc.)
        ("实施幼儿园“名园长、名教师培养工程”。", "名园长、名教师培养工程"),  # one name over a list
    ],
)
def test_names_with_look_alike_words(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("为全面贯彻落实《厦门教育现代化2035》等文件要求,统筹推进智慧校园建设。", "教育现代化"),
        ("以《抓好“素质教育”抓准“应试”教学提高教育教学质量》作为主导性课题。", "素质教育"),
        ("制定《绍兴市第一中学教师专业发展与师资队伍建设行动方案》。", "绍兴市第一中学教师专业发展与师资队伍建设行动"),
        # plans listed as the documents the work follows, the vocabulary's or not
        ("落实教育部《教育信息化2.0行动计划》、省教育厅《甘肃教育信息化2.0行动计划》等精神。", "甘肃教育信息化2.0行动计划"),
        ("落实《中国教育现代化2035》《教育信息化2.0行动计划》等相关文件的部署。", "教育信息化2.0行动计划"),
        # …or one plan named whole before the requirements it sets, no 等 closing the list
        ("按照教育部《教育信息化十年发展规划(2011~2020年)》、《江苏省教育信息化三年行动计划(2013~2015年)》要求,制订本计划。",
         "江苏省教育信息化三年行动计划"),
        ("按照教育部“三通两平台”的建设目标和《云南省基础教育信息化三年行动计划》的要求,建设网络。", "云南省基础教育信息化三年行动计划"),
        ("落实《广东省发展学前教育第三期行动计划(2017-2020)》(粤教基〔2017〕14号)《东莞市配套教育设施规划建设管理办法》的文件要求。",
         "广东省发展学前教育第三期行动计划"),
    ],
)
def test_a_name_inside_a_document_title_is_no_program(sentence, absent):
    assert absent not in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("为贯彻落实《国务院教育督导委员会办公室关于开展教育防范学生溺水专项行动的通知》精神。", "教育防范学生溺水专项行动"),
        ("根据《关于开展中小学校有偿补课专项治理工作的通知》要求,各校自查。", "中小学校有偿补课专项治理"),
        ("会上,相关部门对《某县开展校外培训机构专项整治实施方案》进行了讨论。", "校外培训机构专项整治"),
    ],
)
def test_a_notice_that_puts_a_campaign_in_practice_names_it(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("现将《某区民族教育人才培养模式改革实施方案和民族教育发展水平提升工程实施方案》转发给你们。", "民族教育发展水平提升工程"),
        ("出台《某市创建全国学校家庭社会协同育人实验区实施方案(2024-2026)》等文件。", "全国学校家庭社会协同育人实验区"),
        ("现将《全省学校安全风险隐患专项整治工作方案》印发给你们。", "学校安全风险隐患专项整治"),
    ],
)
def test_the_program_a_plan_is_for_is_named_by_its_title(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("再次将该园纳入《云南省“一村一幼”确切实施项目库》。", "一村一幼"),
        # also inside a longer name the title holds
        ("依据《海南省特殊教育提升计划(2014年—2016年)实施方案》,新建特殊教育学校8所。", "特殊教育提升计划"),
    ],
)
def test_a_program_the_vocabulary_knows_is_named_by_a_title_too(text, name):
    assert name in _names(text)


def test_a_plan_named_by_its_title_is_a_program():
    text = "全面实施《绍兴一中高水平发展攻坚计划(2018-2020)》,推进学校发展。"
    assert "绍兴一中高水平发展攻坚计划" in _names(text)
    # (and a plan the work follows, named with no requirement after it: 根据《…攻坚计划》,实施…)
    text = "根据《绍兴市高中阶段教育高水平发展攻坚计划(2018-2020)》,定位科学高中。"
    assert "绍兴市高中阶段教育高水平发展攻坚计划" in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "浙江省教育厅关于深化普通高中课程改革的通知\n各市教育局:\n现就深化普通高中课程改革通知如下。",
            "普通高中课程改革",
        ),
        ("迎接省一级心理辅导站评估工作方案\n为做好省一级心理辅导站评估工作,特制定本方案。", "省一级心理辅导站评估"),
        ("青山县智慧教育试点工作方案\n为推进我县智慧教育发展,制定本方案。", "智慧教育试点"),
        (
            "关于开展2021年暑期安全教育活动的通知\n各校:\n现将暑期安全教育活动安排通知如下。",
            "暑期安全教育活动",
        ),
        # a campaign the title names, in the notice that hands on its plan too; a clean-up of a kind; a place unnamed
        (
            "关于印发某区深入开展无证幼儿园专项整治工作方案的通知\n各校:\n现将无证幼儿园专项整治工作方案印发给你们。",
            "无证幼儿园专项整治",
        ),
        (
            "某县教育局关于进一步深入开展校园安全和传染病防控排查整治的通知\n各校:\n现将校园安全和传染病防控排查整治通知如下。",
            "校园安全和传染病防控排查整治",
        ),
        (
            "XX县2023年中小学校周边环境综合整治工作方案\n为净化中小学校周边环境,开展中小学校周边环境综合整治,制定本方案。",
            "中小学校周边环境综合整治",
        ),
        # a title with neither 关于 nor a place before its verb or its program
        (
            "加强中小学生欺凌综合治理工作实施方案\n为有效防治学生欺凌,深入开展中小学生欺凌综合治理,制定本方案。",
            "中小学生欺凌综合治理",
        ),
        ("人才培养模式改革实施方案\n为推进民族教育人才培养模式改革,制定本方案。", "人才培养模式改革"),
    ],
)
def test_the_program_a_notice_is_about(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("根据《关于开展普惠性民办幼儿园认定工作的通知》要求,各县区组织申报。", "普惠性民办幼儿园认定"),
        ("根据我局《关于做好2011年中专及中小学教师职务评审工作的通知》精神,各校做好推荐。", "中专及中小学教师职务评审"),
        # the notice's own title names it too
        (
            "某市教育局关于做好2011年骨干教师名师名校长量化考核工作的通知\n各校:\n现将量化考核有关事项通知如下。",
            "骨干教师名师名校长量化考核",
        ),
    ],
)
def test_the_round_of_review_a_notice_calls_is_a_program(text, name):
    assert name in _names(text)


def test_a_notice_of_one_review_of_some_people_names_no_program():
    text = "关于组织对申报中学高级对象进行教学水平考核的通知\n各校:\n现将考核有关事项通知如下。"
    assert not any(name.endswith("考核") for name in _names(text))


def test_a_notice_about_work_in_general_names_no_program():
    assert _names("关于做好2021年招生工作的通知\n各校:\n现将招生工作有关事项通知如下。") == []


def test_a_place_s_plan_for_its_work_in_general_names_no_program():
    assert _names("青山县2021年教育工作实施方案\n为做好2021年教育工作,制定本方案。") == []


def test_a_note_between_a_quoted_name_and_its_word():
    text = "紧盯“六个一流”(一流的文化、一流的课程、一流的质量)建设任务,建设学校现代化治理体系。"
    assert "六个一流" in _names(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "按照项目只减不加的要求,清理加分项目,调整缩减分值。",
        "学校开设了一系列微型课程和课外活动项目。",
        "加大督查力度,处理好工程进度与工程质量的关系。",
        # 动态 of 进行动态调整 (no 行动)
        "收费标准根据本地区经济发展水平和政府财政补助情况进行动态调整。",
    ],
)
def test_items_of_a_kind_and_a_project_s_progress_are_no_programs(sentence):
    assert _names(sentence) == []


def test_a_table_s_heading_after_a_program_is_no_part_of_it():
    assert _names("2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容") == ["重大民生实事项目"]


@pytest.mark.parametrize(
    "sentence",
    [
        "删除“早期国家出现的突出标志”、“朝议制度”、“希波战争”等三个单元内容。",
        "分“学生为本的课程改革”、“学校规范化管理”等专题,撰写论文。",
        "原“选修IA”和“选修IB”课程模块列入知识拓展类选修课程。",
    ],
)
def test_quoted_items_of_some_content_are_no_programs(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "建设“双师型”教师队伍是发展职业教育的关键。",
        "北大、清华等“双一流”高校院所16位院士进校开展讲座。",
        "落实“智优生”和“特长生”的发掘工作,制订培养计划。",
        "“农村孩子同享城市化教育”工作机制,连续第三次入选全市“行风建设十大亮点工程”。",
    ],
)
def test_labels_of_people_and_honours_are_no_programs(sentence):
    names = _names(sentence)
    assert not {"双师型", "双一流", "智优生", "行风建设十大亮点工程"} & set(names)


@pytest.mark.parametrize(
    "sentence",
    [
        "推动省市“三名”工作室、名师工作坊建设。",
        "渔洞村有个“扶贫专家”工作站。",
        "同年捐赠人民币2000万元,发起建立“青田之家”公益基金会。",
        "区“一府一委两院”负责人、区人大常委会办事机构负责人列席会议。",
        "紧紧围绕建设“繁荣宜居智慧”新城的总目标,全面贯彻党的教育方针。",
    ],
)
def test_a_quoted_label_of_a_body_its_people_or_a_place_is_no_program(sentence):
    assert _names(sentence) == []


def test_a_program_before_its_people_unquoted_is_a_program():
    assert _names("校舍安全工程负责人要每月报告进度。") == ["校舍安全工程"]


def test_a_count_before_a_list_counts_its_last_item_too():
    assert _names("市属学校要做好9所学校35个拆建、加固工程项目。") == []


@pytest.mark.parametrize(
    "sentence", ["启动迪荡中学建设工程,年底前完成土建主体结顶。", "五是武功县第二实验小学建设项目工程。"]
)
def test_one_school_s_building_is_no_program(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "3.完成育才小学食堂改造项目,开工建设海南小学食堂。",
        "计划投入900万元,实施长宁中学标准化运动场建设项目,提升农村学校基础设施水平。",
        "延吉市第十二中学综合楼建设项目的相关负责人介绍说,项目总投资1319万元。",
    ],
)
def test_works_on_one_school_s_building_are_no_program(sentence):
    assert _names(sentence) == []


def test_works_on_a_kind_of_school_s_building_are_a_program():
    assert _names("实施中小学食堂改造工程,改善寄宿生就餐条件。") == ["中小学食堂改造工程"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("六是学前教育三期行动计划建设项目工程。", "学前教育三期行动计划建设项目工程"),
        ("三是中小学教师素质提升工程扎实推进。", "中小学教师素质提升工程"),
    ],
)
def test_an_item_s_number_is_no_part_of_the_name(sentence, name):
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("中小学教师素质提升计划实施以来,培训教师5000人次。", ["中小学教师素质提升计划"]),
        ("学校计划实施中小学教师素质提升工程。", ["中小学教师素质提升工程"]),  # 计划 as a verb
        ("稳步推进第二轮学前教育三年行动计划实施。", ["第二轮学前教育三年行动计划"]),
    ],
)
def test_a_plan_looked_back_on_since_its_implementation(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("并落实中小学近视眼防控工作3年行动计划,推进农村学生营养改善。", ["中小学近视眼防控工作3年行动计划"]),
        ("实施第二期学前教育3年行动计划。", ["第二期学前教育3年行动计划"]),
        ("实施20年行动计划。", []),  # years alone
        ("完成5年建设计划。", []),
    ],
)
def test_an_action_plan_of_years_counted_in_digits(sentence, names):
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("启动实施学前教育第三期行动计划项目建设。", "学前教育第三期行动计划"),
        ("省级乡村教师素质提升工程项目全面完成。", "省级乡村教师素质提升工程"),
    ],
)
def test_the_projects_of_a_plan_name_the_plan(sentence, name):
    assert _names(sentence) == [name]


def test_the_verb_an_item_opens_with_is_no_part_of_the_name():
    assert _names("四是重培训工程建设。充分利用县职业学校资源。") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("5)开展一次“我为文明添光彩”志愿服务活动。", "我为文明添光彩"),
        ("高标准组织开展“不忘初心，牢记使命”主题教育活动。", "不忘初心，牢记使命"),
        ("今年将结合“我为群众办实事”实践活动,继续解决一批群众的问题。", "我为群众办实事"),
    ],
)
def test_a_quoted_activity_s_name_slogan_or_not(sentence, name):
    assert name in _names(sentence)


def test_a_program_the_title_quotes_is_what_it_is_about():
    text = "绍兴一中“英贤计划”项目签约\n昨天下午,绍兴一中教育基金会“英贤计划”项目签约仪式在绍兴一中举行。"
    assert "英贤计划" in _names(text)


def test_a_principle_put_at_the_centre_is_a_slogan():
    assert "学为中心" not in _names("以“学为中心”机制体制创新为突破口,培育新时代人才。")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("通过实施本行动计划,努力实现民族地区教育现代化。", "教育现代化"),
        ("制定并实施集体教学和个性化学习相结合工作制度。", "个性化学习相结合工作制度"),
    ],
)
def test_a_state_to_reach_and_a_way_of_working_are_no_programs(sentence, absent):
    assert absent not in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["全面推进教育现代化建设。", "助力上海教育现代化建设,深化教育综合改革。", "推进“教育现代化”建设。"],
)
def test_a_broad_aim_is_no_program(sentence):
    assert "教育现代化" not in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("推进选课走班,实行学分制和弹性学制。", {"选课走班", "学分制"}),
        ("建立普通高中学业水平考试制度,完善综合素质评价制度。", {"普通高中学业水平考试", "综合素质评价制度"}),
        ("严格落实公民同招,民办初中实行电脑随机录取。", {"公民同招", "电脑随机录取"}),
        ("稳妥推进义务教育学校绩效工资改革。", {"义务教育学校绩效工资改革"}),
        ("全面落实乡村教师生活补助制度。", {"乡村教师生活补助制度"}),
        ("全面深化基础教育课程改革。", {"基础教育课程改革"}),
        ("在全市教育系统深入开展创先争优活动。", {"创先争优活动"}),
        ("扎实开展党史学习教育和不忘初心牢记使命主题教育。", {"党史学习教育", "不忘初心牢记使命主题教育"}),
        ("深化新时代教育评价改革。", {"新时代教育评价改革"}),
        # national building and staffing programs of the vocabulary
        ("实施初中校舍改造工程。", {"初中校舍改造工程"}),
        ("编报学前教育推进工程5个,中等职业教育基础能力建设专项1项。", {"学前教育推进工程", "中等职业教育基础能力建设"}),
        # quotes around a part of the name
        ("扎实开展“不忘初心、牢记使命”主题教育。", {"不忘初心、牢记使命主题教育"}),
        ("落实“3+1”帮扶机制和“1+X”证书制度。", {"1+X证书制度"}),  # a formula the vocabulary knows
    ],
)
def test_national_programs_named_without_a_suffix_come_from_the_vocabulary(sentence, names):
    assert names <= set(_names(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "录取依据学生的学业水平考试成绩和综合素质评价结果。",  # 中考 scores, not the reform
        "以新课程改革为契机,提高教学质量。",  # a reform in general words
    ],
)
def test_the_vocabulary_wants_the_program_s_own_name(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "fragment"),
    [
        ("(三)实施学校和谐安宁工程,管理模式由应急式向常态化转变。", "学校和谐安宁工程", "谐安宁工程"),
        ("加快建设校舍档案,启用校舍安全工程数据库。", "校舍安全工程", "启用校舍安全工程"),
        ("全面完成年度惠生惠师惠民工程。", "惠生惠师惠民工程", "年度惠生惠师惠民工程"),
        ("“十三五”期间实施八大工程,包括学前教育普及工程、义务教育均衡发展工程等。", "学前教育普及工程", "包括学前教育普及工程"),
        ("争取列入社会主义新农村建设项目。", "社会主义新农村建设项目", "列入社会主义新农村建设项目"),
        ("多次被市小区配套幼儿园专项整治工作领导小组表扬。", "市小区配套幼儿园专项整治", "多次被市小区配套幼儿园专项整治"),
        ("此次2021年中心城镇幼儿园建设项目中,该区还将新建改建11所幼儿园。", "中心城镇幼儿园建设项目", "此次2021年中心城镇幼儿园建设项目"),
        ("2019年是全面落实的重要之年,是教育新三年行动计划的关键之年。", "教育新三年行动计划", "是教育新三年行动计划"),
        # the 好 of a verb's work done well
        ("落实好农村学生营养改善计划,确保资金安全。", "农村学生营养改善计划", "好农村学生营养改善计划"),
        ("组织实施好中小学校舍维修改造工程。", "中小学校舍维修改造工程", "好中小学校舍维修改造工程"),
    ],
)
def test_a_program_s_left_boundary(sentence, name, fragment):
    names = _names(sentence)
    assert name in names and fragment not in names


def test_the_last_item_of_a_list_closed_by_deng_is_a_program():
    names = _names("重点谋划了基础教育优质发展工程、高等教育卓越发展工程、职业教育创新发展高地建设工程等十大工程。")
    assert names == ["基础教育优质发展工程", "高等教育卓越发展工程", "职业教育创新发展高地建设工程"]


@pytest.mark.parametrize(
    "sentence",
    [
        "三个项目进入省重点建设项目增补名单。",  # a level's key projects in general
        "绍兴市“十四五”学校重大建设项目一览",
        "形成学校文化的系列教育内容和学校发展项目。",  # a school's projects in general
        "完成浦口幼儿园重建工程和天姥幼儿园装修工程。",  # one school's works
        "培育一批全省示范性人工智能特教项目。",  # counted
        "推进学校文化建设,凸显两个特色项目。",  # counted by 两
        "完成农村学校厕所改造项目两处。",
        "新建五中综合实验楼,配齐专职实验员。",  # a lab building and its staff
        "包括购置教学实验仪器设备、图书、音体美器材。",  # a lab's equipment
        "启动了县城东部实验二小、白泥第二幼儿园建设。",  # a school's number
        "新增国家、省市特色项目学校12所次。",  # schools of some project
        "一共有33所,其中市计划项目园30所。",  # kindergartens of some project
        "新建幼儿园正在办理建筑工程规划许可证。",  # a building permit
        "全区教育领域重大项目建设也都在有条不紊地推进中。",  # a field's or a system's key works
        "(二)加快推进教育系统重点建设项目",
        "“十二五”期间,西藏自治区教育项目共规划投资80亿元。",  # a place's projects of education
        "图为屯留区重点教育项目设计方案专题汇报会现场。",
        "公开招聘紧缺人才计划数20人,录用18人。",  # a planned count
        "制定教体局党委理论中心组年度学习计划。",  # a plan of study
        "做好年度教师培训计划,组织全员培训。",  # a plan of training
        "建设相匹配的“一流基础教育”是本市发展的重要目标之一。",  # a quoted aim described
        "2019“教育局计划”教育工作计划",  # an agency's own plan, quoted
        "构建适龄残疾儿童青少年“中小幼”教育全覆盖的特殊教育体系。",  # stages of schooling for short
        "学校被评为“语文学科教研基地”和“综合理科教研基地”。",  # honours listed after the first
        "加大投入抓项目,加快学校建设。",  # 抓项目: projects in general
        "积极落实“三年建设计划”,抓紧各县重点工程建设。",  # a plan by its years alone
        # projects by the stage of their works or their urgency
        "据悉,此次集中开工项目总投资约10.67亿元。",
        "全区坚持每月开竣工一批项目。",
        "积极推进急需建设项目,新建、改建和扩建学校。",
    ],
)
def test_key_projects_works_and_batches_are_no_programs(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("建设“学生智能化服务中心”,通过物联网采集数据。", "学生智能化服务中心"),  # a centre set up
        ("开设“北斗科技班”。", "北斗科技班"),  # a class
        ("用“窗口意识”建设绍兴样板学校。", "窗口意识"),  # a way of thinking
        ("全面推进师生安全“网格化”管理。", "网格化"),  # a process
        ("严格控制各类“进校园”事项审批。", "进校园"),  # a kind of matter
        ("根据“支部建在连队上”工作要求,调整完善支部设置。", "支部建在连队上"),  # a requirement
        ("坚持学校“立人”教育思想为指导。", "立人"),  # a school's idea
        ("推动“育分”向“育人”转变。", "育分"),  # the two ends of a change
    ],
)
def test_quoted_centres_classes_ideas_and_requirements_are_no_programs(sentence, absent):
    assert absent not in _names(sentence)


def test_culture_is_no_process():
    assert _names("大力实施“校园文化”工程。") == ["校园文化工程"]


def test_programs_the_vocabulary_knows_keep_the_name_the_text_gives():
    names = _names("试点区探索“区管校聘”模式,全面落实课后服务,加快教联体试点,推进校园厕所革命。")
    assert {"区管校聘", "课后服务", "教联体", "校园厕所革命"} <= set(names)
    names = _names("开展教育“两项督导”和县级人民政府履行教育职责评价,推进小区配套园治理。")
    assert {"两项督导", "县级人民政府履行教育职责评价", "小区配套园治理"} <= set(names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("全国教育综合改革试验区工作全方位深入展开。", "全国教育综合改革试验区"),
        # a pilot area, whether its name says 教育 or not
        ("成功创建首批全国儿童青少年近视防控改革试验区。", "全国儿童青少年近视防控改革试验区"),
        ("我市被评为全国社区教育示范区。", "全国社区教育示范区"),
        ("积极创建全国义务教育优质均衡先行创建区。", "全国义务教育优质均衡先行创建区"),
        ("积极争创省学前教育改革发展示范区和省义务教育均衡发展先进县。", "省学前教育改革发展示范区"),
        # the designation of balanced compulsory schooling, with its level or without
        ("率先入选全国义务教育优质均衡先行创建县。", "全国义务教育优质均衡先行创建县"),
        ("争创省级义务教育优质均衡区。", "省级义务教育优质均衡区"),
        ("即义务教育基本均衡区的省级验收。", "义务教育基本均衡区"),
        ("大力推进义务教育基本均衡县建设。", "义务教育基本均衡县"),
    ],
)
def test_a_national_or_provincial_pilot_area_for_education_is_a_program(sentence, name):
    assert name in _names(sentence)


def test_a_national_area_of_another_field_is_none():
    assert _names("全县先后获得国家生态示范区、国家园林城市等称号。") == []


def test_a_county_balanced_schooling_is_no_designation_after_xianyu():
    assert not [n for n in _names("做好迎接县域义务教育发展基本均衡县国家评定的指导工作。") if n.endswith("均衡县")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("以“五星育人、三名争创”为总抓手,以学校凝聚力建设为重点。", "五星育人、三名争创"),
        ("全县各级党组织以“双五星”为载体,着力提升基层党建工作质量。", "双五星"),
    ],
)
def test_what_the_work_is_carried_by_is_a_program(sentence, name):
    assert name in _names(sentence)


def test_a_theme_or_main_line_is_a_slogan():
    assert _names("以“回顾辉煌成就、展望美好蓝图”为主线,开展主题宣讲。") == []


def test_the_shi_xing_of_luo_shi_puts_no_system_in_force():
    assert not [n for n in _names("进一步落实行政值周制度和年段教职工值班制度。") if n.startswith("政")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("深入推进大中小学思政课一体化建设,推动课程思政。", "大中小学思政课一体化"),
        ("全面实施《“十四五”特殊教育发展提升行动计划》。", "特殊教育发展提升行动计划"),
        ("推进思政课一体化改革创新。", "思政课一体化"),  # the name the text gives
        ("持续推进落实薄弱学校改造、标准化学校建设等民生工程。", "薄弱学校改造"),
        ("加快教育强市创建步伐。", "教育强市创建"),
        ("全力创建学前教育普及普惠县。", "学前教育普及普惠县"),
        ("办好内地西藏班,扩大招生规模。", "内地西藏班"),
        ("实施两类学校建设项目507个。", "两类学校建设"),
        ("推进“一村一幼”及“班改幼”建设。", "班改幼"),
        ("七是实施教育信息化工程。", "教育信息化工程"),  # a theme's works
        ("五是实施立德树人工程。", "立德树人工程"),
        ("加快班班通工程建设。", "班班通"),  # the vocabulary's program
        ("推进城乡学校标准化建设,健全学校图书阅览室。", "城乡学校标准化建设"),
        ("学前和义务教育阶段双语教育覆盖面达到100%。", "双语教育"),
        ("制定本年度校舍维修改造和新建改扩建公办幼儿园计划。", "校舍维修改造"),
        ("莅临我县就2021年政府履行教育职责进行督导。", "政府履行教育职责"),
        ("鼓励有条件的幼儿园开设托班,推进托幼一体化发展。", "托幼一体化"),
        ("大力发展普惠托育服务,增加托位供给。", "普惠托育服务"),
        ("推行城区名园集团化办园,扩大优质资源。", "集团化办园"),
        ("深化乡(镇)教育学区制管理改革。", "学区制管理改革"),
        ("开展农村偏远地区学前教育巡回支教试点。", "巡回支教"),
        ("严格落实控辍保学“七长”责任制。", "七长责任制"),
        ("组织开展送教下乡培训,覆盖全体乡村教师。", "送教下乡"),
        ("建设“互联网+教育”大平台。", "互联网+教育"),
        ("坚持义务教育免试就近入学和公办、民办学校同步招生。", "免试就近入学"),
        ("进一步落实好义务教育免试划片就近入学政策。", "免试划片就近入学"),
        ("严格按照小学“就近入学、划片招生”的原则招生。", "划片招生"),
        ("继续完善城区小学划片招生,严格对照入学条件招生。", "划片招生"),
        ("三是以全面创建广东省教育强镇为载体,进一步提升教育均衡度。", "教育强镇"),
        ("奋力建设教育强省,办好人民满意的教育。", "教育强省"),
        ("坚持建设体育强县,广泛开展全民健身。", "体育强县"),
        ("据悉,该县正在加快创建省教育现代化县。", "教育现代化县"),
        ("深入推进教育精准扶贫,确保不让一个学生因贫失学。", "教育精准扶贫"),
        ("连续数年将幼儿园工作列入为民办十件实事。", "十件实事"),
        ("开展小学生暑期托管服务,帮助小学生度过一个安全的假期。", "暑期托管服务"),
        ("各校要上好开学第一课,开展安全教育。", "开学第一课"),
        ("继续推进校舍维修改造、合格学校建设。", "合格学校建设"),
        ("加强义务教育优质均衡区创建工作,推进智慧校园建设。", "智慧校园建设"),
        ("巩固拓展教育脱贫攻坚成果,同乡村振兴有效衔接。", "教育脱贫攻坚"),
        ("全面推行督学责任区挂牌督导。", "挂牌督导"),
        ("构建高效课堂,提高课堂教学效率。", "高效课堂"),
        ("完善义务教育干部、教师轮岗交流制度。", "教师轮岗交流"),
        ("加快推进中小学标准化建设,改善办学条件。", "中小学标准化建设"),
    ],
)
def test_national_programs_of_the_vocabulary(sentence, name):
    assert name in _names(sentence)


def test_an_activity_put_in_practice_is_named_by_its_slogan():
    assert "课内比教学、课外访万家" in _names("继续深入开展“课内比教学、课外访万家”活动,坚持全面开课。")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("把实施“教育兴县”战略作为最大的民生工程。", "教育兴县"),
        ("加速实施科教兴冀战略,不懈深化教育体制改革。", "科教兴冀战略"),
        ("加快实施高教强省战略,积极扩大城乡学前教育公共资源。", "高教强省战略"),
        ("第三节实施质量兴校战略", "质量兴校战略"),
        ("会议强调,贵阳纵深推进教育立市战略。", "教育立市战略"),
    ],
)
def test_a_strategy_of_raising_a_place_by_education_is_a_program(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "以“四个全面”战略布局为引领。",
        "紧紧围绕统筹推进“五位一体”总体布局。",
    ],
)
def test_a_strategic_or_overall_layout_is_no_program(sentence):
    assert _names(sentence) == []


def test_a_quoted_list_of_programs_names_each():
    names = _names("持续深化“新时代教育评价改革、教育督导体制机制改革、教育集团化改革、中高考改革”等八项改革。")
    assert names == ["新时代教育评价改革", "教育督导体制机制改革", "教育集团化改革", "中高考改革"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("开展了“一校一品牌”“一支部一特色”创建活动。", ["一校一品牌", "一支部一特色"]),  # the word after the last is each one's
        ("全面推进十五年免费教育,突出行业发展重点。", ["十五年免费教育"]),
        ("全面落实鄂尔多斯籍学生十五年基本免费教育政策。", ["十五年基本免费教育"]),
        ("全面实施农村学前三年免费双语教育。", ["三年免费双语教育"]),
        ("顺利通过国家学前教育普及普惠县督导评估。", ["国家学前教育普及普惠县"]),
    ],
)
def test_quoted_names_sharing_a_word_free_schooling_and_national_model_counties(sentence, names):
    assert _names(sentence) == names


def test_a_plan_a_notice_hands_on_is_the_document_not_a_program():
    doc = structured("某区人民政府办公室关于印发某区教育高质量发展三年行动计划的通知\n各镇人民政府:\n现将计划印发给你们,请认真贯彻执行。")
    assert [p.name for p in extract_programs(doc)] == []


def test_a_count_of_items_is_no_part_of_a_name():
    assert not [n for n in _names("三明市确定今年21件为民办实事项目。") if "21件" in n]


def test_a_plan_s_ordinal_is_part_of_its_name():
    assert _names("深入实施第二个学前教育五年行动计划。") == ["第二个学前教育五年行动计划"]


def test_the_reporter_who_heard_of_a_plan_and_an_action_on_some_work_are_no_part_of_a_name():
    assert _names("18日记者从硚口区学前教育第三期行动计划推进会上了解到,该区将新建23所幼儿园。") == [
        "硚口区学前教育第三期行动计划"
    ]
    doc = structured("各县(市、区)人民政府:现将有关事项通知如下。", title="新乡市人民政府办公室关于对2010年县级政府教育工作进行督导评估的通知")
    assert [p.name for p in extract_programs(doc)] == []


def test_a_place_before_a_preposition_a_verb_or_an_amount_is_no_part_of_a_name():
    text = (
        "昭平县以教育项目建设为重点。构建教育项目发展大网络,打通教育项目的毛细血管。全地区工程建设进度快于预定工期。"
        "横县先后筹措11.4亿多元用于项目建设。县对农村义务教育薄弱学校改造计划加大投入。开展城区对口帮扶工程。"
    )
    assert _names(text) == ["农村义务教育薄弱学校改造计划", "城区对口帮扶工程"]


def test_a_program_counted_right_after_its_name_keeps_it():
    assert _names("全区现有教育部新时代中小学名师名校长培养计划1人。") == ["教育部新时代中小学名师名校长培养计划"]


def test_a_quarter_s_projects_one_school_s_project_and_a_count_of_tasks_are_no_programs():
    text = "福田区第一季度项目进展顺利。6003地块小学项目明年开建。会议部署了“六项工作”。实施“六项工程”。"
    assert _names(text) == ["六项工程"]


def test_a_menu_line_or_the_whole_of_a_work_is_no_program():
    assert _names("关于金亿 新闻动态 经营服务 加固产品 加固技术 工程案例\n全县启动教育信息化工程。") == ["教育信息化工程"]
    assert _names("工程自去年7月动工兴建以来进展顺利,预计整个工程将在6月底前完工。") == []
    assert _names("今年全县将实施一大批教育项目。") == []


def test_an_unquoted_list_before_a_quoted_count_of_its_kind_names_each_program():
    names = _names("围绕上述目标,重点实施基层党建质量提升、重点项目建设攻坚、基础教育全面普及“三大工程”。")
    assert {"基层党建质量提升工程", "重点项目建设攻坚工程", "基础教育全面普及工程"} <= set(names)
    # …and the count names them all
    assert "三大工程" in names
    # …not two items of a sentence before a count
    assert "推进工程" not in " ".join(_names("加强管理、推进“三大工程”。"))


def test_a_year_s_round_of_a_known_program_quoted_is_the_program():
    assert _names("三、实施“国培计划（2023）”项目,培训乡村教师300人。") == ["国培计划"]


def test_a_province_s_model_area_keeps_the_whole_province():
    assert _names("组织参加全省智慧教育示范区创建工作会议。") == ["全省智慧教育示范区"]


def test_the_grade_of_a_building_s_safety_is_no_mojibake():
    assert _names("中小学幼儿园C级不安全校舍加固改造工程全面推进。") == ["中小学幼儿园C级不安全校舍加固改造工程"]
    assert _names("年内完成D级危房改造工程。") == ["D级危房改造工程"]


def test_an_unquoted_count_closing_a_list_of_as_many_items_names_each_program():
    names = _names("实施义务教育装备标准化、高中装备特色化和装备管理信息化三大工程,到2018年全面完成。")
    assert names == ["义务教育装备标准化工程", "高中装备特色化工程", "装备管理信息化工程"]
    assert _names("推进城乡教育一体化、教育信息化两大行动。") == ["城乡教育一体化行动", "教育信息化行动"]
    # …not where the count is not the list's length, nor the count with the last item
    assert _names("加强管理、推进三大工程。") == []
    assert _names("实施学前教育普及和义务教育均衡两大工程。") == []


def test_each_reform_of_a_list_named_at_length_is_a_program():
    # a quote of the whole list runs too long to be read as one
    text = (
        "持续深化“新时代教育评价改革、教育督导体制机制改革、教育集团化改革、义务教育‘双减’改革、"
        "中高考改革、‘县管校聘’改革、课堂提质增效改革、教育试验区改革”等八项改革。"
    )
    names = _names(text)
    assert {"教育督导体制机制改革", "教育集团化改革", "中高考改革", "课堂提质增效改革", "教育试验区改革"} <= set(names)
    # …not a field's reform by its field alone
    assert _names("突出抓好教学改革、课程改革、教学方法改革。") == ["教学方法改革"]


def test_an_experiment_of_a_field_is_no_program_but_one_named_at_length_is():
    assert _names("各校要积极开展教学改革实验,鼓励教师参与教育教学实验。") == []
    assert _names("全面推进高效课堂教学实验。") == ["高效课堂教学实验"]


def test_projects_of_a_kind_of_building_are_no_program_but_its_works_program_is():
    assert _names("全区加快推进公办幼儿园建设项目,按期完成校舍建设项目。") == []
    assert _names("全面实施幼儿园建设工程。") == ["幼儿园建设工程"]


def test_a_program_after_gao_hao_is_named_without_the_verb():
    assert _names("8.全面贯彻教育方针,搞好教学质量工程,开辟轻负担高质量的教学之路") == ["教学质量工程"]


def test_a_meeting_called_on_a_program_is_not_part_of_its_name():
    text = "4月4日下午,周口市商水县张明乡中心校召开教育脱贫百日攻坚提升行动专题会。"
    assert _names(text) == ["教育脱贫百日攻坚提升行动"]


def test_two_aims_joined_by_he_name_one_program_where_the_last_alone_is_too_vague():
    assert _names("六是实施教师招聘和培养工程。") == ["教师招聘和培养工程"]
    assert _names("全面实施职业教育振兴和继续教育发展行动计划。") == ["职业教育振兴和继续教育发展行动计划"]
    # …not where the last names a program of its own
    assert _names("实施人才培养和信息素养提升工程。") == ["信息素养提升工程"]


def test_family_planning_is_no_plan():
    assert _names("市教育局、市卫生和计划生育委员会负责。") == []


def test_the_livelihood_works_a_government_counts_out_are_a_program():
    assert _names("基础教育配套设施建设项目被确定为2009年武城县十大民生工程之一。") == ["十大民生工程"]
    assert _names("连续多年将新增中小学学位纳入天津市20项民心工程。") == ["20项民心工程"]
    assert _names("2012年,武汉市政府10件实事提出要促进教育公平。") == ["10件实事"]
    # …not one work of them
    assert _names("学前教育是一项重要的民生工程。") == []


def test_the_national_program_for_weak_schools_is_known_in_its_variants():
    text = "晋江把全面改善农村义务教育学校基本办学条件作为提升区域教育质量的重要抓手。"
    assert _names(text) == ["全面改善农村义务教育学校基本办学条件"]
    text = "全面改善贫困地区农村义务教育薄弱学校基本办学条件,推进义务教育学校标准化建设。"
    assert "全面改善贫困地区农村义务教育薄弱学校基本办学条件" in _names(text)
    # …not a place improving its schools
    assert _names("全面改善我县义务教育阶段学校办学条件。") == []


def test_the_program_a_clause_follows_starts_after_its_according_to():
    text = "今年以来,龙圩区根据市教育提质工程工作安排,大力推进教育项目建设。"
    assert _names(text) == ["市教育提质工程"]
    assert _names("本方案根据省民生工程要求制定。") == ["省民生工程"]
    assert _names("建设分两期进行,同时将根据教职工周转房项目下达情况同步建设。") == ["教职工周转房项目"]
    # …and a person's own plan, followed or not, is no program
    assert _names("学生要根据个人修习计划,实行自主选课。") == []
    assert _names("制定具体的培养方案和个人专业发展计划,明确努力方向。") == []


def test_the_building_of_schools_or_bodies_to_a_standard_is_a_program():
    assert _names("启动普通高中办学标准化建设工作,加快构建现代职业教育体系。") == ["普通高中办学标准化建设"]
    assert _names("2.在全系统深入推进基层党组织标准化建设。") == ["基层党组织标准化建设"]
    assert _names("投资3.9亿元用于完成2011年义务教育学校现代化达标建设任务。") == ["义务教育学校现代化达标建设"]
    # …not equipment brought to a standard, a school built to one, nor the level reached
    assert _names("加快实施教育装备标准化建设。") == []
    assert _names("该幼儿园按照市级示范性幼儿园建设标准建设,可提供6个教学班。") == []
    assert _names("全面提升农村初中办学标准化建设水平。") == []


def test_a_round_of_inspection_given_to_one_matter_is_a_program():
    text = "3月14日上午,镇督管办对所辖学校(幼儿园)开展防溺水安全工作专项督查并且将检查结果通报。"
    assert _names(text) == ["防溺水安全工作专项督查"]
    assert _names("该校安排专人对所属中小学进行了一次元旦安全专项检查。") == ["元旦安全专项检查"]
    assert _names("全国农村义务教育学校基本办学条件专项督导第三督导组来我市。") == [
        "全国农村义务教育学校基本办学条件专项督导"
    ]
    # …not one without its matter, nor the team sent on it
    assert _names("各地要成立专项督查小组,对学校进行专项检查。") == []


def test_an_education_park_a_place_builds_is_a_program():
    assert _names("市委书记一行视察了正在建设中的巴林右旗教育园区。") == ["巴林右旗教育园区"]
    assert _names("全面完成鄂尔多斯职业教育园区建设,市职业技术学校春季搬迁。") == ["鄂尔多斯职业教育园区"]
    assert _names("今年,布尔津县以城东教育新区和城乡幼儿园建设为突破口。") == ["城东教育新区"]
    assert _names("建成深汕高中园") == ["深汕高中园"]
    # …not one left unnamed, counted or described
    assert _names("王书记认真听取了教育园区情况介绍。") == []
    assert _names("形成崇川、港闸和开发区三个职业教育园区专业互补的发展格局。") == []
    assert _names("建成设施齐全、功能完善的现代化教育园区。") == []


def test_the_matter_after_the_joining_word_of_a_meeting_is_a_program():
    assert _names("在2022年全省教育工作会议暨基础教育高质量发展推进会上,省教育厅签订责任书。") == ["基础教育高质量发展"]
    assert _names("7月17日,我县综治工作暨校园周边环境集中整治推进会议召开。") == ["校园周边环境集中整治"]
    assert _names("我市召开智慧校园暨示范校创建会议。") == ["示范校创建"]
    # …not an event's or a party's matter, nor one held without a meeting on it
    assert _names("西林中学举行第九届校园读书节暨学雷锋活动启动仪式。") == []
    assert _names("教育局召开全市教育系统党风廉政暨作风建设大会。") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("针对农村学校改造工程存在的问题进行整改。", "农村学校改造工程"),
        ("随着学前教育三年行动计划的实施,入园难得到缓解。", "学前教育三年行动计划"),
        ("就名校长培养工程的实施作了部署。", "名校长培养工程"),
        ("与校园安全提升工程同步推进。", "校园安全提升工程"),
        ("我们要把校园安全提升工程抓实抓好。", "校园安全提升工程"),
        ("现将滨州市第三期名校长培养工程实施方案印发给你们。", "滨州市第三期名校长培养工程"),
        ("深入了解薄弱学校改造工程进展。", "薄弱学校改造工程"),  # (no 解… of 了解)
        ("实施就业援助计划。", "就业援助计划"),  # 就 of 就业 is the name's own
    ],
)
def test_a_preposition_or_a_verb_before_a_program_is_no_part_of_its_name(sentence, name):
    assert _names(sentence) == [name]


def test_a_pilot_put_in_practice_by_its_name_is_a_program():
    assert _names("开展职业教育与普通高校联合办学试点等。") == ["职业教育与普通高校联合办学试点"]
    assert _names("今年,该省将全面启动国家教育信息化省级试点。") == ["国家教育信息化省级试点"]
    assert _names("辽宁省将进行辽西北农村中小学生营养餐改善试点工作。") == ["辽西北农村中小学生营养餐改善试点"]
    # …not the pilot schools or counties, a manner of working, a pilot of an area, nor the pilot of a reform
    assert _names("做好农村义务教育学校食堂建设试点县的申报。") == []
    assert _names("就是要在推进教育信息化应用方面积极试点。") == []
    assert _names("推动区、县开展督导责任区试点。") == []
    assert _names("开展教师资格定期注册改革试点。") == []


def test_the_making_of_a_title_pushed_forward_by_its_name_is_a_program():
    assert _names("推进州级示范性幼儿园创建工作,促进各级各类幼儿园规范办园。") == ["州级示范性幼儿园创建"]
    assert _names("以新一轮节水型学校创建为抓手,健全管理,开源节流。") == ["新一轮节水型学校创建"]
    assert _names("与此同时,晋江将继续推进示范园创建,争创1所省级示范园。") == ["示范园创建"]
    # …not 创建 as a verb with its object after it, two joined, nor a round of work done (做好…, 开展…评估创建工作)
    assert _names("研究部署全市教育系统整改创建全国文明城市情况。") == []
    assert _names("推进学校集体荣誉和省现代化创建工作。") == []
    assert _names("继续开展学校语言文字规范化示范校评估创建工作。") == []


def test_a_mechanism_set_up_by_its_own_name_is_a_program():
    assert _names("根据通知,我省将建立省级防溺水联动机制,每年至少专题研究一次防溺水工作。") == ["省级防溺水联动机制"]
    assert _names("2. 建立联控联保工作机制。") == ["联控联保工作机制"]
    # …not one set up and improved in general, one described by a clause, nor two joined
    assert _names("1、建立健全常规管理长效机制。") == []
    assert _names("建立有利于名优教师成长的激励和管理机制。") == []
    assert _names("签订了责任状,并建立领导协调和推进机制。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "建立普通高中学校选修课程开发开设日常督查机制,将选修课程建设情况纳入发展性督导评价。",
        "建立高中教学质量科学评价机制,重点关注高考的上线率、冒尖率。",
        "区(市)县教育行政部门要建立作业管理监测督导机制,制定作业监测指标。",
    ],
)
def test_a_mechanism_of_checking_some_work_is_no_program(sentence):
    assert _names(sentence) == []


def test_an_event_held_by_its_edition_is_a_program():
    assert _names("2019年9月14日至9月20日为第18届全国推广普通话宣传周。") == ["第18届全国推广普通话宣传周"]
    assert _names("成功举办第四届中学生田径运动会,各中学组建的9支代表队参赛。") == ["第四届中学生田径运动会"]
    assert _names("9月,承办了扬州市第七届校长论坛。") == ["第七届校长论坛"]
    # …not a contest a prize was won in, nor a contest of skills listed among others
    assert _names("获市第五届教职工乒乓球比赛优秀组织奖。") == []
    assert _names("举办全市中等职业学校第十届学生专业技能大赛。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "九是加大财政投入“兜底”教育发展。",
        "到规划期末,该市“一城四片”教育整体发展水平进入全省先进行列。",
        "探索“轻负高质”教育的区域性实施工作。",
    ],
)
def test_a_quote_before_the_development_of_education_names_no_program(sentence):
    assert _names(sentence) == []


def test_a_quoted_campaign_of_education_is_still_a_program():
    assert "感恩报国" in _names("深入开展“感恩报国”教育。")


@pytest.mark.parametrize(
    "line",
    [
        "- 贞丰长田乡狠抓农村危房改造工程摸底工作 2012-08-13 14:00:44",
        "海南首个“自动驾驶+旅游交通”融合示范项目落地~~~",
        "县政协主席强调,2015年度工作要着重做好“四个加”字运算,为助推政协发挥协商...",
    ],
)
def test_a_line_linking_to_another_article_names_no_program_of_the_page(line):
    text = f"今年,我县深入实施学校食堂标准化改造工程。\n{line}\n"
    assert _names(text) == ["学校食堂标准化改造工程"]


@pytest.mark.parametrize(
    "text",
    [
        "2.义务教育均衡发展。全面改善学校办学条件,加大教育资源向农村地区和薄弱学校倾斜力度。\n",
        "义务教育均衡发展。小学适龄儿童入学率已达100%,初中适龄少年入学率达到98%。\n",
    ],
)
def test_a_vocabulary_name_heading_a_section_alone_names_its_field(text):
    assert _names(text) == []


def test_a_vocabulary_name_heading_a_section_and_put_in_practice_is_a_program():
    text = "2.义务教育均衡发展。全面改善学校办学条件。\n深入推进义务教育均衡发展。\n"
    assert _names(text) == ["义务教育均衡发展"]


def test_an_action_guideline_is_no_action():
    assert _names("在区域教育核心理念引领下对接市、区教育行动纲领的要求,深刻领会教育新使命。") == []


@pytest.mark.parametrize(
    "sentence",
    ["省实验学校于洪分校项目全面建成,新增学位1500个。", "市实验幼儿园县区分园项目保教楼完成主体封顶。"],
)
def test_the_works_of_a_schools_branch_are_no_program(sentence):
    assert _names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("实施边远艰苦地区农村学校教师周转宿舍建设,改善乡村教师生活条件。", "边远艰苦地区农村学校教师周转宿舍建设"),
        ("建设10个农村教师周转宿舍,新增住房200套。", "农村教师周转宿舍"),
    ],
)
def test_the_national_program_of_teachers_housing_is_in_the_vocabulary(sentence, name):
    assert name in _names(sentence)


def test_a_places_consolidation_of_schools_is_named_as_its_education_layout_too():
    assert "教育布局调整" in _names("西宁市全面推进第三轮教育布局调整,新建改扩建学校12所。")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("本学期,我校以“争创常州市新优质学校”为目标,着重完善课程体系。", "新优质学校"),
        ("制定上海市新优质学校项目年度推进计划,提升教育质量。", "新优质学校项目"),
    ],
)
def test_the_program_of_new_quality_schools_is_in_the_vocabulary(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("今年,利通区教育局实施义务教育薄弱环节改造和学前教育项目总共9个。", "义务教育薄弱环节改造"),
        ("武都区聚焦薄弱学校改善和能力提升、学前教育发展等项目建设。", "薄弱学校改善和能力提升"),
        ("安排教育基础薄弱县普通高中建设1.164亿元,支持仙游县榜头中学建设。", "教育基础薄弱县普通高中建设"),
    ],
)
def test_the_national_programs_for_weak_schools_by_their_variant_names(sentence, name):
    assert name in _names(sentence)


def test_an_item_of_a_sites_menu_names_no_program():
    text = (
        "今年,我县深入实施学校食堂标准化改造工程。\n"
        "网站首页 | 公益慈善栏目 | 免费推广计划 | 全球资源网顾问团 | 帮助中心 | 关于我们 |\n"
    )
    assert _names(text) == ["学校食堂标准化改造工程"]


def test_a_program_named_on_a_line_with_a_menu_is_still_one():
    line = "奉贤区推进校舍安全工程工作自评报告 | 网站地图 | 注册或登陆首页 |"
    assert "校舍安全工程" in _names(line)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("成功立项省基础教育前瞻性教学改革重大实验项目,以项目化研究带动课堂教学质量提升。", "省基础教育前瞻性教学改革重大实验项目"),
        ("《构建大德育生态圈》获批省教育体制机制改革试点项目。", "省教育体制机制改革试点项目"),
        ("形成市为民办实事公办幼儿园建设项目选报方案。", "市为民办实事公办幼儿园建设项目"),
        ("11月29日,我县举行凤凰中学新校区建设工程奠基仪式。", "凤凰中学新校区建设工程"),
        ("两水幼儿园教学楼2个项目已完成招投标安化幼儿园建设项目开工在即。", "安化幼儿园建设项目"),
    ],
)
def test_a_verb_of_winning_setting_or_holding_a_program_is_no_part_of_its_name(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("坚持教育综合改革，持续推进基础教育创新试验区建设。", "基础教育创新试验区"),
        ("全面深化教育综合改革，全面推进第三轮基础教育创新试验区建设。", "第三轮基础教育创新试验区"),
        ("着力打造“五个示范区”(教育资源共享示范区、教师队伍建设示范区)。", "教育资源共享示范区"),
    ],
)
def test_a_model_or_pilot_area_of_education_is_a_program_without_its_level(sentence, name):
    assert name in _names(sentence)


def test_an_area_a_work_serves_or_left_unnamed_is_no_program():
    assert not [n for n in _names("提高职业教育服务示范区的能力。") if "示范区" in n]
    assert not [n for n in _names("推进课堂提质增效改革、教育试验区建设。") if n == "教育试验区"]


def test_the_time_after_a_known_program_is_no_mention_of_it():
    assert _names("中小学布局调整后的富余校舍优先用于举办幼儿园。") == []
    assert _names("到2014年全省中小学布局调整后长期保留的乡镇以上中小学生均校舍面积达到标准。") == []
    # …the program itself is
    assert _names("继续推动中小学布局调整,按照省政府文件要求执行。") == ["中小学布局调整"]


def test_a_work_put_in_practice_by_its_own_name_is_a_program():
    text = "推进州级示范性幼儿园创建工作,实施学前教育大园区管理改革,推行入学准备教育。"
    assert "学前教育大园区管理改革" in _names(text)
    assert _names("其中教育项目2件,即实施中小学扩容工程及新一轮公办幼儿园建设。") == ["中小学扩容工程", "新一轮公办幼儿园建设"]
    assert _names("今年,西宁市教育系统将重点实施学前教育质量提升、义务教育能力提升等7大类项目。") == [
        "学前教育质量提升", "义务教育能力提升",  # (each work of the list)
    ]
    # …not one not yet put in practice, one school's works, a project's or equipment's building
    assert _names("因多方面因素尚未实施公办幼儿园建设,学前教育仍然薄弱。") == []
    assert _names("年内实施城关第二小学建设,新增学位900个。") == []
    assert _names("加快实施教育装备标准化建设。") == []
    # …nor one whose name holds a program the vocabulary knows: that program is what is put in practice
    assert _names("全面推行县管校聘管理改革,实施班班通工程建设。") == ["县管校聘管理改革", "班班通"]


def test_quoted_problems_listed_before_a_clean_up_are_no_programs():
    text = "在学科类校外培训“黑机构”“小广告”“隐形变异培训”专项整治行动中,共查处无证机构12家。"
    assert _names(text) == ["专项整治行动"]
    # …a single quote joined to the clean-up names it, and a way of governing is none
    assert _names("开展“有偿补课”专项整治行动,严肃查处违规行为。")[0] == "有偿补课专项整治"
    assert _names("形成具有榆林特色的“大数据+教育”治理模式和服务模式。") == ["大数据+教育"]


def test_a_known_goal_an_opinion_cited_advances_is_no_program():
    text = "根据《国务院关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》(国发〔2016〕40号),结合我市实际,制定本意见。"
    assert _names(text) == []
    assert _names("根据《深化新时代教育评价改革总体方案》,制定本规划。") == []
    # …the rules for carrying one out name it still, and so does an opinion that puts it in practice
    assert "校长教师交流轮岗" in _names("联合下发《关于推进县(区)域内义务教育学校校长教师交流轮岗的实施办法》。")


def test_hunan_s_schools_for_children_of_poor_areas_are_a_program():
    # (湖南芙蓉学校建设: a province's program of schools built for poor areas, named by its schools)
    assert _names("建设芙蓉学校7所,其中4所投入使用。") == ["芙蓉学校"]
    assert "芙蓉学校" in _names("省实事项目。投入3.14亿元,建设3所芙蓉学校,全部投入使用。")


def test_a_quoted_count_or_field_before_its_demands_is_a_program():
    # (要求 right after the quote: the demands a program sets, not a work's own 工作要求)
    assert _names("切实落实“三个新增”要求,项目资金重点向深度贫困地区倾斜。") == ["三个新增"]
    assert _names("全面改造义务教育薄弱学校办学条件的“二十条底线”要求。") == ["二十条底线"]
    assert _names("遵循“六好教育”要求,凝心聚力,砥砺前行。") == ["六好教育"]
    # …not the sayings of a report listed before it, nor a slogan
    text = "为贯彻落实党的十九大报告提出的“办好学前教育”“幼有所育”“努力让每个孩子都能享有公平而有质量的教育”要求,制定本计划。"
    assert _names(text) == []
    assert _names("按照“人籍一致、籍随人走”要求,对学生学籍进行管理。") == []
    assert _names("紧紧围绕“突破罗庄、走在前列”工作要求,以办好人民满意的教育为目标。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "第五节 实施义务教育优质均衡发展和城乡一体化发展行动计划",
        "义务教育均衡发展和",  # a table cell's line cut after 和
    ],
)
def test_a_goal_opening_a_plan_s_name_joined_by_he_is_no_program_of_its_own(sentence):
    names = _names(sentence)
    assert "义务教育优质均衡发展" not in names
    assert "义务教育均衡发展" not in names
