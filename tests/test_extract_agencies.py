import pytest
from structured_samples import CITY, COUNTY, structured

from edukg.loaders.extract import extract_facts
from edukg.loaders.extract.agencies import AgencyMatcher, agency_type, office_of
from edukg.loaders.model import Region


def _matcher(region=COUNTY, issuer=None):
    return AgencyMatcher.for_document(structured("无。", region=region, issuer=issuer))


@pytest.mark.parametrize(
    ("written", "region", "issuer", "name"),
    [
        ("市教育局", CITY, None, "江城市教育局"),
        ("市教育局", CITY, "江城市教育局", "江城市教育局"),
        ("县政府", COUNTY, None, "青山县政府"),  # as written: 政府 stays 政府
        ("教体局", COUNTY, "青山县教育体育局", "青山县教育体育局"),
        ("教体部门", COUNTY, "青山县教育体育局", "青山县教育体育局"),
        ("县教育体育局", COUNTY, "青山县教育体育局", "青山县教育体育局"),
        ("青山县教育体育局", COUNTY, "青山县教育体育局", "青山县教育体育局"),
        ("市教育局局长", CITY, None, "江城市教育局局长"),
        ("机构编制部门", COUNTY, None, "机构编制部门"),
        ("市教育局", None, "教育局", "市教育局"),  # no region known: kept as written
        ("市场监管局", CITY, None, "市场监管局"),  # a name, not 市 + 场监管局
        ("县应急管理局", COUNTY, None, "青山县应急管理局"),
        ("市教育局", COUNTY, "青山县教育局", "江城市教育局"),  # another level's bureau than the issuer's
        ("江城市教育局", COUNTY, "青山县教育局", "江城市教育局"),
    ],
)
def test_normalize_within_document(written, region, issuer, name):
    assert _matcher(region, issuer).normalize(written) == name


@pytest.mark.parametrize(
    ("name", "type_"),
    [
        ("江城市教育局", "教育行政部门"),
        ("机构编制部门", "机构编制部门"),
        ("派出所", "公安机关"),
        ("安全信访科", "内设机构"),
        ("普通教育组", "工作组"),
        ("直属学校", "学校"),
        ("三明市政协", "人大政协"),
        ("区建委", "住房城乡建设部门"),  # (a city's or district's construction commission: 配合区建委启动…)
        ("不存在的东西", None),
    ],
)
def test_agency_type(name, type_):
    assert agency_type(name) == type_


def test_agencies_named_in_text():
    text = "认真落实市政府工作要求,协调公安机关和人力资源和社会保障部门,各区、县教育局要抓好落实,市应急管理局配合。"
    facts = extract_facts(structured(text, region=CITY))
    names = {a.name for a in facts.agencies}
    assert {"江城市政府", "公安机关", "人力资源和社会保障部门", "各区、县教育局", "江城市应急管理局"} <= names
    (gov,) = [a for a in facts.agencies if a.name == "江城市政府"]
    assert gov.aliases == ("市政府",) and gov.type == "党委政府"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("(省委宣传部、省文化厅、教育厅、团省委按职责分工负责)", "省文化厅"),
        ("联合省司法厅开展青少年法治宣传教育。", "省司法厅"),
    ],
)
def test_a_province_s_department_by_its_level_and_field(sentence, name):
    assert any(n.endswith(name) for n in _agency_names(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"), [("配合区建委启动龙滨园配套小学建设。", "区建委"), ("市建委负责配套学校的规划建设。", "江城市建委")]
)
def test_a_construction_commission_is_an_agency(sentence, name):
    assert name in _agency_names(sentence, region=CITY)


def test_a_hall_is_no_department():
    assert not any(n.endswith("厅") for n in _agency_names("新建县一中学生餐厅和市民中心办事大厅。"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("各县、市、区教育局要及时通知有关对象。", "各县、市、区教育局"),
        ("各市、县教育局要加强指导。", "各市、县教育局"),
        ("各市、县(市、区)人民政府要加强领导。", "各市、县(市、区)人民政府"),
    ],
)
def test_levels_listed_before_a_body_are_one_agency(sentence, name):
    # not its last level's body alone (区教育局), nor the document's own county's (青山县教育局)
    assert {a.name for a in extract_facts(structured(sentence)).agencies} == {name}


@pytest.mark.parametrize(
    "sentence",
    [
        "项目列入了2022年省、市政府民生实事,县教育局负责组织实施。",
        "紧紧围绕区、市党委决策部署,县教育局负责组织实施。",
    ],
)
def test_levels_sharing_a_government_are_no_agency(sentence):
    # the upper levels at large, not the city's government or party committee
    assert _agency_names(sentence) == ["青山县教育局"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("国家教育督导检查组对我县进行了检查。", "督导检查组"),
        ("专项督导组听取了汇报。", "督导组"),
        ("省专家调研组到我县调研。", "云岭省专家调研组"),
        ("验收组认为,该镇坚持优先发展教育。", "验收组"),
    ],
)
def test_a_team_sent_to_inspect_is_an_agency(sentence, name):
    facts = extract_facts(structured(sentence, kind="新闻"))
    assert [(a.name, a.type) for a in facts.agencies] == [(name, "督导检查组")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("会上,副县长通报了地区行署教育督导委员会督导组对我县义务教育均衡发展的督导意见。", "地区行署教育督导委员会督导组"),
        ("2月13日下午,县教育局春季开学专项督导组对各中小学开学工作进行现场督导。", "青山县教育局春季开学专项督导组"),
    ],
)
def test_a_review_team_is_named_after_the_body_sending_it(sentence, name):
    assert name in _agency_names(sentence, kind="新闻")


def test_a_review_team_is_not_named_after_what_a_body_does():
    names = _agency_names(
        "区政府将认真领受督导组反馈的意见。县教育督导室组织专家组对各校进行评估。区政府就督查组的指导表示感谢。", kind="新闻"
    )
    assert {"专家组", "督导组", "督查组"} <= set(names)


@pytest.mark.parametrize("region", [CITY, COUNTY])
def test_the_province_s_government_cited_below_it_is_no_agency(region):
    text = "根据《云岭省人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见》和《省政府办公厅关于印发…的通知》,江城市教育局制定本方案。"
    assert _agency_names(text, region=region) == ["江城市教育局"]


def test_the_province_s_government_cited_in_its_own_plan_is_an_agency():
    text = "根据《云岭省人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见》,省教育厅制定本方案。"
    assert "云岭省人民政府" in _agency_names(text, region=Region(name="云岭省", province="云岭省"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("其中县城投公司负责学校建设资金的筹措。", "县城投公司"),
        ("县教育局与青山县电信公司签署教育信息化合作协议。", "青山县电信公司"),
        ("县教育基金会为优秀学子颁发奖学金。", "县教育基金会"),
    ],
)
def test_a_level_s_company_or_a_foundation_is_an_agency(sentence, name):
    assert name in _agency_names(sentence, kind="新闻")


