"""The main text of an HTML page: what a reader sees as the document.

Scripts, styles, forms, ruby annotations (the pinyin set over a character, 縣<rt>xiàn</rt>) and
navigation (nav/header/footer/aside, and elements
whose id or class names a menu, breadcrumb, footer, share bar…) are dropped, as
are blocks made mostly of links; an article's own header (inside <article>, or
named article-header, news_head…) is kept, for its title and date. Block elements become line breaks; table cells
are joined by " | " so that metadata tables (发布日期 | 2020-11-30) stay
readable, and a table row is one line: the paragraphs inside a short cell are
joined by a space (a long cell, one holding a table or the only one of its row holding
text is a page laid out in a table, whose paragraphs stay lines, and opens no " | "). The title, publication date and source of <meta name="ArticleTitle">,
"PubDate" and "ContentSource" (as government site systems write them) lead the
text when the page body does not show them. Every pass is linear in the size of
the page, however deep its nesting.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["html_to_text"]

_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "select", "button",
    "input", "textarea", "nav", "header", "footer", "aside", "head", "object", "embed", "rt", "rp",
}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
    "thead", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "address", "figure",
    "figcaption", "hr", "title", "body", "html",
}
_CHROME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|bottom|header|topbar|sidebar|share|"
    r"bdshare|comment|comments|copyright|toolbar|pagination|pager|related|friendlink|links)([\s_-]|$)",
    re.I,
)
# a header named for the article or the page (article-header, news_head, detailHeader, Bootstrap's
# page-header) holds its title and date
_ARTICLE_HEADER = re.compile(r"(?:article|content|detail|news|post|entry|page)[\s_-]?(?:header|head)", re.I)
# huge_tree lifts libxml2's nesting limit of 256, which would silently cut deep pages.
_PARSER = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# JSP/ASP server tags left in a saved page (<%@ page contentType=… %>): never page text
_SERVER_TAG = re.compile(r"<%.*?%>", re.S)
_HAN = re.compile("[\u4e00-\u9fff]")
_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")  # within a line of the page's text
_PROSE = 80  # Han characters in one text node
_SENTENCE = 30  # Han characters of a text node that ends a sentence (。)
_LINK_SHARE = 0.7  # a block whose text is at least this share link text, with 3+ links, is a link list
_MAX_CELL = 300  # characters of a cell whose paragraphs are joined on one line
# a group's heading inside a data table: numbered (一、普及水平, (二)保障水平, 3.) or short (学前教育)
_GROUP_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])")
_GROUP_LEN = 10
_TITLE_SHARE = 2  # a line stands for the page's <title> where it holds half of it at least
_SPAN_LOOK = 5  # rows above a cell looked at for a cell spanning down to it


def html_to_text(source: str) -> str:
    try:
        root = etree.fromstring(_SERVER_TAG.sub("", _XML_DECLARATION.sub("", source, count=1)), _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return ""
    if root is None:
        return ""
    _refuse_cut_pages()
    title = _meta(root, "ArticleTitle") or _page_title(root)
    # Government site systems state the date and source in <meta> tags too.
    fields = [f"{label}:{value}" for label, name in (("发布日期", "PubDate"), ("来源", "ContentSource"))
              if (value := _meta(root, name))]
    _drop(_outermost_dropped(root))
    _drop(_link_lists(root))
    lines = [_BLANKS.sub(" ", line).strip() for line in _text(root).split("\n")]
    lines = [line for line in lines if line and line != "|"]
    head = [f for f in fields if f.split(":")[0] not in "\n".join(lines[:12])]
    # (a line that is the title's most, its headline without the issuer or site it names, stands for it; a short
    # line the title holds, its issuer's signature 临湘市教育体育局 on a short page, does not)
    if title and not any(
        title in line or (line in title and len(line) * _TITLE_SHARE >= len(title)) for line in lines[:10] if len(line) >= 4
    ):
        head.insert(0, title)
    return "\n".join(head + lines)


def _refuse_cut_pages() -> None:
    """ValueError when libxml2 stopped reading the page: past its nesting limit (2048
    elements, whatever huge_tree says) it drops everything that follows, silently."""
    for error in _PARSER.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            depth = re.search(r"depth in document: (\d+)", error.message)
            limit = f"{depth.group(1)} elements" if depth else "libxml2's limit"
            raise ValueError(f"HTML nested deeper than {limit}: the text past that depth cannot be read")


def _meta(root: etree._Element, name: str) -> str:
    for element in root.iter("meta"):
        if (element.get("name") or "").lower() == name.lower():
            return " ".join((element.get("content") or "").split())
    return ""


def _page_title(root: etree._Element) -> str:
    """The <title>, less a site name joined by " - ", "_" or "|"."""
    element = root.find(".//title")
    if element is None:
        return ""
    title = " ".join("".join(element.itertext()).split())
    return re.split(r"\s+[-|–—丨]\s+|_|\|", title)[0].strip()


def _is_dropped(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):  # comments and processing instructions
        return True
    if el.tag == "header" and any(a.tag == "article" for a in el.iterancestors()):
        return False  # an article's own header: its title, date and source
    if el.tag in _DROP_TAGS:
        return True
    if el.tag in ("body", "html"):
        return False
    names = f"{el.get('class', '')} {el.get('id', '')}".strip()
    return (bool(names) and bool(_CHROME.search(names)) and not _ARTICLE_HEADER.search(names)
            and not _holds_prose(el))


def _holds_prose(el: etree._Element) -> bool:
    """Whether a block named like chrome (a site's "breadcrumb" or "header" style reused for the
    article) holds running text: a paragraph, or a sentence ended by its full stop, that no menu,
    breadcrumb or footer has."""
    return any(len(han := _HAN.findall(text)) >= _PROSE or (len(han) >= _SENTENCE and text.rstrip().endswith("。"))
               for text in el.itertext())


def _outermost_dropped(root: etree._Element) -> list[etree._Element]:
    """The elements to drop, none inside another: what lies inside one goes with it unread."""
    found = []
    walker = etree.iterwalk(root, events=("start",))
    for _, el in walker:
        if _is_dropped(el):
            found.append(el)
            walker.skip_subtree()
    return found


def _drop(elements: list[etree._Element]) -> None:
    """Remove the elements (none inside another), keeping the text that follows each."""
    for el in elements:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        previous = el.getprevious()
        parent.remove(el)
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _link_lists(root: etree._Element) -> list[etree._Element]:
    """Outermost blocks made mostly of link text, found bottom-up in one pass."""
    text_len: dict[etree._Element, int] = {}
    link_len: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    elements = list(root.iter())
    for el in reversed(elements):
        total = len((el.text or "").strip())
        linked = 0
        count = 0
        for child in el:
            total += text_len.get(child, 0) + len((child.tail or "").strip())
            linked += link_len.get(child, 0)
            count += links.get(child, 0)
        if el.tag == "a":
            linked, count = total, count + 1
        text_len[el], link_len[el], links[el] = total, linked, count
    found = []
    inside: set[etree._Element] = set()
    for el in elements:
        parent = el.getparent()
        if parent in inside:
            inside.add(el)
            continue
        if el.tag in ("div", "ul", "ol", "table", "p", "td", "span", "dl") and links[el] >= 3 and text_len[el] and (
            link_len[el] >= _LINK_SHARE * text_len[el]
        ):
            found.append(el)
            inside.add(el)
    return found


def _text(root: etree._Element) -> str:
    parts: list[str] = []
    cells: list[list] = []  # the open cells: [index of their first part, whether they hold a table]
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if cells and tag in ("td", "th", "table"):
                cells[-1][1] = True
            if tag == "br":
                parts.append("\n")
            elif tag in ("td", "th"):
                parts.append("" if _alone_in_row(el) and not _in_data_rows(el) else " | ")
                cells.append([len(parts), False])
            elif tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.text and tag:
                parts.append(el.text.replace("\n", " "))
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if tag in ("td", "th") and cells:
                first, holds_table = cells.pop()
                if not holds_table:
                    _join_cell(parts, first, el)
            if el.tail and el is not root:
                parts.append(el.tail.replace("\n", " "))
    return "".join(parts)


def _join_cell(parts: list[str], first: int, cell: etree._Element) -> None:
    """Put a short cell of a row of two cells or more holding text on one line; a long cell, or the only
    one of its row holding text, lays out a page, whose paragraphs stay lines. Only cells holding no
    table come here, so every part is joined at most once."""
    text = "".join(parts[first:])
    if "\n" not in text or len(text) > _MAX_CELL or _alone_in_row(cell):
        return
    parts[first:] = [text.replace("\n", " ")]


def _alone_in_row(cell: etree._Element) -> bool:
    """Whether no other cell of the cell's row holds text: a page laid out in a table (its text in a
    cell beside one for a picture or a margin)."""
    row = cell.getparent()
    return row is None or not any(other is not cell and _holds_text(other) for other in row)



def _in_data_rows(cell: etree._Element) -> bool:
    """Whether a cell alone in its row is still a row of a data table, written " | " as its rows are: a
    group's heading spanning the columns (一、普及水平 over 指标 | 2020年 | 2025年 | 属性) next to a row of three
    cells of text or more, or a cell whose row a cell above spans (县教育局 over two rows of duties)."""
    row = cell.getparent()
    if row is None:
        return False
    above = row.getprevious()
    for gap in range(1, _SPAN_LOOK + 1):
        if above is None:
            break
        if any(_count(c, "rowspan") > gap for c in above if c.tag in ("td", "th")):
            return True
        above = above.getprevious()
    text = "".join(cell.itertext()).strip()
    if _count(cell, "colspan") < 2 or (len(text) > _GROUP_LEN and not _GROUP_NUMBER.match(text)):
        return False
    return any(near is not None and sum(map(_holds_text, near)) >= 3 for near in (row.getprevious(), row.getnext()))


def _holds_text(cell: etree._Element) -> bool:
    """Whether an element is a table cell with some text in it."""
    return cell.tag in ("td", "th") and any(text.strip() for text in cell.itertext())


def _count(cell: etree._Element, attribute: str) -> int:
    value = (cell.get(attribute) or "1").strip()
    return int(value) if value.isdigit() else 1
