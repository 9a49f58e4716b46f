"""Document metadata read from the normalized text: title, kind, plan year, date, issuer, region.

The header (lines before the first numbered section, at most the first 12
lines) carries the title and the page's fields (发布机构 | …, 发布日期 | …,
时间:…, 来源:…). What the document does not state stays None.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from collections.abc import Iterator
from itertools import islice

from edukg.loaders.chinese_numerals import DIGITS, chinese_int
from edukg.loaders.gazetteer import HAN, Mention, everyday_name, gazetteer
from edukg.loaders.model import Metadata, NormalizedText, Region, Section
from edukg.loaders.simplified import T2S

__all__ = ["infer_metadata", "resolve_region", "parse_date", "KINDS", "KIND_WORDS"]

KINDS = ("工作计划", "工作要点", "实施方案", "行动计划", "规划", "意见", "通知", "报告", "新闻", "其他")
# a summary of the year's work reports, as an inspection's or a speech's report does
KIND_WORDS = {"总结": "报告"}

_YEAR_RE = r"(?:19[89]\d|20\d\d)"
# Title words → kind, most specific first.
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("工作要点", "工作要点"), ("要点", "工作要点"),
    ("实施方案", "实施方案"), ("行动方案", "实施方案"), ("工作方案", "实施方案"), ("行动计划", "行动计划"), ("方案", "实施方案"),
    ("实施细则", "实施方案"),
    ("工作计划", "工作计划"), ("工作打算", "工作计划"), ("工作安排", "工作计划"), ("工作思路", "工作计划"),
    ("计划", "工作计划"), ("打算", "工作计划"),
    ("规划", "规划"), ("纲要", "规划"),
    ("指导意见", "意见"), ("实施意见", "意见"), ("意见", "意见"),
    ("工作总结", "报告"), ("总结", "报告"), ("工作报告", "报告"),
    ("评估报告", "报告"), ("督导报告", "报告"), ("调研报告", "报告"), ("报告", "报告"), ("讲话", "报告"), ("汇报", "报告"), ("简报", "报告"),
    # how far work has got (…建设项目1-4月进展情况): a report on it
    ("进展情况", "报告"), ("完成情况", "报告"), ("推进情况", "报告"), ("落实情况", "报告"),
    ("通知", "通知"), ("通报", "通知"), ("公示", "通知"), ("公告", "通知"), ("答复", "通知"), ("复函", "通知"),
    ("回复", "通知"), ("批复", "通知"), ("说明", "通知"),
    # rules and lists a body issues (协作督导制度, 县教育局责任清单): notices of how things are to be done
    ("制度", "通知"), ("清单", "通知"),
)
# A news report of a plan: its title tells what was done with it (渭南市出台…行动计划), its opening
# names the paper or the reporter.
_NEWS_LINES = 6
_SHORT_FIELD = re.compile(r"[^:：]{1,8}[:：]")
_DRAFT_NOTE = re.compile(r"[(（](?:征求意见稿|试行|草案|送审稿|讨论稿|修订稿|暂行)[)）]")
_NEWS_TITLE = re.compile(
    r"出台|印发|发布|召开|举行|举办|启动|开展|部署|审议通过|解读|答记者问|亮相|获批|亮点|盘点|喜报|捷报|签约|揭牌|开幕|闭幕|"
    r"调研|视察|考察|莅临|走进|"
    # how work under a plan has gone (…三年行动计划进展顺利, …实施方案取得显著成效): news of it, not the plan
    r"进展顺利|成效(?:显著|明显)|初见成效|取得[^，,。]{0,4}成效|"
    # 督导团到田东县开展…复核工作, 评估组赴某县督导: a visit made
    r"(?:到|赴)[^，,。:：]{2,12}?(?:开展|进行|督导|检查|调研|复核|评估)"
)
# (only whether a line holds one is asked: a station's name before 网讯, 报讯 or 台讯 is looked at behind those, and
# 于 before a date behind its first digit, so that every word opens with a character of its own, which the engine
# passes over the others at one test each for; at every Han character it tried up to seven names' lengths)
_NEWS_OPENING = re.compile(
    r"本报讯|本网讯|(?<=[\u4e00-\u9fff]{2})[网报台]讯|记者|通讯员|^[^。，,]{0,12}?(?:近日|(?<!\d)日前|昨日|昨天)|\d{1,2}月\d{1,2}日(?:电|消息|讯)|"
    r"负责人(?:介绍|表示|说)|据悉|据介绍|据了解|"
    r"(?:调研|调查|代表|专家)(?:认为|发现)|^\s*\d{1,2}月\d{1,2}(?:\s*[-—–~至]+\s*\d{1,2})?日(?:上午|下午|晚)?,|"
    # 3月19日下午,某县召开了…会议 (not 定于3月20日召开…, a notice of a meeting to come)
    rf"\d(?<!于\d)(?<!于{_YEAR_RE}年\d)\d?月\d{{1,2}}日(?:上午|下午|晚上?)?[,，]?[^。;；]{{0,30}}?"
    r"(?:召开了|举行了|召开|举行|举办|组成了|深入|来到|莅临|走进)"
)
# a character or word every opening above holds (讯, 记者, 日 of a date or of 近日…): the gate before it,
# which most lines fail at a fraction of its cost
_NEWS_OPENING_GATE = re.compile(r"[讯记日负据]|昨天|认为|发现")
# No title: the wording that says what the text is, in order of trust
# 发出《关于印发2017年工作要点的通知》: a page carrying the document a notice hands on
_CARRIED = re.compile(r"印发[^。《》]{0,30}?(工作要点|工作计划|实施方案|行动计划|规划|意见)(?:》)?的通知")
# a text addressed to the bodies under its issuer (各教体办,局属各学校:)
# (a long list of bodies is set off by 、 alone: 各辖市(区)教育(教育文体、社会事业)局、编办、发改(经发)委(局)、…、残联:)
_TO_SUBORDINATES = re.compile(r"^各(?:[^。\n]{1,40}|[^。\n,，；;]{41,120})[:：]\s*$", re.M)
_SALUTATION_REACH = 300
_KIND_WORDING: tuple[tuple[re.Pattern[str], str], ...] = (
    # (同志们: a speech, which reports the year past before it plans)
    # (下面,我就…实施情况作一汇报; 现将巡察整改进展情况予以公布: a report given or made public)
    # (…均衡发展工作自评报告: a self-evaluation for an inspection; not 自查报告, which notices ask for)
    (re.compile(
        r"报告如下|总结如下|[作做]一(?:个|次)?(?:简要)?汇报|情况予以公布|评估报告|督导报告|自评报告|进行了[^。，,]{0,6}督导|"
        r"^\s*同志们\s*[:：,，!！]", re.M
    ), "报告"),
    (re.compile(r"本(?:实施)?方案|实施方案如下|方案如下|本(?:实施)?办法|本(?:实施)?细则"), "实施方案"),
    (re.compile(r"本行动计划|行动计划如下"), "行动计划"),
    # (现就…提出如下指导意见: a text saying what it is, before the five-year plans it carries out)
    (re.compile(r"(?:提出|现提出)(?:如下|以下)(?:实施|指导)?意见|本(?:实施)?意见"), "意见"),
    # (学校发展规划(2013年9月-2018年7月): a plan named with its period)
    (re.compile(rf"本规划|十[一二三四五]五[”\"]?[^。，,\n]{{0,12}}?(?:发展规划|发展主要指标|主要发展指标)|发展规划\s*[(（]\s*{_YEAR_RE}"), "规划"),
    (re.compile(r"工作要点如下|本要点"), "工作要点"),
    # 结合我区实际,制定本区2019年智慧教育试点工作方案。: the text names what it is as it is drawn up
    (re.compile(r"(?:制定|制订)(?:本[省市县区])?[^。，,；;《》]{0,30}?(?:实施方案|工作方案|行动方案|方案)(?:如下)?[。:：]"), "实施方案"),
    # (a reply to deputies' suggestions, a decision and a letter to parents are notices too; so is a list made
    # public, 现将名单予以公布, 现予公布, unlike 现将整改情况予以公布, a report, caught above)
    (re.compile(rf"通知如下|特此通知|现将[^。]{{0,60}}(?:通知|予以公布)|现予(?:以)?公布|{_TO_SUBORDINATES.pattern}|(?:答复|函复|回复|批复|告知)如下|决定如下|尊敬的(?:各位)?家长|现予以公示", re.M), "通知"),
    (re.compile(rf"{_YEAR_RE}年[^。，,\n]{{0,12}}工作要点"), "工作要点"),
    (re.compile(rf"{_YEAR_RE}年[^。，,\n]{{0,12}}(?:工作计划|工作安排|工作思路|工作打算)|本计划|工作计划如下|安排如下"), "工作计划"),
    # 结合我校实际,特制订体育和艺术教育三年工作计划。: a plan names itself as it is drawn up (not a 行动计划)
    (re.compile(r"(?:特|现)(?:制定|制订)[^。，,；;《》]{0,30}?(?<!行动)计划(?:如下)?[。:：]"), "工作计划"),
    # a schedule's header row (时 间 | 工 作 内 容 | 责任部门): the plan of a piece of work
    (re.compile(r"^(?=[^\n]*\|)(?=[^\n]*时\s*间)[^\n]*工\s*作\s*(?:内\s*容|任\s*务)", re.M), "工作计划"),
)
_SUMMING_UP = re.compile(rf"({_YEAR_RE})\s*年度?[^。，,；;]{{0,12}}?工作总结(?:表彰)?(?:大会|会议|会)")
_SUMMING_UP_REACH = 300
_DEPLOYED_YEAR = re.compile(
    rf"({_YEAR_RE})\s*年(?:(?!{_YEAR_RE}\s*年)[^。，,；;]){{0,10}}?工作部署(?:大会|会议|会)|(?:部署|布置)了?\s*({_YEAR_RE})\s*年"
)
_MEETING_ON_YEAR = re.compile(rf"召开(?:了)?\s*({_YEAR_RE})\s*年度?[^。，,；;]{{0,16}}?工作(?:会议|大会|会)")
# a look back over the year past, and the wording of a page that plans as well
_REVIEW = re.compile(r"回顾过去(?:的)?(?:一|这一|五)年|一年来[^。]{0,30}?(?:取得|成绩|成效|成果)")
_PLANNING = re.compile(r"工作(?:思路|打算|计划|要点|安排)|下一步|明年|今年将|新的一年")
_SELF_CITED = re.compile(r"本《([^《》]{2,12})》")
# the kind words, longest first
_KIND_ALTERNATION = "|".join(sorted({w for w, _ in _KIND_WORDS}, key=len, reverse=True))
_KIND_IN_TITLE = re.compile(_KIND_ALTERNATION)
# Rules a title ends on (…管理办法, …考核细则, …学籍管理规定; not 想办法破解入园难题, 破解难题有办法, 严格执行有关规定):
# the rules drawn up to carry a policy out, as 本办法, 本细则 name them, or a rule set a body lays down, as a 制度
_RULES = re.compile(r"(?<![有没想个些关按])(办法|细则|规定)(?:\s*[(（](?:试行|暂行|修订)[)）])?$")
_RULE_KINDS = {"办法": "实施方案", "细则": "实施方案", "规定": "通知"}
# "关于印发《X》的通知" is the wrapper of X: the kind is X's, where X ends on its kind word (and period)
_WRAPPER = re.compile(r"(?:印发|转发|下发)(.+?)的通知$")
_PAST_KIND = re.compile(r"(?:[(（][^()（）]*[)）]|[》”\"\s])*[\u4e00-\u9fff]")
_YEAR = _YEAR_RE
# (2021_2025年: a file name's underscore for the dash)
_PERIOD_SPAN = re.compile(r"[-—~至_]")
# (2018年—2020年: a span may write 年 after each of its years)
# (a PDF's text may space a year out: 县教育局 2024 年度…)
# (a school's plan may run by months: 四年(2011.9—2015.8)发展计划, 三年规划(2012年8月——2015年7月))
_TITLE_YEAR = re.compile(
    rf"({_YEAR})(?:\s*年?(?:\s*\d{{1,2}}\s*月)?\s*[-—~至_]{{1,2}}\s*{_YEAR})?\s*年|({_YEAR})(?:\.\d{{1,2}})?[-—–~至_]{_YEAR}"
)
# (决定在2023年3月20日-6月30日期间开展…: the time the work is set for, too)
_GOAL_YEAR = re.compile(rf"(?:确保|决定|计划|拟)(?:在|到|于)?\s*({_YEAR})\s*年")
_STEP_YEAR = re.compile(rf"({_YEAR})\s*年(?:\d{{1,2}}\s*月)?(?:底前|前|内|底)?\s*(?:将|要|力争|确保|通过|完成|实现|创建|建成)")
# a five-year plan's first year, by its short name and its full one (第十三个五年发展规划)
_FIVE_YEAR = {
    name: year
    for short, year in (("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026))
    for name in (short, f"第{short[:-1]}个五年")
}
# what a year will bring, said after it (2021年,区教育局将…)
_WILL_DO = r"[^。，,；;\n]{0,12}?将(?!近)"
# (…or what it is to bring or is planned to: 2016年,全省教育系统要…; 2022年博州计划投入…; 2018年拟引进…; not 要求, 主要, 需要, 计划生育)
_WILL_OR_MUST_DO = r"[^。，,；;\n]{0,12}?(?:将(?!近)|计划(?!生育)|拟|要(?<![主重需纲只想概摘提必]要)(?![求点素闻害是]))"
# An opening sentence that names the year the plan is for: "2014年是…之年", "2012年,是…关键一年",
# "2019年全市教育工作总的指导思想" (not "2015年,全市入园率已达到…", a report of the past year).
_BODY_YEAR = re.compile(
    rf"(?:^|[。\n;；]|[一二三四五六七八九十]是)\s*({_YEAR})年\s*[,,]?\s*(?:是|作为|(?:[全我本][市县区省州旗])?(?:的)?教育工作|"
    # 2021年,区教育局将…: what the year will bring is planned for it (…获悉,2016年海南教育系统将…: in a
    # sentence's later clause too)
    rf"{_WILL_OR_MUST_DO})|[,，]\s*({_YEAR})年{_WILL_OR_MUST_DO}"
    # (…or after the colon of words quoted: 厅长指出:2016年,全省教育系统要…; 国际在线吉林报道:2020年,延吉市将…)
    rf"|[:：]\s*({_YEAR})年\s*[,，]?{_WILL_OR_MUST_DO}"
)
# 2021-03-05, 2021/3/5, 2021.3.5 or 2021年3月5日, 日 optional (groups: year, month and day of either form)
_DATE = (
    rf"({_YEAR})\s*(?:[-/.]\s*(\d{{1,2}})\s*[-/.]\s*(\d{{1,2}})|年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日?)"
)
_DATE_FOUND = re.compile(_DATE)
# Date fields, the publication date first: a disclosure table may also give 成文日期.
# Law databases write fields in brackets: 【公布日期】2005.02.01 (施行日期, when it takes effect, comes later);
# news pages may bracket the date instead: 发布时间：【2023-03-05】.
_PUBLISHED_FIELD_NAMES = "发布日期|发布时间|公布日期|公开日期|发文日期|印发日期"
_DATE_FIELD_NAMES = f"{_PUBLISHED_FIELD_NAMES}|成文日期"
_FIELD_VALUE = r"\s*[:|】]?\s*[|\[［【]?\s*"  # (between a date field's name and its value)
_DATE_FIELDS = tuple(
    re.compile(rf"(?:{names}){_FIELD_VALUE}{_DATE}")
    # (注册日期 of a forum's poster, 出生日期: no date of the page)
    for names in (_PUBLISHED_FIELD_NAMES, "成文日期|(?<!注册)(?<!加入)(?<!登录)(?<!出生)(?:日期|时间)")
)
# (a zero is often typed as ○, 0 or O between the Chinese digits: 二0一一年十月十七日)
_CN_DIGIT = "〇零○0OＯ０一二三四五六七八九"
_CN_DATE_TEXT = rf"([{_CN_DIGIT}]{{4}})年([一二三四五六七八九十]{{1,3}})月([一二三四五六七八九十]{{1,3}})日"
# a title's year in Chinese numerals, a period's first: 二〇二三年工作计划, (二〇二一—二〇二三年)
_CN_TITLE_YEAR = re.compile(rf"([一二][{_CN_DIGIT}]{{3}})(?:年?\s*[-—~至]{{1,2}}\s*[一二][{_CN_DIGIT}]{{3}})?年")
# (…and its colophon's: 二〇二三年三月五日印发)
_CN_DATE = re.compile(rf"^{_CN_DATE_TEXT}(?:印发)?$")
_ISSUER_FIELD = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|制发机关|信息来源|来源)\s*[:|]\s*[|]?\s*([^\s|:]{2,40})")
# Agency name endings; 局 and 厅 not in words like 布局, 格局, 大局, 餐厅, nor in a speaker's rank (王局长在…上的讲话; not 社会保障局 before 长沙市).
_AGENCY_SUFFIX = (
    r"(?:教育体育局|教育和体育局|教育局|教体局|局(?<![布格结当时大全开饭]局)|厅(?<![餐客大展]厅)|委员会|教委|"
    r"人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府|办公室|办公厅|教育部)(?!长[在的讲同致作])"
)
_EDU_AGENCY = r"(?:教育体育局|教育和体育局|教育局|教体局|教育厅|教育委员会|教委|教育部)"
_TITLE_ISSUER = re.compile(rf"^([\u4e00-\u9fff]{{0,30}}?{_AGENCY_SUFFIX})(?=\d|全年|年度|关于|[\u4e00-\u9fff〇○]*?(?:工作|规划|方案|计划|要点|意见|通知|总结|打算))")
_FORWARD = re.compile(r"^(?:转发|印发|下发)")
# X转发Y关于…的通知: X, who forwards, issues the page
_FORWARDED_BY = re.compile(rf"^([\u4e00-\u9fff]{{2,30}}?{_AGENCY_SUFFIX})(?:转发|印发)")
_AGENCY_LINE = re.compile(rf"^[\u4e00-\u9fff]{{2,30}}{_AGENCY_SUFFIX}$")
# (标题 【政策】…: a field set off by a blank, and a site's tag in brackets before the title)
# (a notice board's label, 公告:, stands before a title as a field's name does)
_TITLE_FIELD = re.compile(
    r"(?:标\s*题|题\s*名|文件名称|信息名称|公告|通告|公示)(?:\s*[:：|]|\s)\s*[|]?\s*(?:【[^】]{1,6}】)?([^|]{4,80}?)\s*(?:\||$)"
)
# a disclosure table's 名称 field, the next field on its line (名 称: 对市人大…建议会办工作的意见 发布日期: 2023年07月03日)
_NAME_FIELD = re.compile(r"名\s*称\s*[:：]\s*([^|:：]{4,80}?)\s*(?:\s[\u4e00-\u9fff][\u4e00-\u9fff ]{1,6}[:：]|\||$)")
_FIELD_LINE = re.compile(r"[:|]|索引号|文号|浏览|来源")
_SHORT_LEADS = re.compile(r"(?:.{0,8}(?:关于|印发|转发)[《“]?)?$")
# 西安高新区, 长春经开区: a zone of the city its short name opens
_ZONE = r"经开区|高新区|经济技术开发区|经济开发区|开发区|新区"
_ZONE_AFTER = re.compile(_ZONE)
_SHORT_FOLLOWS = re.compile(rf"\d|教育|全[市县区省]|{_ZONE}|[“《]|[一二三四五六七八九十\d]{{1,2}}中|中学|小学|实验|师范|职业|技师")
_FIELD_MAX = 80
_BODY_SCAN = 20_000
# (news speaks of the unit it reports on as 该区, 该县: its level too)
# (全省县域第一, 全市前列, 高出全省平均水平, 进入全省前100名: the level a place is ranked or measured
# in, not the one the text speaks of; but after 我, 本, 该 the text's own unit, whatever follows: 我市县域内, its
# counties; 我县第一中学, its school; 高于我省平均水平 only is measured against)
_LEVEL_WORDS = re.compile(r"(?:全|我|本|该)([省市县区州旗])(?!(?<=全.)(?:县域|区域|前列|第|首位|领先|排名|同类|前\d)|平均)")


def infer_metadata(norm: NormalizedText, sections: list[Section] | tuple[Section, ...] = ()) -> Metadata:
    r"""Metadata stated by the document; the header ends where the first section starts.

    Examples
    --------
    >>> from edukg.loaders.model import RawDocument
    >>> from edukg.loaders.normalize import normalize
    >>> text = "旌德县教育体育局2021年工作计划\n发布日期 | 2020-11-30 |\n一、工作目标"
    >>> meta = infer_metadata(normalize(RawDocument("a.txt", "0" * 64, "utf-8", text)))
    >>> meta.kind, meta.plan_year, meta.published, meta.issuer
    ('工作计划', 2021, '2020-11-30', '旌德县教育体育局')
    >>> meta.region.province, meta.region.city, meta.region.county
    ('安徽省', '宣城市', '旌德县')
    """
    text = norm.text
    header_end = sections[0].start if sections else len(text)
    lines = _header_lines(text[:header_end])
    header = "\n".join(lines)
    title = _title(lines) or _self_named(text[:_SELF_NAMED_SCAN])
    if title:
        title = _FORWARD.sub("", title)  # 转发…的通知 carries the notice it forwards: that is the title
    dating = _without_posting(header, text)
    published = _published(dating, text) or _dated_under(title, dating)
    # a bare time stamp may be a re-post's: it dates the page only where nothing else does
    stamped = _stamp(dating) or _address_date(text)
    issuer = _issuer(header, title, text)
    # Places named in the header's short lines (title, fields) are stated; a long
    # opening paragraph may name any place.
    # (a line cut off inside a sentence, 会上,雨城区教育局、, is the body's)
    # (a site's own line, 欢迎您访问湖北教师资格网, names the site's place, not the document's)
    # (…and not after the body's last paragraph: the short lines a page ends with, 相关新闻 and the
    # like, name other pages)
    paragraphs = [i for i, line in enumerate(lines) if _BODY_LINE.match(line)]
    fields = "\n".join(
        line for line in (lines[: paragraphs[-1]] if paragraphs else lines)
        if len(line) <= _FIELD_MAX and not line.endswith(("。", "、", ",", "，")) and not _SITE_LINE.search(line)
        and not _LIST_ENTRY.match(line) and not _LABELLED_ITEM.match(line)
    )
    # (a page without its title line: the start of its first line)
    headline = title or _first_line(text)
    region = (
        _corps_region(headline) or (None if title else _corps_region(_below_field_line(text)))
        or _region(title, issuer, fields, text) or _breadcrumb_region(norm.raw.text)
        or _town_region(headline, text)
    )
    if issuer is None and region is not None:
        issuer = _own_bureau(region, text)
    # (a title that is only its issuers' names, 海南省人力资源和社会保障厅海南省自然资源和规划厅, stands where the
    # page lost the notice's own title line: the kind is the title's below them, if any)
    named = _title(lines, issuers=False) if title and _AGENCY_LINE.match(title) else title
    # (a page without a title line that opens with its site's menu and breadcrumb: its own text starts past them)
    start = 0 if title else _past_chrome(text)
    kind = _kind(named, text[start:] if start else text, dated=bool(published or stamped))
    # (a page that plans work in a year before the one it was posted in was written then: its date is a re-post's)
    dated_on = None if _reposted(text, published or stamped) else published or stamped
    # (a document's cover dates it, 赞助项目实施方案 ⏎ 2019年6月22日, though its page was posted later)
    posted = (_cover_date(dating) or published) if dated_on else None
    stamped_year = _year_of_date(stamped, kind) if dated_on else None
    plan_year = (
        _plan_year(title, _opening(text, header_end, start), kind, dated=bool(published))
        or _handed_on_period_year(text, kind)
        or _heading_year(text, header_end)
        or _planned_part_year(sections, kind)
        or _bare_title_year(title)
        or _numbered_year(text[:header_end], kind, dated=bool(published))
        or _next_year_planned(text, published, kind)
        or _ended_year(text, posted)
        or _year_of_date(posted, kind)
        or _latest_year(text, kind, stamped_year)
        or stamped_year
        # (a span the text states, 《…纲要(2010—2020年)》, before one counted back from a deadline, 未来十年…到2020年)
        or _cited_span_year(text, kind)
        or _ahead_year(text, kind)
        or _first_step_year(text, kind)
        or _newest_cited_number(text, kind)
        or _followed_span_year(text, kind)
        or _goal_year(text, kind)
        or _period_end_year(text, kind)
        or _congress_year(text)
        or _leading_year(text)
        or _told_day_year(text, norm.raw.text, kind)
        or _years_since_year(text, kind)
    )
    plan_year = _model_text_year(title, text, header_end, plan_year)
    return Metadata(
        title=title,
        kind=kind,
        region=region,
        plan_year=_this_year(plan_year, dated_on, text) if kind == "新闻" else plan_year,
        published=published or stamped,
        issuer=issuer,
    )


_THIS_YEAR = re.compile(r"今年(?!以来)|新的一年")
_WILL_BE_WORKED = re.compile(rf"({_YEAR})\s*年{_WILL_DO}")
_THIS_YEAR_REACH = 1500


def _this_year(year: int | None, date: str | None, text: str) -> int | None:
    """News that speaks of 今年 is of the year it is dated, though it names the earlier years it
    looks back on (2014年该省新建…; 今年,乌市计划投资…) or the later ones it goes on to (今年,福建新建…;
    2012年,全省将再建设…), but not those it says what will be done in (2016年海南教育系统将…,…今年要…:
    a page re-posted later), nor next year's it speaks of as 明年 (盐田明年新增1770个学位, dated December)."""
    dated = int(date[:4]) if date else None
    if dated is None or year == dated or not _THIS_YEAR.search(text, 0, _THIS_YEAR_REACH):
        return year
    if year is not None and year > dated and "明年" in text[:_THIS_YEAR_REACH]:
        return year
    if any(int(m.group(1)) == year for m in _WILL_BE_WORKED.finditer(text, 0, _THIS_YEAR_REACH)):
        return year
    return dated


