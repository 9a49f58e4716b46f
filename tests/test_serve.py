"""`edukg serve` driven in real headless Chromium against a real embedded store.

A researcher's path: home → search → entity → document → a stored query through
its form. Screenshots of each page are kept in tests/artifacts/serve/. A document
whose name and text hold markup is loaded beside the sample corpus: it must show
as text, run nothing and fetch nothing; no request of any page leaves the app.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundled_corpus import SAMPLES
from click.testing import CliRunner
from browser_pages import RecordedPage, launch_browser

from edukg.cli import cli
from edukg.errors import InputError
from edukg.serve import bind, host_warning
from edukg.serve.app import create_app
from edukg.store.embedded import EmbeddedStore

ARTIFACTS = Path(__file__).parent / "artifacts" / "serve"
HOSTILE_NAME = "<img src=x onerror=window.__pwned=5>.txt"
HOSTILE_TEXT = (
    '<script>window.__pwned=1</script>某县教育局2021年工作计划<img src=x onerror="window.__pwned=2">\n\n'
    '一、推进义务教育均衡发展<b onmouseover="window.__pwned=3">达标</b>创建，'
    "到2021年学前三年毛入园率达到90%以上<script>window.__pwned=4</script>。\n"
    '二、县财政局负责保障<a href="http://example.com/x">教育经费</a>投入，实施县管校聘改革。\n'
)


@pytest.fixture(scope="module")
def graph(embedded_server, embedded_home, tmp_path_factory) -> Iterator[EmbeddedStore]:
    """The sample corpus and the hostile document, loaded once for this module."""
    from edukg.loaders.load import load_document
    from edukg.loaders.pipeline import process_file

    hostile = tmp_path_factory.mktemp("hostile") / HOSTILE_NAME
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    store = EmbeddedStore(embedded_home, graph=f"serve-{uuid.uuid4().hex[:12]}")
    try:
        for path in [*SAMPLES, hostile]:
            load_document(store, process_file(path))
        yield store
    finally:
        store.clear()
        store.close()


@pytest.fixture(scope="module")
def base_url(graph: EmbeddedStore) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread of this process."""
    import uvicorn

    sock = bind("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(create_app(graph, graph_name=graph.graph_name), log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def browser():
    yield from launch_browser()


class Visit(RecordedPage):
    """One browser tab on the app recording every request, console error and dialog."""

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def picture_ready(self) -> list[str]:
        """Waits for the page's picture to be drawn; the kinds of its nodes."""
        frame = self.page.frame_locator("iframe.picture")
        frame.locator("body[data-ready=true]").wait_for(timeout=60_000)
        return self.page.frames[1].evaluate("edukgViz.nodes.get().map(n => n.kind)")

    def inert(self) -> None:
        assert self.page.evaluate("window.__pwned") is None
        assert not self.dialogs
        for frame in self.page.frames:
            assert frame.evaluate("window.__pwned") is None


@pytest.fixture
def visit(browser, base_url) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1300, "height": 900}, base_url=base_url)
    v = Visit(context.new_page())
    yield v
    context.close()
    elsewhere = [u for u in v.requests if not u.startswith(base_url + "/") and not u.startswith(("data:", "about:"))]
    assert not elsewhere, elsewhere
    assert not v.errors, v.errors


def _get(url: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=30) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def test_a_researchers_path_home_search_entity_document_query(visit):
    page = visit.page
    page.goto("/")
    assert page.locator("dl.queries dt a", has_text="targets-by-indicator").count() == 1
    assert page.locator(".counts li", has_text="Document").inner_text().split()[0] == str(len(SAMPLES) + 1)
    visit.shot("1-home")

    page.fill("header input[name=q]", "义务教育均衡")
    page.click("header button")
    page.wait_for_url(re.compile(r"/search\?q="))
    first = page.locator("table.hits tbody tr").first
    assert first.locator("td").nth(0).inner_text() == "义务教育均衡发展"
    assert int(first.locator("td").nth(3).inner_text()) >= 3  # three sample documents and the hostile one
    visit.shot("2-search")

    first.locator("a").click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.locator("h1").inner_text() == "义务教育均衡发展"
    sentence = page.locator("section.sentences figure.evidence").first
    assert sentence.locator("blockquote").inner_text()
    assert re.search(r"· \d{4}$", sentence.locator("figcaption").inner_text())  # its document, region, year
    assert page.locator("table.years tr").count() >= 2  # mentions over the years
    assert "Program" in visit.picture_ready()
    visit.shot("3-entity")

    link = page.locator("section.sentences figcaption a.document", has_text="施甸县").first
    link.click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]{64}$"))
    highlights = page.locator(".text a.fact")
    assert highlights.count() >= 20
    assert page.locator(".text a.fact.kind-Program").count() >= 1 and page.locator(".text a.fact.kind-Target").count()
    visit.shot("4-document")
    target = page.locator(".text a.fact.kind-Program").first
    name = target.get_attribute("title").split("：", 1)[1].split("\n")[0]
    target.click()
    page.wait_for_url(re.compile(r"/entities/"))
    assert page.locator("h1").inner_text() == name

    page.goto("/")
    page.click("dl.queries a:text-is('targets-by-indicator')")
    page.fill("input[name=indicator]", "毛入园率")
    page.click("form.params button")
    page.wait_for_url(re.compile(r"indicator="))
    rows = page.locator("table.rows tbody tr")
    assert rows.count() >= 2
    assert rows.first.locator("td.col-document a.document").count() == 1
    assert rows.first.locator("td.col-evidence").inner_text()
    kinds = visit.picture_ready()
    # the answer's own nodes: documents, regions, the indicator and years named in the rows, no hub or fact around them
    assert set(kinds) <= {"Document", "Region", "Indicator", "Year"} and "Indicator" in kinds
    visit.shot("5-query")
    visit.inert()


