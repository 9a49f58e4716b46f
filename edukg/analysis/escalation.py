"""层层加码: how targets change down the hierarchy, per indicator and level.

`escalation` gives every target beside the nearest level above that has a
target for the same indicator and year, with the difference, the ratio and a
verdict, then `summarize` counts per indicator and level how often a level
tightens the one above and by how much on average. It reads the targets (in two
statements at once, half the indicators each) and each document's title and region
apart, and links the levels here (a dictionary lookup per level above), so a corpus
of 10,000 documents takes seconds; the stored query
``target-escalation`` answers the same rows in Cypher alone, for `edukg query
run`, the web app and pictures (tests/test_escalation.py checks they agree).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Any

from edukg.analysis import Row
from edukg.store.base import Store

__all__ = ["CHOSEN", "DOCUMENTS", "INDICATORS", "LEVELS", "NATIONAL", "TARGETS", "VERDICTS", "escalation",
           "link_levels", "read_targets", "summarize", "verdict"]

NATIONAL = "全国"  # the region id of the national reference targets
LEVELS = ("nation", "province", "city", "county", "below county")
VERDICTS = ("stricter", "equal", "looser", "incomparable")
_RANK = {"province": 1, "city": 2, "county": 3}
_DIGITS = 4
_POINT = {"≈": "="}  # an approximate value compares as a value

# The indicators asked for: a name or alias holding the text given (every indicator for "").
INDICATORS = """
MATCH (i:Indicator)
WHERE i.names CONTAINS $indicator
RETURN i.name AS name
"""

# Every target of those indicators, one row each, from what the loader keeps on a target (its
# indicator's name, its year or else its document's, its document's id), not by walking to the
# indicator and the document; the documents' titles and regions are read once per document
# (DOCUMENTS), not once per target, and joined here: a tenth of the values cross the wire.
TARGETS = """
MATCH (t:Target)
WHERE t.indicator IN $indicators AND t.effective_year IS NOT NULL AND ($year = 0 OR t.effective_year = $year)
// (a target keeps the index of its sentence among its document's)
OPTIONAL MATCH (d:Document {id: t.doc_id})
RETURN t.doc_id AS document, t.indicator AS indicator, t.effective_year AS year, t.id AS target,
       t.comparator AS comparator, t.value AS value, t.value_max AS value_max, t.unit AS unit,
       d.sentence_text[t.sentence] AS evidence
"""

# Each document's title and region(s).
DOCUMENTS = """
MATCH (d:Document)-[:IN_REGION]->(r:Region)
RETURN d.id AS document, coalesce(d.title, d.file) AS title, r.id AS region_id, r.name AS region,
       r.level AS region_level
"""

# The ids of the regions a name or alias names (two 城区 of different cities share a name).
CHOSEN = """
MATCH (r:Region)
WHERE r.name = $region OR $region IN coalesce(r.aliases, [])
RETURN r.id AS id
"""


def escalation(store: Store, indicator: str = "", year: int = 0, region: str = "") -> dict[str, list[Row]]:
    """``{"escalation": chain rows, "escalation summary": summary rows}`` for the targets asked for:
    `indicator` (name, alias or part of either; empty for all), target `year` (0 for all),
    `region` (its lineage only; empty for all)."""
    rows = link_levels(read_targets(store, indicator, year, region))
    return {"escalation": rows, "escalation summary": summarize(rows)}


def _kin(region_id: str, lineage: list[str]) -> bool:
    """Whether `region_id` is in the lineage of one of the chosen regions: the region itself,
    one above it, one below it, or 全国 (nothing when no region was found)."""
    return any(region_id in (c, NATIONAL) or c.startswith(region_id + "/") or region_id.startswith(c + "/")
               for c in lineage)


def read_targets(store: Store, indicator: str = "", year: int = 0, region: str = "") -> list[Row]:
    """Every target asked for with its document's title and region (one row per region of a
    document in several; none for a document without one): the input of `link_levels`."""
    lineage = [r["id"] for r in store.query(CHOSEN, {"region": region}, read_only=True)] if region else []
    # One string object per indicator and region name: sorting the rows compares equal names by identity.
    names: dict[str, str] = {}
    regions: dict[Any, list[Row]] = {}  # document → what its targets take from it, once per region
    for d in store.query(DOCUMENTS, read_only=True):
        if not region or _kin(d["region_id"], lineage):
            region_name = names.setdefault(d["region"], d["region"])
            regions.setdefault(d["document"], []).append({
                "document": d["title"], "region_id": d["region_id"], "region": region_name,
                "rank": _rank(d["region_id"], d["region_level"])})
    indicators = [r["name"] for r in store.query(INDICATORS, {"indicator": indicator}, read_only=True)]
    names |= {name: name for name in indicators}
    # Half the indicators each in two statements at once: the server answers one while this process
    # reads the other's reply (a third less time for 290,000 targets).
    halves = [{"indicators": indicators[k::2], "year": year} for k in range(2) if indicators[k::2]]
    with ThreadPoolExecutor(len(halves) or 1) as pool:
        replies = pool.map(lambda params: store.query(TARGETS, params, read_only=True), halves)
    rows = []
    for t in chain.from_iterable(replies):
        t["indicator"] = names[t["indicator"]]
        first, *others = regions.get(t["document"]) or ({},)
        rows.extend(t | d for d in others)
        if first:  # most documents have one region: their targets take it in place, not as a copy
            t.update(first)
            rows.append(t)
    return rows


def _rank(region_id: str, level: str | None) -> int:
    """A level's index in LEVELS: 全国 0, province 1, city 2, county 3, anything below 4."""
    if region_id == NATIONAL:
        return 0
    return _RANK.get(level, 4)


