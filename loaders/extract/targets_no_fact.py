"""Quantities that are no target and no observation, each rule for one reason:

- the count that closes a list the clause defines (考试科目为语文、数学…等11门科目, a clause
  of its own: …,共29所): it counts the names given, nothing to reach;
- a rate of exchange (修满13.5小时为1学分, 以1学时45分钟计): how one unit is reckoned in another;
- 一 as an article (创建一个平安和谐的校园环境, 建成一所实力雄厚、特色鲜明的学校): a described thing,
  not an amount;
- a bound that says whom a rule covers (连续请假6个月及以上且仍在治疗期的人员, 超过2个月未到岗的人员,
  有1次及以上被评为不合格的), or which case a reward is for (超1~10人的按每人2万元奖励);
- the time limit of a step of a procedure (在3个工作日内提出申请, 公示5个工作日);
- the gloss of a quoted code (“3”为患重大疾病共3人): it explains a label;
- each part's share in brackets after a value (学生6-8人(高一高二各4人)): the value is the fact;
- the members of a body (组员:…、教师推选代表2人, 由家长代表3人组成, 设校长1人、副校长3人, and the posts
  the list goes on with: …,各部门主任、副主任9人): its make-up, nothing to reach;
- a period a rule defines (哺乳期从婴儿出生之日起计满12个月): how a term is reckoned, and the length of a
  span its dates give (2019年2月至6月,共5个月): the dates tell it;
- a size that picks the case of the value after it (下限为100人以内1人、100人以上为1.5%);
- a page's own counter (点击次数:1306次, 围观3606次, 356次浏览), or what a sharing site hides (此处隐藏7230个字);
- places counted (…等6个县(市、区), 与13个地市签订责任状): whom a sentence is about;
- minutes with no bound (数学110分钟): an exam's length, not a limit to keep;
- the units an inspection or award goes to (对9个直属部门…进行考核, 对…等12个先进集体…予以表彰): whom it covers;
- the departments that issued a document (山东省教育厅等4部门《…》): who wrote it;
- the players a game is for (3人制篮球场, 五人制足球): how it is played, not people counted;
- how many indicators a scheme has (紧盯3个方面17项评估指标);
- all there are of a kind, whose work a clause is about (做好全区66辆校车的安全监管工作);
- the essays a sharing site offers (下面是小编整理的…工作计划3篇, …方案(通用15篇)): the page's own count;
- what a bracketed note leaves out of the value before it (总投资58628万元(不含…建设资金23000万元));
- the set a thing is one of (作为全县20项民生实事之一): what it belongs to, not an amount;
- the practical things a government lists for the year (10件为民办实事, 10件40项民生实事): the list's
  own count, its items are the targets;
- round the clock (实行24小时值班制度): how a service is kept, not an amount to reach;
- once in each period, with no bound (各科目每年开考1次, 原则上每2年对…编制调整1次): how often a routine
  recurs, not an amount to reach (每月不少于1次 is one);
- a count of the listed values given right after it (…安装率等4个100%): it counts, the value follows;
- a count pointed back to (在这2所幼儿园中, 该3所学校): the things named before, counted again;
- who attends a meeting (19个区级相关职能部门分管、12个街镇分管参会, 参会人员200余人): the meeting's make-up;
- how many came on a visit (专家组一行7人);
- a reward for a result (获全市第一名的,奖励3万元; 按每人20万奖励): not a sum to reach;
- the parts of a doctrine studied (深刻领会8个明确和14条基本方略);
- the motions a body was given to handle (共收到政协提案34件, 其中主办25件, 对4件代表建议…答复): its workload;
- the teams a body forms for its work (组成3个督导小组): how it is organised;
- how far apart two places are, with no bound (距离陈涌村中心位置仅800米): where a thing stands;
- the set others are picked out of (在申报的20个教育集团中, 120个项目中,计划竣工46个): the clause
  after counts what the text is about;
- one of the alternatives a clause opening on 或 offers (或有1篇论文在省级刊物上发表;或主持1项市级课题):
  a way to qualify, not a value to reach;
- what a scope leaves out (在除23个重点帮扶县以外的其他县): not what the text counts;
- what a merge starts from (将8所完小合并为5所): the count it ends on is the aim;
- the fields a text covers (从3个层面加强教师队伍建设, 3个方面共14个专项工程), and the items they hold
  (涉及八大方面,共23条, 共5章32条): how it is laid out;
- the parts a line of work is framed in (完善A、B、C、D4个体系, 推进…四个重点, 守牢3个底线): a slogan's
  count of what it names;
- the parts of a work plan named by the digits of their counts (“17431”工作思路(…狠抓7项工作,紧盯4个项目…)):
  the code's own spelling, nothing to reach;
- the people living in a place or served by a school (总人口85万人, 按照城镇服务人口1万人…设置1所幼儿园):
  whom the text is about, or the base a norm is set on;
- the buildings a project is made of, listed (包括4栋教学楼、1栋办公楼; 拟建1栋教学综合楼,1栋宿舍楼): its
  make-up, not a count to reach (a sentence that counts no other building keeps it: 计划新建两栋教学楼);
- what a cited document lays down (按照…文件中关于3—5万人保留一所初中…的规定): the rule followed, not the
  text's own aim;
- the parts a value or a work is split into (不少于42天,分2次实施; 分两期建设; 分三批下达): how it is carried
  out, not an amount to reach.
"""

