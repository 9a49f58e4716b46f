"""Loading facts into the embedded store: all or nothing, idempotent, replacing changed files."""

import dataclasses
import hashlib
import random
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from bundled_corpus import SAMPLES
from load_checks import BATCH, kept_counts, killed_load, leftovers, per_document, recounted, stop_before_documents, totals

from edukg.errors import EdukgError, StoreError
from edukg.loaders.load import BATCH_RANGE, StoreWriter, load_document, load_documents, loader_statements
from edukg.loaders.model import (
    Agency,
    DocumentFacts,
    Evidence,
    IndicatorValue,
    Metadata,
    NormalizedText,
    Program,
    RawDocument,
    Reference,
    Region,
    Responsibility,
    StructuredDocument,
)
from edukg.loaders.pipeline import process_file
from edukg.loaders.rows import DOCUMENT, DOCUMENT_PROPS, ENTITY_PROPS, document_rows
from edukg.ontology import vocab
from edukg.queries import bind, get_query, named_parameters
from edukg.queries.stats import graph_stats
from edukg.store.base import SIZE_STATEMENTS
from edukg.store.embedded import EmbeddedStore, start_server, stop_server

COUNTY = Region("甲县", "乙省", "丙市", "甲县")
CITY = Region("丁市", "戊省", "丁市", None)
TEXT_A = (
    "去年学前三年毛入园率为80%。一、实施学前教育三年行动计划，学前三年毛入园率达到85%以上。"
    "二、落实三个增长。三、依据《国家学生体质健康标准》。四、财政局负责保障学前教育经费。"
)
TEXT_B = "推进学前教育三年行动计划和三个增长，总投资13亿元。依据《国家学生体质健康标准》。"


def _evidence(text: str, quote: str, section: object = "一、") -> Evidence:
    start = text.index(quote)
    return Evidence(quote, start, start + len(quote), section)


def make_facts(source: str, text: str, region: Region, year: int, title: str, *,
               targets=(), observations=(), programs=(), references=(), agencies=(),
               responsibilities=()) -> DocumentFacts:
    """Facts of a small document whose normalized text is its original text."""
    data = text.encode("utf-8")
    raw = RawDocument(source, hashlib.sha256(data).hexdigest(), "utf-8", text, size=len(data))
    doc = StructuredDocument(
        NormalizedText(raw, text, tuple(range(len(text) + 1))),
        Metadata(title=title, kind="工作计划", region=region, plan_year=year, issuer="教育局"),
    )
    ev = lambda quote: _evidence(text, quote)  # noqa: E731
    return DocumentFacts(
        document=doc,
        targets=tuple(IndicatorValue(ind, v, u, c, ev(q), year=year) for ind, v, u, c, q in targets),
        observations=tuple(IndicatorValue(ind, v, u, c, ev(q)) for ind, v, u, c, q in observations),
        programs=tuple(Program(name, (ev(q),), aliases) for name, q, aliases in programs),
        references=tuple(Reference(title_, (ev(q),)) for title_, q in references),
        agencies=tuple(Agency(name, (ev(q),)) for name, q in agencies),
        responsibilities=tuple(Responsibility(a, d, ev(q), program=p) for a, d, p, q in responsibilities),
        themes=("学前教育",),
    )


def facts_a(source: str = "a.txt", text: str = TEXT_A) -> DocumentFacts:
    return make_facts(
        source, text, COUNTY, 2021, "甲县教育局2021年工作计划",
        targets=[("学前三年毛入园率", 85.0, "%", ">=", "学前三年毛入园率达到85%以上")],
        observations=[("学前三年毛入园率", 80, "%", "=", "学前三年毛入园率为80%")],
        programs=[("学前教育三年行动计划", "实施学前教育三年行动计划", ("学前三年行动计划",)),
                  ("三个增长", "落实三个增长", ())],
        references=[("国家学生体质健康标准", "依据《国家学生体质健康标准》")],
        agencies=[("财政局", "财政局负责保障学前教育经费")],
        responsibilities=[("财政局", "保障学前教育经费", "学前教育三年行动计划", "财政局负责保障学前教育经费")],
    )


def facts_b(source: str = "b.txt") -> DocumentFacts:
    return make_facts(
        source, TEXT_B, CITY, 2014, "丁市学前教育实施方案",
        targets=[("总投资", 1300000000, "元", "=", "总投资13亿元")],
        programs=[("学前教育三年行动计划", "推进学前教育三年行动计划", ("学前教育行动计划",)),
                  ("三个增长", "三个增长", ())],
        references=[("国家学生体质健康标准", "依据《国家学生体质健康标准》")],
    )


