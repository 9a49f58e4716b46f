"""DocumentFacts → graph store: documents in batches, each one all or nothing.

Loading order makes a document appear whole or not at all, on FalkorDB (each
statement atomic, no multi-statement transactions) as on Neo4j (all of it in one
transaction as well):

1. forget what an earlier, unfinished load of the same documents left behind
   (their fact nodes, found by the indexed ``doc_id``); if another version of a
   file (same source path, other bytes) is loaded, delete that version, its
   Document node first;
2. merge the shared entities (Region, Year, Agency, Program, Indicator, Theme,
   Reference) and the relationships among them, then create the documents' own
   fact nodes (Target, Observation, Responsibility, Evidence), each tagged with
   ``doc_id`` and created together with its relationships to what was written
   before it — new after step 1, so created, not merged; each statement
   carries the rows of every document of the batch;
3. write the Document nodes together with all their relationships in one
   statement, last. A Document node exists only once everything else is in
   place, and queries reach facts only through Document nodes, so a load that
   stops part-way is invisible; the next load of the document completes it.

One batch is written at a time per store (``Store.exclusive``): two ``edukg load``
processes take turns batch by batch. What a load killed part-way left (facts
with no Document node, and the entities only they name) is deleted by the next
load before its first batch (``sweep=True``), whatever documents that one loads.

Node labels and relationship types come from the ontology (edukg.ontology.vocab).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from edukg.loaders.model import DocumentFacts, Evidence, Metadata, Region, Skipped, Target
from edukg.loaders.pipeline import iter_facts
from edukg.loaders.resolve import agency_key
from edukg.ontology import vocab
from edukg.store.base import Store, Writer

__all__ = ["LoadResult", "LoadSummary", "PreparedDocument", "prepare", "load_document", "load_documents",
           "load_paths", "loader_statements", "schema_keys", "index_keys", "describe_skipped", "sweep_unfinished",
           "DOCUMENTS_PER_BATCH"]

# Documents written together by load_documents callers: every statement has a cost that grows
# with the graph, so fewer, larger statements load faster; a batch's facts are held in memory.
DOCUMENTS_PER_BATCH = 100

# Shared entity kinds (joined by canonical id); those whose aliases accumulate over documents;
# those a document's sentences (Evidence) support.
_ENTITY_CLASSES = ("Region", "Year", "Agency", "Program", "Indicator", "Theme", "Reference")
_ALIASED_CLASSES = ("Region", "Agency", "Program", "Indicator")
_EVIDENCED_CLASSES = ("Agency", "Program", "Reference")
_DOCUMENT = "PolicyDocument"


@dataclass(frozen=True)
class _Fact:
    """A kind of node a document owns (tagged with doc_id): its properties and the relationships
    created in the same statement, each to nodes of the class named, written before it."""

    props: tuple[str, ...]
    links: tuple[tuple[str, str, bool], ...]  # (object property, class at the other end, fact is the source)

    @property
    def columns(self) -> tuple[str, ...]:
        return ("id", "doc_id", *self.props)


_QUANTITY = ("indicator", "value", "value_max", "unit", "comparator", "year")
_SUPPORTED = ("supports", "Evidence", False)
# In writing order. The sentences (Evidence) come first: every other fact, and the entities
# they name, link to the sentences that support them when they are written.
_FACTS = {
    "Evidence": _Fact(("text", "start", "end", "section"), ()),
    "Target": _Fact(_QUANTITY, (("measures", "Indicator", True), ("forYear", "Year", True),
                                ("assignedTo", "Agency", True), _SUPPORTED)),
    "Observation": _Fact(_QUANTITY, (("measures", "Indicator", True), ("forYear", "Year", True), _SUPPORTED)),
    "Responsibility": _Fact(("duty",), (("heldBy", "Agency", True), ("concerns", "Program", True), _SUPPORTED)),
}
# A fact's row: [id, doc_id, *props, *(ids at the other end of each link)]; where each link's ids sit.
_LINK_COLUMN = {(cls, prop, other): len(fact.columns) + i
                for cls, fact in _FACTS.items() for i, (prop, other, _) in enumerate(fact.links)}

# (parameter of the Document statement, object property, class at the other end, Document is the source)
_DOCUMENT_LINKS = (
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
    ("evidence", "inDocument", "Evidence", False),
)
# Relationships between shared entities, by statements of their own: (source class, property, target class).
_LINKS = (
    ("Region", "partOf", "Region"),
    ("Indicator", "hasTheme", "Theme"),
    ("Program", "hasTheme", "Theme"),
)


# ------------------------------------------------------------------ statements


def _foreach(i: int, ids: str, prop: str, other: str, outgoing: bool) -> str:
    """Relationships of the node ``n`` with the nodes of class `other` whose ids are the list `ids`."""
    node = f"(m{i}:{vocab.label(other)} {{id: x{i}}})"
    arrow = f"(n)-[:{vocab.rel(prop)}]->(m{i})" if outgoing else f"(m{i})-[:{vocab.rel(prop)}]->(n)"
    return f"FOREACH (x{i} IN {ids} | MERGE {node} CREATE {arrow})"


def _merge_entities(cls: str) -> str:
    parts = [f"UNWIND $rows AS row MERGE (n:{vocab.label(cls)} {{id: row.id}}) SET n += row.props"]
    if cls in _ALIASED_CLASSES:
        # aliases accumulate over documents instead of being overwritten by the last one
        parts[0] += (", n.aliases = coalesce(n.aliases, []) + "
                     "[a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]")
    if cls in _EVIDENCED_CLASSES:
        parts.append(_foreach(0, "row.evidence", *_SUPPORTED))
    return "\n".join(parts)


def _create_facts(cls: str) -> str:
    # A document's own facts are new when written (leftovers of its earlier loads were deleted
    # first), so they and their relationships are created. Rows are lists, not maps: they encode
    # and parse in about half the time; a null column sets no property.
    fact = _FACTS[cls]
    props = ", ".join(f"`{name}`: row[{i}]" for i, name in enumerate(fact.columns))
    parts = [f"UNWIND $rows AS row CREATE (n:{vocab.label(cls)} {{{props}}})"]
    for i, (prop, other, outgoing) in enumerate(fact.links):
        parts.append(_foreach(i, f"row[{_LINK_COLUMN[cls, prop, other]}]", prop, other, outgoing))
    return "\n".join(parts)


def _link(src: str, prop: str, dst: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{vocab.label(src)} {{id: row[0]}}) "
        f"MATCH (b:{vocab.label(dst)} {{id: row[1]}}) MERGE (a)-[:{vocab.rel(prop)}]->(b)"
    )


def _write_documents() -> str:
    # One statement for the batch: every Document node appears with all its relationships at once.
    # The Document was absent when the batch began, so its relationships are created, not merged.
    parts = [f"UNWIND $documents AS doc MERGE (n:{vocab.label(_DOCUMENT)} {{id: doc.id}}) SET n += doc.props"]
    for i, (param, prop, cls, outgoing) in enumerate(_DOCUMENT_LINKS):
        parts.append(_foreach(i, f"doc.{param}", prop, cls, outgoing))
    return "\n".join(parts)


def _delete_facts(cls: str) -> str:
    return (
        f"UNWIND $doc_ids AS doc_id MATCH (n:{vocab.label(cls)} {{doc_id: doc_id}}) "
        "DETACH DELETE n RETURN count(*) AS deleted"
    )


def _delete_orphans(cls: str) -> str:
    """Delete entities nothing points to any more (the facts and documents that named them are gone)."""
    label = vocab.label(cls)
    if cls == "Region":
        # A region is kept while a document lies in it or in a region within it.
        doc, in_region, part_of = vocab.label(_DOCUMENT), vocab.rel("inRegion"), vocab.rel("partOf")
        return (
            f"MATCH (n:{label}) OPTIONAL MATCH (d:{doc})-[:{in_region}]->(:{label})-[:{part_of}*0..5]->(n) "
            "WITH n, count(d) AS documents WHERE documents = 0 DETACH DELETE n"
        )
    return (
        f"MATCH (n:{label}) OPTIONAL MATCH ()-[r]->(n) "
        "WITH n, count(r) AS incoming WHERE incoming = 0 DETACH DELETE n"
    )


@cache
def loader_statements() -> dict[str, str]:
    """Every Cypher statement the loader runs, by a short name (for linting and tests)."""
    doc = vocab.label(_DOCUMENT)
    out = {
        "find-documents": f"UNWIND $ids AS id MATCH (d:{doc} {{id: id}}) RETURN d.id AS id",
        "find-versions": (
            f"UNWIND $rows AS row MATCH (d:{doc} {{source: row.source}}) WHERE d.id <> row.id "
            "RETURN row.id AS id, d.id AS old"
        ),
        "delete-document": (
            f"UNWIND $doc_ids AS doc_id MATCH (d:{doc} {{id: doc_id}}) DETACH DELETE d RETURN count(*) AS deleted"
        ),
        "write-document": _write_documents(),
    }
    for cls in _FACTS:
        out[f"create-{cls}"] = _create_facts(cls)
        out[f"delete-{cls}"] = _delete_facts(cls)
        out[f"unfinished-{cls}"] = (
            f"MATCH (n:{vocab.label(cls)}) WITH DISTINCT n.doc_id AS doc_id "
            f"OPTIONAL MATCH (d:{doc} {{id: doc_id}}) WITH doc_id, d WHERE d IS NULL RETURN doc_id"
        )
    for cls in _ENTITY_CLASSES:
        out[f"merge-{cls}"] = _merge_entities(cls)
        out[f"orphans-{cls}"] = _delete_orphans(cls)
    for src, prop, dst in _LINKS:
        out[f"link-{src}-{prop}-{dst}"] = _link(src, prop, dst)
    return out


def schema_keys() -> list[tuple[str, str]]:
    """(label, "id") for every node label the loader writes."""
    return [(vocab.label(c), "id") for c in (_DOCUMENT, *_FACTS, *_ENTITY_CLASSES)]


def index_keys() -> list[tuple[str, str]]:
    """(label, property) the loader looks nodes up by besides their id: facts by doc_id, documents by source."""
    return [(vocab.label(c), "doc_id") for c in _FACTS] + [(vocab.label(_DOCUMENT), "source")]


# ------------------------------------------------------------------ rows


def _hash(*parts: Any) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:32]


def _region_chain(region: Region) -> list[tuple[str, str, str]]:
    """(id, name, level) from the province down to the region itself."""
    chain: list[tuple[str, str, str]] = []
    path: list[str] = []
    for level, name in (("province", region.province), ("city", region.city), ("county", region.county)):
        if name and name not in path:
            path.append(name)
            chain.append(("/".join(path), name, level))
    if region.name not in path:
        path.append(region.name)
        chain.append(("/".join(path), region.name, "other"))
    return chain


@dataclass
class _Graph:
    """The rows of one document: shared entities (maps, by class), its own facts (lists, by class)
    and the relationships between entities."""

    doc_id: str
    region: Region | None  # of the document: generic agency names are qualified by it
    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    facts: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: {cls: {} for cls in _FACTS})
    links: dict[tuple[str, str, str], set[tuple[str, str]]] = field(default_factory=dict)
    doc_links: dict[str, dict[str, None]] = field(default_factory=lambda: {p: {} for p, *_ in _DOCUMENT_LINKS})

    def node(self, cls: str, id_: str, aliases: Iterable[str] = (), **props: Any) -> str:
        rows = self.nodes.setdefault(cls, {})
        row = rows.get(id_)
        if row is None:
            row = rows[id_] = {"id": id_, "props": {"id": id_}}
            if cls in _ALIASED_CLASSES:
                row["aliases"] = {}  # an ordered set: entities are named again and again
            if cls in _EVIDENCED_CLASSES:
                row["evidence"] = {}
        known = row["props"]
        for key, value in props.items():
            if value is not None:
                known[key] = value
        if aliases and cls in _ALIASED_CLASSES:
            name = props.get("name")
            row["aliases"].update((a, None) for a in aliases if a != name)
        return id_

    def named(self, cls: str, id_: str) -> bool:
        return id_ in self.nodes.get(cls, ())

    def fact(self, cls: str, id_: str, **props: Any) -> list[Any]:
        """The row of the document's fact `id_`; properties given again replace those given before."""
        fact = _FACTS[cls]
        row = self.facts[cls].get(id_)
        if row is None:
            row = [id_, self.doc_id, *(props.get(name) for name in fact.props), *([] for _ in fact.links)]
            self.facts[cls][id_] = row
        else:
            for i, name in enumerate(fact.props, 2):
                if props.get(name) is not None:
                    row[i] = props[name]
        return row

    def fact_link(self, cls: str, row: list[Any], prop: str, other: str, other_id: str) -> None:
        ids = row[_LINK_COLUMN[cls, prop, other]]
        if other_id not in ids:
            ids.append(other_id)

    def link(self, src: str, prop: str, dst: str, src_id: str, dst_id: str) -> None:
        self.links.setdefault((src, prop, dst), set()).add((src_id, dst_id))

    def from_document(self, param: str, id_: str) -> None:
        self.doc_links[param][id_] = None

    # entity helpers: one canonical id per name, vocabulary aliases and themes attached

    def year(self, year: int) -> str:
        return self.node("Year", str(year), value=int(year))

    def theme(self, name: str) -> str:
        return self.node("Theme", name, name=name)

    def agency(self, name: str, aliases: Iterable[str] = (), type_: str | None = None) -> str:
        return self.node("Agency", agency_key(name, self.region), aliases, name=name, type=type_)

    def program(self, name: str, aliases: Iterable[str] = ()) -> str:
        concept = vocab.programs().get(name)
        if concept and not self.named("Program", name):  # the vocabulary's aliases, once
            aliases = (*aliases, *concept.aliases)
        id_ = self.node("Program", name, aliases, name=name)
        if concept and concept.theme:
            self.link("Program", "hasTheme", "Theme", id_, self.theme(concept.theme))
        return id_

    def indicator(self, name: str, unit: str | None) -> str:
        concept = vocab.indicators().get(name)
        aliases = concept.aliases if concept and not self.named("Indicator", name) else ()
        id_ = self.node("Indicator", name, aliases, name=name,
                        unit=concept.unit if concept and concept.unit else unit)
        if concept and concept.theme:
            self.link("Indicator", "hasTheme", "Theme", id_, self.theme(concept.theme))
        return id_

    def evidence(self, ev: Evidence, supports: tuple[str, str]) -> None:
        id_ = _hash(self.doc_id, ev.start, ev.end)
        self.fact("Evidence", id_, text=ev.text, start=ev.start, end=ev.end, section=ev.section)
        self.from_document("evidence", id_)
        cls, supported = supports
        if cls in _FACTS:
            self.fact_link(cls, self.facts[cls][supported], "supports", "Evidence", id_)
        else:
            self.nodes[cls][supported]["evidence"][id_] = None

    def rows(self, cls: str) -> list[dict[str, Any]]:
        return list(self.nodes.get(cls, {}).values())

    def counts(self) -> tuple[int, int]:
        """(nodes, relationships) this document adds, its Document node included."""
        facts = sum(len(rows) for rows in self.facts.values())
        nodes = 1 + sum(len(v) for v in self.nodes.values()) + facts
        fact_links = sum(len(ids) for cls, rows in self.facts.items() for row in rows.values()
                         for ids in row[len(_FACTS[cls].columns):])
        entity_evidence = sum(len(row["evidence"]) for cls in _EVIDENCED_CLASSES for row in self.rows(cls))
        return nodes, fact_links + entity_evidence + sum(len(v) for v in self.links.values()) + sum(
            len(v) for v in self.doc_links.values())


