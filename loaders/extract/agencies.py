"""Agencies: government bodies, departments, offices, working groups, schools as actors.

Names come from the agency-type vocabulary. Within a document a name is
normalized against the document's region and issuer: in a city's plan 市教育局
is that city's 教育局 (region.name + 教育局), and short forms of the issuer
(教体局, 教体部门 for 某县教育体育局) are the issuer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain

from edukg.loaders.extract.text import CJK, Gated, alternation, any_of, any_pair, garbled_at, may_hold, quoted
from edukg.loaders.gazetteer import Mention, everyday_name, gazetteer
from edukg.loaders.model import Agency, Evidence, IndicatorValue, Metadata, Responsibility, Sentence, StructuredDocument
from edukg.ontology import vocab

__all__ = [
    "AgencyMatcher", "NAMELESS", "SCHOOL_KINDS", "SHORT_FORM", "agency_type", "is_agency_name", "WorkingGroups",
    "working_groups", "extract_agencies",
]

_LEVELS = "省市县区"
# an autonomous prefecture's level, written alone before its bodies where no place name runs into it
# (州委、州政府, 由州教育局; not the 州 of 贵州, 泉州市): its everyday name is the place (黔东南州教育局); 州 is
# matched before what stands before it is looked at, so that the engine passes over other characters at once
_PREFECTURE = rf"州(?<=(?:(?<![{CJK}])|(?<=[在由经和与及对向将为是报到]))州)(?![{_LEVELS}])"
_OFFICIAL = ("副局长", "局长", "副厅长", "厅长", "校长", "园长", "主任")
# public service centres of a named level: 县教师发展中心, 市家庭教育指导中心, 区学生资助管理中心, 县特殊教育资源中心,
# 区青少年活动中心, 县教育网管中心, 区投资促进中心, 县公共资源交易中心, 市电子政务中心 (not the clinics and care homes
# a plan builds: 社区卫生服务中心, 居家养老服务中心)
_CENTRE = r"(?:指导|发展|服务(?<!卫生服务|养老服务)|管理|研究|研训|教研|培训|装备|资助|评估|考试|监测|科教|实践|电教|信息|资源|活动|网管|促进|交易|政务)中心"
# a bureau's own divisions, named after it: 市教育局监察室, 教育厅基教处
_DIVISION = (
    r"(?:政治|监察|督导|基教|基础教育|普教|职成教|高教|计财|财务|人事|组织人事|办公|安监|宣传|法规|政策法规|体卫艺|"
    r"教研|师资|装备|招生|学生|德育|教学|教务|总务|安全|后勤|信息化|信息|党政|纪检|规划|发展规划|电教|资助|审批|"
    # (the divisions of a level of schooling: 学前教育股, 高职教科, 师范教育处)
    r"学前教育|学前|义务教育|职业教育|高职教|民办教育|师范教育|教师|督导审计|审计|安保)"
    r"[一二三四五六]?(?:处|科|室|股)"  # (one of a field's divisions by its number: 基教二股, 人事一科)
    # …and its centres (县教体局学前教育管理中心, 市教育局信息中心), and a police bureau's traffic squad
    # (县公安局交警大队)
    rf"|[{CJK}]{{0,6}}?{_CENTRE}|交警大队|交管大队|交警中队"
    # …and a ministry's or a commission's general office (教育部办公厅, 国家发展改革委办公厅)
    r"|办公厅(?<=[部委]办公厅)"
)


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """(names recognised anywhere → type, suffixes recognised as subjects only → type)."""
    anywhere: dict[str, str] = {}
    subject: dict[str, str] = {}
    for t in vocab.agency_types().values():
        for name in t.keywords:
            (subject if t.subject_only else anywhere).setdefault(name, t.name)
    return anywhere, subject


@cache
def _lengths() -> tuple[tuple[int, ...], ...]:
    """The lengths of the names of each table of _names(), longest first."""
    return tuple(tuple(sorted({len(k) for k in table}, reverse=True)) for table in _names())


# units by their part in a project or a matter (施工单位, 设计单位, 承办单位): charged as bodies are, but no one body
_ROLE_UNIT = "角色单位"


@cache
def _unnamed_holders() -> tuple[str, ...]:
    """The last words of a duty's holder that name no body of its own: a person's role, a unit's part."""
    return (*vocab.roles(), *vocab.agency_types()[_ROLE_UNIT].keywords)


# a person's name: two or three characters, none of them a unit's last word (局, 室, 中心…)
_PERSON_NAME = rf"(?:(?![局室委办心科处股站校院组部会所园队厅府])[{CJK}]){{2,3}}"
_PERSON = re.compile(_PERSON_NAME)
# a person named between a body and the post (县教研室房龄刚主任; 市教育局办公室主任 keeps its 办公室)
_PERSON_BEFORE_POST = re.compile(rf"^(?P<body>.+(?:局|室|委|办|中心|科|处|股|站|校|院))(?P<person>{_PERSON_NAME})$")


def _is_person(name: str) -> bool:
    """Whether `name` is a person and the post (黄石铭局长), no body named."""
    office = office_of(name)
    return office != name and _PERSON.fullmatch(office) is not None


def office_of(name: str) -> str:
    """The body an official's post belongs to (新乡市教育局副局长 → 新乡市教育局, 县教研室房龄刚主任 → 县教研室);
    other names as they are."""
    # (one endswith of the tuple first: most names end in no post)
    post = next((o for o in _OFFICIAL if name.endswith(o)), "") if name.endswith(_OFFICIAL) else ""
    base = name.removesuffix(post)
    if post and (m := _PERSON_BEFORE_POST.match(base)):
        return m["body"]
    return base


def agency_type(name: str) -> str | None:
    """The type of an agency name, from the longest vocabulary name or suffix it ends with."""
    base = office_of(name)
    for table, lengths in zip(_names(), _lengths()):
        for n in lengths:
            suffix = base[-n:]  # all of a shorter base: if a name, the longest it can end with
            if suffix in table:
                return table[suffix]
    return None


_PROVINCIAL_REGIONS = ("自治区", "特别行政区")
# a word a level's character opens, which names no level's body (县管校聘工作领导小组, 县域义务教育优质均衡发展
# 工作领导小组, 区域教育中心建设专班, 县中振兴工作专班: groups named after a program or a kind of school)
_LEVEL_WORD = re.compile(r"[县市区]域|县管校聘|县中(?:振兴|发展|提升)")
_ISSUER_PLACE = re.compile(rf"^([{CJK}]{{2,12}}?[{_LEVELS}])(?=[{CJK}]{{2,}}(?:局|厅|委|办|部|政府)$)")


def _region_names(meta: Metadata) -> list[str]:
    """Names of the document's region, long and short; the issuer's place when no region is known."""
    names: list[str] = []
    region = meta.region
    if region is None and meta.issuer and (m := _ISSUER_PLACE.match(meta.issuer)):
        names.append(m.group(1))
    if region is not None:
        # (an autonomous county or prefecture goes by its everyday name as well: 琼中县 of 琼中黎族苗族自治县,
        # 楚雄州 of 楚雄彝族自治州 in a plan of one of its counties)
        units = (region.name, region.county, region.city, region.province, *region.aliases)
        for n in chain.from_iterable((u, everyday_name(u)) for u in units if u):
            if n and n not in names:
                names.append(n)
                short = n[:-1] if len(n) > 2 and n[-1] in _LEVELS else None
                if short and short not in names:
                    names.append(short)
    return names


# a level's bodies named by their kind after the level alone: its teaching-research body (区教研室, 市教研院,
# 绍兴市教育教学研究院, 区教科所), its vocational education centre (县职教中心), its media centre (房县融媒体中心) and
# its body for educational technology (钟祥市电化教育馆, 该县教育技术装备站, 该市现教中心) and its traffic police,
# fire and rescue squads (市交管大队, 县消防救援大队, 松阳县水上救生大队), its hospital and its television station
# (镜湖区医院, 县人民医院, 县电视台), its body for entrance exams (省教育考试院, 市中招办) and its centre for disease
# control (区疾控中心)
# (alone, 教研室 is as often a school's own section)
_LEVEL_BODIES = ("教研室", "教研院", "教研所", "教科院", "教科所", "教学研究室", "教育研究院", "教育教学研究院", "教育科学研究院",
                 "教育科学研究所", "职教中心", "融媒体中心", "电教馆", "电化教育馆", "电教中心", "教育技术装备站", "现教中心",
                 "现代教育技术中心", "交警大队", "交管大队", "交警中队", "消防大队", "消防救援大队", "水上救生大队",
                 "医院", "人民医院", "中医院", "卫生院", "电视台", "广播电视台",
                 "招生考试院", "教育考试院", "招生办", "中招办", "招生办公室", "疾控中心", "疾病预防控制中心")