@pytest.mark.parametrize(
    "sentence",
    ["他曾担任奥地利奥华公司董事长。", "项目由江城科技有限公司中标承建。", "各公司要做好安全生产工作。"],
)
def test_a_foreign_or_registered_firm_or_every_firm_is_no_agency(sentence):
    assert not any(n.endswith("公司") for n in _agency_names(sentence, kind="新闻"))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("县电视台要做好防溺水安全教育的宣传报道。", "青山县电视台"),
        ("确定县人民医院为全县中小学生健康体检定点医院。", "青山县人民医院"),
    ],
)
def test_a_level_s_hospital_or_television_station_is_an_agency(sentence, name):
    assert name in _agency_names(sentence)


def test_a_hospital_of_a_grade_is_no_agency():
    assert _agency_names("病假须提供县级及以上医院的证明。") == []


def test_bare_government_is_not_an_agency():
    facts = extract_facts(structured("落实政府、学校和监护人等各方主体责任。"))
    assert [a.name for a in facts.agencies] == []


def test_working_group_named_by_short_forms():
    text = "(二)职能工作组\n6.职、成教育组组长:成员:工作目标:(1)中等职业学校均达到省优标准。"
    names = {a.name for a in extract_facts(structured(text)).agencies}
    assert "职、成教育组" in names and "成教育组" not in names


def test_a_group_s_name_holds_no_verb_before_it():
    names = {a.name for a in extract_facts(structured("各校在12月30日底前将考核组成员名单报送教育局人事科。")).agencies}
    assert names == {"考核组", "教育局人事科"}


def _agency_names(text, **meta):
    return [a.name for a in extract_facts(structured(text, **meta)).agencies]


def test_offices_asked_to_act_are_no_office_named_with_the_request():
    names = _agency_names("请各处室按要求认真填写本部门数据,于6月6日前将电子版发送至督导办。")
    assert not any(n.startswith("请") for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "聘任情况需报市教育局审批同意。",
        "三是组织教师参加市教育局组织的培训。",
        "相关工作被《中国共青团》专题报道。",
        "完善实验室、专用教室建设。",
        "电脑室、办公室和专用教室更换了电脑和智能讲台等设备。",
        "心理咨询室、德育处要关注每一位学生的心理健康。",
        "济宁市完成新改扩建幼儿园40所新增学位9390个",
        "继续执行幼儿园在园家庭经济困难儿童资助政策。",
        "县长负责统筹、协调相关部门开展控辍保学工作。",  # a verb's object
    ],
)
def test_sentence_pieces_rooms_and_titles_are_no_agencies(sentence):
    names = _agency_names(sentence)
    assert not any(
        n.startswith(("聘任", "三是", "济宁市完成", "继续", "协调")) or n in ("共青团", "实验室", "专用教室", "电脑室", "心理咨询室") for n in names
    )


@pytest.mark.parametrize("sentence", ["序号项目名称主要内容区政府负责统筹推进。", "服务内容各校要根据实际制定课后服务方案。"])
def test_a_table_s_headings_run_into_a_body_are_no_agency(sentence):
    assert not any("内容" in n for n in _agency_names(sentence))


@pytest.mark.parametrize("sentence", ["所教学科与申报特级教师学科应相一致。", "英语科在每次模拟考试时要有明显的进步。"])
def test_a_subject_taught_is_no_agency(sentence):
    assert not any(n.endswith("科") for n in _agency_names(sentence))


@pytest.mark.parametrize(
    "sentence", ["八所学校将于今年九月开学", "届时,三所职业学校将并于该校。", "其中,两所学校也将于今年秋季招生。"]
)
def test_a_count_of_schools_is_no_agency(sentence):
    assert not any("所" in n for n in _agency_names(sentence))


@pytest.mark.parametrize(
    ("sentence", "kept", "pieces"),
    [
        ("督导组查阅了政府、发改、财政等部门的资料。", ["发改部门", "财政部门"], ["查阅了政府"]),
        ("领导小组下设办公室在茅台一小,袁双副校长兼任办公室主任。", ["茅台一小"], ["领导小组下设办公室", "袁双副校长兼任办公室"]),
    ],
)
def test_a_list_led_by_a_verb_done_and_posts_held_are_no_names(sentence, kept, pieces):
    names = _agency_names(sentence)
    assert all(n in names for n in kept) and not any(p in names for p in pieces)


def test_a_zone_s_committee_is_the_zone_s_not_the_district_s():
    names = _agency_names("各镇人民政府,兖州工业园区管委会,经济开发区管委会要做好配合。")
    assert "园区管委会" in names and "开发区管委会" in names
    # (the zone's whole name, 兖州工业园区管委会, may hold a duty)
    assert not any(n.endswith("区管委会") and not n.endswith(("园区管委会", "开发区管委会")) for n in names)


def test_a_higher_unit_keeps_its_name():
    assert "云岭省教育厅" in _agency_names("根据云岭省教育厅的部署,做好招生工作。", region=CITY)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("学校成立“县管校聘”工作领导小组,统筹推进。", "“县管校聘”工作领导小组"),
        ("由专项督查小组负责检查。", "专项督查小组"),
        ("成立由区政府主要领导任组长的“楚州区教育现代化创建工作领导小组”。", "楚州区教育现代化创建工作领导小组"),
        ("(一创建工作领导小组组长:副组长:成员:", "创建工作领导小组"),
        ("德育处负责组织实施,总务处配合。", "德育处"),
        ("基础教育处、人事处按职责分工落实。", "人事处"),
        ("各区成立教育领域专项指挥部,统筹学位建设。", "教育领域专项指挥部"),  # a command post set up for a task
        ("12月1日从天津援疆前方指挥部获悉,项目已经完工。", "天津援疆前方指挥部"),
        # a committee of experts or a steering committee, after the verb that asks of it
        ("发挥残疾儿童义务教育专家委员会作用,研究制定评估标准。", "残疾儿童义务教育专家委员会"),
        ("建立大中小学校思政课一体化教学指导委员会。", "大中小学校思政课一体化教学指导委员会"),
        ("该项目多次被小区配套幼儿园专项整治工作领导小组通报。", "小区配套幼儿园专项整治工作领导小组"),  # a passive's doer
        ("紧接着,德育处主任康旺对学校的德育工作进行了安排。", "德育处"),  # an office by its head's post
        ("检查人员:各校分管安全工作的校长和保卫处处长。", "保卫处"),
        ("随后,总务处刘明主任对开学后的后勤工作进行了布置。", "总务处"),  # …its head named before the post
        ("部分人大代表、政协委员(由人事科通知);", "人事科"),  # …what it does with what it is sent
        ("于9月19日前分别报局办公室、局安保科汇总。", "局安保科"),
    ],
)
def test_groups_and_offices(sentence, name):
    assert name in _agency_names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("学校成立高考研究小组,分析近三年高考试题。", "高考研究小组"),
        ("由学校领导、班主任和教育村长组成劝返专班,逐户上门劝返。", "劝返专班"),
    ],
)
def test_a_group_a_sentence_sets_up_is_an_agency_whatever_its_task(sentence, name):
    assert name in _agency_names(sentence)