def _number(value: float | int | None) -> float | int | None:
    """85.0 → 85: whole numbers are stored as integers, so they print and compare as written."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _quantity(g: _Graph, cls: str, param: str, t: Target) -> None:
    id_ = _hash(g.doc_id, cls, t.indicator, t.value, t.value_max, t.unit, t.evidence.start, t.evidence.end)
    row = g.fact(cls, id_, indicator=t.indicator, value=_number(t.value), value_max=_number(t.value_max),
                 unit=t.unit, comparator=t.comparator, year=t.year)
    g.from_document(param, id_)
    g.fact_link(cls, row, "measures", "Indicator", g.indicator(t.indicator, t.unit))
    if t.theme:
        g.link("Indicator", "hasTheme", "Theme", t.indicator, g.theme(t.theme))
    if t.year is not None:
        g.fact_link(cls, row, "forYear", "Year", g.year(t.year))
    if t.agency and cls == "Target":
        g.fact_link(cls, row, "assignedTo", "Agency", g.agency(t.agency))
    g.evidence(t.evidence, (cls, id_))


def _graph(facts: DocumentFacts, source: str) -> tuple[_Graph, dict[str, Any]]:
    """The document's rows, and the properties of its Document node."""
    doc = facts.document
    meta = doc.metadata
    g = _Graph(doc.id, meta.region)
    if meta.region is not None:
        chain = _region_chain(meta.region)
        for i, (id_, name, level) in enumerate(chain):
            r = meta.region
            g.node("Region", id_, r.aliases if name == r.name else (), name=name, level=level,
                   province=r.province, city=r.city if level in ("city", "county", "other") else None,
                   county=r.county if level in ("county", "other") else None,
                   code=r.code if name == r.name else None)
            if i:
                g.link("Region", "partOf", "Region", id_, chain[i - 1][0])
        g.from_document("regions", chain[-1][0])
    if meta.plan_year is not None:
        g.from_document("years", g.year(meta.plan_year))
    if meta.issuer:
        g.from_document("issuers", g.agency(meta.issuer))
    for t in facts.targets:
        _quantity(g, "Target", "targets", t)
    for t in facts.observations:
        _quantity(g, "Observation", "observations", t)
    for p in facts.programs:
        id_ = g.program(p.name, p.aliases)
        g.from_document("programs", id_)
        for ev in p.evidence:
            g.evidence(ev, ("Program", id_))
    for a in facts.agencies:
        id_ = g.agency(a.name, a.aliases, a.type)
        g.from_document("agencies", id_)
        for ev in a.evidence:
            g.evidence(ev, ("Agency", id_))
    for r in facts.responsibilities:
        id_ = _hash(doc.id, r.agency, r.duty, r.evidence.start, r.evidence.end)
        row = g.fact("Responsibility", id_, duty=r.duty)
        g.from_document("responsibilities", id_)
        g.fact_link("Responsibility", row, "heldBy", "Agency", g.agency(r.agency))
        if r.program:
            g.fact_link("Responsibility", row, "concerns", "Program", g.program(r.program))
        g.evidence(r.evidence, ("Responsibility", id_))
    for ref in facts.references:
        id_ = g.node("Reference", ref.title, title=ref.title)
        g.from_document("references", id_)
        for ev in ref.evidence:
            g.evidence(ev, ("Reference", id_))
    for theme in facts.themes:
        g.from_document("themes", g.theme(theme))
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
    return g, {k: v for k, v in props.items() if v is not None}


