"""Network analytics over the policy graph: central actors, region communities and similarity, program spread.

Every function takes the networkx MultiDiGraph of `edukg.networkx_graph.fetch_graph`
(nodes keyed by id with a ``label`` attribute, edges with a ``type``
attribute) and returns rows (dicts keyed by column) for `edukg.output`.
`ANALYSES` maps each analysis name to its function; `analysis_filter` names
the node labels and relationship types they read, so the caller can fetch
only that part of the graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from edukg.errors import InputError
from edukg.ontology import vocab

__all__ = [
    "ANALYSES",
    "add_first_mentions",
    "analysis_filter",
    "analyze",
    "central_entities",
    "program_spread",
    "region_communities",
    "region_similarity",
]

Row = dict[str, Any]
_DIGITS = 4
_PIVOTS = 256  # source nodes for betweenness on large projections (exact below that size)


def analysis_filter() -> tuple[list[str], list[str]]:
    """(node labels, relationship types) the analyses need: what to fetch from the store."""
    n = vocab.names()
    labels = [n.PolicyDocument, n.Region, n.Year, n.Program, n.Agency, n.Indicator, n.Target, n.Observation,
              n.Responsibility]
    types = [n.inRegion, n.forYear, n.mentionsProgram, n.mentionsAgency, n.issuedBy, n.setsTarget,
             n.reportsObservation, n.measures, n.assigns, n.heldBy, n.concerns]
    return labels, types


# ------------------------------------------------------------------ graph walking


def _nodes(graph: nx.MultiDiGraph, label: str) -> list[Any]:
    return sorted((k for k, d in graph.nodes(data=True) if d.get("label") == label), key=str)


def _out(graph: nx.MultiDiGraph, node: Any, rel_type: str, label: str | None = None) -> set[Any]:
    return {
        v
        for _, v, t in graph.out_edges(node, data="type")
        if t == rel_type and (label is None or graph.nodes[v].get("label") == label)
    }


def _name(graph: nx.MultiDiGraph, node: Any) -> str:
    data = graph.nodes[node]
    return str(data.get("name") or data.get("title") or data.get("id") or node)


def _display(graph: nx.MultiDiGraph, nodes: Iterable[Any]) -> dict[Any, str]:
    """Node → its name, or its id where two of `nodes` share a name (two 城区 of different cities)."""
    nodes = list(nodes)
    counts: dict[str, int] = {}
    for node in nodes:
        counts[_name(graph, node)] = counts.get(_name(graph, node), 0) + 1
    return {
        node: _name(graph, node) if counts[_name(graph, node)] == 1 else str(graph.nodes[node].get("id", node))
        for node in nodes
    }


def _year(graph: nx.MultiDiGraph, document: Any) -> int | None:
    """A document's plan year: its plan_year, else the value of its FOR_YEAR year."""
    n = vocab.names()
    value = graph.nodes[document].get("plan_year")
    if value is None:
        years = sorted(_out(graph, document, n.forYear, n.Year), key=str)
        if years:
            value = graph.nodes[years[0]].get("value", graph.nodes[years[0]].get("id"))
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _programs_of(graph: nx.MultiDiGraph, document: Any) -> set[Any]:
    """Programs a document names, directly or through a responsibility it assigns."""
    n = vocab.names()
    found = _out(graph, document, n.mentionsProgram, n.Program)
    for resp in _out(graph, document, n.assigns, n.Responsibility):
        found |= _out(graph, resp, n.concerns, n.Program)
    return found


def _agencies_of(graph: nx.MultiDiGraph, document: Any) -> set[Any]:
    """Agencies a document names, issues from, or gives a responsibility to."""
    n = vocab.names()
    found = _out(graph, document, n.mentionsAgency, n.Agency) | _out(graph, document, n.issuedBy, n.Agency)
    for resp in _out(graph, document, n.assigns, n.Responsibility):
        found |= _out(graph, resp, n.heldBy, n.Agency)
    return found


