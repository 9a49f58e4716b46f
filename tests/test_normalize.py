"""normalize.py: Simplified, folded, cleaned text whose offsets point back into the original."""

from __future__ import annotations

import re
import unicodedata
from re import _constants as op  # (the compiled patterns' parts, read by _openings)
from re import _parser
from itertools import pairwise
from pathlib import Path

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edukg.loaders.model import NormalizedText, RawDocument
from edukg.loaders import normalize as normalize_module
from edukg.loaders.normalize import normalize
from edukg.loaders.read import read_document
from bundled_corpus import CORPUS_DIR, SAMPLES

T2S = opencc.OpenCC("t2s")
GLOSS = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def raw(text: str) -> RawDocument:
    return RawDocument(source="test.txt", sha256="0" * 64, encoding="utf-8", text=text)


def norm(text: str) -> str:
    return normalize(raw(text)).text


def assert_offsets_point_back(n: NormalizedText) -> None:
    assert len(n.offsets) == len(n.text) + 1
    assert all(a < b for a, b in pairwise(n.offsets))
    for i, ch in enumerate(n.text):
        source = n.raw.text[n.offsets[i]]
        folded = unicodedata.normalize("NFKC", source).replace("∶", ":")
        assert ch in (source, folded, T2S.convert(source)) or (source, ch) in _MAPPED or (ch in "\n " and source.isspace()) or _cjk(source), (
            i, ch, source,
        )


# brackets, the small question mark normalize keeps as the Chinese one (NFKC would give ASCII ?), and
# radicals NFKC leaves as they are
_MAPPED = {("<", "《"), (">", "》"), ('"', "“"), ('"', "”"), ("「", "“"), ("」", "”"), ("『", "‘"), ("』", "’"), ("﹖", "？"),
           ("⻓", "长"), ("⻔", "门")}


def _cjk(ch: str) -> bool:  # a phrase-level t2s conversion may pick another character
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@pytest.fixture(scope="module")
def seed_002() -> NormalizedText:
    return normalize(read_document(CORPUS_DIR / "002_9d618a1d3a8e1fef.txt"))


def test_seed_002_has_no_gloss_boilerplate_or_traditional(seed_002: NormalizedText) -> None:
    text = seed_002.text
    assert not GLOSS.search(text)
    assert T2S.convert(text) == text
    for traditional in "區現設實進檔說溫內":
        assert traditional not in text
    for chrome in ("下载本文档", "温馨提示", "版权说明", "评论", "本站", "已阅读", "_第", "0/150", "文档简介", "人人文库"):
        assert chrome not in text
    assert text.startswith("楚州区教育现代化建设工作实施方案\n")
    assert_offsets_point_back(seed_002)


# What the samples may lose: page chrome and download-site notices, nothing else.
_SAMPLE_CHROME = re.compile(r"_第\d+页$|已阅读|版权说明|本站|上传|下载|打印本页|^》|权益所有人|人人文库|图纸|文档简介|温馨提示|上一篇|评论|^/\d+$")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_every_sentence_of_policy_text_is_kept(path: Path) -> None:
    n = normalize(read_document(path))
    kept = re.sub(r"\s+", "", n.text)
    original = T2S.convert(GLOSS.sub("", n.raw.text)).replace("<", "《").replace(">", "》")
    sentences = [re.sub(r"\s+", "", s) for s in re.split(r"[。!?\n]", original)]
    checked = 0
    for sentence in sentences:
        piece = re.sub(r"^\d+[、.]?", "", sentence)  # item numbers and a download site's excerpt numbers
        piece = re.sub(r"(?:\.{3,}|…+)$", "", piece)  # a cut-off copy: its start is kept
        if len(piece) < 4 or _SAMPLE_CHROME.search(piece):
            continue
        assert piece in kept, sentence
        checked += 1
    assert checked > 40


