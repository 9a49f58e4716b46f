"""The edukg command line: click groups and commands; library errors → exit codes.

Commands stay thin: parse, call one library function, print. Heavy modules
(rdflib, the pipeline, the store drivers) are imported inside the commands that
need them so that ``edukg --help`` and ``edukg query show`` start fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from edukg import __version__
from edukg.errors import EdukgError
from edukg.output import FORMATS, format_rows

__all__ = ["cli", "Settings", "Session", "pass_session"]

DEFAULT_GRAPH = "edukg"
DEMO_GRAPH = "edukg-demo"


@dataclass(frozen=True)
class Settings:
    """Where the graph lives: the global options after environment variables."""

    store: str = "embedded"
    data_dir: Path | None = None
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    neo4j_database: str | None = None
    graph: str = DEFAULT_GRAPH


class Session:
    """The context object: settings plus a store opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store = None

    @property
    def store(self):
        if self._store is None:
            from edukg.store import open_store

            self._store = open_store(self.settings)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            store.close()


pass_session = click.make_pass_decorator(Session)


class _Failure(click.ClickException):
    """An EdukgError as click shows it: one line on stderr, the error's exit code."""

    def __init__(self, error: EdukgError) -> None:
        super().__init__(str(error).splitlines()[0] if str(error) else type(error).__name__)
        self.exit_code = error.exit_code


class _Group(click.Group):
    """A group that turns edukg errors into click exceptions with their exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EdukgError as e:
            raise _Failure(e) from None


class KeyValue(click.ParamType):
    """A ``KEY=VALUE`` query parameter."""

    name = "KEY=VALUE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, str]:
        if isinstance(value, tuple):
            return value
        key, sep, val = str(value).partition("=")
        if not sep or not key.strip():
            self.fail(f"{value!r} is not KEY=VALUE", param, ctx)
        return key.strip(), val


def output_options(f: Callable) -> Callable:
    """--format for every command that prints rows."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(FORMATS), case_sensitive=False),
        default="table",
        show_default=True,
        help="Output format of the rows.",
    )(f)


def param_options(f: Callable) -> Callable:
    """-p KEY=VALUE, repeatable."""
    return click.option(
        "-p",
        "--param",
        "params",
        type=KeyValue(),
        multiple=True,
        help="Query parameter KEY=VALUE; repeat for several.",
    )(f)


def _echo_rows(rows: Sequence[dict], fmt: str) -> None:
    text = format_rows(rows, fmt)
    if text:
        click.echo(text)
    elif fmt == "table":
        click.echo("(no rows)", err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edukg")
@click.option(
    "--store",
    type=click.Choice(["embedded", "neo4j"], case_sensitive=False),
    default="embedded",
    show_default=True,
    envvar="EDUKG_STORE",
    help="Graph store to use.",
)
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="EDUKG_HOME",
    help="Where the embedded store keeps its data [default: ~/.edukg].",
)
@click.option("--neo4j-uri", envvar="NEO4J_URI", help="Neo4j URI, e.g. neo4j://localhost:7687.")
@click.option("--neo4j-user", envvar="NEO4J_USERNAME", help="Neo4j user name.")
@click.option("--neo4j-password", envvar="NEO4J_PASSWORD", help="Neo4j password.")
@click.option("--neo4j-database", envvar="NEO4J_DATABASE", help="Neo4j database name.")
@click.option(
    "--graph",
    default=DEFAULT_GRAPH,
    show_default=True,
    envvar="EDUKG_GRAPH",
    help="Name of the graph inside the store.",
)
@click.pass_context
def cli(ctx: click.Context, store: str, data_dir: Path | None, neo4j_uri: str | None, neo4j_user: str | None,
        neo4j_password: str | None, neo4j_database: str | None, graph: str) -> None:
    """A knowledge graph of Chinese local education policy.

    \b
    Example:
        edukg demo
        edukg load plans/ && edukg query run targets-by-indicator -p indicator=毛入园率
    """
    session = Session(
        Settings(store.lower(), data_dir, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, graph)
    )
    ctx.obj = session
    ctx.call_on_close(session.close)


# ------------------------------------------------------------------ extract


def _read_manifest(path: Path | None):
    if path is None:
        return None
    from edukg.loaders.metadata import read_manifest

    return read_manifest(path)


def _report_skipped(skipped: Iterable) -> None:
    for item in skipped:
        click.echo(f"skipped {item.source}: {item.reason}", err=True)


def _check_paths(paths: Sequence[Path]) -> None:
    from edukg.errors import InputError

    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"], case_sensitive=False),
    default="jsonl",
    show_default=True,
    help="Output format: one JSON object per document.",
)
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV of document metadata (source, title, region, year…) that overrides detection.")
def extract(paths: tuple[Path, ...], fmt: str, manifest: Path | None) -> None:
    """Extract facts from documents without any store, one JSON object per line.

    Files that cannot be read are reported on stderr and skipped; the exit
    status is 1 only when a named path does not exist or nothing was extracted.

    \b
    Example:
        edukg extract plan.txt plans/ > facts.jsonl
    """
    from edukg.errors import InputError
    from edukg.loaders.model import Skipped, facts_to_dict
    from edukg.loaders.pipeline import iter_facts

    _check_paths(paths)
    done = 0
    skipped = []
    for item in iter_facts(paths, _read_manifest(manifest)):
        if isinstance(item, Skipped):
            skipped.append(item)
            _report_skipped([item])
            continue
        click.echo(json.dumps(facts_to_dict(item), ensure_ascii=False))
        done += 1
    if not done:
        first = skipped[0] if skipped else None
        raise InputError(f"{first.source}: {first.reason}" if first else "no supported files found")


