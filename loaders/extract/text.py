"""Small text helpers shared by the extractors: clauses, quoted spans, verb prefixes,
and fast forms of the patterns of word lists."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from edukg.loaders.model import Sentence

__all__ = [
    "CJK",
    "cjk_count",
    "han_punctuation",
    "alternation",
    "any_of",
    "any_pair",
    "any_word_or_pair",
    "Gated",
    "may_hold",
    "clauses",
    "quoted",
    "inside",
    "strip_verbs",
    "garbled_at",
    "VERB_PREFIX",
    "YEAR",
    "ITEM_MARK",
    "UNIT_NAMES",
    "PLACE_ALONE_ENDS",
]

CJK = "\u4e00-\u9fff"
# a list item's number with its mark: (3), （三）, 2., 五、
ITEM_MARK = r"[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[\d一二三四五六七八九十]{1,3}\s*[.、．]"
# the names of a list of bodies (a unit list after a task, a duty table's unit cell), split at its separators (and
# 县教育局/县财政局) save inside a name's brackets (各县(市、区)人民政府)
UNIT_NAMES = re.compile(r"(?:[(（][^()（）]*[)）]|[^、,，;；/\s(（])+")
# how a name that is a place alone ends (各市(州), 各乡镇, 各街道), before the rest of a body's name or a list's
# other names
PLACE_ALONE_ENDS = (*"省市州盟县区旗镇乡)）", "街道")
# clause boundaries inside a sentence (not the colon of a ratio: 按1:1.5的比例); the ratio's part opens with its
# colon, and is an alternative to nothing, so that the engine passes over a clause's end by one test of a set
_RATIO_PART = r"[:：](?<=\d[:：])(?=\d)[^，,；;：:。！？!?\n]+"
_CLAUSE = re.compile(rf"[^，,；;：:。！？!?\n]+(?:{_RATIO_PART}(?:{_RATIO_PART})*|)")
# “…” "…" 「…」 ‘…’ — a quoted phrase, without its quotes
_QUOTED = re.compile(r"“([^“”\n]{1,60})”|\"([^\"\n]{1,60})\"|「([^「」\n]{1,60})」|‘([^‘’\n]{1,60})’")
# 2025年, not 12025年: whether a digit stands before the four is looked at after them (no five
# digits end there), so that a search skips to the 1s and 2s instead of trying a lookbehind at
# every character
YEAR = re.compile(r"((?:19|20)\d{2})(?<!\d{5})\s*年(?!\d)")
# a character lost by a broken scrape: U+FFFD, or an ASCII ? written against Chinese text
# (a Chinese question is asked with the full-width ？)
_GARBLE = re.compile(rf"\ufffd|\?(?<=[{CJK}]\?)|\?(?=[{CJK}])")

# Leading adverbs and verbs of a work-plan clause: 进一步加快推进…, 深入实施…, 启动…
_ADVERB = (
    "坚定不移|进一步|继续|全面|深入|大力|加快|积极|扎实|认真|切实|着力|努力|重点|稳步|有序|统筹|坚持|不断|持续|"
    "稳妥|逐步|率先|尽快|力争|确保|全力|协调|主动|及时|严格|科学|狠抓|精心"
)
_VERB = (
    "贯彻落实|组织实施|落实|推进|推动|实施|启动|开展|推行|执行|贯彻|建立健全|建立|健全|完善|深化|加强|抓好|做好|"
    "做实|探索|打造|创建|实行|申报|参与|参加|融入|组织|开启|巩固|提升|保障|办好|抓实|加大|重点推出|推出|"
    "谋划|规划|争创|创新|依托|围绕|结合|通过|按照|根据|借助|利用|强化|促进|加快|继续|构建|打通"
)
# …and the 好 a verb takes for the work done well (落实好营养改善计划, 组织实施好…工程)
VERB_PREFIX = re.compile(rf"^(?:(?:{_ADVERB})*(?:{_VERB})好?)+")


def alternation(words: Iterable[str]) -> str:
    """A regex for any of `words` that prefers the longest, as the words joined by | longest first.

    It is written as a trie (教育(?:局|厅)…): the regex engine then tries one branch per
    character instead of every word at every position. Of the words that fit the text at a
    position, one is a prefix of the other, so both forms try them in the same order (longest
    first) and match the same.
    """
    trie: dict[str, dict] = {}
    for word in words:
        _add_word(trie, word)
    return _trie_pattern(trie)


def _add_word(trie: dict[str, dict], word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[""] = {}  # a word ends here


def _holds_word(trie: dict[str, dict], text: str) -> bool:
    """Whether `text` holds a word of `trie`: a walk down it from each character."""
    for i in range(len(text)):
        node = trie
        for ch in text[i:]:
            if (node := node.get(ch)) is None:
                break
            if "" in node:
                return True
    return False


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer words first


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds whether a text holds any of `words`, to gate costlier rules with.

    Of two words one of which holds the other (计划, 三年行动计划), a text that holds the longer holds the
    shorter, so only the words that hold none of the others are tried: a smaller trie, and the same
    answer for every text (and for every span of may_hold that a word begins and ends inside).
    """
    branches = _gate_branches((_least_words(words), ""))
    return re.compile(f"(?:{'|'.join(branches)})")


