"""DocumentFacts → the rows the loader writes: the layout its statements read, one document's rows.

A pure transformation, run where the facts are made (in the pipeline's worker
processes): only the rows, a third of the size of the facts (no text, offsets
or sections), cross to the process that writes. Entities come with the ids,
properties and aliases resolution gave them (``DocumentFacts.identities``);
a document's own facts (Target, Observation, Responsibility) are identified
here by a hash of the document and what they state. A document's sentences
(Evidence) are no rows of their own: they are kept on the Document, as lists in
the order of their offsets (``vocab.lists()``), and a fact keeps the index of its
sentence there, a mention of a shared entity the indexes of those naming it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edukg.loaders.model import DocumentFacts, Entity, Evidence, Identities, IndicatorValue
from edukg.loaders.resolve import identify
from edukg.ontology import vocab

__all__ = ["DocumentRows", "document_rows", "sentence_id", "ENTITY_CLASSES", "ALIASED_CLASSES", "EVIDENCED_CLASSES",
           "DOCUMENT", "DOCUMENT_PROPS", "ENTITY_PROPS", "FACTS", "LINK_COLUMN", "DOCUMENT_LINKS", "SENTENCE_LINKS",
           "ENTITY_LINKS", "COUNTS"]

# Shared entity kinds (joined by canonical id); those whose aliases accumulate over documents;
# those a document's sentences (Evidence) support.
ENTITY_CLASSES = ("Region", "Year", "Agency", "Program", "Indicator", "Theme", "Reference")
ALIASED_CLASSES = ("Region", "Agency", "Program", "Indicator")
EVIDENCED_CLASSES = ("Agency", "Program", "Reference")
DOCUMENT = "PolicyDocument"
# The properties a node may have besides its id, per shared entity kind (those resolve.identify
# gives) and of a Document (its sentences' lists besides): a node is created with all of them in
# one step, since every later write of it leaves a stale entry in FalkorDB's index of its label.
ENTITY_PROPS = {
    "Region": ("name", "level", "province", "city", "county", "code"),
    "Year": ("value",),
    "Agency": ("name", "type"),
    "Program": ("name",),
    "Indicator": ("name", "unit"),
    "Theme": ("name",),
    "Reference": ("title",),
}
DOCUMENT_PROPS = ("sha256", "title", "kind", "plan_year", "published", "issuer", "url", "source", "file", "region",
                  "media_type", "encoding", "size")


@dataclass(frozen=True)
class Fact:
    """A kind of node a document owns (tagged with doc_id): its properties and the relationships
    created in the same statement, each to nodes of the class named, written before it."""

    props: tuple[str, ...]
    links: tuple[tuple[str, str, bool], ...]  # (object property, class at the other end, fact is the source)

    @property
    def columns(self) -> tuple[str, ...]:
        return ("id", "doc_id", *self.props)


_QUANTITY = ("indicator", "value", "value_max", "unit", "comparator", "year")
_SENTENCE = vocab.lists().index  # a fact's last column: the index of its sentence in its document's lists
# A document's own facts, each resting on one sentence of its document.
FACTS = {
    # A target also keeps the year it is for (its own, else its document's plan year) and its document's
    # region id, a duty its document's plan year and region name: the queries that list an indicator's
    # targets or an agency's duties latest year first find and order them before reading any document.
    "Target": Fact((*_QUANTITY, "effective_year", "region_id", _SENTENCE),
                   (("measures", "Indicator", True), ("forYear", "Year", True), ("assignedTo", "Agency", True))),
    "Observation": Fact((*_QUANTITY, _SENTENCE), (("measures", "Indicator", True), ("forYear", "Year", True))),
    "Responsibility": Fact(("duty", "plan_year", "region", _SENTENCE),
                           (("heldBy", "Agency", True), ("concerns", "Program", True))),
}
# A fact's row: [id, doc_id, *props, *(ids at the other end of each link)]; where each link's ids sit.
LINK_COLUMN = {(cls, prop, other): len(fact.columns) + i
               for cls, fact in FACTS.items() for i, (prop, other, _) in enumerate(fact.links)}

# (parameter of the Document statement, object property, class at the other end, Document is the source)
DOCUMENT_LINKS = (
    ("regions", "inRegion", "Region", True),
    ("years", "forYear", "Year", True),
    ("issuers", "issuedBy", "Agency", True),
    ("programs", "mentionsProgram", "Program", True),
    ("agencies", "mentionsAgency", "Agency", True),
    ("targets", "setsTarget", "Target", True),
    ("observations", "reportsObservation", "Observation", True),
    ("responsibilities", "assigns", "Responsibility", True),
    ("references", "cites", "Reference", True),
    ("themes", "hasTheme", "Theme", True),
)
# The parameters of DOCUMENT_LINKS whose relationships keep the indexes of the sentences naming their entity.
SENTENCE_LINKS = frozenset(param for param, prop, _, _ in DOCUMENT_LINKS if vocab.rel(prop) in vocab.lists().index_types)
# Documents counted on shared entities, kept by the loader as documents come and go: (class, property)
# → the paths from a Document to the entities it counts for (x), each document counted once per entity.
# `documents` is every document one or two steps before the entity (what entity-search counts: a fact's
# document is the one it belongs to), but a theme's or a region's: the documents that have it (what the
# web app's search shows; entity-search counts those two itself, with the documents of the programs of
# a theme and of the regions under a region); a program's `naming_documents` are those that name it
# (programs-across-documents).
COUNTS: dict[tuple[str, str], tuple[tuple[tuple[str, str], ...], ...]] = {
    ("Program", "documents"): ((("mentionsProgram", "Program"),),
                               (("assigns", "Responsibility"), ("concerns", "Program"))),
    ("Program", "naming_documents"): ((("mentionsProgram", "Program"),),),
    ("Agency", "documents"): ((("issuedBy", "Agency"),), (("mentionsAgency", "Agency"),),
                              (("setsTarget", "Target"), ("assignedTo", "Agency")),
                              (("assigns", "Responsibility"), ("heldBy", "Agency"))),
    ("Indicator", "documents"): ((("setsTarget", "Target"), ("measures", "Indicator")),
                                 (("reportsObservation", "Observation"), ("measures", "Indicator"))),
    ("Reference", "documents"): ((("cites", "Reference"),),),
    ("Theme", "documents"): ((("hasTheme", "Theme"),),),
    ("Region", "documents"): ((("inRegion", "Region"),),),
}

_DOCUMENT_PARAM = {prop: param for param, prop, _, outgoing in DOCUMENT_LINKS if outgoing}

# Relationships between shared entities, by statements of their own: (source class, property, target class).
ENTITY_LINKS = (
    ("Region", "partOf", "Region"),
    ("Indicator", "hasTheme", "Theme"),
    ("Program", "hasTheme", "Theme"),
)


def sentence_id(doc_id: str, start: int, end: int) -> str:
    """A sentence's id: its document's and where it stands. The store keeps none (a sentence is
    an item of its document's lists); readers that give sentences back as nodes derive it."""
    return f"{doc_id}#{start}-{end}"


def _hash(*parts: Any) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


@dataclass
class _Tables:
    """The rows of one document: shared entities (maps, by class), its own facts (lists, by class)
    and the relationships between entities."""

    doc_id: str
    plan_year: int | None = None
    region_id: str | None = None
    region: str | None = None  # its name
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: {cls: {} for cls in FACTS})
    links: dict[tuple[str, str, str], set[tuple[str, str]]] = field(default_factory=dict)
    doc_links: dict[str, dict[str, None]] = field(default_factory=lambda: {p: {} for p, *_ in DOCUMENT_LINKS})
    # (start, end) → (text, start, end, section); each becomes its index in the lists when all are in (`number`)
    sentences: dict[tuple[int, int], tuple[str, int, int, str | None]] = field(default_factory=dict)

    def entity(self, e: Entity) -> None:
        row: dict[str, Any] = {"id": e.id, "props": {"id": e.id, **e.props}}
        if e.kind in ALIASED_CLASSES:
            row["aliases"] = dict.fromkeys(e.aliases)  # an ordered set: entities are named again and again
        if e.kind in EVIDENCED_CLASSES:
            row["evidence"] = {}
        self.nodes.setdefault(e.kind, {})[e.id] = row

    def fact(self, cls: str, id_: str, *props: Any) -> list[Any]:
        """The row of the document's fact `id_`, given its properties in the order of FACTS[cls].props
        but its sentence (set by `evidence`); properties given again replace those given before."""
        facts = self.facts[cls]
        row = facts.get(id_)
        if row is None:
            row = facts[id_] = [id_, self.doc_id, *props, None, *([] for _ in FACTS[cls].links)]
        else:
            for i, value in enumerate(props, 2):
                if value is not None:
                    row[i] = value
        return row

    def fact_link(self, cls: str, row: list[Any], prop: str, other: str, other_id: str) -> None:
        ids = row[LINK_COLUMN[cls, prop, other]]
        if other_id not in ids:
            ids.append(other_id)

    def link(self, src: str, prop: str, dst: str, src_id: str, dst_id: str) -> None:
        self.links.setdefault((src, prop, dst), set()).add((src_id, dst_id))

    def from_document(self, param: str, id_: str) -> None:
        self.doc_links[param][id_] = None

    def evidence(self, ev: Evidence, supports: tuple[str, str]) -> None:
        """`ev` supports the fact or entity `supports` (class, id): kept by its place until `number`; what
        a sentence given again says replaces what it said before."""
        key = (ev.start, ev.end)
        text, _, _, section = self.sentences.get(key, (None, 0, 0, None))
        self.sentences[key] = (ev.text or text, ev.start, ev.end, ev.section if ev.section is not None else section)
        cls, supported = supports
        if cls in FACTS:
            self.facts[cls][supported][len(FACTS[cls].columns) - 1] = key
        else:
            self.nodes[cls][supported]["evidence"][key] = None

    def number(self) -> None:
        """Put the sentences in the order of their offsets, and give the facts and entities they support
        their indexes instead of their places."""
        self.sentences = dict(sorted(self.sentences.items()))
        index = {key: i for i, key in enumerate(self.sentences)}
        for cls, rows in self.facts.items():
            column = len(FACTS[cls].columns) - 1
            for row in rows.values():
                row[column] = index[row[column]]
        for cls in EVIDENCED_CLASSES:
            for row in self.rows(cls):
                row["evidence"] = sorted(index[key] for key in row["evidence"])

    def sentence_lists(self) -> dict[str, list[Any]]:
        """The Document's properties holding its sentences (vocab.lists().columns; no section: "")."""
        columns = vocab.lists().columns
        values = zip(*self.sentences.values()) if self.sentences else ([], [], [], [])
        lists = {columns[name]: list(column) for name, column in zip(("text", "start", "end", "section"), values)}
        lists[columns["section"]] = [section or "" for section in lists[columns["section"]]]
        return lists

    def reached(self) -> dict[tuple[str, str], frozenset[str]]:
        """Per count of COUNTS, the entities this document counts for (the graph's paths, on the rows)."""
        out = {}
        for key, paths in COUNTS.items():
            ids: set[str] = set()
            for (prop, cls), *rest in paths:
                step = set(self.doc_links[_DOCUMENT_PARAM[prop]])
                for prop_, other in rest:
                    column = LINK_COLUMN[cls, prop_, other]
                    step = {x for id_ in step for x in self.facts[cls][id_][column]}
                    cls = other
                ids |= step
            out[key] = frozenset(ids)
        return out

    def rows(self, cls: str) -> list[dict[str, Any]]:
        return list(self.nodes.get(cls, {}).values())

    def counts(self) -> tuple[int, int]:
        """(nodes, relationships) this document adds, its Document node included."""
        facts = sum(len(rows) for rows in self.facts.values())
        nodes = 1 + sum(len(v) for v in self.nodes.values()) + facts
        fact_links = 0
        for cls, rows in self.facts.items():
            if links := len(FACTS[cls].links):
                fact_links += sum(len(ids) for row in rows.values() for ids in row[-links:])
        links = sum(len(v) for v in self.links.values()) + sum(len(v) for v in self.doc_links.values())
        return nodes, fact_links + links