def facts_a_revised(path: Path) -> DocumentFacts:
    """Another version of facts_a's file at `path`: a new title and target."""
    return make_facts(str(path), TEXT_A.replace("85%", "90%"), COUNTY, 2021, "甲县教育局2021年工作计划（修订）",
                      targets=[("学前三年毛入园率", 90, "%", ">=", "学前三年毛入园率达到90%以上")])


def counts(store) -> dict:
    stats = graph_stats(store)
    return {
        "labels": {r["label"]: r["nodes"] for r in stats["nodes per label"]},
        "types": {r["type"]: r["relationships"] for r in stats["relationships per type"]},
    }


def one(store, cypher: str, **params):
    rows = store.query(cypher, params)
    assert len(rows) == 1, rows
    return rows[0]


def test_load_writes_ontology_names_only(store):
    result = load_document(store, facts_a())
    assert result.status == "loaded" and result.nodes > 0 and result.relationships > 0
    c = counts(store)
    assert set(c["labels"]) <= set(vocab.labels().values())
    assert set(c["types"]) <= set(vocab.rel_types().values())
    assert c["labels"]["Document"] == 1


def test_a_load_reports_the_nodes_and_relationships_it_wrote(store):
    """Into an empty store: as many as the store then holds (the sentences are no nodes of their own)."""
    result = load_document(store, facts_a())
    size = {name: store.query(statement)[0]["count"] for name, statement in SIZE_STATEMENTS.items()}
    assert (result.nodes, result.relationships) == (size["nodes"], size["relationships"])


def test_loading_twice_changes_nothing(store):
    load_document(store, facts_a())
    before = counts(store)
    again = load_document(store, facts_a())
    assert again.status == "unchanged" and again.nodes == 0
    assert counts(store) == before


def test_entities_join_across_documents(store):
    load_document(store, facts_a())
    load_document(store, facts_b())
    row = one(
        store,
        "MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program {id: $name}) "
        "RETURN count(d) AS documents, p.aliases AS aliases",
        name="学前教育三年行动计划",
    )
    assert row["documents"] == 2
    assert set(row["aliases"]) >= {"学前三年行动计划", "学前教育行动计划"}
    assert one(store, "MATCH (r:Reference) RETURN count(r) AS n")["n"] == 1


def test_generic_agencies_are_one_per_region(store):
    # both documents name a 财政局 and were issued by a 教育局: the bureaus of two regions
    load_document(store, facts_a())
    load_document(store, make_facts("c.txt", TEXT_A + "五、", CITY, 2021, "丁市教育局2021年工作计划",
                                    agencies=[("财政局", "财政局负责保障学前教育经费")]))
    load_document(store, make_facts("d.txt", TEXT_A + "。", COUNTY, 2022, "甲县教育局2022年工作计划",
                                    agencies=[("甲县财政局", "财政局负责保障学前教育经费")]))
    rows = store.query("MATCH (a:Agency) WHERE a.name ENDS WITH '财政局' RETURN a.id AS id, a.name AS name")
    assert sorted((r["id"], r["name"]) for r in rows) == sorted([
        ("乙省/丙市/甲县/财政局", "财政局"), ("戊省/丁市/财政局", "财政局"), ("甲县财政局", "甲县财政局")])


def test_region_hierarchy_and_values(store):
    load_document(store, facts_a())
    row = one(store, "MATCH (:Document)-[:IN_REGION]->(r:Region)-[:PART_OF]->(c)-[:PART_OF]->(p) "
                     "RETURN r.id AS id, r.level AS level, c.name AS city, p.name AS province")
    assert row == {"id": "乙省/丙市/甲县", "level": "county", "city": "丙市", "province": "乙省"}
    target = one(store, "MATCH (:Document)-[:SETS_TARGET]->(t:Target)-[:FOR_YEAR]->(y:Year) "
                        "RETURN t.value AS value, t.unit AS unit, y.value AS year")
    assert target == {"value": 85, "unit": "%", "year": 2021}


