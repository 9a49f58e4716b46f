import pytest
from structured_samples import structured

from edukg.loaders.extract.references import extract_references


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("全面实施《国家学生体质健康标准》。", ["国家学生体质健康标准"]),
        ("根据《教育部关于推进中小学教育质量综合评价改革的意见》要求。", ["教育部关于推进中小学教育质量综合评价改革的意见"]),
        ("按照《某市中长期教育改革和发展规划纲要(2011-2020年》部署。", ["某市中长期教育改革和发展规划纲要(2011-2020年)"]),
        ("认真贯彻《3-6岁儿童学习与发展指南》和《某市学前教育实施意见》。", ["3-6岁儿童学习与发展指南", "某市学前教育实施意见"]),
        ("转发<某省教育现代化建设主要指标>的通知。", ["某省教育现代化建设主要指标"]),
        # a notice cited by its title, which holds the title it hands on
        (
            "根据《某市人民政府办公室关于印发<某市新村建设实施方案>的通知》(某办发〔2014〕42号)要求。",
            ["某市人民政府办公室关于印发《某市新村建设实施方案》的通知"],
        ),
        ("围绕《教育纲要落实,完善制度。", ["教育纲要落实"]),
        # an emergency plan, a memorandum two governments signed
        ("制定《农村义务教育学生营养改善计划食品安全应急预案》。", ["农村义务教育学生营养改善计划食品安全应急预案"]),
        ("按照教育部与某省政府签署的《义务教育均衡发展备忘录》的要求进行。", ["义务教育均衡发展备忘录"]),
        ("没有引用任何文件。", []),
        # a vision named by its horizon
        ("根据《中国教育现代化2035》《重庆教育现代化2035》,制定本规划。", ["中国教育现代化2035", "重庆教育现代化2035"]),
        # without brackets: an issuer's 关于…的决定/意见, and named standards put in force
        (
            "依照中共某省委、某省人民政府关于加快建设教育强省的决定精神。",
            ["中共某省委、某省人民政府关于加快建设教育强省的决定"],
        ),
        ("认真贯彻落实国务院办公厅关于规范校外培训机构发展的意见。", ["国务院办公厅关于规范校外培训机构发展的意见"]),
        # …issued by a government's inspection body
        (
            "某市人民政府教育督导委员会关于印发某市创建优质均衡发展县实施方案的通知明确了要求。",
            ["某市人民政府教育督导委员会关于印发某市创建优质均衡发展县实施方案的通知"],
        ),
        # a notice's own heading, its addressees next, cites nothing
        (
            "某市教育局关于组织对申报中学高级对象进行教学水平考核的通知各县(市、区)教育局,市直各学校:"
            "根据《某市中小学教师职务评审办法》精神,组织考核。",
            ["某市中小学教师职务评审办法"],
        ),
        ("督促学校实施国家学生体质健康标准。", ["国家学生体质健康标准"]),
        (
            "认真对照云岭省县(市教育现代化建设主要指标和云岭省中小学教育技术装备标准(II 类,查找差距。",
            ["云岭省县(市)教育现代化建设主要指标", "云岭省中小学教育技术装备标准(II类)"],  # brackets lost in the source
        ),
        ("以全面贯彻落实国家、省、市中长期教育规划纲要为主线。", []),  # several levels' plans at once
        ("按照江苏省中小学教育装备有关标准配齐器材。", []),  # vague
        ("贯彻落实国家颁布的语言文字各项标准。", []),  # whose, not which
        ("依据国家统一的督导评估指标、认定标准开展评估。", []),
        ("结合“十四五”规划和2035年远景目标,各县市要将义务教育优质均衡纳入规划。", []),  # whose plan?
        ("达到省标准化建设要求。", []),
        # titles a citing verb lists without brackets: each names a period or its issuing level
        (
            "根据国家中长期教育改革和发展规划纲要(2010-2020 年)、教育信息化“十三五”规划等文件精神,"
            "结合某市教育事业发展“十三五”规划(2016-2020)的总体部署,制定本规划。",
            [
                "国家中长期教育改革和发展规划纲要(2010-2020年)",
                "教育信息化“十三五”规划",
                "某市教育事业发展“十三五”规划(2016-2020)",
            ],
        ),
        # …with its document number after it, no part of its title
        (
            "根据某市名校长培养工程人选管理办法(试行)(某教〔2014〕31号),制定本方案。",
            ["某市名校长培养工程人选管理办法(试行)"],
        ),
        ("结合本地实际制定实施方案,按照城镇小区配套幼儿园建设管理办法和区县级专家委员会评估意见办理。", []),
        ("依法依规落实城镇居住区配套幼儿园建设规定,开展专项治理。", []),  # a residential district issues nothing
        ("根据国家和省市教育规划的要求。", []),
        ("《实施方案》主要任务涉及八大方面,共23条。", []),  # a kind of document alone: the text's own short form
        ("结合清远市人民政府教育督导室《关于", []),  # a title the page cut after its first word
        ("填写《绍兴市名师名校长培养对象申报表》,于4月20日前报市教育局。", []),  # a form to fill in
    ],
)
def test_references(sentence, titles):
    assert [r.title for r in extract_references(structured(sentence))] == titles