def _indicators_of(graph: nx.MultiDiGraph, document: Any) -> set[Any]:
    """Indicators the document's targets and observations measure."""
    n = vocab.names()
    found: set[Any] = set()
    for quantity in _out(graph, document, n.setsTarget, n.Target) | _out(graph, document, n.reportsObservation, n.Observation):
        found |= _out(graph, quantity, n.measures, n.Indicator)
    return found


def _region_sets(graph: nx.MultiDiGraph, of: Callable[[nx.MultiDiGraph, Any], set[Any]]) -> dict[Any, set[Any]]:
    """Region → union of `of(document)` over the documents in that region (regions with documents only)."""
    n = vocab.names()
    out: dict[Any, set[Any]] = {}
    for doc in _nodes(graph, n.PolicyDocument):
        items = of(graph, doc)
        for region in _out(graph, doc, n.inRegion, n.Region):
            out.setdefault(region, set()).update(items)
    return out


def _round(x: float) -> float:
    return round(float(x), _DIGITS)


def _jaccard(a: set[Any], b: set[Any]) -> float:
    return _round(len(a & b) / len(a | b)) if a | b else 0.0


def _sorted_names(graph: nx.MultiDiGraph, nodes: Iterable[Any]) -> list[str]:
    return sorted(_name(graph, x) for x in nodes)


# ------------------------------------------------------------------ analyses


def central_entities(graph: nx.MultiDiGraph, top: int | None = 20) -> list[Row]:
    """The most central programs and agencies of the document–program/agency projection.

    The projection is an undirected graph linking each document to the
    programs and agencies it names (directly, as issuer, or through the
    responsibilities it assigns). For each program and agency: ``documents``
    (how many documents name it), ``degree`` (that count over all documents),
    ``betweenness`` (estimated from 256 pivots on larger projections) and
    ``pagerank`` in the projection. Sorted by documents,
    then PageRank; `top` keeps the first rows (None: all).

    Examples
    --------
    >>> from edukg.networkx_graph import build_graph
    >>> g = build_graph([("Document", {"id": "d1"}), ("Document", {"id": "d2"}),
    ...                  ("Program", {"id": "班班通", "name": "班班通"}),
    ...                  ("Program", {"id": "国培计划", "name": "国培计划"}),
    ...                  ("Document", "d1", "MENTIONS_PROGRAM", {}, "Program", "班班通"),
    ...                  ("Document", "d2", "MENTIONS_PROGRAM", {}, "Program", "班班通"),
    ...                  ("Document", "d2", "MENTIONS_PROGRAM", {}, "Program", "国培计划")])
    >>> [(r["entity"], r["documents"]) for r in central_entities(g)]
    [('班班通', 2), ('国培计划', 1)]
    """
    n = vocab.names()
    projection = nx.Graph()
    documents = _nodes(graph, n.PolicyDocument)
    set_of_documents = set(documents)
    projection.add_nodes_from(documents)
    for doc in documents:
        projection.add_edges_from((doc, x) for x in _programs_of(graph, doc) | _agencies_of(graph, doc))
    entities = [x for x in projection if x not in set_of_documents]
    if not entities:
        return []
    # Exact betweenness costs O(nodes × edges); past _PIVOTS nodes, estimate it from a fixed sample of pivots.
    pivots = min(projection.number_of_nodes(), _PIVOTS)
    betweenness = nx.betweenness_centrality(projection, k=pivots, seed=0)
    pagerank = nx.pagerank(projection)
    names = _display(graph, entities)
    rows = [
        {
            "entity": names[x],
            "label": graph.nodes[x]["label"],
            "documents": projection.degree(x),
            "degree": _round(projection.degree(x) / len(documents)),
            "betweenness": _round(betweenness[x]),
            "pagerank": _round(pagerank[x]),
        }
        for x in entities
    ]
    # By reach first: PageRank alone overrates a program alone in a small component (one document).
    rows.sort(key=lambda r: (-r["documents"], -r["pagerank"], r["label"], r["entity"]))
    return rows[:top] if top else rows