# ------------------------------------------------------------------ loading


@dataclass(frozen=True)
class LoadResult:
    """What loading one document did."""

    source: str
    doc_id: str
    status: str  # loaded | unchanged | replaced
    nodes: int = 0  # nodes written (0 when unchanged)
    relationships: int = 0


@dataclass
class LoadSummary:
    """Results of a load run, for the summary printed at the end."""

    results: list[LoadResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    store_seconds: float = 0.0  # spent writing to the store

    def add(self, result: LoadResult) -> None:
        self.results.append(result)

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)

    @property
    def processed(self) -> int:
        return len(self.results)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    def lines(self) -> list[str]:
        nodes = sum(r.nodes for r in self.results)
        rels = sum(r.relationships for r in self.results)
        out = [
            f"documents: {self.count('loaded')} loaded, {self.count('unchanged')} unchanged, "
            f"{self.count('replaced')} replaced, {len(self.skipped)} skipped",
            f"written: {nodes} nodes, {rels} relationships",
        ]
        out += [f"skipped {describe_skipped(s)}" for s in self.skipped]
        return out


def describe_skipped(item: Skipped) -> str:
    """``path: reason`` for a skipped file, naming the path once."""
    if item.reason.startswith(f"{item.source}:"):
        return item.reason
    return f"{item.source}: {item.reason}"


