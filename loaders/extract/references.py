"""Cited documents: 《…》 titles, also with a missing closing bracket, and 〈…〉 / <…>;
without brackets, an issuer's 关于…的决定/意见/通知 and a named 标准/规范/纲要 that a verb
puts in force (贯彻落实国家学生体质健康标准)."""

from __future__ import annotations

import re

from edukg.loaders.extract.text import CJK, any_of, han_punctuation, may_hold
from edukg.loaders.metadata import SELF_NAMED
from edukg.loaders.model import Evidence, Reference, StructuredDocument

__all__ = ["extract_references"]

# 《title》, or 《title up to the end of the clause when 》 is missing; 〈…〉 and <…> with Chinese inside
# (a title may hold one it hands on: 《…关于印发《X》的通知》, as a page writes 《…印发<X>的通知》)
_TITLE = re.compile(
    r"《(?P<c>(?:[^《》\n]|《[^《》\n]{1,60}》){2,80})》|《(?P<a>[^《》\n，。；,;]{4,80})(?=[，。；,;\n]|$)|"
    rf"[〈<](?P<b>[^〈〉<>\n，。；]*[{CJK}][^〈〉<>\n，。；]*)[〉>]"
)
# (a government's inspection body issues notices of its own: 某市人民政府教育督导委员会关于印发…的通知)
_ISSUER = (
    r"(?:中共中央|国务院办公厅|国务院|教育部办公厅|教育部|人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|"
    r"办公厅|省委|市委|县委|区委|党委|教育厅|教育局|教育委员会|教委|督导委员会|教育督导室)"
)
# 中共某省委、某省人民政府关于…的决定 (one issuer or several joined by 、/和)
_DECISION = re.compile(
    rf"(?P<t>(?:中共)?(?:(?![和及与])[{CJK}]){{0,8}}?{_ISSUER}(?:[、和](?:中共)?[{CJK}]{{0,8}}?{_ISSUER})*"
    rf"关于(?:[^，,。；;：:《》“”\n]|《[^《》\n]{{1,60}}》){{4,80}}?的(?:实施意见|指导意见|若干意见|决定|意见|通知|办法|规定|批复))"
)
# what every _DECISION holds, its last issuer right before 关于: a gate (the pattern, opening with a repeat, is tried
# at every character, at every length of the words before an issuer)
_ISSUED_ABOUT = re.compile(f"{_ISSUER}关于")
# a deputy's or member's proposal a reply answers, quoted, after 答复: (…第4号建议的答复:关于增加…投入的建议) or
# as received (您提出的关于…的建议收悉)
_PROPOSAL = re.compile(r"(?:[“\"]|答复[:：]\s*|提出的)(?P<t>关于[^，,。；;：:《》“”\"\n]{4,60}?的(?:建议|提案|议案))(?=[”\"]|\s*$|\s*收悉)")
_PROPOSAL_END = re.compile(r"(?:建议|提案|议案)$")
_REPLY_TO = re.compile(r"答复|复函|回复")
# a named standard or plan: 国家学生体质健康标准, 某省中小学管理规范, 某省县(市)教育现代化建设主要指标
# (not 达到了本省办学基本标准: a standard met, after 了)
_NAMED_BODY = (
    rf"(?P<t>(?!了)(?:国家|[{CJK}]{{2,3}}省|[{CJK}]{{2,4}}[市县区])[{CJK}(（)）、]{{3,24}}?"
    rf"(?:标准|规范|纲要|条例|规程|指南|主要指标)(?:\s*[(（][^()（）\n，,。；;]{{1,14}}[)）]?)?)(?![{CJK}]*化)"
)
# …which a verb puts in force or measures against (贯彻落实国家学生体质健康标准; not 达到: a standard
# reached is a yardstick, the text cites no document)
_NAMED_HINT = re.compile(r"标准|规范|纲要|条例|规程|指南|主要指标")
_NAMED = re.compile(rf"(?:贯彻落实|贯彻|落实|实施|执行|对照|按照|依照|遵照|依据|根据)(?:好)?{_NAMED_BODY}")
# 对照甲和乙: a title after another shares its verb
_NEXT = re.compile(rf"[和及、]{_NAMED_BODY}")
# titles a citing verb lists without brackets, as pages that lost their 《》 write them: 根据A(2010-2020年)、
# B“十三五”规划和C等文件精神. Each names a period, or opens with the level or body that issued it.
_LISTED_END = r"(?:规划纲要|纲要|规划|意见|通知|办法|方案|计划|规定|条例|决定|细则|要点)"  # (a standard: _NAMED)
# a document number after a title is no part of it: 管理办法(试行)(滨教〔2014〕31号), 的通知(教督〔2017〕6号)
_NUMBER_AFTER = r"(?:\s*[(（][^()（）\n，,。；;]{1,20}?号[)）])?"
_LISTED_ITEM = rf"[{CJK}“”\"0-9.·]{{4,40}}?{_LISTED_END}(?:\s*[(（](?![^()（）]*号[)）])[^()（）\n，,。；;]{{1,14}}[)）])?"
_CITING = r"根据|依据|依照|按照|结合|贯彻落实|贯彻|落实"
_LISTED_HINT = re.compile(_CITING)
_LISTED = re.compile(
    rf"(?:{_CITING})(?P<list>{_LISTED_ITEM}{_NUMBER_AFTER}(?:[、和及与]{_LISTED_ITEM}{_NUMBER_AFTER})*)"
    r"(?=等|的(?:总体)?(?:部署|精神|要求|规定)|精神|要求|[,，;；。和及与])"
)
_LISTED_ONE = re.compile(rf"(?:^|[、和及与])(?P<t>{_LISTED_ITEM}){_NUMBER_AFTER}(?=[、和及与]|$)")
_TITLE_SHAPE = re.compile(
    rf"[(（]\s*(?:19|20)\d\d|十[一二三四五]五|^(?:国家|全国|教育部|国务院|中共|"
    rf"[{CJK}]{{1,6}}?(?:省|自治区|市(?<![城超都]市)|县|区(?<![小社园城校地景片辖住]区)))"
)
# an expert's or inspector's opinion on a case (评估意见), not a policy document
_CASE_OPINION = re.compile(r"(?:评估|审核|鉴定|检查|专家|体检|诊断)意见$")
_VERB_LEAD = re.compile(rf"^(?:.*(?:贯彻落实|依照|遵照|按照|依据|根据|对照|执行|落实)(?=(?:中共)?[{CJK}])|[和及、与]+)")
# vague, or several levels' documents at once (国家、省、市中长期教育规划纲要)
_VAGUE = re.compile(
    rf"有关|相关|上述|以上|此类|^(?:国家|[{CJK}]{{0,4}}[省市县区])[、和]|"
    # a description of whose document it is (结合我市实际特制定本计划, 国家颁布的语言文字各项标准)
    r"实际|(?:制定|颁布|出台|启动|统一|印发)的|"
    # a five-year plan named by its period alone (结合“十四五”规划…): whose plan is not said
    r"^[“\"]?十[一二三四五]五[”\"]?(?:发展)?规划$"
)
# a notice's own heading, its addressees next (…关于…的通知 各县(市、区)教育局,市直各学校:): the notice
# itself, no document it cites
_ADDRESSEES = re.compile(r"\s*各[^。；;:：\n]{1,120}[:：]")
_PARTY = re.compile(rf"^[{CJK}]{{1,6}}?(?=中共)")
# 县(市教育… — a lost closing bracket after an administrative level: 县(市、区) 县(区)
_LEVEL_PAREN = re.compile(r"([(（](?:[省市县区](?:、[省市县区])*))(?=[^)）、省市县区])")
_OPEN, _CLOSE = "(（", ")）"
_BLANKS = re.compile(r"\s+")


