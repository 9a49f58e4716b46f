"""层层加码: `target-escalation` and `edukg analyze escalation` on the levels corpus."""

import json

import pytest
from click.testing import CliRunner
from levels_corpus import levels_store  # noqa: F401  (a fixture)

from edukg.analysis.escalation import escalation, summarize
from edukg.cli import cli
from edukg.queries import bind, get_query

# (indicator, year, region) → (level, comparator, value, unit, region above, verdict)
EXPECTED = {
    ("学前三年毛入园率", 2021, "云南省"): ("province", ">=", 88, "%", None, None),
    ("学前三年毛入园率", 2021, "保山市"): ("city", ">=", 89, "%", "云南省", "stricter"),  # 学前三年… and ％
    ("学前三年毛入园率", 2021, "昆明市"): ("city", ">=", 87, "%", "云南省", "looser"),
    ("学前三年毛入园率", 2021, "施甸县"): ("county", ">=", 90, "%", "保山市", "stricter"),  # 学前教育…
    ("学前三年毛入园率", 2021, "昌宁县"): ("county", ">=", 89, "%", "保山市", "equal"),
    ("学前三年毛入园率", 2021, "宜良县"): ("county", ">=", 86, "%", "昆明市", "looser"),
    ("学前三年毛入园率", 2021, "嵩明县"): ("county", ">=", 88, "%", "昆明市", "stricter"),
    ("学前三年毛入园率", 2022, "云南省"): ("province", ">=", 90, "%", None, None),
    ("学前三年毛入园率", 2022, "施甸县"): ("county", ">=", 92, "%", "云南省", "stricter"),  # 保山市 set none
    ("学前三年毛入园率", 2022, "昌宁县"): ("county", ">=", 89, "%", "云南省", "looser"),
    ("九年义务教育巩固率", 2021, "云南省"): ("province", ">=", 95, "%", None, None),
    ("九年义务教育巩固率", 2021, "保山市"): ("city", ">=", 95, "%", "云南省", "equal"),
    ("九年义务教育巩固率", 2021, "施甸县"): ("county", ">=", 94, "%", "保山市", "looser"),
    ("九年义务教育巩固率", 2021, "昌宁县"): ("county", ">=", 95, "%", "保山市", "equal"),
    ("九年义务教育巩固率", 2021, "宜良县"): ("county", "≈", 96, "%", "云南省", "stricter"),  # 左右: a value, as =
    ("九年义务教育巩固率", 2022, "云南省"): ("province", ">=", 96, "%", None, None),
    ("九年义务教育巩固率", 2022, "施甸县"): ("county", ">=", 96, "%", "云南省", "equal"),
    ("九年义务教育巩固率", 2022, "昌宁县"): ("county", ">=", 94, "%", "云南省", "looser"),
    ("高中阶段毛入学率", 2021, "云南省"): ("province", ">=", 90, "%", None, None),
    ("高中阶段毛入学率", 2021, "昆明市"): ("city", ">=", 92, "%", "云南省", "stricter"),
    ("高中阶段毛入学率", 2021, "昌宁县"): ("county", ">=", 88, "%", "云南省", "looser"),  # 保山市 set none
    ("高中阶段毛入学率", 2021, "宜良县"): ("county", ">=", 92, "%", "昆明市", "equal"),
    ("高中阶段毛入学率", 2021, "嵩明县"): ("county", "range", 80, "%", "昆明市", "incomparable"),
    ("高中阶段毛入学率", 2022, "云南省"): ("province", ">=", 91, "%", None, None),
    ("高中阶段毛入学率", 2022, "施甸县"): ("county", ">=", 90, "%", "云南省", "looser"),
    ("县域义务教育校际综合差异系数小学", 2021, "云南省"): ("province", "<=", 0.5, "", None, None),
    ("县域义务教育校际综合差异系数小学", 2021, "保山市"): ("city", "<=", 0.45, "", "云南省", "stricter"),
    ("县域义务教育校际综合差异系数小学", 2021, "施甸县"): ("county", "<=", 0.55, "", "保山市", "looser"),
    ("县域义务教育校际综合差异系数小学", 2022, "昌宁县"): ("county", "<=", 0.6, "", None, None),  # none above
    ("教育经费投入", 2021, "云南省"): ("province", ">=", 120_000_000_000, "元", None, None),  # 1200亿元
    ("教育经费投入", 2021, "保山市"): ("city", ">=", 1_500_000_000, "元", "云南省", "looser"),  # 150000万元
}


def _key(row):
    return row["indicator"], row["year"], row["region"]


@pytest.fixture(scope="module")
def every_row(levels_store):
    return escalation(levels_store)["escalation"]


def test_every_target_gets_its_level_and_verdict(every_row):
    got = {_key(r): (r["level"], r["comparator"], r["value"], r["unit"], r["above_region"], r["verdict"])
           for r in every_row}
    assert got == EXPECTED
    assert len(every_row) == len(EXPECTED)