def _source_key(source: str) -> str:
    """The path a Document remembers: absolute, so a changed file is recognised from any directory."""
    return Path(source).resolve().as_posix()


def _forget(w: Writer, statements: Mapping[str, str], doc_ids: Sequence[str]) -> None:
    """Delete documents: their Document nodes first (so they vanish at once), then their facts and orphans."""
    deleted = 0
    for name in ("delete-document", *(f"delete-{cls}" for cls in _FACTS)):
        rows = w.run(statements[name], {"doc_ids": list(doc_ids)})
        deleted += rows[0]["deleted"] if rows else 0
    if deleted:  # the sweep reads every entity, so it runs only when something went away
        for cls in _ENTITY_CLASSES:
            w.run(statements[f"orphans-{cls}"])


_ENTITY_SETS = ("aliases", "evidence")  # ordered sets (dicts) in an entity's row


def _entity_rows(graphs: Sequence[_Graph], cls: str) -> list[dict[str, Any]]:
    """One row per entity named by any of `graphs`: properties, aliases and evidence merged as
    loading them in turn would."""
    merged: dict[str, dict[str, Any]] = {}
    for g in graphs:
        for row in g.rows(cls):
            into = merged.get(row["id"])
            if into is None:
                into = merged[row["id"]] = {"id": row["id"], "props": {}, **{k: {} for k in _ENTITY_SETS if k in row}}
            into["props"].update(row["props"])
            for key in _ENTITY_SETS:
                if key in row:
                    into[key].update(row[key])
    return [{**row, **{k: list(row[k]) for k in _ENTITY_SETS if k in row}} for row in merged.values()]


