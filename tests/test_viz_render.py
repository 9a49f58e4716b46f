"""Graph pages: styles, names, escaping, and behaviour in real headless Chromium."""

from __future__ import annotations

import functools
import http.server
import re
import threading

import networkx as nx
import pytest
from browser_pages import RecordedPage, launch_browser
from playwright.sync_api import Page

from edukg.ontology.vocab import labels
from edukg.viz.render import LABEL_CHARS, STYLES, generate_html, node_name, write_html
from edukg.viz.subgraph import prune_graph
from graph_samples import policy_graph

INJECTIONS = (
    "<img src=x onerror=alert(1)>",
    "</script><script>window.__pwned = 1</script>",
    "<b onmouseover=alert(2)>粗体</b>",
)
LONG_NAME = "县教育体育局基础教育股与县财政局联合工作领导小组办公室"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """The sample policy graph with Evidence folded into `evidence` lists, plus hostile text."""
    g = policy_graph()
    for ev in [n for n, a in g.nodes(data=True) if a["label"] == "Evidence"]:
        for _, target in g.out_edges(ev):
            g.nodes[target].setdefault("evidence", []).append(g.nodes[ev]["text"])
        g.remove_node(ev)
    g.nodes["班班通"]["evidence"] = ["全面推进班班通建设。", *INJECTIONS]
    g.add_node("x", label="Program", id="x", name=INJECTIONS[0], aliases=[INJECTIONS[1]])
    g.add_node("long", label="Agency", id="long", name=LONG_NAME)
    g.add_edge("d1", "x", key="MENTIONS_PROGRAM", type="MENTIONS_PROGRAM")
    g.add_edge("d1", "long", key="MENTIONS_AGENCY", type="MENTIONS_AGENCY")
    return g


@pytest.mark.parametrize("label", sorted(set(labels().values())))
def test_every_ontology_label_has_a_style(label):
    assert label in STYLES


def test_styles_tell_labels_apart():
    looks = [(s.color.lower(), s.shape) for s in STYLES.values()]
    assert len(set(looks)) == len(looks)
    assert len({s.color.lower() for s in STYLES.values()}) == len(STYLES)


@pytest.mark.parametrize(
    "attrs, name",
    [
        ({"label": "Program", "id": "班班通", "name": "班班通"}, "班班通"),
        ({"label": "Document", "id": "ab12", "title": "某县2021年教育工作要点"}, "某县2021年教育工作要点"),
        ({"label": "Responsibility", "id": "r", "duty": "核定编制"}, "核定编制"),
        ({"label": "Year", "id": "2021", "value": 2021}, "2021"),
        ({"label": "Target", "id": "t", "indicator": "新建幼儿园", "comparator": "=", "value": 6.0, "unit": "所"},
         "新建幼儿园 6所"),
        ({"label": "Target", "id": "t", "indicator": "生均面积", "comparator": "range", "value": 5,
          "value_max": 8, "unit": "平方米", "year": 2022}, "生均面积 5–8平方米 (2022)"),
        ({"label": "Observation", "id": "o", "indicator": "巩固率", "comparator": ">=", "value": 99.2, "unit": "%"},
         "巩固率 ≥99.2%"),
        ({"label": "Agency", "id": "only-id"}, "only-id"),
    ],
)
def test_node_name(attrs, name):
    assert node_name(attrs) == name


def test_page_loads_nothing_from_outside(graph):
    html = generate_html(graph)
    assert not re.search(r"<(img|iframe|object|embed)\b", html, re.I)
    assert re.findall(r"<link\b[^>]*>", html) == ['<link rel="icon" href="data:,">']  # no favicon fetch
    assert not re.search(r"<script[^>]*\bsrc=", html, re.I)
    assert "@import" not in html
    assert not re.search(r"url\((?!\"?data:)", html)


def test_hostile_text_is_escaped_in_the_source(graph):
    html = generate_html(graph)
    for text in INJECTIONS:
        assert text not in html
    # the only closing script tags are those of the page's own three script elements
    assert html.lower().count("</script") == 3


