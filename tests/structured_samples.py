"""Plain text → StructuredDocument through the real normalize and structure stages."""

from __future__ import annotations

import hashlib

from edukg.loaders.model import Metadata, RawDocument, Region, StructuredDocument
from edukg.loaders.normalize import normalize
from edukg.loaders.structure import structure

# a region that no sample document names
COUNTY = Region(name="青山县", province="云岭省", city="江城市", county="青山县")
CITY = Region(name="江城市", province="云岭省", city="江城市")


def structured(
    text: str,
    region: Region | None = COUNTY,
    plan_year: int | None = 2021,
    issuer: str | None = None,
    kind: str | None = "工作计划",
    title: str | None = None,
    published: str | None = None,
) -> StructuredDocument:
    """The document `text` as the extractors see it, with the given metadata."""
    data = text.encode("utf-8")
    raw = RawDocument("sample.txt", hashlib.sha256(data).hexdigest(), "utf-8", text, size=len(data))
    given = Metadata(title=title, region=region, plan_year=plan_year, issuer=issuer, kind=kind, published=published)
    return structure(normalize(raw), given)
