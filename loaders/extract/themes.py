"""Themes (学前教育, 教师队伍, 经费投入…) from the keywords of the theme vocabulary."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from edukg.loaders.extract.text import alternation
from edukg.loaders.model import StructuredDocument
from edukg.ontology import vocab

__all__ = ["theme_of", "document_themes", "is_theme_word"]


@cache
def _keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    owner: dict[str, str] = {}
    for theme in vocab.themes().values():
        for word in (theme.name, *theme.keywords):
            owner.setdefault(word, theme.name)
    pattern = re.compile(alternation(owner))
    return pattern, owner


def is_theme_word(word: str) -> bool:
    """Whether `word` is a theme's name or keyword (学前教育, 控辍保学)."""
    return word in _keywords()[1]


def theme_of(text: str) -> str | None:
    """The theme of the longest keyword in `text` (the first one on ties), or None."""
    pattern, owner = _keywords()
    best = max(pattern.findall(text), key=len, default=None)
    return owner[best] if best else None


def document_themes(doc: StructuredDocument, min_hits: int = 3) -> tuple[str, ...]:
    """Themes whose keywords occur at least `min_hits` times, most frequent first."""
    pattern, owner = _keywords()
    counts = Counter(owner[w] for w in pattern.findall(doc.norm.text))
    return tuple(t for t, n in counts.most_common() if n >= min_hits)
