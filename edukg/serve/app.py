"""The routes of `edukg serve`: a Starlette application over one open store.

Every page is a Jinja template with autoescaping, so every value from the graph or
the request is text, never markup; every response carries a Content-Security-Policy
that allows nothing from another origin (pictures: nothing at all beyond their own
inline script), so even markup that got through could fetch nothing.
"""

from __future__ import annotations

import re
import shlex
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import partial
from importlib.resources import files
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from edukg.errors import EdukgError, InputError, StoreError
from edukg.viz.captions import display_text, node_name
from edukg.output import format_rows
from edukg.queries import StoredQuery, bind, load_queries
from edukg.serve import data
from edukg.serve.cache import AnswerCache
from edukg.store.base import Store
from edukg.viz.render import STYLES, generate_html
from edukg.viz.subgraph import neighbourhood_graph, nodes_graph

__all__ = ["create_app", "PICTURE_NODES"]

PICTURE_NODES = 150  # the most nodes one picture of a page draws
_METHODS = ("GET", "HEAD")
_PAGE_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; "
                "frame-ancestors 'self'; base-uri 'none'")
# the picture page inlines vis-network, its script and style, and draws on a canvas
_PICTURE_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
                   "frame-ancestors 'self'; base-uri 'none'")
# answer columns holding sentences or other free text, never a node's name: not looked up for links
_TEXT_COLUMNS = {"evidence", "sentences", "duty", "section", "comparator", "unit", "kind"}
_EXAMPLE_PARAM = re.compile(r"^(?P<key>[A-Za-z_]\w*)=(?P<value>.*)$")


def _environment() -> Environment:
    folder = files("edukg.serve").joinpath("templates")
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["text"] = display_text
    env.globals["kind_names"] = data.kind_names
    return env


def _examples(query: StoredQuery) -> dict[str, str]:
    """The parameter values the query's ``example`` line gives (``-p key=value``)."""
    try:
        words = shlex.split(query.example)
    except ValueError:
        return {}
    out = {}
    for flag, value in zip(words, words[1:]):
        if flag in ("-p", "--param") and (m := _EXAMPLE_PARAM.match(value)):
            out[m["key"]] = m["value"]
    return out


def _given(query: StoredQuery, request: Request) -> dict[str, str]:
    """The query's parameters the request gives; an empty field means the default."""
    known = {p.name for p in query.params}
    return {k: v for k, v in request.query_params.items() if k in known and v.strip()}


def _kinds_css() -> str:
    """One highlight colour per node label, from the pictures' styles (one palette for the app)."""
    return "".join(f".kind-{lab}{{--kind:{style.color}}}\n" for lab, style in STYLES.items())


