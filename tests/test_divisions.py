"""The division table edukg ships in place of the cpca package: its source, its shape, and no pandas."""

import importlib.util
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from edukg.loaders.gazetteer import division_names, gazetteer

ROOT = Path(__file__).resolve().parents[1]
TABLE = files("edukg.ontology") / "data" / "divisions.tsv"


def test_the_table_names_its_source_and_holds_every_level():
    header = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert "cpca 0.5.5" in "\n".join(header) and "scripts/make_divisions.py" in "\n".join(header)
    names = division_names()
    assert all(len(code) == 6 and code.isdigit() for code in names)
    assert sum(code.endswith("0000") for code in names) == 34  # provinces, municipalities, regions, SARs
    assert names["110000"] == "北京市" and names["530000"] == "云南省"
    (unit,) = gazetteer().lookup("昆明市")
    assert (unit.province, unit.city, unit.code) == ("云南省", "昆明市", "530100")


@pytest.mark.skipif(importlib.util.find_spec("cpca") is None, reason="cpca, the table's source, is not installed")
def test_the_script_writes_the_shipped_table_from_its_source(tmp_path):
    source = Path(importlib.util.find_spec("cpca").submodule_search_locations[0]) / "resources" / "adcodes.csv"
    out = tmp_path / "divisions.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_divisions.py"), str(source), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == TABLE.read_text(encoding="utf-8")


def test_edukg_needs_neither_cpca_nor_pandas():
    requires = (ROOT / "setup.cfg").read_text(encoding="utf-8")
    assert "cpca" not in requires and "gb2260" in requires
    code = ("import sys; from edukg.loaders.pipeline import process_file; from edukg.demo import sample_corpus\n"
            "with sample_corpus() as folder: process_file(sorted(folder.glob('*.txt'))[0])\n"
            "print(sorted(m for m in ('cpca', 'pandas') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"