@cache
def _above(region_id: str) -> tuple[str, ...]:
    """The ids of the regions above `region_id`, nearest first: its id's prefixes, then 全国."""
    parts = region_id.split("/")
    return tuple(["/".join(parts[:n]) for n in range(len(parts) - 1, 0, -1)]
                 + ([NATIONAL] if region_id != NATIONAL else []))


def verdict(target: Row, above: Row) -> str:
    """stricter, equal, looser or incomparable: `target` against the target of the level `above`.

    For ``>=`` a higher value is stricter, for ``<=`` a lower one; ``=`` and ``≈`` (约, 左右) take the
    other side's direction; units that differ, a range, or directions that disagree compare nothing.

    >>> verdict({"comparator": "<=", "value": 0.45, "unit": ""}, {"comparator": "<=", "value": 0.5, "unit": ""})
    'stricter'
    >>> verdict({"comparator": "=", "value": 85, "unit": "%"}, {"comparator": ">=", "value": 88, "unit": "%"})
    'looser'
    >>> verdict({"comparator": ">=", "value": 85, "unit": "%"}, {"comparator": "<=", "value": 88, "unit": "%"})
    'incomparable'
    >>> verdict({"comparator": "≈", "value": 90, "unit": "%"}, {"comparator": ">=", "value": 85, "unit": "%"})
    'stricter'
    """
    mine, theirs = (_POINT.get(c, c) for c in (target["comparator"], above["comparator"]))
    if "range" in (mine, theirs) or target["unit"] != above["unit"]:
        return "incomparable"
    sides = {mine, theirs} - {"="}
    if not sides:
        return "equal" if target["value"] == above["value"] else "incomparable"
    if len(sides) > 1:
        return "incomparable"
    direction = 1 if sides == {">="} else -1
    change = (target["value"] - above["value"]) * direction
    return "stricter" if change > 0 else "looser" if change < 0 else "equal"


def _rounded(x: float) -> float:
    return round(x * 10**_DIGITS) / 10**_DIGITS


def link_levels(targets: Sequence[Row]) -> list[Row]:
    """The rows of `escalation`: each target with the nearest level above that has a target for the
    same indicator and year (of several there, the first by document title), ordered by indicator,
    latest year first, from the top level down."""
    first: dict[tuple[str, int, str], tuple[str, Row]] = {}
    for t in targets:  # the first of each (indicator, year, region) by document title, then target id
        key, order = (t["indicator"], t["year"], t["region_id"]), (t["document"] or "") + (t["target"] or "")
        if key not in first or order < first[key][0]:
            first[key] = (order, t)
    rows = []
    nearest: dict[tuple[str, int, str], Row | None] = {}  # the target above, once per indicator, year and region
    for t in targets:
        own = indicator, year, region_id = t["indicator"], t["year"], t["region_id"]
        if own in nearest:
            up = nearest[own]
        else:
            up = nearest[own] = next((first[key][1] for region in _above(region_id)
                                      if (key := (indicator, year, region)) in first), None)
        judged = verdict(t, up) if up else None
        comparable = judged not in (None, "incomparable")
        value, rank, region, document = t["value"], t["rank"], t["region"], t["document"]
        rows.append(((indicator, -year, rank, region, document or "", value), {
            "indicator": indicator, "year": year, "level": LEVELS[rank], "region": region,
            "comparator": t["comparator"], "value": value, "value_max": t["value_max"], "unit": t["unit"],
            "document": document, "evidence": t["evidence"],
            "above_region": up and up["region"], "above_comparator": up and up["comparator"],
            "above_value": up and up["value"], "above_unit": up and up["unit"],
            "difference": _rounded(value - up["value"]) if comparable else None,
            "ratio": _rounded(value / up["value"]) if comparable and up["value"] else None,
            "verdict": judged,
        }))
    rows.sort(key=itemgetter(0))
    return [row for _, row in rows]


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), _DIGITS) if values else None


def summarize(rows: Sequence[Row]) -> list[Row]:
    """Per indicator and level with a level above to compare with: counts of each verdict,
    the share of comparable targets that are stricter, and the mean difference and ratio
    to the level above (over comparable targets).

    >>> summarize([
    ...     {"indicator": "学前三年毛入园率", "level": "province", "verdict": None},
    ...     {"indicator": "学前三年毛入园率", "level": "county", "verdict": "stricter", "difference": 2, "ratio": 1.02},
    ...     {"indicator": "学前三年毛入园率", "level": "county", "verdict": "equal", "difference": 0, "ratio": 1.0}])
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'indicator': '学前三年毛入园率', 'level': 'county', 'compared': 2, 'stricter': 1, 'equal': 1, 'looser': 0,
      'incomparable': 0, 'share_stricter': 0.5, 'mean_difference': 1.0, 'mean_ratio': 1.01}]
    """
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        if row.get("verdict"):
            groups.setdefault((row["indicator"], row["level"]), []).append(row)
    out = []
    for (indicator, level), group in sorted(groups.items(), key=lambda kv: (kv[0][0], LEVELS.index(kv[0][1]))):
        counts: dict[str, Any] = {v: sum(r["verdict"] == v for r in group) for v in VERDICTS}
        comparable = [r for r in group if r["verdict"] != "incomparable"]
        out.append({
            "indicator": indicator,
            "level": level,
            "compared": len(group),
            **counts,
            "share_stricter": round(counts["stricter"] / len(comparable), _DIGITS) if comparable else None,
            "mean_difference": _mean([r["difference"] for r in comparable if r.get("difference") is not None]),
            "mean_ratio": _mean([r["ratio"] for r in comparable if r.get("ratio") is not None]),
        })
    return out