from __future__ import annotations

import re

from edukg.loaders.extract.numbers import Quantity, find_quantities
from edukg.loaders.extract.text import CJK, strip_verbs

__all__ = ["building_listed", "no_fact"]

# 等11门必修课程 / 等4所 at a clause's end: only a short noun may follow the count
_LIST_TAIL = re.compile(rf"[{CJK}]{{0,8}}(?:的[{CJK}]{{0,6}})?[)）]?$")
_PAREN = re.compile(r"[(（][^()（）]*[)）]")
_CONJUNCTION = re.compile(r"^(?:并且|并|同时|还|再|又)")
# 5个模块为《语文(必修一)》…: the titles counted follow; 越城区(10所): a name heading its list
_LISTED_AFTER = re.compile(rf"[{CJK}]{{0,6}}?(?:为|是|包括|即)[:：]?《")
_NAMED_HEADING = re.compile(rf"[{CJK}]{{2,12}}[(（]")
# the words that lead a list into its clause (科目为…, 主要包括…, 设置…)
_DEFINING = re.compile(r"(?:为|是|包括|有|设置|即)[^、为是]*$")
# works that lead a list of schools or projects (新建A、B等15所幼儿园, 竣工A、B等14个项目): the count is
# the task's, as a verb of strip_verbs leading the list makes it one
_BUILDING = re.compile(r"新建|改扩建|扩建|改建|迁建|续建|建设|建成|竣工|开工|改造")
# one quantity reckoned as another: 13.5小时为1学分, 18学时…可获得1学分
# (为 only right after the first: 学校入学率为100% is a rate, 为2025年 a year)
_EXCHANGE = re.compile(
    r"(?:[^，,；;。率比]{0,8}?为|[^，,；;。]{0,24}?(?:可获得|折合|相当于|折算为|计为))\s*"
    r"(?!(?:19|20)\d\d)[\d一二两三四五六七八九十]"
)
_RECKONED = re.compile(r"以[^以计，,；;。()（）]{1,12}计")
# 一个平安和谐的校园环境: 一 + measure word + a description ending in 的
_ARTICLE_UNITS = ("个", "支", "种", "所")
# (a list of qualities: 一所实力雄厚、特色鲜明、…管理科学的现代化学校)
_ARTICLE_AFTER = re.compile(rf"[{CJK}、]{{1,30}}?的")
# 6个月及以上且仍在治疗期的人员: the people a rule covers
# (a 的-phrase closing the clause names them too: 有1次及以上被评为不合格的,不得…; and so does one a reward
# follows: 超1~10人的按每人2万元奖励)
_WHOM_AFTER = re.compile(r"[^，,；;。]{0,16}?的(?:人员|教师|教职工|职工|学生|对象|$|[^，,；;。]{0,12}?奖)|[^，,；;。]{0,12}?者")
# 超过2个月未到岗的人员: a bound before the value, as 6个月及以上 is one after it
_BOUND_BEFORE = ("超", "超过", "满", "不足")  # (不满, 未满: 满)
# 3个工作日内, 2个月内: the time a step of a procedure may take
_SPANS_OF_TIME = ("工作日", "个月", "小时")
# “3+1”指…: what a quoted code stands for
_GLOSS = re.compile(rf"[{CJK}]{{0,6}}[“\"][^”\"]{{1,8}}[”\"](?:为|指|是)")
# 学生6-8人(高一高二各4人): each part's share of the value before (not 其中…不超过5%, a value of its own)
_SHARE_AFTER_VALUE = re.compile(r"\s*[(（][^()（）]*各")
# minutes are a target only as a limit: 不超过60分钟, 至少安排40分钟
_MINUTE_BOUND = re.compile(r"不超过|不少于|不低于|至少|最多|控制在|以内|保证")
_BOUND_REACH = 8
# places counted (…等6个县(市、区), 与13个地市签订…, 14个市州政府所在地): the places a sentence is about, not an amount to
# reach (not 3个乡镇中心幼儿园, 5个县级示范校, 600个乡镇中小学食堂: things of a place; nor, a place's kinds named with
# it, 改造20个县市区农村中小学薄弱学校, 完成20个县(市)乡村幼儿园连锁发展: those are looked at as one name, atomic, so
# that what follows them is not read again after 县 alone); 县(市、区), every division of a level, is places whatever follows
_PLACES_COUNTED = re.compile(
    r"县[(（]市、区[)）]|(?>[县市区][(（][县市区乡镇州旗、]{1,7}[)）]|县市区|县区|市县|地市|市州|盟市|旗县|乡镇街道|乡镇|县|市|区)"
    r"(?![\u4e00-\u9fff]{0,2}(?:中心|级|学校|幼儿园|示范|教育|政府(?!所在地)|中小学|小学|中学|初中|高中|食堂|教师))"
)
# a party congress or plenary session named by its number (市十一次党代会, 三次全会)
_SESSION = re.compile(r"(?:党代会|全会|全体会议|代表大会|人代会)")
# a page's own counter (点击次数:1306次, 浏览量 520, 浏览:2656次, 围观3606次, 下载次数:25次): how often it was read; and a
# sharing site's note of the text it hides (……此处隐藏7230个字……)
# (each word opens an alternative of its own, so that a search skips at once the characters none opens with)
_PAGE_COUNTER = re.compile(
    "|".join(rf"{w}(?:(?:次数|量|数)\s*[:：]?|\s*[:：])\s*$" for w in ("点击", "浏览", "阅读", "访问", "下载")) + r"|围观\s*$|此处隐藏\s*$"
)
# the same words right after the count, closing its clause (356次浏览, 128人阅读), and a page's likes and comments
# (126人点赞, 12条评论)
_READ_AFTER = re.compile(r"\s*(?:(?:点击|浏览|阅读|访问|围观)\s*$|点赞|评论)")
_COUNTER_REACH = 12  # (the words end right before the value: only the text's tail is looked at)
# the teams a body forms for its work (组成3个督导小组, 成立5个督查组): how it is organised, no quantity to reach
_FORMED = re.compile(r"(?:组成|成立|组建|分成|分为)\s*$")
_TEAMS = re.compile(r"[^，,；;。]{0,8}?(?:组|专班)(?![长员])")
# a sharing site's set of essays under one title (…工作计划(汇总14篇), …方案(通用15篇), 区教研室工作计划4篇,
# 最新学校三年发展规划3篇.doc)
_ESSAY_SET = re.compile(
    r"(?:[(（](?:汇总|通用|精选|优选|热门|最新|实用|优秀|合集|集锦|范文)?|计划|总结|工作要点|方案|规划)\s*$"
)
# the motions a body was given to handle (共收到人大代表建议30件, 其中主办25件、协办9件): its workload
_MOTIONS = re.compile(r"(?:建议|提案|议案|主办|协办|会办)\s*$")
_MOTIONS_AFTER = re.compile(r"[^，,；;。]{0,6}?(?:建议|提案|议案)")  # (4件代表建议和2件委员提案)


