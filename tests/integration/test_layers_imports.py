"""Imports run down the layers: probe modules import only lower probe modules, base modules only base ones.

Every import counts, including the lazy ones inside functions and under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "keysent"

#: rank of each module of keysent.probe: a module may import probe modules of lower rank only
PROBE_RANKS = {
    "metrics": 0, "targets": 0, "design": 0, "logistic": 0,
    "folds": 1, "config": 1,
    "newton": 2, "newton_cg": 2, "result": 2,
    "fit": 3, "directions": 3,
    "pipeline": 4,
    "__main__": 5,
}
#: modules every command builds on; they import nothing of keysent above them
BASE = {"errors", "records", "atomic", "versions", "intervals", "rundir", "home", "progress"}
#: packages above the probes (a probe module other than the command may not import them)
ABOVE_PROBE = ("keysent.attention", "keysent.cli")


def keysent_imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m == "keysent" or m.startswith("keysent.")}


def test_every_probe_module_has_a_rank() -> None:
    assert {p.stem for p in (PKG / "probe").glob("*.py")} - {"__init__"} == set(PROBE_RANKS)


@pytest.mark.parametrize("name", sorted(PROBE_RANKS))
def test_probe_modules_import_downwards(name: str) -> None:
    for mod in keysent_imports(PKG / "probe" / f"{name}.py"):
        if mod.startswith("keysent.probe."):
            other = mod.split(".")[2]
            assert PROBE_RANKS[other] < PROBE_RANKS[name], f"keysent.probe.{name} imports {mod}, a module at or above it"
        elif name != "__main__":
            assert not mod.startswith(ABOVE_PROBE), f"keysent.probe.{name} imports {mod}, above the probes"


@pytest.mark.parametrize("name", sorted(BASE))
def test_base_modules_import_only_base_modules(name: str) -> None:
    for mod in keysent_imports(PKG / f"{name}.py"):
        assert mod == "keysent" or mod.split(".")[1] in BASE, f"keysent.{name} imports {mod}, above the base layer"


def test_no_probe_module_is_over_600_lines() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in (PKG / "probe").glob("*.py")}
    assert max(sizes.values()) <= 600, sizes