class _GetOnly:
    """Anything but GET (and HEAD) is answered 405, whatever the path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in _METHODS:
            response = PlainTextResponse("405 Method Not Allowed: this app only reads", status_code=405,
                                         headers={"Allow": ", ".join(_METHODS)})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_app(store: Store, *, graph_name: str = "") -> ASGIApp:
    """The web app reading `store` (read-only): the routes of the module docstring.

    Store calls are serialized by one lock: the stores' clients are used from one thread at a time.
    """
    env = _environment()
    lock = threading.Lock()
    queries = load_queries()
    # the home page's counts, search hits with their document counts, an entity's page and picture are
    # aggregates over the whole corpus or every document naming an entity; they hold until the store is written
    cache = AnswerCache(store)
    static = files("edukg.serve").joinpath("static")
    assets = {"serve.css": (static.joinpath("serve.css").read_text("utf-8") + _kinds_css(), "text/css")}

    def page(template: str, status: int = 200, **values: Any) -> HTMLResponse:
        html = env.get_template(template).render(graph=graph_name, **values)
        return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": _PAGE_POLICY,
                                                               "X-Content-Type-Options": "nosniff"})

    def not_found(what: str) -> HTMLResponse:
        return page("error.html", 404, title="没有找到", message=what)

    def handler(fn: Callable[[Request], Response]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            def guarded() -> Response:
                try:
                    with lock:
                        return fn(request)
                except InputError as e:
                    return page("error.html", 400, title="无法回答", message=str(e))
                except StoreError as e:
                    return page("error.html", 503, title="图数据库不可用", message=str(e))
                except EdukgError as e:
                    return page("error.html", 500, title="出错", message=str(e))

            return await run_in_threadpool(guarded)

        return endpoint

    def home(request: Request) -> Response:
        return page("home.html", title="edukg", queries=queries.values(), **cache.get("home", lambda: data.home(store)))

    def search(request: Request) -> Response:
        q = request.query_params.get("q", "")
        return page("search.html", title=f"搜索 {q}" if q else "搜索", q=q,
                    hits=cache.get(("search", q), lambda: data.search(store, q)))

    def entity(request: Request) -> Response:
        node_id, kind = request.path_params["id"], request.query_params.get("kind")
        found = cache.get(("entity", node_id, kind), lambda: data.entity(store, node_id, kind))
        if found is None:
            return not_found(f"no entity has the id {request.path_params['id']!r}")
        picture = "/pictures/entities/" + quote(found["id"], safe="/") + "?" + urlencode({"kind": found["kind"]})
        return page("entity.html", title=found["name"], e=found, picture=picture)

    def document(request: Request) -> Response:
        found = data.document(store, request.path_params["id"])
        if found is None:
            return not_found(f"no document has the id {request.path_params['id']!r}")
        return page("document.html", title=found["title"], d=found)

    def stored(request: Request) -> StoredQuery | None:
        return queries.get(request.path_params["name"])

    def answer(query: StoredQuery, given: Mapping[str, str]) -> list[dict[str, Any]]:
        return store.query(query.body, bind(query, given), read_only=True)

    def query_page(request: Request) -> Response:
        query = stored(request)
        if query is None:
            return not_found(f"no stored query is called {request.path_params['name']!r}")
        given = _given(query, request)
        run = bool(given) or "run" in request.query_params
        values = {"query": query, "given": given, "examples": _examples(query), "run": run, "error": None}
        if not run:
            return page("query.html", title=query.name, **values)
        try:
            rows = answer(query, given)
        except InputError as e:
            return page("query.html", 400, title=query.name, **{**values, "error": str(e)})
        link = urlencode(given)
        cells = data.named_nodes(store, _names(rows))
        return page("query.html", title=query.name, rows=rows, columns=list(rows[0]) if rows else [],
                    links=cells, qs=link, **values)

    def query_rows(fmt: str, request: Request) -> Response:
        """The answer as `edukg query run NAME --format json|csv` prints it."""
        query = stored(request)
        if query is None:
            return PlainTextResponse(f"no stored query is called {request.path_params['name']!r}", 404)
        try:
            rows = answer(query, _given(query, request))
        except InputError as e:
            return PlainTextResponse(str(e), 400)
        text = format_rows(rows, fmt) if rows or fmt == "json" else ""
        if fmt == "json":
            return Response(text + "\n", media_type="application/json")
        return Response(text + "\n" if text else "", media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{query.name}.csv"'})

    def picture(html: str) -> Response:
        return HTMLResponse(html, headers={"Content-Security-Policy": _PICTURE_POLICY,
                                           "X-Content-Type-Options": "nosniff"})

    def entity_picture(request: Request) -> Response:
        node_id = request.path_params["id"]
        found = data.find_entity(store, node_id, request.query_params.get("kind"))
        if found is None:
            return not_found(f"no entity has the id {node_id!r}")
        # walked from the entity found, not looked up again by name in every label
        graph = cache.get(("picture", found[0], node_id), lambda: neighbourhood_graph(
            store, {(found[0], node_id)}, title=f"{node_name(found[1]) or node_id} · depth 1", max_nodes=PICTURE_NODES))
        return picture(generate_html(graph))

    def query_picture(request: Request) -> Response:
        query = stored(request)
        if query is None:
            return not_found(f"no stored query is called {request.path_params['name']!r}")
        rows = answer(query, _given(query, request))
        # the answer's own nodes: the documents and entities its cells link to on the answer's page
        graph = nodes_graph(store, data.named_nodes(store, _names(rows)).values(), title=query.name,
                            max_nodes=PICTURE_NODES)
        return picture(generate_html(graph))

    def asset(request: Request) -> Response:
        found = assets.get(request.path_params["name"])
        if found is None:
            return PlainTextResponse("no such asset", 404)
        return Response(found[0], media_type=found[1], headers={"Cache-Control": "max-age=3600"})

    routes = [
        Route("/", handler(home)),
        Route("/search", handler(search)),
        Route("/entities/{id:path}", handler(entity)),
        Route("/documents/{id}", handler(document)),
        Route("/queries/{name}.json", handler(partial(query_rows, "json"))),
        Route("/queries/{name}.csv", handler(partial(query_rows, "csv"))),
        Route("/queries/{name}", handler(query_page)),
        Route("/pictures/entities/{id:path}", handler(entity_picture)),
        Route("/pictures/queries/{name}", handler(query_picture)),
        Route("/assets/{name}", asset),
    ]
    return _GetOnly(Starlette(routes=routes))


def _names(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The texts in an answer's cells that may name a node (free-text columns left out)."""
    return _texts([value for r in rows for column, value in r.items() if column not in _TEXT_COLUMNS])


def _texts(values: Sequence[Any]) -> list[str]:
    """The strings in row values, lists walked (what a cell may link)."""
    out: list[str] = []
    for v in values:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, (list, tuple)):
            out += _texts(v)
    return out
