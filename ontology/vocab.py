"""Graph names read from the ontology: node labels, keys and relationship types."""

from __future__ import annotations

from functools import cache

from rdflib import OWL, RDF

from edukg.ontology import EDU, load_ontology

__all__ = ["labels", "label", "rel_types", "rel"]


@cache
def labels() -> dict[str, str]:
    """Class local name → node label, e.g. ``{"PolicyDocument": "Document", …}``."""
    g = load_ontology()
    return {
        str(cls).removeprefix(str(EDU)): str(lab)
        for cls in g.subjects(RDF.type, OWL.Class)
        if (lab := g.value(cls, EDU.graphLabel)) is not None
    }


@cache
def rel_types() -> dict[str, str]:
    """Object property local name → relationship type, e.g. ``{"inRegion": "IN_REGION", …}``."""
    g = load_ontology()
    return {
        str(prop).removeprefix(str(EDU)): str(typ)
        for prop in g.subjects(RDF.type, OWL.ObjectProperty)
        if (typ := g.value(prop, EDU.graphType)) is not None
    }


def label(cls: str) -> str:
    """The node label of ontology class `cls`; KeyError for an unknown class."""
    return labels()[cls]


def rel(prop: str) -> str:
    """The relationship type of object property `prop`; KeyError for an unknown property."""
    return rel_types()[prop]
