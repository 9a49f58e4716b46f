"""Quantitative targets, and observations (values reported as already reached).

Every quantity outside quotes and titles (with a unit, or the value of an index,
coefficient, ratio or multiple) is a fact of its clause, each of several
indicators sharing it (小学、初中巩固率均达到98%) getting its own. It is
- no fact when it only picks units out (600人以上学校, 后20%学生), counts people in a
  case record or the choices of a procedure, names no indicator, or is one of the
  quantities targets_no_fact tells apart (a list's count, a rate of exchange, 一个…的);
- an observation when it is reported as reached: in a part that looks back (工作回顾,
  发展基础, 2020年工作 in a plan for 2021), after a past year (2020年,全县新建…) or in a
  paragraph that opens with one, in words of the past (已, 了, 完成情况, 以来, 为94.51%
  unless an aim or a deadline ahead is named, 由25%提高到…), as a base (在600元的基础上),
  or in a review or news of what was done that does not speak of the year ahead (会议要求,…
  and 明确了… do);
- otherwise a target, of the year it names (到2025年, 十四五末, 明年), else the year its
  paragraph opens with, else the plan's.
The indicator is a vocabulary indicator named before the number, else the noun
phrase the number counts (200所学校 → 学校) or the one before it
(新增多媒体教学设备1200套 → 多媒体教学设备).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from edukg.loaders.chinese_numerals import chinese_int
from edukg.loaders.extract.numbers import (
    CHANGE_TO, CHANGE_TO_WORDS, Quantity, clause_quantities, quantity_spans,
)
from edukg.loaders.extract.targets_no_fact import building_listed, no_fact
from edukg.loaders.extract.text import CJK, cjk_count, YEAR, alternation, clauses, inside, quoted, strip_verbs
from edukg.loaders.extract.themes import theme_of
from edukg.loaders.model import IndicatorValue, Section, Sentence, StructuredDocument
from edukg.ontology import vocab

__all__ = ["extract_targets"]

_TITLE = re.compile(r"《[^《》]*》?")
# The patterns below are searched in every clause with a quantity: each alternative opens with its
# characters (a lookbehind is written after them), so that a search skips to those characters.
# the bound words before a value, at most or at least: the one nearest the value is its comparator
# (以上, 以下 and 以内 follow the value they bound: one before a value is another's, or the text's own
# 以上就是…, never this value's)
_AT_MOST = (
    "控制在", "不超过", "不高于", "不多于", "不大于", "低于", "少于", "小于", "≤", "≦", "<=",
    "降至", "降到", "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "压缩到", "压缩至", "缩小到", "缩小至",
)
_AT_LEAST = (
    "达到", "达", "逾", "不低于", "不少于", "不小于", "至少", "超过", "高于", "大于", "力争", "确保", "突破",
    "提高到", "提升到", "提高至", "提升至", "≥", "≧", ">=",
)
# the bound words that, in a report, say the value reached (达到91.5%), not a bound it passed (超过90%)
_REACHED = re.compile(rf"(?:达到?了?|{CHANGE_TO}了?)\s*$")
_TURNED_BY_NOT = ("低于", "少于", "小于", "超过", "高于", "大于")  # after 不 (不低于), a bound the other way
_BOUND = re.compile(
    "|".join(re.escape(w) + (f"(?<!不{w})" if w in _TURNED_BY_NOT else "") for w in (*_AT_MOST, *_AT_LEAST))
    # (投入资金超5亿元: 超 right before its value, not the 超 of 超大班额; the look back after 超, as after the
    # words above: an alternative that opens with one would have the search try the pattern at every character)
    + "|超(?<![不赶]超)$"
)
# a clause that reports a value as reached, or what is still left short (仍有12所学校未达标, 尚有3个项目未开工)
# (not the 了 of words that set an aim: 明确了到2020年…达到85%, or hand funds down: 下达了…补助资金27000万元, nor
# the 现有 of the existing ones a plan works on: 利用现有公办园改扩建160所, looked back from after 现有 so that a
# search skips at once the characters no word here opens with);
# 有 opening the text is 有(?<![\s\S]{2}): no two characters end where it does; 有条件的学校,
# 有学习能力的儿童 pick out whom an aim is for
_HAS = r"有(?![效序力关]|条件|(?:学习)?能力|需[要求])"
_REPORTED = re.compile(
    r"已|只占|仅占|只有|仅有|仍有|尚有|累计|共计|首次(?:超过|突破|达到)|现有(?<![用托对和与及将把合活掘]现有)|共有|目前|截至|截止|所有[^，,；;]{0,12}共|实际(?:建设|建成|完成|投入|新增|招收|开工|竣工|到位|拨付|支出)|"
    r"达到了|增长了|提高了|完成了|实现了|新增了|建成了|投入了|超过了|突破了|减少了|下降了|降低了|获得了|"
    r"由[^，,；;]{0,20}?\d|从[^，,；;]{0,20}?\d|"
    r"了(?<![为除]了)(?<!提出了)(?<!明确了)(?<!确定了)(?<!制定了)(?<!部署了)(?<!设定了)(?<!规定了)(?<!要求了)(?<!列入了)(?<!纳入了)(?<!下达了)(?!解)|"
    rf"共{_HAS}(?<![\s\S]{{3}})|现{_HAS}(?<![\s\S]{{3}})|{_HAS}(?<![\s\S]{{2}})|"
    rf"全[市县区省镇](?:共|现)?{_HAS}|我[市县区省](?:共|现)?{_HAS}"
)
# what has been done since a time or in the years up to now (两年来, 近年来, 据介绍,近3年…共新建; not 近三年内), or
# up to now or a day of this year passed (截至去年12月25日,全省实际建设…; 截至6月底,累计完成投资…; …改造,到目前,
# 全市95%以上的学校完成…), or a target met (如期完成…的目标,即…达到90%): the sentence reports
_SINCE = re.compile(
    r"以来|年来(?<=[近两三四五六七八九十几多\d]年来)|近(?:\d+|[两三四五六七八九十几]+)年(?![内里])|截[至止](?:目前|当前|去年|上年|今年\d{1,2}月|\d{1,2}月)|到(?:目前|现在)|"
    # (如期完成 and its kin looked back at from after them, so that a search skips at once the characters no word
    # here opens with)
    r"如期完成(?<![保争要将]如期完成)|圆满完成(?<![保争要将]圆满完成)|超额完成(?<![保争要将]超额完成)")
# documents that lay down rules: 分配比例为50% states the rule, not a present value
_RULE_KINDS = ("通知", "意见", "实施方案")
# …and a year's plan of work, whose 入学率为100% is the year's aim
_YEAR_PLANS = ("工作计划", "工作要点")
_STATING_KINDS = (*_RULE_KINDS, *_YEAR_PLANS, "行动计划")
# 累计, 有 or 首次突破 with a deadline or an aim ahead (到2025年累计建成…, 力争全县有3所学校…, 确保所有学校共配备…,
# 力争本科率首次突破50%),
# or in a document that lays down rules (每区共计15幅), is planned, not reported
_HELD = re.compile(r"累计|共计|首次(?:超过|突破|达到)|(?:全[市县区省镇]|我[市县区省])?共?有|所有[^，,；;]{0,12}共")
# 拟在3年内投入…: intends (not 拟定, 拟稿, 拟任, 拟聘); 规划后,…共计478所: what the plan brings about;
# 规划新增, 规划总投资, 规划建筑面积, 规划教学班: what a project is planned to add or measure
_INTEND = r"拟(?![定稿任聘])|决定(?=投资|投入|新建|建设|改扩建|扩建|实施)|规划(?=新建|新增|新改|改扩建|扩建|改建|修建|建设|投资|总投资|总?建筑面积|总?用地|教学班|设置|能|可|容纳|占地|后)"
# (争取资金, 争取上级资金, 争取能力提升、校舍维修改造长效机制…等项目资金: the funds a report says were obtained, not an aim)
_SEEK = r"争取(?![^，,。；;：:]{0,48}?资金)"
# 将 of what will be, not of what was made something (将…确定为民生实事项目, 将…纳入考核); the look back
# after 将, as after 要 in _PLANNED: one before it would have a search try the pattern at every character
_WILL = r"将(?<!完成将)(?![^，,。；;]{0,30}?(?:确定为|列入|纳入|作为|列为|改为|转为|划归|调整为))"
# 要 as a modal, not of a word it ends (主要, 重要, 需要, 首要, 纲要, 纪要, 摘要)
_MODAL_YAO = r"要(?<![主重需首纲纪摘]要)"
# 要 before what is to be done (…要新增初中学位1800个), not 要求/要点
_MUST = rf"{_MODAL_YAO}(?![求点])(?=[^，,。；;]{{0,4}}?(?:新增|新建|建设|投入|投资|完成|改扩建|扩建|改建|增加|实现|达到))"
# a deadline written as the year before which (2025年前, 2025年末前: by 2025), its year in the second group; not
# a time around a year (2020年前后) nor the first months of one (2020年前三季度)
_YEAR_BEFORE = r"年(?<=((?:19|20)\d{2})年)末?前(?![后\d一二三四五六七八九十两])"
# a year a plan names for its work (到2025年, 至2025年, 在2025年, 于2025年) in the first group: ahead when not before the plan's
# (not the name of a plan, 学前教育行动计划 or “双千计划”, which says nothing of the time)
# (the look ahead for the characters the words open with fails at once at any other character: the first
# alternative opens with a group and 计划 with a look back, so that a search would try each alternative there)
_AHEAD = re.compile(rf"(?=[到至截在于\-—–~力确争计预拟决规将要年今本明])(?:(?:到|至|截至|在|于|[-—–~])\s*((?:19|20)\d{{2}})\s*年|力争|确保|{_SEEK}|(?<!行动)计划(?![”\"」』》])|预计|{_INTEND}|{_WILL}|{_MUST}|年底前|{_YEAR_BEFORE}|年内|今年|本年|明年)")
# a sentence that opens on the present (目前,全区有…) or on statistics (据统计,全省新增…33所): what is, or was counted
_NOW_OPENING = re.compile(r"\s*(?:目前|当前|现在|如今|现阶段|据统计)[,，]")
_SO_FAR = re.compile(r"\s*(?:截至|截止|到)\s*(?:目前|现在)(?:为止)?[,，]")
# a school describing its grounds (学校占地23395平方米,建筑面积7701平方米): what it is, not what it plans
_GROUNDS_OPENING = re.compile(r"\s*(?:学校|校园|全校|我校|该校|本校)(?:总)?占地")
# a sentence that opens on work done (经过审批,我县已完成…收购工作,收购资金为…): its values are of that work
# (a clause with a figure of its own opens none: 项目总投资5000万元,目前已完成投资3000万元)
# (not 在2023年已建成8所幼儿园的基础上,…: the work done is the base the plan builds on)
_DONE_OPENING = re.compile(r"(?:[^，,；;。\d]{0,12}[,，])?[^，,；;。]{0,30}?已经?(?:完成|建成|全部完成)(?![^，,；;。]*基础上)")
# a change against last year reports a result, unless the clause plans it (确保比上年增长10%); (each of 比 and
# 较 looked back from after it: a look back first would have a search try the pattern at every character)
_COMPARED = re.compile(r"去年|上年|同比|较上年|" + "|".join(rf"{w}(?<![占对评类]{w})\s*(?:19|20)\d{{2}}\s*年" for w in "比较"))
# (not the 要 of 要求, 主要, 重要, 需要)
_PLANNED = re.compile(rf"确保|力争|争取|计划|预计|{_INTEND}|{_WILL}|{_MODAL_YAO}(?![求点])|应")
_PAST_SECTION = re.compile(
    r"回顾|总结|成绩|成效|成就|基本情况|整体情况|工作情况|情况分析|现状|取得|概况|进展情况|完成情况|实施情况|落实情况|执行情况|"
    r"开展情况|推进情况|工作进展|工作亮点|亮点工作|"
    # where a plan starts from (发展基础, 学校整体情况, 背景分析, 发展背景)
    r"发展基础|现实基础|发展环境|背景分析|发展背景|基础背景|过去|去年|上年|一年来|五年来|以来|"
    # the work done, told as such (主要开展的工作, 所做的工作, 主要做法)
    r"开展的(?:主要)?工作|所做的工作|主要做法"
)
# a plan's heading that aims at results (深化教育改革,取得新成效; 确保成绩稳步提高) or lays a base (夯实教育均衡
# 发展基础): no look back
_AIMED_HEADING = re.compile(r"新成效|新突破|新进展|新成绩|新成就|更大成效|实效|力争|确保|争取|努力|(?:夯实|筑牢|打牢|奠定|打好)[^，,。]{0,12}基础")
# verbs before a Chinese-numeral count that make it a planned quantity (新建两所)
_BUILD_VERB = re.compile(r"(?:新建|改建|扩建|改扩建|建成|建设|创建|配备|新增|培训|培养|引进|招聘|评选|命名|达到|完成|建)$")
# …or before the noun it counts, the count closing the clause (新建幼儿园两所, 建成标准化学校三所) or a list
# of such counts closing it (新建幼儿园两所、小学一所)
_LISTED_COUNTS = rf"(?:、[{CJK}]{{1,10}})*"
_BUILD_VERB_NOUN = re.compile(rf"(?:新建|改建|扩建|改扩建|建成|创建|配备|新增|引进|招聘)[{CJK}]{{1,10}}{_LISTED_COUNTS}$")
_LISTED_COUNTS_END = re.compile(_LISTED_COUNTS)
# a bound before a Chinese-numeral amount (不少于一小时, 至少有两所学校建设完工), or a time per day/week (每天开展一小时)
_BOUND_BEFORE = re.compile(r"(?:不少于|不低于|至少|达到|保证|确保)有?$")
_PER_PERIOD = re.compile(r"每[天日周]")
_TIME_UNITS = ("小时", "课时", "学时", "节")
# where the noun phrase after a count ends
_AFTER_CUT = re.compile(
    r"的|和|与|及|或|在|是|开展|进行|实施|新建|改建|升级|创建|建设|达标|参加|接受|通过|完成|实现|纳入|列入|分别|力度|(?<!即)将|共?计划投资|选址|位于|可容纳|投入使用|(?<!新)开工|竣工|"
    rf"提高|提升|增加|减少|降低|下降|扩大|压缩|{CHANGE_TO}|"
    rf"[^{CJK}]"
)
# works counted by what they build (75个新建、改扩建项目)
_WORKS = re.compile(
    r"(?:新建|改扩建|新改扩建|扩建|改建|续建|迁建)(?:[、和及]?(?:新建|改扩建|扩建|改建|续建|迁建))*[^，,；;。]{0,6}?"
    r"(?:项目|工程|幼儿园|学校|小学|中学)"  # (6所新建幼儿园投入使用: the schools so built)
)
# (and a comparison with last year: 较上年提高3.2个百分点 measures the indicator of the value before)
_LEAD = re.compile(
    r"^(?:以及|并且|其中|全市|全县|全区|全省|我[市县区省]|全年|每年|每个|年内|年底前|今年|明年|本年|再|要(?![求点素])|确保|力争|实现|累计|共|新增|争取|对|为|将|"
    rf"(?:共|现|拥)?{_HAS}|"  # (全县共有中小学校126所: what is had, not the having)
    r"十[一二三四五]五(?:期间|末|时期)?|"
    r"[较比](?:上一?年度?|去年)(?:同期)?|同比)+"
)
# the verb before a counted noun: 新增多媒体教学设备1200套 → 多媒体教学设备
_COUNT_VERB = re.compile(
    r"新建|改扩建|改建|扩建|建成|建设|创建|配备|新增|培训|培养|引进|招聘|评选表扬|评选命名|评选|命名|表彰|开设|"
    r"编发|公布|暗访|督查|安排|投入|新征|征地|资助|补助|选派|招收|招生|实现|完成|降低|减少|增加"
)
# words between the indicator and its value: 毛入园率达到85%, 率在50%以上, 学校必须100%, a share's 占 (高级教师占40%), a total's 共
# (项目共100个, not the 共 of 公共), and the base of an amount (补助标准提高到每人每月500元)
# (each word opens with itself, what may not stand before it looked back at from after it, so that a search
# skips at once the characters none opens with; which word matches where is the same)
_TRAILING_WORD = (
    r"(?:累计|共计|总共|共(?<!公共)|已经|已|每年|逐年|提高|降低|减少|下降|增加|稳定在|保持在|巩固在|保持|稳定|达到|达|逾|为|是|不低于|不少于|控制在|超过|超(?<!赶超)|"
    r"不超过|不高于|不多于|不大于|低于|少于|小于|高于|大于|"
    # two bounds joined as one (达到或超过95%, 达到并超过, 不低于或等于, 小于或等于): the joiner and the
    # 等于 after it are no part of the name either
    r"或(?<=[到达于过]或)|并(?<=[到达]并)|等于(?<=或等于)|"
    rf"{'|'.join(CHANGE_TO_WORDS)}|在|必须|要|应当|应(?<![供对响适相反效呼]应)|须|需|按照|按|完工|竣工|同比|"
    r"均(?<![年生]均)|占(?<![侵霸抢独]占)|全部|都|各|确保|力争|约|大约|接近|近(?<![最附邻临]近)|将|争取|预计|目标是|目标为|不得|最高|最多|最少|至少|分别|最长|最短|最低|一般|原则上|"
    r"每(?:人|生|名|校|所|班|年|月|天|日|周|学年|学期))"
)
# (one word, then any more: a pattern that opens with a repeat is tried at every character)
_TRAILING = re.compile(rf"{_TRAILING_WORD}{_TRAILING_WORD}*$")
# X不低于Y的5%: the share is of X
_SHARE_OPENS = re.compile(r"^(?:不低于|不少于|不高于|不超过|占)[^，,；;]{2,}的$")
_SHARE_OF = re.compile(r"^(?P<whole>.{2,}?)(?:不低于|不少于|不高于|不超过|达到|占)(?P<base>[^，,；;]{2,})的$")
_FUND_END = re.compile(r"(?:资金|经费|专款|补助|奖补资金)$")
_GROWTH = re.compile(r"年均增长|年均增幅|增长|增幅")
# the change a multiple measures, no part of what changes (较去年大幅增长1.14倍)
_GROWN_BY = re.compile(r"(?:大幅|同比)?(?:增长|增加|提高|提升|扩大)了?$")
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_NOT_CJK = re.compile(rf"[^{CJK}]+")
# what an indicator's name keeps of a text: its Chinese, a count of years or an age inside it (学前3年入园率,
# 3岁以下婴幼儿托位数, 0至3岁托位) and the number of a numbered plot or building (1号地块面积, 3号教学楼)
_AGES = r"[-—–~]\d+岁"  # (3-5岁幼儿入园率: an age range)
_NOT_NAME = re.compile(rf"(?:(?<![{CJK}\d])\d+(?![\d岁至号]|{_AGES})|\d+(?![\d年岁至号]|{_AGES})|(?!{_AGES})[^{CJK}\d])+")
# what tells when or how the things counted come (6所公办幼儿园正式开工, 103所幼儿园即将陆续开工), or
# about how many the next value is (8所幼儿园近1300人)
_ADVERB_TAIL = re.compile(r"(?:即将|陆续|先后|全部|正式|已经|已|未|均|都|接近|(?<![最附邻临])近|约)+$")
# a list's separator, not a word's character (参与率, 普及率, 人力资源和社会保障)
_LIST_SEP = re.compile(r"(?:、|和(?!社会)|(?<![普涉波以])及|(?<![参给赋])与|或)(?!以上|以下)")
# a change to a new value (由88%提高到95%), and a value only listed after another (720元、920元)
_CHANGE_TO = re.compile(CHANGE_TO)
# a level of schooling, which alone names no indicator
_LEVEL = re.compile(r"小学|初中|高中|普通高中|幼儿园|学前|中职|高职|高校|小学段|初中段|高中段")
# (…800元、初中1000元; 提高到小学每生每年800元、初中每生每年1000元)
_LIST_ONLY = re.compile(rf"\s*[、和及与]\s*(?:{_LEVEL.pattern})?(?:每生每年|每生|生均)?")
# what a verb measures keeps the verb (待岗培训时间, 生活补助标准): the noun alone names nothing
_MEASURE = re.compile(r"(?:时间|时长|标准|面积|经费|资金|人数|数量|总数|规模|金额)$")
# ratios and rates are long nouns (财政性教育经费占一般公共预算支出比例)
_RATIO_END = re.compile(r"(?:比例|占比|比重|率)$")
# a division of the country named with the kinds it stands for (县(市、区), 县(市), 市(州)): one noun
_DIVISIONS = re.compile(r"[县市区乡州][(（][县市区乡镇州旗、]{1,7}[)）]")
_CLASS = "班"  # the one noun of one character a count may be named by (将新增234个班)


@cache
def _indicator_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    aliases = vocab.indicator_aliases()
    return re.compile(alternation(aliases)), aliases


def _indicator(clause: str, q: Quantity, lo: int, hi: int) -> str:
    """The indicator of quantity q; lo:hi is the clause part that belongs to it (between its neighbours)."""
    pattern, aliases = _indicator_pattern()
    known = pattern.findall(clause, lo, q.start) or pattern.findall(clause, q.end, hi)
    if known:
        alias = max(known, key=len)
        name = aliases[alias]
        concept = vocab.indicators().get(name)
        level = _level_before(clause, lo, q.start, alias)
        growth = _GROWTH.search(clause, lo, q.start)
        if growth and q.unit in ("%", "个百分点") and concept is not None and concept.unit not in ("%", None):
            return f"{level}{name}{growth.group()}"  # 生均公用经费年均增长5%: the growth of an amount
        # 教师培训经费…总额的5%: a count indicator does not measure a share (nor a rate a count), and
        # an amount of money no count (学前教育23个项目完成投资4376万元: the 23 are no 教育投资)
        if concept is None or concept.unit is None or (
                (concept.unit == "%") == (q.unit in ("%", "个百分点")) and not (concept.unit == "元" and q.unit in _COUNTERS)):
            return level + name
    after = clause[q.end : hi]
    if after[1:2] in ("(", "（") and (division := _DIVISIONS.match(after)):
        return division.group()  # 86个县(市、区)将全部实现…: the divisions counted, named with their kinds
    if q.unit == "%" and _opens_clause(clause, lo, q) and not after.startswith("的"):
        # 80%以上幼儿园达到…标准, 全市85%左右县(市、区)创建成…: a share opening its clause (but for
        # its scope) is of the noun after it
        cut = _AFTER_CUT.search(after)
        noun = _TRAILING.sub("", after[: cut.start() if cut else len(after)][:16])
        if len(noun) >= 2:
            return noun
    if q.unit == "%" and after.startswith("的"):
        # 力争100%的乡镇中心幼儿园…: the share of what follows (not 达到80%的任务: what it is)
        cut = _AFTER_CUT.search(after, 1)
        noun = after[1 : cut.start() if cut else len(after)][:16]
        if len(noun) >= 2 and noun not in _GENERIC_INDICATORS:
            return noun
    if works := _WORKS.match(after):
        return works.group()  # 75个新建、改扩建项目: the projects, not the verb before the count
    cut = _AFTER_CUT.search(after)
    noun = _ADVERB_TAIL.sub("", after[: cut.start() if cut else len(after)][:16])
    # 200所学校 → 学校; 500万元学前教育专项资金 → the fund, but not 85%以上 or 10亿元用于…, nor an index's
    # value, named by the index before it (按生师比10:1配备教师)
    if len(noun) >= 2 and q.unit and (q.unit not in ("%", "元", "个百分点") or (q.unit == "元" and _FUND_END.search(noun))):
        return noun
    before = _PAREN.sub("", clause[lo : q.start])
    if "年" in before:
        # 占比2019年底达到30%: the year is no name, nor the words that held it (总投入从2020年的5.6亿元)
        before = _FROM_TAIL.sub("", _YEAR_PHRASE.sub("", before))
    if q.unit == "%" and _SHARE_OPENS.match(before):
        return q.text  # …交流轮岗人数,不低于符合条件总人数的10%: the share's indicator is in the clause before
    share = _SHARE_OF.match(before) if q.unit == "%" else None
    if share:
        # 教师培训经费不低于公用经费总额的5% → 教师培训经费; 数量不超过招生总数的20% → 招生总数
        before = share["base"] if _TRAILING.sub("", share["whole"]) in _GENERIC_INDICATORS else share["whole"]
    before = _TRAILING.sub("", before)
    if q.unit == "倍":
        before = _GROWN_BY.sub("", before)  # 教育经费投入增长1.1倍: the 教育经费投入 grows
    # 新增多媒体教学设备1200套 → 多媒体教学设备; a rate keeps its verb (幼儿园创建比例)
    verbs = [] if share or q.unit in ("%", "个百分点") else list(_COUNT_VERB.finditer(before))
    if verbs and len(before) - verbs[-1].end() >= 2 and not _MEASURE.match(before, verbs[-1].end()):
        before = before[verbs[-1].end() :]
    before = _LIST_SEP.split(before)[-1]
    # 完成总工程量的90%: 90% of the 总工程量; 必修学分从116学分…: the 必修学分 changes
    before = _NOT_NAME.sub("", before)
    stripped = strip_verbs(before)
    # (巩固率, 提升率: the verb is the rate's own name)
    before = _NAME_TAIL.sub("", _LEAD.sub("", stripped if _named_rate(stripped) else before))
    if len(before) >= 2:
        return _last_words(before, 20 if _RATIO_END.search(before) else 16)
    return noun if noun == _CLASS and q.unit == "个" else q.text


# the level of schooling a known amount per head is of (初中生均公用经费; not the 小学 of 中小学, nor the last
# level of a list, 小学、初中生均公用经费, which each level shares)
_LEVEL_END = re.compile(rf"(?<![中、和及与])(?:{_LEVEL.pattern})$")


def _level_before(clause: str, lo: int, end: int, alias: str) -> str:
    """The level of schooling written right before the last `alias` of an amount per head in clause[lo:end], or ""."""
    if not alias.startswith("生均"):
        return ""
    at = clause.rfind(alias, lo, end)
    if at <= lo:
        return ""
    level = _LEVEL_END.search(clause, max(lo, at - 4), at)
    return level.group() if level else ""


def _named_rate(name: str) -> bool:
    """Whether `name`, its verbs stripped, still names something: not a bare 率 or 比例 alone."""
    return len(name) >= 2 and not _RATIO_END.fullmatch(name)


def _last_words(name: str, most: int) -> str:
    """The end of a long name, at most `most` characters: from a 的 where one leaves a phrase short
    enough (位于…东山小学南侧的第十五幼儿园占地面积 → 第十五幼儿园占地面积), not inside a word."""
    if len(name) <= most:
        return name
    cut = name.find("的", len(name) - most - 1)
    # (not …总数的比例: a word that names nothing alone)
    return name[cut + 1 :] if cut >= 0 and len(name) - cut - 1 >= _PHRASE_MIN else name[-most:]


_PHRASE_MIN = 4


def _opens_clause(clause: str, lo: int, q: Quantity) -> bool:
    """Whether q opens its part of the clause, but for a year and a scope (到2025年,全市85%…)."""
    return q.start - lo <= _SCOPE_MAX and not _LEAD.sub("", _NOT_CJK.sub("", _YEAR_PHRASE.sub("", clause[lo : q.start])))


# (经费由2013年的1.44亿元: the year taken out leaves 由的; 比例将由年初59%)
_NAME_TAIL = re.compile(
    r"(?:将?[从由](?:过去|原来|原先|以前|之前|目前|现在|当前|年初|上年|去年)?)?的$|将?[从由](?:过去|原来|原先|以前|之前|目前|现在|当前|年初|上年|去年)?$"
)
_FROM_TAIL = re.compile(r"[从由]的?$")  # (总投入从2020年的: what is left of a change's start once its year is out)
_SCOPE_MAX = 12  # 到2025年,全市: what may stand before a share opening its clause
_YEAR_PHRASE = re.compile(r"(?:到|至|在|于)?\s*(?:19|20)\d{2}\s*年(?:底|末|初|内|度|时)?前?")
# A、B均达到95% / A和B分别达到90%和85%: one value for each of several indicators
_SHARED_WORD = re.compile(r"(?:均|都|全部|分别)")
_QUOTE_MARKS = re.compile(r"[“”\"]")
_SHARED_ITEMS = re.compile(rf"[{CJK}]{{2,}}(?:[、和及与][{CJK}]{{2,}})+$")
_INDICATOR_END = re.compile(r"(?:比例|占比|比重|率|覆盖面|系数|指数|生师比|师生比)$")
_QUALIFIER_MAX = 4
# the rate a list's last item ends with (幼儿园达标率 → 达标率)
_RATE_WORD = re.compile(rf"[{CJK}]{{2}}(?:率|比例)$")
# counts in case records (查处…3起, 处理责任人共3人): neither planned nor an indicator's value
_CASE = re.compile(r"查处|处理|处分|问责|追责|立案|通报|约谈|举报|投诉|受理|违纪|违规|涉案|伤亡|死亡|受伤")
# the rules of a procedure (填报志愿6个, 最多填报1所): how to apply, not what to reach
_PROCEDURE = re.compile(r"填报|志愿(?!服务|者)|可选|选报|报考")
_PEOPLE = ("人", "名", "人次")
_CASE_UNITS = (*_PEOPLE, "家", "件")  # 查处违规办学机构3家, 受理投诉5件
# the units a size or share picks out (600人以上的学校…)
# (…and where a size calls for something: 人口2000人以上的行政村建有1所, 服务人口1万人以上设置1所幼儿园)
_CONDITION_AFTER = re.compile(
    r"的?(?:学校|幼儿园|中小学|县|市|区|乡镇|单位|班级|校区|企业|城市|家庭|学生|地区|(?:超)?大班额|班额|行政村|村|社区|小区)|"
    r"(?:设置|配置|配建|建有|设立|应设)"
)
# (a size of people or households: any noun after it names the units it picks out)
_SIZE_UNITS = ("人", "户")
_SIZED_AFTER = re.compile(rf"的?[{CJK}]{{2}}")
_TEAM = re.compile(r"[^，,；;。]{0,48}?队伍")
_VERB_BEFORE_COUNT = re.compile(rf"(?:{_COUNT_VERB.pattern}|改造)$")
_COUNTERS = ("个", "所", "套", "间", "台", "处", "座", "块", "项")  # units that count things, not size them
# a value things grow from (在600元的基础上有所增长): reported, not planned
_BASE_AFTER = re.compile(r"[^，,；;。]{0,12}?的基础上")
_GENERIC_INDICATORS = frozenset(
    "工作 任务 目标 指标 水平 情况 内容 方面 问题 要求 比例 数量 总数 规模 推荐 其中 全部 分别 达到 完成 实现".split()
)
# a sentence that looks back: 2020年,… (before the plan year), 过去五年…, “十三五”以来…
_LOOKING_BACK = re.compile(
    r"^(?:过去|近)[一二三四五六七八九十\d]+年|^[一二三四五六七八九十\d]+年来|^(?:近|这些|这几|多|几)年来|^(?:去年|上年|一年来)|"
    r"^[“\"]?十([一二三])五[”\"]?(?:期间|以来|时期)|^(?:目标|任务)?完成情况|"
    # 2011年以来,…; 6年间,… (the years since then)
    r"^(?:19|20)\d{2}年(?:以来|来)|^这?[一二三四五六七八九十\d]+年间"
)
_LOOKING_BACK_OPENERS = frozenset("过近这多几去上一二三四五六七八九十“\"目任完")


def _looks_back_from(text: str, plan_year: int | None) -> bool:
    """Whether the text opens by looking back from the plan's year (十二五期间 in a 2011 plan looks ahead)."""
    # (what each way of looking back opens with is looked at first: most texts open otherwise)
    m = _LOOKING_BACK.match(text) if text[:1] in _LOOKING_BACK_OPENERS or text[:1].isdecimal() else None
    if m is None:
        return False
    period = m.group(1)
    return period is None or plan_year is None or plan_year > _PERIOD_LAST[period]