# characters that stand at many places of a document (教育, 学校, 工作, 全面, 加强, 发展, 各项, the digits of
# years and counts…): a search for words tries
# every place holding a word's first character, so a word that opens with these is looked for at its first
# other character, the ones before it checked behind that (教育督导: at each 督, then 教育 before it); most frequent
# first: a word of them alone is looked for at its rarest (学校 at 校, which 学生, 教学, 小学 do not hold)
_COMMON = "教育工学全作2的01各实项校化建展发力9人设一师体强务改中高35办486成7革民大生"


def _gate_branches(*groups: tuple[dict[str, dict], str]) -> list[str]:
    """One branch a character tried, for the words of each (trie, pattern after its words): a text holds a
    word followed by its pattern if and only if a search finds a match, the same answer as the tries' own
    patterns (a match starts at the character tried)."""
    tried: dict[str, list[str]] = {}
    for trie, tail in groups:
        at: dict[str, list[str]] = {}
        for word in _words(trie, ""):
            i = next((i for i, ch in enumerate(word) if ch not in _COMMON), None)
            if i is None:  # (all common)
                i = max(range(len(word)), key=lambda k: _COMMON.index(word[k]))
            at.setdefault(word[: i + 1], []).append(word[i + 1 :])
        alts: dict[str, list[str]] = {}
        for before, rests in at.items():
            behind = f"(?<={re.escape(before)})" if len(before) > 1 else ""
            alts.setdefault(before[-1], []).append(behind + alternation(rests))
        for ch, some in alts.items():  # (the pattern after the words written once a character)
            tried.setdefault(ch, []).append((some[0] if len(some) == 1 else f"(?:{'|'.join(some)})") + tail)
    # (the branches of the common characters first: at each place tried the engine passes over the branches
    # before the one of its character, and most places tried hold a common one)
    order = sorted(tried, key=lambda ch: ch not in _COMMON)
    return [re.escape(ch) + (tried[ch][0] if len(tried[ch]) == 1 else f"(?:{'|'.join(tried[ch])})") for ch in order]


def _words(trie: dict[str, dict], head: str) -> Iterator[str]:
    """The words of `trie`, each after `head`, in the trie's order."""
    for ch, child in trie.items():
        yield from _words(child, head + ch) if ch else (head,)


def _least_words(words: Iterable[str]) -> dict[str, dict]:
    """The trie of the words that hold none of the others."""
    # (the trie of the words kept so far both tells whether a word holds one and makes the pattern, in the
    # words' order: the pattern is the same in every process)
    trie: dict[str, dict] = {}
    for word in sorted(dict.fromkeys(words), key=len):
        if not _holds_word(trie, word):
            _add_word(trie, word)
    return trie


def any_pair(firsts: Iterable[str], seconds: Iterable[str]) -> re.Pattern[str]:
    """any_of every word of `firsts` followed by one of `seconds`, the same answer, compiled in a fraction
    of the time (agencies' 1,100 subject ends and 26 words after them are 26,000 pairs, 0.4 s as one trie).

    As any_of leaves out a word that holds another, this leaves out a first word that ends in another
    (教育局: 局) and a second word that begins with another: a pair that holds such a word holds the shorter pair.
    """
    ends, heads = _pair_words(firsts, seconds)
    return re.compile(f"(?:{alternation(ends)})(?:{alternation(heads)})")


def _pair_words(firsts: Iterable[str], seconds: Iterable[str]) -> tuple[list[str], list[str]]:
    firsts, seconds = set(firsts), set(seconds)
    ends = [w for w in sorted(firsts) if not any(w[i:] in firsts for i in range(1, len(w)))]
    heads = [w for w in sorted(seconds) if not any(w[:i] in seconds for i in range(1, len(w)))]
    return ends, heads


def any_word_or_pair(words: Iterable[str], firsts: Iterable[str], seconds: Iterable[str]) -> re.Pattern[str]:
    """Whether a text holds any of `words` or a pair of any_pair(`firsts`, `seconds`), in one search. (Two
    searches each skip only to their own words' first characters; the two patterns as alternatives of one
    skip to none: here every alternative opens with a character.)"""
    ends, heads = _pair_words(firsts, seconds)
    pairs: dict[str, dict] = {}
    for word in ends:
        _add_word(pairs, word)
    # (as any_of's words: the same sentences are flagged; the second words are written once a character
    # tried, not once a first word, which compiles in half the time)
    branches = _gate_branches((_least_words(words), ""), (pairs, f"(?:{alternation(heads)})"))
    return re.compile(f"(?:{'|'.join(branches)})")