def test_every_fact_rests_on_a_sentence_of_its_document(store):
    facts = facts_a()
    load_document(store, facts)
    rows = store.query(
        "MATCH (d:Document)-[]->(f) WHERE f:Target OR f:Observation OR f:Responsibility "
        "RETURN labels(f)[0] AS kind, d.sentence_text[f.sentence] AS text, d.sentence_start[f.sentence] AS start, "
        "d.sentence_end[f.sentence] AS end"
    )
    assert {r["kind"] for r in rows} == {"Target", "Observation", "Responsibility"}
    original = facts.document.norm.raw.text
    for r in rows:
        assert r["text"] and original[r["start"]:r["end"]] == r["text"]


def sentences(store) -> dict[str, list[tuple]]:
    """Every document's sentences, (start, end, text, section) in the order of its lists, and the
    indexes its facts and mentions keep into them."""
    docs = store.query("MATCH (d:Document) OPTIONAL MATCH (d)-[r]->(x) WHERE r.sentences IS NOT NULL OR x.sentence IS NOT NULL "
                       "WITH d, collect(coalesce(r.sentences, [x.sentence])) AS indexes "
                       "RETURN d.id AS doc, d.sentence_start AS start, d.sentence_end AS end, d.sentence_text AS text, "
                       "d.sentence_section AS section, reduce(all = [], i IN indexes | all + i) AS indexes")
    out = {}
    for d in docs:
        listed = list(zip(d["start"], d["end"], d["text"], d["section"], strict=True))
        assert all(0 <= i < len(listed) for i in d["indexes"]), d["doc"]
        out[d["doc"]] = listed
    return out


def test_a_documents_sentences_are_written_once_on_it_in_order_and_go_with_it(store, tmp_path):
    path = tmp_path / "plan.txt"
    load_document(store, facts_a(str(path)))
    load_document(store, facts_a(str(path)))
    load_document(store, facts_b())
    first = sentences(store)
    for listed in first.values():
        # each once, in the order of their places, sections never null (no section: "")
        assert listed and listed == sorted(set(listed)) and all(isinstance(s[3], str) for s in listed)
    # no sentence is a node of its own, nor related to anything
    assert store.query("MATCH (e:Evidence) RETURN count(e) AS n") == [{"n": 0}]
    assert store.query("MATCH ()-[r:SUPPORTS|IN_DOCUMENT]->() RETURN count(r) AS n") == [{"n": 0}]
    changed = facts_a_revised(path)
    assert load_document(store, changed).status == "replaced"
    assert set(sentences(store)) == {changed.document.id, facts_b().document.id}


def test_a_load_drops_the_indexes_an_earlier_version_made_and_this_one_does_not(store):
    store.create_schema([("Evidence", "id")])  # as earlier versions of the loader made them
    store.create_indexes([("Evidence", "doc_id"), ("Target", "doc_id"), ("Responsibility", "doc_id")])
    load_document(store, facts_a())
    indexed = {(r["label"], p) for r in store.query("CALL db.indexes() YIELD label, properties "
                                                    "RETURN label, properties") for p in r["properties"]}
    assert ("Target", "indicator") in indexed and ("Document", "id") in indexed
    assert not {key for key in indexed if key[0] == "Evidence" or key[1] == "doc_id"}
    assert not [r for r in store.query("CALL db.constraints() YIELD label RETURN label") if r["label"] == "Evidence"]
    assert load_document(store, facts_b()).status == "loaded"


def test_changed_file_replaces_its_earlier_version(store, tmp_path):
    path = tmp_path / "plan.txt"
    load_document(store, facts_a(str(path)))
    load_document(store, facts_b())
    result = load_document(store, facts_a_revised(path))
    assert result.status == "replaced"
    titles = {r["title"] for r in store.query("MATCH (d:Document) RETURN d.title AS title")}
    assert titles == {"甲县教育局2021年工作计划（修订）", "丁市学前教育实施方案"}
    values = [r["v"] for r in store.query("MATCH (t:Target) WHERE t.unit = '%' RETURN t.value AS v")]
    assert values == [90]
    # what only the old version named is gone; what the other document names stays
    assert store.query("MATCH (a:Agency {id: '财政局'}) RETURN a.id AS id") == []
    assert one(store, "MATCH (p:Program {id: '三个增长'}) RETURN count(p) AS n")["n"] == 1
    orphans = store.query("MATCH (n) WHERE NOT n:Document OPTIONAL MATCH ()-[r]->(n) "
                          "WITH n, count(r) AS incoming WHERE incoming = 0 RETURN n.id AS id")
    assert orphans == []


