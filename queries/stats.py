"""Graph statistics: nodes per label, relationships per type, documents per region and year.

Sentences count as the ontology has them, as nodes with their relationships, though the store keeps
them as lists on their documents (`edukg.sentences`).
"""

from __future__ import annotations

from typing import Any

from edukg.ontology import vocab
from edukg.sentences import sentence_counts
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
    """Each section of stats_statements() with its rows, the sentences counted in."""
    sections = {title: store.query(cypher, read_only=True) for title, cypher in stats_statements().items()}
    sections_of = (("nodes per label", "label", "nodes"), ("relationships per type", "type", "relationships"))
    for (title, key, column), counts in zip(sections_of, sentence_counts(store)):
        rows = sections[title] + [{key: name, column: n} for name, n in counts.items()]
        sections[title] = sorted(rows, key=lambda row: row[key])
    return sections

