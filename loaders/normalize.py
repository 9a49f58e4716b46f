"""RawDocument → NormalizedText: Simplified, width-folded, cleaned text with an offset map.

Every step either keeps a character (possibly replaced by its Simplified or
half-width form, same position) or drops it, so each normalized character
knows the original index it came from. Steps, in order:

1. drop invisible characters (zero-width, soft hyphen, stray control codes, \\r);
2. fold full-width digits, letters and punctuation to ASCII, odd spaces to " ",
   radicals standing for a character (⼯作) to the character,
   「」 and ASCII quotes around Chinese to “”, ASCII angle brackets around a
   title to 《》;
3. drop pinyin glosses right after a Han character: 区(qū) → 区;
4. Traditional → Simplified (OpenCC t2s on the whole text, length-checked, if it
   holds a key that t2s changes);
   in a PDF's text layer, line breaks inside a sentence are dropped;
5. drop whole lines of site chrome (navigation, download-site notices,
   comment boxes, copyright footers), page markers (…_第1页, 第 2 页, - 3 -),
   a page's preview copies of a paragraph (exact, or cut off with …), and in
   a PDF the running heads repeated on every page; line breaks inside a sentence
   are dropped where a download site's excerpt list or a page marker cut its pages, and in a text
   whose long lines mostly stop inside a sentence (hard-wrapped);
6. drop spaces inside Han text and blank lines; a tab (a table's cell boundary)
   stays, one for a run of blanks.

Line rules match the whole line and name chrome words, so a sentence of policy
text cannot match them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from edukg.loaders.model import NormalizedText, RawDocument
from edukg.loaders.simplified import T2S as _T2S
from edukg.loaders.simplified import t2s_changes

__all__ = ["normalize"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# --- character-level steps ----------------------------------------------------

_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\r\x00-\x08\x0b\x0e-\x1f\x7f]")
# The full-width ASCII block, except ？: an ASCII ? against Chinese text is the mark of a character
# lost by a broken scrape (extract.text.garbled_at), which a real question must not look like.
_FOLD = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F) if cp != 0xFF1F}
_FOLD.update({
    "\u3000": " ", "\u00a0": " ", "\x0c": "\n", "\u2002": " ", "\u2003": " ", "\u2009": " ",
    "\u2028": "\n", "\u2029": "\n", "﹑": "、", "﹐": ",", "﹒": ".", "﹔": ";", "﹕": ":", "﹖": "？",
    "﹗": "!", "﹙": "(", "﹚": ")", "∶": ":", "﹪": "%",
    "「": "“", "」": "”", "『": "‘", "』": "’",  # Traditional-style quotation marks
})
# A PDF's text layer often gives a character as the radical that looks like it (⼯ for 工, ⻓ for 长),
# and some fonts give compatibility ideographs (塚 for 塚): the characters they stand for. NFKC
# knows the Kangxi radicals and the compatibility ideographs; of the radicals' supplement only
# those that stand for a Simplified character.
_FOLD.update({
    chr(cp): folded for cp in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA))
    if len(folded := unicodedata.normalize("NFKC", chr(cp))) == 1 and folded != chr(cp)
})
_FOLD.update(zip("⺟⺠⻄⻅⻆⻉⻋⻓⻔⻘⻚⻛⻜⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳", "母民西见角贝车长门青页风飞马骨鬼鱼鸟卤麦黄齐齿龙龟"))
# A substitution visiting only the characters to fold is several times faster
# than str.translate over the whole text.
_FOLDABLE = re.compile("[" + "".join(map(re.escape, _FOLD)) + "]")
# A gloss follows a Han character, or a character mangled by a wrong decoding
# upstream (a private-use or replacement character and the byte after it); some
# sites pad it with a space (會(huì )), or repeat it (學(xué)(xué)). The pattern opens
# with "(" so that the engine can skip to candidates.
_TONED = r"[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?\)"
_GLOSS = re.compile(rf"\((?:(?<=[{_HAN}]\()|(?<=[\ue000-\uf8ff\ufffd][!-~]\()){_TONED}(?:\({_TONED})*")
# Some sites gloss without tone marks, a syllable repeated (學(xue)(xue)(xue)(xue)校(xiao)(xiao)(xiao)): a gloss only
# on a page glossed so throughout, where a letter or two in brackets is no list mark or unit.
_SYLLABLE = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[iuüv]?(?:[aeo][iuo]?(?:ng?|r)?|[iuüv](?:ng?)?)"
_TONELESS_GLOSS = re.compile(rf"\((?<=[{_HAN}]\(){_SYLLABLE} ?\)(?:\({_SYLLABLE} ?\))*")
_GLOSSED_PAGE = 3  # toneless glosses a page has at least

# "<省教育现代化建设主要指标>": ASCII angle brackets used as title marks;
# "三通两平台" in ASCII quotes: Chinese quotation marks.
_ANGLE_TITLE = re.compile(rf"<([{_HAN}][^<>\n]{{0,78}}[{_HAN})])>")
# (the marks pair off in order, a pair around no Han character too, "3+X": skipped, its closing mark would open
# the next pair and turn every quotation after it inside out)
_ASCII_QUOTED = re.compile(r'"([^"\n]{0,81})"')

_T2S_CHANGES = t2s_changes()  # None: convert every text
# A PDF text layer breaks lines at the page width. A full-width line that stops
# inside a sentence (on a Han character or a comma), followed by a line that
# opens no numbered item, continues on that line.
_PDF_LINE_END = re.compile(rf"[{_HAN},、“《(]$")
_PDF_CONTINUES = re.compile(
    rf"[{_HAN}“《](?!(?<=[一二三四五六七八九十])[一二三四五六七八九十]{{0,2}}[、.是])"
    r"(?:(?<!第)|(?![一二三四五六七八九十]{1,3}[章条节部]))"
)
_FULL_LINE = 0.85  # of the page's line width (the 90th percentile of line lengths)
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
_BRACKET_ITEM = re.compile(r"\((?:[一二三四五六七八九十]{1,3}|\d{1,2}|[a-zA-Z])\)")

# --- line-level steps (applied to stripped, Simplified lines) ----------------------

_CHROME_LINE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"首页|主页|网站首页|返回首页",
            r"(?:当前位置|您的位置|您现在的位置|所在位置)\s*[::].{0,80}",
            r"首页\s*(?:>|>>|»|→).{0,80}",
            r"(?:>|>>|»|→).{1,40}(?:>|>>|»|→).{1,40}",
            r"(?:[【\[]?(?:打印本页|打印|关闭本页|关闭窗口|关闭|返回顶部|返回|收藏本页|收藏|分享到|分享|保存本页)[】\]]?[\s|]*)+",
            r"(?:上一篇|下一篇|上一条|下一条|上一页|下一页)(?:\s*[::].{0,80})?",
            r"[【\[]?(?:字号|字体)[::]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?[】\]]?",
            r"(?:[【\[](?:我要纠错|纠错|打印|关闭|收藏|分享|返回顶部|打印本页|关闭窗口)[】\]]\s*)+",
            r"下载本文档|下载文档|立即下载|文档简介|温馨提示|提交评论|发表评论|网友评论|评论|相关文档|相关推荐|相关阅读|猜你喜欢",
            r"\d+/\d+",
            r"已阅读\d+页[,,]?\s*还剩\d+页未读.{0,30}",
            r"版权说明[::].{0,150}(?:上传|侵权|提供方|举报).{0,100}",
            r"[•·●▪]\s*\d+[.、]\s*.{0,60}(?:本站|本网站|网页内容|上传者|上传用户|下载资源|下载内容|下载文件|"
            r"权益所有人|信息存储空间|用户上传).{0,200}",
            r"\d+[.、]\s*(?:本站|本网站)(?![点区])(?=.{0,60}(?:资源|文档|下载|上传|侵权)).{0,200}",
            r"(?:浏览次数|访问量|访问次数|点击数|点击量|点击次数|阅读次数|阅读量)[::]?\s*\d*次?",
            r"\d+\s*(?:人|次)(?:看过|浏览过?|阅读过?|已读|围观|点赞|赞过)|(?:阅读|浏览)\s*[(（]\d+[)）]",
            r"(?:(?:网站地图|联系我们|关于我们|免责声明|隐私政策|网站声明|设为首页|加入收藏|主办(?:单位)?[::].{0,40}|"
            r"承办单位[::].{0,40}|技术支持[::].{0,40}|网站标识码.{0,30})[\s|丨]*)+",
            r"(?:Copyright|COPYRIGHT|copyright|©).{0,120}|版权所有\s*(?:[::©]|\(C\)|\d{4}).{0,120}",
            r"扫一扫.{0,30}|(?:微信|手机)扫.{0,30}",
            # a document-sharing site's notes on the file it shows: 下载后只包含 1 个 DOC 格式的文档…
            r"下载后只包含\s*\d+\s*个.{0,60}|如果您已付费下载过本站文档.{0,30}|文档名称[:：]|格式[:：]\s*[A-Za-z]+\s+大小[:：].{0,40}|预览",
            # a page's comment box: 我来说两句 0人参与,0条评论; 请您文明上网…; 你至少需要输入 5 个字 昵称:
            r"(?:我来说两句|我有话说|已有\d+人参与).{0,30}|还没有评论.{0,20}|最[热新]评论|请您?文明上网.{0,40}|"
            r"[你您]?(?:至少|最多)(?:需要)?输入\s*\d+\s*个?字.{0,30}|网友评论\s*[:：]",
        )
    )
)
# chrome whose mark may stand past a line's start (ICP, 公网安备, 版权所有, ·): tried only on a line holding one (the
# engine tries each at every length of the text before the mark, on every line)
_RUN_ON_CHROME = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r".{0,60}(?:ICP备|ICP证|公网安备).{0,80}",
            r".{1,60}版权所有",
            # a news site's headlines run on one line: 快讯 ·故宫推出历代书画展…·第十五届西博会…·…
            r"[^·。\n]{0,6}(?:\s*·[^·。\n]{2,60}){3,}",
        )
    )
)
_PAGE_LINE = re.compile(r"第\s*\d+\s*页(?:\s*[,,/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|[-—–]\s*\d{1,4}\s*[-—–]")
_PAGE_SUFFIX = re.compile(r"\s*[_-]\s*第\s*\d+\s*页$")
# an ellipsis ends a preview copy: …, or three or more . or 。 (the least run of each)
_ELLIPSIS_RUN = {"…": 1, ".": 3, "。": 3}
_SENTENCE_END = "。!?？;”』」)》"
# After these headings a download site lists its notices as bullets, or shows the
# document as numbered excerpts ("1、…", "2、…") whose numbers are not the document's.
_NOTICE_HEAD = re.compile(r"温馨提示|免责声明|特别提示|下载须知|下载说明")
_EXCERPT_HEAD = re.compile(r"文档简介|文档介绍|内容简介|文档预览|内容预览")
_BULLET = re.compile(r"[•·●▪]")
_LINE_BULLETS = "•·●▪■◆"
# a list of links to other pages, under its heading or after a bare 上一篇: label: their titles
_LINKS_HEAD = re.compile(
    r"(?:相关(?:新闻|链接|文章|报道|信息|资讯)|推荐阅读|延伸阅读|热点新闻|热点资讯|最新新闻|最新资讯|热门文章)\s*[:：]?"
)
_NEIGHBOUR_LABEL = re.compile(r"(?:上一篇|下一篇|上一条|下一条)\s*[::]?")
_LINK_TITLE = 40
# (one search for the lines that are none of these heads, most lines: each head is tried only on the others)
_HEADS = re.compile("|".join(p.pattern for p in (_NOTICE_HEAD, _EXCERPT_HEAD, _LINKS_HEAD, _NEIGHBOUR_LABEL)))
# chrome or a page marker; every line of them opens with one of these characters, and most lines with none:
# the lookahead fails them in one test of a set, where each alternative would be tried in turn
_NOT_TEXT_OPENING = r"[\d【\[你您\-—–•·●▪>»→©Cc上下主保免共关分加发如字已当微我所手打扫承技提收文最格浏温点版猜相立第网联至设访评请返还阅隐预首]"
_NOT_TEXT = re.compile(f"(?={_NOT_TEXT_OPENING})(?:{_CHROME_LINE.pattern}|{_PAGE_LINE.pattern})")
# a link's bullet and date before its title: - 2017-01-19定西市委副书记…
_LINK_LEAD = re.compile(r"[-•·●▪]?\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?\s*")
_CLAUSE_END = "。;；!！?？:："  # (a title links to a page; a sentence or a heading ending so is the text's)
_MIN_EXCERPT = 60
# Spaces inside Han text are layout residue ("创 建工作"); a space before a page field
# (来源:, 浏览次数:) separates fields and stays. A tab separates table cells
# ("1\t新建幼儿园6所\t县教育局"): a run of blanks holding one stays a single tab.
_SPACES = re.compile("[ \t][ \t]*")  # (not [ \t]+: a pattern opening with a repeat is tried at every character)
_HAN_CHAR = re.compile(f"[{_HAN}]")
_FIELD_AHEAD = re.compile(r"(?:来源|浏览|发布|时间|日期|作者|字号|点击|阅读|文号|索引|访问)[^ ]{0,4}[:|]")
_MIN_DUPLICATE = 15  # shorter repeated lines (headings like 工作措施) are kept
_MIN_CUT = 50
_PREVIEW_LINES = 5
_RUNNING_HEAD = 40
_ITEM_NUMBER = re.compile(r"^\d{1,3}[.、]?")
# Hard wraps outside a PDF: a line this long that stops inside a sentence is cut, when
# most long lines of the text are (see _hard_wrapped).
_WRAP_LINE = 60
# a narrower page: lines of at least _NARROW_LINE characters, most within _WIDTH_SLACK of one length
_NARROW_LINE = 20
_WIDTH_SLACK = 3
_MIN_FULL_LINES = 5
_CLAUSE_MARK = re.compile("[,、。;!?？]")
_WRAP_CLOSES = ",、。;:!?？)》”%"
_WRAP_AFTER_CLOSE = "%)》”"
# a figure the wrap carried to the next line (…在园幼儿占比达⏎58%。), not an item's number (1.…)
_FIGURE_CONTINUES = re.compile(rf"\d+(?:\.\d+)?\s*(?:%|％|[万亿{_HAN}])")
# a title's last word (…实施方案, …的通知): the line is whole, whatever its length
_TITLE_END = re.compile(r"(?:通知|方案|意见|计划|要点|规划|报告|办法|决定|纲要|公告|总结|细则)$")


class _Text:
    """A string and, for each of its characters, the original index."""

    __slots__ = ("text", "offs")

    def __init__(self, text: str, offs: list[int]) -> None:
        self.text = text
        self.offs = offs

    def keep(self, spans: Iterable[tuple[int, int]]) -> None:
        """Keep only the given ordered, non-overlapping spans."""
        t, o = self.text, self.offs
        spans = list(spans)
        self.text = "".join([t[a:b] for a, b in spans])
        offs: list[int] = []
        for a, b in spans:  # twice as fast as chaining the slices
            offs += o[a:b]
        self.offs = offs

    def delete(self, pattern: re.Pattern[str]) -> None:
        """Drop every match of `pattern`."""
        self.drop([m.span() for m in pattern.finditer(self.text)])

    def drop(self, spans: list[tuple[int, int]]) -> None:
        """Drop the given ordered, non-overlapping spans."""
        if spans:
            self.keep(_complement(spans, len(self.text)))


def normalize(raw: RawDocument) -> NormalizedText:
    r"""Clean `raw.text` into Simplified text; offsets map each character back into raw.text.

    Parameters
    ----------
    raw : RawDocument
        The decoded document.

    Returns
    -------
    NormalizedText
        ``text`` and ``offsets``: ``raw.text[offsets[i]]`` is the character ``text[i]``
        came from (before t2s and width folding); one trailing entry maps the end.

    Examples
    --------
    >>> from edukg.loaders.model import RawDocument
    >>> raw = RawDocument("a.txt", "0" * 64, "utf-8", "首页\n某區(qū)２０２１年工作計劃")
    >>> n = normalize(raw)
    >>> n.text
    '某区2021年工作计划'
    >>> raw.text[n.offsets[1]], raw.text[n.offsets[2]]
    ('區', '２')
    """
    doc = _Text(raw.text, list(range(len(raw.text))))
    doc.delete(_INVISIBLE)
    doc.text = _FOLDABLE.sub(lambda m: _FOLD[m.group()], doc.text)
    doc.delete(_GLOSS)
    _drop_toneless_glosses(doc)
    doc.text = _ANGLE_TITLE.sub(r"《\1》", doc.text)
    if '"' in doc.text:
        doc.text = _ASCII_QUOTED.sub(_chinese_quotes, doc.text)
    _to_simplified(doc)
    if raw.media_type == "pdf":
        _unwrap_pdf_lines(doc)
    doc.keep(_kept_line_spans(doc.text, paged=raw.media_type == "pdf"))
    doc.drop(_inner_spaces(doc.text))
    trailing = doc.offs[-1] + 1 if doc.offs else 0
    return NormalizedText(raw=raw, text=doc.text, offsets=(*doc.offs, trailing))


def _chinese_quotes(m: re.Match[str]) -> str:
    """“…” for a pair of ASCII quotation marks around Chinese text; others as they stand."""
    return f"“{m.group(1)}”" if _HAN_CHAR.search(m.group(1)) else m.group()


def _drop_toneless_glosses(doc: _Text) -> None:
    """Drop the glosses without tone marks of a page glossed so throughout (one or two are list marks or units)."""
    spans = [m.span() for m in _TONELESS_GLOSS.finditer(doc.text)]
    if len(spans) >= _GLOSSED_PAGE:
        doc.drop(spans)


def _inner_spaces(text: str) -> list[tuple[int, int]]:
    """Runs of spaces to drop: inside Han text, before closing punctuation, all but one elsewhere.

    A run holding a tab is a cell boundary: all of it but its first tab is dropped.
    """
    spans = []
    if " " not in text and "\t" not in text:
        return spans  # (two scans for a character cost a fraction of the search)
    for m in _SPACES.finditer(text):
        a, b = m.span()
        tab = text.find("\t", a, b)
        if tab >= 0:
            spans += [s for s in ((a, tab), (tab + 1, b)) if s[0] < s[1]]
            continue
        before, after = text[a - 1 : a], text[b : b + 1]
        han_before = bool(_HAN_CHAR.match(before))
        if (han_before or before in "。,、;:!?”“《》") and before and (
            (_HAN_CHAR.match(after) or after in ("“", "《")) and after and not _FIELD_AHEAD.match(text, b)
        ):
            spans.append((a, b))
        elif han_before and after and after in "。,、;:!?”》":
            spans.append((a, b))
        elif b - a == 1 and after and _figure_space(text, a, before, after, han_before):
            spans.append((a, b))
        elif b - a > 1:
            spans.append((a, b - 1))
    return spans


def _figure_space(text: str, a: int, before: str, after: str, han_before: bool) -> bool:
    """Whether a lone space at `a` sets a figure off inside a sentence, as PDF and Word exports and
    some sites space Latin and digits from Han text: 到 2025 年, 达到 95 %, 新建 12 所: the
    figure's place in the sentence is its words', the space is layout. A number opening a line
    (1 加强…, an item's) keeps its space."""
    if after in "0123456789":
        # spaced on both sides (到 2025 年): a space only before it may part a heading or a cell from the
        # figure (目标任务 2021年…, 2018年 93%)
        rest = text[a + 1 : a + 25].lstrip("0123456789.")
        return (han_before or before in "。,、;:") and rest[:1] == " " and (
            rest[1:2] == "%" or _HAN_CHAR.match(rest, 1) is not None)
    if before not in "0123456789" or not (after == "%" or _HAN_CHAR.match(after)) or _FIELD_AHEAD.match(text, a + 1):
        return False  # (nor a page's fields: 2021年04月15日 14:27 来源:…)
    lead = text[max(0, a - 24) : a].rstrip("0123456789.").rstrip(" ")  # (what stands before the figure)
    if not lead or lead[-1] == "\n":  # a line opening on a date (2 月 14 日,…), not on an item's number
        return after in "年月日"
    # (a table's cell opens on a figure: 学前三年毛入园率\t97 %)
    return _HAN_CHAR.match(lead[-1]) is not None or lead[-1] in "。,、;“(\t|"


def _complement(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    kept, pos = [], 0
    for a, b in spans:
        kept.append((pos, a))
        pos = b
    kept.append((pos, length))
    return kept


def _to_simplified(doc: _Text) -> None:
    if _T2S_CHANGES is not None and not _T2S_CHANGES(doc.text):
        return
    converted = _T2S.convert(doc.text)
    if len(converted) == len(doc.text):
        doc.text = converted
        return
    # A phrase conversion changed the length somewhere: convert the lines that
    # differ character by character so every character keeps its own offset.
    lines_in = doc.text.split("\n")
    out, offs, pos = [], [], 0
    for line in lines_in:
        conv = _T2S.convert(line)
        if len(conv) == len(line):
            out.append(conv)
            offs.extend(doc.offs[pos : pos + len(line)])
        else:
            for k, ch in enumerate(line):
                c = _T2S.convert(ch) or ch
                out.append(c)
                offs.extend([doc.offs[pos + k]] * len(c))
        pos += len(line)
        if pos < len(doc.text):
            out.append("\n")
            offs.append(doc.offs[pos])
            pos += 1
    doc.text, doc.offs = "".join(out), offs


def _unwrap_pdf_lines(doc: _Text) -> None:
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*[^\s]", doc.text)]
    if len(lines) < 2:
        return
    lengths = sorted(len(doc.text[a:b].strip()) for a, b in lines)
    width = lengths[int(len(lengths) * 0.9)]
    keep, pos = [], 0
    for (a, b), (c, _) in pairwise(lines):
        line = doc.text[a:b].strip()
        nxt = doc.text[c:].lstrip(" ")
        if len(line) >= _FULL_LINE * width and _PDF_LINE_END.search(line) and _PDF_CONTINUES.match(nxt):
            keep.append((pos, b))
            pos = c + (len(doc.text[c:]) - len(nxt))
    if keep:
        keep.append((pos, len(doc.text)))
        doc.keep(keep)


def _kept_line_spans(text: str, paged: bool = False) -> list[tuple[int, int]]:
    """Spans of the lines to keep, each stripped and followed by its newline.

    `paged` text (a PDF's) also loses running heads: a short line printed on
    every page is kept where it first stands.
    """
    lines, pages, after_marker = _candidate_lines(text)
    drop = _repeated_lines(text, lines, paged)
    kept = [i for i in range(len(lines)) if i not in drop]
    return _joined(text, lines, kept, pages, after_marker)


def _candidate_lines(text: str) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """The stripped spans of the lines that are not chrome, page markers or a download site's
    notices, the indexes among them of the pages of an excerpt list, and those of the lines
    right after a page marker (— 3 —, 第3页 共10页)."""
    lines: list[tuple[int, int]] = []
    page_titles: set[str] = set()
    in_notice = False
    links = ""  # inside a list of links: "all" its lines, or "one" (the title after 上一篇:)
    excerpt = 0  # inside a download site's excerpt list: the number expected next, else 0
    pages: set[int] = set()
    after_marker: set[int] = set()
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        line = m.group()
        a += len(line) - len(line.lstrip())
        b -= len(line) - len(line.rstrip())
        if a >= b:
            continue
        content = text[a:b]
        if in_notice and _BULLET.match(content):
            continue
        head = _HEADS.fullmatch(content) is not None
        in_notice = head and _NOTICE_HEAD.fullmatch(content) is not None
        if links and len(content) - _LINK_LEAD.match(content).end() <= _LINK_TITLE and content[-1] not in _CLAUSE_END:
            if links == "one":  # after 上一篇: one title; under 相关新闻 every short line
                links = ""
            continue
        links = ""
        if head:
            links = "all" if _LINKS_HEAD.fullmatch(content) else "one" if _NEIGHBOUR_LABEL.fullmatch(content) else ""
        if links:
            continue
        if head and _EXCERPT_HEAD.fullmatch(content):
            excerpt = 1
            continue
        if excerpt:
            marker = f"{excerpt}、"
            if content.startswith(marker) and len(content) >= _MIN_EXCERPT:
                a += len(marker)
                content = text[a:b]
                excerpt += 1
                pages.add(len(lines))
            else:
                excerpt = 0
        if _NOT_TEXT.fullmatch(content) or (
            ("ICP" in content or "公网安备" in content or "版权所有" in content or "·" in content)
            and _RUN_ON_CHROME.fullmatch(content)
        ):
            if _PAGE_LINE.fullmatch(content):
                after_marker.add(len(lines))
            continue
        if content[0] in _LINE_BULLETS and len(content) > 1:  # (a list's bullet before its item: not the item's text)
            rest = content[1:].lstrip()
            # (an item of running text: a bulleted row of links or names, 社旗县镇平县…, is the page's menu)
            if rest and _HAN_CHAR.match(rest) and _CLAUSE_MARK.search(rest):
                a = b - len(rest)
                content = rest
        suffix = _PAGE_SUFFIX.search(content) if content.endswith("页") else None  # (tried at every character)
        if suffix:
            title = content[: suffix.start()]
            if not title or title in page_titles:
                continue
            page_titles.add(title)
            b = a + suffix.start()
        lines.append((a, b))
    return lines, pages, after_marker


def _repeated_lines(text: str, lines: list[tuple[int, int]], paged: bool) -> set[int]:
    """Indexes of the preview copies of a paragraph, and in paged text of the running heads."""
    # Compared without spaces or the leading item number: "19 建立…" repeats "19.建立…".
    keys = [_ITEM_NUMBER.sub("", "".join(text[a:b].split())) for a, b in lines]  # split(): at every blank, in C
    drop = _duplicates(keys)
    if paged:
        drop |= _running_heads([text[a:b] for a, b in lines])
    return drop


def _joined(text: str, lines: list[tuple[int, int]], kept: list[int], pages: set[int],
            after_marker: set[int]) -> list[tuple[int, int]]:
    """The kept lines' spans with the newline after each, but where a page or a hard wrap cut a sentence."""
    kept_lines = [text[slice(*lines[i])] for i in kept]
    width = _wrap_width(kept_lines)
    hard_wrapped = _hard_wrapped(kept_lines, width)
    spans: list[tuple[int, int]] = []
    for i, j in zip([None, *kept], kept):
        a, b = lines[j]
        if i is not None:
            prev, nxt = text[slice(*lines[i])], text[a:b]
            page_cut = (i in pages and j in pages and prev[-1] not in _SENTENCE_END and _PDF_CONTINUES.match(nxt)
                        # (a PDF's running head, dropped, may stand between the marker and the next line)
                        or after_marker and not after_marker.isdisjoint(range(i + 1, j + 1))
                        and _page_marker_cuts(prev, nxt))
            # (a year broken off the 年 after it, 2016⏎年教育局工作要点, or a title off its opening or
            # closing mark, 落实《⏎3-6岁儿童学习与发展指南》, 《…三年行动计划⏎》要求: what a layout split,
            # not a line of the text)
            split = (prev.endswith("《") or nxt.startswith("》")
                     or (nxt.startswith("年") and _YEAR_ALONE.fullmatch(prev) is not None))
            if not (page_cut or split or hard_wrapped and _wrap_joins(prev, nxt, width)):
                # the newline that ends the previous kept line
                nl = text.find("\n", spans[-1][1])
                spans.append((nl, nl + 1))
        spans.append((a, b))
    return spans


def _page_marker_cuts(prev: str, nxt: str) -> bool:
    """Whether a page marker between two lines (…新建幼儿园⏎— 2 —⏎6所,…) fell inside a sentence: a
    line of running text stopping inside it, not a heading, and a next line that carries it on."""
    return len(prev) >= _NARROW_LINE and _runs_on(prev, nxt)


def _runs_on(prev: str, nxt: str) -> bool:
    """Whether a sentence runs on from line `prev` to line `nxt`: `prev` stops inside it and is no
    title, and `nxt` carries it on (running text or the rest of a figure)."""
    return (
        _stops_inside_sentence(prev)
        and not _TITLE_END.search(prev)
        and bool(_PDF_CONTINUES.match(nxt) or _FIGURE_CONTINUES.match(nxt)
                 # (or a note in brackets on what the line ended with: …教职工216名⏎(含2021年下半年退休6人), not an
                 # item's number, (一), (1))
                 or nxt.startswith("(") and _BRACKET_ITEM.match(nxt) is None)
    )


def _wrap_width(lines: list[str]) -> int:
    """How long a line must be to count as a full line of running text: _WRAP_LINE, or less where
    most lines of some length are as long as the text's most common one (a page set 29 characters
    wide, whose lines stop wherever the width ends them)."""
    lengths = Counter(len(line) for line in lines if len(line) >= _NARROW_LINE and "\t" not in line)
    if not lengths:
        return _WRAP_LINE
    common, _ = lengths.most_common(1)[0]
    full = sum(n for length, n in lengths.items() if common - _WIDTH_SLACK <= length <= common)
    # (and those a little longer: digits and blanks, set narrower than Han characters, widen a full line)
    near = sum(n for length, n in lengths.items() if abs(length - common) <= _WIDTH_SLACK)
    if common < _WRAP_LINE and full >= _MIN_FULL_LINES and 2 * near >= sum(lengths.values()):
        return common - _WIDTH_SLACK
    return _WRAP_LINE


def _hard_wrapped(lines: list[str], width: int) -> bool:
    """Whether the long lines of running text mostly stop inside a sentence: a text wrapped at
    a fixed width, or by paragraphs cut where a page ended. A paragraph that merely lacks its
    full stop now and then does not make a text wrapped."""
    long = [(line, nxt) for line, nxt in zip(lines, [*lines[1:], ""]) if len(line) >= width and "\t" not in line]
    cut = sum(_stops_inside_sentence(line) or _splits_figure(line, nxt) for line, nxt in long)
    return cut >= 2 and 2 * cut >= len(long)


def _stops_inside_sentence(line: str) -> bool:
    """Whether a line (no newline in it) ends as _PDF_LINE_END says: matched at its last character,
    as a search the pattern would be tried at every one."""
    return _PDF_LINE_END.match(line, len(line) - 1) is not None


def _splits_figure(line: str, nxt: str) -> bool:
    """Whether a wrap fell inside a figure: a line stopping on a digit (…毛入学率达到9), the next
    going on with the rest of it (9.5%。…, 00个,…), not with an item's number (2.…)."""
    return line[-1:].isdigit() and nxt[:1].isdigit() and _FIGURE_CONTINUES.match(nxt) is not None


def _wrap_joins(prev: str, nxt: str, width: int) -> bool:
    """Whether the break between two lines of a hard-wrapped text falls inside a sentence:
    a long line of running text stopping on a Han character, 、 or a comma (not a title's last
    word), and a next line of running text or a figure that opens no numbered item, chapter or
    heading (a heading has no clause punctuation); or a figure split in two."""
    return (
        len(prev) >= width
        and "\t" not in prev + nxt
        and (
            (_runs_on(prev, nxt) or _splits_figure(prev, nxt))
            # (a title the line opens and does not close goes on, clause mark or none: …社保局《关于推进中小学教师⏎
            # “县管校聘”管理改革试点工作的实施意见》)
            and (_CLAUSE_MARK.search(nxt) is not None or prev.count("《") > prev.count("》"))
            # a line opening on a mark that closes or parts a clause (⏎,共新增学位…) goes on from the one before;
            # so does one opening on the unit of the figure the line before stops on (…坡头区1350⏎个、麻章区…)
            or nxt[0] in _WRAP_CLOSES
            or prev[-1].isdigit() and _HAN_CHAR.match(nxt) is not None and _CLAUSE_MARK.search(nxt) is not None
            # and one stopping on a figure's %, a closing bracket or title mark the sentence goes on after
            # (…毛入园率达到95%⏎以上,…; …《指南》⏎要求,…)
            or prev[-1] in _WRAP_AFTER_CLOSE and not _TITLE_END.search(prev, len(prev) - 3)
            and _PDF_CONTINUES.match(nxt) is not None and _CLAUSE_MARK.search(nxt) is not None
        )
    )


def _running_heads(lines: list[str]) -> set[int]:
    """Indexes of the repeats of short lines that occur on three pages or more."""
    counts = Counter(line for line in lines if len(line) <= _RUNNING_HEAD and line[-1] not in _SENTENCE_END)
    seen: set[str] = set()
    drop = set()
    for i, line in enumerate(lines):
        if counts.get(line, 0) >= 3:
            if line in seen:
                drop.add(i)
            seen.add(line)
    return drop


def _ellipsis_at(key: str) -> int | None:
    """Where the ellipsis that ends `key` starts, else None."""
    end = key[-1:]
    if end not in _ELLIPSIS_RUN:
        return None
    start = len(key.rstrip(end))
    return start if len(key) - start >= _ELLIPSIS_RUN[end] else None


def _duplicates(keys: list[str]) -> set[int]:
    """Indexes of lines that are a page's preview copies of another line.

    A copy counts when it is cut off with an ellipsis ("…优..."), or when it
    stands right before its original or among the first lines of the page (the
    preview a site shows above the text); the copy in place stays. Repeats
    elsewhere are the document's own ("牵头单位:…" after every task) and stay, as do a
    table's rows of three cells or more (its header repeated after a page break: 序号 | 重点任务 |
    责任单位 | 完成时限; a title 聚焦两会|… is one line).
    """
    drop: set[int] = set()
    by_prefix: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if len(key) >= _MIN_DUPLICATE and key.count("|") < 2:
            by_prefix.setdefault(key[:_MIN_DUPLICATE], []).append(i)
    for i, key in enumerate(keys):
        cut = _ellipsis_at(key)
        stem = key[:cut] if cut is not None else key
        if len(stem) < _MIN_DUPLICATE:
            continue
        preview = cut is not None or i < _PREVIEW_LINES
        # Without an ellipsis only a long cut-off paragraph counts: a title line is
        # often the start of the first paragraph and must stay.
        cut_off_ok = cut is not None or (len(stem) >= _MIN_CUT and stem[-1] not in _SENTENCE_END)  # (stem is not empty)
        for j in by_prefix.get(stem[:_MIN_DUPLICATE], ()):
            if j <= i and cut is None or j == i or j in drop or not (preview or j == i + 1):
                continue
            if keys[j] == key or (cut_off_ok and len(keys[j]) > len(stem) and keys[j].startswith(stem)):
                drop.add(i)
                break
    return drop
