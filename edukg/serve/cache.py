"""Answers of `edukg serve` kept while the graph is unchanged.

The app only reads, but a load in another process may write the store while it runs: every
answer is kept under the store's version (`Store.version`), and a new version empties the cache.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from edukg.store.base import Store

__all__ = ["AnswerCache"]

T = TypeVar("T")


class AnswerCache:
    """The last `size` answers computed for the store's current version, least recently used dropped.

    Not thread-safe: the app calls it under the lock that serializes its store calls.
    """

    def __init__(self, store: Store, size: int = 256) -> None:
        self.store = store
        self.size = size
        self._version: Hashable | None = None
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The answer kept for `key` if the store is unchanged since it was computed, else `compute()`."""
        version = self.store.version()
        if version is None:  # the store cannot tell when it changes
            return compute()
        if version != self._version:
            self._answers.clear()
            self._version = version
        if key in self._answers:
            self._answers.move_to_end(key)
            return self._answers[key]
        answer = self._answers[key] = compute()
        if len(self._answers) > self.size:
            self._answers.popitem(last=False)
        return answer
