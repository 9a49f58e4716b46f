"""National reference targets: the shipped table, its loading as documents of region 全国,
and how targets-by-indicator and target-escalation show them beside local targets."""

import json

import pytest
from click.testing import CliRunner
from levels_corpus import LEVELS_DIR

from edukg.analysis.escalation import escalation
from edukg.analysis.national import COLUMNS, NATIONAL, national_facts, read_targets, shipped_table
from edukg.cli import cli
from edukg.errors import InputError
from edukg.loaders.load import load_documents
from edukg.loaders.pipeline import process_file
from edukg.ontology import vocab
from edukg.queries import bind, get_query

HEADER = "\t".join(COLUMNS)
ROW = "学前教育毛入园率\t>=\t85\t%\t2021\t教育部\t测试文件\t第一条\tthis test"


def _table(tmp_path, *rows, header=HEADER):
    path = tmp_path / "national.tsv"
    path.write_text("# a comment line\n" + "\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_shipped_table_cites_every_figure():
    targets = read_targets(shipped_table())
    assert len(targets) >= 14
    assert {t.document for t in targets} == {
        "国家中长期教育改革和发展规划纲要（2010—2020年）",
        "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
        "“十四五”学前教育发展提升行动计划",
        "“十四五”县域普通高中发展提升行动计划",
        "关于实施第三期学前教育行动计划的意见",
        "高中阶段教育普及攻坚计划（2017—2020年）",
    }
    assert all(t.issuer and t.article and t.checked and t.year in (2020, 2025) for t in targets)
    higher = {(t.year, t.value) for t in targets if t.indicator == "高等教育毛入学率"}
    assert higher == {(2020, 40), (2025, 60)}
    preschool = {(t.indicator, t.value) for t in targets if t.document == "“十四五”学前教育发展提升行动计划"}
    assert preschool == {("学前三年毛入园率", 90), ("普惠性幼儿园覆盖率", 85), ("公办园在园幼儿占比", 50)}


def test_every_national_indicator_is_an_ontology_indicator():
    """Each row names an indicator of the ontology or one of its aliases, so its target meets the
    local targets of that indicator; no figure is set twice for one indicator, year and document."""
    indicators, aliases = vocab.indicators(), vocab.indicator_aliases()
    targets = read_targets(shipped_table())
    for t in targets:
        assert aliases.get(t.indicator) in indicators, t.indicator
        assert indicators[aliases[t.indicator]].unit == t.unit, t.indicator
    keys = [(aliases[t.indicator], t.year, t.document) for t in targets]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row, message", [
    (ROW.replace(">=", "≥"), "row 4: comparator '≥' is not one of >=, <=, =, ≈"),
    (ROW.replace("\t85\t", "\t八十五\t"), "row 4: value '八十五' and year '2021' must be numbers"),
    (ROW.replace("\t2021\t", "\t\t"), "row 4: every column but unit needs a value"),
    (ROW + "\textra", "row 4: more than 9 columns"),
])
def test_a_bad_row_is_refused_naming_file_and_row(tmp_path, row, message):
    path = _table(tmp_path, ROW.replace("85", "80"), row)
    with pytest.raises(InputError) as e:
        read_targets(path)
    assert str(e.value) == f"{path}: {message}"  # line 4: after a comment, the header and a good row


def test_a_bad_header_is_refused(tmp_path):
    path = _table(tmp_path, ROW, header=HEADER.replace("article", "section"))
    with pytest.raises(InputError, match=r"national\.tsv: the header must be indicator comparator"):
        read_targets(path)


def test_national_documents_have_region_全国_and_one_cited_target_per_row():
    rows = read_targets(shipped_table())
    documents = national_facts()
    assert len(documents) == 6
    assert all(f.document.metadata.region.name == NATIONAL and f.identities.region == NATIONAL for f in documents)
    targets = [t for f in documents for t in f.targets]
    assert len(targets) == len(rows)
    for f in documents:
        for t in f.targets:  # the evidence is the target's own line of the document, naming its article
            assert f.document.norm.raw.text[t.evidence.start:t.evidence.end] == t.evidence.text
            assert t.evidence.section in t.evidence.text and str(t.value) in t.evidence.text
    # an alias of the table meets the canonical indicator local plans use
    assert "学前三年毛入园率" in {t.indicator for t in targets}


