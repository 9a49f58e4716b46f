"""The edukg ontology (OWL + SKOS in Turtle) and the names derived from it.

rdflib is imported only where the graph is read: the tables extraction needs (`vocab`) are
kept derived in the user's cache (edukg.user_cache), so a run that reads no more needs no rdflib.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph, Namespace

__all__ = ["EDU", "EDU_IRI", "ONTOLOGY_FILES", "load_ontology", "local_name", "ontology_sources"]

EDU_IRI = "https://w3id.org/edukg/ontology#"
# Turtle files that together make the ontology; shapes.ttl (SHACL) is kept apart.
ONTOLOGY_FILES = ("edukg.ttl", "vocabularies.ttl")


def __getattr__(name: str) -> Namespace:
    if name == "EDU":  # the namespace as rdflib's, made on first use
        from rdflib import Namespace

        globals()["EDU"] = edu = Namespace(EDU_IRI)
        return edu
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def local_name(iri: object) -> str:
    """The name of an IRI of the edukg namespace after the namespace: ``PolicyDocument``."""
    return str(iri).removeprefix(EDU_IRI)


def ontology_sources() -> list[bytes]:
    """The Turtle files' content (a file missing from the install fails here, not silently later)."""
    package = files("edukg.ontology")
    return [package.joinpath(name).read_bytes() for name in ONTOLOGY_FILES]


@cache
def load_ontology() -> Graph:
    """The ontology and its vocabularies as one rdflib Graph (parsed once per process)."""
    from rdflib import Graph

    from edukg.ontology import EDU

    graph = Graph()
    graph.bind("edu", EDU)
    for source in ontology_sources():
        graph.parse(data=source.decode("utf-8"), format="turtle")
    return graph