def no_fact(clause: str, q: Quantity, leading: str) -> bool:
    """Whether quantity q of `clause` is no fact; `leading` is the sentence before the clause."""
    # (a word a rule's pattern cannot match without is looked for first: most clauses hold none of them)
    return (
        _closes_list(clause, q, leading)
        or _exchange_rate(clause, q)
        or _article(clause, q)
        or _whom(clause, q)
        or _time_limit(clause, q)
        or (("“" in clause or '"' in clause) and _GLOSS.match(clause) is not None)  # (a quote mark first: most have none)
        or _breakdown(clause, q)
        or (q.unit in _PEOPLE and _members(clause, q, leading))
        or (q.unit in _PERIOD_UNITS and (_defined_period(clause, q) or _dates_span(leading, clause, q)))
        or (q.text.endswith(_BOUNDED) and _case_of_next(clause, q))
        or bool(_PAGE_COUNTER.search(_tail(leading, clause, q.start, _COUNTER_REACH)))
        or (q.unit in ("次", "人", "条") and _READ_AFTER.match(clause, q.end) is not None)
        or (q.unit == "个" and _PLACES_COUNTED.match(clause, q.end) is not None)
        or (q.unit in ("分钟", "天") and _unbounded(clause, q))
        or _inspected(clause, q)
        or ("予以" in clause and _honoured(clause, q))
        or (q.unit == "部" and clause.startswith("门", q.end))  # 山东省教育厅等4部门: who issued a document
        or (q.unit == "人" and clause.startswith("制", q.end))  # 3人制篮球场: how a game is played
        or (q.unit == "次" and _SESSION.match(clause, q.end) is not None)  # 市十一次党代会: which session
        or (q.unit == "项" and _INDICATORS_AFTER.match(clause, q.end) is not None)
        or _all_of_a_kind(clause, q)
        or (q.unit == "篇" and ("小编" in leading + clause or _ESSAY_SET.search(clause, 0, q.start) is not None))
        or (("不" in clause or "未含" in clause) and _LEFT_OUT.search(clause, 0, q.start) is not None)  # (its words first)
        or ("之一" in clause and _ONE_OF.match(clause, q.end) is not None)
        or ((q.unit == "件" or clause.endswith("件", 0, q.start)) and _CHORES_AFTER.match(clause, q.end) is not None)
        or (q.unit == "次" and q.value == 1 and _routine(clause, q))
        or (q.unit == "小时" and q.value == 24 and q.value_max is None and not q.text.endswith(_BOUNDED))
        or _counts_values(clause, q)
        or clause[: q.start].rstrip().endswith(_POINTING)
        or (("会" in clause or "列席" in clause) and _ATTENDING.match(clause, q.end) is not None)
        or (q.unit in _PEOPLE and _ATTENDING_BEFORE.search(clause, max(0, q.start - _ATTENDING_REACH), q.start) is not None)
        or (q.unit in _PEOPLE and clause.endswith(_PARTY_OF, 0, q.start))
        or (q.unit == "元" and (clause.endswith(_REWARDED, 0, q.start) or clause.startswith(_REWARDED_AFTER, q.end)))
        or (q.unit in ("个", "条", "项") and _STUDIED.search(clause, 0, q.start) is not None)
        or (q.unit == "件" and (_MOTIONS.search(clause, 0, q.start) or _MOTIONS_AFTER.match(clause, q.end)) is not None)
        or (q.unit == "个" and _FORMED.search(clause, 0, q.start) is not None and _TEAMS.match(clause, q.end) is not None)
        or (clause.endswith("中") and _picked_from(clause, q))
        or (q.unit in _LENGTHS and _unbounded(clause, q) and _APART.search(clause, 0, q.start) is not None)
        or clause.lstrip().startswith("或")  # (或主持1项市级课题: one way to qualify)
        or (clause.endswith(_EXCEPT, 0, q.start) and _EXCEPT_AFTER.match(clause, q.end) is not None)
        or (("并" in clause or "整合" in clause) and _MERGED_AFTER.match(clause, q.end) is not None)
        or (q.unit == "个" and clause.startswith(_FIELDS, q.end))  # 从3个层面加强…: the fields a text covers
        or (q.unit == "个" and clause.startswith(_PARTS_OF_WORK, q.end))
        or (q.unit in ("条", "项") and _ITEMS_OF_FIELDS.search(_tail(leading, clause, q.start, _FIELDS_REACH)) is not None)
        or (q.unit in _PEOPLE and "人口" in clause and _population(clause, q))
        or (q.value < 10 and "”" in leading + clause and _slogan_part(leading + clause[: q.start], q))
        or (clause.endswith("分", 0, q.start) and _SPLIT_AFTER.match(clause, q.end) is not None)
        or (("中关于" in clause or "中关于" in leading) and _cited(_tail(leading, clause, q.start, _CITED_REACH)))
    )


