"""Programs: vocabulary names, quoted names, and names ending in 工程/计划/项目/行动….

Quoted phrases are often slogans (办什么样的教育…), principles, problems
(入园难, 大班额), labels or institutions; a quoted phrase is a program only when it
reads as one (…工程, …活动, …制度), a word after it makes it one (“县管校聘”改革) or it
is put in practice (实施“…”). Names found by their suffix must be specific: not
generic (重点项目, 招生计划), not counted (20个试点项目, 十大工程), not a construction
phase or a building's works (二期工程, 教学楼扩建工程), not a fragment of a sentence
(了…计划, 特制订本计划), nor the document's own title. A word inside a cited title
(《厦门教育现代化2035》), a label of people (“双师型”教师), an honour won and topics listed
(“…”等专题) are no programs either, nor the plans listed as the documents the work follows
(落实《…行动计划》等文件要求); a notice or a place's plan about one program names it
in its title (关于深化普通高中课程改革的通知, 青山县智慧教育试点工作方案). National programs
and campaigns written without quotes or a suffix (选课走班, 公民同招, 创先争优活动) are known
from the vocabulary only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from edukg.loaders.chinese_numerals import chinese_int
from edukg.loaders.extract.text import (
    CJK, Gated, alternation, any_of, cjk_count, clauses, han_punctuation, may_hold, quoted, strip_verbs,
)
from edukg.loaders.extract.themes import is_theme_word
from edukg.loaders.model import Evidence, Program, StructuredDocument
from edukg.ontology import vocab

__all__ = ["extract_programs", "programs_in", "program_mentions", "ProgramMentions"]

_NAME_CHARS = rf"[{CJK}0-9A-Za-z+.．]"
# the building of schools or bodies to a standard (普通高中办学标准化建设, 基层党组织标准化建设, 义务教育学校现代化达标建设):
# a program of its own; not equipment or facilities brought to one (教育装备标准化建设), a building put up to a standard
# (按…建设标准建设, 高标准建设) nor the level of it reached (标准化建设水平)
# (its first characters looked ahead for: the engine tries the lookbehinds only before 标 or 达)
_STANDARD_BUILDING = r"(?=[标达])(?<!设施|设备|装备)(?:标准化|(?<![高设])标准|达标)建设(?!水平)"
# a round of inspection given to one matter (防溺水安全工作专项督查, 元旦安全专项检查, 基本办学条件国家专项督导): a
# campaign like a 专项治理; not the team sent on it (专项督查组)
_SPECIAL_INSPECTION = r"专项(?:检查|督查|督导)(?!小?组)"
# a name by its suffix; 实验 not before 室/学校/区/楼/员 (a lab, a school, a pilot area, a lab building, its staff),
# nor before 仪器/器材/设备/综合楼 (教学实验仪器: a lab's equipment) or a school's number (实验二小)
_BY_SUFFIX = re.compile(
    rf"{_NAME_CHARS}{{2,40}}(?:行动计划|工程|计划|项目|专项行动|专项治理|专项整治|{_SPECIAL_INSPECTION}|行动|{_STANDARD_BUILDING}|实验(?![室学校区基班小中幼高楼馆员仪器设综一二三四五六七八九]|工作))"
    # 项目资金, 工程经费, 工程进度: money, staff or progress of some project; 计划数, a planned count;
    # 特色项目学校, 项目校 or 项目园, a school or a kindergarten of some project; 工程师, an engineer;
    # 项目名称, a table's heading; 动态 of 进行动态调整, no 行动; 建筑工程规划许可证 or 施工许可证, a building permit;
    # 计划生育, family planning (卫生和计划生育委员会); 行动纲领, a guideline (对接市、区教育行动纲领)
    r"(?!资金|经费|库|单位|负责人|前期|进度|质量|数|学校|校|园|师|名称|态|规划许可|施工许可|生育|纲领)"
)
_ANY_SUFFIX = re.compile(r"工程|计划|项目|行动|实验|专项|标准化建设|标准建设|达标建设")
_VERB_NAMED = re.compile(r"推进(?:工程|行动计划|行动|计划)")  # (教育强国推进工程, 创新素养教育推进行动, not 加速推进项目)
_SUFFIX_END = re.compile(rf"(?:行动计划|工程|计划|项目|专项行动|专项治理|专项整治|{_SPECIAL_INSPECTION}|行动|(?:标准化|标准|达标)建设|实验|制度|责任制)$")
# 制度 names only after verbs that put a system in force (not the 实行 of 落实行政值周制度)
# …and a system named …制 at the clause's end (实行一票否决制, 实施教师聘任制), not 机制, 体制, 编制, 控制 or 学制
_SYSTEM = re.compile(
    rf"(?:实行(?<!落实行)|推行|实施)(?P<name>{_NAME_CHARS}{{4,24}}?"
    r"(?:制度|责任制|制(?<![机体编控限抵研强定管节压克学]制)(?=[，,。；;、和)）]|$)))"
    rf"|落实(?P<duty>{_NAME_CHARS}{{4,24}}?责任制)"
)
_SYSTEM_END = re.compile(r"(?:制度|制)$")
# …and a mechanism set up by its own name (建立省级防溺水联动机制, 建立联控联保工作机制); not one set up and improved in
# general (建立健全…, 建立和完善…), nor one described by a clause (建立有利于名优教师成长的激励机制) or two joined (领导协调和推进机制)
_BUILT = re.compile(rf"建立(?!健全|和|完善|了|起)(?P<name>(?:(?!的|和)[{CJK}]){{5,20}}?机制)")
# …but for a mechanism of checking some work (建立…选修课程开发开设日常督查机制, 建立高中教学质量科学评价机制, 建立作业管理监测督导
# 机制): how the work is overseen, no program of its own
_OVERSIGHT = re.compile(r"(?:督查|督导|评价|监测|考核|评估|检查|监督)机制$")
# 和 of 和谐, 及 of 普及 or 涉及 and 并 of 合并 make no list (学校和谐安宁工程, 学前教育普及工程)
# (each word matched before what stands before it is looked at: the engine skips the others' characters at once)
_SPLIT = re.compile(r"和(?!谐)|以及|及(?<![普涉]及)|、|并(?<!合并)|或")
# 等 closes a list, and what follows it counts the items (…、职业教育创新发展高地建设工程等十大工程: the last item
# is a program, 十大工程 is none); not 等 as in 高等, 中等, 平等 or 等级
_LIST_CLOSE = re.compile(r"等(?<![高平均中初同对]等)(?!级)")
# (此次2021年中心城镇幼儿园建设项目, 一次元旦安全专项检查: which round of a program, and its year, lead its name; so does an
# item's number, with the verb 重 an item may open with (六是学前教育三期行动计划建设项目工程, 四是重培训工程建设); so does the
# reporter who heard of it, 记者从…行动计划推进会上了解到)
# …and the place whose work it is, before a preposition (昭平县以教育项目建设为重点) or as a whole (全地区工程);
# not 在 of 在职 (在职教师有偿补课专项治理)
_LEAD = re.compile(
    r"^(?:\d+[.．、]|(?:19|20)\d\d年度?|[一二三四五六七八九十]{1,3}是(?:重(?![点大要庆]))?|是|此次|本次|这次|一次(?!性)|(?:\d{1,2}日)?记者|在(?!职)|对(?!接)|把|将|为|以|从|向|由|确保|年度|包括|其中|现有|"
    # prepositions (针对…工程存在的问题, 随着…计划的实施, 就…工程的实施作了部署, 与…工程同步推进; not 就业, 就近, 就读)
    r"针对|随着|就(?![业近读学医])|与|"
    # a program won, set, held or bid for (成功立项…实验项目, 获批…试点项目, 形成…建设项目选报方案, 举行…建设工程奠基仪式,
    # 完成招投标…建设项目): the verb is no part of its name
    r"成功|立项|获批|形成(?!性)|举行|招投标|"
    rf"全(?:[区市县省镇州旗盟]|地区)|[我本][区市县省镇州旗盟]|[{CJK}]{{0,8}}?[省市县区州旗](?=[以把将]|对(?![口接])))+"
)
# (进行 not of 促进行动: 农村学前教育促进行动计划 is one name)
_INNER_VERB = re.compile(
    r"实施|推进|启动|开展|落实|推行|完成|做好|抓好|深化|转化为|作为|成为|列为|列入|纳入|进行(?!动)|参与|参加|实现|安排|下达|申报|检查|被|"
    # verbs that take a program as their object (进入双高计划, 启用…, 培育学校体育特色项目, 搞好教学质量工程) and a
    # meeting called on one (召开…提升行动专题会)
    r"进入|入选|启用|培育|增加|丰富|加强|争取|抓|对接|加快|谋划|了解?|搞好|召开|"
    # the object a clause puts before its verb (我们要把…工程抓实抓好, 各校要将…计划落到实处)
    r"把|将(?![军来])|"
    # the program a clause follows (龙圩区根据市教育提质工程工作安排, 本方案根据省民生工程…)
    r"根据|"
    r"[我本][区市县省镇州旗盟]"
)
_GENERIC_WORDS = re.compile(
    r"^(?:各类|各项|相关|有关|重点|一批|这些|该|本|其他|其它|部分|系列|专项|民生|示范|试点|合作|中外合作|工程|建设|"
    r"教育|改革|体制|重点改革|体制改革|学校|发展|省级|市级|县级|国家级|国家|[省市县区](?=重点)|示范性|招生|工作|年度|"
    r"实施|行动|重大|民心|新一轮|办学|项目|"
    r"[一二三四五六七八九十\d]+(?:期|批|类|项|个))*"
    r"(?:行动计划|工程|计划|项目|专项行动|行动|实验|制度|责任制)$"
)
# counted before the name, or before the list it ends (35个拆建、加固工程项目): each item is one of many
_COUNTED = re.compile(rf"(?:\d+\s*|[一二三四五六七八九十]+)[个项批类](?:[{CJK}]{{1,8}}、)*$")
# …维修改造项目12个: projects counted after their kind are not one program either
_COUNTED_AFTER = re.compile(r"\d[\d\s,]*[个项批类处]|[一二两三四五六七八九十]+[个项批类处]")
# an agency's own plan (教育局计划), quoted or not
_AGENCY_PLAN = re.compile(r"(?:局|厅|委|部门)计划$")
# not a name: a count or a date inside, a vague word, a plan of work (工作计划, 招生计划)
_VAGUE = re.compile(
    # (but the action plan of a field for a few years counted in digits: 近视眼防控工作3年行动计划)
    r"\d+\s*[余多]?(?:[个项所月件]|年(?!行动计划$))|^\d+\s*年|\d\s*(?:万|亿)?多?元|相结合|(?<!第)[一二两三四五六七八九十]+[个项]|其它|其他|各类|各项|相关|有关|等(?<![高平均中初同对]等)(?!级)|^一?系列|^部分|^这些|"
    r"要|必须|应当|依据|^各|"
    r"(?:工作|招生|统招|补录|剩余|实施|年度|教学|用人|采购|投资|开设|活动|课程|学习|招聘|需求|用工|进人)计划$|"
    # a person's own plan (个人成长计划, 个人专业发展计划, 个人修习计划)
    rf"个人[{CJK}]{{0,6}}计划$|"
    # a plan of training is one of work (教师培训计划), unless it names whom it trains at length
    # (自治区临聘学前双语教师培训计划)
    rf"^[{CJK}]{{0,5}}培训计划$|"
    r"以下|简称|一些|若干|本次|此次|这次|此项|已经|早日|后续工程|阶段行动|(?:实际|具体)行动$|^用|体现|整个|预计|"
    # (关于金亿 新闻动态 … 工程案例: a site's menu, or a document's title, names no program)
    r"关于|"
    # a school's own works (岗厦小学改扩建学校项目, 第十六幼儿园项目, 6003地块小学项目), last year's (上年度工程项目)
    # and a quarter's (第一季度项目)
    r"(?:学校|幼儿园|小学|中学)(?:工程|项目)$|上年度|^(?:于|目前)|所有|季度|"
    # kinds of works (基础设施项目, 室外附属工程, 食堂主体工程, 园林景观工程), a field's or a system's key works
    # (教育领域重大项目, 教育系统重点建设项目), equipment or books bought
    # (设备购置项目, 图书购置类项目, 装备配备项目, 实验室设备采购工程), and a clause about the work around a project: who acts
    # (教育局, 领导) and how (始终, 围绕, 听取, 协调)
    r"(?:基础设施|社会事业|附属|室内|室外|主体|土建|土石|景观|绿化|装饰|安装|领域|(?:领域|系统)(?:重大|重点)(?:建设)?|(?:购置|配备|采购)类?)(?:工程|项目)$|^大部分|局(?<![布格大结全当开新]局)|班子|领导|始终|围绕|听取|帮助|协调|迅速|深入|多次|"
    r"(?:校门|连廊|大门|围墙|道路|管网|操场|跑道)工程$|"
    # a building's works (华舍中学扩建改建工程; an upgrade of a kind is a program: 学校食堂标准化改造工程,
    # 村小火炉改造工程) and a count of programs (10大行动计划, 十大工程)
    r"(?:新建|扩建|改建|迁建|续建|重建|移建|装修|维修)(?:工程|项目|工程项目)$|^一?大?批|"
    r"(?:^|\d|[一二两三四五六七八九十])大(?:行动|工程|计划|项目|行动计划)$|"
    r"^(?:有|按|若|如|直至|直到|把|被|使|让|而|含|并|也|研究|妥善|时(?!代)|同时|根据|依据)|这|那|是|搞|该|重点工程|亮点工程|重点项目|"
    r"有限公司|"  # (…有限公司赞助项目: a company's sponsorship)
    # a place that plans (博白县计划利用…) or a place's projects, of education or key ones (巩义市项目, 西藏自治区教育项目,
    # 屯留区重点教育项目), and kinds counted (三大类…项目工程)
    rf"^[{CJK}]{{1,6}}[省市县区州旗](?:(?:重点|重大)?教育)?(?:计划|项目)$|[一二三四五六七八九十]+大类|"
    # projects of a kind of building (幼儿园建设项目, 区公办幼儿园建设项目, 校舍建设项目): each project one of them, where
    # 幼儿园建设工程 is a program
    r"^\d*[区县市省]?(?:公办|农村|城区|乡镇)?(?:幼儿园|学校|校舍|学前教育|中小学)建设项目$|"
    # works of a kind, not a named program: 新建幼儿园建设项目, 续建教育项目
    r"^(?:新建|扩建|改建|改扩建|新改扩建|续建|迁建)[\u4e00-\u9fff]{0,8}项目$|"
    # (…and a school's branch, as its campus: 省实验学校于洪分校项目, 实验幼儿园县区分园项目)
    r"(?:楼|馆|堂|舍|场|中专|校区|分校|分园|大厦|围墙|操场)(?:工程|项目)$|"
    # one school's building (迪荡中学建设工程, 第二实验小学建设项目工程)
    r"(?:中学|小学|停车场)建设(?:工程|项目|项目工程)$|"
    # …and the works on one named school's building (育才小学食堂改造项目, 五四小学教学楼拆建工程, 长宁中学标准化运动场建设项目);
    # not on a kind of school's (中小学, 高中学校: 学校食堂标准化改造工程), nor a school's move (清塘铺镇中学整体搬迁工程)
    r"(?:小|中)学(?<!中小学|高中学|初中学)[^、]{0,8}?[楼堂场](?:建设|改造|拆建|改扩建|扩建|维修|加固)(?:工程|项目)$|"
    # work before a project and a project kept for later (前期工作项目, 规划储备项目), projects by the stage of their
    # works or by their urgency (集中开工项目, 每月开竣工一批项目, 在建项目, 急需建设项目, 下一步推动项目)
    r"前期|储备|开工|竣工|完工|在建|急需|下一步|"
    # items of a kind (加分项目, 课外活动项目), not one named project
    r"(?:加分|活动|比赛|竞赛|运动)项目$|"
    r"^(?:深化|全面|综合|体制|机制|各项|教育|管理|这项)改革$|"
    # a sentence about officials at work (副区长…率队调研…项目), what was listed (所列评估项目), an
    # agency's own plan (教育局计划), a lab class (科学实验)
    rf"率队|调研|视察|考察|区长|县长|市长|局长|书记|所列|^上述|{_AGENCY_PLAN.pattern}|(?:科学|物理|化学|生物)实验$|"
    # a sentence's words, not a name: a pronoun (他首先向项目…), a verb and its result (解决好项目…, 做到有计划),
    # an adverb before 行动 (督管办在积极行动)…
    r"^(?:他|她|它|我们|其)|(?:解决|落实|抓|做|办|管)好|做到|(?:积极|迅速|主动|立即)行动$|"
    # …how often one acts on projects (每月对各地…项目), an honour given (被省教育厅评为…), every one of them (各个)
    r"每[年月周天日]对|评为|各个|"
    # who takes part, by what rule (承担培训项目, 培训课程按照省项目, 学科由高等学校与项目…)
    r"承担|按照|由(?<![自理缘]由)|"
    # a ceremony held for a project (…开工奠基仪式在某街项目), someone put in charge of one
    r"仪式|典礼|负责"
)
# 计划 as a verb: 计划创建, 计划投资, 计划实施…, 计划今年建设…, 计划2021年… (not …培养计划1人: a count follows, nor
# 实施以来, which looks back on the plan's own implementation: …素质提升计划实施以来); an action plan's 计划 is no verb
# (推进第二轮学前教育三年行动计划实施)
_PLAN_VERB = re.compile(r"^(?:[创建完开新投安招用在于将对今明]|实(?!施以来)|(?:19|20)\d\d年)")
_PHASE = re.compile(r"[一二三四五六七八九十\d]期工程")
# the action plan of a few years a text names by its years alone (制订三年行动计划, 标准化建设“三年行动计划”): the plan
# of the field the text is about (学前教育三年行动计划), as its readers know it; the verb that plans it or a 的 before it
# is no part of its name
_YEARS_ACTION_PLAN = re.compile(r"[一二三四五两]年行动计划")
_YEARS_PLAN_LEAD = re.compile(rf"(?:的|制订|制定|编制|形成)(?={_YEARS_ACTION_PLAN.pattern}$)")
# quoted phrases that are slogans, principles, institutions, ordinals or article counts; 第一 ends a slogan's
# clause (安全第一), where it opens a name it is an ordinal (“第一议题”制度)
_SLOGAN = re.compile(
    rf"[、，,；;：:！!？?]|是|必须|什么|怎样|如何|为谁|争做|坚决|并举|并重|为本|为主|为中心|为核心|至上|第一(?![{CJK}])|^坚持|^让"
)
# 由“自由随意式”向“专业品牌化”转变: the two ends of a change, not programs
_CHANGE_FROM = re.compile(r"[由从]$")
_CHANGE_TO = re.compile(r"[向到]")  # used with .match(text, pos)
# 推动“育分”向“育人”转变: a change named by its verb needs no 由 before it
_CHANGE_INTO = re.compile(r"[向到]“[^“”]{1,15}”(?:转变|转型|转化|过渡|迈进)")
# a lone Latin letter glued to Chinese is mojibake of a scraped page (就瓿山逃F代化工程); not the grade of a
# building's safety (C级不安全校舍加固改造工程, D级危房改造工程)
_GARBLED = re.compile(rf"(?:^|[{CJK}])[A-Za-z](?!级)[{CJK}]")
_NOT_NAME = re.compile(
    r"^(?:[第]?[一二三四五六七八九十\d]+(?:期|届|轮|条|号|次))$|^十[一二三四五六七八九]五$|"
    r"^[幼小初中高大]{2,4}$|"  # stages of schooling for short (“中小幼”教育全覆盖)
    # a plan by its years alone (“三年建设计划”), but for an action plan of a few years
    rf"^(?!{_YEARS_ACTION_PLAN.pattern}$)[一二三四五六七八九十\d]+年(?:建设|行动|发展|攻坚)?(?:计划|规划)$|"
    r"^[一二三四五六七八九十\d]+项(?:工作|任务|重点工作)$|"  # a count of tasks (“六项工作”)
    r"^(?:元旦|春节|国庆|十一|五一|清明|端午|中秋|寒假|暑假|六一|七一|八一)$|"
    r"(?:大学|学院|学校|中学|小学|幼儿园|集团|公司|协会|研究院|研究所|试点校|示范校|奖|教师|校长|班主任|学生|工作室|一把手)$|"
    # a centre or a class set up (“学生智能化服务中心”, “北斗科技班”), a way of thinking (“窗口意识”), a process
    # (“网格化”管理): no program's name; 强化 or 优化 is a verb, no process (“四个强化”活动)
    r"(?:中心|班|意识|理念|精神|思想|观念|化(?<![文强优]化))$"
)
_PEOPLE_END = re.compile(r"(?:教师|校长|班主任|园长)$")
_AFTER_NOT_PROGRAM = re.compile(
    r"^(?:的|是|原则|理念|精神|意识|思想|目标|问题|倾向|现象|口号|称号|方针|(?:战略|总体)布局|总体思路|思路|这一|这个|模式|方式|荣誉|"
    # “进校园”事项, “支部建在连队上”工作要求, “立人”教育思想
    r"事项|(?:工作)?要求|教育(?:思想|理念)|办学理念|"
    # the way or the place whose education develops (“兜底”教育发展, “一城四片”教育整体发展水平, “轻负高质”教育的区域性实施):
    # a quote before the development of education qualifies it, no campaign of education (“感恩报国”教育)
    r"教育(?:发展|整体|的)|"
    # 以“办人民满意的教育”为根本宗旨: what guides the work
    r"为(?:根本|首要|最高|基本)?(?:宗旨|遵循|指针|指南|出发点|落脚点))"
)
# …but a quoted name ending in a program's own noun is one where the words after it put it in practice (通过市级“名师名
# 校长工程”的实施, 结合“省农村寄宿制学校建设工程”的实施, “…行动计划”的落实): the quotes set apart the same name
# as is found written without them
_NAMED_BY_OWN_SUFFIX = re.compile(r"(?:工程|计划|项目|行动|专项治理|专项整治)$")
_ITS_PRACTICE = re.compile(r"的(?:实施|推进|落实|开展|启动)")


def _in_practice(after: str, before: str) -> bool:
    """Whether the words around a quote put what it names in practice: 的实施 after it, or 实施 before it and 的 after
    (实施“二期提升计划”的重要意义, 关于实施“…培养工程”的意见)."""
    return bool(_ITS_PRACTICE.match(after) or (after.startswith("的") and _PRACTICE_BEFORE.search(before)))
# the program noun after a quote joins its name: “3313”工程, “红山教育领航人”人才培养计划 (not a plan of work)
_JOIN_SUFFIX = re.compile(rf"^(?:工程|计划|项目|工作法|(?!工作|实施|年度|行动)(?:(?!等)[{CJK}]){{2,4}}?(?:工程|计划))")
# a document's own boilerplate (特制订本计划, 现将本方案印发), and a clause cut after 了 (制定了…计划)
_BOILERPLATE = re.compile(r"本(?:计划|方案|规划|意见|要点|办法|通知)|制订|制定|印发|了")
# “名园长、名教师培养工程”: one program named over a list, not a slogan
_NAMED_LIST = re.compile(rf"[{CJK}、]{{4,24}}(?:工程|计划|项目|行动|实验)")
_TITLE_PART = 8
# what names a document rather than a program: a plan's own title (…实施方案, …工作要点)
_DOCUMENT_END = re.compile(r"(?:方案|要点|规划|意见|通知|办法|细则|计划|纲要)$")


@cache
def _vocabulary() -> tuple[re.Pattern[str], dict[str, str]]:
    aliases = vocab.program_aliases()
    pattern = re.compile(alternation(aliases))
    return pattern, aliases


# an experiment of a field or of work in general (教学改革实验, 教育教学实验, 课程设置实验) is no program; one named
# at length is (高效课堂教学实验, 蓝色海洋教育实验)
_EXPERIMENT_STEM = 5


# (a theme's works or campaign is a program: 教育信息化工程, 立德树人行动; its plan or its projects are the theme's work in
# general: 教育信息化计划)
_THEME_WORKS = ("工程", "行动")


def _specific(name: str, before: str) -> bool:
    if _YEARS_ACTION_PLAN.fullmatch(name):
        return not _COUNTED.search(before)
    stem = _SUFFIX_END.sub("", name)
    # (班班通工程 is the vocabulary's 班班通)
    theme = is_theme_word(stem) and not (name.endswith(_THEME_WORKS) and stem not in _vocabulary()[1])
    if len(stem) < 3 or theme or "的" in name or _GARBLED.search(name) or _BOILERPLATE.search(name):
        return False
    if name.endswith("实验") and len(stem) < _EXPERIMENT_STEM:
        return False
    if _GENERIC_WORDS.match(name) or _PHASE.search(name) or _VAGUE.search(name):
        return False
    return not _COUNTED.search(before)


# a year given to a campaign (“课改年”, “质量提升年”), not a count of years, 开局之年 nor 美德少年
_CAMPAIGN_YEAR = r"年(?<![\d一二三四五六七八九十百千之少青老成学新周当同全每今明去往近多历半]年)"
# a quoted phrase names a program when it reads as one (…工程, …活动, …制度), when a word after the
# quote makes it one (“县管校聘”改革, “三通两平台”建设), or when it is put in practice (实施“…”)
_PROGRAM_END = re.compile(
    r"(?:工程|计划|项目|专项|行动|实验|活动|工作室|制度|责任制|改革|试点|建设|治理|整治|机制|体系|模式|平台|系统|课堂|讲堂|"
    r"基地|联盟|工作|教育|月|周|节|评比|竞赛|大赛|创建|校园|书院|服务|工作法|管理|"
    # (a round of inspection, as the same name unquoted is: 进行了一次“元旦安全专项检查”)
    rf"{_SPECIAL_INSPECTION}|{_CAMPAIGN_YEAR})$"
)
# a campaign making schools of a title, or a selection of schools or people for one (“安全先进学校”创建, 开展“师德标兵”
# 评选, 做好“浙江省特级教师”推荐工作): the title names the program
_SELECTION = re.compile(r"创建|评选|推荐")
_PROGRAM_AFTER = re.compile(
    r"(?:改革|工程|计划|项目|行动|建设|工作|活动|创建|评选|推荐|试点|模式|教育|制度|机制|体系|专项|主题|评比|竞赛|服务|管理|"
    # (落实“双线四包”责任制: who answers for the work, by the quoted formula; “普高提质50条”实施细则: how it is
    # put in practice; “全面二孩”政策: a policy by its name; “十项严禁”纪律: rules by their name; “五个先锋”党建品牌:
    # a party branch's work by its brand; 采取“三个一批”办法: a way of working by its name)
    r"品牌|课程|示范|培训|平台|战略|责任制|责任机制|实施|政策|纪律|党建|办法|"
    # the work's main line (以推进落实“奋进之笔”和“振兴之路”为主线, 紧紧抓住“促进教育优质均衡发展”这条主线)
    r"(?:为|这条)主线)"
)
# what makes a quoted phrase, slogan or not, the name of an activity (“我为群众办实事”实践活动), or of a
# campaign of education (“学思想、强党性、重实践、建新功”主题教育)
_NAMED_ACTIVITY = re.compile(r"(?:主题教育|主题实践|志愿服务|专题教育|主题|实践)活动|主题教育")
# the work a verb before the quote puts in practice, the quote its whole name (not 工作要求, 工作思路)
_LISTED_WORK = re.compile(r"(?:工作|创建)(?=[，,。；;]|$)")
# (also a work made use of, kept up or spread: 建好用好“新时代传习所”, 不断巩固“以案为戒”警示教育成果, 推广“校园通勤车”)
_PRACTICE_BEFORE = re.compile(
    r"(?:实施|推进|开展|推行|落实|实行|创建|打造|深化|启动|建立|健全|构建|争创|组织|举办|执行|推动|探索|做好|抓好|"
    r"开设|建设|完善|加快|深入|继续|全面|用好|巩固|推广)$"
)


# 一镇一园, 一校一品, 一免一补: a quoted formula of one thing for each unit names a program
_ONE_EACH = re.compile(rf"一[{CJK}]{{1,3}}一[{CJK}]{{1,3}}")


def _longest_quoted(phrase: str) -> int:
    """How long a quoted phrase may be to name a program: a program's full name may run long
    (“全面改善农村牧区义务教育薄弱学校办学基础条件项目”), a list of items it names less so (“一史、一志…五工程”)."""
    if not _SUFFIX_END.search(phrase):
        return 15
    return 20 if "、" in phrase else 26


# “大班额”治理, “小学化”专项治理, “大班额”问题整治: a campaign against a quoted problem
_AGAINST_PROBLEM = re.compile(r"(?:问题|现象)?(?:专项)?(?:治理|整治)")


# “三化”建设, “五化”工作法: a count of standards a party branch or a school is brought to (标准化、规范化…) names
# its program, with the work that follows (not the process of 网格化 or 信息化)
_COUNTED_STANDARDS = re.compile(r"[一二三四五六七八九十两]化")
_STANDARDS_WORK = re.compile(r"建设|工作法")
# “十个严禁”, “六个禁止”, “十二个凡是”: a set of rules named by their count and their word (not “四个带头”)
_COUNTED_RULES = re.compile(r"[一二三四五六七八九十两\d]{1,3}[个项条]?(?:严禁|禁止|不准|凡是)")
# “基教十条”, “产业新政五十条”, 质量提升“双十条”: a package of measures named by its field and its count of articles
_COUNTED_ARTICLES = re.compile(rf"[{CJK}]{{1,8}}[一二三四五六七八九十百\d]{{1,3}}条")


_YEAR_NOTE = re.compile(r"\((?:19|20)\d\d\)$")


def _quoted_program(phrase: str, after: str, before: str = "", demands: bool = False) -> str | None:
    """The program a quoted phrase names, or None for slogans, problems, institutions…; `demands`: 要求
    follows the closing quote itself. A count or a field's word before 要求 alone names the demands of a program
    (落实“三个新增”要求, 遵循“六好教育”要求, 薄弱学校办学条件的“二十条底线”要求), not a work's own 工作要求 nor the
    quoted sayings 要求 comes after (“办好学前教育”“幼有所育”“努力让每个孩子…”要求)."""
    phrase = phrase.strip()
    if phrase.endswith(")") and (year := _YEAR_NOTE.search(phrase)) and phrase[: year.start()] in vocab.program_aliases():
        return phrase[: year.start()]  # “国培计划(2017)”: the year's round of a program the vocabulary knows
    if phrase in vocab.program_aliases() or _ONE_EACH.fullmatch(phrase):
        return phrase
    if _COUNTED_RULES.fullmatch(phrase) or _COUNTED_ARTICLES.fullmatch(phrase):
        return phrase
    if _COUNTED_STANDARDS.fullmatch(phrase):
        work = _STANDARDS_WORK.match(after)
        return phrase + work.group() if work else phrase
    if phrase in vocab.problems() and (against := _AGAINST_PROBLEM.match(after)):
        return phrase + against.group()
    if (
        (_NAMED_ACTIVITY.match(after) or (after.startswith("活动") and _PRACTICE_BEFORE.search(before)))
        and 2 <= len(phrase) <= 15 and not _BOILERPLATE.search(phrase)
    ):
        # “不忘初心，牢记使命”主题教育活动, 开展“课内比教学、课外访万家”活动: an activity's name, slogan or not
        return han_punctuation(phrase)
    if "、" in phrase and len(phrase) <= 24 and _LISTED_WORK.match(after) and _PRACTICE_BEFORE.search(before):
        return han_punctuation(phrase)  # 深入推进“五星育人、三名争创”工作: the work of a listed formula
    join = _JOIN_SUFFIX.match(after)
    if (
        not 2 <= len(phrase) <= _longest_quoted(phrase)
        or _BOILERPLATE.search(phrase)
        or (_SLOGAN.search(phrase) and not _NAMED_LIST.fullmatch(phrase + (join.group() if join else "")))
        # (people a program trains are no label of its own: “好校长、好教师”培养工程; nor schools a campaign
        # makes, or people or schools a selection names: “安全先进学校”创建, “师德标兵”评选, “浙江省特级教师”推荐)
        or (_NOT_NAME.search(phrase) and not (join and _PEOPLE_END.search(phrase)) and not _SELECTION.match(after))
        or phrase in vocab.problems()
        or phrase in vocab.aims()
        or _AGENCY_PLAN.search(phrase)
        or (_AFTER_NOT_PROGRAM.match(after) and not demands and not (_in_practice(after, before) and _NAMED_BY_OWN_SUFFIX.search(phrase)))
    ):
        return None
    # (demands: no slogan, 、 or ， in the quote has made it one above)
    if not (_PROGRAM_END.search(phrase) or _PROGRAM_AFTER.match(after) or join or demands or _PRACTICE_BEFORE.search(before)):
        return None  # a phrase quoted as a label, a term or a slogan, not as a program
    name = phrase + join.group() if join and not _SUFFIX_END.search(phrase) else phrase
    # 3+1, 1+X: a formula, not a name (“3313”工程 is one)
    return name if cjk_count(name) >= 2 else None


# 《…》 names a document: a plan it is (《…攻坚计划》) is a program, a name inside its title
# (教育现代化 in 《厦门教育现代化2035》, 素质教育 in 《抓好“素质教育”…》) is a word of the title, no mention
_DOCUMENT_TITLE = re.compile(r"《([^《》\n]*)》")
_TITLE_NOTE = re.compile(r"(?:\s*[(（][^()（）]*[)）])?")
_TITLE_PERIOD = re.compile(r"[“\"]?十[一二三四五]五[”\"]?(?:时期)?")


@cache
def _naming_words() -> re.Pattern[str]:
    """What every mention program_mentions finds needs: an opening quote (of quoted()), a vocabulary
    name, a suffix, 制 (of a system put in force), 改革、 (of a list of reforms), 的通知 (of a notice calling a review),
    试点 or 创建 (of a pilot or a campaign put in practice) or the word of a kind of name or of an education park."""
    words = [
        "“", '"', "「", "‘", *vocab.program_aliases(), *_ANY_SUFFIX.pattern.split("|"), "制", "改革、", "的通知", "试点", "创建",
        *_PARK_WORDS,
    ]
    return any_of([*words, *_NAMED_KIND_WORDS])  # (a trie: one scan is quick)


def program_mentions(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every program named in a sentence, not inside a document's title."""
    found = _mentions(text)
    if "《" not in text:
        return _outermost(found)
    titles = [m.span(1) for m in _DOCUMENT_TITLE.finditer(text)]
    # (a program the vocabulary knows is named by a title too: 《云南省“一村一幼”实施项目库》, also inside a
    # longer name the title holds: 《海南省特殊教育提升计划(2014年—2016年)实施方案》)
    known = _vocabulary()[1]
    followed = [m.span() for m in _FOLLOWED_DOCUMENTS.finditer(text)] if "等" in text else []
    if "要求" in text or "精神" in text:  # (few sentences)
        followed += [
            (c[1], c[2]) for c in found
            if c[0].endswith("计划") and text[c[1] - 1 : c[1]] == "《" and _FOLLOWED_PLAN.match(text, c[2])
        ]
    return _outermost([
        c for c in found
        if not any(s <= c[1] and c[2] <= e for s, e in followed)
        and not any(
            s <= c[1] and c[2] <= e and (c[0] not in known or _advanced(text, c, s, e)) and not _is_title(text, c, s, e)
            for s, e in titles
        )
    ])


