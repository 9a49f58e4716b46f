"""Program diffusion: `program-diffusion` and `edukg analyze diffusion` on the levels corpus, with its chart."""

import json

import pytest
from click.testing import CliRunner
from levels_corpus import levels_store  # noqa: F401  (a fixture)

from edukg.analysis.diffusion import adoption_by_year, chart_html, chart_png, diffusion
from edukg.cli import cli
from edukg.loaders.load import load_document
from edukg.loaders.pipeline import process_file

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_each_region_first_names_the_program_once(levels_store):
    adopters = diffusion(levels_store, "县管校聘")["adopters"]
    got = [(r["first_year"], r["region"], r["level"]) for r in adopters]
    # 施甸县 names it in 2021 and 2022: it adopted it in 2021
    assert got == [(2021, "保山市", "city"), (2021, "施甸县", "county"), (2022, "昌宁县", "county")]
    assert all("县管校聘" in r["evidence"] and str(r["first_year"]) in r["document"] for r in adopters)


def test_of_a_region_s_documents_of_its_first_year_the_first_by_title_is_its_adoption(store, tmp_path):
    texts = {
        "b.txt": "昌宁县教育体育局2021年教育工作要点\n一、深化改革\n全面推进县管校聘管理改革。",
        "a.txt": "昌宁县教育体育局2021年工作计划\n一、队伍建设\n稳步实施县管校聘。",
        "c.txt": "保山市昌宁县教育体育局2022年工作计划\n一、队伍建设\n深化县管校聘改革。",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        load_document(store, process_file(tmp_path / name))
    (adopter,) = diffusion(store, "县管校聘")["adopters"]
    assert (adopter["region"], adopter["first_year"]) == ("昌宁县", 2021)
    assert adopter["document"] == "昌宁县教育体育局2021年工作计划"  # (the 2022 plan's title comes first)
    assert adopter["evidence"] == "稳步实施县管校聘。"


def test_adopters_by_year_cumulatively_and_by_level(levels_store):
    by_year = diffusion(levels_store, "班班通")["adoption by year"]
    got = [(r["year"], r["new"], r["cumulative"], r["province"], r["county"]) for r in by_year]
    assert got == [(2021, 2, 2, 0, 2), (2022, 1, 3, 1, 2)]  # 宜良县 and 施甸县, then 云南省


def test_years_without_adoption_are_kept_and_unknown_levels_count_as_other():
    rows = adoption_by_year([{"program": "p", "first_year": 2018, "level": None},
                             {"program": "p", "first_year": 2020, "level": "city"}])
    assert [(r["year"], r["new"], r["cumulative"], r["other"], r["city"]) for r in rows] == [
        (2018, 1, 1, 1, 0), (2019, 0, 1, 1, 0), (2020, 1, 2, 1, 1)]
    assert adoption_by_year([]) == []


def test_chart_png_and_html_page(levels_store):
    sections = diffusion(levels_store, "班班通")
    png = chart_png(sections["adoption by year"])
    assert png.startswith(PNG_MAGIC) and len(png) > 5_000
    page = chart_html(sections, png)
    assert page.startswith("<!DOCTYPE html>") and "data:image/png;base64," in page
    assert "宜良县" in page and "加快班班通工程建设" in page
    assert chart_png([]).startswith(PNG_MAGIC)  # a program no plan names: an empty chart, not a failure


def test_html_escapes_document_text():
    sections = {"adopters": [{"program": "<b>x</b>", "first_year": 2021, "region": "r", "level": "county",
                              "document": "d", "evidence": "<script>alert(1)</script>"}]}
    page = chart_html(sections, PNG_MAGIC)
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "<b>x</b>" not in page


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_cli_analyze_diffusion_in_every_format_with_its_chart(levels_store, tmp_path, fmt):
    png, page = tmp_path / "班班通.png", tmp_path / "班班通.html"
    result = CliRunner().invoke(cli, ["--graph", levels_store.graph_name, "analyze", "diffusion",
                                      "--program", "班班通", "--png", str(png), "--html", str(page),
                                      "--format", fmt])
    assert result.exit_code == 0, result.output
    assert png.read_bytes().startswith(PNG_MAGIC) and "宜良县" in page.read_text(encoding="utf-8")
    if fmt == "json":
        out = json.loads(result.stdout)
        assert list(out) == ["adopters", "adoption by year"] and out["adoption by year"][-1]["cumulative"] == 3
    else:
        assert "adoption by year" in result.stdout and "宜良县" in result.stdout


def test_cli_analyze_diffusion_needs_a_program_and_a_writable_chart(levels_store, tmp_path):
    assert CliRunner().invoke(cli, ["analyze", "diffusion"]).exit_code == 2
    missing = tmp_path / "no" / "chart.png"
    result = CliRunner().invoke(cli, ["--graph", levels_store.graph_name, "analyze", "diffusion",
                                      "--program", "班班通", "--png", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(f"{missing}: cannot write: No such file or directory")
