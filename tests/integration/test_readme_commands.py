"""Every command the README shows exists and takes the options it is shown with.

The README's claims are tied to commands a newcomer can run; this test reads every
``python -m keysent.<command> ...``, ``python analyses/<script>.py ...`` and
``python benchmarks/<script>.py ...`` in the README and in ``analyses/README.md`` (code blocks,
with their ``\\`` continuations, and inline code) and checks that the module or script exists and
that each ``--option`` it is given appears in its ``--help``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "analyses" / "README.md"]
COMMAND = re.compile(r"python (?:-m (keysent\.[a-z_]+)|((?:analyses|benchmarks)/[a-z_0-9]+\.py))((?:[^`\n;|])*)")
SUBCOMMANDS = {"keysent.organism": ("build", "quality", "list")}


def commands(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(module or script, options)`` of every command in ``text``."""
    text = re.sub(r"(?<=\s)#\s[^\n]*", "", text)  # shell comments (a '#' inside a spec stays)
    text = re.sub(r"\\\n\s*", " ", text)  # join continued lines
    out = []
    for mod, path, rest in COMMAND.findall(text):
        target = mod or path
        words = rest.split()
        sub = words[0] if words and words[0] in SUBCOMMANDS.get(target, ()) else None
        opts = tuple(sorted({w.strip("[]").split("=")[0] for w in words
                             if w.strip("[").startswith("--") and len(w.strip("[]")) > 2}))
        out.append((f"{target} {sub}" if sub else target, opts))
    return out


@lru_cache(maxsize=None)
def help_text(target: str) -> str:
    name, _, sub = target.partition(" ")
    argv = ["-m", name] if name.startswith("keysent.") else [str(ROOT / name)]
    proc = subprocess.run([sys.executable, *argv, *([sub] if sub else []), "--help"], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, f"{target} --help failed: {proc.stderr[-500:]}"
    return proc.stdout


def all_commands() -> list[tuple[str, tuple[str, ...]]]:
    found: dict[str, set[str]] = {}
    for doc in DOCS:
        for target, opts in commands(doc.read_text(encoding="utf-8")):
            found.setdefault(target, set()).update(opts)
    return sorted((t, tuple(sorted(o))) for t, o in found.items())


def test_the_readme_shows_every_command() -> None:
    shown = {t.split()[0] for t, _ in all_commands()}
    for cmd in ("probe", "attention", "train", "compare", "steer", "counterfactual", "judge", "organism"):
        assert f"keysent.{cmd}" in shown, f"the README shows no `python -m keysent.{cmd}`"
    for script in ("aha_moment", "probe_auroc", "attention_groups", "knockout_effects", "steering_dose",
                   "star1_real_traces", "gpu_smoke"):
        assert f"analyses/{script}.py" in shown


@pytest.mark.parametrize("target,opts", all_commands(), ids=lambda v: v if isinstance(v, str) else "")
def test_readme_command_takes_its_options(target: str, opts: tuple[str, ...]) -> None:
    name = target.split()[0]
    if not name.startswith("keysent."):
        assert (ROOT / name).is_file(), f"the README names {name}, which does not exist"
    text = help_text(target)
    missing = [o for o in opts if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", text)]
    assert not missing, f"`{target}` is shown with {missing}, which its --help does not list"
