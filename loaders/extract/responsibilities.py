"""Responsibilities: who the document makes answerable for what.

A clause opening with one or more agencies and a duty verb (学校担负…主体责任,
机构编制部门核定编制总量, 县政府督查室、教育督导室每月…通报) assigns the rest of
the clause to each agency. A charge (县教育局要…, 各校必须…, 市教育局将…) runs through its
sentence, up to the next agency or a clause with its own doer (由X…); otherwise the duty runs on
into the next clauses (with no agency of their own) only while the clause before merely frames
the action (在编制、岗位总量内, 按照有关标准) or while they name a responsibility (明确一把手为
第一责任人, 负责…), and each later clause opening with a duty verb is the body's next step, a duty of its
own (市教育局对…进行审核,确定培养对象名单); an exhortation (要全力以赴) is no duty, nor is what was done (给予了高度评价,
发布《…》, 获…第一名).
Also: 由X负责/统一发布 (the task before 由), 请各X… (the rest of the sentence), X负责、Y配合
role clauses (the lead holds the task; a helper, Y配合, no duty of its own),
牵头单位/责任单位/配合处室: X、Y lists and (X负责), (X牵头,Y配合) after a task, the table's other fields
(完成时限, 牵头领导) neither body nor task, …报X核准 (X approves),
发挥/强化X的…职能 (X holds that function), 会同X… (X shares the duty, told without the 会同X of
the body it works with: 县教育局会同县财政局负责…, 由县教育局会同县财政局统筹安排), and in a reply to a motion
(…现答复如下:) what "we" will do (下一步我们将…) is the issuer's, and what a body states it will do
(县教育局相关负责人表示,将…) or answers a motion with (县教体局答复巩固…) is its own.
A working group's charge of several clauses, each opening with a duty verb, is one duty per clause
(领导小组要定期召开联席会议,研究部署…,督促…). A working group's 工作职责 items are its duties; its 工作目标
items are states to reach (普通高中均达到省优标准), duties only when they open with a duty verb (负责…, 督促…).
So are the lines opening with a duty verb under a body's name alone: a section's heading ((一)办公室。)
or a line of a duty table read row by row (市教育局 / 负责校园食品安全管理工作。).
The items after a body's role and a colon (县教育局负责:1.…;2.…), or on the lines under a line naming it
(县教育局负责以下工作: / 1.…), are its duties (responsibilities_listed reads such lists).
Which of the duties found are kept (not hopes, descriptions or norms for every school) is
responsibilities_kept's part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, partial

from edukg.loaders.extract.agencies import (
    FIELDS_SHARING, SCHOOL_KINDS, SHORT_FORM, AgencyMatcher, WorkingGroups, subject_words,
)
from edukg.loaders.extract.numbers import find_quantities
from edukg.loaders.extract.programs import ProgramMentions, program_mentions, programs_in
from edukg.loaders.extract.responsibilities_listed import ItemList, list_holder
from edukg.loaders.extract.responsibilities_kept import MUST, RESPONSIBILITY_WORD, TASK_FIELD, UNIT_ROLE, kept_duties
from edukg.loaders.extract.text import (
    CJK, ITEM_MARK, PLACE_ALONE_ENDS, UNIT_NAMES, Gated, any_of, any_word_or_pair, clauses, garbled_at, may_hold,
    strip_verbs,
)
from edukg.loaders.model import Responsibility, Sentence, StructuredDocument
from edukg.ontology import vocab

__all__ = ["extract_responsibilities", "whole_duties"]

# the kinds of document that hand tasks out to those they name, schools of a kind too
_TASK_PLANS = ("实施方案", "行动计划")
_SEGMENT = re.compile(r"[^；;。！？!?]+")
# 县教育局——负责…: a dash after the body, before its duty
_DASH_DUTY = re.compile(r"—{1,2}\s*(?=(?:主要|具体)?(?:负责|承担))")
# the verbs a body's list of duties opens each item with (县教育局:负责…;负责…;承担…)
_DUTY_VERBS = ("负责", "承担")
_LIST_SPLIT = re.compile(r"和|及|与|、")
# a charge laid on the agency (…要, …应, …必须): it runs to the end of the sentence
# …and what it will do (市教育局将在暑期举办培训班) is its plan, a charge too
# (…下一步将协调…, …今后要…: when comes before the charge)
# (同时要…, 首先要…: what comes with or before the charge)
_ALSO = r"(?:(?:下一步|下步|今后|接下来)(?=将|要))?(?:也|均|都|还|同时|首先)?"
_CHARGE = re.compile(rf"{_ALSO}(?:{MUST}|将)")
# (将 before what is handled, as 把, opens the duty: 各县直学校将核准结果反馈给教育体育局, 将安全教育纳入教学计划)
# …and 将 before a title or a quoted name (请各县将《申报汇总表》于4月20日前报市教育局): no verb opens with one, so
# 将 there can only mark what is handled
_HANDLED = r"[《“]|[^，,；;。]{1,24}?(?:纳入|列入|列为|作为|融入|报送|上报|提交|反馈|反响|输入|录入|发送|公布|落实到|分解到)"
_DUTY_LEAD = re.compile(rf"^{_ALSO}(?:{MUST}|将(?!{_HANDLED}))?")
# a clause that charges with no subject of its own (…作为主体,要…): 将, which also says what will
# happen, is left out
_SUBJECTLESS_CHARGE = re.compile(rf"\s*{_ALSO}(?:{MUST})")
# a sentence that goes on with the charge of the one before: 要督促…, 同时,要…, 还要…
_GOES_ON = re.compile(rf"\s*(?:同时|此外|另外)?[,，]?\s*(?:并|还|也)?(?:{MUST})(?![^，,；;。]{{0,6}}?(?:求|是))")
_CHARGED = re.compile(rf"{_ALSO}(?:{MUST}|将|负责|牵头|承担|担负|负有|履行|配合|协助|会同|是)")
# a charge after how often or on what it is to act: 每学期应开展…, 针对道路拥堵的问题要实施…, 在公安部门指导下,应…
_FRAMED_CHARGE = re.compile(
    rf"(?:每[学期年月周季天日度]{{1,3}}|(?:针对|按照|根据|依据|结合|围绕)[^，,；;。]{{1,20}}?|在[^，,；;。]{{1,20}}?[下中内])"
    rf"\s*[,，]?\s*{_ALSO}(?:{MUST})"
)
# a clause that is only an agency, its duty in the next clause: 创建工作领导小组,负责对全区…
_DUTY_OPENING = re.compile(r"(?:主要|具体)?(?:负责|承担)")
_MAX_LONE_SUBJECT = 12
# a measure's heading run into the agency after it: 加强领导创建工作领导小组
_HEADING = re.compile(
    r"^(?:加强|强化|明确|落实|健全|完善|形成|严格)(?:领导|组织|职责|责任|分工|合力|机制|保障|考核|宣传|督查|督导)"
)
# everything up to the last list number of a clause (五、工作措施1、加强领导…)
_LAST_ITEM = re.compile(rf"^.*(?:{ITEM_MARK})\s*")
_ENUM_LEAD = re.compile(r"^\s*[一二三四五六七八九十]+是\s*")
# (a number with its mark: 2020年已完成…, 十四五期间… open with no item number)
_ITEM_NUMBER = re.compile(
    r"^\s*(?:[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[\d一二三四五六七八九十]{1,3}\s*[)）.、．]|\d{1,2}\s)\s*"
)
# an office's duties under its name: parts between semicolons, or a comma before the next duty verb
# (建立…档案, 依法查处…, 开展…, 定期检查…: what it sets up or does by law or at intervals)
_OFFICE_DUTY = re.compile(
    r"负责|指导|协调|组织|承担|督促|监督|拟定|拟订|研究|受理|做好|管理|制定|制订|贯彻|统筹|审核|办理|推进|落实|参与|建立|依法|开展|定期"
)
# a section of the division of duties (四、职责分工, 三、部门职责): the bodies' sections under it list their duties
_DIVISION = re.compile(r"职责|分工")
_OFFICE_DUTY_PART = re.compile(rf"[^；;。,，:：]+(?:[,，](?!{_OFFICE_DUTY.pattern})[^；;。,，:：]+)*")
# a list item's number before a clause: (三)各乡镇中心学校要…, 2.市教育局负责…, ①县教育局负责…, or a rule's article number
# (第三条各级人民政府教育督导委员会负责…); and the date a step of a procedure is due by, before its doer
# (1.每年4月15日前各民办学校按规定时间将年检材料报送所属教育局)
_ITEM_LEAD = re.compile(
    r"\s*(?:(?:[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[\d一二三四五六七八九十]{1,3}\s*[.、．)）]|第[\d一二三四五六七八九十百]{1,4}条|[①-⑳])\s*)?"
    r"(?:(?:每年|每学期)?\d{1,2}月(?:\d{1,2}日)?(?:前|以前|之前|底前)\s*)?"
)
_MAX_CONTINUATION = 2
# a clause opening with a duty verb (确定培养对象名单, 组织同行专家进行考核, 按推荐数向市教育局推荐上报人选, 并及时…,
# 联合有关部门督促…):
# after a body's stated duty (in a plan or notice, what each body does), the body's next step
_NEXT_STEP = re.compile(
    r"\s*(?:并|同时)?(?P<verb>联合|组织|建立|健全|制定|制订|成立|开展|落实|做好|设立|编制|按|向|负责|加强|完善|及时|定期|统筹|"
    r"指导|督促|审核|确定|公布|提供|上报|汇总)"
)
# a clause that only frames the action to come (在编制、岗位总量内 / 按照有关标准 / 依据项目指标 / 根据年检中存在的问题 /
# 严格按照指标要求 / 按照职责分工): the duty continues into the next clause
_FRAME = re.compile(
    r"^(?:严格)?(?:在|于|从|按照|按|根据|依据|依照|对照|紧扣|围绕|结合|针对|立足|以|通过)[^，,；;]*"
    r"(?:内|中|上|下|时|前|后|期间|之间|基础上|范围|要求|规定|标准|细则|方案|办法|精神|部署|安排|指标|目标|方式|原则|实际|需要|条件|问题|分工|职责)$|"
    # what the action is on, its verb in the next clause (对全市报送的推荐人选,对照评选条件进行审核)
    r"^对(?!照)[^，,；;]{2,24}$"
)
# an exhortation without a task: 在创建工作中要全力以赴
_SLOGAN = re.compile(rf"^(?:在[^，,；;]*?中)?(?:也|均|都|还)?(?:要|必须|应当|应)[{CJK}]{{4}}$")
# a working group's goal item that is still a duty: 负责…, 督促学校…
_GOAL_DUTY = re.compile(r"^(?:主要|具体)?(?:负责|承担|担负|牵头|督促|指导|协调|组织)")
# an event a news report tells of (县教体局在会议室召开…会), not a duty
_EVENT = re.compile(r"召开|召集|举行|举办|出席|参加了|印发了|出台了|发布了")
_EVENT_REACH = 16
_DONE = re.compile(r"进行了|开展了|组织了|完成了|给予了|给予充分肯定")
_COMMA = re.compile(r"[,，]")
# in news, what schools as a whole will do (全市中小学将在下周开学, 试点学校将开通宽带) is a forecast of what
# comes to them, not a duty laid on a body
_FORECAST = re.compile(rf"{_ALSO}将")
# in news, 将 before a quoted name or 其 with no charge (省政府将“新建改扩建1000所幼儿园”列入十项民生实事, 市教委将其作为…):
# no verb opens with either, so 将 marks what is handled, as 把, and tells what a body did, no plan of it
_HANDLED_DONE = re.compile(r"(?:也|均|都|还)?将[“《其]")
_SCHOOLS_AS_A_WHOLE = re.compile(
    rf"^[{CJK}]{{0,4}}?(?:全[省市县区])?(?:试点|项目)?(?:{SCHOOL_KINDS})*(?:学校|中小学(?:幼儿园)?|幼儿园)$"
)
_ONLY_FRAME = re.compile(r"^(?:严格)?(?:按照|根据|依据|依照|遵照|本着|本著)[^，,；;]*(?:原则|精神|要求|规定|部署|安排|情况|实际|需要)$")
# a body set up or renamed, who sits in it, then its duty: 成立X,由…任组长,…,负责Y / 改为X,负责Y (具体负责Y: how it
# answers is part of its duty)
_SETTING_UP = re.compile(r"成立|设立|组建|改为|设在|下设")
# a group's office, set up under it and named by it (领导小组下设办公室,并抽调专职人员…,负责…日常管理工作): the
# clauses between say where it sits or who heads it, none with a duty of its own
_OFFICE_UNDER = re.compile(
    r"(?P<body>(?:领导小组|工作小组|委员会)下设办公室)[，,](?:(?:(?!负责)[^，,；;。]){0,30}[，,]){0,3}?"
    r"(?P<duty>(?:主要|具体)?负责[^，,；;。]{2,40})"
)
_OFFICE_SEATED = re.compile(
    r"(?P<body>(?:领导小组|工作小组|委员会)?办公室)设在[^，,；;。]{2,20}[，,](?:[^，,；;。]{0,20}[，,]){0,2}?"
    r"(?P<duty>(?:主要|具体)?负责[^，,；;。]{2,40})"
)
# (…组织, …机构, …专家组, …科室: what is set up is a body, whatever its name ends with; the short name in
# brackets after it, 信息化责任科室(技管中心), is what the text calls it)
_SET_UP = re.compile(
    r"(?:成立|设立|组建|改为)(?:相应的)?(?P<body>[^，,；;。由]{2,30}?"
    r"(?:领导小组|工作小组|委员会|办公室|中心|(?P<named>组织|机构|专家组|工作组|科室)))"
    r"(?:[(（](?P<short>[^()（），,；;。]{2,10})[)）])?"
    r"(?:[，,][^，,；;。]*){0,3}?[，,](?P<duty>(?:主要|具体)?负责[^，,；;。]{2,40}"
    # (and the clauses after that open with a duty verb: 负责控辍工作的领导和协调,研究、解决…具体问题)
    rf"(?:[，,](?:{_OFFICE_DUTY.pattern})[^，,；;。]{{2,40}})*)"
)
# 强化教学处的教科研职能, 履行…领导小组的统筹职责: a body's function (明确X的职能 only says one will be set)
_FUNCTION = re.compile(r"(?:发挥|强化|履行)(?P<body>[^，,；;。的]{2,20})的(?P<duty>[^，,；;。的]{1,16}(?:职能|职责))")
# a clause that restates the charge (…,要组织开展…): its task is a duty of its own
_RESTATED = re.compile(r"\s*(?:并|还|也|同时)?要(?![求是])")
# a clause saying what a charge is for, not what is to be done: 确保责任到人, 以保证…
_PURPOSE = re.compile(r"(?:确保|保证|保障|力争|以便|以)")
# 请各县(市、区)教育局…: a request to the agencies named
_REQUESTING = ("要求", "请", "希望")  # (what may open a clause before the bodies it charges)
_PLEASE = re.compile(r"\s*(?:请|望|希望)(?=各|[省市县区])")
# …or to the schools by their kind (请各学校于3月1日前…, 请各乡镇中心学校结合实际…, 请各中小学校、幼儿园…, the kindergartens
# noted in brackets: 请各中小学校(幼儿园)…); not the
# run of a longer name (各校长, 各学校的…, 各中小学 of 各中小学校)
# (请各乡镇中心小学…, 请各初中…: a level's schools by the level's name)
_SCHOOL = rf"(?:中心)?(?:{SCHOOL_KINDS})*(?:学校|校|中小学|幼儿园|小学|初中|中学|高中)"
_ASKED_SCHOOLS = re.compile(
    rf"各(?:乡镇|镇|县直|市直|区直|直属|地[、和及]?各?|级各类)?{_SCHOOL}(?:[、和及]各?{_SCHOOL})*(?:[(（]{_SCHOOL}[)）])?(?![的长园室校学生])"
)
# the roles people are charged by (the ontology's Roles: 教师, 班主任, 负责人…)
_PEOPLE_ROLES = vocab.roles()
# …and those asked (要求镇村干部及教师对…进行一次家访, 会议要求各班主任对学生…): the role with who they are
# before it, no charge of their own after it (要求全县领导干部要…: the subject rule reads that); teachers as a whole
# (要求教师精心备课) are told a norm, and name no one, as when charged
_ASKED_ROLE = re.compile(
    rf"(?:各|全体|所有|广大)?(?:(?![的在对把将被是要和与为了到])[{CJK}]){{0,6}}?(?:{'|'.join(_PEOPLE_ROLES)})"
    rf"(?!{'|'.join(_PEOPLE_ROLES)}|(?:也|均|都|还)?(?:要|必须|务必|一定))"
)
_SCHOOLS_TOO = re.compile(rf"[、和及](?:{_ASKED_SCHOOLS.pattern})")
# a reply to a deputy's or member's motion (…现答复如下:): what "we" will do (下一步我们将积极向上争取资金) is the
# issuer's commitment
_REPLY = re.compile(r"答复如下|函告如下|答复意见如下")
# (下一步,将着手…: after when, "we" may go unsaid)
_WE_WILL = re.compile(
    r"(?:^|[,，;；:：])\s*(?:(?:下一步|下步|今后|随后|接下来)[,，]?\s*(?:我们)?|(?:同时[,，]?\s*)?我们)(?:也|还)?(?:将会|将)"
)
# a body saying what it will do (县教育局相关负责人表示,下一步,将配合…) or answering a motion with what it does
# (县教体局答复巩固、办好…教学点): what it states is its commitment
_STATING = ("表示", "答复")
_STATED = re.compile("|".join(_STATING))
_SPOKESMAN = re.compile(r"(?:相关)?(?:负责人|负责同志)?")
_STATED_TASK = re.compile(r"[,，:：]?\s*(?:(?:下一步|今后|接下来|下阶段)[,，]?\s*)?(?P<will>(?:也|还)?将)?")
_CLAUSE_MARKS = "，,；;。:："  # (the clause of the body's name starts after the last)


# the bodies a charge names by what they are or do (承担体检工作的医疗机构必须…, 整改任务涉及的部门要…, 开展暑期托管的学校要…,
# 存在大班额的公办学校,要…): the bodies so described hold the charge, named with their description, as annotators
# name them; not the object of a verb before them (对存在问题的学校要…, 把…的学校), nor a bare condition (有条件的学校)
_DESCRIBED_HOLDER = re.compile(
    r"\s*(?P<subj>(?![对把将在向为与和及凡如若其尤特有由从按据])(?:(?![的要应须])[^，,；;。:：\s]){4,14}的"
    r"(?:(?![的要应须])[^，,；;。:：\s]){0,6}?(?:部门|单位|机构|学校|幼儿园))"
    rf"[,，]?\s*(?P<charge>(?:也|均|都|还)?(?:{MUST}))"
)


def _states(text: str) -> bool:
    """Whether `text` has a word of a body stating something (a substring test before the search)."""
    return any(word in text for word in _STATING)


# 已责成区教育局进行处理: the agency ordered to act
_ORDERED = re.compile(r"责成")
# 副州长要求州教育局讨论完善…, 会议要求各校收费工作必须…: the bodies a speaker asks, named right after 要求, are
# charged with what follows them, whatever its verb (a body's name opens with its place or 各)
_ASKED_OPENINGS = ("要求各", "要求省", "要求市", "要求县", "要求区", "要求州", "要求乡", "要求镇")
_ASKED_WORDS = (*_ASKED_OPENINGS, *_PEOPLE_ROLES)  # (one of them in a sentence holding 要求: an ask may charge)
_JOINER = re.compile(r"\s*[、和及与]\s*")
# a note in brackets that is part of the name: the bodies or places it also covers, (分局), (市、区)
_NAME_NOTE = re.compile(rf"[(（][{CJK}、]{{0,5}}[省市县区局][)）]")
# (责任单位:县教育局、县财政局) after a task; 牵头单位/配合单位 alike
# (责任单位(部门):…, 责任单位《处室》:…: what the field holds, noted after its name; 【牵头单位】县教育局: the
# field's name in brackets of its own, no colon)
_FIELD_NOTE = r"[(（《][^()（）《》:：]{1,6}[)）》]"
# the role in brackets after a holder (县教育局(牵头)、县财政局负责…): no part of its name
_ROLE_NOTE = re.compile(r"[(（](?:牵头|负责|配合|协助|协办|主责)[)）]")
# (责任单位:各县(市、区)教育局、各乡镇(街道)): the places a name also covers, in brackets within it; a role noted
# after a name (县教育局(牵头)) alike
_IN_NAME = rf"[(（][{CJK}、]{{0,6}}(?:[省市州盟县区旗局镇乡园]|街道)[)）]|{_ROLE_NOTE.pattern}"
# ((牵头:省教育厅;配合:省财政厅): a role alone naming the field)
_FIELD_ROLE = rf"(?:{UNIT_ROLE}|(?:牵头|配合|协办|参与)(?=\s*[:：]))"
# ([责任单位:市发改委、市教育局]: square brackets too)
_UNIT_LIST = re.compile(
    rf"[(（【〔\[［]?\s*{_FIELD_ROLE}\s*(?:{_FIELD_NOTE})?\s*[:：】]\s*(?P<list>(?:{_IN_NAME}|(?!{_FIELD_ROLE}|{TASK_FIELD}\s*[:：])[^()（）【】〔〕\[\]［］。;；\n:：])+)"
)
# (牵头领导:张三 before the units: the field and its value end the task's text)
_FIELD_BEFORE = re.compile(rf"[(（【〔]?\s*{TASK_FIELD}\s*[:：][^:：]*$")
_LIST_CLOSE = ")）】〕]］;；"  # what closes a unit list before the next task
# (…;完成时限:长期坚持);推进…(责任单位:…): the fields closed after a list, before the next task
_FIELD_FIRST = re.compile(rf"^(?:\s*{TASK_FIELD}\s*[:：][^{re.escape(_LIST_CLOSE)}]*[{re.escape(_LIST_CLOSE)}]+)+")
# a line of a task's fields alone (牵头单位:县教育局 / 完成时限:2024年12月), under the task's own line
_FIELD_LINE = re.compile(rf"\s*[(（【〔]?\s*(?:{UNIT_ROLE}|{TASK_FIELD})\s*[:：]")
# (each alternative of these opens with its word, so that a search skips to the words' first
# characters: a pattern that opens with a group is tried at every character)
_UNIT_NAMED = re.compile(
    r"单位\s*[:：(（《】]|部门\s*[:：(（《】]|科室\s*[:：(（《】]|处室\s*[:：(（《】]|股室\s*[:：(（《】]|牵头\s*[:：]|配合\s*[:：]"
)  # what every such list holds
# 推进集团化办学(县教育局负责), (县教育局、县财政局按职责分工负责): the agencies in brackets after a task;
# (县教育局牵头,县财政局配合): the lead's, its helpers holding no duty of their own
_ROLE_CLOSED = re.compile(r"牵头[)）]|负责[)）]|配合[)）]|协助[)）]|参与[)）]|落实[)）]|实施[)）]")
# (省教育厅牵头,省发展改革委、省财政厅等按职责分工负责): the roles' bracket, one body or list and its role to a
# part; the leads and those responsible hold the task, those helping (配合, 协助, 参与) do not; the names may
# hold brackets of their own (各县(市、区)人民政府负责)
_ROLE_BRACKET = re.compile(rf"[(（](?P<body>(?:{_IN_NAME}|[^()（）:：]){{3,80}}?(?:牵头|负责|配合|协助|参与|落实|实施))[)）]")
_ROLE_PART = re.compile(
    r"(?:由|并由)?(?P<list>.+?)(?:等(?:有关|相关)?(?:部门|单位)?)?(?:按照?职责分工|按职责|分工|共同|具体)?"
    r"(?P<role>牵头(?:负责)?|负责(?:落实|实施)?|配合|协助|参与|落实|实施)"
)
_ROLE_PARTS = re.compile(r"[,，;；]")
# (责任单位:县教育局、县财政局等): the list's closing 等 is no part of its last name
_LIST_ETC = re.compile(r"等(?:有关|相关)?(?:部门|单位)?$")
# 该项工作由县教育局负责, 招生计划由市教育局统一发布
_BY_AGENCY = re.compile(r"(?:并由|由)(?=[^，,；;。]{2,})")
# 由各中心小学负责对…, 由清华大学附属实验学校承办: a school, division or centre after 由, known by its kind only,
# before its role
_BY_UNIT = re.compile(rf"[{CJK}]{{2,12}}?(?=(?:具体|统一)?(?:负责|牵头|承办))")
_BY_ADVERB = re.compile(r"(?:主要|具体|统一|均|全部)$")
# a task's clause that gives its lead (…主要由县教育局牵头), before the clauses of its helpers
_LEAD_GIVEN = re.compile(r"(?:主要|具体|统一)?并?由[^，,；;。]{2,20}?(?:牵头|负责)$")
# 以上工作由省教育厅牵头: the work named by an anaphor
_ANAPHOR = re.compile(r"(?:以上|上述|此项|该项|这些|前述)")
# 本办法由学生处负责解释, 本规划由市教育局负责组织实施: the document itself
_THIS_DOCUMENT = re.compile(r"本(?:办法|方案|规划|行动计划|工作要点|细则|规定|制度|意见|通知|标准|规则|章程|条例|准则|计划|实施方案|实施细则)")
# 县政府分管领导, 县教育局主要负责人: the one who acts for the body named before
_OFFICIAL_POST = re.compile(r"(?:分管|主要)(?:领导|负责人|负责同志)")
_POST_ENDING = re.compile(rf"(?:{_OFFICIAL_POST.pattern})$")
# 由市自然资源局二级调研员罗某…担任组长: the agency's officials, named for who they are
_POST_AFTER = re.compile(r"(?:[一二三四]级)?(?:调研员|巡视员|副?局长|副?厅长|副?主任|副?书记|副?县长|副?市长|科长|干部)")
# 由市教育局安监处、…、班级安全委员构成的网络, 由市人民政府分管领导任召集人的联席会议, 组长由市教育局局长某某担任,
# 办公室主任由县教育局局长兼任:
# who a body is made of or chaired by, not who does a task
_COMPOSED_OF = re.compile(r"构成|组成|担任|兼任|任(?:召集人|组长|主任)")
# …是由X…的Z, also 是在…下,由X…的Z
_DEFINED = re.compile(r"是(?:在[^，,；;。]*[，,])?\s*$")
# (具体 written as an alternative of its own: a pattern whose alternatives open with literals lets a search skip to them)
# (牵头负责: the lead's role, told with both words)
_ROLE_WORD = re.compile(r"具体(?:负责|牵头|承担)(?:实施|落实)?|负责(?:实施|落实)?|牵头(?:负责|实施|落实)?|承担(?:实施|落实)?")
# 由X参与的, 由X共同组成的: a verb and 的 right after the bodies describe a thing by who makes it up
_BY_WHOM_MADE = re.compile(r"(?:共同|分别)?(?:参与|参加|组成|构成)的")
# …报市教育局核准: an agency approving what is sent to it
# (已经X批准 is an approval given before: the document's authority, no duty)
_REPORT_TO = re.compile(r"(?:报|报送|报请|提交|经(?<!已经))(?=[^，,；;。]{2,})")
_APPROVER_MAX = 20
_APPROVAL = re.compile(r"审批|核准|批准|审定")
# 经教育部门批准注册的幼儿园: what was approved, described, not an approval to give
_APPROVED_THING = re.compile(r"[^，,；;。]{0,4}的")
# a word every sentence rule needs: a unit list's colon, a bracketed role, an approval, a body set
# up, a function
_SENTENCE_RULE_WORDS = re.compile(
    rf"{_UNIT_NAMED.pattern}|{_ROLE_CLOSED.pattern}|{_APPROVAL.pattern}|{_SETTING_UP.pattern}|职"
)
# a clause that only names who leads or helps: 由县教育局负责 / 县财政局配合 / 区发改局、区财政局按职责分工负责
_HELPING = ("配合", "协助", "参与")
_ROLES = ("牵头", "负责", *_HELPING)
_ROLE_ONLY = Gated.of(
    re.compile(
        rf"^(?:由|并由)?(?P<subj>.+?)(?:按职责分工|按照职责分工|按职责|分工|共同|具体|牵头(?=负责))?(?:{'|'.join(_ROLES)})(?:实施|落实)?$"
    ),
    _ROLES,
)
# each rule of a sentence's clauses needs a role word, a duty opening (承担), an agency subject or one in its role
# (县教育局作为全县教育行政主管部门,要…: no subject's verb follows the name)
_ASSIGNING = re.compile(
    "|".join([*_ROLES, "承担"]) + r"|由(?=各|[省市县区]|[^，,；;。]{0,10}?(?:局|委|办|部门|政府|中心|小组|学校))"
    r"|作为(?=[^，,；;。]{0,24}?(?:单位|部门|处室|科室)[，,])"
)
# a word that one of the sentence rules (_SENTENCE_RULE_WORDS), the clause rules (_ASSIGNING, 请/望 of
# _PLEASE) needs, besides the agency subject's gate: a sentence without any (nine in ten) gives no duty
_DUTY_WORDS = (
    "单位", "部门", "科室", "处室", "股室", *_APPROVAL.pattern.split("|"), *_SETTING_UP.pattern.split("|"), "职",
    *_ROLES, "承担", "由", "请", "望", *_ASKED_OPENINGS,
)
# a clause opening with these is a condition or an action, not an agency as subject
_NOT_SUBJECT = re.compile(
    r"^(?:凡是|凡|涉及|发生|对|在|把|将|按照|根据|通过|如果|如|若|自(?![然治])|从|提高|提升|加强|强化|推进|实现|确保|鼓励|支持|引导|动员|邀请|抓好|做好|"
    r"组织|参加|参与|发挥|依托|利用|指导|督促|帮助|推动|促进|协调|深入|先后|为|与|同|让|使|成立|设立|建立|组建|形成|"
    # (保障学校在…, 进而提升学校在…: a verb or a conjunction opens the clause; 目前正在督促各校进行落实, 就近安排学校进行…:
    # when or where, then a verb and whom it acts on; 乙方每学期组织各学科…: a time frame and a verb inside it;
    # 及时向牵头部门反馈…, 积极配合市府办做好…, 进一步提高公办幼儿园…: how to act opens the charge's next clause, whom
    # it acts with or on follows; 联合有关部门督促…: a step taken jointly, its partners after it)
    r"保障|进而|从而|不断|目前|正在|就近|及时|积极|主动|认真|切实|定期|进一步|逐步|继续|充分|注重|精心|完善|联合)|由|每(?:学期|学年|年|月|周|天)[^，,；;。]*组织"
)


# the kind a list of agencies ends with (县教育局、县财政局等有关部门)
_LIST_KIND = re.compile(r"等(?<=[局委办室]等)(?:有关|相关)?(?:部门|单位)$")
# 县教育局作为牵头单位,负责…; 县级人民政府是承担学前教育任务的主体, 县教育局是课后服务的实施主体,要…: the agency,
# its role named before its duty
# (区教育体育局作为全区教育行政主管部门, 信息化处作为试点工作牵头处室: the field of the role, without 的)
_AS_ROLE = re.compile(
    r"(?:作为|是)(?:[^，,；;]{0,20}?的|[^，,；;的]{0,12}?)"
    r"(?:(?:牵头|责任|主责|主管|实施)(?:单位|部门|处室|科室)|(?:责任|实施|办学)?主体|第一责任人)$"
)
# 由县教育局牵头,会同县财政局制定…
# the review of how a body performs its duties, named by them (履行教育职责评价, 履行教育职责督导): no duty of its own
_DUTIES_REVIEWED = re.compile(r"履行[^，,；;。]{0,8}?职责的?(?:评价|督导|考核|督查|测评)")
_CO_LEAD = re.compile(r"^(?:会同|协同)")
# 县教育局会同县财政局负责…, 由县教育局依法会同县财政局…: the bodies the holder works with (an adverb may come
# between) share its duty, told without them
_WORKING_WITH = re.compile(r"[^，,；;。]{0,4}?(?:会同|协同)")
_WORKING_WITH_REACH = 8
# 县教育局协同县卫健委, / 由县教育局会同县财政局,: a body and, after the word, those it works with, the duty to come
_WITH_WORDS = ("会同", "协同", "联合")
_PARTNERED_CLAUSE = re.compile(rf"\s*(?:并由|由)?(?P<subj>[^，,；;。]{{2,20}}?)(?P<word>{'|'.join(_WITH_WORDS)})")
_JOINED = "联合"  # (the bodies joined share no duty: the duty keeps 联合X, as annotators read such news)
_PARTNERS_KIND = re.compile(r"等(?:有关|相关)?部门[,，]?")
_ROLE_NOTE_SUB = partial(_ROLE_NOTE.sub, "")
# a field named before a group's name (体育、卫生工作领导小组)
_FIELD = re.compile(rf"[{CJK}]{{2,4}}")
_GROUP_END = re.compile(r"(?:领导小组|工作小组)$")


def _holders(subject: str, matcher: AgencyMatcher) -> list[str]:
    """Split 县政府督查室、教育督导室 into agencies. Separators inside a known name
    (人力资源和社会保障部门) do not split; a bare place joins the next agency over 、; the kind
    the list ends with (县教育局、县财政局等部门) names no agency of its own."""
    subject = SHORT_FORM.sub("", _ROLE_NOTE.sub("", subject))
    if (shared := matcher.sharing(subject)) is not None:
        return shared  # 公安、消防、安监部门; 县发改、财政、住建局
    subject = _LIST_KIND.sub("", subject)
    protected = matcher.names_in(subject)
    names: list[str] = []
    pending = ""
    pos = 0
    for sep in _LIST_SPLIT.finditer(subject):
        if any(s <= sep.start() < e for s, e in protected):
            continue
        piece = pending + subject[pos : sep.start()]
        pos = sep.end()
        if matcher.is_subject(piece) or matcher.is_name(piece):
            names.append(piece)
            pending = ""
        elif sep.group() == "与":
            # 正与有关部门协调, 积极主动地与上级主管部门加强沟通: who the doer works with, not a holder
            return [matcher.normalize(n) for n in names if "的" not in n]
        else:
            # 各区、县教育局: a bare level joins the next agency, and so does a field that is no body
            # (体育、卫生工作领导小组: one group); 各乡镇、学校 are two subjects
            joins = piece[-1:] in "省市县区镇乡" or (_FIELD.fullmatch(piece) and _GROUP_END.search(subject))
            pending = piece + sep.group() if sep.group() == "、" and joins else ""
    names.append(pending + subject[pos:])
    return [matcher.normalize(n) for n in names if n and "的" not in n]


def extract_responsibilities(
    doc: StructuredDocument, matcher: AgencyMatcher, groups: WorkingGroups, reporting: bool,
    find_programs: ProgramMentions = program_mentions,
) -> list[Responsibility]:
    """Who is made answerable for what, sentence by sentence, each with its evidence and the program
    it concerns (found by `find_programs`); in a document `reporting` what was done, a body's clause is
    its duty only when it is charged or ordered."""
    found: list[Responsibility] = []
    rules = _Rules(doc, matcher, find_programs, reporting)
    title = doc.metadata.title
    offices = _office_sections(doc, matcher)
    charged: list[str] = []  # who the sentence before charged, for a charge that goes on without a subject
    items: ItemList | None = None  # the list of duties the lines read are items of (县教育局负责以下工作: / 1.…)
    # (如下 first: a substring test spares most documents the search)
    replying = doc.metadata.issuer if "如下" in doc.norm.text and _REPLY.search(doc.norm.text) else None
    stating = _states(doc.norm.text)  # (most documents: no body states anything)
    for i, (sent, may_assign) in enumerate(zip(doc.sentences, _may_assign(doc))):
        if title and sent.text.strip() == title:
            continue  # a title names what the document is about (检查组对…督导检查反馈意见), no duty
        facts: list[Responsibility] = []
        if group := groups.duties[i] or groups.goals[i]:  # an item of a working group's duties or goals
            facts = rules.group_item(i, group, is_goal=groups.goals[i] is not None)
        elif offices[i]:
            facts = rules.office_duties(i, offices[i])
        elif may_assign:  # (most sentences: no rule can assign a duty in them)
            facts = rules.sentence_duties(i)
            if not facts and charged and _same_paragraph(doc, i):
                facts = rules.charge_going_on(i, charged)
        if not facts and replying and "将" in sent.text:
            facts = rules.commitments(i, replying)
        if not facts and stating and _states(sent.text):
            facts = rules.statements(i)
        if items is not None:
            item, going_on = items.item(doc, i)
            facts = facts or (rules.item_duties(i, items.holders, *item) if item else [])
            items = items if going_on else None
        # (a list is announced at a colon: most sentences, ending with none, are spared the call)
        if sent.text.rstrip().endswith((":", "：")) and (
            (holder := list_holder(sent.text, matcher, rules.charges_only)) is not None
        ):
            items = ItemList(_holders(holder, matcher))
        found.extend(facts)
        charged = sorted({r.agency for r in facts}) if facts else []
    return kept_duties(_group_duties(found), news=rules.news, task_plan=doc.metadata.kind in _TASK_PLANS)


# a working group (防范溺水工作领导小组, 专项工作小组, 区域教育中心建设专班): what it is to do is a list of its
# duties, one per clause that opens with a duty verb (要定期召开联席会议,研究部署…,分析研判…,并定期开展…检查)
_GROUP_HOLDER = re.compile(r"(?:小组|委员会|专班)$")
_GROUP_DUTY_SPLIT = re.compile(rf"[，,]\s*(?:并|还)?(?=(?:{_OFFICE_DUTY.pattern}|分析))")
_MIN_GROUP_DUTY = 4
_DUTY_START = 6  # (the characters of a duty it is found by in its evidence)


def _group_duties(found: list[Responsibility]) -> list[Responsibility]:
    """`found`, a working group's duty of several clauses each opening with a duty verb split into one duty per
    clause (so long as each is a task of its own, not a word or two)."""
    out: list[Responsibility] = []
    for r in found:
        if ("，" in r.duty or "," in r.duty) and _GROUP_HOLDER.search(r.agency) and _own_charge(r):
            parts = [p.strip() for p in _GROUP_DUTY_SPLIT.split(r.duty)]
            if len(parts) > 1 and min(map(len, parts)) >= _MIN_GROUP_DUTY:
                out.extend(replace(r, duty=p) for p in parts)
                continue
        out.append(r)
    return out


def _own_charge(r: Responsibility) -> bool:
    """Whether the evidence states the duty and names no holder after it: not a task of a list the holder is put
    to (…,推进区域教育中心建设强势开局。(责任单位:…专班)), which is told whole."""
    text = r.evidence.text
    at = text.find(r.duty[:_DUTY_START])
    return at >= 0 and text.find(r.agency, at) < 0


# a document cut off mid-word (…县教育局负责组): a few characters of a duty running to the cut name no task; a longer
# duty holds the task's words
_WORD_CHAR = re.compile(rf"[{CJK}]")
_CUT_DUTY_MAX = 8
# …nor does a frame cut before the action it frames (县教育局将严格按照省、市、县关|), however long
_CUT_FRAME = re.compile(r"(?:认真|严格)?(?:按照|根据|依据|依照)[^，,；;]*$")


def whole_duties(doc: StructuredDocument, found: list[Responsibility]) -> list[Responsibility]:
    """`found` but the short duties and the frames that run to where the document stops in the middle of a word (no
    mark closing its last sentence and nothing after it); their holders are still named there."""
    tail = doc.sentences[-1].text.rstrip() if doc.sentences else ""
    if not tail or _WORD_CHAR.match(tail[-1]) is None or doc.norm.text[doc.sentences[-1].end :].strip():
        return found  # (most documents: a mark closes the last sentence)
    return [r for r in found if not (_runs_to(tail, r) and (len(r.duty) <= _CUT_DUTY_MAX or _CUT_FRAME.match(r.duty)))]


_DEPARTMENT = "部门"


def joint_holders(found: list[Responsibility]) -> list[Responsibility]:
    """`found` but a duty charged to fields that share the word 部门 (市州教育、财政部门向省级…上报…) held once, by
    the list as written: the fields act together, as one body, in what the charge asks (the agencies of the
    document are still each field's department)."""
    out: list[Responsibility] = []
    i = 0
    while i < len(found):
        r, j = found[i], i + 1
        while j < len(found) and found[j].duty == r.duty and found[j].evidence == r.evidence:
            j += 1
        joint = _joint(found[i:j]) if j - i > 1 and r.table is None and r.agency.endswith(_DEPARTMENT) else None
        out.extend([replace(r, agency=joint)] if joint else found[i:j])
        i = j
    return out


def _joint(run: list[Responsibility]) -> str | None:
    """The list of fields sharing 部门 the agencies of `run` were read from, as its first one is named (its place
    before it), or None."""
    names = [r.agency for r in run]
    if not all(n.endswith(_DEPARTMENT) for n in names):
        return None
    fields = [n[: -len(_DEPARTMENT)] for n in names]
    rest = "、" + "、".join(fields[1:])
    text = run[0].evidence.text
    if rest not in text:
        return None
    for m in FIELDS_SHARING.finditer(text):
        listed = m["fields"].split("、")
        if len(listed) == len(fields) and listed[1:] == fields[1:] and fields[0].endswith(listed[0]):
            return fields[0][: len(fields[0]) - len(listed[0])] + m.group()
    return None


def _runs_to(tail: str, r: Responsibility) -> bool:
    """Whether the duty of `r` ends its evidence and that ends the sentence `tail`."""
    evidence = r.evidence.text.rstrip()
    return evidence.endswith(r.duty) and tail.endswith(evidence)


def _same_paragraph(doc: StructuredDocument, i: int) -> bool:
    """Whether sentence i runs on from the one before, in the same paragraph of the same section."""
    if not i:
        return False
    before, sent = doc.sentences[i - 1], doc.sentences[i]
    return before.section == sent.section and doc.paragraph_start(sent) <= before.start


def _office_sections(doc: StructuredDocument, matcher: AgencyMatcher) -> list[str | None]:
    """For each sentence, the office whose duties it lists, if any: a section headed by an office's name
    alone ((一)办公室。 (二)组织人事科。: a bureau's offices, each with its duties), or a line that names
    a body alone before lines of duties (a duty table read row by row: 市教育局 / 负责校园食品安全管理工作。)."""
    offices = [_unit_named(s.heading, matcher) for s in doc.sections]
    found = [None if s.section is None else offices[s.section] for s in doc.sentences]
    body = None  # the body of the last line that named one alone, while its duties follow
    for i, sent in enumerate(doc.sentences):
        if found[i] is None and body and _OFFICE_DUTY.match(sent.text.strip()):
            found[i] = body
        elif len(sent.text.strip(_NAME_MARKS)) <= _MAX_LONE_SUBJECT and _whole_line(doc, i):
            body = _unit_named(sent.text, matcher)  # (a line too long to be a name alone is no body's)
        else:
            body = None
    return found


_NAME_MARKS = " 。:："  # around a body's name on a line or heading of its own


def _unit_named(line: str, matcher: AgencyMatcher) -> str | None:
    """The body a short line or heading names alone (办公室。, 市市场监督管理局), else None."""
    name = line.strip(_NAME_MARKS)
    # (本办法由学生处负责解释, a heading too, names its body with a role: a sentence, not a name)
    alone = len(name) <= _MAX_LONE_SUBJECT and not _ROLE_WORD.search(name)
    return matcher.normalize(name) if alone and matcher.is_unit(name) else None


def _whole_line(doc: StructuredDocument, i: int) -> bool:
    """Whether sentence i is a line of its own."""
    sent = doc.sentences[i]
    after = doc.sentences[i + 1] if i + 1 < len(doc.sentences) else None
    return doc.paragraph_start(sent) == sent.start and (after is None or doc.paragraph_start(after) >= sent.end)


def _may_assign(doc: StructuredDocument) -> list[bool]:
    """For each sentence, whether it holds a word of duty, a subject's last word with the first after it
    (the gate of AgencyMatcher.subject) or a role with its charge."""
    return may_hold(doc.norm.text, doc.sentences, _assign_gate())


@cache
def _assign_gate() -> re.Pattern[str]:
    # (one search of a document for the three: three searches each skip only to their own words' first characters)
    asked = ["要求" + role for role in _PEOPLE_ROLES]
    return any_word_or_pair([*_DUTY_WORDS, *_CHARGED_ROLES, *asked], *subject_words())


# A rule reads the clauses of one sentence from clause j on: (its responsibilities, the next clause
# to read), or None when it does not apply.
_Hit = tuple[list[Responsibility], int] | None
_ClauseRule = Callable[[int, list[tuple[int, int]], int], _Hit]


class _Rules:
    """The rules that give responsibilities, bound to one document."""

    def __init__(
        self, doc: StructuredDocument, matcher: AgencyMatcher, find_programs: ProgramMentions, reporting: bool
    ) -> None:
        self.doc = doc
        self.matcher = matcher
        # clauses of a sentence ask for the sentence's program again
        self.program = cache(lambda about: _first_program(about, find_programs))
        # several rules ask whether a clause opens with one
        self.subject_of = cache(partial(_subject_match, matcher))
        self.news = doc.metadata.kind == "新闻"
        self.role_spans: list[tuple[int, int]] = []  # the roles' brackets the sentence rules read in a sentence
        # a report, and news even of a plan (市教育局制定《…实施意见》, 各校按照…), tell what bodies did: only a charge
        # is a duty
        self.charges_only = reporting or self.news

    # (the rules are handed out, not kept: bound methods kept on the object would make a cycle that
    # holds the whole document until the cycle collector runs)
    def sentence_rules(self) -> tuple[Callable[[int], list[Responsibility]], ...]:
        """The rules that read a whole sentence; any of them needs one of _SENTENCE_RULE_WORDS."""
        return self.unit_lists, self.bracketed_roles, self.approvals, self.set_up, self.functions

    def clause_rules(self) -> tuple[_ClauseRule, ...]:
        """The rules of a sentence's clauses, in order: the first that applies to a clause wins."""
        return (
            self.roles, self.partnered_clause, self.by_agency, self.please, self.lone_subject, self.listed_subjects,
            self.subject, self.asked, self.described_holder,
        )

    def sentence_duties(self, i: int) -> list[Responsibility]:
        """The duties sentence i assigns: by the rules that read it whole, then part by part (；), clause by
        clause."""
        text = self.doc.sentences[i].text
        found: list[Responsibility] = []
        self.role_spans = []
        if _SENTENCE_RULE_WORDS.search(text):  # few sentences: one search spares five calls
            for sentence_rule in self.sentence_rules():
                found.extend(sentence_rule(i))
        # (请/望 before _PLEASE: a pattern opening with blanks is tried at every character)
        if not (_ASSIGNING.search(text) or self.matcher.subject.may_match(text) or _CHARGED_ROLE_GATE.search(text) or (
            ("请" in text or "望" in text) and _PLEASE.search(text)
        ) or ("要求" in text and any(word in text for word in _ASKED_WORDS))):
            return found  # most sentences: no clause of them can assign a duty
        clause_rules = self.clause_rules()
        last: list[Responsibility] = []
        for seg in _SEGMENT.finditer(text):
            spans = [(seg.start() + s, seg.start() + e) for s, e in clauses(seg.group())]
            if spans and (lead := _ITEM_LEAD.match(text, spans[0][0], spans[0][1])):
                spans[0] = (lead.end(), spans[0][1])
            if self.role_spans:  # (the clauses of a roles' bracket, read whole, give no duties of their own)
                spans = [(s, e) for s, e in spans if not any(bs <= s and e <= be + 1 for bs, be in self.role_spans)]
            if "—" in seg.group() and spans:
                spans = self._dash_split(text, spans)
            facts = self._clause_duties(i, spans, clause_rules)
            if not facts and last and spans and text.startswith(_DUTY_VERBS, spans[0][0]):
                facts = self._next_duty(i, last, spans)
            last = facts if facts and facts[0].duty.startswith(_DUTY_VERBS) else []
            found.extend(facts)
        return found

    def _dash_split(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """县教育局——负责…: a dash between a body and its duty parts them as a colon does."""
        cs, ce = spans[0]
        m = _DASH_DUTY.search(text, cs, ce)
        if not m or not _lone_subject(text[cs : m.start()], self.matcher):
            return spans
        return [(cs, m.start()), (m.end(), ce), *spans[1:]]

    def _next_duty(self, i: int, last: list[Responsibility], spans: list[tuple[int, int]]) -> list[Responsibility]:
        """县教育局:负责A;负责B: a part opening with 负责 after a part whose holders' duty opened with it is theirs
        too, the items of one body's duties."""
        text = self.doc.sentences[i].text
        start, end = spans[0][0], spans[-1][1]
        duty = text[start:end].strip()
        holders = list(dict.fromkeys(r.agency for r in last))
        return self._facts(i, holders, duty, start, end, text) if len(duty) >= 4 else []

    def _clause_duties(
        self, i: int, spans: list[tuple[int, int]], clause_rules: tuple[_ClauseRule, ...]
    ) -> list[Responsibility]:
        """The duties the clauses `spans` of sentence i assign: at each clause, the first rule that applies."""
        found: list[Responsibility] = []
        j = 0
        while j < len(spans):
            for rule in clause_rules:
                if (hit := rule(i, spans, j)) is not None:
                    facts, j = hit
                    found.extend(facts)
                    break
            else:
                j += 1
        return found

    def _facts(self, i: int, holders: list[str], duty: str, start: int, end: int, about: str) -> list[Responsibility]:
        sent = self.doc.sentences[i]
        evidence = self.doc.evidence(sent, sent.start + start, sent.start + end)
        program = self.program(about)
        return [Responsibility(h, duty, evidence, program) for h in holders]

    def charge_going_on(self, i: int, holders: list[str]) -> list[Responsibility]:
        """(教育部门要…。)要会同交通运管部门定期…: a charge with no subject of its own that names bodies,
        right after a sentence of the same paragraph that charged others, is theirs too."""
        text = self.doc.sentences[i].text
        if not (m := _GOES_ON.match(text)):
            return []
        duty = text[m.end() :].strip("；;。 ")
        if len(duty) < 4 or _SLOGAN.match(duty):
            return []
        return self._facts(i, holders, duty, m.end(), len(text), text)

    def commitments(self, i: int, issuer: str) -> list[Responsibility]:
        """(…,下一步我们将积极向上争取资金,…。) in a reply to a motion: the rest of the sentence is the issuer's."""
        text = self.doc.sentences[i].text
        if not (m := _WE_WILL.search(text)):
            return []
        duty = text[m.end() :].strip("；;。 ")
        if len(duty) < 4 or duty[-1] in ":：":
            return []  # (我们将重点抓好以下三方面工作: names no task, its items do)
        return self._facts(i, [issuer], duty, m.start(), len(text), text)

    def statements(self, i: int) -> list[Responsibility]:
        """县教育局相关负责人表示,下一步,将配合…; 县教体局答复巩固…: what a body states it will do or does, to the
        end of the sentence's part (表示 only of what it will do: 将)."""
        text = self.doc.sentences[i].text
        for m in _STATED.finditer(text):
            start = max(text.rfind(mark, 0, m.start()) for mark in _CLAUSE_MARKS) + 1
            end = self._agencies_from(text, start, m.start())
            if end is None or not _SPOKESMAN.fullmatch(text, end, m.start()):
                continue
            task = _STATED_TASK.match(text, m.end())
            if m.group() == "表示" and not task["will"]:
                continue
            if not (part := _SEGMENT.match(text, task.end())):
                continue
            duty = part.group().strip(" ,，")
            if len(duty) >= 4:
                return self._facts(i, _holders(text[start:end], self.matcher), duty, start, part.end(), text)
        return []

    def group_item(self, i: int, group: str, is_goal: bool) -> list[Responsibility]:
        """A working group's 工作职责 item is its duty; a 工作目标 item only when it opens with a duty verb."""
        doc, text = self.doc, self.doc.sentences[i].text
        if is_goal and next(find_quantities(text), None):
            return []  # a quantitative goal is the group's target, not a duty
        duty = _without_number(text).strip("；;。 ")
        duty = re.sub(r"^.*(?:工作职责|主要职责|工作目标|目标任务)[:：]\s*", "", duty)
        duty = _without_number(duty)
        if is_goal and not _GOAL_DUTY.match(duty):
            return []  # a state to reach, not a duty
        if not _ITEM_NUMBER.match(text) and i and garbled_at(doc.sentences[i - 1].text) is not None:
            return []  # the rest of an item a broken scrape split
        if len(duty) < 4:
            return []
        return self._facts(i, [self.matcher.normalize(group)], duty, 0, len(text), duty)

    def office_duties(self, i: int, office: str) -> list[Responsibility]:
        """An office's duties under its name: each part of the sentence that opens with a duty verb
        (负责文电、会务…工作;指导学校安全风险防控体系建设,指导、协调…); under a heading of the division of
        duties (四、职责分工 / (一)各级人民政府:对本行政区域内…负主要责任;合理配置教育资源…), every part after the
        body's name."""
        text = self.doc.sentences[i].text
        start, divided = self._after_division_heading(i)
        found: list[Responsibility] = []
        for part in _OFFICE_DUTY_PART.finditer(text, start):
            duty = part.group().strip()
            if len(duty) >= 4 and (divided or _OFFICE_DUTY.match(duty)):
                found += self._facts(i, [office], duty, part.start(), part.end(), duty)
        return found

    def _after_division_heading(self, i: int) -> tuple[int, bool]:
        """Where the parts of sentence i open after the body's name that heads its section, and whether that
        section is one of the division of duties (its parent's heading names 职责 or 分工)."""
        doc = self.doc
        at = doc.sentences[i].section  # (a body named on a line alone heads no section)
        section = doc.sections[at] if at is not None else None
        if section is None or section.parent is None or not _DIVISION.search(doc.sections[section.parent].heading):
            return 0, False
        text = doc.sentences[i].text
        lead = _ITEM_LEAD.match(text).end()
        named = text.startswith(section.heading, lead)
        return (lead + len(section.heading) if named else 0), True

    def unit_lists(self, i: int) -> list[Responsibility]:
        """(责任单位:县教育局、县财政局) lists: the task is the text before, else the sentence or heading before."""
        return _unit_lists(self.doc, i, self.matcher)

    def bracketed_roles(self, i: int) -> list[Responsibility]:
        """推进集团化办学(县教育局负责): the agencies in brackets after a task hold it."""
        text = self.doc.sentences[i].text
        found: list[Responsibility] = []
        self.role_spans = []
        for m in _ROLE_BRACKET.finditer(text) if _ROLE_CLOSED.search(text) else ():
            holders = self._role_bracket_holders(m["body"])
            if not holders:
                continue
            task = _ITEM_NUMBER.sub("", text[: m.start()]).strip(" ,，;；:：")
            if not task and not m.start() and i and self.doc.sentences[i - 1].section == self.doc.sentences[i].section:
                # 推进集团化办学。(县教育局负责): the brackets after the task's full stop, a sentence of their own
                task = _ITEM_NUMBER.sub("", self.doc.sentences[i - 1].text).strip(" ,，;；:：。")
            if len(task) >= 2:
                found += self._facts(i, holders, task, 0, m.end(), task)
                self.role_spans.append((m.start(), m.end()))
        return found

    def _role_bracket_holders(self, body: str) -> list[str] | None:
        """The bodies that hold the task of a roles' bracket (县教育局牵头,县财政局配合 → 县教育局), None unless
        every part of it is a list of known bodies with its role."""
        holders: list[str] = []
        for part in _ROLE_PARTS.split(body):
            m = _ROLE_PART.fullmatch(part.strip())
            if not m:
                return None
            names = _holders(m["list"].replace("会同", "、"), self.matcher)  # (省教育厅会同省财政厅负责: both)
            if not names or not all(self.matcher.is_name(h) or self.matcher.is_subject(h) for h in names):
                return None
            holders += [] if m["role"] in _HELPING else names
        return holders

    def roles(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """由县教育局负责,县财政局配合: clauses that only name who leads or helps, and the task they share."""
        text = self.doc.sentences[i].text
        role: list[str] = []  # the leads: a helper (公安、消防部门配合) supports them, with no duty of its own
        k = j
        while k < len(spans) and (holders := _role_holders(clause := text[spans[k][0] : spans[k][1]], self.matcher)):
            role += [] if clause.strip().endswith(_HELPING) else holders
            k += 1
        if k == j:
            return None
        if k == j + 1 and role and text.startswith((":", "："), spans[j][1]):
            return self._items_after(i, role, spans[j][1] + 1), len(spans)  # 县教育局负责:1.…;2.…
        after = text[spans[k][0] : spans[-1][1]] if k < len(spans) else ""
        if _CO_LEAD.match(after):
            # 由县教育局牵头,会同县财政局制定…: the lead's task is told without the bodies it works with, who
            # hold it too by the clause's own subject
            after = self._shared_with(after.strip())[1]
        elif after and (doer := self.subject_of(text[spans[k][0] : spans[k][1]])):
            # 由县教育局牵头,县财政局配合,各乡镇人民政府具体实施: a clause with its own doer is no task of theirs, but
            # for what the bodies after the lead are responsible for (县教育局牵头,县财政局、县人社局负责落实…)
            own = _DUTY_OPENING.match(doer["rest"])
            after = doer["rest"][own.end() :] if own else ""
        task = _role_task(self.doc, i, text, spans, j, after)
        return (self._facts(i, role, task, spans[j][0], spans[k - 1][1], task) if task and role else []), k

    def item_duties(self, i: int, holders: list[str], start: int, end: int) -> list[Responsibility]:
        """Sentence i's item text[start:end], listed under `holders`, as their duty."""
        duty = self.doc.sentences[i].text[start:end]
        return self._facts(i, holders, duty, start, end, duty)

    def _items_after(self, i: int, holders: list[str], start: int) -> list[Responsibility]:
        """The items listed in sentence i from `start` on (1.制定…;2.统筹…), each a duty of `holders`, without its
        number; an item with a doer of its own (2.县财政局负责…) is that doer's."""
        text = self.doc.sentences[i].text
        found: list[Responsibility] = []
        for part in _SEGMENT.finditer(text, start):
            lead = _ITEM_LEAD.match(text, part.start(), part.end())
            item = text[lead.end() : part.end()].strip()
            if len(item) >= 2 and not self._own_subject(text[lead.end() : part.end()]):
                found += self._facts(i, holders, item, lead.end(), part.end(), item)
        return found

    def _agencies_from(self, text: str, start: int, end: int) -> int | None:
        """Where the agencies named one after another from `start` end (请各县教育局、县财政局…), or None
        when no agency stands at `start`."""
        names = self.matcher.names_in(text[start:end])
        if not names or names[0][0] != 0:
            return None
        run_end = start + max(e for _, e in _leading_run(names, text[start:end]))
        # 请各县、市、区教育局(分局)…: the note is the name's, as is the short form it defines (县委编办(以下简称编办))
        note = _NAME_NOTE.match(text, run_end, end) or SHORT_FORM.match(text, run_end, end)
        return note.end() if note else run_end

    def _shared_with(self, duty: str) -> tuple[list[str], str]:
        """The bodies a duty opening with 会同/协同 names as partners, and the duty without them: ([], duty) when
        it names none."""
        opening = duty[:_WORKING_WITH_REACH]
        if "会同" not in opening and "协同" not in opening:  # (most duties: no partner)
            return [], duty
        m = _WORKING_WITH.match(duty)
        end = self._agencies_from(duty, m.end(), len(duty)) if m else None
        if end is None:
            return [], duty
        partners = _holders(duty[m.end() : end], self.matcher)
        if kind := _PARTNERS_KIND.match(duty, end):
            end = kind.end()
        rest = duty[end:].lstrip(" ,，")
        # (会同市教体局、市规划编制研究院…: a list running on past the names known is left whole)
        if len(rest) < 2 or not partners or _JOINER.match(rest):
            return [], duty
        return partners, duty[: m.end() - len("会同")] + rest  # (the adverb before the word stays: 依法开展…)

    def _worked_with_only(self, duty: str) -> bool:
        """Whether a duty opening with 会同 tells no task of its own: its partners are all it names, or the
        clause they open tells of a meeting held (会同市教体局、市规划编制研究院召开…对接会)."""
        clause = _COMMA.split(duty, 1)[0]
        if _EVENT.search(clause):
            return True
        if (m := _WORKING_WITH.match(duty)) is None:
            return False
        if FIELDS_SHARING.fullmatch(duty, m.end()):  # (fields sharing 部门: 会同公安、城管、民政等部门)
            return True
        if (end := self._agencies_from(duty, m.end(), len(duty))) is None:
            return False
        if kind := _PARTNERS_KIND.match(duty, end):
            end = kind.end()
        return len(duty[end:].strip(" ,，。")) < 2

    def _by_doer(self, text: str, cs: int, ce: int) -> bool:
        """Whether the clause text[cs:ce] names its own doer after 由 (区属学校由区教育局推荐)."""
        by = _BY_AGENCY.search(text, cs, ce)
        return by is not None and self._agencies_from(text, by.end(), ce) is not None

    def by_agency(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """市区高中招生计划由市教育局统一发布: the agencies after 由 do what follows them, on the task before 由."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        by = _BY_AGENCY.search(text, cs, ce)
        if by and self.role_spans and any(bs < by.start() < be for bs, be in self.role_spans):
            return None  # (建立…台账(由县教育局负责): the roles' bracket, read whole, gave the duty)
        subject_end = self._agencies_from(text, by.end(), ce) if by else None
        if subject_end is None and by and (office := self.subject_of(text[by.end() : ce])):
            subject_end = by.end() + office.end("subj")  # 由学生处负责解释: an office, named only as a subject
        elif subject_end is None and by and (unit := _BY_UNIT.match(text, by.end(), ce)):
            subject_end = unit.end() if self.matcher.is_unit(unit.group()) else None
        if subject_end is None or _COMPOSED_OF.search(text, subject_end, ce) or _POST_AFTER.match(text, subject_end):
            return None
        if _DEFINED.search(text, 0, by.start()) and "的" in text[subject_end:ce]:
            return [], j + 1  # 学业水平考试是由省级教育行政部门组织实施的考试: what a thing is, not a duty
        if _BY_WHOM_MADE.match(text, subject_end, ce):
            return [], j + 1  # 建立由教育、卫生等部门共同参与的…机制: what a thing is made of, not a duty
        # (由县政府分管领导牵头: the official acts for the body)
        acts_at = post.end() if (post := _OFFICIAL_POST.match(text, subject_end)) else subject_end
        partners, action = self._shared_with(text[acts_at:ce].strip())
        # 该项工作主要由…: the adverb is the 由 clause's; 二是由…: the item's count is no task
        task = _BY_ADVERB.sub("", _ENUM_LEAD.sub("", text[cs : by.start()]).strip())
        if len(action) < 2:
            return None
        holders = _holders(text[by.end() : subject_end], self.matcher) + partners
        duty = f"{task}{action}" if task and not _ROLE_WORD.fullmatch(action) else (task or action)
        if (_ANAPHOR.match(task) and _ROLE_WORD.fullmatch(action)) or _THIS_DOCUMENT.fullmatch(task):
            # 以上工作由省教育厅牵头: the role is what is said of the agency; 本办法由学生处负责解释: what it does to
            # the document
            duty = f"{action}{task}"
        facts = self._facts(i, holders, duty, cs, ce, text)
        if _ROLE_WORD.fullmatch(action) and j + 1 < len(spans) and _DUTY_OPENING.match(text, spans[j + 1][0]):
            # 该项目由高等学校牵头,负责项目总体设计和安排: what the lead is to do, a duty of its own
            ns, ne = spans[j + 1]
            return facts + self._facts(i, holders, text[ns:ne].strip(), ns, ne, text), j + 2
        return facts, j + 1

    def approvals(self, i: int) -> list[Responsibility]:
        """…审核后报市教育局核准: the agency a matter goes to for approval holds the approval."""
        text = self.doc.sentences[i].text
        found: list[Responsibility] = []
        for m in _REPORT_TO.finditer(text) if _APPROVAL.search(text) else ():
            names = self.matcher.names_in(text[m.end() : m.end() + _APPROVER_MAX])
            if not names or names[0][0] != 0:
                continue
            end = m.end() + names[0][1]
            if (verb := _APPROVAL.match(text, end)) and not _APPROVED_THING.match(text, verb.end()):
                found += self._facts(i, [self.matcher.normalize(text[m.end() : end])], verb.group(), m.start(), verb.end(), text)
        return found

    def set_up(self, i: int) -> list[Responsibility]:
        """成立…领导小组,由…任组长,…,负责制定…: a body set up (a group, an organisation, a division under its
        short name) holds the duty its sentence gives it; so does a group's office seated in a body
        (领导小组办公室设在县教体局,…,负责处理…日常工作) or set up under it (领导小组下设办公室,…,负责…: 领导小组办公室)."""
        text = self.doc.sentences[i].text
        m = (
            (_SET_UP.search(text) or _OFFICE_UNDER.search(text) or _OFFICE_SEATED.search(text))
            if "负责" in text and _SETTING_UP.search(text) else None
        )
        if not m:
            return []
        # (only _SET_UP has the groups of a body set up by its kind of name, and of its short name)
        groups = m.groupdict()
        body = groups.get("short") or m["body"].replace("下设", "")  # (领导小组下设办公室: 领导小组办公室)
        if not groups.get("named") and not self.matcher.is_subject(body):
            return []
        return self._facts(i, _holders(body, self.matcher), m["duty"], m.start(), m.end(), text)

    def functions(self, i: int) -> list[Responsibility]:
        """充分发挥体育、卫生工作领导小组的协调、管理职能: the body holds the function named."""
        text = self.doc.sentences[i].text
        found: list[Responsibility] = []
        for m in _FUNCTION.finditer(text) if "职" in text else ():
            if self.matcher.is_subject(m["body"]):
                found += self._facts(i, _holders(m["body"], self.matcher), m["duty"], m.start(), m.end(), text)
        return found

    def please(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """请各县(市、区)教育局结合实际,抓好落实; 责成区教育局进行处理: the agencies asked or ordered, and
        the rest of the sentence."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        m = _PLEASE.match(text, cs, ce) or _ORDERED.search(text, cs, ce)
        subject_end = self._agencies_from(text, m.end(), ce) if m else None
        if subject_end is None and m and (asked := _ASKED_SCHOOLS.match(text, m.end(), ce)):
            subject_end = asked.end()  # 请各学校于3月1日前…: schools by their kind, which no vocabulary name holds
        elif subject_end is not None and (asked := _SCHOOLS_TOO.match(text, subject_end, ce)):
            subject_end = asked.end()  # 请各县(市、区)教育局、各直属学校…: and the schools after the agencies
        if subject_end is None:
            return None
        end = spans[-1][1]
        duty = text[subject_end:end].strip(" ,，;；:：。")
        holders = _asked_holders(text[m.end() : subject_end], self.matcher)
        if len(duty) < 2 or not holders:
            return None
        return self._facts(i, holders, duty, cs, end, text), len(spans)

    def asked(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """副州长要求州教育局讨论完善《…》,做实、做细: the agencies asked, right after 要求, hold what follows
        them to the end of the charge, whatever its verb (a subject's verb list does not hold 讨论)."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        at = text.find("要求", cs, ce)  # (most clauses: none)
        if at < 0:
            return None
        start = at + len("要求")
        opening = text.startswith(_ASKED_OPENINGS, at)
        end = self._agencies_from(text, start, ce) if opening else None
        if end is None and opening and (schools := _ASKED_SCHOOLS.match(text, start, ce)):
            end = schools.end()  # (会议要求各校收费工作必须…: schools by their kind)
        role = _ASKED_ROLE.match(text, start, ce) if end is None else None
        end = role.end() if role else end
        if end is None:
            return None
        # (people asked by their role are held as named: 镇村干部及教师 is one charge, not two bodies)
        holders = [role.group()] if role else _asked_holders(text[start:end], self.matcher)
        duty_end, k = self._charge_run(text, spans, j + 1, ce)
        duty = _DUTY_LEAD.sub("", text[end:duty_end].strip(" ,，")).strip()
        if not holders or len(duty) < 4 or _SLOGAN.match(duty):
            return None
        return self._facts(i, holders, duty, cs, duty_end, text), k

    def described_holder(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """承担体检工作的医疗机构必须按照规定协助…: the bodies described before 的 are charged with the rest of the
        charge (a clause holding 的 and no name a subject opens)."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        if text.find("的", cs, ce) < 0:  # (most clauses: none)
            return None
        m = _DESCRIBED_HOLDER.match(text, cs, spans[j + 1][1] if j + 1 < len(spans) else ce)
        if m is None:
            return None
        k = j + 1 if m.end() <= ce else j + 2  # (存在大班额的公办学校,要…: the charge opens the next clause)
        end, k = self._charge_run(text, spans, k, spans[k - 1][1])
        duty = _DUTY_LEAD.sub("", text[m.end("subj") : end].strip(" ,，")).strip()
        if len(duty) < 4 or _SLOGAN.match(duty):
            return None
        return self._facts(i, [m["subj"]], duty, cs, end, text), k

    def partnered_clause(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """县教育局协同县卫健委,做好…; (由)县教育局会同县财政局,制定…: a clause of a body and the bodies it works
        with alone, the duty they share in the clauses after it."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        if j + 1 >= len(spans) or not any(word in text[cs:ce] for word in _WITH_WORDS):  # (most clauses)
            return None
        m = _PARTNERED_CLAUSE.match(text, cs, ce)
        if not m or not self.matcher.is_subject(m["subj"]):
            return None
        end = self._agencies_from(text, m.end(), ce)
        kind = _PARTNERS_KIND.match(text, end) if end is not None else None
        if end is None or (kind.end() if kind else end) < len(text[:ce].rstrip()):
            return None  # (县教育局会同县财政局负责…: the subject rule reads a verb in the clause)
        if self._own_subject(text[spans[j + 1][0] : spans[j + 1][1]]) or self._by_doer(text, *spans[j + 1]):
            return None
        if self.charges_only and not _CHARGE.match(text, spans[j + 1][0]):
            return None  # (县教育局联合县公安局,开展了…: what bodies did together is no duty)
        duty_end, k = self._charge_run(text, spans, j + 2, spans[j + 1][1])
        duty = _DUTY_LEAD.sub("", text[spans[j + 1][0] : duty_end].strip()).strip()
        if len(duty) < 2 or _DONE.search(duty):
            return None
        holders = _holders(m["subj"], self.matcher)
        if m["word"] == _JOINED:
            return self._facts(i, holders, text[m.start("word") : duty_end].strip(), cs, duty_end, text), k
        return self._facts(i, holders + _holders(text[m.end() : end], self.matcher), duty, cs, duty_end, text), k

    def lone_subject(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """创建工作领导小组,负责对全区…: a clause that is only an agency, its duty in the next clause."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        # the cheap test of the next clause first: most clauses are no lone subject
        if j + 1 >= len(spans):
            return None
        # (县级人民政府作为治理工作的主体,要明确…: an agency in its role, charged in the clauses after it)
        charged = _SUBJECTLESS_CHARGE.match(text, spans[j + 1][0]) and _AS_ROLE.search(text, cs, ce)
        if not charged and (not _DUTY_OPENING.match(text, spans[j + 1][0]) or self.subject_of(text[cs:ce])):
            return None
        lone = _lone_subject(text[cs:ce], self.matcher)
        if not lone:
            return None
        # (县教育局:负责制定创建工作方案,统筹推进各项创建工作: the clauses after the duty, with no doer of their own,
        # are the duty too)
        end, k = (spans[-1][1], len(spans)) if charged else self._charge_run(text, spans, j + 2, spans[j + 1][1])
        duty = _DUTY_LEAD.sub("", text[spans[j + 1][0] : end].strip()).strip()
        return self._facts(i, lone, duty, cs, end, text), k

    def listed_subjects(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """各县(市)区人民政府,滇中新区管委会,各开发区管委会要…: agencies listed clause by clause before the one
        that charges them share its duty."""
        text = self.doc.sentences[i].text
        k, listed = j, []
        while k + 1 < len(spans) and not self.subject_of(text[spans[k][0] : spans[k][1]]):
            lone = _lone_subject(text[spans[k][0] : spans[k][1]], self.matcher)
            if not lone:
                return None
            listed.extend(lone)
            k += 1
        m = self.subject_of(text[spans[k][0] : spans[k][1]])
        if not listed or not m or not _CHARGE.match(m["rest"]):
            return None
        facts, after = self.subject(i, spans, k) or ([], k + 1)
        if not facts:
            return [], after
        return self._facts(i, listed, facts[0].duty, spans[j][0], spans[after - 1][1], text) + facts, after

    def subject(self, i: int, spans: list[tuple[int, int]], j: int) -> _Hit:
        """学校担负…主体责任: a clause opening with agencies and a duty verb; the duty may run on."""
        text = self.doc.sentences[i].text
        cs, ce = spans[j]
        m = self.subject_of(text[cs:ce])
        # 的 or 是 in a subject make it a piece of a sentence (考试是在教育部指导下), not a name
        if not m or "的" in m["subj"] or "是" in m["subj"] or _NOT_SUBJECT.search(m["subj"]):
            return None
        # 各乡镇政府分管领导负责…: the body's official acts for it, the post no part of the duty
        skip = post.end() if (post := _OFFICIAL_POST.match(m["rest"])) else 0
        at, doing = m.start("rest") + skip, m["rest"][skip:]
        # (要求邱村镇政府会同…,充分论证…: the bodies asked are charged, whatever their verb; so are those requested,
        # 请各办事处、各有关部门成立…,确保…, whose names the request rule does not know)
        asked = text.endswith(_REQUESTING, cs, cs + m.start("subj"))
        charge = _CHARGE.match(doing) or _FRAMED_CHARGE.match(doing) or asked
        if self.charges_only and not (charge or _CHARGED.match(doing) or _ORDERED.search(m["subj"])):
            return None  # 市教育局公布…, 督导组对…进行核查: what a body did is no duty
        if self.news and "将" in doing[:3] and _HANDLED_DONE.match(doing) and not (asked or _ORDERED.search(m["subj"])):
            return None  # (news: 省政府将“…”列入民生实事, 市教委将其作为…: what a body did, no plan)
        end, k = ce, j + 1
        if charge and _SLOGAN.match(_DUTY_LEAD.sub("", doing).strip()):
            return [], k  # 在创建工作中要全力以赴,整体联动…: an exhortation opens the charge, no task
        # (…要按照既定计划和责任目标,强化…: a frame's 责任 is no responsibility of the clause's own)
        if charge and ("责任" not in doing or _FRAME.match(_DUTY_LEAD.sub("", doing).strip())):
            # 各区教育行政部门要切实提高认识,…,严守招生纪律: every clause of the charge is its duty
            end, k = self._charge_run(text, spans, k, end)
        # a clause without its own duty (教体部门在编制总量内,) continues into the next ones
        elif "责任" not in doing:
            last = _DUTY_LEAD.sub("", text[cs + at : ce]).strip()
            while (
                k < len(spans)
                and k - j <= _MAX_CONTINUATION
                and not self.subject_of(nxt := text[spans[k][0] : spans[k][1]])
                and (_FRAME.match(last) or RESPONSIBILITY_WORD.search(nxt))
            ):
                end, last = spans[k][1], _DUTY_LEAD.sub("", nxt.strip())
                k += 1
        partners, duty = self._shared_with(_DUTY_LEAD.sub("", text[cs + at : end]).strip())
        planned = bool(_CHARGE.match(doing))  # a meeting it will or must hold is a task, not news
        if len(duty) < 2 or _SLOGAN.match(duty) or (not planned and _EVENT.search(duty, 0, _EVENT_REACH)):
            return [], k
        if _DUTIES_REVIEWED.match(duty):
            return [], k  # (区政府履行教育职责评价水平…, …履行教育职责评价实地督查反馈会召开: a review's name)
        if not planned and _CO_LEAD.match(duty) and self._worked_with_only(duty):
            return [], k  # (news: 市教育局会同公安、城管等部门, 市规划局会同市教体局…召开对接会)
        if _DONE.search(duty) or all(_ONLY_FRAME.match(part.strip()) for part in _COMMA.split(duty)):
            return [], k  # what was done (对…进行了督导检查), or only the frame of an action (按照…规定,本着…原则)
        # 会同县财政局制定…: the agency worked with holds the duty too, without the 会同; 我市将责成邱村镇政府做好…:
        # the agency ordered holds it, not who orders
        subj = _CO_LEAD.sub("", _ORDERED.split(m["subj"])[-1])
        holders = _holders(subj, self.matcher)
        if self.news and _FORECAST.match(doing) and all(_SCHOOLS_AS_A_WHOLE.match(h) for h in holders):
            return [], k
        each = _each_own(holders, duty) if not partners and duty.startswith(_EACH) else None
        facts = (
            [f for h, own in each for f in self._facts(i, [h], own, cs, end, text)] if each
            else self._facts(i, holders + partners, duty, cs, end, text)
        )
        if charge and k == j + 1 and "责任" in doing:
            # 县司法局要推动落实…责任制,牵头做好…: the responsibility is one duty, the tasks after it another
            rest_end, k = self._charge_run(text, spans, k, end)
            rest = text[spans[j + 1][0] : rest_end].strip() if k > j + 1 else ""
            # (…通知如下: the items follow; 确保责任到人: what the responsibility is for, no task)
            if rest and not rest.endswith("如下") and not _PURPOSE.match(rest):
                facts += self._facts(i, holders, rest, spans[j + 1][0], rest_end, text)
        while charge and k < len(spans) and (again := _RESTATED.match(text, spans[k][0], spans[k][1])):
            # 各乡镇政府要建立…制度,…,要组织开展…活动: the charge restated opens a duty of its own
            again_end, k = self._charge_run(text, spans, k + 1, spans[k][1])
            facts += self._facts(i, holders, text[again.end() : again_end].strip(), again.end(), again_end, text)
        while not charge and not self.charges_only and k < len(spans) and (
            (step := _NEXT_STEP.match(text, spans[k][0], spans[k][1])) and not self._doer_of(text, *spans[k])
        ):
            # 市教育局对…进行审核,确定培养对象名单: a body's next step, stated as its first, is a duty of its own
            facts += self._facts(i, holders, text[step.start("verb") : spans[k][1]].strip(), spans[k][0], spans[k][1], text)
            k += 1
        return facts, k

    def _doer_of(self, text: str, cs: int, ce: int) -> bool:
        """Whether the clause text[cs:ce] names a doer of its own, as its subject or after 由."""
        return self._own_subject(text[cs:ce]) or self._by_doer(text, cs, ce)

    def _own_subject(self, clause: str) -> bool:
        """Whether `clause` opens with a doer of its own: not a verb before whom it acts on (督促各学校落实…)."""
        return (m := self.subject_of(clause)) is not None and not _NOT_SUBJECT.match(m["subj"])

    def _charge_run(self, text: str, spans: list[tuple[int, int]], k: int, end: int) -> tuple[int, int]:
        """Where a charge running on from clause k ends (`end` when it does not run on), up to a clause with its
        own subject (not 督促各学校…, a verb and whom it acts on), its own doer (区属学校由区教育局推荐) or the charge
        restated (要…), and the next clause to read."""
        while (
            k < len(spans)
            and not self._own_subject(text[spans[k][0] : spans[k][1]])
            and not self._by_doer(text, *spans[k])
            and not _RESTATED.match(text, spans[k][0], spans[k][1])
        ):
            end, k = spans[k][1], k + 1
        return end, k


def _subject_match(matcher: AgencyMatcher, clause: str) -> re.Match[str] | None:
    """The agencies opening `clause` before a duty verb, as `subj` and `rest`; else the people charged by their
    role (各班主任老师一定要…)."""
    m = _subject_or_list(matcher, clause)
    if m is None:
        return _CHARGED_ROLE.match(clause) if _CHARGED_ROLE_GATE.search(clause) else None
    return _before_partners(matcher, clause, m) if _PARTNERED.search(m["subj"]) else m


# the people a notice charges by their role (the ontology's Roles: 家访教师要当天汇报…, 各班主任老师一定要…, 分管负责人要…):
# what they are charged with is theirs, as a body's is, and annotators hold them to it. Only a charge (要, 必须,
# 一定要): what people do, did or are to be (全体教师应具备…) is no duty; who they are may follow a description
# (有晨会课的教师要…: the role after 的); teachers as a whole (教师要认真备课) are told a norm, and name no one
# (the 要 of 主要负责人 is no charge: 各学校主要负责人要…). Who asks may come first (他要求全县领导干部要…), as before a
# body; 一定要求 asks something of others, and is no charge of the role's own
_ROLE_CHARGES = ("要", "必须", "务必", "一定要", "也要", "都要", "均要", "还要")
_CHARGED_ROLES = [noun + charge for noun in _PEOPLE_ROLES for charge in _ROLE_CHARGES]
_CHARGED_ROLE_GATE = any_of(_CHARGED_ROLES)
_CHARGED_ROLE = re.compile(
    rf"(?:[^，,；;。]{{0,20}}(?:的|要求))?(?P<subj>(?:各|全体|所有)?(?:(?![的在对把将被是要和与为了])[{CJK}]){{0,8}}?"
    rf"(?:主要)?(?:{'|'.join(_PEOPLE_ROLES)}))(?P<rest>(?:也|均|都|还)?(?:要(?!求)|必须|务必|一定要(?!求)).*)",
    re.S,
)


def _subject_or_list(matcher: AgencyMatcher, clause: str) -> re.Match[str] | None:
    """The subject pattern's match on `clause`. A list of bodies each of which is a name
    (县公安局、县文旅委、县市场监管局、县综治办等部门要…) may run longer than the subject pattern allows: the
    last name, with the verb after it, ends it."""
    if (m := matcher.subject.match(clause)) or "、" not in clause:
        return m
    names = matcher.names_in(clause)
    if len(names) < 2 or names[0][0] != 0 or len(run := _leading_run(names, clause)) < 2:
        return None
    if not (last := matcher.subject.match(clause[run[-1][0] :])):
        return None
    return _split_at(0, run[-1][0] + last.end("subj")).match(clause)


# 县教育局协同县卫健委做好…, 县教育局联合县公安局开展…: who the subject works with, named after it (not
# 多部门协同联动, 部门协同推进)
_PARTNERED = re.compile("协同|联合")


def _before_partners(matcher: AgencyMatcher, clause: str, m: re.Match[str]) -> re.Match[str]:
    """`m` with its subject ended before 协同/联合 when bodies, and only they, follow it up to the verb: they
    are the subject's partners (the rest of the clause), not part of its name."""
    subj = m["subj"]
    *_, word = _PARTNERED.finditer(subj)
    at = word.start()
    partners = subj[word.end() :]
    names = matcher.names_in(partners)
    if not names or names[0][0] != 0 or _leading_run(names, partners)[-1][1] != len(partners):
        return m
    if not matcher.is_subject(subj[:at]):
        return m
    return _split_at(m.start("subj"), m.start("subj") + at).match(clause)


@cache
def _split_at(start: int, end: int) -> re.Pattern[str]:
    """A pattern that splits a clause at `start` and `end`: the characters between are `subj`, those after
    `rest`."""
    return re.compile(rf".{{{start}}}(?P<subj>.{{{end - start}}})(?P<rest>.*)", re.S)


def _leading_run(names: Sequence[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The agency spans that open `text` one after another, joined by 、/和/及/与."""
    run = [names[0]]
    for s, e in names[1:]:
        if not _JOINER.fullmatch(text[run[-1][1] : s]):
            break
        run.append((s, e))
    return run


# 县教育局、县财政局分别负责学校布局规划和建设资金保障: each body its own task, named in the same order
_EACH = "分别"
# (分别牵头做好A和B: the verb after the role is each task's too)
_EACH_TASKS = re.compile(rf"{_EACH}(?P<verb>(?:负责|牵头|承担)(?:做好|抓好|推进|开展|落实|组织)?)(?P<tasks>[^，,；;。:：]+)")


def _each_own(holders: list[str], duty: str) -> list[tuple[str, str]] | None:
    """Each holder with its own task when `duty` (分别负责A和B) names as many tasks as there are holders, else None."""
    if len(holders) < 2 or not (m := _EACH_TASKS.fullmatch(duty)):
        return None
    tasks = _LIST_SPLIT.split(m["tasks"])
    if len(tasks) != len(holders) or any(len(t) < 2 for t in tasks):
        return None
    return [(h, m["verb"] + t) for h, t in zip(holders, tasks)]


def _without_number(text: str) -> str:
    """An item's text without its number: 一是…, (1)…, 2.…"""
    return _ENUM_LEAD.sub("", text) if _ENUM_LEAD.match(text) else _ITEM_NUMBER.sub("", text)


def _first_program(text: str, find: ProgramMentions = program_mentions) -> str | None:
    """The program `text` names first, if any: what a duty concerns."""
    programs = programs_in(text, find)
    return programs[0] if programs else None


_DUTIES_WORD = "职责"


def _lone_subject(clause: str, matcher: AgencyMatcher) -> list[str]:
    """The agencies of a clause that names nothing else (加强领导创建工作领导小组 → the group), else []."""
    name = _AS_ROLE.sub("", _LAST_ITEM.sub("", clause.strip()))
    if name.endswith(_DUTIES_WORD):  # (县财政局职责:负责…: the body's duties named before them, as 县财政局:负责…)
        name = name[: -len(_DUTIES_WORD)].removesuffix("主要").removesuffix("工作").removesuffix("的")
    head = _HEADING.match(name)
    name = name[head.end() :] if head and len(name) - head.end() >= 4 else strip_verbs(name)
    if len(name) > _MAX_LONE_SUBJECT or "在" in name or "的" in name:
        return []
    m = matcher.subject.match(name + "负责")
    if not m or m["subj"] != name:
        return []
    return _holders(name, matcher)


def _role_holders(clause: str, matcher: AgencyMatcher) -> list[str]:
    """The agencies of a clause that only assigns a role (由县教育局负责), else []."""
    m = _ROLE_ONLY.match(clause.strip())
    # 任务由县公安局负责 names its task first: the 由 branch reads it; and the clause names only its
    # agencies (县财政局、县人社局等部门要密切配合 is a charge, not a role)
    if not m or "的" in m["subj"] or "由" in m["subj"]:
        return []
    subj = _POST_ENDING.sub("", m["subj"])  # (由县政府分管领导牵头: the body the official acts for)
    whole = matcher.subject.match(subj + "负责")
    if not whole or whole["subj"] != subj:
        return []
    holders = _holders(subj, matcher)
    return holders if all(matcher.is_subject(h) for h in holders) else []


def _role_task(doc: StructuredDocument, i: int, text: str, spans: list[tuple[int, int]], j: int, after: str) -> str:
    """The task of role clauses from spans[j]: the clauses before them in the sentence, else `after`, the clauses
    after them (由县教育局负责,县财政局配合,落实…), else the sentence before (…。由市财政局负责。)"""
    start = max(spans[0][0], text.rfind("；", 0, spans[j][0]) + 1, text.rfind(";", 0, spans[j][0]) + 1)
    # (校园安全整治主要由教育局牵头,公安部门配合: the helpers share the task the lead was given)
    before = _LEAD_GIVEN.sub("", _ITEM_NUMBER.sub("", text[start : spans[j][0]]).strip(" ,，;；:："))
    after = after.strip(" ,，;；:：。")
    if (by := before.find("由")) > 0 and _COMPOSED_OF.search(before, by) and (role := _ROLE_WORD.search(text, *spans[j])):
        # 本次督导由…负责同志任组长,督政处牵头: who heads the work is no task; the role is on the work named before 由
        return f"{role.group()}{before[:by]}"
    # (针对编制不足问题,由县委编办牵头,…,于年底前核定编制: a clause that only frames the task is not the task)
    if len(before) >= 2 and not (len(after) >= 2 and _FRAME.match(before)):
        return before
    if len(after) >= 2:
        return after
    sent = doc.sentences[i]
    if i and doc.sentences[i - 1].section == sent.section:
        return _ITEM_NUMBER.sub("", doc.sentences[i - 1].text).strip(" ,，;；。:：")
    return ""


# a numbered item's short run-in name: 1.加强思想理论武装。
_ITEM_HEADING = re.compile(r"\s*(?:\d{1,2}\s*[.、．]|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）])\s*([^。;；,，\n]{2,20})[。:：]")


def _item_heading(doc: StructuredDocument, sent: Sentence) -> str | None:
    """The run-in name of the numbered item whose line holds `sent`, if the line opens with one."""
    line = doc.paragraph_start(sent)
    m = _ITEM_HEADING.match(doc.norm.text, line)
    return m.group(1) if m and m.end() <= sent.start else None


def _unit_lists(doc: StructuredDocument, i: int, matcher: AgencyMatcher) -> list[Responsibility]:
    """Responsibilities of a (责任单位:…) list: the task is the text before it, else the section heading."""
    sent = doc.sentences[i]
    # every list names its 单位, 部门 or 科室 before a colon: most sentences need no search
    lists = list(_UNIT_LIST.finditer(sent.text)) if _UNIT_NAMED.search(sent.text) else []
    if not lists:
        return []
    task = _FIELD_BEFORE.sub("", _ITEM_NUMBER.sub("", sent.text[: lists[0].start()])).strip(" ,，;；。:：")
    before = i - 1  # (配合单位:… under 牵头单位:…: the task is on the line above the fields)
    own = ""
    while (
        not task and before > 0 and _FIELD_LINE.match(doc.sentences[before].text)
        and doc.sentences[before - 1].section == sent.section
        and not (own := _task_after_list(doc.sentences[before].text))
    ):
        before -= 1
    if not task and i and doc.sentences[before].section == sent.section:
        task = own or _ITEM_NUMBER.sub("", doc.sentences[before].text).strip(" ,，;；。")
    if task and (heading := _item_heading(doc, sent)) and heading not in task:
        task = f"{heading}:{task}"  # 1.加强思想理论武装。…贯彻落实…(责任科室:…): the item's own name first
    if not task and sent.section is not None:
        task = doc.sections[sent.section].heading
    if not task:
        return []
    evidence = doc.evidence(sent)
    found: list[Responsibility] = []
    for k, m in enumerate(lists):
        between = sent.text[lists[k - 1].end() : m.start()] if k else ""
        # (…(责任单位:县教育局);完善…(责任单位:县人社局): after a list closed, a task of its own)
        if between and between[0] in _LIST_CLOSE:
            own = between.lstrip(_LIST_CLOSE)
            own = _FIELD_BEFORE.sub("", _ITEM_NUMBER.sub("", _FIELD_FIRST.sub("", own))).strip(" ,，;；。")
            task = own if len(own) >= 2 and ":" not in own and "：" not in own else task
        program = _first_program(task)
        found += [
            Responsibility(matcher.normalize(name), task, evidence, program)
            for name in _unit_names(_LIST_ETC.sub("", m["list"].strip()), matcher)
        ]
    return found


def _task_after_list(text: str) -> str:
    """The task after the closed unit list that opens `text` ((责任单位:县教育局)加强经费保障。: 加强经费保障),
    the holders of the list closing the task before it; "" when the line holds the fields alone."""
    at = 0  # ((牵头单位:县教育局;配合单位:县发改局)加强…: the lists of one task's fields, one after another)
    while (m := _UNIT_LIST.match(text, at)) and text.startswith(tuple(_LIST_CLOSE), m.end()):
        at = len(text) - len(_FIELD_FIRST.sub("", text[m.end() :].lstrip(_LIST_CLOSE)))
    if not at:
        return ""
    own = text[at:].strip(" ,，;；。")
    return own if len(own) >= 2 and ":" not in own and "：" not in own else ""


_PLACES_WITH_SCHOOLS = ("各地、", "各地和", "各地及")


def _asked_holders(text: str, matcher: AgencyMatcher) -> list[str]:
    """The bodies a request names; the places with their schools (各地、各校, 各地和各学校) are one holder, as
    各地各校 is: the places alone name no body."""
    if text.startswith(_PLACES_WITH_SCHOOLS):
        return [text[:2] + text[3:]]
    return _holders(text, matcher)


def _unit_names(text: str, matcher: AgencyMatcher) -> list[str]:
    """The bodies a unit list names; a place alone (各市(州)、县(市、区)人民政府) joins the name after it over 、."""
    names: list[str] = []
    pending = ""
    for m in UNIT_NAMES.finditer(text):
        name = pending + _ROLE_NOTE_SUB(m.group())
        if matcher.is_name(name) or matcher.is_subject(name):
            # (责任单位:县教育局和县财政局: two bodies joined by 和 or 及, as by 、; not 人力资源和社会保障局)
            names.extend(_holders(name, matcher) if "和" in name or "及" in name else [name])
            pending = ""
        else:
            pending = name + "、" if text.startswith("、", m.end()) and name.endswith(PLACE_ALONE_ENDS) else ""
    return names
