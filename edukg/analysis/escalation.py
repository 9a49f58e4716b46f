"""层层加码: how targets change down the hierarchy, per indicator and level.

The chains come from the stored query ``target-escalation`` (one row per
target, with the nearest level above that has a target for the same indicator
and year, and the verdict); `summarize` counts per indicator and level how
often a level tightens the one above and by how much on average.
"""

from __future__ import annotations

from collections.abc import Sequence

from edukg.analysis import Row, run_stored
from edukg.store.base import Store

__all__ = ["VERDICTS", "escalation", "summarize"]

VERDICTS = ("stricter", "equal", "looser", "incomparable")
_LEVELS = ("nation", "province", "city", "county", "below county")
_DIGITS = 4


def escalation(store: Store, indicator: str = "", year: int = 0, region: str = "",
               limit: int = 500) -> dict[str, list[Row]]:
    """``{"escalation": chain rows, "escalation summary": summary rows}`` for the targets asked for."""
    rows = run_stored(store, "target-escalation", indicator=indicator, year=year, region=region, limit=limit)
    return {"escalation": rows, "escalation summary": summarize(rows)}


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
    for (indicator, level), group in sorted(groups.items(), key=lambda kv: (kv[0][0], _LEVELS.index(kv[0][1]))):
        counts = {v: sum(r["verdict"] == v for r in group) for v in VERDICTS}
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