# a text without a title line that names itself as it is drawn up: 结合我市实际,特制订《长治市第三期学前教育行动计划》。
# (特/现, or 结合…实际, says so: a plan's task 制定《…指导意见》 names another document)
SELF_NAMED = re.compile(
    r"(?:特|现|特此|实际[,，]\s*)(?:制订|制定)《([^《》\n]{4,60})》(?:[(（]以下简称[^()（）\n]{1,12}[)）])?(?:如下)?[。:：]"
)
_SELF_NAMED_SCAN = 1500


def _self_named(opening: str) -> str | None:
    m = SELF_NAMED.search(opening)
    return m.group(1) if m else None


_HEADER_LINES = 12
_HEADER_SCAN = 60
_MENU_ENTRY = 6
_MIN_OPENING = 300
_TABLE_LINE = re.compile(r"^\|.*$\n?", re.M)


def _opening(text: str, header_end: int, start: int = 0) -> str:
    """The text before the first section; a page that opens with its first section (一、起草背景…, a
    page cut before it; past its site's menu and breadcrumb, from `start`) is dated by what that section
    opens with, but for table rows (| 十三五期间 |)."""
    if header_end > start:
        return text[:header_end]
    return _TABLE_LINE.sub("", text[start : start + _MIN_OPENING])


def _header_lines(header: str) -> list[str]:
    """The header's first lines, past any number of field lines (a disclosure table's 索引号, 发布机构…)
    and of a site's menu entries (公众号, 在线咨询: blank or short lines), up to _HEADER_SCAN lines."""
    lines: list[str] = []
    others = 0
    for line in header.split("\n")[:_HEADER_SCAN]:
        if others == _HEADER_LINES:
            break
        lines.append(line)
        others += not _FIELD_LINE.search(line) and len(line.strip()) > _MENU_ENTRY
    return lines


# a document site's own line (为您提供优质参考范文!工作总结工作计划…, 欢迎您访问…): its menu, not the title
# the mark of a list's entry: a page's list of links (- 2021河南省中考语文科目开考时间提前05-24) names
# other pages, and a title may be set as an entry (• 黑龙江大庆教育信息化“三通”工作进展情况简报)
_LIST_ENTRY = re.compile(r"^(?:-\s|[•·●▪]\s*)")
# (a site's menu of columns, 通知通告/通知公告 among them, names kinds of pages, not this page's kind)
# a document-sharing site's line naming the file it shows: 《…(2023—2025年).docx》由会员分享,可在线阅读
_SHARED_FILE = re.compile(r"《([^《》]{4,80}?)(?:\.(?:docx?|pdf|wps|pptx?|txt))?》由会员分享")
# a crawled record's field: title:'…通知', "title": "…" (a site's data file, one article per record)
_RECORD_TITLE = re.compile(r"""\s*["']?title["']?\s*:\s*(["'`])(.{4,80}?)\1\s*,?\s*$""")
# (a column's heading with its link to more: 政协公告 更多>>)
# (a government site's disclosure menu: 政府信息公开制度, 政府信息公开指南)
_SITE_LINE = re.compile(
    r"为您提供|为大家整理|小编|会员分享|在线阅读|免费下载|下载文档|欢迎您?(?:访问|光临)|本站|通知通告|通知公告|热搜|"
    r"信息公开(?:指南|制度|年报|目录)|更多\s*(?:>>|》|»|＞＞|\+)?\s*$"
)
# a document's note on how it is disclosed, below its date: (此件公开发布), （此件主动公开）
_DISCLOSURE_NOTE = re.compile(r"[(（]\s*此件[^()（）]{0,10}[)）]")


# a body's item labelled by its place (北流市:新建独石湖初中、永顺小学…,总投资约1.81亿元): one part of the text
_LABELLED_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：][^|]*[,，]")

_BODY_LINE_MIN = 60  # a line longer than any title: a paragraph of the body
_HEADLINE_HAN = 4  # Han characters a headline has at least
# a breadcrumb's last step, the body of the page: 上大学网 > 中学教育 > 正文
_TO_BODY = re.compile(r"[>＞»]\s*正文\s*$")
# a caption that tells what someone did (向大会作政府工作报告): a clause, not a document's name
_CAPTION = re.compile(r"向[^，,。]{1,12}作")
# a line that opens as a clause does (通过教育布局规划调整, 尤其是今年…: a sentence broken into short lines), no title
_CLAUSE_OPENING = re.compile(r"(?:通过|按照|根据|依据|为了|随着|围绕|尤其|特别是)")


_COLUMN_TAG = re.compile(r"^\s*(?:【[\u4e00-\u9fff]{2,6}】|\[[\u4e00-\u9fff]{2,6}\]|［[\u4e00-\u9fff]{2,6}］)\s*(?=[^\s【\[［])")


def _title(lines: list[str], issuers: bool = True) -> str | None:
    """The first short header line that names a kind of document and is not a field line;
    else a news headline (县教体局召开…工作会), the first such line telling what was done.

    A title set on two lines, the issuer above ("某县教育局" / "2021年工作计划"), is joined. Without
    `issuers`, a line that is only a body's name (某省自然资源和规划厅) is none.
    """
    # (a title led by its site's column in brackets, [通知公告] 关于…的通知, 【工作动态】…: the title is what follows)
    lines = [_COLUMN_TAG.sub("", line, 1) if line.lstrip()[:1] in "【[［" else line for line in lines]
    lines = _broken_title(lines)
    for line in lines:  # a disclosure table's field: 标题:关于做好…的通知 | |
        if m := _TITLE_FIELD.match(line.strip()) or _SHARED_FILE.match(line.strip()) or _NAME_FIELD.match(line.strip()):
            return m.group(1).strip()
        if m := _RECORD_TITLE.match(line):
            return m.group(2).strip()
    candidates = [
        (i, _LIST_ENTRY.sub("", line.strip()))
        for i, line in enumerate(lines)
        if 4 <= len(line.strip()) <= 60 and not _FIELD_LINE.search(line) and line.strip()[-1] not in "。;,"
        and not _SITE_LINE.search(line) and not _CAPTION.match(line.strip()) and not _CLAUSE_OPENING.match(line.strip())
        and not _DISCLOSURE_NOTE.fullmatch(line.strip())
    ]
    # the line below a breadcrumb that ends on the body (首页 > 地方 > 正文) is the page's headline,
    # before the related pages' links below the body, which may name a kind (…生涯规划筑未来)
    for (i, line), (k, after) in zip(candidates, candidates[1:]):
        if k == i + 1 and _TO_BODY.search(line):
            return after
    # (…and below one set as a field, 当前位置:首页 > 新闻中心 > 正文: the page's first lines start there, past
    # the site's menu entries, 首页 ⏎ 机构概况 ⏎ 新闻中心, above it)
    crumb = next((i for i, line in enumerate(lines) if "正文" in line and _TO_BODY.search(line)), -1)
    if crumb >= 0 and (after := next((line for i, line in candidates if i == crumb + 1), None)):
        return after
    leading = [line for line in lines[crumb + 1 :] if len(line.strip()) > _MENU_ENTRY][:3]
    # a digital paper lists the page's headlines, then sets the article's own again above its body
    seen: set[str] = set()
    for i, line in candidates:
        if line in seen and i + 1 < len(lines) and len(lines[i + 1].strip()) > _BODY_LINE_MIN:
            return line
        if len(HAN.findall(line)) >= _HEADLINE_HAN:  # (not a page's markup: </p> repeated)
            seen.add(line)
    # (a heading below a paragraph of the body is the body's: 三年内完成…的开工计划 under a news item; but
    # a notice that hands a plan on, …现印发给你们, sets the plan's title below it)
    body = next(
        (i for i, line in enumerate(lines) if _BODY_LINE.match(line) and not _HANDED_ON.search(line)), len(lines)
    )
    for i, line in candidates:
        # (a site's column that lists kinds, 计划总结, is no title)
        if (
            (_KIND_IN_TITLE.search(line) or _RULES.search(line)) and i < body and _kind_words_only(line) < 2
            and (issuers or not _AGENCY_LINE.match(line))
        ):
            # a title set on several lines: a line closing a 《 the lines above open belongs to them, and
            # so does a line of its kind words below (…支持计划(2017—2020年) / 实施细则)
            if i + 1 < len(lines) and _kind_words_only(lines[i + 1]):
                line += lines[i + 1].strip()
            while line.count("》") > line.count("《") and i:
                i -= 1
                line = lines[i].strip() + line
            above = lines[i - 1].strip() if i else ""
            # (a page's <title> that is only its site's name, 临澧县教育局, above a headline naming its place
            # itself, 临澧县2022年教育工作要点: no issuer of it)
            # (…nor a site's name above a whole title whose fields name another issuer: 永吉县人民政府 / 关于做好…的通知 /
            # 来源:永吉县教育局; not a title's first line, 对政协魏县第九届委员会 / 第三次会议第18号提案的答复)
            if (
                _AGENCY_LINE.match(above) and not _TITLE_ISSUER.match(line) and not _same_place_leads(above, line)
                and not (line.startswith("关于") and _field_issuer("\n".join(lines), None) not in (None, above))
            ):
                return above + line
            # the page's short headline, then the text's own title that runs up to it from its issuer
            # (浙江省第十批…推荐工作的通知 … 绍兴市教育局关于做好浙江省第十批…推荐工作的通知)
            return next((full for k, full in candidates if k > i and k < body and full.endswith(line)), line)
    first = [(i, line) for i, line in candidates if i > crumb and len(line) > _MENU_ENTRY][:3]
    headline = next((line for _, line in first if _NEWS_TITLE.search(line) and "," not in line), None)
    if headline:
        return headline
    for line in leading:  # a page that lost its line breaks: 县教育局2016年工作总结一、过去五年工作回顾…
        for shape in (_RUN_IN_TITLE, _DOUBLED_TITLE, _YEAR_LED_TITLE, _TITLE_BEFORE_YEAR):
            if m := shape.match(line.strip()):
                return m.group(1)
    return next((line.strip() for line in leading if _place_headline(line.strip())), None)