def _shared_indicators(clause: str, quantities: list[Quantity]) -> list[list[str]] | None:
    """The indicators of each quantity where a list of indicators shares them, else None.

    小学、初中巩固率均达到98% → [[小学巩固率, 初中巩固率]]; A和B分别达到90%和85% → [[A], [B]].
    """
    if not quantities:
        return None
    before = clause[: quantities[0].start]
    word = None
    if "均" in before or "都" in before or "全部" in before or "分别" in before:  # (most texts hold none)
        for word in _SHARED_WORD.finditer(before):
            pass
    if word is None:
        return _listed_rates(before) if len(quantities) == 1 else None
    # (a name quoted in the list, 器材配置率、“一键式报警”设施配备率均…, is one item still)
    head = _QUOTE_MARKS.sub("", _TRAILING.sub("", before[: word.start()]))
    items_at = _SHARED_ITEMS.search(head)
    if not items_at:
        return None
    items = [_LEAD.sub("", item) for item in _LIST_SEP.split(items_at.group())]
    if word.group() == "分别" and len(quantities) == 1 and all(len(item) >= 2 for item in items):
        return [items]  # 普惠性幼儿园数、在园幼儿数分别占总数80%以上: each of them
    # 均 needs a rate or an index to share; 分别 with a value for each item pairs them whatever they
    # are, but a vocabulary indicator (小学、初中生均公用经费) stays the one indicator of its values
    paired = word.group() == "分别" and len(quantities) == len(items) and not _indicator_pattern()[0].search(items[-1])
    if not (_INDICATOR_END.search(items[-1]) or paired) or any(len(item) < 2 for item in items):
        return None
    if _levels_after(items):  # 差异系数小学、初中分别…: each level after the first takes its indicator
        items = [items[0]] + [_at_level(items[0], item) for item in items[1:]]
    # 小学、初中巩固率: the qualifiers share the last item's indicator
    first = items[0]
    if all(len(item) <= _QUALIFIER_MAX and not _INDICATOR_END.search(item) for item in items[:-1]):
        stem = items[-1][len(first) :]
        if stem.startswith("的"):  # 小学和初中的巩固率: 小学巩固率, 初中巩固率
            stem = stem[1:]
            items[-1] = items[-1][: len(first)] + stem
        if len(stem) >= 2:
            items = [item + stem for item in items[:-1]] + [items[-1]]
    elif rate := _RATE_WORD.search(items[-1]):
        # 义务教育学校与幼儿园达标率: an item without a rate of its own has the last one's
        items = [item if _INDICATOR_END.search(item) else item + rate.group() for item in items[:-1]] + [items[-1]]
    if word.group() == "分别" and len(quantities) == len(items) > 1:
        return [[item] for item in items]
    if len(quantities) == 1 and word.group() != "分别":
        return [items]
    return None


