"""Smoke test of benchmarks/: the corpus generator is deterministic and run.py completes at small N.

Timing is never asserted here; the numbers live in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

_PINYIN = re.compile(r"\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+\)")
_GLOSS = re.compile(r"[\u4e00-\u9fff]" + _PINYIN.pattern)
BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _make(n: int, out: Path, seed: int) -> dict[str, bytes]:
    subprocess.run([sys.executable, str(BENCHMARKS / "make_corpus.py"), str(n), str(out), "--seed", str(seed)],
                   check=True, capture_output=True)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, bytes]:
    return _make(20, tmp_path_factory.mktemp("corpus"), seed=7)


def test_same_seed_gives_same_bytes(corpus, tmp_path):
    assert _make(20, tmp_path, seed=7) == corpus


def test_other_seed_gives_other_documents(corpus, tmp_path):
    assert _make(20, tmp_path, seed=8) != corpus


def test_smaller_corpus_is_a_prefix(corpus, tmp_path):
    small = _make(5, tmp_path, seed=7)
    assert small == {name: corpus[name] for name in sorted(corpus)[:5]}


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def test_documents_carry_facts_to_extract(corpus):
    for name, data in corpus.items():
        text = _PINYIN.sub("", _decode(data))
        assert "一、" in text, name  # numbered sections
        assert "“" in text and "%" in text, name  # quoted programs and percentage targets
        assert any(w in text for w in ("职责分工", "職責分工")), name  # responsibilities


def test_corpus_mixes_encodings_and_glossed_traditional(tmp_path):
    corpus = _make(60, tmp_path, seed=0)
    assert 0 < sum(_is_utf8(d) for d in corpus.values()) < len(corpus)  # some files are GB18030
    assert any(_GLOSS.search(_decode(d)) for d in corpus.values())  # 區(qū): Traditional with pinyin


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_run_completes_at_small_size(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--docs", "10,20", "--reps", "2", "--viz-nodes", "50",
         "--work", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert set(result) >= {"machine", "stages", "extract", "viz", "peak_rss_mb", "goals"}
    assert set(result["stages"]) == {"10", "20"}
    stage = result["stages"]["20"]
    assert set(stage["load"]) >= {"seconds", "docs_per_s", "nodes_per_s", "relationships_per_s"}
    assert stage["load"]["nodes"] > 0 and stage["load"]["relationships"] > 0
    cpu = stage["load"]["cpu_seconds"]
    assert set(cpu) == {"writer", "store_server", "snapshots", "workers"} and cpu["workers"] > 0  # workers' time counted
    assert stage["new_documents"]["documents"] == 100 and stage["snapshot_start_seconds"] > 0
    assert result["edukg_load"]["documents"] == 20 and result["edukg_load"]["ratio_to_bare_read"] > 0
    rounds = result["edukg_load"]["rounds"]  # timed in turn; the ratio is of the medians
    assert len(rounds) == 3 and sorted(r["seconds"] for r in rounds)[1] == result["edukg_load"]["seconds"]
    assert set(result["peak_rss_mb"]) == {"python", "workers", "store", "total"}
    from edukg.queries import load_queries

    for measured in (stage["queries"], stage["queries_started"]):  # right after the load, and after a start
        assert set(measured) == set(load_queries())
        assert all({"p50_ms", "p95_ms"} <= set(q) for q in measured.values())
    assert set(result["extract"]) >= {"docs_per_s", "mb_per_s", "floor_docs_per_s", "floor_mb_per_s", "ratio_to_floor"}
    assert result["viz"]["nodes"] > 0
    assert result["goals"] == {}  # each goal is judged at the size it names (1,000 documents and more)
    assert "extraction / floor" in proc.stdout
    assert "CPU seconds used during the load" in proc.stdout
    assert "started p95 @20" in proc.stdout
    assert "a bare read + t2s + one regex" in proc.stdout


def test_store_growth_prints_each_step(tmp_path):
    corpus = Path(__file__).resolve().parent.parent / "edukg" / "corpus"
    subprocess.run([sys.executable, str(BENCHMARKS / "extract_rows.py"), str(corpus), str(tmp_path / "rows")],
                   check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "store_growth.py"), str(tmp_path / "rows" / "rows_000.pkl"), "--docs", "5",
         "--every", "2", "--documents-per-batch", "2", "--module-arg", "NODE_CREATION_BUFFER", "1024"],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    steps = [line.split()[0] for line in done.stdout.splitlines()[1:-1]]
    assert steps == ["2", "4", "5"] and done.stdout.splitlines()[-1].startswith("5 documents:")


def test_add_documents_times_each_step_on_a_copy(tmp_path):
    """benchmarks/add_documents.py adds documents to a copy of a store, stops and starts it; the store is only read."""
    from edukg.loaders.load import StoreWriter
    from edukg.loaders.pipeline import run
    from edukg.store.embedded import EmbeddedStore

    corpus = Path(__file__).resolve().parent.parent / "edukg" / "corpus"
    source = tmp_path / "store"
    with EmbeddedStore(source, graph="edukg-bench") as store:
        run([corpus], StoreWriter(store))
    before = {p.name: p.read_bytes() for p in sorted((source / "appendonlydir").iterdir())}
    out = tmp_path / "add.jsonl"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "add_documents.py"), str(source), "--first", "0", "--docs", "3",
         "--jobs", "1", "--work", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    [line] = [json.loads(text) for text in out.read_text("utf-8").splitlines()]
    assert line["add"]["documents"] == 3 and {"open", "add", "stop", "start"} <= set(line)
    assert {p.name: p.read_bytes() for p in sorted((source / "appendonlydir").iterdir())} == before


def test_serve_pages_completes_at_small_n(tmp_path):
    """benchmarks/serve_pages.py loads a small corpus, serves it and times every kind of page."""
    out = tmp_path / "pages.json"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "serve_pages.py"), "--docs", "20", "--reps", "2",
         "--work", str(tmp_path / "work"), "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(out.read_text("utf-8"))["sizes"]["20"]
    again = subprocess.run(  # the store it loaded, measured again as it stands
        [sys.executable, str(BENCHMARKS / "serve_pages.py"), "--store", str(tmp_path / "work" / "store"), "--reps", "2",
         "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert again.returncode == 0, again.stderr[-2000:]
    assert set(json.loads(out.read_text("utf-8"))["sizes"]["20"]) >= {"home", "document", "query answer"}


def test_bulk_load_builds_the_graph_of_the_statement_load(tmp_path):
    """benchmarks/bulk_load.py loads the same rows both ways, and the two graphs agree."""
    corpus = Path(__file__).resolve().parent.parent / "edukg" / "corpus"
    subprocess.run([sys.executable, str(BENCHMARKS / "extract_rows.py"), str(corpus), str(tmp_path / "rows")],
                   check=True, capture_output=True)
    rows = tmp_path / "rows" / "rows_000.pkl"
    out = tmp_path / "bulk.json"
    done = subprocess.run([sys.executable, str(BENCHMARKS / "bulk_load.py"), str(rows), "--docs", "5",
                           "--work", str(tmp_path / "work"), "--json", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    result = json.loads(out.read_text("utf-8"))
    assert result["same_graph"] and result["comparison"]["graph"] == []
    statements, bulk = result["modes"]["statements"], result["modes"]["bulk"]
    assert statements["nodes"] == bulk["nodes"] > 0 and statements["relationships"] == bulk["relationships"] > 0
    assert set(bulk["phases"]) == {"csv", "insert", "rename", "indexes", "lists"} and bulk["unreadable_values"] == 0


def test_same_facts_finds_one_installation_identical_to_itself():
    edukg = str(Path(sys.executable).with_name("edukg"))
    docs = Path(__file__).resolve().parent.parent / "edukg" / "corpus"
    done = subprocess.run([sys.executable, str(BENCHMARKS / "same_facts.py"), edukg, edukg, str(docs)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 documents extracted, identical" in done.stdout


def test_same_facts_tells_a_difference(tmp_path):
    edukg = str(Path(sys.executable).with_name("edukg"))
    # a stand-in for another installation: the same extract, one fact changed
    other = tmp_path / "other-edukg"
    other.write_text(f"#!/bin/sh\n{edukg} \"$@\" | sed 's/学前/学後/'\n", encoding="utf-8")
    other.chmod(0o755)
    docs = Path(__file__).resolve().parent.parent / "edukg" / "corpus"
    done = subprocess.run([sys.executable, str(BENCHMARKS / "same_facts.py"), edukg, str(other), str(docs)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "DIFFERENT" in done.stdout


@pytest.mark.parametrize("through_rows", [[], ["--through-rows"]])
def test_extract_cpu_prints_the_cpu_of_a_document(through_rows):
    docs = Path(__file__).resolve().parent.parent / "edukg" / "corpus"
    done = subprocess.run([sys.executable, str(BENCHMARKS / "extract_cpu.py"), str(docs), *through_rows],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"5 documents: \d+\.\d\d ms CPU per document \(load average [\d.]+\)\n", done.stdout)