# a title's opening, set on a line above its kind words (关于进一步加强校园安全保卫工作的 ⏎ 通知, 2013年刘桥镇中小学
# 布局调整 ⏎ 规划方案): not a site's column (资讯中心 ⏎ 公告通知) nor a date (二○一○年二月九日 ⏎ 工作要点)
_TITLE_OPENING = re.compile(rf"^(?:关于|{_YEAR_RE}\s*年(?!\s*\d{{1,2}}\s*月))[^。;；,，:：|]{{2,40}}$|^[^。;；,，:：|]{{4,40}}的$")
_BROKEN_KIND_LINE = 8


def _broken_title(lines: list[str]) -> list[str]:
    """`lines` with a title broken before its kind words joined on its first line (the second left empty)."""
    out = lines
    for i in range(1, len(lines)):
        if len(lines[i]) > _BROKEN_KIND_LINE * 2 or not (tail := lines[i].strip()) or len(tail) > _BROKEN_KIND_LINE:
            continue  # most lines
        head = lines[i - 1].strip()
        if _kind_words_only(tail) and not _KIND_IN_TITLE.search(head) and _TITLE_OPENING.match(head):
            if out is lines:
                out = list(lines)
            out[i - 1], out[i] = head + tail, ""
    return out


_AGENCY_PLACE = re.compile(rf"(.+?){_AGENCY_SUFFIX}$")


def _same_place_leads(agency: str, line: str) -> bool:
    """Whether a line opens with the place an agency's name opens with."""
    m = _AGENCY_PLACE.match(agency)
    return m is not None and line.startswith(m.group(1))


def _kind_words_only(line: str) -> int:
    """How many kind words a line is made of, where it is made of nothing else (else 0): a site's column
    lists several (计划总结), a title's last line holds one (实施细则)."""
    return 0 if _KIND_IN_TITLE.sub("", line).strip() else len(_KIND_IN_TITLE.findall(line))


# a title run into the document's first heading (一、, (一), 第一, 1.), unnumbered (…学校工作计划指导思想本学期…), or
# on a page of a longer text the heading it opens with (县教育局教育工作要点(三)推进四项建设。)
_RUN_IN_TITLE = re.compile(
    rf"^([^。，,;；:：|]{{4,60}}?(?:{_KIND_ALTERNATION}))"
    r"(?:范文|范例|模板|精选|大全)*(?=\s*(?:一[、.．]|[(（][一二三四五六七八九十]{1,2}[)）]|第一[章部节]|1\s*[、.．](?!\d)|指导思想|总体要求))"
)


# …and on model-text sites, a title said twice (2021年乡镇基础教育工作规划2021年乡镇基础教育工作规划xx基础…)
# or a year's title run into its first sentence (2012年镇教育工作汇报xx镇位于…)
_DOUBLED_TITLE = re.compile(rf"^([^。，,;；:：|]{{4,40}}?(?:{_KIND_ALTERNATION}))\1")
# …or run into a first sentence that opens with its year (教育局年终工作总结2014年,在县委…)
_TITLE_BEFORE_YEAR = re.compile(
    rf"^([^。，,;；:：|]{{4,40}}?(?:{_KIND_ALTERNATION}))(?:范文稿?|范例|模板|精选|大全)*(?=(?:19|20)\d\d\s*年\s*[,，])"
)
# …or a year's, or a school year's, title run into what follows it (2017-2018学年度学校工作计划泉州师范学院附属小学…)
_YEAR_LED_TITLE = re.compile(
    rf"^((?:19|20)\d{{2}}(?:\s*[-—–~至]\s*(?:19|20)\d{{2}}\s*学)?年[^。，,;；:：|\d]{{2,24}}?(?:{_KIND_ALTERNATION}))(?=[^。，,;；:：|]{{6}})"
)

# 周口市:督政、督学、评估监测三位一体 — a news headline opens with the place it reports from
_PLACE_HEADLINE = re.compile(r"^([\u4e00-\u9fff]{2,8})[:：]\s*[^:：|。]{4,40}$")


def _place_headline(line: str) -> bool:
    m = _PLACE_HEADLINE.match(line)
    return bool(m and gazetteer().lookup(m.group(1)))


# a plan as the verb of a headline (将规划建设22所公办学校, 计划投资2亿元): news of the work planned, no plan
_PLANNED_WORK = re.compile(r"(?:规划|计划)(?=建设|新建|改扩建|投资|投入)")


def _kind(title: str | None, text: str, *, dated: bool) -> str | None:
    # 通过实施本《行动计划》: the text names itself as 本行动计划
    opening = _SELF_CITED.sub(r"本\1", text[:1500])
    if not title and (m := _CARRIED.search(opening[:300])):
        return dict(_KIND_WORDS)[m.group(1)]
    if title and _SPEECH_TITLE.search(title):
        return "报告"  # ——在2014年全市教育工作会议上的报告: a speech, whoever reports on its meeting
    if _is_news(title, opening):
        return "新闻"
    if title:
        title = _DRAFT_NOTE.sub("", _PLANNED_WORK.sub("", title))  # 规划(征求意见稿) is a 规划
        # (海南省自然资源和规划厅, 卫生和计划生育委员会: a body's name, not the kind of the text it heads)
        title = _KIND_IN_AGENCY.sub("", title)
        inner = _WRAPPER.search(title)
        for candidate, handed_on in (((inner.group(1), True),) if inner else ()) + ((title, False),):
            if not handed_on and (rules := _RULES.search(candidate)):
                return _RULE_KINDS[rules.group(1)]
            words = [w for w, _ in _KIND_WORDS if w in candidate]
            if words:
                # the kind word nearest the end of the title decides: "…规划实施方案" is a 实施方案
                best = max(words, key=lambda w: (candidate.rfind(w) + len(w), len(w)))
                if handed_on and _PAST_KIND.match(candidate, candidate.rfind(best) + len(best)):
                    continue  # 印发…规划纲要(2010-2020年)任务分工的通知: what is handed on is no 纲要
                to_schools = _TO_SUBORDINATES.search(opening[:_SALUTATION_REACH])
                if best.endswith("情况") and title.startswith("关于") and to_schools:
                    return "通知"  # 关于…落实情况 to 各学校: a notice whose title the page cut before 的通知
                return dict(_KIND_WORDS)[best]
    # a table that breaks a year's tasks down among those charged with them (目标任务责任分解表): the plan of that work
    if title and title.endswith(_BREAKDOWN_TABLE):
        return "工作计划"
    # No title, or one without a kind word: what the text says of itself (not what it cites:
    # 根据《某县“十三五”教育事业发展规划》 in a reply)
    own = _CITED.sub("", opening)
    for pattern, kind in _KIND_WORDING:
        if pattern.search(own):
            return _plan_or_review(kind, own)
    if _REVIEW.search(own) and not _PLANNING.search(own):
        return "报告"  # 回顾过去一年,…硕果累累: a page that looks back only
    if len(_ON_LAST_YEAR.findall(own)) >= _STATISTICS:
        return "报告"  # 在校生22250人,比上年减少336人;…: a year's statistics
    if _BODY_YEAR.search(opening) and _YEAR_S_WORK.search(opening):
        return _plan_or_review("工作计划", own)
    if not title and len(_TASK_ITEM.findall(opening)) >= _TASK_ITEMS:
        # a page of numbered tasks (14.完成…, 15.积极发展…): the plan of a year's (or a term's) work, whose
        # points it may be or not
        return _plan_or_review("工作计划", own)
    # (a page that gives the day it was posted, 发布时间:2011-03-31, is a news site's page)
    if title and not dated and not (_BYLINE.search(opening[:_BYLINE_REACH]) or _TOLD.search(opening[:_BYLINE_REACH])):
        return "其他"
    if not title and _PART_OPENING.match(opening.lstrip()):
        # a page that opens inside a document's numbered parts ((二)学前教育发展工程…) is a part of one: of a
        # development plan where it sets the years its goals are to be reached by (到2025年)
        if _BY_YEAR.search(text):
            return "规划"
        # …and else of the plan itself without its title, whatever part it opens on (一、目标任务, (二)教育部门要…,
        # 1.乡镇学校按照学生实际报名情况…, ⑴改善教学条件): no report nor notice goes by numbered parts from its first line
        return "实施方案"
    # a page of a plan cut before and after, holding one of its parts' headings (三、“十一五”职业教育发展的主要任务,
    # (六)义务教育均衡发展工程): of a development plan where it names a period or sets deadlines (到2020年)
    if not title and any(w in opening for w in _PART_HEADING_WORDS) and (m := _PART_HEADING.search(opening)):
        return "规划" if _BY_YEAR.search(text) or _FIVE_YEAR_NAME.search(m.group()) else "实施方案"
    if not title and _PLAN_BOX.search(text):
        return "规划"  # a page of a development plan past its title: the plan's boxes (专栏1 教育事业发展主要目标)
    if not title and _directs(own):
        return "实施方案"  # 学校要迅速派出教师当天家访…学校应当天向中心学校汇报: a plan's rules without their title
    if not title and "负责" in own and len(_DUTY.findall(own)) >= _DUTIES:
        return "通知"  # (一)办公室。负责…;负责…: a body's list of who is charged with what, as a 责任清单
    # No kind of document named, and either a reporter's byline or words or no title line at all:
    # a plan or notice names itself (本方案, 特制定本计划); a page that never does reports on one
    return "新闻"


_KIND_IN_AGENCY = re.compile(r"(?:规划|计划(?:生育)?)(?=[厅局委院处司科])")
_BREAKDOWN_TABLE = "分解表"
# a plan's part heading on a line of its own: its tasks, goals or projects (工程)
_PART_HEADING_WORDS = ("任务", "目标", "工程")
_PART_HEADING = re.compile(
    r"(?:^|[\nР])[ \t]*(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])[^。\n,，Р]{2,30}(?:任务|目标|工程)[ \t]*(?=[\nР]|$)"
)


# a clause that opens on the duty it assigns (…。负责文电、会务…; 市教育局 ⏎ 负责校园食品安全管理工作)
_DUTY = re.compile(r"(?:^|[。;；])\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])?\s*负责(?!人|同志)", re.M)
_DUTIES = 3

# a figure set against the year before's, as a statistical bulletin gives each (比上年增加0.56万平方米)
_ON_LAST_YEAR = re.compile(r"[比较]上年(?:度)?(?:增加|减少|增长|下降|提高)")
_STATISTICS = 3
# how a year's plan speaks of the year's work (2023年是…之年。…教育工作要坚持以…为指导)
_YEAR_S_WORK = re.compile(r"工作(?:的)?(?:总体要求|总体目标|指导思想|总体思路|主要任务)|(?:主要|重点)工作|工作重点|工作要坚持")
_BY_YEAR = re.compile(rf"到\s*{_YEAR_RE}\s*年")
_PLAN_BOX = re.compile(r"专栏\s*[1-9一二三四五六七八九十]")
_PART_OPENING = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d)|[⑴-⒇①-⑳]")


# a numbered item that opens with the task it sets
_TASK_ITEM = re.compile(
    r"^\s*\d{1,2}\s*[.、．]\s*(?:进一步|继续|全面|深入|大力|加快|积极|扎实|认真|切实|着力|努力|稳步|持续|全力|多渠道|多措并举)?"
    r"(?:加强|推进|完成|实施|做好|深化|启动|提高|提升|完善|建立|健全|落实|开展|推动|强化|抓好|创新|规范|发展|巩固|加大|补充|优化|扩大)",
    re.M,
)
_TASK_ITEMS = 3
# a reporter named in the page's fields (作者: 王雨豪, 记者 李浩) or its news column
_BYLINE = re.compile(r"作者\s*[:：]\s*[\u4e00-\u9fff]{2,4}(?:[\s、,，][\u4e00-\u9fff]{2,4})*(?:\s|$)|新闻热线|新闻时政|新闻中心|新闻动态")
_BYLINE_REACH = 600
# (each word matched before what stands before it is looked at: a search skips other characters at once)
# What a plan directs (学校要…, 应当…, 必须…; not 主要, 需要, 相应, 要求): a page that directs again and again
# and tells nothing done (了, 已) is a plan's text, not a report of one
_DIRECTIVE = re.compile(
    r"要(?<![主重需纲只想概摘提必]要)(?!求|点|素|闻|害|是)|应(?<![相适响供反对效感呼答]应)(?:当|该)?(?![用对急聘届])|必须|务必"
)
_DIRECTIVES = 4
_DONE = re.compile(r"了(?<![为除]了)(?!解)|已")
# a reporter's words: what has gone on lately, what was learnt (近年来…, 据了解, 记者…获悉)
_TOLD = re.compile(r"近年来|获悉|据悉|据了解|日前|近日")


def _plan_or_review(kind: str, own: str) -> str:
    """A year's plan or its points, as the page's wording suggests, unless the page tells again and again
    what has been done (共收到…, 已完成…, 累计…了) and directs less: the year's work looked back on, naming
    the year's plan in passing (围绕2025年初制定的…工作思路), is a report; a plan tells nothing done."""
    if kind not in _YEAR_PLAN_KINDS:
        return kind
    done = len(_DONE.findall(own))
    return "报告" if done >= _DONE_TOLD and done > len(_DIRECTIVE.findall(own)) else kind


_YEAR_PLAN_KINDS = ("工作计划", "工作要点")
_DONE_TOLD = 3


def _directs(text: str) -> bool:
    """Whether `text` directs again and again and tells nothing done: a plan's rules."""
    return len(_DIRECTIVE.findall(text)) >= _DIRECTIVES and not (_DONE.search(text) or _TOLD.search(text))


_SPEECH_TITLE = re.compile(r"在[^。\n]{2,40}(?:会议|大会|会|典礼|仪式)上的(?:工作)?(?:报告|讲话|发言)")


def _is_news(title: str | None, opening: str) -> bool:
    """A news report about a plan, not the plan: a title telling what was done with it, or a byline."""
    body = opening[len(title) :] if title and opening.startswith(title) else opening
    if title and title.endswith("通知") and _TO_SUBORDINATES.search(body[:_SALUTATION_REACH]):
        return False  # a notice addressed to those it charges (各片区、中心校:), whatever events it recounts
    # (not a table's empty cells, a menu's entries or a profile's fields: |, 公众号, 等 级:资深长老)
    lines = (
        line for line in body.split("\n")
        if HAN.search(line) and len(line.strip()) > _MENU_ENTRY and not _SHORT_FIELD.match(line.strip())
    )
    openings = (line.strip()[:200] for line in islice(lines, _NEWS_LINES))
    if any(_NEWS_OPENING_GATE.search(line) and _NEWS_OPENING.search(line) for line in openings):
        return True
    # (a headline speaks of its unit as 我县: 我县扎实推进第三期学前教育行动计划)
    return bool(
        title and (_NEWS_TITLE.search(title) or _place_headline(title) or _OWN_UNNAMED.match(title))
        and "关于" not in title and not title.endswith("通知")
    )


