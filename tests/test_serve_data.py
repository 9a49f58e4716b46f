"""What the serve pages read, checked against the graph read plainly (`edukg.serve.data`)."""

from __future__ import annotations

from collections import Counter

import pytest

from edukg.serve import data


def _documents_naming(store, lab: str, node_id: str) -> set[str]:
    """The documents naming the node directly (a sentence naming it is a mention's) or through a fact
    (its doc_id)."""
    rows = store.query(
        f"MATCH (n:{lab} {{id: $id}})-[]-(x) RETURN labels(x)[0] AS label, x.id AS id, x.doc_id AS doc_id",
        {"id": node_id},
    )
    return {r["id"] if r["label"] == "Document" else r["doc_id"] for r in rows
            if r["label"] in ("Document", "Target", "Observation", "Responsibility")}


def _years_read_plainly(store, lab: str, node_id: str) -> list[tuple[int, int]]:
    """The documents naming the node (`_documents_naming`), per year."""
    years = {r["id"]: r["year"] for r in store.query(
        "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.plan_year AS year",
        {"ids": sorted(_documents_naming(store, lab, node_id))})}
    return sorted(Counter(y for d, y in years.items() if y is not None).items())


@pytest.mark.parametrize("lab", ["Program", "Agency", "Indicator", "Region", "Reference", "Theme"])
def test_documents_per_year_count_every_way_a_document_names_an_entity(seed_store, lab):
    ids = [r["id"] for r in seed_store.query(f"MATCH (n:{lab}) RETURN n.id AS id ORDER BY id")]
    assert ids
    for node_id in ids:
        page = data.entity(seed_store, node_id, lab)
        assert page["years"] == _years_read_plainly(seed_store, lab, node_id), node_id
        assert page["document_count"] == sum(n for _, n in page["years"])


def _documents_read_plainly(store, keys) -> dict[tuple[str, str], int]:
    """How many documents name each (label, id) (`_documents_naming`)."""
    return {(lab, node_id): len(_documents_naming(store, lab, node_id)) for lab, node_id in keys}


@pytest.mark.parametrize("lab", ["Program", "Agency", "Indicator", "Reference", "Region", "Theme"])
def test_the_documents_the_loader_counts_are_those_a_reading_finds(seed_store, lab):
    # the search shows the kept counts of every label it searches
    kept = {r["id"]: r["n"] for r in seed_store.query(f"MATCH (n:{lab}) RETURN n.id AS id, n.documents AS n")}
    assert kept
    assert _documents_read_plainly(seed_store, [(lab, i) for i in kept]) == {(lab, i): n for i, n in kept.items()}


def test_search_shows_each_entitys_documents(seed_store):
    hits = data.search(seed_store, "教育")
    assert {h["kind"] for h in hits} >= {"Program", "Agency", "Indicator"}
    counted = _documents_read_plainly(seed_store, [(h["kind"], h["id"]) for h in hits])
    assert [h["documents"] for h in hits] == [counted[h["kind"], h["id"]] for h in hits]
