"""``edukg serve``: a read-only local web app over the graph.

Routes (GET only; any other method is answered 405): ``/`` (search, the stored
queries, counts, documents by region and year), ``/queries/NAME`` (the query's
form; with parameters, its answer with evidence and a picture of the answer's
own nodes), ``/queries/NAME.json`` and ``.csv`` (the rows as ``edukg query run
NAME --format json|csv`` prints them), ``/search?q=``, ``/entities/ID``,
``/documents/ID`` (the text with every fact highlighted at its offsets), and
``/pictures/…`` (the pictures those pages frame) and ``/assets/…``. Every asset
is served by the app itself; nothing is loaded from another origin.

Framework: Starlette on uvicorn. Measured with ``benchmarks/serve_frameworks.py``
(one Jinja page of 200 rows, 2,000 sequential keep-alive requests on loopback,
2-core machine): Starlette+uvicorn p50 0.81 ms, p95 0.93 ms, ready in 117 ms;
Flask on its own server p50 1.14 ms, p95 1.34 ms (and Flask's server is meant
for development only: a real deployment needs another server); aiohttp p50
0.52 ms but p95 1.15 ms, ready in 177 ms. The framework's share of a page is
under 1 ms in each, so the choice rests on the rest: Starlette is small, runs
the store's blocking calls in a thread pool, and uvicorn is an established
production ASGI server that accepts a socket already bound (so a port in use
is a clear one-line error, and tests serve on a free port).
"""

from __future__ import annotations

import ipaddress
import socket

from edukg.errors import InputError
from edukg.store.base import Store

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "host_warning", "bind", "serve"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def host_warning(host: str) -> str | None:
    """The warning printed when the app would be reachable from other machines, else None.

    >>> host_warning("127.0.0.1") is None, host_warning("::1") is None
    (True, True)
    >>> host_warning("0.0.0.0").startswith("warning:")
    True
    """
    if _is_loopback(host):
        return None
    return (f"warning: serving on {host}: other machines can read the whole graph "
            "(there is no login); use the default 127.0.0.1 to keep it on this machine")


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on `host`:`port` (0: a free port); InputError naming the address otherwise."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except OSError as e:
        raise InputError(f"{host}:{port}: {e.strerror or e}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as e:
        sock.close()
        raise InputError(f"{host}:{port}: {e.strerror or e}") from None
    return sock


def serve(store: Store, sock: socket.socket, *, graph_name: str = "") -> None:
    """Serve the app on `sock` until interrupted (Ctrl-C or SIGTERM), then return."""
    import uvicorn

    from edukg.serve.app import create_app

    config = uvicorn.Config(create_app(store, graph_name=graph_name), log_level="warning", access_log=False,
                            lifespan="off")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down gracefully, then raises the signal it caught again
        pass
