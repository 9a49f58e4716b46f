"""structure.py: the section tree from Chinese numbering, sentences with offsets, metadata merge."""

from __future__ import annotations


import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from edukg.cli import cli

from edukg.loaders.model import Metadata, RawDocument, Region, StructuredDocument
from edukg.loaders.normalize import normalize
from edukg.loaders.read import read_document
from edukg.loaders.structure import format_outline, structure
from bundled_corpus import CORPUS_DIR



def doc_of(text: str, given: Metadata | None = None) -> StructuredDocument:
    raw = RawDocument(source="test.txt", sha256="0" * 64, encoding="utf-8", text=text)
    return structure(normalize(raw), given)


def tree(doc: StructuredDocument) -> list[tuple[str, str, int, str | None]]:
    """(number, heading, level, parent number) for every section."""
    return [
        (s.number, s.heading, s.level, doc.sections[s.parent].number if s.parent is not None else None)
        for s in doc.sections
    ]


FULL = """某县2021年教育工作计划
一、总体要求
坚持立德树人。
二、重点任务
(一)学前教育
1.扩大普惠资源。新建幼儿园6所。
(1)加强规划;
(2)保障用地。
①城区;②农村。
2.提升保教质量。一是加强教研,二是规范管理。
（二）义务教育
三、保障措施"""


def test_every_numbering_style_nests() -> None:
    doc = doc_of(FULL)
    assert tree(doc) == [
        ("一、", "总体要求", 1, None),
        ("二、", "重点任务", 1, None),
        ("(一)", "学前教育", 2, "二、"),
        ("1.", "扩大普惠资源", 3, "(一)"),
        ("(1)", "加强规划", 4, "1."),
        ("(2)", "保障用地", 4, "1."),
        ("①", "城区", 5, "(2)"),
        ("②", "农村", 5, "(2)"),
        ("2.", "提升保教质量", 3, "(一)"),
        ("一是", "加强教研", 4, "2."),
        ("二是", "规范管理", 4, "2."),
        ("(二)", "义务教育", 2, "二、"),
        ("三、", "保障措施", 1, None),
    ]


@pytest.mark.parametrize("lead", ["", " ", "  ", "\n"])
def test_a_number_opening_the_text_opens_a_section(lead: str) -> None:
    doc = doc_of(f"{lead}一、总体要求\n坚持立德树人。\n二、重点任务\n(一)学前教育")
    assert tree(doc) == [("一、", "总体要求", 1, None), ("二、", "重点任务", 1, None), ("(一)", "学前教育", 2, "二、")]


def test_spans_cover_their_children() -> None:
    doc = doc_of(FULL)
    text = doc.norm.text
    for s in doc.sections:
        assert text[s.start :].startswith(s.number.rstrip())
        assert s.start < s.end <= len(text)
        if s.parent is not None:
            parent = doc.sections[s.parent]
            assert parent.start < s.start and s.end <= parent.end
    first = doc.sections[0]
    assert text[first.start : first.end] == "一、总体要求\n坚持立德树人。"


def test_broken_numbering() -> None:
    doc = doc_of("二、组织机构\n工作职责:(1负责制订方案;(2负责组织协调;(3筹备各类会议。\n19 建立资源共享平台。\n20.加快信息化建设。")
    assert [(s.number, s.heading, s.level) for s in doc.sections] == [
        ("二、", "组织机构", 1),
        ("(1", "负责制订方案", 2),
        ("(2", "负责组织协调", 2),
        ("(3", "筹备各类会议", 2),
        ("19", "建立资源共享平台", 2),
        ("20.", "加快信息化建设", 2),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "要统一、规范办学行为。",
        "投资1.5亿元,建设校舍。",
        "比例达到1:1。",
        "专项资金(1000万元)已到位。",
        "做到一是一、二是二。",
        "第一批试点学校共10所。",
    ],
)
def test_numbers_inside_sentences_are_not_sections(text: str) -> None:
    assert doc_of("一、总体要求\n" + text).sections[1:] == ()


def test_mid_line_headings_continue_the_sequence() -> None:
    doc = doc_of("一、指导思想。坚持改革创新。二、工作目标。到年底完成。五、其他")
    assert [s.number for s in doc.sections] == ["一、", "二、"]
    doc = doc_of("一、主要任务。1.扩大资源。新建幼儿园6所。2.提升质量。比例为1:1。4.其他")
    assert [(s.number, s.heading) for s in doc.sections] == [("一、", "主要任务"), ("1.", "扩大资源"), ("2.", "提升质量")]