@dataclass(frozen=True)
class Gated:
    """A costly pattern whose every match holds one of some words, its gate: a text without
    any (most sentences) is not tried at all. The gate is a trie of literals, which the regex
    engine finds by skipping to the characters they start with."""

    pattern: re.Pattern[str]
    gate: re.Pattern[str]

    @classmethod
    def of(cls, pattern: re.Pattern[str], words: Iterable[str]) -> Gated:
        return cls(pattern, any_of(words))

    def may_match(self, text: str) -> bool:
        """False when no part of `text` can match."""
        return self.gate.search(text) is not None

    # (the gate is searched here, not through may_match: these run on every sentence)
    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.gate.search(text) is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.gate.search(text) is not None else iter(())


def may_hold(text: str, sentences: Sequence[Sentence], pattern: re.Pattern[str]) -> list[bool]:
    """For each of a document's `sentences` (in order), whether `pattern` may match inside its span of
    `text`: a search of the text from a sentence's start serves every sentence before the match it finds,
    so that a rule's gate that most sentences of a document fail costs a few searches, not one a sentence.

    Exact for a pattern that looks at no character outside its match (no lookbehind, negative
    lookahead or anchor; a trie of words is such a pattern): a match inside the span is one in
    the text, and the search from the span's start finds it or an earlier one inside the span.
    (the gates of any_of and any_word_or_pair look behind only at their words' own characters: a span a
    word ends in but begins before may be flagged too, at worst a rule tried in vain, never one passed over.)
    """
    starts = [s.start for s in sentences]
    flags: list[bool] = []
    i = 0  # the first sentence not yet flagged
    while i < len(starts):
        m = pattern.search(text, starts[i])
        if m is None:
            flags += [False] * (len(starts) - i)
            break
        # (the sentences follow one another without overlap: of those that start at or before the match only the
        # last may hold it; the next is searched from its own start. The flags are filled a match at a time, not
        # a sentence: most sentences are passed over at once)
        at = m.start()
        k = bisect_right(starts, at, i)
        flags += [False] * (k - 1 - i)
        flags.append(at < sentences[k - 1].end)
        i = k
    return flags


_CJK_RUN = re.compile(f"[{CJK}]+")


def cjk_count(text: str) -> int:
    """How many Han characters `text` holds: a name needs two (3+1 and 70% are no names)."""
    # (summed over runs: findall then builds one string a run, not one a character)
    return sum(map(len, _CJK_RUN.findall(text)))


# normalization folds ， ； ： to ASCII; between Han characters they are the Chinese marks
_HAN_PUNCT = re.compile(rf"(?<=[{CJK}])[,;:](?=[{CJK}])")
_FULL_WIDTH = {",": "，", ";": "；", ":": "："}


def han_punctuation(name: str) -> str:
    """A name as Chinese writes it: 发展观,进一步 → 发展观，进一步."""
    return _HAN_PUNCT.sub(lambda m: _FULL_WIDTH[m.group()], name)


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence (split at commas, semicolons, colons, stops)."""
    return [m.span() for m in _CLAUSE.finditer(text)]


def quoted(text: str) -> list[tuple[str, int, int]]:
    """Quoted phrases: (phrase, start, end) with start/end of the phrase without its quotes."""
    if "“" not in text and '"' not in text and "「" not in text and "‘" not in text:
        return []  # most sentences quote nothing (the opening marks of _QUOTED)
    found: list[tuple[str, int, int]] = []
    for m in _QUOTED.finditer(text):
        g = m.lastindex  # the one group of the four that took part
        found.append((m.group(g), m.start(g), m.end(g)))
    return found


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start:end overlaps one of `spans`."""
    for s, e in spans:  # (a loop, not any(): asked for every clause and quantity, mostly of none or one span)
        if s < end and start < e:
            return True
    return False


def strip_verbs(phrase: str) -> str:
    """Drop the leading adverbs and verbs of a clause: 深入实施名师培养工程 → 名师培养工程."""
    return VERB_PREFIX.sub("", phrase, count=1)


def garbled_at(text: str) -> int | None:
    """Where the first character lost by a broken scrape sits in `text`, else None."""
    if "?" not in text and "\ufffd" not in text:
        return None  # most texts: the search is costlier than these two scans
    m = _GARBLE.search(text)
    return m.start() if m else None