def _write(w: Writer, statements: Mapping[str, str], docs: Sequence[PreparedDocument]) -> None:
    """Write new documents: every fact, entity and relationship first, the Document nodes last.

    Each statement links what it writes to nodes written before it: the sentences first, then
    the entities, the relationships between them, the other facts.
    """
    gs = [d.graph for d in docs]

    def create(cls: str) -> None:
        if rows := [row for g in gs for row in g.facts[cls].values()]:
            w.write_rows(statements[f"create-{cls}"], rows)

    create("Evidence")
    for cls in _ENTITY_CLASSES:
        if rows := _entity_rows(gs, cls):
            w.write_rows(statements[f"merge-{cls}"], rows)
    for src, prop, dst in _LINKS:
        if pairs := sorted({pair for g in gs for pair in g.links.get((src, prop, dst), ())}):
            w.write_rows(statements[f"link-{src}-{prop}-{dst}"], pairs)
    for cls in _FACTS:
        if cls != "Evidence":
            create(cls)
    documents = [{"id": d.doc_id, "props": d.props, **{k: list(v) for k, v in d.graph.doc_links.items()}}
                 for d in docs]
    w.run(statements["write-document"], {"documents": documents})


@dataclass(frozen=True)
class PreparedDocument:
    """A document's rows, ready to be written.

    What the processes that extract hand to the one that writes: a third of the size of
    the DocumentFacts (no text, offsets or sections), so less to pickle and unpickle.
    """

    doc_id: str
    source: str  # the absolute path a Document remembers
    graph: _Graph
    props: dict[str, Any]  # of the Document node
    nodes: int  # written, its Document node included
    relationships: int


