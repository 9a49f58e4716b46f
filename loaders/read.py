"""Files → RawDocument: the only stage that opens input files.

Plain text is decoded by detection, never by assumption: byte-order marks
first, then strict UTF-8, then the Chinese legacy encodings (GB18030, Big5)
checked for plausibility, then charset-normalizer. HTML keeps its main text
(scripts, styles, navigation and link lists dropped), .docx its paragraphs
and tables in body order with Word's list numbers, .pdf its text layer. For those containers
``RawDocument.text`` is the extracted text, and evidence offsets point into it.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from edukg.errors import InputError
from edukg.loaders.model import RawDocument, Skipped

__all__ = [
    "read_document", "read_text_file", "iter_paths", "decode_text", "path_text", "missing_reason",
    "SUPPORTED_SUFFIXES", "MAX_BYTES",
]

SUPPORTED_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
# Larger files are refused with a clear error: a policy document is far smaller,
# and the per-character offset map would cost hundreds of megabytes.
MAX_BYTES = {"text": 16 * 2**20, "html": 16 * 2**20, "docx": 64 * 2**20, "pdf": 128 * 2**20}
MAX_CHARS = 2_000_000


_SUPPORTED_LIST = ".txt .html .htm .docx .pdf"


def path_text(path: str | os.PathLike[str]) -> str:
    r"""`path` as text every output and the store accept, without losing a byte of it.

    A name that is not valid UTF-8 reaches Python with its bad bytes as lone
    surrogates, which no encoder writes; those bytes are written ``\xNN``.

    Examples
    --------
    >>> path_text(os.fsdecode(b"plans/\xb9\xa4\xd7\xf7.txt")), path_text("plans/工作计划.txt")
    ('plans/\\xb9\\xa4\\xd7\\xf7.txt', 'plans/工作计划.txt')
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def missing_reason(path: Path) -> str:
    """Why `path`, which does not exist as far as stat can tell, cannot be read."""
    if path.is_symlink():
        try:
            path.stat()
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "symbolic link loop"
        return f"broken symbolic link (its target {path_text(os.readlink(path))} does not exist)"
    return "no such file or directory"


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Every supported file under `paths` (folders walked recursively, in name order).

    Unsupported or missing paths, and folders holding no file at all, are
    yielded as Skipped with the reason, never raised.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        found = True
                        yield _classify(Path(root) / name)
            if not found:
                yield Skipped(path_text(path), f"a folder with no file to read in it (supported: {_SUPPORTED_LIST})")
        else:
            yield _classify(path)


def _classify(path: Path) -> Path | Skipped:
    if not path.exists():
        return Skipped(path_text(path), missing_reason(path))
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        return path
    kind = path.suffix.lower() or "without a suffix"
    return Skipped(path_text(path), f"unsupported file type {kind} (supported: {_SUPPORTED_LIST})")


def read_document(path: str | Path) -> RawDocument:
    """Read and decode one file.

    Parameters
    ----------
    path : str or Path
        A .txt, .html/.htm, .docx or .pdf file; ``RawDocument.source`` keeps it as given.

    Returns
    -------
    RawDocument
        The sha256 of the bytes, the detected encoding (or "docx"/"pdf"), the text.

    Raises
    ------
    InputError
        ``"path: reason"`` for a missing, empty, binary, damaged, oversized or
        unsupported file.
    """
    source = path_text(path)
    p = Path(path)
    media_type = SUPPORTED_SUFFIXES.get(p.suffix.lower())
    if media_type is None:
        raise InputError(f"{source}: unsupported file type {p.suffix.lower() or 'without a suffix'}")
    data = _read_bytes(path, MAX_BYTES[media_type])
    size = len(data)
    if not data.strip():
        raise InputError(f"{source}: empty file")
    try:
        if media_type == "text":
            text, encoding = decode_text(data)
        elif media_type == "html":
            from edukg.loaders.html_text import html_to_text

            html, encoding = decode_text(data, declared=_declared_charset(data))
            text = html_to_text(html)
        elif media_type == "docx":
            from edukg.loaders.docx_text import docx_to_text
            from edukg.loaders.expansion import check_zip

            check_zip(data)
            text, encoding = docx_to_text(data), "docx"
        else:
            text, encoding = _pdf_text(data), "pdf"
    except ValueError as e:
        raise InputError(f"{source}: {e}") from None
    if not text.strip():
        raise InputError(f"{source}: no text found")
    if len(text) > MAX_CHARS:
        raise InputError(f"{source}: text has {len(text)} characters, over the {MAX_CHARS} limit")
    return RawDocument(
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
        media_type=media_type,
        size=size,
    )


