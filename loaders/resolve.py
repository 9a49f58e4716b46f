"""Resolution: canonical names, and the identity of every entity a document names.

Within a document, every mention of a program or indicator takes the canonical
name of the vocabulary (its aliases are kept); a round or phase marker
(第二轮学前教育三年行动计划) is a variant of the program itself. Across
documents the same canonical name is the same entity; agencies with a generic
name (机构编制部门, 教育局) are qualified by the document's region; a region is
identified by its path from the province down (云岭省/江城市/青山县).

:func:`identify` gives each entity its id, its properties and its aliases (the
vocabulary's included) and the relationships among entities: what ``edukg
extract`` prints as ids is what the loader writes as nodes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from edukg.loaders.extract.agencies import is_national
from edukg.loaders.model import (
    DocumentFacts,
    Entity,
    Evidence,
    Identities,
    Program,
    IndicatorValue,
    Region,
    Responsibility,
)
from edukg.ontology import vocab

__all__ = ["resolve", "identify", "canonical_program", "canonical_indicator", "agency_key", "region_chain"]

_ROUND = re.compile(r"^(?:第[一二三四五六七八九十\d]+[轮期批]|新一[轮期批]|新[一二三四五六七八九十]?[轮期])")
_DECOR = re.compile(r"[“”\"《》「」‘’\s]")
_SUFFIX_WORK = re.compile(r"(?:建设|工作|实施)$")
_PERIOD = re.compile(r"[(（]\d{4}\s*[-—–~至]\s*\d{4}年?[)）]$")


def canonical_program(name: str) -> str:
    """三通两平台 → 三通两平台; 第二轮学前教育三年行动计划 → 学前教育三年行动计划; unknown names unchanged."""
    clean = _PERIOD.sub("", _DECOR.sub("", name))
    aliases = vocab.program_aliases()
    for candidate in (clean, _ROUND.sub("", clean), _SUFFIX_WORK.sub("", _ROUND.sub("", clean))):
        if candidate in aliases:
            return aliases[candidate]
    return _ROUND.sub("", clean) or clean


def canonical_indicator(name: str) -> str:
    """学前教育毛入园率 → 学前三年毛入园率; unknown names unchanged."""
    return vocab.indicator_aliases().get(name.strip(), name.strip())


def agency_key(name: str, region: Region | None) -> str:
    """The cross-document id of an agency: region-qualified unless the name carries its own region."""
    if region is None or is_national(name):
        return name
    names = [n for n in (region.name, region.county, region.city, region.province, *region.aliases) if n]
    if any(name.startswith(n) for n in names):
        return name
    path = "/".join(n for n in (region.province, region.city, region.county) if n) or region.name
    return f"{path}/{name}"


def _merge_programs(programs: tuple[Program, ...]) -> tuple[Program, ...]:
    # evidence as dict keys: each sentence once, in first-seen order, without comparing it to every other
    merged: dict[str, tuple[dict[Evidence, None], set[str], list[str]]] = {}
    for p in programs:
        name = canonical_program(p.name)
        # the graph knows the program by its canonical name; the document's own words stay beside it
        evidence, aliases, written = merged.setdefault(name, ({}, set(), []))
        evidence.update(dict.fromkeys(p.evidence))
        aliases.update(a for a in (p.name, *p.aliases) if a != name)
        written.append(_DECOR.sub("", p.written or p.name))
    # the document's own words: the first way it writes the program, or one that holds the canonical name
    # whole (第二期学前教育三年行动计划 over an earlier 学前教育行动计划)
    own = {name: next((w for w in written if name in w), written[0]) for name, (_, _, written) in merged.items()}
    return tuple(Program(name, tuple(ev), tuple(sorted(al)), own[name] if own[name] != name else None)
                 for name, (ev, al, _) in merged.items())


def _quantity(t: IndicatorValue) -> IndicatorValue:
    name = canonical_indicator(t.indicator)
    concept = vocab.indicators().get(name)
    theme = t.theme or (concept.theme if concept else None)
    return t if (name, theme) == (t.indicator, t.theme) else replace(t, indicator=name, theme=theme)


def _responsibility(r: Responsibility) -> Responsibility:
    program = canonical_program(r.program) if r.program else r.program
    return r if program == r.program else replace(r, program=program)


def region_chain(region: Region) -> list[tuple[str, str, str]]:
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


class _Naming:
    """The entities of one document as its facts name them, in that order: one id per name,
    properties known so far (a later value replaces an earlier one), aliases in first-seen order."""

    def __init__(self, region: Region | None) -> None:
        self.region = region  # of the document: generic agency names are qualified by it
        self.entities: dict[tuple[str, str], tuple[dict[str, Any], dict[str, None]]] = {}
        self.names: dict[tuple[str, str], str] = {}
        self.links: dict[tuple[str, str, str, str, str], None] = {}
        self.agency_keys: dict[str, str] = {}
        self.indicator_units: dict[str, str | None] = {}  # the unit each indicator was named with last

    def node(self, kind: str, id_: str, aliases: Iterable[str] = (), name: str | None = None, **props: Any) -> str:
        entry = self.entities.get((kind, id_))
        if entry is None:
            entry = self.entities[kind, id_] = ({}, {})
        known, seen = entry
        if name is not None:
            known["name"] = name
        for key, value in props.items():
            if value is not None:
                known[key] = value
        if aliases:  # most nodes have none
            seen.update((a, None) for a in aliases if a != name)
        if name is not None:
            self.names[kind, name] = id_
        return id_

    def named(self, kind: str, id_: str) -> bool:
        return (kind, id_) in self.entities

    def link(self, kind: str, prop: str, other: str, id_: str, other_id: str) -> None:
        self.links[kind, prop, other, id_, other_id] = None

    # a Year's and a Theme's properties follow from their id: named again (by most facts), they are done
    def year(self, year: int) -> str:
        id_ = str(year)
        if ("Year", id_) not in self.entities:
            self.node("Year", id_, value=int(year))
            self.names["Year", id_] = id_
        return id_

    def theme(self, name: str) -> str:
        return name if ("Theme", name) in self.entities else self.node("Theme", name, name=name)

    def agency(self, name: str, aliases: Iterable[str] = (), type_: str | None = None) -> str:
        key = self.agency_key(name)
        if not aliases and type_ is None and (entry := self.entities.get(("Agency", key))) and entry[0]["name"] == name:
            return key  # named again by the name it has (a target's agency, again and again): nothing changes
        return self.node("Agency", key, aliases, name=name, type=type_)

    def agency_key(self, name: str) -> str:
        """agency_key in the document's region, once per name (a document names its agencies often)."""
        key = self.agency_keys.get(name)
        if key is None:
            key = self.agency_keys[name] = agency_key(name, self.region)
        return key

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
        unit = concept.unit if concept and concept.unit else unit
        if name in self.indicator_units and self.indicator_units[name] == unit:
            return name  # named again with the unit it was named with last: nothing changes
        self.indicator_units[name] = unit
        aliases = concept.aliases if concept and not self.named("Indicator", name) else ()
        id_ = self.node("Indicator", name, aliases, name=name, unit=unit)
        if concept and concept.theme:
            self.link("Indicator", "hasTheme", "Theme", id_, self.theme(concept.theme))
        return id_

    def quantity(self, t: IndicatorValue, planned: bool) -> None:
        id_ = self.indicator(t.indicator, t.unit)
        if t.theme:
            self.link("Indicator", "hasTheme", "Theme", id_, self.theme(t.theme))
        if t.year is not None:
            self.year(t.year)
        if t.agency and planned:  # a target is assigned to its agency; an observation names it only
            self.agency(t.agency)
        elif t.agency:
            self.names["Agency", t.agency] = self.agency_key(t.agency)


