"""Fault injection on what edukg reads and writes, with real files, the real CLI and the real store.

Each test builds the bad input a careful tester would try (a decompression bomb, a
file name that is not UTF-8, random bytes called .txt, a page nested thousands of
elements deep, a broken manifest, a symbolic link loop) or plants a formula in the
data, and checks what edukg says and keeps. The figures in README's "Reliability
and security" section count these cases.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from bundled_corpus import SAMPLES
from click.testing import CliRunner

from edukg.cli import cli
from edukg.loaders.expansion import MAX_MEMBERS, MAX_PDF_STREAM
from edukg.loaders.manifest import COLUMNS
from edukg.loaders.read import read_document

MB = 2**20
MEMORY_LIMIT = 200 * MB  # what one input may cost, bomb or not


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


# Runs a command and prints its exit status and peak memory (KiB). A child's peak counts the
# memory of the process it was forked from, so the command is started from this small
# process, never from pytest itself, which may hold hundreds of MB.
_MEASURE = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
proc.returncode = os.waitstatus_to_exitcode(status)
print(proc.returncode, usage.ru_maxrss)
"""


def peak_memory(*args: str) -> tuple[int, str, int]:
    """Run ``edukg ARGS`` in a process of its own: (exit status, stderr, peak resident memory in bytes)."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "edukg", *args],
                          capture_output=True, text=True, check=True)
    status, kib = done.stdout.split()
    return int(status), done.stderr, int(kib) * 1024


# --- item 2: decompression bombs -------------------------------------------------------------


def _docx_members() -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph("施甸县教育体育局2021年工作计划")
    document.add_paragraph("学前三年毛入园率达到85%以上。")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as z:
        return {name: z.read(name) for name in z.namelist()}


def docx_bomb(path: Path, padding: int, filler: bytes = b" " * MB) -> Path:
    """A real .docx whose word/document.xml carries `padding` bytes of `filler` inside its body."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in _docx_members().items():
            if name != "word/document.xml":
                z.writestr(name, data)
                continue
            head, _, tail = data.partition(b"<w:body>")
            with z.open(name, "w", force_zip64=True) as member:
                member.write(head + b"<w:body>")
                for _ in range(padding // len(filler)):
                    member.write(filler)
                member.write(tail)
    return path


def _declare_size(path: Path, member: str, size: int) -> None:
    """Make the archive lie: `member`'s uncompressed size, in its local header and its central entry."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    name = member.encode()
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, size)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def docx_liar(path: Path) -> Path:
    """A .docx whose document.xml declares 500 KB and holds 64 MB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in _docx_members().items():
            if name == "word/document.xml":
                head, _, tail = data.partition(b"<w:body>")
                data = head + b"<w:body>" + b" " * (64 * MB) + tail
            z.writestr(name, data)
    _declare_size(path, "word/document.xml", 500_000)
    return path


def lzw(literal: bytes, blanks: int = 0) -> bytes:
    """LZWDecode data: `literal` byte by byte, then `blanks` spaces the way a bomb packs them,
    each code one space longer than the last (3,837 codes hold 7 MB)."""
    codes: list[tuple[int, int]] = []  # (code, width in bits)
    width, table = 9, 258

    def put(code: int, grows: bool) -> None:
        nonlocal width, table
        codes.append((code, width))
        table += grows
        width = {511: 10, 1023: 11, 2047: 12}.get(table, width) if grows else width

    put(256, False)
    for i, byte in enumerate(literal):
        put(byte, i > 0)
    while blanks > 0:
        put(256, False)
        width, table = 9, 258
        put(32, False)
        blanks -= 1
        for code in range(258, 4095):
            if blanks <= 0:
                break
            put(code, True)
            blanks -= code - 256
    put(257, False)
    bits = "".join(format(code, f"0{w}b") for code, w in codes)
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def pdf_with_stream(path: Path, content: bytes, filter_name: str, blanks: int = 0) -> Path:
    """A one-page PDF whose content stream is `content` and `blanks` spaces encoded with `filter_name`."""
    if filter_name == "LZWDecode":
        stream = lzw(content, blanks)
    elif filter_name == "FlateDecode":
        content += b" " * blanks
        packer = zlib.compressobj(9)
        stream = b"".join(packer.compress(content[i:i + 4 * MB]) for i in range(0, len(content), 4 * MB))
        stream += packer.flush()
    else:  # RunLengthDecode, as runs of one repeated byte (the most it can expand: 128-fold)
        content += b" " * blanks
        stream = bytearray()
        for i in range(0, len(content), 128):
            piece = content[i:i + 128]
            stream += bytes([257 - len(piece), piece[0]]) if len(set(piece)) == 1 and len(piece) > 1 else (
                bytes([len(piece) - 1]) + piece
            )
        stream = bytes(stream) + b"\x80"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /%s >>\nstream\n" % (len(stream), filter_name.encode()) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


_TEXT_OPS = b"BT /F1 12 Tf 72 720 Td (Education plan 2021) Tj ET\n"


@pytest.mark.parametrize(("bomb", "reason"), [
    (lambda d: docx_bomb(d / "bomb.docx", 256 * MB), "word/document.xml expands"),
    (lambda d: docx_liar(d / "liar.docx"), "not a valid .docx file (word/document.xml: Bad CRC-32"),
    (lambda d: pdf_with_stream(d / "bomb.pdf", _TEXT_OPS, "FlateDecode", 256 * MB), "a compressed stream expands past"),
    (lambda d: pdf_with_stream(d / "lzw.pdf", _TEXT_OPS, "LZWDecode", 256 * MB), "a compressed stream expands past"),
    (lambda d: pdf_with_stream(d / "runs.pdf", _TEXT_OPS, "RunLengthDecode", 48 * MB),
     "a compressed stream expands past"),
], ids=["docx-256MB", "docx-lying-size", "pdf-flate-256MB", "pdf-lzw-256MB", "pdf-runlength-48MB"])
def test_a_decompression_bomb_is_refused_within_200_MB(tmp_path: Path, bomb, reason: str) -> None:
    path = bomb(tmp_path)
    assert path.stat().st_size < 5 * MB  # small on disk, hundreds of MB once expanded
    status, err, peak = peak_memory("extract", str(path))
    assert status == 1
    assert err.strip().startswith(f"Error: {path}: {reason}"), err
    assert len(err.strip().splitlines()) == 1
    assert peak < MEMORY_LIMIT, f"peak memory {peak / MB:.0f} MB"


def test_a_docx_of_too_many_members_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "members.docx"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in _docx_members().items():
            z.writestr(name, data)
        for i in range(MAX_MEMBERS + 1):
            z.writestr(f"customXml/item{i}.bin", b"")
    result = run("extract", str(path))
    assert result.exit_code == 1
    members = len(_docx_members()) + MAX_MEMBERS + 1
    assert result.stderr.strip() == f"Error: {path}: archive declares {members} members, over the {MAX_MEMBERS} limit"


@pytest.mark.parametrize("filter_name", ["FlateDecode", "LZWDecode", "RunLengthDecode"])
def test_pdf_streams_under_the_limit_still_read(tmp_path: Path, filter_name: str) -> None:
    path = pdf_with_stream(tmp_path / "plan.pdf", _TEXT_OPS, filter_name, MAX_PDF_STREAM // 2)
    assert "Education plan 2021" in read_document(path).text


def test_a_large_real_docx_still_reads(tmp_path: Path) -> None:
    words = "学前教育普及普惠县域义务教育优质均衡发展教师队伍建设" * 3
    rng = random.Random(6)
    paragraphs = "".join(f"<w:p><w:r><w:t>{''.join(rng.sample(words, 40))}。</w:t></w:r></w:p>" for _ in range(2000))
    path = docx_bomb(tmp_path / "long.docx", 4 * MB, paragraphs.encode())  # 4 MB of XML
    text = read_document(path).text
    assert text.endswith("学前三年毛入园率达到85%以上。") and len(text) > 1_000_000


# --- item 3: formulas in CSV, table breakers in markdown ------------------------------------

FORMULA_TITLE = '=HYPERLINK("http://example.org/x","点击")'
FORMULA_ISSUER = "@SUM(1+1)"
BREAKING_TITLE = "规划|附件\n第二行"


@pytest.fixture
def planted(store, graph_name: str, tmp_path: Path) -> str:
    """Two sample documents loaded with a manifest that plants a formula and a table breaker."""
    for name, sample in (("a.txt", SAMPLES[0]), ("b.txt", SAMPLES[1])):
        shutil.copy(sample, tmp_path / name)
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "title", "issuer"])
        writer.writerow(["a.txt", FORMULA_TITLE, FORMULA_ISSUER])
        writer.writerow(["b.txt", BREAKING_TITLE, "-2+3"])
    result = run("--graph", graph_name, "load", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                 "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    return graph_name


_TITLES = "MATCH (d:Document) RETURN d.title AS title, d.issuer AS issuer, d.plan_year AS year ORDER BY d.file"


def test_query_csv_neutralizes_formulas(planted: str) -> None:
    result = run("--graph", planted, "cypher", _TITLES, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["title"] for r in rows] == ["'" + FORMULA_TITLE, BREAKING_TITLE]
    assert [r["issuer"] for r in rows] == ["'" + FORMULA_ISSUER, "'-2+3"]
    assert all(not r["year"].startswith("'") for r in rows)  # numbers are not formulas


def test_csv_leaves_numbers_alone(embedded_server, graph_name: str) -> None:
    cypher = "RETURN -5 AS n, -2.5 AS x, '-5' AS s, ['=1'] AS l"
    result = run("--graph", graph_name, "cypher", cypher, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n,x,s,l", "-5,-2.5,'-5,\"[\"\"=1\"\"]\""]


def test_stored_query_csv_neutralizes_formulas(planted: str) -> None:
    result = run("--graph", planted, "query", "run", "theme-coverage", "--format", "csv")
    assert result.exit_code == 0, result.output
    cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
    assert "'" + FORMULA_TITLE in cells
    assert FORMULA_TITLE not in cells


def test_export_csv_neutralizes_formulas(planted: str, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = run("--graph", planted, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    cells = [c for f in out.glob("*.csv") for row in csv.reader(io.StringIO(f.read_text("utf-8"))) for c in row]
    assert "'" + FORMULA_TITLE in cells and "'" + FORMULA_ISSUER in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]


def test_markdown_escapes_pipes_and_line_breaks(planted: str) -> None:
    result = run("--graph", planted, "cypher", _TITLES, "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 4  # header, rule, two rows: the newline did not break a row
    assert all(line.count("|") - line.count("\\|") == 4 for line in lines)  # three columns everywhere
    assert "规划\\|附件<br>第二行" in lines[3]


# --- item 4: a file name that is not UTF-8 ---------------------------------------------------


def test_a_name_that_is_not_utf8_loads_with_its_bytes_kept(store, graph_name: str, tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for sample in SAMPLES:
        shutil.copy(sample, folder / sample.name)
    raw_name = "计划".encode("gbk") + b"\xff.txt"  # GBK bytes, and one byte no encoding has
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as f:
        f.write("某县2022年教育工作要点\n学前三年毛入园率达到90%以上。".encode("utf-8"))
    result = run("--graph", graph_name, "load", str(folder))
    assert result.exit_code == 0, result.output
    assert f"documents: {len(SAMPLES) + 1} loaded, 0 unchanged, 0 replaced, 0 skipped" in result.stderr
    rows = store.query("MATCH (d:Document) WHERE d.file ENDS WITH '.txt' AND NOT d.file STARTS WITH '0' "
                       "RETURN d.file AS file, d.source AS source")
    assert len(rows) == 1 and rows[0]["source"] == f"{folder.resolve()}/{rows[0]['file']}"
    # the stored name reads back to the very bytes on disk: each \xNN is the byte NN
    stored = re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes.fromhex(m[1].decode()), rows[0]["file"].encode("utf-8"))
    assert stored == raw_name
    again = run("--graph", graph_name, "load", str(folder))  # recognised as the same file
    assert f"documents: 0 loaded, {len(SAMPLES) + 1} unchanged" in again.stderr


# --- item 7: deep HTML (the reader's own test is in test_read.py) ----------------------------


def test_a_page_too_deep_is_skipped_with_the_reason(store, graph_name: str, tmp_path: Path) -> None:
    shutil.copy(SAMPLES[0], tmp_path / "plan.txt")
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + "<p>学前三年毛入园率达到90%以上。</p>"
                    + "</div>" * 3000 + "</body></html>", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (f"skipped {deep}: HTML nested deeper than 2048 elements: the text past that depth cannot be read"
            in result.stderr.splitlines())


# --- item 8: manifest problems -----------------------------------------------------------------


@pytest.mark.parametrize(("rows", "warning"), [
    ("missing.txt,某标题\n", "line 2: no such file 'missing.txt'; row not used"),
    ('plan.txt,"某标题,2021\nother.txt,x\n', "line 2: unterminated quote; this row and every line after it ignored"),
    ('plan.txt,"某"标题\n', "line 2: ',' expected after '\"'; row ignored"),
    ("plan.txt,某标题,多余\n", "line 2: 3 cells but 2 columns; row ignored"),
], ids=["missing-file", "unterminated-quote", "text-after-quote", "extra-cell"])
def test_a_manifest_row_that_cannot_be_used_gets_a_warning(store, graph_name: str, tmp_path: Path, rows: str,
                                                           warning: str) -> None:
    shutil.copy(SAMPLES[0], tmp_path / "plan.txt")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,title\n" + rows, encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path / "plan.txt"), "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    assert f"warning: {manifest}: {warning}" in result.stderr.splitlines()
    titles = store.query("MATCH (d:Document) RETURN d.title AS title")
    assert titles and "某" not in (titles[0]["title"] or "")  # the bad row's title was not applied


def test_manifest_rows_for_files_not_loaded_but_present_are_quiet(store, graph_name: str, tmp_path: Path) -> None:
    for name in ("plan.txt", "other.txt"):
        shutil.copy(SAMPLES[0], tmp_path / name)
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,title\nplan.txt,甲\nother.txt,乙\n", encoding="utf-8")
    result = run("--graph", graph_name, "load", str(tmp_path / "plan.txt"), "--manifest", str(manifest))
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stderr


def test_help_and_readme_name_the_manifest_columns_edukg_reads() -> None:
    for command in ("load", "extract"):
        help_text = " ".join(run(command, "--help").stdout.split())
        assert f"columns: {', '.join(COLUMNS)}." in help_text
        assert "source" not in help_text.split("--manifest", 1)[1].split("--", 1)[0]
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"columns `{', '.join(COLUMNS)}`" in " ".join(readme.split())


# --- item 12: random bytes called .txt -------------------------------------------------------


@pytest.mark.parametrize("content", [
    random.Random(1).randbytes(16),
    random.Random(3).randbytes(16),
    random.Random(9).randbytes(16),
    random.Random(4).randbytes(64 * 1024),
    bytes(random.Random(5).choices(range(0x80, 0x100), k=20000)),
], ids=["16B-a", "16B-b", "16B-c", "64KB", "high-bytes"])
def test_random_bytes_are_skipped_with_a_reason(store, graph_name: str, tmp_path: Path, content: bytes) -> None:
    shutil.copy(SAMPLES[0], tmp_path / "plan.txt")
    (tmp_path / "noise.txt").write_bytes(content)
    result = run("--graph", graph_name, "load", str(tmp_path))
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith(f"skipped {tmp_path / 'noise.txt'}: ")]
    assert len(skipped) == 1
    assert any(r in skipped[0] for r in ("not text", "cannot detect the text encoding")), skipped
    assert store.query("MATCH (d:Document) RETURN d.file AS file") == [{"file": "plan.txt"}]


# --- item 14: one line per bad file, with the right reason -------------------------------------


def _loop(tmp_path: Path) -> Path:
    os.symlink("loop-b", tmp_path / "loop-a")
    os.symlink("loop-a", tmp_path / "loop-b")
    return tmp_path / "loop-a"


def _dir_named_txt(tmp_path: Path) -> Path:
    (tmp_path / "x.txt").mkdir()
    return tmp_path / "x.txt"


def _broken_link(tmp_path: Path) -> Path:
    os.symlink("gone.txt", tmp_path / "link.txt")
    return tmp_path / "link.txt"


def _binary(tmp_path: Path) -> Path:
    (tmp_path / "noise.txt").write_bytes(random.Random(4).randbytes(4096))
    return tmp_path / "noise.txt"


@pytest.mark.parametrize(("make", "reason"), [
    (_loop, "symbolic link loop"),
    (_dir_named_txt, "a folder with no file to read in it (supported: .txt .html .htm .docx .pdf)"),
    (_broken_link, "broken symbolic link (its target gone.txt does not exist)"),
    (_binary, "binary data, not text"),
], ids=["symlink-loop", "folder-named-x.txt", "broken-link", "binary"])
@pytest.mark.parametrize("command", ["load", "extract"])
def test_a_single_bad_path_gets_one_line_with_its_reason(embedded_server, graph_name: str, tmp_path: Path, make,
                                                         reason: str, command: str) -> None:
    path = make(tmp_path)
    result = run("--graph", graph_name, command, str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: {path}: {reason}"]


def test_links_inside_a_folder_are_named_for_what_they_are(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(SAMPLES[0], folder / "plan.txt")
    _loop(folder)
    os.symlink("gone", folder / "dangling")
    result = run("extract", str(folder))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"skipped {folder / 'dangling'}: broken symbolic link (its target gone does not exist)",
        f"skipped {folder / 'loop-a'}: symbolic link loop",
        f"skipped {folder / 'loop-b'}: symbolic link loop",
    ]


@pytest.mark.parametrize(("cypher", "message"), [
    ("MATCH (n:文件 RETURN n", "Invalid input '文': expected a label (line 1, column 10)"),
    ("RETURN '学前教育' AS x,\n 文件 文件", "Invalid input '文': expected "),
])
def test_a_cypher_syntax_error_names_the_chinese_character(embedded_server, graph_name: str, cypher: str,
                                                          message: str) -> None:
    result = run("--graph", graph_name, "cypher", cypher)
    assert result.exit_code == 1
    assert "\ufffd" not in result.stderr
    assert result.stderr.startswith(f"Error: cypher: {message}")
    assert len(result.stderr.strip().splitlines()) == 1