@pytest.mark.parametrize(
    "sentence", ["各单位要组建一个专班,从速启动。", "要成立工作小组,明确职责。", "开展体育、艺术兴趣小组活动。"]
)
def test_a_count_a_group_without_a_task_or_a_club_is_no_agency(sentence):
    assert not any(n.endswith(("小组", "专班")) for n in _agency_names(sentence))


def test_a_bureau_division_keeps_its_bureau():
    assert "江城市教育局监察室" in _agency_names("由市教育局监察室负责受理举报。", region=CITY)


@pytest.mark.parametrize("written", ["县府办", "市府办"])
def test_a_government_s_office_in_its_short_form_holds_a_duty(written):
    facts = extract_facts(structured(f"{written}负责督查,定期通报进展。"))
    assert agency_type(written) == "政府办公厅(室)"
    assert any(r.agency.endswith(written) and r.duty.startswith("负责督查") for r in facts.responsibilities)


def test_a_bureau_division_by_its_number_keeps_its_bureau():
    assert _agency_names("各校于1月11日前将排查台账上报教育局基教二股。") == ["教育局基教二股"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("公办学校担负招生入学工作的主体责任。", "公办学校"),
        ("寄宿制学校是住宿安全的责任单位。", "寄宿制学校"),
        ("各部门要根据学校办学目标,找出差距。", "各部门"),
        ("全县各级各类学校要认真落实。", "全县各级各类学校"),
        ("各地各部门要认真落实。", "各地各部门"),
    ],
)
def test_a_kind_of_school_holds_a_duty_but_is_no_agency(sentence, kind):
    facts = extract_facts(structured(sentence))
    assert kind in {r.agency for r in facts.responsibilities}
    assert kind not in {a.name for a in facts.agencies}


@pytest.mark.parametrize(
    "sentence",
    ["全市中小学将在下周正式开学。", "全盟各级党委、政府认真贯彻教育方针政策。", "全市各乡镇(街道)建立中心幼儿园。"],
)
def test_the_bodies_of_a_whole_place_are_no_agency(sentence):
    assert not any(n.startswith("全") for n in _agency_names(f"{sentence}县教育局负责组织实施。"))


@pytest.mark.parametrize(
    "sentence",
    [
        "沈阳市标准化幼儿园要增加1.5万个学位。", "重庆普惠性幼儿园要落实收费政策。", "大连市将农村幼儿园纳入规划。",
        # a province's or a city's schools, of no kind named
        "记者从长沙市自然资源和规划局了解到,长沙市幼儿园布局规划正在进行批后公示。",
        "新京报快讯 今年,北京市幼儿园、中小学学位将进一步扩充。",
        "新疆农村双语幼儿园建设推进会2日在乌鲁木齐召开。",
    ],
)
def test_a_places_schools_of_a_kind_are_no_agency(sentence):
    names = _agency_names(sentence)
    assert not [n for n in names if n.endswith("幼儿园")]


def test_a_places_named_school_stays_an_agency():
    assert "沈阳市实验幼儿园" in _agency_names("沈阳市实验幼儿园要增加学位。")
    assert "清涧县幼儿园" in _agency_names("清涧县幼儿园要增加学位。")  # a county's own kindergarten


def test_schools_under_a_level_are_an_agency():
    assert "江城市直学校" in _agency_names("市直学校要制定切实可行的整治方案。", region=CITY)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("市财政局、市建设交通委、市农委、市规划国土资源局按职责分工负责。", "农委"),
        ("学区划分方案经区县政府、开发区管委会批准后公布。", "开发区管委会"),
        ("本办法由学生处负责解释。", "学生处"),
        ("省自然资源和规划厅、省住房和城乡建设厅负责做好用地保障。", "住房和城乡建设厅"),  # a province's departments
        ("中共黑龙江省委高等学校工作委员会、黑龙江省教育厅联合印发。", "省委高等学校工作委员会"),  # written in full
        ("联席会议成员由县委宣传部、教育局、公安局、交通运输局、水务局、卫计委、安监局等单位组成。", "水务局"),  # other departments
        ("对涉及人社局、公安局、教科局、电力局、审计局需要整改的问题,相关部门逐项整改。", "审计局"),
        ("对涉及人社局、公安局、教科局、电力局、审计局需要整改的问题,相关部门逐项整改。", "教科局"),  # 教育和科技局
        ("发改委、民政局、财政局、人社局、卫计局、残联:", "卫计局"),
        # a body before what it does with 分 (分解下达, 分管): no branch of it
        ("近日,省发展改革委分解下达山西省教育强国推进工程中央预算内投资计划。", "省发展改革委"),
        ("县委、县政府召开座谈会,县委政法委分管领导参加会议。", "县委政法委"),
        ("11月13日,区政协召开推进第三期学前教育行动计划专题协商会。", "区政协"),  # a consultative conference
        ("近日,福建省三明市政协就重点提案进行调研督查。", "三明市政协"),
        ("市人大教科文卫委员会调研认为,招生与竞赛成绩挂钩现象依旧。", "市人大教科文卫委员会"),  # a committee, whole
        ("县人大常委会教科文卫工委负责监督检查。", "县人大常委会教科文卫工委"),  # …of the standing committee
        ("区政府教育督导办组织了各位督学深入学校。", "区政府教育督导办"),  # a government's inspection office
        ("市教委、市政府教育督查室于11月13日至17日组织专家组进行实地督查。", "市政府教育督查室"),
        ("请于6月6日前将电子稿上报到区督导办。", "区督导办"),
        ("各学校把校本教研活动安排表于9月21日前报送到区教研室。", "区教研室"),  # a level's teaching-research body
        ("主会场参会人员主要为市教育局和市教研院相关负责人。", "市教研院"),
        ("相关材料报市教育教学研究院。", "市教育教学研究院"),
        ("12月9日,大荔县职教中心改扩建建设项目正式开工。", "大荔县职教中心"),  # a county's vocational centre
        ("依托县特殊教育资源中心,开展送教上门服务。", "县特殊教育资源中心"),  # a level's service centres
        ("暑期托管服务由区青少年活动中心统一组织。", "区青少年活动中心"),
        ("秦州区融媒体中心2月28日讯近日,区教育局组织开展开学工作专项督查。", "秦州区融媒体中心"),  # its media centre
        ("日前,笔者在钟祥市电化教育馆目睹了一场特殊的考试。", "钟祥市电化教育馆"),  # its educational technology
        ("该县教育技术装备站站长告诉记者,班班通建设已见成效。", "县教育技术装备站"),
        ("会上,该市现教中心主任详细解读了提升工程实施方案。", "市现教中心"),
        ("县教体局并会同市交管大队对校车进行检查。", "市交管大队"),  # its traffic police and rescue squads
        ("教育部门与县水上救生大队联合开展防溺水宣传演练。", "县水上救生大队"),
        ("目前,市财政已及时将专款下达至各县区。", "江城市财政"),  # a level's purse, paying
        ("教育扶贫专项资金由县财政列入教育部门预算。", "县财政"),
    ],
)
def test_bodies_the_vocabulary_and_offices_name(sentence, name):
    assert any(n.endswith(name) for n in _agency_names(sentence, region=CITY))