# The year the body says the plan is for: 现将2018年教育工作计划安排如下, 学前教育行动计划(2017-2020年)
# (not across another year: 2022年工作总结和2023年工作计划 is a plan for 2023); a year's 工作谋划, and its
# 重点工作 as a heading of their own (01 2020年工作回顾 … 04 2021年重点工作; not 2021年重点工作完成情况)
# (a PDF's text may space the year out: 教育局 2018 年上半年工作总结及下半年工作计划)
_WORK_YEAR = re.compile(
    rf"({_YEAR})\s?年(?:(?!{_YEAR}\s?年)[^。，,;；\n]){{0,12}}?(?:工作计划|工作要点|工作思路|工作安排|工作打算|教育工作要点|工作总结如下|工作谋划|重点工作\s*(?=\n|$))"
)
# 为做好2018年全县教育工作,现将…安排如下: the year of the work the text is written for
_WORK_OF_YEAR = re.compile(rf"(?:做好|抓好|推进|完成)\s*({_YEAR})\s*年度?[^。，,;；\n]{{0,16}}?工作")
# (2022年9月—2027年8月: a school's plan runs by school years)
_RANGE_YEAR = re.compile(rf"({_YEAR})\s*(?:年\s*\d{{1,2}}\s*月|年)?\s*[-—–~至]{{1,2}}\s*{_YEAR}\s*年")
# a title's span on the line below it (…三年发展规划\n(2011—2013)): the plan's years, 年 left out
_SPAN_LINE = re.compile(rf"(?:^|\n)\s*[(（]\s*({_YEAR})\s*年?\s*[-—–~至]{{1,2}}\s*{_YEAR}\s*年?\s*[)）]\s*(?:\n|$)")
_FIVE_YEAR_NAME = re.compile("|".join(_FIVE_YEAR))
# a report is on the year it names without a month (对我县2023年…进行了督导评估; not 2024年3月)
_REPORTED_YEAR = re.compile(rf"({_YEAR})\s*年(?!\s*\d{{1,2}}\s*月|\s*[一二三四五六七八九十]{{1,2}}月|以来|底前)")
_REPORT_KINDS = ("报告",)
_PLANNING_REPORT = re.compile(r"讲话|政府工作报告")
_DATED_BY_LATEST = ("通知", "报告", "意见", "新闻")
_PLAN_KINDS = ("工作计划", "工作要点", "规划", "行动计划")
_SUMMARY_WORD = re.compile(r"总结|回顾")
_PLAN_WORD = re.compile(r"要点|计划|安排|思路|打算")
_LATE_MONTH = 11
_CITED = re.compile(r"《[^《》]*》")
_OWN_SPAN_REACH = 600
_HEADLINE_REACH = 80
_ANY_YEAR = re.compile(rf"({_YEAR})\s*年")
# (到2022年, 至2022年, and the end of a period: 2014年—2016年)
_DEADLINE_BEFORE = re.compile(r"(?:到|至|年\s*[-—–~])\s*$")
# (…and a span's end whose first year goes without 年: 2019—2020年建设…; looked for just before the year)
_SPAN_END_BEFORE = re.compile(r"\d\s*[-—–~]\s*$")
_SPAN_END_REACH = 8


def _deadline_before(text: str, start: int) -> bool:
    """Whether the year at `start` is a deadline's (到2020年) or a span's end (2014年—2016年, 2019—2020年)."""
    return bool(
        _DEADLINE_BEFORE.search(text, 0, start) or _SPAN_END_BEFORE.search(text, max(0, start - _SPAN_END_REACH), start)
    )


# (自2017年, and what was done before the news: 已于2020年10月投入使用, 成立于2016年)
_SINCE_BEFORE = re.compile(r"(?:自|从|(?:已|成立)于)\s*$")
# 比2010年提高了15个百分点, 由2010年末的49.2万人…提高至: the year a change is measured from
_BASELINE_BEFORE = re.compile(r"(?:比|较|由|与)\s*$")
# 预计2020年3月份完工, 力争2017年…: a year the work is expected in, ahead of the news that says so
_FORECAST_BEFORE = re.compile(r"(?:预计|力争|确保|争取|预期|计划)(?:在|于|到)?\s*$")
# (2014年以来, 2010年10月以来: when something began, without 自)
_SINCE_AFTER = re.compile(r"(?:\s*\d{1,2}\s*月份?)?\s*(?:以来|来)")
# (2020年之后大班额比例逐年降低: what is to follow a year ahead, itself ahead of the news)
_SINCE_OR_AFTER = re.compile(rf"{_SINCE_AFTER.pattern}|\s*(?:之后|以后)")


# 2009学年第二学期 is the spring of 2010; 2019学年 (工作要点) starts in the autumn of 2019
_SCHOOL_YEAR = re.compile(
    rf"({_YEAR})\s*(?:[-—–~至]{{1,3}}\s*{_YEAR}\s*)?学年(?:度)?(第二学期|下学期|第二学段|(?:第一学期|上学期)?(?:结束|末)|暑假|暑期)?"
)


_SCHOOL_YEAR_SUMMED = re.compile(rf"({_YEAR})\s*(?:[-—–~至]{{1,3}}\s*({_YEAR})\s*)?学年(?:度)?[^。，,\n]{{0,8}}?总结")
# (2017学年起, 从2014学年开始: when a change starts)
_STARTS_AFTER = re.compile(r"\s*(?:起|开始|以来)")


def _school_year_of(m: re.Match[str]) -> int:
    return int(m.group(1)) + bool(m.group(2))


def _school_year(text: str) -> int | None:
    m = _SCHOOL_YEAR.search(text)
    return _school_year_of(m) if m else None


def _worked_school_year(text: str) -> int | None:
    """The first school year a body names as the one worked in, not one a figure is counted to
    (至2011学年,区域内有小学34所) nor one a change starts from (2017学年起)."""
    for m in _SCHOOL_YEAR.finditer(text):
        if not (
            _deadline_before(text, m.start()) or _SINCE_BEFORE.search(text, 0, m.start())
            or _STARTS_AFTER.match(text, m.end())
        ):
            return _school_year_of(m)
    return None


def _plan_year(title: str | None, opening: str, kind: str | None = None, dated: bool = False) -> int | None:
    """From the title, else from the opening (the text before the first section): the year its
    first sentences name as the plan's, the first year of a period, a five-year plan's first year;
    a report's year is the one it reports on. An implementation plan without either is dated by
    the one year its purpose paragraph commits to ("确保2012年顺利通过…验收")."""
    if title and (year := _title_year(title, opening, kind)) is not None:
        return year
    head = opening[:3000]
    # news of a meeting that sums up a year (…暨2020年教育工作总结大会), planning none after it
    if kind == "新闻" and (m := _SUMMING_UP.search(head[:_SUMMING_UP_REACH])) and not _PLANNING.search(head[:_SUMMING_UP_REACH]):
        return int(m.group(1))
    # news of a meeting held on a year's work (…召开2015年春季开学工作会议), or deploying it (…2015年工作
    # 总结暨2016年工作部署会, 部署2016年重点工作): that year's
    if kind == "新闻" and (m := _MEETING_ON_YEAR.search(head[:_SUMMING_UP_REACH])):
        return int(m.group(1))
    if kind in ("新闻", "报告") and (m := _DEPLOYED_YEAR.search(head[:_SUMMING_UP_REACH])):
        return int(m.group(1) or m.group(2))
    # news of a plan just issued (市政府办公厅昨天转发的《…提升计划(2013—2015年)》): the plan's first year
    if kind == "新闻" and (m := _JUST_ISSUED_PLAN.search(head) or _JUST_APPROVED_PLAN.search(head)):
        return int(m.group(1))
    # news of a five-year plan adopted or issued (《罗湖区教育发展“十四五”规划》…审议通过): its first year
    if kind == "新闻" and (m := _FIVE_YEAR_PLAN_PASSED.search(head)):
        return _FIVE_YEAR[m.group(1)]
    # the year a text says it is in a five-year plan's span: 今年是“十二五”发展规划的收官之年 (2015)
    if m := _YEAR_OF_PERIOD.search(head[:_FIRST_LINE * 5]):
        return _FIVE_YEAR[m.group(1)] + (4 if m.group(2) in _LAST_OF_PERIOD else 0)
    # a first line that names a five-year plan, as a title would (1、某市“十三五”教育信息化专项规划为…;
    # not 2023年是…实施本市教育“十四五”规划的关键之年: the year the text opens with)
    if (m := _FIVE_YEAR_NAME.search(head.split("\n", 1)[0][:_FIRST_LINE])) and not _BODY_YEAR.match(head):
        return _FIVE_YEAR[m.group()]
    # a plan that reviews last year first names the year it is for last (2009年教育工作回顾…2010年教育工作…)
    if years := [int(a or b or c) for a, b, c in _BODY_YEAR.findall(head)]:
        return max(years)
    if m := _WORK_YEAR.search(head) or _WORK_OF_YEAR.search(_CITED.sub("", head)):
        return int(m.group(1))
    # the school year whose work the text sets out (提出了2011学年度教研工作要点, 2022至2023学年城区小学…招收)
    if (year := _worked_school_year(head)) is not None:
        return year
    # the period the opening names (a cited plan's is not the document's), or the year its work starts from
    # (dated news that names a period in passing, 此前,…决定2010年至2015年实施…, not in its headline, is of its date)
    # (…and the span of the plan the text names itself as it is drawn up: 特制订《某小学2015-2018年发展规划》)
    m = (
        _RANGE_YEAR.search(_CITED.sub("", head)) or _SPAN_LINE.search(head) or _FROM_YEAR.search(head)
        # (the words a naming holds first: scans for them cost a fraction of the pattern's search)
        or (("制订《" in head or "制定《" in head) and (own := SELF_NAMED.search(head)) and _RANGE_YEAR.search(own.group(1)))
    )
    if m and not (dated and kind == "新闻" and m.start() > _HEADLINE_REACH):
        return int(m.group(1))
    # a report is on the year it names; a speech (讲话) and a government's work report look back only
    # to plan the year they open
    # (至2011年底,全区常住人口约110万: the day figures are counted to, not the year reported on)
    if kind in _REPORT_KINDS and not _PLANNING_REPORT.search(title or "") and (
        m := next((m for m in _REPORTED_YEAR.finditer(head, 0, 600) if not _deadline_before(head, m.start())), None)
    ):
        return int(m.group(1))
    if (year := _period_year(head, kind, dated)) is not None:
        return year
    if kind == "实施方案":
        goals = {int(y) for y in _GOAL_YEAR.findall(head)}
        if len(goals) == 1:
            return goals.pop()
        if not goals and (first := _first_step_year(head, kind)):
            return first
    if kind == "规划" and _OWN_PLAN.search(head):
        # 根据《湖南省“十四五”教育事业发展规划》…,制定本规划: drawn up for the period of the plans it follows
        return max((_FIVE_YEAR[m.group()] for m in _FIVE_YEAR_NAME.finditer("".join(_CITED.findall(head)))), default=None)
    return None


def _title_year(title: str, opening: str, kind: str | None) -> int | None:
    """The year a title names as the plan's: a school year's first, the last year planned, a period's
    first, a five-year plan's first (or the first of the span its opening gives)."""
    # news of a school year's summing-up (召开2009—2010学年教育工作总结表彰大会): held as the school year ends, in its
    # second calendar year
    if kind == "新闻" and "总结" in title and "学年" in title and (m := _SCHOOL_YEAR_SUMMED.search(title)):
        return int(m.group(2)) if m.group(2) else int(m.group(1)) + 1
    if (year := _school_year(title)) is not None:
        return year
    # (到2022年成都计划建设…: a news title's deadline is not the year of the plan it reports)
    years = [
        (int(m.group(1) or m.group(2)), m.group(0)) for m in _TITLE_YEAR.finditer(title)
        if not (kind == "新闻" and _deadline_before(title, m.start()))
        and not _ANNALS.search(title, 0, m.start())
    ]
    # (…and the year a title opens with, 年 left out: 2024银川金凤区中小学招生计划)
    if years and (lead := _LEADING_BARE_YEAR.match(title)):
        years.insert(0, (int(lead.group(1)), lead.group(1)))
    # (a title that writes its years in Chinese numerals names them as one in figures does: 二〇二二年工作总结与
    # 二〇二三年工作计划 plans 二〇二三)
    if not years and "年" in title:
        years = [
            (year, m.group(0)) for m in _CN_TITLE_YEAR.finditer(title)
            if 1980 <= (year := _cn_year(m.group(1))) < 2100 and not (kind == "新闻" and _deadline_before(title, m.start()))
        ]
    if years:
        # 2022年工作总结和2023年工作计划: the year planned, the last named; a period's first year
        last = max(years)
        # (关于印发2019年…工作总结和2020年工作要点的通知: the year planned, whatever the title's kind)
        planned = kind in _PLAN_KINDS or (_SUMMARY_WORD.search(title) and _PLAN_WORD.search(title, title.find(last[1])))
        return last[0] if planned and not _PERIOD_SPAN.search(last[1]) else years[0][0]
    for name, year in _FIVE_YEAR.items():
        if name in title:
            # (its opening may give the span it runs: 2022—2025年全州教育信息化工作…)
            span = _RANGE_YEAR.search(_CITED.sub("", opening[:_OWN_SPAN_REACH]))
            return int(span.group(1)) if span and year < int(span.group(1)) < year + 5 else year
    return None


# a title's year written without 年 (2022市教育局上半年工作总结报告, “国培计划(2015)”…公告), not a number's
# (〔2018〕) nor a date's (2016-12-20)
_LEADING_BARE_YEAR = re.compile(rf"({_YEAR})(?=\s*(?!年)[\u4e00-\u9fff])")
_BARE_TITLE_YEAR = re.compile(rf"(?<![\d〔\[［【])({_YEAR})(?=\s*(?!年)[\u4e00-\u9fff“]|[)）])")
# a model-text site's title (2019精选教育局工作报告范文5篇): the year it was put up, not the text's
_MODEL_TEXT = "范文"
_SHARED_MARK = "由会员分享"
_SHARED_REACH = 500
# the year a text says it is in (2024年是全面贯彻…的关键之年), near its start
_YEAR_IT_IS = re.compile(rf"({_YEAR})\s*年度?\s*[,，]?\s*是")
_YEAR_IT_IS_REACH = 600


def _model_text_year(title: str | None, text: str, header_end: int, year: int | None) -> int | None:
    """A model-text site labels its copy with a year of its own (教育局2021年工作要点范文): the year its
    title gives yields to the one the text says it is in near its start (2020年是…“十三五”规划收官之年)."""
    if year is None or not title or str(year) not in title:
        return year
    if _MODEL_TEXT not in title and _SHARED_MARK not in text[:_SHARED_REACH]:
        return year
    # (not a year the title names too: 2024年是… opens the review of a 2024年工作总结及2025年工作计划)
    m = _YEAR_IT_IS.search(text, 0, header_end + _YEAR_IT_IS_REACH)
    return int(m.group(1)) if m and m.group(1) not in title else year


def _bare_title_year(title: str | None) -> int | None:
    """A title that names its year without 年, when neither it nor the body names one otherwise."""
    m = _BARE_TITLE_YEAR.search(title) if title and _MODEL_TEXT not in title else None
    return int(m.group(1)) if m else None


_JUST_ISSUED_PLAN = re.compile(
    rf"(?:昨天|昨日|今天|今日|近日|日前|近期)[^。《]{{0,24}}?(?:印发|转发|出台|发布|公布)了?的?《[^《》]{{2,60}}?"
    rf"[(（]\s*({_YEAR})\s*年?\s*[-—–~至]"
)
# (近日,《邢台市“一城四片”教育设施规划(2013-2020年)》经邢台市政府批复实施: the plan named before what was done with it)
_JUST_APPROVED_PLAN = re.compile(
    rf"(?:昨天|昨日|今天|今日|近日|日前|近期)[,，]?\s*《[^《》]{{2,60}}?[(（]\s*({_YEAR})\s*年?\s*[-—–~至][^《》]{{0,12}}》"
    rf"[^。《]{{0,20}}?(?:批复|审议通过|印发|出台|发布|公布)"
)
_FIVE_YEAR_PLAN_PASSED = re.compile(
    rf"《[^《》]{{0,30}}?({_FIVE_YEAR_NAME.pattern})[^《》]{{0,24}}?规划》[^。《等]{{0,40}}?(?:审议通过|印发|出台|发布|公布|正式实施)"
)
# 从2014年开始,经过五年努力…: the year a plan's work starts
_FROM_YEAR = re.compile(rf"从\s*({_YEAR})\s*年(?:开始|起)\s*[,，]?\s*(?:用|经过|通过|力争)")
# 永登教育志(2000-2015): the years an annals covers, not a plan's
_ANNALS = re.compile(r"志\s*[(（]$")


def _period_year(head: str, kind: str | None, dated: bool) -> int | None:
    """The first year of the five-year period the opening speaks of as its own; a review of a period is
    written the year after it (总结“十二五”期间取得的成绩; “十三五”期间,李沧建成启用了27所学校)."""
    # (a five-year plan the body cites is not the document's: 近年来,《广东省教育发展“十四五”规划》等…
    # 出台; one the first line names was taken before)
    body = _CITED.sub("", head[:600])
    # (“十三五”以来累计投入…: since a period began, written some time into it, not at its start)
    # (已列入区“十四五”规划: a matter put into a period's plan, not the document's period)
    # (dated news that names a period in passing, 结合“十四五”…行动, not in its headline, is of its date)
    m = next(
        (
            m for m in _FIVE_YEAR_NAME.finditer(body)
            if not _SINCE_PERIOD.match(body, m.end())
            and not _PUT_INTO.search(body, max(0, m.start() - _PUT_INTO_REACH), m.start())
            and not _NATIONS.search(body, max(0, m.start() - _NATIONS_REACH), m.start())
        ),
        None,
    )
    if m is None or (dated and kind == "新闻" and m.start() > _HEADLINE_REACH):
        return None
    year = _FIVE_YEAR[m.group()] + (5 if _PERIOD_REVIEWED.match(body, m.end()) else 0)
    if kind == "新闻" and not dated and m.start() > min(_HEADLINE_REACH, body.find("\n") % len(body)):
        # (undated news that names a period in passing, not in its headline, is of the latest year within
        # it that it speaks of as the present, not as a deadline: 2016、2017年全区新建…;“十三五”期间,龙岗区
        # 拟新建…; 计划2017年投资…, not 力争在2017年底…)
        return max((y for y in _present_years(body) if year < y < year + _PERIOD_YEARS), default=year)
    return year


# (2017年底前, 2017年前: a deadline)
_DEADLINE_AFTER = re.compile(r"\s*(?:底|前)")


