"""The edukg command line: click groups and commands; library errors → exit codes.

Commands stay thin: parse, call one library function, print. Heavy modules
(rdflib, the pipeline, the store drivers) are imported inside the commands that
need them so that ``edukg --help`` and ``edukg query show`` start fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from edukg import __version__
from edukg.config import DEFAULT_GRAPH, Settings, settings_from_env
from edukg.errors import EdukgError, InputError
from edukg.collector import collector_paused
from edukg.output import FORMATS, TERMINAL_WIDTH, format_rows, write_sections
from edukg.serve import DEFAULT_HOST, DEFAULT_PORT

__all__ = ["cli", "Session", "pass_session"]


class Session:
    """The context object: settings plus a store opened on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._store = None
        self.failed = False  # the command ended with an EdukgError, already shown

    @property
    def store(self):
        if self._store is None:
            from edukg.store import open_store

            self._store = open_store(self.settings)
        return self._store

    def close(self) -> None:
        """Close the store; its failure is shown as the command's, unless the command failed already
        (the store's failure on closing is then a consequence, and the first message says it)."""
        if self._store is not None:
            store, self._store = self._store, None
            try:
                store.close()
            except EdukgError as e:
                if not self.failed:
                    raise _Failure(e) from None


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
            if isinstance(ctx.obj, Session):
                ctx.obj.failed = True
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
        if not key.strip().isidentifier():
            self.fail(f"{key.strip()!r} is not a parameter name (letters, digits, _)", param, ctx)
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
    """Rows in `fmt`; a table cuts long texts for the terminal (json, csv and markdown keep them whole)."""
    text = format_rows(rows, fmt, cut=TERMINAL_WIDTH)
    if text:
        click.echo(text)
    elif fmt == "table":
        click.echo("(no rows)", err=True)


def _echo_answer(session: Session, rows: Sequence[dict], fmt: str) -> None:
    """A query's rows; when there are none, why on stderr if the graph itself is empty or missing."""
    _echo_rows(rows, fmt)
    if not rows and (why := _empty_graph(session)):
        click.echo(why, err=True)


def _empty_graph(session: Session) -> str | None:
    """Says so when the graph queried does not exist or has no node; names the demo's graph."""
    from edukg.demo import DEMO_GRAPH

    store, graph = session.store, session.settings.graph
    names = store.graph_names()
    if names is not None and graph not in names:
        why = f"graph {graph!r} does not exist in {session.settings.data_dir}"
    elif store.query("MATCH (n) RETURN 1 AS found LIMIT 1", read_only=True):
        return None
    else:
        why = f"graph {graph!r} is empty: `edukg --graph {graph} load PATH` fills it"
    others = [name for name in names or () if name != graph]
    if DEMO_GRAPH in others:
        return f"{why}; the demo's data is in --graph {DEMO_GRAPH}"
    return f"{why}; graphs there: {', '.join(others)}" if others else why


def _echo_sections(sections: dict[str, Sequence[dict]], fmt: str) -> None:
    """Titled groups of rows (tables cut for the terminal); as JSON, one object of arrays keyed by title."""
    write_sections(sections, fmt, sys.stdout, cut=TERMINAL_WIDTH)


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
    help="Where the embedded store keeps its data [default: the user data directory, e.g. ~/.local/share/edukg].",
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
        settings_from_env(
            store=store.lower(), data_dir=data_dir, graph=graph, neo4j_uri=neo4j_uri, neo4j_user=neo4j_user,
            neo4j_password=neo4j_password, neo4j_database=neo4j_database,
        )
    )
    ctx.obj = session
    ctx.call_on_close(session.close)


# ------------------------------------------------------------------ extract


# the columns of loaders/manifest.py (not imported here: it is slow to import)
_MANIFEST_HELP = ("CSV of document metadata that overrides detection; "
                  "columns: file, title, region, year, issuer, kind, url, published.")


