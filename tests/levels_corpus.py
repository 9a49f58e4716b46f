"""A small multi-level corpus for the analyses across levels and years (tests/data/levels):
云南省 (2021, 2022), its cities 保山市 and 昆明市 (2021), and four counties,
施甸县 and 昌宁县 of 保山市, 宜良县 and 嵩明县 of 昆明市 (2021; 施甸县 and 昌宁县 also 2022)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from edukg.loaders.load import load_document
from edukg.loaders.pipeline import process_file
from edukg.store.embedded import EmbeddedStore

LEVELS_DIR = Path(__file__).parent / "data" / "levels"


@pytest.fixture(scope="module")
def levels_store(embedded_server, embedded_home: Path) -> Iterator[EmbeddedStore]:
    """The levels corpus loaded once into a graph of its own, for tests that only read it."""
    with EmbeddedStore(embedded_home, graph=f"levels-{uuid.uuid4().hex[:12]}") as s:
        try:
            for path in sorted(LEVELS_DIR.glob("*.txt")):
                load_document(s, process_file(path))
            yield s
        finally:
            s.clear()