# what a superior's document lays down, cited (按照省政府…文件中关于3—5万人保留一所初中、5000人一所小学…的规定):
# the rule followed, not the text's own aim
_CITED_REACH = 48
_CITED_END = ("的规定", "的要求", "的标准")


def _cited(before: str) -> bool:
    """Whether the text before a value opens a citation of a document's part (…文件中关于…) it has not closed."""
    at = before.rfind("中关于")
    return at >= 0 and not any(end in before[at:] for end in _CITED_END)


# the work a split count is followed by (分2次实施, 分两期建设, 分三批下达; not the 分 of a score, 得分90分以上)
_SPLIT_AFTER = re.compile(r"(?:实施|进行|完成|开展|举办|组织|建设|拨付|下达)")


# a work plan named by the digits of its parts' counts (“17431”工作思路(…一条主线,狠抓7项工作,紧盯4个项目,守牢3个底线…)):
# each count in the brackets after the code spells one digit of it
_CODE_BRACKET = re.compile(r"“(\d{3,8})”[^。；;“”]{0,12}?[(（〔]([^)）〕]*)$")


def _slogan_part(before: str, q: Quantity) -> bool:
    """Whether q, a one-digit count, is one of the parts a numbered slogan before it spells out."""
    code = _CODE_BRACKET.search(before)
    return code is not None and q.value == int(q.value) and str(int(q.value)) in code.group(1)


