"""Write the graph as RDF (Turtle, JSON-LD, N-Triples), GraphML, GEXF or neo4j-admin CSV.

Every format has a ``generate_*`` function on a networkx MultiDiGraph as built
by `edukg.networkx_graph.fetch_graph`, and a thin ``write_*`` wrapper that writes
files; `EXPORT_MAP` maps a format name (and its aliases) to its writer. The
neo4j-admin CSV set is written by `edukg.neo4j_import` from rows, so that
`export_store` streams it from the store without building the graph.

RDF uses the ontology's IRIs: node labels map to classes (``edu:graphLabel``),
relationship types to object properties (``edu:graphType``), node properties to
datatype properties, typed by their declared ``rdfs:range``. Instances are named
``https://w3id.org/edukg/id/<label>/<url-quoted id>``.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from edukg.errors import InputError
from edukg.neo4j_import import Row, write_import_files
from edukg.ontology import EDU, load_ontology
from edukg.ontology.vocab import names
from edukg.viz.captions import node_name

__all__ = [
    "ID",
    "EXPORT_MAP",
    "FORMATS",
    "ShaclReport",
    "get_writer",
    "guess_format",
    "SUFFIX_FORMAT_MAP",
    "generate_rdf",
    "generate_gexf",
    "generate_graphml",
    "generate_csv",
    "gephi_graph",
    "node_iri",
    "to_rdf",
    "validate_rdf",
    "write_rdf",
    "write_graphml",
    "write_gexf",
    "write_csv",
    "export_graph",
    "export_store",
]

ID = Namespace("https://w3id.org/edukg/id/")

# Node properties that name the node (→ rdfs:label) and that list its other names (→ skos:altLabel).
_NAME_PROPERTIES = ("name", "title")
_ALIAS_PROPERTY = "aliases"
_LANG = "zh"

_JSONLD_CONTEXT = {"edu": str(EDU), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD)}


# ------------------------------------------------------------------ ontology names


def _camel(name: str) -> str:
    """plan_year → planYear."""
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


@cache
def _datatype_property(label: str, name: str) -> URIRef:
    """The datatype property for node property `name` of a `label` node.

    A class-specific property (``yearValue`` for ``Year.value``, ``agencyType``
    for ``Agency.type``) wins over the general one (``value``, ``type``); a
    property the ontology does not declare keeps its camelCase name under edu:.
    """
    terms = names()
    cls = terms.classes.get(label, EDU[label]).removeprefix(str(EDU))
    for prefix in dict.fromkeys((label[:1].lower() + label[1:], cls[:1].lower() + cls[1:])):
        specific = prefix + _camel("x_" + name)[1:]
        if specific in terms.datatype:
            return terms.datatype[specific]
    return terms.datatype.get(_camel(name), EDU[_camel(name)])


def node_iri(label: str, node_id: str) -> URIRef:
    """The stable IRI of a node.

    >>> str(node_iri("Region", "云南省/保山市"))
    'https://w3id.org/edukg/id/Region/%E4%BA%91%E5%8D%97%E7%9C%81%2F%E4%BF%9D%E5%B1%B1%E5%B8%82'
    """
    return ID[f"{label}/{quote(str(node_id), safe='')}"]


def _decimal(value: Any) -> str:
    """The canonical xsd:decimal form: 85 → "85.0", 1.3e9 → "1300000000.0"."""
    text = format(Decimal(str(value)), "f")
    return text if "." in text else text + ".0"


def _whole(value: Any) -> int:
    """A whole number as int; ValueError for anything else (2019.5, True, "二〇一九")."""
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).lower() in ("true", "false"):
        return str(value).lower() == "true"
    raise ValueError(value)


# Declared range → how a value becomes a literal of it; ValueError when it does not fit.
_TYPED: dict[URIRef, Callable[[Any], Literal]] = {
    XSD.integer: lambda v: Literal(_whole(v), datatype=XSD.integer),
    XSD.decimal: lambda v: Literal(_decimal(_number(v)), datatype=XSD.decimal),
    XSD.boolean: lambda v: Literal(_boolean(v), datatype=XSD.boolean),
    XSD.date: lambda v: Literal(date.fromisoformat(str(v)).isoformat(), datatype=XSD.date),
    XSD.gYear: lambda v: Literal(f"{_whole(v):04d}", datatype=XSD.gYear),
    XSD.string: lambda v: Literal(str(v)),  # a simple literal is an xsd:string (RDF 1.1), in every syntax
}


def _number(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError(value)
    return value


def _literal(value: Any, datatype: URIRef | None) -> Literal:
    """A value as a literal of the declared datatype (or of its own Python type when none is declared)."""
    if (typed := _TYPED.get(datatype)) is not None:  # type: ignore[arg-type]
        try:
            return typed(value)
        except (ValueError, TypeError, InvalidOperation):
            pass  # a value that does not fit its declared type keeps its own type, for SHACL to report
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(_decimal(value), datatype=XSD.decimal)
    return Literal(str(value))


def _values(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


# ------------------------------------------------------------------ RDF


def _node_label(graph: nx.MultiDiGraph, key: Any) -> str:
    return graph.nodes[key]["label"]


def to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The graph as an rdflib Graph in the ontology's terms (pure).

    Raises
    ------
    InputError
        A node label or relationship type the ontology does not declare.
    """
    terms = names()
    rdf = Graph()
    for prefix, ns in (("edu", EDU), ("skos", SKOS), ("xsd", XSD), ("rdfs", RDFS)):
        rdf.bind(prefix, ns)
    iris: dict[Any, URIRef] = {}
    for key, data in graph.nodes(data=True):
        label = data["label"]
        if label not in terms.classes:
            raise InputError(f"node {key}: label {label!r} has no class in the ontology")
        subject = iris[key] = node_iri(label, data.get("id", key))
        rdf.add((subject, RDF.type, terms.classes[label]))
        for prop, value in data.items():
            if prop in ("label", "id"):
                continue
            for item in _values(value):
                if prop == _ALIAS_PROPERTY:
                    rdf.add((subject, SKOS.altLabel, Literal(str(item), lang=_LANG)))
                    continue
                predicate = _datatype_property(label, prop)
                rdf.add((subject, predicate, _literal(item, terms.ranges.get(predicate))))
                if prop in _NAME_PROPERTIES:
                    rdf.add((subject, RDFS.label, Literal(str(item), lang=_LANG)))
    for u, v, data in graph.edges(data=True):
        rel_type = data["type"]
        if rel_type not in terms.properties:
            raise InputError(f"relationship {u} -[{rel_type}]-> {v}: type has no property in the ontology")
        triple = (iris[u], terms.properties[rel_type], iris[v])
        rdf.add(triple)
        props = {k: x for k, x in data.items() if k != "type" and x is not None}
        if props:  # RDF cannot hang values on a triple: describe it as a reified statement
            statement = BNode()
            rdf.add((statement, RDF.type, RDF.Statement))
            for term, node in zip((RDF.subject, RDF.predicate, RDF.object), triple):
                rdf.add((statement, term, node))
            for prop, value in props.items():
                for item in _values(value):
                    predicate = terms.datatype.get(_camel(prop), EDU[_camel(prop)])
                    rdf.add((statement, predicate, _literal(item, terms.ranges.get(predicate))))
    return rdf


