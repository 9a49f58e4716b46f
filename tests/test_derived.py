"""What the loader keeps for the queries (loaders/derived.py): document counts on entities, a target's
and a duty's year and region, the names searched of an entity, and the one-off upgrade of a store
written before they were kept."""

import dataclasses

import pytest

from load_checks import kept_counts, recounted
from test_load import CITY, TEXT_A, TEXT_B, facts_a, facts_b, make_facts

from edukg.config import settings_from_env
from edukg.errors import EdukgError
from edukg.loaders.derived import INDEXES, NAMES, upgrade
from edukg.loaders.load import load_document, load_documents, sweep_unfinished
from edukg.loaders.rows import ALIASED_CLASSES, COUNTS
from edukg.ontology import vocab
from edukg.store import open_store
from edukg.store.embedded import EmbeddedStore


def fact_copies(store) -> dict[str, dict]:
    """What each target and duty keeps of its document, by id."""
    targets = store.query("MATCH (t:Target) RETURN t.id AS id, t.effective_year AS year, t.region_id AS region")
    duties = store.query("MATCH (r:Responsibility) RETURN r.id AS id, r.plan_year AS year, r.region AS region")
    return {r["id"]: {"year": r["year"], "region": r["region"]} for r in targets + duties}


def from_documents(store) -> dict[str, dict]:
    """The same, read from the documents: a target's own year, else its document's; the region's id
    for a target, its name for a duty."""
    targets = store.query("MATCH (d:Document)-[:SETS_TARGET]->(t) OPTIONAL MATCH (d)-[:IN_REGION]->(r) "
                          "RETURN t.id AS id, coalesce(t.year, d.plan_year) AS year, r.id AS region")
    duties = store.query("MATCH (d:Document)-[:ASSIGNS]->(t) OPTIONAL MATCH (d)-[:IN_REGION]->(r) "
                         "RETURN t.id AS id, d.plan_year AS year, r.name AS region")
    return {r["id"]: {"year": r["year"], "region": r["region"]} for r in targets + duties}


def kept_names(store) -> dict[str, str | None]:
    """The names searched of every named entity, by id."""
    return {r["id"]: r["names"] for cls in ALIASED_CLASSES
            for r in store.query(f"MATCH (x:{vocab.label(cls)}) RETURN x.id AS id, x.{NAMES} AS names")}


def joined_names(store) -> dict[str, str]:
    """The same, from each entity's name and aliases, one a line."""
    return {r["id"]: "\n".join([r["name"], *r["aliases"]]) for cls in ALIASED_CLASSES
            for r in store.query(f"MATCH (x:{vocab.label(cls)}) RETURN x.id AS id, x.name AS name, "
                                 "coalesce(x.aliases, []) AS aliases")}


def bad_version(facts):
    """`facts` that fail part-way: the store refuses a map as a duty, after the sentences, the
    entities and the targets are written."""
    return dataclasses.replace(facts, responsibilities=tuple(
        dataclasses.replace(r, duty={"not": "a value"}) for r in facts.responsibilities))


def named(store, cls: str, prop: str) -> dict[str, int]:
    """One count of `cls`, by the entities' names."""
    rows = store.query(f"MATCH (x:{vocab.label(cls)}) RETURN coalesce(x.name, x.title) AS name, x.{prop} AS n")
    return {r["name"]: r["n"] for r in rows}


def nonzero(counts: dict) -> dict:
    return {key: {id_: n for id_, n in c.items() if n} for key, c in counts.items()}


def test_counts_follow_documents_loaded_again_replaced_and_failed(store, tmp_path):
    path = tmp_path / "plan.txt"
    load_document(store, facts_a(str(path)))
    load_document(store, facts_b())
    kept = kept_counts(store)
    assert kept == recounted(store)
    assert named(store, "Program", "naming_documents") == {"学前教育三年行动计划": 2, "三个增长": 2}
    assert named(store, "Reference", "documents") == {"国家学生体质健康标准": 2}
    assert named(store, "Agency", "documents")["财政局"] == 1

    assert load_document(store, facts_a(str(path))).status == "unchanged"
    assert kept_counts(store) == kept

    changed = make_facts(str(path), TEXT_A.replace("85%", "90%"), CITY, 2022, "丁市2022年工作计划",
                         targets=[("学前三年毛入园率", 90, "%", ">=", "学前三年毛入园率达到90%以上")],
                         programs=[("三个增长", "落实三个增长", ())])
    assert load_document(store, changed).status == "replaced"
    kept = kept_counts(store)
    assert kept == recounted(store)
    assert "财政局" not in named(store, "Agency", "documents")  # only the replaced version named it
    assert named(store, "Reference", "documents") == {"国家学生体质健康标准": 1}

    with pytest.raises(EdukgError):  # written part-way: counted nowhere
        load_document(store, bad_version(facts_a("c.txt", TEXT_A + "五、加强督导。")))
    assert nonzero(kept_counts(store)) == nonzero(kept)  # what it merged first counts 0 documents
    assert sweep_unfinished(store) == 1
    assert kept_counts(store) == kept == recounted(store)

    both = kept_counts(store)
    store.clear()
    load_documents(store, [changed, facts_b()])
    assert kept_counts(store) == both