def _levels_after(items: list[str]) -> bool:
    """Whether a list names an indicator with its level, then only levels (差异系数小学、初中)."""
    level = _LEVEL.search(items[0], max(0, len(items[0]) - 5))
    return (
        level is not None and level.end() == len(items[0])
        and _INDICATOR_END.search(items[0], 0, level.start()) is not None
        and all(_LEVEL.fullmatch(item) for item in items[1:])
    )


def _listed_rates(before: str) -> list[list[str]] | None:
    """残疾儿童入园率和康复教育训练率达到90%: rates listed whole before one value share it, with no 均."""
    if not _LIST_HINT.search(before):
        return None  # most clauses: no list before their value
    # (…知晓率和健康行为形成率≥80%: a bound written as a sign stands where 不低于 would)
    items_at = _SHARED_ITEMS.search(_TRAILING.sub("", before.rstrip(_BOUND_SIGNS)))
    if not items_at:
        return None
    items = [_LEAD.sub("", item) for item in _LIST_SEP.split(items_at.group())]
    if len(items) >= 2 and all(_LEVEL.fullmatch(item) for item in items[:-1]):
        # 小学、初中适龄人口入学率达到100%: school levels before one rate qualify it each
        level = _LEVEL.match(items[-1])
        stem = items[-1][level.end():] if level else ""
        if len(stem) >= 2 and _INDICATOR_END.search(stem):
            return [[item + stem for item in items[:-1]] + [items[-1]]]
    if len(items) < 2 or not all(len(item) >= 4 and _INDICATOR_END.search(item) for item in items):
        return None
    return [items]


_LIST_HINT = re.compile(r"[、和及与][^、和及与]*(?:率|比例|占比|比重|系数|指数)")
_SHARED_OPENING = re.compile(r"(?:均|都|分别)")
_BOUND_SIGNS = "≥≧≤≦>＞<＜ "


def _at_level(indicator: str, level: str) -> str:
    """The indicator of a value listed after another at a level of its own: 图书生均册数小学 → 图书生均册数初中,
    生均公用经费 → 初中生均公用经费."""
    if m := _LEVEL.search(indicator, max(0, len(indicator) - 5)):
        if m.end() == len(indicator):
            return indicator[: m.start()] + level
    return level + indicator


_LEVEL_LEAD = re.compile(rf"^(?:{_LEVEL.pattern})")
_ASKING = re.compile(r"^(?:要求|规定|保证|明确)")


def _levelled_base(text: str, spans: list[tuple[int, int]], j: int, previous: tuple[int, str]) -> str:
    """What a value named only by its level (小学不超过6小时) measures: the indicator of the clause
    before, without its own level, or that clause's noun when it holds no value."""
    if previous[0] == j - 1:
        base = previous[1]
    else:
        prior = _NOT_CJK.sub("", text[slice(*spans[j - 1])])
        base = _LEAD.sub("", strip_verbs(_ASKING.sub("", _TRAILING.sub("", prior))))[-16:]
    base = _LEVEL_LEAD.sub("", base)
    return base if cjk_count(base) >= 2 and not _LEVEL.fullmatch(base) else ""


def _clause_quantities(
    text: str, cs: int, ce: int, matches: Sequence[re.Match[str]], protected: list[tuple[int, int]]
) -> list[Quantity]:
    """The quantities of clause text[cs:ce] (`matches`: those of the sentence's quantity_spans) outside quotes and
    titles (`protected`), without the small Chinese-numeral amounts of prose (一所学校) that are not planned
    (新建两所) nor a span (布局四到六所学校)."""
    clause = text[cs:ce]
    return [
        q
        for q in clause_quantities(text, cs, ce, matches)
        if not inside(protected, q.start, q.end)
        and not (q.chinese and q.unit != "%" and q.value < 10 and q.value_max is None and not _planned_amount(clause, q))
    ]


def _status(
    doc: StructuredDocument, sentence: str, clause: str, leading: str, q: Quantity, indicator: str, *,
    review: bool, aim: bool
) -> str:
    """TARGET, OBSERVATION or NEITHER for quantity q of `clause` measuring `indicator` (`leading`: the
    sentence before the clause): no fact when it names nothing or only picks units out; reported in a
    review, as a base, or in words of the past."""
    if _case_count(clause, q) or _condition(clause, q) or not _names_indicator(indicator, q):
        return NEITHER
    if no_fact(clause, q, leading) or building_listed(sentence, q):
        return NEITHER
    if review or _BASE_AFTER.match(clause, q.end) or _enrolment(sentence, clause, leading, q, indicator):
        return OBSERVATION
    if indicator.endswith(("毕业", "毕业生")) and _GRADUATING.search(indicator):
        return OBSERVATION  # 今年小学毕业147个班7667人: the year's leavers, counted (what is planned is their intake)
    if not aim and (
        _reported(doc, clause, q, sentence, leading) or _DONE_AFTER.match(clause, q.end)
        or _DONE_NEXT.match(sentence, len(leading) + len(clause))
        or (_MET_AIM.match(sentence, len(leading) + q.end) and not _PLANNED.search(clause))
    ):
        return OBSERVATION
    if _FINISHED_BEFORE.search(clause, 0, q.start) and not _planned_so_far(doc, clause):
        return OBSERVATION  # 校舍维修改造项目完工27所: works finished, counted (not 年内…竣工5所)
    if _FINISHED_AFTER.match(clause, q.end) and not _planned_so_far(doc, leading + clause):
        return OBSERVATION  # 65个新改扩建学校投入使用: works come into use, counted (not 年底前,…27所幼儿园投入使用)
    share = _SHARE_OF_AIM.search(clause, 0, q.start) if q.unit == "%" else None
    if share and not _PLANNED.search(clause, 0, share.start()):
        return OBSERVATION  # 占年度投资计划的60%: how far the work has come (not 确保拨付资金占年度计划的100%)
    ranked = ("水平" in sentence or "居全" in sentence) and _RANKED.search(sentence)  # (each rank holds one)
    if ranked and not _PLANNED.search(sentence) and _ranked_in_part(sentence, len(leading)):
        return OBSERVATION  # …达96.2%,高于全省平均水平: a result set beside others'
    if _counted_share(clause, q):
        return OBSERVATION
    return TARGET


# the leavers of a level of schooling (小学毕业, 初中毕业生): a count of who leaves, no aim
_GRADUATING = re.compile(r"(?:小学|初中|中学|高中)毕业生?$")


# a share to the hundredth of a percent (占比51.13%, 覆盖率达84.46%): counted, where an aim is round
_HUNDREDTHS = re.compile(r"\.\d{2,}")


def _counted_share(clause: str, q: Quantity) -> bool:
    """Whether q is a percentage measured to two decimals that no aim or bound makes a goal (not
    力争达到89.02%以上)."""
    return (
        q.unit == "%" and _HUNDREDTHS.search(q.text) is not None and not (q.at_least or q.at_most)
        and not _AIM_WORD.search(clause, 0, q.start)
    )


# a goal quoted whole (实现“…入园率达到90%以上”的目标): its values are read, unlike a quoted name's (“3313”工程)
_QUOTED_AIM = re.compile(r"的?(?:目标|奋斗目标|总目标|任务目标)")
# the share of a plan or a task a result makes (完成投资3212万元,占年度投资计划的32.12%): progress told against its aim
_SHARE_OF_AIM = re.compile(r"占[^，,；;。]{0,12}?(?:计划|任务|目标)的$")
# works counted as they are finished (项目完工27所, 竣工投用3所)
_FINISHED_BEFORE = re.compile(r"(?:完工|竣工|竣工投用|交付使用)$")
# …or as they come into use (65个新改扩建学校投入使用, 33所幼儿园建成投用; not 投入使用后: once they are)
_FINISHED_AFTER = re.compile(r"[^，,；;。]{0,16}?(?:投入使用|建成投用|交付使用|竣工投用)(?!后)")


def _planned_so_far(doc: StructuredDocument, text: str) -> bool:
    """Whether `text` (a clause, or a sentence up to a clause's end) plans or names a time ahead."""
    return bool(_PLANNED.search(text) or _ahead(doc, text) or _year_ahead(doc, text))


# a result ranked against the province's or the country's (高于全省平均水平, 位居全市第一)
_RANKED = re.compile(r"(?:高于|超过|超出|超|低于|优于)(?:全国|全省|全市|全区|全州)(?:平均)?水平|位居全[国省市区州]|居全[国省市区州][^，,。]{0,6}?(?:第|前列)")
_PART_END = re.compile(r"[；;]")


def _ranked_in_part(sentence: str, at: int) -> bool:
    """Whether the rank stands in the part of the sentence (between semicolons) holding the clause at `at`:
    招生3000人,入学率在95%以上;…合格率位居全市前列 ranks another indicator, as an aim of its own."""
    start = max(sentence.rfind("；", 0, at), sentence.rfind(";", 0, at)) + 1
    end = m.start() if (m := _PART_END.search(sentence, at)) else len(sentence)
    return _RANKED.search(sentence, start, end) is not None


# who is enrolled or of school age (在校学生人数, 在园幼儿, 适龄儿童): a count of them that nothing bounds or plans is the present
_ENROLLED = re.compile(r"(?:在校|在园|在读|在籍)[\u4e00-\u9fff]{0,4}?(?:学生|生|幼儿|儿童|人数)|学生人数|适龄儿童|学龄儿童")


# what follows a count that is the size of what is built (在校生810人的规模, 3000人规模的学校)
_SCALE_AFTER = ("的规模", "规模")


