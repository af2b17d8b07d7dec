"""Steering at the key sentence (keysent.steering) on the micro organism and on real STAR-1 traces:
alpha 0 reproduces unsteered greedy generation while the hook fires, an addition changes only the
chosen positions at the chosen layer, ablation zeroes the direction's component, the random
control runs, and positions absent from traces are counted and skipped."""

from __future__ import annotations

import pytest
import torch

from keysent.edits import DirectionalAblation, ResidualAddition
from keysent.engine import Reader, run_hooked
from keysent.errors import ConfigError, TraceError
from keysent.hook_names import hook_name
from keysent.steering import (
    SteerConfig,
    SteeringDirection,
    direction_from_probe,
    direction_from_probe_run,
    direction_from_tensor,
    direction_from_traces,
    steer_positions,
    steering_editors,
    steering_sweep,
)
from keysent.steering.sweep import regenerate, select_traces


@pytest.fixture(scope="module")
def micro():
    from keysent import load_model

    return load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def traces(micro):
    import keysent

    out = keysent.generate_traces(micro, keysent.load_queries(["builtin:4"]), max_new_tokens=160, progress=False)
    return [t for t in out if "C" in t.spans and "K" in t.spans]


def _direction(model, seed=3, scale=1.0):
    g = torch.Generator().manual_seed(seed)
    v = torch.randn(model.n_layers, model.d_model, generator=g) * scale
    return SteeringDirection(vectors=v, layers=tuple(range(model.n_layers)), source="test")


class Record(Reader):
    def __init__(self, name):
        self.name, self.seen = name, {}

    def hook_names(self):
        return [self.name]

    def start_batch(self, batch):
        self.batch = batch

    def read(self, name, t):
        for row, i in enumerate(self.batch.indices):
            self.seen[i] = t[row].detach().clone()


def test_alpha_zero_reproduces_unsteered_greedy_and_the_hook_fires(micro, traces, monkeypatch):
    calls = {"n": 0}
    original = ResidualAddition.edit

    def counted(self, name, t):
        calls["n"] += 1
        return original(self, name, t)

    monkeypatch.setattr(ResidualAddition, "edit", counted)
    d = _direction(micro)
    at = steer_positions("after_c", traces)
    plain = regenerate(micro, traces, None, start="c", max_new_tokens=48, batch_size=4)
    steered = regenerate(micro, traces, steering_editors(d, [0, 1], mode="add", alpha=0.0, at=at), start="c",
                         max_new_tokens=48, batch_size=4)
    assert [t.token_ids for t in steered] == [t.token_ids for t in plain]
    generated = sum(t.n_tokens - o.spans["K"].tokens[0] for t, o in zip(plain, traces))
    assert calls["n"] >= 2 * len(range(0, len(traces), 4))  # two layers, at least the prompt pass per batch
    assert calls["n"] >= 2 * generated / 4 > 0  # and once per decoding step of every batch
    # a non-zero alpha does change generations: the test would see a hook that does nothing
    moved = regenerate(micro, traces, steering_editors(_direction(micro, scale=8.0), [0, 1], mode="add", alpha=1.0, at=at),
                       start="c", max_new_tokens=48, batch_size=4)
    assert [t.token_ids for t in moved] != [t.token_ids for t in plain]


@pytest.mark.parametrize("steer_at", ["c_last", "c"])
def test_addition_changes_only_the_chosen_positions_at_the_chosen_layer(micro, traces, steer_at):
    d, alpha, layer = _direction(micro), 2.5, 0
    sub = traces[:3]
    recs = {}
    for label, editors in (("plain", []), ("steered", steering_editors(d, [layer], mode="add", alpha=alpha,
                                                                         at=steer_positions(steer_at, sub)))):
        readers = [Record(hook_name("resid_post", 0)), Record(hook_name("resid_post", 1))]

        class End(Reader):  # run every trace to the end of K
            def needed_end(self, t):
                return t.spans["K"].tokens[1]

        run_hooked(micro, sub, [*editors, *readers, End()], batch_size=2, progress=False, stop_early=False)
        recs[label] = readers
    for i, t in enumerate(sub):
        a, b = t.spans["C"].tokens
        chosen = torch.zeros(t.spans["K"].tokens[1], dtype=torch.bool)
        chosen[(b - 1) if steer_at == "c_last" else slice(a, b)] = True
        first = int(chosen.nonzero()[0])
        p0, s0 = recs["plain"][0].seen[i], recs["steered"][0].seen[i]
        n = len(chosen)
        # the chosen layer: exactly alpha * v added at the chosen positions, nothing elsewhere
        assert torch.allclose(s0[:n][chosen] - p0[:n][chosen], alpha * d.vector(layer).expand(int(chosen.sum()), -1), atol=1e-4)
        assert torch.equal(s0[:n][~chosen], p0[:n][~chosen])
        # the next layer: positions before the first steered one are unchanged, the steered ones moved
        p1, s1 = recs["plain"][1].seen[i], recs["steered"][1].seen[i]
        assert torch.equal(s1[:first], p1[:first])
        assert (s1[first:n] - p1[first:n]).norm(dim=-1).min() > 1e-3


