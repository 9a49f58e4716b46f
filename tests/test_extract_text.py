import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edukg.loaders.extract.text import (
    YEAR, Gated, alternation, any_of, any_pair, any_word_or_pair, clauses, garbled_at, may_hold, quoted,
)
from edukg.loaders.model import RawDocument, Sentence
from edukg.loaders.normalize import normalize


def _longest_first(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (["教育", "教育局", "局"], "县教育局和财政局", ["教育局", "局"]),
        (["工程", "计划", "行动计划"], "实施行动计划和工程", ["行动计划", "工程"]),
        (["a.b", "a"], "a.b axb", ["a.b", "a"]),  # special characters are literal
        (["(一)", "一"], "(一)一", ["(一)", "一"]),
    ],
)
def test_alternation_prefers_the_longest_word(words, text, found):
    assert re.findall(alternation(words), text) == found


_WORDS = st.lists(st.text(alphabet="ab.(", min_size=1, max_size=4), min_size=1, max_size=8)
_TEXT = st.text(alphabet="ab.(x", max_size=20)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_alternation_matches_as_the_words_longest_first(words, text):
    """Alone, and where the engine must backtrack into a shorter word for the rest to match."""
    for around in ("(?:{})", "x(?:{})(?:a|b)?\\.x"):
        trie = re.compile(around.format(alternation(words)))
        plain = re.compile(around.format(_longest_first(words)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_any_of_tries_only_the_words_that_hold_no_other():
    assert any_of(["三年行动计划", "计划", "工程", "教育工程", "“"]).pattern == any_of(["“", "计划", "工程"]).pattern


def test_any_of_looks_for_a_word_opening_with_common_characters_from_its_first_other_one():
    gate = any_of(["教育督导", "计划"])
    assert gate.search("开展教育督导").start() == 4  # at 督, with 教育 behind it
    assert gate.search("教育督察和督导") is None


_COMMON_WORDS = st.lists(st.text(alphabet="教育a(", min_size=1, max_size=4), min_size=1, max_size=8)
_COMMON_TEXT = st.text(alphabet="教育a(x", max_size=20)


@settings(max_examples=300, deadline=None)
@given(_COMMON_WORDS, _COMMON_TEXT, st.lists(st.integers(0, 20), max_size=6))
def test_any_of_answers_as_all_the_words_opening_with_common_characters(words, text, cuts):
    """For the whole text, and for every span (of may_hold) that a word begins and ends inside."""
    every = re.compile(alternation(words))
    assert (every.search(text) is None) == (any_of(words).search(text) is None)
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    spans = list(zip(bounds, bounds[1:]))
    flags = may_hold(text, _sentences(text, spans), any_of(words))
    assert all(flag for flag, (start, end) in zip(flags, spans) if every.search(text[start:end]))


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT, st.lists(st.integers(0, 20), max_size=6))
def test_any_of_answers_as_all_the_words(words, text, cuts):
    """For the whole text, and for every span (of may_hold) that a word begins and ends inside."""
    _assert_gate_answers_as(re.compile(alternation(words)), any_of(words), text, cuts)


def _assert_gate_answers_as(every: re.Pattern[str], gate: re.Pattern[str], text: str, cuts: list[int]) -> None:
    assert (every.search(text) is None) == (gate.search(text) is None)
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    spans = list(zip(bounds, bounds[1:]))
    inside = [every.search(text[start:end]) is not None for start, end in spans]
    sentences = _sentences(text, spans)
    flags, begun = may_hold(text, sentences, gate), may_hold(text, sentences, every)
    # a span that holds a word whole is never passed over, and one no word begins in never taken
    assert all(flag for flag, held in zip(flags, inside) if held)
    assert all(starts for flag, starts in zip(flags, begun) if flag)


def test_any_pair_tries_only_the_ends_and_heads_that_hold_no_other():
    assert any_pair(["局", "教育局", "办公室"], ["负责", "负责人", "要"]).pattern == (
        f"(?:{alternation(['办公室', '局'])})(?:{alternation(['要', '负责'])})"
    )


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS, _TEXT, st.lists(st.integers(0, 20), max_size=6))
def test_any_pair_answers_as_every_pair(firsts, seconds, text, cuts):
    """As any_of every pair does: for the whole text, and for every span of may_hold that a pair begins and ends inside."""
    pairs = [first + second for first in firsts for second in seconds]
    _assert_gate_answers_as(re.compile(alternation(pairs)), any_pair(firsts, seconds), text, cuts)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS, _WORDS, _TEXT, st.lists(st.integers(0, 20), max_size=6))
