"""What the loader derives from documents and keeps in the graph for the queries: document counts on
shared entities (rows.COUNTS), on each target and duty what its document says of it (its year
and region), so that a query can count and order them without reading every document first, and
on each named entity its name and aliases as one text (``names``), searched with one ``CONTAINS``.

A document's counts are added in the statement that writes its Document node and taken away in the
statement that deletes it: an entity counts exactly the documents that exist whole. A store written
before they were kept is brought up to date once, when it is opened (``upgrade``), by the set-based
statements of ``upgrade_statements``; they recompute everything, so running them again changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

from edukg.loaders.rows import ALIASED_CLASSES, COUNTS, DOCUMENT
from edukg.ontology import vocab
from edukg.store.base import Store

__all__ = ["COUNTED_CLASSES", "INDEXES", "NAMES", "names_of", "count_param", "count_updates", "count_rows",
           "reach_statements", "stale_statements", "upgrade_statements", "upgrade"]

COUNTED_CLASSES = tuple(dict.fromkeys(cls for cls, _ in COUNTS))
# A target is found by its indicator's name and its year (targets-by-indicator, target-escalation), and
# by its region and year (the levels above, in target-escalation): one index of the label holds them.
INDEXES = (("Target", "indicator"), ("Target", "effective_year"), ("Target", "region_id"))


# An entity's name and aliases, one a line: a name searched by part (entity-search, the agency, program
# and indicator parameters of the stored queries) is one CONTAINS on it. Testing each alias in turn
# cost 28 of FalkorDB's milliseconds over the 54,670 agencies of 10,000 documents, one CONTAINS 10.
NAMES = "names"


def names_of(node: str, name: str = "", aliases: str = "") -> str:
    """The expression of `node`'s NAMES from its name and aliases (or from the expressions given for them)."""
    return f"reduce(s = {name or node + '.name'}, a IN {aliases or f'coalesce({node}.aliases, [])'} | s + '\\n' + a)"


def count_param(cls: str, prop: str) -> str:
    """The statement parameter carrying the changes of one count: a list of [entity id, change]."""
    return f"count_{cls}_{prop}"


def count_updates() -> str:
    """Clauses adding each `count_param` row's change to its entity (to follow a ``WITH``)."""
    return "\n".join(
        f"FOREACH (c IN ${count_param(cls, prop)} | MERGE (m:{vocab.label(cls)} {{id: c[0]}}) "
        f"SET m.{prop} = coalesce(m.{prop}, 0) + c[1])"
        for cls, prop in COUNTS
    )


def count_rows(reached: Iterable[Mapping[tuple[str, str], Iterable[str] | Mapping[str, int]]],
               sign: int = 1) -> dict[str, list[list]]:
    """The `count_param` parameters adding (or, with `sign` -1, taking away) documents: each item of
    `reached` gives per count the entities one document counts for, or how many documents count for each."""
    totals: dict[tuple[str, str], Counter[str]] = {key: Counter() for key in COUNTS}
    for doc in reached:
        for key, ids in doc.items():
            totals[key].update(ids)
    return {count_param(*key): [[id_, sign * n] for id_, n in sorted(c.items())] for key, c in totals.items()}


def _reach(paths: tuple[tuple[tuple[str, str], ...], ...]) -> str:
    """From a bound document ``d``: one row (d, id) per entity it counts for, by any of `paths`."""
    parts = []
    for k, path in enumerate(paths):
        hops = "".join(f"-[:{vocab.rel(prop)}]->" + ("(x)" if j == len(path) - 1 else "()")
                       for j, (prop, _) in enumerate(path))
        # FalkorDB cannot add a grouping key to an aggregate in one projection: collected first
        joined = f" WITH d, ids{k - 1} + more AS ids{k}" if k else ""
        parts.append(f"OPTIONAL MATCH (d){hops} WITH d, {f'ids{k - 1}, ' if k else ''}collect(x.id) AS "
                     f"{'more' if k else 'ids0'}{joined}")
    parts.append(f"UNWIND ids{len(paths) - 1} AS id WITH DISTINCT d, id")
    return "\n".join(parts)