@pytest.mark.parametrize(
    "sentence",
    ["今年共收到县人大代表建议30件、县政协委员提案17件。", "县人大副主任杨安娜、县政协副主席李瑞阳参加了会议。", "政协委员视察了幼儿园。"],
)
def test_deputies_members_their_motions_and_posts_name_no_congress(sentence):
    assert _agency_names(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["县财政性学前教育经费占同级财政性教育经费的比例逐年提高。", "义务教育所有经费全部纳入区财政预算。"]
)
def test_a_purse_s_funds_name_no_purse(sentence):
    assert _agency_names(sentence) == []


def test_rules_on_inspection_name_no_inspection_office():
    assert _agency_names("各校要按照责任督学挂牌督导办法,做好督导工作。") == []


def test_offices_in_general_and_an_official_are_no_agencies():
    names = _agency_names("机关各处室、直属事业单位:\n校长是整治工作的第一责任人,有关处室负责人参加。")
    assert not {"机关各处室", "有关处室", "校长"} & set(names)


def test_an_official_s_body_is_the_agency():
    names = _agency_names("成立以市教育局副局长冯树正为组长的专项督导组。区教委主任出席会议。", region=CITY)
    assert names == ["江城市教育局", "督导组", "区教委"]  # (the team set up is a body too)


def test_a_school_opening_the_title_is_an_agency():
    text = "绍兴一中五年发展规划\n绍兴一中是一所有百年历史的学校。\n学校坚持质量立校。"
    assert "绍兴一中" in _agency_names(text)


@pytest.mark.parametrize(
    ("title", "school"),
    [
        ("重固小学2024 学年第一学期工作计划", "重固小学"),
        ("康宁乡九年制学校骨干教师和名师培养方案", "康宁乡九年制学校"),
        ("铜冶中心校春季开学初安全工作通知", "铜冶中心校"),
    ],
)
def test_a_school_by_its_name_opening_the_title_of_its_own_plan_is_an_agency(title, school):
    text = f"{title}\n为做好本学期工作,{school}结合实际制定本计划。\n全体教师要认真落实。"
    assert school in _agency_names(text, title=title)


@pytest.mark.parametrize("title", ["宜兴市中小学人工智能教育三年行动计划", "夏县瑶峰镇下埝底幼儿园改扩建工程规划"])
def test_a_place_s_schools_or_a_site_of_works_name_no_school_of_the_title(title):
    text = f"{title}\n为做好工作,结合实际制定本计划。\n全体教师要认真落实。"
    assert not any(n.endswith(("小学", "幼儿园")) for n in _agency_names(text, title=title))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("1月22日,中共云南省委高校工委、云南省教育厅向全省教育系统发出通知。", "省委高校工委"),
        ("校党委领导为学生课余党校上党课。", "校党委"),
        ("县委政法委将牵头开展校园周边综合治理。", "县委政法委"),
        ("2022年11月21日至12月30日,市委第三巡察组对市教育局党组开展了常规巡察。", "市委第三巡察组"),  # an inspection team
        # a working committee named before its secretary's post (a party committee's own is a person's post)
        ("会议由市委教育工委副书记范志刚主持。", "市委教育工委"),
        ("省委教育工委书记、省教育厅厅长林和平作工作报告。", "省委教育工委"),
    ],
)
def test_party_committees_for_education_and_a_school_s_own(sentence, name):
    assert any(n.endswith(name) for n in _agency_names(sentence))


def test_a_table_row_no_rule_read_and_a_person_s_post_name_no_agency():
    text = "| 党政办 | 教学处 | 工会 | 团委 |\n市委书记马卫光出席并颁发证书。"
    assert _agency_names(text, region=CITY) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("向县教育体育局人事股申报当年教职工需求计划。", "青山县教育体育局人事股"),  # a county bureau's 股
        ("省经信委信息化处牵头试点工作。", "省经信委信息化处"),
        ("县教体局学前教育管理中心主任代瑜主持会议。", "青山县教体局学前教育管理中心"),  # a bureau's centre
        ("近日由省信息化工作办公室带领调研组到县调研。", "省信息化工作办公室"),
        ("县公安交警大队负责接送学生车辆安全整治。", "青山县公安交警大队"),
        ("锡林郭勒盟行政公署要加大教育投入。", "锡林郭勒盟行政公署"),  # a league's administration
        ("盟行署负责统筹全盟教育发展。", "盟行署"),
    ],
)
def test_divisions_offices_and_a_traffic_police_brigade(sentence, name):
    assert any(n.endswith(name) for n in _agency_names(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["县委常委、副县长李四出席会议。", "认真贯彻省委九届九次全会精神。", "压路机正在进行道路硬化,不远处,运动场跑道安装正同步进行。"],
)
def test_a_standing_committee_member_a_plenary_session_and_a_place_word_name_no_agency(sentence):
    assert _agency_names(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["市委副书记、市委教育工作领导小组组长主持会议并讲话。", "要切实发挥好市委教育工作领导小组的职能作用。"]
)
def test_a_party_committee_s_leading_group_names_no_committee(sentence):
    assert "市委" not in _agency_names(sentence, region=CITY)


def test_a_word_of_a_quoted_name_is_no_agency():
    names = _agency_names("学校被授予第一批市直学校唯一“绍兴市共青团组织力提升示范点”。")
    assert not any("共青团" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "names", "not_names"),
    [
        ("株洲市教育局、株洲市发展和改革委员会联合印发行动计划。", {"株洲市教育局", "株洲市发展和改革委员会"}, {"江城市教育局"}),
        ("自治区教育厅、自治区财政厅联合下发通知。", {"自治区教育厅", "自治区财政厅"}, {"区教育厅"}),
        ("市教育局会同市财政局做好经费保障。", {"江城市教育局", "江城市财政局"}, set()),
    ],
)
def test_a_unit_named_before_its_level_is_that_unit(sentence, names, not_names):
    found = set(_agency_names(sentence, region=CITY))
    assert names <= found and not (not_names & found)


def test_national_bodies_named_obliquely():
    names = _agency_names("按照国务院办公厅印发的意见,教育部、财政部联合部署。")
    assert {"国务院办公厅", "教育部", "财政部"} <= set(names)