def test_truncated_duplicate_paragraph_is_dropped() -> None:
    n = normalize(read_document(CORPUS_DIR / "004_9f55be01de2550e3.txt"))
    assert n.text.count("建立教育优质资源共享平台") == 1
    assert "优..." not in n.text
    assert "\n19.建立教育优质资源共享平台。" in n.text  # the copy in place stays
    assert_offsets_point_back(n)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_samples_offsets_and_no_chrome(path: Path) -> None:
    n = normalize(read_document(path))
    assert_offsets_point_back(n)
    assert "\n\n" not in n.text and not n.text.startswith(("\n", " "))
    for chrome in ("首页\n", "打印本页", "返回顶部", "上一篇"):
        assert chrome not in n.text


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("楚州區(qū)教育現(xiàn)代化", "楚州区教育现代化"),
        ("教育督導委員會(huì )辦公室", "教育督导委员会办公室"),  # a gloss padded with a space
        ("中學(xué)(xué)新校(xiào)(xiào)區(qū)", "中学新校区"),  # a gloss repeated
        ("學校(xué xiào)", "学校(xué xiào)"),  # not a single gloss: kept
        ("(qū)开头", "(qū)开头"),  # no Han character before it
        # a page glossed throughout without tone marks, a syllable repeated
        ("龍(long)華(hua)高級(ji)中學(xue)(xue)(xue)(xue)新校(xiao)(xiao)(xiao)區(qu)", "龙华高级中学新校区"),
        ("移动应用(app)、无线网络(wifi)和课件(ppt)", "移动应用(app)、无线网络(wifi)和课件(ppt)"),  # no syllables
        ("方式(a)与方式(b)", "方式(a)与方式(b)"),  # letters of a list, two on the page
        ("达到85%(Level A)", "达到85%(Level A)"),
        ("２０２１年ＡＰＰ使用率达到９５％", "2021年APP使用率达到95%"),
        ("（一）强化领导；加强督导：", "(一)强化领导;加强督导:"),
        ("普职比1∶1", "普职比1:1"),
        ("转发<江蘇省縣(市教育現代化建設主要指標>的通知", "转发《江苏省县(市教育现代化建设主要指标》的通知"),
        ("学生数<50人,教师数>10人", "学生数<50人,教师数>10人"),
        ('推进"三通两平台"建设,开展「班班通」和『名师课堂』', "推进“三通两平台”建设,开展“班班通”和‘名师课堂’"),
        # (a pair around no Chinese stays, and the pairs after it keep their order)
        ('开展"3+X"集中学习,党支部"六有"建设率达标,推行"党建+"模式', '开展"3+X"集中学习,党支部“六有”建设率达标,推行“党建+”模式'),
        ('设置 "id" 属性', '设置 "id" 属性'),
        ("创 建工作 中,要调动", "创建工作中,要调动"),
        ("创  建工作   中 。Level  A", "创建工作中。Level A"),
        ("时间:2021年04月15日 14:27 来源:某市人民政府 浏览次数:", "时间:2021年04月15日 14:27 来源:某市人民政府 浏览次数:"),
        ("a\u200bb\r\nc\u3000\u3000d", "ab\nc d"),
        ("新增多媒体教学设备1200套、计算机2200台", "新增多媒体教学设备1200套、计算机2200台"),
        # a PDF's text layer: radicals for the characters they look like
        ("学前三年⽑⼊园率达到98%,新建幼⼉园6所,完善⻓效机制,建好⻔户⽹站", "学前三年毛入园率达到98%,新建幼儿园6所,完善长效机制,建好门户网站"),
    ],
)
def test_character_steps(given: str, expected: str) -> None:
    n = normalize(raw(given))
    assert n.text == expected
    assert_offsets_point_back(n)


@pytest.mark.parametrize(
    "line",
    [
        "首页", ">专题>教育政策法规", "当前位置:首页 > 政策文件 > 规划计划", "打印本页 关闭本页 返回顶部", "【打印】【关闭】",
        "上一篇 :", "下一篇:关于做好2021年招生工作的通知", "下载本文档", "温馨提示", "评论", "0/150", "提交评论",
        "已阅读5页,还剩5页未读, 继续免费阅读", "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领",
        "• 2. 本站的文档不包含任何第三方提供的附件图纸等,如果需要附件,请联系上传者。", "字号:大 中 小",
        "版权所有:某县人民政府 备案号:ICP备12345678号", "主办:某县人民政府 版权所有", "首页 > 政务公开",
        "【字体:大 中 小】", "【我要纠错】【打印】【关闭】", "扫一扫在手机打开当前页", "第 2 页 共 9 页", "- 12 -",
        "166人看过", "阅读(1024)", "0人点赞",
        "下载后只包含 1 个 DOC 格式的文档,没有任何的图纸或源代码,查看文件列表", "如果您已付费下载过本站文档,您可以点这里二次下载",
        "文档名称:", "格式:doc   大小:80KB   页数:83页", "预览",
        "快讯 ·故宫推出历代书画展 64件(套)精品亮相·第十五届西博会成功携手德国汉诺威·重庆工展会开幕两天吸引9万人次",
    ],
)
def test_chrome_lines_are_dropped(line: str) -> None:
    assert norm(f"一、加强领导。\n{line}\n二、强化保障。") == "一、加强领导。\n二、强化保障。"