def test_heading_run_on_into_its_text_is_cut() -> None:
    doc = doc_of("一、指导思想以党的精神为指导,坚持教育优先发展。二、工作目标\n三、保障措施到位\n四、工作重点与主要举措安排部署")
    assert [s.heading for s in doc.sections] == ["指导思想", "工作目标", "保障措施到位", "工作重点与主要举措安排部署"]


def test_short_heading_run_on_into_its_first_item() -> None:
    doc = doc_of(
        "一、总体要求。坚持育人为本。二、组织机构(一)领导小组组长:副组长:(二)工作小组1、普通教育组:负责招生。"
        "2、督导组:负责督查。三、实施步骤。分三个阶段完成。五、工作措施1、加强领导成立工作专班,负责统筹协调。"
        "2、强化宣传营造良好氛围。"
    )
    assert tree(doc) == [
        ("一、", "总体要求", 1, None),
        ("二、", "组织机构", 1, None),
        ("(一)", "领导小组组长", 2, "二、"),
        ("(二)", "工作小组", 2, "二、"),
        ("1、", "普通教育组", 3, "(二)"),
        ("2、", "督导组", 3, "(二)"),
        ("三、", "实施步骤", 1, None),
        ("五、", "工作措施", 1, None),  # one number skipped: taken, as its heading runs on into an item
        ("1、", "加强领导成立工作专班,负责统筹协调", 2, "五、"),
        ("2、", "强化宣传营造良好氛围", 2, "五、"),
    ]
    assert [s.text for s in doc.sentences[-3:]] == ["五、工作措施", "1、加强领导成立工作专班,负责统筹协调。", "2、强化宣传营造良好氛围。"]


@pytest.mark.parametrize(
    "text",
    [
        "二、推进统一、规范管理。",  # Chinese numerals never start a run-on item
        "二、投资1.5亿元建设校舍。",
        "二、加强建设1、2号楼改造。",
        "二、组织机构(一把手负总责)。",
        "二、加强教师队伍建设工作和学校管理1、完善制度。",  # a heading too long to run on
        "二、完善管理(2)做好招生。",  # not a first item
    ],
)
def test_no_run_on_item_inside_a_heading(text: str) -> None:
    assert [s.number for s in doc_of("一、总体要求\n" + text).sections] == ["一、", "二、"]


@pytest.mark.parametrize(
    "text",
    [
        "一、总体要求。做好工作。三、四年级学生参加。",  # a skipped number without a run-on item
        "一、总体要求。做好工作。三、四年级学生1、2班参加。",  # no item: "1、2"
    ],
)
def test_a_skipped_number_mid_line_needs_a_run_on_item(text: str) -> None:
    assert [s.number for s in doc_of(text).sections] == ["一、"]


def test_table_rows_are_sentences_not_sections() -> None:
    doc = doc_of("一、重点任务\n序号\t工作任务\t牵头单位\n1\t新建幼儿园6所\t县教育局\n2\t改扩建校舍3万平方米\t县住建局")
    assert [s.number for s in doc.sections] == ["一、"]
    assert [s.text for s in doc.sentences[1:]] == [
        "序号\t工作任务\t牵头单位",
        "1\t新建幼儿园6所\t县教育局",
        "2\t改扩建校舍3万平方米\t县住建局",
    ]
    assert all(s.section == 0 for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某区教育现代化建设实施方案\n为加快发展,确保2012年顺利通过评估验收,特制订本方案。\n一、指导思想", 2012),
        # two goal years, or one past the opening: a plan of steps is for the year of its first
        ("某区教育现代化建设实施方案\n确保2012年通过评估,确保2013年全面达标。\n一、指导思想", 2012),
        ("某区教育工作规划\n确保2012年顺利通过评估验收。\n一、指导思想", None),  # a plan's year is its start
        ("某区教育现代化建设实施方案\n一、目标\n确保2012年通过评估。", 2012),
    ],
)
def test_implementation_plan_dated_by_its_goal_year(text: str, year: int | None) -> None:
    assert doc_of(text).metadata.plan_year == year


def test_chapters_and_articles() -> None:
    doc = doc_of("第一章 总则\n第一条 为规范办学行为,制定本办法。\n第二条 本办法适用于全县学校。\n第二章 附则\n第三条 本办法自发布之日起施行。")
    assert tree(doc) == [
        ("第一章", "总则", 1, None),
        ("第一条", "为规范办学行为,制定本办法", 2, "第一章"),
        ("第二条", "本办法适用于全县学校", 2, "第一章"),
        ("第二章", "附则", 1, None),
        ("第三条", "本办法自发布之日起施行", 2, "第二章"),
    ]


