"""The command line, through click's CliRunner and through a real subprocess."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from edukg import __version__
from edukg.cli import cli
from edukg.queries import load_queries


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


COMMANDS = sorted(_commands(cli), key=lambda item: item[0])


def run(*args, **kwargs):
    return CliRunner().invoke(cli, list(args), **kwargs)


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_every_command_has_help_with_an_example(path):
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    command = dict(COMMANDS)[path]
    assert command.help and "\b" in command.help and "Example" in command.help
    assert "edukg " in command.help.split("Example", 1)[1]


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_query_list_json_has_every_stored_query():
    result = run("query", "list", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["name"] for r in rows] == list(load_queries())
    assert all(r["description"] for r in rows)


def test_query_show_prints_params_and_cypher():
    result = run("query", "show", "targets-by-indicator")
    assert result.exit_code == 0, result.output
    assert "// param: indicator str required " in result.stdout
    assert "MATCH (d)-[:SETS_TARGET]->(t)-[:MEASURES]->(i)" in result.stdout


def test_unknown_query_is_a_user_error_on_one_line():
    result = run("query", "show", "no-such-query")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: no-such-query: no such stored query; known: ")


@pytest.mark.parametrize(("option", "message"), [
    ("indicator", "'indicator' is not KEY=VALUE"),
    ("a` RETURN 1 //=x", "'a` RETURN 1 //' is not a parameter name"),
])
def test_bad_key_value_is_a_usage_error(option, message):
    result = run("cypher", "RETURN 1 AS one", "-p", option)
    assert result.exit_code == 2
    assert message in result.stderr


def test_bad_parameter_is_refused_before_the_store_is_opened(tmp_path):
    # --data-dir names a file, so opening the store would fail with another message.
    result = run("--data-dir", str(tmp_path / "nowhere"), "query", "run", "targets-by-indicator", "-p", "x=1")
    assert result.exit_code == 1
    assert "targets-by-indicator: unknown parameter 'x'; targets-by-indicator takes indicator (str, required)" in result.stderr


def test_extract_missing_path_is_a_user_error(tmp_path):
    result = run("extract", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'missing.txt'}: no such file or directory"


def test_subprocess_entry_point():
    done = subprocess.run(
        [sys.executable, "-m", "edukg", "query", "list", "--format", "csv"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "name,description"
    assert "targets-by-indicator," in done.stdout


# ---------------------------------------------------------------- with the embedded store

GOLD = sorted(p.stem for p in (Path(__file__).parent / "data" / "gold").glob("*.json"))


@pytest.fixture
def gold_paths(sample_path):
    return [str(sample_path(stem)) for stem in GOLD]


@pytest.fixture
def loaded(store, graph_name, gold_paths):
    """The test graph with the gold documents loaded through `edukg load`."""
    result = run("--graph", graph_name, "load", *gold_paths)
    assert result.exit_code == 0, result.output
    return store


def test_load_summary_then_unchanged(store, graph_name, gold_paths):
    first = run("--graph", graph_name, "load", *gold_paths)
    assert first.exit_code == 0, first.output
    assert first.stdout == ""
    assert f"documents: {len(GOLD)} loaded, 0 unchanged, 0 replaced, 0 skipped" in first.stderr
    assert "written: " in first.stderr
    again = run("--graph", graph_name, "load", *gold_paths)
    assert f"documents: 0 loaded, {len(GOLD)} unchanged, 0 replaced, 0 skipped" in again.stderr
    assert "written: 0 nodes, 0 relationships" in again.stderr


def test_load_reports_skipped_files_with_reasons(store, graph_name, sample_path, tmp_path):
    shutil.copy(sample_path(GOLD[0]), tmp_path / "plan.txt")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "documents: 1 loaded, 0 unchanged, 0 replaced, 1 skipped" in result.stderr
    assert f"skipped {tmp_path / 'notes.xyz'}: unsupported file type .xyz" in result.stderr


def test_load_of_nothing_readable_fails(store, graph_name, tmp_path):
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path / "notes.xyz"))
    assert result.exit_code == 1
    assert result.stderr.strip() == (  # one line, as for any bad input
        f"Error: {tmp_path / 'notes.xyz'}: unsupported file type .xyz (supported: .txt .html .htm .docx .pdf)"
    )
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_load_missing_path(graph_name, tmp_path):
    result = run("--graph", graph_name, "load", str(tmp_path / "missing"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'missing'}: no such file or directory"


def test_query_run_json(loaded, graph_name):
    result = run("--graph", graph_name, "query", "run", "targets-by-indicator", "-p", "indicator=学前教育毛入园率",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert any(r["region"] == "施甸县" and r["year"] == 2021 and r["value"] == 85 and r["unit"] == "%" for r in rows)
    assert "学前三年毛入园率" in result.stdout  # Chinese stays readable


@pytest.mark.parametrize("fmt, first_line", [
    ("csv", "program,documents,regions,years,titles"),
    ("markdown", "| program"),
    ("table", "program"),
])
def test_query_run_formats(loaded, graph_name, fmt, first_line):
    result = run("--graph", graph_name, "query", "run", "programs-across-documents", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(first_line)
    assert "三个增长" in result.stdout


def test_query_run_no_rows_json_is_empty_array(store, graph_name):
    result = run("--graph", graph_name, "query", "run", "references-cited", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_cypher_reads_with_parameters(loaded, graph_name):
    result = run("--graph", graph_name, "cypher",
                 "MATCH (d:Document) WHERE d.plan_year = $year RETURN d.title AS title", "-p", "year=2021",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"title": "施甸县教育体育局2021年工作计划"}]


@pytest.mark.parametrize("statement", [
    "CREATE (n:Program {name: 'x'}) RETURN n.name",
    "MATCH (d:Document) DETACH DELETE d",
    "MATCH (p:Program) SET p.name = 'x'",
])
def test_cypher_refuses_writes_and_changes_nothing(loaded, graph_name, statement):
    before = loaded.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r")
    result = run("--graph", graph_name, "cypher", statement)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "read-only" in lines[0]
    assert loaded.query("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r") == before


def test_cypher_syntax_error_is_one_line(store, graph_name):
    result = run("--graph", graph_name, "cypher", "MATCH (n RETURN n")
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_stats(loaded, graph_name):
    result = run("--graph", graph_name, "stats", "--format", "json")
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    labels = {r["label"]: r["nodes"] for r in stats["nodes per label"]}
    assert labels["Document"] == len(GOLD) and labels["Target"] > 0 and labels["Evidence"] > 0
    types = {r["type"]: r["relationships"] for r in stats["relationships per type"]}
    assert types["SETS_TARGET"] == labels["Target"] and types["SUPPORTS"] > 0
    docs = stats["documents per region and year"]
    assert {"region": "施甸县", "year": 2021, "documents": 1} in docs
    assert {"region": "泸州市", "year": 2014, "documents": 1} in docs
    table = run("--graph", graph_name, "stats")
    assert "nodes per label" in table.stdout and "施甸县" in table.stdout


def test_demo_loads_samples_into_its_own_graph(store, graph_name, tmp_path):
    out = tmp_path / "demo.html"
    result = run("--graph", graph_name, "demo", "-o", str(out))
    assert result.exit_code == 0, result.output
    for name in load_queries():
        assert f"== {name}" in result.stdout
    assert "三个增长" in result.stdout
    assert out.is_file() and "<html" in out.read_text("utf-8").lower()
    assert str(out.resolve()) in result.stderr
    # the user's graph (here the test graph) is untouched
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    # the demo keeps to the embedded store even when Neo4j is chosen
    again = run("--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1", "demo", "-o", str(out))
    assert again.exit_code == 0, again.output
    assert "0 loaded, 5 unchanged" in again.stderr


def test_db_status_reset(loaded, graph_name):
    status = run("--graph", graph_name, "db", "status", "--format", "json")
    assert status.exit_code == 0, status.output
    data = json.loads(status.stdout)
    assert data["status"] == "running" and data["graphs"][graph_name]["nodes"] > 0
    refused = run("--graph", graph_name, "db", "reset", input="n\n")
    assert refused.exit_code == 1
    assert loaded.query("MATCH (n) RETURN count(n) AS n")[0]["n"] > 0
    reset = run("--graph", graph_name, "db", "reset", "--yes")
    assert reset.exit_code == 0, reset.output
    assert loaded.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


# A graph as versions before the sentences were kept on their documents wrote it: each sentence a node.
_SENTENCES_AS_NODES = (
    "CREATE (d:Document {id: 'd1', title: '某县2021年教育工作计划', plan_year: 2021})"
    "-[:MENTIONS_PROGRAM]->(p:Program {id: '班班通', name: '班班通', names: '班班通', aliases: []}), "
    "(e:Evidence {text: '推进班班通建设。', start: 10, end: 18})-[:IN_DOCUMENT]->(d), (e)-[:SUPPORTS]->(p)"
)


def test_a_graph_of_sentence_nodes_is_refused_until_reset_and_loaded_again(store, graph_name, embedded_home,
                                                                           sample_path):
    store.query(_SENTENCES_AS_NODES, read_only=False)
    for args in (("query", "run", "program-timeline", "-p", "program=班班通"), ("load", str(sample_path("000_3d07f8c2409402d8"))),
                 ("viz", "--entity", "班班通", "-o", "-"), ("stats",)):
        refused = run("--graph", graph_name, *args)
        assert refused.exit_code == 3, (args, refused.output)
        assert refused.stderr.count("\n") == 1 and str(embedded_home) in refused.stderr, refused.stderr
        assert "keeps its sentences as nodes" in refused.stderr and "edukg db reset" in refused.stderr
    assert store.query("MATCH (e:Evidence) RETURN count(e) AS n") == [{"n": 1}]  # nothing was written
    assert run("--graph", graph_name, "db", "reset", "--yes").exit_code == 0
    loaded = run("--graph", graph_name, "load", str(sample_path("000_3d07f8c2409402d8")))
    assert loaded.exit_code == 0, loaded.output
    answer = run("--graph", graph_name, "query", "run", "program-timeline", "-p", "program=班班通", "--format", "json")
    assert answer.exit_code == 0 and json.loads(answer.stdout)[0]["evidence"], answer.output


def test_db_start_stop_own_data_dir(tmp_path):
    home = ["--data-dir", str(tmp_path / "kg")]
    assert "stopped" in run(*home, "db", "status").stdout
    started = run(*home, "db", "start")
    assert started.exit_code == 0, started.output
    try:
        assert run(*home, "db", "status").stdout.startswith("running")
    finally:
        stopped = run(*home, "db", "stop")
    assert stopped.exit_code == 0 and stopped.stdout.startswith("stopped: pid")
    assert run(*home, "db", "stop").stdout.strip() == "not running"


def test_extract_writes_one_json_object_per_document(gold_paths):
    result = run("extract", *gold_paths)
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["source"] for o in objects] == gold_paths
    for o in objects:
        assert set(o) >= {"source", "document", "targets", "observations", "programs", "agencies",
                          "responsibilities", "references"}
    shidian = next(o for o in objects if o["document"]["region"] and o["document"]["region"]["name"] == "施甸县")
    assert any(t["value"] == 85 and t["unit"] == "%" for t in shidian["targets"])


def test_extract_skips_unreadable_files(sample_path, tmp_path):
    shutil.copy(sample_path(GOLD[0]), tmp_path / "plan.txt")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.strip() == f"skipped {tmp_path / 'notes.xyz'}: unsupported file type .xyz (supported: .txt .html .htm .docx .pdf)"


def test_extract_of_one_unreadable_file_fails_on_one_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    result = run("extract", str(bad))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}: ")


def test_subprocess_load_query_and_cypher(store, graph_name, gold_paths):
    edukg = [sys.executable, "-m", "edukg", "--graph", graph_name]
    loaded = subprocess.run([*edukg, "load", *gold_paths], capture_output=True, text=True, check=False)
    assert loaded.returncode == 0, loaded.stderr
    assert f"documents: {len(GOLD)} loaded" in loaded.stderr
    answered = subprocess.run([*edukg, "query", "run", "investments-by-region", "-p", "region=泸州市", "--format", "json"],
                              capture_output=True, text=True, check=False)
    assert answered.returncode == 0, answered.stderr
    rows = json.loads(answered.stdout)
    assert any(r["year"] == 2014 and r["amount"] == 1300000000 and r["unit"] == "元" for r in rows)
    refused = subprocess.run([*edukg, "cypher", "MATCH (n) DETACH DELETE n"], capture_output=True, text=True, check=False)
    assert refused.returncode == 1 and "read-only" in refused.stderr
    assert store.query("MATCH (d:Document) RETURN count(d) AS n") == [{"n": len(GOLD)}]


def test_unreachable_store_exits_3():
    result = run("--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1", "stats")
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: bolt://127.0.0.1:1: ")


def test_demo_on_a_fresh_data_dir_in_a_subprocess(tmp_path):
    home = tmp_path / "fresh"
    out = tmp_path / "g.html"
    done = subprocess.run([sys.executable, "-m", "edukg", "--data-dir", str(home), "demo", "-o", str(out)],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "documents: 5 loaded" in done.stderr and "== targets-by-indicator" in done.stdout
    assert out.is_file()
    # the server the demo started for itself is gone with it
    assert run("--data-dir", str(home), "db", "status").stdout.startswith("stopped")
    # the next command the demo suggests finds its data; the default graph says where that is
    suggested = re.search(r"^  edukg (--graph \S+ query run .*)$", done.stderr, re.M)
    assert suggested, done.stderr
    answer = run("--data-dir", str(home), *suggested[1].split(), "--format", "json")
    assert answer.exit_code == 0 and json.loads(answer.stdout), answer.output
    empty = run("--data-dir", str(home), "query", "run", "program-timeline", "-p", "program=县管校聘")
    assert "the demo's data is in --graph edukg-demo" in empty.stderr


def test_query_run_cuts_long_texts_in_a_table_only(seed_store):
    args = ("--graph", seed_store.graph_name, "query", "run", "program-timeline", "-p", "program=县管校聘")
    whole = json.loads(run(*args, "--format", "json").stdout)
    long = [r["evidence"] for r in whole if len(r["evidence"]) > 40]
    assert long
    table = run(*args).stdout
    assert long[0] not in table and long[0][:39] + "…" in table


def test_load_replaces_a_changed_file(store, graph_name, sample_path, tmp_path):
    plan = tmp_path / "plan.txt"
    shutil.copy(sample_path(GOLD[0]), plan)
    assert run("--graph", graph_name, "load", str(plan)).exit_code == 0
    plan.write_text(plan.read_text("utf-8") + "\n新建幼儿园6所。\n", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(plan))
    assert result.exit_code == 0, result.output
    assert "documents: 0 loaded, 0 unchanged, 1 replaced, 0 skipped" in result.stderr
    assert store.query("MATCH (d:Document) RETURN count(d) AS n") == [{"n": 1}]


def test_load_with_a_manifest(store, graph_name, sample_path, tmp_path):
    shutil.copy(sample_path(GOLD[-1]), tmp_path / "plan.txt")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,title,year\nplan.txt,某市2014年教育工作要点,2014\n", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path / "plan.txt"), "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    assert store.query("MATCH (d:Document) RETURN d.title AS title, d.plan_year AS year") == [
        {"title": "某市2014年教育工作要点", "year": 2014}
    ]


def test_bad_manifest_is_a_user_error(graph_name, sample_path, tmp_path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("name,title\nplan.txt,x\n", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(sample_path(GOLD[0])), "--manifest", str(manifest))
    assert result.exit_code == 1
    assert result.stderr.strip().startswith(f"Error: {manifest}: no 'file' column")
