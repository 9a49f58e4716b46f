"""The demo: the bundled sample corpus, and example parameters picked from the loaded graph."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from edukg.ontology import vocab
from edukg.queries import StoredQuery
from edukg.store.base import Store

__all__ = ["DEMO_GRAPH", "sample_corpus", "pick_statements", "demo_params"]

# The demo loads into its own graph so that it never touches the user's.
DEMO_GRAPH = "edukg-demo"

# A stored query's parameter name → (pick statement, rank of the value to use).
_PARAM_PICKS = {
    "indicator": ("indicator", 0),
    "program": ("program", 0),
    "agency": ("agency", 0),
    "region": ("region", 0),
    "a": ("region", 0),
    "b": ("region", 1),
    "text": ("program", 0),
}


@contextmanager
def sample_corpus() -> Iterator[Path]:
    """The folder of bundled sample documents, as a real path."""
    with as_file(files("edukg").joinpath("corpus")) as path:
        yield Path(path)


def pick_statements() -> dict[str, str]:
    """Read-only Cypher listing the most common values of each kind, best first, in column `value`."""
    doc = vocab.label("PolicyDocument")
    ranked = "RETURN {v} AS value, count(*) AS uses ORDER BY uses DESC, value LIMIT 2"
    return {
        "indicator": (
            f"MATCH (:{doc})-[:{vocab.rel('setsTarget')}]->(:{vocab.label('Target')})"
            f"-[:{vocab.rel('measures')}]->(n:{vocab.label('Indicator')}) " + ranked.format(v="n.name")
        ),
        "program": (
            f"MATCH (:{doc})-[:{vocab.rel('mentionsProgram')}]->(n:{vocab.label('Program')}) "
            + ranked.format(v="n.name")
        ),
        "agency": (
            f"MATCH (:{doc})-[:{vocab.rel('assigns')}]->(:{vocab.label('Responsibility')})"
            f"-[:{vocab.rel('heldBy')}]->(n:{vocab.label('Agency')}) " + ranked.format(v="n.name")
        ),
        "region": (
            f"MATCH (:{doc})-[:{vocab.rel('inRegion')}]->(n:{vocab.label('Region')}) "
            + ranked.format(v="n.name")
        ),
    }


def demo_params(store: Store, query: StoredQuery) -> dict[str, Any] | None:
    """Values for the query's required parameters taken from the graph; None if the graph has none."""
    statements = pick_statements()
    picked: dict[str, list[Any]] = {}
    params: dict[str, Any] = {}
    for param in query.params:
        if not param.required:
            continue
        kind, rank = _PARAM_PICKS.get(param.name, (None, 0))
        if kind is None:
            return None
        if kind not in picked:
            picked[kind] = [row["value"] for row in store.query(statements[kind], read_only=True)]
        if len(picked[kind]) <= rank:
            return None
        params[param.name] = picked[kind][rank]
    return params