def test_a_heading_on_its_own_line_with_the_addressees_on_the_next_cites_nothing():
    text = (
        "本区政办发〔2020〕13号\n某区人民政府办公室关于切实做好中小学生防溺水工作的通知\n\n各街道办事处、各有关部门:\n"
        "为贯彻落实《某省防范学生溺水专项行动方案》,现通知如下。"
    )
    refs = extract_references(structured(text, title="防溺水工作通知"))
    assert [r.title for r in refs] == ["某省防范学生溺水专项行动方案"]


def test_one_reference_per_title_with_every_citation():
    (ref,) = extract_references(structured("执行《教师法》。\n学习《教师法》。"))
    assert ref.title == "教师法"
    assert len(ref.evidence) == 2


def test_a_title_cited_also_with_its_period_after_it_is_one_reference():
    text = "根据《教育信息化“十三五”规划(2018-2020)》的要求。\n落实《教育信息化“十三五”规划》的要求。"
    (ref,) = extract_references(structured(text))
    assert ref.title == "教育信息化“十三五”规划(2018-2020)"
    assert len(ref.evidence) == 2


def test_a_title_with_a_comma_and_a_short_form_after_it():
    text = "根据《关于贯彻落实科学发展观，进一步推进义务教育均衡发展的意见》,落实《意见》要求。"
    assert [r.title for r in extract_references(structured(text))] == [
        "关于贯彻落实科学发展观，进一步推进义务教育均衡发展的意见"
    ]


def test_a_plan_naming_itself_as_it_is_drawn_up_cites_nothing_but_a_notice_carrying_it_does():
    text = "为使学校明确未来的发展方向,特制定《某镇中心小学三年发展规划(2018年9月—2020年8月)》。"
    # (the page's own title line is a file name: 某镇中心小学三年发展规划.docx)
    assert extract_references(structured(text, kind="规划", title="某镇中心小学三年发展规划.docx")) == []
    notice = structured(text, kind="通知", title="某县教育局关于做好学校发展规划工作的通知")
    assert [r.title for r in extract_references(notice)] == ["某镇中心小学三年发展规划(2018年9月—2020年8月)"]


def test_a_short_form_the_text_defines_is_the_title_again():
    text = (
        "根据中共中央、国务院《深化新时代教育评价改革总体方案》(以下简称《总体方案》)和省政府办公厅印发的"
        "《对市级人民政府履行教育职责开展评价工作的实施方案》(以下简称《实施方案》)规定。按照《总体方案》要求。"
    )
    assert [r.title for r in extract_references(structured(text))] == [
        "深化新时代教育评价改革总体方案", "对市级人民政府履行教育职责开展评价工作的实施方案"
    ]