def _present_years(text: str) -> Iterator[int]:
    """The years `text` names, but as deadlines (到2020年, 2017年底), starts (自2014年) or baselines (比2010年)."""
    return (int(m.group(1)) for m in _unframed_years(text, _DEADLINE_AFTER))


def _unframed_years(text: str, after: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The years `text` names, but those after a deadline's, a start's or a baseline's word (到2020年, 自2014年,
    比2010年) and those `after` follows (2017年底, 2014年以来)."""
    for m in _ANY_YEAR.finditer(text):
        if not (
            _deadline_before(text, m.start()) or _SINCE_BEFORE.search(text, 0, m.start())
            or _BASELINE_BEFORE.search(text, 0, m.start()) or after.match(text, m.end())
        ):
            yield m


_OWN_PLAN = re.compile(r"(?:制定|制订|编制)本规划")
# what a text calls its year within a five-year plan: the plan's last year, or its first
_LAST_OF_PERIOD = ("收官之年", "最后一年", "决胜之年")
_FIRST_OF_PERIOD = ("开局之年", "开篇之年", "起步之年", "第一年")
_YEAR_OF_PERIOD = re.compile(
    rf"(?:今年|本年|这一年)是[^。]{{0,8}}?({_FIVE_YEAR_NAME.pattern})[^。，,]{{0,16}}?"
    rf"({'|'.join(_LAST_OF_PERIOD + _FIRST_OF_PERIOD)})"
)
# (国家教育发展‘十二五’规划: the nation's plan, not the document's)
_NATIONS = re.compile(r"(?:国家|全国)[^。，,；;]{0,6}[‘“\"']?$")
_NATIONS_REACH = 10


# a five-year plan a text hands on: 现将《黑龙江省教育事业发展“十三五”规划》印发给你们, 关于印发《海南省“十四五”…
# 实施方案》和《…》的通知 (not 自印发《…“十四五”规划》以来, a plan looked back on)
_PERIOD_PLAN = rf"《[^《》]{{0,40}}?({_FIVE_YEAR_NAME.pattern})[^《》]{{0,40}}?(?:规划|计划|方案|纲要)》"
_HANDED_ON_PERIOD = re.compile(rf"现将\s*{_PERIOD_PLAN}|(?:印发|转发)\s*{_PERIOD_PLAN}(?:[和、及与]《[^《》]*》)*的?通知")


def _handed_on_period_year(text: str, kind: str | None) -> int | None:
    """A text handing on a five-year plan, not dated by its title, is of the period's first year, not of the
    year it was sent out in (a 十四五 plan issued in 2022 is for 2021); a notice of work in the period
    (《关于做好“十四五”期间…工作的通知》) is not a plan of it."""
    if kind == "新闻" or text.find("五", 0, _AHEAD_SCAN) < 0:
        return None
    m = _HANDED_ON_PERIOD.search(text, 0, _AHEAD_SCAN)
    return _FIVE_YEAR[m.group(1) or m.group(2)] if m else None


_FIRST_LINE = 40
_SINCE_PERIOD = re.compile(r"[”\"]?以来")
_PERIOD_REVIEWED = re.compile(r"[”\"]?(?:期间|以来|时期)[^。；;]{0,16}?(?:取得|成绩|成就|成效|完成|建成)")
# 未来10年, 今后五年, or a plan named by its years (学前教育三年行动计划)
_AHEAD = re.compile(r"(?:未来|今后)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*年|([一二三四五六七八九十]{1,2})年(?:行动|攻坚|提升)?计划")
_DEADLINE = re.compile(rf"[到至]\s*({_YEAR})\s*年")
_AHEAD_SCAN = 3000


def _first_step_year(text: str, kind: str | None) -> int | None:
    """2023年通过省级评估,2024年通过国家认定: an implementation plan of steps (or a page of a plan's
    numbered parts, of no kind of its own: 2011年3月底前完成工作部署) is for the year of its first."""
    if kind not in ("实施方案", "工作要点", "工作计划", None):
        return None
    return min((int(y) for y in _STEP_YEAR.findall(_CITED.sub("", text))), default=None)


_PERIOD_YEARS = 5
# 201x年是全面贯彻落实党的十九大精神开局之年: the year after a party congress, whatever the page masks
_CONGRESS_START = re.compile(r"(十八|十九|二十)大精神的?开局之年")
_CONGRESS_YEARS = {"十八": 2012, "十九": 2017, "二十": 2022}


# a page that opens with a year not a date's (2012年徐汇区小学一年级入学招生工作日程表, 2025年内黄县教育局共收到建议30件),
# or with the name of whose it is before the year (中和小学2013年春季学期控辍保学劝返制度; not 某中学始建于1956年)
_LEADING_YEAR = re.compile(rf"\s*(?:[\u4e00-\u9fff]{{1,12}}?(?<![于自从到至在]))?({_YEAR})\s*年(?!\s*\d{{1,2}}\s*月|以来|底前)")


def _leading_year(text: str) -> int | None:
    """A page whose first line opens with a year (or a name and a year), where nothing else dates it, is of that year."""
    return int(m.group(1)) if (m := _LEADING_YEAR.match(text)) else None


# news that tells its day without the year (7月6日,督导组…; 中国甘肃网1月19日讯) and a date on its page a few days
# later (its related items, 2023-07-07 18:16:29, which the normalized text may have cut off as the site's): the page
# was put up within those days
_TOLD_DAY = re.compile(r"(?<![\d年/.\-])(\d{1,2})月(\d{1,2})日")
_TOLD_DAY_REACH = 300
_POSTED_WITHIN_DAYS = 7


def _told_day_year(text: str, page: str, kind: str | None) -> int | None:
    """Undated news is of the year of a date its page gives up to a week after the day it tells of."""
    if kind != "新闻" or not (told := _TOLD_DAY.search(text, 0, _TOLD_DAY_REACH)):
        return None
    month, day = int(told.group(1)), int(told.group(2))
    for m in _DATE_FOUND.finditer(page):
        try:
            dated = date.fromisoformat(_iso_of(m) or "")
        except ValueError:  # (2015-02-30)
            continue
        for year in (dated.year, dated.year - 1):  # (12月30日, dated 2015-01-02)
            try:
                days = (dated - date(year, month, day)).days
            except ValueError:
                continue
            if 0 <= days <= _POSTED_WITHIN_DAYS:
                return year
    return None


# (…从2011年起分三年在全省建设1200所公办幼儿园。两年来,全省完成了929所…; 2011年以来,宁夏连续实施两期…。6年间,…: the
# years counted from when the work began bring the news to its own year)
_YEARS_COUNTED = re.compile(r"年[来间]")
_COUNT_LEAD = re.compile(r"(?:^|[。，,;；\n])\s*(?:这|近)?$")
_STARTED_IN = re.compile(rf"({_YEAR})\s*年(?:\s*\d{{1,2}}\s*月)?(?:起|以来|开始)")
_STARTED_REACH = 160
_COUNTS = "两二三四五六七八九十"


def _years_since_year(text: str, kind: str | None) -> int | None:
    """Undated news that counts the years since a work began (2011年以来…。6年间, 从2011年起…。两年来) is of the
    year they come to."""
    if kind != "新闻" or ("年来" not in text and "年间" not in text):
        return None
    for m in _YEARS_COUNTED.finditer(text, 0, _BODY_SCAN):
        # the count before 年来 (6年间, 12年来, 两年来; not 近年来, 多年来), leading its clause
        lead = text[max(0, m.start() - 2) : m.start()]
        count = lead if lead.isdigit() else lead[-1:]
        years = int(count) if count.isdigit() else chinese_int(count) if count and count in _COUNTS else 0
        at = m.start() - len(count)
        if not years or not _COUNT_LEAD.search(text, max(0, at - 2), at):
            continue
        if began := list(_STARTED_IN.finditer(text, max(0, at - _STARTED_REACH), at)):
            return int(began[-1].group(1)) + years
    return None


def _congress_year(text: str) -> int | None:
    """The year a text calls the first of carrying out a party congress's spirit (开局之年)."""
    m = _CONGRESS_START.search(text, 0, _BODY_SCAN)
    return _CONGRESS_YEARS[m.group(1)] + 1 if m else None


def _period_end_year(text: str, kind: str | None) -> int | None:
    """A development plan that names no year but one deadline for its goals, the end of a five-year
    period (到2025年), is for the five years ending with it (the 十四五, from 2021); deadlines of several
    years (到2011年…到2015年…到2020年) may be a longer plan's stages."""
    if kind != "规划":
        return None
    ends = {int(m.group(1)) for m in _DEADLINE.finditer(text, 0, _AHEAD_SCAN)}
    return ends.pop() - _PERIOD_YEARS + 1 if len(ends) == 1 and min(ends) % _PERIOD_YEARS == 0 else None


def _ahead_year(text: str, kind: str | None) -> int | None:
    """未来10年…到2020年: a plan (or the news of one) for the years up to its deadline is for the first of them."""
    head = text[:_AHEAD_SCAN]
    if kind not in (*_PLAN_KINDS, "新闻") or not (ahead := _AHEAD.search(head)) or not (deadline := _DEADLINE.search(head)):
        return None
    count = ahead.group(1) or ahead.group(2)
    years = int(count) if count.isdigit() else chinese_int(count)
    return int(deadline.group(1)) - years + 1 if years else None


_HEADING = 40


def _heading_year(text: str, header_end: int) -> int | None:
    """The year the first section's heading names as the work's (一、2018年教育局工作计划指导思想:…), or
    whose work the heading's run-in text sets out (一、部门整体绩效目标…2020年,全县教育工作的总体要求是:…;
    (一)规划目标从2014年开始,经过五年努力…)."""
    line = text[header_end : header_end + _RUN_IN].split("\n", 1)[0]
    m = _WORK_YEAR.search(line, 0, _HEADING) or _AIMS_OF_YEAR.search(line) or _FROM_YEAR.search(line)
    return int(m.group(1)) if m else None


_RUN_IN = 80
# 2020年,全县教育工作的总体要求是: the year whose work a plan sets out
_AIMS_OF_YEAR = re.compile(
    rf"({_YEAR})\s*年\s*[,，]?\s*(?:[全我本][市县区省州旗])?的?教育工作的?(?:总体要求|总体思路|指导思想|总体目标)"
)


def _planned_part_year(sections: list[Section] | tuple[Section, ...], kind: str | None) -> int | None:
    """A plan that reviews one year in a part of its own and plans the next in another (一、2023年工作
    开展情况 … 二、2024年工作计划) is for the year its planning part names."""
    if kind not in _PLAN_KINDS:
        return None
    years = [int(m.group(1)) for s in sections if s.level == 1 and (m := _WORK_YEAR.search(s.heading))]
    return max(years, default=None)


_YEAR_END = re.compile(rf"(?:到|至)\s*({_YEAR})\s*年\s*年?底")
# (…or in the sentence after: 2015年,玉林市新建成…问题。今年,…; or in a later paragraph that opens with 今年: 2013年,
# 我省…建成了440所…。⏎同时,…。⏎今年,我省将在去年的基础上…)
_YEAR_THEN_THIS = re.compile(rf"({_YEAR})\s*年[,，](?:[^。；;]{{2,60}}?[,，;；]|[^。]{{2,200}}?。|[^今]{{2,600}}?\n)\s*今年[,，]")
_PUT_INTO = re.compile(r"(?:列入|纳入|写入|编入)[^，,。；;]{0,3}$")
_PUT_INTO_REACH = 6
_PRESENT_DAY = re.compile(rf"(?:截至|截止|截至到|截止到)\s*({_YEAR})\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?![前底])")


# (计划于2024年8月竣工投用, 预计2021年9月投入使用: the month a building is to be finished)
# (…or the year alone a building is to be handed over for use: 预计2024年交付使用)
_FINISHED_BY_MONTH = re.compile(
    r"\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?(?:底|前|初)?\s*(?:竣工|完工|投入使用|交付|投用|建成)|\s*(?:交付使用|投入使用)"
)


def _built_by_month(text: str, m: re.Match[str]) -> int:
    """1 where a year named only as when a building is to be finished gives the month: news written while
    it is built, most often the year before (…计划于2024年8月竣工投用, of 2023)."""
    return int(bool(_FINISHED_BY_MONTH.match(text, m.end())))


# (此外,2022年秋季开学前,全市还计划…: a further step ahead of the news, told after what it is of)
# (not a step told in the clause after the year's: 2018年长春市新建6所学校,还将对…)
_ALSO_AHEAD = re.compile(r"[^。；;,，]{0,8}[,，]?[^。；;,，]{0,10}?还(?:将|计划)")


# (园舍于2012年9月动工,2013年6月完工; 是2020年5月投入使用的…: a building finished in a month gone by, told of
# by news written later, not as the news's year; not 将于2016年12月投入使用 nor 计划2021年9月开工,2022年11月主体完工,
# steps ahead in the sentence)
_FINISHED_IN_MONTH = re.compile(r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:前)?\s*(?:全面)?(?:竣工|完工|投入使用)")
_AHEAD_BEFORE = re.compile(r"(?:将|预计|计划|拟|力争|确保|争取|有望|可望|要)[^。；;]{0,40}$")
_AHEAD_REACH = 48


def _finished_then(text: str, m: re.Match[str]) -> bool:
    """A year told only as the month a building was finished in, not one it is to be finished in."""
    return bool(_FINISHED_IN_MONTH.match(text, m.end())) and not _AHEAD_BEFORE.search(
        text, max(0, m.start() - _AHEAD_REACH), m.start()
    )


def _latest_year(opening: str, kind: str | None, stamped: int | None = None) -> int | None:
    """A notice or report with neither a year of its own nor a date: the latest year its opening names;
    news stamped with a year and naming later ones is of that year: they lie ahead of it (2011—2013年,
    新建700所; 于2016年12月投入使用, stamped 09.11.2015), unless it speaks of them as next year's (明年)."""
    if kind not in _DATED_BY_LATEST:
        return None
    text = _CITED.sub("", opening[:1000])
    # a day it names as the present (截至2018年8月29日) dates it, though it names the years of a plan ahead
    if days := [int(m.group(1)) for m in _PRESENT_DAY.finditer(text)]:
        return max(days)
    # 计划到2022年建成…: a deadline is when the work ends, not when the notice was written; 自2017年…以来
    # and 2014年以来: when something began
    years = list(_unframed_years(text, _SINCE_OR_AFTER))
    if kind == "新闻" and not stamped and "月" in text:
        years = [m for m in years if not _finished_then(text, m)]
    # 预计2020年3月份完工: the year work is expected to end, later than the news, unless no other is named
    also = "还" in text
    ahead = {m.start() for m in years if also and _ALSO_AHEAD.match(text, m.end())}
    # (…and a further step, 2023年,天津市还将实施…, lies a year ahead of the news that names no other)
    latest = max(
        (int(m.group(1)) for m in years if not _FORECAST_BEFORE.search(text, 0, m.start()) and m.start() not in ahead),
        default=min(
            (int(m.group(1)) - (m.start() in ahead or _built_by_month(text, m)) for m in years), default=None
        ),
    )
    if kind == "新闻" and latest is not None:
        latest = _schedule_start(text, years, latest)
    # 至2011年底,大连市将新建…: news that names only the end of this year
    if latest is None and kind == "新闻":
        latest = min((int(y) for y in _YEAR_END.findall(text)), default=None)
    # 2013年,我县新建…42所,今年,我县又…: the year set against 今年 is the one before it
    if latest is not None and any(int(m.group(1)) == latest for m in _YEAR_THEN_THIS.finditer(text)):
        return latest + 1
    if kind == "新闻" and latest and stamped and latest > stamped and "明年" not in text:
        return stamped
    return latest


# a schedule's steps: the first after the word that plans them, each later one leading a clause (2017年项目有…;2018年有4所)
_PLAN_STEP = re.compile(r"(?:计划|规划|拟)[^。，,；;]{0,12}?[,，；;]?\s*$")
_STEP_LEAD = re.compile(r"[,，；;:：]\s*$")
_STEP_LEAD_REACH = 3
_SENTENCE_MARKS = "。!?！？\n"


def _schedule_start(text: str, years: list[re.Match[str]], latest: int) -> int:
    """News that plans work year by year in one sentence (项目规划按三个年度分批推进,2017年项目有…;2018年有4所;
    2019年有5所; 计划2021年9月开工,2022年11月主体完工,2023年7月竣工) is of the year its schedule starts."""
    last = next((m for m in years if int(m.group(1)) == latest), None)
    if last is None:
        return latest
    start = max(text.rfind(mark, 0, last.start()) for mark in _SENTENCE_MARKS) + 1
    first, *later = (m for m in years if start <= m.start() <= last.start())
    if (
        int(first.group(1)) < latest and _PLAN_STEP.search(text, start, first.start())
        and all(_STEP_LEAD.search(text, m.start() - _STEP_LEAD_REACH, m.start()) for m in later)
    ):
        return int(first.group(1))
    return latest


# a document number: 皖政〔2001〕85号, 淮教发[2015]32号, and as a page may keep it without its closing bracket
# (国发〔201640号) or without 号 as well, ending its line (芜政〔201836)
_DOC_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,10}}[〔\[［【]({_YEAR})(?:[〕\]］】]\s*\d+\s*号|\d{{1,4}}(?:号|[ \t]*$))", re.M)
# what every document number holds: a text without one (most) is spared the search, tried at every Han character
_NUMBER_OPEN = re.compile(r"[〔\[［【]")
# what may close a document number's line: (芜政〔2018〕36号)
_LINE_END = re.compile(r"[ \t\u3000]*[)）]?[ \t\u3000]*(?:\n|$)")
_OWN_NUMBER_REACH = 500  # a text's own number is set below its title