def _enrolment(sentence: str, clause: str, leading: str, q: Quantity, indicator: str) -> bool:
    """Whether q counts the enrolled as they are (各级各类在校学生人数570413人,其中研究生824人), with no
    bound, plan or estimate (在校生规模达到3万人, 在校生约3.2万人左右; not 适龄儿童近7539人: nearly so many, counted)."""
    estimate = q.approx and not clause.endswith("近", 0, q.start)
    if q.unit not in _PEOPLE or estimate or _BOUND.search(clause, 0, q.start) or _PLANNED.search(clause):
        return False
    if _CHANGE_TO.search(clause):
        return False  # 在校生规模从3.2万人增加到4万人: the count changes to an aim
    if clause.startswith(_SCALE_AFTER, q.end):
        return False  # 按在校生810人的规模建设: the size a school is built for, not who is enrolled
    before = leading + clause[: q.start]
    return bool(_ENROLLED.search(indicator) or ("其中" in before and _ENROLLED.search(before)))


# what the counted did, in the past (4家单位作了交流发言, 30名学生参加了…, …已全部完成) or do now (…正在)
_DONE_AFTER = re.compile(
    r"[^，,；;。]{0,8}?(?:作|做|进行|参加|举行|召开|获得|完成|发表|签订)了|"
    # 55所公办小学已按照既定目标全部完成加装: what the counted have done already, or are doing now
    # (87所项目学校已开工建设: works begun, counted)
    r"[^，,；;。]{0,20}?已[^，,；;。]{0,12}?(?:完成|建成|投入使用|竣工|完工|开工|动工|封顶)|[^，,；;。]{0,8}?正在"
)
# …or say in the clause after that all of them are done (校舍维修改造项目共6个,目前均已完工)
_DONE_NEXT = re.compile(r"[,，]\s*(?:目前|现在|现)?(?:均|都|全部)已")
# …or that it met its aim (达到92%(目标90%), 达到92%,完成了年度目标, 提前完成“十四五”目标, 超过目标2个百分点)
_MET_AIM = re.compile(
    r"\s*(?:[(（](?:年度|计划)?目标|[,，]\s*(?:(?:已|提前|超额|圆满)完成|完成了|超过|超出|高于)[^，,。；;]{0,12}?目标)"
)
# a sentence's piece, not a noun phrase: it ends in a word that needs more (检查组对, 审核中有, 县未能,
# 座谈会共), or a body acts in it (检查组对河北省)
# (each word is written first and what stands before it looked back at from after it, so that a search skips
# at once the characters none of them opens with; the charge is looked for at the start alone, _CHARGE)
_PIECE = re.compile(
    r"对$|向$|把$|被$|从$|给$|让$|有$|了$|共$|能(?<![技功性智效体潜动热产]能)$|的(?<=[^目]的)$|对(?<=[组局厅部委室府]对)|"
    # (but not after a year or a byline, 本报讯今年我省…投入, where the region opens what is said, nor after a
    # grant, 安排我省…建设, 下达我市的推荐数, where it names who gets it; 去年我市… looks back)
    r"我(?<=.我)(?<![年讯]我)(?<!安排我|下达我|分配我)[省市县区]|我(?<=去年我|上年我)[省市县区]|"
    # a person (高央先生承诺将出资)
    r"先生|女士"
)
# a charge (要抓紧对全市…)
_CHARGE = re.compile(r"要|应(?!届)|须|必须|需要")


def _names_indicator(name: str, q: Quantity) -> bool:
    """Whether `name` names an indicator: not the value itself (70%), a lone generic word (工作) nor
    a sentence's piece."""
    return (
        name != q.text and (cjk_count(name) >= 2 or name == _CLASS) and name not in _GENERIC_INDICATORS
        and not _PIECE.search(name) and not _CHARGE.match(name)
    )


def _condition(clause: str, q: Quantity) -> bool:
    """Whether q only says which units are meant: 600人以上学校设立医务室, 后20%学生 (not 改造600个以上乡镇
    中小学食堂: a verb counts what follows; nor 将有100所以上中小学开建: 所 counts the schools themselves)."""
    if (
        q.unit not in ("%", "所") and q.text.endswith(("以上", "以下")) and _CONDITION_AFTER.match(clause, q.end)
        and not (q.unit in _COUNTERS and _VERB_BEFORE_COUNT.search(clause, 0, q.start))
    ):
        return True
    if (
        q.unit in _SIZE_UNITS and q.text.endswith(("以上", "以下")) and _SIZED_AFTER.match(clause, q.end)
        and not _VERB_BEFORE_COUNT.search(clause, 0, q.start)
    ):
        return True  # 300人以下的考点征订1袋, 50户以上木质房屋连片村寨: the size picks out the units meant
    if q.value == 1 and _TEAM.match(clause, q.end):
        return True  # 建设一支高素质教师队伍
    if clause.startswith("《", q.end):
        return True  # 即1个《…》: the documents of a policy set, counted
    if clause.endswith(_STEP_OF_A_RATIO, 0, q.start):
        return True  # 每增加300名学生…, 每录取1人奖…: the step of a ratio a rule sets
    return q.unit in ("%", "名") and clause[q.start - 1 : q.start] in ("前", "后")


_STEP_OF_A_RATIO = ("每增加", "每增", "每满", "每超过", "每超出", "每录取", "每招收")


# 今年,我县将…, 今年,某县安排资金…, 本年度将…: this year's work ahead (not 今年以来, so far this year)
_THIS_YEAR_AHEAD = re.compile(r"(?:今年|本年度)(?!以来|上半年|1-|前)[^。；;]{0,12}?(?:将|要|计划|拟|安排)")


def _this_year(text: str) -> bool:
    """Whether `text` names the year it is written in in words (今年, or 本年度 as official texts write it, or
    年内: within it; not 三年内, within some years)."""
    return "今年" in text or "本年度" in text or ("年内" in text and _WITHIN_THE_YEAR.search(text) is not None)


_WITHIN_THE_YEAR = re.compile(r"年内(?<![\d一二三四五六七八九十两几多]年内)")


def _year_ahead(doc: StructuredDocument, text: str) -> bool:
    """Whether `text` names the plan's year or a later one, or next year, as what it speaks of (a
    report's year is the one it reports on: only a later one is ahead)."""
    plan = doc.metadata.plan_year
    if "明年" in text or "下一步" in text or (_this_year(text) and _THIS_YEAR_AHEAD.search(text)):
        return True
    if plan is not None and doc.metadata.kind == "报告":
        plan += 1
    if plan is not None and "五" in text and _period_ahead(text, plan):
        return True  # (到“十四五”末,…: the last year of a five-year plan not before the plan's)
    # (2022年,全县共有各级各类学校486所: the year of a count of what there is, no year ahead; 2012年,… in news
    # posted in 2013: a year that had ended when the page was posted)
    # (年 first: a scan for it costs a fraction of the pattern's search, and most clauses name no year)
    return plan is not None and "年" in text and any(
        int(m.group(1)) >= plan and not _HAS_IN_YEAR.match(text, m.end()) and not _ended(doc, int(m.group(1)))
        for m in YEAR.finditer(text)
    )


# the end of a five-year plan, a deadline (到“十四五”末, 至“十四五”期末): the plan's last year
_PERIOD_AIM = re.compile(r"十([一二三四五])五[”\"]?(?:末|期末|时期末)")


def _period_ahead(text: str, plan: int) -> bool:
    """Whether `text` names the end of a five-year plan that is not before the year `plan`."""
    return any(_PERIOD_LAST[m.group(1)] >= plan for m in _PERIOD_AIM.finditer(text))


_HAS_IN_YEAR = re.compile(r"(?:底|末)?\s*[,，]?\s*(?:全[省市县区州旗]|我[省市县区州旗])?(?:共有|现有|拥有)")


def _ended(doc: StructuredDocument, year: int) -> bool:
    """Whether the year had ended when the page was posted."""
    published = doc.metadata.published
    return published is not None and year < int(published[:4])


def _paragraph_to(doc: StructuredDocument, sent: Sentence) -> str:
    """The sentence's paragraph up to the sentence's end: 2023年,蕲春将…。加快…: what it says ahead
    holds for the sentences after it."""
    return doc.norm.text[doc.paragraph_start(sent) : sent.end]


def _case_count(clause: str, q: Quantity) -> bool:
    """Whether q counts people in a case record (处理责任人3人), or the choices of an application
    procedure (填报志愿6个): no target either."""
    # (报 of 填报, 选报, 报考, 志愿 or 可选 first: scans of a clause cost a fraction of a search, asked for most quantities)
    return (q.unit in _CASE_UNITS and _CASE.search(clause) is not None) or (
        ("报" in clause or "志愿" in clause or "可选" in clause) and _PROCEDURE.search(clause) is not None
    )


# a sentence that ends on what its work has brought about (…,极大改善了学校办学条件。)
_RESULT_LAST = re.compile(r"[,，]\s*(?:极大|大大|有效|显著|明显|进一步)?(?:地)?(?:改善|提升|提高|增强|缓解|解决|保障|推动|促进|满足)了[^，,；;。]*[。！!]?\s*$")


def _past_sentence(doc: StructuredDocument, sent: Sentence, opening: str | None, leads: _ListLeads) -> bool:
    """Whether the sentence reports the past: it opens with a year before the plan's, or looks back,
    or, opening with no year of its own, stands in a paragraph that opens so (2021年,全县…。全年新建…;
    这些年来,…。…创建率98.1%) and does not turn ahead itself."""
    text = sent.text[_hearsay_end(sent.text, 0) :].lstrip()  # (据了解,“十三五”期间,…: what is heard looks back)
    plan = doc.metadata.plan_year
    if _looks_back_from(text, plan):  # (each of its words opens the text)
        return True
    if "了" in text and _RESULT_LAST.search(text) and not _PLANNED.search(text):  # (every result holds 了)
        return True  # …,其中新建167所、改扩建11所,极大改善了…办学条件: what was done, and what it brought
    if opening and _looks_back_from(opening.lstrip(), plan) and not _FORWARD.search(text):
        return True  # 这些年来,…取得了重大成就。…创建率98.1%: the paragraph looks back
    m = YEAR.match(text)
    # (2009年,全县共投入资金…, posted in 2010: a year that had ended when the page was posted is reported on)
    if m and _ended(doc, int(m.group(1))) and not _PLANNED.search(text):
        return not _ahead(doc, text)
    if m is None and opening:
        m = YEAR.match(opening.lstrip())
    if m and plan and int(m.group(1)) < plan and not _ahead(doc, text):
        return True
    return m is None and leads.looks_back(sent) and not _FORWARD.search(text)


_OPENING = re.compile(r"[^，,；;：:。！？!?\n]{1,24}")
_WRITTEN = re.compile(r"\S")


def _paragraph_opening(doc: StructuredDocument, sent: Sentence) -> str | None:
    """The first clause of the sentence's paragraph when the sentence is not its first: what a
    paragraph opens with (到2025年, 2020年, 十四五末) holds for the sentences after it."""
    text = doc.norm.text
    start = doc.paragraph_start(sent)
    if start == sent.start or _WRITTEN.search(text, start, sent.start) is None:
        return None  # the sentence opens its paragraph
    m = _OPENING.match(text, _hearsay_end(text, start))
    return m.group() if m else None


# what a news paragraph opens with before what it says (据了解,2013年,…)
# (…or with a word that joins it to what goes before: 此外,过去3年,…)
_HEARSAY = re.compile(
    r"\s*(?:据了解|据悉|据介绍|据统计|记者了解到|记者获悉|记者从[^，,。]{2,20}获悉|此外|另外|与此同时|同时)?[,，]?"
)


def _hearsay_end(text: str, start: int) -> int:
    """Where text[start:] goes on after the words it opens with that tell what is heard (据了解,…)."""
    # (each opens with a blank, 据, 记, 此, 另, 与, 同 or a comma: at any other character nothing is passed over, most
    # sentences)
    if start < len(text) and (text[start] in "据记此另与同,，" or text[start].isspace()):
        return _HEARSAY.match(text, start).end()
    return start


def _section_opening(doc: StructuredDocument, section: Section) -> str:
    """The first clause after a section's heading: the horizon (到2020年,…) its aims share."""
    text = doc.norm.text
    start = text.find("\n", section.start, section.end) + 1
    m = _OPENING.match(text, start, section.end) if start else None
    return m.group() if m else ""


def _comparator(q: Quantity, before: str) -> str:
    """The comparator of q: its own words (以上, 以内, 左右, 约) first, else the bound word nearest
    before it (3岁以下婴幼儿托位数达到4.5个: 达到, not the 以下 of the age)."""
    if q.value_max is not None:
        return "range"
    if q.at_most:
        return "<="
    if q.at_least:
        return ">="
    if q.approx:
        return "≈"  # 控制在3万人左右: about, whatever the verb
    last = None
    for last in _BOUND.finditer(before):
        pass
    if last is None:
        return "="
    return "<=" if last.group() in _AT_MOST else ">="



# the last year of a five-year plan (十四五末 → 2025; what is to be done 十四五期间 is done by then), this
# year and next year (今年将…, 力争明年…)
_PERIOD_END = re.compile(r"十([一二三四五])五[”\"]?(?:末|期末|时期末|结束|期间|时期)")
_PERIOD_LAST = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
# a horizon of N years from the page's year (未来三年, 今后5年, 用五年时间, 3年内; not 近3年内): its last year
# (the look ahead for what each alternative opens with fails at once elsewhere: the second opens with a look back)
_HORIZON = re.compile(r"(?=[未今用一二三四五六七八九十\d])(?:(?:未来|今后|用)(?P<n>[一二三四五六七八九十\d]{1,2})年|(?<![近前过])(?P<m>[一二三四五六七八九十\d]{1,2})年(?:之)?内)")


def _years_named(doc: StructuredDocument, text: str, end: int | None = None) -> list[int]:
    """The years `text[:end]` names: 2025年, 十四五末, 今年, 明年, 未来三年."""
    end = len(text) if end is None else end
    years = _years_not_compared(text, end) if "年" in text else []
    if "五" in text:  # most texts name no five-year plan
        years += [_PERIOD_LAST[m.group(1)] for m in _PERIOD_END.finditer(text, 0, end)]
    # (each of these holds 年: most texts have none of their other words)
    if "年" in text and ("今年" in text or "明年" in text or "未来" in text or "今后" in text or "用" in text or "内" in text):
        # counted from the year the page was published in, else from its plan's year (an undated
        # plan's 明年 is its own year: a plan is written the year before)
        published = int(doc.metadata.published[:4]) if doc.metadata.published else None
        plan = doc.metadata.plan_year or 0
        if text.find("今年", 0, end) >= 0:
            years.append(published or plan)
        if text.find("明年", 0, end) >= 0:
            years.append(published + 1 if published else plan)
        if (m := _HORIZON.search(text, 0, end)) and (n := _years_count(m["n"] or m["m"])) and (published or plan):
            years.append((published or plan) + n - 1)
    return [y for y in years if y]