@pytest.mark.parametrize("sentence", ["专任教师中,大学专科及以上学历者占93.6%。", "培养名教师、名学科,打造学校品牌。"])
def test_a_degree_or_a_subject_is_no_office(sentence):
    assert _agency_names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("竞聘对象:原中层副职及以上,年段长及教研组组长;", "教研组"),
        ("市委教育工委专职副书记、市教育局党组成员付拥军介绍了有关情况。", "市教育局党组"),
        ("国家督学、督导检查组组长李东升反馈督导检查结果。", "督导检查组"),
    ],
)
def test_posts_listed_before_a_group_are_no_part_of_its_name(sentence, group):
    names = _agency_names(sentence)
    assert any(n.endswith(group) for n in names) and not any("、" in n or "及" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("配合并协助德育处、团委等部门重点开展法制教育。", ["德育处", "团委"]),
        ("市教体局联合妇联、残联等部门开展家长培训。", ["妇联", "残联"]),
        ("区委宣传部、区水利局、区妇联等部门为成员单位。", ["区委宣传部"]),
        ("要与省电信公司、省教育厅等部门沟通协调。", ["省电信公司", "省教育厅"]),
        ("县检察院、公安局、联运公司等部门联合执法。", ["县检察院", "联运公司"]),
    ],
)
def test_offices_listed_before_a_kind_of_department_keep_their_names(sentence, kept):
    names = _agency_names(sentence)
    assert all(any(n.endswith(k) for n in names) for k in kept)
    assert not any(n.endswith(f"{k}部门") for k in kept for n in names)


def test_a_province_s_party_committee_is_a_body():
    assert "江西省委" in _agency_names("江西省委、省政府印发实施意见。")


def test_joint_issuers_are_each_an_agency():
    text = "中共江西省委 江西省人民政府关于学前教育深化改革规范发展的实施意见\n一、总体要求\n全面贯彻党的教育方针。"
    names = _agency_names(text)
    assert {"江西省委", "江西省人民政府"} <= set(names) and not any("省委江西" in n for n in names)


def test_party_departments_the_youth_league_and_science_association():
    names = _agency_names("县委组织部、县委宣传部、团县委、县科协联合举办活动。")
    assert {"青山县委组织部", "青山县委宣传部", "团县委", "青山县科协"} <= set(names)
    assert "县委" not in names  # 县委 + 组织部 is no subject and its verb


def test_a_party_committee_s_general_office_is_its_own_body():
    # 省委办公厅 as 省政府办公厅 beside it: the office, not the committee
    names = _agency_names("2012年,被省委办公厅、省政府办公厅评为县级人民政府教育工作优秀单位。")
    assert names == ["云岭省委办公厅", "云岭省政府办公厅"]


def test_government_alone_is_no_agency_even_as_a_subject():
    assert _agency_names("各级党委和政府要把学前教育摆上重要议事日程。") == ["各级党委"]


@pytest.mark.parametrize(
    "sentence",
    [
        "编制学校组织架构和运行体系框图,梳理规范学校党委工作。",  # 组织架构 is no verb, 编制 no body
        "采用智能化手段,及时检查处置学校每日教育教学、安全、卫生等事项。",  # 及时 is no list
        "注重推动集团内学校在学校管理、教育教学等方面的深度融合。",
        "为推进教育均衡发展,决定在学校开展教师轮岗交流工作。",
    ],
)
def test_a_verb_and_its_object_are_no_subject(sentence):
    names = _agency_names(sentence)
    assert not any(n.endswith("学校") for n in names)


def test_a_verb_before_a_government_makes_no_agency():
    names = _agency_names("区委、区政府作了专题汇报,结合政府履行教育职责评价指标,从教育领导等方面进行了督导。", region=CITY)
    assert not any(n.startswith("结合") for n in names)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("我校参加全省教育系统部署会\n1月5日,我校参加了遵义师范学院召开的会议。", "遵义师范学院"),
        ("骨干教师到校学习\n2010年12月15日,受合肥师范学院委托,我校迎接了骨干教师。", "合肥师范学院"),
        # a township's central school and a county's teachers' college
        ("岳西县来榜中心学校召开开学筹备会\n8月28日,会议安排部署秋季开学工作。", "岳西县来榜中心学校"),
        ("商水县张明乡中心校召开推进会\n为巩固控辍保学成果,中心校召开推进会。", "商水县张明乡中心校"),
        ("青冈县教师进修学校2012年工作计划\n一、指导思想", "青冈县教师进修学校"),
    ],
)
def test_a_school_named_after_its_place_in_the_opening(text, school):
    assert school in _agency_names(text)


# (the opening lines name no school: a township's central school is found further down too)
@pytest.mark.parametrize(
    ("sentence", "school"),
    [
        ("无。\n无。\n无。\n为帮助教学点教师掌握设备,城关镇中心学校选派技术人员深入教学点。", "城关镇中心学校"),
        ("无。\n无。\n无。\n近日,张母桥镇中心校早早安排部署元旦期间的安全工作。", "张母桥镇中心校"),
        ("无。\n无。\n无。\n县教育局即对温泉镇中心学校运动场进行了改造。", "温泉镇中心学校"),
        ("无。\n无。\n无。\n河南兰考县优化布局,考城镇第二中心小学正式成立。", "考城镇第二中心小学"),
        ("无。\n无。\n无。\n区教育局已与新军屯镇人民政府对接用地保障。", "新军屯镇人民政府"),  # its government
        ("无。\n无。\n无。\n嘉鱼县官桥镇党委和镇中心学校重视校园师生安全。", "官桥镇党委"),  # its party committee
        # …or by its level alone, as a county's are
        ("无。\n无。\n无。\n学校应将辍学学生情况分别上报中心学校、镇政府。", "镇政府"),
        ("无。\n无。\n无。\n经镇政府研究同意,现将工作方案印发给你们。", "镇政府"),
        ("无。\n无。\n无。\n嘉鱼县官桥镇党委和镇中心学校重视校园师生安全。", "镇中心学校"),
        # …and its offices and centres
        ("无。\n无。\n无。\n劝返台账存放在镇平安法治办公室。", "镇平安法治办公室"),
        ("无。\n无。\n无。\n镇便民服务中心、镇平安法治办公室协同做好劝返。", "镇便民服务中心"),
        ("无。\n无。\n无。\n领导小组下设办公室在镇党政综合办公室,负责日常工作。", "镇党政综合办公室"),
        ("无。\n无。\n无。\n3月14日上午,新邵县太芝庙镇督管办对所辖学校开展专项督查。", "太芝庙镇督管办"),
    ],
)
def test_a_township_s_body_by_the_town_s_name(sentence, school):
    assert school in _agency_names(sentence)


@pytest.mark.parametrize(
    "sentence", ["无。\n无。\n无。\n在乡村学校少年宫活动中心开展活动。", "无。\n无。\n无。\n在城镇综合服务中心设立窗口。"]
)
def test_the_villages_and_towns_of_every_place_name_no_township_s_office(sentence):
    assert not any(n.startswith(("乡", "镇")) for n in _agency_names(sentence))


