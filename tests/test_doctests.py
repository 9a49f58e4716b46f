"""Every module's docstring examples run, and every module that has examples is found."""

import configparser
import doctest
import importlib
import pkgutil
from pathlib import Path

import networkx as nx
import pytest

# the packages setup.cfg installs (their folders lie apart in the source tree)
PACKAGES = ("edukg", "edukg.store", "edukg.ontology", "edukg.loaders", "edukg.loaders.extract", "edukg.queries",
            "edukg.viz", "edukg.analysis", "edukg.serve")


def _modules() -> list[str]:
    names = set(PACKAGES)
    for package in PACKAGES:
        path = importlib.import_module(package).__path__
        names |= {info.name for info in pkgutil.iter_modules(path, package + ".") if not info.ispkg}
    return sorted(names - {"edukg.__main__"})


def _with_examples() -> list[str]:
    """Modules with at least one example that is not skipped."""
    finder = doctest.DocTestFinder()
    return [name for name in _modules()
            if any(not example.options.get(doctest.SKIP)
                   for test in finder.find(importlib.import_module(name)) for example in test.examples)]


WITH_EXAMPLES = _with_examples()


def test_every_package_is_walked():
    setup = configparser.ConfigParser()
    setup.read(Path(__file__).parents[1] / "setup.cfg", encoding="utf-8")
    assert set(setup["options"]["packages"].split()) == set(PACKAGES)
    walked = set(_modules())
    assert {"edukg.loaders.extract.targets", "edukg.store.embedded", "edukg.viz.render", "edukg.ontology.vocab",
            "edukg.queries"} <= walked
    assert len(WITH_EXAMPLES) >= 16


@pytest.mark.parametrize("module", WITH_EXAMPLES)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), extraglobs={"nx": nx})
    assert result.attempted > 0 and result.failed == 0
