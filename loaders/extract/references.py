"""Cited documents: 《…》 titles, also with a missing closing bracket, and 〈…〉 / <…>."""

from __future__ import annotations

import re

from edukg.loaders.model import Evidence, Reference, StructuredDocument

__all__ = ["extract_references"]

# 《title》, or 《title up to the end of the clause when 》 is missing; 〈…〉 and <…> with Chinese inside
_TITLE = re.compile(
    r"《(?P<a>[^《》\n，。；,;]{2,80})(?:》|(?=[，。；,;\n]|$))|"
    r"[〈<](?P<b>[^〈〉<>\n，。；]*[\u4e00-\u9fff][^〈〉<>\n，。；]*)[〉>]"
)
_OPEN, _CLOSE = "(（", ")）"


def _tidy(title: str) -> str:
    """Trim spaces and close an unclosed parenthesis: 纲要(2011-2020年 → 纲要(2011-2020年)."""
    title = title.strip().strip("“”\"")
    depth = sum(title.count(c) for c in _OPEN) - sum(title.count(c) for c in _CLOSE)
    return title + ")" * depth if depth > 0 else title


def extract_references(doc: StructuredDocument) -> list[Reference]:
    """One Reference per distinct title, with every sentence that cites it."""
    found: dict[str, list[Evidence]] = {}
    for sent in doc.sentences:
        for m in _TITLE.finditer(sent.text):
            title = _tidy(m["a"] or m["b"] or "")
            if len(title) < 2:
                continue
            found.setdefault(title, []).append(doc.evidence(sent))
    return [Reference(title, tuple(ev)) for title, ev in found.items()]