# departments listed by their stems: 积极对接财政、国土、消防等部门
_ENUMERATED_WORDS = ("部门",)
_ENUMERATED = Gated.of(
    re.compile(rf"(?P<list>(?:[{CJK}]{{2,8}}、)+[{CJK}]{{2,6}})等(?:有关|相关|职能)?部门"), _ENUMERATED_WORDS
)
# (…查阅了政府、发改…等部门: a verb done, 了, leads the list too)
_ENUM_LEAD = re.compile(rf"^.*(?:对接|协调|会同|联合|配合|协助|联系|商请|协同|督促|组织|积极|主动|加强与|与|同|由|了)(?=[{CJK}]{{2}})")
# the last stem may join one more (卫生和体育等部门), unless the vocabulary knows the pair as one body
_ENUM_LAST_PAIR = re.compile(rf"^(?P<a>[{CJK}]{{2,4}})[和及](?P<b>[{CJK}]{{2,4}})$")
# the education departments a list of fields opens or joins (教育、财政、人社等部门, 市县教育、规划等职能部门): the
# text's own sector among the partners it lists, which it names by its bureau, not one more body
_OWN_SECTOR = "教育"
# …a body's own offices and any body named in full too (协助德育处、团委等部门, 联合市妇联、残联等部门, 区委宣传部、
# 省教育厅、县检察院、联运公司等部门)
_ENUM_OWN_SUFFIX = re.compile(r"(?:局|委|办|联|部|厅|院|公司|部门|中心|机关|政府|处|科室)$")

_SUBJECT_ALSO = "也|均|都|还|全面|共同|分别|分工|同时|首先"
_SUBJECT_VERB = (
    "担负|负责|主要负责|承担|履行|负有|是|将|核定|统筹|牵头|配合|协助|每|要|必须|应当|须|需|务必|一定要|在|对|实行|向|做好|"
    "落实|制定|组织|确定|明确|会同|督促|指导|审核|审批|保障|加强|开展|核准|监督|主管|分管|具体|应|"
    "参与|准备|提供|安排|协调|检查|公布|发布|批准|查阅|汇总|反馈|完成|建立|成立|通过|按|根据|依据|依照|依法|针对|切实|认真|强化|"
    # (各民办学校按年检内容和要求…, 各地严格执行…: how it is to act opens the duty)
    "严格|"
    # (县教育局进行资格复审和面试, 由区招生领导小组采取划片…的方式安排入学: carrying out, adopting a way)
    "进行|采取|"
    # (县教育局主要负责…: its main duty; not its head, 主要负责人, 主要负责同志)
    # (我局下一步将协调…, 县教育局今后要…: when it is to act comes first)
    "下一步将|下步将|今后将|接下来将|下一步要|今后要"
)


# what no subject holds: a word that says what was done to a body (学前教育各项指标已纳入省对市县人民政府),
# sends something on to it (尽快报送区政府批准, 填写好各相关表格交中心学校汇总) or points at things (今年春季这些幼儿园)
# (经 before an agency makes it the doer of a passive, 全市经教育部门批准注册的…; not the 经 of 经信局, 经开区),
# or says what one will do (区学科教研员将下沉学校参与…: 将 ends the doer; not 将乐县, nor 将责成 before whom it orders)
_SPEAKS = "强调|建议|指出"
# (a word is matched before what stands before it is looked at, here and in the names below: the engine
# passes over an alternative at once where its first character does not stand)
_NOT_IN_SUBJECT = (
    rf"[已对把被的]|将(?!乐|责成)|报送|填写|交(?<![外移]交)(?![通警流投])|报请|提请|尽快|这些|今年|"
    rf"经(?![济信开贸发管营费侦])|{_SPEAKS}|表示|要求|"
    # …nor a verb going to or looking into a body (责任督学深入学校按月主题进行督导, 了解学校开展…情况): the body
    # is its object
    r"了解|深入|走进|走访|"
    # a charge's 要 ends the subject before it (各股室要深入学校开展调研: no body 各股室要深入学校)
    r"要(?<![主重需纲]要)"
)
# when, before the body that will act (下一步教育局将继续督促…): no part of its name
_NEXT_STEP = r"(?:下一步|下步|今后|接下来)[,，]?"
# who speaks or asks before the bodies charged (他强调各校要…, 调研组建议县教委…, 教育督导室张某主任要求
# 横沥镇、平潭镇政府要…): not part of their name
_SPEAKER = rf"[{CJK}]{{0,8}}?(?:{_SPEAKS})|[^，,；;。:：]{{0,24}}?要求"


# every township of the place, acting as its government (各乡镇要…, 各镇要…, 各乡(镇)负责…), and every county or
# city under it (各县市区负责…, 各市州要…, 各市县要…): a subject, no name (各区县 is not: it opens a list of bodies,
# 各区县、开发区教育局); the streets beside the townships are listed as often as noted in brackets (各乡镇、街道要…,
# as 各乡镇(街道)要…)
_EVERY_PLACE = (
    r"各(?:乡镇|镇|街道|乡[(（]镇[)）]|镇[(（]乡[)）]|镇街)(?:[(（]街道[)）]|、街道)?|各(?:县市区|市州|市县|县[(（]市(?:、?区)?[)）])"
)
_PLACE_ENDS = ("镇", "镇)", "镇）", "乡)", "乡）", "镇街", "街道", "街道)", "街道）", "县市区", "市州", "市县", "区)", "区）", "市)", "市）")

# names that say nothing without the place before them
_NEEDS_PLACE = ("政府", "人民政府", "党委", "行政公署")
# a level's people's congress and political consultative conference (县人大, 三明市政协): a place before
# them too, and not a deputy's or member's post or motion after them (县人大代表, 政协委员提案, 县政协副主席)
# nor one of their committees (市政协科教委, 市人大教科文卫委员会: a bureau's pattern names it whole)
_CONGRESS = ("人大", "政协")
# (a government, a party committee, an administration, a congress or a conference alone: whose?)
_SAY_NOTHING_ALONE = frozenset({*_NEEDS_PLACE, *_CONGRESS})
_NOT_CONGRESS = rf"(?!代表|建议|提案|议案|副?主席|副?主任|[{CJK}]{{0,5}}委)"


@cache
def _patterns() -> tuple[Gated, Gated]:
    """(an agency named anywhere, an agency list opening a clause before its duty verb).

    Every name found holds a vocabulary name, 局, 中心 or 委 (of 委员会 and party departments);
    every subject ends in a suffix right before its note in brackets, 也/均/都/还 or its verb.
    Those words, and those pairs, gate the patterns."""
    anywhere, subject_only = _names()
    # 各县(市、区): the counties, county-level cities and districts of a city
    counties = r"县[(（][市区](?:、[市区])?[)）]"
    # 各县、市、区 / 各市、县(市、区): the levels of a province or city, listed
    levels = rf"[{_LEVELS}](?:、[{_LEVELS}])+(?:{counties[1:]})?"
    prefix = (
        rf"(?:各(?:{counties}|{levels}|区县|县区|县市区|地|乡镇|[省市县区])|{counties}|区县|县区|本[市县区]|"
        # (not the 区 of a zone: 工业园区管委会 is the zone's)
        rf"[{_LEVELS}](?<![园发范].)(?![长委])|{_PREFECTURE})"
    )
    # bare 政府/党委 say nothing; they need a prefix
    bare = [n for n in anywhere if n not in _SAY_NOTHING_ALONE]
    prefixed = [n for n in anywhere if n in _NEEDS_PLACE]
    # after the vocabulary names: any bureau, department or commission of a named level (县应急管理局, 省文化厅),
    # not a hall (餐厅, 大厅) nor all of a level's departments (市府各委办局, 州直各委、办、局)
    other_bureau = (
        rf"{prefix}(?:(?![的和与及向在对为把将是了各市县区])[{CJK}]){{2,8}}?(?:局(?<![布格大结全当开新]局)(?!面)|厅(?<![餐大客展舞门乐歌]厅)|委员会|常委会|管委会|"
        rf"委(?<![党纪编]委)(?![员托会屈婉])|{_CENTRE}|工作办公室|交警大队)(?!长)"
    )
    # departments of a level's party committee: 县委宣传部, 市委组织部, 区委编办
    # …and its working committees for education: 省委高校工委, 市委教育工委; a level's or a school's own
    # discipline committee (县纪委, 学校纪委) and a school's party committee
    party_department = (
        rf"[{_LEVELS}]委(?:(?![省市县区政])[{CJK}]){{2,3}}?(?:部|办|工委)(?![门分署])|[{_LEVELS}]委政法委|"
        # …written in full: 省委高等学校工作委员会, 市委教育工作委员会
        rf"[{_LEVELS}]委(?:高等学校|教育|高校)工作委员会|"
        # …and its inspection teams (市委第三巡察组)
        rf"[{_LEVELS}]委(?:第[一二三四五六七八九十]{{1,3}})?巡察组|"
        rf"(?:学校|校(?<![{CJK}]校))(?:党委|纪委)|[{_LEVELS}]纪委"
    )
    # a committee of a level's congress standing committee (县人大常委会教科文卫工委), longer than a bureau's name runs
    congress_committee = rf"人大常委会(?:(?![的和与及])[{CJK}]){{2,8}}?(?:工委|委员会)"
    # every name opens with a level, 各, 本, 州, 学/校 or a name's first character: the engine then rejects
    # other characters by one lookahead instead of walking every alternative (and its lookbehinds) there
    opening = "".join(sorted({*_LEVELS, *"各本州学校", *(n[0] for n in anywhere), *(n[0] for n in _CONGRESS)}))
    any_pat = re.compile(
        rf"(?=[{re.escape(opening)}])(?:{party_department}|{prefix}{congress_committee}|{prefix}?(?:{alternation(bare)})|{prefix}?(?:{alternation(prefixed)})|"
        rf"{prefix}?(?:{alternation(_CONGRESS)}){_NOT_CONGRESS}|{prefix}(?:{alternation(_LEVEL_BODIES)})|{other_bureau})"
        # (not 督导办法, the rules on inspection, for 督导办; nor a purse's funds, 县财政性教育经费, 区财政预算; nor a
        # body before its branch, 分局, 分校, but before what it does, 分管, 分解下达, 分别, 分工, it is: 省发展改革委分解下达)
        r"(?!署|分(?![管解别配批工])|(?<=办)法|(?<=财政)(?:性|预算|收入|支出))"
        rf"(?:{_DIVISION})?(?:{alternation(_OFFICIAL)})?"
    )
    suffixes = alternation([*anywhere, *subject_only, *_OFFICIAL])
    # any 局, centre or committee ends a subject too (县卫健局负责…, 市人大常委会应…), and 各校(园) and a school
    # plan's 各班: a note in brackets may follow; a count before the subject (12个职能工作组) is not part of the
    # name; a commission's other name in brackets may come before its 委 (县发改(经发)委负责…)
    generic = (
        rf"局(?<![布格大结全当开新]局)(?!面)|{_CENTRE}|{party_department}|常委会|委员会|交警大队|各校|各班|{_EVERY_PLACE}|"
        rf"委(?<=[)）]委)|{congress_committee}|"
        # a school by its place and its name (县实验中学负责…, 青山县第一中学负责…), not a kind of school (县城区小学)
        rf"(?<=[县市区])(?!{SCHOOL_KINDS}|示范|优质|特色|初级|高级|完全|九年)(?:(?![各全所中小的和与及直属])[{CJK}]){{2,4}}(?:中学|小学)|"
        # every school of a level the text addresses (各小学, 各乡镇中心小学, 各乡镇初中), as 各校
        rf"各(?:(?![的和与及])[{CJK}]){{0,6}}?(?:小学|初中|高中)"
    )
    # (组织 is no verb before 部, 架构 or 机构: 组织部, 组织机构; it is before 机关…, whom a body brings together:
    # 区教育局组织机关联乡同志对…进行督查)
    subj_pat = re.compile(
        rf"^(?:落实|由|明确|并由|其中|请|希望|{_NEXT_STEP}|{_SPEAKER})?(?:\d{{1,3}}个)?(?P<subj>(?:(?!{_NOT_IN_SUBJECT})[{CJK}、]|[(（][{CJK}、]{{1,6}}[)）]){{0,18}}?(?:{suffixes}|{generic})(?:[(（][{CJK}、]{{1,6}}[)）]|{SHORT_FORM.pattern})?)(?P<rest>(?:{_SUBJECT_ALSO})?(?:{_SUBJECT_VERB})(?!(?<=负责)人)(?!(?<=主要负责)同志)(?!(?<=组织)(?:[部架]|机构))(?!(?<=发布)(?:时间|日期|消息))(?!(?<=应)用)(?!(?<=需)求)(?!(?<=在)[^，,。]{{0,12}}?(?:表示|指出|强调|介绍|说))(?!(?<=要)求|(?<=对)照|有(?!关|效)).*)$"
    )
    return (
        Gated.of(any_pat, [*anywhere, *_LEVEL_BODIES, "局", "厅", "中心", "委", "工作办公室", "交警大队"]),
        Gated(subj_pat, any_pair(*subject_words())),
    )