def test_title_is_escaped(graph):
    html = generate_html(graph, title="<i>教育</i>")
    assert "<title>&lt;i&gt;教育&lt;/i&gt;</title>" in html


def test_write_html_returns_the_path(graph, tmp_path):
    path = write_html(graph, tmp_path / "g.html", title="图")
    assert path == tmp_path / "g.html"
    assert path.read_text("utf-8").startswith("<!DOCTYPE html>")


# --- in the browser ---------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    yield from launch_browser()


class Opened(RecordedPage):
    """A page opened from a URL, with every request and console error recorded."""

    def __init__(self, page: Page, url: str) -> None:
        super().__init__(page)
        self.url = url
        page.goto(url)
        page.wait_for_selector("body[data-ready=true]", timeout=60_000)

    def keys(self) -> set[str]:
        return set(self.page.evaluate("edukgViz.nodes.get().map(n => n.key)"))


@pytest.fixture
def open_page(browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def _open(g: nx.MultiDiGraph, **kw) -> Opened:
        path = write_html(g, tmp_path / "graph.html", **kw)
        return Opened(context.new_page(), path.as_uri())

    yield _open
    context.close()


def test_page_loads_without_error_or_request(open_page, graph):
    opened = open_page(graph)
    assert opened.errors == []
    assert opened.requests == [opened.url]


def test_page_served_over_http_requests_nothing_else(browser, graph, tmp_path):
    write_html(graph, tmp_path / "graph.html")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        context = browser.new_context()
        try:
            opened = Opened(context.new_page(), f"http://127.0.0.1:{server.server_address[1]}/graph.html")
            assert opened.requests == [opened.url] and opened.errors == []
        finally:
            context.close()
            server.shutdown()


def test_network_holds_every_node_and_relationship(open_page, graph):
    opened = open_page(graph)
    assert opened.keys() == set(graph.nodes)
    assert opened.page.evaluate("edukgViz.edges.length") == graph.number_of_edges()
    kinds = opened.page.evaluate("Object.fromEntries(edukgViz.nodes.get().map(n => [n.key, n.kind]))")
    assert kinds == {n: a["label"] for n, a in graph.nodes(data=True)}
    legend = opened.page.locator("#legend-items li").all_inner_texts()
    assert any("项目/工程/计划" in t and "Program" in t for t in legend)


def test_physics_stops_once_settled(open_page, graph):
    opened = open_page(graph)
    assert opened.page.evaluate("edukgViz.network.physics.physicsEnabled") is False


def test_focus_nodes_stand_out(open_page, graph):
    graph.graph["focus"] = ["班班通"]
    opened = open_page(graph)
    widths = opened.page.evaluate(
        "Object.fromEntries(edukgViz.nodes.get().map(n => [n.key, n.borderWidth || 1]))")
    assert widths.pop("班班通") > 1 and set(widths.values()) == {1}
    assert opened.errors == []


def test_long_names_are_truncated_with_the_full_name_kept(open_page, graph):
    opened = open_page(graph)
    node = opened.page.evaluate("edukgViz.nodes.get().find(n => n.key === 'long')")
    assert node["full"] == LONG_NAME
    assert len(node["label"]) == LABEL_CHARS and node["label"].endswith("…")


def test_search_finds_a_node(open_page, graph):
    opened = open_page(graph)
    opened.page.fill("#search-input", "班班通")
    opened.page.press("#search-input", "Enter")
    selected = opened.page.evaluate(
        "edukgViz.network.getSelectedNodes().map(id => edukgViz.nodes.get(id).key)")
    assert selected[0] == "班班通"
    assert "找到" in opened.page.inner_text("#search-status")
    opened.page.fill("#search-input", "不存在的名称")
    opened.page.press("#search-input", "Enter")
    assert "未找到" in opened.page.inner_text("#search-status")


def test_search_finds_aliases_and_hides_filtered_types(open_page, graph):
    opened = open_page(graph)
    assert opened.page.evaluate("edukgViz.search('班班通工程')") == ["班班通"]  # an alias of 班班通
    opened.page.locator("#legend-items input[value=Program]").uncheck()
    assert opened.page.evaluate("edukgViz.search('班班通')") == []


def test_filter_by_type_hides_that_type(open_page, graph):
    opened = open_page(graph)
    opened.page.locator("#legend-items input[value=Program]").uncheck()
    hidden = opened.page.evaluate("edukgViz.nodes.get().filter(n => n.hidden).map(n => n.kind)")
    assert hidden and set(hidden) == {"Program"}
    assert len(hidden) == sum(1 for _, a in graph.nodes(data=True) if a["label"] == "Program")


def _hover(opened: Opened, key: str) -> str:
    page = opened.page
    pos = page.evaluate(
        """key => { const n = edukgViz.nodes.get().find(n => n.key === key);
                    return edukgViz.network.canvasToDOM(edukgViz.network.getPositions([n.id])[n.id]); }""",
        key,
    )
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    return page.inner_text("div.vis-tooltip")


def test_document_text_is_shown_as_text_and_never_runs(open_page, graph):
    opened = open_page(graph)
    tip = _hover(opened, "班班通")
    for text in INJECTIONS:
        assert text in tip
    assert "学前三年毛入园率" not in tip  # the tooltip is this node's own
    tip = _hover(opened, "x")
    assert INJECTIONS[0] in tip and INJECTIONS[1] in tip
    page = opened.page
    assert page.locator("div.vis-tooltip img, div.vis-tooltip b, div.vis-tooltip script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert opened.dialogs == [] and opened.errors == []
    assert opened.requests == [opened.url]  # no attempt to fetch src=x


def test_tooltip_shows_type_properties_and_evidence(open_page, graph):
    tip = _hover(open_page(graph), "t1")
    assert "目标" in tip and "Target" in tip
    assert "学前三年毛入园率 ≥85% (2019)" in tip
    assert "学前三年毛入园率达到85%以上" in tip  # the evidence sentence
    rows = [line.split("\t") for line in tip.splitlines() if "\t" in line]
    assert [r[0] for r in rows] == ["comparator", "indicator", "unit", "value", "year", "id"]  # id last, no doc_id


def test_tooltip_names_where_each_sentence_is(open_page, graph):
    graph.nodes["t1"]["sources"] = ["某县2019年工作要点 · 某县 · 2019"] * len(graph.nodes["t1"]["evidence"])
    tip = _hover(open_page(graph), "t1")
    assert "学前三年毛入园率达到85%以上 ——某县2019年工作要点 · 某县 · 2019" in tip
    assert "sources" not in tip


def test_pruned_view_says_what_was_left_out(open_page, graph):
    opened = open_page(prune_graph(graph, 10))
    assert len(opened.keys()) == 10
    warning = opened.page.inner_text("#omitted")
    assert f"共 {graph.number_of_nodes()} 个节点，只显示 10 个" in warning
    assert f"省略 {graph.number_of_nodes() - 10} 个" in warning


def test_empty_graph_renders(open_page):
    opened = open_page(nx.MultiDiGraph(), title="空")
    assert opened.keys() == set() and opened.errors == []



def test_sample_corpus_page_in_the_browser(open_page, seed_store):
    from edukg.viz.subgraph import whole_graph

    g = whole_graph(seed_store)
    opened = open_page(g)
    assert opened.errors == [] and opened.requests == [opened.url]
    assert opened.keys() == {str(n) for n in g.nodes}
    program = seed_store.query("MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program) "
                               "RETURN p.name AS name, count(d) AS n ORDER BY n DESC, name LIMIT 1")[0]["name"]
    assert opened.page.evaluate("q => edukgViz.search(q)", program)[0] == program
    legend = opened.page.locator("#legend-items input").evaluate_all("boxes => boxes.map(b => b.value)")
    assert set(legend) == {a["label"] for _, a in g.nodes(data=True)}
