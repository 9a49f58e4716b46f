"""Measured accuracy of `edukg extract`, scored by tests/data/score_extract.py: on the sample
corpus's gold documents and held-out ones (tests/data/heldout: annotated without tuning the rules
on them), and on real documents from outside it (tests/data/real: a development group and a
set-aside group never read while writing rules; see tests/data/real/SOURCES.md).

The per-type tables, and for the real documents one per kind of document, are printed (they
show in the test log even without -s).
"""

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from edukg.cli import cli
from bundled_corpus import CORPUS_DIR

ROOT = Path(__file__).parents[1]
GOLD = ROOT / "tests" / "data" / "gold"
HELDOUT = ROOT / "tests" / "data" / "heldout"
REAL = ROOT / "tests" / "data" / "real"

# type → (minimum recall, minimum precision or None)
THRESHOLDS = {
    "targets": (0.90, 0.85),
    "programs": (0.80, 0.80),
    "references": (0.90, None),
    "responsibilities": (0.60, None),
}
# floors on the held-out documents: below what the rules reach there, above what a regression leaves
HELDOUT_THRESHOLDS = {
    "targets": (0.85, 0.85),
    "programs": (0.85, 0.80),
    "agencies": (0.80, 0.80),
    "references": (0.80, 0.80),
    "responsibilities": (0.80, 0.45),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extract", ROOT / "tests" / "data" / "score_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the kinds of document the real corpus's tables are given for, by the annotated kind
KIND_GROUPS = {
    "工作要点": "工作要点/工作计划", "工作计划": "工作要点/工作计划", "实施方案": "实施方案/行动计划",
    "行动计划": "实施方案/行动计划", "规划": "规划", "意见": "通知/意见", "通知": "通知/意见", "报告": "报告",
    "新闻": "新闻",
}


def _score(folder: Path, documents: Path = CORPUS_DIR, by_kind: bool = False):
    """Totals per type over the documents annotated in `folder` (the documents in `documents`):
    type → [tp_core, n_core, tp_pred, n_pred], meta → [right, all]; with `by_kind`, such totals
    for each kind of document too."""
    scorer = _scorer()
    golds = {p.stem: json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json")) if p.stem != "cross"}
    result = CliRunner().invoke(cli, ["extract", *(str(documents / g["file"]) for g in golds.values())])
    assert result.exit_code == 0, result.stderr
    preds = {Path(o["source"]).stem: o for o in map(json.loads, result.stdout.splitlines())}
    assert set(preds) == set(golds)
    groups: dict[str, dict[str, list[int]]] = {}
    for name, gold in golds.items():
        keys = ["all", KIND_GROUPS.get(gold["document"]["kind"], "其他")] if by_kind else ["all"]
        for key in keys:
            _add(groups.setdefault(key, {}), scorer.score_doc(preds[name], gold))
    return (scorer, groups) if by_kind else (scorer, groups["all"])


def _add(totals: dict[str, list[int]], scored: dict) -> None:
    for kind, value in scored.items():
        if kind == "meta":
            for field, ok in value.items():
                t = totals.setdefault(f"meta.{field}", [0, 0])
                t[0] += bool(ok)
                t[1] += 1
            continue
        t = totals.setdefault(kind, [0, 0, 0, 0])
        for i, n in enumerate(value[:4]):
            t[i] += n


@pytest.fixture(scope="module")
def scores():
    return _score(GOLD)


@pytest.fixture(scope="module")
def heldout_scores():
    return _score(HELDOUT)


def _print_table(title, scores, request):
    scorer, totals = scores
    lines = [f"{'type':<18}{'precision':>10}{'recall':>8}{'F1':>8}{'gold core':>11}{'predicted':>11}"]
    for kind, t in totals.items():
        if kind.startswith("meta."):
            lines.append(f"{kind:<18}{'':>10}{t[0] / t[1]:>8.3f}{'':>8}{t[1]:>11}")
        else:
            p, r, f = scorer.prf(*t)
            lines.append(f"{kind:<18}{p:>10.3f}{r:>8.3f}{f:>8.3f}{t[1]:>11}{t[3]:>11}")
    report = "\n".join(["", title, *lines])
    capman = request.config.pluginmanager.getplugin("capturemanager")
    with capman.global_and_fixture_disabled():
        print(report)


@pytest.fixture(scope="module")
def real_scores():
    """(scorer, kind of document → totals) of the real documents' development group."""
    return _score(REAL / "gold", REAL, by_kind=True)


@pytest.fixture(scope="module")
def real_heldout_scores():
    """(scorer, kind of document → totals) of the real documents' set-aside group."""
    return _score(REAL / "heldout", REAL, by_kind=True)


@pytest.fixture(scope="module", autouse=True)
def table(scores, heldout_scores, real_scores, real_heldout_scores, request):
    _print_table("extraction accuracy on the gold documents", scores, request)
    _print_table("extraction accuracy on the held-out documents", heldout_scores, request)
    for title, (scorer, groups) in (
        ("real documents, development group", real_scores),
        ("real documents, set-aside group", real_heldout_scores),
    ):
        for group, totals in sorted(groups.items(), key=lambda kv: kv[0] != "all"):
            _print_table(f"{title}: {'every kind' if group == 'all' else group}", (scorer, totals), request)


@pytest.mark.parametrize("kind", sorted(THRESHOLDS))
def test_accuracy(scores, kind):
    scorer, totals = scores
    precision, recall, _ = scorer.prf(*totals[kind])
    min_recall, min_precision = THRESHOLDS[kind]
    assert recall >= min_recall, f"{kind} recall {recall:.3f} < {min_recall}"
    if min_precision is not None:
        assert precision >= min_precision, f"{kind} precision {precision:.3f} < {min_precision}"


@pytest.mark.parametrize("field", ["region", "plan_year", "kind"])
def test_metadata(scores, field):
    _, totals = scores
    right, total = totals[f"meta.{field}"]
    assert right == total, f"metadata {field}: {right}/{total} correct"


@pytest.mark.parametrize("kind", sorted(HELDOUT_THRESHOLDS))
def test_heldout_accuracy(heldout_scores, kind):
    scorer, totals = heldout_scores
    precision, recall, _ = scorer.prf(*totals[kind])
    min_recall, min_precision = HELDOUT_THRESHOLDS[kind]
    assert recall >= min_recall, f"held-out {kind} recall {recall:.3f} < {min_recall}"
    assert precision >= min_precision, f"held-out {kind} precision {precision:.3f} < {min_precision}"


# floors on the real documents: below what the rules reach there, above what a regression leaves
REAL_THRESHOLDS = {
    "development": {"targets": 0.86, "programs": 0.77, "agencies": 0.84, "references": 0.94, "responsibilities": 0.53},
    "set-aside": {"targets": 0.77, "programs": 0.71, "agencies": 0.76, "references": 0.92, "responsibilities": 0.36},
}
REAL_METADATA = {"development": 0.83, "set-aside": 0.75}


@pytest.mark.parametrize("group", sorted(REAL_THRESHOLDS))
@pytest.mark.parametrize("kind", sorted(REAL_THRESHOLDS["development"]))
def test_real_accuracy(real_scores, real_heldout_scores, group, kind):
    scorer, groups = real_scores if group == "development" else real_heldout_scores
    _, _, f1 = scorer.prf(*groups["all"][kind])
    floor = REAL_THRESHOLDS[group][kind]
    assert f1 >= floor, f"{group} {kind} F1 {f1:.3f} < {floor}"


@pytest.mark.parametrize("group", sorted(REAL_METADATA))
@pytest.mark.parametrize("field", ["region", "plan_year", "kind"])
def test_real_metadata(real_scores, real_heldout_scores, group, field):
    _, groups = real_scores if group == "development" else real_heldout_scores
    right, total = groups["all"][f"meta.{field}"]
    assert right / total >= REAL_METADATA[group], f"{group} {field}: {right}/{total} right"


def test_every_real_document_is_read(tmp_path):
    """Extraction never fails on a real document, annotated or not."""
    documents = sorted(p for p in REAL.iterdir() if p.is_file() and p.suffix != ".md")
    result = CliRunner().invoke(cli, ["extract", *map(str, documents)])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(documents)