@pytest.mark.parametrize(
    "sentence",
    [
        "各学校要在首页显著位置公示收费标准。",
        "评论员文章要及时转发,关闭违规网站。",
        "2.本站点学校要做好下载资源的统筹工作,主动上传优质课例。",
        "打印机、复印机纳入设备采购计划。",
        "版权说明会由市教育局组织召开。",
        "第一页的内容要核对。",
        "上一篇文章提到的问题要整改。",
        "全年新建幼儿园6所,改扩建幼儿园12所。",
        "温馨提示:开学前要做好校园安全排查。",
        "首页显示的信息要及时更新。",
        "版权所有者的合法权益受法律保护。",
        "当前位置不变的学校暂不调整。",
    ],
)
def test_policy_sentences_with_chrome_words_stay(sentence: str) -> None:
    assert norm(f"一、加强领导。\n{sentence}\n二、强化保障。") == f"一、加强领导。\n{sentence}\n二、强化保障。"


def test_links_to_other_pages_are_dropped() -> None:
    text = (
        "一、加强领导。\n上一篇:\n县市场监督管理局 疫情防控不松懈 标准化项目建设不停歇\n下一篇: 帮企纾困解难\n"
        "相关新闻\n-\n我市将推出“五堂精品课”\n[2025-05-10] -\n我市着力打造全国马铃薯“三大基地”"
    )
    assert norm(text) == "一、加强领导。"


def test_a_comment_box_is_dropped() -> None:
    box = "我来说两句 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论\n最新评论\n已有0人参与,点击查看更多精彩评论"
    assert norm(f"一、加强领导。\n{box}") == "一、加强领导。"
    box = "网友评论:\n请您文明上网、理性发言并遵守相关规定。\n你至少需要输入 5 个字    昵称:       "
    assert norm(f"一、加强领导。\n{box}") == "一、加强领导。"


def test_dated_links_count_their_title_only() -> None:
    links = "相关新闻\n- 2017-01-19定西市委副书记唐晓明:严格执行党的组织生活制度 持之以恒抓好作风建设\n- 2017-01-19定西临洮“三招”助力大学生村官放飞梦想"
    assert norm(f"一、加强领导。\n{links}") == "一、加强领导。"


def test_related_news_under_a_heading_with_a_colon_is_dropped() -> None:
    links = "相關資訊:\n- ·四川鄰水縣全力保障教育民生工程實施\n- ·湖北鄖西縣財政局及時足額發放教育民生資金"
    assert norm(f"一、加强领导。\n{links}") == "一、加强领导。"


def test_a_long_paragraph_after_a_links_heading_stays() -> None:
    paragraph = "全县新建幼儿园6所,改扩建幼儿园12所,新增学位1800个,确保秋季开学前全部投入使用,满足适龄儿童入园需求。"
    assert norm(f"相关新闻\n{paragraph}") == paragraph


def test_page_markers_keep_the_title_once() -> None:
    pages = "\n".join(f"某县教育局2021年工作计划_第{i}页" for i in range(1, 4))
    assert norm(f"{pages}\n一、加强领导。") == "某县教育局2021年工作计划\n一、加强领导。"


def test_preview_copies_are_dropped_and_the_copy_in_place_stays() -> None:
    para = "加快教育信息化建设,推进三通两平台建设,新增计算机2200台,提高信息化应用水平。"
    text = "\n".join([para[:30] + "……", "19 " + para, "一、总体要求", "工作措施", "19." + para, "工作措施"])
    assert norm(text) == "\n".join(["一、总体要求", "工作措施", "19." + para, "工作措施"])


@pytest.mark.parametrize("ellipsis", ["...", "……", "…", "。。。", "......"])
def test_preview_copies_cut_by_any_ellipsis_are_dropped(ellipsis: str) -> None:
    para = "加快教育信息化建设,推进三通两平台建设,新增计算机2200台,提高信息化应用水平。"
    text = "\n".join(["一、总体要求", "说明", "其他", "更多", "再多", "二、重点任务", para[:30] + ellipsis, para])
    assert norm(text) == "\n".join(["一、总体要求", "说明", "其他", "更多", "再多", "二、重点任务", para])