# a year a value is compared with (较2020年提高5个百分点, 比2019年增长10%): the base, not the value's
# year (not 占比2019年底达到30%, 生师比…: a ratio's name)
_COMPARED_WITH = re.compile(r"(?:较|(?<![占生师机额])比)\s*$")


# a year, also one its month follows (2024年6月底前完成…): the years a value's time is read from
_YEAR_OR_MONTH = re.compile(r"((?:19|20)\d{2})(?<!\d{5})\s*年(?!\d(?!\d?月))")


def _years_not_compared(text: str, end: int) -> list[int]:
    """The years of text[:end] but those a value is compared with, and those of a change's start
    the change has passed (由2021年的88%提高到91.5%: 91.5% is not of 2021)."""
    if "较" in text or "比" in text or "由" in text or "从" in text:
        return [
            int(m.group(1)) for m in _YEAR_OR_MONTH.finditer(text, 0, end)
            if not _COMPARED_WITH.search(text, max(0, m.start() - 2), m.start())
            and not (text.endswith(("由", "从"), 0, m.start()) and _CHANGE_TO.search(text, m.end(), end))
        ]
    return [int(y) for y in _YEAR_OR_MONTH.findall(text, 0, end)]


def _years_count(written: str) -> int | None:
    """三 → 3, 5 → 5: the years of a horizon, from one to ten."""
    n = int(written) if written.isdigit() else chinese_int(written)
    return n if n and n <= 10 else None


def _wanting(years: list[int], planned: bool, plan: int | None) -> bool:
    """Whether a place's `years` give a value none: it names none, or for a planned value only years before the
    plan's (2020年为88%,提高到95%: the year of the aim is looked for further out)."""
    return not years or planned and plan is not None and max(years) < plan


class _SentenceYears:
    """The years a sentence's places name, each read once for all the sentence's values: the sentence up to
    an end, its table row's deadline, and what stands above it."""

    def __init__(self, doc: StructuredDocument, sent: Sentence, opening: str | None) -> None:
        self.doc, self.sent, self.opening = doc, sent, opening
        self._up_to: dict[int | None, list[int]] = {}
        self._row: list[int] | None = None
        self._above: dict[bool, list[int]] = {}

    def up_to(self, end: int | None = None) -> list[int]:
        """The years the sentence names before `end` (None: all of it)."""
        if end not in self._up_to:
            self._up_to[end] = _years_named(self.doc, self.sent.text, end)
        return self._up_to[end]

    def row(self) -> list[int]:
        if self._row is None:
            self._row = _row_deadline(self.doc, self.sent)
        return self._row

    def above(self, planned: bool) -> list[int]:
        if planned not in self._above:
            self._above[planned] = _years_above(self.doc, self.sent, self.opening, planned)
        return self._above[planned]

    def for_clause(self, at: int, planned: bool) -> list[int]:
        """The years the sentence names for its clause at `at`: those before the clause (到2023年底,…达到90%,
        2024年底达到95%: not the sentence's last), else up to the semicolon after it (…1200个;2024年,…), else
        all of it; a planned value passes over years before the plan's (以2020年为基数,…,到2025年…)."""
        named = self.up_to()
        if not named:
            return named  # (most sentences name none: looked for once)
        text, plan = self.sent.text, self.doc.metadata.plan_year
        ends = [e for e in (text.find("；", at), text.find(";", at)) if e >= 0]
        for end in (at, min(ends)) if ends else (at,):  # (with no semicolon after it, up to it: all of it, `named`)
            if not _wanting(years := self.up_to(end), planned, plan):
                return years
        return named


_DEADLINE_HEAD = re.compile(r"时限|时间")  # (完成时限, 完成时间, 时间节点)


def _row_deadline(doc: StructuredDocument, sent: Sentence) -> list[int]:
    """The years of the deadline cell of the table row whose cell `sent` is (序号 | 工作任务 | 目标要求 |
    完成时限: a task's year is its row's 2024年底, not the year of the plan's aims)."""
    start, end = doc.norm.to_original(sent.start, sent.end)
    for table in doc.tables:
        if table.start <= start < table.end:
            due = {c.column for c in table.header if _DEADLINE_HEAD.search(c.text)}
            row = next((r for r in table.rows if any(c.start < end and start < c.end for c in r)), ()) if due else ()
            return [int(y) for c in row if c.column in due for y in _YEAR_OR_MONTH.findall(c.text)]
    return []


def _year_of(
    doc: StructuredDocument, clause: str, at: int, q: Quantity, planned: bool, named: _SentenceYears
) -> int | None:
    """The year of q (its clause at `at` in its sentence): the latest year not before the plan's that its
    clause names before it, else its sentence (_sentence_years), its table row's deadline, the opening of
    its paragraph, its headings; else the plan's. Where the nearest place names only earlier years, a
    value reached is of the latest of them (2020年为88%), and a planned value passes over it (2020年为88%,
    提高到95%: of the 到2025年 the paragraph opens with). `named`: the years the sentence's places name."""
    plan = doc.metadata.plan_year
    years = _years_named(doc, clause, q.start)
    if _wanting(years, planned, plan):
        # (到2025年,…由2020年的85%提高到95%: the sentence names the aim's year before its clause)
        years = named.for_clause(at, planned) or years
    if doc.tables and _wanting(years, planned, plan):
        years = named.row() or years
    if _wanting(years, planned, plan):
        years = named.above(planned)
    later = [y for y in years if plan is None or y >= plan]
    if later:
        return max(later)
    return max(years) if years and not planned else plan


def _years_above(doc: StructuredDocument, sent: Sentence, opening: str | None, planned: bool) -> list[int]:
    """The years of the opening of the sentence's paragraph, else of its headings (and, for a planned value,
    of the openings of their sections), nearest first: the first to name one (for a planned value, one not
    before the plan's)."""
    plan = doc.metadata.plan_year
    years = _years_named(doc, opening) if opening else []
    section = sent.section
    while _wanting(years, planned, plan) and section is not None:
        years = [int(y) for y in YEAR.findall(doc.sections[section].heading)]
        if not years and planned:
            years = _years_named(doc, _section_opening(doc, doc.sections[section]))
        section = doc.sections[section].parent
    return years


def _past_year(doc: StructuredDocument, text: str) -> bool:
    """Whether `text` names a year before the plan's (提高到2020年的86.7% in a plan for 2021)."""
    plan = doc.metadata.plan_year
    return any(plan is None or int(y) < plan for y in YEAR.findall(text)) if "年" in text else False


# 一个 before what describes the thing (建设一个凸显“数字化”特色的环境): an article, no count
_ARTICLE = re.compile(r"[^，,；;。\d]{2,24}?的[^，,；;。]{2}")


def _planned_amount(clause: str, q: Quantity) -> bool:
    """Whether a small Chinese-numeral amount is planned (新建两所, 不少于一小时) rather than prose (一所学校,
    建设一个凸显…特色的…环境)."""
    before = clause[: q.start]
    if _BOUND_BEFORE.search(before):
        return True
    if q.value == 1 and q.text.startswith("一") and _ARTICLE.match(clause, q.end):
        return False
    if _BUILD_VERB.search(before):
        return True
    if _LISTED_COUNTS_END.fullmatch(clause.rstrip(), q.end) and _BUILD_VERB_NOUN.search(before):
        return True
    return q.unit in _TIME_UNITS and bool(_PER_PERIOD.search(before))


class _Review(NamedTuple):
    """The parts of a document that look back: sections, and stretches of text under a heading run
    into a line (a page that lost its line breaks: …打算一、2022年亮点工作(一)…)."""

    sections: frozenset[int]
    spans: tuple[tuple[int, int], ...]

    def covers(self, sent: Sentence) -> bool:
        return sent.section in self.sections or inside(self.spans, sent.start, sent.start + 1)


# a heading that sets out to raise results (提高教学成绩, 加强过程管理,提升教育成效), or names an aim (中考成绩目标, 成绩目标):
# ahead, though it speaks of 成绩 or 成效 (not 教学成绩显著提高, 目标完成情况: results told)
_RAISING = re.compile(r"(?:[^，,。；;]{1,12}[，,])?\s*(?:全面|进一步|努力|着力|持续|切实)?(?:提高|提升)(?=[^，,。；;]{2})")
_SHORT_HEADING = 12
_AIM_MET = re.compile(r"完成|情况|实现|落实|达成")
# where a plan stands (面临的形势, 形势与挑战, 机遇和挑战, 问题和挑战): the present it starts from, as 发展现状 is
# (not 抢抓机遇, 应对挑战: a line of work)
_SITUATION = re.compile(r"(?<![抓握用接对])(?:形势|挑战|机遇)(?:分析)?$")


# the results an item asks its work to bring, after what it asks done (…,且成效显著; …,并取得明显成效)
_ASKED_RESULT = re.compile(r"[,，]\s*[且并][^，,。]{0,6}(?:成效|成绩)")


def _looks_back(doc: StructuredDocument, heading: str) -> bool:
    """Whether a heading opens a look back: 工作回顾, 主要成效, 2020年工作 in a 2021 plan, 面临的形势 (not
    深化改革,取得新成效, 提高教学成绩, 中考成绩目标: aims)."""
    if _RAISING.match(heading) or ("目标" in heading and len(heading) <= _SHORT_HEADING and not _AIM_MET.search(heading)):
        return False
    if ("形势" in heading or "挑战" in heading or "机遇" in heading) and _SITUATION.search(heading):
        return True
    if ("且" in heading or "并" in heading) and _ASKED_RESULT.search(heading):
        return False  # (4)指导和扶持1至2所薄弱学校,且成效显著: an item asking its work for results, no look back
    return bool(_PAST_SECTION.search(heading) and not _AIMED_HEADING.search(heading)) or (
        _past_year(doc, heading) and not _ahead(doc, heading)
    )


# a top-level heading inside a line, after a sentence or a run-in title: 。二、2023年工作打算
# (、 opens the pattern, so that a search skips to it; the numeral and what stands before are checked after)
_INLINE_HEADING = re.compile(r"、(?<=[一二三四五六七八九十]、)(?P<h>[^。；;，,(（\n]{2,24})")
# a heading on the line after its number alone (01⏎2020年工作回顾⏎…, 02⏎“十三五”主要工作回顾): not read as a section
_NUMBERED_HEADING = re.compile(r"(?<=\n)0\d\n(?P<h>[^\n。；;，,!！?？]{2,24})\n")
_HEADING_AFTER = ("。", "；", ";", "！", "!", "？", "?", "计划", "打算", "安排", "要点", "总结", "方案")
_NUMERALS = "一二三四五六七八九十"


def _heading_start(text: str, mark: int) -> int | None:
    """Where the numeral before the 、 at `mark` starts, if it opens a heading after a sentence or a
    run-in title; else None."""
    start = mark
    while start > max(0, mark - 3) and text[start - 1] in _NUMERALS:
        start -= 1
    before = text[max(0, start - 8) : start].rstrip(" \u3000")
    return start if start and before.endswith(_HEADING_AFTER) else None


def _review_parts(doc: StructuredDocument) -> _Review:
    """The sections that look back, or stand in one that does, and the run-in parts that do."""
    parts: set[int] = set()
    for i, section in enumerate(doc.sections):  # a parent comes before its sections
        if (section.parent is not None and section.parent in parts) or _looks_back(doc, section.heading):
            parts.add(i)
    text = doc.norm.text
    inline = [(start, m["h"]) for m in _INLINE_HEADING.finditer(text) if (start := _heading_start(text, m.start()))]
    numbered = [(m.start(), m["h"]) for m in _NUMBERED_HEADING.finditer(text)] if "\n0" in text else []
    if "总结" in text or "回顾" in text:  # (a part's title ends where the next title or numbered heading starts)
        numbered = sorted(numbered + [(m.start(), m["h"]) for m in _PART_TITLE.finditer(text)])
    return _Review(frozenset(parts), (*_parts_looking_back(doc, inline), *_parts_looking_back(doc, numbered)))


# the title of a part on a line of its own (2019年广州教育工作总结⏎…⏎2020年工作要点⏎…, in a notice that prints
# both): the part under a year's review, up to the next such title, looks back, though its sections do not say so
_PART_TITLE = re.compile(
    r"\n[ \t\u3000]*(?P<h>(?:19|20)\d{2}\s*年[^\n。，,；;:：\d]{0,24}?(?:工作)?(?:总结|回顾|要点|计划|打算|思路|安排))[ \t\u3000]*(?=\n)"
)


