"""Draw a networkx graph as one self-contained pyvis HTML page.

The page inlines vis-network (from the pyvis package), its own script and
style, and the graph as JSON: opening it makes no network request. Nodes are
coloured and shaped by label (`STYLES`, one entry per ontology class), sized
by degree, named legibly in Chinese (long names truncated, full name in the
tooltip). Tooltips, the legend, the search box and the type filter are built
in the browser with ``textContent``: document text is data and never markup.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network

from edukg.errors import InputError
from edukg.ontology.vocab import class_names
from edukg.viz.captions import EVIDENCE_SENTENCES, display_text, is_quantity, node_name, quantity_text

__all__ = ["Style", "STYLES", "node_name", "generate_html", "write_html"]


@dataclass(frozen=True)
class Style:
    """How nodes of one label are drawn: a vis-network shape and a fill colour."""

    color: str
    shape: str


# One entry per node label of the ontology (a test checks this). Shapes are the
# vis-network shapes that draw the label below the node, so size can show degree.
STYLES: dict[str, Style] = {
    "Document": Style("#4e79a7", "square"),
    "Region": Style("#59a14f", "hexagon"),
    "Year": Style("#9d9d9d", "triangle"),
    "Agency": Style("#f28e2b", "dot"),
    "Program": Style("#e15759", "star"),
    "Indicator": Style("#17becf", "diamond"),
    "Theme": Style("#d4a514", "triangleDown"),
    "Target": Style("#b07aa1", "dot"),
    "Observation": Style("#ff9da7", "dot"),
    "Responsibility": Style("#9c755f", "square"),
    "Reference": Style("#2f9e72", "triangle"),
    "Evidence": Style("#c7c7c7", "dot"),
}
_FALLBACK = Style("#7f7f7f", "dot")

LABEL_CHARS = 14  # characters of a name drawn under a node; the rest is in the tooltip
TEXT_CHARS = 300  # characters of one property or evidence sentence in a tooltip
FONT_FACE = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"

_HIDDEN_PROPS = {"label", "evidence", "sources", "evidence_total", "doc_id"}  # doc_id: the document is a neighbour in the picture
_VIS_VERSION = re.compile(r"vis-(\d+)\.(\d+)\.(\d+)$")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _node_label(attrs: dict[str, Any], name: str) -> str:
    """The short text drawn under a node; a quantity keeps its value and shortens its indicator."""
    if is_quantity(attrs):
        value = quantity_text(attrs)
        return _shorten(display_text(attrs["indicator"]), max(4, LABEL_CHARS - len(value) - 1)) + " " + value
    return _shorten(" ".join(name.split()), LABEL_CHARS)


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped in the pyvis package (its newest copy)."""
    lib = files("pyvis").joinpath("lib")
    found = []
    for folder in lib.iterdir():
        if (m := _VIS_VERSION.search(folder.name)) and folder.joinpath("vis-network.min.js").is_file():
            found.append((tuple(int(x) for x in m.groups()), folder))
    if not found:
        raise RuntimeError("the pyvis package holds no vis-network library (lib/vis-*/vis-network.min.js)")
    folder = max(found, key=lambda f: f[0])[1]
    return (
        folder.joinpath("vis-network.min.js").read_text("utf-8"),
        folder.joinpath("vis-network.css").read_text("utf-8"),
    )


@cache
def _asset(name: str) -> str:
    return files("edukg.viz").joinpath("assets", name).read_text("utf-8")


def _script_json(data: Any) -> Markup:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open a tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw in "<>&\u2028\u2029":
        text = text.replace(raw, f"\\u{ord(raw):04x}")
    return Markup(text)


def _script_text(code: str) -> Markup:
    """Trusted JS or CSS to inline; refuses text that would close its element early."""
    if re.search(r"</(script|style)", code, re.I):
        raise ValueError("inline asset contains a closing </script> or </style> tag")
    return Markup(code)


def _iterations(n_nodes: int) -> int:
    """Layout iterations before physics stops: fewer for big graphs, whose each step costs more."""
    return 400 if n_nodes <= 300 else 200 if n_nodes <= 1000 else 120