def test_ablation_leaves_no_component_along_the_direction(micro, traces):
    d = _direction(micro)
    sub = traces[:3]
    editors = steering_editors(d, list(range(micro.n_layers)), mode="ablate", at=None)
    assert all(isinstance(e, DirectionalAblation) for e in editors)
    readers = [Record(hook_name("resid_post", layer)) for layer in range(micro.n_layers)]

    class End(Reader):
        def needed_end(self, t):
            return t.n_tokens

    run_hooked(micro, sub, [*editors, *readers, End()], batch_size=3, progress=False, stop_early=False)
    for layer, r in enumerate(readers):
        u = d.vector(layer) / d.vector(layer).norm()
        for i, t in enumerate(sub):
            proj = r.seen[i][: t.n_tokens] @ u
            assert proj.abs().max() < 1e-5, (layer, i, float(proj.abs().max()))

    # and while decoding: every pass (prompt and each new token) at every position
    class Decoded(Reader):
        def __init__(self, name):
            self.name, self.worst = name, 0.0

        def hook_names(self):
            return [self.name]

        def start_batch(self, batch):
            self.real = batch.positions >= 0  # left padding is never edited

        def read(self, name, t):
            self.worst = max(self.worst, float((t @ u)[self.real].abs().max()))
            self.passes = getattr(self, "passes", 0) + 1

    u = d.vector(1) / d.vector(1).norm()
    watch = Decoded(hook_name("resid_post", 1))
    regenerate(micro, sub, [*editors, watch], start="prompt", max_new_tokens=24, batch_size=3)
    assert watch.worst < 1e-5 and watch.passes > 10


def test_random_control_runs_with_the_same_norm(micro, traces):
    d = _direction(micro, scale=4.0)
    cfg = SteerConfig(direction="test.pt", layers="0,1", alphas=(0.0, 1.0), per_group=2, steer_at="c_last")
    res = steering_sweep(micro, traces, d, cfg, max_new_tokens=64, progress=False)
    labels = [s["label"] for s in res.settings]
    assert labels == ["probe a=0", "probe a=1", "random a=0", "random a=1"]
    assert res.outcomes[0] == res.outcomes[2]  # alpha 0 is shared
    control = d.random_like(cfg.seed)
    assert torch.allclose(control.vectors.norm(dim=-1), d.vectors.norm(dim=-1), rtol=1e-5)
    assert not torch.allclose(control.vectors, d.vectors)
    rows = res.table()
    assert {r["label"] for r in rows} == set(labels)
    for r in rows:
        assert r["format_n"] == r["n"] > 0 and 0.0 <= r["format_rate"] <= 1.0
        lo, hi = r["format_ci"]
        assert lo <= r["format_rate"] <= hi
    assert len(res.per_trace()) == len(labels) * len(res.groups)


def test_positions_absent_from_traces_are_counted_then_an_error(micro, traces):
    import dataclasses

    no_c = [dataclasses.replace(t, spans={k: v for k, v in t.spans.items() if k not in ("C", "K")}) for t in traces[:2]]
    chosen, skipped = select_traces(no_c + traces[:3], SteerConfig(per_group=50))
    assert chosen == [2, 3, 4] and skipped == {"no C/K": 2}
    chosen, skipped = select_traces(no_c + traces[:1], SteerConfig(per_group=50, start="prompt", steer_at="c_last"))
    assert chosen == [2] and skipped == {"no C": 2}
    with pytest.raises(TraceError, match="no trace can be steered"):
        select_traces(no_c, SteerConfig())
    # with steer_at=all and start=prompt nothing is needed
    assert select_traces(no_c, SteerConfig(start="prompt", steer_at="all"))[0] == [0, 1]


def test_bad_direction_width_and_layers(micro, traces, tmp_path):
    from safetensors.torch import save_file

    save_file({"v": torch.ones(micro.d_model + 1)}, str(tmp_path / "wide.safetensors"))
    wide = direction_from_tensor(tmp_path / "wide.safetensors", micro.n_layers)
    with pytest.raises(ConfigError, match=f"width {micro.d_model + 1} but the model's d_model is {micro.d_model}"):
        steering_sweep(micro, traces, wide, SteerConfig(layers="0"), progress=False)
    with pytest.raises(ConfigError, match="layer 5 is out of range: the model has 2 layers"):
        steering_sweep(micro, traces, _direction(micro), SteerConfig(layers="5"), progress=False)
    with pytest.raises(ConfigError, match="no probe AUROC"):
        steering_sweep(micro, traces, _direction(micro), SteerConfig(layers="best"), progress=False)
    torch.save(torch.ones(3, micro.d_model), tmp_path / "three.pt")
    with pytest.raises(ConfigError, match=r"shape \(3, 64\); expected \[d_model\] or \[n_layers=2, d_model\]"):
        direction_from_tensor(tmp_path / "three.pt", micro.n_layers)
    with pytest.raises(ConfigError, match="alphas is empty"):
        SteerConfig(alphas="")