@pytest.mark.parametrize("end", ["..", "。。", "。"])
def test_a_line_ending_in_fewer_dots_is_no_preview_copy(end: str) -> None:
    para = "加快教育信息化建设,推进三通两平台建设,新增计算机2200台,提高信息化应用水平。"
    text = "\n".join(["一、总体要求", "说明", "其他", "更多", "再多", "二、重点任务", para[:30] + end, para])
    assert norm(text) == text


def test_consecutive_copies_are_one() -> None:
    para = "加快教育信息化建设,推进三通两平台建设,新增计算机2200台,提高信息化应用水平。"
    assert norm("\n".join(["一、总体要求", "说明", "其他", "更多", "再多", para, para, "二、保障"])).count(para) == 1


def test_the_documents_own_repeats_stay() -> None:
    duty = "牵头单位:县教育体育局;配合单位:县财政局、县人力资源和社会保障局"
    text = "\n".join(["一、总体要求", "说明", "其他", "更多", "1.扩大学前教育资源。", duty, "2.改善办学条件。", duty])
    assert norm(text) == text


def test_title_line_that_starts_the_first_paragraph_stays() -> None:
    title = "某区教育现代化建设工作实施方案"
    text = f"{title}\n{title}为认真贯彻落实省委精神,开启基本实现教育现代化新征程,积极实施教育强区战略,特制订本方案。"
    assert norm(text) == text


def test_download_site_excerpt_numbers_are_not_kept() -> None:
    chunk = "加快推进教育现代化,努力提高育人质量和办学效益,切实推进教育优质均衡发展,全面提升办学水平和教育质量,办好人民满意的教育"
    text = f"文档简介\n1、{chunk}一。\n\n2、{chunk}二。\n\n3、{chunk}三\n温馨提示\n• 1. 本站所有资源如无特殊说明,都需要本地电脑安装OFFICE。"
    assert norm(text) == f"{chunk}一。\n{chunk}二。\n{chunk}三"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("序号\t工作任务\t牵头单位\n1\t新建幼儿园6所\t县教育局", "序号\t工作任务\t牵头单位\n1\t新建幼儿园6所\t县教育局"),
        ("新建幼儿园6所 \t\t 县教育局\t县财政局", "新建幼儿园6所\t县教育局\t县财政局"),  # one tab for a run
        ("\t改扩建校舍\t县住建局\t", "改扩建校舍\t县住建局"),  # none at a line's ends
        ("牵头单位\u3000\t\u3000县教育局", "牵头单位\t县教育局"),
        ("创 建工作\t县 教育局", "创建工作\t县教育局"),  # spaces inside a cell are still dropped
        ("| 1 | 新建幼儿园6所 | 县教育局", "| 1 | 新建幼儿园6所 | 县教育局"),  # cells of an HTML or Word table
    ],
)
def test_tabs_between_table_cells_stay_one_separator(given: str, expected: str) -> None:
    n = normalize(raw(given))
    assert n.text == expected
    assert_offsets_point_back(n)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        # digits spaced from Han text (PDF and Word exports, some sites): the figure belongs to its sentence
        ("到 2025 年,学前三年毛入园率达到 95 %以上", "到2025年,学前三年毛入园率达到95%以上"),
        ("新建幼儿园 12 所,新增学位 1080 个", "新建幼儿园12所,新增学位1080个"),
        ("全县计划投入资金 3.5亿元。", "全县计划投入资金 3.5亿元。"),  # one space alone may part words
        ("年 底前完成12 所", "年底前完成12所"),
        ("学前三年毛入园率\t97 %\t98 %", "学前三年毛入园率\t97%\t98%"),  # a cell opening on a figure
        ("2 月 14 日,市教育局召开工作会议", "2月14日,市教育局召开工作会议"),  # a line opening on a date
        # a space parting a heading or a cell from a figure stays, as does an item's number
        ("二、目标任务 2021年,每个乡镇新建一所公办幼儿园", "二、目标任务 2021年,每个乡镇新建一所公办幼儿园"),
        ("学前三年毛入园率 2018年 93% 2020年 95%", "学前三年毛入园率 2018年 93% 2020年 95%"),
        ("1 加强师资队伍建设", "1 加强师资队伍建设"),
    ],
)
def test_spaces_setting_off_a_figure_inside_a_sentence_are_dropped(given: str, expected: str) -> None:
    n = normalize(raw(given))
    assert n.text == expected
    assert_offsets_point_back(n)


