"""Graph stores: embedded FalkorDB (default) and Neo4j, behind one interface."""

from __future__ import annotations

from typing import Any

from edukg.config import DEFAULT_BATCH_SIZE, DEFAULT_GRAPH, default_data_dir
from edukg.errors import InputError
from edukg.store.base import Store

__all__ = ["Store", "open_store"]


def open_store(settings: Any) -> Store:
    """Open the store `settings` names (``edukg.config.Settings`` or any object with its fields).

    Missing or None fields take their defaults: the embedded store in ``EDUKG_HOME``
    (or the user data dir), graph ``edukg``, batches of 500 rows.

    Raises
    ------
    StoreError : the store cannot be started or reached.
    InputError : an unknown store name.
    """
    kind = (getattr(settings, "store", None) or "embedded").lower()
    graph = getattr(settings, "graph", None) or DEFAULT_GRAPH
    batch_size = getattr(settings, "batch_size", None) or DEFAULT_BATCH_SIZE
    if kind == "embedded":
        from edukg.store.embedded import EmbeddedStore

        return EmbeddedStore(
            getattr(settings, "data_dir", None) or default_data_dir(),
            graph=graph,
            batch_size=batch_size,
            port=getattr(settings, "port", None) or 0,
            bolt_port=getattr(settings, "bolt_port", None),
        )
    if kind == "neo4j":
        from edukg.store.neo4j import Neo4jStore

        return Neo4jStore.from_env(
            uri=getattr(settings, "neo4j_uri", None),
            user=getattr(settings, "neo4j_user", None),
            password=getattr(settings, "neo4j_password", None),
            database=getattr(settings, "neo4j_database", None),
            batch_size=batch_size,
        )
    raise InputError(f"unknown store {kind!r}: use embedded or neo4j")
