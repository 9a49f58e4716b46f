"""simplified.py: the texts OpenCC t2s could change are found exactly, from its own dictionaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import edukg.loaders.simplified as simplified
from edukg.loaders.simplified import T2S, t2s_changes


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_every_character_passed_by_converts_to_itself(cache_home: Path) -> None:
    changes = t2s_changes()
    assert changes is not None
    kept = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000 and cp != 0x0A and not changes(chr(cp))]
    assert len(kept) > 1_000_000
    text = "\n".join(kept)
    assert T2S.convert(text) == text


def test_every_phrase_that_converts_is_found(cache_home: Path) -> None:
    changes = t2s_changes()
    assert changes is not None
    files = list(simplified._dict_files(json.loads(simplified._CONFIG.read_bytes())))
    phrases = [line.split("\t")[0] for name in files
               for line in simplified._dump(simplified._CONFIG.parent / name).splitlines()
               if len(line.split("\t")[0]) > 1]
    assert len(phrases) > 100
    for phrase in phrases:
        if T2S.convert(phrase) != phrase:
            assert changes(f"甲{phrase}乙"), phrase


def test_a_phrase_is_found_where_its_changing_character_is(cache_home: Path) -> None:
    changes = t2s_changes()
    assert changes is not None
    assert changes("意见反覆征求") and T2S.convert("反覆") == "反复"
    assert not changes("实现全覆盖,深入推进") and T2S.convert("覆盖") == "覆盖"
    assert changes("教育發展") and not changes("教育发展")


def test_the_keys_are_kept_under_the_dictionaries_hash(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert t2s_changes() is not None
    cached, = (cache_home / "edukg").glob("t2s-changes-*.json")
    monkeypatch.setattr(simplified, "_DUMP", cache_home / "absent")  # read from the cache, not dumped again
    assert t2s_changes()("發展")
    cached.write_text("{", "utf-8")  # a damaged cache is derived again, and without the tool, nothing is skipped
    assert t2s_changes() is None
