"""read.py: encodings detected, containers opened, bad files refused with one clear line."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import docx
import pytest
from bundled_corpus import SAMPLES

from edukg.errors import InputError
from edukg.loaders.model import Skipped
from edukg.loaders.read import decode_text, iter_paths, read_document

SIMPLIFIED = "某县教育局2021年工作计划\n一、学前三年毛入园率达到85%以上，新建幼儿园6所。\n(一)强化组织领导。"
TRADITIONAL = "某區教育現代化建設工作實施方案\n一、指導思想：認真貫徹落實教育優先發展戰略，確保義務教育均衡發展。"


@pytest.mark.parametrize(
    ("text", "encode", "expected"),
    [
        (SIMPLIFIED, lambda t: t.encode("utf-8"), "utf-8"),
        (SIMPLIFIED, lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED, lambda t: t.encode("gb18030"), "gb18030"),
        (SIMPLIFIED, lambda t: t.encode("gbk"), "gb18030"),
        (TRADITIONAL, lambda t: t.encode("big5"), "big5"),
        (TRADITIONAL, lambda t: t.encode("utf-16"), "utf-16-le"),
        (SIMPLIFIED, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED, lambda t: t.encode("utf-16-le"), "utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "big5", "utf16-bom", "utf16be-bom", "utf16le-nobom"],
)
def test_text_encodings_are_detected(tmp_path: Path, text: str, encode, expected: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(encode(text))
    raw = read_document(path)
    assert raw.text == text
    assert raw.encoding == expected
    assert raw.media_type == "text"
    assert raw.size == path.stat().st_size
    assert len(raw.sha256) == 64


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_short_legacy_text_is_not_confused(tmp_path: Path, codec: str) -> None:
    text = "教育局工作计划" if codec == "gb18030" else "教育現代化建設"
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(codec))
    assert read_document(path).text == text


@pytest.mark.parametrize(("codec", "encoding"), [("utf-8", "utf-8"), ("gbk", "gb18030"), ("big5", "big5")])
def test_a_file_cut_inside_its_last_character_keeps_every_complete_one(tmp_path: Path, codec: str, encoding: str) -> None:
    text = TRADITIONAL if codec == "big5" else SIMPLIFIED
    path = tmp_path / "cut.txt"
    path.write_bytes(text.encode(codec)[:-1])  # the last character "。" loses its last byte
    raw = read_document(path)
    assert raw.encoding == encoding
    assert raw.text == text[:-1]


def test_samples_read_as_utf8() -> None:
    assert len(SAMPLES) == 5
    for path in SAMPLES:
        raw = read_document(path)
        assert raw.encoding == "utf-8"
        assert raw.source == str(path)


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>某县2021年教育工作要点_某县人民政府</title>
<style>.x{color:red}</style><script>var nav = "首页 > 政策";</script></head>
<body><div class="nav"><a href="/">首页</a><a href="/a">机构</a><a href="/b">政策</a></div>
<div id="breadcrumb">当前位置：首页 &gt; 政策文件</div>
<table class="info"><tr><td>发布机构</td><td>某县教育局</td><td>发布日期</td><td>2021-03-01</td></tr></table>
<div class="content"><h1>某县2021年教育工作要点</h1>
<p>一、<span>推进</span>学前教育普及普惠发展。</p><p>学前三年毛入园率达到90%以上。</p>
<script>document.write("广告");</script></div>
<ul class="links"><li><a href="1">相关链接一</a></li><li><a href="2">相关链接二</a></li><li><a href="3">相关链接三</a></li></ul>
<div class="footer">版权所有：某县人民政府 ICP备12345678号</div></body></html>"""


def test_html_keeps_the_main_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(HTML_PAGE.encode("gb18030"))
    raw = read_document(path)
    assert raw.media_type == "html"
    assert raw.encoding == "gb18030"
    lines = raw.text.split("\n")
    assert "某县2021年教育工作要点" in lines
    assert "一、推进学前教育普及普惠发展。" in lines  # inline tags do not break the line
    assert "学前三年毛入园率达到90%以上。" in lines
    assert "发布机构 | 某县教育局 | 发布日期 | 2021-03-01" in raw.text
    for chrome in ("var nav", "color:red", "广告", "相关链接", "ICP备", "当前位置", "机构\n政策"):
        assert chrome not in raw.text