def subject_words() -> tuple[list[str], list[str]]:
    """The last words of a subject (部/办/委 of a party department: 县委宣传部, 县委政法委) and the first words after
    it: every subject holds a pair of them."""
    anywhere, subject_only = _names()
    ends = [
        *anywhere, *subject_only, *_OFFICIAL, "局", "中心", "部", "办", "委", "委员会", "常委会", "交警大队", "各校", "各班", "中学", "小学", "初中", "高中",
        *_PLACE_ENDS,
    ]
    # (协同/联合: the bodies a subject works with follow it, their verb perhaps in the next clause: 县教育局协同县卫健委,做好…)
    return ends, ["(", "（", *_SUBJECT_ALSO.split("|"), *_SUBJECT_VERB.split("|"), "协同", "联合"]


# a township's central school, government or party committee by the town's name (城关镇中心学校, 张母桥镇中心校,
# 考城镇第二中心小学, 南旺镇政府, 大将镇人民政府) or by its level alone, as a county's are (上报中心学校、镇政府;
# 经镇政府研究同意; 该镇和镇中心学校): the name starts after a word it cannot hold (…对温泉镇中心学校, 宜丰县石市镇…),
# never at 各乡镇中心校 (many schools) nor at 所在镇政府 (each school's town); its end, searched first, gates it;
# …and a township's offices and centres (镇平安法治办公室, 镇便民服务中心, 太芝庙镇督管办), not the 乡镇 or 城镇 of
# every place (乡村学校少年宫活动中心, 城镇综合服务中心); every end opens with 镇, 乡 or 中, which the pattern opens
# with (what stands before it looked at behind it) so that a search skips at once to them
_TOWN_BODY_END = re.compile(
    r"[镇乡中](?:(?<=[镇乡])(?:(?:第[一二三四五六七八九十])?中心(?:学校|校|小学)|(?:人民)?政府|党委"
    rf"|(?<![城村乡].)(?![村镇])(?:[{CJK}]{{2,6}}?(?:办公室|{_CENTRE})|(?:督管|教体|教管|校车|综治|党政)办))"
    # …and the central school that runs a township's schools, by its kind alone (经中心学校讨论研究, 在教育局及中心校的
    # 领导下), not the last words of a school's name (雷坪中心校) nor a principal (中心校长); 中心 is matched before
    # what stands before it is looked at
    rf"|(?<=中)心(?<=(?:(?<![{CJK}])|(?<=[经由和及与、]))中心)(?:学校|校)(?!长))"
)
_TOWN_BODY = re.compile(
    rf"(?<!所在)(?:(?<=[县区市旗、和及与对于将在到为是的了即经以由入])|(?<![{CJK}]))(?:(?![各乡镇的和与及是在对将于经以由入])[{CJK}]){{0,4}}"
    + _TOWN_BODY_END.pattern
)


# a body named as a unit: a division (基教科, 办公室), schools, a centre
_UNIT = re.compile(rf"[{CJK}]{{1,10}}(?:科|处|室|股|中心|小学|中学|学校|幼儿园|站|所)")


# a short form a text defines for a body, in brackets after its name: 县教育体育局(以下简称县教体局), 县委编办(以下简称“编办”)
_SHORT_FORM_WORD = "简称"
SHORT_FORM = re.compile(rf"[(（](?:以下|下文|下)?{_SHORT_FORM_WORD}[:：]?[“\"]?(?P<short>[{CJK}]{{2,10}})[”\"]?[)）]")
_SHORT_FORM_REACH = 30  # (the longest name looked for before it)


_PROVINCE_GOVERNMENT = frozenset({"人民政府", "政府", "委", "人民政府办公厅", "政府办公厅", "委办公厅"})


# a field a list shares its kind of body with (公安、消防、安监部门), not a body named in full (县教育局、县财政局等部门)
_FIELD_WORD = rf"(?:(?![等局委办厅府])[{CJK}]){{2,4}}"
_FIELDS = rf"(?P<fields>{_FIELD_WORD}(?:、{_FIELD_WORD})+)"
# fields sharing the word 部门 (公安、消防、安监部门, 教育、卫生、工商等部门)
_FIELDS_SHARING = FIELDS_SHARING = re.compile(rf"{_FIELDS}等?(?:有关|相关)?部门")
# bureaus sharing a level written once and the word 局 (县发改、财政、住建局: 县发改局, 县财政局, 县住建局)
_BUREAUS_SHARING = re.compile(rf"(?P<level>[{_LEVELS}]){_FIELDS}局")