def _read_bytes(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; InputError("path: reason"), named as given."""
    p = Path(path)
    name = path_text(path)
    try:
        info = p.stat()  # (one call: is_dir and is_file would stat the file again each)
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{name}: not a regular file")
        if size > max_bytes:
            raise InputError(f"{name}: file is {size / 2**20:.1f} MB, over the {max_bytes // 2**20} MB limit")
        return p.read_bytes()
    except OSError as e:
        reason = missing_reason(p) if p.is_symlink() and not p.exists() else e.strerror or e
        raise InputError(f"{name}: {reason}") from None


def read_text_file(path: str | Path, max_bytes: int = MAX_BYTES["text"]) -> str:
    """The decoded text of a small side file (a manifest); InputError("path: reason")."""
    data = _read_bytes(path, max_bytes)
    try:
        return decode_text(data)[0]
    except ValueError as e:
        raise InputError(f"{path_text(path)}: {e}") from None


# --- text decoding ---------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _plausible_chars() -> frozenset[str]:
    """Characters a real Chinese text is mostly made of: GB2312 hanzi, Big5 level-1 hanzi, CJK punctuation."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xF8):  # GB2312 hanzi rows
        chars.update(bytes([lead, t]).decode("gb2312", "ignore") for t in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):  # Big5 frequently used hanzi
        for t in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            chars.add(bytes([lead, t]).decode("big5", "ignore"))
    chars.update("，。、；：？！“”‘’（）《》【】—…·　％")
    chars.discard("")
    return frozenset(chars)


_PLAUSIBLE = _plausible_chars()
# Characters are counted by deleting them with str.translate, a loop in C: a Python loop
# over 20,000 characters costs more than decoding the file.
_NOT_PLAUSIBLE = dict.fromkeys(map(ord, _PLAUSIBLE))
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _share_of(sample: str, table: dict[int, None]) -> float:
    """Share of the characters of `sample` that `table` deletes (1.0 for an empty sample)."""
    if not sample:
        return 1.0
    return (len(sample) - len(sample.translate(table))) / len(sample)


def _plausibility(text: str) -> float:
    """Share of the non-ASCII characters (first 20,000) that a Chinese text plausibly contains."""
    return _share_of(_ASCII_RUNS.sub("", text[:40000])[:20000], _NOT_PLAUSIBLE)


_MIN_READABLE = 0.8


# the characters a Chinese or ASCII text is made of: printable ASCII, frequent hanzi,
# CJK punctuation and full-width forms (０-９, Ａ-Ｚ, ！…)
_NOT_READABLE = _NOT_PLAUSIBLE | dict.fromkeys(
    [*range(0x21, 0x7F), *range(0x3000, 0x3040), *range(0xFF01, 0xFF5F)]
)


def _readable_share(text: str) -> float:
    """Share of the characters (first 20,000 not blank) that are readable: the keys of _NOT_READABLE."""
    return _share_of("".join(text[:40000].split())[:20000], _NOT_READABLE)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text and name the encoding; ValueError when they are not text.

    Examples
    --------
    >>> decode_text("教育現代化建設".encode("big5"))
    ('教育現代化建設', 'big5')
    >>> decode_text("学前教育".encode("gbk"))
    ('学前教育', 'gb18030')
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name.replace("-sig", "")), name
            except UnicodeDecodeError:
                raise ValueError(f"invalid {name.replace('-sig', '')} text after its byte-order mark") from None
    if b"\x00" in data:
        return _decode_utf16_or_fail(data)
    if _looks_binary(data):
        raise ValueError("binary data, not text")
    try:
        return _decode_cut(data, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Strict UTF-8 failed; a page's declared charset comes next (pages often
    # declare one thing and are another, hence not first).
    if declared:
        try:
            text = _decode_cut(data, declared)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if _readable_share(text) >= _MIN_READABLE:
                return text, declared
    candidates = []
    for name in ("gb18030", "big5"):
        try:
            text = _decode_cut(data, name)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), name, text))
    if candidates:
        score, name, text = max(candidates, key=lambda c: c[0])
        if score >= 0.8:
            return text, name
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect the text encoding")
    text = str(best)
    readable = _readable_share(text)
    if readable < _MIN_READABLE:
        # random bytes decode as something in some code page: letters of no text at all
        raise ValueError(f"binary or undecodable data, not text ({readable:.0%} of it reads as text)")
    return text, best.encoding


def _decode_cut(data: bytes, encoding: str) -> str:
    """`data` decoded strictly, but for a file cut inside its last character: every complete
    character is kept (a multibyte character is at most 4 bytes)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        if e.reason in ("unexpected end of data", "incomplete multibyte sequence") and e.start >= len(data) - 3:
            return data[: e.start].decode(encoding)
        raise


# the C0 control bytes that no text holds (tab, line feed, form feed, carriage return and
# escape are text's own)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\xd0\xcf\x11\xe0")):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * 0.05


def _decode_utf16_or_fail(data: bytes) -> tuple[str, str]:
    """Text with NUL bytes is UTF-16 without a byte-order mark, or binary."""
    best: tuple[float, str, str] | None = None
    if len(data) % 2 == 0:
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            controls = sum(1 for c in text[:4000] if c < " " and c not in "\t\n\r\f")
            if controls > len(text[:4000]) * 0.01:
                continue
            score = _plausibility(text)
            if best is None or score > best[0]:
                best = (score, name, text)
    if best is None or best[0] < 0.8:
        raise ValueError("binary data, not text")
    return best[2], best[1]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    # gb2312/gbk declarations are decoded as their superset.
    return "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name


# --- containers ------------------------------------------------------------


def _pdf_text(data: bytes) -> str:
    import io

    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    from edukg.loaders.expansion import ExpansionError, capped_pdf_streams

    # pdfminer logs a warning for every damaged object it skips; the outcome is
    # reported once, as text or as an error.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    try:
        with capped_pdf_streams():
            text = extract_text(io.BytesIO(data))
    except ExpansionError:
        raise
    except PDFSyntaxError as e:
        raise ValueError(f"not a valid PDF ({e})") from None
    except Exception as e:  # pdfminer raises many unrelated types on damaged files
        raise ValueError(f"cannot read the PDF ({e.__class__.__name__}: {e})") from None
    if not text.strip():
        raise ValueError("PDF has no text layer (a scanned document needs OCR first)")
    return text.replace("\x0c", "\n")