def test_any_word_or_pair_answers_as_the_words_or_the_pairs(words, firsts, seconds, text, cuts):
    """For every span of may_hold, as any_of the words or any_pair of the first and second words."""
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    spans = list(zip(bounds, bounds[1:]))
    sentences = _sentences(text, spans)
    either = [
        held or paired for held, paired in
        zip(may_hold(text, sentences, any_of(words)), may_hold(text, sentences, any_pair(firsts, seconds)))
    ]
    assert may_hold(text, sentences, any_word_or_pair(words, firsts, seconds)) == either


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT, st.lists(st.integers(0, 20), max_size=6), st.lists(st.integers(0, 20), max_size=6))
def test_may_hold_flags_a_sentence_where_the_search_from_its_start_ends_inside_it(words, text, cuts, gaps):
    """As a search of the text from each sentence's start would, sentences with gaps between them too."""
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    spans = [(start, end) for start, end in zip(bounds, bounds[1:]) if start not in gaps]
    gate = any_of(words)
    found = [gate.search(text, start) for start, _ in spans]
    searched = [m is not None and m.start() < end for m, (_, end) in zip(found, spans)]
    assert may_hold(text, _sentences(text, spans), gate) == searched


def _sentences(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    return [Sentence(text[start:end], start, end) for start, end in spans]


def test_any_word_or_pair_finds_a_word_or_a_subject_with_its_verb():
    gate = any_word_or_pair(["部门", "请"], ["局", "教育局"], ["负责"])
    assert gate.search("县教育局负责") and gate.search("请各部门") and not gate.search("局长要求")


def test_any_word_or_pair_looks_for_a_subject_opening_with_common_characters_from_its_first_other_one():
    gate = any_word_or_pair(["教学点"], ["教育科"], ["负责"])
    assert gate.search("县教育科负责").start() == 3  # at 科, with 教育 behind it
    assert gate.search("各教学点").start() == 3
    assert not gate.search("教育厅负责") and not gate.search("科负责")

def test_gated_pattern_runs_only_where_its_words_occur():
    gated = Gated.of(re.compile(r"(?P<n>\d+)所"), ["所"])
    assert not gated.may_match("新建幼儿园6个")
    assert gated.match("6所") is not None and gated.match("6个") is None
    assert [m["n"] for m in gated.finditer("新建6所,改建2所")] == ["6", "2"]
    assert list(gated.finditer("新建幼儿园")) == []


def test_clauses_split_at_punctuation():
    text = "新建幼儿园6所,改扩建16所;完成。"
    assert [text[s:e] for s, e in clauses(text)] == ["新建幼儿园6所", "改扩建16所", "完成"]


@pytest.mark.parametrize(
    ("text", "at"),
    [("推进职业学?教育", 5), ("\ufffd教育", 0), ("是否达标？", None), ("version 1.0?", None), ("", None)],
)
def test_garbled_at(text, at):
    assert garbled_at(text) == at


@pytest.mark.parametrize(("original", "at"), [("如何办好教育？县教育局负责。", None), ("如何办好教育﹖", None),
                                             ("推进职业学?教育", 5)])
def test_a_question_survives_normalization_as_a_question_not_a_lost_character(original, at):
    text = normalize(RawDocument("q.txt", "0" * 64, "utf-8", original)).text
    assert garbled_at(text) == at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实施“县管校聘”改革", [("县管校聘", 3, 7)]),
        ('推进"三通两平台"建设', [("三通两平台", 3, 8)]),
        ("落实「双减」和‘五项管理’", [("双减", 3, 5), ("五项管理", 8, 12)]),
        ("新建幼儿园6所", []),
        ("一个”孤立的右引号", []),
    ],
)
def test_quoted_phrases_of_every_quote_style(text, expected):
    assert list(quoted(text)) == expected
    assert all(text[s:e] == phrase for phrase, s, e in quoted(text))


# a year as written, four digits with no digit before them
_PLAIN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\d)")


@given(st.text(alphabet="0129年 x１", max_size=24))
@settings(max_examples=400)
def test_year_takes_no_digit_before_the_four(text):
    assert [m.span() for m in YEAR.finditer(text)] == [m.span() for m in _PLAIN_YEAR.finditer(text)]
    assert YEAR.findall(text, 1) == _PLAIN_YEAR.findall(text, 1)  # the digit before a search's start counts


@pytest.mark.parametrize(("text", "years"), [("到2025年", ["2025"]), ("12025年", []), ("1 2025年", ["2025"])])
def test_year(text, years):
    assert YEAR.findall(text) == years