def test_a_killed_batch_is_counted_once_its_load_completes(store):
    good = facts_a()
    with pytest.raises(EdukgError):
        load_document(store, bad_version(good))
    assert all(n == 0 for counts in kept_counts(store).values() for n in counts.values())
    assert load_documents(store, [good, facts_b()])[0].status == "loaded"
    assert kept_counts(store) == recounted(store)


def test_targets_and_duties_keep_their_documents_year_and_region(store):
    undated = facts_b()
    undated = dataclasses.replace(undated, targets=tuple(dataclasses.replace(t, year=None) for t in undated.targets))
    nowhere = make_facts("d.txt", TEXT_B + "（无地区）", None, 2016, "无地区的计划",
                         targets=[("总投资", 1300000000, "元", "=", "总投资13亿元")])
    load_documents(store, [facts_a(), undated, nowhere])
    kept = fact_copies(store)
    assert kept == from_documents(store)
    assert sorted((v["year"], v["region"]) for v in kept.values()) == [
        (2014, "戊省/丁市"), (2016, None), (2021, "乙省/丙市/甲县"), (2021, "甲县")]


def test_the_sample_corpus_keeps_what_its_documents_say(seed_store):
    assert kept_counts(seed_store) == recounted(seed_store)
    assert fact_copies(seed_store) == from_documents(seed_store)
    assert kept_names(seed_store) == joined_names(seed_store)


def test_the_names_searched_follow_aliases_named_by_later_documents(store):
    load_document(store, facts_a())
    program = "MATCH (p:Program) WHERE p.names CONTAINS '攻坚' RETURN p.id AS id"
    assert store.query(program) == []
    load_document(store, make_facts("b.txt", TEXT_B, CITY, 2014, "丁市学前教育实施方案", programs=[
        ("学前教育三年行动计划", "推进学前教育三年行动计划", ("学前教育三年攻坚计划",))]))
    assert kept_names(store) == joined_names(store)
    assert store.query(program) == [{"id": "学前教育三年行动计划"}]


def _as_an_earlier_version_left_it(store) -> None:
    """Remove what the loader now keeps beside the facts, as a store written before holds none of it."""
    for cls, prop in COUNTS:
        store.query(f"MATCH (x:{vocab.label(cls)}) SET x.{prop} = NULL", read_only=False)
    store.query("MATCH (t:Target) SET t.effective_year = NULL, t.region_id = NULL", read_only=False)
    store.query("MATCH (t:Responsibility) SET t.plan_year = NULL, t.region = NULL", read_only=False)
    for cls in ALIASED_CLASSES:
        store.query(f"MATCH (x:{vocab.label(cls)}) SET x.{NAMES} = NULL", read_only=False)
    for cls, prop in INDEXES:
        store.query(f"DROP INDEX FOR (n:{vocab.label(cls)}) ON (n.{prop})", read_only=False)


def indexed(store) -> set:
    return {(r["label"], p) for r in store.query("CALL db.indexes() YIELD label, properties "
                                                 "RETURN label, properties") for p in r["properties"]}


def test_a_store_of_an_earlier_version_is_upgraded_once_when_opened(store, embedded_home, graph_name, tmp_path):
    path = tmp_path / "plan.txt"
    load_document(store, facts_a(str(path)))
    load_document(store, facts_b())
    load_document(store, make_facts(str(path), TEXT_A, CITY, 2022, "丁市2022年工作计划",
                                    targets=[("学前三年毛入园率", 85, "%", ">=", "学前三年毛入园率达到85%以上")]))
    counts, copies, names = kept_counts(store), fact_copies(store), kept_names(store)
    _as_an_earlier_version_left_it(store)
    assert fact_copies(store) != copies and not {(vocab.label(c), p) for c, p in INDEXES} <= indexed(store)
    assert set(kept_names(store).values()) == {None}

    opened = open_store(settings_from_env({"EDUKG_HOME": str(embedded_home)}, graph=graph_name))
    try:
        assert kept_counts(opened) == counts and fact_copies(opened) == copies and kept_names(opened) == names
        assert {(vocab.label(c), p) for c, p in INDEXES} <= indexed(opened)
        assert not upgrade(opened)  # once: what it wrote is found
    finally:
        opened.close()


def test_a_store_without_the_names_searched_is_given_them_alone(store, embedded_home, graph_name):
    load_document(store, facts_a())
    load_document(store, facts_b())
    names = kept_names(store)
    for cls in ALIASED_CLASSES:
        store.query(f"MATCH (x:{vocab.label(cls)}) SET x.{NAMES} = NULL", read_only=False)
    store.query("MATCH (t:Target) SET t.effective_year = -1", read_only=False)  # no upgrade of the copies sets it back
    opened = open_store(settings_from_env({"EDUKG_HOME": str(embedded_home)}, graph=graph_name))
    try:
        assert kept_names(opened) == names
        assert {r["y"] for r in opened.query("MATCH (t:Target) RETURN t.effective_year AS y")} == {-1}
    finally:
        opened.close()


def test_an_empty_or_absent_graph_needs_no_upgrade(embedded_server, embedded_home, graph_name):
    with EmbeddedStore(embedded_home, graph=graph_name) as s:
        assert not upgrade(s)
        assert graph_name not in s.graph_names()