def _read_manifest(path: Path | None):
    """The manifest, with a warning on stderr for each row it ignored."""
    if path is None:
        return None
    from edukg.loaders.manifest import read_manifest

    manifest = read_manifest(path)
    for warning in manifest.warnings:
        click.echo(f"warning: {warning}", err=True)
    return manifest


def _warn_unused(manifest: Any, sources: Sequence[str]) -> None:
    """A warning on stderr for each manifest row naming a file that neither exists nor was read."""
    if manifest is not None:
        for warning in manifest.unused(sources):
            click.echo(f"warning: {warning}", err=True)


def _nothing_read(paths: Sequence[Path], skipped: Sequence[str]) -> InputError:
    """The one line a command fails with when no document could be read (`skipped`: "path: reason")."""
    from edukg.loaders.read import path_text

    if len(skipped) == 1:
        return InputError(skipped[0])
    if skipped:
        return InputError(f"no document could be read: {len(skipped)} files skipped, first {skipped[0]}")
    return InputError(f"{path_text(paths[0])}: no supported document found")


class _SkipReport:
    """Skipped files on stderr, held back until some document succeeds.

    When none does, the command fails with one line instead (see `fail`).
    """

    def __init__(self) -> None:
        self.held: list[str] = []
        self.succeeded = False

    def skip(self, item: object) -> None:
        line = str(item)
        if self.succeeded:
            click.echo(f"skipped {line}", err=True)
        else:
            self.held.append(line)

    def success(self) -> None:
        if not self.succeeded:
            self.succeeded = True
            for line in self.held:
                click.echo(f"skipped {line}", err=True)

    def fail(self, paths: Sequence[Path]) -> InputError:
        return _nothing_read(paths, self.held)


def _check_paths(paths: Sequence[Path]) -> None:
    from edukg.loaders.read import missing_reason, path_text

    for path in paths:
        if not path.exists():
            raise InputError(f"{path_text(path)}: {missing_reason(path)}")


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
              help=_MANIFEST_HELP)
@click.option("--sections", is_flag=True, help="Print each document's metadata and section tree instead of JSON.")
def extract(paths: tuple[Path, ...], fmt: str, manifest: Path | None, sections: bool) -> None:
    """Extract facts from documents without any store, one JSON object per line.

    Files that cannot be read are reported on stderr and skipped; the exit
    status is 1 only when a named path does not exist or nothing was extracted.

    \b
    Example:
        edukg extract plan.txt plans/ > facts.jsonl
        edukg extract --sections plan.txt
    """
    _check_paths(paths)
    from edukg.loaders.model import Skipped, facts_to_dict
    from edukg.loaders.pipeline import iter_facts
    from edukg.loaders.structure import format_outline

    report = _SkipReport()
    seen: list[str] = []  # every file read or skipped, for the manifest's unused rows

    def skip(skipped: Skipped) -> None:
        seen.append(skipped.source)
        report.skip(skipped)

    manifest_used = _read_manifest(manifest)
    for item in iter_facts(paths, manifest_used, on_skip=skip):
        seen.append(item.document.norm.raw.source)
        report.success()
        if sections:
            click.echo(format_outline(item.document))
        else:
            click.echo(json.dumps(facts_to_dict(item), ensure_ascii=False))
    _warn_unused(manifest_used, seen)
    if not report.succeeded:
        raise report.fail(paths)


# ------------------------------------------------------------------ load


