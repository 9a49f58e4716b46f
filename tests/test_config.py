"""Settings from environment variables and options."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from edukg.config import DEFAULT_BATCH_SIZE, default_data_dir, settings_from_env
from edukg.errors import InputError


def test_defaults_without_environment(monkeypatch):
    monkeypatch.setattr(Path, "home", lambda: Path("/home/someone"))
    s = settings_from_env({})
    assert (s.store, s.graph, s.batch_size, s.port) == ("embedded", "edukg", DEFAULT_BATCH_SIZE, 0)
    assert s.data_dir == default_data_dir({})
    assert str(s.data_dir).startswith("/home/someone/") and s.data_dir.name == "edukg"


def test_environment_then_options():
    environ = {"EDUKG_STORE": "NEO4J", "EDUKG_HOME": "~/kg", "EDUKG_GRAPH": "policy", "EDUKG_BATCH_SIZE": "50",
               "NEO4J_URI": "neo4j://db:7687", "NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "p", "NEO4J_DATABASE": "d"}
    s = settings_from_env(environ, graph="demo", data_dir="/tmp/x", neo4j_password=None)
    assert (s.store, s.graph, s.batch_size, s.data_dir) == ("neo4j", "demo", 50, Path("/tmp/x"))
    assert (s.neo4j_uri, s.neo4j_user, s.neo4j_password, s.neo4j_database) == ("neo4j://db:7687", "u", "p", "d")
    assert settings_from_env(environ).data_dir == Path("~/kg").expanduser()


@pytest.mark.skipif(sys.platform != "linux", reason="XDG directories are a Linux convention")
def test_xdg_data_home_is_respected():
    assert default_data_dir({"XDG_DATA_HOME": "/data"}) == Path("/data/edukg")


@pytest.mark.parametrize(
    "environ, message",
    [
        ({"EDUKG_BATCH_SIZE": "many"}, "EDUKG_BATCH_SIZE: not an integer"),
        ({"EDUKG_BATCH_SIZE": "0"}, "batch size must be at least 1"),
        ({"EDUKG_PORT": "-1"}, "EDUKG_PORT: must not be negative"),
        ({"EDUKG_STORE": "sqlite"}, "unknown store 'sqlite'"),
    ],
)
def test_bad_values_are_input_errors(environ, message):
    with pytest.raises(InputError, match=message):
        settings_from_env(environ)
