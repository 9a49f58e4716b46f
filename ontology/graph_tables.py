"""The tables `vocab` keeps in the user's cache, read from the ontology's graph."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rdflib import OWL, RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from edukg.ontology import EDU, load_ontology, local_name
from edukg.ontology.vocab import SCHEMES, Concept, Lists

__all__ = ["read_tables"]


def read_tables() -> dict[str, Any]:
    """Labels, relationship types, the lists' layout and the concepts of each scheme, in JSON's terms."""
    g = load_ontology()
    tables: dict[str, Any] = {"labels": _read_labels(g), "rel_types": _read_rel_types(g)}
    tables["lists"] = asdict(_read_lists(g, tables["labels"], tables["rel_types"]))
    tables["schemes"] = {scheme: [asdict(c) for c in _read_scheme(g, scheme).values()] for scheme in SCHEMES}
    return tables


def _read_labels(g: Graph) -> dict[str, str]:
    return {
        local_name(cls): str(lab)
        for cls in g.subjects(RDF.type, OWL.Class)
        if (lab := g.value(cls, EDU.graphLabel)) is not None
    }


def _read_rel_types(g: Graph) -> dict[str, str]:
    return {
        local_name(prop): str(typ)
        for prop in g.subjects(RDF.type, OWL.ObjectProperty)
        if (typ := g.value(prop, EDU.graphType)) is not None
    }


def _read_lists(g: Graph, labels: dict[str, str], rel_types: dict[str, str]) -> Lists:
    (cls, holder_prop), = g.subject_objects(EDU.graphListsOn)
    (link, index), = ((p, i) for p, i in g.subject_objects(EDU.graphIndex) if g.value(p, RDFS.domain) == cls)
    columns = {local_name(p): str(c) for p, c in g.subject_objects(EDU.graphList) if g.value(p, RDFS.domain) == cls}
    by_type = sorted((rel_types[local_name(p)], str(i)) for p, i in g.subject_objects(EDU.graphIndexes))
    indexes, = {i for _, i in by_type}
    holder = g.value(holder_prop, RDFS.range)
    return Lists(labels[local_name(cls)], rel_types[local_name(holder_prop)], labels[local_name(holder)],
                 dict(sorted(columns.items())), rel_types[local_name(link)], str(index),
                 tuple(t for t, _ in by_type), indexes)


def _zh(values) -> tuple[str, ...]:
    return tuple(sorted(str(v) for v in values if isinstance(v, Literal) and v.language in (None, "zh")))


def _read_scheme(g: Graph, scheme: str) -> dict[str, Concept]:
    out: dict[str, Concept] = {}
    for c in g.subjects(SKOS.inScheme, EDU[scheme]):
        names = _zh(g.objects(c, SKOS.prefLabel))
        if not names:
            continue
        theme = g.value(c, EDU.hasTheme)
        unit = g.value(c, EDU.unit)
        out[names[0]] = Concept(
            name=names[0],
            aliases=_zh(g.objects(c, SKOS.altLabel)),
            keywords=_zh(g.objects(c, SKOS.hiddenLabel)),
            unit=str(unit) if unit is not None else None,
            theme=str(g.value(theme, SKOS.prefLabel)) if theme is not None else None,
            subject_only=bool(g.value(c, EDU.subjectOnly, default=Literal(False)).toPython()),
        )
    return out
