"""FalkorDB's bulk loader (GRAPH.BULK) against edukg's statement load, on the same documents' rows.

    python benchmarks/bulk_load.py ROWS.pkl... [--docs 10000] [--work DIR] [--json FILE]
                                   [--modes statements,bulk] [--batch-docs 1000] [--batch-rows 50000]

ROWS.pkl are pickled lists of edukg.loaders.rows.DocumentRows, as the pipeline's
workers make them; the first --docs documents are loaded, in order. Each mode
builds the graph in a fresh embedded store of its own (--work/MODE):

statements  edukg.loaders.load.StoreWriter, --batch-docs documents a batch and
            --batch-rows rows a statement, as ``edukg load`` writes;
bulk        the rows as the bulk loader's CSV files (nodes: one file per label
            and column types; relationships: one per type and end labels), the
            entities merged over all documents as the statements merge them;
            ``falkordb-bulk-insert`` into an empty graph under a key of its own,
            RENAME to the graph's name (how a load could stay invisible until it
            is whole), then edukg's indexes and unique constraints, waited for
            until the server has built them; last, the documents' sentence lists,
            set by statements (the bulk loader guesses the type of each item of
            a list: an empty section would become null, a sentence of digits a
            number).

Timed per phase: wall, CPU of this process (less unpickling the rows), of the
server (/proc/PID/stat) and of the bulk loader's own process, and the server's
peak resident memory (VmHWM). Then the two graphs are compared: node counts per
label, relationship counts per type, every property and the degree of the nodes
of the first and the last document, and every stored query's rows. Exit status 1
when they differ.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pickle
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import machine, peak_rss_mb, query_params, server_cpu_seconds  # noqa: E402

from edukg.loaders.derived import NAMES  # noqa: E402
from edukg.loaders.load import StoreWriter, index_keys, schema_keys  # noqa: E402
from edukg.loaders.rows import (  # noqa: E402
    ALIASED_CLASSES,
    COUNTS,
    DOCUMENT,
    DOCUMENT_LINKS,
    ENTITY_CLASSES,
    FACTS,
    LINK_COLUMN,
    SENTENCE_LINKS,
    DocumentRows,
)
from edukg.ontology import vocab  # noqa: E402
from edukg.queries import bind, load_queries  # noqa: E402
from edukg.store.embedded import EmbeddedStore  # noqa: E402

GRAPH = "edukg"
MODES = ("statements", "bulk")
_LISTS = tuple(vocab.lists().columns.values())  # a Document's sentence lists, set after the bulk insert
_SET_LISTS = f"UNWIND $rows AS row MATCH (d:{vocab.label(DOCUMENT)} {{id: row[0]}}) SET d += row[1]"
# The bulk loader's column types (with --enforce-schema) for the Python values the rows hold.
# bool before int: True is an int too.
_COLUMN_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "BOOL"), (int, "INT"), (float, "DOUBLE"), (str, "STRING"), (list, "ARRAY"))


# ------------------------------------------------------------------ measuring


class Rows:
    """The first `limit` documents of the pickled row files, and the CPU spent unpickling them
    (left out of the writers' CPU: a load gets its rows from the extraction workers)."""

    def __init__(self, paths: Sequence[Path], limit: int) -> None:
        self.paths, self.limit = paths, limit
        self.unpickle_cpu = 0.0

    def __iter__(self) -> Iterator[DocumentRows]:
        left = self.limit
        for path in self.paths:
            if left <= 0:
                return
            start = time.process_time()
            docs: list[DocumentRows] = pickle.loads(path.read_bytes())[:left]
            self.unpickle_cpu += time.process_time() - start
            left -= len(docs)
            yield from docs


class _Clock:
    """Wall time, this process's CPU (less unpickling) and the server's CPU since the last lap."""

    def __init__(self, server_pid: int, rows: Rows) -> None:
        self.pid, self.rows = server_pid, rows
        self.last = self._now()

    def _now(self) -> tuple[float, float, float]:
        return time.perf_counter(), time.process_time() - self.rows.unpickle_cpu, server_cpu_seconds(self.pid)

    def lap(self) -> dict[str, float]:
        now = self._now()
        wall, writer, server = (round(b - a, 2) for a, b in zip(self.last, now))
        self.last = now
        return {"wall_s": wall, "writer_cpu_s": writer, "server_cpu_s": server}


def _fresh_store(folder: Path, graph: str, batch_rows: int) -> EmbeddedStore:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return EmbeddedStore(folder / "store", graph=graph, batch_size=batch_rows)


# ------------------------------------------------------------------ the statement load


def load_statements(rows: Rows, store: EmbeddedStore, batch_docs: int) -> dict[str, Any]:
    """Write the rows as ``edukg load`` does, `batch_docs` documents a batch."""
    clock = _Clock(store.info.pid, rows)
    writer = StoreWriter(store)
    batch: list[DocumentRows] = []
    for doc in rows:
        batch.append(doc)
        if len(batch) == batch_docs:
            writer.write(batch)
            batch = []
    if batch:
        writer.write(batch)
    return {"phases": {"load": clock.lap()}}


# ------------------------------------------------------------------ the bulk load's CSV files


def _column_type(value: Any) -> str:
    return next(name for kind, name in _COLUMN_TYPES if isinstance(value, kind))


def _cell(value: Any) -> str:
    """A value as the bulk loader reads it back: arrays as Python literals, booleans as words."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, float)):
        return repr(value)
    return str(value)


def _readable(value: Any) -> bool:
    """Whether the bulk loader gives the value back as it is: it strips every string, reads an
    empty one as no value, turns line ends into newlines and guesses each array element's type."""
    if isinstance(value, str):
        return value == value.strip() != "" and "\r" not in value
    if isinstance(value, list):
        return all((isinstance(v, str) and _readable(v) and _guessed(v) is str)
                   or (isinstance(v, int) and not isinstance(v, bool)) for v in value)
    return True


def _guessed(text: str) -> type:
    """The type the bulk loader reads an array element's text as."""
    for kind in (int, float):
        try:
            kind(text)
            return kind
        except ValueError:
            pass
    return bool if text.lower() in ("true", "false") else str


class BulkFiles:
    """The bulk loader's input, written as the rows come: a document's own facts and its
    relationships at once; the entities, merged over every document as the loader's MERGE
    statements merge them, at the end (their final properties must be known when they are written).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._open: dict[tuple[Any, ...], tuple[TextIO, Any]] = {}
        self.nodes: list[tuple[str, Path]] = []  # (label, file)
        self.relations: list[tuple[str, Path]] = []  # (relationship type, file)
        self._entities: dict[str, dict[str, dict[str, Any]]] = {cls: {} for cls in ENTITY_CLASSES}
        self._entity_links: set[tuple[str, str, str, str, str]] = set()
        self._named: dict[str, set[str]] = {cls: set() for cls in ENTITY_CLASSES}  # ids relationships end at
        self._counts: dict[tuple[str, str], Counter[str]] = {key: Counter() for key in COUNTS}
        self.unreadable = 0  # values the bulk loader would not give back as they are
        self.lists = folder / "lists.jsonl"  # [document id, its sentence lists], a line each
        self._lists = self.lists.open("w", encoding="utf-8")

    def _writer(self, key: tuple[Any, ...], kind: str, name: str, header: list[str]) -> Any:
        if key not in self._open:
            path = self.folder / f"{len(self._open):03d}-{name}.csv"
            handle = path.open("w", encoding="utf-8", newline="")
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, escapechar="\\", lineterminator="\n")
            writer.writerow(header)
            self._open[key] = (handle, writer)
            (self.nodes if kind == "node" else self.relations).append((name, path))
        return self._open[key][1]

    def node(self, cls: str, props: dict[str, Any]) -> None:
        """One node of class `cls`; `props` holds its id, and a None value is no property."""
        columns = tuple((k, _column_type(v)) for k, v in props.items() if v is not None and k != "id")
        header = [f"id:ID({cls})", *(f"{k}:{t}" for k, t in columns)]
        writer = self._writer(("node", cls, columns), "node", vocab.label(cls), header)
        values = [props["id"], *(props[k] for k, _ in columns)]
        self.unreadable += sum(not _readable(v) for v in values)
        writer.writerow([_cell(v) for v in values])

    def relation(self, src: str, prop: str, dst: str, src_id: str, dst_id: str,
                 sentences: list[int] | None = None) -> None:
        """One relationship; `sentences`: the indexes a mention keeps (SENTENCE_LINKS)."""
        indexed = sentences is not None
        header = [f":START_ID({src})", f":END_ID({dst})", *([f"{vocab.lists().indexes}:ARRAY"] if indexed else [])]
        row = [src_id, dst_id, *([_cell(sentences)] if indexed else [])]
        self._writer(("rel", src, prop, dst), "rel", vocab.rel(prop), header).writerow(row)
        for cls, id_ in ((src, src_id), (dst, dst_id)):
            if cls in self._named:
                self._named[cls].add(id_)

    def add(self, d: DocumentRows) -> None:
        """Write a document's facts, its node and their relationships; remember its entities."""
        for cls, facts in d.tables.facts.items():
            fact = FACTS[cls]
            for row in facts.values():
                self.node(cls, dict(zip(fact.columns, row)))
                for prop, other, outgoing in fact.links:
                    for other_id in row[LINK_COLUMN[cls, prop, other]]:
                        ends = (cls, row[0], other, other_id) if outgoing else (other, other_id, cls, row[0])
                        self.relation(ends[0], prop, ends[2], ends[1], ends[3])
        self.node(DOCUMENT, {k: v for k, v in d.props.items() if k not in _LISTS})
        self._lists.write(json.dumps([d.doc_id, {k: d.props[k] for k in _LISTS}], ensure_ascii=False) + "\n")
        for param, prop, cls, outgoing in DOCUMENT_LINKS:
            sentences = {row["id"]: row["evidence"] for row in d.tables.rows(cls)} if param in SENTENCE_LINKS else {}
            for other_id in d.tables.doc_links[param]:
                ends = (DOCUMENT, d.doc_id, cls, other_id) if outgoing else (cls, other_id, DOCUMENT, d.doc_id)
                self.relation(ends[0], prop, ends[2], ends[1], ends[3], sentences.get(other_id))
        for cls in ENTITY_CLASSES:
            merged = self._entities[cls]
            for row in d.tables.rows(cls):
                into = merged.setdefault(row["id"], {"props": {}, "aliases": {}})
                into["props"].update(row["props"])
                into["aliases"].update(row.get("aliases", {}))
        for (src, prop, dst), pairs in d.tables.links.items():
            self._entity_links.update((src, prop, dst, a, b) for a, b in pairs)
        for key, ids in d.reached.items():
            self._counts[key].update(ids)

    def finish(self) -> int:
        """Write the entities and their relationships, close every file; the CSV bytes written."""
        for src, prop, dst, a, b in sorted(self._entity_links):
            self.relation(src, prop, dst, a, b)
        for cls, merged in self._entities.items():
            for id_, e in merged.items():
                aliases = {"aliases": list(e["aliases"]),
                           NAMES: "\n".join([e["props"].get("name", ""), *e["aliases"]])} if cls in ALIASED_CLASSES else {}
                counts = {prop: n[id_] for (counted, prop), n in self._counts.items() if counted == cls}
                self.node(cls, {**e["props"], **aliases, **counts})
            # A relationship to an entity no row describes: the statements' MERGE makes a node with its id alone.
            for id_ in sorted(self._named[cls] - merged.keys()):
                self.node(cls, {"id": id_, **{prop: n[id_] or None for (counted, prop), n in self._counts.items()
                                              if counted == cls}})
        for handle, _ in self._open.values():
            handle.close()
        self._lists.close()
        return sum(path.stat().st_size for _, path in (*self.nodes, *self.relations))


def _set_lists(store: EmbeddedStore, path: Path, per_statement: int = 1000) -> None:
    """Set every document's sentence lists, `per_statement` documents a statement."""
    with store.unit() as w, path.open(encoding="utf-8") as lines:
        while rows := [json.loads(line) for line in islice(lines, per_statement)]:
            w.run(_SET_LISTS, {"rows": rows})


# ------------------------------------------------------------------ the bulk load


def _bulk_insert(store: EmbeddedStore, key: str, files: BulkFiles, log: Path) -> dict[str, float]:
    """Run ``falkordb-bulk-insert`` into the new graph `key`; its CPU and peak memory."""
    url = f"redis://:{quote(store.password, safe='')}@127.0.0.1:{store.info.port}"
    args = [sys.executable, "-m", "falkordb_bulk_loader.bulk_insert", key, "--server-url", url, "--enforce-schema"]
    for label, path in files.nodes:
        args += ["--nodes-with-label", label, str(path)]
    for rel, path in files.relations:
        args += ["--relations-with-type", rel, str(path)]
    with log.open("w", encoding="utf-8") as out:
        # it opens the CSV files in the locale's encoding
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUTF8": "1"})
        _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{log}: falkordb-bulk-insert failed: {log.read_text('utf-8')[-2000:]}")
    return {"loader_cpu_s": round(usage.ru_utime + usage.ru_stime, 2), "loader_peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def _wait_for_schema(store: EmbeddedStore) -> None:
    """Until the server has built every index and unique constraint (it builds them in the background)."""
    while any(row["status"] != "OPERATIONAL" for proc in ("db.indexes()", "db.constraints()")
              for row in store.query(f"CALL {proc}")):
        time.sleep(0.05)


def load_bulk(rows: Rows, store: EmbeddedStore, folder: Path) -> dict[str, Any]:
    """Write the rows as CSV files, bulk-insert them under a key of their own, rename it to the
    store's graph, then build edukg's indexes and constraints."""
    clock = _Clock(store.info.pid, rows)
    store.postpone_snapshots()  # as a load does: no background save while it writes
    files = BulkFiles(folder / "csv")
    for doc in rows:
        files.add(doc)
    csv_bytes = files.finish()
    phases: dict[str, dict[str, float]] = {"csv": clock.lap()}
    building = f"{store.graph_name}-building"
    loader = _bulk_insert(store, building, files, folder / "bulk-insert.log")
    phases["insert"] = {**clock.lap(), **loader}
    redis.Redis(host="127.0.0.1", port=store.info.port, password=store.password).rename(building, store.graph_name)
    phases["rename"] = clock.lap()
    store.create_schema(schema_keys())
    store.create_indexes(index_keys())
    _wait_for_schema(store)
    phases["indexes"] = clock.lap()
    _set_lists(store, files.lists)
    phases["lists"] = clock.lap()
    return {"phases": phases, "csv_mb": round(csv_bytes / 2**20, 1), "unreadable_values": files.unreadable,
            "files": {"nodes": len(files.nodes), "relations": len(files.relations)}}


# ------------------------------------------------------------------ the same graph?


def _sample_ids(rows: Rows) -> dict[str, list[str]]:
    """Ids of every node the first and the last document name, by class."""
    first = last = None
    for d in rows:
        first, last = first or d, d
    out: dict[str, set[str]] = {}
    for d in (first, last):
        assert d is not None, "no documents"
        out.setdefault(DOCUMENT, set()).add(d.doc_id)
        for cls, facts in d.tables.facts.items():
            out.setdefault(cls, set()).update(facts)
        for cls in ENTITY_CLASSES:
            out.setdefault(cls, set()).update(row["id"] for row in d.tables.rows(cls))
    return {cls: sorted(ids) for cls, ids in out.items()}


def _canonical(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(row, ensure_ascii=False, sort_keys=True, default=str) for row in rows)


def _unordered(value: Any) -> Any:
    """`value` with every list in it sorted: what a query's answer holds, whatever order collect() met it in."""
    if isinstance(value, list):
        return sorted((_unordered(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    if isinstance(value, dict):
        return {k: _unordered(v) for k, v in value.items()}
    return value


def _sampled_nodes(store: EmbeddedStore, cls: str, ids: list[str]) -> list[dict[str, Any]]:
    """The properties of the nodes of class `cls` with these ids, their relationships counted by
    type and direction, and for a document and its own facts the ids at the other ends too."""
    found = f"UNWIND $ids AS id MATCH (n:{vocab.label(cls)} {{id: id}}) OPTIONAL MATCH (n)-[r]-(m) "
    rows = store.query(found + "WITH n, type(r) AS type, startNode(r) = n AS outgoing, count(r) AS count "
                       "RETURN properties(n) AS props, collect([type, outgoing, count]) AS degrees", {"ids": ids})
    if cls not in ENTITY_CLASSES:  # an entity is named by thousands of facts; a document's own nodes by few
        ends = {row["id"]: sorted(row["ends"]) for row in store.query(
            found + "RETURN n.id AS id, collect([type(r), startNode(r) = n, m.id]) AS ends", {"ids": ids})}
        rows = [{**row, "ends": ends[row["props"]["id"]]} for row in rows]
    return [{**row, "degrees": sorted(row["degrees"])} for row in rows]


def fingerprint(store: EmbeddedStore, sample: dict[str, list[str]]) -> dict[str, Any]:
    """What two loads of the same documents must agree on, and the stored queries' answers."""
    labels = {row["label"]: store.query(f"MATCH (n:`{row['label']}`) RETURN count(n) AS n")[0]["n"]
              for row in store.query("CALL db.labels() YIELD label RETURN label")}
    types = {row["t"]: store.query(f"MATCH ()-[r:`{row['t']}`]->() RETURN count(r) AS n")[0]["n"]
             for row in store.query("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t")}
    nodes = {cls: _sampled_nodes(store, cls, ids) for cls, ids in sample.items()}
    params = query_params(store)
    queries = {name: store.query(q.body, bind(q, params.get(name, {})))
               for name, q in load_queries().items()}
    return {"labels": labels, "types": types, "nodes": nodes, "queries": queries}


def _compare(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> str:
    """same | order (the same once every list is sorted) | a line saying how they differ."""
    if _canonical(left) == _canonical(right):
        return "same"
    if _canonical(_unordered(left)) == _canonical(_unordered(right)):
        return "order"
    only = sorted(set(_canonical(left)) ^ set(_canonical(right)))
    return f"{len(left)} rows against {len(right)}, {len(only)} unmatched; first: {only[:2]}"


def differences(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """How two fingerprints compare: the graph's counts and sampled nodes (must be the same) and
    each stored query's answer (same, same but for the order of a list, or not: a query that picks
    a few of many, or the first of a list, picks by the order storage meets things in)."""
    graph = [f"{part}: {name}: {a[part].get(name)!r} != {b[part].get(name)!r}"
             for part in ("labels", "types") for name in sorted(a[part].keys() | b[part].keys())
             if a[part].get(name) != b[part].get(name)]
    for cls in sorted(a["nodes"].keys() | b["nodes"].keys()):
        if (verdict := _compare(a["nodes"].get(cls, []), b["nodes"].get(cls, []))) != "same":
            graph.append(f"nodes: {cls}: {verdict}")
    queries = {name: _compare(a["queries"][name], b["queries"][name]) for name in a["queries"]}
    return {"graph": graph, "queries": queries}


# ------------------------------------------------------------------ the run


def run(paths: Sequence[Path], docs: int, work: Path, modes: Sequence[str], batch_docs: int,
        batch_rows: int) -> dict[str, Any]:
    sample = _sample_ids(Rows(paths, docs))
    result: dict[str, Any] = {"machine": machine(), "documents": docs, "batch_docs": batch_docs,
                              "batch_rows": batch_rows, "modes": {}}
    prints: dict[str, dict[str, Any]] = {}
    for mode in modes:
        rows = Rows(paths, docs)
        store = _fresh_store(work / mode, GRAPH, batch_rows)
        try:
            load = os.getloadavg()[0]
            out = load_statements(rows, store, batch_docs) if mode == "statements" else load_bulk(rows, store, work / mode)
            out["server_peak_rss_mb"] = round(peak_rss_mb(store.info.pid), 1)
            # this process's peak so far: an earlier mode's, or this one's if it is higher
            out["writer_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
            out["unpickle_cpu_s"] = round(rows.unpickle_cpu, 2)
            out["load_average_1m"] = [round(load, 2), round(os.getloadavg()[0], 2)]
            out["total"] = {k: round(sum(p.get(k, 0.0) for p in out["phases"].values()), 2)
                            for k in ("wall_s", "writer_cpu_s", "server_cpu_s", "loader_cpu_s")}
            prints[mode] = fingerprint(store, sample)
            out["nodes"] = sum(prints[mode]["labels"].values())
            out["relationships"] = sum(prints[mode]["types"].values())
            store.clear()  # no snapshot of a graph nobody will read
        finally:
            store.close()
        result["modes"][mode] = out
        print(f"{mode}: {json.dumps(out, ensure_ascii=False)}", flush=True)
    if len(prints) == 2:
        result["comparison"] = differences(*prints.values())
        result["same_graph"] = not result["comparison"]["graph"]
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", nargs="+", type=Path, help="pickled lists of DocumentRows, loaded in this order")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("bulk-load-work"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--batch-docs", type=int, default=1000)
    parser.add_argument("--batch-rows", type=int, default=50_000)
    args = parser.parse_args(argv)
    modes = args.modes.split(",")
    if not set(modes) <= set(MODES):
        parser.error(f"--modes: one or both of {', '.join(MODES)}")
    result = run(args.rows, args.docs, args.work, modes, args.batch_docs, args.batch_rows)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    comparison = result.get("comparison", {"graph": [], "queries": {}})
    for line in comparison["graph"]:
        print(line)
    for name, verdict in comparison["queries"].items():
        print(f"query {name}: {verdict}")
    if "same_graph" in result:
        print("same graph" if result["same_graph"] else "DIFFERENT graphs")
    sys.exit(0 if result.get("same_graph", True) else 1)


if __name__ == "__main__":
    main()
