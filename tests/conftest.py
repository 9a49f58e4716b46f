"""Shared fixtures: one real embedded FalkorDB server for the whole run, a clean graph per test.

The run sets ``EDUKG_HOME`` to a temporary directory before any test is collected,
so nothing ever touches the user's own data. The session server lives in that
directory and is *managed* (``start_server``): stores and CLI commands attach to it
and leave it running; it is stopped when the run ends.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bundled_corpus import CORPUS_DIR, SAMPLES
from hypothesis import settings

from edukg.errors import StoreError
from edukg.store.embedded import EmbeddedStore, ServerInfo, start_server, stop_server

# CI runs the property tests on the same examples every time, so a submission passes or fails on its
# own code; a developer's runs draw new examples (and keep the failures they find in .hypothesis/).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

_HOME_ENV = "EDUKG_HOME"
_home_key = pytest.StashKey[tuple[str, "str | None"]]()  # (temporary home, previous value)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    # a run ended with SIGTERM (a timeout) still tears its fixtures down and stops its servers
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)
    home = tempfile.mkdtemp(prefix="edukg-test-home-")
    config.stash[_home_key] = (home, os.environ.get(_HOME_ENV))
    os.environ[_HOME_ENV] = home


def pytest_unconfigure(config: pytest.Config) -> None:
    home, previous = config.stash[_home_key]
    try:
        stop_server(home)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if previous is None:
            os.environ.pop(_HOME_ENV, None)
        else:
            os.environ[_HOME_ENV] = previous


@pytest.fixture(scope="session")
def sample_path() -> Callable[[str], Path]:
    """The bundled sample document with the given stem, e.g. ``sample_path("003_ac8d64c3291d58aa")``."""
    def path(stem: str) -> Path:
        return CORPUS_DIR / f"{stem}.txt"

    return path


@pytest.fixture(scope="session")
def embedded_home() -> Path:
    """The test run's ``EDUKG_HOME``: the data directory of the session server."""
    return Path(os.environ[_HOME_ENV])


@pytest.fixture(scope="session")
def embedded_server(embedded_home: Path) -> Iterator[ServerInfo]:
    """A real embedded server, started once for the whole run (pid, port)."""
    info = start_server(embedded_home)
    try:
        yield info
    finally:
        stop_server(embedded_home)


@pytest.fixture(scope="session", autouse=True)
def no_server_left_behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """At the end of the run, stop every server a test started under its temporary directories.

    Servers run in their own session and outlive pytest; a test that failed before
    its own cleanup must not leave one behind.
    """
    yield
    failures = []
    for info in tmp_path_factory.getbasetemp().rglob("server.json"):
        try:
            stop_server(info.parent)
        except StoreError as e:
            failures.append(str(e))
    assert not failures, failures


@pytest.fixture
def graph_name() -> str:
    """A graph name no other test uses."""
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def store(embedded_server: ServerInfo, embedded_home: Path, graph_name: str) -> Iterator[EmbeddedStore]:
    """An embedded store on a fresh, empty graph of the session server; deleted afterwards."""
    s = EmbeddedStore(embedded_home, graph=graph_name)
    try:
        yield s
    finally:
        s.clear()
        s.close()


@pytest.fixture(scope="session")
def seed_store(embedded_server: ServerInfo, embedded_home: Path) -> Iterator[EmbeddedStore]:
    """The bundled sample corpus loaded once through the loader, for tests that only read it."""
    from edukg.loaders.load import load_document
    from edukg.loaders.pipeline import process_file

    s = EmbeddedStore(embedded_home, graph=f"seed-{uuid.uuid4().hex[:12]}")
    try:
        for path in SAMPLES:
            load_document(s, process_file(path))
        yield s
    finally:
        s.clear()
        s.close()


SYNTHETIC_DOCUMENTS = 250  # more than two batches of load_checks.BATCH


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of SYNTHETIC_DOCUMENTS documents from the benchmarks' generator: a load of it
    writes several batches."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "make_corpus", Path(__file__).parents[1] / "benchmarks" / "make_corpus.py")
    make_corpus = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # its dataclasses need it there
    spec.loader.exec_module(make_corpus)
    folder = tmp_path_factory.mktemp("synthetic")
    make_corpus.write_corpus(SYNTHETIC_DOCUMENTS, folder, seed=13)
    return folder


@pytest.fixture(scope="session")
def synthetic_clean(embedded_server: ServerInfo, embedded_home: Path, synthetic_corpus: Path) -> dict:
    """The synthetic corpus loaded once, cleanly: ``{"documents": per_document, "totals": totals,
    "counts": kept_counts}``."""
    from load_checks import kept_counts, per_document, totals

    from edukg.loaders.load import StoreWriter
    from edukg.loaders.pipeline import run

    s = EmbeddedStore(embedded_home, graph=f"clean-{uuid.uuid4().hex[:12]}")
    try:
        run([synthetic_corpus], StoreWriter(s))
        return {"documents": per_document(s), "totals": totals(s), "counts": kept_counts(s)}
    finally:
        s.clear()
        s.close()