@dataclass(frozen=True)
class AgencyMatcher:
    """Finds and normalizes agency names in one document."""

    meta: Metadata
    places: tuple[str, ...]  # the document's region names, longest first
    subject: Gated  # an agency (list) opening a clause, before its duty verb
    # names normalized so far: a document names its agencies many times, every rule normalizes them
    _normalized: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    # the agencies of each text looked in so far: the rules of duties, agencies and tables read the same clauses
    _named: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # the short forms the text defines for its bodies, normalized, and the body each stands for
    _short: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def for_document(cls, doc: StructuredDocument) -> AgencyMatcher:
        places = tuple(sorted(_region_names(doc.metadata), key=len, reverse=True))
        matcher = cls(doc.metadata, places, _patterns()[1])
        if _SHORT_FORM_WORD in doc.norm.text:  # (rarely)
            matcher._define_short_forms(doc.norm.text)
        return matcher

    def _define_short_forms(self, text: str) -> None:
        """Each short form `text` defines right after a body's name (县教育体育局(以下简称县教体局)) stands for
        that body."""
        for m in SHORT_FORM.finditer(text):
            before = text[max(0, m.start() - _SHORT_FORM_REACH) : m.start()]
            full = next((before[s:e] for s, e in reversed(self.names_in(before)) if e == len(before)), None)
            if full is not None and (short := self._normalize(m["short"])) != (body := self._normalize(full)):
                self._short[short] = body

    def is_subject(self, name: str) -> bool:
        """Whether `name` can open a clause as the agency a duty is given to (县财政局 in 县财政局负责…), whole
        (县财政局要整改 is a clause, not a name)."""
        return (m := self.subject.match(name + "负责")) is not None and m["subj"] == name

    def names_in(self, text: str) -> tuple[tuple[int, int], ...]:
        """Spans of the agencies named in `text`, each with the place name written before it."""
        if (done := self._named.get(text)) is None:
            done = self._named[text] = tuple(self._names_in(text))
        return done

    def _names_in(self, text: str) -> list[tuple[int, int]]:
        spans = []
        found = _patterns()[0].finditer(text)
        if _TOWN_BODY_END.search(text):  # (rarely: most sentences name no township's body)
            found = sorted(chain(found, _TOWN_BODY.finditer(text)), key=lambda m: m.start())
        for m in found:
            start, name = m.start(), m.group()
            # 政府/党委 alone say nothing: a level or place must come first
            bare = name in _SAY_NOTHING_ALONE
            for place in self.places:
                if text.startswith(place, start - len(place)) and start >= len(place):
                    start -= len(place)
                    break
                head = place[:-1]  # 县 of 青山县 already opens the match
                if name[0] == place[-1] and start >= len(head) and text.startswith(head, start - len(head)):
                    start -= len(head)
                    break
            if start == m.start():
                start -= _place_written_before(text, start, name)
            if not bare or start < m.start():
                spans.append((start, m.end()))
        return spans

    def is_province_government(self, name: str) -> bool:
        """Whether `name` is the government, party committee or their general office of the province of a
        document below the province (广东省人民政府, 省政府办公厅 in a plan of 东莞市)."""
        region = self.meta.region
        if region is None or not region.province or region.name == region.province:
            return False
        body = name.removeprefix("中共")
        for prefix in (region.province, region.province.removesuffix("省"), "省", "自治区"):
            if body.startswith(prefix):
                return body[len(prefix) :] in _PROVINCE_GOVERNMENT
        return False

    def is_name(self, text: str) -> bool:
        """Whether `text` is exactly one agency name."""
        return self.names_in(text) == ((0, len(text)),)

    def sharing(self, text: str) -> list[str] | None:
        """The bodies `text` lists by their fields with their kind written once at its end, normalized: each
        field's department (公安、消防、安监部门), or known bureaus of one level (县人社、财政局); None unless it is
        such a list."""
        if m := _FIELDS_SHARING.fullmatch(text):
            return [self.normalize(f"{field}部门") for field in m["fields"].split("、")]
        if not (m := _BUREAUS_SHARING.fullmatch(text)):
            return None
        names = [f"{m['level']}{field}局" for field in m["fields"].split("、")]
        return [self.normalize(name) for name in names] if all(self.is_name(name) for name in names) else None

    def is_unit(self, text: str) -> bool:
        """Whether `text` names one body as a table's unit column or a section's heading does: an agency,
        a subject (县财政局) or a division, a school or a centre (基教科, 组织人事科, 区属各小学)."""
        return self.is_name(text) or self.is_subject(text) or _UNIT.fullmatch(text) is not None

    def normalize(self, name: str) -> str:
        """The document-level name: region-qualified level prefixes, short forms of the issuer and those the
        text defines."""
        if (done := self._normalized.get(name)) is None:
            done = self._normalize(name)
            done = self._normalized[name] = self._short.get(done, done)
        return done

    def _normalize(self, name: str) -> str:
        official = next((o for o in _OFFICIAL if name.endswith(o) and len(name) > len(o)), "") if name.endswith(_OFFICIAL) else ""
        base = name[: len(name) - len(official)]
        return self._normalize_body(base) + official

    def _normalize_body(self, name: str) -> str:
        places = self.places
        region = places[0] if places else None
        body = name
        for r in places:
            if name.startswith(r) and len(name) > len(r):
                body = name[len(r) :]
                # the unit named (浙江省教育厅 in a city's plan stays the province's), in full (绍兴 → 绍兴市)
                region = next(p for p in places if p.startswith(r))
                break
        else:
            # 市教育局 in a county's plan is the county's city's 教育局 (but 市场监管局 is a name)
            # 县委编办 is the county's 委编办, but 县委 alone is a name; a level's purse (县财政) is that level's
            known = name in _names()[0] and not (len(name) > 2 and name[1] == "委") and not name.endswith("财政")
            known = known or _LEVEL_WORD.match(name) is not None
            # (区教育局 is a district's, never an autonomous region's: 广西壮族自治区 is a province)
            # (县级人民政府: every county's; 县 of an autonomous county is its everyday name, the shortest)
            level = min((r for r in places if r[-1] == name[0] and not r.endswith(_PROVINCIAL_REGIONS)), key=len, default=None) \
                if name[0] in _LEVELS and not known and name[1:2] != "级" else None
            if name[0] == "州":  # (州教育局: the document's autonomous prefecture's)
                level = self._prefecture()
            if level and len(name) > 2:
                region, body = level, name[1:]
            elif name.startswith("本") and len(name) > 2 and name[1] in _LEVELS:
                body = name[2:]
            else:
                return self._issuer_short(name) or name
        if body in ("政府", "人民政府"):
            return f"{region}{body}" if region else name  # as written: 济宁市政府, 济宁市人民政府
        full = f"{region}{body}" if region else name
        return self._issuer_short(body, region) or full

    def _prefecture(self) -> str | None:
        """The autonomous prefecture of the document by its everyday name (黔东南州 of 黔东南苗族侗族自治州)."""
        return next((everyday_name(r) for r in self.places if r.endswith("自治州")), None)

    def _issuer_short(self, body: str, region: str | None = None) -> str | None:
        """The issuer, when `body` is the issuer's own name without region, or its short form; not when
        `region` is another unit than the issuer's (市教育局 in a plan of 天山区教育局 is the city's)."""
        issuer = self.meta.issuer
        if not issuer:
            return None
        own = issuer
        for r in self.places:
            if issuer.startswith(r):
                if region and region[:2] != r[:2]:  # (琼中县 and 琼中黎族苗族自治县 are one unit)
                    return None
                own = issuer[len(r) :]
                break
        if body == own:
            return issuer
        stem = own.removesuffix("局").removesuffix("厅")
        if len(stem) == len(own) or len(stem) < 4 or len(stem) % 2:
            return None
        short = stem[::2]  # 教育体育 → 教体
        if body in (f"{short}局", f"{short}部门", f"{stem}部门"):
            return issuer
        return None


def _place_written_before(text: str, start: int, name: str) -> int:
    """How many characters before `start` complete the level that opens `name` into a place other than the
    document's own (株洲 of 株洲市教育局, 自治 of 自治区教育厅): a unit named is that unit, not the region's."""
    if name[0] not in _LEVELS or start < 2:
        return 0
    if text.startswith("自治", start - 2):
        return 2
    gaz = gazetteer()
    # (not a verb of duties a unit's name opens with: 县教育局会同县财政局 names no 会同县)
    unit = gaz.name_ending_at(text, start + 1)
    if unit and not gaz.inside_words(text, Mention(start + 1 - len(unit), start + 1, unit)):
        return len(unit) - 1
    return 0


# a group's name may open with short forms joined by 、: 职、成教育组 (职业教育、成人教育组)
# (a verb or a preposition is no part of a name: …日底前将考核组成员名单报…)
_GROUP = re.compile(
    rf"(?:下设|设立|成立)?(?P<name>(?:[{CJK}]{{1,2}}、)*(?:(?![将把在于的对由向])[{CJK}]){{2,12}}?(?:领导小组|工作组|小组|组|办公室))[:：;；\s]*"
    r"(?=组\s*长|副组长|主\s*任|副主任|成\s*员|工作目标|工作职责|主要职责|目标任务)"
)
_GROUP_HINT = re.compile(r"组\s*长|主\s*任|成\s*员|工作目标|工作职责|主要职责|目标任务")
_GROUP_SUFFIX = re.compile(r"(?:领导小组|工作组|小组|组|办公室)$")
# an item of a numbered list: (1 …, 1. …, ① …
_ITEM = re.compile(r"^\s*(?:[(（]\s*\d{1,2}|\d{1,2}\s*[.、．)）]|[①-⑳])")
_GOALS = re.compile(r"工作目标|目标任务")
_DUTIES = re.compile(r"工作职责|主要职责|职\s*责[:：]")
# (认真履行教育工作职责, 履行好工作职责): duties a body fulfils, the object of a verb, open no list of them
_FULFILLED = re.compile(r"履行[^，,；;。:：]{0,6}$")
_NUMERAL_LEAD = re.compile(rf"^[一二三四五六七八九十]+(?=[{CJK}]{{2}})")
# 年段长及教研组组长, 市委教育工委专职副书记、市教育局党组成员, 国家督学、督导检查组组长: the posts listed before
# the group are no part of its name
_LISTED_BEFORE = re.compile(rf"^[{CJK}]*及(?=[{CJK}]{{2}})|^(?:书记|委员|督学|主任|局长|校长|常委)、")


@dataclass(frozen=True)
class WorkingGroups:
    """For each sentence: the working group whose goals or duties it lists, if any."""

    goals: tuple[str | None, ...]
    duties: tuple[str | None, ...]
    declared: tuple[tuple[str, int], ...]  # each group's name and the sentence that sets it up