def test_every_township_s_central_school_is_no_named_school():
    names = _agency_names("无。\n无。\n无。\n县教育局负责人及各乡镇中心校校长参加会议,调整优化乡镇中心学校布局。")
    assert not any("中心校" in n or "中心学校" in n for n in names)


def test_the_government_of_each_school_s_town_is_no_named_government():
    names = _agency_names("无。\n无。\n无。\n县教育局联合所在镇政府、村委会对学校逐一整改。")
    assert not any(n.endswith("镇政府") for n in names)


@pytest.mark.parametrize(
    "text",
    ["升级改造区疾控中心,升级改造葵英等4所社区卫生服务中心。", "支持居家和社区养老服务中心建设。", "推动区卫生服务中心交付使用。"],
)
def test_clinics_and_care_homes_a_plan_builds_are_no_agencies(text):
    assert not any(n.endswith("服务中心") for n in _agency_names(text, region=CITY))


@pytest.mark.parametrize(
    "text",
    [
        "其中,明光镇下达资金3000万元,用于明光镇中心小学改扩建。",
        "双庙乡双庙小学餐厅、六塔乡中心小学餐厅2个项目完工。",
        "青报教育在线获悉,李沧区今年将建成启用赤水路小学等7所学校和幼儿园。",
        "2月27日,尤溪县西城镇联建村西城中心小学迁建项目施工现场,工人忙着安装模板。",
    ],
)
def test_a_school_named_as_the_site_of_works_is_no_agency(text):
    assert not any(n.endswith("小学") for n in _agency_names(text))


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("浮山县举行城关小学新建教学楼项目奠基仪式\n9月19日上午,浮山县举行城关小学新建教学楼项目奠基仪式。", "举行"),
        ("7月14日下午,市长张新伟在杏花岭区实地调研康乐幼儿园新址情况。", "调研"),
        ("永春将新增一所中学选址桃场社区可容纳3000人", "新增"),
    ],
)
def test_what_a_headline_s_place_does_is_no_part_of_a_school_s_name(text, piece):
    assert not any(piece in n for n in _agency_names(text))


def test_schools_of_a_kind_are_no_named_school():
    names = _agency_names("绍兴市中小学校长培训中心举办培训。\n绍兴市大中小学生运动会开幕。")
    assert not any(n.endswith(("中小学", "小学")) for n in names)


def test_departments_listed_by_their_stems_after_a_verb_and_joined_by_and():
    names = _agency_names("建立由教育、卫生和体育等部门共同参与的监测机制。积极引导和扶持民办幼儿园提供普惠性服务。")
    assert {"卫生部门", "体育部门"} <= set(names)
    assert not any(n.startswith(("建立", "扶持")) or "和" in n for n in names)


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("县教体局多次与市县教育、财政、规划等职能部门对接,制定维修改造计划。", {"财政部门", "规划部门"}),
        ("县交警、城管、教育等职能部门负责人做了交流发言。", {"城管部门"}),
    ],
)
def test_the_education_departments_a_list_of_fields_joins_are_the_texts_own_sector(sentence, partners):
    names = _agency_names(sentence)
    assert partners <= set(names) and not any(n.endswith("教育部门") for n in names)


@pytest.mark.parametrize(
    ("sentence", "branch"),
    [
        ("在区教育局、规划资源局XX分局、区建设局协同配合下,抓紧选址。", "规划资源局XX分局"),
        ("财政局、规划和自然资源分局、医疗保障分局按职责做好保障。", "规划和自然资源分局"),
    ],
)
def test_a_bureau_s_branch_listed_among_bodies_is_an_agency(sentence, branch):
    assert branch in _agency_names(sentence)


def test_the_issuers_of_a_cited_title_are_agencies_but_counts_are_not():
    text = (
        "根据《中共江城市委组织部、江城市教育局关于印发〈考核实施意见〉的通知》要求,开展检查。"
        "多所公办幼儿园于2020年开办,各相关部门要积极配合。"
    )
    names = _agency_names(text, region=CITY)
    assert {"江城市委组织部", "江城市教育局"} <= set(names)
    assert not {"多所公办幼儿园", "各相关部门"} & set(names)


def test_the_issuers_a_yearly_plan_s_title_opens_with_are_agencies_but_a_place_is_not():
    text = (
        "《中共江城市委教育工委江城市教育局2010年工作要点》已经局务会议审议通过,现印发给你们。"
        "请对照《江城市学前教育三年行动计划(2011—2013年)》抓好落实。"
    )
    names = _agency_names(text, region=CITY)
    assert {"江城市委教育工委", "江城市教育局"} <= set(names)
    assert not any(n.startswith("江城市学前") for n in names)


@pytest.mark.parametrize(
    "sentence", ["制定了《青山县教体局“七五”普法实施方案》。", "印发《青山县教育局“十四五”教育发展规划》。", "编制《青山县教育局十四五教育发展规划》。"]
)
def test_the_issuer_a_five_year_plan_s_title_opens_with_is_an_agency(sentence):
    assert any(n in ("青山县教体局", "青山县教育局") for n in _agency_names(sentence))
    assert not _agency_names("根据《青山县“十四五”教育发展规划》,制定本方案。")  # a place's plan: no agency


def test_a_body_of_the_nation_only_cited_is_no_agency_of_a_local_plan():
    text = (
        "根据《国务院办公厅关于进一步加强控辍保学工作的通知》和《江城市人民政府关于学前教育的意见》,"
        "结合实际,制定本方案。国务院教育督导委员会将开展专项督导。"
    )
    names = _agency_names(text, region=CITY)
    assert "国务院办公厅" not in names
    assert {"江城市人民政府", "国务院教育督导委员会"} <= set(names)  # a local issuer cited; a national body acting


@pytest.mark.parametrize(
    "sentence", ["为贯彻落实国务院教育督导委员会《教育督导问责办法》,结合我省实际,特制定本细则。", "根据国务院督导委员会的部署,开展督导调研。"]
)
def test_the_nation_s_body_before_its_own_body_is_no_agency_of_its_own(sentence):
    assert "国务院" not in _agency_names(sentence, region=CITY)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("根据国务院教育督导委员会办公室印发的《中小学校责任督学挂牌督导规程》,建立责任督学制度。", "国务院教育督导委员会办公室"),
        ("项目经国家发展改革委审核后下达投资计划。", "国家发展改革委"),
        ("国家教育督导委员会办公室将组织专项督导。", "国家教育督导委员会办公室"),
    ],
)
def test_a_body_of_the_nation_keeps_the_nation_written_before_it(sentence, name):
    names = _agency_names(sentence, region=CITY)
    assert name in names and name.removeprefix("国务院").removeprefix("国家") not in names