def test_replacement_matches_a_clean_load(store, tmp_path):
    path = tmp_path / "plan.txt"
    load_document(store, facts_a(str(path)))
    changed = make_facts(str(path), TEXT_B, CITY, 2014, "丁市学前教育实施方案",
                         targets=[("总投资", 1300000000, "元", "=", "总投资13亿元")])
    load_document(store, changed)
    replaced = counts(store)
    store.clear()
    load_document(store, changed)
    assert counts(store) == replaced


@pytest.mark.parametrize("other", [TEXT_A + "五、加强督导。", TEXT_A], ids=["new", "same-as-replaced"])
def test_a_batch_loads_as_its_documents_one_by_one(store, tmp_path, other):
    path = tmp_path / "plan.txt"
    load_document(store, facts_a(str(path)))
    changed = facts_a_revised(path)
    batch = [facts_b(), changed, facts_b(), facts_a("c.txt", other)]
    assert [r.status for r in load_documents(store, batch)] == ["loaded", "replaced", "unchanged", "loaded"]
    together = counts(store)
    aliases = program_aliases(store)
    store.clear()
    for facts in (facts_a(str(path)), facts_b(), changed, facts_a("c.txt", other)):
        load_document(store, facts)
    assert counts(store) == together
    assert program_aliases(store) == aliases


def test_rows_load_as_their_facts(store):
    assert [r.status for r in load_documents(store, [document_rows(facts_a()), facts_b()])] == ["loaded", "loaded"]
    written = counts(store)
    assert [r.status for r in load_documents(store, [facts_a(), document_rows(facts_b())])] == ["unchanged"] * 2
    store.clear()
    load_documents(store, [facts_a(), facts_b()])
    assert counts(store) == written


def program_aliases(store) -> dict:
    rows = store.query("MATCH (p:Program) RETURN p.id AS id, p.aliases AS aliases")
    return {r["id"]: set(r["aliases"]) for r in rows}


def test_failure_part_way_leaves_no_document_and_the_next_load_completes(store):
    good = facts_a()
    # The store refuses a map as a property value: the Responsibility write fails after the
    # entities and the Target were written (the sentences come with the Document, last).
    bad = dataclasses.replace(good, responsibilities=tuple(
        dataclasses.replace(r, duty={"not": "a value"}) for r in good.responsibilities))
    assert good.targets and good.responsibilities
    with pytest.raises(EdukgError):
        load_document(store, bad)
    assert store.query("MATCH (t:Target) RETURN count(t) AS n") == [{"n": len(good.targets)}]  # part-way
    assert store.query("MATCH (d:Document) RETURN d.id AS id") == []
    assert store.query(
        "MATCH (d:Document)-[:SETS_TARGET]->(t:Target) RETURN t.id AS id"
    ) == []
    result = load_document(store, good)
    assert result.status == "loaded"
    completed = counts(store)
    store.clear()
    load_document(store, good)
    assert counts(store) == completed


@pytest.mark.parametrize("marked", [True, False], ids=["marked", "store-of-an-earlier-version"])
def test_the_sweep_deletes_what_a_stopped_batch_left_and_keeps_whole_documents(store, marked):
    from edukg.loaders.load import sweep_unfinished

    whole, good = facts_b(), facts_a()
    load_document(store, whole)
    bad = dataclasses.replace(good, responsibilities=tuple(
        dataclasses.replace(r, duty={"not": "a value"}) for r in good.responsibilities))
    with pytest.raises(EdukgError):
        load_document(store, bad)
    assert store.unfinished() == [good.document.id] and leftovers(store) > 0
    if not marked:  # written before the store remembered its batches: every fact is looked at
        store._db.connection.delete(f"edukg:unfinished:{store.graph_name}")
        assert store.unfinished() is None
    assert sweep_unfinished(store) == 1
    assert leftovers(store) == 0 and store.unfinished() == []
    store.mark_unfinished([whole.document.id])  # a batch stopped after its Document statement
    before = per_document(store)
    assert sweep_unfinished(store) == 0
    assert per_document(store) == before and store.unfinished() == []


def test_any_load_s_next_batch_deletes_what_a_stopped_batch_left(store):
    # (another load's batch, and other documents: a load killed while another runs leaves its mark for it)
    good = facts_a()
    bad = dataclasses.replace(good, responsibilities=tuple(
        dataclasses.replace(r, duty={"not": "a value"}) for r in good.responsibilities))
    with pytest.raises(EdukgError):
        load_document(store, bad)
    assert leftovers(store) > 0
    assert load_document(store, facts_b()).status == "loaded"
    assert leftovers(store) == 0 and store.unfinished() == []