def working_groups(doc: StructuredDocument) -> WorkingGroups:
    """Blocks such as 普通教育组:组长…成员…工作目标:(1)… or 办公室…工作职责:(1)…"""
    goals: list[str | None] = []
    duties: list[str | None] = []
    declared: list[tuple[str, int]] = []
    group: str | None = None
    mode: str | None = None
    top: int | None = None
    outermost: list[int] = []  # of each section (a parent comes before its sections)
    for k, part in enumerate(doc.sections):
        outermost.append(k if part.parent is None else outermost[part.parent])
    # (one search of the document for the words of a group's members or charge, not one a sentence: most have none)
    hinted = may_hold(doc.norm.text, doc.sentences, _GROUP_HINT)
    for i, sent in enumerate(doc.sentences):
        section = None if sent.section is None else outermost[sent.section]
        if section != top:
            # a new part of the document ends the group's lists, but not the items of its own list
            # (督查组工作职责: 一是…, 二是…), which may be numbered at the outermost level
            if not (mode and _opens_item(doc, sent)):
                group, mode = None, None
            top = section
        for m in _GROUP.finditer(sent.text) if hinted[i] else ():
            name = _LISTED_BEFORE.sub("", _NUMERAL_LEAD.sub("", m["name"]))
            if len(name) - len(_GROUP_SUFFIX.search(name).group()) >= 2:  # not a bare 工作组
                group, mode = name, None
                declared.append((name, i))
        kind = _list_kind(sent.text) if group else None
        if kind:
            mode = kind
        elif mode and not (_ITEM.match(sent.text) or _opens_item(doc, sent)) and not (
            i and garbled_at(doc.sentences[i - 1].text) is not None
        ):
            mode = None  # the list of goals or duties has ended (not merely been split by a broken scrape)
        goals.append(group if mode == "goals" else None)
        duties.append(group if mode == "duties" else None)
    return WorkingGroups(tuple(goals), tuple(duties), tuple(declared))


# the numbers of a list's items, not of a document's parts (五、 opens a part)
_ITEM_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+是|[(（]|[①-⑳]|\d)")


def _opens_item(doc: StructuredDocument, sent: Sentence) -> bool:
    """Whether the sentence opens a numbered item whose number structure took (一是…, (二)…)."""
    if sent.section is None:
        return False
    section = doc.sections[sent.section]
    return bool(_ITEM_NUMBER.match(section.number)) and sent.start - section.start <= len(section.number) + 1


def _list_kind(text: str) -> str | None:
    """"goals" or "duties", as the last 工作目标 or 工作职责 of `text` opens; None without either."""
    last_goal = max((m.end() for m in _GOALS.finditer(text)), default=-1)
    last_duty = max(
        (m.end() for m in _DUTIES.finditer(text) if not _FULFILLED.search(text, max(0, m.start() - 8), m.start())),
        default=-1,
    )
    if last_goal < 0 and last_duty < 0:
        return None
    return "goals" if last_goal > last_duty else "duties"


# words an agency's name never holds: verbs, list markers and conditions of the sentence it stands in
# (聘任情况需报市教育局, 三是组织教师参加市教育局, 要进一步明确学校, 学生因故离开学校)
_FRAGMENT = re.compile(
    # (a count of schools, 两所学校 or 三所职业学校, is no one body)
    r"^(?:[一二三四五六七八九十]是|[一二三四五六七八九十两\d]+所|每|到|对|按|经|向|需|要|并|将|把|在|从|严禁|重点|完善|发挥|组织(?!人事|部)|检查|明确|进一步|"
    r"转入|学生(?![处会])|教师(?!工作[科处股室])|居住|以上|确保|加强|推进|落实|做好|指导|督促|实施|新颁|逐步|所有|其中|充分|通过|力争|全面|"
    r"实现|联合|其|编制(?!部门|办)|扶持|引导|支持|鼓励|积极|建立由|多次|多所|新建(?!区)|新增|改扩建|继续|执行|协调|统筹|注重|推动|结合|决定|"
    # the tail of a word a list was split in (及时检查处置学校 → 时检查处置学校)
    r"[时谐])|"
    r"须按|不得|少于|发挥|[(（]除|"
    r"(?:教|实验|寝|器材|辅导|咨询|阅览|会议|活动|功能|图书|档案|卫生|医务|广播|休息|值班|储藏|录播|计算机|电脑|微机|多媒体|音乐|美术|舞蹈|书法|科学)室$|"
    r"参加|需|报(?=[省市县区]|教育|上级|局)|经过|按照|按规定|离开|因故|所在|协助|补录|、$|^、|"
    # people and what they do (…副局长梁富文代表督导委员会, 3名同志担任核查组组长), a verb's 处 (依然处在)
    r"同志|担任|兼任|下设|代表(?!大会)|(?:依然|仍然|仍|正|尚)处$|参照|"
    # a headline's clause (济宁市完成新改扩建幼儿园, 东莞市增加中小学幼儿园)
    r"完成|增加|新改扩建|"
    # a subject taught (所教学科与申报学科应相一致, 英语科在每次模拟考试时要有明显的进步)
    r"(?:学|语文|数学|英语|物理|化学|生物|政治|历史|地理)科$|"
    # a table's headings run into the body of its first row (序号项目名称主要内容区政府, 服务内容各校)
    r"内容"
)


# a kind of school (公办学校, 寄宿制学校, 各级各类幼儿园), every department or office (各部门, 有关处室): the
# holder of a duty the document sets, but no one body; schools under a level (市直学校, 市属学校) are one
# the words that make a kind of school (公办, 寄宿制, 农村, 新建…): 农村小学 is many schools, not one body
SCHOOL_KINDS = (r"公办|民办|寄宿制|普通高中|高中|中等职业|职业|初中|小学|中小学|中小|义务教育阶段|义务教育|农村|城区|城镇|"
                r"乡村|普通|新建|改扩建")
