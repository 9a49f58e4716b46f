"""Settings: which store to use and how to reach it, from options and environment variables."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from edukg.errors import InputError, UsageError

__all__ = ["Settings", "DEFAULT_GRAPH", "DEFAULT_BATCH_SIZE", "NEO4J_SCHEMES", "check_neo4j_uri", "default_data_dir",
           "settings_from_env"]

DEFAULT_GRAPH = "edukg"
# Rows per UNWIND write statement: a batch of documents writes each kind of fact in one or two
# statements (see loaders/load.py, BATCH_RANGE).
DEFAULT_BATCH_SIZE = 50_000
# The schemes of the Neo4j driver's Bolt connections (it also knows http, which needs packages edukg lacks)
NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")


def check_neo4j_uri(uri: str) -> None:
    """UsageError unless `uri` is ``SCHEME://…`` with one of NEO4J_SCHEMES."""
    scheme, sep, _ = uri.partition("://")
    if not sep or scheme.lower() not in NEO4J_SCHEMES:
        raise UsageError(f"{uri}: not a Neo4j URI: use {', '.join(s + '://' for s in NEO4J_SCHEMES)}"
                         " (e.g. neo4j://localhost:7687)")


def default_data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The embedded store's data directory: ``EDUKG_HOME`` or the platform's user data dir.

    Linux ``$XDG_DATA_HOME/edukg`` (``~/.local/share/edukg``), macOS
    ``~/Library/Application Support/edukg``. edukg runs on POSIX systems only: the
    embedded store locks its data dir with ``fcntl`` (see edukg.store.embedded).
    """
    if environ.get("EDUKG_HOME"):
        return Path(environ["EDUKG_HOME"]).expanduser()
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "edukg"
    return Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "edukg"


@dataclass(frozen=True)
class Settings:
    """Where the graph lives. Field names match the CLI's global options.

    ``port`` 0 lets the embedded server pick a free port.
    """

    store: str = "embedded"
    data_dir: Path = field(default_factory=default_data_dir)
    graph: str = DEFAULT_GRAPH
    batch_size: int = DEFAULT_BATCH_SIZE
    port: int = 0
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    value = environ.get(name)
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise InputError(f"{name}: not an integer: {value!r}") from None
    if number < 0:
        raise InputError(f"{name}: must not be negative: {value!r}")
    return number


def settings_from_env(environ: Mapping[str, str] = os.environ, **options: object) -> Settings:
    """Settings from environment variables, overridden by options that are not None.

    Variables: ``EDUKG_STORE``, ``EDUKG_HOME``, ``EDUKG_GRAPH``, ``EDUKG_BATCH_SIZE``,
    ``EDUKG_PORT``, ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``.

    >>> settings_from_env({"EDUKG_HOME": "/tmp/kg", "EDUKG_BATCH_SIZE": "50"}, graph="demo")
    Settings(store='embedded', data_dir=PosixPath('/tmp/kg'), graph='demo', batch_size=50, port=0, neo4j_uri=None, neo4j_user=None, neo4j_password=None, neo4j_database=None)
    """
    values: dict[str, object] = {
        "store": (environ.get("EDUKG_STORE") or "embedded").lower(),
        "data_dir": default_data_dir(environ),
        "graph": environ.get("EDUKG_GRAPH") or DEFAULT_GRAPH,
        "batch_size": _int(environ, "EDUKG_BATCH_SIZE", DEFAULT_BATCH_SIZE),
        "port": _int(environ, "EDUKG_PORT", 0),
        "neo4j_uri": environ.get("NEO4J_URI"),
        "neo4j_user": environ.get("NEO4J_USERNAME"),
        "neo4j_password": environ.get("NEO4J_PASSWORD"),
        "neo4j_database": environ.get("NEO4J_DATABASE"),
    }
    values.update({k: v for k, v in options.items() if v is not None})
    if isinstance(values["data_dir"], str):
        values["data_dir"] = Path(values["data_dir"]).expanduser()
    if values["store"] not in ("embedded", "neo4j"):
        raise InputError(f"unknown store {values['store']!r}: use embedded or neo4j")
    if values["store"] == "neo4j" and values["neo4j_uri"]:
        check_neo4j_uri(str(values["neo4j_uri"]))
    if int(values["batch_size"]) < 1:  # type: ignore[call-overload]
        raise InputError("batch size must be at least 1")
    return Settings(**values)  # type: ignore[arg-type]