def test_directions_from_a_probe_and_from_two_trace_sets(micro, traces, tmp_path):
    from keysent.probe.directions import directions_from_result, save_directions
    from keysent.probe.fit import fit_probes
    from keysent.capture import capture

    acts = capture(micro, traces, positions=["c_last"], progress=False)
    y = torch.tensor([int(bool(t.harmful)) for t in traces])
    res = fit_probes(acts.get("c_last"), y, folds=2, layers=acts.layers, position="c_last", method="diffmean")
    d = direction_from_probe(res, "harmful")
    x = acts.get("c_last")
    expected = x[y == 1].mean(0) - x[y == 0].mean(0)
    assert torch.allclose(d.vectors, expected, atol=1e-4)
    assert torch.allclose(d.mean_distance, expected.norm(dim=-1), atol=1e-4)
    save_directions(tmp_path / "directions.safetensors", [directions_from_result(res, "harmful")], model="micro")
    back = direction_from_probe_run(tmp_path, "harmful", "c_last")
    assert torch.allclose(back.vectors, d.vectors)
    with pytest.raises(ConfigError, match="no probe direction for k_aha/c_last; it has harmful/c_last"):
        direction_from_probe_run(tmp_path, "k_aha", "c_last")
    two = direction_from_traces(micro, [t for t in traces if t.harmful], [t for t in traces if not t.harmful])
    assert torch.allclose(two.vectors, expected, atol=1e-4)


def test_steering_runs_on_real_star1_traces(tiny_qwen2, shared_data):
    """Real DeepSeek-R1 traces (STAR-1) under the real R1-Distill tokenizer: regenerate from C."""
    from keysent.querysets import load_queries
    from keysent.traces.generate import generate_traces

    spec = f"harmful={shared_data}/star1/STAR-1.json#query=question,response=response"
    traces = generate_traces(tiny_qwen2, load_queries([spec], limit=6, seed=0), progress=False)
    d = _direction(tiny_qwen2)
    cfg = SteerConfig(direction="t.pt", layers="0", alphas=(0.0, 1.0), control=False, per_group=6)
    res = steering_sweep(tiny_qwen2, traces, d, cfg, max_new_tokens=8, progress=False)
    n_ck = sum("C" in t.spans and "K" in t.spans for t in traces)
    assert len(res.groups) == n_ck > 0 and sum(res.skipped.values()) == len(traces) - n_ck
    # the teacher-forced prefix is the real trace up to K
    t = traces[res.original[0]["index"]]
    assert all(o["logp_k"] < 0 for o in res.outcomes[0])
    new = regenerate(tiny_qwen2, [t], None, start="c", max_new_tokens=4)[0]
    assert new.token_ids[: t.spans["K"].tokens[0]] == t.token_ids[: t.spans["K"].tokens[0]]


def test_steering_composes_with_a_knockout(micro, traces):
    from keysent.attention.knockout import knockout_editor

    sub = traces[:4]
    ko = knockout_editor(micro, sub, ("query", "C"))
    at = steer_positions("c_last", sub)
    only_ko = regenerate(micro, sub, [ko], start="c", max_new_tokens=32)
    both = regenerate(micro, sub, [*steering_editors(_direction(micro), [1], mode="add", alpha=0.0, at=at), ko],
                      start="c", max_new_tokens=32)
    assert [t.token_ids for t in both] == [t.token_ids for t in only_ko]
    cfg = dict(direction="t.pt", layers="1", alphas=(0.0,), control=False, per_group=2)
    plain = steering_sweep(micro, sub, _direction(micro), SteerConfig(**cfg), max_new_tokens=32, progress=False)
    hidden = steering_sweep(micro, sub, _direction(micro), SteerConfig(knockout="query+C", **cfg), max_new_tokens=32,
                            progress=False)
    assert hidden.meta["knockout"] == "query+C"
    lp_plain = [o["logp_k"] for o in plain.outcomes[0]]
    lp_hidden = [o["logp_k"] for o in hidden.outcomes[0]]
    assert all(abs(a - b) > 1e-4 for a, b in zip(lp_plain, lp_hidden))  # the knock-out acts on the log-probability too
