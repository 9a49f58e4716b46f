"""metadata.py, gazetteer.py, manifest.py: what a document says about itself, and what a manifest overrides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edukg.errors import InputError
from edukg.loaders import gazetteer as gazetteer_module
from edukg.loaders.gazetteer import gazetteer, region_changes
from edukg.loaders.manifest import read_manifest
from edukg.loaders.metadata import _NEWS_OPENING, _NEWS_OPENING_GATE, parse_date
from edukg.loaders.model import Metadata, RawDocument, Region
from edukg.loaders.normalize import normalize
from edukg.loaders.pipeline import process_file
from edukg.loaders.read import read_document
from edukg.loaders.structure import structure
from bundled_corpus import CORPUS_DIR

ROOT = Path(__file__).parent.parent
GOLD = sorted((ROOT / "tests" / "data" / "gold").glob("*.json"))


def metadata_of(text: str) -> Metadata:
    raw = RawDocument(source="test.txt", sha256="0" * 64, encoding="utf-8", text=text)
    return structure(normalize(raw)).metadata


def region_dict(region: Region | None) -> dict | None:
    if region is None:
        return None
    return {k: getattr(region, k) for k in ("name", "province", "city", "county")}


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem[:3])
def test_gold_document_metadata(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    expected = gold["document"]
    meta = structure(normalize(read_document(CORPUS_DIR / gold["file"]))).metadata
    got = {
        "title": meta.title,
        "kind": meta.kind,
        "region": region_dict(meta.region),
        "plan_year": meta.plan_year,
        "published": meta.published,
        "issuer": meta.issuer,
    }
    for key, value in got.items():
        accepted = [expected[key], *expected.get(f"{key}_accept", [])]
        if key == "region":
            accepted = [a if a is None or isinstance(a, dict) else None for a in accepted]
        assert value in accepted, (key, value, accepted)


def test_renamed_region_keeps_its_name_and_gains_the_current_one() -> None:
    meta = structure(normalize(read_document(CORPUS_DIR / "002_9d618a1d3a8e1fef.txt"))).metadata
    region = meta.region
    assert region.name == region.county == "楚州区"
    assert (region.province, region.city) == ("江苏省", "淮安市")
    assert region.aliases == ("淮安区",)
    assert region.code == gazetteer().lookup("淮安区")[0].code
    assert meta.title == "楚州区教育现代化建设工作实施方案"
    assert meta.kind == "实施方案"


def test_region_changes_read_back_from_the_cache_are_those_derived(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    derived = region_changes()  # derived, then kept
    assert list(tmp_path.glob("edukg/region-changes-*.json"))
    assert region_changes() == derived  # read back: the same tuples, in the same order
    current = gazetteer_module._units(gazetteer_module.division_names())
    assert set(derived) == gazetteer_module._renamed_in_place(current) | gazetteer_module._listed_changes()


def test_every_changed_unit_is_in_the_gazetteer_under_both_names() -> None:
    gaz = gazetteer()
    changes = [(old, new) for _, old, new in region_changes() if old != new]
    assert len(changes) > 150
    for old_key, new_key in changes:
        old_name, new_name = old_key[2] or old_key[1], new_key[2] or new_key[1]
        old = [u for u in gaz.lookup(old_name) if (u.province, u.city, u.county) == old_key]
        new = [u for u in gaz.lookup(new_name) if (u.province, u.city, u.county) == new_key]
        assert old and new, (old_name, new_name)
        if old_name != new_name:
            assert new_name in old[0].aliases and old_name in new[0].aliases


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("施甸县", ("云南省", "保山市", "施甸县")),
        ("泸州市", ("四川省", "泸州市", None)),
        ("海淀区", ("北京市", "北京市", "海淀区")),
        ("襄樊市", ("湖北省", "襄樊市", None)),
        ("云南省", ("云南省", None, None)),
        ("北京市", ("北京市", "北京市", None)),
        ("仙桃市", ("湖北省", None, "仙桃市")),
    ],
)
def test_gazetteer_hierarchy(name: str, expected: tuple) -> None:
    unit = gazetteer().lookup(name)[0]
    assert (unit.province, unit.city, unit.county) == expected


def test_gazetteer_mentions() -> None:
    text = "做好泸州市省级试点市,江阳区、叙永县试点工作,推进新城区建设,改造老城区学校,新建区档案馆"
    names = [m.name for m in gazetteer().mentions(text)]
    assert names == ["泸州市", "江阳区", "叙永县", "新城区", "老城区", "新建区"]
    assert not {"新城区", "老城区", "新建区"} & {m.name for m in gazetteer().mentions(text, wordlike=False)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title names issuer, year and kind
        ("某某\n保山市教育局2021年工作要点\n一、总体要求", ("保山市教育局2021年工作要点", "工作要点", 2021, "保山市教育局", "保山市")),
        # …its year in Chinese numerals, in Traditional characters too; a period's first year
        ("平阳县教育局二〇二三年工作计划\n一、总体目标", ("平阳县教育局二〇二三年工作计划", "工作计划", 2023, "平阳县教育局", "平阳县")),
        ("平陽縣教育局二○二三年工作計劃\n一、總體目標", ("平阳县教育局二○二三年工作计划", "工作计划", 2023, "平阳县教育局", "平阳县")),
        ("平阳县学前教育发展提升行动计划(二〇二一—二〇二三年)\n一、总体目标",
         ("平阳县学前教育发展提升行动计划(二〇二一—二〇二三年)", "行动计划", 2021, None, "平阳县")),
        # a title on two lines
        ("保山市教育局\n2021年工作计划\n一、总体要求", ("保山市教育局2021年工作计划", "工作计划", 2021, "保山市教育局", "保山市")),
        # the kind of a 印发 notice is that of what it issues
        ("施甸县教育体育局关于印发《2022年教育工作要点》的通知\n一、总体要求", (None, "工作要点", 2022, "施甸县教育体育局", "施甸县")),
        # …unless it goes on past its kind (印发…纲要(2010-2020年)任务分工: the division of its tasks, a notice)
        ("某省人民政府办公厅关于印发某省中长期教育改革和发展规划纲要(2010-2020年)任务分工的通知\n一、总体要求",
         (None, "通知", 2010, "某省人民政府办公厅", None)),
        # five-year plans
        ("海淀区“十四五”时期教育改革和发展规划\n一、发展基础", (None, "规划", 2021, None, "海淀区")),
        ("关于全面加强新时代大中小学劳动教育的实施意见\n一、总体要求", (None, "意见", None, None, None)),
        ("关于加强政府教育督导的意见\n一、总体要求", (None, "意见", None, None, None)),
        # a school's plan run by months, and a title's span on the line below it, 年 left out
        ("上海市振华外经职业技术学校四年(2011.9—2015.8)发展计划\n一、发展背景", (None, "工作计划", 2011, None, "上海市")),
        ("大银镇学前教育三年发展规划\n(2011—2013)\n为进一步促进我镇学前教育事业健康发展,制定本规划。\n一、指导思想",
         (None, "规划", 2011, None, "大银镇")),
        # rules and lists a body issues; a site's menu entry naming a rule set (政府信息公开制度) is no title
        ("协作督导制度\n1.督学责任小组内学校要积极协助配合,支持责任督学开展工作。", (None, "通知", None, None, None)),
        ("县教育局责任清单\n一、部门职责登记表", (None, "通知", None, None, None)),
        # a bulletin reports on the work it goes through
        ("教育工作简报(第5期)\n一、全县开展教师全员培训\n全县组织中小学教师1200余人参加了暑期全员培训。",
         ("教育工作简报(第5期)", "报告", None, None, None)),
        # the rules drawn up to carry a policy out, named as 本办法, 本细则 name them; a rule set a body lays down
        ("县中小学教师交流轮岗管理办法\n第一条 为推进教师交流轮岗,制定本办法。",
         ("县中小学教师交流轮岗管理办法", "实施方案", None, None, None)),
        ("县义务教育学校学生资助考核细则\n第一条 为规范学生资助工作,制定本细则。",
         ("县义务教育学校学生资助考核细则", "实施方案", None, None, None)),
        ("县中小学学籍管理规定\n第一条 为加强学籍管理,制定本规定。", ("县中小学学籍管理规定", "通知", None, None, None)),
        ("縣中小學學籍管理規定\n第一條 為加強學籍管理,制定本規定。", ("县中小学学籍管理规定", "通知", None, None, None)),
        # a site's column that lists kinds is no title; a title's kind words set on the line below it are its own
        ("计划总结\n重固小学2024学年第一学期工作计划\n发布日期:2024-09-02 作者:重固小学\n一、指导思想",
         ("重固小学2024学年第一学期工作计划", "工作计划", 2024, None, None)),
        ("文成县乡村教师支持计划(2017—2020年)\n实施细则\n为加强乡村教师队伍建设,结合我县实际,制定本实施细则。\n一、主要举措",
         ("文成县乡村教师支持计划(2017—2020年)实施细则", "实施方案", 2017, None, "文成县")),
        # a page's short headline, then the text's own title that runs up to it from its issuer
        ("党政办\n浙江省第十批“浙江省特级教师”推荐工作的通知\n文章来源:本站原创 发布时间:2009年12月31日\n"
         "绍兴市教育局关于做好浙江省第十批“浙江省特级教师”推荐工作的通知\n各县(市、区)教育局、市属学校:\n一、指导思想",
         ("绍兴市教育局关于做好浙江省第十批“浙江省特级教师”推荐工作的通知", "通知", 2009, "绍兴市教育局", "绍兴市")),
        # …and what a body makes known of its work (…有关情况的说明)
        ("太湖县教育局2016年教师招聘有关情况的说明\n今年我县拟新招聘中小学、幼儿园教师106人。",
         ("太湖县教育局2016年教师招聘有关情况的说明", "通知", 2016, "太湖县教育局", "太湖县")),
        ("卓尼县人民政府\n\n政府信息公开指南\n\n政府信息公开制度\n\n卓尼县教育局 2025年工作总结及2026年工作打算\n\n"
         "2025年,在县委、县政府的坚强领导下,全县教育系统统筹推进各级各类教育发展。", (None, "工作计划", 2026, None, "卓尼县")),
        ("某县中小学布局调整规划(2021-2025年)\n一、发展基础", (None, "规划", 2021, None, None)),
        # a title's year written without 年, though a number the body cites is of another
        ("2022春季学期课后服务方案\n根据《关于印发课后服务实施办法的通知》(教体发【2019】26号)文件精神,制定本方案。\n一、总体要求",
         (None, "实施方案", 2022, None, None)),
        ("“国培计划(2015)”云南省项目招标公告\n一、中西部项目", (None, "通知", 2015, None, "云南省")),
        # (a model-text site's title is dated by its upload: 2019精选…范文)
        ("2024县教研室学年工作参考计划范文\n一、指导思想", (None, "工作计划", None, None, None)),
        ("某小学三年发展规划(2018年—2020年)\n一、学校整体情况", (None, "规划", 2018, None, None)),
        ("县教育局 2024 年度校园安全工作要点\n一、指导思想", ("县教育局2024年度校园安全工作要点", "工作要点", 2024, "县教育局", None)),
        ("学校餐厅管理工作方案\n一、总体要求", (None, "实施方案", None, None, None)),
        # a table that breaks a year's tasks down among those charged with them is the plan of that work
        ("2021年重大民生实事项目目标任务责任分解表.docx\n《2021年重大民生实事项目目标任务责任分解表.docx》由会员分享,可在线阅读。\n"
         "1、2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容牵头单位1增加教育资源供给实施新建、改扩建学校重点建设项目12个。",
         ("2021年重大民生实事项目目标任务责任分解表", "工作计划", 2021, None, None)),
        # a short place name leading the title
        ("泸州2014年教育工作要点\n一、总体要求", (None, "工作要点", 2014, None, "泸州市")),
        ("关于印发广西教育工作要点的通知\n一、总体要求", (None, "工作要点", None, None, "广西壮族自治区")),
        ("乡村振兴教育实施方案\n一、总体要求", (None, "实施方案", None, None, None)),
        ("东方红小学2021年工作计划\n一、总体要求", (None, "工作计划", 2021, None, None)),
        ("2020年教育工作总结\n一、主要成绩", (None, "报告", 2020, None, None)),
        # a place named in the opening paragraph is not the document's region
        ("2021年教育工作计划\n2021年是关键之年,要学习江阳区经验,推进全县教育发展。\n一、总体要求", (None, "工作计划", 2021, None, None)),
        # a year reported on is not the plan's year
        ("某县课后服务实施方案\n2015年,全县学前三年毛入园率已达到90%。\n一、总体要求", (None, "实施方案", None, None, None)),
        ("某县工作要点\n一、总体要求\n2019年是关键之年。", (None, "工作要点", None, None, None)),
        # a region that is not stated stays null
        ("教育局全年工作打算\n2012年,是关键一年。全市教育工作要加快推进。\n一、统筹推进", (None, "工作计划", 2012, "教育局", None)),
        # the year a text looks forward to, set against the one ending (2010年,是…结局之年;2011年,作为…开局之年)
        ("2010年,是“十一五”结局之年,渐渐远去;2011年,作为“十二五”的开局之年,将款款而至。\n这一年,区域教育发展更加均衡。",
         (None, "新闻", 2011, None, None)),
    ],
)
def test_title_kind_year_issuer_region(text: str, expected: tuple) -> None:
    meta = metadata_of(text)
    title, kind, year, issuer, region = expected
    if title is not None:
        assert meta.title == title
    assert (meta.kind, meta.plan_year, meta.issuer) == (kind, year, issuer)
    assert (meta.region.name if meta.region else None) == region


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("某县教育局2021年工作计划\n发布日期 | 2020-11-30 |\n一、总体要求", "2020-11-30"),
        ("湖北日报 2012.7.12 NO:9版\n本报讯 今年,沙洋县安排校舍维修资金517万元。", "2012-07-12"),
        # the date, then the paper (any 报)
        ("某市今年新建6所中小学\n2015/2/5 生活报\n本报讯 今年某市将配建6所学校。", "2015-02-05"),
        ("某县教育局2021年工作计划\n时间:2022-07-03 10:01:00\n一、总体要求", "2022-07-03"),
        ("某县2021年工作计划\n成文日期 | 2021-01-05 | 发布日期 | 2021-01-08 |\n一、总体要求", "2021-01-08"),
        ("2019年全市教育工作要点\n时间:2021年04月15日 14:27 来源:某市人民政府\n一、总体要求", "2021-04-15"),
        ("某县2021年工作计划\n一、总体要求\n加强领导。\n某县教育局\n2021年1月5日", "2021-01-05"),
        ("某县2021年工作计划\n一、总体要求\n加强领导。\n某县教育局\n二〇二一年一月十五日", "2021-01-15"),
        # a document-sharing site's card of the file: the date it was uploaded
        ("教育局年度工作思路\n页数:14页\n时间:2019-03-09\n资源描述:\n《教育局年度工作思路》由会员上传分享,免费在线阅读\n"
         "1、全县教育工作将继续以立德树人为根本。", None),
        # a district's channel and its editor, then the date before the page counter's word
        ("宛城区召开教育工作专题会\n宛城区未知/阳光 2021-01-07 次浏览\n1月7日下午,宛城区召开教育工作专题会议。", "2021-01-07"),
        # an outlet, a page counter, then the date
        ("我县召开创建省教育强县动员大会\n来源:文成新闻网 浏览:2199 2010-3-12\n3月11日下午,我县召开动员大会。", "2010-03-12"),
        ("某县控辍保学实施方案\n上传人:王** 上传时间:2023-11-13 页数:13 大小:20KB\n一、总体要求", None),
        ("县教研室学年工作参考计划范文\n文件名称:县教研室学年工作计划.docx\n总页数:12 页\n更新时间:2025-06-11\n一、指导思想", None),
        # …also where nothing else dates the page
        ("铜冶中心校春季开学初安全工作通知\n时间:2019-05-12 02:23:14下载本文作者:会员上传\n"
         "简介:写写帮文库小编为你整理了多篇相关的《铜冶中心校春季开学初安全工作通知》。\n一、加强领导", None),
        # a site's set of model essays: its time line is the posting's
        ("区教研室工作计划\n时间:2024-01-12 00:09:14\n区教研室工作计划4篇\n"
         "下面是小编精心整理的区教研室工作计划4篇,希望对大家有所帮助。\n一、教研室自身建设", None),
        # a zero typed as 0, and a signature run into the text's last line
        ("关于组织教学水平考核的通知\n五、请各县教育局及时通知有关对象。\n台州市教育局人事处\n二0一一年十月十七日", "2011-10-17"),
        ("关于组织教学水平考核的通知\n五、请各县教育局及时通知有关对象。台州市教育局人事处二0一一年十月十七日", "2011-10-17"),
        ("各乡镇中心学校:\n一、全县义务教育巩固率达到99%以上。\n平阳县教育局\n二〇二三年三月五日印发", "2023-03-05"),
        ("某县2021年工作计划\n一、总体要求\n到2022年12月31日前完成。", None),
        # an official text's colophon, with a site's links set below it
        ("四、工作保障\n(一)明确责任。县教育局负责统筹管理。\n抄送:县委各部门。\n县人民政府办公室 2016年6月22日印发\n"
         "http://www.example.com/article-11674-4.html\n教案网\nreport\n586\n让爱传递下去", "2016-06-22"),
        ("某市人民政府关于加快学前教育发展的意见•【公布日期】2005.02.01•【施行日期】2005.03.01", "2005-02-01"),
        ("某省义务教育均衡发展督导检查反馈意见\n2017-01-20 来源:教育部\n一、基本情况", "2017-01-20"),
        ("中央投资7290万元支持乌市学前双语幼儿园建设\n2017年06月23日 15:34 | 作者:石鑫 | 来源:新疆日报\n从市发展改革委获悉。", "2017-06-23"),
        ("各县人民政府:\n《某州义务教育优质均衡发展实施方案》已经州人民政府同意,现印发给你们。\n某州人民政府办公室\n2022年10月10日\n"
         "某州义务教育优质均衡发展实施方案\n一、总体要求", "2022-10-10"),
        ("徽县教育局开展校园周边环境整治\n政务 2024-11-13 18:12 甘肃\n11月12日,徽县教育局联合伏家镇开展整治。", "2024-11-13"),
        ("今年全省计划新建200所公办幼儿园\n22.02.2016 09:39\n日前,记者从省教育厅了解到。", "2016-02-22"),
        ("全球报道:贺兰今年新建改扩建10所学校幼儿园\n2017-05-04 宁夏新闻网1880\n5月3日,记者从贺兰县教育局了解到。", "2017-05-04"),
        # a date with its clock above the text, whatever stands around it
        ("三明今年将新增学位9000个\nxm.fjsen.com 2014-02-10 10:14  陈华安 来源:东南网\n记者从三明市教育局获悉。", "2014-02-10"),
        ("内蒙古学前教育投入17.5亿元\n中央政府门户网站 www.gov.cn 2013年04月28日 09时31分 来源:内蒙古日报\n"
         "4月23日,自治区财政厅传出消息。", "2013-04-28"),
        # a document-sharing site's upload time is no date of the document it shows
        ("安徽省学前教育三年行动计划启动\n时间:2019-05-14 09:15:16下载本文作者:会员上传\n安徽省学前教育三年行动计划启动\n"
         "2011年08月01日 13:08:54 来源: 中安在线\n记者7月31日从全省学前教育工作会议上获悉。", "2011-08-01"),
        # a digital paper's article properties left below its text
        ("某区加快教育项目建设\n今年,全区实施义务教育薄弱环节改造项目9个。\n\n"
         "--> 2020-07-01 1 1 某时报 content_21160.html 1 某区加快教育项目建设 /enpproperty-->", "2020-07-01"),
        # a digital paper's page tools beside the day's date
        ("版面导航\n站内检索\n上一篇 2020年12月22日 放大 缩小 默认\n宁夏普惠性幼儿园在园占比达到89%\n新华社银川12月20日电 记者获悉。", "2020-12-22"),
        # a news page's date alone on the line below its headline, bracketed or not
        ("我区启动学前教育督导评估工作\n【2023-03-05】\n近日,海曙区启动学前教育督导评估工作。\n会议要求,各幼儿园认真开展自查。\n"
         "会上,区教育局通报了去年全区学前教育发展情况。\n各街道要落实属地责任。\n相关新闻", "2023-03-05"),
        ("县教体局召开学期结束工作会\n2020-01-16\n1月14日,县教体局召开学期结束工作会。\n会议总结了本学期工作。\n"
         "会议要求各校做好寒假安全工作。\n各校要认真落实。\n相关新闻", "2020-01-16"),
        # a news page's date field with the date in brackets
        ("我区启动学前教育督导评估工作\n发布时间：【2023-03-05】\n近日,海曙区启动学前教育督导评估工作。\n会议要求,各幼儿园认真开展自查。\n"
         "会上,区教育局通报了去年全区学前教育发展情况。\n各街道要落实属地责任。\n相关新闻", "2023-03-05"),
        # the date of the links below a story
        ("到2020年全县计划投入中小学校舍建设资金25.92亿元,新(迁)建学校12所,改扩建学校41所,教育事业各类主要指标达到全市中上水平。"
         "这是苍南给自己布置的一道关于教育事业发展的作业题,据悉该县正在加快创建省教育现代化县。\n贵港有哪些重点高中学校名\n时间:2024-07-12 15:0:04", None),
    ],
)
def test_published_date(text: str, published: str | None) -> None:
    assert metadata_of(text).published == published


@pytest.mark.parametrize(
    ("source", "issuer"),
    [("来源:保山市教育局 浏览次数:", "保山市教育局"), ("来源:保山市人民政府 浏览次数:", None)],
)
def test_source_field_is_the_issuer_only_when_an_education_agency(source: str, issuer: str | None) -> None:
    assert metadata_of(f"2021年全市教育工作要点\n{source}\n一、总体要求").issuer == issuer


def test_an_autonomous_county_s_bureau_keeps_the_name_the_text_gives_it() -> None:
    text = "石林县教育局召开2015年教育系统干部大会\n2月27日,石林县教育局召开2015年教育系统干部大会。会上,县教育局局长总结了石林县的教育工作。"
    meta = metadata_of(text)
    assert (meta.issuer, meta.region.name) == ("石林县教育局", "石林彝族自治县")


def test_an_autonomous_unit_s_bureau_named_by_its_level_alone_goes_by_the_unit_s_everyday_name() -> None:
    text = (
        "黔东南苗族侗族自治州召开控辍保学工作会议\n近日,州教育局召开全州控辍保学工作会议。"
        "州教育局局长要求各县切实做好控辍保学工作。"
    )
    meta = metadata_of(text)
    assert (meta.issuer, meta.region.name) == ("黔东南州教育局", "黔东南苗族侗族自治州")


@pytest.mark.parametrize(
    ("crumb", "region"),
    [
        ("当前位置: 首页>热点专题>白沙县权责清单>责任清单", "白沙黎族自治县"),
        ("您现在的位置: 南通市某实验中学> 教育督导> 正文内容", "南通市"),
        # (a column named after its place)
        ("首页 > 定州要闻>>", "定州市"),
        ("当前位置: 首页 >> 校务公开 >> 日常管理", None),
    ],
)
def test_a_page_that_names_no_place_is_of_the_one_its_site_s_breadcrumb_names(crumb: str, region: str | None) -> None:
    text = f"{crumb}\n协作督导制度\n发布时间:2016年04月10日\n1.督学责任小组内学校要积极协助配合,支持责任督学开展工作。"
    meta = metadata_of(text)
    assert (meta.region.name if meta.region else None) == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "本报讯 记者5月8日从海口市龙华区获悉,今年秋季,该区将有6所新建幼儿园投入使用。\n"
            "其中,海口市博义幼儿园时光里分园提供270个学位;海口市盐灶幼儿园坡巷分园提供180个学位。"
            "龙华区教育局提醒,该区幼儿园均有剩余学位。",
            "龙华区",
        ),
        # (该市 of a county-level city: the city it lies in is not named)
        (
            "8月2日,永安市顺利完成2016年新教师招聘工作。\n今年,该市共招聘96名新教师。目前,该市教育局人事科已组织录用新教师。",
            "永安市",
        ),
    ],
)
def test_news_that_speaks_of_its_unit_as_that_one_is_of_the_unit_at_that_level(text: str, region: str) -> None:
    assert metadata_of(text).region.name == region


def test_a_site_s_line_about_itself_that_ends_with_its_address_names_no_place_of_the_page() -> None:
    text = (
        "某网消息日前,合肥市教育局、合肥市委组织部等五部门印发《关于推进城区学校校长教师交流轮岗工作的若干规定》。"
        "其中要求,各区每年交流轮岗人数不低于符合条件人数的10%。\n"
        "安徽消费网立足安徽,为安徽消费者服务、为安徽市场优质品牌服务。网址:http://www.ah315.com"
    )
    assert metadata_of(text).region.name == "合肥市"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("我县与海曙区结对帮扶工作座谈会召开\n6月3日,宁波市海曙区教育局一行来我县开展教育结对帮扶工作。海曙区教育局局长介绍了"
         "海曙区教育发展情况,海曙区将选派10名骨干教师到我县支教。延寿县教育局局长对海曙区的支持表示感谢。", "延寿县"),
        ("桐乡市教育局考察团来我县考察交流\n5月12日,桐乡市教育局考察团一行15人来我县考察交流。考察团参观了县实验小学。"
         "永吉县教育局介绍了全县教育发展情况。", "永吉县"),
        ("我县组织校长赴桐乡市考察学习\n5月12日,县教育局组织全县中小学校长赴桐乡市考察学习,走访了桐乡市实验小学、"
         "桐乡市第一中学。大家表示,要把好经验带回我县。", None),
        ("我縣與海曙區結對幫扶工作座談會召開\n6月3日,寧波市海曙區教育局一行來我縣開展教育結對幫扶工作。"
         "延壽縣教育局局長對海曙區的支持表示感謝。", "延寿县"),
    ],
    ids=["partner", "guests", "visited", "traditional"],
)
def test_a_title_that_speaks_of_its_unit_as_ours_names_other_places(text: str, region: str | None) -> None:
    meta = metadata_of(text)
    assert (meta.region.name if meta.region else None) == region


def test_signature_line_gives_the_issuer() -> None:
    meta = metadata_of("2021年教育工作计划\n一、总体要求\n加强领导。\n保山市教育局\n2021年1月5日")
    assert meta.issuer == "保山市教育局"
    assert meta.region.name == "保山市"


@pytest.mark.parametrize(
    "title",
    ["王局长在全县教育工作会议上的讲话", "李厅长在全省教育工作会议上的讲话", "张主任在2023年全市教育工作会议上的讲话"],
)
def test_a_speaker_s_title_names_no_issuer(title: str) -> None:
    meta = metadata_of(f"{title}\n同志们:\n今天召开2023年全县教育工作会议,总结2022年工作。")
    assert (meta.kind, meta.issuer) == ("报告", None)


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇中心学校:\n现将有关事项通知如下:\n一、各校要于3月底前完成新生摸底登记工作。\n"
        "发布机构:县教育局\n发布日期:2023-03-01",
        # (a page's chrome after the fields)
        "各乡镇中心学校:\n现将有关事项通知如下:\n一、各校要于3月底前完成新生摸底登记工作。\n"
        "发布机构:县教育局\n发布日期:2023-03-01\n打印本页\n关闭窗口",
    ],
    ids=["fields", "fields-then-chrome"],
)
def test_an_issuer_field_after_the_body_gives_the_issuer(text: str) -> None:
    meta = metadata_of(text)
    assert (meta.issuer, meta.published) == ("县教育局", "2023-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "关于印发《平阳县义务教育优质均衡发展实施方案》的通知\n各乡镇中心学校:\n现将《平阳县义务教育优质均衡发展实施方案》"
        "印发给你们,请认真贯彻执行。\n平阳县教育局\n2022年12月20日\n平阳县义务教育优质均衡发展实施方案\n一、工作目标\n"
        "到2025年,全县义务教育巩固率达到99.5%以上。\n二、主要任务\n(一)优化学校布局。\n(二)加强教师队伍建设。",
        "關於印發《平陽縣義務教育優質均衡發展實施方案》的通知\n各鄉鎮中心學校:\n現將《平陽縣義務教育優質均衡發展實施方案》"
        "印發給你們,請認真貫徹執行。\n平陽縣教育局\n2022年12月20日\n平陽縣義務教育優質均衡發展實施方案\n一、工作目標\n"
        "到2025年,全縣義務教育鞏固率達到99.5%以上。\n二、主要任務\n(一)優化學校布局。\n(二)加強教師隊伍建設。",
    ],
    ids=["simplified", "traditional"],
)
def test_a_notice_s_signature_above_the_plan_it_hands_on_gives_the_issuer(text: str) -> None:
    meta = metadata_of(text)
    assert (meta.issuer, meta.published, meta.kind) == ("平阳县教育局", "2022-12-20", "实施方案")


def test_ambiguous_region_is_not_guessed() -> None:
    meta = metadata_of("朝阳区2021年教育工作要点\n一、总体要求")
    assert meta.region.name == "朝阳区"
    assert meta.region.province is None  # there are two: in 北京市 and in 长春市
    meta = metadata_of("吉林省长春市朝阳区2021年教育工作要点\n一、总体要求")
    assert (meta.region.province, meta.region.city) == ("吉林省", "长春市")


# --- manifest ------------------------------------------------------------------


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    for name in ("000_3d07f8c2409402d8.txt", "004_9f55be01de2550e3.txt"):
        (tmp_path / "docs" / name).write_bytes((CORPUS_DIR / name).read_bytes())
    return tmp_path


def test_manifest_overrides_inferred_values(corpus: Path) -> None:
    csv_path = corpus / "manifest.csv"
    csv_path.write_text(
        "file,title,region,year,issuer,kind,url,published\n"
        "docs/000_3d07f8c2409402d8.txt,青岛市2012年教育工作计划,山东省青岛市,,青岛市教育局,,https://example.org/1,2012-02-01\n"
        "004_9f55be01de2550e3.txt,,,2015,,工作要点,,\n",
        encoding="utf-8-sig",
    )
    manifest = read_manifest(csv_path)
    assert len(manifest) == 2
    facts_doc = structure(normalize(read_document(corpus / "docs" / "000_3d07f8c2409402d8.txt")), manifest.get(
        str(corpus / "docs" / "000_3d07f8c2409402d8.txt")
    ))
    meta = facts_doc.metadata
    assert meta.title == "青岛市2012年教育工作计划"
    assert region_dict(meta.region) == {"name": "青岛市", "province": "山东省", "city": "青岛市", "county": None}
    assert meta.plan_year == 2012  # empty cell: inferred value stays
    assert (meta.issuer, meta.url, meta.published) == ("青岛市教育局", "https://example.org/1", "2012-02-01")
    # looked up by the unique file name too, from any working directory
    other = manifest.get("elsewhere/004_9f55be01de2550e3.txt")
    assert (other.plan_year, other.kind, other.title) == (2015, "工作要点", None)
    assert manifest.get("unknown.txt") is None


def test_manifest_reaches_the_pipeline(corpus: Path) -> None:
    csv_path = corpus / "manifest.csv"
    csv_path.write_text("file,year\ndocs/004_9f55be01de2550e3.txt,2015\n", encoding="utf-8")
    try:
        facts = process_file(corpus / "docs" / "004_9f55be01de2550e3.txt", read_manifest(csv_path))
    except ImportError as e:  # later stages are built separately
        pytest.skip(f"pipeline stage missing: {e}")
    assert facts.document.metadata.plan_year == 2015
    assert facts.document.metadata.region.name == "泸州市"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("title,year\na,2020\n", "no 'file' column"),
        ("file,colour\na.txt,red\n", "unknown column 'colour'"),
        ("file,year\na.txt,二〇二〇\n", "line 2: year '二〇二〇' is not a four-digit year"),
        ("file,kind\na.txt,简报\n", "line 2: kind '简报' is not one of"),
        ("file,published\na.txt\nb.txt,yesterday\n", "line 3: published 'yesterday' is not a date"),
        ("file,title\n,标题\n", "empty 'file' cell"),
    ],
)
def test_bad_manifest(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_manifest(path)
    assert str(err.value).startswith(f"{path}: ")
    assert reason in str(err.value)


def test_manifest_in_gbk_with_chinese_dates(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("file,published,region,year\na.txt,2020年11月30日,施甸县,2021年\nb.txt,,泸州,\n".encode("gbk"))
    manifest = read_manifest(path)
    entry = manifest.get(str(tmp_path / "a.txt"))
    assert (entry.published, entry.plan_year) == ("2020-11-30", 2021)
    assert entry.region.city == "保山市"
    assert region_dict(manifest.get(str(tmp_path / "b.txt")).region) == {
        "name": "泸州市", "province": "四川省", "city": "泸州市", "county": None,
    }


def test_a_heading_run_into_the_year_whose_work_it_sets_out():
    text = (
        "部门预算公开绩效目标情况说明\n发布日期: 2021.07.21\n"
        "一、部门整体绩效目标1、总体绩效目标2020年,全县教育工作的总体要求是:以办人民满意教育为目标。\n二、部门预算"
    )
    assert metadata_of(text).plan_year == 2020
    # (a plan's span written with 年 after each year)
    text = "某小学三年发展规划.docx\n某镇某小学三年发展规划(2018年—2020年)\n一、学校现状\n学校创建于1958年。"
    assert metadata_of(text).plan_year == 2018
    # (an annals' span in the title is no plan's years)
    text = "某县教育志(2000-2015)规划目标及主要任务\n时间:2023-11-21\n(一)规划目标从2014年开始,经过五年努力,实现四个基本目标。\n(二)主要任务"
    assert metadata_of(text).plan_year == 2014


@pytest.mark.parametrize(("text", "date"), [
    ("2021-03-05", "2021-03-05"), ("2021/3/5", "2021-03-05"), ("2021.3.5", "2021-03-05"),
    ("2021年3月5日", "2021-03-05"), ("2021年3月5", "2021-03-05"), ("2021-13-05", None), ("昨天", None),
])
def test_parse_date(text, date):
    assert parse_date(text) == date


def _meta(text: str) -> Metadata:
    return structure(normalize(RawDocument("a.txt", "0" * 64, "utf-8", text))).metadata


@pytest.mark.parametrize(
    ("text", "kind", "plan_year"),
    [
        ("为贯彻落实上级精神,结合我县实际,现将2018年教育工作计划安排如下:\n一、指导思想\n坚持育人为本。", "工作计划", 2018),
        ("“十四五”时期是我区教育现代化的关键期。为推动全区教育高质量发展,制定本规划。\n一、发展基础\n全区现有学校45所。", "规划", 2021),
        (
            "根据县政府教育督导室的安排,2024年3月,督导组对我县2023年义务教育均衡发展情况进行了督导评估,"
            "现将评估情况报告如下:\n一、基本情况\n全县共有学校30所。",
            "报告",
            2023,
        ),
        ("为做好秋季开学工作,现将有关事项通知如下:\n一、做好开学准备\n各校要认真做好准备。", "通知", None),
        (
            "渭南市出台学前教育第三期行动计划\n本报讯 近日,渭南市出台学前教育第三期行动计划(2017-2020年),"
            "提出到2020年全市学前三年毛入园率达到90%。",
            "新闻",
            2017,
        ),
        ("青山县学前教育第三期行动计划(2017-2020年)\n一、总体目标", "行动计划", 2017),
        ("青山县教育局2022年工作总结和2023年工作计划\n一、2022年工作总结\n全县新建幼儿园5所。", "工作计划", 2023),
        # a notice to the bureau's schools whose title the page cut before its 的通知
        (
            "关于迎接国家省市2015年秋季开学工作暨“护校安园”行动落实情况\n各教体办,局属各学校,各民办学校:\n"
            "根据省教育督导委员会办公室的通知精神,现将有关事项通知如下。",
            "通知",
            2015,
        ),
        # news of 今年 dated by the page's own address, its last line
        (
            "大西北网5月6日讯 记者从宁夏回族自治区教育厅获悉,今年宁夏将投入6784万元,改善200个农村教学点办学条件。\n"
            "http://www.nx.xinhuanet.com/newscenter/2015-05/06/c_1115189445.htm",
            "新闻",
            2015,
        ),
        # the same title glued to the body by the page
        ("市教育局2022年工作总结和2023年工作计划2022年,我局认真贯彻落实市委工作要求。一、2022年工作总结", "工作计划", 2023),
        # an opinion dated by its own number, not by the number of the decision it implements
        (
            "某省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见\n(皖政[2001]85号)\n"
            "为贯彻落实《国务院关于基础教育改革与发展的决定》(国发[2000]21号),提出以下意见。\n一、统一思想",
            "意见",
            2001,
        ),
        (
            "为贯彻落实《国务院关于基础教育改革与发展的决定》(国发[2000]21号),提出以下意见。\n一、统一思想",
            "意见",
            None,
        ),
        # an implementation plan with no year of its own: the year of the newest document it implements
        (
            "为贯彻落实《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》(国办发〔2017〕72号)和"
            "《省人民政府办公厅关于进一步加强控辍保学工作的通知》(川办发〔2018〕3号)精神,结合我州实际,制定本实施方案。\n"
            "一、指导思想\n坚持以人民为中心。",
            "实施方案",
            2018,
        ),
        # …and a notice acting on one
        (
            "各中小学、幼儿园:\n根据《省教育厅办公室关于组织开展秋季开学工作检查的通知》(浙教电传〔2014〕301号)精神,"
            "现将有关事项通知如下:\n一、检查时间",
            "通知",
            2014,
        ),
        # a text that names itself as it is drawn up
        ("(2017-2020年)\n结合我市实际,特制订《长治市第三期学前教育行动计划(2017—2020年)》。\n一、基本原则", "行动计划", 2017),
        ("根据《国家中长期教育改革和发展规划纲要(2010-2020年)》,结合本区教育发展的实际,制定《某区建设现代化教育强区行动计划"
         "(2014年—2017年)》(以下简称“《计划》”)。\n一、发展现状\n某区成立于2005年。", "行动计划", 2014),
        # a plan's task names another document: 制定《…》 without 特/现
        ("14.完成校舍安全工程年度任务。\n15.积极发展特殊教育。制定《关于加快特殊教育发展的指导意见》。\n16.实施职业教育基础能力建设工程。", "工作计划", None),
        # …unless the year the text opens with is the plan's; the work it says is to hold to makes it a year's plan
        ("2023年是深入实施本市教育“十四五”规划的关键之年。上海教育工作要坚持以人民为中心。\n一、总体要求", "工作计划", 2023),
        ("2013年全区教育工作的总体目标是:以党的十七届六中全会精神为指导,努力办好人民满意的教育。\n一、统筹资源,优化配置", "工作计划", 2013),
        # a first line naming a five-year plan dates the page, not a period it cites
        ("1、某市“十三五”教育信息化发展专项规划为加快发展,根据国家中长期教育改革和发展规划纲要(2010-2020 年)制定本规划。", "规划", 2016),
        # a speech that reviews a five-year period is given the year after it
        ("同志们:\n会议的任务是总结交流“十二五”期间全省学前教育工作取得的成绩。\n一、主要成绩", "报告", 2016),
        # a title run into the first heading of a page that lost its line breaks; a summary reports
        ("县教育局过去五年及2016年工作总结一、过去五年工作回顾1.新建幼儿园16所。", "报告", 2016),
        # …or into an unnumbered first heading, or a later numbered one on a page of a longer text
        ("湟里中心小学2018-2019学年第一学期学校工作计划指导思想本学期,我校将紧紧围绕区教育局的工作部署,以“提升内涵”为抓手。", "工作计划", 2018),
        ("县教育局教育工作要点(三)推进四项建设。\n——抓好重点工程建设。加快农村初中寄宿制学校建设步伐。", "工作要点", None),
        # …or a school year's title into the school's name and the date below it
        ("2017-2018学年度学校工作计划泉州师范学院附属小学 (2017年9月15日) 一、总体要求本学年工作我们要坚持以党的十九大精神为指导。", "工作计划", 2017),
        # …or into a first sentence opening with its year
        ("教育局年终工作总结2014年,在县委、县政府的正确领导下,县教育局圆满完成全年各项工作任务。一、强化素质教育", "报告", 2014),
        # a public notice of results, a reply to deputies
        ("某市教育督导委员会办公室关于2023年对某县等四个县(市)区评估结果的公示\n一、评估结果", "通知", 2023),
        ("某某代表:\n你们提出的《关于加大校园设施建设的建议》收悉。现答复如下:\n近年来投入2200万元。", "通知", None),
        # an implementation plan naming no year but the one its goals open with
        ("为扩大农村学前教育资源,特制定本方案。\n一、指导思想\n以示范幼儿园建设为重点。\n二、目标任务\n2021年,每个乡镇新建一所公办示范幼儿园。", "实施方案", 2021),
        # dated news of 今年 that goes on to what a later year will bring is of its date's year…
        ("来源:东南网 2011-07-18\n今年,福建新建、改扩建169所公办幼儿园;2012年,全省将再建设300所公办园。", "新闻", 2011),
        # …and so is news of what 新的一年 will bring (a page of 人民网)
        (
            "移动新媒体\n中国搜索\n微阅读 > 国内新闻\n晋中将投资8个亿 加大城区学校建设力度\n2016-01-30 13:02:0"
            "7\n \n\n  人民网晋中1月30日电(李某)“新的一年,要继续加大城区学校建设力度,投资8个亿,启动北部新城高中和职业中"
            "专两所市直学校新建工程;加快推进经纬中学建设,完善高师附校、榆次一中、中小学示范性综合实践基地附属工程。”1月29日下午"
            ",晋中市教育局局长在全市教育机关暨市直中小学幼儿园迎新春联欢活动上如此表示。\n\n  据了解,2015年,晋中新改扩建幼儿"
            "园56所,学前教育资源不断扩大,幼儿三年入园率达到95.4%;11个县区率先在全省通过国家评估认定全覆盖,义务教",
            "新闻",
            2016,
        ),
        # …unless it speaks of next year as 明年
        ("2019-12-25 10:35\n盐田明年新增1770个公办幼儿园学位\n多所公办幼儿园将于2020年开办,还考察了今年新增的两所幼儿园。", "新闻", 2020),
        # …even where it names next year only so
        ("盐田明年新增学位1770个\n发布时间:2019-12-20\n日前,记者从盐田区教育局获悉,明年盐田将新增公办幼儿园学位1770个。", "新闻", 2020),
        # a summary of the year a five-year plan closes (今年是“十二五”…的收官之年,…现将2015年工作总结如下)
        ("1、乡镇教育局年度重点工作总结今年是“十二五发展规划的收官之年,教育事业全面发展。现将2015年工作总结如下。\n一、党政重视", "报告", 2015),
        ("今年是“十三五”的开局之年,为做好全县教育工作,特制定本计划。\n一、主要工作", "工作计划", 2016),
        # a page's date field set below its body dates it
        ("记者18日从省教育厅获悉,这个省今年将进一步加快幼儿教育发展,学前三年毛入园率将由2010年末的50.6%提高至68%。\n"
         "一、加快农村公办幼儿园建设\n“十二五”期间,全省改扩建或新建1000所农村公办幼儿园,实现学前教育资源全面均等覆盖。\n"
         "某省将以农村为重点推动学前教育建设\n发布时间:2012-02-21 来源:某农业信息网\n摘要:某省将以农村为重点推动学前教育建设", "新闻", 2012),
        # a byline with the poster's name before the date dates the page
        ("首页 / 发现 / 正文\n山西:21所新学校将在省城拔地而起\nadmin 2009-03-12 来源:景观中国网\n记者昨日获悉,2008年续建项目学校18所。", "新闻", 2009),
        # the year a change is measured from does not date the news that reports it
        ("黑龙江省今年将新建公办幼儿园300所。全省公办幼儿园已占总数的35%,比2010年提高了15个百分点。", "新闻", None),
        # news naming no year but the span of the plan it reports on
        ("据了解,依据《某省特殊教育提升计划(2014年—2016年)实施方案》,我省将新建特殊教育学校5所。", "新闻", 2014),
        # a notice handing on a plan whose attachment names its span
        ("某市教育局关于印发《某市教育信息化三年行动计划》的通知\n各县(区)教体局:\n现将计划印发给你们,请认真贯彻执行。\n"
         "附件《某市教育信息化三年行动计划(2018-2020)》\n一、总体要求", "行动计划", 2018),
        # …or the one year of the plan it acts on
        ("作者:陈某\n根据《2022年某镇中小学幼儿园防溺水工作实施方案》,3月14日上午,某镇督管办对所辖学校开展专项督查。", "新闻", 2022),
        # a schedule of a piece of work: its header row names when, what and who
        ("时 间 | 工 作 内 容 | 责任部门 |\n3月2日—4月3日 | 各小学摸底适龄儿童 | 区属各小学 |", "工作计划", None),
        # a notice to schools whose page keeps only the note on its disclosure below the date
        ("各有关学校:\n经研究,现决定下达课后服务财政补助经费。\n某区教育局\n2022年6月27日\n(此件公开发布)", "通知", 2022),
        # a reply to a proposal under its own heading (…提案办理回复单)
        ("某市政协五届二次会议提案办理回复单\n提案名称:关于进一步提高公办幼儿园学位比例的建议\n主要承办单位:某市教育局", "通知", None),
        # …under a title that names the proposal it replies to, and a reply or an approval without a title
        ("《关于加强职业院校学生心理健康的建议》的回复\n吴义兵代表\n您提出的建议收悉。市教体局近年来积极探索创新实践。", "通知", None),
        ("吴敏代表:\n您提出的《关于加强中小学心理健康教育的建议》收悉,现将办理情况函复如下。\n一、强化师资队伍建设", "通知", None),
        ("县教育局:\n你局《关于专项布局规划的请示》收悉。经县政府常务会议研究,现批复如下:\n一、原则同意《规划》。", "通知", None),
        # a report given to visitors, and one made public
        ("今天,国家校舍安全工程督察组一行来我县督察,在此表示热烈欢迎。下面,我就我县校舍安全工程实施情况作一汇报。\n一、高度重视", "报告", None),
        ("根据市委统一部署,市委第一巡察组对市教育局党委进行了巡察。现将巡察整改进展情况予以公布。\n一、强化政治担当", "报告", None),
        # a year's statistics, each figure set against the year before's
        ("义务教育\n全县义务教育中小学30所。校舍总面积57.74万平方米,较上年增加0.56万平方米;专任教师2384人,较上年减少53人。\n"
         "——小学。校数17所;在校生22250人,比上年减少336人。", "报告", None),
        # a school's word to its pupils' parents
        ("为帮助学生家长解决子女课后看护后顾之忧,新学期我校将继续推行课后服务。现就课后服务的事项告知如下:\n一、服务对象", "通知", None),
        ("尊敬的各位家长朋友:\n按照课时计划,小学一般为上午四节课下午两节课,课后服务自愿参加。", "通知", None),
        # a reply citing a plan is no plan; a dateline with 消息 opens news
        ("某某代表:\n根据《某县“十三五”教育事业发展规划》,规划迁建小学。现答复如下:\n感谢支持。", "通知", None),
        ("某区:试点区探索“区管校聘”模式\n某网 8月25日消息,某区深化义务教育综合改革。", "新闻", None),
        # a news report opening with its subject: 某省近日发布…
        ("山东省近日发布第二期学前教育三年行动计划,提出每年新建公办幼儿园2000所。", "新闻", None),
        # a page that only looks back (回顾过去一年) reports on that year
        ('——2018年各类本科上线771人,高校录取1933人。\n——2018年,聘请兼职教研员90名。\n回顾过去一年,某县教育亮点频现,硕果累累。', '报告', 2018),
        # a page that tells what was done and names a year's plan only in passing reports; one that directs plans
        ("2025年某县教育局共收到县人大代表建议30件、县政协委员提案17件。\n为切实做好办理工作,县教育局成立了办理工作领导小组,"
         "建立了工作台账。截至6月底,已完成全部建议和提案的答复。\n今后,县教育局将围绕2025年初制定的“17431”工作思路,"
         "全力办好人民满意的教育。", "报告", 2025),
        ("2013年是全市学前教育三年行动计划的攻坚之年。全市把幼儿园建设作为重点工作,市教育局累计争取补助资金1.3亿元,"
         "建成了一批公办幼儿园,改造了闲置校舍,已完成年度任务。", "报告", 2013),
        ("2013年是全市学前教育三年行动计划的攻坚之年。全市把幼儿园建设作为重点工作,要新建公办幼儿园20所,改造闲置校舍。",
         "工作计划", 2013),
        # a news title's deadline (到2022年…) is not the plan's year; the page's date is
        ('到2022年成都计划建设中小学幼儿园536所\n时间:2018-07-02\n日前,成都市教育局发布了行动计划。', '新闻', 2018),
        # news of a five-year plan adopted is of the plan's first year, not of the past years it counts
        ("罗湖八大工程提升教育水平\n来源:深圳晚报 2021-01-10\n1月5日,《罗湖区教育发展“十四五”规划》在会议上审议通过。"
         "统计数据显示,2015年至2019年,罗湖区教育经费分别为26.0亿元、27.6亿元。", "新闻", 2021),
        # a notice handing on a year's summary and the next year's plan is of the year planned
        ("广州市教育局关于印发2019年广州教育工作总结和2020年工作要点的通知(免予公开转主动公开)\n各区教育局:\n现将有关文件印发给你们。", "通知", 2020),
        # a period written with a file name's underscore
        ('关于印发《某区教育事业发展“十四五”规划(2021_2025年)》的通知\n一、总体要求', '规划', 2021),
        # a news opening below a table's empty cells
        ('|\n|\n攻坚克难 乘势而上 |\n||\n|\n||\n为落实工作任务,全面办好人民满意教育。5月30日,永吉县教育局党组召开会议,部署2022年工作。', '新闻', 2022),
        # news of a visit made (督导团到某县开展…), dated over two days
        ('市人民政府教育督导团到田东县开展义教均衡发展市级复核工作\n作者:\n7月5--6日,市人民政府教育督导团到田东县开展义务教育均衡发展市级复核工作。', '新闻', None),
        # a headline of work carried out (某市开展2022年度…) dates the news by its year
        ('无障碍 关怀版\n\n赣州市开展2022年度县(市、区)党政领导干部履行教育职责督导评价实地核查\n\n来源:市教育局发布时间:2023-02-21 11:33:40访问量:\n\n近日,市政府教育督导委员会对6个县(市、区)进行实地核查。', '新闻', 2022),
        # news of a meeting that sums up a year and plans none
        ('2021年1月4日下午,市教育局组织召开全市教育系统表彰大会暨2020年教育工作总结大会,各学校校长参加了会议。\n局长指出,2020年,全市教育系统紧紧围绕市委、市政府的部署,办好人民满意教育。', '新闻', 2020),
        # news of a meeting on a year's work is of that year, whatever five-year plan the speaker names
        ('韩飞\n【本刊讯】2月15日上午,某县教育局组织召开2015年春季开学工作会议,总结2014年全县教育取得的成绩。'
         '局长作了讲话。他强调:2015年是实施“十二五”规划的收官之年,也是全县教育大有作为的一年。', '新闻', 2015),
        # …or deploying it, after summing up the year before
        ("有关教育局会议总结\n  20xx年1月22日上午,某市教育局直属系统2015年工作总结暨2016年工作部署会举行。\n"
         "  2015年是“十二五”规划的收官之年。", "新闻", 2016),
        # a deadline (7月31日前) is not news told of the days just past (日前)
        ("各乡(镇)中心小学、县属各民办幼儿园:\n为规范办学行为,现将民办教育机构年检工作有关事项通知如下:\n一、年检对象\n"
         "7月31日前,凡经县教育局审批设立的各级各类民办教育机构均须参加年检。", "通知", None),
        # …or laying it out, in a sentence that sums up the one before
        ("4月30日,德清县职成社教工作会议召开,教育局副局长出席会议并讲话。\n会上,科长总结了2019年职成社教工作取得的成绩,"
         "同时布置了2020年职成社教重点工作。他们希望大家在“十三五”规划收官之年团结协作。", "新闻", 2020),
        # a reporter's byline and no kind of document named: news
        ('新闻时政\n\n我县全面推进教育民生工程建设项目工作\n\n发布时间:2019-06-20 07:53信息来源: 县教体局作者: 王雨豪 柏云峰阅读次数:\n\n2019年春季学期以来,我县全面高效推进教育民生工程建设项目工作。', '新闻', 2019),
        # how far work has got (…进展情况): a report
        ('2020年泉州市教育局承担为民办实事公办幼儿园建设项目1-4月进展情况\n时间:2020-05-12 15:07 浏览量:\n\n新、改扩建公办幼儿园20所。', '报告', 2020),
        # a text that draws up its own 实施意见
        ('根据有关法律法规,为切实做好义务教育阶段学校招生工作,结合我区实际,制定本实施意见。\n01 / 指导思想\n以立德树人为根本任务。', '意见', None),
        # since a period began (“十三五”以来) is written some time into it: the page's date dates it;
        # a page that names no kind of document of its own reports (news)
        ("某县教育布局撤建并重\n\n发布日期:2021-08-05 来源:县教育局\n\n“十三五”以来累计投入资金9800万元,新建幼儿园10所。", "新闻", 2021),
        # the end of a period (2014年—2016年) is no year the news was written in
        ("日前,省委、省政府研究决定,今年将继续为民办实事。\n组织实施新一轮学前教育三年行动计划(2014年—2016年)。2014年新增100所公办幼儿园。", "新闻", 2014),
        # no kind of document named, and a reporter's words (近年来…)
        ("“十四五”开局之年,精河县教育局固定资产投资开局良好。\n近年来,精河县教育局始终把项目作为发展的根基。", "新闻", 2021),
        # a reply whose matter is put into the district's 十四五 plan is of the day it is signed
        ("对第23号建议的答复\n孙铁安代表:\n您提出的建议收悉,现答复如下:\n该问题已列入区“十四五”规划。\n丰润区教育局\n2024年7月9日", "通知", 2024),
        # a document-sharing site's line names the file it shows
        (
            "《新时代校园安全防范能力提升三年行动工作方案(2023—2025年).docx》由会员分享,可在线阅读,更多相关请在三一办公上搜索。\n"
            "1、新时代校园安全防范能力提升三年行动工作方案(20232025年)为认真贯彻落实党中央决策部署,制定本方案。",
            "实施方案",
            2023,
        ),
        # …wherever the text names its first step
        (
            "盐城市大丰区推进义务教育优质均衡发展实施方案\n为巩固义务教育基本均衡发展成果,结合我区实际,特制定本方案。\n"
            "一、指导思想\n" + "坚持优先发展教育。" * 60 + "\n二、工作目标\n2023年通过省级督导评估,2024年通过国家认定。",
            "实施方案",
            2023,
        ),
        # an implementation plan of steps is for the year of its first
        ("XX县创建学前教育普及普惠县工作方案\n根据有关文件要求,我县在2023年将接受国家、省、市县域学前教育普及普惠督导评估。", "实施方案", 2023),
        # a page of a plan's numbered tasks, its steps dated by month
        ("4.加快中等职业学校建设。2011年3月底前完成工作部署;4月底前确定建设学校项目名单。\n5.提升普通高中办学水平。", "实施方案", 2011),
        # a time stamp with the clock first, between the place and the outlet
        ("道里区今年将新建5所学校\n哈尔滨10:16 05.03.2016 新浪黑龙江\n记者从道里区教育工作会议上获悉,今年,道里区将新建5所学校。", "新闻", 2016),
        # news that names only the end of this year
        ("大连乡镇中心幼儿园建设提速\n大连市实施乡镇公办中心幼儿园三年建设工程。至2011年底,大连市将新建70所乡镇公办中心幼儿园。", "新闻", 2011),
        # news whose years all lie ahead of it, an end-of-year deadline first (到2018年年底前, 2020年之后),
        # is of the year the first falls due
        ("某省消除大班额规划出台\n到2018年年底前,全省超大班额比例控制在5%以内。2020年之后大班额比例逐年降低。", "新闻", 2018),
        # news of work expected to end in a later year (预计2020年3月份完工) is of the year it is under way
        ("某中学学生宿舍楼项目开工\n据了解,该项目是2019年省为民办实事项目,预计2020年3月份完工。", "新闻", 2019),
        # …unless the expected year is the only one it names
        ("某区新建幼儿园\n记者获悉,某区计划2019年新建幼儿园3所,新增学位900个。", "新闻", 2019),
        # news that sets a year against 今年 is of the year after it
        ("某县乡村幼儿园建设纪实\n记者获悉,2013年,我县新建、改扩建幼儿园42所,今年,我县又新开工建设了33所幼儿园。", "新闻", 2014),
        # news of work planned year by year in one sentence is of the year its schedule starts
        ("某县新布局乡镇公办幼儿园\n据悉,项目规划按三个年度分批推进,2017年项目有4所幼儿园;2018年有4所幼儿园;2019年有5所幼儿园。", "新闻", 2017),
        ("某区计划新建5所学校\n记者了解到,新建某路小学项目估算投资9000万元,计划2021年9月开工,2022年11月主体完工,2023年7月30日竣工。", "新闻", 2021),
        # the outlet, then the date
        ("手机\n贵州思南县斥资3000万建6所乡镇幼儿园\n来自:查字典教育资讯网 2014-12-21\n从贵州思南县政府获悉,今年,该县斥资3010.78万元新建6所幼儿园。", "新闻", 2014),
        # a notice board's label before the title
        (
            "公告:夏县瑶峰镇下埝底幼儿园改扩建工程规划\n2022年我县规划实施改扩建幼儿园1所。基本情况如下:\n一、项目名称\n"
            "新建生活用房。\n夏县教育局\n2022年6月6日",
            "规划",
            2022,
        ),
        # news of a plan's years, dated by the day it names as the present
        ("贵阳计划三年内新建改造163所学校\n记者获悉,2018年至2020年,贵阳将新建163所学校,2020年开工25所。截至2018年8月29日,已开工60所。", "新闻", 2018),
        # a time stamp with a count of comments after it
        ("资讯频道\n博白:多部门协作联动构建校园安全屏障\n2013-04-01 15:03   评论(0)\n近日,博白县人民政府组织十二个部门协作联动,启动校园安全联合整治行动。", "新闻", 2013),
        # a document number outranks a re-post's time stamp
        ('2024-11-21 17:25\n某省人民政府关于统筹推进义务教育一体化改革发展的实施意见(浙政发〔2017〕25号)\n现提出如下实施意见。', '意见', 2017),
        # …and a site's posting date, standing on a line of its own below the title (though the page lost its closing
        # bracket and 号); an undated notice's number without its closing bracket
        ("发布日期:2022-09-21\n某市人民政府关于加快发展学前教育的意见\n某政〔2018〕36号\n各县、区人民政府:\n现提出如下意见。", "意见", 2018),
        ("发布时间:2022-09-21 16:34 信息来源:龙山街道\n某市人民政府关于统筹推进城乡义务教育一体化改革发展的实施意见\n某政〔201836\n"
         "各县、区人民政府:\n现提出如下实施意见。", "意见", 2018),
        ("关于规范中小学校责任督学挂牌督导工作的通知\n??????清府教督〔20147号\n各县(市、区)人民政府:\n现将有关事项通知如下。", "通知", 2014),
        # a school's plan runs by school years
        ("唯真笃行,砥砺奋进\n——武进区戴溪小学三年主动发展规划(征求意见稿)\n(2017年9月——2020年6月)\n一、学校发展背景分析", "规划", 2017),
        # a plan drawn up after the five-year plans it cites is of their period
        ("全文\n为加快教育事业发展,根据《湖南省“十四五”教育事业发展规划》等文件精神,结合娄底实际,制定本规划。\n一、发展基础\n“十三五”期间,我市坚持教育优先发展。", "规划", 2021),
        # a page that lost its line breaks names itself as the year's points of work, or as a plan with its period
        ("市教育局党委市教育局2019年工作要点市教育局党委和市教育局2019年工作要点:2019年全市教育工作的总体思路是:坚持教育优先发展。", "工作要点", 2019),
        ("精选优质文档-倾情为你奉上学校发展规划(2013年9月2018年7月)后赵小学发展规划(2013年9月-2018年7月)一、指导思想全面贯彻党的教育方针。", "规划", 2013),
        # a review of one year and the plan of the next, each a part of its own
        ("一、2023年工作开展情况\n(一)全面加强队伍建设\n党建质量持续提升。\n二、2024年工作计划\n(一)加强党的建设\n全面从严治党。", "工作计划", 2024),
        # the end of a school year's first term is in the new year
        ("县教体局召开2019-2020学年度第一学期结束工作会\n2020-01-16\n会上,回顾总结2019年全县教育发展情况,谋划部署2020年重点工作。", "新闻", 2020),
        # a school year's first term is in the autumn of its first year, however long the dash between its years
        ("东城区教研室2020---2021学年上期工作计划\n新的学年,教研室继续发挥教研员研究、指导、服务的职能。", "工作计划", 2020),
        # a news agency's dateline (济宁新闻网讯)
        ("济宁市完成新改扩建幼儿园40所新增学位9390个\n2019年12月24日09:01 来源:济宁新闻客户端\n济宁新闻网讯办好学前教育,是党的十九大作出的重大决策部署。", "新闻", 2019),
        # a three-year plan that runs from this year to a deadline (今年起至2013年) started two years before it
        ("从今年起至2013年,通过实施学前教育三年行动计划,某省将建设1200所公办幼儿园。", "新闻", 2011),
        # an implementation plan is for the year it sets its work in (决定在2023年3月20日-6月30日期间开展)
        ("某县教育扶贫“百日攻坚”实施方案\n为落实全省扶贫开发工作会议精神,决定在2023年3月20日-6月30日期间开展教育扶贫行动。", "实施方案", 2023),
        # a page that opens inside a document's numbered parts is a part of a plan, its title lost, whatever part
        # it opens on…
        ("(二)学前教育发展工程。大力发展多层次、灵活多样的学前教育。\n(三)义务教育均衡发展工程。", "实施方案", None),
        # …its aims
        ("一、目标任务\n聚焦脱贫攻坚,完善控辍保学工作机制。\n二、重点举措\n各乡镇要切实履行控辍保学主体责任。", "实施方案", None),
        # …or on its part of measures
        ("三、措施及办法\n(一)加大对“双语”教育的扶持力度\n1. 各县(市)人民政府要继续安排专项经费。", "实施方案", None),
        # …or on parts that direct again and again
        ("(二)教育部门要将接送学生车辆安全管理责任落实到学校。学校应当建立台账,驾驶人必须持证上岗。\n(三)公安部门要加强路面管控。", "实施方案", None),
        # …or it sets the years its goals are to be reached by: a development plan's
        ("(二)学前教育发展工程。到2015年,学前三年毛入园率达到70%。\n(三)义务教育均衡发展工程。", "规划", 2011),
        # …whose stages of several deadlines may be a longer plan's
        ("(二)学前教育发展工程。到2011年,入园率达到60%;到2015年,达到70%;到2020年,达到85%。\n(三)义务教育均衡发展工程。", "规划", None),
        # …and so is a page of a plan's rules cut from its title: it directs (要, 应当, 必须) and tells nothing done
        ("收费\n学校应当保障留守儿童获得课后服务。家长应提出书面申请,班主任要审核,学校必须履行相关手续。", "实施方案", None),
        # (news of a plan tells what was done: 已, 了)
        ("收费\n学校应当保障留守儿童获得课后服务。家长应提出书面申请,班主任要审核,学校必须履行相关手续。已有80所学校开展。", "新闻", None),
        # …and so is a page past a plan's title that holds the plan's boxes
        ("[接上页] 普通高中在校学生达到135万人左右。\n专栏1 教育事业发展主要目标\n专栏2 人力资源开发主要目标", "规划", None),
        # a site's menu of columns (…通知通告政策文件…) above a title set as a list entry
        ("教育新闻教育信息化三通进展电教动态通知通告政策文件\n新闻首页 -> 三通进展\n• 大庆教育信息化“三通”工作进展情况简报\n"
         "• 来源:大庆教育网\n时间:2016-12-30 17:36:23\n• 全市中小学校宽带互联网接入比例为95%。", "报告", 2016),
        # a news page's date in brackets
        ("站内搜索:\n南沙力争到2020年半数幼儿园实现公办\n日期:[2018-11-06] 版次:[A12]\n近日,南沙区政协举行重点提案督办座谈会。", "新闻", 2018),
        # a notice to a long list of bodies, set off by 、 alone; a body's sentence ending on a colon addresses no one
        ("各辖市(区)教育(教育文体、社会事业)局、编办、发改(经发)委(局)、民政局、财政局、人社局、卫计局、残联:\n"
         "为推进我市特殊教育改革发展,结合我市实际特制定本计划。\n一、重要意义", "通知", None),
        ("为推进我市特殊教育改革发展,结合我市实际特制定本计划。\n各辖市(区)、各有关部门要高度重视特殊教育工作,切实加强组织领导,"
         "完善工作机制,认真做好以下几个方面的工作:\n一、重要意义", "工作计划", None),
        # a page of a plan cut before and after, holding one of its parts' headings: a development plan's where it
        # names a period or sets deadlines
        ("中职毕业生当年就业率不低于95%,用人单位对毕业生满意程度逐年提高。\n三、“十一五”职业教育发展的主要任务\n"
         "(一)深化办学体制改革\n培育多元办学主体。充分发挥公办职业院校的主力军作用。", "规划", None),
        ("县为主,县、乡共管”的幼儿教育管理体制。\n2.加快学前教育设施建设。到2020年,标准化幼儿园达到85%以上。\n"
         "(六)义务教育均衡发展工程\n4.推进义务教育标准化学校建设。统筹规划义务教育学校建设。", "规划", 2016),
        # a district's self-evaluation for an inspection, run into its site's menu: a report of the day it was
        # posted, not of the day its figures are counted to (至2011年底)
        ("您现在的位置:首页 >> 教育督导 >> 正文 文章内容某区推进区域义务教育均衡发展工作自评报告 作者:某区教育局 "
         "发布日期:2013-9-9 16:13:40 浏览量:某区,南临杭州湾,下辖8个镇。至2011年底,全区常住人口约110万。"
         "区委、区政府高度重视教育事业发展,积极探索区域义务教育优质均衡发展之路。", "报告", 2013),
    ],
)
def test_kind_and_year_without_a_title_line(text: str, kind: str, plan_year: int | None) -> None:
    meta = _meta(text)
    assert (meta.kind, meta.plan_year) == (kind, plan_year)


def test_the_body_s_five_year_plans_and_broken_lines_do_not_date_or_place_a_page() -> None:
    text = (
        "全省基础教育工作综述\n时间:2024-05-04\n近年来,《某省教育发展“十四五”规划》等文件陆续出台。\n"
        "会上,雨城区教育局、\n荥经县教育局作了交流发言。全省各地要抓好落实。\n一、提高质量"
    )
    meta = _meta(text)
    # (the counties the body names lie in one province, which 全省 speaks of)
    assert (meta.plan_year, meta.region.name if meta.region else None) == (2024, "四川省")


def test_a_title_below_a_long_disclosure_table() -> None:
    fields = "".join(f"| [ 索引号 ] | 1150011100934793-{i} | [ 发布机构 ] | 某区教委 |\n" for i in range(13))
    meta = _meta(fields + "重庆市大足区人民政府关于义务教育均衡发展国家督导评估认定自评报告\n(2019年8月31日)\n一、基本情况")
    assert (meta.kind, meta.plan_year, meta.region.name) == ("报告", 2019, "大足区")


def test_the_place_a_text_keeps_naming_short_and_not_its_ranking_or_its_outlet() -> None:
    text = (
        "浙江日报讯 2022年,蕲春县投入4434万元,改薄学校17所。蕲春高考录取人数全省县域第一。\n"
        "2023年,蕲春将加快学前教育优质普惠发展。蕲春推进教联体试点。"
    )
    assert _meta(text).region.name == "蕲春县"


def test_a_two_character_county_opening_a_clause() -> None:
    assert _meta("3月14日,眉县召开2023年全县教育体育工作会议。\n会上,眉县中学作交流发言。").region.name == "眉县"


def test_the_headline_below_a_breadcrumb_to_the_body_is_the_title() -> None:
    text = ("某网 > 中学教育 > 正文\n永春将新增一所中学\n近日,记者从永春县教育局获悉,县城区将新建一所中学。\n"
            "生涯规划筑未来——某中学承办中学生职业规划大赛\n某实验中学春季远足活动")
    assert _meta(text).title == "永春将新增一所中学"


def test_a_column_s_heading_with_its_link_to_more_is_no_title() -> None:
    meta = _meta(
        "您好,欢迎来到某市政协网!\n今天是:\n政协概况\n建言献策\n政协公告 更多>>\n市政协十六届二次会议立案\n"
        "关于调整某市政协十六届\n当前位置:\n首页>>履职实践>>工作动态>>内容\n市领导领办市政协重点提案\n"
        "发布日期:2023-06-14  浏览次数:\n(徐某) 6月13日上午,副市长在市教育局领办《关于提前优化规划全市农村义务教育和幼儿园布局的建议》提案。"
    )
    assert meta.title is None and meta.kind == "新闻"


def test_a_digital_paper_s_headline_set_again_above_its_body_is_the_title() -> None:
    text = ("第03版:本市\n2023年服贸会将于9月2日至6日举办\n某区257套公租房今起申请登记\n某区将新建两所小学\n版面导航\n"
            "某区将新建两所小学\n本报讯 近日,市发改委批复某区朝阳滨河学校(一期)新建工程项目建议书,新建总建筑面积约1.9万平方米,"
            "主要建设教学用房、办公及管理用房,将设置小学24个班。")
    assert _meta(text).title == "某区将新建两所小学"


def test_a_page_s_markup_said_twice_is_no_headline() -> None:
    body = "为进一步增强学生劳动观念,培养学生热爱劳动、甘于奉献的良好品质,增强家庭责任感和社会责任感,锻炼学生劳动的实践技能,开展本次活动。"
    assert "</p>" not in (_meta(f"\t</p>\n活动主题:劳动光荣\n\t</p>\n{body}").title or "")


def test_a_sentence_s_line_opening_with_especially_is_no_title() -> None:
    meta = _meta("尤其是今年政府工作报告中的十大实事\n本报讯 记者从县教育局获悉,今年将新建幼儿园3所。")
    assert meta.title != "尤其是今年政府工作报告中的十大实事"


def test_a_site_s_menu_line_and_a_sample_s_suffix_are_no_title() -> None:
    text = "个人图书馆网为您提供优质参考范文!工作总结工作计划自查报告\n教育局2022年工作总结范文范例1.加快重点项目建设。"
    meta = _meta(text)
    assert (meta.title, meta.kind, meta.plan_year) == ("教育局2022年工作总结", "报告", 2022)


def test_a_word_like_place_name_is_no_region() -> None:
    assert _meta("城区各学校:\n现将有关事项通知如下:\n一、做好开学准备").region is None


def test_a_page_s_site_name_is_not_joined_to_a_headline_naming_its_place(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>临澧县教育局</title></head><body><h1>临澧县2022年教育工作要点</h1>"
        "<p>2022年全县教育工作的总体要求是:坚持立德树人。</p><p>一、主要目标</p><p>全县学前三年毛入园率达到90%以上。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    meta = structure(normalize(read_document(path))).metadata
    assert (meta.title, meta.kind, meta.plan_year) == ("临澧县2022年教育工作要点", "工作要点", 2022)
    # (the bureau above a title naming no place is its issuer: 临澧县教育局 / 2022年教育工作要点)
    assert _meta("临澧县教育局\n2022年教育工作要点\n一、主要目标").title == "临澧县教育局2022年教育工作要点"


def test_a_page_s_site_name_is_not_joined_to_a_title_whose_fields_name_another_issuer(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>永吉县人民政府</title></head><body><h1>关于做好2023年秋季学期开学工作的通知</h1>"
        "<div>发布时间:2023-08-20 来源:永吉县教育局</div><p>各中小学、幼儿园:</p>"
        "<p>现就2023年秋季学期开学工作有关事项通知如下。</p></body></html>",
        encoding="utf-8",
    )
    meta = structure(normalize(read_document(path))).metadata
    assert (meta.title, meta.issuer, meta.kind) == ("关于做好2023年秋季学期开学工作的通知", "永吉县教育局", "通知")


def test_a_campus_s_or_a_town_s_east_and_west_parts_are_no_region() -> None:
    # (攀枝花市 has districts named 东区 and 西区; a plan speaks so of the parts of its own town or campus)
    text = ("2020年教育工作计划\n2020年,全市教育工作要紧紧围绕城区学校建设。\n一、主要目标\n"
            "城区新建学校3所,全市学前三年毛入园率达到90%。\n二、重点工作\n推进城区学校扩容。东区、西区各新建初中1所。")
    assert _meta(text).region is None
    named = _meta("攀枝花市东区教育和体育局2021年工作要点\n一、主要目标\n东区新建幼儿园2所。").region
    assert named is not None and named.name == "东区"


def test_a_county_named_as_the_verb_of_a_duty_is_no_region() -> None:
    # (会同县 of 湖南省怀化市: 县教育局会同县财政局… is 会同 + 县财政局, a partner's duty)
    text = "青山县教育局关于做好学生资助工作的通知\n县教育局会同县财政局负责资金拨付。县教育局要会同县人社局做好宣传。"
    assert _meta(text).region is None
    named = _meta("湖南省会同县教育局关于做好学生资助工作的通知\n怀化市会同县将新建幼儿园3所。会同县教育局负责。").region
    assert named is not None and named.name == "会同县"


def test_a_title_field_set_off_by_a_blank_with_a_site_s_tag() -> None:
    text = "标题 【政策】某区人民政府办公室关于印发某区教育高质量发展三年行动计划的通知\n发文字号 某政办发〔2022〕1号\n各镇人民政府:\n现将计划印发给你们。"
    assert metadata_of(text).title == "某区人民政府办公室关于印发某区教育高质量发展三年行动计划的通知"


def test_title_from_a_disclosure_field() -> None:
    text = (
        "发文机关:青山县教育局 | 主题词: |\n标题:关于做好2025年春季开学工作督导检查的通知 | |\n"
        "经研究,决定对全县学校开学工作进行督导检查。本次督查形成督导报告。\n一、督查内容"
    )
    meta = _meta(text)
    assert (meta.title, meta.kind, meta.plan_year) == ("关于做好2025年春季开学工作督导检查的通知", "通知", 2025)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param(
            "5月22日下午,巡查组在龙亭区、开封新区领导陪同下到学校进行巡查。\n学校将以此为契机,促进教育均衡化发展。",
            "开封市",
            id="a district and its city named once each make the city",
        ),
        pytest.param(
            (
                "主页 > 深圳教育 > 正文\n为缓解就学压力,多所公办幼儿园将于2020年开办。\n"
                "近日,盐田区副区长率队调研盐田区公办幼儿园项目。落实深圳市政府的要求,盐田区新增学位1770个。"
            ),
            "盐田区",
            id="a district named more often than its city is the page's place",
        ),
        pytest.param(
            (
                "贵州黔西:建好家门口的学校\n时间:\n热点资讯\n12月26日,贵州省黔西市锦绣学校初中部教学楼建设工地,工人们在加紧施工。"
                "近年来,黔西市坚持教育优先发展战略。贵州黔西新增学位990个。"
            ),
            "黔西市",
            id="a province that only says where its county-level city lies is not named for itself",
        ),
        pytest.param(
            (
                "您所在的位置:新闻 >> 各县动态\n将乡城建成为全省教育信息化的标杆\n"
                "本网讯 近日,省信息化工作办公室带领省专家调研组到乡城县进行专题调研,要将乡城建成为全省的标杆。"
                "调研组摸清了乡城县教育信息化现状,乡城县将推进县域数字资源全覆盖,乡城教育将迈上新台阶。"
            ),
            "乡城县",
            id="a county the province's experts visit, named more often than the province's words",
        ),
        pytest.param(
            (
                "欢迎您访问湖北教师资格网!本站信息以湖北省教育考试院所示为准!\n"
                "兴山县稳步推进“县管校聘”改革\n兴山县召开动员会,全县各学校开展竞聘。兴山县教育局通报了方案。"
            ),
            "兴山县",
            id="a site's welcome line names the site's place, not the page's",
        ),
        pytest.param(
            (
                "新疆“十三五”将基本实现15年普及教育\n"
                "根据规划,到2020年新疆将基本普及15年教育。新疆提出,毛入园率达到98%以上。\n"
                "- 2021河南省中考语文科目开考时间提前05-24\n- 2021年全国各地中考时间"
            ),
            "新疆维吾尔自治区",
            id="a page's list of links names other pages' places",
        ),
        pytest.param(
            (
                "本报讯 昨天,我市召开高考工作会议,力争有2名以上学生总分进入全省前100名;上本科线率高出全省平均水平5个百分点以上。\n"
                "今年潮州全市一本线上线率达8.4%,各批次上线率均高于全省平均水平。"
            ),
            "潮州市",
            id="a city measured against its province speaks of itself",
        ),
        pytest.param(
            (
                "提升教育现代化水平\n发布时间:2022-01-20 来源:常熟日报\n"
                "1月18日,2022年全市教育工作会议召开。会议提出,以整体提升常熟教育现代化水平为总目标,擦亮常熟教育品牌。全市新建学校5所。"
            ),
            "常熟市",
            id="a county-level city named for its education is the page's place, not its city",
        ),
        pytest.param(
            "未来10年是实现我省民族地区教育跨越式发展的关键时期。\n成都、绵阳等10个市选派了8000多名教师赴民族地区支教。",
            "四川省",
            id="cities of one province in a text on my province make the province",
        ),
        pytest.param(
            (
                "2025年,区教育局共承办人大代表建议2件,政协委员提案8件。这些建议提案涵盖了教育减负、场地建设、文化教育等方面,"
                "反映了社会各界对教育事业的关注。区教育局秉持让代表、委员满意的理念,全力推进办理工作,办理前主动与代表委员沟通。"
                "关于增加烈山区学位的建议,淮北市已于今年新建学校1所,新增学位900个。"
            ),
            "烈山区",
            id="a page opening with a bureau named by its level alone is of that level",
        ),
        pytest.param(
            (
                "教育局2018年度安全工作计划\n"
                "2018年,全区教育系统安全工作坚持在泰州市教育局、区委区政府的正确领导下,以建设“平安高港”为主线,"
                "以系列“安全先进学校”创建为载体,以安全检查和隐患整改为重点,确保全区教育系统安全稳定、和谐发展。\n"
                "一、指导思想\n深入贯彻安全工作会议精神,全力打造“平安高港”。"
            ),
            "高港区",
            id="a district named short where its city is named in full and the text speaks of its level",
        ),
        pytest.param(
            (
                "深化改革 突破创新 全面提升四平教育的整体水平\n——在2014年全市教育工作会议上的报告\n同志们:\n"
                "这次会议的主要任务是,总结2013年工作,安排部署2014年全市教育工作任务。全市教育系统要学习北京的经验,推进改革。"
            ),
            "四平市",
            id="a city named for its education in a text on my city counts twice, over another named once",
        ),
        pytest.param(
            (
                "四川10县区316所农村地区中小学校将免费接入光纤宽带\n稿件来源:绵阳市场信息网 发布时间:2014-09-29\n"
                "日前,四川省财政厅印发《四川省农村中小学免费通宽带试点方案》。截至2015年底,四川省将为316所农村中小学校接入光纤宽带。"
            ),
            "四川省",
            id="a source field naming the news site that carried the page names no place of the page",
        ),
        pytest.param(
            (
                "2021年全区教育系统坚持以习近平新时代中国特色社会主义思想为指导,在区委区政府的正确领导下,全区教育系统努力办好人民满意的教育。"
                "全区新建学校3所,获得贵港市教学质量奖,承办贵港市中小学运动会,获贵港市先进集体称号。"
            ),
            None,
            id="a text on 全区 naming only a city of an autonomous region is not the region's",
        ),
    ],
)
def test_the_place_a_page_is_about(text: str, region: str | None) -> None:
    meta = metadata_of(text)
    assert (meta.region.name if meta.region else None) == region


def test_a_text_citing_itself_in_title_marks_has_that_kind() -> None:
    assert metadata_of("一、面临的机遇\n各地要通过实施本《行动计划》,努力实现民族地区教育现代化。").kind == "行动计划"


def test_a_notice_is_not_dated_by_its_deadline() -> None:
    text = "关于厦门市智慧校园创建工作的通知\n各区教育局:\n计划到2022年建成80所中小学智慧校园示范校。现将有关事项通知如下:"
    assert metadata_of(text).plan_year is None


@pytest.mark.parametrize(
    ("text", "kind", "plan_year"),
    [
        ("为做好2018年全县教育工作,现将工作计划安排如下:\n一、指导思想\n坚持立德树人。", "工作计划", 2018),
        ("2024年3月,市政府教育督导室对我县2023年度教育工作进行了督导评估。\n一、基本情况", "报告", 2023),
        ("各学校:\n根据《省教育厅关于做好2019年秋季学期开学工作的通知》要求,现就有关事项通知如下:\n一、", "通知", None),
        pytest.param("2021年,区教育局将以立德树人为根本任务,全面推进教育现代化。\n一、主要工作\n1.加强党建。", "工作计划", 2021,
                     id="a plan opening with what its year will bring"),
        pytest.param("2015年,全市学前三年毛入园率已达到95%。\n一、主要工作\n1.加强党建。", "新闻", 2015,
                     id="a report of a past year is news of that year, no plan for it"),
        pytest.param("根据《2019年全市教育工作要点》,结合我区实际,制定本区2019年智慧教育试点工作方案。\n一、工作目标", "实施方案", 2019,
                     id="a text drawing up a plan names its kind"),
        pytest.param("根据《某县中长期教育改革和发展规划纲要》,结合我校实际,特制订体育和艺术教育三年工作计划。\n一、指导思想\n以学生全面健康成长为宗旨。",
                     "工作计划", None, id="a text drawing up its plan of work names its kind"),
        pytest.param("校长代表学校作2021年度工作总结报告及2022年工作谋划。校长指出,学校要紧扣“十四五”目标,充实管理队伍。\n"
                     "(1)以人为本,创建和谐校园;\n(2)以德为先,构建文明校园。", "新闻", 2022, id="a year's work planned (工作谋划)"),
        pytest.param("县长向大会作政府工作报告\n01\n2020年工作回顾\n新改扩建学校16所。\n02\n“十三五”主要工作回顾\n增加学位4.8万个。\n"
                     "03\n2021年重点工作\n加快临空学校建设。", "报告", 2021, id="a year's key work as a heading of its own"),
        pytest.param("本报讯近日,县小学教研工作会议召开,回顾了过去一年的工作,并提出了2011学年度教研工作要点:深化教学研究。",
                     "新闻", 2011, id="the school year whose work a text sets out"),
        pytest.param("近日,区教育局召开发布会。至2011学年,区域内有小学34所;2017学年起,随迁子女可就近入学。",
                     "新闻", None, id="a school year a figure is counted to or a change starts from"),
        pytest.param("某区推进义务教育均衡发展工作自评报告\n发布日期:2013-09-09\n至2011年底,全区常住人口约110万,区域内有小学34所。"
                     "区委、区政府高度重视教育事业发展。\n一、基本情况\n全区有学校64所。", "报告", 2013,
                     id="a report of the day it is dated, not of the day its figures are counted to"),
    ],
)
def test_the_year_of_the_work_a_text_opens_with(text: str, kind: str, plan_year: int | None) -> None:
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year) == (kind, plan_year)


def test_who_forwards_a_notice_issues_the_page() -> None:
    meta = metadata_of("淮安市人民政府办公室转发市教育局关于加快推进三通两平台建设的意见的通知\n各县(区)人民政府:\n现转发给你们。")
    assert (meta.issuer, meta.kind) == ("淮安市人民政府办公室", "意见")


def test_a_source_field_naming_the_title_s_issuer_short_gives_it_in_full() -> None:
    meta = metadata_of("普陀区教育局2021年工作要点\n发布时间:2021-03-02 来源:区教育局\n2021年是“十四五”开局之年。")
    assert meta.issuer == "普陀区教育局"


def test_a_headline_opening_with_its_place_is_news() -> None:
    meta = metadata_of("周口市:督政、督学、评估监测三位一体\n2022-06-10\n近年来,周口市坚持督政、督学、评估监测“三位一体”。")
    assert (meta.title, meta.kind, meta.region.name) == ("周口市:督政、督学、评估监测三位一体", "新闻", "周口市")


def test_a_page_of_numbered_tasks_is_the_plan_of_a_year_s_work() -> None:
    # (annotators file such a page as the plan of the work, whose points it may be or not)
    text = "14.完成中小学校舍安全工程年度任务。\n15.积极发展学前教育和特殊教育。\n16.继续实施中等职业教育基础能力建设工程。"
    assert metadata_of(text).kind == "工作计划"
    # …whatever way of working a task opens with (多渠道补充…)
    text = "35.加强双语教师培养培训工作。\n36.加强中小学教师教育工作。\n37.多渠道补充中小学教师。继续实施特岗计划。"
    assert metadata_of(text).kind == "工作计划"


def test_a_text_about_leagues_and_banners_is_inner_mongolia_s() -> None:
    text = "指导盟市做好工程改造的设计和施工方案。\n推动旗县中心幼儿园建设。"
    assert metadata_of(text).region.name == "内蒙古自治区"


@pytest.mark.parametrize(
    ("text", "plan_year"),
    [
        ("民族地区教育十年行动计划\n未来10年是实现教育跨越式发展的关键时期,通过实施本行动计划,到2020年整体实现跨越式发展。", 2011),
        pytest.param("某省近日发布第二期学前教育三年行动计划,提出每年新建公办幼儿园2000所。到2017年,基本普及学前三年教育。",
                     2015, id="the news of a plan named by its years"),
        pytest.param("17日,某区召开全区教育工作会议,讨论修改《关于贯彻落实〈国家中长期教育改革和发展规划纲要(2010—2020年)〉实施意见》。"
                     "\n某区教育事业未来十年的发展目标是:到2020年,全区教育发展总体接近全国平均水平。",
                     2010, id="news citing the span of the plan it follows: the span as stated, not counted back"),
    ],
)
def test_a_plan_for_the_years_ahead_to_a_deadline_is_for_the_first_of_them(text: str, plan_year: int) -> None:
    assert metadata_of(text).plan_year == plan_year


def test_a_page_without_a_year_in_its_header_is_of_the_year_its_first_heading_plans() -> None:
    text = "2019“教育局计划”教育工作计划\n发布 2024-03-13 10:40:16\n一、2018年教育局工作计划指导思想:以党的精神为指导。\n二、主要工作"
    assert metadata_of(text).plan_year == 2018


def test_a_short_name_shared_with_a_district_is_the_unit_at_the_level_the_text_speaks_of() -> None:
    # 河北 is also Tianjin's 河北区; a text on 我省 means the province
    text = "省教育厅深化改革。推动优质教育资源向河北延伸。我省加快职业教育发展,河北各地积极推进。\n全省高校扩大招生。"
    assert metadata_of(text).region.name == "河北省"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a county's text that ranks itself in its city (实现全市…第一) speaks of its own county as often
        (
            "二是重基础设施建设。基础教育配套设施建设项目被确定为2009年武城县十大民生工程之一,投资150万元再建一处"
            "明德小学,实现全市“建设数量、施工质量”第一的目标。\n五是重和谐教育建设。确保全县教育系统的和谐稳定。",
            "武城县",
        ),
        # …and a district's text that says 全市 as often as 全区, and first
        ("2017年,在全市率先完成学位建设任务。龙岗区教育局加快推进学位建设,全区新增学位9000个。", "龙岗区"),
    ],
)
def test_of_levels_a_text_speaks_of_as_often_its_own_is_the_lowest(text: str, region: str) -> None:
    assert metadata_of(text).region.name == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "四十八团大力推进学前教育事业繁荣发展\n来源:本站原创 添加时间:2017-12-05\n近几年,随着四十八团城镇化建设步伐的"
            "加快,新建一所国语幼儿园。来自巴楚县阿克萨克马热勒乡12村的阿卜都今年6岁,来该团幼儿园读书。",
            "四十八团",
        ),
        (
            "兵团投资12亿元实施教育民生实事工程\n2019年07月11日 来源:人民网-新疆频道\n得益于兵团教育惠民工程,"
            "新疆生产建设兵团第三师叶城二牧场中学学生也能坐在窗明几净的教室里。在三师图木舒克市,新疆各地…",
            "新疆生产建设兵团",
        ),
        # …and below a field line the page sets above its headline
        (
            "发布时间:2017-12-05 来源:本站 浏览次数:128\n四十八团大力推进学前教育事业繁荣发展\n近几年,随着四十八团城镇化"
            "建设步伐的加快,新建一所国语幼儿园。来自巴楚县阿克萨克马热勒乡12村的阿卜都今年6岁,来该团幼儿园读书。",
            "四十八团",
        ),
        (
            "发布时间:2019-07-11 来源:本站\n兵团投资12亿元实施教育民生实事工程\n2019年07月11日 来源:人民网-新疆频道\n"
            "得益于兵团教育惠民工程,新疆生产建设兵团第三师叶城二牧场中学学生也能坐在窗明几净的教室里。在三师图木舒克市,新疆各地…",
            "新疆生产建设兵团",
        ),
        # (a college, 第一师范, and an inspection team, 督导团, are no unit of the Corps)
        ("湖南第一师范学院附属小学2019年工作计划\n一、指导思想\n长沙市教育局要求全市学校…", "长沙市"),
    ],
)
def test_a_headline_opening_with_a_unit_of_the_corps_is_of_that_unit(text: str, region: str) -> None:
    assert metadata_of(text).region.name == region


def test_a_text_on_its_own_unit_s_counties_speaks_of_that_unit_s_level() -> None:
    # 我市县域内: the city's counties (unlike 全省县域第一, a rank among the province's counties)
    text = (
        "湖市人民政府关于统筹推进县域内\n城乡义务教育一体化改革发展的实施意见\n根据《安徽省人民政府关于统筹推进县域内城乡"
        "义务教育一体化改革发展的实施意见》精神,现就加快我市县域内城乡义务教育一体化发展,提出如下实施意见。\n"
        "一、指导思想\n打造宜学城市,推进芜湖教育名城建设。"
    )
    assert metadata_of(text).region.name == "芜湖市"


def test_a_county_s_own_numbered_schools_speak_of_its_level() -> None:
    # 我县第一中学 is the county's school (unlike 全县第一, a rank within the county)
    text = "近日,全市中小学安全工作会议召开。会上,我县第一中学、我县第二中学作交流发言,武城县教育局对我县第三中学提出表扬。"
    assert metadata_of(text).region.name == "武城县"


@pytest.mark.parametrize(
    "text",
    [
        "根据《山东省学前教育规定》的要求,加强对民办幼儿园的管理,对我县注册的民办幼儿园进行了普惠性认定。经局领导同意,"
        "认定汶上县中都广场幼儿园等63处民办幼儿园为普惠性幼儿园。现将名单予以公布(见附件)。\n"
        "经认定的普惠性民办幼儿园有效期为三年,即2015年10月至2018年10月。",
        "经各地推荐、专家评审,确定张明等20名同志为2016年度市级骨干教师,现予公布。\n希望受到表彰的同志珍惜荣誉。",
    ],
)
def test_a_page_making_a_list_public_is_a_notice(text: str) -> None:
    assert metadata_of(text).kind == "通知"


@pytest.mark.parametrize("title", ["西安2014年教育工作要点", "西安高新区教育局2022年工作要点", "长春经开区召开2021年教育工作会议"])
def test_a_city_s_short_name_opening_a_title_is_that_city(title: str) -> None:
    meta = metadata_of(f"{title}\n一、总体要求")
    assert meta.region.name == ("长春市" if title.startswith("长春") else "西安市")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("阳春布德泽,杏坛漾活力。3月19日下午,某县召开了2018年教育工作会议。\n会议首先通报了先进名单。",
                     "新闻", id="a meeting held on a day"),
        pytest.param("2023年7月30日上午召开了“县管校聘”安排会议,会上审议了实施方案。", "新闻", id="with its year"),
        pytest.param("各学校:\n定于3月20日上午召开全县教育工作会议,现将有关事项通知如下:\n一、会议时间", "通知",
                     id="a meeting to come is a notice"),
        pytest.param("中学督导汇报材料\n首先感谢各位来我校指导工作。\n一、基本情况", "报告", id="a report to inspectors"),
        pytest.param("某县教育局关于开展校园安全排查整治的通知\n各片区、中心校,各县直学校:\n"
                     "1月5日,省教育厅召开了全省校园安全工作会议。现将有关事项通知如下:", "通知",
                     id="a notice to those it charges recounts a meeting"),
        pytest.param("深化改革 突破创新 全面提升教育的整体水平\n2014-03-14 来源:记者站\n——在2014年全市教育工作会议上的报告\n"
                     "同志们:\n一、2013年教育工作回顾", "报告", id="a speech a reporters' desk posted"),
        pytest.param("巩义计划投资3亿元推进义务教育全面改薄\n作者:王新 \n今年,巩义市将投资3亿元,新建、改扩建学校12所。", "新闻",
                     id="a headline planning work as its verb names no plan"),
        pytest.param("我县学前教育三年行动计划进展顺利\n自2021年实施学前教育三年行动计划以来,我县新建幼儿园12所。", "新闻",
                     id="how work under a plan has gone"),
        pytest.param("我县义务教育均衡发展实施方案取得显著成效\n自2021年实施以来,我县新建、改扩建学校12所。", "新闻",
                     id="what a plan has achieved"),
        pytest.param("我县学前教育三年行动计划实施两年来成效明显\n2021年以来,我县实施学前教育三年行动计划,新建幼儿园12所。",
                     "新闻", id="what a plan has plainly achieved"),
        pytest.param("我县扎实推进第三期学前教育行动计划\n发布时间:2019-05-10\n近年来,我县认真实施第三期学前教育行动计划"
                     "(2017-2020年),新建幼儿园12所。今年,我县将再新建幼儿园3所。", "新闻", id="a headline on our county"),
        pytest.param("多措并举想办法 破解入园难题\n近年来,县教育局多措并举,新建幼儿园12所,缓解了入园难问题。", "新闻",
                     id="a headline's ways are no rules"),
        pytest.param("破解难题有办法\n近年来,县教育局新建幼儿园12所,缓解了入园难问题。", "新闻", id="a headline ending on ways"),
    ],
)
def test_news_of_a_meeting_a_report_and_a_speech(text: str, kind: str) -> None:
    assert metadata_of(text).kind == kind


def test_a_headline_naming_no_kind_is_news_where_its_page_gives_a_posting_day() -> None:
    head = "您当前的位置:东北网 > 道里区正文\n未来五年群力哈西将规划建设22所公办学校\n"
    body = "根据《道里区教育事业“十三五”发展规划》规定,到2020年,在群力和哈西新区配置学校22所。"
    assert metadata_of(f"{head}http://hrb.dbw.cn/ | 2016-09-09 09:47:42\n{body}").kind == "新闻"
    assert metadata_of(head + body).kind == "其他"


def test_a_short_name_of_a_province_and_a_city_stays_open() -> None:
    text = "吉林全市教育工作会议召开。全市各校认真落实。吉林各地积极推进。\n全市高中扩大招生。"
    assert metadata_of(text).region is None


def test_a_title_set_on_several_lines_is_joined_where_its_book_title_opens() -> None:
    text = ("山东省人民政府教育督导委员会\n关于印发《2023年对市级人民政府履行\n教育职责评价报告》的通知\n鲁政教督委〔2024〕1号\n"
            "各市人民政府:\n现将《2023年对市级人民政府履行教育职责评价报告》印发给你们。")
    meta = metadata_of(text)
    assert meta.title == "山东省人民政府教育督导委员会关于印发《2023年对市级人民政府履行教育职责评价报告》的通知"
    assert (meta.kind, meta.plan_year) == ("报告", 2023)


def test_a_bare_time_stamp_dates_a_page_that_names_no_year() -> None:
    text = "玉泉区接受县域义务教育均衡发展评估\n\n魅力霍林河 2016-10-26 09:20:00\n\n昨日,国家督导评估组对玉泉区进行督导评估认定。"
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year, meta.published) == ("新闻", 2016, "2016-10-26")


def test_news_of_this_year_is_dated_by_its_page_not_by_the_years_it_looks_back_on() -> None:
    text = ("甘肃新建改扩建316所幼儿园\n发布时间:2015/2/2 10:54:34\n据省政府新闻办获悉,2014年该省新建改扩建316所乡镇公办中心幼儿园。\n"
            "今年,全省将新建幼儿园200所。")
    assert (metadata_of(text).kind, metadata_of(text).plan_year) == ("新闻", 2015)


def test_a_crawled_record_s_title_and_date_fields() -> None:
    text = ("id:'10',\n        title:'“劳动光荣,奉献最美”主题教育实践活动通知',\n        time:'2020-04-23',\n"
            "        comment:`\n一、活动目的:进一步增强学生劳动观念。")
    meta = metadata_of(text)
    assert (meta.title, meta.kind, meta.plan_year, meta.published) == (
        "“劳动光荣,奉献最美”主题教育实践活动通知", "通知", 2020, "2020-04-23"
    )


def test_news_of_a_plan_just_issued_is_of_the_plan_s_first_year() -> None:
    text = ("未来三年某市将新建改扩建420所幼儿园\n2010年,本市在全国率先启动实施《某市学前教育三年行动计划(2010—2012年)》。"
            "市政府办公厅昨天转发的《某市学前教育提升计划(2013—2015年)》,画出了未来三年本市学前教育发展的路线图。")
    assert (metadata_of(text).kind, metadata_of(text).plan_year) == ("新闻", 2013)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("义乌网\n首页 义乌新闻 查看内容\n我市31所新校园投用 新增学位11100个\n2020-9-2 12:51\n"
         "新学期伊始,我市31所新校园投入使用,全市新增学位11100个。", "义乌市"),
        ("我县积极创建国家\n2016-03-29 11:23:36 来源: 责任编辑:浦城新闻网 我来说两句\n"
         "3月22日,我县召开迎接国家“义务教育发展基本均衡县”评估动员会,部署我县今年秋季迎接国检准备工作。", "浦城县"),
        ("县长调研城区新建学校选址\n2019-01-08 16:29:45 来源:桂阳新闻联播 | 编辑:刘艳萍\n"
         "1月7日,县长深入各地就新建学校选址规划情况进行调研。他指出,全县要加快学校建设。", "桂阳县"),
    ],
)
def test_a_page_naming_no_place_of_its_own_is_its_local_outlet_s(text: str, region: str) -> None:
    assert metadata_of(text).region.name == region


def test_a_two_character_county_after_a_closing_bracket_is_no_place() -> None:
    text = ("某县校车安全百日行动实施方案\n为做好全县校车安全管理工作,制定本方案。\n"
            "学校是否按《校车安全管理条例》和县校车办要求建立健全校车安全管理制度。")
    assert metadata_of(text).region is None


def test_a_heading_below_a_paragraph_of_news_is_no_title() -> None:
    text = ("本篇文章1323字,读完约3分钟\n某区表示,教育一直是家长最关心的问题之一。到目前为止,某区有392所各级基础教育学校,"
            "学生22万人,教师1.5万多人。未来三年,将继续统筹教育资源,积极推进急需建设项目,新建、改建和扩建74个基础教育建设项目。"
            "那么,这些新开办的学校在哪里?\n三年内完成74个基础教育建设项目的开工计划\n从2017年到2019年,某区计划建设74个项目。")
    assert (metadata_of(text).title, metadata_of(text).kind) == (None, "新闻")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某县将新建改扩建幼儿园25所\n某公众号 2022-09-07 21:32:31\n近日,某县发布学前教育第四轮三年行动计划。\n"
         "年度目标\n2022年,新改扩建公办幼儿园7所。\n2023年,新改扩建公办幼儿园7所。\n2025年,新改扩建公办幼儿园5所。", 2022),
        # the stamp's year as a span's first
        ("本帖最后由 某某 于 2011-11-16 08:50 编辑\n为贯彻落实国务院及财政部、教育部的有关部署,大力促进我省学前教育发展,"
         "更好满足社会需求,经省政府同意,日前,省财政厅、省教育厅联合印发了《关于加大财政投入支持学前教育发展的通知》,"
         "明确了我省当前阶段支持学前教育发展的财政政策。主要政策有以下八项: 1.利用农村闲置校舍改建幼儿园,各级财政给予资金补助。\n"
         "2.依托农村小学增设附属幼儿园,各级财政给予资金补助。\n7.2011—2013年,在全省新建700所公办幼儿园。", 2011),
        # …or naming only the later year the works are to be in use
        ("南昌拟投4.5亿元建中小学生综合实践基地\n09.11.2015 11:44\n本报讯 记者报道:11月8日,记者获悉,南昌市教育局决定投资"
         "4.5亿元建设综合实践基地项目。\n项目一期计划建设周期为1年,于2016年12月投入使用。", 2015),
    ],
)
def test_news_stamped_with_a_year_of_the_plan_it_tells_of_is_of_that_year(text: str, year: int) -> None:
    assert (metadata_of(text).kind, metadata_of(text).plan_year) == ("新闻", year)


@pytest.mark.parametrize(("name", "unit"), [("张家川县", "张家川回族自治县"), ("楚雄州", "楚雄彝族自治州"), ("龙胜县", "龙胜各族自治县")])
def test_autonomous_units_by_their_everyday_names(name: str, unit: str) -> None:
    assert [r.name for r in gazetteer().lookup(name)] == [unit]


def test_a_two_character_county_inside_a_word_of_the_title_is_no_place() -> None:
    text = "关于办理县十八届人大二次会议第90号建议的函\n吴文富等代表:\n非常感谢你们对汉阴县教育事业的关心,汉阴县学前教育发展较快。"
    assert metadata_of(text).region.name == "汉阴县"


def test_a_forum_poster_s_profile_neither_dates_nor_hides_the_news() -> None:
    profile = "北风啸\n北风啸目前处于离线状态\n等    级:资深长老\n经 验 值:19009\n魅 力 值:12\n积    分:40471\n注册日期:2007-05-18\n"
    text = profile + "明年昌平区再添公办幼儿园学位2250个\n    11月13日,区政协召开推进第三期学前教育行动计划专题协商会。"
    meta = metadata_of(text)
    assert (meta.kind, meta.published) == ("新闻", None)


def test_the_year_something_began_does_not_date_a_news_page() -> None:
    text = "新华社西安2月22日电 西安今年将新建中小学34所。\n据了解,自2017年西安推出宽松的户籍政策以来,学位需求增加。"
    assert metadata_of(text).plan_year is None
    # …written without 自
    text = "本报横县讯10月17日,横县民族中学书声琅琅。\n2014年以来,横县先后筹措11.4亿多元用于项目建设。"
    assert metadata_of(text).plan_year is None
    # …or from a month of it
    text = "硅谷网10月31日讯 近日,市委书记一行视察了正在建设中的教育园区。\n教育园区于2010年10月以来陆续开工建设。"
    assert metadata_of(text).plan_year is None


def test_a_page_that_opens_with_a_year_is_of_it() -> None:
    text = (
        "2025年某县教育局共收到县人大代表建议30件、县政协委员提案17件。今年的建议提案有以下几个特点:一是代表关注点较为广泛。\n"
        "为切实做好建议提案办理工作,县教育局专门成立了办理工作领导小组。\n截止6月底,已完成全部建议提案的答复。"
    )
    assert metadata_of(text).plan_year == 2025
    text = "2012年某区小学一年级入学招生工作日程表\n日期\n内容\n相关单位\n3月下旬\n研究和制定招生入学方案\n小幼教科\n4月5日\n召开全区招生工作会议"
    assert metadata_of(text).plan_year == 2012


def test_what_was_done_before_a_news_page_does_not_date_it() -> None:
    text = "天津北方网讯:西青区第五幼儿园正式投入使用。\n位于西青区的商贸城,成立于2016年,周边新市民越来越多。"
    assert metadata_of(text).plan_year is None
    text = "本报讯 近日,记者从区教育局了解到,今年将续建新建5所学校。\n南门外小学分校已于2020年11月18日封顶,目前正在施工。"
    assert metadata_of(text).plan_year is None


def test_a_text_that_opens_with_a_place_is_about_it() -> None:
    text = "宜宾县是四川省的农村学生营养改善计划试点县,近日该县制定了实施方案。\n全县投入资金324万元。"
    assert metadata_of(text).region.name == "宜宾县"


def test_a_caption_of_what_someone_did_is_no_title() -> None:
    text = "建设8所学校、实现公办中小学校空调全覆盖……未来,某县教育这样干!\n\n1月24日\n\n县长张某\n\n向大会作政府工作报告\n\n一、2020年工作回顾"
    meta = metadata_of(text)
    assert meta.title != "向大会作政府工作报告" and meta.issuer is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param(
            "为进一步巩固我县义务教育均衡发展成果,12月4日,副县长主持召开了裕民县督导评价问题整改联席会。\n"
            "会上通报了塔城地区教育督导组对我县的复查情况。全县各学校要抓好整改。",
            "裕民县",
            id="the one unit named of the level the text speaks of",
        ),
        pytest.param(
            "省教育厅办公室关于公布示范区的通知\n发布机构 | 湖北省教育厅教师处 | 文号 | 鄂教师办函〔2020〕1号 |\n"
            "各市、州、直管市、神农架林区教育局:\n为进一步深化全省中小学教师“县管校聘”管理改革,确定示范区如下。",
            "湖北省",
            id="the places a notice is addressed to are not its own",
        ),
        pytest.param(
            "智慧校园建设累计投入专项资金超404万\n中新网天津10月25日电 记者从天津援疆前方指挥部获悉,天津市推进新疆和田地区"
            "智慧校园项目建设,为和田地区东三县23所学校开发平台。\n据了解,和田地区东三县智慧校园已建成。\n2023年,天津市还将实施二期",
            "和田地区",
            id="a place that aids another and a dateline are not the region",
        ),
        pytest.param(
            "我区启动学前教育督导评估工作\n发布时间:2023-03-05\n鄞州讯 近日,全区启动学前教育普及普惠督导评估工作,"
            "今年全区普惠性幼儿园覆盖率将达到95%以上。",
            "鄞州区",
            id="a district's outlet byline names it for short",
        ),
    ],
)
def test_region_named_by_the_text(text: str, region: str) -> None:
    assert metadata_of(text).region.name == region


def test_a_five_year_plan_that_gives_its_own_span_is_dated_by_its_first_year() -> None:
    text = (
        "临夏州教育信息化“十四五”发展行动计划\n来源:州教育局 发布时间:2022-11-22\n"
        "为贯彻落实《临夏州“十四五”教育发展规划》等精神,2022—2025年全州教育信息化工作以…为目标。特制定本计划。"
    )
    assert metadata_of(text).plan_year == 2022
    assert metadata_of("某县“十四五”教育发展规划\n为贯彻落实…,2021—2025年全县教育以…为目标。").plan_year == 2021


def test_a_line_that_opens_as_a_clause_does_is_no_title() -> None:
    text = "百年大计,教育为先\n今年\n我市把教育惠民工程\n列为2021年为民办的十件实事中\n通过教育布局规划调整\n不断加大投入\n"
    meta = metadata_of(text)
    assert (meta.title, meta.kind, meta.plan_year) == (None, "新闻", 2021)


def test_a_five_year_plan_named_in_full_is_dated_by_its_first_year() -> None:
    text = "关于印发泸州市纳溪区教育事业第十三个五年发展规划(年)的通知\n为认真贯彻落实《纲要》,结合实际,制定本规划。"
    assert metadata_of(text).plan_year == 2016


def test_a_year_a_re_posted_page_says_will_be_worked_in_dates_it() -> None:
    text = (
        "更新时间:2018-06-16 11:14作者:王新老师\n从海南省2016年度全省中等学校招生工作会议上获悉,2016年海南教育系统"
        "将全面改善贫困地区义务教育薄弱学校基本办学条件。据介绍,海南教育系统今年要集中力量解决紧迫问题。"
    )
    assert metadata_of(text).plan_year == 2016


def test_the_nation_s_five_year_plan_does_not_date_a_page() -> None:
    text = (
        "某县“班班通”建设见成效\n高县从2011年起筹集资金1100万元用于“班班通”工程建设。\n"
        "站长告诉记者,建设的部分成果已经达到了国家教育发展‘十二五’规划的要求。"
    )
    assert metadata_of(text).plan_year != 2011


def test_a_model_text_page_s_title_said_twice_or_run_into_its_first_sentence() -> None:
    meta = metadata_of("正在进行安全检测...\n\n2021年乡镇基础教育工作规划2021年乡镇基础教育工作规划xx基础教育现有初中3所,小学6所。")
    assert (meta.title, meta.kind, meta.plan_year) == ("2021年乡镇基础教育工作规划", "规划", 2021)
    meta = metadata_of("内容预览:\n2012年镇教育工作汇报xx镇位于xx市东北部沿海,南接漳港街道。镇区下辖10个村委会。")
    assert (meta.title, meta.kind, meta.plan_year) == ("2012年镇教育工作汇报", "报告", 2012)


def test_dated_news_that_names_a_period_in_passing_is_of_its_date() -> None:
    text = (
        "首页 > 关注 >\n\n2.7亿元补助金助黑龙江省158所高中改扩建\n\n时间 : 2023-07-06 11:29:28 来源:人民网\n\n"
        "近日,黑龙江省下达了改善普通高中办学条件中央补助资金27000万元,预计提升158所薄弱普通高中学校办学能力水平。\n\n"
        "按照资金管理办法要求,结合黑龙江省“十四五”县域普通高中发展提升行动重点工作,省财政厅会同省教育厅加大统筹力度。"
    )
    assert metadata_of(text).plan_year == 2023
    headline = "您当前的位置:教育 >\n江苏镇江:启动“十四五”学前教育发展提升行动\n2023-03-15 17:50 来源:新华网\n记者从镇江市获悉,镇江启动提升行动。"
    assert metadata_of(headline).plan_year == 2021
    # …or a span
    text = (
        "山西将用5年投入30亿改造全部农村学校\n2012年01月09日 16:24来源:新华网\n记者日前从山西省教育厅获悉,山西省将改造全部农村学校。\n"
        "据悉,此前,财政部、教育部决定2010年至2015年实施农村义务教育薄弱学校改造计划。"
    )
    assert metadata_of(text).plan_year == 2012


def test_a_body_item_labelled_by_a_place_is_no_header_field() -> None:
    text = (
        "2015年,玉林市筹措资金13.23亿元,新建成5所中小学校,有效缓解了城区学校入学难问题。今年,全市计划新建中小学校19所。\n"
        "市直:迁建玉林师院附中新校区,项目投资1.2亿元。目前,新校区已完成立项。\n"
        "北流市:新建独石湖初中、永顺小学、桂塘小学、松山小学四所中小学校,总投资约1.81亿元,其中独石湖初中已完成前期工作"
    )
    meta = metadata_of(text)
    assert (meta.region.name, meta.plan_year) == ("玉林市", 2016)


def test_a_page_that_opens_inside_parts_numbered_by_circled_digits_is_a_part_of_a_plan() -> None:
    text = "⑴改善教学条件。推进城乡学校标准化建设;在乡镇小规模学校建设美丽乡村学校17所。⑵建好教师队伍。落实交流轮岗制度。"
    assert metadata_of(text).kind == "实施方案"


def test_an_untitled_list_of_duties_is_a_notice() -> None:
    text = (
        "内设机构\n"
        "(一)办公室。负责文电、会务、档案等机关日常运转工作;负责局机关固定资产管理工作;负责教育系统信访等工作。\n"
        "(二)组织人事科。负责局机关和直属单位的干部人事工作。"
    )
    assert metadata_of(text).kind == "通知"


_RELATED_NEWS = "海口今年将新改扩建7所中小学校\n海南日报记者1月15日从海口市教育局获悉"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a county named short where the text speaks of the county and of its education…
        (
            "为加快推进峨山教育高质量发展,全县上下要凝心聚力。\n全县教育系统要落实峨山教育现代化2035,"
            "全县中小学要提升质量,峨山各学校要抓好落实。",
            "峨山彝族自治县",
        ),
        # …or of what is named after it, its entrance examination (a county named 祁阳县 until 2021)
        (
            "11月20日,我县在县行政办公中心召开2013年高考工作会,总结回顾2012年高考工作。\n"
            "会议要求全县各高中加强合作,努力铸就祁阳高考新辉煌。\n全县高三教师参加会议。",
            "祁阳县",
        ),
        # …or its numbered schools (not 凤凰中学, a school named after a word)
        (
            "县教育局教育工作要点\n要解决好光泽二中学生公寓的前期准备工作,继续抓好光泽二中运动场建设。"
            "全县各校要加强管理,我县教育信息化建设步伐不断加快。",
            "光泽县",
        ),
        # …or, in a text that names no unit in full nor its level, by those alone, or by its education
        # (a county's, not a district's short name, which may be a word: 乡村振兴教育)
        (
            "2.城区学校招生计划。城区小学一年级招收30个班级(其中:实验小学6个班,青阳三小8个班,青阳四小6个班);"
            "鉴于青阳六中开始招生,城区现有的三所初中按照新划分的招生区域据实招生。",
            "青阳县",
        ),
        ("农村小学学校工作计划\n一、指导思想:坚持均衡办学,办真教育,不断丰富理想黄梅教育的内涵。", "黄梅县"),
        # a bureau named by its level in the title says the level of the text (not 全省 in its body)…
        ("区教体局2020年工作计划\n一、重点项目\n推进庐阳区学前教育优质发展,争创全省一流。", "庐阳区"),
        # …but not a bureau in a news headline, who visits
        ("市教育局督导组来我县开展春季开学专项督导检查\n3月1号,市教育局一行到我县督导。环县教育局汇报了工作。", "环县"),
        # the short lines after the body's last paragraph (the page's related news) state no place
        (
            "文昌6所公办幼儿园拟于2020年春季开始招生\n本文来源:海南新闻中心\n"
            "公办幼儿园建设是文昌2019年为民办实事项目之一。近日,记者从文昌市教育局获悉,文昌2019年已建成6所"
            "公办幼儿园,拟于2020年春季开始招生,可提供1170个学位,均位于城区和各镇中心,将有效缓解城区和乡镇适龄儿童"
            f"入园难的问题。\n{_RELATED_NEWS}",
            "文昌市",
        ),
        # …nor a site's line of what is searched for most
        (
            "推广热搜:振兴小镇 河南省晋商会 酒庄\n太原计划5年内建设200所\n记者今日从太原市教育工作会上获悉,"
            "5年内,太原市计划建设中小学、幼儿园200所。今年,太原将继续实施学校建设。",
            "太原市",
        ),
        # a breadcrumb names the site's channel (宝鸡市), the body the county within it the page is about
        (
            "地方网 > 陕西 > 宝鸡市 > 千阳新闻 > 正文\n倾智献策促学前教育再上新台阶\n"
            "本报讯 近日,千阳县政协组织部分委员专题协商学前教育问题。千阳县今年被省政府表彰为先进县。",
            "千阳县",
        ),
        # a list of a city's projects by district and county is the city's, whichever district it names most
        (
            "本报长沙讯 长沙市教育局公布2019年公办幼儿园新改扩建项目园名单。\n其中芙蓉区东云台幼儿园新增学位180个;"
            "岳麓区的岳麓幼儿教育集团奥克斯幼儿园新增学位360个、岳麓区谷山庭苑幼儿园新增学位360个;"
            "浏阳市古港镇膏浒幼儿园新增学位120个;宁乡市煤炭坝镇中心幼儿园新增学位60个。",
            "长沙市",
        ),
        # a zone's text on 全区 is of the city the zone is named after
        (
            "2018年4月26日,在金岭学校项目建设现场,工人们正紧张地扎着钢筋。\n项目建设的背后,是赣州经开区教育强区的加速推进。"
            "2018年,赣州经开区将启动新建、改扩建学校项目17个,全区新增学位1.2万个。",
            "赣州市",
        ),
        # a city's name running on into a county's short name is the county's
        ("江西:吉安市新干投入1.8亿元推进中小学标准化建设\n近日,新干县3个村级教学点重建项目相继动工。", "新干县"),
        # an autonomous county's everyday name counts for it
        (
            "近日,海南省保亭黎族苗族自治县人民政府与海口市港湾幼儿园签约,托管保亭县保城镇中心幼儿园。\n"
            "海南省教育厅介绍,海南省实施“一市两校一园”工程。保亭县已建成2所学校。海南省将继续推进。",
            "保亭黎族苗族自治县",
        ),
        # a web portal named after its city is the outlet, not the place reported on
        (
            "昆明信息港讯 近日,保山市下达义务教育薄弱环节改善项目资金3.4亿元,提升全市204所学校办学条件。\n"
            "昆明信息港 编辑:小明。保山全市将于年内完工。(本文由昆明信息港自动合成发布)",
            "保山市",
        ),
        # a page that goes through a city's districts and counties one by one is the city's, though its head
        # opens the list with one of them or a district's 全区 speaks of one
        (
            "今年秋季开学全市新增学位15700个\n具体情况\n茅箭区\n新建天津路第一小学新增学位2000个;\n张湾区\n"
            "新建国瑞学校新增学位3900个;\n丹江口市\n改扩建均州中学增加学位600个;\n郧西县\n新建郧西第二中学。",
            "十堰市",
        ),
        (
            "今年,北京市将增加学前学位3万个。预计东城区增加2000个,西城区1500个,朝阳区8100个,昌平区2300个。\n"
            "其中,昌平区的天通苑将添一所普惠性幼儿园。今年9月,昌平区可投入使用学校将达到4所。\n"
            "西城区将整合全区各类资源解决小学学位。",
            "北京市",
        ),
        # …but a site's menu of them names no list of the page's
        (
            "• 社旗县镇平县西峡县方城县宛城区卧龙区唐河县\n宛城区召开教育工作专题会\n"
            "1月7日下午,宛城区召开教育工作专题会议,区长出席会议并讲话。全区各级各部门要提高政治站位。",
            "宛城区",
        ),
        # the lines a page ends with after its last sentence, its site's tags and ads, do not place it
        (
            "1月13日,省教育厅厅长带领处室负责人来我市调研。上午,先后来到白银市一中、三中。\n下午,省教育厅在我市召集"
            "兰州、白银、定西、临夏四个市州教育主管部门负责人座谈。\n相关热词搜索:甘肃轨道|兰州轨道|兰州高铁|兰州技校",
            "白银市",
        ),
        (
            "2024年\n一是投资6000万元,推进区三中改扩建项目。\n二是投资1.4亿元,邯山区智慧城小学等5所学校建成投用。\n"
            "关注邯郸规划发展\n每日推送楼市快讯\n记录邯郸楼市百态\n抖音搜邯郸恋家网\n无需安装,扫一扫",
            "邯山区",
        ),
        # …but a page cut off within a sentence ends with the body's words
        ("今年我市新建学校10所。\n下一步,泉州将加快推进学位建设,提升泉州", "泉州市"),
        # a headline that opens with a county's short name, where nothing else places the page, at the level its
        # body speaks of
        (
            "漳浦新布局乡镇公办幼儿园:将覆盖人口21.21万\n2月6日,县委、县政府召开有关重点工作推进会,新布局了第二批乡镇公办"
            "幼儿园建设项目。\n据悉,新建乡镇公办幼儿园13所,将有效扩大全县的学前教育资源。",
            "漳浦县",
        ),
        # a county whose school is named after a place that lies elsewhere (滨江区 is 杭州's) is named for itself
        (
            "日前,宁化县滨江实验学校项目正式破土动工建设。\n新建滨江实验学校(高中)项目是该县委、县政府为民办实事的"
            "重点项目,位于该县江背路,将优化全县社会资源的布局。\n该项目分三年完成,总投资3亿元。",
            "宁化县",
        ),
    ],
)
def test_the_region_a_text_is_of(text: str, region: str) -> None:
    assert metadata_of(text).region.name == region


def test_a_page_of_a_development_plan_with_only_its_deadlines_is_of_the_period_they_end() -> None:
    text = (
        "[接上页] (二)学前教育发展工程。到2025年,学前三年毛入园率达到92%。\n专栏1 重大工程\n"
        "(三)义务教育优质均衡工程。到2025年,义务教育巩固率达到99%。"
    )
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year) == ("规划", 2021)


def test_the_first_year_of_a_party_congress_s_spirit_dates_a_masked_year() -> None:
    text = "某县教育扶贫工作方案\n201x年是全面贯彻落实党的十九大精神开局之年,也是教育扶贫精准推进之年。\n一、工作目标"
    assert metadata_of(text).plan_year == 2018


def test_a_school_plan_that_runs_by_months_is_dated_by_its_first_year() -> None:
    text = "学校主动发展第二轮三年规划(2012年8月——2015年7月)\n某市某区某中心小学\n第一部分:学校发展背景与现状分析"
    assert metadata_of(text).plan_year == 2012


def test_a_spaced_out_year_of_the_work_planned_dates_a_page() -> None:
    text = (
        "上传人:某某 上传时间:2019-03-18 格式:DOCX\n教育局上半年工作总结及下半年工作计划.docx\n资源描述\n"
        "1、教育局 2018 年上半年工作总结及下半年工作计划我局按照县委、县政府工作部署,努力推进各项工作。"
    )
    assert metadata_of(text).plan_year == 2018


def test_news_of_a_plan_approved_is_of_the_plan_s_first_year() -> None:
    text = (
        "某市“一城四片”将新增学校254所\n本报讯(记者某某)随着城市化进程的加快,城区人口迅速增多。\n"
        "近日,《某市“一城四片”教育设施规划(2013-2020年)》经某市政府批复实施。到规划期末的2020年,该市将新增各类学校254所。"
    )
    assert metadata_of(text).plan_year == 2013


def test_news_that_sums_up_what_a_period_built_is_of_the_year_after_it() -> None:
    text = (
        "某区今年将建成启用7所学校和幼儿园\n7月1日,区长做客民生在线直播室,与网民进行在线交流。"
        "此外,“十三五”期间,某区建成启用了某中学分校等27所学校和幼儿园,新增学位2.2万个。"
    )
    assert metadata_of(text).plan_year == 2021


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "某区打造全序列教育\n7月4日,区委书记一行先后到区外国语学校进行现场调研。据了解,2016年某区新增学位12900个;"
            "2016、2017年全区新建、改扩建义务教育学校15所;“十三五”期间,某区拟新建、改扩建义务教育学校30所。",
            2017,
        ),
        (
            "日前,某县滨江实验学校项目正式破土动工建设。\n新建滨江实验学校(高中)项目是该县委、县政府十三五规划为民办实事的"
            "重点项目。该项目分三年完成,总投资3亿元,计划2017年投资1亿元。",
            2017,
        ),
        # (a deadline within the period is no present year)
        (
            "某网讯 记者今天从全省教育工作会议上获悉,十三五期间,事关我省教育发展看点多多。\n到2020年,全面普及15年基本教育。"
            "力争在2017年底基本实现县域内义务教育基本均衡。",
            2016,
        ),
    ],
)
def test_undated_news_naming_a_period_in_passing_is_of_the_latest_year_it_speaks_of_in_it(text: str, year: int) -> None:
    assert metadata_of(text).plan_year == year


@pytest.mark.parametrize(
    ("text", "title", "plan_year"),
    [
        (
            "2\n2013年某镇中小学布局调整\n规划方案\n为进一步规范农村义务教育学校布局调整,根据省政府办公厅《关于规范农村义务教育"
            "学校布局调整的实施意见》(皖政办[2012]62号),结合我镇实际,制定本方案。\n一、基本情况\n全镇共有17个行政村。",
            "2013年某镇中小学布局调整规划方案",
            2013,
        ),
        (
            "关于进一步加强校园安全保卫工作的\n通知\n各中小学校:\n为切实加强校园安全保卫工作,现将有关事项通知如下:\n一、提高认识",
            "关于进一步加强校园安全保卫工作的通知",
            None,
        ),
        # (a site's column above its kinds is no title's opening)
        ("资讯中心\n公告通知\n某县召开教育工作会议\n3月5日,某县召开全县教育工作会议。", "某县召开教育工作会议", None),
    ],
)
def test_a_title_broken_before_its_kind_words_is_joined(text: str, title: str, plan_year: int | None) -> None:
    meta = metadata_of(text)
    assert (meta.title, meta.plan_year) == (title, plan_year)


def test_a_page_that_opens_with_whose_it_is_and_a_year_is_of_that_year() -> None:
    text = (
        "中和小学2013年春季学期控辍保学Р劝返制度Р 一、每天早上上课前有晨会课的教师要亲自查点学生到校情况,"
        "对查出的未到校学生要在一小时内报学校。Р 二、学校要迅速派出教师当天家访,并组织有关人员制定劝返方案。"
    )
    assert metadata_of(text).plan_year == 2013
    assert metadata_of("某中学始建于1956年,占地面积30亩。学校坚持立德树人。").plan_year is None


def test_a_plan_carrying_out_another_to_the_end_of_its_span_runs_over_that_span() -> None:
    text = (
        "各辖市(区)教育局、民政局、财政局、残联:\n为全面贯彻党中央、国务院关于办好特殊教育的要求,落实好国家及省"
        "《第二期特殊教育提升计划(2017—2020年)》相关精神,结合我市实际特制定本计划。\n一、重要意义\n"
        "实施第二期特殊教育提升计划,是巩固一期成果的必然要求。\n二、总体目标\n"
        "到2020年,全市各级各类特殊教育普及水平全面提高,残疾幼儿学前三年入园率达到85%以上。"
    )
    assert metadata_of(text).plan_year == 2017


def test_news_naming_only_the_month_a_school_is_to_be_finished_is_of_the_year_before() -> None:
    text = (
        "某网讯 11月29日,我县举行某中学新校区建设工程奠基仪式。县政府副县长宣布新校区建设工程开工。\n"
        "据悉,新校区是我县确定的重点项目,办学规模为48个班,总投资约1.3亿元,计划于2024年8月竣工投用。"
    )
    assert metadata_of(text).plan_year == 2023


@settings(max_examples=300, deadline=None)
@given(st.from_regex(_NEWS_OPENING))
def test_every_news_opening_passes_its_gate(line: str) -> None:
    assert _NEWS_OPENING_GATE.search(line)


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("教育是民生之基,今年以来,某市不断扩充教育资源,计划将于2020年新建13所学校,包括6所小学和7所幼儿园。", 2020),
        ("据悉,该项目计划2020年6月开工建设,预计2022年6月竣工验收。", 2020),
        # (what is only to be finished next year is built this one)
        ("今年开工的学校共8所,大部分计划于2020年内完工。", 2019),
    ],
)
def test_news_dated_late_in_a_year_of_work_planned_in_the_next_is_of_the_next(line: str, year: int) -> None:
    text = "某市新建一批学校完善教育资源\n来源:某日报网\n2019-12-19 09:23\n" + line
    assert metadata_of(text).plan_year == year


def test_notice_dated_late_in_a_year_of_work_decided_for_the_next_is_of_the_next() -> None:
    text = (
        "某市教育局关于做好第十批特级教师推荐工作的通知\n发布时间:2009年12月31日\n各县(市、区)教育局、市属学校:\n"
        "根据省教育厅文件,省教育厅决定于2010年评选第十批特级教师。为做好我市的推荐工作,现将有关事项通知如下:\n一、推荐对象"
    )
    assert metadata_of(text).plan_year == 2010


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("2009年,全县共投入资金8257万元,新建校舍7.5万平方米,全县学校办学条件得到明显改善。", 2009),
        # (what comes next is the new year's)
        ("同时已将某小学列入2009年薄弱环节改造项目,下一步我们将积极争取资金,加大教育投入。", 2010),
    ],
)
def test_a_page_posted_early_in_a_year_naming_none_later_than_the_year_before_is_of_that_year(
    line: str, year: int
) -> None:
    text = "某县投入资金改造学校校舍\n来源:某日报网\n2010年02月03日17:11\n" + line
    assert metadata_of(text).plan_year == year


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("某小学二分校已于2020年11月封顶,目前正在二次结构施工,计划于2021年8月交付使用。", 2020),
        # (a plan looked back on: the page's own date stands)
        ("某中学分校原计划于2021年8月交付使用,现已全部完工。", 2022),
    ],
)
def test_a_page_that_plans_work_in_a_year_before_it_was_posted_is_dated_by_its_text(line: str, year: int) -> None:
    text = "某区加快学校建设\n来源:某日报网\n2022-09-25 10:00\n" + line
    assert metadata_of(text).plan_year == year


@pytest.mark.parametrize(
    ("day", "related", "year"),
    [
        ("7月6日", "相关新闻\n- 2023-07-07某县召开教育工作会议\n- 2023-07-07某镇中心学校开学", 2023),
        # (a date across the new year from the day told of)
        ("12月30日", "相关新闻\n- 2024-01-02某县召开教育工作会议", 2023),
        # (a date weeks later is the site's, not the day's)
        ("7月6日", "相关新闻\n- 2025-08-20某县召开教育工作会议", None),
    ],
)
def test_undated_news_is_of_the_year_its_page_dates_a_few_days_after_the_day_it_tells(
    day: str, related: str, year: int | None
) -> None:
    text = f"省督导组到某县开展学前教育过程性督导\n{day},省督导组一行到某县开展学前教育普及普惠过程性督导,查阅档案资料。\n" + related
    assert metadata_of(text).plan_year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "各市(地)、县(市)人民政府,省政府各直属单位:\n现将《某省教育事业发展“十三五”规划》印发给你们,请结合实际认真贯彻执行。\n"
            "某省人民政府\n2017年6月14日\n",
            2016,
        ),
        (
            "某省教育厅等十部门\n发布日期:2022-07-18\n各市、县教育局:\n"
            "现将《某省“十四五”学前教育发展提升行动计划实施方案》印发给你们,请认真贯彻落实。\n",
            2021,
        ),
        # (a notice of work in the period, not a plan of it)
        (
            "某市教育局\n发布日期:2023-03-01\n各区县教育局:\n"
            "现将《关于做好“十四五”期间学校安全工作的通知》转发给你们,请认真贯彻落实。\n",
            2023,
        ),
        # (a text looking back on a plan it issued)
        (
            "某区教育局上半年工作情况报告\n发布日期:2023-07-10\n"
            "自印发《某区教育事业发展“十四五”规划》以来,我局认真组织实施,各项工作稳步推进。\n",
            2023,
        ),
    ],
)
def test_a_text_handing_on_a_five_year_plan_is_of_the_periods_first_year(text: str, year: int) -> None:
    assert metadata_of(text).plan_year == year


@pytest.mark.parametrize(
    "text",
    [
        # (the notice's own title, longer than a title line, gives way to the issuers' names below it)
        "某省教育厅等十部门关于印发《某省“十四五”学前教育发展提升行动计划实施方案》和《某省“十四五”县域普通高中发展提升行动计划实施方案》的通知\n"
        "发布日期:2022-07-18\n某省教育厅\n文件\n某省人力资源和社会保障厅\n某省自然资源和规划厅\n"
        "各市、县、自治县教育局:\n现将两个实施方案印发给你们,请结合实际认真贯彻落实。\n",
        "某市卫生和计划生育委员会\n某市教育局\n各县(区)教育局、卫计委:\n现就做好学校传染病防控工作通知如下。\n",
    ],
)
def test_a_kind_word_in_a_bodys_name_does_not_make_a_plan(text: str) -> None:
    assert metadata_of(text).kind not in ("规划", "工作计划")


def test_a_spans_end_year_whose_first_year_goes_without_its_year_word_is_no_present_year() -> None:
    # (2019—2020年建设…: the span's end lies ahead of the news, as 到2020年 would)
    text = (
        "某市多措发力智慧教育建设\n"
        "某市紧紧围绕创建优质均衡县这一契机,积极争取当地党委政府支持,不断加大教育投入,大力实施教育信息化建设。\n"
        "一是推动提升智慧教育建设水平。加强未来教育体验中心建设,2018年在实践基地建设市级创客活动中心,"
        "全市所有学校全部建成创客教室;2019—2020年建设市级未来教育体验中心和一批未来学校示范教室。\n"
        "二是提升互联网+惠民服务水平。\n"
    )
    assert metadata_of(text).plan_year == 2018


def test_undated_news_setting_a_paragraph_on_this_year_after_one_on_a_year_is_of_the_year_after() -> None:
    text = (
        "本报讯(记者 张三)今年,我省全年将新建、改扩建200所乡镇公办幼儿园。昨日记者从省教育厅获悉。\n"
        "据了解,2013年,我省通过强力推进教育突破工程,使全省学校的办学条件明显改善。其中建成了440所乡镇公办幼儿园;"
        "完成了132万平方米学生宿舍的建设。\n"
        "同时,大学城5所高校已竣工,4.36万学生已经入驻。\n"
        "今年,我省将在去年的基础上继续加大推进力度,新建、改扩建乡镇公办幼儿园200所。\n"
    )
    assert metadata_of(text).plan_year == 2014


def test_undated_news_is_not_of_a_further_step_it_says_is_also_to_come() -> None:
    # (2022年…,全市还计划…: a further step ahead of the news, not the year it is of)
    text = (
        "某市今年将新建改扩建中小学126所\n"
        "记者从某市政府7月21日举办的新闻发布会上了解到,2021年秋季开学前,某市将完成126所新建、改扩建中小学建设。"
        "此前的2020年原计划完成170所,实际完成195所。\n"
        "此外,2022年秋季开学前,全市还计划投入使用新建、改扩建中小学116所。\n"
    )
    assert metadata_of(text).plan_year == 2021


def test_a_title_of_issuers_names_only_gives_way_to_the_title_below_for_the_kind() -> None:
    # (the notice's own title line, too long for a title, stands above its issuers' names; the plan it
    # hands on is titled below them)
    text = (
        "某省教育厅等十部门关于印发《某省“十四五”学前教育发展提升行动计划实施方案》和《某省“十四五”县域普通高中发展提升行动计划实施方案》的通知\n"
        "发布日期:2022-07-18\n某省教育厅\n文件\n某省人力资源和社会保障厅\n某省自然资源和规划厅\n"
        "各市、县、自治县教育局:\n现将两个实施方案印发给你们,请结合实际认真贯彻落实。\n"
        "某省“十四五”学前教育发展提升行动计划实施方案\n一、总体要求\n坚持政府主导,加快补齐普惠性资源短板。\n"
    )
    assert metadata_of(text).kind == "实施方案"


def test_a_plan_dated_on_its_cover_is_of_that_year_though_its_page_was_posted_later() -> None:
    text = (
        "某中学英贤计划方案\n文章来源:本站原创 发布时间:2020年05月12日\n"
        "某市第一中学\n某市第一中学教育基金会赞助项目实施方案\n2019年6月22日\n"
        "1.缘起\n某先生是某市第一中学1956届校友,一直以来用实际行动关心、支持着母校的各项发展。\n"
        "2.说明\n本项目赞助资金专项用于英贤计划项目建设。\n"
    )
    meta = metadata_of(text)
    assert (meta.plan_year, meta.published) == (2019, "2020-05-12")


def test_undated_news_of_a_school_to_be_put_into_use_in_a_year_is_of_the_year_before() -> None:
    # (预计2024年交付使用, as 预计2021年9月投入使用: news written while it is built)
    text = (
        "某县城区学校面貌显著改善\n"
        "记者从某县教育局获悉,近年来,某县持续加大教育投入,城区学校面貌得到显著提升。"
        "某县一中迁建项目总建筑面积约为10.7万平方米,预计2024年交付使用,建成后学位将达6000个。\n"
    )
    assert metadata_of(text).plan_year == 2023


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # (a further step the news names alone lies a year ahead of it)
        (
            "某市助力智慧校园建设 累计投入专项资金超404万\n"
            "记者25日从某市援建前方指挥部获悉,某市推进某地区智慧校园项目建设,截至目前累计投入专项资金404.54万元。\n"
            "据悉,2023年,某市还将实施智慧校园(二期)项目建设,实现教学点全覆盖。\n",
            2022,
        ),
        # (…but not the year of a clause before the one that tells the further step)
        (
            "某市新建6所义务教育学校\n"
            "近日,记者从市教育局获悉,2018年某市新建6所义务教育学校,还将对全市514所农村小学的小火炉进行采暖改造。"
            "2017年,全市已建成3所学校。\n",
            2018,
        ),
    ],
)
def test_undated_news_of_a_further_step_alone_is_of_the_year_before_it(text: str, year: int) -> None:
    assert metadata_of(text).plan_year == year


def test_a_plan_naming_itself_with_its_span_as_it_is_drawn_up_is_of_the_spans_first_year() -> None:
    # (not of the five-year period it speaks of, nor of the site's title)
    text = (
        "最新学校三年发展规划3篇\n"
        "学校发展规划是学校可持续发展的灵魂。为了进一步谋划学校十三五的发展规划,科学引领学校内涵发展,"
        "学校在认真分析校情的基础上,特制订《某镇中心小学2015-2018年发展规划》。\n"
        "第一部分 学校发展SWOT分析\n(一)学校发展的优势分析\n"
    )
    assert metadata_of(text).plan_year == 2015


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # (the site's label, 2021, over a text that says it is in 2020)
        (
            "• 2021-04-10 发布\n教育局2021年工作要点范文\n• 14页\n"
            "教育局 2021 年工作要点范文 2020 年是全面建成小康社会的决胜之年,是“十三五”规划收官之年。"
            "2020 年,全市教育工作的总体要求是:坚持立德树人。\n一、加强党的建设\n1.深入学习贯彻党的十九大精神。\n",
            2020,
        ),
        # (…but a year the title names too is the review's of a summary and a plan: the plan's year stands)
        (
            "教育局2022年工作总结及2023年工作计划范文\n"
            "《教育局2022年工作总结及2023年工作计划范文.docx》由会员分享,可在线阅读。\n"
            "1、教育局2022年工作总结及2023年工作计划范文2022年是党的二十大召开之年,现将全年工作总结如下:\n"
            "一、2022年工作成效\n",
            2023,
        ),
    ],
)
def test_a_model_text_sites_title_year_yields_to_the_year_its_text_says_it_is_in(text: str, year: int) -> None:
    assert metadata_of(text).plan_year == year


def test_a_text_that_says_it_gives_opinions_is_an_opinion_whatever_five_year_plan_it_carries_out() -> None:
    text = (
        "为认真贯彻落实某省中长期教育改革和发展规划纲要,某省十二五教育改革和发展规划等精神,加快推进全省中小学"
        "标准化建设工作,现就抓好组织实施工作提出如下指导意见。\n"
        "一、总体要求\n认真贯彻全省教育大会精神,坚持统筹规划、突出重点、分步实施。\n"
    )
    assert metadata_of(text).kind == "意见"


@pytest.mark.parametrize(
    "text",
    [
        # what a year is to bring, said with 要, 计划 or 拟 after it as with 将: the year the news is of, not a later
        # year it sets a goal for
        "1月13日,省教育厅厅长来我市调研教育重点工作。\n2016年,全省教育系统要扎实推进教育精准扶贫,"
        "确保2017年基本达标,2020年全面完成任务。",
        "记者从县教育局获悉,2016年全县计划投入资金8000万元,新建幼儿园6所,2018年全县学前三年毛入园率达到90%。",
        # …or after the colon of words quoted
        "1月13日,省教育厅厅长来我市调研教育重点工作。\n厅长指出:2016年,全省教育系统要扎实推进教育精准扶贫,"
        "确保2017年基本达标,2020年全面完成任务。",
        # (not a year's 需要 or 主要: a need, not what the year is to bring)
        "记者从县教育局获悉,2016年全县计划投入资金8000万元,新建幼儿园6所。\n局长说,2017年主要需要稳定教师队伍。",
    ],
)
def test_news_of_what_a_year_is_to_bring_is_of_that_year(text: str) -> None:
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year) == ("新闻", 2016)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a town's own text, its title opening with the town, naming no county or city of its own: the town's,
        # within the county it says the town lies in
        (
            "2014年百善镇中小学布局调整规划方案\n为进一步规范农村义务教育学校布局调整,经中心学校讨论研究,结合我镇实际,"
            "制定本方案。\n一、基本情况\n百善镇位于濉溪县北部,西与河南省永城市接壤,全镇现有小学12所。",
            {"name": "百善镇", "province": "安徽省", "city": "淮北市", "county": "濉溪县"},
        ),
        (
            "杨柳镇中心小学控辍保学工作制度\n为巩固九年义务教育普及成果,确保适龄儿童平等接受义务教育,特制订以下制度。\n"
            "(一)校长控辍保学责任:负责全镇适龄儿童入学工作。",
            {"name": "杨柳镇", "province": None, "city": None, "county": None},
        ),
    ],
)
def test_a_town_s_own_text_is_of_the_town(text: str, region: dict) -> None:
    assert region_dict(metadata_of(text).region) == region


def test_a_title_opening_with_towns_in_general_names_no_town() -> None:
    text = "乡镇中心小学安全工作制度\n为做好全镇学校安全工作,特制订以下制度。\n(一)校长负责学校安全工作。"
    assert metadata_of(text).region is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # undated news that counts the years since the work began: of the year they come to
        (
            "按照学前教育三年行动计划要求,某省今年将全力推进公办幼儿园的建设。\n某省学前教育三年行动计划确定,从2011年起"
            "分三年在全省建设1200所公办幼儿园。两年来,全省完成了929所公办幼儿园建设项目。",
            2013,
        ),
        (
            "记者近日从自治区教育厅获悉,从今年开始,全区将用3年时间在贫困村新建幼儿园274所。\n2011年以来,全区连续实施两期"
            "学前教育三年行动计划,鼓励各地新建农村幼儿园。6年间,全区统筹安排资金13.18亿元,建设幼儿园588所。",
            2017,
        ),
        # (近年来 counts no years)
        ("记者近日从县教育局获悉,从2015年起,全县新建幼儿园12所。近年来,全县学前教育发展迅速。", None),
    ],
)
def test_undated_news_counting_the_years_since_work_began_is_of_the_year_they_come_to(text: str, year: int | None) -> None:
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year) == ("新闻", year)


def test_a_year_a_plan_s_title_opens_with_without_nian_is_among_the_title_s_years() -> None:
    # (a site's title set before an older page's: the year it opens with, 年 left out, is the plan's)
    text = (
        "2023西宁城西区中小学招生计划 西宁城西区2020年小学招生\n\n"
        "2023年小学毕业120个班5400人,计划招收150个班6750人;初中招收小学应届毕业生。\n"
        "一、招生原则\n坚持免试就近入学。"
    )
    assert metadata_of(text).plan_year == 2023


@pytest.mark.parametrize(
    "text",
    [
        "我县召开2015—2016学年教育工作总结表彰大会\n作者:张华 来源:县教育局\n"
        "11日,2015—2016学年教育工作总结表彰大会在县实验小学召开,会议对上一学年全县教育教学工作进行了总结,"
        "并安排部署2016—2017学年全县教育各项工作。",
        "某区召开2015学年工作总结暨表彰会\n记者 王明\n"
        "7月8日,某区召开2015学年工作总结暨表彰会,对一年来全区教育工作进行总结。",
    ],
)
def test_news_of_a_school_year_s_summing_up_is_of_its_second_calendar_year(text: str) -> None:
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year) == ("新闻", 2016)


def test_a_city_named_short_for_its_education_with_de_counts_as_named_after_it() -> None:
    # a county-level city named short where the text speaks of the city and of its education as 遵化的教育
    text = (
        "百年大计,教育为先。今年我市把教育惠民工程列为为民办的十件实事之一,为遵化的教育加油。\n地北头镇中学改扩建"
        "项目是今年实施的教育重点项目之一,全市将推进学校标准化建设,夯实教育的基础。"
    )
    assert metadata_of(text).region.name == "遵化市"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a building finished in a month gone by is told of by news written later: no year of the news
        ("近日,某县人民政府与某市实验幼儿园举行签约仪式,该园将托管某县城关镇中心幼儿园。\n"
         "城关镇中心幼儿园是2020年5月投入使用的乡镇中心幼儿园,现有幼儿300名。", None),
        ("大西北网讯 6月8日,市委宣传部组织企业家一行赴某乡,就帮扶乡中心幼儿园等项目进行了对接。\n"
         "园舍修建工作于2013年6月完工,占地面积5200平方米。", None),
        # …but a month it is to be finished in lies ahead of the news, most often the year before it
        ("3月22日,记者从区教育局了解到,今年,该区计划续建、新建5所学校。\n"
         "南门外小学二分校计划2021年7月30日竣工,9月1日投入使用。", 2020),
    ],
)
def test_undated_news_is_not_of_the_month_a_building_was_finished_in(text: str, year: int | None) -> None:
    meta = metadata_of(text)
    assert (meta.kind, meta.plan_year) == ("新闻", year)


@pytest.mark.parametrize(
    "footer",
    ["主办单位:某县教育局\n更新时间:2024-03-05", "版权所有:某县融媒体中心\n时间:2024-03-05", "技术支持:某某科技\n日期:2024-03-05"],
)
def test_a_site_footer_s_time_field_below_a_short_page_s_text_does_not_date_it(footer: str) -> None:
    # (a page whose paragraphs are all short: its footer's 更新时间 is the site's, below the text's sentences)
    text = (
        "永吉县教育局召开目标管理责任制工作会议\n"
        "5月30日,永吉县教育局党组召开会议,部署落实2022年教育重点工作目标管理责任制任务。\n"
        "会议要求各科室、部门通力合作,确保完成2022年度目标任务。\n" + footer
    )
    meta = _meta(text)
    assert (meta.published, meta.plan_year) == (None, 2022)
    # …while the same field above the text dates the page
    site, stamp = footer.split("\n")
    moved = text.replace("\n" + footer, "\n" + site).replace("\n", "\n" + stamp + "\n", 1)
    assert _meta(moved).published == "2024-03-05"


@pytest.mark.parametrize(
    ("page", "title", "kind"),
    [
        # a news headline below the breadcrumb
        ("2020年全市教育工作视频会议顺利召开\n时间:2020-04-29 11:28 来源: 浏览次数:\n"
         "在全市各级各类学校安全顺利复学复课之际,我市顺利召开2020年全市教育工作视频会议。",
         "2020年全市教育工作视频会议顺利召开", "新闻"),
        # a model-text page that lost its line breaks, its title run into its first part
        ("教育局2020上半年工作总结报告范文稿2020年,教育在区委、区政府的领导下,贯彻落实党的十九大精神。"
         "一、主要工作完成情况(一)全力抓好疫情防控。", "教育局2020上半年工作总结报告", "报告"),
    ],
)
def test_a_page_s_title_is_found_below_a_site_s_menu_and_its_breadcrumb_field(page: str, title: str, kind: str) -> None:
    # (首页 ⏎ 机构概况 ⏎ 新闻中心: menu entries, and 当前位置:… > 正文, a field, above the page's first line)
    chrome = "首页\n机构概况\n新闻中心\n政务公开\n当前位置:首页 > 新闻中心 > 正文\n"
    assert (_meta(page).title, _meta(page).kind) == (title, kind)
    meta = _meta(chrome + page)
    assert (meta.title, meta.kind) == (title, kind)


def test_a_page_is_placed_by_the_first_of_its_breadcrumbs_that_names_a_place() -> None:
    # (a site's own trail, 当前位置:首页 > 新闻中心, above the column's that names the school's city)
    text = (
        "当前位置:首页 > 新闻中心 > 工作动态\n您现在的位置: 南通市苏锡通园区实验中学> 教育督导> 正文内容\n协作督导制度\n"
        "1.督学责任小组内学校要积极协助配合,支持责任督学开展工作。\n2.加强沟通联系、及时向责任督学报告学校重大活动。"
    )
    assert _meta(text).region.name == "南通市"
    assert _meta(text.split("\n", 1)[1]).region.name == "南通市"


@pytest.mark.parametrize(
    ("page", "region"),
    [
        ("漳浦新布局乡镇公办幼儿园:将覆盖人口21.21万\n2月6日,县政府召开重点工作推进会,新布局了第二批乡镇公办幼儿园建设项目。\n"
         "项目将有效扩大全县的学前教育资源。", "漳浦县"),
        ("兵团投资12亿元实施教育民生实事工程\n2019年07月11日11:55 来源:人民网\n"
         "据了解,2019年兵团投资12亿元实施教育民生实事工程,涵盖了教育基础设施建设等3个方面。", "新疆生产建设兵团"),
    ],
)
@pytest.mark.parametrize(
    "chrome", ["首页\n机构概况\n新闻中心\n政务公开\n", "首页 | 机构概况 | 新闻中心 | 政务公开\n当前位置:首页 > 新闻中心 > 工作动态\n"]
)
def test_a_page_without_a_title_line_is_placed_by_its_first_line_past_its_site_s_menu(
    page: str, region: str, chrome: str
) -> None:
    # (a headline the title shapes do not take, 漳浦新布局…:将覆盖…, read where the page's first line is)
    assert _meta(page).region.name == region
    assert _meta(chrome + page).region.name == region


@pytest.mark.parametrize(
    ("page", "kind", "plan_year"),
    [
        ("1.乡镇学校按照学生实际报名情况实行标准班额编班。\n2.城区学校招生计划。2022至2023学年城区小学一年级指导性招收30个班级。\n"
         "3.民办学校招生计划。2022至2023学年,各民办义务教育学校新学期招生数不得突破上届起始年级招生数。", "实施方案", 2022),
        ("1.每年4月15日前各民办学校按规定时间将年检材料报送所属教育局;\n"
         "2.市、县(市、区)教育局分别组织专家组对所属民办学校报送的年检材料进行初审;\n"
         "3.按照工作职责,市、县(市、区)教育局的内部相关职能科室对所属地民办学校进行联审。", "实施方案", None),
    ],
)
@pytest.mark.parametrize(
    "chrome", ["首页\n机构概况\n新闻中心\n政务公开\n当前位置:首页 > 新闻中心 > 正文\n", "首页 | 机构概况 | 新闻中心 | 政务公开 | 办事服务\n"]
)
def test_a_page_that_opens_with_its_parts_below_its_site_s_menu_is_read_from_its_first_part(
    page: str, kind: str, plan_year: int | None, chrome: str
) -> None:
    # (a page cut before its first part, without a title line: what that part opens with, past the site's lines)
    assert (_meta(page).kind, _meta(page).plan_year) == (kind, plan_year)
    meta = _meta(chrome + page)
    assert (meta.kind, meta.plan_year) == (kind, plan_year)


def test_a_short_line_below_a_breadcrumb_is_the_page_s_heading() -> None:
    # (内设机构 below 当前位置:…: the text's heading, and its list of who is charged with what no plan's parts)
    text = (
        "内设机构\n(一)办公室。负责文电、会务、机要、档案等机关日常运转工作。\n(二)组织人事科。负责教育系统干部队伍建设。\n"
        "(三)计划财务科。负责教育经费的统筹管理。\n(四)基础教育科。负责全区基础教育的宏观管理。"
    )
    assert _meta(text).kind == "通知"
    assert _meta("首页 | 机构概况 | 新闻中心 | 政务公开\n当前位置:首页 > 政务公开 > 正文\n" + text).kind == "通知"


@pytest.mark.parametrize("signed", ["2018年5月30日", "二〇一八年五月三十日", "二○一八年五月三十日", "二0一八年五月三十日"])
def test_a_forwarding_notice_s_signature_above_the_text_it_hands_on_dates_it_in_chinese_numerals_too(signed: str) -> None:
    # (上海市人民政府办公厅 / 二○一一年五月十八日 above the plan: the date the notice is signed with, however written)
    text = (
        "东莞市人民政府办公室关于印发园区、镇(街)公办中小学幼儿园规划建设指导意见的通知\n各镇人民政府(街道办事处),市府直属各单位:\n"
        "《东莞市园区、镇(街)公办中小学幼儿园规划建设指导意见》业经市人民政府同意,现印发给你们,请认真贯彻执行。\n"
        f"东莞市人民政府办公室\n{signed}\n东莞市园区、镇(街)公办中小学幼儿园规划建设指导意见\n"
        "为加快推进我市公办中小学幼儿园规划建设,扩大公办学位供给,结合我市实际,制定本意见。\n"
        "一、总体要求\n按照统筹规划、分步实施的原则,推进公办中小学幼儿园建设。"
    )
    meta = _meta(text)
    assert (meta.published, meta.plan_year) == ("2018-05-30", 2018)


def test_a_page_in_traditional_characters_is_placed_by_its_breadcrumb() -> None:
    # (您現在的位置: 南通市蘇錫通園區實驗中學> …: the breadcrumb dropped from the text is read in Simplified characters)
    text = (
        "您現在的位置: 南通市蘇錫通園區實驗中學> 教育督導> 正文內容\n協作督導制度\n"
        "1.督學責任小組內學校要積極協助配合,支持責任督學開展工作。\n2.加強溝通聯繫、及時向責任督學報告學校重大活動。"
    )
    assert _meta(text).region.name == "南通市"


@pytest.mark.parametrize(
    ("title", "plan_year"),
    [
        ("区教育体育局二〇二一年工作总结和二〇二二年工作计划", 2022),
        ("六盘水市教育局二〇一八年工作总结及二〇一九年工作打算", 2019),
        ("广州市教育局关于印发二〇一九年广州教育工作总结和二〇二〇年工作要点的通知", 2020),
        ("某县教育局二〇二三年工作要点", 2023),
    ],
)
def test_a_title_s_years_in_chinese_numerals_are_read_as_its_years_in_figures(title: str, plan_year: int) -> None:
    # (a summing-up of one year and the plan of the next: the year planned, however the title writes it)
    text = f"{title}\n一、主要工作\n全年新建幼儿园6所,改扩建中小学3所。"
    assert _meta(text).plan_year == plan_year
    figures = re.sub("[〇一二三四五六七八九]{4}(?=年)", lambda m: m.group().translate(str.maketrans("〇一二三四五六七八九", "0123456789")), title)
    assert _meta(text.replace(title, figures)).plan_year == plan_year


@pytest.mark.parametrize("tag", ["[通知公告] ", "【通知公告】", "［工作动态］"])
def test_a_title_led_by_its_site_s_column_in_brackets_is_what_follows(tag: str) -> None:
    # ([通知公告] 关于…的通知: the column the page is filed under, which names kinds of pages, not the title's)
    text = (
        f"{tag}某县教育局2021年教育工作计划\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导,全面贯彻党的教育方针。\n"
        "二、主要工作\n新建幼儿园6所。"
    )
    meta = _meta(text)
    assert (meta.title, meta.kind, meta.plan_year, meta.issuer) == ("某县教育局2021年教育工作计划", "工作计划", 2021, "某县教育局")


@pytest.mark.parametrize(
    "field", ["成文日期:二〇二三年五月八日", "发布时间:二〇二三年五月八日", "发布日期:二○二三年五月八日", "成文日期:2023年5月8日"]
)
def test_a_date_field_dates_a_page_in_chinese_numerals_too(field: str) -> None:
    text = (
        f"关于做好义务教育学校招生入学工作的通知\n{field}\n各学校:\n为做好今年义务教育学校招生入学工作,现将有关事项通知如下。\n"
        "一、招生原则\n坚持免试就近入学。"
    )
    meta = _meta(text)
    assert (meta.published, meta.plan_year) == ("2023-05-08", 2023)


@pytest.mark.parametrize(
    "fields",
    [
        "名称:对市人大六届二次会议第045号建议会办工作的意见 发布日期: 2023年07月03日\n有效性:有效",
        "名 称:对市人大六届二次会议第045号建议会办工作的意见 文号:\n发布日期: 2023-07-03",
    ],
)
def test_a_disclosure_table_s_name_field_is_the_title_of_a_page_without_a_title_line(fields: str) -> None:
    # (索引号 …, 发文机构 …, 名称: …: the page's title, up to the next field on its line)
    text = (
        "索引号 : 011359676/2023-19049\n发文机构: 崇阳县教育局 主题分类: 教育\n" + fields + "\n市教育局\n"
        "现将市人大六届次会议第045号建议提出的《关于规范校内午托管理的建议》的办理情况函告如下,请综合后一并答复代表。"
    )
    meta = _meta(text)
    assert (meta.title, meta.kind) == ("对市人大六届二次会议第045号建议会办工作的意见", "意见")