def _tidy(title: str) -> str:
    """Trim spaces, give Chinese punctuation back between Han characters (…发展观，进一步…) and close
    an unclosed parenthesis: 纲要(2011-2020年 → 纲要(2011-2020年), 县(市教育现代化 → 县(市)教育现代化."""
    title = _BLANKS.sub("", title.strip().strip("“”\""))
    title = han_punctuation(title)
    depth = sum(title.count(c) for c in _OPEN) - sum(title.count(c) for c in _CLOSE)
    if depth > 0:
        title = _LEVEL_PAREN.sub(r"\1)", title, count=depth)
        depth = sum(title.count(c) for c in _OPEN) - sum(title.count(c) for c in _CLOSE)
    return title + ")" * depth if depth > 0 else title


# what every title _titles finds needs: a bracket, 关于, a named body's word or a citing verb (the
# hints are lists of words; as a trie, one scan of a document is quick)
_CITING_WORDS = any_of(["《", "〈", "<", "关于", *_NAMED_HINT.pattern.split("|"), *_CITING.split("|")])


def _titles(text: str, whole: str, end: int) -> list[str]:
    """Titles cited in a sentence, bracketed ones first; the sentence ends at `end` of the `whole` text."""
    found: list[str] = []
    if "《" in text or "〈" in text or "<" in text:  # what every _TITLE opens with: most sentences cite none
        found = [_tidy(m["c"] or m["a"] or m["b"] or "") for m in _TITLE.finditer(text)]
    ends: list[int] = []
    for m in _DECISION.finditer(text) if "关于" in text and _ISSUED_ABOUT.search(text) else ():
        if _ADDRESSEES.match(text, m.end()) or (not text[m.end():].strip() and _ADDRESSEES.match(whole, end)):
            continue  # a heading
        found.append(_tidy(_PARTY.sub("", _VERB_LEAD.sub("", m["t"]))))
        ends.append(m.end())
    found += [_tidy(m["t"]) for m in _PROPOSAL.finditer(text)] if "关于" in text else []
    for m in _NAMED.finditer(text) if _NAMED_HINT.search(text) else ():
        if not _VAGUE.search(m["t"]):
            found.append(_tidy(m["t"]))
            ends.append(m.end())
    for m in _LISTED.finditer(text) if _LISTED_HINT.search(text) else ():
        found += [
            title for t in _LISTED_ONE.finditer(m["list"])
            if _TITLE_SHAPE.search(title := _tidy(t["t"])) and not _VAGUE.search(title) and not _CASE_OPINION.search(title)
        ]
    while ends:
        nxt = _NEXT.match(text, ends.pop())
        if nxt and not _VAGUE.search(nxt["t"]):
            found.append(_tidy(nxt["t"]))
            ends.append(nxt.end())
    return found