def _options(n_nodes: int) -> dict[str, Any]:
    """vis-network options: physics that settles, then stops (the page turns it off)."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "nodes": {
            "font": {"face": FONT_FACE, "size": 15, "strokeWidth": 4, "strokeColor": "#ffffff", "color": "#222222"},
            "scaling": {"min": 10, "max": 42, "label": {"enabled": False}},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "color": {"color": "#b9bec7", "highlight": "#3b4252", "hover": "#3b4252"},
            "smooth": False,
            "width": 1,
            "selectionWidth": 2,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.012, "springLength": 110,
                                 "springConstant": 0.06, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": _iterations(n_nodes),
                              "updateInterval": 50, "fit": True},
            "minVelocity": 1.5,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n_nodes > 500,
                        "navigationButtons": False},
    }


def _aliases(attrs: dict[str, Any]) -> list[str]:
    """Other names the search box also matches."""
    value = attrs.get("aliases")
    names = value if isinstance(value, (list, tuple)) else [value] if value else []
    return [display_text(a) for a in names if display_text(a)]


def _tooltip_props(attrs: dict[str, Any], name: str) -> list[list[str]]:
    props = []
    for key, value in sorted(attrs.items(), key=lambda kv: (kv[0] == "id", kv[0])):  # the id, often a hash, last
        text = display_text(value)
        if key in _HIDDEN_PROPS or not text or (key != "id" and text == name):
            continue
        props.append([key, _shorten(text, TEXT_CHARS)])
    return props


def _network(graph: nx.MultiDiGraph) -> Network:
    """The pyvis network: one vis node per graph node, one vis edge per relationship."""
    net = Network(directed=True, cdn_resources="in_line")
    keys = {node: i for i, node in enumerate(graph.nodes)}
    focus = set(graph.graph.get("focus", ()))
    for node, attrs in graph.nodes(data=True):
        lab = str(attrs.get("label", ""))
        style = STYLES.get(lab, _FALLBACK)
        name = node_name(attrs) or str(node)
        # each sentence followed by where it is (document · region · year) when the view says it
        sources = attrs.get("sources") or []
        evidence = [_shorten(display_text(s), TEXT_CHARS) + (f" ——{sources[i]}" if i < len(sources) and sources[i]
                                                               else "")
                    for i, s in enumerate(attrs.get("evidence", []))]
        if node in focus:  # what the view is about stands out
            extra = {"borderWidth": 4, "color": {"background": style.color, "border": "#1d2330"},
                     "font": {"size": 19, "color": "#000000"}}
        else:
            extra = {"color": style.color}
        net.add_node(
            keys[node],
            label=_node_label(attrs, name),
            shape=style.shape,
            value=attrs.get("documents", graph.degree(node)) + 1,  # an overview's nodes: by their documents
            kind=lab,
            key=str(node),
            full=name,
            also=_aliases(attrs),
            props=_tooltip_props(attrs, name),
            evidence=evidence[:EVIDENCE_SENTENCES],
            more_evidence=max(0, attrs.get("evidence_total", len(evidence)) - EVIDENCE_SENTENCES),
            **extra,
        )
    # pyvis' add_edge checks each end against a list of every node; the ends are known here.
    net.edges = [
        Edge(keys[u], keys[v], True, kind=str(attrs.get("type", k))).options
        for u, v, k, attrs in graph.edges(keys=True, data=True)
    ]
    net.options = _options(graph.number_of_nodes())
    return net


def generate_html(graph: nx.MultiDiGraph, title: str | None = None) -> str:
    """The HTML page showing `graph` (pure).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        Nodes with a ``label`` attribute (the node label) plus properties and
        an optional ``evidence`` list of sentences; edges with a ``type``.
        ``graph.graph["omitted"]`` / ``["total"]`` (see
        `edukg.viz.subgraph.prune_graph`) add a warning to the page;
        ``graph.graph["focus"]``, nodes to emphasize (what the view is about).
    title : str, optional
        The page title; default ``graph.graph["title"]`` or ``"edukg"``.

    Returns
    -------
    str
        A complete HTML document that loads nothing from the network.
    """
    net = _network(graph)
    nodes, edges, _, _, _, options = net.get_network_data()
    counts = Counter(str(a.get("label", "")) for _, a in graph.nodes(data=True))
    present = set(counts)
    names = class_names()
    legend = [
        {"kind": lab, "name": names.get(lab, lab), "color": STYLES.get(lab, _FALLBACK).color,
         "shape": STYLES.get(lab, _FALLBACK).shape, "count": counts[lab]}
        for lab in [*(x for x in STYLES if x in present), *sorted(present - set(STYLES))]
    ]
    title = title or graph.graph.get("title") or "edukg"
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "legend": legend,
        "total": graph.graph.get("total", graph.number_of_nodes()),
        "omitted": graph.graph.get("omitted", 0),
    }
    vis_js, vis_css = _vis_assets()
    template = Environment(autoescape=True).from_string(_asset("template.html"))
    return template.render(
        title=title,
        vis_js=_script_text(vis_js),
        vis_css=_script_text(vis_css),
        app_js=_script_text(_asset("viz.js")),
        app_css=_script_text(_asset("viz.css")),
        data=_script_json(data),
        n_nodes=graph.number_of_nodes(),
        n_edges=graph.number_of_edges(),
    )


def write_html(graph: nx.MultiDiGraph, path: str | Path, title: str | None = None) -> Path:
    """Write `generate_html(graph, title)` to `path` (UTF-8) and return the path.

    Raises
    ------
    InputError
        When `path` cannot be written.
    """
    path = Path(path)
    html = generate_html(graph, title)
    try:
        path.write_text(html, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    return path
