"""Organism builds never replace a directory that appeared while they trained (unless force)."""

from __future__ import annotations

import json

import pytest

from keysent.errors import OutputExistsError
from keysent.organism.build import build_organism, is_complete
from keysent.organism.config import OrganismConfig

_TINY = dict(name="publish-test", n_train_examples=80, vocab_size=320, d_model=32, n_layers=1,
             n_heads=2, n_kv_heads=1, d_mlp=64, batch_tokens=2048, num_threads=1)


@pytest.mark.parametrize("force", [False, True])
def test_build_out_appearing_mid_build(tmp_path, monkeypatch, force):
    import keysent.organism.train as train

    out = tmp_path / "org"
    real = train.train_model

    def other_build_publishes_first(*args, **kwargs):
        result = real(*args, **kwargs)
        out.mkdir()  # another `build --out org` finished while this one trained
        (out / "organism.json").write_text(json.dumps({"name": "other"}))
        return result

    monkeypatch.setattr(train, "train_model", other_build_publishes_first)
    config = OrganismConfig(**_TINY)
    if force:
        assert build_organism(config, out, progress=False, force=True) == out
        assert is_complete(out) and json.loads((out / "organism.json").read_text())["name"] == "publish-test"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["org"]  # no lock file left beside it
        return
    with pytest.raises(OutputExistsError, match="created by another run") as ei:
        build_organism(config, out, progress=False)
    kept = tmp_path / ei.value.kept.rsplit("/", 1)[-1]
    assert json.loads((out / "organism.json").read_text()) == {"name": "other"}  # not replaced
    assert is_complete(kept) and json.loads((kept / "organism.json").read_text())["name"] == "publish-test"