# what a cited policy document's title ends in or holds; a textbook, a novel or a film
# (语文(必修一), 边城) names none of these, nor a form to fill in (…培养对象申报表), but for a table of
# tasks (任务分解表)
_DOCUMENT_WORD = re.compile(
    r"(?:意见|通知|办法|规定|方案|规划|纲要|计划|条例|法|标准|指南|决定|细则|要点|制度|责任制|准则|守则|章程|规程|目录|"
    r"清单|报告|讲话|指引|公告|通报|批复|函|决议|战略|通告|合同|协议|指标|体系|规范|要求|大纲|精神|文件|建议|书|"
    r"单|行事历|手册|不准|承诺|公约|纪要|总结|措施|政策|工程|行动|倡议|导则|说明|须知|名录|证书|平台|系统|分解表|预案|备忘录)"
    r"(?:\s*[(（][^()（）]{1,16}[)）])?$|关于|纲要|条例|意见|通知|办法|规定|"
    # a vision named by its horizon: 中国教育现代化2035, 健康中国2030
    r"[\u4e00-\u9fff]{4}(?:20[2-5]\d)$"
)
_KIND_ALONE = re.compile(
    r"规定|规划|(?:实施|指导)?意见|通知|(?:实施|管理)?办法|(?:实施|工作|行动)?方案|(?:工作|行动)?计划|工作要点|要点|报告|"
    r"纲要|决定|条例|(?:实施)?细则|标准"
)
_TEXTBOOK = re.compile(r"必修|选修|第[一二三四五六七八九十\d]+册")
# a textbook's title, or a module's label before a title
_COURSE = re.compile(r"《[^《》]*(?:必修|选修)[^《》]*》|(?:必修|选修)[A-Za-z0-9ⅠⅡⅢⅣⅤⅥ]{1,4}《")
# the document a wrapper notice hands on (关于印发…的通知: 现将《…》印发给你们) is the document itself
_WRAPPER_TITLE = re.compile(r"(?:印发|公布|转发|下发|发布)")
# …but a notice forwarding another body's document (某县政府办公室转发省政府办公厅关于…的通知) cites it
_FORWARDING = re.compile(r"转发")
_HANDED_ON = re.compile(r"现将|现把|特将")
# a title the document's own runs on from is another's: 关于印发X任务分工的通知 cites X, as X解读 explains it (not
# a news title's X发布)
_CONTINUED = re.compile(r"(?!的|发布|出台|印发|公布|出炉|颁布|全文|正式)[\u4e00-\u9fff]")
# a wrapper's own words, whatever title the page kept: the title its sentence opens with, approved and
# handed on (《X》已经局务会议研究通过,现印发给你们), or its heading on a line of its own near the top
# (某局关于印发《X》的通知; further down, such a line is an annex's list of documents cited)
_APPROVED_AND_HANDED_ON = re.compile(r"《[^《》]+》(?:已经|已|经)[^。《》]{0,40}印发给")
_WRAPPER_HEADING = re.compile(r"[^《》\n]{0,40}关于(?:印发|转发|下发)《[^《》]+》的通知")
_HEADING_SENTENCES = 12  # the first sentences of a document, where its heading stands