def _region_graph(graph: nx.MultiDiGraph) -> tuple[nx.Graph, dict[Any, set[Any]]]:
    programs = _region_sets(graph, _programs_of)
    regions = nx.Graph()
    regions.add_nodes_from(programs)
    for a, b in combinations(sorted(programs, key=str), 2):
        if shared := programs[a] & programs[b]:
            regions.add_edge(a, b, weight=len(shared))
    return regions, programs


def region_communities(graph: nx.MultiDiGraph, method: str = "greedy", seed: int = 0) -> list[Row]:
    """Communities of regions that share programs.

    Regions (those with documents) are linked with weight = the number of
    programs their documents share; communities come from greedy modularity
    maximisation (``method="greedy"``, deterministic) or Louvain
    (``method="louvain"``, with `seed`). A region sharing nothing is a
    community of its own. Each row: ``community`` (1 = largest), ``size``,
    ``regions`` and ``shared_programs`` (programs of at least two of its regions).
    """
    if method not in ("greedy", "louvain"):
        raise InputError(f"{method}: unknown community method (choose greedy or louvain)")
    regions, programs = _region_graph(graph)
    if regions.number_of_nodes() == 0:
        return []
    if regions.number_of_edges() == 0:
        groups = [{r} for r in regions]
    elif method == "greedy":
        groups = nx.community.greedy_modularity_communities(regions, weight="weight")
    else:
        groups = nx.community.louvain_communities(regions, weight="weight", seed=seed)
    names = _display(graph, regions)
    rows = []
    for group in groups:
        counts: dict[Any, int] = {}
        for region in group:
            for p in programs[region]:
                counts[p] = counts.get(p, 0) + 1
        rows.append({
            "size": len(group),
            "regions": sorted(names[r] for r in group),
            "shared_programs": _sorted_names(graph, (p for p, c in counts.items() if c > 1)),
        })
    rows.sort(key=lambda r: (-r["size"], r["regions"]))
    return [{"community": i, **row} for i, row in enumerate(rows, 1)]


def region_similarity(graph: nx.MultiDiGraph, top: int | None = None) -> list[Row]:
    """Pairs of regions by the Jaccard similarity of their programs and of their indicators.

    Only pairs sharing at least one program or indicator are listed, most
    similar first (by the mean of the two Jaccard indices); `top` keeps the
    first rows (None: all).
    """
    programs = _region_sets(graph, _programs_of)
    indicators = _region_sets(graph, _indicators_of)
    regions = sorted(programs.keys() | indicators.keys(), key=str)
    names = _display(graph, regions)
    rows = []
    for a, b in combinations(regions, 2):
        pa, pb = programs.get(a, set()), programs.get(b, set())
        ia, ib = indicators.get(a, set()), indicators.get(b, set())
        if not (pa & pb or ia & ib):
            continue
        rows.append({
            "region_a": names[a],
            "region_b": names[b],
            "program_jaccard": _jaccard(pa, pb),
            "indicator_jaccard": _jaccard(ia, ib),
            "shared_programs": _sorted_names(graph, pa & pb),
            "shared_indicators": _sorted_names(graph, ia & ib),
        })
    rows.sort(key=lambda r: (-(r["program_jaccard"] + r["indicator_jaccard"]), r["region_a"], r["region_b"]))
    return rows[:top] if top else rows