def identify(facts: DocumentFacts) -> Identities:
    """Every entity `facts` name, with its id, properties and aliases, and the links among them."""
    meta = facts.document.metadata
    n = _Naming(meta.region)
    region_id = None
    if (r := meta.region) is not None:
        chain = region_chain(r)
        for i, (id_, name, level) in enumerate(chain):
            n.node("Region", id_, r.aliases if name == r.name else (), name=name, level=level,
                   province=r.province, city=r.city if level in ("city", "county", "other") else None,
                   county=r.county if level in ("county", "other") else None,
                   code=r.code if name == r.name else None)
            if i:
                n.link("Region", "partOf", "Region", id_, chain[i - 1][0])
        region_id = chain[-1][0]
    if meta.plan_year is not None:
        n.year(meta.plan_year)
    if meta.issuer:
        n.agency(meta.issuer)
    for t in facts.targets:
        n.quantity(t, planned=True)
    for t in facts.observations:
        n.quantity(t, planned=False)
    for p in facts.programs:
        n.program(p.name, p.aliases)
    for a in facts.agencies:
        n.agency(a.name, a.aliases, a.type)
    for resp in facts.responsibilities:
        n.agency(resp.agency)
        if resp.program:
            n.program(resp.program)
    for ref in facts.references:
        n.node("Reference", ref.title, title=ref.title)
        n.names["Reference", ref.title] = ref.title
    for theme in facts.themes:
        n.theme(theme)
    entities = {key: Entity(key[0], key[1], props, tuple(aliases)) for key, (props, aliases) in n.entities.items()}
    return Identities(entities, n.names, tuple(n.links), region_id)


def resolve(facts: DocumentFacts) -> DocumentFacts:
    """The same facts with canonical program and indicator names, program mentions merged,
    and the identities of everything they name."""
    resolved = replace(
        facts,
        targets=tuple(_quantity(t) for t in facts.targets),
        observations=tuple(_quantity(t) for t in facts.observations),
        programs=_merge_programs(facts.programs),
        responsibilities=tuple(_responsibility(r) for r in facts.responsibilities),
    )
    return replace(resolved, identities=identify(resolved))
