"""Duties listed as items under the line that names their holder (县教育局负责以下工作: / 1.制定… / 2.统筹…,
县教育局要做好以下工作: / 一是… / 二是…): each item, without its number, is the holder's duty, up to the first
line that is no item of the same list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from edukg.loaders.extract.agencies import AgencyMatcher
from edukg.loaders.extract.responsibilities_kept import MUST
from edukg.loaders.extract.text import ITEM_MARK
from edukg.loaders.model import StructuredDocument

__all__ = ["ItemList", "list_holder"]

# the holder, perhaps charged, and what it is to do as what follows (负责以下工作, 要做好如下几项工作, 主要职责), or nothing
# more (县教育局负责:); its duties may be named as its own (县教育局的职责:, 县教育局主要职责是:, 县教育局的工作职责为:)
_INTRO = re.compile(
    rf"^(?P<subj>[^，,；;。:：]{{2,30}}?)(?P<must>(?:也|均|都|还)?(?:{MUST}))?的?(?:主要|具体|认真|切实)?"
    r"(?:负责|承担|履行|做好|抓好|落实)?(?:以下|如下|下列)?(?:[一二三四五六七八九十几]项)?(?:工作)?(?:职责|任务|事项)?(?:是|为)?\s*[:：]\s*$"
)
# the clause of the holder: after the last mark of a clause, and after the line's own number
_LAST_CLAUSE = re.compile(r"^.*[，,；;。]")
_OWN_NUMBER = re.compile(rf"^\s*(?:{ITEM_MARK})\s*")
# an item's number: 1. / (1) / 一是
_ITEM = re.compile(r"^\s*(?:[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.、．)）]|[一二三四五六七八九十]+是)\s*")
_ITEM_END = " ,，;；。"


@dataclass
class ItemList:
    """The holders of a list of items, and, once its first item is met, the level and parent of the items'
    sections and the section of the current item."""

    holders: list[str]
    kind: tuple[int, int | None] | None = None
    section: int | None = None

    def item(self, doc: StructuredDocument, i: int) -> tuple[tuple[int, int] | None, bool]:
        """The span of sentence i's item, without its number, if it is one of the list; and whether the list
        goes on after it (a later sentence of the same item, which is no item, does not end it)."""
        sent = doc.sentences[i]
        if sent.section is None:
            return None, False
        section = doc.sections[sent.section]
        kind = (section.level, section.parent)
        number = _ITEM.match(sent.text)
        if number and number.end() and self.kind in (None, kind):
            self.kind, self.section = kind, sent.section
            end = len(sent.text.rstrip(_ITEM_END))
            return ((number.end(), end) if end - number.end() >= 2 else None), True
        return None, self.section is not None and sent.section == self.section


def list_holder(text: str, matcher: AgencyMatcher, charges_only: bool) -> str | None:
    """The bodies a sentence ending with a colon names as the holders of the list it announces
    (县教育局负责以下工作:), if it is such a sentence; in a report or news, only when they are charged
    (县教育局要做好以下工作:)."""
    clause = _OWN_NUMBER.sub("", _LAST_CLAUSE.sub("", text.strip()))
    m = _INTRO.match(clause)
    if not m or (charges_only and not m["must"]) or not matcher.is_subject(m["subj"]):
        return None
    return m["subj"]