def _number(value: float | int | None) -> float | int | None:
    """85.0 → 85: whole numbers are stored as integers, so they print and compare as written."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _quantity(g: _Tables, ids: Identities, cls: str, param: str, t: IndicatorValue) -> None:
    id_ = _hash(g.doc_id, cls, t.indicator, t.value, t.value_max, t.unit, t.evidence.start, t.evidence.end)
    # a target also keeps the year it is for and its document's region (FACTS)
    where = (t.year if t.year is not None else g.plan_year, g.region_id) if cls == "Target" else ()
    row = g.fact(cls, id_, t.indicator, _number(t.value), _number(t.value_max), t.unit, t.comparator, t.year, *where)
    g.from_document(param, id_)
    g.fact_link(cls, row, "measures", "Indicator", ids.id("Indicator", t.indicator))
    if t.year is not None:
        g.fact_link(cls, row, "forYear", "Year", ids.id("Year", str(t.year)))
    if t.agency and cls == "Target":
        g.fact_link(cls, row, "assignedTo", "Agency", ids.id("Agency", t.agency))
    g.evidence(t.evidence, (cls, id_))


def _tables(facts: DocumentFacts, ids: Identities) -> _Tables:
    doc = facts.document
    meta = doc.metadata
    g = _Tables(doc.id, meta.plan_year, ids.region, meta.region.name if meta.region else None)
    for e in ids.entities.values():
        g.entity(e)
    for src, prop, dst, src_id, dst_id in ids.links:
        g.link(src, prop, dst, src_id, dst_id)
    if ids.region is not None:
        g.from_document("regions", ids.region)
    if meta.plan_year is not None:
        g.from_document("years", ids.id("Year", str(meta.plan_year)))
    if meta.issuer:
        g.from_document("issuers", ids.id("Agency", meta.issuer))
    for t in facts.targets:
        _quantity(g, ids, "Target", "targets", t)
    for t in facts.observations:
        _quantity(g, ids, "Observation", "observations", t)
    for p in facts.programs:
        id_ = ids.id("Program", p.name)
        g.from_document("programs", id_)
        for ev in p.evidence:
            g.evidence(ev, ("Program", id_))
    for a in facts.agencies:
        id_ = ids.id("Agency", a.name)
        g.from_document("agencies", id_)
        for ev in a.evidence:
            g.evidence(ev, ("Agency", id_))
    for r in facts.responsibilities:
        id_ = _hash(doc.id, r.agency, r.duty, r.evidence.start, r.evidence.end)
        row = g.fact("Responsibility", id_, r.duty, g.plan_year, g.region)
        g.from_document("responsibilities", id_)
        g.fact_link("Responsibility", row, "heldBy", "Agency", ids.id("Agency", r.agency))
        if r.program:
            g.fact_link("Responsibility", row, "concerns", "Program", ids.id("Program", r.program))
        g.evidence(r.evidence, ("Responsibility", id_))
    for ref in facts.references:
        id_ = ids.id("Reference", ref.title)
        g.from_document("references", id_)
        for ev in ref.evidence:
            g.evidence(ev, ("Reference", id_))
    for theme in facts.themes:
        g.from_document("themes", ids.id("Theme", theme))
    g.number()
    return g


def _document_props(facts: DocumentFacts, source: str) -> dict[str, Any]:
    """The properties of the Document node."""
    doc = facts.document
    meta = doc.metadata
    raw = doc.norm.raw
    props = {
        "id": doc.id,
        "sha256": raw.sha256,
        "title": meta.title,
        "kind": meta.kind,
        "plan_year": meta.plan_year,
        "published": meta.published,
        "issuer": meta.issuer,
        "url": meta.url,
        "source": source,
        "file": Path(source).name,
        "region": meta.region.name if meta.region else None,
        "media_type": raw.media_type,
        "encoding": raw.encoding,
        "size": raw.size,
    }
    return {k: v for k, v in props.items() if v is not None}


def source_key(source: str) -> str:
    """The path a Document remembers: absolute, so a changed file is recognised from any directory."""
    return Path(source).resolve().as_posix()


@dataclass(frozen=True)
class DocumentRows:
    """A document's rows, ready to be written."""

    doc_id: str
    source: str  # the absolute path a Document remembers
    tables: _Tables
    props: dict[str, Any]  # of the Document node
    nodes: int  # written, its Document node included
    relationships: int
    reached: dict[tuple[str, str], frozenset[str]]  # the entities it counts for, per count of COUNTS


def document_rows(facts: DocumentFacts) -> DocumentRows:
    """The rows `facts` will be written as (a pure function, for worker processes).

    Facts that did not go through resolution are identified here the same way.
    """
    ids = facts.identities if facts.identities.entities else identify(facts)
    source = source_key(facts.document.norm.raw.source)
    tables = _tables(facts, ids)
    props = {**_document_props(facts, source), **tables.sentence_lists()}
    return DocumentRows(facts.document.id, source, tables, props, *tables.counts(), tables.reached())