# the documents a text follows, listed (落实《厦门教育现代化2035》和《厦门教育信息化2.0行动计划》等文件要求,
# 《教育信息化2.0行动计划》、省教育厅《甘肃教育信息化2.0行动计划》…等精神): the basis of the work, no programs
_FOLLOWED_DOCUMENTS = re.compile(r"(?:《[^《》\n]*》[^《》，,。；;]{0,12}?)+等(?:相关)?(?:文件)?的?(?:要求|精神|部署)")


# …and a plan named whole as one of them, with no 等 closing the list (按照《江苏省教育信息化三年行动计划(2013~2015年)》要求,
# 《云南省基础教育信息化三年行动计划》的要求, 《…第三期行动计划(2017-2020)》(粤教基〔2017〕14号)《…办法》的文件要求):
# the plan the work is bound by, not one it runs
_FOLLOWED_PLAN = re.compile(
    r"(?:\s*[(（][^()（）《》]{0,20}[)）])?》(?:[(（][^()（）《》]{0,20}[)）])?"
    r"(?:[、和及]?《[^《》\n]*》(?:[(（][^()（）《》]{0,20}[)）])?)*(?:的|相关)?(?:文件)?的?(?:要求|精神|部署)"
)


# an opinion cited that advances or deepens a goal the vocabulary knows (《国务院关于统筹推进县域内城乡义务教育一体化改革发展的
# 若干意见》, 《关于贯彻落实科学发展观,进一步推进义务教育均衡发展的意见》, 《深化新时代教育评价改革总体方案》): the goal is what the
# cited policy is about, no program the text runs; not the rules for carrying one out (《关于推进…校长教师交流轮岗的实施办法》)
_ADVANCED = re.compile(r"推进|深化")
_OPINION = re.compile(r"(?:意见|总体方案)$")


