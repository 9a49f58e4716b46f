"""Composes the stages and owns a run; the single place that knows their order.

paths → read → normalize → structure → extract → resolve → rows (rows.py) → a sink
that writes batches of them (load.StoreWriter) and reports what each document did.
The input tree is walked once, up front: the run knows its total for the progress
callback, and the stages see only files.
"""

from __future__ import annotations

import gc
import os
import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Protocol, TypeVar

from edukg.collector import collector_paused
from edukg.errors import InputError
from edukg.loaders.extract import extract_facts
from edukg.loaders.model import DocumentFacts, Metadata, RawDocument, Skipped
from edukg.loaders.normalize import normalize
from edukg.loaders.read import iter_paths, path_text, read_document
from edukg.loaders.resolve import resolve
from edukg.loaders.rows import DocumentRows, document_rows
from edukg.loaders.structure import structure

__all__ = ["process_file", "iter_facts", "run", "LoadSummary", "Sink", "Progress", "WriteResult"]

# Files a worker process handles per task, and files in flight at least: with a batch's worth
# (Sink.batch_size) the workers make the next batch while the consumer writes one; no more, so
# facts never pile up in memory ahead of it.
_CHUNK = 8
_AHEAD = 160
_WORKER_NICENESS = 10
# Extraction makes many short-lived objects and few cycles: a young collection after 20,000 new
# objects rather than Python's 700 spares a worker some 3-8% of its CPU (BENCHMARKS.md, 7 December).
_WORKER_YOUNG_COLLECTION = 20_000

T = TypeVar("T")
Manifest = Mapping[str, Metadata]
# (files done, files in all, the file just done): called with (0, total, None) before the first
Progress = Callable[[int, int, str | None], None]


class WriteResult(Protocol):
    """What writing one document did, as a sink reports it (load.LoadResult)."""

    status: str  # loaded | unchanged | replaced
    nodes: int
    relationships: int


class Sink(Protocol):
    """Where a run's rows go: written a batch at a time, one result per document, in order."""

    batch_size: int

    def write(self, batch: Sequence[DocumentRows]) -> Sequence[WriteResult]: ...

    def finish(self) -> None:
        """Everything is written: make it last."""


def process_file(path: str | Path, manifest: Manifest | None = None) -> DocumentFacts:
    """Run one file through every stage up to resolved facts; InputError if it cannot be read."""
    raw = read_document(path)
    given = manifest.get(raw.source) if manifest else None
    doc = structure(normalize(raw), given)
    return resolve(extract_facts(doc))


def _rows_of_file(path: Path, manifest: Manifest | None) -> DocumentRows:
    return document_rows(process_file(path, manifest))


def _or_skipped(stages: Callable[[Path, Manifest | None], T], item: Path | Skipped,
                manifest: Manifest | None) -> T | Skipped:
    if isinstance(item, Skipped):
        return item
    try:
        return stages(item, manifest)
    except InputError as e:
        return Skipped(path_text(item), str(e))


# set once in each worker process: the manifest and the stages every file goes through
_worker_args: tuple[Callable[[Path, Manifest | None], object], Manifest | None] | None = None


def _start_worker(stages: Callable[[Path, Manifest | None], object], manifest: Manifest | None) -> None:
    global _worker_args
    _worker_args = (stages, manifest)
    # What the worker inherited (modules, compiled rules) lives as long as it does: kept out of the
    # collections, which would otherwise go through all of it again and again (and copy its pages).
    gc.freeze()
    gc.set_threshold(_WORKER_YOUNG_COLLECTION)
    gc.enable()  # forked from a run that paused it (collector_paused): extraction makes cycles
    # Workers run ahead of the consumer; when the CPUs are short, the consumer (and the store
    # server it waits on) should have them, or everything ends up waiting on the slowest writer.
    os.nice(_WORKER_NICENESS)
    # a worker whose parent was killed would otherwise wait for work forever
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _chunk(items: Sequence[Path | Skipped]) -> bytes:
    assert _worker_args is not None
    stages, manifest = _worker_args
    # pickled here, unpickled when the caller takes them (_each): while the caller writes a batch,
    # a batch's worth of results wait their turn, each as its 25 KB of bytes, not 135 KB of objects
    return pickle.dumps([_or_skipped(stages, item, manifest) for item in items], pickle.HIGHEST_PROTOCOL)