_PAGE = "加快推进教育现代化,努力提高育人质量和办学效益,切实推进教育优质均衡发展,全面提升办学水平和教育质量"


def test_page_cuts_of_an_excerpt_list_are_joined() -> None:
    """A download site's excerpt list shows a document page by page; a page that ends
    inside a sentence (even inside a word) runs on into the next one."""
    pages = [
        f"某区教育工作实施方案为{_PAGE},全",
        f"面贯彻党的教育方针。{_PAGE},组",
        f"织召开工作会议。{_PAGE}。",
        f"各学校要{_PAGE},提高教育质量",
        f"二、保障措施{_PAGE},协调、推",
        f"进、督查各项工作,{_PAGE}。",
    ]
    text = "文档简介\n" + "\n\n".join(f"{i}、{page}" for i, page in enumerate(pages, 1)) + "\n温馨提示"
    n = normalize(raw(text))
    assert n.text.split("\n") == [
        "".join(pages[:3]),
        pages[3],  # a page that ends a sentence, or before one that opens a numbered item, keeps its break
        "".join(pages[4:]),
    ]
    assert_offsets_point_back(n)


def test_hard_wrapped_long_lines_are_joined() -> None:
    lines = [
        "一、指导思想",
        f"为{_PAGE},促进学前教育、义务教育、高中阶段教育和特殊教育协调、推",
        f"进、督查各项工作,全面落实立德树人根本任务,{_PAGE},全",
        "面贯彻党的教育方针。",
        "二、工作目标",
        f"到年底学前三年毛入园率达到85%以上,新建幼儿园6所,{_PAGE}、",
        "改扩建校舍3万平方米。",
        "保障措施",
        "加强领导。",
    ]
    n = normalize(raw("\n".join(lines)))
    assert n.text.split("\n") == [
        "一、指导思想",
        "".join(lines[1:4]),
        "二、工作目标",
        "".join(lines[5:7]),
        "保障措施",
        "加强领导。",
    ]
    assert_offsets_point_back(n)


@pytest.mark.parametrize("marker", ["— 2 —", "-2-", "第2页 共3页"])
def test_a_sentence_a_page_marker_cuts_is_joined(marker: str) -> None:
    # a scraped PDF's text, not hard-wrapped: its one cut is where a page ended
    lines = [
        "二、重点任务",
        "(一)实施学前教育提升工程。由县教育局牵头,县财政局配合,新建幼儿园",
        marker,
        "6所,新增学位2700个。",
        "二、保障措施",
        marker.replace("2", "3"),
        "县教育局要加强统筹,全力推进各项工作。",
    ]
    n = normalize(raw("\n".join(lines)))
    assert n.text.split("\n") == ["二、重点任务", lines[1] + lines[3], "二、保障措施", lines[6]]
    assert_offsets_point_back(n)


def test_a_sentence_a_pdf_page_cuts_is_joined_across_its_marker_and_running_head() -> None:
    head = "某县教育局文件"
    pages = [
        ["某县教育局2021年工作要点", "二、重点任务", "(一)实施学前教育提升工程。由县教育局牵头,县财政局配合,新建幼儿园"],
        ["6所,新增学位2700个。", "(二)推进教育信息化。"],
        ["(三)加强教师队伍建设。"],
    ]
    text = "\n\n".join(f"{head}\n\n" + "\n\n".join(lines) + f"\n\n— {k} —\n" for k, lines in enumerate(pages, 1))
    n = normalize(RawDocument(source="a.pdf", sha256="0" * 64, encoding="pdf", text=text, media_type="pdf"))
    assert n.text.split("\n") == [head, *pages[0][:2], pages[0][2] + pages[1][0], pages[1][1], pages[2][0]]
    assert_offsets_point_back(n)


def test_a_figure_a_hard_wrap_splits_is_joined() -> None:
    # a text cut every 47 characters, wherever that falls: in a word, or in a figure (学位2⏎700个)
    lines = [
        "到2025年,全区学前三年毛入园率达到98%以上,义务教育巩固率不低于99%,高中阶段毛入学率",
        "达到99.5%。全区中小学专任教师中研究生学历比例达到15%,普惠性幼儿园覆盖率稳定在90%以",
        "上,公办园在园幼儿占比达到55%以上,全区幼儿园专任教师持证上岗率达到100%,学前教育生均公",
        "用经费达到1200元。由区教育局牵头,区财政局、区发改局配合,新建改建幼儿园6所,新增学位2",
        "700个,各镇(街道)要按照规划要求加快推进配套幼儿园建设工作进度,确保按期投入使用,力争普惠",
        "性民办幼儿园达到35所。",
    ]
    n = normalize(raw("\n".join(["一、主要目标", *lines, "二、保障措施", "1.加强领导。"])))
    assert n.text.split("\n") == ["一、主要目标", "".join(lines), "二、保障措施", "1.加强领导。"]
    assert_offsets_point_back(n)