_KIND_OF_BODY = re.compile(
    r"^(?:全[省市县区])?(?:各|部分|全体|所有|相关|有关)*"
    rf"(?:各级各类|{SCHOOL_KINDS})*"
    r"(?:学校|幼儿园|各校|部门|中小学校)$|^(?:机关)?(?:各|有关|相关)处室$|"
    # every body of every place or level (各地各部门, 各级各部门, 各地各校)
    r"^(?:全[省市县区盟旗])?(?:各级|各地)+(?:各部门|各单位|各校|部门|单位)$|"
    # the bodies of a whole place (全市中小学, 全市各级政府, 全盟各级党委, 全市各乡镇(街道)): many, never one
    r"^全[省市县区盟旗州]"
)
# a place's schools of a kind (沈阳市标准化幼儿园, 重庆普惠性幼儿园, 某县城镇小区配套幼儿园): many, not one body
_KIND_IN_PLACE = re.compile(
    rf"[市县区省]?(?:全[省市县区])?将?(?:{SCHOOL_KINDS}|普惠性?|标准化|示范性?|优质|现代化|城镇小区|住宅小区|小区|配套)+"
    r"(?:学校|幼儿园|中小学幼儿园|中小学校|中小学)$"
)
_BOOK_TITLE = re.compile(r"《[^《》]*》")
# 政府, 党委, 党组织 alone (各级党委和政府, 基层党组织): no one body; nor the union or the youth league with no unit
# or level before it (工会、共青团及社团工作, 学校党支部、工会班子齐全): a field of work or the organisation at large, where
# the one a text charges is named with its own (校工会, 县总工会, 共青团泉州市委员会)
NAMELESS = frozenset({*_SAY_NOTHING_ALONE, "管委会", "党组织", "党支部", "党总支", "部门", "工会", "共青团"})
# a place's party organisations (全县党组织, 某县党支部) are many bodies; a body's own (学校党组织) is one
_PARTY_CELLS = ("党组织", "党支部", "党总支")
_TABLE_CELLS = 2  # " | " joins the cells of a table row
_POST_OR_SESSION = re.compile(r"副?书记|常委(?!会)|[一二三四五六七八九十\d]+届")
# 塔城市政府网站, 县教育局官网, 云南省政府信息公开门户网站, 锡林郭勒盟政府信息公开网, 县区政府站群: the site a page
# was published on, not the body acting
_SITE_AFTER = re.compile(r"(?:信息公开)?(?:门户)?网站?|官网|公众号|站群")
# 各县政府所在地, 周营镇政府驻地: the town a government sits in, a place, no body acting
_SEAT_AFTER = re.compile(r"(?<=政府)(?:所在地|驻地)")
# levels sharing one government or party committee (落实国务院和省、市政府决策部署, 列入省、市政府民生实事, 围绕区、市党委
# 决策): the upper levels at large, no one body; not the levels a text addresses (各县、区人民政府, 设区市、县人民政府)
_SHARED_LEVELS = re.compile(r"(?<![各设区市县])[省区市县]、$")
_LEVEL_HEAD = re.compile(r"[省区市县](?:人民政府|政府|党委|委)")
# 市政府各委、办、局, 县政府有关部门, 省政府直属各单位: the government's departments are addressed, not it
_DEPARTMENTS_AFTER = re.compile(r"(?<=政府)(?:各|有关|直属|所属)")
# 市委教育工作领导小组: the party committee's leading group is the body named, not the committee
_GROUP_OF_COMMITTEE = re.compile(rf"(?<=委)[{CJK}]{{0,8}}?领导小组")
# a school named as the site of works (明光镇中心小学改扩建, 六塔乡中心小学餐厅, 赤水路小学等7所学校, 西城中心小学
# 迁建项目): the works', no body acting
_WORKS_AFTER = re.compile(
    r"(?<=[学校园])的?(?:改扩建|改建|扩建|迁建|新建|续建|建设|项目|工程|食堂|餐厅|教学楼|综合楼|宿舍|学生宿舍|"
    r"校舍|校区|分校|幼儿园|等[\d一二三四五六七八九十]+所)"
)
# a zone's, a prefecture's or a state farm's administration (长白山管委会教育局, 大兴安岭地区行政公署教育局,
# 省农垦总局教育局): the bureau named after it is its own, no bare one of the region
_ADMINISTRATIONS = ("管委会", "行政公署", "行署", "总局")
# a numbered school: 绍兴一中, 绍兴市第一中学, 开封市第十四中学
_SCHOOL = re.compile(
    rf"(?:(?![届和与及的是在])[{CJK}]){{2,6}}?(?:[市县区])?(?:第[一二三四五六七八九十]{{1,3}}|[一二三四五六七八九十]{{1,3}})"
    rf"(?:中学|小学|中|小)(?![{CJK}])"
)
# what every numbered school's name holds, looked for first: _SCHOOL opens with a repeated group, which the engine
# enters at every character of a sentence
_SCHOOL_NUMBER = re.compile("[一二三四五六七八九十][中小]")
_OPENING_SENTENCES = 3
# verbs of a clause, which no school's name holds
_CLAUSE_VERB = "举行|调研|开展|进行|解决|推进|新增|新建|扩大|召开|启动|实施"
# a school named after its place (遵义师范学院, 合肥师范学院, 绍兴文理学院): what follows the place
# (not 中小学 of 绍兴市中小学校长, schools of a kind)
_AFTER_PLACE_SCHOOL = re.compile(
    # (a rank won, 镇江市现代化小学 or 优质幼儿园, is a kind of school, not one)
    r"(?![市县区]?(?:现代化|优质|示范|标准化|特色|绿色|文明|平安|智慧|新优质))"
    # (nor what a headline's place does: 浮山县举行城关小学…奠基仪式, 杏花岭区实地调研康乐幼儿园, 永春将新增一所中学)
    rf"(?:(?![的和与及是在各全等届将]|{_CLAUSE_VERB})[{CJK}]){{0,6}}?(?<![中大])(?:大学|学院|中学|小学|幼儿园|中心校|中心学校|进修学校)(?![校生长])"
)
# a title opening with a numbered school: 绍兴一中五年发展规划
_TITLE_SCHOOL = re.compile(
    rf"(?P<school>(?:(?![届和与及的是在关])[{CJK}]){{2,6}}?(?:[市县区])?(?:第[一二三四五六七八九十]{{1,3}}|[一二三四五六七八九十])"
    r"(?:中学|小学|中|小))"
)
# …or with a school by its name, in the title of its own plan, notice or review (重固小学2024学年第一学期工作计划,
# 康宁乡九年制学校骨干教师培养方案, 铜冶中心校春季开学安全工作通知); not what a headline says of a school (浮山县举行
# 城关小学…奠基仪式), nor a place's schools (宜兴市中小学, 沛县全县小学), nor the site of works
# (…幼儿园改扩建工程规划)
_TITLE_NAMED_SCHOOL = re.compile(
    rf"(?P<school>(?:(?![届和与及的是在关将对等全]|{_CLAUSE_VERB})[{CJK}]){{2,14}}"
    r"(?:学校|小学(?<!中小学)|中学|中心校|幼儿园))(?![校生长])"
)
_OWN_PAPER = re.compile(r"(?:计划|方案|规划|通知|制度|总结|要点|办法|细则|安排|思路)$")
_ADDRESS_LINE = re.compile(r"\s*(?:抄送|抄报|主送|分送|发送|印发)\s*[:：]")
# groups set up for a task (“县管校聘”工作领导小组, 专项督查小组, 教育领域项目建设指挥部), committees of experts
# or steering committees (残疾儿童义务教育专家委员会, 思政课一体化教学指导委员会) and a body's own offices named as
# actors (德育处负责…, 党政办、总务处配合); the verb before a group is no part of it (建立…, 发挥…专家委员会作用),
# nor is the 被 of a passive whose doer it is (多次被…专项整治工作领导小组办公室通报), nor what hands a matter to it
# (…核实初审后提交校“县管校聘”工作领导小组讨论)
_GROUP_END = re.compile(
    r"(?:工作领导小组|领导小组|工作小组|督查小组|督导小组|检查小组|仲裁小组|工作专班|评审委员会|认定委员会|考核委员会|专家委员会|指导委员会|指挥部)"
)
_GROUP_OFFICE = "办公室"
# what a name of a group or a firm starts after: a word that joins it to the sentence, or no Chinese
_NAME_LEFT = rf"由|被|报|向|从|和|及|与|、|的|在|为|并|了|[^{CJK}“”]"
_GROUP_LEFT = re.compile(rf"成立|设立|组建|建立|调整|发挥|经|提交|{_NAME_LEFT}")
_GROUP_STEM_MAX = 20


def _stem_before(text: str, at: int, left: re.Pattern[str]) -> tuple[str, int]:
    """The up to _GROUP_STEM_MAX characters before `at`, and where a name in them starts: after the last
    match of `left` (0 if none)."""
    window = text[max(0, at - _GROUP_STEM_MAX) : at]
    return window, max((b.end() for b in left.finditer(window)), default=0)


# a group a sentence sets up, whatever its task (成立高考研究小组, 组成劝返专班); not a count (组建一个专班), a
# group no task names (要成立工作小组) nor a pupils' club no sentence sets up (兴趣小组)
_SET_UP_GROUP = re.compile(
    rf"(?:成立|组建|组成|设立)了?(?P<name>(?![一两二三四五六七八九十\d个]|工作(?:小组|专班))[{CJK}]{{2,12}}?(?:小组|专班))(?![长成])"
)
_OFFICE = re.compile(
    rf"(?:(?<=[、，,；;。：:由和及与\n])|^)(?P<name>[{CJK}]{{2,4}}?(?:处|科|室|办))"
    # (or its head's post, named or not: 德育处主任康旺, 保卫处处长, 总务处刘明主任; or what it does with what it is
    # sent: 由人事科通知, 报局安保科汇总)
    rf"(?=负责|牵头|要|应|按|和|、|及|与|配合|协助|组织|做好|通知|汇总|[，,；;。]|(?:{_PERSON_NAME})?副?(?:主任|处长|科长|股长))"
)
# not an office: rooms (实验室, 专用教室, 警务室), a verb phrase (合理分科), a place word (此处), a request (请各处室), a subject or a
# degree at the end of a longer phrase (名学科, 大学专科), a list's next item (以及…)
_GROUP_GATE = re.compile(r"组|委员会|专班|指挥部|处|科|室|办")
_NOT_OFFICE = re.compile(
    r"^(?:此|各|请|到|该|本|原|住|办|随|妥善|及时|认真|统一|分别|集中|相应|合理|以及|一|二|三|四|五)|督办$|(?:远|近|深|高|低|好|益|难)处$|"
    r"(?:教|实验|寝|游戏|器材|辅导|阅览|会议|活动|功能|图书|档案|卫生|医务|广播|休息|值班|储藏|录播|计算机|科|分|"
    r"盥洗|阅读|发现|探究|创客|舞蹈|美术|音乐|书法|心理|保健|观察|接待|展览|陈列|荣誉|警务)室$|分科$|"
    r"(?:专|本|学|文|理|工|医|内|外|牙|儿|妇)科$"
)


# the year or the five-year period of a plan named after its issuers alone: 《中共海南省委教育工委海南省教育厅2010年工作要点》,
# 《张家川县教体局“七五”普法实施方案》, 《某县教育局“十四五”教育发展规划》
_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}年|“?十[一二三四五]五|“[六七八]五”")


def _issuers_end(title: str, start: int, names: Sequence[tuple[int, int]]) -> int:
    """Where the issuers a bracketed title at `start` of the sentence opens with end: at its 关于, else at
    the year of a plan the names of the sentence (`names`) fill the title up to, else at its start."""
    about = title.find("关于")
    if about > 1:
        return about
    if year := _TITLE_YEAR.search(title):
        filled = start + len("《中共" if title.startswith("《中共") else "《")  # (the party's 中共 opens no name)
        for s, e in names:
            if s == filled:
                filled = e
        if filled == start + year.start():
            return year.start()
    return 0


def _place_schools(text: str) -> list[str]:
    """Schools whose name opens with a place, full or short, in a short text (an opening sentence)."""
    if not any(word in text for word in ("大学", "学院", "中学", "小学", "幼儿园", "中心校", "学校")):
        return []
    gaz = gazetteer()
    places = gaz.mentions(text, wordlike=False) + [m for m in gaz.short_mentions(text) if m.name[0] not in _LEVELS]
    return [
        text[p.start : m.end()] for p in places
        if (m := _AFTER_PLACE_SCHOOL.match(text, p.end)) and not (p.name.endswith("县") and gaz.inside_words(text, p))
        and not _WORKS_AFTER.match(text, m.end())
    ]