@cache
def reach_statements() -> dict[tuple[str, str], str]:
    """Per count: the entities the documents `$doc_ids` count for, with how many of them (id, n)."""
    doc = vocab.label(DOCUMENT)
    return {key: f"UNWIND $doc_ids AS doc_id MATCH (d:{doc} {{id: doc_id}})\n{_reach(paths)}\n"
                 "RETURN id, count(*) AS n"
            for key, paths in COUNTS.items()}


@cache
def upgrade_statements() -> dict[str, tuple[str, ...]]:
    """Set-based statements that give a store written before COUNTS, the facts' copies of their
    document's year and region and the entities' NAMES were kept what the loader now writes:
    ``copies`` first, ``counts`` last (``stale_statements`` reads the counts, so an upgrade stopped
    part-way is done again), and ``names`` alone for a store that has the rest. Each recomputes what
    it sets, so running it again changes nothing."""
    doc, region = vocab.label(DOCUMENT), vocab.rel("inRegion")
    copies = (
        f"MATCH (d:{doc})-[:{vocab.rel('setsTarget')}]->(t) OPTIONAL MATCH (d)-[:{region}]->(r) "
        "SET t.effective_year = coalesce(t.year, d.plan_year), t.region_id = r.id",
        f"MATCH (d:{doc})-[:{vocab.rel('assigns')}]->(t) SET t.plan_year = d.plan_year, t.region = d.region",
    )
    counts: tuple[str, ...] = ()
    for (cls, prop), paths in COUNTS.items():
        label = vocab.label(cls)
        # the entities no document reaches are given 0 after the others are counted
        counts += (f"MATCH (d:{doc})\n{_reach(paths)}\nWITH id, count(*) AS n "
                   f"MATCH (x:{label} {{id: id}}) SET x.{prop} = n",
                   f"MATCH (x:{label}) WHERE x.{prop} IS NULL SET x.{prop} = 0")
    names = tuple(f"MATCH (x:{vocab.label(cls)}) SET x.{NAMES} = {names_of('x')}" for cls in ALIASED_CLASSES)
    return {"copies": copies, "counts": counts, "names": names}


def _stale(cls: str, prop: str) -> str:
    return f"MATCH (x:{vocab.label(cls)}) WITH x LIMIT 1 RETURN x.{prop} IS NULL AS stale"


@cache
def stale_statements() -> dict[str, tuple[str, ...]]:
    """Read-only statements whose row says ``stale`` when the store needs ``upgrade``: per count
    (``counts``: the copies and the counts are due) and per named class (``names``).

    One entity of each class is looked at: the loader gives every such entity what it keeps when it
    creates it and the upgrade gives it to all, while an earlier version gave it to none (and the
    store is brought up to date before this version writes to it). Looking at every agency cost 60 ms
    of server CPU at 100,000 documents, on every opening.
    """
    return {"counts": tuple(_stale(cls, prop) for cls, prop in COUNTS),
            "names": tuple(_stale(cls, NAMES) for cls in ALIASED_CLASSES)}


def upgrade(store: Store) -> bool:
    """Bring a store written by an earlier version up to date (see the module's doc); True when it was."""
    due = {part for part, checks in stale_statements().items()
           if any(row["stale"] for s in checks for row in store.query(s, read_only=True))}
    if not due:
        return False
    statements = upgrade_statements()
    with store.exclusive():
        if "counts" in due:
            with store.unit() as w:
                for statement in statements["copies"]:
                    w.run(statement)
            store.create_indexes((vocab.label(cls), prop) for cls, prop in INDEXES)
        with store.unit() as w:
            for statement in (*statements["names"], *(statements["counts"] if "counts" in due else ())):
                w.run(statement)
    store.persist()
    return True