@pytest.mark.parametrize("comma", [",", "，"])
def test_a_title_keeps_its_chinese_punctuation(comma):
    text = f"贯彻《关于进一步加强中小学安全工作{comma}切实保障师生安全的通知》精神。"
    assert [r.title for r in extract_references(structured(text))] == [
        "关于进一步加强中小学安全工作，切实保障师生安全的通知"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "4.在《语文(必修四)》中增加《辛德勒名单》。",
        "| 地理 | *选修VI《环境保护》、选修IV《城乡规划》。",
        "为贯彻国家和浙江省中长期教育改革和发展规划纲要,制定本方案。",
        "按照国家班额标准和学校办学规模,科学核定招生计划。",
        # a standard met, after 了
        "经检查,3个区义务教育学校达到了本省办学基本标准。",
        # a standard reached, without brackets: a yardstick, not a document cited
        "使全体学生达到国家学生体质健康标准,养成良好的卫生习惯。",
    ],
)
def test_course_texts_several_levels_documents_and_a_bare_limit_are_no_references(sentence):
    assert extract_references(structured(sentence)) == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a document that implements another cites it, in its title as in its body
        (
            "某省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见\n一、认真贯彻《国务院关于基础教育改革与发展的决定》。",
            ["国务院关于基础教育改革与发展的决定"],
        ),
        # a notice that hands a plan on is that plan: neither is cited
        ("某县教育局关于印发《某县教育信息化实施方案》的通知\n一、现将《某县教育信息化实施方案》印发给你们。", []),
        # …whatever blank the page's title line holds
        (
            "某省人民政府办公厅关于印发某省智慧学校建设总体规划 (2018—2022年)的通知\n"
            "某省人民政府办公厅关于印发某省智慧学校建设总体规划 (2018—2022年)的通知\n各市人民政府:",
            [],
        ),
        # a title that holds the document's own after words of its own is another document
        (
            "加强中小学生欺凌综合治理工作实施方案\n"
            "为贯彻落实某省教育厅印发《进一步加强中小学生欺凌综合治理工作实施方案》的文件精神,制定本方案。",
            ["进一步加强中小学生欺凌综合治理工作实施方案"],
        ),
        # …and one the document's title holds after a region is the higher level's plan it follows
        (
            "某市教育信息化2.0行动计划(2018-2022)\n为落实教育部《教育信息化2.0行动计划》,制定本计划。",
            ["教育信息化2.0行动计划"],
        ),
        # a notice forwarding another body's notice cites it
        (
            "某县人民政府办公室转发某省人民政府办公厅关于进一步加强控辍保学工作文件的通知\n"
            "经县人民政府同意,现将《某省人民政府办公厅关于进一步加强控辍保学工作的通知》(某政办发〔2017〕127号)文件转发给你们。",
            ["某省人民政府办公厅关于进一步加强控辍保学工作的通知"],
        ),
        # … whatever title the page kept: the wrapper says so, approving it, or in its heading near the top
        ("印发通知\n各市、县教育局:\n《中共某省委教育工委 某省教育厅2010年工作要点》已经厅务会议审议通过,现印发给你们。", []),
        (
            "某区教育体育局2018年教育工作计划要点\n索引号:11_B/2018\n某区教育体育局关于印发《某区2018年教育工作计划要点》的通知\n"
            "各中小学:\n现将《某区2018年教育工作计划要点》印发给你们。",
            [],
        ),
        # a document its own title runs on from is cited: the plan whose tasks it shares out, not a news title's
        (
            "某省人民政府办公厅关于印发某省中长期教育改革和发展规划纲要(2010-2020年)任务分工的通知\n"
            "各部门要围绕《某省中长期教育改革和发展规划纲要(2010-2020年)》确定的任务,切实承担起责任。",
            ["某省中长期教育改革和发展规划纲要(2010-2020年)"],
        ),
        ("某市教育信息化“十四五”规划发布\n近日,《某市教育信息化“十四五”规划》正式印发。", []),
        # an interpretation of a document cites the document it explains
        ("《某市2022年教育工作要点》政策解读\n概述:《某市2022年教育工作要点》政策解读", ["某市2022年教育工作要点"]),
        ("某区深入开展无证幼儿园专项整治工作方案解读\n一、《某区深入开展无证幼儿园专项整治工作方案》出台背景。",
         ["某区深入开展无证幼儿园专项整治工作方案"]),
        # a table breaking down the tasks of a document its title quotes cites it
        ("2024年《政府工作报告》重点工作目标任务分解表\n序号 | 重点工作 | 责任单位 |\n1 | 新建幼儿园3所 | 县教育局 |", ["政府工作报告"]),
        # further down, such a line lists a document cited
        ("某县教育局2018年工作要点\n" + "".join(f"{i}.做好第{i}项工作。\n" for i in range(1, 13))
         + "附件:某省教育厅关于印发《某省义务教育均衡发展督导办法》的通知", ["某省义务教育均衡发展督导办法"]),
        # a reply names the proposal it answers, in its title or quoted
        (
            "关于县十九届人大二次会议第4号建议的答复:关于增加凡河镇教育投入的建议\n陈海涛代表:\n您提出的建议收悉。",
            ["关于增加凡河镇教育投入的建议"],
        ),
        ("对第23号建议的答复\n孙铁安代表:\n您提出的关于“关于对新军屯镇中心小学进行扩建的建议”收悉,现答复如下:", ["关于对新军屯镇中心小学进行扩建的建议"]),
        ("对第3号建议的答复:镇西镇中心小学筹建风雨操场的建议\n您提出的关于镇西镇中心小学筹建风雨操场的建议收悉,现答复如下:",
         ["关于镇西镇中心小学筹建风雨操场的建议"]),
        # …even when the reply's page is titled by the proposal
        (
            "标题:关于继续改扩建学校的建议\n关于继续改扩建学校的建议\n您提出的《关于继续改扩建学校的建议》收悉,现答复如下:",
            ["关于继续改扩建学校的建议"],
        ),
    ],
)
def test_a_title_in_the_documents_own_title(text, titles):
    assert [r.title for r in extract_references(structured(text))] == titles