def prepare(facts: DocumentFacts) -> PreparedDocument:
    """The rows `facts` will be written as (a pure function, for worker processes)."""
    source = _source_key(facts.document.norm.raw.source)
    graph, props = _graph(facts, source)
    return PreparedDocument(facts.document.id, source, graph, props, *graph.counts())


def sweep_unfinished(store: Store) -> int:
    """Delete what loads stopped part-way left: facts of documents that have no Document node,
    and the entities only they named. Returns how many documents' facts went away.

    Run it holding ``store.exclusive()``: between two batches every document is whole.
    """
    statements = loader_statements()
    doc_ids = {row["doc_id"] for cls in _FACTS
               for row in store.query(statements[f"unfinished-{cls}"], read_only=True)}
    if doc_ids:
        with store.unit() as w:
            _forget(w, statements, sorted(doc_ids))
    return len(doc_ids)


def load_documents(store: Store, batch: Sequence[DocumentFacts | PreparedDocument], *,
                   sweep: bool = False) -> list[LoadResult]:
    """Write several documents' facts to `store` in few statements; one LoadResult each, in order.

    Each document is written all or nothing, as by load_document, whose results these are:
    a document stopped part-way (by a failure) has no Document node, and its next load
    completes it. No other load writes meanwhile; with `sweep`, what loads killed part-way
    left is deleted first (sweep_unfinished). Store failures propagate as StoreError.
    """
    with store.exclusive():
        if sweep:
            sweep_unfinished(store)
        return _load_documents(store, batch)