def test_a_body_working_with_another_names_no_county_of_its_verb():
    # 会同 is a verb here, not 会同县 of 湖南省会同县
    names = _agency_names("县教育局会同县财政局做好学生资助工作。县教育局会同县委编办核定编制。")
    assert set(names) == {"青山县教育局", "青山县财政局", "青山县委编办"}


@pytest.mark.parametrize(
    "text",
    [
        "县教育体育局(以下简称县教体局)负责教师管理。县教体局要加强统筹。",
        "县教育体育局（以下简称“县教体局”）负责教师管理。县教体局要加强统筹。",
    ],
)
def test_a_short_form_the_text_defines_is_the_body_it_stands_for(text):
    assert _agency_names(text) == ["青山县教育体育局"]


def test_a_group_s_office_is_named_with_the_group():
    names = _agency_names("县中小学校长职级制改革工作领导小组办公室印发了考核细则。")
    assert {"青山县中小学校长职级制改革工作领导小组", "青山县中小学校长职级制改革工作领导小组办公室"} <= set(names)


def test_a_ministry_s_general_office_is_named_whole_and_ministries_written_together_are_each_their_own():
    names = _agency_names("按照教育部办公厅要求,教育部财政部联合部署,国家发展改革委办公厅印发通知。", region=CITY)
    assert {"教育部办公厅", "教育部", "财政部", "国家发展改革委办公厅"} <= set(names)
    assert not any(n.startswith("教育部财政部") for n in names)


def test_a_group_things_are_handed_to_starts_after_the_verb():
    names = _agency_names("由相关处室核实初审后提交校“县管校聘”工作领导小组讨论和聘任。")
    assert "校“县管校聘”工作领导小组" in names and not any("提交" in n for n in names)


@pytest.mark.parametrize(
    "sentence", ["成立县管校聘工作领导小组,统筹推进改革。", "成立县域义务教育优质均衡发展工作领导小组,统筹推进创建。"]
)
def test_a_group_named_after_a_word_a_level_opens_is_no_body_of_that_level(sentence):
    names = _agency_names(sentence)
    assert names and not any(n.startswith("青山县") for n in names)


def test_a_two_character_county_after_a_word_and_every_school_are_no_agencies():
    names = _agency_names("加快推进新一中及实验小学河西分校和县第八实验小学建设。各中小学校要做好准备。")
    assert not any(n.startswith("和县") or n == "各中小学校" for n in names)


def test_a_district_s_bureau_is_never_an_autonomous_region_s():
    names = _agency_names("区教育局全面完成年度目标任务。", region=Region(name="广西壮族自治区", province="广西壮族自治区"))
    assert "广西壮族自治区教育局" not in names


def test_a_new_situation_and_new_schools_are_no_agencies():
    names = _agency_names("开创教育事业发展新局面。城区新建学校按照省一类标准进行装备。")
    assert names == []


def test_a_party_organisation_alone_names_no_body():
    assert _agency_names("全县党组织和党支部开展主题党日活动。") == []


@pytest.mark.parametrize(
    "text",
    [
        "学校创立目的:争创镇江市现代化小学和初中20所、镇江市优质幼儿园10所。",  # ranks won by schools of a kind
        "建立统筹决策、分工落实、督查督办、总结推广的推进体系。",  # 督办 is a verb
    ],
)
def test_ranks_of_schools_and_a_verb_ending_in_ban_are_no_agencies(text):
    assert _agency_names(text) == []


def test_a_government_s_inspection_committee_is_one_agency():
    text = "市政府教育督导委员会对6个县(市、区)进行实地核查。市政府教育督导委员会办公室通报情况。"
    assert sorted(_agency_names(text)) == ["江城市政府教育督导委员会", "江城市政府教育督导委员会办公室"]


def test_a_health_department_by_its_short_name():
    assert "卫健部门" in _agency_names("教育部门协同卫健部门开展学生心理健康教育。")


def test_a_level_s_inspection_department_is_an_agency():
    assert "青山县教育督导部门" in _agency_names("县教育督导部门已按统一规格制作了标牌,标明责任督学的姓名。")


def test_a_people_s_government_s_inspection_office_is_one_agency():
    text = "近日,县教育局在市人民政府教育督导室开展专项督查后,认真研究对策。"
    assert "江城市人民政府教育督导室" in _agency_names(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "全市教育发展依然处在打基础、补短板的阶段。",
        "市自然资源局二级调研员等3名同志担任实地核查组组长。",
        "市教育局副局长梁富文代表督导委员会反馈情况。",
        "高中学校可参照义务教育学校开展课后延时服务。",
    ],
)
def test_people_and_a_verb_s_place_word_are_no_agencies(sentence):
    assert not any(w in n for n in _agency_names(sentence) for w in ("依然处", "同志", "代表", "参照"))


def test_an_autonomous_county_s_own_government_by_its_everyday_name():
    region = Region(name="琼中黎族苗族自治县", province="海南省", county="琼中黎族苗族自治县")
    assert _agency_names("县政府高度重视,县教育局负责组织实施。", region=region) == ["琼中县政府", "琼中县教育局"]


def test_an_autonomous_prefecture_s_bureau_by_its_everyday_name_in_a_county_s_plan():
    region = Region(name="武定县", province="云南省", city="楚雄彝族自治州", county="武定县")
    names = _agency_names("按照县人民政府和楚雄州教育体育局的统一安排部署,县教育体育局印发了规划。", region=region)
    assert "楚雄州教育体育局" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("州科学技术局负责科技创新工作的指导。", "黔东南州科学技术局"),
        ("在州委、州政府的正确领导下,全县教育事业稳步发展。", "黔东南州政府"),
        ("各县(市)教育局要将培训情况报州教育局备案。", "黔东南州教育局"),
    ],
)
def test_an_autonomous_prefecture_s_bodies_by_its_level_alone(sentence, name):
    region = Region(name="岑巩县", province="贵州省", city="黔东南苗族侗族自治州", county="岑巩县")
    assert name in _agency_names(sentence, region=region)


def test_the_zhou_of_a_province_or_a_city_opens_no_prefecture_s_body():
    region = Region(name="泉州市", province="福建省", city="泉州市")
    assert "泉州市委组织部" in _agency_names("泉州市委组织部牵头组织培训。", region=region)


@pytest.mark.parametrize(
    "text",
    [
        "各市(州)、长白山管委会教育局,长春新区、梅河口市、公主岭市教育局,各高等院校:",
        "大兴安岭地区行政公署教育局\n2025年工作要点",
        "各市、县、自治县教育局,省农垦总局教育局,厅直属各单位:",
    ],
)
def test_the_bureau_of_an_administration_is_no_bare_bureau(text):
    assert "教育局" not in _agency_names(text, region=None)


