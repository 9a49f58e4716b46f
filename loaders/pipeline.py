"""Composes the stages; the single place that knows their order.

read → normalize → structure → extract → resolve (→ load, in load.py)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from edukg.errors import InputError
from edukg.loaders.extract import extract_facts
from edukg.loaders.model import DocumentFacts, Metadata, Skipped
from edukg.loaders.normalize import normalize
from edukg.loaders.read import iter_paths, read_document
from edukg.loaders.resolve import resolve
from edukg.loaders.structure import structure

__all__ = ["process_file", "iter_facts"]


def process_file(path: str | Path, manifest: Mapping[str, Metadata] | None = None) -> DocumentFacts:
    """Run one file through every stage up to resolved facts; InputError if it cannot be read."""
    raw = read_document(path)
    given = manifest.get(raw.source) if manifest else None
    doc = structure(normalize(raw), given)
    return resolve(extract_facts(doc))


def iter_facts(
    paths: Iterable[str | Path], manifest: Mapping[str, Metadata] | None = None
) -> Iterator[DocumentFacts | Skipped]:
    """Facts for every supported file under `paths`; unsupported or unreadable files become Skipped."""
    for item in iter_paths(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield process_file(item, manifest)
        except InputError as e:
            yield Skipped(str(item), str(e))
