"""The edukg ontology (OWL + SKOS in Turtle) and the names derived from it."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from rdflib import Graph, Namespace

__all__ = ["EDU", "ONTOLOGY_FILES", "load_ontology"]

EDU = Namespace("https://w3id.org/edukg/ontology#")
# Turtle files that together make the ontology; shapes.ttl (SHACL) is kept apart.
ONTOLOGY_FILES = ("edukg.ttl", "vocabularies.ttl")


@cache
def load_ontology() -> Graph:
    """The ontology and its vocabularies as one rdflib Graph (parsed once per process)."""
    graph = Graph()
    graph.bind("edu", EDU)
    package = files("edukg.ontology")
    for name in ONTOLOGY_FILES:  # a file missing from the install fails here, not silently later
        graph.parse(data=package.joinpath(name).read_text("utf-8"), format="turtle")
    return graph