def _load_documents(store: Store, batch: Sequence[DocumentFacts | PreparedDocument]) -> list[LoadResult]:
    docs = [d if isinstance(d, PreparedDocument) else prepare(d) for d in batch]
    statements = loader_statements()
    store.create_schema(schema_keys())
    store.create_indexes(index_keys())
    ids = list(dict.fromkeys(d.doc_id for d in docs))
    present = {row["id"] for row in store.query(statements["find-documents"], {"ids": ids}, read_only=True)}
    new: dict[str, PreparedDocument] = {}
    for d in docs:
        if d.doc_id not in present:
            new.setdefault(d.doc_id, d)
    old: dict[str, list[str]] = {}
    if new:
        rows = [{"id": id_, "source": d.source} for id_, d in new.items()]
        for row in store.query(statements["find-versions"], {"rows": rows}, read_only=True):
            old.setdefault(row["id"], []).append(row["old"])
    replaced = {o for olds in old.values() for o in olds}
    if len(docs) > 1 and (replaced & set(ids) or len({d.source for d in new.values()}) < len(new)):
        # a file repeats a document another file replaces, or one path comes twice with other
        # bytes: the outcome depends on their order, so load one after the other
        return [result for d in docs for result in _load_documents(store, [d])]
    if new:
        with store.unit() as w:
            # earlier versions of the files, and leftovers of earlier loads that stopped part-way
            _forget(w, statements, [*(o for olds in old.values() for o in olds), *new])
            _write(w, statements, list(new.values()))
    results = []
    for d in docs:
        if new.pop(d.doc_id, None) is None:  # present before, or named twice in the batch
            results.append(LoadResult(d.source, d.doc_id, "unchanged"))
            continue
        status = "replaced" if d.doc_id in old else "loaded"
        results.append(LoadResult(d.source, d.doc_id, status, d.nodes, d.relationships))
    return results


def load_paths(
    store: Store,
    paths: Iterable[str | Path | Skipped],
    manifest: Mapping[str, Metadata] | None = None,
    jobs: int = 1,
    on_item: Callable[[PreparedDocument | Skipped], None] | None = None,
) -> LoadSummary:
    """Load every supported file under `paths` (as ``edukg load`` does) and persist the store.

    `jobs` processes read and extract while this one writes batches of
    DOCUMENTS_PER_BATCH documents; `on_item` sees each file as it is done with
    (a PreparedDocument, or Skipped with the reason).
    """
    summary = LoadSummary()
    batch: list[PreparedDocument] = []

    def write() -> None:
        start = time.perf_counter()
        for result in load_documents(store, batch, sweep=not summary.results):
            summary.add(result)
        summary.store_seconds += time.perf_counter() - start
        batch.clear()

    for item in iter_facts(paths, manifest, jobs, then=prepare):
        if isinstance(item, Skipped):
            summary.skip(item)
        else:
            batch.append(item)
            if len(batch) >= DOCUMENTS_PER_BATCH:
                write()
        if on_item is not None:
            on_item(item)
    write()
    store.persist()
    return summary


def load_document(store: Store, facts: DocumentFacts) -> LoadResult:
    """Write one document's facts to `store`, all or nothing; loading it again changes nothing.

    Returns a LoadResult with status ``unchanged`` when a Document with the same
    sha256 is already complete, ``replaced`` when another version of the same
    source path was loaded before (that version is removed), ``loaded`` otherwise.
    Store failures propagate as StoreError.
    """
    return load_documents(store, [facts])[0]