# a short form a text defines for a title it cites (以下简称《总体方案》): the title again, no other
_SHORT_FORM = re.compile(r"简称\s*[:：]?\s*《([^《》\n]{2,30})》")


def _cited_document(title: str) -> bool:
    """Whether a bracketed title names a policy document (not a textbook, novel or film, nor the
    short form 《规定》 of a title named in full before)."""
    return (
        len(title) >= 2
        and bool(_DOCUMENT_WORD.search(title))
        and not _TEXTBOOK.search(title)
        and not _KIND_ALONE.fullmatch(title)
    )


def _handed_on(doc: StructuredDocument) -> set[str]:
    """The titles the document's wrapper says it hands on in its own words (see _WRAPPER_HEADING):
    each is the document itself, wherever it is named."""
    # (an approval needs 印发给: past the heading, most documents have no sentence to try)
    sentences = doc.sentences if "印发给" in doc.norm.text else doc.sentences[:_HEADING_SENTENCES]
    return {_tidy(first["c"]) for at, sent in enumerate(sentences)
            if (_APPROVED_AND_HANDED_ON.match(sent.text)
                or (at < _HEADING_SENTENCES and _WRAPPER_HEADING.fullmatch(sent.text)))
            and (first := _TITLE.search(sent.text)) and first["c"]}


# an interpretation of a document (《乌海市2022年教育工作要点》政策解读) explains the document it cites
_READING_OF = re.compile(r"》\s*(?:政策)?解读")
_TASKS_OF = re.compile(r"》\s*(?:明确的)?(?:重点工作|目标任务|主要目标|任务分解|责任分工|分工|推进情况|落实情况)")


# what a longer title may put before the document's own and still be it: its issuer or a forwarding
# notice's verb (某局关于…的通知, 转发…); not words of another document (进一步加强…方案 holds 加强…方案)
_OWN_LEAD = re.compile(rf"(?:.*(?:{_ISSUER}|局|厅|委员会|办公室|部))?(?:转发|印发)?")
# a region's own plan named after a higher level's (上海市 + 教育信息化2.0行动计划): the title without
# the region is the plan it follows
_LOCAL_LEAD = re.compile(rf"[{CJK}][省市县区州盟]$")


