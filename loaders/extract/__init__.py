"""Extraction: a StructuredDocument → its facts (targets, observations, programs,
agencies, responsibilities, references, themes), each with its evidence.

Rules and vocabularies only (the vocabularies live in the ontology); no models.
Tables are read by their own rules (tables.py); the sentence rules skip the rows
those have read.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from edukg.loaders.extract.agencies import AgencyMatcher, WorkingGroups, extract_agencies, working_groups
from edukg.loaders.extract.programs import extract_programs, program_mentions
from edukg.loaders.extract.references import extract_references
from edukg.loaders.extract.reporting import tells_what_was_done
from edukg.loaders.extract.responsibilities import extract_responsibilities, joint_holders, whole_duties
from edukg.loaders.extract.tables import extract_tables
from edukg.loaders.extract.targets import extract_targets
from edukg.loaders.extract.themes import document_themes
from edukg.loaders.model import DocumentFacts, StructuredDocument

__all__ = ["extract_facts"]


def extract_facts(doc: StructuredDocument) -> DocumentFacts:
    """Every fact of one document, each with the sentence (original offsets) or table cells it rests on."""
    matcher = AgencyMatcher.for_document(doc)
    tables = extract_tables(doc, matcher)
    # the rules of quantities, agencies and duties read what no table rule has read
    text = _without(doc, tables.hidden["all"])
    groups = working_groups(text)
    for_targets, target_groups = _view(text, groups, tables.hidden["targets"])
    for_duties, duty_groups = _view(text, groups, tables.hidden["responsibilities"])
    reporting = tells_what_was_done(doc)  # a review or news of what was done: the target and duty rules ask
    targets, observations = extract_targets(
        for_targets, lambda i: target_groups.goals[i] and matcher.normalize(target_groups.goals[i]), reporting
    )
    targets += tables.targets
    # the duty rules ask for the programs of sentences the program rule reads too: each found once
    find_programs = cache(program_mentions)
    responsibilities = extract_responsibilities(for_duties, matcher, duty_groups, reporting, find_programs)
    responsibilities += tables.responsibilities
    return DocumentFacts(
        document=doc,
        targets=tuple(targets),
        observations=tuple(observations + tables.observations),
        programs=tuple(extract_programs(doc, find_programs)),  # a table's labels name programs as sentences do
        agencies=tuple(extract_agencies(text, matcher, groups, responsibilities, targets)),
        responsibilities=tuple(joint_holders(whole_duties(for_duties, responsibilities))),  # (a body named by a duty cut off is named)
        references=tuple(extract_references(doc)),
        themes=document_themes(doc),
    )


def _without(doc: StructuredDocument, spans: list[tuple[int, int]]) -> StructuredDocument:
    """`doc` less the sentences that lie inside one of `spans` (normalized offsets)."""
    if not spans:
        return doc
    kept = tuple(s for s in doc.sentences if not any(a <= s.start and s.end <= b for a, b in spans))
    return replace(doc, sentences=kept)


def _view(
    doc: StructuredDocument, groups: WorkingGroups, spans: list[tuple[int, int]]
) -> tuple[StructuredDocument, WorkingGroups]:
    """`doc` less the sentences inside `spans`, with its working groups."""
    if not spans:
        return doc, groups
    view = _without(doc, spans)
    return view, working_groups(view)
