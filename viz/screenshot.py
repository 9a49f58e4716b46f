"""Save a PNG of a graph page with headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from edukg.errors import EdukgError

__all__ = ["CHROMIUM_FLAGS", "find_chromium", "save_png"]

# No first-run dialogs, no background fetches: the page must be the only thing loaded.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_chromium() -> str:
    """The Chromium executable: ``$EDUKG_CHROMIUM``, else the first one on PATH.

    Raises
    ------
    EdukgError
        When none is found.
    """
    if env := os.environ.get("EDUKG_CHROMIUM"):
        return env
    for name in _CANDIDATES:
        if found := shutil.which(name):
            return found
    raise EdukgError("no Chromium found for --png: install it (Debian: apt-get install chromium) or set EDUKG_CHROMIUM")


def save_png(html: str | Path, png: str | Path, *, width: int = 1600, height: int = 1000, wait_ms: int = 20000) -> Path:
    """Open the page `html` in headless Chromium and save what it shows to `png`.

    `wait_ms` is virtual time given to the page's scripts, enough for the
    layout to settle; it passes faster than real time once the page is idle.

    Raises
    ------
    EdukgError
        When Chromium is missing, fails, or writes no image.
    """
    html, png = Path(html).resolve(), Path(png).resolve()
    if not html.is_file():
        raise EdukgError(f"{html}: no such page")
    png.unlink(missing_ok=True)  # a stale image must not pass for a new one
    with tempfile.TemporaryDirectory(prefix="edukg-chromium-") as profile:
        cmd = [
            find_chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--virtual-time-budget={wait_ms}",
            f"--screenshot={png}",
            html.as_uri(),
        ]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise EdukgError(f"{png}: Chromium failed: {e}") from None
    if done.returncode != 0 or not png.is_file() or png.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise EdukgError(f"{png}: Chromium wrote no screenshot (exit {done.returncode}): {last}")
    return png
