"""Names and vocabularies read from the ontology.

Graph names: node labels (``edu:graphLabel``) and relationship types
(``edu:graphType``). Vocabularies (SKOS, in vocabularies.ttl): themes with
their keywords, indicators with aliases, unit and theme, programs with their
variants, agency types with the names that reveal them, problem phrases, broad
aims, and the roles people are charged by.
Loaders and queries read these tables instead of repeating the names in code.

The tables extraction reads (labels, relationship types, the lists' layout, the
vocabularies) are kept in the user's cache under the hash of the Turtle files and
of the code reading them (graph_tables.py), so that reading them again needs
neither rdflib nor a parse; the rest is read from the graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import chain
from typing import TYPE_CHECKING, Any

from edukg.ontology import load_ontology, local_name, ontology_sources
from edukg.user_cache import cached_json

if TYPE_CHECKING:
    from rdflib import URIRef

__all__ = [
    "GraphNames",
    "names",
    "labels",
    "label",
    "rel_types",
    "rel",
    "rel_types_between",
    "Concept",
    "themes",
    "indicators",
    "programs",
    "agency_types",
    "problems",
    "aims",
    "roles",
    "indicator_aliases",
    "program_aliases",
    "describe",
    "class_names",
    "Lists",
    "lists",
]


# the SKOS concept schemes of vocabularies.ttl
SCHEMES = ("Themes", "Indicators", "Programs", "AgencyTypes", "Problems", "Aims", "Roles")
_TABLE_CODE = ("vocab.py", "graph_tables.py")  # the code that reads the tables, part of what they derive from


@cache
def _tables() -> dict[str, Any]:
    """The tables below, in JSON's terms: read from the cache, or from the graph (graph_tables.py)."""
    def read() -> dict[str, Any]:
        from edukg.ontology.graph_tables import read_tables

        return read_tables()

    code = (files("edukg.ontology").joinpath(name).read_bytes() for name in _TABLE_CODE)
    return cached_json("ontology-tables", chain(ontology_sources(), code), read)


def labels() -> dict[str, str]:
    """Class local name → node label, e.g. ``{"PolicyDocument": "Document", …}``."""
    return _tables()["labels"]


@cache
def class_names() -> dict[str, str]:
    """Node label → the class's Chinese name (its ``rdfs:label@zh``), e.g. ``{"Document": "政策文件", …}``."""
    from rdflib import OWL, RDF, RDFS, Literal

    from edukg.ontology import EDU

    g = load_ontology()
    out = {}
    for cls in sorted(g.subjects(RDF.type, OWL.Class), key=str):
        if (lab := g.value(cls, EDU.graphLabel)) is not None:
            zh = [str(v) for v in g.objects(cls, RDFS.label) if isinstance(v, Literal) and v.language == "zh"]
            out[str(lab)] = "".join(zh[:1])
    return out


def rel_types() -> dict[str, str]:
    """Object property local name → relationship type, e.g. ``{"inRegion": "IN_REGION", …}``."""
    return _tables()["rel_types"]


def label(cls: str) -> str:
    """The node label of ontology class `cls`; KeyError for an unknown class."""
    return labels()[cls]


def rel(prop: str) -> str:
    """The relationship type of object property `prop`; KeyError for an unknown property."""
    return rel_types()[prop]


@cache
def _rel_ends() -> dict[str, tuple[str | None, str | None]]:
    """Relationship type → (label of its domain, label of its range); None where the ontology leaves it open."""
    from rdflib import RDFS

    from edukg.ontology import EDU

    g = load_ontology()
    label_of = {EDU[cls]: lab for cls, lab in labels().items()}
    return {
        typ: (label_of.get(g.value(EDU[prop], RDFS.domain)), label_of.get(g.value(EDU[prop], RDFS.range)))
        for prop, typ in rel_types().items()
    }


def rel_types_between(these: frozenset[str] | set[str], those: frozenset[str] | set[str]) -> list[str]:
    """The relationship types the ontology lets join a node labelled one of `these` to one labelled one
    of `those`, either way (an open domain or range joins any label), sorted.

    A statement that names them walks only those relationships of a node, never the thousands of
    others (its sentences, say) it would read and then drop.

    >>> rel_types_between({"Program"}, {"Theme", "Region"})
    ['HAS_THEME']
    >>> rel_types_between({"Region"}, {"Document"})
    ['IN_REGION']
    """
    def joins(end: str | None, group: frozenset[str] | set[str]) -> bool:
        return end is None or end in group

    return sorted(typ for typ, (domain, range_) in _rel_ends().items()
                  if (joins(domain, these) and joins(range_, those)) or (joins(domain, those) and joins(range_, these)))


@dataclass(frozen=True)
class Lists:
    """How the graph keeps a class that has no node of its own (``edu:graphListsOn``): its instances
    as parallel lists on the node at the other end of `holder_type`, one list per property
    (`columns`, node property → list property, in the order of the properties' names). A node the
    class supports through `link_type` (``edu:graphIndex``) keeps its instance's index in `index`; a
    relationship of `index_types` (``edu:graphIndexes``) the indexes of the instances that support
    its entity, in `indexes`."""

    label: str  # of the class, as readers and exports give its instances back as nodes
    holder_type: str
    holder: str  # the label of the node keeping the lists
    columns: dict[str, str]
    link_type: str
    index: str
    index_types: tuple[str, ...]
    indexes: str


@cache
def lists() -> Lists:
    """The layout of the one class kept as lists (the sentences, Evidence), read from the ontology."""
    table = _tables()["lists"]
    return Lists(**{**table, "index_types": tuple(table["index_types"])})