_RDF_FORMATS = {"ttl": "turtle", "turtle": "turtle", "jsonld": "json-ld", "json-ld": "json-ld", "nt": "nt"}


def generate_rdf(graph: nx.MultiDiGraph, fmt: str = "ttl") -> str:
    """The graph as RDF text: ``ttl`` (Turtle), ``jsonld`` (JSON-LD) or ``nt`` (N-Triples)."""
    return serialize_rdf(to_rdf(graph), fmt)


def serialize_rdf(rdf: Graph, fmt: str = "ttl") -> str:
    """RDF built by `to_rdf` as text in format `fmt` (``ttl``, ``jsonld`` or ``nt``)."""
    rdf_format = _RDF_FORMATS[fmt]
    if rdf_format == "json-ld":
        return rdf.serialize(format="json-ld", context=_JSONLD_CONTEXT, indent=2, ensure_ascii=False)
    return rdf.serialize(format=rdf_format)


@dataclass(frozen=True)
class ShaclReport:
    """The outcome of SHACL validation: whether the data conforms, and pyshacl's text report."""

    conforms: bool
    text: str


@cache
def _shapes() -> Graph | None:
    from importlib.resources import files

    resource = files("edukg.ontology").joinpath("shapes.ttl")
    if not resource.is_file():
        return None
    return Graph().parse(data=resource.read_text("utf-8"), format="turtle")


