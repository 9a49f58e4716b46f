"""What the pages of `edukg serve` show, read from the store (read-only statements only).

Each function returns plain dicts and lists for a template; none renders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from edukg.errors import InputError
from edukg.loaders.derived import NAMES
from edukg.loaders.load import name_keys
from edukg.sentences import without_lists
from edukg.viz.captions import display_text, node_name
from edukg.ontology.vocab import class_names, label, labels, lists, rel, rel_types_between
from edukg.store.base import Store

__all__ = ["ENTITY_LABELS", "kind_names", "home", "search", "find_entity", "entity", "document", "named_nodes", "source_text"]

# The labels an entity page shows: what documents name and share (facts and sentences belong to one document).
ENTITY_LABELS = tuple(label(c) for c in ("Program", "Agency", "Indicator", "Region", "Reference", "Theme", "Year"))
_FACT_LABELS = frozenset(label(c) for c in ("Target", "Observation", "Responsibility"))
_DOC = label("PolicyDocument")
# A document keeps its sentences as lists (`_TEXT`, `_START`…), a fact the index of its own there, a
# mention of a program, agency or reference (`_MENTIONS`) the indexes of those naming it.
_TEXT, _START, _END = (lists().columns[c] for c in ("text", "start", "end"))
_SENTENCE, _SENTENCES = lists().index, lists().indexes
_MENTIONS = "|".join(lists().index_types)
_NAME = "coalesce(n.name, n.title, n.file, toString(n.value), n.id)"
SEARCH_LIMIT = 100
NAME_CHARS = 100  # longer texts in an answer name no node
ROWS_LIMIT = 500  # facts, sentences or neighbours listed on one page
DOCUMENTS_LISTED = 50  # the latest documents an entity page lists
HOME_REGIONS = 60  # regions in the home page's table of documents per region and year
HOME_DOCUMENTS = 200  # up to this many documents, the home page names each


@cache
def kind_names() -> dict[str, str]:
    """Node label → its Chinese class name."""
    return class_names()


def _one(rows: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    return rows[0] if rows else None


def home(store: Store) -> dict[str, Any]:
    """Counts per label; documents per region and year (the regions with most documents first, at most
    HOME_REGIONS); the documents themselves, by region, when the graph holds at most HOME_DOCUMENTS."""
    # one count per label: the store answers each from its label index, where one count over every node
    # scans them; the sentences, kept on their documents, are counted there
    counted = {lab: f"MATCH (n:{lab}) RETURN count(n) AS n" for lab in sorted(set(labels().values()))}
    counted[lists().label] = f"MATCH (d:{_DOC}) RETURN toInteger(sum(size(d.{_TEXT}))) AS n"  # (FalkorDB sums into a float)
    counts = {lab: n for lab, statement in counted.items() if (n := store.query(statement)[0]["n"])}
    in_region = f"OPTIONAL MATCH (d)-[:{rel('inRegion')}]->(r:{label('Region')})"
    cells = store.query(
        f"MATCH (d:{_DOC}) {in_region} "
        "RETURN r.id AS id, coalesce(r.name, d.region) AS region, d.plan_year AS year, count(d) AS n"
    )
    regions: dict[tuple[Any, Any], dict[str, Any]] = {}
    for c in cells:
        row = regions.setdefault((c["id"], c["region"]), {"id": c["id"], "name": c["region"], "n": 0, "years": {},
                                                        "documents": []})
        row["n"] += c["n"]
        row["years"][c["year"]] = c["n"]
    years = sorted({c["year"] for c in cells if c["year"] is not None}, reverse=True)
    if None in {c["year"] for c in cells}:
        years.append(None)
    shown = sorted(regions.values(), key=lambda r: (-r["n"], str(r["name"])))[:HOME_REGIONS]
    if counts.get(_DOC, 0) <= HOME_DOCUMENTS:
        for d in store.query(f"MATCH (d:{_DOC}) {in_region} "
                             "RETURN r.id AS id, coalesce(r.name, d.region) AS region, d.id AS doc_id, "
                             "coalesce(d.title, d.file, d.id) AS title, d.plan_year AS year "
                             "ORDER BY year DESC, title"):
            regions[(d["id"], d["region"])]["documents"].append(d)
    names = kind_names()
    return {
        "counts": [{"label": lab, "name": names.get(lab, lab), "n": n} for lab, n in sorted(counts.items())],
        "regions": shown,
        "more_regions": len(regions) - len(shown),
        "years": years,
    }


def search(store: Store, text: str) -> list[dict[str, Any]]:
    """Entities whose name or an alias contains `text`: exact names first, then exact aliases,
    then names starting with it, then the rest; within each, the most documents first."""
    text = text.strip()
    if not text:
        return []
    hits: list[dict[str, Any]] = []
    for lab in ENTITY_LABELS:
        if lab == label("Year"):
            continue
        hits += store.query(
            # (the names of a named entity hold its name and aliases; a reference has a title only)
            f"MATCH (n:{lab}) WHERE coalesce(n.{NAMES}, n.name, n.title, '') CONTAINS $q "
            # (the documents the loader keeps counted on every label searched, derived.COUNTS: a
            # two-character search finds programs and themes that 10,000 documents name, and counting
            # them again took seconds at 100,000 documents)
            f"RETURN labels(n)[0] AS kind, n.id AS id, {_NAME} AS name, coalesce(n.aliases, []) AS aliases, "
            "coalesce(n.documents, 0) AS documents LIMIT $limit",
            {"q": text, "limit": SEARCH_LIMIT},
        )
    names = kind_names()
    for h in hits:
        h["kind_name"] = names.get(h["kind"], h["kind"])
        h["rank"] = (0 if h["name"] == text else 1 if text in h["aliases"] else 2 if h["name"].startswith(text) else 3)
    hits.sort(key=lambda h: (h["rank"], -h["documents"], len(h["name"]), h["name"]))
    return hits[:SEARCH_LIMIT]


def _fact_text(kind: str, props: Mapping[str, Any]) -> str:
    return node_name({"label": kind, **props}) if "indicator" in props else display_text(props.get("duty")) or kind


def find_entity(store: Store, node_id: str, kind: str | None = None) -> tuple[str, dict[str, Any]] | None:
    """(label, properties) of the entity with that id (of label `kind` when it is one), or None."""
    for lab in [kind] if kind in ENTITY_LABELS else ENTITY_LABELS:
        found = _one(store.query(f"MATCH (n:{lab} {{id: $id}}) RETURN properties(n) AS props", {"id": node_id}))
        if found:
            return lab, dict(found["props"])
    return None


def entity(store: Store, node_id: str, kind: str | None = None) -> dict[str, Any] | None:
    """One entity: properties, facts by kind and the sentences naming it (each with its document,
    region and year), documents per year, neighbours. None when no entity has that id."""
    if (found := find_entity(store, node_id, kind)) is None:
        return None
    lab, props = found
    args = {"id": node_id, "limit": ROWS_LIMIT}
    # Each statement names the relationship types the ontology lets join this label to what it reads
    # (`rel_types_between`): a program thousands of documents name is walked to its facts or
    # neighbours only, not through its thousands of documents and sentences.
    fact_types, doc_types = _types(lab, _FACT_LABELS), _types(lab, {_DOC})
    facts = store.query(
        f"MATCH (n:{lab} {{id: $id}})-[:{fact_types}]-(f) WITH DISTINCT f WHERE labels(f)[0] IN $facts "
        f"MATCH (d:{_DOC} {{id: f.doc_id}}) "
        "RETURN labels(f)[0] AS kind, properties(f) AS fact, d.id AS doc_id, coalesce(d.title, d.file) AS document, "
        f"d.region AS region, d.plan_year AS year, d.{_TEXT}[f.{_SENTENCE}] AS evidence "
        f"ORDER BY year DESC, document, d.{_START}[f.{_SENTENCE}] LIMIT $limit",
        {**args, "facts": sorted(_FACT_LABELS)},
    ) if fact_types else []
    sentences = store.query(
        f"MATCH (n:{lab} {{id: $id}})<-[m:{_MENTIONS}]-(d:{_DOC}) UNWIND m.{_SENTENCES} AS i "
        "RETURN d.id AS doc_id, coalesce(d.title, d.file) AS document, d.region AS region, d.plan_year AS year, "
        f"d.{_TEXT}[i] AS evidence ORDER BY year DESC, document, d.{_START}[i] LIMIT $limit",
        args,
    )
    for row in facts:
        row["fact"] = without_lists(row["fact"])
    # the filter on labels(m) after WITH: a label disjunction on m makes the store scan far more
    neighbour_types = _types(lab, set(ENTITY_LABELS))
    neighbours = store.query(
        f"MATCH (n:{lab} {{id: $id}})-[r:{neighbour_types}]-(m) WITH r, m WHERE labels(m)[0] IN $kinds "
        "RETURN DISTINCT type(r) AS rel, labels(m)[0] AS kind, m.id AS id, "
        "coalesce(m.name, m.title, toString(m.value), m.id) AS name LIMIT $limit",
        {**args, "kinds": list(ENTITY_LABELS)},
    ) if neighbour_types else []
    documents = store.query(
        f"MATCH (n:{lab} {{id: $id}})-[r:{doc_types}]-(m:{_DOC}) RETURN type(r) AS rel, '{_DOC}' AS kind, "
        "m.id AS id, coalesce(m.title, m.file, m.id) AS name, m.plan_year AS year ORDER BY year DESC, id LIMIT $few",
        {**args, "few": DOCUMENTS_LISTED},
    ) if doc_types else []
    per_year = _documents_per_year(store, lab, node_id)
    names = kind_names()
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in facts:
        by_kind[names.get(row["kind"], row["kind"])].append({**row, "text": _fact_text(row["kind"], row["fact"])})
    neighbours.sort(key=lambda m: (m["kind"], str(m["name"])))
    return {
        "kind": lab,
        "kind_name": names.get(lab, lab),
        "id": node_id,
        "name": node_name({"label": lab, **props}) or node_id,
        "aliases": [a for a in props.get("aliases") or [] if a],
        "props": {k: display_text(v) for k, v in sorted(props.items()) if k not in ("aliases", "id", "name", NAMES)},
        "facts": dict(sorted(by_kind.items())),
        "sentences": sentences,
        "years": per_year,
        "max_year_count": max((n for _, n in per_year), default=0),
        "documents": documents,
        "document_count": sum(n for _, n in per_year),
        "neighbours": neighbours,
    }


def _types(lab: str, those: set[str] | frozenset[str]) -> str:
    """The relationship types joining `lab` to `those`, as a Cypher type alternation ('' when none)."""
    return "|".join(rel_types_between({lab}, those))


def _documents_per_year(store: Store, lab: str, node_id: str) -> list[tuple[int, int]]:
    """(year, how many documents) for the documents naming the entity directly (a sentence naming it
    is a mention's) or through a fact, by year.

    Each way is a path to the document node (a mention, a fact's SETS_TARGET…), joined by UNION.
    """
    fact_types, doc_types = _types(lab, _FACT_LABELS), _types(lab, {_DOC})
    ways = []
    if doc_types:
        ways.append(f"MATCH (n)-[:{doc_types}]-(d:{_DOC})")
    if fact_types:
        ways.append(f"MATCH (n)-[:{fact_types}]-()-[:{'|'.join(rel_types_between({_DOC}, _FACT_LABELS))}]-(d:{_DOC})")
    rows = store.query(
        f"MATCH (n:{lab} {{id: $id}}) CALL {{ " + " UNION ".join(f"WITH n {way} RETURN d" for way in ways) + " } "
        "RETURN d.plan_year AS year, count(DISTINCT d) AS n ORDER BY year",
        {"id": node_id},
    )
    return [(r["year"], r["n"]) for r in rows if r["year"] is not None]


def source_text(props: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The document's original text read again from its source file, or why it cannot be.

    Offsets of evidence point into this text; a file changed since it was loaded is refused.
    """
    from edukg.loaders.read import read_document

    source = props.get("source")
    if not source:
        return None, "the document records no source file"
    try:
        raw = read_document(source)
    except InputError as e:
        return None, str(e)
    if raw.sha256 != props.get("sha256", props.get("id")):
        return None, f"{source}: the file changed since it was loaded"
    return raw.text, None


def _spans(facts: Sequence[Mapping[str, Any]], length: int) -> list[dict[str, Any]]:
    """Non-overlapping highlight spans from facts sorted by offset: a span holds every fact at its
    offsets; one overlapping an earlier span is left out of the text (it stays in the table)."""
    spans: list[dict[str, Any]] = []
    for f in facts:
        start, end = f["start"], f["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
            continue
        if spans and (start, end) == (spans[-1]["start"], spans[-1]["end"]):
            spans[-1]["facts"].append(f)
        elif not spans or start >= spans[-1]["end"]:
            spans.append({"start": start, "end": end, "facts": [f]})
    return spans


def _pieces(text: str, spans: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The text cut into plain pieces and highlighted pieces (with their facts)."""
    out, at = [], 0
    for s in spans:
        if s["start"] > at:
            out.append({"text": text[at : s["start"]], "facts": []})
        out.append({"text": text[s["start"] : s["end"]], "facts": s["facts"]})
        at = s["end"]
    if at < len(text):
        out.append({"text": text[at:], "facts": []})
    return out


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document: metadata, its facts (with where they link to) and its text cut at their offsets."""
    found = _one(store.query(f"MATCH (d:{_DOC} {{id: $id}}) RETURN properties(d) AS props", {"id": doc_id}))
    if found is None:
        return None
    props = without_lists(found["props"])
    # the entity a highlight links to: the fact's own node when it is an entity, else what it measures
    # or who holds it; each with its sentence (a fact's own, a mention's every one)
    supported = "|".join([*rel_types_between({_DOC}, _FACT_LABELS), _MENTIONS])
    facts = store.query(
        f"MATCH (d:{_DOC} {{id: $id}})-[r:{supported}]->(f) UNWIND coalesce(r.{_SENTENCES}, [f.{_SENTENCE}]) AS i "
        f"OPTIONAL MATCH (f)-[:{rel('measures')}|{rel('heldBy')}]->(x) "
        f"RETURN d.{_START}[i] AS start, d.{_END}[i] AS end, d.{_TEXT}[i] AS evidence, labels(f)[0] AS kind, "
        "properties(f) AS fact, labels(x)[0] AS link_kind, x.id AS link_id ORDER BY start, end DESC, kind",
        {"id": doc_id},
    )
    names = kind_names()
    for f in facts:
        f["fact"] = without_lists(f["fact"])
        if f["link_id"] is None and f["kind"] in ENTITY_LABELS:
            f["link_kind"], f["link_id"] = f["kind"], f["fact"]["id"]
        f["kind_name"] = names.get(f["kind"], f["kind"])
        f["text"] = node_name({"label": f["kind"], **f["fact"]}) if f["kind"] in ENTITY_LABELS else _fact_text(
            f["kind"], f["fact"])
    text, unavailable = source_text(props)
    return {
        "id": doc_id,
        "title": props.get("title") or props.get("file") or doc_id,
        "props": {k: display_text(v) for k, v in sorted(props.items()) if k not in ("id", "title")},
        "facts": facts,
        "kinds": sorted({(f["kind"], f["kind_name"]) for f in facts}),
        "pieces": _pieces(text, _spans(facts, len(text))) if text is not None else None,
        "unavailable": unavailable,
    }


def named_nodes(store: Store, values: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Text value → (label, id) of the document (by title or file) or entity (by id, name or title) it names.

    Ids are looked up first, then the names and titles of each label (name_keys), each through its
    index; only values short enough to be a name or title are looked up.
    """
    wanted = {v for v in values if v and len(v) <= NAME_CHARS}
    found: dict[str, tuple[str, str]] = {}
    for lab in (_DOC, *(lab for lab in ENTITY_LABELS if lab != label("Year"))):
        for row in store.query(f"UNWIND $v AS v MATCH (n:{lab} {{id: v}}) RETURN n.id AS id", {"v": sorted(wanted)}):
            found.setdefault(row["id"], (lab, row["id"]))
    for lab, prop in name_keys():
        rest = sorted(wanted - found.keys())
        if not rest:
            break
        for row in store.query(f"UNWIND $v AS v MATCH (n:{lab} {{{prop}: v}}) RETURN v, n.id AS id", {"v": rest}):
            found.setdefault(row["v"], (lab, row["id"]))
    return found
