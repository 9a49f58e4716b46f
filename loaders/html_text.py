"""The main text of an HTML page: what a reader sees as the document.

Scripts, styles, forms and navigation (nav/header/footer/aside and elements whose
id or class names a menu, breadcrumb, footer, share bar…) are dropped, as are
blocks made mostly of links. Block elements become line breaks, table cells are
joined by " | " so that metadata tables (发布日期 | 2020-11-30) stay readable.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

__all__ = ["html_to_text"]

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "select",
    "button", "input", "textarea", "nav", "header", "footer", "aside", "head", "object", "embed",
)
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody",
    "thead", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "center", "address", "figure",
    "figcaption", "hr", "title",
}
_CHROME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|topbar|sidebar|share|"
    r"bdshare|comment|comments|copyright|toolbar|pagination|pager|related|friendlink|links)([\s_-]|$)",
    re.I,
)


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "lxml")
    title = _page_title(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(_is_chrome):
        tag.decompose()
    body = soup.body or soup
    for tag in body.find_all(["div", "ul", "ol", "table", "p", "td", "span"]):
        if not tag.decomposed and _mostly_links(tag):
            tag.decompose()
    parts: list[str] = []
    _walk(body, parts)
    text = "".join(parts)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    lines = [line for line in lines if line and line != "|"]
    if title and not any(title in line or line in title for line in lines[:10] if len(line) >= 4):
        lines.insert(0, title)
    return "\n".join(lines)


def _page_title(soup: BeautifulSoup) -> str:
    """The <title>, less a site name joined by " - ", "_" or "|"."""
    if not soup.title:
        return ""
    title = soup.title.get_text(" ", strip=True)
    return re.split(r"\s+[-|–—丨]\s+|_|\|", title)[0].strip()


def _is_chrome(tag: Tag) -> bool:
    if tag.attrs is None or tag.name in ("body", "html"):
        return False
    names = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")
    return bool(_CHROME.search(names.strip())) if names.strip() else False


def _mostly_links(tag: Tag) -> bool:
    links = tag.find_all("a")
    if len(links) < 3:
        return False
    text = tag.get_text("", strip=True)
    link_text = sum(len(a.get_text("", strip=True)) for a in links)
    return bool(text) and link_text >= 0.7 * len(text)


def _walk(node: Tag, parts: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            parts.append(str(child).replace("\n", " "))
        elif isinstance(child, Tag):
            name = child.name
            if name == "br":
                parts.append("\n")
            elif name in ("td", "th"):
                parts.append(" | ")
                _walk(child, parts)
            elif name in _BLOCK_TAGS:
                parts.append("\n")
                _walk(child, parts)
                parts.append("\n")
            else:
                _walk(child, parts)