# what a list of departments (_ENUMERATED) or a group's or office's name (_named_groups) needs
_FIRMS = ("公司", "基金会")
_LISTED_WORDS = any_of([*_ENUMERATED_WORDS, *_GROUP_GATE.pattern.split("|"), *_FIRMS])


# a level's or a place's company (市建投公司, 县城投公司, 和龙市联通公司) or a foundation (县教育基金会) a plan works
# with or charges: its name starts after the verb or word before it (…与省电信公司, 其中市建投公司), never at a word
# for any or every firm (各公司); a firm's registered name (…科技有限公司) is a contractor's or sponsor's in news
_FIRM_WORD = re.compile(alternation(_FIRMS))
_FIRM = re.compile(rf"(?:(?![各该本此这])[{CJK}]){{2,14}}?(?<!有限|责任)(?:{_FIRM_WORD.pattern})")
_FIRM_LEFT = re.compile(
    rf"{_NAME_LEFT}|将|其中|或|申请|担任|委托|聘请|依托|通过|联合|同|跟|有关|相关"
    # (nor a body or firm before it, as a table's cells run together: 文体旅局晋陵公司轨道公司)
    r"|[局委办厅府]|公司"
)


def _named_firms(text: str, places: Sequence[str]) -> list[str]:
    """The foundations and the companies of a level or place (`places`) named in `text`, as written."""
    names = []
    for m in _FIRM_WORD.finditer(text):
        window, cut = _stem_before(text, m.start(), _FIRM_LEFT)
        firm = _FIRM.fullmatch(window[cut:] + m.group())
        if firm and (m.group() == "基金会" or firm.group()[0] in _LEVELS or firm.group().startswith(tuple(places))):
            names.append(firm.group())
    return names


def _named_groups(text: str) -> list[str]:
    """Working groups and offices named in `text`, as written."""
    if not _GROUP_GATE.search(text):
        return []  # most sentences name neither
    names = []
    for m in _GROUP_END.finditer(text):
        window, cut = _stem_before(text, m.start(), _GROUP_LEFT)
        stem = window[cut:]
        if stem.startswith("“") and "”" not in stem:
            stem = stem[1:]  # 成立…“某区创建工作领导小组”: the quotes are round the name
        if cut and window[cut - 1] in "(（":
            stem = _NUMERAL_LEAD.sub("", stem)  # (一创建工作领导小组: an item's number, its bracket not closed
        if len(stem) >= 2:
            names.append(stem + m.group())
            if text.startswith(_GROUP_OFFICE, m.end()):
                names.append(stem + m.group() + _GROUP_OFFICE)  # …and its office, which runs its daily work
    if "小组" in text or "专班" in text:
        names += [m["name"] for m in _SET_UP_GROUP.finditer(text)]
    names += [m["name"] for m in _OFFICE.finditer(text) if not _NOT_OFFICE.search(m["name"])]
    return names


def _many_cells(name: str, places: Sequence[str]) -> bool:
    """Whether `name` is the party organisations of a whole place or level (全县党组织, 青山县党支部)."""
    cell = next((c for c in _PARTY_CELLS if name.endswith(c)), None)
    if cell is None:
        return False
    place = name[: -len(cell)].removeprefix("全").removeprefix("各级").removeprefix("各")
    return not place or place in _LEVELS or place in places or bool(gazetteer().lookup(place))


# a province's or a city's schools, of a kind or not (长沙市幼儿园, 北京市幼儿园, 新疆农村双语幼儿园): a county's own
# kindergarten (清涧县幼儿园) is one body, no province or city has one school of its name
_SCHOOLS_OF_UPPER_UNIT = re.compile(
    rf"(?:{SCHOOL_KINDS}|城乡|双语|牧区|农村牧区)*(?:学校|幼儿园|中小学幼儿园|中小学校|中小学|小学|中学)$"
)


@lru_cache(maxsize=8192)
def _kind_in_place(name: str) -> bool:
    """Whether `name` is a place's schools of a kind (沈阳市标准化幼儿园), not one school."""
    if not name.endswith(("学校", "幼儿园", "中小学", "小学", "中学")):
        return False
    gaz = gazetteer()
    places = [m for m in (*gaz.mentions(name, wordlike=False), *gaz.short_mentions(name)) if m.start == 0]
    of_kind = name.endswith(("学校", "幼儿园", "中小学"))
    return any(
        (of_kind and _KIND_IN_PLACE.match(name, m.end))
        or (_SCHOOLS_OF_UPPER_UNIT.match(name, m.end) and any(u.county is None for u in gaz.lookup(m.name)))
        for m in places
    )


# bodies that are one per country, never qualified by a region
_NATIONAL = re.compile(r"^(?:国务院|教育部|中共中央|全国|国家|中央)")


def is_national(name: str) -> bool:
    """Whether `name` is a body of the nation (国务院办公厅, 教育部), one per country."""
    return _NATIONAL.match(name) is not None


@lru_cache(maxsize=8192)
def is_agency_name(name: str) -> bool:
    """Whether `name` is an agency's name, not a piece of the sentence around one."""
    return len(name) >= 2 and not _FRAGMENT.search(name)


class _Found:
    """The agencies found so far: each normalized name with its evidence and the ways it was written."""

    def __init__(self, matcher: AgencyMatcher) -> None:
        self.matcher = matcher
        self.mentions: dict[str, list[Evidence]] = {}
        self.surface: dict[str, set[str]] = {}

    def add(self, name: str, written: str, evidence: Evidence) -> None:
        if _is_person(name):
            return
        name = office_of(name)  # an official acts for the body: the agency is the body
        if (
            not is_agency_name(name) or _KIND_OF_BODY.match(name) or name in NAMELESS
            or _many_cells(name, self.matcher.places) or _kind_in_place(name)
        ):
            return
        evs = self.mentions.setdefault(name, [])
        if evidence not in evs:
            evs.append(evidence)
        if written != name:
            self.surface.setdefault(name, set()).add(written)

    def agencies(self) -> list[Agency]:
        return [
            Agency(name, tuple(evs), tuple(sorted(self.surface.get(name, ()))), agency_type(name))
            for name, evs in self.mentions.items()
        ]


def extract_agencies(
    doc: StructuredDocument,
    matcher: AgencyMatcher,
    groups: WorkingGroups,
    responsibilities: list[Responsibility],
    targets: list[IndicatorValue],
) -> list[Agency]:
    """Agencies named in the text, set up as working groups, holding a responsibility, or owning targets;
    one per normalized name."""
    found = _Found(matcher)
    if sent := _issuer_sentence(doc, matcher):
        found.add(doc.metadata.issuer, doc.metadata.issuer, doc.evidence(sent))
    for sent, named in _acting_sentences(doc):
        for name, written in chain(_named(sent.text, matcher) if named else (), _enumerated(sent.text, matcher)):
            found.add(name, written, doc.evidence(sent))
    for name, i in groups.declared:
        found.add(matcher.normalize(name), name, doc.evidence(doc.sentences[i]))
    for school, sent in _issuing_schools(doc):
        found.add(school, school, doc.evidence(sent))
    if speaking := _speaking_bureau(doc, found):
        found.add(*speaking)
    unnamed = _unnamed_holders()
    for r in responsibilities:
        # (people and units charged by their role are no body, nor those a charge describes: 整改任务涉及的部门)
        if not r.agency.endswith(unnamed) and "的" not in r.agency:
            found.add(r.agency, r.agency, r.evidence)
    for t in targets:
        if t.agency:
            found.add(t.agency, t.agency, t.evidence)
    return found.agencies()


# a bureau speaking of itself (我局经研究…), and the vocabulary's type of the bureau it is
_OWN_BUREAU = "我局"
_EDUCATION_AUTHORITY = "教育行政部门"


def _speaking_bureau(doc: StructuredDocument, found: _Found) -> tuple[str, str, Evidence] | None:
    """(name, as written, evidence) of the education bureau of the text's place, where the text speaks as 我局
    (…结合我区的实际情况,我局经研究…) and names neither its issuer nor any education bureau of its place."""
    region = doc.metadata.region
    # (a province's education body is its 教育厅, which speaks as 我厅)
    if doc.metadata.issuer or region is None or region.name == region.province or _OWN_BUREAU not in doc.norm.text:
        return None
    if any(_is_education_bureau(name) for name in found.mentions if name.startswith(region.name)):
        return None
    sent = next((s for s in doc.sentences if _OWN_BUREAU in s.text), None)
    return None if sent is None else (f"{region.name}教育局", _OWN_BUREAU, doc.evidence(sent))


def _is_education_bureau(name: str) -> bool:
    """Whether `name` is a bureau (…局) of the vocabulary's education authorities, not 教育部门 nor 语委."""
    return name.endswith("局") and agency_type(name) == _EDUCATION_AUTHORITY


def _issuer_sentence(doc: StructuredDocument, matcher: AgencyMatcher) -> Sentence | None:
    """The first sentence naming the document's issuer, where the issuer is one body (中共江西省委
    江西省人民政府: joint issuers are each their own agency, found where the text names them)."""
    issuer = doc.metadata.issuer
    if not issuer or issuer not in doc.norm.text or len(matcher.names_in(issuer)) >= 2:
        return None
    return next((sent for sent in doc.sentences if issuer in sent.text), None)


