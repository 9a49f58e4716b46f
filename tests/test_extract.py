"""extract_facts on the sample corpus: every list filled, every fact with evidence in the original text."""


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from structured_samples import structured

from edukg.loaders.extract import extract_facts
from edukg.loaders.normalize import normalize
from edukg.loaders.read import read_document
from edukg.loaders.structure import structure
from bundled_corpus import SAMPLES



@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.name[:3])
def facts(request):
    return extract_facts(structure(normalize(read_document(request.param))))


def _evidence(facts):
    for t in (*facts.targets, *facts.observations):
        yield t.evidence
    for r in facts.responsibilities:
        yield r.evidence
    for item in (*facts.programs, *facts.agencies, *facts.references):
        yield from item.evidence


def test_every_fact_has_evidence_in_the_original(facts):
    original = facts.document.norm.raw.text
    for ev in _evidence(facts):
        assert ev.text
        assert 0 <= ev.start < ev.end <= len(original)
        # the evidence starts and ends on the characters it came from
        assert facts.document.norm.to_original(*_span(facts, ev))[0] == ev.start


def _span(facts, ev):
    text = facts.document.norm.text
    start = text.index(ev.text)
    while facts.document.norm.to_original(start, start + len(ev.text))[0] != ev.start:
        start = text.index(ev.text, start + 1)
    return start, start + len(ev.text)


def test_lists_are_filled():
    """Across the samples every list of the extract object has entries."""
    all_facts = [extract_facts(structure(normalize(read_document(p)))) for p in SAMPLES]
    for field in ("targets", "programs", "agencies", "responsibilities", "references", "themes"):
        assert any(getattr(f, field) for f in all_facts), field


def test_extraction_is_deterministic():
    doc = structure(normalize(read_document(SAMPLES[-1])))
    assert extract_facts(doc) == extract_facts(doc)


_ALPHABET = "一二三四五十百万亿0123456789.%所个元年月第期轮组局科室部门学校教育县市区达到以上以内不低于控制在新建“”《》()、,;:。\n"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=200))
def test_any_text_extracts_without_error(text):
    doc = structured(text)
    facts = extract_facts(doc)
    for ev in _evidence(facts):
        assert 0 <= ev.start <= ev.end <= len(text)
