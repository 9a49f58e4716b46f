"""What a read-only statement may do beyond reading the graph: nothing.

Both stores refuse a statement on a read-only path that loads data (``LOAD CSV``
reads files and fetches URLs, even inside a read transaction) or calls a
procedure outside :data:`READ_ONLY_PROCEDURES` (procedures may write, or reach
the network, whatever the transaction allows). The check reads the statement
as Cypher's lexer would: comments and string literals are dropped first, so
neither hides a clause nor fakes one, and keywords match in any case.
"""

from __future__ import annotations

import re

from edukg.errors import ReadOnlyError

__all__ = ["READ_ONLY_PROCEDURES", "check_read_only"]

# Procedures that only read the graph or its schema: FalkorDB's and Neo4j's, lower-cased.
READ_ONLY_PROCEDURES = frozenset({
    # both stores
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes", "db.constraints",
    "dbms.procedures", "dbms.functions",
    # FalkorDB
    "db.meta.stats", "db.idx.fulltext.querynodes", "db.idx.fulltext.queryrelationships",
    "db.idx.vector.querynodes", "db.idx.vector.queryrelationships",
    "algo.betweenness", "algo.bfs", "algo.labelpropagation", "algo.msf", "algo.pagerank",
    "algo.sppaths", "algo.sspaths", "algo.wcc",
    # Neo4j
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
    "db.index.vector.querynodes", "db.index.vector.queryrelationships", "dbms.components",
})

# One token of what hides words from the check: a comment, a string literal or a quoted name.
_HIDING = re.compile(
    r"""//[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z)|`(?:[^`]|``)*(?:`|\Z)""",
    re.DOTALL,
)
_LOAD = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
# CALL and what follows: a procedure name (dotted, maybe spaced), or a subquery's ( or {
# (not a property n.call; a map key call: or a variable named call is refused, which is safe)
_CALL = re.compile(r"(?<![.\w$])CALL\b\s*(?P<name>[^\s(){};.:,\[\]]+(?:\s*\.\s*[^\s(){};.:,\[\]]+)*)?",
                   re.IGNORECASE)


def _blank(token: str) -> str:
    """What a token leaves in the statement: a space for a comment, an empty literal for a
    string, a plain name for a quoted one (so a quoted procedure name is never allowed)."""
    return {"/": " ", "`": " `quoted` "}.get(token[0], "''")


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyError naming the clause if `cypher` loads data or calls a procedure
    that is not known to only read."""
    code = _HIDING.sub(lambda m: _blank(m.group()), cypher)
    if _LOAD.search(code):
        raise ReadOnlyError("refused: LOAD CSV reads files and URLs, and this path is read-only")
    for call in _CALL.finditer(code):
        name = call.group("name")
        if name is None:  # CALL { … } or CALL (x) { … }: a subquery, checked with the rest
            continue
        procedure = re.sub(r"\s+", "", name)
        if procedure.lower() not in READ_ONLY_PROCEDURES:
            raise ReadOnlyError(f"refused: CALL {procedure} is not a read-only procedure, and this path is read-only")
