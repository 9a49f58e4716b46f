"""Which responsibilities the rules found are kept: duties, not exhortations, descriptions or norms.

A duty is dropped when it only hopes, describes, reports what was done, tells who sits in a group,
states an attitude or obedience, frames an action without naming it, or only sets or carries out responsibilities without a task;
when its holder is a kind of school (学校要…: a norm for every such school; in news, what a meeting or a plan
tells the place's schools is theirs, and so is what an implementation or action plan charges them with), a
bare 政府 or a place's party committee (县委: it leads, its government acts); and where
a broken scrape garbled it, only its whole clauses before the break are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from edukg.loaders.extract.agencies import NAMELESS, SCHOOL_KINDS, is_agency_name
from edukg.loaders.extract.text import CJK, PLACE_ALONE_ENDS, garbled_at
from edukg.loaders.model import Responsibility

__all__ = ["MUST", "RESPONSIBILITY_WORD", "TASK_FIELD", "UNIT_ROLE", "kept_duties"]

# the words that charge a doer with a task (学校要…, 各地应当…, 必须…); 要求 and 应用 are verbs of their own
# (复查组要求各县… asks the counties); the 当 of 当天, 当日, 当场, 当面 or 当即 after 应 is the task's (学校应当天向
# 中心学校汇报: it is to report that day); 需 and 需要 charge as 须 does (各校需于3月1日前报送…), not the noun 需求;
# 应该 as 应当 (the 该 is the modal's, no part of the task); 务必要, 必须要, 须要 as 务必, 必须, 须 (the 要 is the modal's too)
MUST = r"要(?!求)|应当(?![天日场面即])|应该|应(?!用)|必须要?(?!求)|须要?(?!求)|需要(?!求)|需(?![求要])|务必要?(?!求)|一定要"

# the other fields of a task table's line, after or before its units (责任单位:县教育局 完成时限:2024年12月底,
# 牵头领导:张三 牵头单位:县教育局): no body and no task; a report's list of corrections names them for the
# correction (整改时限:2024年12月, 整改责任单位:县教育局)
TASK_FIELD = r"(?:整改)?(?:(?:完成|办结)?时限|完成时间|时间节点|(?:牵头|责任|分管|包保)领导|责任人|联系人)"
# the field of a task table's line that names its units (牵头单位:县教育局 配合单位:县财政局)
# (负责单位:县教育局 names its holder as 责任单位 does)
# (主要责任单位:…;协同配合单位:…: the field's name qualified)
UNIT_ROLE = r"(?:整改)?(?:主要|协同|具体)?(?:牵头|责任|主责|负责|配合|协办|实施|参与)(?:单位|部门|科室|处室|股室)"

# not a duty: hopes placed in someone (对我校的发展寄予很大希望), a description (是…的主体 without a
# responsibility: 是…的主体,对…负总责 bears the whole of one)…
_NO_DUTY = re.compile(
    r"^(?:对[^，,；;]*寄予|寄予)|^是(?!.*(?:责任|负责|负总责))|"
    # …and what was done, not what is to be done: a thing described (审批的竞赛项目仅有26项), an honour
    # won, a document issued (发布《…》), an act in the past (给予了高度评价)
    rf"^[{CJK}]{{1,3}}的|^(?:在[^，,；;]{{0,20}}中)?(?:获|荣获|被评为)|^(?:向[^，,；;]{{0,12}})?(?:发布|印发|发出|出台|下发)了?《|"
    r"^[^，,；;]{0,12}(?<![为除])了(?!解)|^已(?![有知])|"
    # a dated act already done (项目于2011年11月4日已正式立项, 《规划》于2019年3月29日印发实施): the day it was done
    r"^[^，,；;]{0,24}?于\d{4}年[^，,；;]{0,8}?日\s*(?:已|印发|下发|发布)|"
    r"^在(?:园|校)(?:儿童|幼儿|学生|生|人数)|^达到\d|"  # 普惠性幼儿园在园儿童覆盖面达93%, 达到4所: a value, not a duty
    rf"^在[{CJK}]{{0,4}}[区县市镇乡村]$|"  # (高中、职中、特教学校均在城区: where the schools are, not a task)
    # who sits in a group (由省教育厅分管领导任组长): its make-up, not a duty
    rf"^[^，,；;]{{0,8}}任(?:组长|副组长|主任|副主任|成员)|"
    r"^指(?!导|挥|定|派)|"  # 自主招生,指由学校…确定招生标准的招生方式: what a term means
    r"^(?:积极|密切|主动)?(?:配合|协助|参与)[)）]?$|"  # (公安部门配合: helping the lead, no task of its own)
    rf"^(?:{TASK_FIELD}|{UNIT_ROLE})$|"  # (县教育局 配合单位:…: the next field's name after a unit)
    r"^(?:认真|切实)?(?:做好|抓好|落实|负责)?(?:如下|以下|下列|下述)(?:工作|事项|几项工作)$|"  # (做好如下工作: the tasks follow)
    # only to set responsibilities (按照规定明确安全稳定工作责任): who is to answer is still open; a
    # responsibility borne (担负…主体责任), carried out (落实控辍保学主体责任) or held (是…责任单位) is a duty
    r"^(?:按照[^，,；;]{0,10}?|依法)?(?:切实|认真|进一步)?明确[^，,；;]{0,30}责任$|"
    # an attitude, not a task (对…工作高度重视, 从战略和全局的高度谋划…), or only obeying what is above
    # (认真贯彻落实国家和省的决策部署)
    r"^(?:对[^，,；;]*)?(?:高度重视|从[^，,；;]*高度)|"
    r"^(?:结合[^，,；;]{0,10}[,，])?(?:认真|坚决|全面|切实)?(?:抓好)?贯彻落实(?:[^，,；;]{0,20}(?:决策部署|精神|要求))?$|"
    # who chairs a meeting (会议由副县长主持), or only when (在接下来的时间里)
    r"^[^，,；;]{0,12}主持$|^在[^，,；;]{0,12}(?:时间里|时间内|期间|之际)$|"
    # only the frame of an action cut off before it (学校根据教师个人申请竞岗情况,…; 每年根据…情况; 根据《…规划》):
    # says nothing to do
    # (根据《通知》要求制定自查工作方案 goes on past the frame's 要求 to the action)
    # (认真按照…督导组要求, 按照学校党组织的决议: a frame with its manner, or a body's decision, alone)
    r"^(?:每年|每学期|每月|同时|定期)?(?:认真|严格)?(?:根据|按照|依据|依照|通过|对|在)(?:(?!要求|规定|精神|部署|决议)[^，,；;])*"
    r"(?:情况|行为|名额|建设|要求|规定|方案|办法|精神|部署|决议|标准|实际|需要|效益|现状|》)$"
)
# a place's party committee (河南省委, 县委): it leads and decides beside the government (县委、县政府将…列入重点工作);
# the tasks are the government's and its departments' (the youth league's committee, 团县委, is such a body)
_PLACE_PARTY_COMMITTEE = re.compile(r"^(?!.*团).*[省市县区州盟旗]委$")
# an attitude that opens a charge before its task (要高度重视,继续把教育发展放在首位): the task is the duty
_ATTITUDE_FIRST = re.compile(r"^(?:切实|进一步|更加)?(?:对[^，,；;]*)?(?:高度重视|充分认识[^，,；;]*)[，,]\s*(?=[^，,；;]{4})")
# a later clause naming a responsibility (明确一把手为第一责任人, 负责本单位…, 对本行政区域的…工作负总责) belongs to the
# duty too
RESPONSIBILITY_WORD = re.compile(r"负责|负总责|承担|担负|牵头|责任|职责")
_CLAUSE_END = re.compile(r"[，,；;：:。]")
# a kind of school (学校, 普通高中学校, 寄宿制学校要…): what every such school is to do is a norm, not a
# duty given to an agency; the schools a notice addresses (各校, 市属学校) or a school's responsibility
# (学校担负…主体责任) are duties; a place's schools of a kind (沈阳市标准化幼儿园, 集美区新建幼儿园) are such a
# kind too, not the whole place's the notice addresses (全县中小学校要…)
_KIND_OF_SCHOOL = re.compile(
    rf"^(?P<place>(?:(?!全)[{CJK}]){{1,6}}?[省市县区])?(?:部分|所有|全体|其他|相关|有关|这些|该类|各级各类)?"
    rf"(?:{SCHOOL_KINDS}|标准化|普惠性?|示范性?)*"
    r"(?:学校|幼儿园|中小学(?:幼儿园)?)$"
)


def kept_duties(found: list[Responsibility], *, news: bool, task_plan: bool) -> list[Responsibility]:
    """The duties of `found`, one per agency and duty, where first stated; in `news`, what schools of a kind are
    told (a meeting's or a plan's demands reported: 会议要求,中小学校要…) is their duty, not a norm, and so in a
    `task_plan` (an implementation or action plan, which hands its tasks out) is what they are charged with
    (学校要迅速派出教师家访, 中小学校、幼儿园要指派专人…)."""
    kept: dict[tuple[str, str], Responsibility] = {}
    last: tuple[str, str] | None = None  # (the key of the duty kept just before, if the one before was kept)
    for r in found:
        before, last = last, None
        duty = _ATTITUDE_FIRST.sub("", _unbroken(r.duty))
        if len(duty) < 2 or not is_agency_name(r.agency) or _NO_DUTY.match(_without_adverb(duty)):
            continue
        if r.agency in NAMELESS or _PLACE_PARTY_COMMITTEE.search(r.agency):
            continue
        # (in news, only a place's schools of a kind, 沈阳市标准化幼儿园, are still described rather than told)
        school = _KIND_OF_SCHOOL.match(r.agency)
        told = school is not None and school["place"] is None and (news or (task_plan and _charged(r)))
        if school and not RESPONSIBILITY_WORD.search(duty) and not told:
            if before is not None and before[1] == duty:
                _join_schools(kept, before, r)
            continue
        last = (r.agency, duty)
        kept.setdefault(last, r if duty == r.duty else replace(r, duty=duty))
    return list(kept.values())


_SCHOOLS_JOINED = ("、", "和", "及")


def _join_schools(kept: dict[tuple[str, str], Responsibility], key: tuple[str, str], school: Responsibility) -> None:
    """A kind of school listed after the body kept under `key` in the same charge (各中小学、幼儿园要…, 各县(市、区)教育局
    和学校应…): the charge is the addressees' as listed together, so the body's name takes the schools on as written."""
    held = kept.get(key)
    if held is None or held.evidence.text != school.evidence.text or held.agency.endswith(PLACE_ALONE_ENDS):
        return  # (各乡镇、学校要…: a place acts as its government, the schools as themselves)
    text = held.evidence.text
    for sep in _SCHOOLS_JOINED:
        joined = f"{held.agency}{sep}{school.agency}"
        if joined in text:
            del kept[key]
            kept[(joined, key[1])] = replace(held, agency=joined)
            return


_CHARGED_BEFORE = re.compile(rf"(?:{MUST})\s*$")
_DUTY_OPENING = 6  # (the characters of a duty it is found by in its sentence)


def _charged(r: Responsibility) -> bool:
    """Whether the evidence charges the holder with the duty (学校要|迅速派出…), not only states it."""
    at = r.evidence.text.find(r.duty[:_DUTY_OPENING])
    return at > 0 and _CHARGED_BEFORE.search(r.evidence.text, 0, at) is not None


# how a charge is to be carried out, before what it is (切实高度重视…, 进一步结合实际,认真抓好贯彻落实): no part of
# whether it is a duty
_ADVERB = re.compile(r"(?:切实|进一步|更加)+")


def _without_adverb(duty: str) -> str:
    """`duty` without the adverbs that open it."""
    return duty[m.end() :] if (m := _ADVERB.match(duty)) else duty


def _unbroken(duty: str) -> str:
    """`duty` without the clause a broken scrape garbled and all after it; "" when nothing whole is left."""
    at = garbled_at(duty)
    if at is None:
        return duty
    ends = [m.start() for m in _CLAUSE_END.finditer(duty, 0, at)]
    return duty[: ends[-1]].strip(" ,，;；:：。") if ends else ""
