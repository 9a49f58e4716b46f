"""Python's cycle collector paused while a process builds data that holds no cycle."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused(paused: bool = True) -> Iterator[None]:
    """The cycle collector off inside the block (when `paused`), as it was after it.

    Rows of a large answer or a load's batch are hundreds of thousands of small dicts, lists and
    tuples, none in a cycle; as they accumulate, the collector scans every one of them over and over
    (a quarter of the CPU time of a 10,000-document load's writer, a tenth of `analyze escalation`).
    Reference counting still frees them; only cycles made inside the block wait for the next collection.
    """
    enabled = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