def test_the_site_a_page_was_published_on_and_a_police_room_listed_are_no_agencies():
    text = "2017-12-08 塔城市政府网站 网上投稿\n县教育局新建教学楼3栋、食堂1栋,以及警务室、围墙等项目。"
    assert {a.name for a in extract_facts(structured(text)).agencies} == {"青山县教育局"}


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("各乡镇人民政府,县政府各部门,县直各单位:", "县政府"),
        ("各区、县人民政府,市政府各委、办、局:", "市政府"),
        ("各市、县人民政府,省政府有关部门、各直属机构:", "省政府"),
        ("各乡镇人民政府,县政府直属各单位:", "县政府"),
    ],
)
def test_a_government_owning_the_departments_addressed_is_no_agency(text, government):
    names = _agency_names(f"{text}\n市教育局负责组织实施。", region=CITY)
    assert "江城市教育局" in names and not any(n.endswith(government) for n in names)


@pytest.mark.parametrize("text", ["各区人民政府,市府各委办局,市各直属单位:", "各县、市人民政府,州直各委、办、局:"])
def test_every_department_of_a_level_addressed_is_no_agency(text):
    names = _agency_names(f"{text}\n市教育局负责组织实施。", region=CITY)
    assert "江城市教育局" in names and not any("各" in n[1:] for n in names)


@pytest.mark.parametrize(
    "line", ["出处:云南省政府信息公开门户网站德宏州 发布人:向清", "锡林郭勒盟政府信息公开网政府信息公开", "县区政府站群"]
)
def test_a_government_s_site_named_in_a_page_s_chrome_is_no_agency(line):
    names = _agency_names(f"{line}\n县教育局负责组织实施。")
    assert names == ["青山县教育局"]


@pytest.mark.parametrize(
    "text", ["各乡镇政府所在地基本普及学前三年教育。", "学校位于周营镇政府驻地,始建于1957年。"]
)
def test_the_seat_of_a_government_is_a_place_no_agency(text):
    names = _agency_names(f"{text}\n县教育局负责组织实施。")
    assert names == ["青山县教育局"]


def test_rooms_and_a_group_set_up_after_a_particle_are_no_agencies():
    text = "县教育局成立了相应工作专班,负责项目建设。学校设有盥洗室、绘本阅读室、科学发现室。"
    names = {a.name for a in extract_facts(structured(text)).agencies}
    assert names == {"青山县教育局", "相应工作专班"}


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("新乡市教育局副局长", "新乡市教育局"),
        ("县教研室房龄刚主任", "县教研室"),  # a person named between the body and the post
        ("市教育局办公室主任", "市教育局办公室"),  # an office is no person
    ],
)
def test_the_office_of_an_official(name, office):
    assert office_of(name) == office


def test_a_person_and_the_post_name_no_body():
    names = _agency_names("黄石铭局长向全体干部职工提出三点希望。县教育局局长主持会议。", region=COUNTY)
    assert "黄石铭" not in names and "青山县教育局" in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("四是联合县发展和改革局、县综合行政执法局,排查不合格的幼儿园。", "青山县发展和改革局"),
        ("研学基地由县文化广电和旅游局负责认定。", "青山县文化广电和旅游局"),
        ("县工业和信息化局协调网络运营商做好学校宽带接入。", "青山县工业和信息化局"),
    ],
)
def test_a_department_whose_name_joins_two_fields_with_he(sentence, name):
    # (和 ends the stem of a bureau no vocabulary name holds: 县政府和教育局 is two bodies)
    assert name in _agency_names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("县妇女联合会负责开展家庭教育指导工作。", "青山县妇女联合会"),
        ("县残疾人联合会负责残疾儿童康复训练。", "青山县残疾人联合会"),
        ("县科学技术协会组织青少年科技创新大赛。", "青山县科学技术协会"),
        ("县红十字会开展应急救护培训进校园活动。", "青山县红十字会"),
        ("县总工会主席出席会议并讲话。", "青山县总工会"),
    ],
)
def test_a_mass_organisation_written_in_full(sentence, name):
    names = _agency_names(sentence)
    assert name in names and "工会" not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("从今年起,县中招办取消所有普高面向外县招生录取。", "青山县中招办"),
        ("县招生考试院负责组织全县中考报名工作。", "青山县招生考试院"),
        ("县疾控中心负责指导学校做好传染病防控。", "青山县疾控中心"),
    ],
)
def test_a_level_s_exam_and_disease_control_bodies(sentence, name):
    assert name in _agency_names(sentence)


def test_a_bureau_speaking_as_wo_ju_is_its_place_s_education_bureau():
    text = "您提出的建议收悉。结合我区的实际情况,我局经研究,现阶段暂不宜调整招生范围。"
    assert "江城市教育局" in _agency_names(text, region=CITY)
    # (not where the issuer or the place's bureau is named: the text speaks as that body)
    assert "江城市教育局" not in _agency_names(text, region=CITY, issuer="江城市教育体育局")
    assert "江城市教育局" not in _agency_names(f"江城市教体局答复如下。{text}", region=CITY)
    assert not any(n.endswith("教育局") for n in _agency_names(text, region=Region(name="云岭省", province="云岭省")))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("记者从市政府新闻办召开的新闻发布会上获悉,今年全市新建幼儿园20所。", "江城市政府新闻办"),
        ("3月7日,市人民政府新闻办公室召开新闻发布会,介绍教育惠民工程进展。", "江城市人民政府新闻办公室"),
    ],
)
def test_a_government_s_press_office_is_named_in_full(sentence, name):
    names = _agency_names(sentence, region=CITY)
    assert name in names and not any(n.endswith("政府") for n in names)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("根据上级文件精神,经中心学校讨论研究,结合我镇实际,制定本方案。", "中心学校"),
        ("新学期,我们将在教育局及中心校的领导下,全面规范教学管理。", "中心校"),
        ("各校与中心学校签订了食堂食品安全管理责任书。", "中心学校"),
    ],
)
def test_a_township_s_central_school_by_its_kind_alone(sentence, name):
    assert name in _agency_names(sentence)


def test_a_central_school_s_principal_is_no_body():
    assert not any(n.startswith("中心") for n in _agency_names("会议由中心校长主持。"))


def test_a_subject_is_a_whole_name_not_a_clause():
    matcher = _matcher()
    assert matcher.is_subject("县财政局")
    assert not matcher.is_subject("县财政局要整改")  # (二是县财政局要整改: a clause opening with a name)


@pytest.mark.parametrize(
    "sentence",
    [
        "指导局所属事业单位党的组织、宣传、统战、老干部、工会、共青团及社团工作。",
        "学校设校长1人、副校长3人,学校党支部、工会班子齐全。",
        "在学校长期从事共青团、少先队、班主任工作的德育教师,须有突出的专长。",
    ],
)
def test_the_union_or_youth_league_with_no_unit_before_it_is_no_agency(sentence):
    assert not {"工会", "共青团"} & set(_agency_names(sentence))


def test_a_union_named_with_its_level_is_an_agency():
    assert "青山县总工会" in _agency_names("县总工会、县妇联要积极参与关爱留守儿童工作。")
