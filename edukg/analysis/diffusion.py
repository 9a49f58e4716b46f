"""Program diffusion: when each region first names a program, and how adopters add up by year and level.

The adopters come from the stored query ``program-diffusion`` (each region's
first plan year naming the program, with the sentence); `adoption_by_year`
counts them cumulatively, in total and per level, for every year from the first
adoption to the last; `chart_png` draws those curves with matplotlib and
`chart_html` puts the chart and the adopters' sentences in one self-contained page.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence

from edukg.analysis import Row, run_stored
from edukg.store.base import Store

__all__ = ["LEVELS", "adoption_by_year", "chart_html", "chart_png", "diffusion"]

LEVELS = ("nation", "province", "city", "county", "other")
# CJK fonts first, for program names; matplotlib falls back along the list glyph by glyph.
_CJK_FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC", "PingFang SC",
              "Microsoft YaHei")


def diffusion(store: Store, program: str, limit: int = 1000) -> dict[str, list[Row]]:
    """``{"adopters": one row per region, "adoption by year": adoption_by_year(adopters)}``."""
    adopters = run_stored(store, "program-diffusion", program=program, limit=limit)
    return {"adopters": adopters, "adoption by year": adoption_by_year(adopters)}


def adoption_by_year(adopters: Sequence[Row]) -> list[Row]:
    """Per program and year, from its first adoption to its last: regions adopting that year
    (``new``), adopters so far (``cumulative``) and adopters so far per level.

    >>> rows = adoption_by_year([{"program": "班班通", "first_year": 2019, "level": "county"},
    ...                          {"program": "班班通", "first_year": 2021, "level": "province"},
    ...                          {"program": "班班通", "first_year": 2021, "level": "county"}])
    >>> [(r["year"], r["new"], r["cumulative"], r["province"], r["county"]) for r in rows]
    [(2019, 1, 1, 0, 1), (2020, 0, 1, 0, 1), (2021, 2, 3, 1, 2)]
    """
    by_program: dict[str, list[Row]] = {}
    for row in adopters:
        by_program.setdefault(row["program"], []).append(row)
    out = []
    for program in sorted(by_program):
        rows = by_program[program]
        years = [r["first_year"] for r in rows]
        so_far = dict.fromkeys(LEVELS, 0)
        total = 0
        for year in range(min(years), max(years) + 1):
            new = [r for r in rows if r["first_year"] == year]
            for r in new:
                so_far[r["level"] if r["level"] in so_far else "other"] += 1
            total += len(new)
            out.append({"program": program, "year": year, "new": len(new), "cumulative": total, **so_far})
    return out


def chart_png(by_year: Sequence[Row]) -> bytes:
    """A PNG of the cumulative adopters per year: in total and per level, one panel per program."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    installed = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [f for f in _CJK_FONTS if f in installed] + ["DejaVu Sans"]  # naming only installed ones: no warnings
    programs = sorted({r["program"] for r in by_year}) or [""]
    with plt.rc_context({"font.family": fonts, "axes.unicode_minus": False}):
        fig, axes = plt.subplots(len(programs), 1, figsize=(7, 3.6 * len(programs)), squeeze=False)
        for ax, program in zip(axes[:, 0], programs, strict=True):
            rows = [r for r in by_year if r["program"] == program]
            years = [r["year"] for r in rows]
            ax.plot(years, [r["cumulative"] for r in rows], marker="o", linewidth=2.5, label="all levels")
            for level in LEVELS:
                if any(r[level] for r in rows):
                    ax.plot(years, [r[level] for r in rows], marker=".", linestyle="--", label=level)
            ax.margins(x=0.1, y=0.1)
            ax.set_title(f"{program}: regions naming it in a plan, cumulative")
            ax.set_xlabel("plan year")
            ax.set_ylabel("regions")
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.yaxis.get_major_locator().set_params(integer=True)
            if rows:
                ax.legend(loc="upper left")
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=110)
        plt.close(fig)
    return buffer.getvalue()


def chart_html(sections: dict[str, list[Row]], png: bytes) -> str:
    """One self-contained page: the chart inline, then every adopter with its document and sentence."""
    cells = ("first_year", "region", "level", "document", "evidence")
    head = "".join(f"<th>{c}</th>" for c in ("program", *cells))
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(r.get(c) if r.get(c) is not None else ''))}</td>"
                         for c in ("program", *cells)) + "</tr>"
        for r in sections["adopters"]
    )
    programs = "、".join(sorted({r["program"] for r in sections["adopters"]})) or "(none)"
    image = base64.b64encode(png).decode("ascii")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(programs)}: diffusion</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>"
        f"<h1>{html.escape(programs)}</h1>"
        f"<img alt=\"cumulative adopters by plan year\" src=\"data:image/png;base64,{image}\">"
        f"<h2>Adopters</h2><table><tr>{head}</tr>{body}</table></body></html>\n"
    )
