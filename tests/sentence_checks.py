"""A store's sentences read plainly from the lists its documents keep, for tests."""

from __future__ import annotations

# Each sentence with what it supports: a fact keeps the index of its sentence, a mention the indexes
# of the sentences naming its entity, both into their document's lists.
SUPPORTS = (
    "MATCH (d:Document)-[r]->(x) WHERE r.sentences IS NOT NULL OR x.sentence IS NOT NULL "
    "UNWIND coalesce(r.sentences, [x.sentence]) AS i "
    "RETURN labels(x)[0] AS label, x.id AS id, coalesce(x.name, x.title) AS name, d.id AS doc, d.plan_year AS year, "
    "coalesce(d.title, d.file) AS document, d.region AS region, d.sentence_text[i] AS text, "
    "d.sentence_start[i] AS start, d.sentence_end[i] AS end"
)


def supports(store) -> list[dict]:
    """Every (sentence, node it supports) pair: the node's label, id and name, the sentence's document
    (id, year, title, region), text and offsets."""
    return store.query(SUPPORTS)