def _parts_looking_back(doc: StructuredDocument, headings: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The spans, each from a heading (its start, its words) to the next, of the headings that look back."""
    ends = [start for start, _ in headings[1:]] + [len(doc.norm.text)]
    return [(start, end) for (start, heading), end in zip(headings, ends) if _looks_back(doc, heading)]


def _ahead(doc: StructuredDocument, sentence: str) -> bool:
    """Whether the sentence aims ahead: a deadline not before the plan year, or 力争/确保/计划…"""
    plan = doc.metadata.plan_year
    for m in _AHEAD.finditer(sentence):
        year = m.group(1) or m.group(2)
        if not year or plan is None or int(year) >= plan:
            return True
    return False


_AIM_WORD = re.compile(r"目标|预期|预计|力争|确保|争取|计划|规划")


# what a report word may open instead of a report: a time ahead (截至2025年底, 从2022年起) or
# the base a plan builds on (在现有基础上)
_TIME_FROM = re.compile(r"(?:截至|截止|从|由)\s*((?:19|20)\d{2})\s*年")
_BASE_WORD = re.compile(r"(?:现有|已有)基础")
_OPENS = "截从由现已"  # the first characters of the report words these two can open
# a span that runs on from a year (从2011年起分三年建设…, 从2017年开始…): the years a plan covers, not the value a
# change starts from, whichever the year
_RUNS_ON = ("起", "开始")
# a count of what there is up to a date (截至2019年底,全区共有…): of the plan's year, it is had, not aimed at
_STOCK_AT = re.compile(r"截[至止]\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[,，]?\s*(?:全[省市县区州旗]|我[省市县区州旗])?(?:共有|现有|拥有)")


def _opens_ahead(doc: StructuredDocument, text: str, at: int) -> bool:
    """Whether the report word at text[at] opens a time not before the plan year or the base of a plan."""
    if m := _TIME_FROM.match(text, at):
        if text.startswith(_RUNS_ON, m.end()) and text[at] == "从":
            return True  # 从2011年起分三年…建设1200所: a span that runs on from a year, whatever the year
        plan = doc.metadata.plan_year
        return plan is not None and int(m.group(1)) >= plan
    return _BASE_WORD.match(text, at) is not None


# an aim set for a year (力争2017年入园率达75%, 确保到2018年…): planned, though the year is before the plan's
_AIMS_AT_YEAR = tuple(f"{aim}{to}" for aim in ("力争", "确保", "争取", "计划", "预计") for to in ("", "在", "到", "于"))
# a task named by its year, to be finished (督促…完成2009年教育扶贫移民工程任务, not 已完成2009年…)
_TASK_OF_YEAR = re.compile(r"(?<![已经])完成$")


# the start of a change named by its time (由现在的600元, 从过去的10个班, 由目前的12%), or by the year's
# start or the year before (配备比例将由年初59%提高到96%, 由上年的600元提高到800元)
_FROM_NOW = tuple(
    f"{frm}{now}{of}"
    for frm in "由从"
    for now in ("过去", "原来", "原先", "以前", "之前", "目前", "现在", "当前", "年初", "上年", "去年")
    for of in ("的", "")
)


# what news gives of a project's investment or size (项目概算批复总投资为1亿余元, 建成后办学规模为60个班级, 招生规模为12个
# 班级): what the works are to cost or hold, not a value as it now stands
_SCALE_IS = ("投资为", "规模为")


def _reported(doc: StructuredDocument, clause: str, q: Quantity, sentence: str, before_clause: str) -> bool:
    before = clause[: q.start]
    # 入园率为94.51%: a present value, unless an aim or a deadline ahead makes it planned (目标为92%,
    # 到2025年,…为95%); in a rule (通知, 方案), 分配比例为50% is the rule, in a year's plan the aim;
    # 由/从116学分减少到96学分: the value changed from
    if before.endswith(("由", "从")) or before.endswith(_FROM_NOW):
        return True  # (由现在的600元提高到800元, 从过去的10个班增加到12个班: the value now, changed from)
    if before.endswith("为") and doc.metadata.kind not in _STATING_KINDS and not (
        doc.metadata.kind == "新闻" and before.endswith(_SCALE_IS)
    ):
        return not (_AIM_WORD.search(clause, 0, len(before)) or _ahead(doc, sentence))
    leading = before_clause + before
    if (
        _NOW_OPENING.match(sentence) or ("已" in sentence and _DONE_OPENING.match(sentence))  # (most hold no 已)
        or _GROUNDS_OPENING.match(sentence)
    ) and not _ahead(doc, sentence):
        return True  # 目前,全区有各类学校1195所,教学点613个: each clause of the sentence tells the present
    if _SO_FAR.match(sentence) and not _PLANNED.search(clause):
        return True  # 截至目前,今年全市累计投入资金2.1亿元: what this year has done so far
    if (since := _SINCE.search(leading)) and not _ahead(doc, leading[since.end() :]) and not (
        since.group().endswith("完成") and _ahead(doc, leading[: since.start()])
    ):
        # 2001年以来,…共投入65亿元 (but not 截至目前…有16所,到2023年…将升至18所, nor a plan's 将…,圆满完成…)
        return True
    if "截" in leading and (stock := _STOCK_AT.search(leading)) and int(stock.group(1)) == doc.metadata.plan_year:
        return True  # 截至2019年底,全区共有幼儿园227所 in 2019: what there is at a date, as 2019年底,全区共有… is
    for reported in _REPORTED.finditer(before):
        word = reported.group()
        if not (_HELD.fullmatch(word) and (doc.metadata.kind in _RULE_KINDS or _ahead(doc, sentence))) and not (
            word[0] in _OPENS and _opens_ahead(doc, before, reported.start())
        ):
            return True
    # (到2023年底,…安全事故同比下降10%: a change set for a deadline ahead is planned)
    # (a year's plan sets a span or a floor on the year before: 上线率均比上年提高3-5个百分点; 比上年增长8.5%
    # tells a result)
    if (
        _COMPARED.search(before) and not _PLANNED.search(clause) and not _ahead(doc, leading)
        and not (doc.metadata.kind in _YEAR_PLANS and (q.value_max is not None or q.at_least))
    ):
        return True
    # 全县有26所学校,其中小学18所,初中8所: the parts of a reported total are reported
    if (part := leading.rfind("其中")) > 0 and _REPORTED.search(re.split(r"[,，;；]", leading[:part].rstrip(",，;；"))[-1]):
        return True
    # 2022年,蕲春投入4434万元,新建5所…: the last year named before the value, if before the plan's (not
    # a changed value's own, 由2020年的85%提高到95%,…达到85%: its change runs ahead; nor, after a deadline
    # ahead, the base a change is compared with, 到2025年,…较2020年提高5个百分点)
    plan = doc.metadata.plan_year
    dated = _without_asides(leading) if plan and "年" in leading else ""
    years = [y for y in YEAR.finditer(dated) if not leading.endswith(("由", "从"), 0, y.start())]
    # (a base of a change is left out only beside another year: one year alone is looked at no further)
    compared = [y for y in years if _COMPARED_WITH.search(leading, y.start() - 1, y.start())] if len(years) > 1 else []
    if compared and len(compared) < len(years) and _ahead(doc, leading[: compared[0].start()]):
        years = [y for y in years if y not in compared]
    return (
        bool(years) and int(years[-1].group(1)) < plan and not _ahead(doc, leading[years[-1].start() :])
        and not (before_year := leading[: years[-1].start()].rstrip()).endswith(_AIMS_AT_YEAR)
        and not _TASK_OF_YEAR.search(before_year)
    )


def _without_asides(text: str) -> str:
    """`text` with each closed bracketed note blanked out, its length kept: the year a note names (今年共涉及项目
    学校126所(含2008年续建项目学校18所),总投资…) is the note's, not the time of the values after it (most texts
    hold no bracket)."""
    if "(" not in text and "（" not in text:
        return text
    return _PAREN.sub(lambda m: " " * len(m.group()), text)


def extract_targets(
    doc: StructuredDocument, agency_of: Callable[[int], str | None], reporting: bool
) -> tuple[list[IndicatorValue], list[IndicatorValue]]:
    """(targets, observations) of the document; `agency_of(i)` names who owns sentence i's targets, and
    in a document `reporting` what was done (`reporting.tells_what_was_done`) only what a sentence says
    is planned is a target, unless it is news that opens on what will be done."""
    targets: list[IndicatorValue] = []
    observations: list[IndicatorValue] = []
    seen: set[tuple] = set()
    stated: dict[tuple, list[str]] = {}
    review_parts = _review_parts(doc)
    leads = _ListLeads(doc)
    reporting = reporting and not _leads_ahead(doc)
    row: tuple[str, str] | None = None  # the indicator and status of a row line a row's next years go on
    told = -2  # the last sentence whose values were all reported (none yet)
    for i, sent in enumerate(doc.sentences):
        near, matches = quantity_spans(sent.text)  # a clause none of the spans overlaps holds no quantity
        if not near:
            row = None
            continue  # most sentences
        facts = list(_sentence_facts(doc, i, near, matches, agency_of(i), reporting, review_parts, leads))
        facts, row = _row_years(sent.text, facts, row)
        if told == i - 1 and facts and sent.text.startswith("其中") and not _ahead(doc, sent.text):
            facts = _parts_of_reported(facts)
        if facts and all(status == OBSERVATION for _, status in facts):
            told = i
        for fact, status in facts:
            key = (fact.indicator, fact.value, fact.unit, fact.year, fact.evidence.text, fact.evidence.start)
            if key in seen or _restated(fact, stated):
                continue
            seen.add(key)
            if status == TARGET:
                targets.append(fact)
            elif status == OBSERVATION:
                observations.append(fact)
    if doc.metadata.kind == "新闻":
        targets = _named_as_in_body(targets)
    return targets, observations


_HEADLINE_REACH = 200  # where a page's headline and its lead summary stand


def _named_as_in_body(targets: list[IndicatorValue]) -> list[IndicatorValue]:
    """News's targets, a headline's (天津今年拟新增1.62万个学位) named as the body names the same value in
    full (新增中小学学位1.62万个): a headline shortens what the body states."""
    named = []
    for fact in targets:
        if fact.evidence.start < _HEADLINE_REACH:
            body = next(
                (
                    other for other in targets
                    if other.evidence.start >= fact.evidence.end and other.value == fact.value and other.unit == fact.unit
                ),
                None,
            )
            if body is not None and body.indicator != fact.indicator:
                fact = replace(fact, indicator=body.indicator, theme=body.theme)
        named.append(fact)
    return named


# a table typed with single blanks, a row's later years each on a line of its own:
# 学前教育三年入园率 2016年 87% / 2018年 93% / 2020年 95%
_ROW_FIRST = re.compile(rf"[{CJK}()（）]{{2,24}} (?:19|20)\d{{2}}\s*年 [^ ]+")
_ROW_MORE = re.compile(r"(?:19|20)\d{2}\s*年 [^ ]+")


def _parts_of_reported(facts: list[tuple[IndicatorValue, str]]) -> list[tuple[IndicatorValue, str]]:
    """The facts of a sentence opening on 其中 after one that reports a total (…争取项目资金68277万元,用于….
    其中,明光镇下达资金3000万元,用于…): the parts of what was reported are reported."""
    return [(fact, OBSERVATION if status == TARGET else status) for fact, status in facts]


def _row_years(
    text: str, facts: list[tuple[IndicatorValue, str]], row: tuple[str, str] | None
) -> tuple[list[tuple[IndicatorValue, str]], tuple[str, str] | None]:
    """A line's facts, a line of a year and a value alone taking the indicator and status of the row
    line above it; and the row the next line may go on."""
    line = text.strip()
    if row is not None and _ROW_MORE.fullmatch(line) and len(facts) == 1 and not cjk_count(facts[0][0].indicator):
        name, status = row
        concept = vocab.indicators().get(name)
        fact = replace(facts[0][0], indicator=name, theme=concept.theme if concept else theme_of(name))
        return [(fact, status)], row
    if _ROW_FIRST.fullmatch(line) and len(facts) == 1 and facts[0][1] != NEITHER:
        return facts, (facts[0][0].indicator, facts[0][1])
    return facts, None


_NOTE_IN_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")
_RESTATED_MIN = 12


def _restated(fact: IndicatorValue, stated: dict[tuple, list[str]]) -> bool:
    """Whether `fact` restates one already found, in a sentence holding that one's or held in it: a web
    page repeats its headline as a caption (…学位(图源摄图网)) and in its last line (以上就是关于…的相关信息).
    Records `fact` as stated otherwise."""
    texts = stated.setdefault(
        (fact.indicator, fact.comparator, fact.value, fact.value_max, fact.unit, fact.year), []
    )
    text = fact.evidence.text
    if "(" in text or "（" in text:  # (most sentences hold no note)
        text = _NOTE_IN_BRACKETS.sub("", text)
    # (a clause as short as its value, 投资3750万元, restates nothing: two projects may cost the same)
    if len(text) >= _RESTATED_MIN and any(text in other or other in text for other in texts if len(other) >= _RESTATED_MIN):
        return True
    texts.append(text)
    return False


TARGET, OBSERVATION, NEITHER = "target", "observation", "neither"
# (通过努力奋斗,实现…: what efforts are to bring)
def _forward(asks: str) -> re.Pattern[str]:
    """The words that speak ahead, with `asks` for a 要 that asks."""
    return re.compile(
        rf"力争|确保|{_SEEK}|计划|规划(?=分|在|用|到|于|新建|建设|改造)|{_INTEND}|目标|{_WILL}|{asks}|(?<!的)要求|提出|明确|到\s*20\d\d\s*年|20\d\d\s*年(?:前|底前|末)|十[三四五]五|"
        r"通过[^，,。；;]{0,8}?努力|[≥≧≤≦]"
    )


_FORWARD = _forward(r"要(?!求)")
# a report's 重要/主要/首要/纲要 (重要论述, 首要政治任务, 规划纲要) ask nothing: only a 要 of its own does (要确保…)
_FORWARD_IN_REPORT = _forward(r"(?<![主重需首纲纪摘])要(?!求)")


def _forward_words(doc: StructuredDocument) -> re.Pattern[str]:
    return _FORWARD_IN_REPORT if doc.metadata.kind == "报告" else _FORWARD


_FIVE_YEAR_PLAN = re.compile(r"十([一二三四五])五")


# a paragraph of a report that opens on what is asked or laid out (会议要求,…; 会议部署了2022年重点工作:…)
_ASKS = re.compile(r"要求|提出|强调|部署|明确|安排|下一步|今后")


_SENTENCE_END = re.compile(r"[。！？!?]")


def _follows_a_plan(doc: StructuredDocument, sent: Sentence) -> bool:
    """Whether the sentence before, in the same paragraph, speaks ahead: 通过努力奋斗,实现…达97%以上。
    职高巩固率达90%以上 goes on with the aims (not 落实…要求,…。全区投入…: what was asked, told)."""
    text = doc.norm.text
    start = doc.paragraph_start(sent)
    before = text[start : sent.start].rstrip().rstrip("。！？!?")
    # (大力实施《…五年行动计划》: a plan carried out is named, not planned)
    forward = _forward_words(doc)
    if before and any(
        m.group() not in _TOLD for m in forward.finditer(_TITLE.sub("", _SENTENCE_END.split(before)[-1]))
    ):
        return True
    # a paragraph listing what the one before set out (…报告中提出:…推进10件民生实事。\n民生实事具体包括:…)
    if start and _LISTS_WHAT.search(text, start, min(sent.end, start + _LIST_LEAD_REACH)):
        previous = text[text.rfind("\n", 0, start - 1) + 1 : start]
        return forward.search(_TITLE.sub("", previous)) is not None
    return False


# what a sentence tells was asked or set out (落实…“三个新增”要求, 委员们提出…建议, 明确…职责): it plans
# nothing the next sentence goes on with
_TOLD = ("要求", "提出", "明确")
_LISTS_WHAT = re.compile(r"(?:具体|主要)?包括[:：]|具体如下|主要有[:：]")
_LIST_LEAD_REACH = 40


def _plans_ahead(doc: StructuredDocument, sent: Sentence, opening: str | None) -> bool:
    """Whether the paragraph of a sentence of a report speaks of what is ahead: it names the plan's
    year or a later one before the sentence ends, or opens on what is asked (会议要求,…)."""
    if _year_ahead(doc, _paragraph_to(doc, sent)):
        return True
    return opening is not None and _ASKS.search(opening) is not None


def _turns_ahead(doc: StructuredDocument, clause: str) -> bool:
    """Whether a clause of a sentence that looks back names the plan's years (十四五期间将…, 今年…) or
    says what will be done (下半年将新建2所, 计划再建2所)"""
    if _year_ahead(doc, clause) or _this_year(clause) or _LEAD_AHEAD.search(clause):
        return True
    plan = doc.metadata.plan_year
    # a five-year plan's first year is four before its last
    return plan is not None and any(_PERIOD_LAST[m.group(1)] - 4 >= plan for m in _FIVE_YEAR_PLAN.finditer(clause))


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the quoted names and titles at `spans`: 获得“强基计划”资格 plans nothing."""
    if not spans:
        return text
    kept, pos = [], 0
    for start, end in sorted(spans):
        kept.append(text[pos:start])
        pos = max(pos, end)
    return "".join(kept) + text[pos:]


