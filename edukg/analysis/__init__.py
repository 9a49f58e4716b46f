"""Analyses across levels and years, answered by stored queries and summarised here.

`escalation` (层层加码): each level's target beside the nearest level above;
`history`: one region's plans, plan over plan; `national`: the national
reference targets shipped as cited data.
"""

from __future__ import annotations

from typing import Any

from edukg.queries import bind, get_query
from edukg.store.base import Store

Row = dict[str, Any]


def run_stored(store: Store, name: str, **params: Any) -> list[Row]:
    """The rows of stored query `name` with `params` (defaults for the rest), read-only."""
    query = get_query(name)
    return store.query(query.body, bind(query, params), read_only=True)
