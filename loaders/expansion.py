"""Limits on how far compressed input may expand: zip bombs in .docx, PDF stream bombs.

A .docx is a zip archive: every member's declared size, its ratio to the
compressed size and the real decompressed size (streamed, never held) are
checked before python-docx sees the archive. PDF streams are decoded by
pdfminer; while ``capped_pdf_streams()`` is active its decoders stop a stream
past ``MAX_PDF_STREAM`` bytes instead of building it in memory. Together they
keep one input well under 200 MB of memory.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["check_zip", "capped_pdf_streams", "ExpansionError", "MAX_UNZIPPED", "MAX_UNZIPPED_XML",
           "MAX_RATIO", "MAX_PDF_STREAM", "MAX_MEMBERS"]

_MB = 2**20
MAX_UNZIPPED = 96 * _MB  # all members of one archive together (images included)
MAX_UNZIPPED_XML = 12 * _MB  # the XML parts lxml builds trees of (a 15 MB part peaks at 180 MB)
MAX_RATIO = 100  # a real document's parts compress 3 to 20 times; bombs compress a thousand times
_RATIO_FLOOR = _MB  # smaller members may compress as they like: they cannot hurt
MAX_MEMBERS = 5000  # each member costs a ZipInfo in memory; a .docx has a few dozen
MAX_PDF_STREAM = 32 * _MB
_CHUNK = _MB


class ExpansionError(ValueError):
    """Compressed input that would expand past a limit; the message says which and how far."""


def _mb(n: int) -> str:
    return f"{n / _MB:.0f} MB"


def _declared_members(data: bytes) -> int | None:
    """The member count the end-of-central-directory record declares, read before zipfile builds
    one object per member; None when there is no such record (zipfile then reports the damage)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if end < 0 or end + 22 > len(data):
        return None
    return struct.unpack_from("<H", data, end + 10)[0]


def check_zip(data: bytes) -> None:
    """Refuse a zip archive that expands too far; ExpansionError naming the member and the limit.

    Anything that is not a readable archive passes: the parser that follows reports it.
    """
    members = _declared_members(data)
    if members is not None and members > MAX_MEMBERS:
        raise ExpansionError(f"archive declares {members} members, over the {MAX_MEMBERS} limit")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ExpansionError(f"archive has {len(infos)} members, over the {MAX_MEMBERS} limit")
        total = xml = 0
        for info in infos:
            if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise ExpansionError(
                    f"{info.filename} expands {ratio}-fold to {_mb(info.file_size)} "
                    f"(a zip bomb; the limit is {MAX_RATIO}-fold)"
                )
            total += info.file_size
            xml += info.file_size if _is_xml(info.filename) else 0
            _check_totals(total, xml)
        # Declared sizes can lie: stream every member and count what really comes out.
        total = xml = 0
        for info in infos:
            real = _streamed_size(archive, info)
            total += real
            xml += real if _is_xml(info.filename) else 0
            _check_totals(total, xml)


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _check_totals(total: int, xml: int) -> None:
    if total > MAX_UNZIPPED:
        raise ExpansionError(f"archive expands past {_mb(total)}, over the {_mb(MAX_UNZIPPED)} limit")
    if xml > MAX_UNZIPPED_XML:
        raise ExpansionError(f"its XML parts expand past {_mb(xml)}, over the {_mb(MAX_UNZIPPED_XML)} limit")


def _streamed_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Bytes a member really decompresses to, read in chunks and stopped past its declared size."""
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise ExpansionError(f"{info.filename} expands past its declared {info.file_size} bytes")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as e:
        raise ValueError(f"not a valid .docx file ({info.filename}: {e})") from None
    return size


# --- PDF streams -----------------------------------------------------------


def _too_large() -> ExpansionError:
    return ExpansionError(f"a compressed stream expands past the {_mb(MAX_PDF_STREAM)} limit (a decompression bomb)")


class _CappedDecompressor:
    """zlib.decompressobj() whose total output stops at MAX_PDF_STREAM."""

    def __init__(self) -> None:
        self._inner = zlib.decompressobj()
        self._size = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inner.decompress(data, max_length)
        self._size += len(out)
        if self._size > MAX_PDF_STREAM:
            raise _too_large()
        return out


class _CappedZlib:
    """What pdfminer.pdftypes uses of zlib (decompress, decompressobj, error), with the output capped."""

    error = zlib.error

    @staticmethod
    def decompress(data: bytes) -> bytes:
        inner = zlib.decompressobj()
        out = inner.decompress(data, MAX_PDF_STREAM + 1)
        if len(out) > MAX_PDF_STREAM:
            raise _too_large()
        if not inner.eof:  # zlib.decompress refuses a truncated stream; pdfminer then salvages it
            raise zlib.error("incomplete or truncated stream")
        return out

    @staticmethod
    def decompressobj() -> _CappedDecompressor:
        return _CappedDecompressor()


def _lzwdecode(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out = bytearray()
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        out += chunk
        if len(out) > MAX_PDF_STREAM:
            raise _too_large()
    return bytes(out)


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF reference 3.3.4) into a bytearray, stopped at MAX_PDF_STREAM."""
    out = bytearray()
    i = 0
    while i < len(data) and (length := data[i]) != 128:
        if length < 128:
            out += data[i + 1:i + 2 + length]
            i += length + 2
        else:
            out += data[i + 1:i + 2] * (257 - length)
            i += 2
        if len(out) > MAX_PDF_STREAM:
            raise _too_large()
    return bytes(out)


@contextmanager
def capped_pdf_streams() -> Iterator[None]:
    """pdfminer's Flate, LZW and RunLength decoders capped at MAX_PDF_STREAM while inside."""
    from pdfminer import pdftypes

    saved = pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode
    pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = (  # type: ignore[assignment]
        _CappedZlib, _lzwdecode, _rldecode
    )
    try:
        yield
    finally:
        pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = saved
