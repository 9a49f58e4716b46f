"""The bundled sample corpus, for tests: one place that knows where it lives."""

from pathlib import Path

CORPUS_DIR = Path(__file__).parents[1] / "edukg" / "corpus"
SAMPLES = sorted(CORPUS_DIR.glob("*.txt"))