class _ProgressBar:
    """A load run's progress (pipeline.Progress) as a bar on stderr, opened once the total is known."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.sources: list[str] = []  # every file the run went through

    def __call__(self, done: int, total: int, source: str | None) -> None:
        # one file: a bar would only add a line to what is said about it
        if self.bar is None and total > 1:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr, show_pos=True,
                                         item_show_func=lambda name: name)
            self.bar.__enter__()
        if source is not None:
            self.sources.append(source)
            if self.bar is not None:
                self.bar.update(1, Path(source).name)

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _load(session: Session, paths: Sequence[Path], manifest_path: Path | None, label: str = "Loading",
          jobs: int = 1, documents_per_batch: int | None = None):
    """Load files with a progress bar on stderr, extracting in `jobs` processes; return the summary."""
    from edukg.loaders.load import StoreWriter
    from edukg.loaders.pipeline import run

    manifest = _read_manifest(manifest_path)
    with _ProgressBar(label) as progress:
        summary = run(paths, StoreWriter(session.store, documents_per_batch), manifest, jobs, progress)
    _warn_unused(manifest, progress.sources)
    return summary


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=_MANIFEST_HELP)
@click.option("-j", "--jobs", type=click.IntRange(1), default=lambda: os.cpu_count() or 1,
              show_default="number of CPUs", help="Processes that read and extract documents.")
@click.option("--documents-per-batch", type=click.IntRange(1), default=None,
              show_default="a tenth of the store's documents, 100 to 1,000",
              help="Documents written together; larger batches load a large graph faster and take more memory.")
@click.option("--national", is_flag=True,
              help="Also load the national reference targets shipped with edukg (documents of region 全国).")
@pass_session
def load(session: Session, paths: tuple[Path, ...], manifest: Path | None, jobs: int, documents_per_batch: int | None,
         national: bool) -> None:
    """Load documents (files or folders) into the graph.

    Each document is loaded whole or not at all; loading it again changes
    nothing, and a changed file replaces its earlier version.

    \b
    Example:
        edukg load plans/ --manifest plans/manifest.csv
        edukg load --national
    """
    if national:
        from edukg.analysis.national import national_facts
        from edukg.loaders.load import load_documents

        documents = national_facts()
        for facts, result in zip(documents, load_documents(session.store, documents), strict=True):
            click.echo(f"{result.status}: {facts.document.metadata.title} (national reference targets)", err=True)
        if not paths:
            return
    elif not paths:
        raise click.UsageError("Missing argument 'PATHS...' (or --national).")
    _check_paths(paths)
    summary = _load(session, paths, manifest, jobs=jobs, documents_per_batch=documents_per_batch)
    if not summary.processed:
        raise _nothing_read(paths, [str(s) for s in summary.skipped])
    for line in summary.lines():
        click.echo(line, err=True)


# ------------------------------------------------------------------ demo


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("edukg-demo.html"),
              show_default=True, help="Where to write the interactive HTML graph.")
@click.option("--rows", "max_rows", type=click.IntRange(1), default=8, show_default=True,
              help="Most rows shown per query.")
@pass_session
def demo(session: Session, output: Path, max_rows: int) -> None:
    """Load the bundled sample corpus, answer every stored query, draw the graph.

    Works offline. The samples go into their own graph ("edukg-demo") of the
    embedded store, never into yours; running the demo again reuses what it loaded.

    \b
    Example:
        edukg demo -o demo.html
    """
    from edukg.demo import DEMO_GRAPH, demo_params, sample_corpus
    from edukg.queries import bind, load_queries
    from edukg.viz.render import write_html
    from edukg.viz.subgraph import whole_graph

    # Always the embedded store: on Neo4j a graph name would not keep the user's database apart.
    own = Session(replace(session.settings, store="embedded", graph=DEMO_GRAPH))
    click.get_current_context().call_on_close(own.close)
    with sample_corpus() as folder:
        summary = _load(own, [folder], None, "Loading the sample corpus")
    for line in summary.lines():
        click.echo(line, err=True)
    store = own.store
    for q in load_queries().values():
        params = demo_params(store, q)
        if params is None:
            click.echo(f"{q.name}: skipped, the sample graph holds no value for its parameters", err=True)
            continue
        rows = store.query(q.body, bind(q, params), read_only=True)
        options = "".join(f" -p {k}={v}" for k, v in params.items())
        click.echo(f"\n== {q.name}{options}\n{q.description}")
        click.echo(format_rows(rows[:max_rows], "table", cut=TERMINAL_WIDTH) or "(no rows)")
        if len(rows) > max_rows:
            click.echo(f"… {len(rows) - max_rows} more: edukg --graph {DEMO_GRAPH} query run {q.name}{options}")
    path = write_html(whole_graph(store), output, title="edukg demo")
    click.echo(f"\nInteractive graph written to {path.resolve()} (open it in a browser)", err=True)
    click.echo(f"The samples are in the graph {DEMO_GRAPH!r}: name it in the next commands, e.g.\n"
               f"  edukg --graph {DEMO_GRAPH} query run program-timeline -p program=县管校聘\n"
               f"  edukg --graph {DEMO_GRAPH} serve    (then open http://127.0.0.1:8765/)\n"
               f"or export EDUKG_GRAPH={DEMO_GRAPH} once.", err=True)


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
    """Print a stored query: its header (description, parameters, example) and Cypher.

    \b
    Example:
        edukg query show targets-by-indicator
    """
    from edukg.queries import get_query

    click.echo(get_query(name).text.rstrip())


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
    _echo_answer(session, session.store.query(q.body, values, read_only=True), fmt)


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
    _echo_answer(session, session.store.query(statement, values, read_only=True), fmt)


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
    from edukg.queries.stats import graph_stats

    sections = graph_stats(session.store)
    _echo_sections(sections, fmt)


# ------------------------------------------------------------------ db


@cli.group()
def db() -> None:
    """The graph store: status, start, stop, reset.

    \b
    Example:
        edukg db start && edukg db status
    """


def _embedded_only(session: Session, action: str) -> None:
    if session.settings.store != "embedded":
        raise InputError(f"db {action}: edukg starts and stops only its embedded store; manage Neo4j with its own tools")


@db.command("status")
@output_options
@pass_session
def db_status(session: Session, fmt: str) -> None:
    """Whether the store runs, where, and the size of each graph in it.

    \b
    Example:
        edukg db status --format json
    """
    from edukg.store import store_status

    status = store_status(session.settings)
    where = ", ".join(f"{key.replace('_', ' ')} {status[key]}" for key in ("data_dir", "uri", "pid", "port")
                      if status.get(key) is not None)
    if fmt == "json":
        click.echo(json.dumps(status, ensure_ascii=False, indent=2, default=str))
        return
    click.echo(f"{status['status']}: {where}")
    rows = [{"graph": name, **sizes} for name, sizes in status["graphs"].items()]
    if rows:
        click.echo(format_rows(rows, fmt))


@db.command("start")
@pass_session
def db_start(session: Session) -> None:
    """Start the embedded store (or adopt the running one) and leave it running.

    \b
    Example:
        edukg --data-dir ~/kg db start
    """
    from edukg.store.embedded import start_server

    _embedded_only(session, "start")
    info = start_server(session.settings.data_dir)
    click.echo(f"running: data dir {session.settings.data_dir}, pid {info.pid}, port {info.port}")


@db.command("stop")
@pass_session
def db_stop(session: Session) -> None:
    """Save the embedded store's data and stop its server.

    \b
    Example:
        edukg db stop
    """
    from edukg.store.embedded import stop_server

    _embedded_only(session, "stop")
    info = stop_server(session.settings.data_dir)
    click.echo(f"stopped: pid {info.pid}" if info else "not running")


@db.command("reset")
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_session
def db_reset(session: Session, yes: bool) -> None:
    """Delete every node and relationship of the graph (--graph); other graphs stay.

    \b
    Example:
        edukg --graph scratch db reset --yes
    """
    from edukg.store import open_store

    graph = session.settings.graph
    if not yes:
        click.confirm(f"Delete everything in graph {graph!r}?", abort=True, err=True)
    store = open_store(session.settings, as_written=True)  # whatever version wrote it
    try:
        store.clear()
    finally:
        store.close()
    click.echo(f"graph {graph!r} is empty", err=True)


# --------------------------------------------------------------- ontology


@cli.command()
@output_options
def ontology(fmt: str) -> None:
    """Print the ontology: classes, relations and vocabulary sizes.

    \b
    Example:
        edukg ontology --format markdown
    """
    from edukg.ontology.vocab import describe

    _echo_rows(describe(), fmt)


# ------------------------------------------------------------------ export

EXPORT_FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf", "csv")  # edukg.export.FORMATS, without importing rdflib


@cli.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS, case_sensitive=False),
              help="Output format [default: from the suffix of -o; no suffix: csv].")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="File to write (- for stdout), or a new directory for csv.")
@click.option("--label", "labels", multiple=True, help="Export only nodes with this label; repeatable.")
@click.option("--type", "types", multiple=True, help="Export only relationships of this type; repeatable.")
@click.option("--validate", is_flag=True, help="Check RDF against the SHACL shapes first; write nothing if it fails.")
@pass_session
def export(session: Session, fmt: str | None, output: Path, labels: tuple[str, ...], types: tuple[str, ...],
           validate: bool) -> None:
    """Export the graph as RDF (ttl, jsonld, nt), GraphML, GEXF or neo4j-admin CSV.

    RDF uses the ontology's IRIs; GraphML and GEXF open in Gephi; csv writes a
    directory of neo4j-admin import files plus import.sh.

    \b
    Example:
        edukg export --format ttl --validate -o edukg.ttl
        edukg export -o edukg.gexf --label Document --label Program
        edukg export --format csv -o neo4j-import/
    """
    from edukg.export import export_store, guess_format

    fmt = fmt.lower() if fmt else guess_format(output)
    nodes, relationships = export_store(session.store, fmt, output, labels or None, types or None, validate=validate)
    click.echo(f"{output}: {nodes} nodes, {relationships} relationships ({fmt})", err=True)


# ------------------------------------------------------------------ viz


@cli.command()
@click.option("--query", "query_name", metavar="NAME", help="Show the nodes a stored query's rows name.")
@param_options
@click.option("--entity", metavar="NAME", help="Show an entity (name, alias or id) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0), default=1, show_default=True, help="Neighbourhood depth for --entity.")
@click.option("--through-hubs", is_flag=True,
              help="Let --entity's neighbourhood go on through documents, themes and years (which join everything).")
@click.option("--region", metavar="NAME", help="Show a region (name or id), its documents and their content.")
@click.option("--all", "everything", is_flag=True,
              help="Without a view: every node up to --max-nodes, even when the graph is larger "
                   "[default then: regions × programs].")
@click.option("--document", metavar="ID-OR-TITLE", help="Show one document: id, id prefix or (part of) its title.")
@click.option("--max-nodes", type=click.IntRange(1), default=1000, show_default=True,
              help="Most nodes drawn; beyond it entities, then the best connected, are kept, with a warning.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path),
              help="Also save a screenshot (needs Chromium).")
@click.option("--title", help="Page title [default: what is shown].")
@pass_session
def viz(session: Session, query_name: str | None, params: tuple[tuple[str, str], ...], entity: str | None, depth: int,
        through_hubs: bool, region: str | None, everything: bool, document: str | None, max_nodes: int,
        output: Path, png: Path | None, title: str | None) -> None:
    """Draw the graph, or part of it, as an interactive HTML page that works offline.

    Without a view option, the whole graph (Evidence sentences are shown in
    the tooltips of the nodes they support); when it holds more than
    --max-nodes nodes, an overview instead: provinces × the programs their
    documents name most, with how many documents (--all: the capped graph).

    \b
    Example:
        edukg viz -o graph.html
        edukg viz --query program-timeline -p program=班班通 -o timeline.html
        edukg viz --entity 县管校聘 --depth 2 --png 县管校聘.png
        edukg viz --document 2021年教育工作要点
    """
    from edukg.viz import subgraph
    from edukg.viz.render import write_html

    views = {"--query": query_name, "--entity": entity, "--region": region, "--document": document}
    chosen = [k for k, v in views.items() if v is not None]
    if len(chosen) > 1:
        raise click.UsageError(f"choose one of {', '.join(chosen)}")
    if params and query_name is None:
        raise click.UsageError("-p/--param needs --query")
    store = session.store
    if query_name is not None:
        from edukg.queries import bind, get_query

        q = get_query(query_name)
        rows = store.query(q.body, bind(q, params), read_only=True)
        label = " ".join([query_name, *(f"{k}={v}" for k, v in params)])
        graph = subgraph.query_graph(store, rows, title=label, max_nodes=max_nodes)
    elif entity is not None:
        graph = subgraph.entity_graph(store, entity, depth=depth, max_nodes=max_nodes, through_hubs=through_hubs)
    elif region is not None:
        graph = subgraph.region_graph(store, region, max_nodes=max_nodes)
    elif document is not None:
        graph = subgraph.document_graph(store, document, max_nodes=max_nodes)
    elif everything or (total := subgraph.shown_total(store)) <= max_nodes:
        graph = subgraph.whole_graph(store, max_nodes=max_nodes)
    else:
        graph = subgraph.overview_graph(store)
        click.echo(f"the graph has {total} nodes, over --max-nodes: drawing regions × programs "
                   "(see one with --region or --entity, or every node up to the cap with --all)", err=True)
    if graph.graph.get("omitted"):
        click.echo(f"warning: the view has {graph.graph['total']} nodes; drawing {graph.number_of_nodes()}, "
                   "entities before facts, best connected first (raise --max-nodes, or pick a view: "
                   "--entity, --region, --document)", err=True)
    write_html(graph, output, title=title)
    click.echo(f"{output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships", err=True)
    if png is not None:
        from edukg.viz.screenshot import save_png

        save_png(output, png)
        click.echo(f"{png}: screenshot", err=True)


# ------------------------------------------------------------------ serve


@cli.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on; anything but loopback lets other machines read the graph.")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on (0: a free one).")
@pass_session
def serve(session: Session, host: str, port: int) -> None:
    """Serve a read-only web app over the graph: search, entities, documents, stored queries.

    \b
    Example:
        edukg serve            # then open http://127.0.0.1:8765/
    """
    from edukg.serve import bind, host_warning
    from edukg.serve import serve as run

    if warning := host_warning(host):
        click.echo(warning, err=True)
    sock = bind(host, port)
    with sock:
        if why := _empty_graph(session):
            click.echo(why, err=True)
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"serving graph {session.settings.graph!r} on http://{shown}:{sock.getsockname()[1]}/ "
                   "(Ctrl-C stops)", err=True)
        run(session.store, sock, graph_name=session.settings.graph)


# ------------------------------------------------------------------ analyze

ANALYSIS_NAMES = ("centrality", "communities", "similarity", "spread")  # edukg.analyze.ANALYSES
ACROSS_NAMES = ("escalation", "history", "diffusion")  # edukg.analysis: answered by stored queries, named on their own


@cli.command()
@click.argument("analyses", nargs=-1, type=click.Choice(ANALYSIS_NAMES + ACROSS_NAMES))
@click.option("--top", type=click.IntRange(1), default=20, show_default=True,
              help="How many central programs and agencies, and similar region pairs, to list.")
@click.option("--method", type=click.Choice(["greedy", "louvain"]), default="greedy", show_default=True,
              help="Community detection: greedy modularity or Louvain.")
@click.option("--indicator", default="",
              help="escalation, history: only this indicator (name, alias or part of either).")
@click.option("--year", type=click.IntRange(1), default=None, help="escalation: only targets for this year.")
@click.option("--region", default="",
              help="escalation: only the lineage of this region (levels above and below); history: the region.")
@click.option("--program", default="", help="diffusion: the program (name, alias or part of either).")
@click.option("--png", "png_path", type=click.Path(dir_okay=False, path_type=Path),
              help="diffusion: also write the chart of adopters by year as PNG.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="diffusion: also write the chart and the adopters' sentences as one HTML page.")
@output_options
@pass_session
def analyze(session: Session, analyses: tuple[str, ...], top: int, method: str, indicator: str,
            year: int | None, region: str, program: str, png_path: Path | None, html_path: Path | None,
            fmt: str) -> None:
    """Network analytics (central programs and agencies, region communities and similarity,
    program spread) and analyses across levels and years (escalation: 层层加码;
    history: one region's plans, plan over plan; diffusion: where and when a program spread).

    With one network analysis named, prints its rows (--format json: an array);
    otherwise every analysis named (default: the network ones) as a titled section
    (json: an object of arrays). escalation prints each target beside the
    nearest level above, then a summary per indicator and level; history
    (--region required) each indicator's target per plan year against the
    previous plan, then the programs added and dropped; diffusion (--program
    required) each region's first plan year naming the program, then the
    adopters by year, cumulatively and per level, drawn with --png / --html.

    \b
    Example:
        edukg analyze
        edukg analyze centrality --top 10 --format json
        edukg analyze communities --method louvain
        edukg analyze escalation --indicator 学前教育毛入园率 --year 2025
        edukg analyze history --region 昌宁县
        edukg analyze diffusion --program 县管校聘 --png 县管校聘.png --html 县管校聘.html
    """
    if "history" in analyses and not region:
        raise click.UsageError("history needs --region.")
    if "diffusion" in analyses and not program:
        raise click.UsageError("diffusion needs --program.")
    network = [a for a in analyses if a in ANALYSIS_NAMES]
    # the analyses across levels and years alone: hundreds of thousands of rows, none in a cycle (edukg.collector)
    with collector_paused(bool(analyses) and not network):
        sections = _analyses(session, analyses, network, top, method, indicator, year, region, program, png_path,
                             html_path)
        if len(sections) == 1:  # one analysis alone: its rows, untitled
            _echo_rows(next(iter(sections.values())), fmt)
        else:
            _echo_sections(sections, fmt)


def _analyses(session: Session, analyses: tuple[str, ...], network: list[str], top: int, method: str,
              indicator: str, year: int | None, region: str, program: str, png_path: Path | None,
              html_path: Path | None) -> dict[str, list[dict]]:
    """The sections `edukg analyze` prints, by title (`network`: the network analyses among `analyses`)."""
    sections: dict[str, list[dict]] = {}
    if network or not analyses:
        # networkx is imported here only: the analyses across levels and years do without its 0.6 s
        from edukg.analyze import add_first_mentions, analysis_filter
        from edukg.analyze import analyze as run_analyses
        from edukg.networkx_graph import drop_unfinished, fetch_graph

        labels, types = analysis_filter()
        graph = drop_unfinished(fetch_graph(session.store, labels, types))
        sections = run_analyses(graph, network, top=top, method=method)
        if "spread" in sections:
            add_first_mentions(session.store, sections["spread"])
    if "escalation" in analyses:
        from edukg.analysis.escalation import escalation

        sections |= escalation(session.store, indicator=indicator, year=year or 0, region=region)
    if "history" in analyses:
        from edukg.analysis.history import history

        sections |= history(session.store, region, indicator=indicator)
    if "diffusion" in analyses:
        sections |= _diffusion(session, program, png_path, html_path)
    return sections


def _diffusion(session: Session, program: str, png_path: Path | None, html_path: Path | None) -> dict[str, list]:
    """The diffusion sections of `program`, with its chart written where asked."""
    from edukg.analysis.diffusion import chart_html, chart_png, diffusion

    sections = diffusion(session.store, program)
    if png_path or html_path:
        png = chart_png(sections["adoption by year"])
        for path, data in ((png_path, png), (html_path, chart_html(sections, png).encode("utf-8"))):
            if path is not None:
                try:
                    path.write_bytes(data)
                except OSError as e:
                    raise InputError(f"{path}: cannot write: {e.strerror}") from None
    return sections


if __name__ == "__main__":  # pragma: no cover
    sys.exit(cli())