def program_spread(graph: nx.MultiDiGraph) -> list[Row]:
    """How each program spread over the years: first and last year, regions and documents per year.

    Each row: ``program``, ``first_year``, ``last_year`` (None when no
    document naming it has a year), ``documents``, ``regions`` (distinct
    regions overall), ``regions_per_year`` ({year: regions naming it that
    year}, years with a known region only) and ``documents_per_year``. Widest
    spread first (regions, then documents), then by first year.
    """
    n = vocab.names()
    docs_of: dict[Any, set[Any]] = {}
    for doc in _nodes(graph, n.PolicyDocument):
        for program in _programs_of(graph, doc):
            docs_of.setdefault(program, set()).add(doc)
    names = _display(graph, docs_of)
    rows = []
    for program, docs in docs_of.items():
        regions_in: dict[int, set[Any]] = {}
        docs_in: dict[int, int] = {}
        regions: set[Any] = set()
        for doc in docs:
            doc_regions = _out(graph, doc, n.inRegion, n.Region)
            regions |= doc_regions
            if (year := _year(graph, doc)) is not None:
                docs_in[year] = docs_in.get(year, 0) + 1
                if doc_regions:
                    regions_in.setdefault(year, set()).update(doc_regions)
        years = sorted(docs_in)
        rows.append({
            "program": names[program],
            "first_year": years[0] if years else None,
            "last_year": years[-1] if years else None,
            "documents": len(docs),
            "regions": len(regions),
            "regions_per_year": {str(y): len(regions_in[y]) for y in sorted(regions_in)},
            "documents_per_year": {str(y): docs_in[y] for y in years},
        })
    rows.sort(key=lambda r: (-r["regions"], -r["documents"], r["first_year"] is None, r["first_year"] or 0,
                             r["program"]))
    return rows


# (a mention keeps the indexes of the sentences naming the program among its document's, in order)
_FIRST_MENTIONS = (
    "UNWIND $names AS name MATCH (p:{program} {{name: name}})<-[m:{mentions}]-(d:{document}) "
    "WHERE size(m.{indexes}) > 0 "
    "WITH name, d, m.{indexes}[0] AS i ORDER BY d.plan_year IS NULL, d.plan_year, coalesce(d.title, d.file), "
    "d.{start}[i] "
    "WITH name, collect([coalesce(d.title, d.file), d.region, d.{text}[i]])[0] AS first RETURN name, first"
)


def add_first_mentions(store: Any, rows: list[Row]) -> list[Row]:
    """`program_spread` rows with the sentence that first names each program (in its earliest document):
    ``first_document``, ``first_region`` and ``first_evidence`` beside ``first_year``; read from `store`,
    which holds the sentences the analysis graph leaves out."""
    n, lists = vocab.names(), vocab.lists()
    cypher = _FIRST_MENTIONS.format(program=n.Program, mentions=n.mentionsProgram, document=n.PolicyDocument,
                                    indexes=lists.indexes, start=lists.columns["start"], text=lists.columns["text"])
    first = {r["name"]: r["first"] for r in store.query(cypher, {"names": [r["program"] for r in rows]})}
    for row in rows:
        document, region, text = first.get(row["program"]) or (None, None, None)
        row.update(first_document=document, first_region=region, first_evidence=text)
    return rows


ANALYSES: dict[str, Callable[[nx.MultiDiGraph], list[Row]]] = {
    "centrality": central_entities,
    "communities": region_communities,
    "similarity": region_similarity,
    "spread": program_spread,
}


def analyze(graph: nx.MultiDiGraph, names: Iterable[str] | None = None, *, top: int | None = 20,
            method: str = "greedy") -> dict[str, list[Row]]:
    """Run the named analyses (default all): analysis name → rows.

    Raises
    ------
    InputError
        An unknown analysis or community method.
    """
    chosen = list(names) if names else list(ANALYSES)
    for name in chosen:
        if name not in ANALYSES:
            raise InputError(f"{name}: unknown analysis (choose from {', '.join(ANALYSES)})")
    options: dict[str, dict[str, Any]] = {"centrality": {"top": top}, "similarity": {"top": top},
                                          "communities": {"method": method}}
    return {name: ANALYSES[name](graph, **options.get(name, {})) for name in chosen}
