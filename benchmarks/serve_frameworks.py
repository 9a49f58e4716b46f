"""Compare web frameworks for `edukg serve`: one page rendering a Jinja template of 200 rows,
served on loopback, fetched sequentially over one keep-alive connection; p50/p95 in ms and import time.

Run: python frameworks.py starlette|flask|aiohttp (needs those packages installed)."""
import http.client, socket, subprocess, sys, time, textwrap

ROWS = [{"name": f"项目<{i}>", "n": i} for i in range(200)]
TEMPLATE = "<table>{% for r in rows %}<tr><td>{{ r.name }}</td><td>{{ r.n }}</td></tr>{% endfor %}</table>"
APPS = {
"starlette": """
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route
import uvicorn
def page(request): return HTMLResponse(T.render(rows=ROWS))
app = Starlette(routes=[Route('/', page)])
uvicorn.run(app, host='127.0.0.1', port=PORT, log_level='warning')
""",
"flask": """
from flask import Flask
app = Flask(__name__)
@app.get('/')
def page(): return T.render(rows=ROWS)
app.run(host='127.0.0.1', port=PORT, threaded=True)
""",
"aiohttp": """
from aiohttp import web
async def page(request): return web.Response(text=T.render(rows=ROWS), content_type='text/html')
app = web.Application(); app.router.add_get('/', page)
web.run_app(app, host='127.0.0.1', port=PORT, print=None)
""",
}

def main(name):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    head = f"import jinja2\nT = jinja2.Environment(autoescape=True).from_string({TEMPLATE!r})\nROWS = {ROWS!r}\nPORT = {port}\n"
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", head + textwrap.dedent(APPS[name])], stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.1).close(); break
            except OSError:
                time.sleep(0.01)
        ready = time.perf_counter() - t0
        conn = http.client.HTTPConnection("127.0.0.1", port)
        times = []
        for _ in range(2000):
            t = time.perf_counter(); conn.request("GET", "/"); conn.getresponse().read(); times.append(time.perf_counter() - t)
        times.sort()
        print(f"{name}: ready {ready*1000:.0f} ms, p50 {times[1000]*1000:.2f} ms, p95 {times[1900]*1000:.2f} ms")
    finally:
        proc.terminate(); proc.wait()

main(sys.argv[1])
