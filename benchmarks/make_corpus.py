"""Deterministic synthetic corpus of local education plans, for benchmarks.

    python benchmarks/make_corpus.py N OUT [--seed S]

Writes N text files to OUT. Document i depends only on (seed, i), so the first
1,000 documents of a 10,000-document corpus are the 1,000-document corpus.
Documents take the shapes of real bureau plans: web-page chrome, a title,
a preamble, numbered sections at two levels, quantitative targets and reported
values, quoted programs, cited policy documents, a division of
responsibilities among agencies, boilerplate; a tenth are Traditional pages
with pinyin glosses, a sixth are GB18030-encoded. Regions are real
(the division table edukg ships), years run 2010-2025, values vary.

Needs pypinyin and opencc (see benchmarks/requirements.txt).
"""

from __future__ import annotations

import argparse
import functools
import json
import random
from dataclasses import dataclass
from pathlib import Path

from edukg.loaders.gazetteer import division_names

__all__ = ["BureauRegion", "regions", "make_document", "write_corpus"]

_PARTS = json.loads((Path(__file__).with_name("corpus_parts.json")).read_text(encoding="utf-8"))
_NUMERALS = "一二三四五六七八九十"
_KINDS = ("工作要点", "工作计划", "实施方案", "规划")
_BUREAUS = ("教育局", "教育体育局", "教育和体育局")
_FIVE_YEAR = {2011: "十二五", 2016: "十三五", 2021: "十四五"}


@dataclass(frozen=True)
class BureauRegion:
    name: str
    level: str  # 省 | 市 | 县 (the word used in 全省/全市/全县)
    province: str
    city: str | None