def test_a_title_a_hard_wrap_splits_is_joined_without_a_clause_mark_after_it() -> None:
    # the rest of the title holds no comma, as a heading would not: the title left open runs on
    lines = [
        f"为{_PAGE},促进学前教育、义务教育、高中阶段教育和特殊教育协调、推",
        f"进、督查各项工作,全面落实立德树人根本任务,{_PAGE},根据《关于推",
        "进中小学教师“县管校聘”管理改革试点工作的实施意见》(某教〔2017〕33号)和《某市中小学教师岗位设置管理办法》等文件",
        f"精神,{_PAGE}。",
    ]
    n = normalize(raw("\n".join(["一、指导思想", *lines, "二、工作目标"])))
    assert n.text.split("\n") == ["一、指导思想", "".join(lines), "二、工作目标"]
    assert_offsets_point_back(n)


@pytest.mark.parametrize(
    "cut",
    [
        # after a percent or a closing mark
        ("到2025年,全县学前三年毛入园率达到95%", "以上,普惠性幼儿园覆盖率达到90%。"),
        ("各校要按照《3-6岁儿童学习与发展指南》", "要求,科学开展保育教育工作。"),
        # before a unit, a comma or a bracketed note
        ("项目建成后将新增学位3.2万个,其中赤坎区3505个、霞山区3705个、坡头区1350", "个、麻章区2280个。"),
        ("全县共有在编教职工216名,其中专任教师200名,班级51个,截至本月已基本完工", ",共新增学位2615个。"),
        ("全县核定编制225人,截至2021年6月15日共有在编教职工216名", "(含2021年下半年退休6人),班级51个。"),
    ],
)
def test_a_hard_wrap_at_a_figure_a_mark_or_a_note_is_joined(cut: tuple[str, str]) -> None:
    # (a text cut at a fixed width: the cut falls after a percent or a closing mark, after a figure before its unit,
    # before a comma or before a bracketed note)
    lines = [
        f"为{_PAGE},促进学前教育、义务教育、高中阶段教育和特殊教育协调、推",
        f"进、督查各项工作,全面落实立德树人根本任务,{_PAGE},全",
        f"面贯彻党的教育方针。{_PAGE}。{cut[0]}",
        f"{cut[1]}{_PAGE}。",
    ]
    n = normalize(raw("\n".join(["一、基本情况", *lines, "(一)加强领导"])))
    assert n.text.split("\n") == ["一、基本情况", "".join(lines), "(一)加强领导"]
    assert_offsets_point_back(n)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("工作分工\n· 学校纪委:竞岗过程全程监督。\n•  人事科:做好聘任材料归档。",
         "工作分工\n学校纪委:竞岗过程全程监督。\n人事科:做好聘任材料归档。"),
        ("● 新建幼儿园6所,新增学位2700个", "新建幼儿园6所,新增学位2700个"),
        # (a bulleted row of names is a page's menu, a dot inside a line a name's)
        ("• 城关镇城南镇城北镇", "• 城关镇城南镇城北镇"),
        ("由阿依古丽·买买提负责,", "由阿依古丽·买买提负责,"),
    ],
)
def test_a_bullet_before_a_list_item_is_dropped(given: str, expected: str) -> None:
    n = normalize(raw(given))
    assert n.text == expected
    assert_offsets_point_back(n)


def test_a_year_and_a_title_split_off_their_line_are_joined() -> None:
    n = normalize(raw("2016\n年教育局工作要点\n一、进一步落实《\n3-6岁儿童学习与发展指南》。\n2016\n全年完成。\n"
                      "二、按照《浙江省教育信息化三年行动计划\n》要求,实现宽带网络校校通全覆盖。"))
    assert n.text.split("\n") == ["2016年教育局工作要点", "一、进一步落实《3-6岁儿童学习与发展指南》。", "2016", "全年完成。",
                                   "二、按照《浙江省教育信息化三年行动计划》要求,实现宽带网络校校通全覆盖。"]
    assert_offsets_point_back(n)