def validate_rdf(rdf: Graph) -> ShaclReport:
    """Validate RDF against the ontology's SHACL shapes (ontology/shapes.ttl) with pyshacl.

    Raises
    ------
    InputError
        The shapes file is missing from the installed package.
    """
    from pyshacl import validate

    shapes = _shapes()
    if shapes is None:
        raise InputError("shapes.ttl: the SHACL shapes are not installed with edukg.ontology")
    conforms, _, text = validate(rdf, shacl_graph=shapes, ont_graph=load_ontology(), inference="none")
    return ShaclReport(bool(conforms), str(text))


# ------------------------------------------------------------------ GraphML and GEXF


def _flat(value: Any) -> Any:
    """A value GraphML and GEXF can hold: lists and maps become JSON text."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    return value


def _unify(records: list[dict[str, Any]]) -> None:
    """Give each attribute one type over all records: ints mixed with floats become floats, other mixes text."""
    kinds: dict[str, set[type]] = {}
    for rec in records:
        for k, v in rec.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, types in kinds.items():
        if len(types) < 2:
            continue
        cast: Callable[[Any], Any] = float if types <= {int, float} else str
        for rec in records:
            if k in rec:
                rec[k] = cast(rec[k])


def gephi_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the graph that GraphML and GEXF can hold and Gephi shows well (pure).

    Nodes: ``label`` is the display name (Gephi's node label), ``node_label`` the
    graph label; edges: ``label`` and ``rel_type`` are the relationship type. None
    values are dropped; lists become JSON text; every attribute has one type.
    """
    out = nx.MultiDiGraph()
    nodes = []
    for key, data in graph.nodes(data=True):
        attrs = {k: _flat(v) for k, v in data.items() if v is not None and k not in ("label", "id")}
        attrs.update(label=node_name(data) or str(key), node_label=data["label"])
        nodes.append((key, attrs))
    edges = []
    for u, v, k, data in graph.edges(keys=True, data=True):
        attrs = {p: _flat(x) for p, x in data.items() if x is not None and p != "type"}
        attrs.update(label=data["type"], rel_type=data["type"])
        edges.append((u, v, k, attrs))
    _unify([a for _, a in nodes])
    _unify([a for *_, a in edges])
    out.add_nodes_from(nodes)
    out.add_edges_from(edges)
    return out


def _xml(write: Callable[..., None], graph: nx.MultiDiGraph, **kwargs: Any) -> str:
    # networkx's generate_* escape every Chinese character (&#21439;); its writers encode UTF-8 as such
    buffer = io.BytesIO()
    write(graph, buffer, encoding="utf-8", **kwargs)
    return buffer.getvalue().decode("utf-8")


def generate_graphml(graph: nx.MultiDiGraph) -> str:
    """The graph as GraphML text (networkx), ready for Gephi, yEd or Cytoscape."""
    return _xml(nx.write_graphml, gephi_graph(graph))