# the people who live in a place or whom a school serves (总人口85万人, 常住人口120万人, 按照城镇服务人口1万人…设置1所
# 幼儿园): whom the text is about, or the base a norm is set on, not an amount to reach
_POPULATION = re.compile(r"(?:总|常住|户籍|服务)人口(?:数|总数)?(?:为|达|约|近|超过|有)?\s*$")


def _population(clause: str, q: Quantity) -> bool:
    """Whether q counts the people living in a place or served by a school: 总人口85万人."""
    return _POPULATION.search(clause, max(0, q.start - 10), q.start) is not None


def _tail(leading: str, clause: str, at: int, reach: int) -> str:
    """The last `reach` characters of the sentence before clause[at] (`leading` + clause[:at], without
    joining the two: only a short tail is looked at, and a sentence may be long)."""
    before = clause[max(0, at - reach) : at]
    return before if len(before) == reach else leading[len(before) - reach :] + before


_FIELDS = ("方面", "层面", "维度")
# the parts a line of work is framed in (完善A、B、C、D4个体系, 扎实推进…四个重点, 守牢3个底线): a slogan's own
# count of what it names, nothing to reach
_PARTS_OF_WORK = ("体系", "重点", "保障", "底线", "主线")
# 涉及八大方面,共23条; 全文分6部分27项内容; 七个方面共四十项工作; 共5章32条: the items the fields or chapters of a
# text hold
_ITEMS_OF_FIELDS = re.compile(r"(?:方面|部分|章)[,，]?(?:共|涵盖|包括|涉及)?$")
_FIELDS_REACH = 8
# 将8所完小合并为5所: the schools there are before a merge; the count after it is the aim
_MERGED_AFTER = re.compile(r"[^，,；;。\d]{0,8}?(?:合并|整合|撤并|并校|并)(?:为|成)")


# 在除23个重点帮扶县以外的其他县市区: what a scope leaves out
_EXCEPT = ("除", "除了")
_EXCEPT_AFTER = re.compile(r"[^，,；;。\d]{0,12}?(?:以外|之外)")


_LENGTHS = ("米", "公里", "千米")
# 距离陈涌村中心位置仅800米, 间隔商贸城1公里: how far apart two places are, where a school stands (not 上学距离
# 不超过3公里, a bound to keep)
_APART = re.compile(r"(?:距离?|相距|间隔)[^，,；;。\d]{0,16}$")


# 在申报的20个教育集团中, 120个项目中: a clause closing on the set the next one picks from (not 5所高中, 1所初中)
_PICKED_FROM = re.compile(rf"[{CJK}]{{1,12}}(?<![高初集其])中")


def _picked_from(clause: str, q: Quantity) -> bool:
    """Whether q counts the set the next clause picks from (在申报的20个教育集团中,5个…), not works to do
    (新建36所公办幼儿园名单中)."""
    return _PICKED_FROM.fullmatch(clause, q.end) is not None and _BUILDING.search(clause, 0, q.start) is None