def _numbered_year(header: str, kind: str | None, dated: bool = False) -> int | None:
    """A notice or opinion with no year or date of its own is of the year its number gives
    (某省人民政府关于…的意见(皖政〔2001〕85号)); a number after a cited title (《…》(国发〔2001〕21号))
    is that title's. A plan's number is not its year: one for 2021 is numbered in 2020. A number on a
    line of its own is the text's, and dates it before the date a site posted it on (芜政〔2018〕36号, 2022)."""
    if kind in _PLAN_KINDS or not _NUMBER_OPEN.search(header):
        return None
    for m in _DOC_NUMBER.finditer(header, 0, _OWN_NUMBER_REACH if dated else len(header)):
        if not header[max(0, m.start() - 4) : m.start()].rstrip("(（ ").endswith("》"):
            alone = not HAN.search(header, header.rfind("\n", 0, m.start()) + 1, m.start()) and _LINE_END.match(header, m.end())
            return int(m.group(1)) if alone or not dated else None
    return None


def _newest_cited_number(text: str, kind: str | None) -> int | None:
    """An implementation plan or a notice (or the news of one) that names no year of its own is most often of
    the year of the newest document it implements, cited by number (依据国办发〔2017〕72号和川办发〔2018〕3号…: 2018)."""
    if kind not in ("实施方案", "新闻", "通知") or not _NUMBER_OPEN.search(text):
        return None
    return max((int(y) for y in _DOC_NUMBER.findall(text)), default=None)


# a notice's attachment named with its span: 附件《南昌市教育信息化三年行动计划(2018-2020)》
_ATTACHED_SPAN = re.compile(
    rf"附件\s*[:：]?\s*(?:\d{{1,2}}\s*[.、．]\s*)?《[^《》]{{2,60}}?[(（]\s*({_YEAR})\s*年?\s*[-—–~至]{{1,2}}\s*{_YEAR}"
)


def _cited_span_year(text: str, kind: str | None) -> int | None:
    """A text handing on a plan named with its span as its attachment is of the plan's first year; news
    that names no year but the span of the plan it reports on is of that plan's first year
    (依据《海南省特殊教育提升计划(2014年—2016年)实施方案》,我省…), or the one year of the plans it
    acts on (根据《2022年某镇防溺水工作实施方案》,3月14日上午,…)."""
    if m := _ATTACHED_SPAN.search(text, 0, _BODY_SCAN):
        return int(m.group(1))
    if kind != "新闻":
        return None
    cited = "".join(_CITED.findall(text[:_BODY_SCAN]))
    if m := _RANGE_YEAR.search(cited):
        return int(m.group(1))
    years = {int(y) for y in _ANY_YEAR.findall(cited)}
    return years.pop() if len(years) == 1 else None


# a cited plan's span: 《第二期特殊教育提升计划(2017—2020年)》
_CITED_SPAN = re.compile(rf"《[^《》]{{2,60}}?[(（]\s*({_YEAR})\s*年?\s*[-—–~至]{{1,2}}\s*({_YEAR})\s*年?\s*[)）]\s*》")


def _followed_span_year(text: str, kind: str | None) -> int | None:
    """A plan that names no year of its own but one deadline, the end of the span of a plan it carries out
    (落实…《第二期特殊教育提升计划(2017—2020年)》…特制定本计划。…到2020年,…), runs over that span."""
    if kind == "新闻":
        return None
    head = text[:_AHEAD_SCAN]
    ends = {int(y) for y in _DEADLINE.findall(head)}
    if len(ends) != 1:
        return None
    end = ends.pop()
    return next((int(m.group(1)) for m in _CITED_SPAN.finditer(head) if int(m.group(2)) == end), None)


# a plan's goals heading, then the year they are set for: 二、目标任务⏎2021年,每个乡镇新建一所…
_GOAL_HEADING_YEAR = re.compile(rf"(?:目标任务|工作目标|总体目标|主要目标|建设目标)(?:\s*[:：]\s*|\s+)({_YEAR_RE})\s*年[,，]")


def _goal_year(text: str, kind: str | None) -> int | None:
    """An implementation plan that names no year elsewhere is for the year its goals open with."""
    if kind not in ("实施方案", "行动计划"):
        return None
    m = _GOAL_HEADING_YEAR.search(text, 0, _BODY_SCAN)
    return int(m.group(1)) if m else None


# what is to be done in a year (将于2020年新建, 计划2023年6月开工), not what is to be finished by then
# (计划于2019年内完工): a text from the end of a year telling of the work planned for the next
_WORK_PLANNED_IN = re.compile(rf"(?:将|计划|拟|决定)(?:于|在)?\s*({_YEAR})\s*年")
_FINISHED_IN = re.compile(r"(?:\s*\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?)?\s*(?:底|前|初|内)?\s*(?:竣工|完工|投入使用|交付|投用|建成)")
_NEXT_YEAR_REACH = 1500
_NEXT_YEAR_OPENING = 200  # the headline and the first sentence


def _next_year_planned(text: str, date: str | None, kind: str | None) -> int | None:
    """News or a notice dated late in a year that names the next as the year work is planned in
    (2019-12-19: 计划将于2020年新建13所学校; 2009-12-31: 省教育厅决定于2010年评选…) is of the next year."""
    if kind not in ("新闻", "通知") or not date or int(date[5:7]) < _LATE_MONTH:
        return None
    following = int(date[:4]) + 1
    # (…or that opens on next year's work as 明年's, not this year's: 盐田明年新增学位1770个)
    opening = text[:_NEXT_YEAR_OPENING]
    if "明年" in opening and "今年" not in opening:
        return following
    return next(
        (
            following for m in _WORK_PLANNED_IN.finditer(text, 0, _NEXT_YEAR_REACH)
            if int(m.group(1)) == following and not _FINISHED_IN.match(text, m.end())
        ),
        None,
    )


# what a text plans or expects for a year (计划2021年7月30日竣工, 预计2014年10月末竣工), not a plan it looks back on (原计划)
# (原 is looked for behind the word: a pattern opening with a lookbehind is tried at every character)
_PLANNED_FOR = re.compile(rf"(?:计划|预计|拟)(?<!原计划|原预计)(?<!原拟)(?:于|在)?\s*({_YEAR})\s*年")


def _reposted(text: str, date: str | None) -> bool:
    """Whether a page plans work in a year before the one it was posted in."""
    return bool(date) and any(
        int(m.group(1)) < int(date[:4]) for m in _PLANNED_FOR.finditer(text, 0, _NEXT_YEAR_REACH)
    )


_EARLY_MONTH = 2


def _ended_year(text: str, date: str | None) -> int | None:
    """A page posted in January or February that names the year before and none later is of that year: it
    reports on the year just ended (2010-02-03: 2009年,全县共投入资金…), unless it says what comes next
    (…列入2022年…项目中,…下一步我们将…: a reply of the new year)."""
    if not date or int(date[5:7]) > _EARLY_MONTH or _PLANNING.search(text, 0, _BODY_SCAN):
        return None
    years = {
        int(m.group(1)) for m in _ANY_YEAR.finditer(text, 0, _BODY_SCAN)
        if not ((d := _DATE_FOUND.match(text, m.start())) and _iso_of(d) == date)  # the posting date itself
    }
    before = int(date[:4]) - 1
    return before if max(years, default=None) == before else None


def _year_of_date(date: str | None, kind: str | None) -> int | None:
    """A document that names no year is of the year it was issued; a plan issued at the end of a
    year is for the next one."""
    if not date:
        return None
    year, month = int(date[:4]), int(date[5:7])
    return year + 1 if kind in _PLAN_KINDS and month >= _LATE_MONTH else year


def _cn_year(digits: str) -> int:
    """二〇二三 → 2023 (a zero may be typed as ○, 0 or O)."""
    return int("".join(str(DIGITS.get(ch, 0)) for ch in digits))


def _cn_iso(m: re.Match[str]) -> str | None:
    """YYYY-MM-DD of a match whose first three groups are a date in Chinese numerals (二〇二二, 一, 三十)."""
    return _iso(str(_cn_year(m.group(1))), str(chinese_int(m.group(2)) or 0), str(chinese_int(m.group(3)) or 0))


def _iso(y: str, mo: str, d: str) -> str | None:
    year, month, day = int(y), int(mo), int(d)
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _iso_of(m: re.Match[str]) -> str | None:
    """YYYY-MM-DD of a match of _DATE."""
    y, a, b, c, d = m.groups()
    return _iso(y, a or c, b or d)


def parse_date(text: str) -> str | None:
    """YYYY-MM-DD of a text that is one date (2021-03-05, 2021/3/5, 2021年3月5日), else None.

    >>> parse_date("2021年3月5日"), parse_date("2021/13/5"), parse_date("昨天")
    ('2021-03-05', None, None)
    """
    m = re.fullmatch(_DATE, text.strip())
    return _iso_of(m) if m else None


_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# a page's date line without a field name: 2017-01-20 来源:教育部, or with the outlet's name: 2017-05-04 宁夏新闻网,
# 2015/2/5 生活报
# (a poster's name may stand before the date: admin 2009-03-12 来源:景观中国网)
_DATED_SOURCE = re.compile(
    rf"^\s*(?:[A-Za-z\u4e00-\u9fff/]{{1,14}}[ \t]+)?{_DATE}日?\s*(?:{_CLOCK}\s*)?(?:[|｜]\s*)?"
    rf"(?:来源|作者|发布|次?浏览|点击|[\u4e00-\u9fff]{{2,8}}(?:网|报|新闻))", re.M
)
# the outlet, then the date: 来自:查字典教育资讯网 2014-12-21 (来源:文成新闻网 浏览:2199 2010-3-12: past a page counter)
_SOURCE_DATED = re.compile(
    rf"^\s*(?:来源|来自|信息来源)\s*[:：]\s*[^\n\d]{{1,30}}?\s*(?:(?:浏览|点击|阅读)(?:次数|量)?\s*[:：]?\s*\d+\s*次?\s*)?{_DATE}",
    re.M,
)
# a paper's issue line: 湖北日报 2012.7.12 NO:9版
_PAPER_DATED = re.compile(rf"^\s*[\u4e00-\u9fff]{{2,8}}(?:日报|晚报|报)\s*{_DATE}", re.M)
# a digital paper's page tools beside the day's date: 上一篇 2020年12月22日 放大 缩小 默认
_PAGE_TOOLS_DATED = re.compile(rf"^[^\n]*?{_DATE}日?[ \t]*(?:放大|缩小|默认|字号|打印)", re.M)
# a page's time stamp: a date with its clock, whatever stands around it (魅力霍林河 2016-10-26 09:20:00,
# 2013-04-01 15:03 评论(0), xm.fjsen.com 2014-02-10 10:14 陈华安 来源:东南网, 中央政府门户网站 www.gov.cn
# 2013年04月28日 09时31分); read above the text only
_CLOCKED_DATE = re.compile(rf"{_DATE}日?\s*(?:{_CLOCK}|\d{{1,2}}时\d{{1,2}}分)")
# the same with the day first, as some news sites print it: 22.02.2016 09:39
# (or the clock first, between the place and the outlet: 哈尔滨10:16 05.03.2016 新浪黑龙江)
_DAY_FIRST_STAMP = re.compile(
    rf"^[^\n\d]{{0,10}}?(?:{_CLOCK}\s+)?(\d{{1,2}})\.(\d{{1,2}})\.({_YEAR})(?:\s+{_CLOCK})?(?:\s+[\u4e00-\u9fff]{{2,8}})?\s*$",
    re.M,
)
# the date an official text is signed with under its issuer, as a forwarding notice heads the plan it
# sends out: 怒江州人民政府办公室 / 2022年10月10日
_SIGNING_AGENCY = rf"[\u4e00-\u9fff]{{2,30}}{_AGENCY_SUFFIX}"
_SIGNED_DATE = rf"\s*\n\s*{_DATE}日?\s*$"
_SIGNED = re.compile(rf"^{_SIGNING_AGENCY}{_SIGNED_DATE}", re.M)
# …and who signs it
_SIGNER = re.compile(rf"^({_SIGNING_AGENCY})(?={_SIGNED_DATE})", re.M)
# …or dated in Chinese numerals (上海市人民政府办公厅 / 二○一一年五月十八日), on a page that writes a year so
# (二〇, 二○, 二零, 二0, 一九: looked for first)
_CN_SIGNED = re.compile(rf"^{_SIGNING_AGENCY}\s*\n\s*{_CN_DATE_TEXT}\s*$", re.M)
_CN_YEAR_MARKS = ("二〇", "二○", "二零", "二0", "一九")
# …and a date field so dated (成文日期:二〇一八年五月三十日)
_CN_DATE_FIELD = re.compile(rf"(?:{_DATE_FIELD_NAMES}){_FIELD_VALUE}{_CN_DATE_TEXT}")
# a signature run into the text's last line, the body's name then its date
# (…通知有关对象。台州市教育局人事处二0一一年十月十七日)
_CN_SIGNED_LAST = re.compile(rf"(?:{_AGENCY_SUFFIX}|[处科室])\s*{_CN_DATE_TEXT}\s*$")


def _stamp(header: str) -> str | None:
    """The date of a page's time stamp."""
    if m := _CLOCKED_DATE.search(_above_body(header)):
        return _iso_of(m)
    if m := _DAY_FIRST_STAMP.search(header):
        day, month, year = m.groups()
        return _iso(year, month, day)
    return None


# the page's own address on a line of its own at its end, dated as news sites date their paths
# (…/newscenter/2015-05/06/c_1115189445.htm, …/art/2019/4/13/art_1.html, …/t20190413_1.html)
_DATED_ADDRESS = re.compile(
    rf"^\s*https?://\S*?[/_t]({_YEAR})(?:-|/)?([01]?\d)(?:-|/)?([0-3]\d)(?=[/_.]|\d)\S*\s*$"
)
_ADDRESS_LINES = 3


def _address_date(text: str) -> str | None:
    """The date in the page's own address, where its text ends with one."""
    for line in text.rstrip().split("\n")[-_ADDRESS_LINES:]:
        if m := _DATED_ADDRESS.match(line):
            return _iso(*m.groups())
    return None


# a paragraph of the text itself, not a title or a field
_BODY_LINE = re.compile(r"^(?=[^\n]*。)[^\n|]{100,}$", re.M)
_HANDED_ON = re.compile(r"印发|转发|下发|发给你们")
# the date a report or speech gives itself on its own line under the title: (2016年11月26日)
_OWN_DATE = re.compile(rf"^\s*[(（]\s*{_DATE}日?\s*[)）]\s*$", re.M)
# …or alone under the title on a document's cover (赞助项目实施方案 ⏎ 2019年6月22日)
_COVER_DATE = re.compile(rf"(?:{_KIND_ALTERNATION})\s*\n\s*{_DATE}日?\s*$", re.M)


def _cover_date(header: str) -> str | None:
    """The date a document's cover sets alone under its title, above its body."""
    m = _COVER_DATE.search(header)
    return _iso_of(m) if m and not _BODY_LINE.search(header, 0, m.start()) else None


# a crawled record's date field: time:'2020-04-23', "pubDate": "2020-04-23 10:00"
_RECORD_DATE = re.compile(
    rf"""^\s*["']?(?:time|date|pubDate|publishTime|publish_time)["']?\s*:\s*["'`]\s*{_DATE}""", re.M
)


def _above_body(header: str) -> str:
    """The header above its first paragraph: a page's date stands above its text (the 时间:2024-07-12
    of the links below a story dates them)."""
    return header[: m.start()] if (m := _BODY_LINE.search(header)) else header


# a document-sharing site's line about the file it shows (时间:2019-05-14 09:15:16下载本文作者:会员上传): when
# it was uploaded, not when the document was written
_UPLOAD_LINE = re.compile(r"^[^\n]*(?:会员上传|下载本文|小编为你整理|小编为您整理)[^\n]*$", re.M)
# …and a file's card on such a site (页数:14页 时间:2019-03-09 … 上传分享, 上传人:王** 上传时间:2023-11; 文件大小:17.47 KB
# 总页数:12 页 更新时间:2025-06-11): all its dates are the upload's
_FILE_CARD = re.compile(r"页数\s*[:：]")
_FILE_CARD_WORDS = ("上传", "文件大小", "文件名称")
# …and a site's set of model essays (下面是小编精心整理的区教研室工作计划4篇): its bare time line is the posting's
_ESSAY_SITE = re.compile(r"小编(?:精心)?(?:整理|收集|搜集)")
_ESSAY_SITE_REACH = 600
_TIME_LINE = re.compile(r"^\s*时间\s*[:：][^\n]*$", re.M)


# a digital paper's article properties left below its text: its date first (2020-07-01 1 1 某时报
# content_21160.html 1 标题 /enpproperty-->)
_PAPER_PROPERTIES = re.compile(rf"^(?:-->)?\s*{_DATE}\s.*/enpproperty")


def _without_posting(header: str, text: str) -> str:
    """The header without what a document-sharing site says of its posting (a file card, an upload line,
    a model-essay site's time line), which dates the upload, not the document."""
    above = _above_body(header)
    if any(w in above for w in _FILE_CARD_WORDS) and _FILE_CARD.search(above):
        return header[len(above) :]
    if "会员上传" in header or "下载本文" in header or "小编为" in header:
        header = _UPLOAD_LINE.sub("", header)
    if _ESSAY_SITE.search(text, 0, _ESSAY_SITE_REACH):
        header = _TIME_LINE.sub("", header)
    return header


