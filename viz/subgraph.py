"""The parts of the graph a picture shows: whole, query result, entity, region, document.

Each view collects the ``(label, id)`` keys of the nodes it shows, fetches them
and the relationships among them with `edukg.networkx_graph.fetch_graph`, keeps at most
``max_nodes`` of them (`prune_graph`; the whole graph ranks its nodes in the
store instead, so that only the nodes kept are read) and attaches to every node
the sentences (Evidence) that support it (node attribute ``evidence``, a list of
str), read from its documents' lists. Sentences are not drawn: their text is in
the tooltips.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import networkx as nx

from edukg.errors import InputError
from edukg.loaders.rows import EVIDENCED_CLASSES
from edukg.networkx_graph import drop_unfinished, fetch_graph
from edukg.ontology.vocab import label, labels, lists, rel, rel_types_between
from edukg.store.base import Store
from edukg.viz.captions import EVIDENCE_SENTENCES

__all__ = [
    "DEFAULT_MAX_NODES",
    "type_quota",
    "prune_graph",
    "iter_row_values",
    "whole_graph",
    "best_connected_statement",
    "shown_total",
    "overview_graph",
    "query_graph",
    "nodes_graph",
    "entity_graph",
    "neighbourhood_graph",
    "region_graph",
    "document_graph",
]

DEFAULT_MAX_NODES = 1000
_BATCH = 1000
_SUGGESTIONS = 5
_FEW_SENTENCES = 50  # a node with more has its first sentences read on its own

NodeKey = tuple[str, str]  # (label, id)


def type_quota(max_nodes: int, n_labels: int) -> int:
    """How many of its best-connected nodes each node label keeps under a cap, whatever the others
    (a quarter of the cap shared among the labels, at least one each).

    >>> type_quota(1000, 11), type_quota(40, 11)
    (22, 1)
    """
    return max(1, max_nodes // (4 * max(1, n_labels)))


def prune_graph(graph: nx.MultiDiGraph, max_nodes: int, keep: Iterable[Any] = ()) -> nx.MultiDiGraph:
    """Keep `max_nodes` nodes: those in `keep`, then each label's best connected few (`type_quota`),
    then entities, then facts, best connected first (pure).

    Facts (targets, observations, responsibilities: node attribute ``label``)
    are the many small nodes; entities (documents, regions, programs, agencies,
    indicators…) are the structure a pruned overview must keep, every type of
    them: the few regions, each named by many documents but linked to few
    nodes, are not crowded out by programs. Within each group nodes are ranked
    by degree, then by id, so the same graph always prunes the same way. The
    result records how many nodes were left out in ``graph.graph["omitted"]``
    and the original count in ``graph.graph["total"]``.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("d1", "班班通"), ("d2", "班班通"), ("d2", "县管校聘")])
    >>> sorted(prune_graph(g, 2)), prune_graph(g, 2).graph["omitted"]
    (['d2', '班班通'], 2)
    """
    total = graph.graph.get("total", graph.number_of_nodes())
    if graph.number_of_nodes() <= max_nodes:
        out = graph.copy()
    else:
        first, facts = set(keep), _fact_labels()
        by_label: dict[Any, list[Any]] = {}
        for n in graph.nodes:
            by_label.setdefault(graph.nodes[n].get("label"), []).append(n)
        quota = type_quota(max_nodes, len(by_label))
        reserved = {n for nodes in by_label.values()
                    for n in sorted(nodes, key=lambda n: (-graph.degree(n), str(n)))[:quota]}
        ranked = sorted(graph.nodes, key=lambda n: (
            n not in first, n not in reserved, graph.nodes[n].get("label") in facts, -graph.degree(n), str(n)))
        out = graph.subgraph(ranked[:max_nodes]).copy()
    out.graph["total"] = total
    out.graph["omitted"] = total - out.number_of_nodes()
    return out


def iter_row_values(rows: Iterable[Any]) -> Iterator[str]:
    """Every scalar in query rows, as text, that could name a node (pure).

    Strings and integers (a year is a node) are yielded; maps, lists and nested
    rows are walked; a map with an ``id`` (a node returned whole) yields it.

    Examples
    --------
    >>> list(iter_row_values([{"program": "班班通", "regions": ["某县"], "n": 2, "share": 0.5}]))
    ['班班通', '某县', '2']
    """
    for value in rows:
        if isinstance(value, str):
            if value.strip():
                yield value.strip()
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            yield str(value)
        elif isinstance(value, Mapping):
            yield from iter_row_values(value.values())
        elif isinstance(value, (list, tuple, set, frozenset)):
            yield from iter_row_values(value)


def _fact_labels() -> set[str]:
    return {label("Target"), label("Observation"), label("Responsibility")}


def _evidence_label() -> str:
    return label("Evidence")


def _sentence_types() -> set[str]:
    """The relationship types that start at a sentence (Evidence)."""
    return {rel(prop) for prop in ("inDocument", "supports")}


def _known_labels() -> set[str]:
    return set(labels().values())


def _shown_labels() -> list[str]:
    """Every node label a picture may show: all but Evidence (sentences are tooltips)."""
    return sorted(_known_labels() - {_evidence_label()})


def _keys(rows: Iterable[Mapping[str, Any]]) -> set[NodeKey]:
    known = _known_labels()
    return {(r["label"], r["id"]) for r in rows if r["label"] in known and r["id"] is not None}


def _by_label(keys: Iterable[NodeKey]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lab, node_id in keys:
        out.setdefault(lab, []).append(node_id)
    return {lab: sorted(ids) for lab, ids in sorted(out.items())}


def _batches(ids: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), _BATCH):
        yield ids[i : i + _BATCH]


def _adjacent(store: Store, keys: Iterable[NodeKey], types: Iterable[str] | None = None, *,
              direction: str = "both") -> Iterator[tuple[NodeKey, NodeKey]]:
    """(node of `keys`, node one relationship away) pairs; Evidence nodes are never reached."""
    arrow = {"both": ("-", "-"), "out": ("-", "->"), "in": ("<-", "-")}[direction]
    type_filter = "" if types is None else ":" + "|".join(types)
    known = _known_labels()
    for lab, ids in _by_label(keys).items():
        # Evidence is left out in the store: every document and fact has many, and none is drawn
        cypher = (
            f"MATCH (a:{lab}){arrow[0]}[{type_filter}]{arrow[1]}(b) WHERE a.id IN $ids AND NOT b:{_evidence_label()} "
            "RETURN DISTINCT a.id AS source, labels(b)[0] AS label, b.id AS id"
        )
        for batch in _batches(ids):
            for row in store.query(cypher, {"ids": batch}):
                if row["label"] in known and row["id"] is not None:
                    yield (lab, row["source"]), (row["label"], row["id"])


def _neighbours(store: Store, keys: Iterable[NodeKey], types: Iterable[str] | None = None, *,
                direction: str = "both") -> set[NodeKey]:
    """The nodes one relationship away from `keys`."""
    return {near for _, near in _adjacent(store, keys, types, direction=direction)}


def _source(row: Mapping[str, Any]) -> str:
    """Where a sentence is: its document, region and year, those known."""
    return " · ".join(str(row[k]) for k in ("document", "region", "year") if row[k] not in (None, ""))


def _attach_evidence(store: Store, graph: nx.MultiDiGraph) -> None:
    """Set each node's ``evidence``, the first sentences supporting it in document order (as many as a
    tooltip shows), ``sources``, for each sentence its document, region and year (see `_source`),
    and ``evidence_total``, how many sentences support it in all. A program thousands of documents
    name is read as its few first sentences and a count, not as every sentence."""
    keys_by_label: dict[str, dict[str, Any]] = {}
    for node, attrs in graph.nodes(data=True):
        keys_by_label.setdefault(attrs.get("label", ""), {})[attrs.get("id", node)] = node
    # A sentence is an index `i` into its document `d`'s lists: a fact keeps the index of its own,
    # a mention of a program, agency or reference those of the sentences naming it. A node is counted
    # first; its first sentences are then read with their documents, a few nodes at once, or alone
    # for a node with many (a program thousands of documents name): ordering and gathering every
    # sentence of a batch to keep five cost more than the rest of the picture.
    doc, kept = label("PolicyDocument"), lists()
    text, start, end = (kept.columns[c] for c in ("text", "start", "end"))
    mentions = "|".join(kept.index_types)
    ways = {  # per kind of node, its sentences as rows (n, d, i) and how many it has
        "fact": (f"MATCH (d:{doc} {{id: n.doc_id}}) WHERE n.{kept.index} IS NOT NULL WITH n, d, n.{kept.index} AS i",
                 f"RETURN n.id AS id, CASE WHEN n.{kept.index} IS NULL THEN 0 ELSE 1 END AS total"),
        "named": (f"MATCH (n)<-[m:{mentions}]-(d:{doc}) UNWIND m.{kept.indexes} AS i WITH n, d, i",
                  f"OPTIONAL MATCH (n)<-[m:{mentions}]-() RETURN n.id AS id, toInteger(sum(size(m.{kept.indexes}))) AS total"),
    }
    named = {label(c) for c in EVIDENCED_CLASSES}
    sentence = ("RETURN n.id AS id, d.{start}[i] AS start, d.{text}[i] AS text, coalesce(d.title, d.file) AS document, "
                "d.region AS region, d.plan_year AS year").format(start=start, text=text)
    # (sentences of one node may start at one offset, a clause and its whole sentence: end and text
    # break the tie, so that both statements keep the same ones)
    order = f"ORDER BY d.{start}[i], d.{end}[i], d.{text}[i] "
    for lab, nodes in sorted(keys_by_label.items()):
        if lab not in _fact_labels() | named:  # no sentence supports it
            continue
        rows_of, total = ways["fact" if lab in _fact_labels() else "named"]
        counted = f"MATCH (n:{lab}) WHERE n.id IN $ids {total}"
        first = {  # a few nodes at once; one node alone, where ORDER BY … LIMIT keeps five without gathering all
            "few": (f"MATCH (n:{lab}) WHERE n.id IN $ids {rows_of} {order}"
                    "WITH n, collect([d, i])[0..$first] AS first UNWIND first AS s WITH n, s[0] AS d, s[1] AS i "
                    + sentence),
            "one": f"MATCH (n:{lab} {{id: $ids[0]}}) {rows_of} {order}LIMIT $first " + sentence,
        }
        totals = {r["id"]: r["total"] for batch in _batches(sorted(nodes))
                  for r in store.query(counted, {"ids": batch}) if r["total"]}
        few = sorted(i for i, n in totals.items() if n <= _FEW_SENTENCES)
        groups = [few[i : i + _BATCH] for i in range(0, len(few), _BATCH)] + [[i] for i in sorted(totals) if i not in few]
        for ids in groups:
            statement = first["few" if ids[0] in few else "one"]
            rows = store.query(statement, {"ids": ids, "first": EVIDENCE_SENTENCES})
            for row in sorted(rows, key=lambda r: (r["id"], r["start"] if r["start"] is not None else -1)):
                if row["text"]:
                    attrs = graph.nodes[nodes[row["id"]]]
                    attrs.setdefault("evidence", []).append(row["text"])
                    attrs.setdefault("sources", []).append(_source(row))
                    attrs["evidence_total"] = totals[row["id"]]


def _materialize(store: Store, keys: set[NodeKey], max_nodes: int, title: str,
                 focus: set[NodeKey] = frozenset(), total: int | None = None) -> nx.MultiDiGraph:
    by_label = _by_label(keys)
    # only the relationship types that can join the labels drawn: a document's hundreds of facts and
    # sentences are not read to find the one relationship to the program drawn beside it
    graph = fetch_graph(store, labels=list(by_label), types=rel_types_between(set(by_label), set(by_label)),
                        ids={i for ids in by_label.values() for i in ids})
    # fetch_graph looks ids up in every requested label; keep only the requested pairs.
    graph.remove_nodes_from([n for n, a in graph.nodes(data=True) if (a["label"], a["id"]) not in keys])
    if total is not None:
        graph.graph["total"] = total
    return _finish(store, graph, max_nodes, title, focus)


def _finish(store: Store, graph: nx.MultiDiGraph, max_nodes: int, title: str,
            focus: set[NodeKey] = frozenset()) -> nx.MultiDiGraph:
    if max_nodes < 1:
        raise InputError(f"max nodes: {max_nodes} is not a positive number")
    focal = [n for n, a in graph.nodes(data=True) if (a["label"], a["id"]) in focus]
    graph = prune_graph(graph, max_nodes, keep=focal)
    _attach_evidence(store, graph)
    graph.graph["title"] = title
    graph.graph["focus"] = [n for n in focal if n in graph]
    return graph


def best_connected_statement(lab: str, degree: Callable[[str, Sequence[str]], str]) -> str:
    """The statement ranking the nodes of label `lab` by their relationships to nodes other than
    Evidence, counted by `degree` (the store's ``Store.degree``)."""
    # A sentence is joined only by the types that start at it (IN_DOCUMENT, SUPPORTS): the others
    # are counted from the store's own tally, no relationship walked (a document's hundred sentences
    # and a program's tens of thousands took minutes at 100,000 documents).
    types = [t for t in rel_types_between({lab}, set(_shown_labels())) if t not in _sentence_types()]
    return (f"MATCH (n:{lab}) WITH n.id AS id, {degree('n', types)} AS degree "
            "RETURN id, degree ORDER BY degree DESC, id LIMIT $limit")


def _best_connected(store: Store, lab: str, limit: int) -> list[tuple[int, str]]:
    """The `limit` nodes of label `lab` with the most relationships to nodes other than Evidence,
    as (-degree, id), ranked as `prune_graph` ranks them (degree, then id) but counted in the store."""
    rows = store.query(best_connected_statement(lab, store.degree), {"limit": limit})
    return [(-r["degree"], str(r["id"])) for r in rows if r["id"] is not None]


def _chosen(store: Store, counts: Mapping[str, int], max_nodes: int) -> list[NodeKey]:
    """The nodes `prune_graph` keeps of the whole graph, chosen in the store: each label's best few,
    then the best connected entities, then facts. Facts are ranked beyond their few only when the
    entities cannot fill the cap."""
    facts = _fact_labels()
    present = [lab for lab, n in counts.items() if n]
    quota = type_quota(max_nodes, len(present))
    ranked = {lab: _best_connected(store, lab, quota if lab in facts else max_nodes) for lab in present}
    if sum(len(ranked[lab]) for lab in present if lab not in facts) < max_nodes:
        ranked.update({lab: _best_connected(store, lab, max_nodes) for lab in present if lab in facts})
    order = sorted((i >= quota, lab in facts, degree, node_id, lab)
                   for lab, nodes in ranked.items() for i, (degree, node_id) in enumerate(nodes))
    return [(lab, node_id) for *_, node_id, lab in order[:max_nodes]]


def whole_graph(store: Store, *, max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """The whole graph without Evidence nodes, pruned to `max_nodes` (see `prune_graph`).

    Parameters
    ----------
    store : Store
        An open store; only read-only statements are issued.
    max_nodes : int
        The most nodes shown; beyond it entities are kept before facts, the
        best connected first, and ``graph.graph["omitted"]`` says how many
        were left out. Only the nodes kept are read from the store.

    Returns
    -------
    networkx.MultiDiGraph
        As `edukg.networkx_graph.fetch_graph`, plus ``evidence`` lists on the nodes and
        ``title``, ``total``, ``omitted`` and ``focus`` (the nodes a view is
        about: the entity, region, document or what the query named; none
        here) in ``graph.graph``. Every view below returns the same shape.
    """
    if max_nodes < 1:
        raise InputError(f"max nodes: {max_nodes} is not a positive number")
    shown = _shown_labels()
    counts = {lab: store.query(f"MATCH (n:{lab}) RETURN count(n) AS n")[0]["n"] for lab in shown}
    total = sum(counts.values())
    if total <= max_nodes:
        return _finish(store, drop_unfinished(fetch_graph(store, labels=shown)), max_nodes, "edukg")
    return _materialize(store, set(_chosen(store, counts, max_nodes)), max_nodes, "edukg", total=total)


def shown_total(store: Store) -> int:
    """How many nodes the whole graph's picture would hold uncapped (every node but Evidence)."""
    return sum(store.query(f"MATCH (n:{lab}) RETURN count(n) AS n")[0]["n"] for lab in _shown_labels())


def _region_roots(store: Store) -> dict[str, dict[str, Any]]:
    """Each region id → the properties of the region at the top of its PART_OF chain (its province)."""
    reg = label("Region")
    regions = {r["id"]: r["props"] for r in store.query(f"MATCH (r:{reg}) RETURN r.id AS id, properties(r) AS props")}
    parent = {r["a"]: r["b"] for r in store.query(
        f"MATCH (a:{reg})-[:{rel('partOf')}]->(b:{reg}) RETURN a.id AS a, b.id AS b")}
    roots = {}
    for region_id in regions:
        top, seen = region_id, {region_id}
        while top in parent and parent[top] not in seen:
            top = parent[top]
            seen.add(top)
        roots[region_id] = regions[top]
    return roots


def overview_graph(store: Store, *, max_programs: int = 40, per_region: int = 5) -> nx.MultiDiGraph:
    """Regions × programs: a picture of the whole graph that stays readable at any size.

    One node per top-level region (a province) holding documents, one per
    program among the `max_programs` named in most documents, and an edge
    from a region to each of the `per_region` of those programs its documents
    name most, with ``documents``: how many of them (a program no region
    names among its most named is left out). Each node's ``documents`` counts the documents of the
    region, or naming the program. Drill down with `region_graph` or
    `entity_graph`.
    """
    doc, prog = label("PolicyDocument"), label("Program")
    roots = _region_roots(store)
    graph = nx.MultiDiGraph()
    for row in store.query(f"MATCH (d:{doc})-[:{rel('inRegion')}]->(r:{label('Region')}) "
                           "RETURN r.id AS id, count(d) AS n"):
        top = roots[row["id"]]
        if top["id"] not in graph:
            # (the documents of the region and of every region under it, not the region's own count)
            graph.add_node(top["id"], **{**top, "label": label("Region"), "documents": 0})
        graph.nodes[top["id"]]["documents"] += row["n"]
    programs = store.query(
        f"MATCH (d:{doc})-[:{rel('mentionsProgram')}]->(p:{prog}) WITH p, count(d) AS n "
        "RETURN p.id AS id, p.name AS name, n ORDER BY n DESC, id LIMIT $limit", {"limit": max_programs})
    for p in programs:
        graph.add_node(("program", p["id"]), id=p["id"], name=p["name"], label=prog, documents=p["n"])
    pairs = store.query(
        f"MATCH (r:{label('Region')})<-[:{rel('inRegion')}]-(d:{doc})-[:{rel('mentionsProgram')}]->(p:{prog}) "
        "WHERE p.id IN $ids RETURN r.id AS region, p.id AS program, count(d) AS n",
        {"ids": [p["id"] for p in programs]})
    weights: dict[tuple[str, str], int] = {}
    for row in pairs:
        key = (roots[row["region"]]["id"], row["program"])
        weights[key] = weights.get(key, 0) + row["n"]
    strongest = sorted(weights.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    taken: dict[str, int] = {}
    for (region_id, program_id), n in strongest:
        if taken.setdefault(region_id, 0) == per_region:
            continue
        taken[region_id] += 1
        graph.add_edge(region_id, ("program", program_id), key=rel("mentionsProgram"),
                       type=rel("mentionsProgram"), documents=n)
    # a program no region names among its most named would float apart
    graph.remove_nodes_from([n for n in list(graph) if graph.nodes[n]["label"] == prog and not graph.degree(n)])
    graph.graph.update(title="edukg · 地区 × 项目", total=graph.number_of_nodes(), omitted=0, focus=[])
    return graph


def _match_values(store: Store, values: Iterable[str]) -> set[NodeKey]:
    """Nodes whose id, name or title is one of `values` (Evidence excluded)."""
    wanted = sorted(set(values))
    found: set[NodeKey] = set()
    for lab in _shown_labels():
        cypher = (
            f"MATCH (n:{lab}) WHERE n.id IN $v OR n.name IN $v OR n.title IN $v "
            "RETURN labels(n)[0] AS label, n.id AS id"
        )
        for batch in _batches(wanted):
            found |= _keys(store.query(cypher, {"v": batch}))
    return found


def query_graph(store: Store, rows: Iterable[Mapping[str, Any]], *, title: str = "query",
                max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """The nodes a query's rows name, and the relationships among them.

    Stored queries return rows of scalars (names, titles, ids); every string or
    integer in the rows that equals a node's ``id``, ``name`` or ``title``
    brings that node in, and so does every node next to two of them (the
    document that joins a program to a region), so that the picture connects.

    Raises
    ------
    InputError
        When the rows name no node at all.
    """
    keys = _match_values(store, iter_row_values(rows))
    if not keys:
        raise InputError(f"{title}: the query's rows name no node of the graph")
    return _materialize(store, keys | _connectors(store, keys), max_nodes, title, focus=keys)


def nodes_graph(store: Store, keys: Iterable[NodeKey], *, title: str,
                max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """The (label, id) nodes given and the relationships among them, nothing else: an answer's own nodes.

    Raises
    ------
    InputError
        When `keys` is empty.
    """
    wanted = set(keys)
    if not wanted:
        raise InputError(f"{title}: names no node of the graph")
    return _materialize(store, wanted, max_nodes, title, focus=wanted)


def _connectors(store: Store, keys: set[NodeKey]) -> set[NodeKey]:
    """Nodes next to at least two of `keys`: the documents joining a program to its regions, say."""
    seen: dict[NodeKey, set[NodeKey]] = {}
    for source, near in _adjacent(store, keys):
        seen.setdefault(near, set()).add(source)
    return {k for k, sources in seen.items() if len(sources) >= 2} - keys


def _find(store: Store, labs: Iterable[str], name: str) -> set[NodeKey]:
    """Nodes of labels `labs` whose id, name, title or one of whose aliases is `name`."""
    found: set[NodeKey] = set()
    for lab in labs:
        rows = store.query(
            f"MATCH (n:{lab}) WHERE n.id = $name OR n.name = $name OR n.title = $name "
            "OR (n.aliases IS NOT NULL AND $name IN n.aliases) RETURN labels(n)[0] AS label, n.id AS id",
            {"name": name},
        )
        found |= _keys(rows)
    return found


def _not_found(store: Store, labs: Iterable[str], what: str, name: str) -> InputError:
    near: list[str] = []
    for lab in labs:
        rows = store.query(
            f"MATCH (n:{lab}) WHERE n.name CONTAINS $name OR n.title CONTAINS $name "
            "RETURN coalesce(n.name, n.title) AS name LIMIT $limit",
            {"name": name, "limit": _SUGGESTIONS},
        )
        near += [r["name"] for r in rows if r["name"]]
    hint = f"; did you mean: {', '.join(sorted(set(near))[:_SUGGESTIONS])}" if near else ""
    return InputError(f"{name}: no {what} of that name in the graph{hint}")


def _hub_labels() -> set[str]:
    """Nodes that join everything: a neighbourhood reaching one goes no further through it."""
    return {label("PolicyDocument"), label("Theme"), label("Year")}


def entity_graph(store: Store, name: str, *, depth: int = 1, max_nodes: int = DEFAULT_MAX_NODES,
                 through_hubs: bool = False) -> nx.MultiDiGraph:
    """The nodes within `depth` relationships of the entity called `name`.

    The entity is matched on ``id``, ``name``, ``title`` or an alias, in any
    label but Evidence. InputError when nothing matches (with near names).
    See `neighbourhood_graph` for the walk.
    """
    if depth < 0:
        raise InputError(f"depth: {depth} is negative")
    labs = _shown_labels()
    found = _find(store, labs, name)
    if not found:
        raise _not_found(store, labs, "entity", name)
    return neighbourhood_graph(store, found, depth=depth, max_nodes=max_nodes, through_hubs=through_hubs,
                               title=f"{name} · depth {depth}")


def neighbourhood_graph(store: Store, found: set[NodeKey], *, title: str, depth: int = 1,
                        max_nodes: int = DEFAULT_MAX_NODES, through_hubs: bool = False) -> nx.MultiDiGraph:
    """The nodes within `depth` relationships of the (label, id) nodes `found`.

    Documents, themes and years reached are shown but not walked through
    (a program's theme would bring in every program of that theme), unless
    `through_hubs`; the nodes found are always walked from. Beyond `max_nodes`
    the nodes found are kept, then the others a label at a time in turn
    (`_every_label_first`); one relationship away, each label's first nodes
    are chosen in the store, so a program thousands of documents name is read
    as the nodes drawn and a count.
    """
    if depth < 0:
        raise InputError(f"depth: {depth} is negative")
    keys = set(found)
    if depth == 1:
        near, total = _first_neighbours(store, keys, max_nodes)
        keys |= near
        return _materialize(store, _every_label_first(keys, found, max_nodes), max_nodes, title,
                            focus=set(found), total=len(found) + total)
    frontier = set(keys)
    hubs = set() if through_hubs else _hub_labels()
    for _ in range(depth):
        frontier = _neighbours(store, {k for k in frontier if k[0] not in hubs or k in found}) - keys
        if not frontier:
            break
        keys |= frontier
    total = len(keys)
    if total > max_nodes:  # a program thousands of documents name: read only what is drawn
        keys = _every_label_first(keys, found, max_nodes)
    return _materialize(store, keys, max_nodes, title, focus=set(found), total=total)


def _first_neighbours(store: Store, keys: set[NodeKey], limit: int) -> tuple[set[NodeKey], int]:
    """The nodes one relationship from `keys` (Evidence never), at most `limit` of each label, the
    first by id (as `_every_label_first` takes them), and how many there are in all (not in `keys`)."""
    shown = set(_shown_labels())
    types = "|".join(rel_types_between(shown, shown))
    near: set[NodeKey] = set()
    total = 0
    for lab, ids in _by_label(keys).items():
        rows = store.query(
            f"MATCH (a:{lab})-[:{types}]-(b) WHERE a.id IN $ids WITH DISTINCT labels(b)[0] AS label, b.id AS id "
            "WHERE NOT [label, id] IN $keys WITH label, id ORDER BY id "
            "WITH label, collect(id) AS ids RETURN label, size(ids) AS total, ids[0..$limit] AS first",
            {"ids": ids, "keys": [list(k) for k in sorted(keys)], "limit": limit},
        )
        for row in rows:
            if row["label"] in shown:
                near |= {(row["label"], i) for i in row["first"] if i is not None}
                total += row["total"]
    return near, total


def _every_label_first(keys: set[NodeKey], keep: set[NodeKey], limit: int) -> set[NodeKey]:
    """`limit` of `keys`: those in `keep`, then the others a label at a time in turn, each label's by id (pure).

    >>> sorted(_every_label_first({("A", "1"), ("A", "2"), ("A", "3"), ("B", "9")}, {("A", "3")}, 3))
    [('A', '1'), ('A', '3'), ('B', '9')]
    """
    chosen = set(keep)
    queues = {lab: ids[::-1] for lab, ids in _by_label(keys - keep).items()}
    while len(chosen) < limit and any(queues.values()):
        for lab, queue in queues.items():
            if queue and len(chosen) < limit:
                chosen.add((lab, queue.pop()))
    return chosen


def _document_keys(store: Store, docs: set[NodeKey]) -> set[NodeKey]:
    """A document's neighbours, plus what its facts point to and its regions' parents."""
    keys = docs | _neighbours(store, docs)
    facts = {k for k in keys if k[0] in _fact_labels()}
    keys |= _neighbours(store, facts, direction="out")
    regions = {k for k in keys if k[0] == label("Region")}
    while regions:
        regions = _neighbours(store, regions, [rel("partOf")], direction="out") - keys
        keys |= regions
    return keys


def document_graph(store: Store, document: str, *, max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """One document: its region, years, programs, agencies, targets and what they measure.

    `document` is the document's id (or a unique prefix of at least 6
    characters), or its title (or a unique part of it).
    """
    doc = label("PolicyDocument")
    docs = _find(store, [doc], document)
    if not docs:
        rows = store.query(
            f"MATCH (n:{doc}) WHERE (size($q) >= 6 AND n.id STARTS WITH $q) OR n.title CONTAINS $q "
            "RETURN labels(n)[0] AS label, n.id AS id, n.title AS title LIMIT 10",
            {"q": document},
        )
        if len(rows) > 1:
            titles = ", ".join(sorted({str(r["title"]) for r in rows}))
            raise InputError(f"{document}: matches {len(rows)} documents: {titles}")
        docs = _keys(rows)
    if not docs:
        raise _not_found(store, [doc], "document", document)
    title = next(iter(_titles(store, docs)), document)
    return _materialize(store, _document_keys(store, docs), max_nodes, title, focus=docs)


def _titles(store: Store, docs: set[NodeKey]) -> list[str]:
    rows = store.query(
        f"MATCH (n:{label('PolicyDocument')}) WHERE n.id IN $ids RETURN n.title AS title",
        {"ids": sorted(i for _, i in docs)},
    )
    return sorted(str(r["title"]) for r in rows if r["title"])


def region_graph(store: Store, region: str, *, max_nodes: int = DEFAULT_MAX_NODES) -> nx.MultiDiGraph:
    """One region: its sub-regions, their documents and each document's content.

    `region` is a region's id (``某省/某市/某县``) or its name.
    """
    reg = label("Region")
    found = _find(store, [reg], region)
    if not found:
        raise _not_found(store, [reg], "region", region)
    keys = set(found)
    frontier = set(keys)
    while frontier:  # every region below, however deep
        frontier = _neighbours(store, frontier, [rel("partOf")], direction="in") - keys
        keys |= frontier
    docs = {k for k in _neighbours(store, keys, [rel("inRegion")], direction="in") if k[0] == label("PolicyDocument")}
    if docs:
        keys |= _document_keys(store, docs)
    return _materialize(store, keys, max_nodes, region, focus=found)