_LIST_MARKS = " ,，、;；:："


_LISTED_NOUN_MAX = 6
_BARE_NOUN = re.compile(rf"[{CJK}]+")


# the 了 of what was done (建成启用了…27所学校; not 为了, 除了, nor, as for _REPORTED, the 了 of words that set
# out what is to be done: 规划里面明确了实施项目:…新增学位450个), or what was in fact done (实际完成195所)
_DONE_BEFORE = re.compile(
    r"了(?<![为除]了)(?<!提出了)(?<!明确了)(?<!确定了)(?<!制定了)(?<!部署了)(?<!设定了)(?<!规定了)(?<!要求了)(?<!下达了)"
    r"|实际(?:建设|建成|完成|投入|新增|招收|开工|竣工)"
)


def _in_aside(clause: str, q: Quantity) -> bool:
    """Whether q stands in brackets its clause opens before it and does not close (…717所(占…的56.10%)."""
    if "(" not in clause and "（" not in clause:
        return False  # (most clauses)
    before = clause[: q.start]
    return max(before.rfind("("), before.rfind("（")) > max(before.rfind(")"), before.rfind("）"))


def _goes_on_reporting(clause: str, leading: str, q: Quantity, indicator: str) -> bool:
    """Whether the clause of q, its first value, goes on with the report of the clause before: it holds
    no words but the value's indicator (现有公办幼儿园5所,学位数1610个) or a change's, or only counts
    what was built after 已, 累计, 实际完成 or the 了 of what was done (已新改扩建学校126所,新增学位15.9万座; 累计投入资金
    3.2亿元,新建校舍12万平方米; 建成启用了27所学校,新增学位2.2万个; not 现有…5所,新建…3所: a plan)."""
    words = clause[: q.start].strip(_LIST_MARKS)
    if _AHEAD.search(words):
        return False  # (已建成3所,还将新建2所; 现有…5所,计划新增8所: the clause plans, whatever it names)
    if words in (indicator, "") or _CHANGE_TO.fullmatch(words):
        return True  # (由1.13万余亩,增加至2.22万余亩: the change the clause before began)
    # (现有初中3所,小学6所,完小8个: a short noun and its count, the list of the report going on)
    if (
        len(words) <= _LISTED_NOUN_MAX and _BARE_NOUN.fullmatch(words)
        and not (_COUNT_VERB.search(words) or _AHEAD.search(words))
    ):
        return True
    if _COUNT_VERB.match(clause) is None or _AHEAD.search(clause):
        return False
    # (a note in brackets tells of its own item: 改扩建机关幼儿园新增学位120个(已完成);新建…新增学位450个 goes on
    # with no report)
    told = _without_asides(leading)
    return "已" in told or "累计" in told or _DONE_BEFORE.search(told) is not None


# a clause that names only how often or how long something is done (每天至少开展2小时): what is done is
# what the clause before does
_DOING_VERBS = ("开展", "进行", "实施", "组织", "安排")
_DOING = re.compile("|".join(_DOING_VERBS))


def _done_before(text: str, before: tuple[int, int], named: str) -> str | None:
    """What the clause before does (开展课后服务 → 课后服务) when `named` only says it is done."""
    if not named.endswith(_DOING_VERBS):
        return None
    done = None
    for done in _DOING.finditer(text, *before):
        pass
    return text[done.end() : before[1]] if done and before[1] - done.end() >= 2 else None


# a mark inside a number that also ends clauses: a ratio's colon (生机比8:1, 生师比13.5：1) and a
# thousands separator (新增学位1,200个)
_RATIO_MARKS = ":："
_THOUSANDS_MARKS = ",，"
_MARKS = _RATIO_MARKS + _THOUSANDS_MARKS
# (most sentences have none; the digit before the mark is looked back at, so that a search skips to the marks)
_INSIDE_NUMBER = re.compile(r"[:：,，](?<=\d[:：,，])\d")


# values a text holds to as its goals (紧紧围绕学前三年毛入园率达85%、…达50%的目标,…, or a share in words,
# 达百分之八十五): aims, in news too
_GOALS_HELD_TO = re.compile(r"(?:围绕|朝着|向着|瞄准|对标|锚定)[^。；;]{0,80}?(?:\d|百分之)[^。；;]{0,80}?的(?:发展|奋斗|工作)?目标")
# an item's number run into a count (2.50个小区新增…): read as 2.5 but for the items around it
_ITEM_BEFORE_DIGIT = re.compile(r"(\d{1,2})[.．](?=\d)")
_ITEM_REACH = 5  # sentences before and after where the neighbouring items' numbers are looked for


def _item_number_run_in(doc: StructuredDocument, i: int) -> int:
    """The length of the item number sentence i opens with when a count follows it unspaced (2.50个…) and
    the sentences near it open with the numbers before or after it (1.…, 3.…); else 0."""
    if not (m := _ITEM_BEFORE_DIGIT.match(doc.sentences[i].text)):
        return 0
    k = int(m.group(1))
    near = doc.sentences[max(0, i - _ITEM_REACH) : i] + doc.sentences[i + 1 : i + 1 + _ITEM_REACH]
    numbers = (f"{k - 1}.", f"{k - 1}．", f"{k + 1}.", f"{k + 1}．")
    return m.end() if any(s.text.startswith(numbers) for s in near) else 0


def _number_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence, the colon of a ratio and the comma of a thousand kept inside theirs."""
    spans = clauses(text)
    if len(spans) == 1 or not _INSIDE_NUMBER.search(text):
        return spans
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start == joined[-1][1] + 1 and text[start - 1] in _MARKS and _inside_number(text, start - 1):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _inside_number(text: str, i: int) -> bool:
    """Whether the mark at text[i] stands between the digits of one number (8:1, 1,200)."""
    mark = text[i]
    if not (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()):
        return False
    if mark in _RATIO_MARKS:
        return True
    return mark in _THOUSANDS_MARKS and text[i + 1 : i + 4].isdigit() and not text[i + 4 : i + 5].isdigit()


# a line of a table of contents: a heading, dot leaders and its page (…改扩建154个学校项目…………19)
_CONTENTS_ENTRY = re.compile(r"(?:…{2,}|\.{4,}|·{4,})\s*\d{1,3}\s*$")


def _contents_entry(text: str) -> bool:
    """Whether the sentence is an entry of a table of contents: its quantities are the body's."""
    return ("……" in text or "...." in text or "····" in text) and any(
        _CONTENTS_ENTRY.search(line) for line in text.splitlines()
    )


def _sentence_facts(
    doc: StructuredDocument, i: int, near: Sequence[tuple[int, int]], matches: Sequence[re.Match[str]],
    agency: str | None, reporting: bool, review_parts: _Review, leads: _ListLeads,
) -> Iterator[tuple[IndicatorValue, str]]:
    """Each quantity of sentence i as a fact, with whether it is planned, reported or neither;
    `near` and `matches` are the sentence's quantity_spans. In a `reporting` document only what a sentence says is
    planned is a target, and in the `review_parts` of a document every quantity is reported."""
    sent = doc.sentences[i]
    text = sent.text
    if _contents_entry(text):
        return
    protected = [(s, e) for _, s, e in quoted(text) if not _QUOTED_AIM.match(text, e + 1)]
    if "《" in text:  # (what every title opens with: most sentences cite none)
        protected += [m.span() for m in _TITLE.finditer(text)]
    opening = _paragraph_opening(doc, sent)
    review = _in_review(doc, sent, opening, protected, reporting, leads) or review_parts.covers(sent)
    looking_back = not review and _past_sentence(doc, sent, opening, leads)
    spans = _number_clauses(text)
    goals = bool(_GOALS_HELD_TO.search(text)) if "目标" in text else False
    if spans and (skip := _item_number_run_in(doc, i)):
        spans[0] = (max(spans[0][0], skip), spans[0][1])
    evidence = None  # every fact of the sentence rests on all of it (read at the first: many sentences have none)
    previous = (-1, "")  # the clause before and the indicator of its last value
    years_named = _SentenceYears(doc, sent, opening)  # for _year_of
    reported = False  # whether the value before was reported, not in an aside (…717所(占…的56.10%),覆盖学生…)
    for j, (cs, ce) in enumerate(spans):
        # 十三五期间…新建1200所,十四五期间将再新建1500所: a sentence that looks back may turn ahead, and
        # once it has, it goes on ahead (去年…新建了552个;今年…目标是新建4387所,其中3223所…; not on a
        # year alone, 2021年,…, which tells when as much as it looks ahead)
        if looking_back and _turns_ahead(doc, text[cs:ce]) and not YEAR.fullmatch(text, cs, ce):
            looking_back = False
        if not inside(near, cs, ce):
            continue
        clause = text[cs:ce]
        leading = text[: text.find(clause)]  # the sentence before the clause (where its words first occur)
        quantities = _clause_quantities(text, cs, ce, matches, [(s - cs, e - cs) for s, e in protected])
        shared = _clause_shared_indicators(text, spans, j, quantities)
        indicator, comparator, change, last_status = "", "=", False, NEITHER
        theme, themed = None, False  # the clause's theme, for the values whose indicator names none (read at the first)
        for n, q in enumerate(quantities):
            lo = quantities[n - 1].end if n else 0
            hi = quantities[n + 1].start if n + 1 < len(quantities) else len(clause)
            between = clause[lo : q.start]
            # 由2020年的88%提高到2025年的95%: the second value is the aim, of the same indicator, and so is
            # each value listed after it (由93%、50.6%分别提高至95%和68%)
            change = bool(n and (_CHANGE_TO.search(between) or (change and _LIST_ONLY.fullmatch(between))))
            # 提高到2025年的95%: an aim; 由88%提高到95% too, unless a date before the plan's makes it a result,
            # or the years so far (最近三年,重点率由67%上升到68.1%)
            aim = (change and (_ahead(doc, between) or not (
                _past_year(doc, between) or _so_far(doc, leading + clause[: q.start])
            ))) or goals
            named = _value_indicator(text, spans, j, q, (lo, hi), indicator, previous)
            # 由95%提高到98%: a value with no words of its own shares the previous one's indicator
            indicator = indicator if (named == q.text or change) and indicator else named
            # 分别不低于720元、920元: a value listed after another shares its comparator, and whether it
            # is planned (小学、初中生师比分别为17:1、13.5:1: both reported, or both planned)
            listed = bool(n and _LIST_ONLY.fullmatch(between))
            comparator = comparator if listed else _comparator(q, between)
            status = _status(
                doc, text, clause, leading, q, indicator, review=(review or looking_back) and not goals, aim=aim
            )
            if status == TARGET and reported and not n and _goes_on_reporting(clause, leading, q, indicator):
                status = OBSERVATION
            elif (
                status == TARGET and reporting and q.chinese and q.value == 1 and q.unit != "%" and "每" not in between
                and not _BOUND_BEFORE.search(between)
            ):
                # 县城区将新建一所中学,暂定名为城西中学: the one work news is of, no amount (百分之一 is a share)
                status = NEITHER
            elif listed and status != NEITHER and last_status != NEITHER:
                status = last_status
            last_status = status
            # (覆盖学校717所(占全市学校总数的56.10%),覆盖学生585151人: a share told aside of the value before it is
            # counted, and the report does not go on after it)
            reported = status == OBSERVATION and not _in_aside(clause, q)
            if (
                status == OBSERVATION and comparator in (">=", "<=") and not (q.at_least or q.at_most)
                and _REACHED.search(between)
            ):
                comparator = "="  # 毛入园率达到91.5%, 降至3.5%: a value reached is the value, no bound
            year = _year_of(doc, clause, cs, q, planned=status == TARGET, named=years_named)
            previous = (j, indicator)
            if evidence is None:
                evidence = doc.evidence(sent, sent.start, sent.end)
            for name in shared[n] if shared else [indicator]:
                concept = vocab.indicators().get(name)
                if not concept and not themed:
                    theme, themed = theme_of(clause), True
                fact = IndicatorValue(
                    indicator=name,
                    value=q.value,
                    unit=_counted_unit(doc, clause, q),
                    comparator=comparator,
                    evidence=evidence,
                    value_max=q.value_max,
                    year=year,
                    agency=agency,
                    theme=concept.theme if concept else theme,
                )
                yield fact, status


# the plans that count classes as a unit of their own (计划招收273个班, 每1万常住人口不少于12个班): a year's
# enrolment plan is read as a 工作计划 as often as an 实施方案
_CLASS_COUNTING_KINDS = ("实施方案", "行动计划", "工作计划")


def _counted_unit(doc: StructuredDocument, clause: str, q: Quantity) -> str:
    """The unit of a value: in a plan, a count of classes (招收273个班, 实验小学6个班) is in 个班, the size a
    plan sets a school's or an area's intake by; a count of 班级 keeps 个 (招收30个班级), as do other documents."""
    if (
        q.unit == "个" and clause.startswith(_CLASS, q.end) and not clause.startswith("班级", q.end)
        and doc.metadata.kind in _CLASS_COUNTING_KINDS
    ):
        return "个班"
    return q.unit


def _so_far(doc: StructuredDocument, before: str) -> bool:
    """Whether `before` speaks of the years so far and not ahead after (最近三年,…; not 截至目前,…,到今年年底…将)."""
    since = _SINCE.search(before)
    if since is None and "截" in before and (since := _UP_TO_YEAR.search(before)):
        # (截至2014年底,…入园率由66.56%提高到89% in 2015: up to a year before the plan's)
        plan = doc.metadata.plan_year
        since = since if plan is not None and int(since.group(1)) < plan else None
    return since is not None and not _ahead(doc, before[since.end() :])


_UP_TO_YEAR = re.compile(r"截[至止]\s*((?:19|20)\d{2})\s*年")


def _in_review(
    doc: StructuredDocument, sent: Sentence, opening: str | None, protected: list[tuple[int, int]], reporting: bool, leads: _ListLeads
) -> bool:
    """Whether a sentence of a document `reporting` what was done reports: it speaks of nothing ahead,
    nor goes on with a plan the sentence before set out."""
    if not reporting:
        return False  # (most documents: the sentence's words need not be looked at)
    text = sent.text
    outside = _outside(text, protected)
    return not (
        _speaks_ahead(doc, outside) or _AHEAD_IN_NEWS.search(outside) or _plans_ahead(doc, sent, opening)
        or ((_follows_a_plan(doc, sent) or _SPEC_LINE.match(text) or _project_scale(text)) and not _REPORTED.search(text))
        or _task_cell(doc, sent) or _under_plans_ahead(doc, sent) or leads.plans(sent)
    )


