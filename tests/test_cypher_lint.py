"""Every Cypher text edukg ships passes Neo4j's own linter and names only ontology labels and types.

The linter is lintCypherQuery of the npm package @neo4j-cypher/language-support,
pinned in tests/lint/package.json and installed by ``npm ci`` (scripts/test.sh).
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from edukg.analysis import escalation
from edukg.demo import pick_statements
from edukg.loaders.derived import reach_statements, stale_statements, upgrade_statements
from edukg.loaders.load import loader_statements
from edukg.ontology import vocab
from edukg.queries import load_queries
from edukg.queries.stats import stats_statements
from edukg.sentences import statements as sentence_statements
from edukg.store.base import SIZE_STATEMENTS
from edukg.store.neo4j import Neo4jStore
from edukg.viz.subgraph import best_connected_statement

LINT_DIR = Path(__file__).parent / "lint"
SCHEMA = {"labels": sorted(vocab.labels().values()), "relationshipTypes": sorted(vocab.rel_types().values())}


def shipped_texts() -> dict[str, str]:
    texts = {f"query {q.name}": q.text for q in load_queries().values()}
    texts |= {f"loader {name}": text for name, text in loader_statements().items()}
    upgrade = upgrade_statements() | {f"stale {part}": checks for part, checks in stale_statements().items()}
    texts |= {f"upgrade {part} {i}": text for part, statements in upgrade.items() for i, text in enumerate(statements)}
    texts |= {f"counted by {cls} {prop}": text for (cls, prop), text in reach_statements().items()}
    texts |= {f"stats {name}": text for name, text in (stats_statements() | SIZE_STATEMENTS).items()}
    texts |= {f"demo {name}": text for name, text in pick_statements().items()}
    texts |= {f"analysis escalation {name}": getattr(escalation, name) for name in ("TARGETS", "DOCUMENTS", "CHOSEN")}
    texts |= {f"sentences {name}": text for name, text in sentence_statements().items()}
    # (the one text written for Neo4j apart: how it counts a node's relationships)
    texts |= {f"picture best connected {lab}": best_connected_statement(lab, Neo4jStore.degree)
              for lab in vocab.labels().values() if lab != vocab.label("Evidence")}
    return texts


def lint(texts: dict[str, str]) -> dict[str, list[dict]]:
    if shutil.which("node") is None or not (LINT_DIR / "node_modules").is_dir():
        pytest.fail("the Cypher linter is not installed: run `npm ci` in tests/lint (scripts/test.sh does)")
    done = subprocess.run(
        ["node", "lint.mjs"],
        input=json.dumps({"schema": SCHEMA, "texts": texts}),
        capture_output=True,
        text=True,
        cwd=LINT_DIR,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def diagnostics():
    return lint(shipped_texts())


# FalkorDB knows only the importing WITH of a subquery (CALL { WITH n … }), which Neo4j 5 runs and
# calls deprecated in favour of CALL (n) { … }, which FalkorDB cannot parse: that one warning is
# what running the same Cypher on both costs.
SCOPE_WARNING = "CALL subquery without a variable scope clause is deprecated"


@pytest.mark.parametrize("name", sorted(shipped_texts()))
def test_linter_finds_no_error_and_no_unknown_name(diagnostics, name):
    found = [f"{d['line']}:{d['column']} {d['severity']}: {d['message']}" for d in diagnostics[name]
             if not (d["severity"] == "warning" and d["message"].startswith(SCOPE_WARNING))]
    assert found == [], name


@pytest.mark.parametrize(
    "text, message",
    [
        ("MATCH (n:Program) RETRN n", "Invalid input 'RETRN'"),
        ("MATCH (p:Program) WHERE size((p)--()) > 1 RETURN p", "pattern expression"),
        ("MATCH (n:Programme) RETURN n", "Label Programme is not present"),
    ],
)
def test_linter_reports_faults(text, message):
    assert any(message in d["message"] for d in lint({"t": text})["t"])


_LABEL = re.compile(r"\(\s*\w*\s*:\s*([A-Za-z_]\w*)")
_TYPE = re.compile(r"\[\s*\w*\s*:\s*([A-Z_][A-Z0-9_]*(?:\s*\|\s*[A-Z_][A-Z0-9_]*)*)")


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_stored_query_names_come_from_the_ontology(name):
    text = load_queries()[name].body
    labels = set(_LABEL.findall(text)) | set(re.findall(r"\b\w+:([A-Z][a-z]\w*)\b", text))  # (types are upper case)
    types = {t.strip() for group in _TYPE.findall(text) for t in group.split("|")}
    assert labels and labels <= set(vocab.labels().values())
    assert types <= set(vocab.rel_types().values())