def _advanced(text: str, name: tuple[str, int, int], start: int, end: int) -> bool:
    """Whether the title text[start:end] is an opinion advancing the known program `name` it holds."""
    return bool(_ADVANCED.search(text, start, name[1]) and _OPINION.search(text, name[2], end))


def _outermost(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The mentions not inside a longer one: 营养改善计划 in 农村学生营养改善计划 is the same mention."""
    return [c for c in found if not any(o[1] <= c[1] and c[2] <= o[2] and o[2] - o[1] > c[2] - c[1] for o in found)]


# a notice or plan that puts one campaign in practice names it in its title (《关于开展教育防范学生溺水专项行动的通知》,
# 《迁西县开展校园及周边治安综合治理专项行动实施方案》): its verb before the name, the kind of document after it
_PUT_IN_PRACTICE = re.compile(r"开展|实施|推进")
# (also a general or concentrated clean-up, or one by search: 中小学校周边环境综合整治, 校园安全排查整治)
_CAMPAIGN_KINDS = r"专项(?:行动|治理|整治)|(?:综合|集中|排查)(?:治理|整治)"
_CAMPAIGN = re.compile(rf"(?:{_CAMPAIGN_KINDS})$")
# a round of review a notice calls (关于开展普惠性民办幼儿园认定工作的通知, 关于做好2011年骨干教师…量化考核工作的通知):
# the review is a program of its own, held again each year
_REVIEW_KINDS = r"考核|评审|认定|年检|检查|督导|督查|验收|评选"
_REVIEW = re.compile(rf"(?:{_REVIEW_KINDS})$")
_REVIEW_PRACTICE = re.compile(r"开展|做好|实施")  # (关于实施普惠性民办幼儿园认定工作的通知 as 关于开展…)
_REVIEW_NOTICE = re.compile(
    rf"关于(?:进一步)?(?:组织)?(?:{_REVIEW_PRACTICE.pattern})(?:\d{{4}}年度?)?(?P<name>[{CJK}]{{4,20}}?(?:{_REVIEW_KINDS}))(?:工作)?的通知"
)
# a plan for one program is titled by the program's name and 实施方案 or 工作方案 (《…创建全国学校家庭社会协同育人实验区实施方案》,
# 《…民族教育发展水平提升工程实施方案》, 《全省学校安全风险隐患专项整治工作方案》): the program is named, verb or none before it
_PLAN_FOR = re.compile(r"(?:工作|实施)方案")
# …a program of works or a plan (…工程实施方案); a campaign of a few years (…三年行动工作方案) is the plan itself
_PLANNED_WORKS = re.compile(r"(?:工程|项目|计划)$")
_NOTICE_OF = re.compile(r"(?:工作)?(?:的?实施方案|方案|的?实施意见)?(?:的通知)?")


def _is_title(text: str, name: tuple[str, int, int], start: int, end: int) -> bool:
    """Whether the program `name` is what the title text[start:end] names: the whole title, but for a
    note (2018-2020) and the five-year plan it belongs to (《“十四五”特殊教育发展提升行动计划》), the program a
    plan is for, or the campaign or the round of review a notice or plan puts in practice."""
    if (plan := _PLAN_FOR.match(text, name[2], end)) and _TITLE_NOTE.fullmatch(text, plan.end(), end):
        return True
    lead = _TITLE_PERIOD.match(text, start)
    if name[1] in (start, lead.end() if lead else start):
        return _TITLE_NOTE.fullmatch(text, name[2], end) is not None
    if _CAMPAIGN.search(name[0]):
        practice = _PUT_IN_PRACTICE
    elif _REVIEW.search(name[0]):
        practice = _REVIEW_PRACTICE
    else:
        return False
    notice = _NOTICE_OF.match(text, name[2], end)
    return (
        notice.end() > name[2]
        and _TITLE_NOTE.fullmatch(text, notice.end(), end) is not None
        and practice.search(text, start, name[1]) is not None
    )


def _mentions(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every program named in a sentence, also inside a longer name."""
    found: list[tuple[str, int, int]] = []
    quotes = quoted(text)
    honour = -1  # where the last quoted honour ends: the quotes listed after it are honours too
    for n, (phrase, s, e) in enumerate(quotes):
        if _HONOUR_BEFORE.search(text, max(0, s - 7), s - 1) or (honour >= 0 and _JOINER.fullmatch(text, honour + 1, s - 1)):
            honour = e  # 被评为“语文学科教研基地”和“综合理科教研基地”: honours won, not programs
            continue
        if (_CHANGE_FROM.search(text, 0, s - 1) and _CHANGE_TO.match(text, e + 1)) or _CHANGE_INTO.match(text, e + 1):
            continue
        if n and quotes[n - 1][2] + 2 == s - 1 and _CHANGE_TO.match(text, s - 2):
            continue
        if _CONTENT_ITEMS.match(text, e + 1):
            continue
        if _RECTIFIED.match(text, e + 1) and (_QUOTE_NEXT.match(text, e + 1) or _QUOTE_BEFORE.search(text, max(0, s - 3), s - 1)):
            continue  # “黑机构”“小广告”“隐形变异培训”专项整治行动: the problems one campaign deals with
        if _EVENT_THEME.match(text, e + 1) and not _SUFFIX_END.search(phrase):
            continue
        if items := _listed_programs(phrase, s):
            found.extend(items)  # “党建创优工程、立德树人工程…”等八项工程: each a program
            continue
        if (counted := _COUNTED_KIND.fullmatch(phrase)) and (items := _listed_before(text, s - 1, counted["kind"])):
            # 重点实施A、B、C…“十大工程”: each item a program of the kind counted, and the count names them all
            found.extend([*items, (phrase, s, e)])
            continue
        if text.startswith("以", s - 2) and _VEHICLE.match(text, e + 1) and 2 <= len(phrase) <= 15:
            name = han_punctuation(phrase)  # 以“五星育人、三名争创”为总抓手: the work's vehicle, list or not
        else:
            demands = text.startswith("要求", e + 1)
            name = _quoted_program(phrase, _after_quote(text, e + 1), text[max(0, s - 7) : s - 1], demands)
        if name:
            # a joined program noun (…”人才培养计划) belongs to the mention
            joined = len(name) - len(phrase) if name.startswith(phrase) and len(name) > len(phrase) else 0
            found.append((name, s, e + 1 + joined if joined else e))
    goal = "实现" in text
    for name, start, end in _vocabulary_mentions(text, quotes):
        if not (goal and _reached(text, start, end)) and not _TIME_AFTER.match(text, end) and not (
            name.endswith("发展") and _JOINED_PLAN.match(text, end)
        ):
            found.append((name, start, end))
    found.extend(_named_by_suffix(text, quotes))
    if "实施" in text:  # (a substring test spares most sentences the search)
        # (实施班班通工程建设: a program found inside the work is its name, the work no other)
        found.extend(c for c in _put_in_practice(text) if not any(c[1] <= s and e <= c[2] for _, s, e in found))
    if "大" in text and _COUNT_GATE.search(text):  # (few sentences; a substring test spares most the search)
        found.extend(_listed_by_count(text))
    if "改革、" in text:  # (few sentences list reforms)
        found.extend(_listed_reforms(text))
    if "试点" in text:  # (few sentences)
        found.extend(_pilots(text))
    if "创建" in text:  # (few sentences)
        found.extend(_creations(text))
    if _PARK_GATE.search(text):  # (few sentences)
        found.extend(_education_parks(text))
    if "示范区" in text or "试验区" in text:  # (few sentences)
        found.extend(_education_areas(text))
    if "的通知" in text:  # (few sentences)
        found.extend((m["name"], m.start("name"), m.end("name")) for m in _REVIEW_NOTICE.finditer(text))
    if _NAMED_KIND_GATE.search(text):  # (few sentences: one search spares three)
        for kind, word in _NAMED_KINDS:
            found.extend((m.group(), m.start(), m.end()) for m in kind.finditer(text) if word in m.group())
    if not found:
        return found  # most sentences
    return [c for c in found if not _labels(text, c[2])]


def _labels(text: str, end: int) -> bool:
    """Whether the name ending at `end` labels the people, school, body or place after it."""
    if text[end : end + 1] != "”":
        return bool(_LABEL_OF.match(text, end))
    return bool(_LABEL_OF.match(text, end + 1) or _QUOTED_LABEL_OF.match(text, end + 1))


# a list of three or more reforms named at length (深化教育督导体制机制改革、教育集团化改革、中高考改革、课堂提质增效改革):
# each a program, however long the quote around it (quoted() takes none over 60 characters)
_REFORM_LIST = re.compile(rf"(?:[{CJK}‘’]{{2,16}}?改革、){{2,}}[{CJK}‘’]{{2,16}}?改革")
_REFORM_STEM = 3  # (not 教学改革 or 课程改革: a field's reform, no program's name)


def _listed_reforms(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each reform of a list of three or more (A改革、B改革、C改革), by a name long enough to
    be one's own."""
    found: list[tuple[str, int, int]] = []
    for m in _REFORM_LIST.finditer(text):
        pos = m.start()
        for n, item in enumerate(m.group().split("、")):
            name = strip_verbs(_LEAD.sub("", item)) if n == 0 else item
            start = pos + len(item) - len(name)
            pos += len(item) + 1
            # (an item quoting a name, 义务教育‘双减’改革, is the quoted name's)
            if len(name) - 2 >= _REFORM_STEM and "‘" not in name and not _VAGUE.search(name) and "的" not in name:
                found.append((name, start, start + len(name)))
    return found


_QUOTE_MARK = re.compile(r"[“”\"「」‘’]")


def _vocabulary_mentions(text: str, quotes: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(name, start, end) of the vocabulary's names in a sentence, also where quotes set off the part a
    name opens with (“不忘初心、牢记使命”主题教育, “1+X”证书制度: a quoted phrase that opens a name); not
    where a word runs on into a quote (化解“大班额”: the problem quoted; 教育“两项督导”: the name the
    text quotes)."""
    pattern, _ = _vocabulary()
    found = [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]
    opening = [start for phrase, start, _ in quotes if phrase in _name_openings()]
    if not opening:
        return found  # most sentences
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    bare = _QUOTE_MARK.sub("", text)
    for start in opening:
        m = pattern.match(bare, start - bisect_left(marks, start))
        if m and (end := _in_text(m.end() - 1, marks) + 1) - start > len(m.group()):
            found.append((m.group(), start, end))
    return found


@cache
def _name_openings() -> frozenset[str]:
    """What the vocabulary's names open with, short of the whole name."""
    return frozenset(name[:k] for name in _vocabulary()[1] for k in range(1, len(name)))


def _in_text(at: int, marks: list[int]) -> int:
    """Where the character at `at` of the text without its quote `marks` stands in the text."""
    for mark in marks:
        if mark > at:
            break
        at += 1
    return at


# a national or provincial model area for education a place is made or strives to become (全国社区教育示范区,
# 全国义务教育优质均衡先行创建区): a program of its own; so is the county or district of balanced compulsory
# schooling, the national designation, named with its level or without (通过义务教育基本均衡区的省级验收; not after
# 县域, where the words are the county's state of balance: 迎接县域义务教育发展基本均衡县国家评定)
_DESIGNATION = re.compile(
    rf"(?:全国|国家级?|全?省级?)[{CJK}]{{2,16}}?(?:先行区|创建[区县]|(?:普及普惠|均衡|示范)[县区])"
    r"|义务教育(?<!县域义务教育)(?:发展)?(?:基本|优质)均衡(?:先行创建)?[县区]"
)
# a national or provincial pilot area is made for a reform or a way of schooling, whether its name says 教育 or not
# (全国儿童青少年近视防控改革试验区, 全国学校家庭社会协同育人实验区, 全国智能化研修平台试验区)
_PILOT_AREA = re.compile(rf"(?:全国|国家级?|省级?)[{CJK}]{{2,16}}?(?:试验区|实验区)")
# years of schooling made free (十五年免费教育, 12年免费基础教育, 十五年基本免费教育, 三年免费双语教育)
_FREE_SCHOOLING = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})年(?:基本)?免费(?:基础|学前|高中|义务|特殊|双语)?教育")
_LIST_ITEM = re.compile(r"[^、]+")
_LISTED_END = re.compile(rf"(?:工程|计划|行动|改革|{_CAMPAIGN_YEAR})$")  # (“管理提升年、督导评估年”: two campaigns)


# a quoted count of programs of one kind (“十大工程”, “五大行动”) after the list of them it closes
_COUNTED_KIND = re.compile(r"[一二三四五六七八九十两]{1,3}大(?P<kind>工程|行动|计划|项目)")
_LIST_BEFORE = re.compile(rf"(?:[{CJK}]{{2,14}}、){{2,}}[{CJK}]{{2,14}}$")
_MIN_LISTED = 3
# …or an unquoted count, the list's length, its last item joined by 和, 及 or 与 or not (实施义务教育装备标准化、
# 高中装备特色化和装备管理信息化三大工程)
_COUNT_GATE = any_of(("大工程", "大行动", "大计划", "大项目"))
_COUNTED_LIST_BEFORE = re.compile(rf"(?:[{CJK}]{{2,14}}、)+[{CJK}]{{2,30}}$")
_LAST_JOIN = re.compile(r"和(?!谐)|及(?<![普涉]及)|与(?<!参与)")


def _listed_by_count(text: str) -> list[tuple[str, int, int]]:
    """(item + kind, start, end) of each item of the lists an unquoted count of their kind closes."""
    found: list[tuple[str, int, int]] = []
    for m in _COUNTED_KIND.finditer(text):
        if count := chinese_int(m.group()[: -len(m["kind"]) - 1]):
            found.extend(_listed_before(text, m.start(), m["kind"], count))
    return found


def _listed_before(text: str, end: int, kind: str, count: int = 0) -> list[tuple[str, int, int]]:
    """(item + kind, start, end) of each item of the unquoted list of three or more that ends at `end`
    (重点实施基层党建质量提升、重点项目建设攻坚、…“十大工程”), or of `count` items where the count is unquoted;
    [] where no such list ends there."""
    if not (m := (_COUNTED_LIST_BEFORE if count else _LIST_BEFORE).search(text, max(0, end - 200), end)):
        return []
    listed = m.group().split("、")
    if count == len(listed) + 1 and (joins := [*_LAST_JOIN.finditer(listed[-1])]):
        last, join = listed.pop(), joins[-1]
        listed += [last[: join.start()], last[join.end() :]]
    if count and count != len(listed):
        return []
    items, pos = [], m.start()
    for n, item in enumerate(listed):
        name = strip_verbs(_LEAD.sub("", item)) if n == 0 else item
        start = pos + len(item) - len(name)
        items.append((name + kind, start, start + len(name)))
        pos += len(item) + 1
    return items if (count or len(items) >= _MIN_LISTED) and all(cjk_count(n) >= 4 + len(kind) for n, _, _ in items) else []


def _listed_programs(phrase: str, start: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of each item of a quoted list of programs, every item ending as a program's
    name does (“新时代教育评价改革、教育督导体制机制改革…”); [] for anything else."""
    if "、" not in phrase:
        return []
    items = [(m.group(), start + m.start(), start + m.end()) for m in _LIST_ITEM.finditer(phrase)]
    if all(_LISTED_END.search(name) and cjk_count(name) >= 4 for name, _, _ in items):
        return items
    return []


# 以“…”为抓手/载体: what the work is carried by is a program
_VEHICLE = re.compile(r"为(?:总|主要)?(?:抓手|载体)")
# a strategy of raising a place or a school by science, education, talent or quality (科教兴冀战略, 人才强区战略,
# 高教强省战略, 质量兴校战略, 教育立市战略)
_STRATEGY = re.compile(r"(?:科教|人才|教育|高教|质量)[兴强立][\u4e00-\u9fff]{1,2}战略")
# a regional centre of education a city strives to become (建设区域教育中心, 区域性教育中心, 区域教育供给中心,
# 面向南亚东南亚教育辐射中心)
_REGIONAL_CENTRE = re.compile(r"区域性?教育(?:供给|辐射)?中心|教育辐射中心")
# an education park or quarter a place builds, its schools together on one site (巴林右旗教育园区, 鄂尔多斯职业教育园区,
# 城东教育新区, 深汕高中园): a program by the name of its place; not one left unnamed (教育园区), counted (三个职业教育园区)
# or described (现代化教育园区)
_PARK_WORDS = ("教育园区", "教育新区", "职教园区", "高中园")
_PARK = re.compile(rf"(?:职业(?=教育))?(?:{'|'.join(_PARK_WORDS)})")
_PARK_GATE = any_of(_PARK_WORDS)  # (one search: quicker than a substring test per word)
_PARK_LEAD = re.compile(rf"[{CJK}]*$")
_PARK_LEAD_REACH = 12  # (the place and the words before it)
_PARK_CUT = re.compile(r"^.*(?:的|和|与|及|建成)")  # (what the clause says before the park's place: 建设中的…, 建成…)


def _education_parks(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the education parks a sentence names by their place."""
    found: list[tuple[str, int, int]] = []
    for m in _PARK.finditer(text):
        lead = _PARK_LEAD.search(text, max(0, m.start() - _PARK_LEAD_REACH), m.start()).group()
        name = _without_clause_words(_PARK_CUT.sub("", lead) + m.group())
        place = name[: -len(m.group())]
        if len(place) >= 2 and not place.endswith("化") and not _COUNTED.search(place) and not _VAGUE.search(name):
            found.append((name, m.end() - len(name), m.end()))
    return found


# a model or pilot area named for a kind of education, with no level before it (全面推进第三轮基础教育创新试验区,
# 打造“五个示范区”(教育资源共享示范区、创新素养教育示范区), ‘…’教育现代化示范区): a program as a national one is;
# not one left unnamed or named by its level alone (教育试验区, 省级学前教育试验区 is the level rule's)
_AREA = re.compile(r"示范区|试验区")
_AREA_LEAD = re.compile(rf"[{CJK}]{{0,10}}?教育[{CJK}]{{0,6}}$")
_AREA_LEAD_REACH = 16
_AREA_NAME = 7  # (the shortest name: 学前教育试验区)
# (what the clause says before the name: 建成市级…示范区, 被评为…示范区)
_AREA_CUT = re.compile(r"^.*(?:的|和|与|及|建成|创成|评为|命名为|确定为|列为)")
# an area the work serves or backs (提高职业教育服务示范区的能力): the area is the verb's object, not a name of education
_AREA_SERVED = re.compile(r"(?:服务|支撑|助力|对接)$")


def _education_areas(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the model or pilot areas of education a sentence names without their level."""
    found: list[tuple[str, int, int]] = []
    for m in _AREA.finditer(text):
        lead = _AREA_LEAD.search(text, max(0, m.start() - _AREA_LEAD_REACH), m.start())
        if lead and not _AREA_SERVED.search(lead.group()):
            name = strip_verbs(_LEAD.sub("", _AREA_CUT.sub("", lead.group()))) + m.group()
            if len(name) >= _AREA_NAME and "教育" in name:
                found.append((name, m.end() - len(name), m.end()))
    return found


# a pilot put in practice by its name (开展职业教育与普通高校联合办学试点, 全面启动国家教育信息化省级试点, 进行辽西北农村
# 中小学生营养餐改善试点工作): a program; not the pilot schools, counties or areas (…试点校, …试点县, …试点地区), a pilot a
# text strives to be made (…试点的争创工作), a manner of working (在…方面积极试点), a pilot of a kind of area
# (督导责任区试点), nor the pilots of reforms (教师资格定期注册改革试点, …制度建设试点改革), each a reform of a list
_PILOT = re.compile(
    rf"(?:开展|实施|启动|推进|进行|做好)(?P<name>(?:(?!的|改革)[{CJK}]){{4,20}}?试点(?<!积极试点)(?<!区试点))"
    r"(?![校县区园单省市的]|学校|地区|改革)"
)


def _pilots(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the pilots a sentence puts in practice by their name; a pilot the vocabulary
    names inside (贫困县教育信息化试点: its 教育信息化试点) is its mention."""
    known = _vocabulary()[0]
    return [
        (m["name"], m.start("name"), m.end("name"))
        for m in _PILOT.finditer(text)
        if _specific(m["name"], text[: m.start("name")]) and not known.search(m["name"])
    ]


# the making of schools, kindergartens, counties or cities of a title, pushed forward by its name or taken as the work's
# vehicle (推进州级示范性幼儿园创建工作, 以新一轮节水型学校创建为抓手, 抓好教育信息化示范校创建工作): a campaign; not 创建 as a
# verb with its object after it (整改创建全国文明城市), nor two joined (全国文明校园和省现代化创建); a round of such work done
# or held (做好…创建工作, 开展…示范校评估创建工作) is more often an application or a review than the campaign
_CREATION = re.compile(
    rf"(?:推进|实施|启动|抓好|以)(?P<name>(?:(?!的|和)[{CJK}]){{3,14}}?创建)(?=工作|为|活动|[，,。；;、]|$)"
)


def _creations(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the campaigns of making a title a sentence puts in practice by their name."""
    found = []
    for m in _CREATION.finditer(text):
        name = _without_clause_words(m["name"])
        start = m.end("name") - len(name)
        if _specific(name, text[:start]):
            found.append((name, start, m.end("name")))
    return found


# the things a government counts out for the people's livelihood each year (十大民生工程, 天津市20项民心工程, 市政府10件实事,
# 十大实事): a program by their count; not one work of them (一项重要的民生工程)
_COUNTED_LIVELIHOOD = re.compile(
    r"(?!一[大项件])(?:[一二三四五六七八九十百]+|\d+)(?:大|项|件)(?:实事|(?:重点|重大)?(?:民生|民心|惠民)(?:工程|项目))"
)
# the national program of improving the basic conditions of weak compulsory schools (全面改薄), named at length in
# its variants (全面改善贫困地区农村义务教育薄弱学校基本办学条件, 全面改善农村义务教育学校基本办学条件)
_BASIC_CONDITIONS = re.compile(
    r"全面改善(?:贫困地区)?(?:农村)?义务教育(?:阶段)?(?:薄弱)?学校(?:和寄宿制学校)?基本办学条件"
)
# a meeting held on two matters joined by 暨 (全省教育工作会议暨基础教育高质量发展推进会, 智慧校园暨示范校创建会议): the
# matter after 暨, named as a work is (…创建, …建设, …整治, …发展), is the program the meeting pushes
_MEETING_MATTER = re.compile(
    rf"(?<=暨)[{CJK}]{{3,20}}?(?:创建|建设|整治|治理|改革|发展)"
    r"(?=(?:工作)?(?:现场推进会|推进会|推进大会|部署会|动员大会|动员会|现场会|会议))"
)
# an event held again each year by its edition (第18届全国推广普通话宣传周, 第三届中小学生艺术节, 第四届中学生田径运动会,
# 第八届中日韩三国围棋赛, 第七届校长论坛): a program; not a contest a prize was won in (市第五届教职工乒乓球比赛优秀组织奖,
# …比赛中荣获一等奖), nor one school's own festival (第九届校园读书节), nor a 大赛, a contest of skills a work plan lists
# by the dozen (第十届学生专业技能大赛暨第二届礼仪风采大赛、第七届教师专业技能大赛)
_EDITION_EVENT = re.compile(
    rf"第[一二三四五六七八九十\d]{{1,3}}届(?!校园)(?:(?![的和与及届])[{CJK}]){{2,18}}?"
    r"(?:周(?![边年期转末岁])|节(?![约能点日])|运动会|(?<!大)赛(?![区事季道])|展演|论坛|年会)"
    r"(?!中|上|期间|获|荣获|优秀|[一二三特]等|奖|金|银|铜|冠|亚|季|团体|组织奖)"
)
# names of a kind no suffix rule finds: (the pattern, the words one of which each of its names holds,
# a word the name must hold)
_KINDS_OF_NAME = (
    (_DESIGNATION, ("先行区", "创建区", "创建县", "普惠县", "普惠区", "均衡县", "均衡区", "示范县", "示范区"), "教育"),
    (_PILOT_AREA, ("试验区", "实验区"), ""),
    (_STRATEGY, ("战略",), ""),
    (_FREE_SCHOOLING, ("免费",), ""),
    (_REGIONAL_CENTRE, ("区域教育", "区域性教育", "教育辐射中心"), ""),
    (_BASIC_CONDITIONS, ("基本办学条件",), ""),
    (_COUNTED_LIVELIHOOD, ("实事", "民生工程", "民心工程", "惠民工程", "民生项目", "民心项目", "惠民项目"), ""),
    (_MEETING_MATTER, ("暨",), ""),
    (_EDITION_EVENT, ("届",), ""),
)
_NAMED_KINDS = tuple((Gated.of(pattern, words), word) for pattern, words, word in _KINDS_OF_NAME)
_NAMED_KIND_WORDS = tuple(w for _, words, _ in _KINDS_OF_NAME for w in words)
_NAMED_KIND_GATE = any_of(_NAMED_KIND_WORDS)

# quoted items of some content (删除“朝议制度”等三个单元内容, 分“学校规范化管理”等专题): topics, not programs; not a meeting
# called on one (召开“…提升行动”专题会)
_CONTENT_ITEMS = re.compile(r"(?:[、和及与]?“[^“”]{1,30}”)*等?[一二三四五六七八九十\d]*个?(?:单元|专题(?!会)|课程模块|模块|栏目)")
# quoted phrases listed before the clean-up that deals with them (“黑机构”“小广告”“隐形变异培训”专项整治行动, “三乱”“有偿补课”
# 专项治理): the problems, each no program, the campaign named by the words after them; not a way of governing (治理模式)
_RECTIFIED = re.compile(r"(?:[、和及与]?“[^“”]{1,30}”)*(?:专项)?(?:整治|治理)(?!模式|体系|能力|机制|结构)")
_QUOTE_NEXT = re.compile(r"[、和及与]?“")
_QUOTE_BEFORE = re.compile(r"”[、和及与]?$")
# a quoted theme of a meeting or a ceremony is the event's title (召开“‘十三五’成就巡礼”主题系列新闻发布会, 举办“…”重点
# 项目集中签约仪式, 开展“家校携手促发展”学校工作恳谈会), not a program; an activity launched at one is (…活动启动仪式)
_EVENT_THEME = re.compile(
    rf"(?:(?!活动)[{CJK}]){{0,8}}?(?:发布会|恳谈会|座谈会|研讨会|报告会|交流会|联欢会|晚会|论坛|仪式|典礼)"
)
# a name before people or schools is their label (“双师型”教师, “双一流”高校, “智优生”和“特长生”), an honour
# won (入选“…十大亮点工程”) is no program either
_LABEL_OF = re.compile(r"(?:教师|学生|人才|高校|大学|院校|和“[^“”]{1,8}生”)")
# …and a quoted name before a body, its people or a place is theirs (“三名”工作室, “扶贫专家”工作站, “青田之家”公益基金会,
# 区“一府一委两院”负责人, 建设“繁荣宜居智慧”新城), where a program's own name may go before them unquoted (学校安全工程负责人)
_QUOTED_LABEL_OF = re.compile(r"(?:工作室|工作站|(?:公益)?基金会|负责人|新城)")
_HONOUR_BEFORE = re.compile(r"(?:入选|荣获|获评|评为|授予)(?:全[国省市县区])?$")
# a state to reach (实现民族地区教育现代化), not the program that works for it (教育现代化建设)
_STATE_REACHED = re.compile(r"实现[^，,；;。]*$")
_STATE_REACH = 10
_NEXT_QUOTED = re.compile(r"[、和与及]?“[^“”]{1,20}”")
_JOINER = re.compile(r"[、和与及]?")
# “六个一流”(一流的文化、…)建设: a note on the quoted phrase stands between it and its word
_NOTE = re.compile(r"[(（][^()（）]{1,80}[)）]")


def _reached(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a state to reach (实现…教育现代化), not a program's work."""
    return bool(_STATE_REACHED.search(text, max(0, start - _STATE_REACH), start)) and not _PROGRAM_AFTER.match(text, end)


# the time after a program the vocabulary knows (中小学布局调整后的富余校舍, 到2014年全省中小学布局调整后长期保留的学校):
# the sentence speaks of what stands once the program is over, not of the program; not 后进 or 后续 (a word of its own)
_TIME_AFTER = re.compile(r"后(?![进续勤备])")
# a goal that opens a longer plan's name joined by 和 (义务教育优质均衡发展和城乡一体化发展行动计划, or a
# table cell's line cut after 和): the plan is the program, the goal inside its name no mention of its own
_JOINED_PLAN = re.compile(rf"和\s*(?:[{CJK}]{{2,14}}?(?:行动|计划)|$)")


# a work put in practice by its own name, ending the clause (实施学前教育大园区管理改革, 实施新一轮公办幼儿园建设, 重点实施学前
# 教育质量提升、…, 实施中小学扩容改造): 实施 names a program's whole work, where 推进, 加强 or 启动 go with any task;
# not one not yet put in practice (尚未实施…), one school's building (实施…新校区建设, 实施…小学建设: a school's works), a
# project's (教育项目建设) nor equipment's (实施教育装备标准化建设)
_PRACTICE_HEADS = "提升|改造|攻坚|培训|建设|改革|提质|研修"
_PUT_IN_PRACTICE_NAMED = re.compile(rf"实施(?P<name>[{CJK}]{{4,16}}?(?:{_PRACTICE_HEADS}))(?=[，,。；;、]|$)")
_PRACTICE_HEAD = re.compile(rf"(?:{_PRACTICE_HEADS})$")
_NOT_YET = re.compile(r"未$")
_SCHOOL_WORKS = re.compile(r"(?:小学|中学|学校|校区|项目)建设$|装备|设施|设备")


def _put_in_practice(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the works 实施 puts in practice by their own name at a clause's end, and of the works
    listed after the first (重点实施义务教育能力提升、学前教育质量提升等…: each one put in practice)."""
    found: list[tuple[str, int, int]] = []
    for m in _PUT_IN_PRACTICE_NAMED.finditer(text):
        if _NOT_YET.search(text, max(0, m.start() - 1), m.start()):
            continue
        part = _SPLIT.split(m["name"])[-1]  # (实施中小学扩容工程及新一轮公办幼儿园建设: the last work joined)
        if work := _practice_work(part, m.end("name")):
            found.append(work)
        end = m.end()
        while text.startswith("、", end) and (item := _PRACTICE_LIST_ITEM.match(text, end)):
            if work := _practice_work(item["name"], item.end("name")):
                found.append(work)
            end = item.end()
    return found


# the next work of a list 实施 opens, up to 等 closing it or the clause's end
_PRACTICE_LIST_ITEM = re.compile(rf"、(?P<name>[{CJK}]{{4,16}}?(?:{_PRACTICE_HEADS}))(?=[，,。；;、等]|$)")


def _practice_work(part: str, end: int) -> tuple[str, int, int] | None:
    """(name, start, end) of the work `part`, ending at `end`, names by its own name; None for a vague one."""
    name = _without_clause_words(part)
    stem = _PRACTICE_HEAD.sub("", name)
    if len(stem) < 4 or "的" in name or is_theme_word(stem) or _SCHOOL_WORKS.search(name) or _VAGUE.search(name):
        return None
    if _SUFFIX_END.search(stem):  # (实施教师招聘和培养工程建设: the works of a program named by its suffix are that program's)
        return None
    return name, end - len(name), end


def _after_quote(text: str, pos: int) -> str:
    """The words after a closing quote at `pos`, past a bracketed note on the phrase and the quoted
    phrases that follow it (“一校一品牌”“一支部一特色”创建活动: the word after the last is each one's)."""
    while (skip := _NOTE.match(text, pos) or _NEXT_QUOTED.match(text, pos)) and skip.end() > pos:
        pos = skip.end()
    return text[pos:][:7]


def _may_put_in_force(text: str) -> bool:
    """Whether `text` may hold a system put in force (_SYSTEM): 制 of its 制度, 责任制 or …制, and 实 of
    实行/实施/落实 or 推行 (the pattern opens with a lookbehind: searched, it is tried at every character)."""
    return "制" in text and ("实" in text or "推行" in text)


# the kinds of program whose name may join two aims by 和 (教师招聘和培养工程, 职业教育振兴和继续教育发展行动计划)
_JOINED_KIND = re.compile(r"(?:工程|计划)$")


def _without_clause_words(part: str) -> str:
    """A name ending `part`, without the clause's verbs, adverbs and leading words before it."""
    name = part
    while (stripped := _LEAD.sub("", strip_verbs(name))) != name:
        name = stripped
    # (a verb right before the suffix is the name's own: 教育强国推进工程)
    inner = [v for v in _INNER_VERB.finditer(name, 0, len(name) - 2) if not _VERB_NAMED.fullmatch(name, v.start())]
    if inner:
        name = _LEAD.sub("", name[inner[-1].end() :])
    return name


_PROGRAM_PROJECTS = ("计划", "工程", "行动")


def _suffixed_name(clause: str, start: int, part: str) -> tuple[str, int, int] | None:
    """(name, start, end) of the specific program that clause[start:start + len(part)], a part ending in a
    program's suffix, names without the clause's words before it; None where it names none."""
    name = _without_clause_words(part)
    if name.endswith("年行动计划") and (lead := _YEARS_PLAN_LEAD.search(name)):
        name = name[lead.end() :]
    start += len(part) - len(name)
    if name.endswith("项目") and name.endswith(_PROGRAM_PROJECTS, 0, len(name) - 2):
        name = name[:-2]  # (the projects of a plan: 中小学幼儿园教师国家级培训计划项目)
    end = start + len(name)
    if name.endswith("计划") and not name.endswith("行动计划") and _PLAN_VERB.match(clause[end:]):
        return None
    if _specific(name, clause[:start]) and not _COUNTED_AFTER.match(clause, end):
        return name, start, end
    if ("负责" in name or "承担" in name or "成立" in name) and (cut := _CLAUSE_WORDS.match(name)) and (
        len(name) - cut.end() >= _AFTER_CLAUSE_WORDS
    ):
        rest = _without_clause_words(name[cut.end() :])
        if _specific(rest, "") and not _COUNTED_AFTER.match(clause, end):
            return rest, end - len(rest), end
    return None


# the verbs of a clause about who runs a program, before its name (市教育局成立…工程领导小组, 办公室负责…工程的日常管理,
# 承担…工程监督检查): a name rejected with them is what follows the last of them
_CLAUSE_WORDS = re.compile(r".*(?:负责|承担|成立)")
_AFTER_CLAUSE_WORDS = 5


# a name ends where 的 follows its program noun and the words on the work done on it run on to another suffix in the
# same run of name characters (提出广西教育振兴行动计划的实施和八大重点工程, 加快学前教育提升工程的建设和校安工程): the run's
# last suffix is not the name's; so does one whose works, 建设, follow it (抓好校舍安全工程建设和重点建设工程, 学校食堂标准化
# 改造工程建设和部分学校消防设施完善工程)
_NAME_BEFORE_OF = re.compile(r".*(?:行动计划|工程|计划|项目|行动)(?=的|建设)")


def _named_by_suffix(text: str, quotes: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(name, start, end) of the programs named by their suffix (…工程, …计划; not inside `quotes`)
    or put in force as a system (实行…制度)."""
    found: list[tuple[str, int, int]] = []
    in_force = _may_put_in_force(text)  # (a clause may only where its sentence may)
    built = "建立" in text and "机制" in text
    if not in_force and not built and not _ANY_SUFFIX.search(text):
        return found  # most sentences: no suffix to search clause by clause
    for cs, ce in clauses(text):
        clause = text[cs:ce]
        systems = [*_SYSTEM.finditer(clause)] if in_force and _may_put_in_force(clause) else []
        if built and "建立" in clause:
            systems += _BUILT.finditer(clause)
        for m in systems:
            group = "name" if m["name"] else "duty"
            for part in _SPLIT.split(m[group]):
                if _SYSTEM_END.search(part) and _specific(part, clause[: m.start(group)]) and not _OVERSIGHT.search(part):
                    found.append((part, cs + m.start(group), cs + m.end(group)))
        if not _ANY_SUFFIX.search(clause):
            continue
        for m in _BY_SUFFIX.finditer(clause):
            if any(s <= cs + m.start() < e or s < cs + m.end() <= e for _, s, e in quotes):
                continue
            chunk, pos = m.group(), 0
            if close := _LIST_CLOSE.search(chunk):
                chunk = chunk[: close.start()]
            joined_from = None  # where a part that names no program starts, 和 joining it to the next
            for sep in [*_SPLIT.finditer(chunk), None]:
                part_start = pos
                part = chunk[pos : sep.start() if sep else len(chunk)]
                pos = sep.end() if sep else len(chunk)
                if not _SUFFIX_END.search(part):
                    # (提出广西教育振兴行动计划的实施和八大重点工程: a name, then 的 and the work done on it)
                    # (not a run that opens with 和 after a quoted name: 抓好“…工程”和重点建设工程 joins no aim)
                    joined_from = part_start if sep and sep.group() == "和" and part else None
                    if ("的" in part or "建设" in part) and (inner := _NAME_BEFORE_OF.match(part)):
                        if name := _suffixed_name(clause, m.start() + part_start, inner.group()):
                            found.append((name[0], cs + name[1], cs + name[2]))
                            joined_from = None  # (a name of its own joins no aim to the next)
                    continue
                name = _suffixed_name(clause, m.start() + part_start, part)
                # 实施教师招聘和培养工程: two aims of one program, the last alone too vague to name it
                if not name and joined_from is not None and _JOINED_KIND.search(part):
                    name = _suffixed_name(clause, m.start() + joined_from, chunk[joined_from : part_start + len(part)])
                joined_from = None
                if name:
                    found.append((name[0], cs + name[1], cs + name[2]))
    return found


# a notice or plan about one program: 关于开展…专项治理工作的通知, 迎接省一级心理辅导站评估工作方案
# …and a place's plan for one (云和县智慧教育试点工作方案), or a notice of one activity
# (关于开展2021年暑期安全教育活动的通知: the activity, without its year); the notice that hands on a campaign's
# plan, quoted for a reading of it (《关于印发海沧区深入开展无证幼儿园专项整治工作方案的通知》解读), and a place
# left unnamed (XX县2023年中小学校周边环境综合整治工作方案) name it too, as does a title with neither 关于 nor a place
# (加强中小学生欺凌综合治理工作实施方案, 人才培养模式改革实施方案)
_TITLE_TOPIC = re.compile(
    rf"(?:关于|迎接|^[{CJK}Xx]{{1,8}}[省市县区](?:\d{{4}}年)?|^)(?:开展|深化|深入|集中|推进|实施|加强|做好|进一步)*(?:\d{{4}}年度?)?"
    rf"(?P<name>(?:(?!关于)[{CJK}0-9]){{4,20}}?(?:{_CAMPAIGN_KINDS}|改革|创建|评估|试点|活动|行动计划|工程))(?:工作)?"
    r"(?:的(?:通知|意见|实施意见)|(?:实施|工作)?方案(?:的通知)?)》?(?:解读)?$"
)


_HANDING_ON = ("印发", "转发", "下发")
# a phase of a program run in phases the country over (岑溪市第三期学前教育行动计划, 南宁市第三期学前教育行动计划): a place's plan
# for it names the phase, not the document alone
_PHASE_OF_PROGRAM = re.compile(r"第[一二三四五六七八九十]期")
_PRACTICE_VERBS = ("实施", "启动", "推进", "开展")  # (what a title reports done with a program it names)


def _title_topic(doc: StructuredDocument) -> Program | None:
    """The program a notice or plan is about, named by its title, with the first sentence naming it."""
    if not (m := _TITLE_TOPIC.search(doc.metadata.title or "")):
        return None
    name = m["name"]
    # (关于印发…行动计划的通知 hands the plan on: the plan is the document itself; 关于印发…开展…专项整治工作方案的通知
    # hands on the plan of a campaign: the campaign is its program)
    if name.startswith(_HANDING_ON):
        practice = [*_PUT_IN_PRACTICE.finditer(name)]
        if not (practice and _CAMPAIGN.search(name)):
            return None
        name = name[practice[-1].end() :]
    # (关于对2010年县级政府教育工作进行督导评估的通知: an action on some work, no program's name)
    if _GENERIC_WORDS.match(name) or "进行" in name:
        return None
    sent = next((s for s in doc.sentences if name in s.text), None)
    return Program(name, (doc.evidence(sent),)) if sent else None


# a line of a scraped page that links to another article: a headline cut short (…为助推政协发挥协商..., …项目落地~~~) or
# dated to the minute (- 贞丰长田乡狠抓农村危房改造工程摸底工作 2012-08-13 14:00:44); what it names is that article's
_LINK_END = re.compile(r"(?:\.\.\.|~~~|(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*\d{1,2}:\d\d(?::\d\d)?)\s*$")
_LINK_END_REACH = 24
_LINK_LAST = frozenset(".~0123456789")


def _links_elsewhere(text: str) -> bool:
    """Whether the sentence `text` is a link to another page, by its end."""
    end = text.rstrip()[-1:]
    return end in _LINK_LAST and _LINK_END.search(text, max(0, len(text) - _LINK_END_REACH)) is not None


# a scraped page's menu (网站首页 | 公益慈善栏目 | 免费推广计划 | 帮助中心 | 关于我们): its items are the site's pages, no
# program; a name that is a whole item of it names a page of the site
_MENU_ITEM = re.compile(r"\|\s*([^|]{2,30}?)\s*(?=\|)")


def _menu_items(text: str) -> frozenset[str]:
    """The items of a site's menu the sentence `text` holds (none where it holds no 首页 between bars)."""
    if "首页" not in text or "|" not in text:
        return frozenset()  # most sentences
    return frozenset(m.group(1) for m in _MENU_ITEM.finditer(text))


# a heading's number and closing mark (2.义务教育均衡发展。): a vocabulary's name that is a whole heading and is named
# nowhere else in the text names the field a plan's section is on, no program the text puts in practice
_HEADING_NUMBER = " \t\n0123456789一二三四五六七八九十()（）.．、"
_HEADING_CLOSE = " \t\n。：:；;"


def _heading_alone(text: str, name: str) -> bool:
    """Whether the sentence `text` is `name` alone, with a heading's number and closing mark."""
    at = text.find(name)
    return at >= 0 and not text[:at].strip(_HEADING_NUMBER) and not text[at + len(name) :].strip(_HEADING_CLOSE)


# what finds the program mentions of a text: program_mentions, or a document's memo of it
ProgramMentions = Callable[[str], list[tuple[str, int, int]]]


def extract_programs(doc: StructuredDocument, find: ProgramMentions = program_mentions) -> list[Program]:
    """One Program per distinct name, with every sentence that names it; also the program the title is about."""
    mentions: dict[str, list[Evidence]] = {}
    title = doc.metadata.title or ""
    known = vocab.program_aliases()
    may_name = may_hold(doc.norm.text, doc.sentences, _naming_words())
    for sent, names in zip(doc.sentences, may_name):
        if not names or _links_elsewhere(sent.text):
            continue  # most sentences
        seen: set[str] = set()
        menu = _menu_items(sent.text)
        for name, _, _ in find(sent.text):
            # a name the title quotes (绍兴一中“英贤计划”项目签约) is what the title is about, not the title, and so is
            # a campaign or a round of review it names (关于集中开展义务教育学校违规办学行为专项治理的实施方案) and the
            # program of works a plan is for, handed on or not (关于印发青山县校园安全提升工程实施方案的通知), and a program
            # a news title reports put in practice (任城:实施公办幼儿园提质行动, 启动实施教育强国推进工程)
            own = (
                name in title
                and (_DOCUMENT_END.search(name) or len(name) >= _TITLE_PART)
                and name not in known
                and f"“{name}”" not in title
                and not _CAMPAIGN.search(name)
                and not _REVIEW.search(name)
                and not (_PLANNED_WORKS.search(name) and _PLAN_FOR.match(title, title.find(name) + len(name)))
                and not title.endswith(_PRACTICE_VERBS, 0, title.find(name))
                and not _PHASE_OF_PROGRAM.search(name)
            )
            if name in seen or own or name in menu:
                continue
            seen.add(name)
            mentions.setdefault(name, []).append(doc.evidence(sent))
    for name in [n for n in mentions if n in known]:
        if all(_heading_alone(ev.text, name) for ev in mentions[name]):
            del mentions[name]  # (the vocabulary's name as a section's heading alone: the field the section is on)
    topic = _title_topic(doc)
    if topic and not any(topic.name in name for name in mentions):
        mentions[topic.name] = list(topic.evidence)
    return [Program(name, tuple(ev)) for name, ev in mentions.items()]


def programs_in(text: str, find: ProgramMentions = program_mentions) -> list[str]:
    """Program names in a piece of text, in order of appearance (for responsibilities)."""
    return list(dict.fromkeys(name for name, _, _ in sorted(find(text), key=lambda c: c[1])))
