"""The command line, through click's CliRunner and through a real subprocess."""

import json
import subprocess
import sys

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
    assert "// param indicator (str, default required)" in result.stdout
    assert "MATCH (d:Document)-[:SETS_TARGET]->(t:Target)" in result.stdout


def test_unknown_query_is_a_user_error_on_one_line():
    result = run("query", "show", "no-such-query")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: no-such-query: no such stored query; known: ")


def test_bad_key_value_is_a_usage_error():
    result = run("query", "run", "targets-by-indicator", "-p", "indicator")
    assert result.exit_code == 2
    assert "'indicator' is not KEY=VALUE" in result.stderr


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