# an aim a report tells as met (实现了…目标, 超额完成年度目标任务) and a rule or ask it tells as followed or met
# (根据上级要求, 达到标准要求): said of what was done, they plan nothing
_AIM_MET_BEFORE = re.compile(
    r"(?:(?:已经?|提前|超额|圆满|如期|全面)(?:实现|完成|达到|达成)|(?:实现|完成|达到|达成)了)[^，,。；;]{0,24}$"
)
_ASK_MET_BEFORE = re.compile(r"(?:根据|按照|依据|遵照|达到|符合|满足)[^，,。；;]{0,16}$")
_TOLD_REACH = 32


def _speaks_ahead(doc: StructuredDocument, text: str) -> bool:
    """Whether a sentence of a report holds a word that speaks ahead, other than an aim it tells was met
    (实现了…动态清零目标, 全面完成年度目标任务) or an ask it tells was followed or met (根据上级要求, 达到标准要求)."""
    for m in _forward_words(doc).finditer(text):
        word = m.group()
        if text.startswith("了", m.end()) and word in _DONE_WITH_LE:
            continue  # (确保了全县85所学校校舍安全, 明确了120名培养对象: done)
        if word == "计划" and text.endswith(("按", "按照"), 0, m.start()):
            continue  # (按计划完成8所学校改扩建工程: the plan followed)
        if word == "目标" and text.startswith(_AIM_SYSTEM, m.end()):
            continue  # (目标管理考核中,…获得一等奖: the appraisal by aims, a name)
        told = _TOLD_BY.get(word)
        if told is None or not told.search(text, max(0, m.start() - _TOLD_REACH), m.start()):
            return True
    return False


_TOLD_BY = {"目标": _AIM_MET_BEFORE, "要求": _ASK_MET_BEFORE}
# the forward words that, followed by 了, tell what was done
_DONE_WITH_LE = ("确保", "力争", "明确", "提出", "计划")
_AIM_SYSTEM = ("管理", "考核", "责任")


def _project_scale(text: str) -> bool:
    """Whether a sentence of news sets out a project's scale, what is put into it and its floor area
    (…新建项目,总投资3.588亿元,…总建筑面积92567平方米,可容纳3000名学生): its figures are what the works are
    to deliver, unless it tells they are in use (于2023年8月交付使用,总建筑面积1万多平方米)."""
    return "总建筑面积" in text and "投" in text and not _IN_USE.search(text)


_IN_USE = re.compile(r"使用|投用|启用|建成(?!后)|竣工|完工|落成|开学|开园")


# a heading of the work planned (三、2024年工作打算, 下一步工作, 明年工作安排)
_PLANS_HEADING = re.compile(r"打算|计划|思路|安排|设想|重点|目标|任务|举措|措施|要点|下一步|明年")
# …and the times ahead such a heading names besides a year (今后工作打算, 下半年工作安排, 下一阶段工作重点)
_LATER = re.compile(r"今后|下半年|下步|下一?阶段|下一?年度?|来年|新的一年|未来")


def _under_plans_ahead(doc: StructuredDocument, sent: Sentence) -> bool:
    """Whether a heading over the sentence plans work ahead: a report's part on the year after it."""
    section = sent.section
    while section is not None:
        heading = doc.sections[section].heading
        if _PLANS_HEADING.search(heading) and (_LATER.search(heading) or _year_ahead(doc, heading)):
            return True
        section = doc.sections[section].parent
    return False


# an item of a list opening its line (1.…, (一)…, 一是…, 二、…, ①…)
_ITEM = re.compile(r"\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|\d{1,2}\s*[.、．]|[①-⑳])")
_LIST_REACH = 12  # the lines of a list looked back over for its lead
_LEAD_HEADING_MAX = 24


class _ListLeads:
    """The lines that lead a document's lists: one that ends in a colon (下半年,我局将重点抓好以下工作:,
    2020年,我局主要完成了以下工作:) or a short heading (明年工作打算), found once for each item line."""

    def __init__(self, doc: StructuredDocument) -> None:
        self.doc = doc
        self.found: dict[int, str | None] = {}  # the lead of each item line looked at, by where it starts
        self.said: dict[tuple[str, bool], bool] = {}  # whether a lead plans (True) or looks back (False)

    def plans(self, sent: Sentence) -> bool:
        """Whether the sentence stands in a list whose lead plans ahead."""
        return self._says(sent, True)

    def looks_back(self, sent: Sentence) -> bool:
        """Whether the sentence stands in a list whose lead looks back."""
        return self._says(sent, False)

    def _says(self, sent: Sentence, ahead: bool) -> bool:
        if (lead := self.of(sent)) is None:
            return False
        if (lead, ahead) not in self.said:
            self.said[lead, ahead] = (_lead_plans if ahead else _lead_looks_back)(self.doc, lead)
        return self.said[lead, ahead]

    def of(self, sent: Sentence) -> str | None:
        """The lead of the list the sentence is an item of."""
        start = self.doc.paragraph_start(sent)
        if not _ITEM.match(self.doc.norm.text, start):
            return None
        if start not in self.found:
            self.found[start] = self._above(start)
        return self.found[start]

    def _above(self, start: int) -> str | None:
        text = self.doc.norm.text
        for _ in range(_LIST_REACH):
            if start == 0:
                return None
            start, end = text.rfind("\n", 0, start - 1) + 1, start
            if start in self.found:
                return self.found[start]  # an item above, of the same list
            line = text[start:end].strip()
            if line and not _ITEM.match(line):
                return line if line.endswith((":", "：")) or len(line) <= _LEAD_HEADING_MAX else None
        return None


def _lead_plans(doc: StructuredDocument, lead: str) -> bool:
    """Whether the lead of a list plans ahead: 下半年,我局将重点抓好以下工作:⏎1.…, 2022年,我们将做好
    以下工作:⏎一是…, or a heading 明年工作打算⏎1.… (a report's list of what was done has no such lead; news
    lists after such a lead the particulars of each work, its site and its area, as much as what it aims at)."""
    if doc.metadata.kind == "新闻":
        return False
    if lead.endswith((":", "：")):
        return bool(_LATER.search(lead) or _LEAD_AHEAD.search(lead) or _year_ahead(doc, lead))
    return _PLANS_HEADING.search(lead) is not None and (_LATER.search(lead) is not None or _year_ahead(doc, lead))


def _lead_looks_back(doc: StructuredDocument, lead: str) -> bool:
    """Whether the lead of a list looks back: 2020年,我局主要完成了以下工作:⏎1.…, 一年来,我局主要
    做了以下工作:⏎一是…, or a heading 工作亮点⏎1.…"""
    if not lead.endswith((":", "：")):
        return _looks_back(doc, lead) and not _PLANS_HEADING.search(lead)  # (not 工作总结暨工作计划)
    plan = doc.metadata.plan_year
    year = YEAR.match(lead)
    past = _looks_back_from(lead, plan) or bool(year and plan and int(year.group(1)) < plan)
    return past and not _ahead(doc, lead)


# a progress table's header (序号任务目标进展情况存在问题), its cells read one per line: the cell after a row's
# number states the task, the cells after it how far it has come
_PROGRESS_HEADER = re.compile(r"(?:任务目标|目标任务)[^\n。]{0,12}?(?:进展|推进|完成|落实)情况")
_ROW_NUMBER_LINE = re.compile(r"\n\d{1,3}\s*\n$")
_ROW_NUMBER_REACH = 6


def _task_cell(doc: StructuredDocument, sent: Sentence) -> bool:
    """Whether the sentence opens the line after a row's number in a progress table."""
    text = doc.norm.text
    start = doc.paragraph_start(sent)
    return (
        start == sent.start and _ROW_NUMBER_LINE.search(text, max(0, start - _ROW_NUMBER_REACH), start) is not None
        and _PROGRESS_HEADER.search(text, 0, start) is not None
    )


# what news opens on when it tells of what will be done (今年宁夏将投入…, 2025年…将新增…, 今年…计划新建…, 今年…拟投入…,
# 2016年…要新建…, 今年力争新建…)
_LEAD_AHEAD = re.compile(
    rf"{_WILL}|(?:计划|拟|{_MODAL_YAO}|力争|争取|预计)(?=再?(?:增加|新增|新建|建设|建|投入|投资|实施|开工|完成|改扩建|扩建|改建))"
)


def _leads_ahead(doc: StructuredDocument) -> bool:
    """Whether news opens on what will be done this year or a year ahead (今年宁夏将投入6784万元,改善…): its
    sentences then tell a plan, whether or not each says so. What opens a page may be its headline, or a line
    of its site's navigation or its date, and its lead the first sentence that ends as prose does after them
    (张家川投资6500万元改善办学条件⏎本报讯 今年,张家川…将投资6512万元建设28个教育项目,…。): either may say so."""
    if doc.metadata.kind != "新闻" or not doc.sentences:
        return False
    first = doc.sentences[0]
    lead = next((s for s in doc.sentences[:_LEAD_REACH] if _reads_as_prose(s.text)), first)
    return any(
        _LEAD_AHEAD.search(_TITLE.sub("", s.text)) is not None and (_this_year(s.text) or _year_ahead(doc, s.text))
        for s in ((first, lead) if lead is not first else (first,))
    )


_LEAD_REACH = 4  # the sentences a page's lead is looked for in (after its headline, date and navigation)
_LEAD_LEAST = 15  # the Han characters of a lead at least: a line of navigation or a caption holds fewer


def _reads_as_prose(text: str) -> bool:
    """Whether a sentence ends as prose does and is long enough to be a page's lead."""
    return text.rstrip().endswith(("。", "！", "!")) and cjk_count(text) >= _LEAD_LEAST


# a works item's labelled line of its size (规模:校园用地面积2.4万平方米,…,总投资7530万元; 招生:…可容纳学生2250人):
# what is to be built, unless it says it was (an item's number may open the line: 1、建设规模:…)
_SPEC_LINE = re.compile(
    r"\s*(?:[(（]?[\d一二三四五六七八九十]{1,2}[)）、.．]\s*)?(?:(?:建设|办学|项目|招生)?(?:规模|内容|概况)|招生)\s*[:：]"
)


# what news gives as expected, as works will be once built, as funds applied for, or as a rule in
# principle or a floor or a ceiling (预计学位1350个, 建成后可提供学位…, 申请中央预算内投资5062万元, 班额原则上
# 控制在40人左右, 必修课每周不少于1课时): what is to be, not what was done (not 申报课题24个; nor the month works under way
# are expected to be finished in, 目前主体施工基本完成,预计今年6月底全部完工, 正在施工阶段,预计2011年7月交付使用: a date,
# no amount, and the works' figures beside it are told as they stand)
_AHEAD_IN_NEWS = re.compile(
    r"预计(?!\s*(?:于\s*)?(?:(?:19|20)\d\d\s*年|今年|明年)?\s*\d{1,2}\s*月[^，,。；;\d]{0,10}?"
    r"(?:完工|竣工|投入使用|交付使用|投用|开园|开学|启用|建成|开))|"
    r"建成后|投用后|投入使用后|原则上|不低于|不少于|不超过|不高于|不多于|申[请报][^，,。；;]{0,8}?(?:资金|投资|补助|经费)|"
    r"年内(?<![\d一二三四五六七八九十两几]年内)|年底前"
)


def _clause_shared_indicators(
    text: str, spans: list[tuple[int, int]], j: int, quantities: list[Quantity]
) -> list[list[str]] | None:
    """The indicators each value of clause j shares with others (小学、初中巩固率均达到98%), also where
    the list is the clause before (学前三年毛入园率、义务教育巩固率,分别达到92%、97%)."""
    cs, ce = spans[j]
    clause = text[cs:ce]
    shared = _shared_indicators(clause, quantities)
    if shared is None and j and quantities and _SHARED_OPENING.match(clause):
        ps, pe = spans[j - 1]
        shared = _shared_indicators(
            text[ps:pe] + clause, [q._replace(start=q.start + pe - ps, end=q.end + pe - ps) for q in quantities]
        )
    return shared


# a change with no subject of its own (年均增长7.4%, 比上年增加210人)
_BARE_CHANGE = re.compile(r"\s*(?:[较比](?:上一?年度?|去年)(?:同期)?|同比)?(?P<change>(?:年均)?(?:增长|增幅|增加|提高|提升|下降|减少|降低))了?")


def _value_indicator(
    text: str, spans: list[tuple[int, int]], j: int, q: Quantity, bounds: tuple[int, int], indicator: str,
    previous: tuple[int, str],
) -> str:
    """The words that name what q of clause j measures (between the values around it, `bounds`), where
    the clause itself names no other indicator yet (`indicator`): from the work the clause before names,
    from that clause's last indicator, or with the level of schooling joined to its base."""
    cs, ce = spans[j]
    clause = text[cs:ce]
    lo, hi = bounds
    named = _indicator(clause, q, lo, hi)
    if (
        j and not indicator and previous[0] == j - 1 and q.unit != "个百分点"
        and not (q.unit == "%" and _INDICATOR_END.search(previous[1]))
        and (named == q.text or _BARE_CHANGE.fullmatch(named))
        and (grown := _BARE_CHANGE.fullmatch(clause, lo, q.start))
    ):
        # 教育经费投入15.2亿元,年均增长7.4%: the growth of the value before (not 增加3万个学位, nor a rate's
        # change, 较上年提高3.2个百分点, measured as the rate)
        return previous[1] + grown["change"]
    if j and not indicator and (done := _done_before(text, spans[j - 1], named)):
        named = done  # 开展课后服务,每天至少开展2小时: 课后服务
    elif named == q.text and not indicator and j:
        # 学前三年毛入园率,力争达到90%: the indicator is in the clause before, or is that of
        # its value (待岗培训时间一般为6个月,最长不超过12个月)
        start = spans[j - 1][0]
        shift = cs - start
        wide = q._replace(start=q.start + shift, end=q.end + shift)
        # (…达到90%;到2024年底,达到95%: a clause naming only its year stands between)
        after_year = previous[0] == j - 2 and _YEAR_PHRASE.fullmatch(text, *spans[j - 1])
        named = previous[1] if previous[0] == j - 1 or after_year else _indicator(text[start:ce], wide, 0, hi + shift)
    if not _LEVEL.fullmatch(named) or clause.startswith(named, q.end) or "有" in clause[lo : q.start]:
        return named  # (33所幼儿园将…, 全区共有幼儿园227所: a count of the level's schools)
    if indicator:
        return _at_level(indicator, named)  # 小学不低于25册、初中不低于35册: 图书生均册数初中
    if (
        j and not _COUNT_VERB.search(clause, lo, q.start)
        and (base := _levelled_base(text, spans, j, previous))
        and not (q.unit == "所" and base.endswith("学校"))  # (学校9所,幼儿园7所: schools of a kind, counted)
    ):
        # 在校教育教学活动的时间,小学不超过6小时,初中不超过7小时: the clause before names it (but
        # 投资3000万元,新建幼儿园3所 counts the kindergartens it builds)
        return named + base
    return named
