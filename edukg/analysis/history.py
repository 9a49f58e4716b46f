"""Plan over plan: how one region's targets and programs change from each of its plans to the next.

Both sections come from stored queries: ``region-target-history`` (per indicator
and plan year: new, raised, lowered, kept, unit changed, dropped) and
``region-program-history`` (programs added and dropped), each row with its sentence.
"""

from __future__ import annotations

from edukg.analysis import Row, run_stored
from edukg.store.base import Store

__all__ = ["history"]


def history(store: Store, region: str, indicator: str = "", limit: int = 500) -> dict[str, list[Row]]:
    """``{"target history": rows, "program history": rows}`` of `region` (name or alias)."""
    return {
        "target history": run_stored(store, "region-target-history", region=region, indicator=indicator, limit=limit),
        "program history": run_stored(store, "region-program-history", region=region, limit=limit),
    }
