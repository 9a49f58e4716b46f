"""An offline gazetteer of Chinese administrative divisions, with historical names.

Current units come from the division-code table shipped with the ``cpca``
package (read as data, without importing cpca). Units renamed, merged or moved
since are read from ``data/region_changes.tsv``: the old name becomes a unit of
its own, with its historical hierarchy, the current unit's code, and the
current name as an alias (the current unit gains the old name as an alias too).
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from edukg.loaders.model import Region

__all__ = ["Gazetteer", "gazetteer", "Mention"]

_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}
_MUNICIPALITIES = {"11", "12", "31", "50"}
# Names that are also ordinary words in policy prose ("新城区建设", "城关"): found in a
# title or an issuer only, never counted in the body.
_WORDLIKE = {"新城区", "城关区", "市中区", "新市区", "城中区", "城北区", "城东区", "城西区", "城南区", "郊区", "矿区", "城区"}


_SHORT = re.compile(r"(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市|县|区)$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str


class Gazetteer:
    """Look-up of administrative units by name, and scanning of text for their names."""

    def __init__(self, units: list[Region]) -> None:
        self._by_name: dict[str, list[Region]] = {}
        for unit in units:
            self._by_name.setdefault(unit.name, []).append(unit)
        self._ends = re.compile("[" + "".join(sorted({re.escape(n[-1]) for n in self._by_name})) + "]")
        self._max_len = max(map(len, self._by_name))
        # Short names as titles write them: 绵阳 for 绵阳市, 广西 for 广西壮族自治区.
        self._by_short: dict[str, list[Region]] = {}
        for name, found in self._by_name.items():
            short = _SHORT.sub("", name)
            if len(short) >= 2 and short != name and short not in self._by_name:
                self._by_short.setdefault(short, []).extend(found)

    def lookup(self, name: str) -> list[Region]:
        """Every unit called `name` (or, failing that, so called for short), current ones first."""
        return list(self._by_name.get(name) or self._by_short.get(name, ()))

    def short_mentions(self, text: str) -> list[Mention]:
        """Short names (绵阳, 广西) in a short text such as a title, where no full name stands."""
        out: list[Mention] = []
        pos = 0
        while pos < len(text) - 1:
            for length in (4, 3, 2):
                cand = text[pos : pos + length]
                if len(cand) == length and cand in self._by_short:
                    out.append(Mention(pos, pos + length, cand))
                    pos += length - 1
                    break
            pos += 1
        return out

    def mentions(self, text: str, min_len: int = 2, wordlike: bool = True) -> list[Mention]:
        """Names of units in `text`, longest match at each end position, left to right."""
        out: list[Mention] = []
        last = -1
        names = self._by_name
        for end in self._ends.finditer(text):
            i = end.start()
            for length in range(min(self._max_len, i + 1), min_len - 1, -1):
                start = i + 1 - length
                cand = text[start : i + 1]
                if cand in names and start > last:
                    if not wordlike and cand in _WORDLIKE:
                        break
                    out.append(Mention(start, i + 1, cand))
                    last = i
                    break
        return out


def _cpca_table() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (administrative-division table) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def _current_units() -> list[Region]:
    names: dict[str, str] = {}
    with _cpca_table().open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["adcode"][:6]] = row["name"]
    units = []
    for code, name in names.items():
        if name in _PLACEHOLDERS:
            continue
        province = names.get(code[:2] + "0000")
        if code[2:] == "0000":  # a province; the four municipalities are cities too
            city_name = name if code[:2] in _MUNICIPALITIES else None
            units.append(Region(name=name, province=name, city=city_name, code=code))
            continue
        city = province if code[:2] in _MUNICIPALITIES else names.get(code[:4] + "00")
        if city in _PLACEHOLDERS:
            city = None
        if code[4:] == "00":
            units.append(Region(name=name, province=province, city=name, code=code))
        else:
            units.append(Region(name=name, province=province, city=city, county=name, code=code))
    return units


def _with_changes(units: list[Region]) -> list[Region]:
    """Apply the change table: old and new names become units of their own, each the other's alias.

    The bundled code table may predate a change (it still lists the old unit) or
    follow it (only the new one): either way both end up present, sharing a code.
    """
    table: dict[tuple[str | None, str | None, str | None], Region] = {
        (u.province, u.city, u.county): u for u in units
    }
    path = files("edukg.loaders") / "data" / "region_changes.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    for _, op, oc, oco, np_, nc, nco in sorted(rows):
        old_key, new_key = (op, oc, oco or None), (np_, nc, nco or None)
        if old_key == new_key:
            continue
        old, new = table.get(old_key), table.get(new_key)
        code = new.code if new else old.code if old else None
        old = old or Region(name=oco or oc, province=op, city=oc, county=oco or None, code=code)
        new = new or Region(name=nco or nc, province=np_, city=nc, county=nco or None, code=code)
        if old.name != new.name:
            old = replace(old, aliases=tuple(sorted({*old.aliases, new.name})))
            new = replace(new, aliases=tuple(sorted({*new.aliases, old.name})))
        table[old_key], table[new_key] = old, new
    return list(table.values())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process (~3,500 current and ~150 historical units)."""
    return Gazetteer(_with_changes(_current_units()))
