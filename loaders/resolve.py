"""Resolution: canonical names for programs, indicators and agencies.

Within a document, every mention of a program or indicator takes the canonical
name of the vocabulary (its aliases are kept); a round or phase marker
(第二轮学前教育三年行动计划) is a variant of the program itself. Across
documents the same canonical name is the same entity; agencies with a generic
name (机构编制部门, 教育局) are qualified by the document's region.
"""

from __future__ import annotations

import re
from dataclasses import replace

from edukg.loaders.model import DocumentFacts, Evidence, Program, Region, Responsibility, Target
from edukg.ontology import vocab

__all__ = ["resolve", "canonical_program", "canonical_indicator", "agency_key"]

_ROUND = re.compile(r"^(?:第[一二三四五六七八九十\d]+[轮期批]|新一[轮期批]|新[一二三四五六七八九十]?[轮期])")
_DECOR = re.compile(r"[“”\"《》「」‘’\s]")
_SUFFIX_WORK = re.compile(r"(?:建设|工作|实施)$")
_PERIOD = re.compile(r"[(（]\d{4}\s*[-—–~至]\s*\d{4}年?[)）]$")
# bodies that are one per country, never qualified by a region
_NATIONAL = re.compile(r"^(?:国务院|教育部|中共中央|全国|国家|中央)")


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
    if region is None or _NATIONAL.match(name):
        return name
    names = [n for n in (region.name, region.county, region.city, region.province, *region.aliases) if n]
    if any(name.startswith(n) for n in names):
        return name
    path = "/".join(n for n in (region.province, region.city, region.county) if n) or region.name
    return f"{path}/{name}"


def _merge_programs(programs: tuple[Program, ...]) -> tuple[Program, ...]:
    merged: dict[str, tuple[list[Evidence], set[str]]] = {}
    for p in programs:
        name = canonical_program(p.name)
        evidence, aliases = merged.setdefault(name, ([], set()))
        evidence.extend(e for e in p.evidence if e not in evidence)
        aliases.update(a for a in (p.name, *p.aliases) if a != name)
    return tuple(Program(name, tuple(ev), tuple(sorted(al))) for name, (ev, al) in merged.items())


def _target(t: Target) -> Target:
    name = canonical_indicator(t.indicator)
    concept = vocab.indicators().get(name)
    theme = t.theme or (concept.theme if concept else None)
    return t if (name, theme) == (t.indicator, t.theme) else replace(t, indicator=name, theme=theme)


def _responsibility(r: Responsibility) -> Responsibility:
    program = canonical_program(r.program) if r.program else r.program
    return r if program == r.program else replace(r, program=program)


def resolve(facts: DocumentFacts) -> DocumentFacts:
    """The same facts with canonical program and indicator names; program mentions merged."""
    return replace(
        facts,
        targets=tuple(_target(t) for t in facts.targets),
        observations=tuple(_target(t) for t in facts.observations),
        programs=_merge_programs(facts.programs),
        responsibilities=tuple(_responsibility(r) for r in facts.responsibilities),
    )