# ------------------------------------------------------------------ load


def _load(session: Session, paths: Sequence[Path], manifest_path: Path | None, label: str = "Loading"):
    """Load files with a progress bar on stderr; return the summary."""
    from edukg.loaders.load import LoadSummary, load_document
    from edukg.loaders.model import Skipped
    from edukg.loaders.pipeline import process_file
    from edukg.loaders.read import iter_paths
    from edukg.errors import InputError

    manifest = _read_manifest(manifest_path)
    items = list(iter_paths(paths))
    summary = LoadSummary()
    store = session.store
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True,
                           item_show_func=lambda i: None if i is None else Path(str(getattr(i, "source", i))).name) as bar:
        for item in bar:
            if isinstance(item, Skipped):
                summary.skip(item)
                continue
            try:
                facts = process_file(item, manifest)
            except InputError as e:
                summary.skip(Skipped(str(item), str(e)))
                continue
            summary.add(load_document(store, facts))
    return summary


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV of document metadata (source, title, region, year…) that overrides detection.")
@pass_session
def load(session: Session, paths: tuple[Path, ...], manifest: Path | None) -> None:
    """Load documents (files or folders) into the graph.

    Each document is loaded whole or not at all; loading it again changes
    nothing, and a changed file replaces its earlier version.

    \b
    Example:
        edukg load plans/ --manifest plans/manifest.csv
    """
    from edukg.errors import InputError

    summary = _load(session, paths, manifest)
    for line in summary.lines():
        click.echo(line, err=True)
    if not summary.processed:
        raise InputError(f"{paths[0]}: no document could be loaded")


# ------------------------------------------------------------------ query


@cli.group()
def query() -> None:
    """Stored queries: list, show and run them.

    \b
    Example:
        edukg query run programs-across-documents -p min_documents=2
    """


@query.command("list")
@output_options
def query_list(fmt: str) -> None:
    """List the stored queries with their descriptions.

    \b
    Example:
        edukg query list --format markdown
    """
    from edukg.queries import load_queries

    rows = [{"name": q.name, "description": q.description} for q in load_queries().values()]
    _echo_rows(rows, fmt)


@query.command("show")
@click.argument("name")
def query_show(name: str) -> None:
    """Print a stored query's parameters and Cypher.

    \b
    Example:
        edukg query show targets-by-indicator
    """
    from edukg.queries import get_query

    q = get_query(name)
    click.echo(f"// {q.name}: {q.description}")
    for p in q.params:
        click.echo(f"// param {p.name} ({p.type}, default {p.default if p.default is not None else 'required'}): {p.help}")
    if q.example:
        click.echo(f"// example: {q.example}")
    click.echo(q.body.strip())


@query.command("run")
@click.argument("name")
@param_options
@output_options
@pass_session
def query_run(session: Session, name: str, params: tuple[tuple[str, str], ...], fmt: str) -> None:
    """Run a stored query (read-only) and print its rows.

    \b
    Example:
        edukg query run targets-by-indicator -p indicator=学前三年毛入园率 --format json
    """
    from edukg.queries import bind, get_query

    q = get_query(name)
    values = bind(q, params)
    _echo_rows(session.store.query(q.body, values, read_only=True), fmt)


@cli.command()
@click.argument("statement")
@param_options
@output_options
@pass_session
def cypher(session: Session, statement: str, params: tuple[tuple[str, str], ...], fmt: str) -> None:
    """Run an ad-hoc read-only Cypher statement; writes are refused.

    Parameter values are passed as strings, or as numbers when they look like one.

    \b
    Example:
        edukg cypher "MATCH (p:Program) RETURN p.name AS program LIMIT \\$n" -p n=5
    """
    from edukg.queries import coerce_value

    values = {k: coerce_value(v) for k, v in params}
    _echo_rows(session.store.query(statement, values, read_only=True), fmt)


# ------------------------------------------------------------------ stats


@cli.command()
@output_options
@pass_session
def stats(session: Session, fmt: str) -> None:
    """Count nodes per label, relationships per type, documents per region and year.

    \b
    Example:
        edukg stats --format markdown
    """
    from edukg.queries import graph_stats

    sections = graph_stats(session.store)
    if fmt == "json":
        click.echo(json.dumps(sections, ensure_ascii=False, indent=2, default=str))
        return
    for i, (title, rows) in enumerate(sections.items()):
        click.echo(("\n" if i else "") + title)
        click.echo(format_rows(rows, fmt) or "(none)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli())