def _page_text(tmp_path: Path, page: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return read_document(path).text


@pytest.mark.parametrize("heading", [
    '<div class="article-header">{}</div>',  # a header named for the article
    '<div class="page-header">{}</div>',  # Bootstrap's page header: the page's own title
    '<article><header>{}</header><p>{{body}}</p></article>',  # HTML5: an article's own header
])
def test_an_articles_header_is_kept_and_the_sites_dropped(tmp_path: Path, heading: str) -> None:
    own = "<h1>共享均衡教育阳光的温暖</h1><div>学校: 开封第十四中学 | 日期: 2017年5月22日</div>"
    body = "5月22日下午,省义务教育均衡发展巡查组到市十四中巡查。"
    page = (f'<html><body><header class="site"><h1>同方教育在线</h1></header><div class="header">首页 | 校园采风</div>'
            f"{heading.format(own).format(body=body)}<p>{body}</p></body></html>")
    text = _page_text(tmp_path, page)
    assert "共享均衡教育阳光的温暖" in text and "日期: 2017年5月22日" in text
    assert "同方教育在线" not in text and "首页" not in text


def test_a_cell_alone_in_its_row_is_a_line_without_a_bar(tmp_path: Path) -> None:
    # a page laid out in tables: the headline in a row of its own, then the page's fields, then the
    # short text in a cell beside a picture's
    page = ('<html><body><table><tr><td><table><tr><td align="center"><b>某县教育局2021年工作要点</b></td></tr>'
            "<tr><td>发布日期:2021-03-05</td><td>来源:县教育局</td></tr>"
            '<tr><td><img src="a.jpg"></td><td><p>一、主要目标</p><p>学前三年毛入园率达到90%以上。</p></td></tr>'
            "</table></td></tr></table></body></html>")
    assert _page_text(tmp_path, page).split("\n") == [
        "某县教育局2021年工作要点", "| 发布日期:2021-03-05 | 来源:县教育局", "一、主要目标", "学前三年毛入园率达到90%以上。",
    ]


def test_a_sentence_in_a_block_styled_as_chrome_is_kept(tmp_path: Path) -> None:
    # a site that styles every section as a "breadcrumb" panel: a short goal is still the article's
    goal = "到2020年整体实现跨越式发展,教育事业主要指标力争基本达到同期全省平均水平。"
    page = (f'<html><body><div class="breadcrumb">当前位置:首页 &gt; 民族教育</div>'
            f'<div class="breadcrumb"><div class="panel-heading">三、战略目标</div><p>{goal}</p></div></body></html>')
    text = _page_text(tmp_path, page)
    assert goal in text and "三、战略目标" in text
    assert "当前位置" not in text


def test_html_declaring_the_wrong_charset(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(HTML_PAGE.encode("utf-8"))  # says gb2312, is UTF-8
    raw = read_document(path)
    assert raw.encoding == "utf-8"
    assert "学前三年毛入园率达到90%以上。" in raw.text


@pytest.mark.parametrize("depth", [300, 2000, 2600, 5000])
def test_deeply_nested_html_reads_or_says_it_is_too_deep(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body><p>浅层内容。</p>" + "<div>" * depth + "<p>深层内容。</p>" + "</div>" * depth
                    + "<p>结尾。</p></body></html>")
    if depth < 2048:
        assert read_document(path).text == "浅层内容。\n深层内容。\n结尾。"
        return
    # libxml2 stops at 2048 levels and drops the rest of the page: never half a page without a word
    with pytest.raises(InputError) as e:
        read_document(path)
    assert str(e.value) == f"{path}: HTML nested deeper than 2048 elements: the text past that depth cannot be read"


def test_xhtml_with_an_xml_declaration(tmp_path: Path) -> None:
    path = tmp_path / "x.html"
    path.write_text("<?xml version='1.0' encoding='utf-8'?><html><body><p>一、总体要求</p></body></html>")
    assert read_document(path).text == "一、总体要求"


def test_html_of_scripts_only_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "scripts.htm"
    path.write_text("<html><head><script>" + "var a=1;" * 20000 + "</script></head><body><script>x()</script></body></html>")
    with pytest.raises(InputError, match=r"scripts\.htm: no text found"):
        read_document(path)


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("某县教育局2021年工作计划")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "发布日期"
    table.rows[0].cells[1].text = "2021-01-05"
    document.add_paragraph("一、学前三年毛入园率达到85%以上。")
    path = tmp_path / "plan.docx"
    document.save(path)
    raw = read_document(path)
    assert raw.encoding == raw.media_type == "docx"
    assert raw.text == "某县教育局2021年工作计划\n发布日期 | 2021-01-05\n一、学前三年毛入园率达到85%以上。"


def test_docx_content_controls_text_boxes_tabs_and_breaks(tmp_path: Path) -> None:
    """A content control's paragraphs are read (not a table of contents'), a text box once (Word writes
    it twice: a drawing and its fallback), a run's tab and line break as the characters they are."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("(一)实施学前教育提升工程。").add_break()
    paragraph.add_run("由县教育局牵头,新建幼儿园6所。")
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>班班通比例达到100%。</w:t></w:r></w:p></w:txbxContent>"
    body = document.element.body
    blocks = [
        f'<w:p {nsdecls("w")} xmlns:mc="{mc}"><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
        "</w:sdtPr><w:sdtContent><w:p><w:r><w:t>一、主要目标</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>县人社局负责招聘教师300名。</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>",
        f'<w:p {nsdecls("w")}><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>'
        "<w:r><w:t>某县教育局</w:t></w:r><w:r><w:tab/><w:t>2021年3月5日</w:t></w:r></w:p>",
    ]
    for xml in blocks:
        body.insert(len(body) - 1, parse_xml(xml))
    path = tmp_path / "plan.docx"
    document.save(path)
    assert read_document(path).text == (
        "(一)实施学前教育提升工程。\n由县教育局牵头,新建幼儿园6所。\n班班通比例达到100%。\n"
        "县人社局负责招聘教师300名。\n某县教育局\t2021年3月5日"
    )


def test_docx_cell_paragraphs_stay_apart_and_a_nested_table_is_read_once(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    grid = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["序号", "工作任务", "责任单位"]):
        grid.cell(0, c).text = text
    grid.cell(1, 0).text, grid.cell(1, 1).text, grid.cell(1, 2).text = "1", "新建幼儿园6所", "县教育局"
    grid.cell(1, 2).add_paragraph("县财政局")
    grid._tbl.append(parse_xml(  # a row, and a cell of it, inside content controls
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc><w:sdt><w:sdtContent>'
        "<w:tc><w:p><w:r><w:t>改造薄弱学校3所</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>"
    ))
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "附表"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, row in enumerate([["指标", "2025年"], ["学前三年毛入园率(%)", "95"]]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "tasks.docx"
    document.save(path)
    assert read_document(path).text.split("\n") == [
        "序号 | 工作任务 | 责任单位", "1 | 新建幼儿园6所 | 县教育局 县财政局", "2 | 改造薄弱学校3所", "附表 | ", "指标 | 2025年",
        "学前三年毛入园率(%) | 95",
    ]


def test_docx_list_numbers_are_rendered(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("列表", style="List Number")  # makes sure the numbering part exists
    numbering = document.part.numbering_part.element
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimalEnclosedCircle", "%4")]
    lvl_xml = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering.append(parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{lvl_xml}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    items = [(0, "总体要求"), (1, "学前教育"), (2, "扩大资源"), (3, "城区"), (3, "农村"), (2, "提升质量"), (1, "义务教育"), (0, "保障措施")]
    for ilvl, text in items:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>')
        )
    path = tmp_path / "numbered.docx"
    document.save(path)
    lines = read_document(path).text.split("\n")
    assert lines == ["1.列表", "一、总体要求", "（一）学前教育", "1.扩大资源", "①城区", "②农村", "2.提升质量", "（二）义务教育", "二、保障措施"]


def test_pdf_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a standard CJK font: no font file needed
    path = tmp_path / "plan.pdf"
    page = canvas.Canvas(str(path))
    page.setFont("STSong-Light", 12)
    page.drawString(72, 750, "某县教育局2021年工作计划")
    page.drawString(72, 730, "一、学前三年毛入园率达到85%以上。")
    page.showPage()
    page.save()
    raw = read_document(path)
    assert raw.media_type == raw.encoding == "pdf"
    assert "某县教育局2021年工作计划" in raw.text
    assert "一、学前三年毛入园率达到85%以上。" in raw.text


def _big_file(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(20 * 2**20)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 64, "binary data, not text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x01\x02" * 500, "binary data, not text"),
        ("fake.docx", "不是文档".encode(), "not a valid .docx file"),
        ("fake.pdf", b"%PDF-1.4\n garbage", "PDF"),
        ("text.pdf", "纯文本".encode(), "PDF"),
        ("big.txt", _big_file, "over the 16 MB limit"),
        ("table.xlsx", b"PK", "unsupported file type .xlsx"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, name: str, content, reason: str) -> None:
    path = tmp_path / name
    if callable(content):
        content(path)
    else:
        path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothere\.txt: No such file"):
        read_document(tmp_path / "nothere.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="folder.txt: "):
        read_document(folder)
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.txt"
        locked.write_text("内容")
        locked.chmod(0)
        with pytest.raises(InputError, match="Permission denied"):
            read_document(locked)


def test_iter_paths_walks_folders_and_reports_unsupported(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    for rel in ("a.txt", "b/page.HTML", "b/c/plan.docx", "b/c/scan.pdf", "b/notes.xlsx", "b/.hidden.txt", "README"):
        (tmp_path / rel).write_bytes(b"x")
    found = list(iter_paths([tmp_path, tmp_path / "missing.txt"]))
    paths = [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)]
    skipped = {Path(s.source).name: s.reason for s in found if isinstance(s, Skipped)}
    assert paths == ["a.txt", "b/page.HTML", "b/c/plan.docx", "b/c/scan.pdf"]
    assert skipped["notes.xlsx"].startswith("unsupported file type .xlsx")
    assert skipped["README"].startswith("unsupported file type without a suffix")
    assert skipped["missing.txt"] == "no such file or directory"
    assert ".hidden.txt" not in skipped


def test_extract_skips_bad_files_with_one_line_each(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from edukg.cli import cli

    (tmp_path / "good.txt").write_bytes(SIMPLIFIED.encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04broken")
    (tmp_path / "sheet.xlsx").write_bytes(b"x")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.strip().split("\n")) == 1
    skipped = [line for line in result.stderr.split("\n") if line]
    assert len(skipped) == 4
    assert all(line.startswith("skipped ") for line in skipped)
    assert "Traceback" not in result.stderr


GOV_PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>保山市教育局2022年工作要点 - 保山市人民政府</title></head><body>
<div class="top"><ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/a">政务公开</a></li>
<li><a href="/b">政务服务</a></li><li><a href="/c">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/a">政务公开</a> &gt; 计划总结</div>
<table class="xxgk"><tr><td>索引号：</td><td>015259-2022-01</td><td>发布机构：</td><td>保山市教育局</td></tr>
<tr><td>发布日期：</td><td>2022-02-18</td><td>文号：</td><td></td></tr></table>
<h1>保山市教育局2022年工作要点</h1><div class="fontsize">【字体：大 中 小】</div>
<div class="TRS_Editor"><p>　　2022年是实施“十四五”规划的关键之年。</p>
<p>　　一、推进学前教育普及普惠</p><p>　　（一）扩大资源。新建幼儿园６所，学前三年毛入园率达到９０％以上。</p>
<p>　　二、推动义务教育优质均衡</p><p>　　1.改善办学条件。</p></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="fanye">上一篇：<a>关于做好2022年寒假工作的通知</a><br>下一篇：<a>2021年工作总结</a></div>
<div class="bottom">【我要纠错】【打印】【关闭】<br>主办：保山市人民政府办公室 网站标识码：5305000001<br>滇ICP备05004467号</div>
</body></html>"""


def test_government_page_end_to_end(tmp_path: Path) -> None:
    from edukg.loaders.normalize import normalize
    from edukg.loaders.structure import structure

    path = tmp_path / "page.htm"
    path.write_bytes(GOV_PAGE.encode("gb18030"))
    doc = structure(normalize(read_document(path)))
    meta = doc.metadata
    assert (meta.title, meta.kind, meta.plan_year) == ("保山市教育局2022年工作要点", "工作要点", 2022)
    assert (meta.published, meta.issuer, meta.region.name) == ("2022-02-18", "保山市教育局", "保山市")
    assert [(s.number, s.heading) for s in doc.sections] == [
        ("一、", "推进学前教育普及普惠"), ("(一)", "扩大资源"), ("二、", "推动义务教育优质均衡"), ("1.", "改善办学条件"),
    ]
    text = doc.norm.text
    assert "新建幼儿园6所,学前三年毛入园率达到90%以上。" in text
    for chrome in ("网站首页", "当前位置", "字体", "分享", "上一篇", "下一篇", "纠错", "ICP", "网站标识码", "政务服务"):
        assert chrome not in text


def test_html_meta_fields_lead_the_text(tmp_path: Path) -> None:
    path = tmp_path / "meta.html"
    path.write_text(
        '<html><head><meta name="ArticleTitle" content="某县2021年教育工作计划"><meta name="PubDate" content="2021-01-08 09:30">'
        '<meta name="ContentSource" content="某县教育局"><title>政务公开_某县人民政府</title></head>'
        "<body><div><p>一、总体要求</p></div></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).text == "某县2021年教育工作计划\n发布日期:2021-01-08 09:30\n来源:某县教育局\n一、总体要求"


def test_html_title_leads_a_page_whose_short_lines_it_holds_only_in_part(tmp_path: Path) -> None:
    # a short page without a headline of its own, signed by the issuer its <title> opens with: the signature is no
    # headline standing for the title (…公示 ⏎ 临湘市教育体育局 ⏎ 2020年12月2日)
    path = tmp_path / "signed.html"
    path.write_text(
        "<html><head><title>临湘市教育体育局2020年重点民生实事项目任务完成情况公示</title></head><body>"
        "<p>现将教育体育局2020年民生实事项目建设情况公示如下:</p><p>1、扩大公办学前教育资源,增加公办幼儿园学位970个。</p>"
        "<p>临湘市教育体育局</p><p>2020年12月2日</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).text.split("\n")[0] == "临湘市教育体育局2020年重点民生实事项目任务完成情况公示"
    # …while a headline that is the title's most, without the site it names, stands for it
    path.write_text(
        "<html><head><title>临湘市教育体育局2020年重点民生实事项目任务完成情况公示 - 临湘市人民政府</title></head><body>"
        "<h1>2020年重点民生实事项目任务完成情况公示</h1><p>现将教育体育局2020年民生实事项目建设情况公示如下:</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).text.split("\n")[0] == "2020年重点民生实事项目任务完成情况公示"


def test_html_ruby_pinyin_is_no_text(tmp_path: Path) -> None:
    # a Traditional page glossing characters with pinyin in ruby markup: the gloss is not the text's
    path = tmp_path / "ruby.html"
    path.write_text(
        "<html><body><h1>臨澧<ruby>縣<rp>(</rp><rt>xiàn</rt><rp>)</rp></ruby>2022年教育工作要點</h1>"
        "<p>全<ruby>縣<rt>xiàn</rt></ruby>學前三年毛入園率達到90%以上。</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).text == "臨澧縣2022年教育工作要點\n全縣學前三年毛入園率達到90%以上。"


@pytest.mark.parametrize(("controls", "binary"), [(0, False), (40, False), (60, True)])
def test_text_with_many_control_bytes_is_binary(controls: int, binary: bool) -> None:
    # of 1,000 bytes, more than 5% C0 control bytes other than tab, line feed, form feed, CR and escape
    data = b"\x01" * controls + b"\t\n\x0c\r\x1b" * 40 + b"a" * (800 - controls)
    if binary:
        with pytest.raises(ValueError, match="binary"):
            decode_text(data)
    else:
        assert decode_text(data)[1] == "utf-8"
