"""Composes the stages; the single place that knows their order.

read → normalize → structure → extract → resolve (→ load, in load.py)
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

from edukg.errors import InputError
from edukg.loaders.extract import extract_facts
from edukg.loaders.model import DocumentFacts, Metadata, Skipped
from edukg.loaders.normalize import normalize
from edukg.loaders.read import iter_paths, path_text, read_document
from edukg.loaders.resolve import resolve
from edukg.loaders.structure import structure

__all__ = ["process_file", "iter_facts"]

# Files a worker process handles per task, and files in flight at most: enough to keep the
# workers busy while the consumer writes a batch of documents (load.DOCUMENTS_PER_BATCH),
# few enough that facts never pile up in memory ahead of it.
_CHUNK = 8
_AHEAD = 160
_WORKER_NICENESS = 10


def process_file(path: str | Path, manifest: Mapping[str, Metadata] | None = None) -> DocumentFacts:
    """Run one file through every stage up to resolved facts; InputError if it cannot be read."""
    raw = read_document(path)
    given = manifest.get(raw.source) if manifest else None
    doc = structure(normalize(raw), given)
    return resolve(extract_facts(doc))


def _facts(item: Path | Skipped, manifest: Mapping[str, Metadata] | None,
           then: Callable[[DocumentFacts], Any] | None) -> Any:
    if isinstance(item, Skipped):
        return item
    try:
        facts = process_file(item, manifest)
    except InputError as e:
        return Skipped(path_text(item), str(e))
    return then(facts) if then else facts


# set once in each worker process: the manifest and what to apply to each document's facts
_worker_args: tuple[Mapping[str, Metadata] | None, Callable[[DocumentFacts], Any] | None] = (None, None)


def _start_worker(manifest: Mapping[str, Metadata] | None, then: Callable[[DocumentFacts], Any] | None) -> None:
    global _worker_args
    _worker_args = (manifest, then)
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


def _facts_of_chunk(items: Sequence[Path | Skipped]) -> list[Any]:
    return [_facts(item, *_worker_args) for item in items]


def iter_facts(
    paths: Iterable[str | Path], manifest: Mapping[str, Metadata] | None = None, workers: int = 1,
    then: Callable[[DocumentFacts], Any] | None = None,
) -> Iterator[Any]:
    """Facts for every supported file under `paths`, in order; unsupported or unreadable files become Skipped.

    workers > 1 runs the stages in that many worker processes while the caller consumes
    the results (e.g. writes them to the store); the order and the results are the same.
    `then` (a module-level function) is applied to each document's facts where they are
    made, e.g. ``load.prepare``: only its result crosses between processes.
    """
    items = iter_paths(paths)
    if workers <= 1:
        for item in items:
            yield _facts(item, manifest, then)
        return
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(manifest, then)) as pool:
        pending: deque = deque()
        while chunk := list(islice(items, _CHUNK)):
            pending.append(pool.submit(_facts_of_chunk, chunk))
            if len(pending) * _CHUNK >= max(_AHEAD, 3 * _CHUNK * workers):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
