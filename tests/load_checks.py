"""Interrupted and concurrent loads, for tests: a load killed part-way, and the graph compared document by document."""

from __future__ import annotations

import random
import subprocess
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import islice
import sys
import time
from pathlib import Path
from typing import Any

from edukg.loaders.rows import COUNTS
from edukg.ontology import vocab
from edukg.queries.stats import graph_stats

# Documents per batch in the loads that must span several batches of the synthetic corpus
BATCH = 100


def per_document(store) -> dict[str, dict[str, Any]]:
    """Each visible document: its relationships and the fact nodes it owns, by label."""
    docs: dict[str, dict[str, Any]] = {
        r["id"]: {"relationships": r["n"], "facts": {}}
        for r in store.query("MATCH (d:Document) OPTIONAL MATCH (d)-[r]-() RETURN d.id AS id, count(r) AS n")
    }
    for r in store.query("MATCH (n) WHERE n.doc_id IS NOT NULL "
                         "RETURN n.doc_id AS id, labels(n)[0] AS label, count(n) AS n"):
        if r["id"] in docs:
            docs[r["id"]]["facts"][r["label"]] = r["n"]
    return docs


def leftovers(store) -> int:
    """Fact nodes whose document has no Document node: what a load stopped part-way left."""
    return store.query("MATCH (n) WHERE n.doc_id IS NOT NULL OPTIONAL MATCH (d:Document {id: n.doc_id}) "
                       "WITH n, d WHERE d IS NULL RETURN count(n) AS n")[0]["n"]


def kept_counts(store) -> dict[tuple[str, str], dict[str, int]]:
    """The document counts the loader keeps on entities (rows.COUNTS), entity by entity."""
    return {(cls, prop): {r["id"]: r["n"] for r in store.query(f"MATCH (x:{vocab.label(cls)}) RETURN x.id AS id, x.{prop} AS n")}
            for cls, prop in COUNTS}


def recounted(store) -> dict[tuple[str, str], dict[str, int]]:
    """The same counts, counted in the graph as the queries counted them before they were kept: the
    whole documents one step before the entity, or owning a fact one step before it; a program's
    naming_documents, those with a mention of it."""
    whole = {r["id"] for r in store.query("MATCH (d:Document) RETURN d.id AS id")}
    out = {}
    for cls, prop in COUNTS:
        label = vocab.label(cls)
        if prop == "naming_documents":
            rows = store.query(f"MATCH (d:Document)-[:{vocab.rel('mentionsProgram')}]->(x:{label}) "
                               "RETURN x.id AS id, d.id AS doc")
        else:
            rows = store.query(f"MATCH (x:{label})<--(near) "
                               "RETURN x.id AS id, CASE WHEN near:Document THEN near.id ELSE near.doc_id END AS doc")
        docs = defaultdict(set)
        for r in rows:
            if r["doc"] in whole:
                docs[r["id"]].add(r["doc"])
        out[cls, prop] = {r["id"]: len(docs[r["id"]]) for r in store.query(f"MATCH (x:{label}) RETURN x.id AS id")}
    return out


def totals(store) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type, as `edukg stats` counts them."""
    stats = graph_stats(store)
    return {
        "labels": {r["label"]: r["nodes"] for r in stats["nodes per label"]},
        "types": {r["type"]: r["relationships"] for r in stats["relationships per type"]},
    }


def killed_load(store, graph_name: str, folder: Path, rng: random.Random, most_delay: float = 0.2) -> None:
    """Start `edukg load folder` and kill -9 it at a random moment, at most `most_delay` seconds after its
    next batch began writing (the graph's nodes changed: the documents, written last, would come too late)."""
    nodes = "MATCH (n) RETURN count(n) AS n"
    before = store.query(nodes)[0]["n"]
    child = subprocess.Popen([sys.executable, "-m", "edukg", "--graph", graph_name, "load", "-j", "1",
                              "--documents-per-batch", str(BATCH), str(folder)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while store.query(nodes)[0]["n"] == before:
            assert child.poll() is None, "the load ended before it wrote anything new"
            assert time.monotonic() < deadline
            time.sleep(0.005)
        time.sleep(rng.uniform(0, most_delay))
    finally:
        child.kill()
        child.wait()
    # the server finishes the statement it was running for the killed load: a write waits for it
    store.query("MATCH (n:Nothing) SET n.x = 1", read_only=False)


class _Stopped(Exception):
    """A batch stopped where a kill would stop it: after its facts, before its documents."""


def stop_before_documents(store, folder: Path) -> None:
    """Load the next batch of `folder` in this process, its writer stopping right before the statement
    that writes the documents: the moment a kill -9 of `edukg load` must hit to leave facts behind
    (for where the real kills all miss it, as they may on a fast machine)."""
    from edukg.loaders.load import load_documents, loader_statements
    from edukg.loaders.pipeline import iter_facts
    from edukg.loaders.rows import document_rows

    present = set(per_document(store))
    # (read only as far as the batch: the documents loaded before it come first)
    batch = list(islice((rows for rows in map(document_rows, iter_facts([folder])) if rows.doc_id not in present), BATCH))
    documents = loader_statements()["write-document"]
    unit = store.unit

    @contextmanager
    def stopping_unit() -> Iterator:
        with unit() as writer:
            run = writer.run

            def run_until_documents(cypher: str, params=None):
                if cypher == documents:
                    raise _Stopped
                return run(cypher, params)

            writer.run = run_until_documents
            yield writer

    store.unit = stopping_unit
    try:
        load_documents(store, batch)
    except _Stopped:
        return
    finally:
        del store.unit
    raise AssertionError("the batch wrote its documents: nothing was stopped")
