"""Graph statistics: nodes per label, relationships per type, documents per region and year."""

from __future__ import annotations

from typing import Any

from edukg.ontology import vocab
from edukg.store.base import Store

__all__ = ["stats_statements", "graph_stats"]


def stats_statements() -> dict[str, str]:
    """Section title → the read-only Cypher that fills it."""
    doc, region, in_region = vocab.label("PolicyDocument"), vocab.label("Region"), vocab.rel("inRegion")
    return {
        "nodes per label": "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label",
        "relationships per type": (
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS relationships ORDER BY type"
        ),
        "documents per region and year": (
            f"MATCH (d:{doc}) OPTIONAL MATCH (d)-[:{in_region}]->(r:{region}) "
            "RETURN r.name AS region, d.plan_year AS year, count(d) AS documents ORDER BY region, year"
        ),
    }


def graph_stats(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Each section of stats_statements() with its rows."""
    return {title: store.query(cypher, read_only=True) for title, cypher in stats_statements().items()}

