"""Headless Chromium for the tests that look at pages: the browser, and a tab that records what a page
does (every request, console error and dialog) so a test can say that nothing left the machine."""

from __future__ import annotations

from collections.abc import Iterator

from playwright.sync_api import Browser, Page, sync_playwright

from edukg.viz.screenshot import CHROMIUM_FLAGS, find_chromium


def launch_browser() -> Iterator[Browser]:
    """The system Chromium, headless, for as long as the generator is open (a fixture's body)."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(),
                                    args=[f for f in CHROMIUM_FLAGS if f != "--headless"])
        yield browser
        browser.close()


class RecordedPage:
    """A tab recording every request, console error and dialog (dialogs are dismissed)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
