"""Frozen dataclasses passed between the pipeline stages, and their JSON form.

read → RawDocument → normalize → NormalizedText → structure → StructuredDocument
→ extract → DocumentFacts → resolve → DocumentFacts (canonical names, Identities)
→ rows → load.

Offsets: ``NormalizedText.text`` is the Simplified, cleaned text every later stage
works on; ``NormalizedText.to_original`` maps a span of it back to
``RawDocument.text`` (the decoded original). ``Evidence.start/end`` are always
offsets into the original text, as the extract contract promises.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields
from typing import Any, TypeVar

__all__ = [
    "RawDocument",
    "NormalizedText",
    "Region",
    "Metadata",
    "Section",
    "Sentence",
    "TableCell",
    "Table",
    "StructuredDocument",
    "Evidence",
    "IndicatorValue",
    "Program",
    "Agency",
    "Responsibility",
    "Reference",
    "DocumentFacts",
    "Entity",
    "Identities",
    "Skipped",
    "facts_to_dict",
]

_T = TypeVar("_T")


def _frozen(cls: type[_T]) -> type[_T]:
    """``@dataclass(frozen=True, slots=True)`` with an ``__init__`` that sets each field through its
    slot: the one dataclass writes for a frozen class goes through ``object.__setattr__`` and builds
    an object in almost twice the time, and a document builds hundreds (its sentences, sections,
    evidence, values, entities). The class is as frozen as before: only ``__init__`` sets a slot.
    No field may have a default factory (the two classes that have one are built once a document and
    keep dataclass's own ``__init__``)."""
    cls = dataclass(frozen=True, slots=True)(cls)
    if any(f.default_factory is not MISSING for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: a field with a default factory needs dataclass's own __init__")
    names = [f.name for f in fields(cls)]
    namespace: dict[str, Any] = {f"_set_{name}": cls.__dict__[name].__set__ for name in names}
    namespace.update({f"_default_{f.name}": f.default for f in fields(cls) if f.default is not MISSING})
    params = [f"{name}=_default_{name}" if f"_default_{name}" in namespace else name for name in names]
    sets = "".join(f"\n    _set_{name}(self, {name})" for name in names)
    exec(f"def __init__(self, {', '.join(params)}):{sets}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls


@_frozen
class Skipped:
    """A file that was not processed, and why (one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        """``path: reason``, naming the path once."""
        if self.reason.startswith(f"{self.source}:"):
            return self.reason
        return f"{self.source}: {self.reason}"


@_frozen
class RawDocument:
    """A file as read: its bytes, their hash and the decoded original text."""

    source: str  # the path as the user gave it
    sha256: str  # of the original bytes: the document's stable id
    encoding: str  # detected encoding, or the container format ("docx", "pdf")
    text: str  # decoded original text (of html/docx/pdf: the extracted text); evidence offsets point into it
    media_type: str = "text"  # text | html | docx | pdf
    size: int = 0  # bytes


@_frozen
class NormalizedText:
    """Cleaned Simplified text plus, for every character, its original offset."""

    raw: RawDocument
    text: str
    # offsets[i] is the index in raw.text of the character text[i] came from;
    # one extra trailing entry maps the end of the text.
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span text[start:end] to the span of raw.text it came from."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@_frozen
class Region:
    """An administrative unit with its hierarchy; names are Simplified."""

    name: str  # the unit itself, as commonly written: 旌德县, 绵阳市
    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None  # administrative-division code, when known
    aliases: tuple[str, ...] = ()  # historical or short names


@_frozen
class Metadata:
    title: str | None = None
    kind: str | None = None  # 工作计划, 工作要点, 实施方案, 规划, 意见, 通知, 总结, 其他
    region: Region | None = None
    plan_year: int | None = None
    published: str | None = None  # ISO date
    issuer: str | None = None
    url: str | None = None


@_frozen
class Section:
    """A numbered part of the document; spans are normalized-text offsets."""

    number: str  # as written: 一、 (一) 1. ① 一是
    heading: str  # the heading sentence or clause, without the number
    level: int  # 1 for the outermost numbering style met, 2 for the next…
    start: int
    end: int
    parent: int | None = None  # index of the parent in StructuredDocument.sections


@_frozen
class Sentence:
    text: str  # normalized text
    start: int  # normalized-text offsets
    end: int
    section: int | None = None  # index into StructuredDocument.sections


@_frozen
class TableCell:
    """One cell of a table: its Simplified text and the span of the original text it was read from."""

    text: str  # normalized text of the span
    start: int  # offsets into RawDocument.text: raw.text[start:end] is the cell as written
    end: int
    row: int  # index into Table.rows; -1 for a header cell
    column: int  # position in its row


@_frozen
class Table:
    """A table as laid out in the text: a header row, then rows of cells."""

    header: tuple[TableCell, ...]
    rows: tuple[tuple[TableCell, ...], ...]
    start: int  # original offsets of the whole table, header included
    end: int
    shape: str  # cells | spaces | lines (see loaders.tables)


@_frozen
class StructuredDocument:
    norm: NormalizedText
    metadata: Metadata
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tables: tuple[Table, ...] = ()

    @property
    def id(self) -> str:
        return self.norm.raw.sha256

    def paragraph_start(self, sentence: Sentence) -> int:
        """Where the paragraph (the line) holding the sentence starts in the normalized text."""
        return self.norm.text.rfind("\n", 0, sentence.start) + 1

    def evidence(self, sentence: Sentence, start: int | None = None, end: int | None = None) -> Evidence:
        """Evidence for a sentence, or for normalized span start:end within the text."""
        s = sentence.start if start is None else start
        e = sentence.end if end is None else end
        ostart, oend = self.norm.to_original(s, e)
        number = self.sections[sentence.section].number if sentence.section is not None else None
        return Evidence(text=self.norm.text[s:e], start=ostart, end=oend, section=number)


@_frozen
class Evidence:
    """The sentence a fact rests on: Simplified text, original offsets."""

    text: str
    start: int  # offsets into RawDocument.text
    end: int
    section: str | None = None  # number of the enclosing section, e.g. "(三)"


@_frozen
class IndicatorValue:
    """A quantity a document states for an indicator: planned (among DocumentFacts.targets)
    or reported as reached (among DocumentFacts.observations)."""

    indicator: str
    value: float | int
    unit: str
    comparator: str  # >=, <=, =, range
    evidence: Evidence
    value_max: float | int | None = None
    year: int | None = None
    agency: str | None = None
    theme: str | None = None
    table: tuple[int, int] | None = None  # (row, column) of the table cell holding the value
    attribute: str | None = None  # an indicator table's 属性: 约束性 or 预期性


@_frozen
class Program:
    name: str
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()
    written: str | None = None  # as the document first names it, when that is not `name` (resolve)


@_frozen
class Agency:
    name: str
    evidence: tuple[Evidence, ...]
    aliases: tuple[str, ...] = ()
    type: str | None = None


@_frozen
class Responsibility:
    agency: str
    duty: str
    evidence: Evidence
    program: str | None = None
    table: tuple[int, int] | None = None  # (row, column) of the table cell holding the duty


@_frozen
class Reference:
    title: str
    evidence: tuple[Evidence, ...]


@_frozen
class Entity:
    """A node shared across documents (Region, Year, Agency, Program, Indicator, Theme, Reference)
    as resolution identifies it: the same id in every document that names it."""

    kind: str  # its ontology class
    id: str
    props: dict[str, Any]  # name, level, type, unit…; absent when unknown
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Identities:
    """Every entity a document names, by (kind, id); which id each name in its facts stands for;
    the relationships among the entities (Region partOf Region, Indicator/Program hasTheme Theme)."""

    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    names: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, name as in the facts) → id
    links: tuple[tuple[str, str, str, str, str], ...] = ()  # (kind, property, kind, id, id)
    region: str | None = None  # the id of the document's region

    def id(self, kind: str, name: str | None) -> str | None:
        """The id of the `kind` entity the facts call `name`; None for no name."""
        return None if name is None else self.names[kind, name]


@dataclass(frozen=True)
class DocumentFacts:
    """Everything extracted from one document: the unit that is loaded."""

    document: StructuredDocument
    targets: tuple[IndicatorValue, ...] = ()
    observations: tuple[IndicatorValue, ...] = ()
    programs: tuple[Program, ...] = ()
    agencies: tuple[Agency, ...] = ()
    responsibilities: tuple[Responsibility, ...] = ()
    references: tuple[Reference, ...] = ()
    themes: tuple[str, ...] = field(default=())
    identities: Identities = field(default_factory=Identities)  # set by resolution


def facts_to_dict(facts: DocumentFacts) -> dict:
    """The `edukg extract --format jsonl` object of CONTRACTS.md; entities carry their graph ids."""
    meta = facts.document.metadata
    ids = facts.identities
    region = None
    if meta.region is not None:
        region = {"id": ids.region, **{k: getattr(meta.region, k) for k in ("name", "province", "city", "county")}}
    return {
        "source": facts.document.norm.raw.source,
        "document": {
            "id": facts.document.id,
            "title": meta.title,
            "kind": meta.kind,
            "region": region,
            "plan_year": meta.plan_year,
            "published": meta.published,
            "issuer": meta.issuer,
            "issuer_id": ids.id("Agency", meta.issuer),
        },
        "targets": [_indicator_value(t, ids) for t in facts.targets],
        "observations": [_indicator_value(t, ids) for t in facts.observations],
        "programs": [{"id": ids.id("Program", p.name), "name": p.written or p.name,
                      "evidence": [_ev(e) for e in p.evidence]}
                     for p in facts.programs],
        "agencies": [{"id": ids.id("Agency", a.name), "name": a.name, "evidence": [_ev(e) for e in a.evidence]}
                     for a in facts.agencies],
        "responsibilities": [
            {"agency": r.agency, "agency_id": ids.id("Agency", r.agency), "duty": r.duty, "program": r.program,
             "program_id": ids.id("Program", r.program), "evidence": _ev(r.evidence), **_table(r.table)}
            for r in facts.responsibilities
        ],
        "references": [{"id": ids.id("Reference", r.title), "title": r.title, "evidence": [_ev(e) for e in r.evidence]}
                       for r in facts.references],
        "themes": list(facts.themes),
    }


def _ev(e: Evidence) -> dict:
    return asdict(e)


def _indicator_value(t: IndicatorValue, ids: Identities) -> dict:
    return {
        "indicator": t.indicator,
        "indicator_id": ids.id("Indicator", t.indicator),
        "value": t.value,
        "value_max": t.value_max,
        "unit": t.unit,
        "comparator": t.comparator,
        "year": t.year,
        "agency": t.agency,
        "agency_id": ids.id("Agency", t.agency),
        "theme": t.theme,
        "evidence": _ev(t.evidence),
        **_table(t.table),
        **({"attribute": t.attribute} if t.attribute else {}),
    }


def _table(cell: tuple[int, int] | None) -> dict:
    """The table key of a fact read from a table; none for a fact read from a sentence."""
    return {"table": {"row": cell[0], "column": cell[1]}} if cell else {}