# Node attributes GEXF reads as something else (time spells, parents, drawing): renamed "prop_<name>".
_GEXF_RESERVED = frozenset({"start", "end", "pid", "viz", "slices", "spells"})


def generate_gexf(graph: nx.MultiDiGraph) -> str:
    """The graph as GEXF 1.2 text (networkx), Gephi's own format.

    Node properties GEXF reserves (``start`` and ``end`` would become time
    spells) are written as ``prop_start``, ``prop_end``.
    """
    view = gephi_graph(graph)
    for _, data in view.nodes(data=True):
        for name in _GEXF_RESERVED & data.keys():
            data[f"prop_{name}"] = data.pop(name)
    for *_, data in view.edges(data=True):
        for name in _GEXF_RESERVED & data.keys():
            data[f"prop_{name}"] = data.pop(name)
    return _xml(nx.write_gexf, view, version="1.2draft")


# ------------------------------------------------------------------ neo4j-admin CSV


def _declared_date(label: str, prop: str) -> bool:
    return names().ranges.get(_datatype_property(label, prop)) == XSD.date


def _graph_rows(graph: nx.MultiDiGraph) -> Iterator[Row]:
    """The graph's nodes (by label, then id) and relationships as the rows `write_import_files` takes."""
    nodes = sorted(graph.nodes(data=True), key=lambda n: (n[1]["label"], str(n[1].get("id", n[0]))))
    for key, data in nodes:
        props = {p: v for p, v in data.items() if p != "label"}
        yield data["label"], {**props, "id": str(data.get("id", key))}
    yield from sorted(
        ((_node_label(graph, u), str(graph.nodes[u].get("id", u)), d["type"],
          {p: x for p, x in d.items() if p != "type"}, _node_label(graph, v), str(graph.nodes[v].get("id", v)))
         for u, v, d in graph.edges(data=True)),
        key=lambda r: (r[2], r[0], r[4], r[1], r[5]),
    )


