"""The stages composed: worker processes give the same facts, in the same order, as one process."""

import shutil

import pytest

from edukg.loaders.load import PreparedDocument, prepare
from edukg.loaders.model import DocumentFacts, Skipped, facts_to_dict
from edukg.loaders.pipeline import iter_facts


@pytest.fixture
def folder(tmp_path, sample_path):
    """The sample documents, an unsupported file and an empty (unreadable) one, in name order."""
    for path in sorted(sample_path("*").parent.glob("*.txt")):
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "notes.xyz").write_text("not a plan", encoding="utf-8")
    (tmp_path / "zz_empty.txt").write_bytes(b"")
    return tmp_path


def _plain(item: DocumentFacts | Skipped):
    return facts_to_dict(item) if isinstance(item, DocumentFacts) else item


@pytest.mark.parametrize("workers", [2, 3])
def test_workers_give_the_same_items_in_order(folder, workers):
    alone = [_plain(item) for item in iter_facts([folder])]
    assert [_plain(item) for item in iter_facts([folder], workers=workers)] == alone
    skipped = [item for item in alone if isinstance(item, Skipped)]
    assert [s.source.rsplit("/", 1)[-1] for s in skipped] == ["notes.xyz", "zz_empty.txt"]
    assert "empty file" in skipped[1].reason
    assert sum(isinstance(item, dict) for item in alone) == len(list(folder.glob("*.txt"))) - 1


def test_then_is_applied_where_the_facts_are_made(folder):
    prepared = list(iter_facts([folder], workers=2, then=prepare))
    documents = [item for item in prepared if isinstance(item, PreparedDocument)]
    alone = [item for item in iter_facts([folder]) if isinstance(item, DocumentFacts)]
    assert [d.doc_id for d in documents] == [f.document.id for f in alone]
    assert [(d.graph, d.props) for d in documents] == [(p.graph, p.props) for p in map(prepare, alone)]
    assert sum(isinstance(item, Skipped) for item in prepared) == 2