# 专家组一行7人: how many came on a visit
_PARTY_OF = ("一行", "一行共")
# 获全市第一名的,奖励3万元; 按每人20万奖励: a reward for a result, not a sum to reach
_REWARDED = ("奖励", "奖")
_REWARDED_AFTER = ("奖励", "的奖励")
# 深刻领会8个明确和14条基本方略: the parts of a doctrine studied
_STUDIED = re.compile(rf"(?:领会|学习|学懂|弄通|践行)(?:\d+[个条项][{CJK}]{{1,6}}[和、及])*$")
# 这2所幼儿园, 该3所学校, 上述5个项目: a demonstrative right before the count (blanks between: a string's own methods cost
# a fraction of a search)
_POINTING = ("这", "该", "上述", "前述")
# …分管、全区中小学校长参会, 出席会议, 共300余人参加会议, 列席: those counted sit in a meeting
_ATTENDING = re.compile(r"[^，,；;。]{0,40}?(?:参会|与会|出席会议|参加(?:了)?(?:本次|此次)?会议|列席)")
# 参会人员200余人, 与会代表共150人: those sitting in it named before their count
_ATTENDING_BEFORE = re.compile(r"(?:参会|与会|出席|列席)(?:人员|代表|者)?(?:共计|共|约|达|有|近)?\s*$")
_ATTENDING_REACH = 10


def _counts_values(clause: str, q: Quantity) -> bool:
    """Whether q counts the values of the list it closes, given right after it (…安装率等4个100%)."""
    return q.unit == "个" and clause.endswith("等", 0, q.start) and _VALUE_NEXT.match(clause, q.end) is not None


# 20项民生实事之一: the set a thing is one of (not the 之一 of a share in words, 3%和百分之一以内: a value)
_ONE_OF = re.compile(rf"[{CJK}]{{0,10}}?之一(?<!分之一)")


# 10件为民办实事, 10件40项民生实事: how many practical things a government's list for the year holds
_CHORES_AFTER = re.compile(r"(?:\d+项)?(?:为民办|为民|惠民|民生)?实事")


# 每年开考1次, 每三年完成一次轮训: once in each period (每月不少于1次: a floor, kept)
_ROUTINE_BEFORE = re.compile(r"每(?:[\d一二两三四五六七八九十]+个?)?(?:学年|学期|年度|年|季度|月|周|天|日)[^，,；;。\d]{0,20}$")
_FLOOR_OR_CEILING = re.compile(r"至少|不少于|不低于|最少|最多|不超过|不多于|不得")


def _routine(clause: str, q: Quantity) -> bool:
    """Whether q, once, is how often a routine recurs, with no bound: 各科目每年开考1次."""
    if q.value_max is not None or q.at_least or q.at_most:
        return False
    period = _ROUTINE_BEFORE.search(clause, 0, q.start)
    return period is not None and _FLOOR_OR_CEILING.search(period.group()) is None


# (不含开发商和民营投资的建设资金23000万元): what a value before the brackets does not hold
_LEFT_OUT = re.compile(r"[(（](?:不含|不包括|不计|未含)[^()（）]*$")


_WHOLE = ("全省", "全市", "全县", "全区", "全州", "全旗", "全盟", "全镇")
# 66辆校车的安全监管: the things counted, then the work on them
_WORK_ON_AFTER = re.compile(rf"[{CJK}]{{1,10}}?的")


def _all_of_a_kind(clause: str, q: Quantity) -> bool:
    """Whether q counts all there are of a kind in a place, whose work the clause is about: 做好全区66辆
    校车的安全监管工作 (not 全市50%的学校…, a share to reach)."""
    return q.unit != "%" and clause.endswith(_WHOLE, 0, q.start) and _WORK_ON_AFTER.match(clause, q.end) is not None


# 17项评估指标, 主要指标22项: how many indicators a scheme has, not a value of any
_INDICATORS_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,4})指标")


# 对9个直属部门年度工作任务完成情况进行考核: the units an inspection, an evaluation or an award covers
_INSPECTION_AFTER = re.compile(r"[^，,；;。]{0,24}?(?:考核|督导|督查|检查|评估|验收|考评|表彰|奖励)")


def _inspected(clause: str, q: Quantity) -> bool:
    """Whether q counts the units that 对 makes the object of an inspection or an award."""
    return clause.endswith("对", 0, q.start) and _INSPECTION_AFTER.match(clause, q.end) is not None


# 对县一中等12个先进集体和张三等56名先进个人予以表彰: those a decision honours
_HONOURED_AFTER = re.compile(r"[^，,；;。]{0,24}?予以(?:通报)?(?:表彰|表扬|奖励)")


