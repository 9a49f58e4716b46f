"""The stages composed: worker processes give the same facts and rows, in the same order, as one
process; a load run walks the tree once, reports progress against its total and hands the rows
to its sink in batches."""

import gc
import multiprocessing
import shutil

import pytest

from edukg.loaders.load import LoadResult, StoreWriter
from edukg.loaders.model import Skipped, facts_to_dict
from edukg.loaders.pipeline import _workers, iter_facts, process_file, run
from edukg.loaders.rows import DocumentRows, document_rows


@pytest.fixture
def folder(tmp_path, sample_path):
    """The sample documents, an unsupported file and an empty (unreadable) one, in name order."""
    for path in sorted(sample_path("*").parent.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "notes.xyz").write_text("not a plan", encoding="utf-8")
    (tmp_path / "zz_empty.txt").write_bytes(b"")
    return tmp_path


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_give_the_same_facts_in_order(folder, workers):
    skipped: list[Skipped] = []
    alone = [facts_to_dict(f) for f in iter_facts([folder], on_skip=skipped.append)]
    assert [facts_to_dict(f) for f in iter_facts([folder], workers=workers)] == alone
    assert [s.source.rsplit("/", 1)[-1] for s in skipped] == ["notes.xyz", "zz_empty.txt"]
    assert "empty file" in skipped[1].reason
    assert len(alone) == len(list(folder.glob("*.txt"))) - 1


class _Kept:
    """A sink that keeps what it is given."""

    batch_size = 2

    def __init__(self) -> None:
        self.batches: list[list[DocumentRows]] = []
        self.finished = False

    def write(self, batch):
        self.batches.append(list(batch))
        return [LoadResult(d.source, d.doc_id, "loaded", d.nodes, d.relationships) for d in batch]

    def finish(self) -> None:
        self.finished = True


def test_a_run_makes_the_rows_in_the_workers_and_hands_them_over_in_batches(folder):
    sink, calls = _Kept(), []
    summary = run([folder], sink, workers=2, progress=lambda *call: calls.append(call))
    alone = [document_rows(f) for f in iter_facts([folder])]
    made = [d for batch in sink.batches for d in batch]
    assert [(d.doc_id, d.tables, d.props) for d in made] == [(d.doc_id, d.tables, d.props) for d in alone]
    assert [len(b) for b in sink.batches][:-1] == [2] * (len(sink.batches) - 1) and sink.finished
    files = len(list(folder.iterdir()))
    assert calls[0] == (0, files, None)
    assert [(done, total) for done, total, _ in calls[1:]] == [(i, files) for i in range(1, files + 1)]
    assert calls[-1][2].endswith("zz_empty.txt")
    assert summary.processed == len(alone) and [s.source.rsplit("/", 1)[-1] for s in summary.skipped] == [
        "notes.xyz", "zz_empty.txt"]
    assert summary.lines()[-1].startswith(f"skipped {folder / 'zz_empty.txt'}: ")


def test_the_writing_process_pauses_the_cycle_collector_while_workers_extract(folder):
    class Watched(_Kept):
        def write(self, batch):
            self.collecting = gc.isenabled()
            return super().write(batch)

    with_workers, alone = Watched(), Watched()
    run([folder], with_workers, workers=2)
    assert with_workers.collecting is False and gc.isenabled()
    run([folder], alone, workers=1)  # extraction in this process makes cycles: the collector stays
    assert alone.collecting is True


def test_extract_ids_are_the_ids_of_the_loaded_graph(folder, store):
    run([folder], StoreWriter(store))
    facts = [facts_to_dict(f) for f in iter_facts([folder])]
    named = {(row["label"], row["id"]) for row in store.query("MATCH (n) RETURN labels(n)[0] AS label, n.id AS id")}
    said = set()
    for f in facts:
        said.add(("Region", (f["document"]["region"] or {}).get("id")))
        said.add(("Agency", f["document"]["issuer_id"]))
        said |= {("Indicator", t["indicator_id"]) for t in f["targets"] + f["observations"]}
        said |= {("Agency", t["agency_id"]) for t in f["targets"] if t["agency_id"]}
        said |= {("Program", p["id"]) for p in f["programs"]} | {("Agency", a["id"]) for a in f["agencies"]}
        said |= {("Reference", r["id"]) for r in f["references"]}
        said |= {("Agency", r["agency_id"]) for r in f["responsibilities"]}
        said |= {("Program", r["program_id"]) for r in f["responsibilities"] if r["program_id"]}
    said -= {("Agency", None), ("Region", None)}
    assert said <= named
    assert {kind for kind, _ in said} == {"Region", "Agency", "Indicator", "Program", "Reference"}
    # generic agency names are qualified by the region in both
    assert any("/" in id_ for kind, id_ in said if kind == "Agency")


def test_the_workers_start_before_the_caller_lists_its_files():
    # forked later, each would hold a copy of the list (some 40 MB at 100,000 files)
    with _workers(2, process_file, None) as pool:
        assert pool is not None and len(multiprocessing.active_children()) == 2
    with _workers(1, process_file, None) as pool:
        assert pool is None