class GraphNames:
    """The graph's names, read from the ontology in one place.

    As attributes, a closed namespace (as rdflib's ``ClosedNamespace``): ``.PolicyDocument``
    is the node label of that class, ``.inRegion`` the relationship type of that object
    property, and a name the ontology does not declare is an AttributeError, never a guess.
    As tables, for RDF: node label → class IRI (`classes`), relationship type → object
    property IRI (`properties`), datatype properties by local name (`datatype`) and their
    ranges (`ranges`).

    >>> n = names()
    >>> n.PolicyDocument, n.inRegion
    ('Document', 'IN_REGION')
    >>> n.Programme
    Traceback (most recent call last):
    ...
    AttributeError: the ontology declares no class or object property 'Programme'
    """

    def __init__(self) -> None:
        from rdflib import OWL, RDF, RDFS, URIRef

        from edukg.ontology import EDU

        g = load_ontology()
        self._graph_names = {**labels(), **rel_types()}
        self.classes: dict[str, URIRef] = {label: EDU[cls] for cls, label in labels().items()}
        self.properties: dict[str, URIRef] = {rel_type: EDU[prop] for prop, rel_type in rel_types().items()}
        self.datatype: dict[str, URIRef] = {local_name(p): p for p in g.subjects(RDF.type, OWL.DatatypeProperty)}
        self.ranges: dict[URIRef, URIRef] = {
            p: r for p in self.datatype.values() if isinstance(r := g.value(p, RDFS.range), URIRef)
        }

    def __getattr__(self, name: str) -> str:
        try:
            return self.__dict__["_graph_names"][name]
        except KeyError:
            raise AttributeError(f"the ontology declares no class or object property {name!r}") from None


@cache
def names() -> GraphNames:
    """The graph's names (see GraphNames), read once."""
    return GraphNames()


@dataclass(frozen=True)
class Concept:
    """A SKOS concept: canonical name, aliases, keywords and the few properties edukg uses."""

    name: str  # skos:prefLabel
    aliases: tuple[str, ...] = ()  # skos:altLabel
    keywords: tuple[str, ...] = ()  # skos:hiddenLabel
    unit: str | None = None  # edu:unit (indicators)
    theme: str | None = None  # name of the edu:hasTheme concept
    subject_only: bool = False  # edu:subjectOnly (agency types)


@cache
def _scheme(scheme: str) -> dict[str, Concept]:
    return {
        c["name"]: Concept(**{**c, "aliases": tuple(c["aliases"]), "keywords": tuple(c["keywords"])})
        for c in _tables()["schemes"][scheme]
    }


def themes() -> dict[str, Concept]:
    """Theme name → concept (keywords reveal the theme in a text)."""
    return _scheme("Themes")


def indicators() -> dict[str, Concept]:
    """Canonical indicator name → concept (aliases, unit, theme)."""
    return _scheme("Indicators")


def programs() -> dict[str, Concept]:
    """Canonical program name → concept (aliases and variants, theme)."""
    return _scheme("Programs")


def agency_types() -> dict[str, Concept]:
    """Agency type → concept; keywords are the names (or name suffixes) that reveal the type."""
    return _scheme("AgencyTypes")


@cache
def problems() -> frozenset[str]:
    """Names of problems (入园难, 大班额…): often quoted, never programs."""
    return frozenset(_scheme("Problems"))


@cache
def aims() -> frozenset[str]:
    """Broad aims nearly every plan names (教育现代化…): states to reach, never programs."""
    return frozenset(_scheme("Aims"))


@cache
def roles() -> tuple[str, ...]:
    """The roles people are charged by (教师, 班主任, 负责人…), in code point order: they hold duties, but are no body."""
    return tuple(sorted(_scheme("Roles")))


def _alias_table(concepts: dict[str, Concept]) -> dict[str, str]:
    table: dict[str, str] = {}
    for c in concepts.values():
        for alias in c.aliases:
            table.setdefault(alias, c.name)
    for c in concepts.values():  # a canonical name always maps to itself
        table[c.name] = c.name
    return table


@cache
def indicator_aliases() -> dict[str, str]:
    """Every indicator name or alias → canonical name."""
    return _alias_table(indicators())


@cache
def program_aliases() -> dict[str, str]:
    """Every program name or variant → canonical name."""
    return _alias_table(programs())


def describe() -> list[dict[str, str]]:
    """Rows for `edukg ontology`: classes, relations and vocabulary sizes."""
    from rdflib import OWL, RDF, RDFS

    from edukg.ontology import EDU

    g = load_ontology()
    names = class_names()
    rows: list[dict[str, str]] = [
        {"kind": "class", "name": cls, "graph": lab, "detail": names[lab]}
        for cls, lab in sorted(labels().items())
    ]
    for prop in sorted(g.subjects(RDF.type, OWL.ObjectProperty), key=str):
        if (typ := g.value(prop, EDU.graphType)) is not None:
            dom, rng = g.value(prop, RDFS.domain), g.value(prop, RDFS.range)
            detail = f"{local_name(dom) if dom else '*'} → {local_name(rng) if rng else '*'}"
            rows.append({"kind": "relation", "name": local_name(prop), "graph": str(typ), "detail": detail})
    for scheme in SCHEMES:
        concepts = _scheme(scheme)
        aliases = sum(len(c.aliases) for c in concepts.values())
        keywords = sum(len(c.keywords) for c in concepts.values())
        detail = f"{len(concepts)} concepts, {aliases} aliases, {keywords} keywords"
        rows.append({"kind": "vocabulary", "name": scheme, "graph": "", "detail": detail})
    return rows
