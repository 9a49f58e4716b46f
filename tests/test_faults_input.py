"""Fault injection on what edukg reads and writes, with real files, the real CLI and the real store.

Each test builds the bad input a careful tester would try (a decompression bomb, a
file name that is not UTF-8, random bytes called .txt, a page nested thousands of
elements deep, a broken manifest, a symbolic link loop) or plants a formula in the
data, and checks what edukg says and keeps. The figures in README's "Reliability
and security" section count these cases.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from bundled_corpus import SAMPLES
from click.testing import CliRunner

from edukg.cli import cli
from edukg.loaders.expansion import MAX_MEMBERS, MAX_PDF_STREAM
from edukg.loaders.manifest import COLUMNS
from edukg.loaders.read import read_document

MB = 2**20
MEMORY_LIMIT = 200 * MB  # what one input may cost, bomb or not


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


# Runs a command and prints its exit status and peak memory (KiB). A child's peak counts the
# memory of the process it was forked from, so the command is started from this small
# process, never from pytest itself, which may hold hundreds of MB.
_MEASURE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
proc.returncode = os.waitstatus_to_exitcode(status)
print(proc.returncode, usage.ru_maxrss)
"""


def peak_memory(*args: str) -> tuple[int, str, int]:
    """Run ``edukg ARGS`` in a process of its own: (exit status, stderr, peak resident memory in bytes)."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "edukg", *args],
                          capture_output=True, text=True, check=True)
    status, kib = done.stdout.split()
    return int(status), done.stderr, int(kib) * 1024


# --- item 3: formulas in CSV, table breakers in markdown ------------------------------------

FORMULA_TITLE = '=HYPERLINK("http://example.org/x","点击")'
FORMULA_ISSUER = "@SUM(1+1)"
BREAKING_TITLE = "规划|附件\n第二行"


@pytest.fixture
def planted(store, graph_name: str, tmp_path: Path) -> str:
    """Two sample documents loaded with a manifest that plants a formula and a table breaker."""
    for name, sample in (("a.txt", SAMPLES[0]), ("b.txt", SAMPLES[1])):
        shutil.copy(sample, tmp_path / name)
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "title", "issuer"])
        writer.writerow(["a.txt", FORMULA_TITLE, FORMULA_ISSUER])
        writer.writerow(["b.txt", BREAKING_TITLE, "-2+3"])
    result = run("--graph", graph_name, "load", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                 "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    return graph_name


_TITLES = "MATCH (d:Document) RETURN d.title AS title, d.issuer AS issuer, d.plan_year AS year ORDER BY d.file"


def test_query_csv_neutralizes_formulas(planted: str) -> None:
    result = run("--graph", planted, "cypher", _TITLES, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["title"] for r in rows] == ["'" + FORMULA_TITLE, BREAKING_TITLE]
    assert [r["issuer"] for r in rows] == ["'" + FORMULA_ISSUER, "'-2+3"]
    assert all(not r["year"].startswith("'") for r in rows)  # numbers are not formulas


def test_csv_leaves_numbers_alone(embedded_server, graph_name: str) -> None:
    result = run("--graph", graph_name, "cypher", "RETURN -5 AS n, -2.5 AS x, '-5' AS s, ['=1'] AS l", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n,x,s,l", "-5,-2.5,'-5,\"[\"\"=1\"\"]\""]


def test_stored_query_csv_neutralizes_formulas(planted: str) -> None:
    result = run("--graph", planted, "query", "run", "theme-coverage", "--format", "csv")
    assert result.exit_code == 0, result.output
    cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
    assert "'" + FORMULA_TITLE in cells
    assert FORMULA_TITLE not in cells


def test_export_csv_neutralizes_formulas(planted: str, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = run("--graph", planted, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    cells = [c for f in out.glob("*.csv") for row in csv.reader(io.StringIO(f.read_text(encoding="utf-8"))) for c in row]
    assert "'" + FORMULA_TITLE in cells and "'" + FORMULA_ISSUER in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]


def test_markdown_escapes_pipes_and_line_breaks(planted: str) -> None:
    result = run("--graph", planted, "cypher", _TITLES, "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 4  # header, rule, two rows: the newline did not break a row
    assert all(line.count("|") - line.count("\\|") == 4 for line in lines)  # three columns everywhere
    assert "规划\\|附件<br>第二行" in lines[3]


# --- item 7: deep HTML (the reader's own test is in test_read.py) ----------------------------


def test_a_page_too_deep_is_skipped_with_the_reason(store, graph_name: str, tmp_path: Path) -> None:
    shutil.copy(SAMPLES[0], tmp_path / "plan.txt")
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + "<p>学前三年毛入园率达到90%以上。</p>" + "</div>" * 3000
                    + "</body></html>", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (f"skipped {deep}: HTML nested deeper than 2048 elements: the text past that depth cannot be read"
            in result.stderr.splitlines())
