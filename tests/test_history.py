"""Plan over plan: `region-target-history`, `region-program-history` and `edukg analyze history`
on the levels corpus (施甸县 and 昌宁县 have plans for 2021 and 2022)."""

import json

import pytest
from click.testing import CliRunner
from levels_corpus import levels_store  # noqa: F401  (a fixture)

from edukg.analysis.history import history
from edukg.cli import cli

# region → (indicator, plan year, change, value, previous value)
TARGETS = {
    "施甸县": [
        ("九年义务教育巩固率", 2021, "new", 94, None),
        ("九年义务教育巩固率", 2022, "raised", 96, 94),
        ("县域义务教育校际综合差异系数小学", 2021, "new", 0.55, None),
        ("县域义务教育校际综合差异系数小学", 2022, "dropped", None, 0.55),
        ("学前三年毛入园率", 2021, "new", 90, None),  # 学前教育毛入园率 in 2021, 学前三年… in 2022
        ("学前三年毛入园率", 2022, "raised", 92, 90),
        ("高中阶段毛入学率", 2022, "new", 90, None),
    ],
    "昌宁县": [
        ("九年义务教育巩固率", 2021, "new", 95, None),
        ("九年义务教育巩固率", 2022, "lowered", 94, 95),
        ("县域义务教育校际综合差异系数小学", 2022, "new", 0.6, None),
        ("学前三年毛入园率", 2021, "new", 89, None),
        ("学前三年毛入园率", 2022, "kept", 89, 89),
        ("高中阶段毛入学率", 2021, "new", 88, None),
        ("高中阶段毛入学率", 2022, "dropped", None, 88),
    ],
}


@pytest.mark.parametrize("region", sorted(TARGETS))
def test_every_change_of_target_plan_over_plan(levels_store, region):
    rows = history(levels_store, region)["target history"]
    got = [(r["indicator"], r["year"], r["change"], r["value"], r["previous_value"]) for r in rows]
    assert got == TARGETS[region]
    for r in rows:  # each side with its sentence
        assert (r["evidence"] is None) == (r["change"] == "dropped")
        assert (r["previous_evidence"] is None) == (r["change"] == "new")
        assert r["evidence"] is None or str(r["value"]) in r["evidence"]
        assert r["previous_evidence"] is None or str(r["previous_value"]) in r["previous_evidence"]


def test_programs_added_and_dropped_with_their_sentences(levels_store):
    rows = history(levels_store, "施甸县")["program history"]
    got = [(r["year"], r["change"], r["program"], r["previous_year"]) for r in rows]
    assert got == [(2021, "added", "县管校聘", None), (2021, "added", "班班通", None),
                   (2022, "added", "学前教育三年行动计划", 2021), (2022, "dropped", "班班通", 2021)]
    dropped = rows[-1]
    assert "班班通" in dropped["evidence"] and "2021" in dropped["document"]  # the sentence of the plan before
    assert "学前教育三年行动计划" in rows[2]["evidence"] and "2022" in rows[2]["document"]


def test_indicator_filter_and_a_region_with_one_plan(levels_store):
    rows = history(levels_store, "施甸县", indicator="学前教育毛入园率")["target history"]
    assert [r["change"] for r in rows] == ["new", "raised"]
    single = history(levels_store, "宜良县")
    assert {r["change"] for r in single["target history"]} == {"new"}
    assert [(r["change"], r["program"]) for r in single["program history"]] == [("added", "班班通")]
    assert history(levels_store, "不存在县") == {"target history": [], "program history": []}


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_cli_analyze_history_in_every_format(levels_store, fmt):
    result = CliRunner().invoke(cli, ["--graph", levels_store.graph_name, "analyze", "history",
                                      "--region", "昌宁县", "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        out = json.loads(result.stdout)
        assert list(out) == ["target history", "program history"]
        assert {r["change"] for r in out["target history"]} == {"new", "lowered", "kept", "dropped"}
    else:
        assert "target history" in result.stdout and "lowered" in result.stdout and "教师交流轮岗" in result.stdout


def test_cli_analyze_history_needs_a_region():
    result = CliRunner().invoke(cli, ["analyze", "history"])
    assert result.exit_code == 2 and "--region" in result.stderr
