"""FalkorDB's error messages made readable: a syntax error names the character and where it is.

FalkorDB points at a byte offset: when that byte starts a Chinese character, the message
shows a lone byte (``Invalid input '�'``) and a byte column. The character and its column
are taken from the statement instead.
"""

from __future__ import annotations

import re

__all__ = ["readable_error"]

_SYNTAX = re.compile(
    r"errMsg: (?P<message>.*?) line: \d+, column: \d+, offset: (?P<offset>\d+) errCtx: .*", re.S
)
_LONE_BYTE = "Invalid input '\ufffd'"


def readable_error(message: str, cypher: str) -> str:
    """`message` as a user reads it: a syntax error with the character, line and column it stops at.

    Examples
    --------
    >>> readable_error("errMsg: Invalid input '\ufffd': expected a label line: 1, column: 10, offset: 9 "
    ...                "errCtx: MATCH (n:文件 RETURN n errCtxOffset: 9", "MATCH (n:文件 RETURN n")
    "Invalid input '文': expected a label (line 1, column 10)"
    >>> readable_error("Type mismatch: expected Integer", "RETURN 1 + 'a'")
    'Type mismatch: expected Integer'
    """
    match = _SYNTAX.match(message)
    if match is None:
        return message
    data = cypher.encode("utf-8")
    offset = int(match["offset"])
    text = match["message"]
    if _LONE_BYTE in text and offset < len(data):
        text = text.replace(_LONE_BYTE, f"Invalid input {data[offset:].decode('utf-8', 'ignore')[:1]!r}", 1)
    before = data[:offset].decode("utf-8", "ignore")
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")
    return f"{text} (line {line}, column {column})"