@contextmanager
def _workers(workers: int, stages: Callable[[Path, Manifest | None], object], manifest: Manifest | None
             ) -> Iterator[ProcessPoolExecutor | None]:
    """`workers` processes applying `stages` (none for one), started at once: forked before the
    caller lists its files, they hold no copy of that list (some 40 MB at 100,000 files)."""
    if workers <= 1:
        yield None
        return
    _build_rules()
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(stages, manifest)) as pool:
        pool.submit(int)  # forks them: the fork start method starts every worker at the first task
        yield pool


def _build_rules() -> None:
    """Extract an empty document: what extraction builds on first use (the agencies' patterns, the
    gazetteer: some 0.18 s) is built once, here, and inherited by every worker forked after, not built
    again in each."""
    resolve(extract_facts(structure(normalize(RawDocument("", "0" * 64, "utf-8", "")))))


def _each(files: Iterable[Path | Skipped], stages: Callable[[Path, Manifest | None], T],
          manifest: Manifest | None, workers: int, pool: ProcessPoolExecutor | None,
          ahead: Callable[[], int] = lambda: _AHEAD) -> Iterator[T | Skipped]:
    """`stages` applied to every file, in order; a file that cannot be read becomes Skipped.

    With a `pool` of `workers` processes applying `stages` (_workers), they run there while
    the caller consumes the results, with about `ahead()` files in flight; the order and the
    results are the same.
    """
    items = iter(files)
    if pool is None:
        for item in items:
            yield _or_skipped(stages, item, manifest)
        return
    pending: deque = deque()
    while chunk := list(islice(items, _CHUNK)):
        pending.append(pool.submit(_chunk, chunk))
        if len(pending) * _CHUNK >= max(ahead(), 3 * _CHUNK * workers):
            yield from pickle.loads(pending.popleft().result())
    while pending:
        yield from pickle.loads(pending.popleft().result())


def iter_facts(paths: Iterable[str | Path], manifest: Manifest | None = None, workers: int = 1,
               on_skip: Callable[[Skipped], None] | None = None) -> Iterator[DocumentFacts]:
    """Resolved facts of every supported file under `paths`, in order.

    Unsupported or unreadable files go to `on_skip`, in their place in that order.
    """
    with _workers(workers, process_file, manifest) as pool:
        for item in _each(iter_paths(paths), process_file, manifest, workers, pool):
            if not isinstance(item, Skipped):
                yield item
            elif on_skip is not None:
                on_skip(item)


@dataclass
class LoadSummary:
    """Results of a load run, for the summary printed at the end."""

    results: list[WriteResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    store_seconds: float = 0.0  # spent writing

    @property
    def processed(self) -> int:
        return len(self.results)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    def lines(self) -> list[str]:
        nodes = sum(r.nodes for r in self.results)
        rels = sum(r.relationships for r in self.results)
        out = [
            f"documents: {self.count('loaded')} loaded, {self.count('unchanged')} unchanged, "
            f"{self.count('replaced')} replaced, {len(self.skipped)} skipped",
            f"written: {nodes} nodes, {rels} relationships",
        ]
        out += [f"skipped {s}" for s in self.skipped]
        return out


def run(paths: Iterable[str | Path], sink: Sink, manifest: Manifest | None = None, workers: int = 1,
        progress: Progress | None = None) -> LoadSummary:
    """Every supported file under `paths` through the stages into `sink` (as ``edukg load`` does).

    `workers` processes read, extract and make the rows while this one hands batches
    of ``sink.batch_size`` documents to the sink; `progress` hears of every file.
    """
    summary = LoadSummary()
    batch: list[DocumentRows] = []

    def write() -> None:
        start = time.perf_counter()
        summary.results.extend(sink.write(batch))
        summary.store_seconds += time.perf_counter() - start
        batch.clear()

    def ahead() -> int:
        return max(_AHEAD, sink.batch_size)

    # the writing process only writes (the workers extract, and make cycles): its rows hold none
    with collector_paused(workers > 1), _workers(workers, _rows_of_file, manifest) as pool:
        files = list(iter_paths(paths))
        if progress is not None:
            progress(0, len(files), None)
        for done, item in enumerate(_each(files, _rows_of_file, manifest, workers, pool, ahead), 1):
            if isinstance(item, Skipped):
                summary.skipped.append(item)
            else:
                batch.append(item)
                if len(batch) >= sink.batch_size:
                    write()
            if progress is not None:
                progress(done, len(files), item.source)
        write()
    sink.finish()
    return summary
