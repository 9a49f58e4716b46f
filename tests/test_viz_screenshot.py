"""Screenshots of graph pages with headless Chromium, and its failures."""

from __future__ import annotations

import re

import pytest

from edukg.errors import EdukgError
from edukg.viz.render import write_html
from edukg.viz.screenshot import save_png
from graph_samples import policy_graph


@pytest.fixture
def page(tmp_path):
    return write_html(policy_graph(), tmp_path / "g.html", title="示例")


def test_png_is_produced(page, tmp_path):
    png = save_png(page, tmp_path / "g.png", width=1200, height=800)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1200 and int.from_bytes(data[20:24], "big") == 800
    assert len(data) > 20_000  # a drawn graph, not a blank page


@pytest.mark.parametrize("browser, message", [("/nonexistent/chromium", "Chromium failed"),
                                              ("/bin/false", "wrote no screenshot (exit 1)")])
def test_broken_chromium_is_a_clear_error_and_leaves_no_stale_image(page, tmp_path, monkeypatch, browser, message):
    png = tmp_path / "g.png"
    png.write_bytes(b"old")
    monkeypatch.setenv("EDUKG_CHROMIUM", browser)
    with pytest.raises(EdukgError, match=re.escape(message)) as info:
        save_png(page, png)
    assert str(png) in str(info.value) and "\n" not in str(info.value)
    assert not png.exists()


def test_missing_page(tmp_path):
    with pytest.raises(EdukgError, match="no such page"):
        save_png(tmp_path / "nothing.html", tmp_path / "g.png")
