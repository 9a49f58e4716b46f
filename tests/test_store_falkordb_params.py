"""Parameters reach the real FalkorDB server exactly as given, whichever encoder writes them."""

from __future__ import annotations

import pytest
from falkordb.helpers import stringify_param_value
from falkordb.query_result import QueryResult
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edukg.errors import InputError
from edukg.store.embedded import _compact_rows, _rows
from edukg.store.falkordb_params import params_header

VALUES = {
    "quotes": '他说"好"，\'也好\'',
    "backslashes": "C:\\dir\\file \\u4e2d \\n",
    "whitespace escapes": "一\n二\t三\r四\b五\f",
    "control characters": "\x01\x1f\x7f",
    "separators": "\u2028\u2029\ufeff",
    "key-like text": '{"id":1},"text":`x`',
    "numbers": [0, -1, 2**62, 85.5, 1e-05, 1.5e20],
    "booleans and null": [True, False, None],
    "nested": {"id": "x", "props": {"end": 3, "section": None, "aliases": ["学前教育毛入园率", ""]}},
    "rows of lists": [["a", "b", 1, None, ["c"]], []],
    "empty": ["", [], {}],
}


def echo(store, value):
    return store.query("RETURN $value AS value", {"value": value})[0]["value"]


@pytest.mark.parametrize("value", VALUES.values(), ids=VALUES.keys())
def test_values_reach_the_server_unchanged(store, value):
    assert echo(store, value) == value


def test_a_nul_character_is_refused_not_cut_short(store):
    # the server reads the statement as a C string; edukg's reader refuses such files as binary
    with pytest.raises(InputError):
        echo(store, "a\x00b")


def test_json_text_is_used_and_keys_become_identifiers():
    header = params_header({"rows": [{"id": "甲", "end": 2}], "limit": 5})
    assert header == 'CYPHER `rows`=[{`id`:"甲",`end`:2}] `limit`=5 '


@pytest.mark.parametrize("value", ["\x01", float("nan"), {1, 2}], ids=["\\u escape", "nan", "set"])
def test_values_json_cannot_write_as_falkordb_reads_them_use_the_client_encoder(value):
    assert params_header({"v": value}) == f"CYPHER `v`={stringify_param_value(value)} "


def json_values(floats: bool) -> st.SearchStrategy:
    scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(
        st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=20)
    if floats:
        scalars |= st.floats(allow_nan=False, allow_infinity=False)
    keys = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)
    return st.recursive(scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(keys, c, max_size=4),
                        max_leaves=12)


def server_reads(store, header: str):
    return store.query(header + "RETURN $v AS v")[0]["v"]


# The store fixture only answers these statements and keeps nothing, so it may serve every example.
many = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@many
@given(value=json_values(floats=False))
def test_any_value_without_floats_round_trips(store, value):
    assert server_reads(store, params_header({"v": value})) == value


@many
@given(value=json_values(floats=True))
def test_the_server_reads_any_value_as_from_the_client_encoder(store, value):
    # compared with the client's text, not with `value`: replies print floats to 15 digits
    ours = server_reads(store, params_header({"v": value}))
    assert ours == server_reads(store, f"CYPHER `v`={stringify_param_value(value)} ")


@many
@given(value=json_values(floats=True))
def test_replies_are_decoded_as_the_client_decodes_them(store, value):
    # the store decodes replies of scalars, lists and maps itself (embedded._compact_rows)
    graph = store._graph
    graph.query("RETURN 0")  # (a read of a graph that does not exist yet is refused)
    statement = params_header({"v": value}) + "RETURN $v AS v, [$v, {k: $v}] AS nested"
    reply = graph.execute_command("GRAPH.RO_QUERY", graph.name, statement, "--compact")
    assert _compact_rows(reply) == _rows(QueryResult(graph, reply))