@functools.cache
def regions() -> tuple[BureauRegion, ...]:
    """Every county- and city-level unit of the gazetteer, with its province and city."""
    names = division_names()
    out = []
    for code, name in sorted(names.items()):
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or code.endswith("0000"):
            continue
        province = names.get(code[:2] + "0000")
        if province is None:
            continue
        if code.endswith("00"):
            out.append(BureauRegion(name, "市", province, name))
            continue
        city = names.get(code[:4] + "00")
        if city in (None, "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            city = None
        level = "区" if name.endswith("区") else "市" if name.endswith("市") else "县"
        out.append(BureauRegion(name, level, province, city))
    return tuple(out)


def _thought(year: int) -> str:
    congress = "十七大" if year < 2013 else "十八大" if year < 2018 else "十九大" if year < 2023 else "二十大"
    if year < 2018:
        return f"党的{congress}精神和科学发展观"
    return f"习近平新时代中国特色社会主义思想和党的{congress}精神"


def _plan_name(year: int) -> str:
    start = max(y for y in _FIVE_YEAR if y <= max(year, 2011))
    return _FIVE_YEAR[start]


def _value(rng: random.Random, low: float, high: float, decimals: int = 0) -> str:
    v = round(rng.uniform(low, high), decimals)
    return f"{v:.{decimals}f}" if decimals else str(int(v))


def _fill(template: str, **kw: str) -> str:
    return template.format(**kw)


class _Writer:
    """Composes one document from the parts, with its own random stream."""

    def __init__(self, rng: random.Random, region: BureauRegion, year: int, kind: str) -> None:
        self.rng = rng
        self.region = region
        self.year = year
        self.kind = kind
        self.lvl = region.level
        self.issuer = region.name + rng.choice(_BUREAUS)
        self.programs = rng.sample(_PARTS["programs"], rng.randint(4, 9))

    def pick(self, key: str) -> str:
        return self.rng.choice(_PARTS[key])

    def goal(self) -> str:
        return self.pick("program_goals")

    def percent_target(self, year: int | None = None) -> str:
        ind = self.rng.choice(_PARTS["percent_indicators"])
        name = self.rng.choice(ind["names"])
        v = _value(self.rng, ind["low"], ind["high"], ind["decimals"])
        when = f"到{year}年," if year else ""
        form = self.rng.randrange(3)
        if form == 0:
            return f"{when}{name}达到{v}%以上"
        if form == 1:
            return f"{when}{name}提高到{v}%"
        return f"{when}{name}不低于{v}%"

    def ceiling_target(self) -> str:
        ind = self.rng.choice(_PARTS["ceiling_indicators"])
        v = _value(self.rng, ind["low"], ind["high"], 1 if ind["high"] < 3 else 0)
        return f"{self.rng.choice(ind['names'])}控制在{v}%以内"

    def count_target(self) -> str:
        c = self.rng.choice(_PARTS["counts"])
        n = self.rng.randint(c["low"], c["high"])
        if n >= 10000 and self.rng.random() < 0.5:
            return f"{c['verb']}{c['object']}{n / 10000:g}万{c['unit']}"
        return f"{c['verb']}{c['object']}{n}{c['unit']}"

    def money_target(self) -> str:
        m = self.rng.choice(_PARTS["money"])
        v = _value(self.rng, m["low"], m["high"], 2 if m["unit"] == "亿元" else 0)
        what = self.rng.choice(("教育项目", "学校建设工程", "校舍改造", "教育信息化项目"))
        return f"全年实施{what}{self.rng.randint(3, 60)}个,{m['lead']}{v}{m['unit']}"

    def observation(self) -> str:
        ind = self.rng.choice(_PARTS["percent_indicators"])
        v = _value(self.rng, ind["low"], ind["high"], ind["decimals"])
        return f"{self.year - 1}年,全{self.lvl}{self.rng.choice(ind['names'])}已达到{v}%。"

    def program_sentence(self) -> str:
        p = self.rng.choice(self.programs)
        return _fill(self.pick("program_frames"), p=p, goal=self.goal())

    def reference_sentence(self) -> str:
        return _fill(self.pick("reference_frames"), r=self.pick("references"), goal=self.goal())

    def target_sentence(self) -> str:
        parts = []
        for _ in range(self.rng.randint(1, 2)):
            kind = self.rng.random()
            if kind < 0.45:
                parts.append(self.percent_target(self.rng.choice((None, self.year, self.year + 2))))
            elif kind < 0.75:
                parts.append(self.count_target())
            elif kind < 0.9:
                parts.append(self.money_target())
            else:
                parts.append(self.ceiling_target())
        return "积极推进各项工作," + ",".join(parts) + "。"

    def paragraph(self) -> str:
        choices = (
            (0.16, self.target_sentence),
            (0.22, self.program_sentence),
            (0.06, self.reference_sentence),
            (0.06, self.observation),
            (0.07, self.office_duty),
            (0.43, lambda: self.pick("fillers")),
        )
        out = []
        for _ in range(self.rng.randint(3, 7)):
            r, acc = self.rng.random(), 0.0
            for weight, make in choices:
                acc += weight
                if r < acc:
                    out.append(make())
                    break
            else:
                out.append(self.pick("fillers"))
        return "".join(out)

    def office_duty(self) -> str:
        return f"{self.rng.choice(_PARTS['offices'])}{self.rng.choice(_PARTS['office_duties'])}。"

    def responsibilities(self, number: str) -> list[str]:
        lines = [f"{number}、职责分工"]
        prefix = self.region.name if self.rng.random() < 0.5 else self.lvl
        for k, agency in enumerate(self.rng.sample(_PARTS["agencies"], self.rng.randint(3, 7))):
            duty = self.rng.choice(agency["duties"])
            lines.append(f"({_NUMERALS[k]}){prefix}{agency['name']}:{duty}。")
        return lines

    def header(self) -> list[str]:
        lines = []
        style = self.rng.randrange(3)
        published = f"{self.year - 1 if self.kind != '规划' else self.year}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"
        if style == 0:
            lines.append(self.pick("web_headers"))
            lines.append(f"时间:{published} {self.rng.randint(8, 18):02d}:{self.rng.randint(0, 59):02d}:00 来源:{self.issuer}\n")
        elif style == 1:
            lines.append(f"索引号 | {self.rng.randint(10**7, 10**8 - 1)}-{self.rng.randint(0, 9)}-/{self.year - 1}-{self.rng.randint(1000000, 9999999)} | 发布机构 | {self.issuer} |")
            lines.append(f"公开目录 | 规划计划 | 发布日期 | {published} |")
        return lines

    def title(self) -> str:
        if self.kind == "规划":
            return f"{self.region.name}教育事业发展“{_plan_name(self.year)}”规划"
        if self.kind == "实施方案":
            return f"{self.region.name}{self.rng.choice(self.programs)}实施方案"
        return f"{self.issuer}{self.year}年{self.kind}"

    def body(self) -> list[str]:
        lines = [self.title(), ""]
        preamble = _fill(self.pick("preambles"), year=str(self.year), lvl=self.lvl, kind=self.kind,
                         thought=_thought(self.year), upper=f"{self.region.province}教育工作会议精神",
                         meaning=_fill(self.pick("meanings"), plan=_plan_name(self.year)))
        lines += [preamble, ""]
        headings = self.rng.sample(_PARTS["headings"], self.rng.randint(4, 8))
        sub_style = self.rng.randrange(3)
        item = 0
        for s, heading in enumerate(headings):
            lines.append(f"{_NUMERALS[s]}、{heading}")
            for k in range(self.rng.randint(2, 5)):
                item += 1
                label = (f"({_NUMERALS[k]})", f"{item}.", f"{_NUMERALS[k]}是")[sub_style]
                sub = self.rng.choice(_PARTS["headings"])
                lines.append(f"{label}{sub}。{self.paragraph()}")
            lines.append("")
        lines += self.responsibilities(_NUMERALS[len(headings)])
        lines.append("")
        lines.append(self.issuer)
        lines.append(f"{self.year if self.kind == '规划' else self.year - 1}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日")
        return lines

    def footer(self) -> list[str]:
        if self.rng.random() < 0.4:
            return ["", _fill(self.pick("web_footers"), issuer=self.issuer)]
        return []


@functools.cache
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _glossed_traditional(text: str, rng: random.Random) -> str:
    """Traditional text where some converted characters carry a pinyin gloss: 區(qū)."""
    from pypinyin import Style, pinyin

    trad = _s2t().convert(text)
    out = []
    for simp, tch in zip(text, trad) if len(trad) == len(text) else ((c, c) for c in trad):
        out.append(tch)
        if tch != simp and (ord(tch) * 7 + rng.randrange(2)) % 3 == 0:
            out.append(f"({pinyin(simp, style=Style.TONE)[0][0]})")
    return "".join(out)


def make_document(seed: int, i: int) -> tuple[str, bytes]:
    """File name and bytes of document i of the corpus for `seed`."""
    rng = random.Random(f"{seed}:{i}")
    region = rng.choice(regions())
    year = rng.randint(2010, 2025)
    kind = rng.choices(_KINDS, weights=(5, 5, 3, 1))[0]
    w = _Writer(rng, region, year, kind)
    text = "\n".join(w.header() + w.body() + w.footer()) + "\n"
    traditional = rng.random() < 0.1
    if traditional:
        text = _glossed_traditional(text, rng)
    encoding = "gb18030" if not traditional and rng.random() < 0.17 else "utf-8"
    return f"{i:05d}_{kind}.txt", text.encode(encoding)


def write_corpus(n: int, out: Path, seed: int = 0) -> list[Path]:
    """Write documents 0..n-1 to `out` (created if needed) and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        name, data = make_document(seed, i)
        path = out / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = write_corpus(args.n, args.out, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
