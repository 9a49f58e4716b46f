"""The demo's helpers: sample corpus, example parameters picked from the graph, short table cells."""

from edukg.demo import demo_params, sample_corpus
from edukg.loaders.load import load_document
from edukg.loaders.pipeline import process_file
from edukg.queries import get_query, load_queries


def test_sample_corpus_is_shipped():
    with sample_corpus() as folder:
        assert len(list(folder.glob("*.txt"))) == 5


def test_params_are_picked_from_the_graph(store, sample_path):
    for stem in ("003_ac8d64c3291d58aa", "004_9f55be01de2550e3"):
        load_document(store, process_file(sample_path(stem)))
    compare = demo_params(store, get_query("compare-regions"))
    assert {compare["a"], compare["b"]} == {"施甸县", "泸州市"}
    assert demo_params(store, get_query("programs-across-documents")) == {}
    for q in load_queries().values():
        params = demo_params(store, q)
        assert params is not None, q.name
        assert set(params) == {p.name for p in q.params if p.required}


def test_no_params_from_an_empty_graph(store):
    assert demo_params(store, get_query("targets-by-indicator")) is None