def test_sentences_have_offsets_and_sections() -> None:
    doc = doc_of(FULL)
    text = doc.norm.text
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    covered = {i for s in doc.sentences for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    by_text = {s.text: s for s in doc.sentences}
    assert doc.sections[by_text["新建幼儿园6所。"].section].number == "1."
    assert doc.sections[by_text["①城区;"].section].number == "①"
    assert doc.sections[by_text["二是规范管理。"].section].number == "二是"
    assert by_text["某县2021年教育工作计划"].section is None


def test_evidence_points_into_the_original() -> None:
    original = "某區(qū)2021年教育工作計劃\n一、學前三年毛入園率達到８５％以上。"
    doc = doc_of(original)
    sentence = next(s for s in doc.sentences if "入园率" in s.text)
    ev = doc.evidence(sentence)
    assert ev.text == "一、学前三年毛入园率达到85%以上。"
    assert original[ev.start : ev.end] == "一、學前三年毛入園率達到８５％以上。"
    assert ev.section == "一、"


def test_given_metadata_overrides_field_by_field() -> None:
    given = Metadata(title="人工标题", region=Region(name="某县"), url="https://example.org/a")
    meta = doc_of(FULL, given).metadata
    assert meta.title == "人工标题"
    assert meta.region == Region(name="某县")
    assert meta.url == "https://example.org/a"
    assert meta.plan_year == 2021  # not given: inferred
    assert meta.kind == "工作计划"


@pytest.mark.parametrize(
    ("name", "top", "items"),
    [("001_3002dbbffbf1c5e1.txt", 6, 32), ("004_9f55be01de2550e3.txt", 7, 45), ("000_3d07f8c2409402d8.txt", 3, 11)],
)
def test_sample_outlines(name: str, top: int, items: int) -> None:
    doc = structure(normalize(read_document(CORPUS_DIR / name)))
    levels = [s.level for s in doc.sections]
    assert levels.count(1) == top
    numbered = [s for s in doc.sections if s.level == 2]
    assert len(numbered) == items
    assert all(doc.sections[s.parent].level == 1 for s in numbered)


def test_sample_003_enumerations() -> None:
    doc = structure(normalize(read_document(CORPUS_DIR / "003_ac8d64c3291d58aa.txt")))
    first = doc.sections[0]
    assert (first.number, first.heading) == ("一、", "发展形势分析")
    children = [s for s in doc.sections if s.parent == 0]
    assert [s.number for s in children] == ["一是", "二是", "三是"]
    assert children[0].heading == "国家战略布局需要教育有力支撑"


def test_format_outline() -> None:
    doc = doc_of(FULL)
    outline = format_outline(doc)
    lines = outline.split("\n")
    assert lines[0] == "test.txt"
    assert "title: 某县2021年教育工作计划" in lines[1] and "year: 2021" in lines[1]
    assert "  一、 总体要求  [" in outline
    assert "\n      1. 扩大普惠资源  [" in outline
    assert len([line for line in lines if "[" in line]) == len(doc.sections)


def test_extract_sections_option() -> None:
    result = CliRunner().invoke(cli, ["extract", "--sections", str(CORPUS_DIR / "003_ac8d64c3291d58aa.txt")])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.split("\n")
    assert "title: 施甸县教育体育局2021年工作计划" in lines[1]
    assert any(line.startswith("    一是 国家战略布局需要教育有力支撑  [") for line in lines)


_PIECES = st.sampled_from(
    ["一、", "二、", "(一)", "(二", "1.", "2、", "(1)", "(2", "①", "②", "一是", "二是", "第一章", "。", ",", ";", "\n",
     "加强", "教育", "工作", " ", "1.5", "统一、"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.characters(codec="utf-8")), max_size=80).map("".join))
def test_structure_never_raises_and_spans_nest(text: str) -> None:
    doc = doc_of(text)
    n = len(doc.norm.text)
    for i, s in enumerate(doc.sections):
        assert 0 <= s.start < s.end <= n
        if s.parent is not None:
            assert s.parent < i
            parent = doc.sections[s.parent]
            assert parent.start < s.start and s.end <= parent.end and s.level == parent.level + 1
    for sentence in doc.sentences:
        assert doc.norm.text[sentence.start : sentence.end] == sentence.text != ""
        if sentence.section is not None:
            section = doc.sections[sentence.section]
            assert section.start <= sentence.start < section.end
