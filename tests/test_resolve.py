import pytest
from structured_samples import CITY, COUNTY, structured

from edukg.loaders.extract import extract_facts
from edukg.loaders.model import facts_to_dict
from edukg.loaders.resolve import agency_key, canonical_indicator, canonical_program, resolve


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("第二轮学前教育三年行动计划", "学前教育三年行动计划"),
        ("新一轮学前教育三年行动计划", "学前教育三年行动计划"),
        ("学生营养改善计划", "农村义务教育学生营养改善计划"),
        ("营养改善计划", "农村义务教育学生营养改善计划"),
        ("中小学教师国家级培训计划", "国培计划"),  # its name of 2010, before kindergartens joined it
        ("平安校园建设", "平安校园"),
        ("第二期特殊教育提升计划(2017—2020年)", "特殊教育提升计划"),
        ("“三通两平台”", "三通两平台"),
        ("县管校用", "县管校用"),  # a distinct policy, not an alias of 县管校聘
        ("某地特色项目", "某地特色项目"),  # unknown names stay as they are
    ],
)
def test_canonical_program(name, canonical):
    assert canonical_program(name) == canonical


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("学前教育毛入园率", "学前三年毛入园率"),
        ("学前三年毛入园率", "学前三年毛入园率"),
        ("义务教育巩固率", "九年义务教育巩固率"),
        ("总投资", "教育投资"),
        ("幼儿园", "幼儿园"),
    ],
)
def test_canonical_indicator(name, canonical):
    assert canonical_indicator(name) == canonical


@pytest.mark.parametrize(
    ("name", "region", "key"),
    [
        ("机构编制部门", COUNTY, "云岭省/江城市/青山县/机构编制部门"),
        ("青山县教育体育局", COUNTY, "青山县教育体育局"),
        ("江城市教育局", COUNTY, "江城市教育局"),
        ("教育部", COUNTY, "教育部"),
        ("教育局", None, "教育局"),
    ],
)
def test_agency_key(name, region, key):
    assert agency_key(name, region) == key


def test_resolve_merges_program_variants_and_keeps_aliases():
    text = "启动实施第二轮学前教育三年行动计划。\n深入贯彻落实学前教育三年行动计划。"
    facts = resolve(extract_facts(structured(text)))
    (program,) = facts.programs
    assert program.name == "学前教育三年行动计划"
    assert program.aliases == ("第二轮学前教育三年行动计划",)
    assert len(program.evidence) == 2


def test_jsonl_names_a_program_as_the_document_writes_it():
    text = "启动实施第二轮学前教育三年行动计划。\n深入贯彻落实学前教育三年行动计划。推进“三通两平台”建设。"
    programs = {p["id"]: p["name"] for p in facts_to_dict(resolve(extract_facts(structured(text))))["programs"]}
    # the first way the document names it, or one holding the canonical name whole; the id is the canonical name
    assert programs == {"学前教育三年行动计划": "第二轮学前教育三年行动计划", "三通两平台": "三通两平台"}
    text = "实施学前教育行动计划。\n2016年完成第二期学前教育三年行动计划。"
    programs = {p["id"]: p["name"] for p in facts_to_dict(resolve(extract_facts(structured(text))))["programs"]}
    assert programs == {"学前教育三年行动计划": "第二期学前教育三年行动计划"}


def test_same_indicator_across_documents():
    a = resolve(extract_facts(structured("学前教育毛入园率达到90%以上。", region=CITY)))
    b = resolve(extract_facts(structured("学前三年毛入园率达到85%以上。", region=COUNTY)))
    assert a.targets[0].indicator == b.targets[0].indicator == "学前三年毛入园率"
    assert a.targets[0].theme == "学前教育"


def test_resolve_is_idempotent():
    facts = resolve(extract_facts(structured("推进“三通两平台”和平安校园建设,学前教育毛入园率达到90%。")))
    assert resolve(facts) == facts
