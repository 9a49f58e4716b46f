"""user_cache.py: derived JSON kept under the hash of its sources, derived again when they change."""

from __future__ import annotations

from pathlib import Path

import pytest

from edukg.user_cache import cached_json


def test_kept_under_the_sources_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[int] = []

    def derive() -> dict[str, int]:
        calls.append(1)
        return {"n": len(calls)}

    assert cached_json("t", [b"a", b"b"], derive) == {"n": 1}
    assert cached_json("t", [b"a", b"b"], derive) == {"n": 1}  # read back
    assert cached_json("t", [b"ab"], derive) == {"n": 2}  # other sources: derived afresh
    kept = list((tmp_path / "edukg").glob("t-*.json"))
    assert len(kept) == 2
    for path in kept:
        path.write_text("{", "utf-8")
    assert cached_json("t", [b"a", b"b"], derive) == {"n": 3}  # a damaged file is derived again


def test_no_cache_without_an_absolute_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    monkeypatch.chdir(tmp_path)
    assert cached_json("t", [b"a"], lambda: [1]) == [1]
    assert not any(tmp_path.iterdir())
