"""`edukg viz` through click's CliRunner."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from edukg.cli import cli


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    "args, message",
    [
        (["--entity", "班班通", "--region", "甲县"], "choose one of --entity, --region"),
        (["--query", "program-timeline", "--document", "d1"], "choose one of --query, --document"),
        (["-p", "program=班班通"], "-p/--param needs --query"),
        (["--depth", "-1", "--entity", "班班通"], "-1 is not in the range x>=0"),
        (["--max-nodes", "0"], "0 is not in the range x>=1"),
    ],
)
def test_bad_options_are_usage_errors_before_the_store_opens(tmp_path, args, message):
    # --data-dir names nothing, so opening the store would fail with another message
    result = run("--data-dir", str(tmp_path / "nowhere"), "viz", *args, "-o", str(tmp_path / "g.html"))
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not (tmp_path / "g.html").exists()


def _in_seed(seed_store, *args: str):
    return run("--graph", seed_store.graph_name, "viz", *args)


def test_whole_graph_page_and_screenshot(seed_store, tmp_path):
    html, png = tmp_path / "g.html", tmp_path / "g.png"
    result = _in_seed(seed_store, "-o", str(html), "--png", str(png))
    assert result.exit_code == 0, result.output
    n = seed_store.query("MATCH (n) WHERE NOT n:Evidence RETURN count(n) AS n")[0]["n"]
    assert f"{html}: {n} nodes" in result.stderr
    assert html.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert result.stdout == ""


def test_cap_warns_on_stderr(seed_store, tmp_path):
    result = _in_seed(seed_store, "--all", "--max-nodes", "30", "-o", str(tmp_path / "g.html"))
    assert result.exit_code == 0, result.output
    assert "warning: the view has" in result.stderr and "drawing 30, entities before facts" in result.stderr
    page = (tmp_path / "g.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="edukg-data">(.*?)</script>', page).group(1))
    assert len(data["nodes"]) == 30 and data["omitted"] == data["total"] - 30 > 0  # the page warns too


def test_a_graph_over_the_cap_is_drawn_as_regions_by_programs(seed_store, tmp_path):
    result = _in_seed(seed_store, "--max-nodes", "30", "-o", str(tmp_path / "g.html"))
    assert result.exit_code == 0, result.output
    assert "drawing regions × programs" in result.stderr and "warning" not in result.stderr
    page = (tmp_path / "g.html").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="edukg-data">(.*?)</script>', page).group(1))
    kinds = {n["kind"] for n in data["nodes"]}
    assert kinds == {"Region", "Program"} and data["omitted"] == 0
    provinces = {n["full"] for n in data["nodes"] if n["kind"] == "Region"}
    expected = seed_store.query("MATCH (:Document)-[:IN_REGION]->(:Region)-[:PART_OF*0..3]->(r:Region) "
                                "WHERE r.level = 'province' RETURN DISTINCT r.name AS name")
    assert provinces == {r["name"] for r in expected}
    assert len(data["edges"]) >= len(provinces)


@pytest.mark.parametrize("view", ["query", "entity", "region", "document"])
def test_each_view_writes_a_page(seed_store, tmp_path, view):
    program = seed_store.query("MATCH (d:Document)-[:MENTIONS_PROGRAM]->(p:Program) "
                               "RETURN p.name AS name, count(d) AS n ORDER BY n DESC, name LIMIT 1")[0]["name"]
    doc = seed_store.query("MATCH (d:Document)-[:IN_REGION]->(r:Region) WHERE d.title IS NOT NULL "
                           "RETURN d.title AS title, r.name AS region ORDER BY d.id LIMIT 1")[0]
    args = {
        "query": ["--query", "program-timeline", "-p", f"program={program}"],
        "entity": ["--entity", program, "--depth", "2"],
        "region": ["--region", doc["region"]],
        "document": ["--document", doc["title"]],
    }[view]
    out = tmp_path / "v.html"
    result = _in_seed(seed_store, *args, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.is_file() and "warning" not in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--entity", "不存在的实体xyz"], "Error: 不存在的实体xyz: no entity of that name in the graph\n"),
        (["--document", "不存在的文件"], "Error: 不存在的文件: no document of that name in the graph\n"),
        (["--query", "no-such-query"], "no-such-query"),
        (["--query", "program-timeline"], "program"),
    ],
)
def test_user_errors_exit_1_and_write_nothing(seed_store, tmp_path, args, message):
    out = tmp_path / "g.html"
    result = _in_seed(seed_store, *args, "-o", str(out))
    assert result.exit_code == 1, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_unwritable_output_is_a_one_line_error(seed_store, tmp_path):
    out = tmp_path / "no-such-dir" / "g.html"
    result = _in_seed(seed_store, "--max-nodes", "5", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == f"Error: {out}: No such file or directory"