# a bare time field (时间, 更新时间, 日期) below the text's first sentence is the site's footer's, on a page whose
# paragraphs are all too short to be told from its header (…全力办好人民满意教育。 ⏎ 更新时间:2024-03-05)
_BARE_DATE_FIELD = _DATE_FIELDS[1]


def _above_sentences(above: str) -> str:
    """The lines above the first that holds a sentence's end."""
    return above[: above.rfind("\n", 0, at) + 1] if (at := above.find("。")) >= 0 else above


def _published(header: str, text: str) -> str | None:
    above = _above_body(header)
    for field in (
        _OWN_DATE, *_DATE_FIELDS, _RECORD_DATE, _DATED_SOURCE, _SOURCE_DATED, _PAPER_DATED, _PAGE_TOOLS_DATED, _SIGNED
    ):
        m = field.search(_above_sentences(above) if field is _BARE_DATE_FIELD else above)
        if m:
            return _iso_of(m)
    if any(mark in above for mark in _CN_YEAR_MARKS) and (m := _CN_DATE_FIELD.search(above) or _CN_SIGNED.search(above)):
        return _cn_iso(m)
    # A date line closing the document (the signature date of an official text), or a page's date
    # field set below its body (…建设\n发布时间:2012-02-21 来源:黑龙江农业信息网\n摘要:…)
    for line in text.rstrip().split("\n")[-4:][::-1]:
        line = line.strip()
        if date := parse_date(line):
            return date
        if m := _DATE_FIELDS[0].search(line) or _PAPER_PROPERTIES.search(line):
            return _iso_of(m)
        if m := _CN_DATE.match(line) or _CN_SIGNED_LAST.search(line):
            return _cn_iso(m)
    # an official text's colophon (某县人民政府办公室 2016年6月22日印发), whatever a site sets below it
    if _ISSUED_ON_MARK in text and (m := _ISSUED_ON.search(text)):
        return _iso_of(m)
    return None


# a news page's date on the line below its headline, alone or in brackets: 【2023-03-05】
_DATE_ALONE = re.compile(rf"[【\[［(（]?\s*{_DATE}日?\s*[】\]］)）]?")


def _dated_under(title: str | None, header: str) -> str | None:
    """The date a page sets alone on the line below its title."""
    if not title or (at := header.find(title + "\n")) < 0:
        return None
    below = header[at + len(title) + 1 :].split("\n", 1)[0].strip()
    return _iso_of(m) if (m := _DATE_ALONE.fullmatch(below)) else None


_ISSUED_ON_MARK = "日印发"
_ISSUED_ON = re.compile(rf"{_DATE}\s*印发")


_TAIL_LINES = 6  # a page's closing lines: a signature, or a disclosure's fields (and a page's chrome after them)


def _issuer(header: str, title: str | None, text: str) -> str | None:
    in_title = _title_issuer(title) if title else None
    if named := _field_issuer(header, in_title):
        return named
    if in_title:
        return in_title
    # (a notice's signature above the plan it hands on: 平阳县教育局 / 2022年12月20日, then the plan)
    if title and _HANDED_ON.search(title) and (m := _SIGNER.search(header)):
        return m.group(1)
    tail = text.rstrip().rsplit("\n", _TAIL_LINES)[-_TAIL_LINES:]  # (the last lines, without splitting the whole text)
    # (发布机构:县教育局 after the body: a disclosure's fields at the page's end)
    if named := _field_issuer("\n".join(tail), None):
        return named
    # A signature line near the end: "XX县教育局" alone on a line.
    for line in tail[-4:]:
        if _AGENCY_LINE.match(line.strip()):
            return line.strip()
    return None


def _field_issuer(lines: str, in_title: str | None) -> str | None:
    """The agency an issuer field (发布机构, 来源) of these lines names."""
    for m in _ISSUER_FIELD.finditer(lines):
        name = m.group(1)
        # 来源 names the site that published the page; it is the issuer only when it is an education agency.
        suffix = _EDU_AGENCY if m.group(0).startswith(("来源", "信息来源")) else _AGENCY_SUFFIX
        if re.search(suffix + "$", name):
            # 来源:区教育局 under the title 普陀区教育局…: the title names the same body in full
            return in_title if in_title and in_title.endswith(name) else name
    return None


def _title_issuer(title: str) -> str | None:
    """Who a title says issues it: X of X转发Y关于…的通知, else X of X关于… (a title opening with 关于 names none)."""
    if m := _FORWARDED_BY.match(title):
        return m.group(1)
    m = _TITLE_ISSUER.match(title.split("关于")[0] + ("关于" if "关于" in title else ""))
    # (今年的政府工作报告: a phrase, no body's name)
    return m.group(1) if m and "的" not in m.group(1) else None


def _own_bureau(region: Region, text: str) -> str | None:
    """"市教育局" written by a city's own plan is that city's bureau: 绵阳市 + 教育局."""
    level = region.name[-1]
    counts = Counter(re.findall(rf"{level}(教育(?:体育|和体育)?局|教体局|教委|教育厅)", text))
    if not counts:
        return None
    bureau, n = counts.most_common(1)[0]
    if n < 2:
        return None
    # (an autonomous unit's bureau under the name the text gives it, else under the name the unit goes by:
    # 石林县教育局, 州教育局 of 黔东南州)
    place = everyday_name(region.name)
    return (place if place and region.name + bureau not in text else region.name) + bureau


# a source field naming the paper or news site that carried a page (稿件来源:绵阳市场信息网, 来源:泉州晚报): not the
# page's place (unlike a government's own site, 来源:宁化县人民政府网)
_OUTLET_FIELD = re.compile(r"来源\s*[:：]\s*[\u4e00-\u9fff]{2,16}?(?:日报|晚报|都市报|信息网|新闻网|电视台)")
# the unit a text speaks of as its own without naming it (我县, 我市)
_OWN_UNNAMED = re.compile(r"我[省市县区州旗]")
# a site's breadcrumb, its steps set off by arrows (地方网 > 陕西 > 宝鸡市 > 千阳新闻 > 正文)
_BREADCRUMB = re.compile(r"^[^\n>＞»]*[>＞»][^\n]*[>＞»][^\n]*$", re.M)


def _region(title: str | None, issuer: str | None, header: str, text: str) -> Region | None:
    gaz = gazetteer()
    # Stated: the issuer, the title, the header fields (in that order of trust); the places of a line
    # that addresses the bodies under the issuer (各市、州、神农架林区教育局:) are not its own.
    aiding = _aiding_places(text[:_BODY_SCAN])
    # (a title that speaks of its own unit as 我县 names other places only: 我县与海曙区结对帮扶…,
    # 我县组织校长赴桐乡市考察学习, 桐乡市教育局考察团来我县…)
    if title and "我" in title and _OWN_UNNAMED.search(title):
        title, header = None, header.replace(title, "")
    stated = (issuer, title, _OUTLET_FIELD.sub("", _BREADCRUMB.sub("", _TO_SUBORDINATES.sub("", header))))
    for i, source in enumerate((*stated, "\n".join(_BREADCRUMB.findall(header)))):
        if not source:
            continue
        # 城区各学校: a word-like name is a place only where an agency of it is named
        names = [
            _county_after(source, m) or m.name
            for m in gaz.mentions(source) if _stated_place(source, m) and m.name not in aiding
        ]
        if not names:
            continue
        region = resolve_region(names, text)
        # (地方网 > 陕西 > 宝鸡市 > 千阳新闻 > 正文: a breadcrumb names the site's channel, the body the unit
        # within it that the page is about)
        if i == len(stated) and (inner := _most_named(text, aiding)) and region.name in (inner.province, inner.city):
            return inner
        # (a header line may be the first entry of the page's list of the city's parts: 茅箭区 ⏎ 新建…)
        return (_listing_city(region, text) if i == len(stated) - 1 else None) or region
    # Titles often write a place short where it leads them: 绵阳2014年教育工作要点.
    for source in (issuer, title):
        if source:
            names = [
                m.name for m in gaz.short_mentions(source)
                if _SHORT_LEADS.match(source[: m.start]) and _SHORT_FOLLOWS.match(source, m.end)
            ]
            if names:
                return resolve_region(names[:1], text)
    # Otherwise the unit the body keeps naming at the level it speaks of (全市 → a 市).
    # (区教体局2020年工作计划: a bureau named by its level alone says which level the text is of)
    own = m.group(1) if issuer and (m := _OWN_LEVEL.fullmatch(issuer)) else None
    # (a site's line about itself, 安徽消费网以…为己任,立足安徽… ⏎ 网址:http://…, names the site's place)
    if "网址" in text:
        text = _SITE_ADDRESS_LINE.sub("", text)
    if region := _most_named(text, aiding, own):
        return _listing_city(region, text) or region
    return _league_region(text) or _outlet_region(text) or _headline_place(text)


# a town's own text, its title (or first line) opening with the town before what of it is named (杨家园则镇中心小学控辍保学
# 工作十项制度, 2013年刘桥镇中小学布局调整规划方案); the county it lies in, where the text says so (刘桥镇位于濉溪县西部)
_TOWN_LEAD = re.compile(
    rf"(?:{_YEAR_RE}\s*年)?([\u4e00-\u9fff]{{2,4}}?[镇乡])(?=[\u4e00-\u9fff]{{0,4}}?(?:中心小学|中心校|中心学校|中小学|小学|中学|幼儿园|人民政府|学前教育))"
)
# how a town's text speaks of its own unit
_TOWN_SELF = ("我镇", "全镇", "本镇", "该镇", "我乡", "全乡", "本乡", "该乡")
# words ending in 镇 or 乡 that name no town (乡镇中心学校, 城乡中小学, 全镇小学)
_NO_TOWN = ("乡镇", "城乡", "城镇", "村镇", "集镇", "各镇", "各乡", *_TOWN_SELF)
# …or of its own unit or its schools
_TOWN_OWN = (*_TOWN_SELF, "中心小学", "中心校", "中心学校")
_TOWN_SEAT = re.compile(r"位于([\u4e00-\u9fff]{2,8}?[县区市旗])")
_HEADLINE_LEN = 60  # (the most of a text's first line read as its headline where the page has no title line)


_CHROME_REACH = 1000
_CHROME_LINES = 2  # a site's menu has more than one entry
_HEADLINE_SCAN = 8  # lines a page without a title line may set its site's menu and breadcrumb in, above its first


def _first_line(text: str) -> str:
    """The start of a text's first line, past a site's menu entries (首页 ⏎ 机构概况, 首页 | 机构概况 | 新闻中心)
    and its breadcrumb (当前位置:首页 > 新闻中心): a page's headline where it has no title line."""
    lines = text[: _HEADLINE_LEN * 2].lstrip().split("\n", 1)
    if not _chrome_line(lines[0].strip()):
        return lines[0][:_HEADLINE_LEN]  # most pages
    start = _past_chrome(text)
    return text[start : start + _HEADLINE_LEN * 2].split("\n", 1)[0][:_HEADLINE_LEN].strip() or lines[0][:_HEADLINE_LEN]


def _chrome_line(line: str) -> bool:
    """Whether a page's line may be its site's: a menu entry, a breadcrumb or a menu set in a row (not a part's
    heading, 一、总则)."""
    if len(line) > _MENU_ENTRY and "|" not in line and "首页" not in line and "位置" not in line:
        return False  # most lines
    return bool(
        line and ((len(line) <= _MENU_ENTRY and line[-1] not in ":：") or _RAW_BREADCRUMB.match(line) or _menu_bar(line))
        and not _PART_OPENING.match(line)
    )


def _past_chrome(text: str) -> int:
    """Where a page's own text starts, past the site's menu entries and breadcrumb it opens with (0 for most)."""
    at = chrome = 0
    crumb = False
    for line in text[:_CHROME_REACH].split("\n", _HEADLINE_SCAN)[:_HEADLINE_SCAN]:
        # (a short line below a breadcrumb or a menu's row is the text's heading: 当前位置:首页 > … ⏎ 内设机构)
        if line.strip() and (not _chrome_line(line.strip()) or (crumb and len(line.strip()) <= _MENU_ENTRY)):
            # (a lone short line, a speaker's name above 同志们:, is the text's; a breadcrumb or a menu's row is
            # the site's)
            return at if crumb or chrome >= _CHROME_LINES else 0
        chrome += bool(line.strip())
        crumb = crumb or len(line.strip()) > _MENU_ENTRY
        at += len(line) + 1
    return 0


def _menu_bar(line: str) -> bool:
    """Whether a line is a site's menu set in a row: 首页 | 机构概况 | 新闻中心."""
    return (
        "|" in line and not line.startswith("|") and not line.endswith("|")  # (not a table's row: | 时间 | 内容 |)
        and all(len(entry.strip()) <= _MENU_ENTRY for entry in line.split("|"))
    )


def _town_region(lead: str, text: str) -> Region | None:
    """A text that names no county or city of its own but opens with its town (a town's schools' or government's
    text, speaking of 我镇, 全镇 or its 中心校) is of that town, within the county the text says it lies in; `lead`:
    its title or headline."""
    if not ("镇" in lead or "乡" in lead) or not (m := _TOWN_LEAD.match(lead)):
        return None
    town = m.group(1)
    body = text[:_BODY_SCAN]
    if town[-2:] in _NO_TOWN or not any(word in body for word in _TOWN_OWN):
        return None
    seat = _TOWN_SEAT.match(text, i + len(town)) if (i := text.find(town + "位于")) >= 0 else None
    county = resolve_region([seat.group(1)], text) if seat else None
    if county is None or county.county is None:
        return Region(name=town)
    return Region(name=town, province=county.province, city=county.city, county=county.county)


# the Xinjiang Production and Construction Corps (新疆生产建设兵团), its divisions (第三师) and numbered regiments
# (四十八团), which no county holds: a headline opening with one of them (兵团投资12亿元…, 四十八团大力推进…)
_CORPS = "新疆生产建设兵团"
_CORPS_LEAD = re.compile(
    r"(?:(?:新疆生产建设|新疆)?(兵团))?(第[一二三四五六七八九十]{1,3}师)?([一二三四五六七八九十〇零百]{2,5}团)?(?!场)"
)


def _below_field_line(text: str) -> str:
    """The line below a page's first line where that is a field line set above the headline
    (发布时间:2019-07-11 来源:本站 ⏎ 兵团投资12亿元…); else nothing."""
    lines = text[: _HEADLINE_LEN * 4].lstrip().split("\n", 2)
    if len(lines) < 2 or not ("来源" in lines[0] or "发布" in lines[0]):
        return ""
    return lines[1].strip()[:_HEADLINE_LEN]


def _corps_region(lead: str) -> Region | None:
    """The unit of the Corps a page's title or headline opens with (兵团, 第三师, 四十八团: the most specific named)."""
    if "团" not in lead and "师" not in lead:
        return None  # most pages
    m = _CORPS_LEAD.match(lead)
    if m is None or not (m[1] or m[3]):
        return None  # (a division needs 兵团 before it: 第三师 alone may be any army's)
    name = m[3] or m[2] or _CORPS
    return Region(name=name)


# a line that ends with a site's address (…为己任,立足安徽… 网址:http://www.ah315.com)
_SITE_ADDRESS_LINE = re.compile(r"^[^\n]*网址\s*[:：]\s*[\w.:/-]+[ \t]*$", re.M)


# a site's breadcrumb, dropped from the text with the page's other chrome (当前位置: 首页>热点专题>白沙县权责清单)
# (the raw text of a page in Traditional characters writes it so: 您現在的位置: 南通市蘇錫通園區實驗中學> 教育督導)
_RAW_BREADCRUMB = re.compile(
    r"(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|所在位置)\s*[:：][^\n]{0,80}|首[页頁]\s*(?:>|»|→|＞)[^\n]{0,80}"
)
_RAW_BREADCRUMB_REACH = 3000
# a site's column named after its place (定州要闻, 千阳新闻)
_COLUMN_AFTER_PLACE = re.compile(r"要闻|新闻|教育|动态")


def _breadcrumb_region(raw: str) -> Region | None:
    """The place a page that names none of its own is filed under on its site: the one its breadcrumb
    names in full (您现在的位置: 南通市某中学> 教育督导), or the one its column is named after (首页 > 定州要闻)."""
    gaz = gazetteer()
    # (the first that names a place: a site's own trail, 当前位置:首页 > 新闻中心, may stand above the column's)
    for m in _RAW_BREADCRUMB.finditer(raw, 0, _RAW_BREADCRUMB_REACH):
        crumb = T2S.convert(m.group())  # (read as the text is: in Simplified characters)
        names = [x.name for x in gaz.mentions(crumb) if _stated_place(crumb, x)] or [
            unit.name for x in gaz.short_mentions(crumb)
            if _COLUMN_AFTER_PLACE.match(crumb, x.end) and (unit := _short_unit(gaz.lookup(x.name), None))
        ]
        if names:
            return resolve_region(names, crumb)
    return None


def _listing_city(region: Region, text: str) -> Region | None:
    """The city whose districts and counties a page goes through one by one (洛江区…泉港区…石狮市…
    晋江市: the city's projects, part by part), where `region` is one of them; else None."""
    if region.county is None or region.city is None:
        return None
    gaz = gazetteer()
    city = next((u for u in gaz.lookup(region.city) if u.county is None and u.province == region.province), None)
    if city is None:
        return None
    parts = gaz.parts(city)
    body = text[:_BODY_SCAN]
    # (not a site's menu of the city's parts, • 社旗县镇平县西峡县…, stripped only where it may matter)
    if _parts_named(parts, body) < _PARTS_LISTED or _parts_named(parts, _MENU_ENTRIES.sub("", body)) < _PARTS_LISTED:
        return None
    return city


