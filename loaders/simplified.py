"""OpenCC's Traditional → Simplified conversion (t2s), and which texts it can change.

Most documents are Simplified already, and OpenCC returns a text unchanged when no key of its
dictionaries that converts to something else occurs in it. `t2s_changes` finds, exactly, the
texts where one does: a character that alone converts to something else, or a phrase that converts
to something else while none of its characters does alone (反覆 → 反复; looked for where its
changing character is). The entries are read from the dictionaries the t2s configuration names,
dumped by OpenCC's own opencc_dict, and kept in the user's cache directory under the hash of the
configuration and its dictionaries, so a changed dictionary is read afresh. Without the tool,
every text is converted.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import opencc

from edukg.user_cache import cached_json

__all__ = ["T2S", "t2s_changes"]

T2S = opencc.OpenCC("t2s")
_CLIB = Path(opencc.__file__).parent / "clib"
_CONFIG = _CLIB / "share" / "opencc" / "t2s.json"
_DUMP = _CLIB / "bin" / "opencc_dict"


def t2s_changes() -> Callable[[str], bool] | None:
    """Whether t2s could change a text; None when the dictionaries cannot be read."""
    try:
        files = [_CONFIG.parent / name for name in _dict_files(json.loads(_CONFIG.read_bytes()))]
        sources = [opencc.__version__.encode(), *(path.read_bytes() for path in (_CONFIG, *files))]
        keys = cached_json("t2s-changes", sources, lambda: _changing_keys(files))
    except (OSError, ValueError, subprocess.CalledProcessError):
        return None
    return _Changes(keys["chars"], keys["phrases"])


class _Changes:
    """A text holds one of `chars`, or one of `phrases`, each given with the index of its changing character."""

    def __init__(self, chars: str, phrases: list[tuple[str, int]]) -> None:
        self._chars = frozenset(chars)
        self._phrases: dict[str, list[tuple[str, int]]] = {}
        for phrase, at in phrases:
            self._phrases.setdefault(phrase[at], []).append((phrase, at))
        # A class of BMP characters is a table lookup; one holding astral characters is a list that
        # each position is compared with, a thousand times slower: astral characters are looked up after.
        bmp = "".join(sorted(c for c in self._chars.union(self._phrases) if c <= "\uffff"))
        self._candidate = re.compile("[" + "".join(map(re.escape, bmp)) + "\U00010000-\U0010ffff]")

    def __call__(self, text: str) -> bool:
        for m in self._candidate.finditer(text):
            c = m.group()
            if c in self._chars:
                return True
            i = m.start()
            if any(i >= at and text.startswith(phrase, i - at) for phrase, at in self._phrases.get(c, ())):
                return True
        return False


def _dict_files(config: object) -> Iterator[str]:
    """The dictionary files an OpenCC configuration names (normalization and conversion chain); a
    dictionary of a type other than ocd2 is a ValueError."""
    if isinstance(config, dict):
        if "file" in config:
            if config.get("type") != "ocd2":
                raise ValueError(f"dictionary type {config.get('type')!r}")
            yield config["file"]
        for value in config.values():
            yield from _dict_files(value)
    elif isinstance(config, list):
        for value in config:
            yield from _dict_files(value)


def _changing_keys(files: list[Path]) -> dict[str, object]:
    """The characters that t2s changes alone, and the phrases it changes that hold none of them."""
    singles: set[str] = set()
    phrases: list[tuple[str, int]] = []
    for path in files:
        for line in _dump(path).splitlines():
            key, values = line.split("\t")
            changed = [value for value in values.split(" ") if value != key]
            if changed and len(key) == 1:
                singles.add(key)
            elif changed:
                phrases.append((key, _first_change(key, changed[0])))
    # One conversion sees each character alone: no dictionary key holds a line break.
    ordered = sorted(singles)
    converted = T2S.convert("\n".join(ordered)).split("\n")
    if len(converted) != len(ordered):
        raise ValueError("t2s changed the number of lines")
    chars = {c for c, out in zip(ordered, converted) if out != c}
    return {"chars": "".join(sorted(chars)), "phrases": sorted(p for p in phrases if chars.isdisjoint(p[0]))}


def _dump(path: Path) -> str:
    """An ocd2 dictionary as text: a key, a tab and its values separated by spaces, a line each."""
    return subprocess.run([_DUMP, "-i", path, "-o", "/dev/stdout", "-f", "ocd2", "-t", "text"],
                          capture_output=True, check=True).stdout.decode("utf-8")


def _first_change(key: str, value: str) -> int:
    """The index of the first character of `key` that `value` replaces (its last when `value` only
    adds to it): in 深沈 → 深沉, 沈, rarer than 深."""
    return next((i for i, (k, v) in enumerate(zip(key, value)) if k != v), len(key) - 1)