def test_difference_and_ratio_to_the_level_above(every_row):
    rows = {_key(r): r for r in every_row}
    stricter = rows["学前三年毛入园率", 2021, "施甸县"]
    assert (stricter["above_value"], stricter["difference"], stricter["ratio"]) == (89, 1, round(90 / 89, 4))
    lower_is_stricter = rows["县域义务教育校际综合差异系数小学", 2021, "保山市"]
    assert lower_is_stricter["difference"] == -0.05 and lower_is_stricter["ratio"] == 0.9
    money = rows["教育经费投入", 2021, "保山市"]
    assert money["ratio"] == 0.0125 and money["above_unit"] == "元"
    top = rows["学前三年毛入园率", 2021, "云南省"]
    assert top["difference"] is None and top["ratio"] is None
    incomparable = rows["高中阶段毛入学率", 2021, "嵩明县"]
    assert incomparable["value_max"] == 85 and incomparable["difference"] is None
    assert all(r["evidence"] and str(r["value"]).rstrip("0").rstrip(".")[:2] in r["evidence"].replace("亿", "")
               or r["unit"] == "元" for r in every_row)


def test_rows_run_from_the_top_down(every_row):
    ranks = ["nation", "province", "city", "county", "below county"]
    keys = [(r["indicator"], -r["year"], ranks.index(r["level"])) for r in every_row]
    assert keys == sorted(keys)


@pytest.mark.parametrize("asked", ["学前教育毛入园率", "学前三年毛入园率", "毛入园率"])
def test_any_alias_finds_the_same_chain(levels_store, every_row, asked):
    rows = escalation(levels_store, indicator=asked)["escalation"]
    assert rows == [r for r in every_row if r["indicator"] == "学前三年毛入园率"]


def test_region_keeps_its_lineage_and_year_its_targets(levels_store):
    rows = escalation(levels_store, region="施甸县", year=2021)["escalation"]
    assert {r["region"] for r in rows} == {"云南省", "保山市", "施甸县"}
    assert {r["year"] for r in rows} == {2021}
    city = escalation(levels_store, region="昆明市", indicator="入园率")["escalation"]
    assert [r["region"] for r in city] == ["云南省", "云南省", "昆明市", "宜良县", "嵩明县"]
    assert escalation(levels_store, region="不存在县")["escalation"] == []


def test_summary_counts_each_level(levels_store):
    summary = {(r["indicator"], r["level"]): r for r in escalation(levels_store)["escalation summary"]}
    county = summary["学前三年毛入园率", "county"]
    assert (county["compared"], county["stricter"], county["equal"], county["looser"]) == (6, 3, 1, 2)
    assert county["share_stricter"] == 0.5 and county["mean_difference"] == 0.3333  # +1, 0, -1, +1, +2, -1
    high = summary["高中阶段毛入学率", "county"]
    assert (high["compared"], high["incomparable"], high["share_stricter"]) == (4, 1, 0.0)
    assert ("学前三年毛入园率", "province") not in summary  # nothing above to compare with


def test_summary_of_nothing_is_empty():
    assert summarize([]) == []


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_cli_analyze_escalation_in_every_format(levels_store, fmt):
    result = CliRunner().invoke(cli, ["--graph", levels_store.graph_name, "analyze", "escalation",
                                      "--indicator", "学前教育毛入园率", "--year", "2022", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        out = json.loads(result.stdout)
        assert list(out) == ["escalation", "escalation summary"]
        assert [r["verdict"] for r in out["escalation"]] == [None, "stricter", "looser"]  # 施甸县, 昌宁县
        assert out["escalation summary"][0]["stricter"] == 1
    else:
        assert "escalation summary" in result.stdout and "施甸县" in result.stdout and "stricter" in result.stdout


@pytest.mark.parametrize("params", [{}, {"region": "施甸县"}, {"indicator": "高中", "year": 2021}])
def test_the_stored_query_answers_the_same_rows(levels_store, params):
    q = get_query("target-escalation")
    stored = levels_store.query(q.body, bind(q, {**params, "limit": 10_000}), read_only=True)
    assert stored == escalation(levels_store, **params)["escalation"]


def test_the_table_cuts_sentences_for_the_terminal_and_csv_keeps_them(levels_store):
    args = ["--graph", levels_store.graph_name, "analyze", "escalation", "--indicator", "入园率", "--region", "昌宁县"]
    table = CliRunner().invoke(cli, [*args, "--format", "table"])
    csv_out = CliRunner().invoke(cli, [*args, "--format", "csv"])
    sentence = "2021年,全县学前三年毛入园率达到89%以上,九年义务教育巩固率达到95%,高中阶段毛入学率达到88%以上。"
    assert table.exit_code == csv_out.exit_code == 0, table.output + csv_out.output
    assert sentence in csv_out.stdout and sentence not in table.stdout
    assert sentence[:39] + "…" in table.stdout