def test_a_page_set_narrow_is_joined_at_its_width() -> None:
    """A page 29 characters wide: its full lines stop wherever the width ends them, even on 、."""
    lines = [
        "市教育局2022年工作要点",
        "全面贯彻党的教育方针,全面落实立德树人根本任务,坚持围绕",
        "“12881”总体工作思路,推进“党建创优工程、立德树人工程、",
        "中小学幼儿园建设扩容增位工程、职业教育体系建设工程、民办教",
        "育规范工程、队伍素质提升工程、教育信息化推动工程、教育治理",
        "能力提高工程”等八项工程,持续深化新时代教育评价改革、教",
        "育督导体制机制改革、教育集团化改革、中高考改革等八项改革。",
        "一、建设区域教育中心,办好人民满意教育",
        "1.推进区域教育中心建设。围绕加快实现发展愿景,成立市、县",
        "两级区域教育中心建设推进专班,制定实施方案,明确年度建设",
        "目标和重点任务,实施清单管理。",
    ]
    n = normalize(raw("\n".join(lines)))
    assert n.text.split("\n") == [lines[0], "".join(lines[1:7]), lines[7], "".join(lines[8:])]
    assert_offsets_point_back(n)


def test_a_narrow_page_whose_figures_widen_its_lines_is_joined_but_for_its_title() -> None:
    """Digits and blanks set narrower than Han characters make some full lines longer than the
    page's common length; a title as long as a full line stays a line of its own."""
    lines = [
        "某市人民政府关于印发某市教育发展三年行动计划",
        "各县(区)人民政府,市政府各部门,现将计划印发给你们。",
        "2024 年,全市教育系统坚持以习近平新时代中国特色社",
        "会主义思想为引领,深入贯彻落实党的二十大精神,全面落实",
        "推进教育事业发展。学前三年毛入园率达到 94.5%以上,普",
        "惠性幼儿园覆盖率达到 89%,公办幼儿园在园幼儿占比达",
        "58%。义务教育阶段入学率保持 100%、巩固率达到",
        "98%,原建档立卡学生巩固率达到 100%,随迁子女在公办",
        "学校就读比例达到 90%以上,特色学校达到 250 所,农村优",
        "质学校达到 140 所。高中阶段教育毛入学率达到 94%,特色",
        "学校达到 40 所,普通高中招生人数达到 9.5 万人,就读优质",
        "普通高中在校生比例达到 65%。",
    ]
    n = normalize(raw("\n".join(lines)))
    assert n.text.split("\n")[:2] == ["某市人民政府关于印发某市教育发展三年行动计划", "各县(区)人民政府,市政府各部门,现将计划印发给你们。"]
    assert "公办幼儿园在园幼儿占比达58%" in n.text and "农村优质学校达到140所" in n.text
    assert_offsets_point_back(n)


def test_paragraphs_without_a_full_stop_are_not_joined() -> None:
    """One long paragraph lacking its full stop does not make a text hard-wrapped."""
    lines = [
        f"一、{_PAGE},提高教育教学质量",
        f"加强教师队伍建设,{_PAGE}。",
        f"推进教育信息化,{_PAGE}。",
        f"深化教育综合改革,{_PAGE}。",
    ]
    assert norm("\n".join(lines)) == "\n".join(lines)


class _PhraseGrowingT2S:
    """OpenCC t2s whose phrase table turns one phrase into a longer one.

    The bundled dictionaries map no single character to more or fewer than one,
    and no phrase changes length; other OpenCC versions may, so this stands in.
    """

    def convert(self, text: str) -> str:
        out = T2S.convert(text)
        return out if len(text) == 1 else out.replace("以后", "以后再")


def test_length_changing_t2s_keeps_offsets_right(monkeypatch: pytest.MonkeyPatch) -> None:
    import edukg.loaders.normalize as normalize_module

    monkeypatch.setattr(normalize_module, "_T2S", _PhraseGrowingT2S())
    text = "甲乙丙\n以後發展計劃\n學校"
    n = normalize(raw(text))
    assert n.text == "甲乙丙\n以后发展计划\n学校"
    assert_offsets_point_back(n)