def generate_csv(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The graph as ``neo4j-admin database import`` CSV files: file name → text.

    See `edukg.neo4j_import` for the files; this reads back what `write_csv`
    writes, for a graph small enough to hold as text.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "csv"
        write_csv(graph, out)
        return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


# ------------------------------------------------------------------ writers


def _write_text(text: str, path: Path) -> None:
    if str(path) == "-":
        import sys

        sys.stdout.write(text)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # never leave a half-written file under the final name


def write_rdf(graph: nx.MultiDiGraph, path: Path, fmt: str = "ttl") -> None:
    """Write the graph as RDF (``ttl``, ``jsonld`` or ``nt``) to `path` (``-`` for stdout)."""
    _write_text(generate_rdf(graph, fmt), path)


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the graph as GraphML to `path` (``-`` for stdout)."""
    _write_text(generate_graphml(graph), path)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the graph as GEXF to `path` (``-`` for stdout)."""
    _write_text(generate_gexf(graph), path)


def write_csv(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write the neo4j-admin CSV files (and import.sh) into directory `path`.

    Raises
    ------
    InputError
        `path` exists and is not an empty directory, or is ``-``.
    """
    write_import_files(_graph_rows(graph), path, _declared_date)


def _rdf_writer(fmt: str) -> Callable[[nx.MultiDiGraph, Path], None]:
    return lambda graph, path: write_rdf(graph, path, fmt)


# Format name (and aliases) → writer, like kgx's SOURCE_MAP.
EXPORT_MAP: dict[str, Callable[[nx.MultiDiGraph, Path], None]] = {
    "ttl": _rdf_writer("ttl"),
    "turtle": _rdf_writer("ttl"),
    "jsonld": _rdf_writer("jsonld"),
    "json-ld": _rdf_writer("jsonld"),
    "nt": _rdf_writer("nt"),
    "graphml": write_graphml,
    "gexf": write_gexf,
    "csv": write_csv,
}
FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf", "csv")


# File suffix → format, for `guess_format` (like rdflib.util.SUFFIX_FORMAT_MAP).
SUFFIX_FORMAT_MAP = {"ttl": "ttl", "turtle": "ttl", "jsonld": "jsonld", "json": "jsonld", "nt": "nt",
                     "graphml": "graphml", "gexf": "gexf"}


def guess_format(path: Path) -> str:
    """The export format a path asks for: by its suffix; a path without one is a csv directory.

    >>> guess_format(Path("policy.graphml")), guess_format(Path("neo4j-import"))
    ('graphml', 'csv')
    """
    suffix = path.suffix.lower().lstrip(".")
    if not suffix:
        return "csv"
    try:
        return SUFFIX_FORMAT_MAP[suffix]
    except KeyError:
        raise InputError(f"{path}: cannot tell the export format from the suffix; give --format") from None


def get_writer(fmt: str) -> Callable[[nx.MultiDiGraph, Path], None]:
    """The writer of export format `fmt`; InputError for an unknown one."""
    try:
        return EXPORT_MAP[fmt.lower()]
    except KeyError:
        raise InputError(f"{fmt}: unknown export format (choose from {', '.join(FORMATS)})") from None


def export_graph(graph: nx.MultiDiGraph, fmt: str, path: Path, *, validate: bool = False) -> None:
    """Write `graph` in format `fmt` to `path` (a file, ``-`` for stdout, or a directory for csv).

    With `validate`, RDF is first checked against the SHACL shapes and nothing
    is written unless it conforms.

    Raises
    ------
    InputError
        An unknown format, `validate` with a format that is not RDF, RDF that
        does not conform (the message names the first violation), or an
        unusable `path`.
    """
    writer = _writer(fmt, validate)
    if validate:
        rdf = to_rdf(graph)  # built once: checked, then written
        report = validate_rdf(rdf)
        if not report.conforms:
            raise InputError(f"{path}: the graph does not conform to the SHACL shapes: {_first_violation(report.text)}")
        _write_text(serialize_rdf(rdf, fmt.lower()), path)
        return
    writer(graph, path)


def _writer(fmt: str, validate: bool) -> Callable[[nx.MultiDiGraph, Path], None]:
    """The writer of `fmt`; InputError for an unknown format, or `validate` with one that is not RDF."""
    writer = get_writer(fmt)
    if validate and fmt.lower() not in _RDF_FORMATS:
        raise InputError(f"{fmt}: --validate applies to RDF formats only (ttl, jsonld, nt)")
    return writer


def export_store(store: Any, fmt: str, path: Path, labels: Iterable[str] | None = None,
                 types: Iterable[str] | None = None, *, validate: bool = False) -> tuple[int, int]:
    """Fetch the graph (or the labels and types asked for) from `store` and export it; returns how many
    nodes and relationships were written.

    See `edukg.networkx_graph.fetch_graph` for the filters and `export_graph` for the rest. CSV is
    written as the store is read, a page at a time, so its memory does not grow with the graph; the
    other formats build the whole graph first.
    """
    from edukg.networkx_graph import drop_unfinished, fetch_graph, iter_finished_rows

    _writer(fmt, validate)  # a format that cannot be written fails before the store is read
    if fmt.lower() == "csv":
        return write_import_files(iter_finished_rows(store, labels, types), path, _declared_date)
    graph = drop_unfinished(fetch_graph(store, labels, types))
    export_graph(graph, fmt, path, validate=validate)
    return graph.number_of_nodes(), graph.number_of_edges()


def _first_violation(text: str) -> str:
    """The message of the first violation in a pyshacl text report, on one line."""
    for line in text.splitlines():
        if line.strip().startswith("Message:"):
            return line.strip().removeprefix("Message:").strip()
    return text.strip().splitlines()[0] if text.strip() else "see pyshacl's report"