def test_json_is_what_query_run_prints(base_url, graph):
    status, headers, body = _get(f"{base_url}/queries/targets-by-indicator.json?indicator=%E6%AF%9B%E5%85%A5%E5%9B%AD%E7%8E%87")
    assert status == 200 and headers["content-type"].startswith("application/json")
    cli_out = CliRunner().invoke(cli, ["--graph", graph.graph_name, "query", "run", "targets-by-indicator",
                                       "-p", "indicator=毛入园率", "--format", "json"])
    assert cli_out.exit_code == 0, cli_out.output
    assert json.loads(body) == json.loads(cli_out.stdout) and json.loads(body)
    status, headers, body = _get(f"{base_url}/queries/targets-by-indicator.csv?indicator=%E6%AF%9B%E5%85%A5%E5%9B%AD%E7%8E%87")
    assert status == 200 and "attachment" in headers["content-disposition"]
    assert body.splitlines()[0].startswith("region,year,indicator")


def test_bad_parameters_and_unknown_pages_are_clear(base_url):
    status, _, body = _get(f"{base_url}/queries/program-timeline.json?limit=many")
    assert status == 400 and "limit='many' is not a int" in body
    status, _, body = _get(f"{base_url}/queries/program-timeline?run=1")
    assert status == 400 and "missing parameter" in body
    for path in ("/queries/no-such-query", "/entities/no-such-entity", "/documents/0000", "/elsewhere"):
        assert _get(base_url + path)[0] == 404, path


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/queries/targets-by-indicator", "/nowhere"])
def test_only_get(base_url, method, path):
    status, headers, _ = _get(base_url + path, method)
    assert status == 405 and headers["allow"] == "GET, HEAD"


def test_pages_allow_nothing_from_elsewhere(base_url):
    _, headers, _ = _get(base_url + "/")
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "http" not in headers["content-security-policy"]


def test_markup_in_a_document_stays_text(visit, graph):
    page = visit.page
    doc = graph.query("MATCH (d:Document {file: $f}) RETURN d.id AS id", {"f": HOSTILE_NAME})[0]["id"]
    page.goto(f"/documents/{doc}")
    assert page.locator("h1").inner_text() == HOSTILE_NAME
    text = page.locator(".text").inner_text()
    assert "<script>window.__pwned=1</script>" in text and '<a href="http://example.com/x">' in text
    assert page.locator(".text a.fact").count() >= 3  # facts found among the markup are highlighted
    assert page.locator(".text script, .text img, .text b, main a[href^='http']").count() == 0
    page.locator(".text a.fact").first.hover()
    visit.shot("6-hostile-document")
    page.goto("/search?q=" + "<script>window.__pwned=6</script>")
    assert "<script>window.__pwned=6</script>" in page.locator("p.summary").inner_text()
    page.goto("/entities/县管校聘?kind=Program")
    assert page.locator("figcaption a.document", has_text=HOSTILE_NAME).count() >= 1
    visit.picture_ready()
    visit.inert()


def test_only_loopback_goes_without_a_warning():
    assert host_warning("127.0.0.1") is None and host_warning("localhost") is None and host_warning("::1") is None
    assert "other machines" in host_warning("0.0.0.0")


def test_a_port_in_use_is_one_line():
    with bind("127.0.0.1", 0) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(InputError, match=rf"^127\.0\.0\.1:{port}: Address already in use$"):
            bind("127.0.0.1", port).close()


def test_the_command_serves_until_interrupted(graph, embedded_home):
    proc = subprocess.Popen([sys.executable, "-m", "edukg", "--graph", graph.graph_name, "serve", "--port", "0"],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "EDUKG_HOME": str(embedded_home)})
    try:
        line = proc.stderr.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line
        status, _, body = _get(url[0])
        assert status == 200 and "targets-by-indicator" in body
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    assert proc.returncode == 0, proc.stderr.read()
