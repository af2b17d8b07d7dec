"""Every ``>>>`` example in ``keysent/`` runs (one test per module), as a reader would run it.

Examples run in the module's namespace with ``ELLIPSIS`` and ``NORMALIZE_WHITESPACE``, offline
(conftest), from the repository root (so ``../shared/data`` paths resolve as in the docs).
Model-dependent examples load the micro organism ``toy-r1-micro`` (cached under
``KEYSENT_HOME``, built on first use); ``# doctest: +SKIP`` is left only where an example cannot
run here (a browser, a GPU, a hub download). Run one module's examples with
``pytest tests/integration/test_docs_doctests.py -k keysent.probe.fit``.
"""

from __future__ import annotations

import doctest
import importlib
import io
import pkgutil
from pathlib import Path

import pytest

import keysent

ROOT = Path(__file__).resolve().parents[2]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def modules_with_examples() -> list[str]:
    names = sorted(m.name for m in pkgutil.walk_packages(keysent.__path__, "keysent."))
    out = []
    for name in ["keysent", *names]:
        mod = importlib.import_module(name)
        if any(t.examples for t in doctest.DocTestFinder().find(mod)):
            out.append(name)
    return out


MODULES = modules_with_examples()


def test_the_runner_finds_the_documented_modules() -> None:
    # 38 modules carried examples when doctests were switched on; a collection bug must not pass silently
    assert len(MODULES) >= 38, MODULES
    assert {"keysent.probe.fit", "keysent.rundir", "keysent.traces.locate", "keysent.probe.pipeline"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_examples_run(name: str, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    mod = importlib.import_module(name)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report = io.StringIO()
    for test in doctest.DocTestFinder().find(mod, globs=vars(mod).copy()):
        if test.examples:
            runner.run(test, out=report.write)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples of {name} failed:\n{report.getvalue()}"


def test_a_wrong_example_fails() -> None:
    """The runner really compares outputs (guards against a runner that passes everything)."""
    bad = doctest.DocTestParser().get_doctest(">>> 1 + 1\n3\n", {}, "bad", "bad.py", 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(bad, out=lambda s: None)
    assert runner.summarize(verbose=False).failed == 1
