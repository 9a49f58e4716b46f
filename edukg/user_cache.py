"""What is derived from installed files, kept as JSON in the user's cache directory
(``$XDG_CACHE_HOME/edukg``, ``~/.cache/edukg``) under the hash of the files' content:
a changed file is derived afresh, so the cache cannot go stale."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["cached_json"]


def cached_json(kind: str, sources: Iterable[bytes], derive: Callable[[], Any]) -> Any:
    """`derive()`, read back from the cache when it was kept for the same `sources` (the content it
    derives from, code included, read as the iterable is consumed); a cache that cannot be read or
    written is derived again."""
    try:
        digest = hashlib.sha256()
        for source in sources:  # hashed apart, so that no two lists of sources join to the same bytes
            digest.update(hashlib.sha256(source).digest())
        path = _cache_dir() / f"{kind}-{digest.hexdigest()[:32]}.json"
    except (OSError, RuntimeError):  # a source that cannot be read, or no home directory: nothing is kept
        return derive()
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        pass
    value = derive()
    _write(path, json.dumps(value, ensure_ascii=False))
    return value


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    if not base.is_absolute():  # (as the XDG specification says, a relative path is no cache directory)
        raise RuntimeError(f"cache directory {base} is relative")
    return base / "edukg"


def _write(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
