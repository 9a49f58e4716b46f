"""Graph stores: embedded FalkorDB (default) and Neo4j, behind one interface."""

from __future__ import annotations

from typing import Any

from edukg.config import Settings
from edukg.errors import InputError
from edukg.store.base import Store

__all__ = ["Store", "open_store", "store_status"]


def open_store(settings: Settings, *, as_written: bool = False) -> Store:
    """Open the store `settings` names (see ``edukg.config.settings_from_env``), brought up to date
    once if an earlier version wrote it (``edukg.loaders.derived.upgrade``); `as_written`: as it is,
    whatever wrote it (to be emptied).

    Raises
    ------
    StoreError : the store cannot be started or reached, or keeps its sentences as nodes (as
        versions before they were kept on their documents wrote them: it must be loaded again).
    InputError : an unknown store name.
    """
    from edukg.loaders.derived import upgrade
    from edukg.sentences import refuse_sentence_nodes

    store = _open(settings)
    if as_written:
        return store
    try:
        refuse_sentence_nodes(store, _where(settings))
        upgrade(store)
    except BaseException:
        store.close()
        raise
    return store


def _where(settings: Settings) -> str:
    """The store and graph `settings` name, as a message names them."""
    place = settings.data_dir if settings.store == "embedded" else f"{settings.neo4j_uri} ({settings.neo4j_database})"
    return f"{place}, graph {settings.graph!r}"


def _open(settings: Settings) -> Store:
    if settings.store == "embedded":
        from edukg.store.embedded import EmbeddedStore

        return EmbeddedStore(settings.data_dir, graph=settings.graph, batch_size=settings.batch_size,
                             port=settings.port)
    if settings.store == "neo4j":
        from edukg.store.neo4j import DEFAULT_URI, Neo4jStore

        return Neo4jStore(settings.neo4j_uri or DEFAULT_URI, settings.neo4j_user, settings.neo4j_password,
                          settings.neo4j_database, settings.batch_size)
    raise InputError(f"unknown store {settings.store!r}: use embedded or neo4j")


def store_status(settings: Settings) -> dict[str, Any]:
    """``Store.status()`` of the store `settings` name, without starting the embedded one.

    The embedded store reports ``"status": "stopped"`` when its server is not running.
    """
    if settings.store == "embedded":
        from edukg.store.embedded import server_status

        return server_status(settings.data_dir)
    store = _open(settings)
    try:
        return store.status()
    finally:
        store.close()
