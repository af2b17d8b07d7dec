"""Every notebook in notebooks/ executes top to bottom on the micro organism (its cells hold their
own assertions), reads its model from ``KEYSENT_NOTEBOOK_MODEL``, and is committed without outputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))
EXPECTED = ["01_quickstart", "02_probing", "03_attention", "04_safekey_before_after", "05_safe_trigger", "06_steering"]
#: The one switch of every notebook: its model (default toy-r1); toy-r1-micro also picks tiny budgets.
MODEL_VARIABLE = "KEYSENT_NOTEBOOK_MODEL"


def test_there_are_the_notebooks():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_committed_without_outputs_and_reads_the_model_variable(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    dirty = [i for i, c in enumerate(code) if c.get("outputs") or c.get("execution_count") is not None]
    assert not dirty, f"{path.name}: code cells {dirty} have outputs; strip them before committing"
    assert sum(c["cell_type"] == "markdown" for c in nb["cells"]) >= 4, f"{path.name}: a story needs prose between the cells"
    source = "\n".join("".join(c["source"]) for c in code)
    assert f'os.environ.get("{MODEL_VARIABLE}", "toy-r1")' in source, f"{path.name} does not read {MODEL_VARIABLE}"
    assert '"toy-r1-micro")' not in source.replace('MODEL == "toy-r1-micro"', ""), f"{path.name} hard-codes the micro model"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_executes(path, tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    cwd, out = tmp_path / "cwd", tmp_path / "out"
    cwd.mkdir()
    env_backup = dict(os.environ)
    try:
        os.environ[MODEL_VARIABLE] = "toy-r1-micro"  # the kernel inherits it; KEYSENT_HOME stays shared
        os.environ["KEYSENT_NOTEBOOK_OUT"] = str(out)  # outputs under tmp_path (cleaned by pytest), not in /tmp
        client = NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(cwd)}})
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(env_backup)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert not list(cwd.iterdir()), "a notebook wrote into its working directory; write under KEYSENT_NOTEBOOK_OUT"
    if path.stem != "01_quickstart":  # every other notebook writes its outputs (figures, run directories) there
        assert any(p.is_file() for p in out.rglob("*.html")), f"{path.name} wrote no figure under KEYSENT_NOTEBOOK_OUT"