def _honoured(clause: str, q: Quantity) -> bool:
    """Whether q counts those 对 makes the object of an honour: 对…等12个先进集体和…等56名先进个人予以表彰."""
    return _HONOURED_AFTER.match(clause, q.end) is not None and "对" in clause[: q.start]


def _unbounded(clause: str, q: Quantity) -> bool:
    """Whether minutes or a length stand with no bound: an exam's length (数学110分钟), not a limit (作业时间不超过
    60分钟)."""
    return not (q.text.endswith(_BOUNDED) or _MINUTE_BOUND.search(clause, max(0, q.start - _BOUND_REACH), q.start))


def _closes_list(clause: str, q: Quantity, leading: str) -> bool:
    """Whether q counts the names listed beside it in a clause that only names them: 阳明中学、
    稽山中学等4所; 科目为语文、数学等11门科目; …和所有中职学校,共29所; 5个模块为《…》、《…》;
    越城区(10所) before its schools; 工作计划清单(共93项) before its entries. Not 实施A、B等7处维修改造项目
    (a task: a verb leads the list, 新建A、B等15所幼儿园 too) nor A、B等8个乡镇率先启动… (one follows the count)."""
    if ("《" in clause and _LISTED_AFTER.match(clause, q.end)) or (
        clause[q.end :] in ")）" and clause.endswith(("(", "（"), 0, q.start) and _NAMED_HEADING.fullmatch(clause[: q.start])
    ):
        return True
    if clause.endswith(("(共", "（共"), 0, q.start) and clause.startswith((")", "）"), q.end):
        return True  # 重点工作计划清单(共93项): the entries of the list that follows
    before = clause[: q.start]
    if "(" in before or "（" in before:  # (most values have no bracket before them)
        before = _PAREN.sub("", before)
    if before == "共":
        return "、" in re.split(r"[，,；;]", leading.rstrip("，,"))[-1]
    if not before.endswith("等") or "、" not in before or not _LIST_TAIL.match(clause, q.end):
        return False
    # (of the last list: one of places may come first, 在东坝、黑庄户等地区新建改扩建A、B等5所学校)
    last = before[:-1].rsplit("等", 1)[-1] if "等" in before[:-1] else before
    head = _CONJUNCTION.sub("", last.split("、", 1)[0])  # (并加快推进A、B等5个项目: the verb after 并 leads)
    return not _BUILDING.search(head) and (bool(_DEFINING.search(head)) or strip_verbs(head) == head)


def _exchange_rate(clause: str, q: Quantity) -> bool:
    """Whether q is one side of a rate of exchange: 修满13.5小时为1学分, 完成一个课题为2学分,
    以1学时45分钟计 (two quantities of different units, one reckoned as the other)."""
    if "计" in clause and any(m.start() <= q.start and q.end <= m.end() for m in _RECKONED.finditer(clause)):
        return True
    # (the words of such a rate, each looked for with `in`: a few scans of a clause cost a fraction of a search)
    if not ("为" in clause or "可获得" in clause or "折合" in clause or "相当于" in clause or "折算" in clause):
        return False  # most clauses: no need to find their quantities again
    quantities = list(find_quantities(clause))
    for p in quantities:
        m = _EXCHANGE.match(clause, p.end)
        worth = next((r for r in quantities if r.start == m.end() - 1), None) if m else None
        if worth is not None and worth.unit != p.unit and q.start in (p.start, worth.start):
            return True
    return False


def _article(clause: str, q: Quantity) -> bool:
    """Whether q is 一 used as an article: 创建一个平安和谐的校园环境."""
    return q.chinese and q.value == 1 and q.unit in _ARTICLE_UNITS and bool(_ARTICLE_AFTER.match(clause, q.end))


def _whom(clause: str, q: Quantity) -> bool:
    """Whether q bounds whom a rule covers: 连续请假6个月及以上且仍在治疗期的人员."""
    bounded = q.text.endswith(("以上", "以下")) or clause.endswith(_BOUND_BEFORE, 0, q.start)
    return q.unit != "%" and bounded and bool(_WHOM_AFTER.match(clause, q.end))