def test_pdf_lines_wrapped_inside_a_sentence_are_joined() -> None:
    text = (
        "某县教育局2021年工作计划\n\n为贯彻落实全省教育大会精神,结合本县实际,\n制定本计划。\n"
        "一、学前教育\n1.扩大普惠性资源,全县学前三年毛入园率\n达到85%以上,新建幼儿园6所,改扩建幼\n\n"
        "儿园12所,新增学位1800个,第三方评估\n第三方机构参与评估,促进保教质量提升。\n"
        "2.提升保教质量,落实幼儿园保育教育质量\n二、义务教育\n第二章 保障\n"
    )
    n = normalize(RawDocument(source="a.pdf", sha256="0" * 64, encoding="pdf", text=text, media_type="pdf"))
    assert n.text.split("\n") == [
        "某县教育局2021年工作计划",
        "为贯彻落实全省教育大会精神,结合本县实际,制定本计划。",
        "一、学前教育",
        "1.扩大普惠性资源,全县学前三年毛入园率达到85%以上,新建幼儿园6所,改扩建幼儿园12所,新增学位1800个,第三方评估第三方机构参与评估,促进保教质量提升。",
        "2.提升保教质量,落实幼儿园保育教育质量",
        "二、义务教育",
        "第二章保障",
    ]
    assert_offsets_point_back(n)
    # the same text from a .txt file keeps its lines
    assert norm(text).count("\n") == 10


def test_pdf_running_heads_are_kept_once() -> None:
    head = "某县教育局文件"
    pages = [f"{head}\n{i}.第{i}项工作安排。\n- {i} -" for i in range(1, 4)]
    text = "\n".join(pages)
    n = normalize(RawDocument(source="a.pdf", sha256="0" * 64, encoding="pdf", text=text, media_type="pdf"))
    assert n.text == f"{head}\n1.第1项工作安排。\n2.第2项工作安排。\n3.第3项工作安排。"
    assert norm(text).count(head) == 3  # a text file keeps its repeated lines


def test_empty_and_chrome_only_text() -> None:
    n = normalize(raw("首页\n\n打印本页"))
    assert n.text == ""
    assert n.offsets == (0,)


_TEXT = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("區現設實進教育學校一二三、。,;:()（）１２％ＡＢ\n \u3000\u200b…._第頁")),
        st.sampled_from(["(qū)", "(xiàn)", "_第1頁", "\n首页\n", "下載本文檔", "\n" + "重复的一段话用于测试去重功能" * 2 + "\n"]),
    ),
    max_size=200,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_normalize_never_raises_and_offsets_point_back(text: str) -> None:
    n = normalize(raw(text))
    assert_offsets_point_back(n)
    assert n.to_original(0, len(n.text))[1] <= len(text)


def _openings(pattern: str) -> tuple[set[str], bool]:
    """The characters a match of `pattern` may open with (a range by its ends, \\d by its digits), and whether
    it may open on nothing (a pattern made of optional parts only)."""
    def first(items) -> tuple[set[str], bool]:
        out: set[str] = set()
        for code, arg in items:
            chars, empty = first_of(code, arg)
            out |= chars
            if not empty:
                return out, False
        return out, True

    def first_of(code, arg) -> tuple[set[str], bool]:
        if code is op.LITERAL:
            return {chr(arg)}, False
        if code is op.IN:
            chars = set()
            for kind, value in arg:
                if kind is op.LITERAL:
                    chars.add(chr(value))
                elif kind is op.RANGE:
                    chars |= {chr(value[0]), chr(value[1])}
                else:
                    assert value is op.CATEGORY_DIGIT, (kind, value)
                    chars |= set("0123456789")
            return chars, False
        if code is op.BRANCH:
            found = [first(branch) for branch in arg[1]]
            return set().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
        if code is op.SUBPATTERN:
            return first(arg[3])
        if code in (op.MAX_REPEAT, op.MIN_REPEAT, op.POSSESSIVE_REPEAT):
            chars, empty = first(arg[2])
            return chars, empty or arg[0] == 0
        assert code in (op.ASSERT, op.ASSERT_NOT, op.AT), code  # (zero-width: what follows opens the match)
        return set(), True

    return first(_parser.parse(pattern).data)


def test_every_chrome_or_page_line_opens_with_a_character_the_quick_test_lets_through() -> None:
    # the lookahead before the chrome and page-marker patterns spares most lines their alternatives; a line one of
    # them matches must pass it, or the line would be kept as text
    opening = re.compile(normalize_module._NOT_TEXT_OPENING)
    for pattern in (normalize_module._CHROME_LINE, normalize_module._PAGE_LINE):
        chars, empty = _openings(pattern.pattern)
        assert not empty and chars
        assert sorted(c for c in chars if not opening.match(c)) == []