def test_loader_statements_run_on_the_embedded_store(store):
    values = {"id": "x", "doc_id": "x", "source": "x", "props": {"id": "x"},
              "documents": [["x"]], "document_props": [{"id": "x"}]}
    for cypher in loader_statements().values():
        with store.unit() as w:
            w.run(cypher, {name: values.get(name, []) for name in named_parameters(cypher)})
    assert store.query("MATCH (d:Document) RETURN d.id AS id") == [{"id": "x"}]


REAL = Path(__file__).parent / "data" / "real"


def _stale_index_entries(store, label: str) -> int:
    """Entries of FalkorDB's index of `label` that no longer stand for a node: each write of a node
    leaves one, and the server forks itself to clean them."""
    rows = store.query("CALL db.indexes() YIELD label, info WHERE label = $label RETURN info", {"label": label})
    return rows[0]["info"]["maxDocId"] - rows[0]["info"]["numDocuments"]


def test_documents_and_new_entities_are_written_once(store):
    """Created with all their properties in one step; an entity is written again only when something
    of it is new."""
    load_documents(store, [process_file(p) for p in SAMPLES])
    assert _stale_index_entries(store, "Document") == 0
    assert _stale_index_entries(store, "Year") == 0  # counted by no document: never written again
    merge = loader_statements()["merge-Agency"]
    rows, props = [["k1", ["甲局"]], ["k2", []]], [{"id": "k1", "name": "甲"}, {"id": "k2", "name": "乙"}]
    before = _stale_index_entries(store, "Agency")
    for _ in range(2):
        with store.unit() as w:
            w.run(merge, {"rows": rows, "row_props": props})
    assert _stale_index_entries(store, "Agency") == before
    with store.unit() as w:
        w.run(merge, {"rows": [["k1", ["甲单位"]]], "row_props": [{"id": "k1", "name": "甲"}]})
    assert _stale_index_entries(store, "Agency") == before + 1
    assert one(store, "MATCH (a:Agency {id: 'k1'}) RETURN a.aliases AS aliases, a.documents AS documents") == {
        "aliases": ["甲局", "甲单位"], "documents": 0}


def test_the_properties_written_are_those_declared(sample_path):
    """A node is created with the properties rows.ENTITY_PROPS and DOCUMENT_PROPS declare: any other
    would be dropped (the samples name every property but a document's url and date)."""
    seen: dict[str, set[str]] = {}
    for path in [*SAMPLES, *sorted(REAL.glob("*.html"))[:40]]:
        rows = document_rows(process_file(path))
        seen.setdefault(DOCUMENT, set()).update(rows.props)
        for cls, nodes in rows.tables.nodes.items():
            for node in nodes.values():
                seen.setdefault(cls, set()).update(node["props"])
    assert seen.pop(DOCUMENT) - {"id", *vocab.lists().columns.values()} <= set(DOCUMENT_PROPS)
    assert {cls: keys - {"id"} for cls, keys in seen.items()} == {
        cls: set(keys) for cls, keys in ENTITY_PROPS.items() if cls in seen}


GOLD = Path(__file__).parent / "data" / "gold"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("gold", sorted(p.stem for p in GOLD.glob("*.json")))
def test_gold_document_loads_whole_with_evidence(store, sample_path, gold):
    facts = process_file(sample_path(gold))
    result = load_document(store, facts)
    assert result.status == "loaded"
    raw = facts.document.norm.raw.text
    rows = store.query("MATCH (d:Document {id: $id}) RETURN d.sentence_text AS text, d.sentence_start AS start, "
                       "d.sentence_end AS end", {"id": facts.document.id})
    assert len(rows) == 1 and rows[0]["text"]
    for text, start, end in zip(rows[0]["text"], rows[0]["start"], rows[0]["end"], strict=True):
        # the stored sentence is the normalized text of the original span it points to
        assert _squeeze(raw[start:end]) == _squeeze(text)
    assert load_document(store, facts).status == "unchanged"


class _StopsServerBeforeDocument:
    """A real store whose real server is stopped just before the Document statement of a load."""

    def __init__(self, store, home: Path) -> None:
        self._store, self._home = store, home
        self._document = loader_statements()["write-document"]

    def __getattr__(self, name):
        return getattr(self._store, name)

    @contextmanager
    def unit(self):
        with self._store.unit() as writer:
            outer = self

            class Writer:
                def run(self, cypher, params=None):
                    if cypher == outer._document:
                        stop_server(outer._home)
                    return writer.run(cypher, params)

                def write_rows(self, cypher, rows):
                    return writer.write_rows(cypher, rows)

            yield Writer()