@pytest.fixture
def levels_with_nation(store, tmp_path):
    """The levels corpus and a national table with 2021 targets, in a fresh graph."""
    table = _table(tmp_path, ROW, ROW.replace("学前教育毛入园率", "高中阶段教育毛入学率").replace("85", "91"),
                   ROW.replace("2021", "2025").replace("85", "90").replace("测试文件", "另一文件"))
    load_documents(store, [process_file(p) for p in sorted(LEVELS_DIR.glob("*.txt"))] + national_facts(table))
    return store


def _run(store, name, **params):
    q = get_query(name)
    return store.query(q.body, bind(q, params), read_only=True)


def test_targets_by_indicator_shows_the_national_reference_beside_local_targets(levels_with_nation):
    rows = _run(levels_with_nation, "targets-by-indicator", indicator="学前三年毛入园率")
    by_key = {(r["region"], r["year"]): r for r in rows}
    local = by_key["施甸县", 2022]  # no national target for 2022: the next one, 2025
    assert (local["national_value"], local["national_year"], local["national_document"]) == (90, 2025, "另一文件")
    same_year = by_key["昆明市", 2021]
    assert (same_year["national_comparator"], same_year["national_value"], same_year["national_year"]) == (">=", 85, 2021)
    assert by_key[NATIONAL, 2021]["value"] == 85 and "第一条" in by_key[NATIONAL, 2021]["evidence"]


def test_escalation_starts_at_the_nation(levels_with_nation):
    rows = {(r["indicator"], r["year"], r["region"]): r for r in escalation(levels_with_nation)["escalation"]}
    nation = rows["学前三年毛入园率", 2021, NATIONAL]
    assert nation["level"] == "nation" and nation["verdict"] is None
    province = rows["学前三年毛入园率", 2021, "云南省"]
    assert (province["above_region"], province["difference"], province["verdict"]) == (NATIONAL, 3, "stricter")
    assert rows["高中阶段毛入学率", 2021, "云南省"]["verdict"] == "looser"  # 90 under the nation's 91
    assert rows["学前三年毛入园率", 2021, "保山市"]["above_region"] == "云南省"  # the nearest level above
    lineage = escalation(levels_with_nation, region="施甸县", indicator="入园率", year=2021)["escalation"]
    assert [r["region"] for r in lineage] == [NATIONAL, "云南省", "保山市", "施甸县"]
    assert _run(levels_with_nation, "target-escalation", limit=10_000) == list(rows.values())  # the same in Cypher


def test_cli_load_national_then_again_unchanged(store):
    runner = CliRunner()
    first = runner.invoke(cli, ["--graph", store.graph_name, "load", "--national"])
    assert first.exit_code == 0, first.output
    assert first.stderr.count("loaded: ") == 6 and "national reference targets" in first.stderr
    again = runner.invoke(cli, ["--graph", store.graph_name, "load", "--national"])
    assert again.stderr.count("unchanged: ") == 6
    rows = json.loads(runner.invoke(cli, ["--graph", store.graph_name, "query", "run", "targets-by-indicator",
                                          "-p", "indicator=高等教育毛入学率", "--format", "json"]).stdout)
    assert [(r["region"], r["year"], r["value"]) for r in rows] == [(NATIONAL, 2025, 60), (NATIONAL, 2020, 40)]


def test_cli_load_needs_paths_or_national():
    result = CliRunner().invoke(cli, ["load"])
    assert result.exit_code == 2 and "--national" in result.stderr


def test_an_edited_table_replaces_its_earlier_version(store, tmp_path):
    path = _table(tmp_path, ROW)
    assert [r.status for r in load_documents(store, national_facts(path))] == ["loaded"]
    _table(tmp_path, ROW.replace("\t85\t", "\t86\t"))
    assert [r.status for r in load_documents(store, national_facts(path))] == ["replaced"]
    rows = _run(store, "targets-by-indicator", indicator="学前教育毛入园率")
    assert [(r["region"], r["value"]) for r in rows] == [(NATIONAL, 86)]