def _parts_named(parts: frozenset[str], text: str) -> int:
    return sum(name in text for name in parts)


_MENU_ENTRIES = re.compile(rf"{_LIST_ENTRY.pattern}.*$", re.M)


# how far down a level lies: a text speaks of the levels above its own only to place itself within them
# (实现全市…第一的目标 in a county's text), so of levels it speaks of as often, the lowest is its own
# (区 may be an autonomous region's, but a district's is the likelier where it ties with 市 or 州)
_LEVEL_DEPTH = {"省": 0, "市": 1, "州": 1, "县": 2, "区": 2, "旗": 2}


def _spoken_level(levels: Counter[str]) -> str | None:
    """The level a text speaks of most, from the counts of its level words (全市, 我县…: 市, 县), if any;
    of levels spoken of as often, the lowest."""
    if not levels:
        return None
    top = levels.most_common(1)[0][1]
    return max((lv for lv, n in levels.items() if n == top), key=_LEVEL_DEPTH.__getitem__)


_HEADLINE_PLACE_REACH = 12


def _headline_place(text: str) -> Region | None:
    """The unit whose short name a page's first line opens with, at the level its body speaks of (漳浦新布局乡镇
    公办幼儿园 ⏎ …扩大全县的学前教育资源: 漳浦县), where nothing else places it; not an outlet (昆明信息港讯)."""
    gaz = gazetteer()
    first = _first_line(text)  # (past a site's menu and breadcrumb)
    lead = next((m for m in gaz.short_mentions(first[:_HEADLINE_PLACE_REACH]) if m.start == 0), None)
    if lead is None or _MEDIA.match(first, lead.end):
        return None
    level = _spoken_level(Counter(_LEVEL_WORDS.findall(text, 0, _BODY_SCAN)))
    unit = _short_unit(gaz.lookup(lead.name), level)
    return unit if unit is not None and level is not None and unit.name.endswith(level) else None


_OUTLET_REACH = 300  # the page's head, where its outlet names itself (义乌网 首页, 来源:滨海日报)


def _outlet_region(text: str) -> Region | None:
    """A page that names no place of its own but speaks of its level (我市31所新校园投用) is of the place
    its local outlet, named in the page's head, is named after (义乌网 首页, 来源:滨海日报), where that is
    one unit of the level."""
    body = text[:_BODY_SCAN]
    if (level := _spoken_level(Counter(_LEVEL_WORDS.findall(body)))) is None:
        return None
    gaz = gazetteer()
    units = {
        unit.name
        for m in gaz.short_mentions(body[:_OUTLET_REACH]) if _MEDIA.match(body, m.end)
        if (unit := _short_unit(gaz.lookup(m.name), level)) is not None and unit.name.endswith(level)
    }
    return next(iter(gaz.lookup(units.pop())), None) if len(units) == 1 else None


# 盟 and 旗 are units of one province only: a text about 盟市 or 旗县 is Inner Mongolia's
_LEAGUES = re.compile(r"盟市|旗县|盟旗|嘎查")
# a character each word holds: most texts hold none, and str finds one character many times faster than a pattern
_LEAGUE_CHARS = "盟旗嘎"


def _league_region(text: str) -> Region | None:
    body = text[:_BODY_SCAN]
    if not (any(ch in body for ch in _LEAGUE_CHARS) and _LEAGUES.search(body)):
        return None
    return next(iter(gazetteer().lookup("内蒙古自治区")), None)


_OPENING_PLACE = 200
_MEDIA = re.compile(r"日报|晚报|都市报|电视台|广播电视|卫视|新闻网|新闻联播|融媒|在线|信息港|网(?![格络点])")
# 中新网天津10月25日电: the dateline names where a report was filed, not what it is about
_DATELINE = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]")
# 天津援疆前方指挥部, 天津对口支援…: a place that aids another is not the one a page is about
_AIDING = re.compile(r"援疆|援藏|援青|对口支援|对口帮扶")
_AIDING_CHARS = "援扶"  # (as _LEAGUE_CHARS)


def _aiding_places(text: str) -> set[str]:
    """The places `text` names as aiding another (天津援疆…, 天津对口支援…), under each of their names."""
    if not (any(ch in text for ch in _AIDING_CHARS) and _AIDING.search(text)):
        return set()  # most texts
    gaz = gazetteer()
    return {
        name
        for m in (*gaz.mentions(text, wordlike=False), *gaz.short_mentions(text))
        if _AIDING.match(text, m.end)
        for name in (m.name, *(r.name for r in gaz.lookup(m.name)))
    }


# what only a place has: its natives (凤台籍), its examinations (祁阳高考), its numbered schools (光泽二中,
# 青阳三小; not 凤凰中学, 和平小学, named after a word), unlike its education (乡村振兴教育: 振兴 the word)
_OF_PLACE = r"籍|高考|中考|[一二三四五六七八九十]{1,2}[中小](?![心学])"
_OWN_OF_PLACE = re.compile(_OF_PLACE)
# what is named after a place, its own or its education (峨山教育, 遵化的教育), or its outlet's byline (鄞州讯 近日,…)
_NAMED_AFTER_PLACE = re.compile(rf"(?:的)?教育|讯|{_OF_PLACE}")


# an issuer named by its level alone (区教体局, 县教育局, 市人民政府): the level of the text it issues
# (an issuer read from the title as _TITLE_ISSUER reads it: 区教体局2020年工作计划, not 市教育局督导组来我县…,
# news of a visit)
_OWN_LEVEL = re.compile(r"([省市县区])(?:教育体育局|教育和体育局|教育局|教体局|教育厅|教委|人民政府|政府)")


# a school's name after the place it is named after (滨江实验学校, 城东小学)
_SCHOOL_AFTER = re.compile(r"(?:实验)?(?:学校|小学|中学|幼儿园)")


def _most_named(text: str, aiding: set[str], own_level: str | None = None) -> Region | None:
    """The unit the body keeps naming at the level it speaks of (全市 → a 市), in full or for short
    (绍兴教育…, 北京力争…): named at least twice, and more often than any other; not one of the places
    `aiding` another."""
    gaz = gazetteer()
    levels = Counter(_LEVEL_WORDS.findall(text))
    level = own_level or _spoken_level(levels) or _bureau_level(text)
    full = [m for m in gaz.mentions(text, wordlike=False) if not gaz.inside_words(text, m)]
    body = text[:_BODY_SCAN]
    shorts = gaz.short_mentions(body)
    # a place that only says where the next one lies (贵州省黔西市, 贵州黔西) is not named for itself;
    # one whose school is named after a place elsewhere is (宁化县滨江实验学校: no 滨江 lies in 宁化县)
    ends = {m.end: m.name for m in full}
    starts = {
        m.start for m in (*full, *shorts)
        if m.start not in ends or not _SCHOOL_AFTER.match(text, m.end)
        or any(ends[m.start] in (u.province, u.city) for u in gaz.lookup(m.name))
    }
    # (保亭县, the everyday name of 保亭黎族苗族自治县, counts for it)
    counts = Counter(
        _unit_name(m.name) for m in full if m.end not in starts and not _DATELINE.match(text, m.end)
    )
    # a text whose first paragraph opens with a place (宜宾县是…试点县) is about it
    if full and (first := min(full, key=lambda m: m.start)).start < _OPENING_PLACE and text[first.start - 1 : first.start] in ("", "\n"):
        counts[first.name] += 1
    in_full = {i for m in full for i in range(m.start, m.end)}
    # what is named after its place: 峨山教育, 凤台籍, 祁阳高考 (not 新建 the verb, 资源配置; a paper,
    # 滨海日报, is _MEDIA's: the outlet, not the place reported on)
    named_after = {m.name for m in shorts if _NAMED_AFTER_PLACE.match(body, m.end)}
    # (a text that names no unit in full nor its level may name its county only so: 理想黄梅教育, 青阳三小;
    # a district's short name may be a word of prose, 乡村振兴教育, and counts by what only a place has)
    unnamed = level is None and not counts
    own_of = {m.name for m in shorts if _OWN_OF_PLACE.match(body, m.end)} if unnamed else set()
    tail = _site_tail(body)
    for m in shorts:
        if m.start >= tail:
            continue  # 相关热词搜索:甘肃轨道|兰州轨道…: the site's words, not the page's
        if _MEDIA.match(body, m.end) or _DATELINE.match(body, m.end) or m.start in in_full or m.end in starts:
            continue  # 湖北日报, 浙江电视台: the outlet that reports, not the place reported on; 蕲春 of 蕲春县
        # a short name of one city or province only: 绍兴, 北京 (not 东区); a county's only where the
        # text names it in full too (蕲春县…蕲春投入…, not 新建 the verb)
        unit = _short_unit(gaz.lookup(m.name), level)
        # (…or where the text speaks of its level and names something after it, 全县…峨山教育高质量发展, or
        # names its city in full, 全区…泰州市教育局…平安高港)
        if unit and unit.name != m.name and (
            unit.county is None or unit.name in counts
            or (level == unit.name[-1] and (m.name in named_after or unit.city in counts))
            or (unnamed and m.name in (named_after if unit.name.endswith("县") else own_of))
        ):
            # (a unit of the level the text speaks of, named for its education, counts twice: 全市…提升四平教育)
            counts[unit.name] += 1 + (level == unit.name[-1] and _NAMED_AFTER_PLACE.match(body, m.end) is not None)
    for name in aiding:
        counts.pop(name, None)
    own = counts
    counts = _with_parents(counts, level)
    # (a zone's text on 全区 is of the city the zone is named after: 赣州经开区)
    zoned = {u.name for m in shorts if _ZONE_AFTER.match(body, m.end) and (u := _short_unit(gaz.lookup(m.name), "市"))}
    # (a city its county-level city's mentions count for as often is second to the one named: 常熟, not 苏州市)
    named = sorted(
        ((n, c) for n, c in counts.items() if level is None or n.endswith(level) or (level == "区" and n in zoned)),
        key=lambda nc: (-nc[1], -own[nc[0]]),
    )
    # named twice, or the one unit the text names at all (not rivalled by the city it lies in, counted
    # through it: 永安市…该市), or the one unit of the level it speaks of (我县…裕民县…塔城地区: the county)
    ranked = [(n, c) for n, c in named if c >= 2 or len(own) == 1 or (level is not None and len(named) == 1)]
    if not ranked or (len(ranked) > 1 and (ranked[1][1], own[ranked[1][0]]) == (ranked[0][1], own[ranked[0][0]])):
        return None
    return resolve_region([_named_within(ranked[0][0], named, own, levels[level] if level else 0)], text)


_TAIL_LINE = 12  # (a line of a site's ad may run on with a comma: 无需安装,扫一扫)
_CLAUSE_MARK = re.compile(r"[，,、；;]")


def _site_tail(body: str) -> int:
    """Where the lines after the body's last sentence start, where they are the site's (its tags, its
    ads: 关注邯郸规划发展 ⏎ 每日推送楼市快讯), short or unpunctuated; else the body's end (a page cut off
    within a sentence, …开展“幸福钟楼”、文旅惠民活动,组)."""
    start = body.find("\n", body.rfind("。")) if "。" in body else -1
    if start < 0 or any(len(line) > _TAIL_LINE and _CLAUSE_MARK.search(line) for line in body[start:].split("\n")):
        return len(body)
    return start


# a bureau named by its level alone where a page opens (2025年,区教育局共承办…; 区教委加快推进…), not the
# end of a place's name (扬州市教育局)
_OPENING_BUREAU = re.compile(rf"(?<![\u4e00-\u9fff]){_OWN_LEVEL.pattern}")


def _bureau_level(text: str) -> str | None:
    """The level of the bureau a text that speaks of no level (全区, 我市…) opens with, if any."""
    return m.group(1) if (m := _OPENING_BUREAU.search(text, 0, _OPENING_PLACE)) else None


def _unit_name(name: str) -> str:
    """The name of the one unit `name` stands for (保亭黎族苗族自治县 for 保亭县), else `name`."""
    units = gazetteer().lookup(name)
    return units[0].name if len({u.name for u in units}) == 1 else name


def _named_within(top: str, named: list[tuple[str, int]], own: Counter[str], level_words: int) -> str:
    """The unit within `top` that the text names on its own at least as often as `top` and twice,
    else `top`: a page on 盐田 that names 深圳 three times is 盐田区's, though its mentions count
    for 深圳市 too. A unit of another level counts where the text names it more often than it says
    全省, 省… (a county the province's experts visit). A text that names several of a city's districts
    and counties (芙蓉区…岳麓区…浏阳市…宁乡市: a list of its projects) is the city's."""
    if sum(any(u.city == top and u.county for u in gazetteer().lookup(n)) for n in own) >= _PARTS_LISTED:
        return top
    at_level = [n for n, _ in named]
    candidates = at_level + [n for n in own if own[n] > level_words and n not in at_level]
    inside = [
        n for n in candidates
        if n != top and own[n] >= max(2, own[top]) and any(top in (u.province, u.city) for u in gazetteer().lookup(n))
    ]
    return max(inside, key=lambda n: own[n], default=top)


_PARTS_LISTED = 4


def _short_unit(units: list[Region], level: str | None) -> Region | None:
    """The one unit a short name stands for, or, where the others are counties or districts, the
    one at the level the text speaks of (河北 in a text on 我省 is 河北省, not Tianjin's 河北区; 吉林
    stays open between a province and a city)."""
    at_level = [u for u in units if level is not None and u.name.endswith(level)]
    if len({u.code for u in units}) > 1:
        if any(u.county is None for u in units if u not in at_level):
            return None
        units = at_level
    elif at_level:
        units = at_level  # 祁阳 in a text on 我县 is 祁阳县, the name of 祁阳市 before 2021
    return units[0] if units and len({u.code for u in units}) == 1 else None


# an autonomous region, a province that 全区 may name as it names a district: a text on 全区 that names
# only its cities (全区…贵港市) is of one of their districts, not of the region it does not name
_REGION = "自治区"


def _with_parents(counts: Counter[str], level: str | None) -> Counter[str]:
    """The counts with each unit's mentions counted for the city and province it lies in as well,
    where that unit is named too or is of the level the text speaks of: 龙亭区 and 开封 name
    开封市 twice; 成都、绵阳 in a text on 我省 name 四川省 twice."""
    total = Counter(counts)
    for name, n in counts.items():
        units = gazetteer().lookup(name)
        if not units or len({u.code for u in units}) != 1:
            continue
        for parent in {units[0].province, units[0].city} - {name, None}:
            if parent in counts or (level is not None and parent.endswith(level) and not parent.endswith(_REGION)):
                total[parent] += n
    return total


_PLACE_OF_AGENCY = re.compile(r"(?:教育|教体|人民政府|政府|党委|委员会|[县市区]委)")


def _county_after(source: str, mention: Mention) -> str | None:
    """The county a city's name runs on into, written short (吉安市新干投入…: 新干县), if any."""
    gaz = gazetteer()
    shorts = gaz.short_mentions(source[mention.end : mention.end + 4])
    if not shorts or shorts[0].start != 0:
        return None
    units = [u for u in gaz.lookup(shorts[0].name) if u.county and u.city == mention.name]
    return units[0].name if len(units) == 1 else None


def _stated_place(source: str, mention: Mention) -> bool:
    """Whether a gazetteer mention in a title or field names the place, not a common word (城区) nor
    the end of one (理县 of 关于办理县…建议的函)."""
    gaz = gazetteer()
    if gaz.inside_words(source, mention) and not _BEFORE_PLACE.search(source, 0, mention.start):
        return False
    return not gaz.is_wordlike(mention.name) or bool(_PLACE_OF_AGENCY.match(source, mention.end))


# what a title writes right before a two-character county (关于印发眉县…, 宝鸡市眉县, 2021年眉县…)
_BEFORE_PLACE = re.compile(r"(?:关于|印发|转发|发布|批转|[省市州区年对在和与及])$")


def resolve_region(names: list[str], text: str) -> Region | None:
    """The most specific unit among `names`, disambiguated by the other names and the text."""
    gaz = gazetteer()
    context = set(names)
    best: Region | None = None
    for name in names:
        candidates = gaz.lookup(name)
        if not candidates:
            continue
        if len({c.code for c in candidates}) == 1:  # one place under its current and former names
            candidates = candidates[:1]
        if len(candidates) > 1:
            scored = [
                (sum(bool(p and (p in context or p in text[:3000])) for p in (c.province, c.city)), -i, c)
                for i, c in enumerate(candidates)
            ]
            scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
            if scored[0][0] == scored[1][0] and scored[0][0] == 0:
                top = [c for s, _, c in scored if s == 0]
                # 西安 alone is 西安市, not a district called 西安区: a short name says the city it shortens
                cities = [c for c in top if c.county is None and c.name != name]
                if len(cities) == 1:
                    unit = cities[0]
                elif all(c.province == top[0].province for c in top):
                    unit = Region(name=name, province=top[0].province)
                else:
                    unit = Region(name=name)
            else:
                unit = scored[0][2]
        else:
            unit = candidates[0]
        if best is None or _depth(unit) > _depth(best):
            best = unit
    return best


def _depth(r: Region) -> int:
    return 3 if r.county else 2 if r.city else 1 if r.province else 0