def test_store_stopped_part_way_leaves_no_document_and_the_next_load_completes(tmp_path):
    home = tmp_path / "kg"
    start_server(home)
    try:
        with EmbeddedStore(home, graph="plans") as s:
            load_document(s, facts_b())
            with pytest.raises(StoreError, match="unreachable"):
                load_document(_StopsServerBeforeDocument(s, home), facts_a())
        start_server(home)  # the data was saved when the server stopped
        with EmbeddedStore(home, graph="plans") as s:
            titles = [r["title"] for r in s.query("MATCH (d:Document) RETURN d.title AS title")]
            assert titles == ["丁市学前教育实施方案"]
            assert run_query_rows(s, "targets-by-indicator", indicator="毛入园率") == []
            assert s.query("MATCH (t:Target) WHERE t.unit = '%' RETURN count(t) AS n") == [{"n": 1}]  # written, unseen
            assert load_document(s, facts_a()).status == "loaded"
            completed = counts(s)
            assert run_query_rows(s, "targets-by-indicator", indicator="毛入园率")[0]["value"] == 85
            s.clear()
            load_document(s, facts_b())
            load_document(s, facts_a())
            assert counts(s) == completed
    finally:
        stop_server(home)


def run_query_rows(store, name, **params):
    q = get_query(name)
    return store.query(q.body, bind(q, params))


def test_killed_loads_leave_whole_documents_and_the_next_load_completes(store, graph_name, synthetic_corpus,
                                                                          synthetic_clean):
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    clean = synthetic_clean["documents"]
    assert len(clean) > 2 * BATCH
    part_way = trial = 0
    # four kills at random moments; more (up to twelve), each soon after the batch began writing, until one
    # lands between a batch's facts and its documents, which a fast machine makes short. Each while more
    # than a batch is left to load: the last batch may be written whole before its kill comes, the next
    # batch never (its documents are read and extracted first)
    while len(per_document(store)) + BATCH < len(clean) and (trial < 4 or (not part_way and trial < 12)):
        trial += 1
        killed_load(store, graph_name, synthetic_corpus, rng, most_delay=0.2 if trial <= 4 else 0.02)
        seen = per_document(store)
        assert len(seen) < len(clean), f"seed {seed}, trial {trial}: the kill came after the load ended"
        # every document a query can reach is whole: as in the clean load, fact by fact
        assert {id_: clean[id_] for id_ in seen} == seen, f"seed {seed}, trial {trial}"
        assert kept_counts(store) == recounted(store), f"seed {seed}, trial {trial}: counted as they are whole"
        part_way += leftovers(store) > 0
    # where no kill landed between a batch's facts and its documents (the moment may be too short on a fast
    # machine), the next batch is stopped there in process
    if not part_way:
        stop_before_documents(store, synthetic_corpus)
        seen = per_document(store)
        assert {id_: clean[id_] for id_ in seen} == seen, f"seed {seed}: the stopped batch"
    assert leftovers(store) > 0 or part_way, f"seed {seed}: no batch was left part-way"
    done = subprocess.run([sys.executable, "-m", "edukg", "--graph", graph_name, "load", str(synthetic_corpus)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert per_document(store) == clean
    assert totals(store) == synthetic_clean["totals"]
    assert kept_counts(store) == synthetic_clean["counts"]
    assert leftovers(store) == 0


def test_a_load_writes_batches_that_grow_with_the_store_unless_told(store):
    from edukg.loaders.pipeline import run

    writer = StoreWriter(store)
    assert writer.batch_size == BATCH_RANGE[0]  # an empty store: small batches, written while extraction goes on
    sizes = []
    write = writer.write
    writer.write = lambda batch: sizes.append(len(batch)) or write(batch)  # type: ignore[method-assign]
    run(SAMPLES, writer)
    assert sizes == [len(SAMPLES)] and writer.batch_size == BATCH_RANGE[0]
    assert StoreWriter(store).batch_size == BATCH_RANGE[0] and StoreWriter(store, 2).batch_size == 2
    told = StoreWriter(store, 2)
    told_sizes = []
    write_told = told.write
    told.write = lambda batch: told_sizes.append(len(batch)) or write_told(batch)  # type: ignore[method-assign]
    run(SAMPLES, told)
    assert told_sizes == [2, 2, 1]  # already loaded: unchanged, in batches of 2