def _time_limit(clause: str, q: Quantity) -> bool:
    """Whether q is the time a step of a procedure may take: 落聘教师在3个工作日内提出申请,
    竞聘结果公示5个工作日, 公示时间不得少于7个工作日 (working days count only a procedure's steps)."""
    if q.unit not in _SPANS_OF_TIME:
        return False
    return clause.startswith("内", q.end) or q.unit == "工作日"


def _breakdown(clause: str, q: Quantity) -> bool:
    """Whether q is each part's share of the value before it, in brackets: 学生6-8人(高一高二各4人)."""
    if not clause.endswith("各", 0, q.start):
        return False  # most quantities: no need to find the ones before
    return any(_SHARE_AFTER_VALUE.fullmatch(clause, p.end, q.start) for p in find_quantities(clause[: q.start]))


_MEMBERS_BEFORE = ("代表", "成员", "委员", "组员")
_MADE_UP_AFTER = re.compile(r"[^，,；;。]{0,4}?组成")
_PEOPLE = ("人", "名")
# the posts a body is set up with, listed (设校长1人、副校长3人)
_POSTS_SET = re.compile(r"设(?:[^，,；;。]*、)?[^，,；;。、]{0,6}?(?:校长|主任|书记|干事)$")


def _members(clause: str, q: Quantity, leading: str) -> bool:
    """Whether q, a count of people, counts the members of a body: 组员:…、其他教师推选代表2人;
    由家长代表3人组成; 学校设校长1人、副校长3人, and the posts the list goes on with in the clause after
    (…,各部门主任、副主任9人)."""
    return (
        clause.endswith(_MEMBERS_BEFORE, 0, q.start)
        or _MADE_UP_AFTER.match(clause, q.end) is not None
        or _POSTS_SET.search(clause, 0, q.start) is not None
        or (
            clause.endswith(_POSTS, 0, q.start) and _POSTS_ONLY.fullmatch(clause, 0, q.start) is not None
            and _POSTS_SET_BEFORE.search(leading, max(0, len(leading) - _POSTS_REACH)) is not None
        )
    )


_POSTS = ("校长", "主任", "书记", "干事")
# a clause of posts alone (各部门主任、副主任), going on with posts a clause before set with their counts
_POSTS_ONLY = re.compile(r"[^，,；;。\d]{0,12}")
_POSTS_SET_BEFORE = re.compile(r"设[^。；;]{0,30}?(?:校长|主任|书记|干事)\s*\d+\s*[人名][^。；;\d]{0,30}$")
_POSTS_REACH = 64


_PERIOD_UNITS = ("个月", "天", "日", "工作日")
_RECKONED_FROM = re.compile(r"之日起|起计|计满")


def _defined_period(clause: str, q: Quantity) -> bool:
    """Whether q, a span of months or days, is a period a rule defines: 哺乳期从婴儿出生之日起计满12个月."""
    return _RECKONED_FROM.search(clause, 0, q.start) is not None


# the length of a span its dates give (工作时间:2019年2月至6月,共5个月; 3月1日至3月10日,为期10天)
_SPAN_WORDS = ("共", "为期", "历时", "共计")
_DATES_TO = re.compile(r"至\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*[月日](?:\s*\d{1,2}\s*日)?[^，,；;。\d]{0,2}[,，]?\s*$")
_DATES_REACH = 24


def _dates_span(leading: str, clause: str, q: Quantity) -> bool:
    """Whether q, months or days, is the length of the span the dates right before it give: 2月至6月,共5个月."""
    before = clause[: q.start].rstrip()
    if not before.endswith(_SPAN_WORDS):
        return False  # (most spans)
    words = next(w for w in _SPAN_WORDS if before.endswith(w))
    return _DATES_TO.search(_tail(leading, before, len(before) - len(words), _DATES_REACH)) is not None


_BOUNDED = ("以上", "以下", "以内")
_VALUE_NEXT = re.compile(r"(?:的|为|者)?\s*\d")


def _case_of_next(clause: str, q: Quantity) -> bool:
    """Whether q, a bounded size, only picks the case the value right after it holds for: 100人以内1人,
    100人以上为1.5%."""
    return _VALUE_NEXT.match(clause, q.end) is not None


_BUILDING_UNITS = ("栋", "幢")


def building_listed(sentence: str, q: Quantity) -> bool:
    """Whether q counts one kind of the buildings a sentence lists with others (4栋教学楼、1栋办公楼)."""
    return q.unit in _BUILDING_UNITS and sum(o.unit in _BUILDING_UNITS for o in find_quantities(sentence)) > 1
