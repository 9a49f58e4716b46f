"""Statement parameters as FalkorDB's ``CYPHER name=value …`` header, encoded in C.

FalkorDB takes parameters as Cypher literals written before the statement. The
falkordb client builds that text in Python, value by value; a batch of loader
rows (thousands of maps of Chinese sentences) spent as long there as the server
spent running the statement. JSON is nearly the same literal syntax and the
standard library writes it in C. Three differences remain:

* map keys: JSON quotes them, Cypher takes them bare or in backticks, so every
  ``"key":`` that opens a map entry becomes ```key`:``. The rewrite cannot touch
  a string: inside one every ``"`` is escaped as ``\\"``, so no ``{"`` or ``,"``
  occurs there;
* escapes: FalkorDB reads ``\\"``, ``\\\\``, ``\\n``, ``\\t``, ``\\r``, ``\\b``
  and ``\\f`` but keeps ``\\uXXXX`` as written, which JSON uses for the other
  control characters; values that need it (or NaN, sets, other types JSON
  cannot write) are left to the client's own encoder;
* nothing else: numbers, ``true``/``false``/``null`` and lists read the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from falkordb.helpers import stringify_param_value

__all__ = ["params_header"]

_JSON_KEY = re.compile(r'(?<=[{,])"([^"\\`]+)":')
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def _literal(value: Any) -> str:
    try:
        text = _encode(value)
    except (TypeError, ValueError):
        return stringify_param_value(value)
    if "\\u" in text:
        return stringify_param_value(value)
    # rows of lists (the loader's largest parameters) hold no map: nothing to rewrite
    return _JSON_KEY.sub(_bare_key, text) if "{" in text else text


def _bare_key(m: re.Match[str]) -> str:
    # (a function, not the template r"`\1`:", which Python 3.11 expands in Python at every match: half the time)
    return f"`{m[1]}`:"


def params_header(params: Mapping[str, Any]) -> str:
    """``CYPHER `a`=1 `b`=[…] `` for `params` (names are the loader's and queries' own: word characters).

    >>> params_header({"rows": [{"id": "x", "text": '他说"好"'}], "limit": 5})
    'CYPHER `rows`=[{`id`:"x",`text`:"他说\\\\"好\\\\""}] `limit`=5 '
    """
    return "CYPHER " + "".join(f"`{name}`={_literal(value)} " for name, value in params.items())