def _acting_sentences(doc: StructuredDocument) -> Iterator[tuple[Sentence, bool]]:
    """The sentences that may name an agency or a list of departments, with whether they may name an
    agency: not who receives a copy (抄送:市委办、市人大办…) nor the cells of a table no table rule read
    (a column of offices)."""
    tabled = "|" in doc.norm.text  # (most documents have no table row to count the cells of)
    # (nor, most, a line of addresses: every address word holds 抄, 送 or 印发, whose scans of the text spare a match
    # a sentence)
    addressed = "抄" in doc.norm.text or "送" in doc.norm.text or "印发" in doc.norm.text
    acting = [
        sent for sent in doc.sentences
        if not (addressed and _ADDRESS_LINE.match(sent.text)) and not (tabled and sent.text.count(" | ") >= _TABLE_CELLS)
    ]
    may_name = may_hold(doc.norm.text, acting, _patterns()[0].gate)
    may_list = may_hold(doc.norm.text, acting, _LISTED_WORDS)
    # (most sentences: no agency's name, list of departments or group; a township's office is named in a
    # sentence the list's words, 办 or 室, let through: 镇平安法治办公室, 太芝庙镇督管办)
    return (
        (sent, named or _TOWN_BODY_END.search(sent.text) is not None)
        for sent, named, listed in zip(acting, may_name, may_list) if named or listed
    )


def _named(text: str, matcher: AgencyMatcher) -> Iterator[tuple[str, str]]:
    """(normalized name, name as written) of the agencies a sentence names, but for the words of a
    title, a quoted name, a post, a session or a site."""
    names = matcher.names_in(text)
    if not names:
        return
    # (start, end of the issuers it opens with, end) of each cited title: the issuers a cited title opens
    # with are agencies (《中共某市委组织部…关于印发…的通知》, 《海南省教育厅2010年工作要点》)
    cited = [
        (m.start(), m.start() + _issuers_end(m.group(), m.start(), names), m.end()) for m in _BOOK_TITLE.finditer(text)
    ]
    quotes = [(s, e) for _, s, e in quoted(text)]
    for start, end in names:
        if any(issuers_end <= start < e for _, issuers_end, e in cited):
            continue  # 《中国共青团》: a periodical's or a document's title, not the agency
        if is_national(text[start:end]) and (
            any(s <= start < e for s, _, e in cited)
            or any(s == end and not _MINISTRY.search(text, s, e) for s, e in names)
        ):
            # 《国务院关于…》: a body of the nation every local plan cites, not one the plan names; 国务院教育督导委员会:
            # the nation's body named is the one after it
            continue
        if any(s <= start < e for s, _, e in cited) and matcher.is_province_government(text[start:end]):
            continue  # 《广东省人民政府关于…》 in a city's plan: the province's government every plan below it cites
        if (
            (_POST_OR_SESSION.match(text, end) and not text.endswith("工委", 0, end))
            or _SITE_AFTER.match(text, end) or _SEAT_AFTER.match(text, end) or _DEPARTMENTS_AFTER.match(text, end)
            or _GROUP_OF_COMMITTEE.match(text, end) or _WORKS_AFTER.match(text, end)
        ):
            # 市委书记马卫光, 县委常委: a person's post (but 市委教育工委书记: a working committee's); 省委九届九次全会:
            # a session; 县教育局官网: a site; 县政府所在地: a place; 市政府各委、办、局: the government's departments;
            # 市委教育工作领导小组: the committee's group; 明光镇中心小学改扩建: a site of works
            continue
        if _LEVEL_HEAD.fullmatch(text, start, end) and _SHARED_LEVELS.search(text, max(0, start - 2), start):
            continue
        written = text[start:end]
        if text.endswith(_ADMINISTRATIONS, 0, start) and written[-1] == "局" and written in _names()[0]:
            continue  # 长白山管委会教育局: the bureau of an administration no place names, not a level's own
        if any(s <= start and end < e for s, e in quotes):
            continue  # “绍兴市共青团组织力提升示范点”: a word of a quoted name (an honour, a program)
        if text.startswith("团", start - 1) and text.startswith("委", end - 1):
            start -= 1  # 团县委: the youth league's committee, not the county's party committee
        start = _nation_before(text, names, start, end)
        written = text[start:end]
        if written in _review_teams():
            start = _team_sender(text, names, start)
            written = text[start:end]
        yield matcher.normalize(written), written


_NATION = "国家"


# a ministry, a commission or a general office: a body of its own after a national body (教育部、财政部 written
# without their comma: 教育部办公厅财政部办公厅)
_MINISTRY = re.compile(r"(?:部|委|厅)$")


def _nation_before(text: str, names: Sequence[tuple[int, int]], start: int, end: int) -> int:
    """Where the name at `start` begins with the nation or the national body written right before it
    (国家发展改革委, 国务院教育督导委员会办公室, 教育部督导办: the nation's body, whole); a national body, a ministry
    or a commission after another is a body of its own (中共中央国务院, 教育部财政部)."""
    if is_national(text[start:end]):
        return start
    if start >= len(_NATION) and text.startswith(_NATION, start - len(_NATION)):
        return start - len(_NATION)
    if _MINISTRY.search(text, start, end):
        return start
    return next((s for s, e in names if e == start and is_national(text[s:e])), start)


# a review team is named after the body that sends it and what it reviews (塔城地区行署教育督导委员会督导组,
# 随县教育局春季开学专项督导组, 四川省政府教育督导组); not after what the body does (…督导室组织专家组)
_REVIEW_TEAM_TYPE = "督导检查组"
_SENDER_GAP = re.compile(rf"(?:(?![的和与及同跟对向就给随陪在到赴由派邀请抽调组织成立将要应已被把为是了受接听])[{CJK}]){{0,8}}")


@cache
def _review_teams() -> frozenset[str]:
    """The vocabulary's names of review teams (督导组, 专家组, 验收组)."""
    return frozenset(n for n, t in _names()[0].items() if t == _REVIEW_TEAM_TYPE)


def _team_sender(text: str, names: Sequence[tuple[int, int]], start: int) -> int:
    """Where a review team's name starting at `start` begins with the bodies named right before it."""
    gap = max((e for s, e in names if e <= start and _SENDER_GAP.fullmatch(text, e, start)), default=None)
    if gap is None:
        return start
    begin = next(s for s, e in names if e == gap)
    while (before := next((s for s, e in names if e == begin), None)) is not None:
        begin = before  # 塔城地区行署 + 教育督导委员会 + 督导组
    return begin


# a bureau's branch listed among bodies (区教育局、规划资源局XX分局、区建设局; 财政局、规划和自然资源分局、医疗保障分局):
# a body of its own, which no level opens (a placeholder may stand for its place)
_LISTED_BRANCH = re.compile(rf"(?<![{CJK}X])(?:[{CJK}]|X){{2,10}}?分局(?=[、，,；;。等])")


def _enumerated(text: str, matcher: AgencyMatcher) -> Iterator[tuple[str, str]]:
    """(normalized name, item) of the departments a sentence lists by field (公安、消防、安监部门),
    of the branches of bureaus it lists and of the groups it names."""
    if "分局" in text:  # (rarely)
        for m in _LISTED_BRANCH.finditer(text):
            yield matcher.normalize(m.group()), m.group()
    for m in _ENUMERATED.finditer(text):
        items = m["list"].split("、")
        items[0] = _ENUM_LEAD.sub("", items[0])
        if (pair := _ENUM_LAST_PAIR.match(items[-1])) and not any(
            s < pair.end("a") < e for s, e in matcher.names_in(f"{items[-1]}部门")
        ):
            items[-1:] = [pair["a"], pair["b"]]
        for item in items:
            if 2 <= len(item) <= 6 and not item.endswith(_OWN_SECTOR):
                yield matcher.normalize(item if _ENUM_OWN_SUFFIX.search(item) else f"{item}部门"), item
    for name in _named_groups(text):
        yield matcher.normalize(name), name
    if _FIRM_WORD.search(text):
        for name in _named_firms(text, matcher.places):
            yield name, name  # (a firm's name is its own, no level's: 绍兴一中教育基金会)


def _issuing_schools(doc: StructuredDocument) -> Iterator[tuple[str, Sentence]]:
    """A school that issues the document (绍兴一中…工作要点), with the sentence naming it: named in
    its opening lines, or opening its title."""
    for sent in doc.sentences[:_OPENING_SENTENCES]:
        numbered = [
            m.group() for m in _SCHOOL.finditer(sent.text) if not _WORKS_AFTER.match(sent.text, m.end())
        ] if _SCHOOL_NUMBER.search(sent.text) else []
        for school in numbered + _place_schools(sent.text):
            yield school, sent
    title = doc.metadata.title or ""
    m = _TITLE_SCHOOL.match(title) or (_TITLE_NAMED_SCHOOL.match(title) if _OWN_PAPER.search(title) else None)
    if m and not _WORKS_AFTER.match(title, m.end()):
        if sent := next((s for s in doc.sentences if m["school"] in s.text), None):
            yield m["school"], sent
