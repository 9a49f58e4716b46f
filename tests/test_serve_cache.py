"""The serve app's answer cache: kept while the store is unchanged, dropped when a load writes it."""

from __future__ import annotations

from edukg.loaders.load import load_document
from edukg.loaders.pipeline import process_file
from edukg.serve import data
from edukg.serve.cache import AnswerCache
from edukg.store.embedded import EmbeddedStore

from bundled_corpus import SAMPLES


def _documents(home: dict) -> int:
    return next((c["n"] for c in home["counts"] if c["label"] == "Document"), 0)


def test_reads_keep_the_version_and_a_write_changes_it(store):
    load_document(store, process_file(SAMPLES[0]))
    before = store.version()
    data.home(store)
    assert store.version() == before
    load_document(store, process_file(SAMPLES[1]))
    assert store.version() != before
    written = store.version()
    store.persist()  # a snapshot is a version of its own: what a load ends with
    assert store.version() != written


def test_an_answer_is_kept_until_another_process_loads(store, embedded_home):
    load_document(store, process_file(SAMPLES[0]))
    cache, computed = AnswerCache(store), []

    def home() -> dict:
        computed.append(1)
        return data.home(store)

    assert _documents(cache.get("home", home)) == 1
    assert _documents(cache.get("home", home)) == 1 and len(computed) == 1  # kept
    with EmbeddedStore(embedded_home, graph=store.graph_name) as loader:  # a load beside the running app
        load_document(loader, process_file(SAMPLES[1]))
    assert _documents(cache.get("home", home)) == 2 and len(computed) == 2  # recomputed after the load


def test_the_least_recently_used_answer_goes_first(store):
    cache = AnswerCache(store, size=2)
    for key in ("a", "b", "a", "c"):
        cache.get(key, lambda: key)
    assert cache.get("a", lambda: "again") == "a"  # used last but one: kept
    assert cache.get("b", lambda: "again") == "again"  # used least recently: dropped for c