def _own_title(own: str, title: str, sentence: str) -> bool:
    """Whether `title` names the document itself, whose title tidied is `own`: its own title, or what its
    wrapper hands on (现将《…》印发给你们: the first title after 现将)."""
    if own and ((title in own and not _CONTINUED.match(own, own.index(title) + len(title))
                 and not _LOCAL_LEAD.search(own, 0, own.index(title)))
                or (own in title and _OWN_LEAD.fullmatch(title, 0, title.index(own)))):
        if _PROPOSAL_END.search(title) and (_REPLY_TO.search(own) or "收悉" in sentence):
            return False  # …建议的答复:关于…的建议, 您提出的《关于…的建议》收悉: a reply names the proposal it answers
        # 关于实施《X》的意见 cites X; 关于印发《X》的通知 hands X on; 局长《X》 is X; 2024年《X》重点工作目标任务
        # breaks X's tasks down, citing it
        if title in own and _TASKS_OF.match(own, own.index(title) + len(title)):
            return False
        if title in own and _READING_OF.match(own, own.index(title) + len(title)):
            return False
        return f"《{title}》的" not in own or bool(_WRAPPER_TITLE.search(own) and not _FORWARDING.search(own))
    if not (own and _WRAPPER_TITLE.search(own)) or _FORWARDING.search(own):
        return False
    handed = _HANDED_ON.search(sentence)
    first = _TITLE.search(sentence, handed.end()) if handed else None
    return bool(first and title == _tidy(first["c"] or first["a"] or first["b"] or ""))


# a title cited also with its period or status after it is the same document: 教育信息化“十三五”规划 and
# 教育信息化“十三五”规划(2018-2020)
_PERIOD_AFTER = re.compile(r"[(（][^()（）]{1,16}[)）]$")


def extract_references(doc: StructuredDocument) -> list[Reference]:
    """One Reference per distinct title, with every sentence that cites it; not the texts and modules
    a sentence about a course's textbooks names (在《语文(必修四)》中增加《…》, 选修IV《城乡规划》)."""
    found: dict[str, list[Evidence]] = {}
    cite = may_hold(doc.norm.text, doc.sentences, _CITING_WORDS)
    handed_on = _handed_on(doc)
    text = doc.norm.text
    short_forms = {_tidy(m.group(1)) for m in _SHORT_FORM.finditer(text)} if "简称" in text else set()
    # a plan naming itself as it is drawn up (特制定《…》) cites nothing; a notice that carries it does
    carried = doc.metadata.kind == "通知" or bool(_WRAPPER_TITLE.search(doc.metadata.title or "")) or bool(handed_on)
    self_named = set() if carried else {_tidy(m.group(1)) for m in SELF_NAMED.finditer(text)}
    own = _tidy(doc.metadata.title or "")  # as a title is tidied: 规划 (2018—2022年)的通知 has no blank
    for sent, cites in zip(doc.sentences, cite):
        if not cites:
            continue  # most sentences
        if ("必修" in sent.text or "选修" in sent.text) and _COURSE.search(sent.text):
            continue  # (the words first: the pattern is tried at every character)
        for title in _titles(sent.text, text, sent.end):
            if (
                _cited_document(title) and title not in handed_on and title not in short_forms
                and title not in self_named and not _own_title(own, title, sent.text)
            ):
                found.setdefault(title, []).append(doc.evidence(sent))
    for title in [t for t in found if _PERIOD_AFTER.search(t)]:
        bare = _PERIOD_AFTER.sub("", title)
        if bare in found:
            found[title] = sorted(found.pop(bare) + found[title], key=lambda ev: ev.start)
    return [Reference(title, tuple(ev)) for title, ev in found.items()]
