"""Extraction: a StructuredDocument → its facts (targets, observations, programs,
agencies, responsibilities, references, themes), each with its evidence.

Rules and vocabularies only (the vocabularies live in the ontology); no models.
"""

from __future__ import annotations

from edukg.loaders.extract.agencies import AgencyMatcher, extract_agencies, working_groups
from edukg.loaders.extract.programs import extract_programs
from edukg.loaders.extract.references import extract_references
from edukg.loaders.extract.responsibilities import extract_responsibilities
from edukg.loaders.extract.targets import extract_targets
from edukg.loaders.extract.themes import document_themes
from edukg.loaders.model import DocumentFacts, StructuredDocument

__all__ = ["extract_facts"]


def extract_facts(doc: StructuredDocument) -> DocumentFacts:
    """Every fact of one document, each with the sentence (original offsets) it rests on."""
    groups = working_groups(doc)
    matcher = AgencyMatcher.for_document(doc)
    targets, observations = extract_targets(doc, lambda i: groups.goals[i] and matcher.normalize(groups.goals[i]))
    responsibilities = extract_responsibilities(doc, matcher, groups)
    return DocumentFacts(
        document=doc,
        targets=tuple(targets),
        observations=tuple(observations),
        programs=tuple(extract_programs(doc)),
        agencies=tuple(extract_agencies(doc, matcher, groups, responsibilities, targets)),
        responsibilities=tuple(responsibilities),
        references=tuple(extract_references(doc)),
        themes=document_themes(doc),
    )
