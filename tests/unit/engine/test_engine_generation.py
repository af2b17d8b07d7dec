"""Hooked KV-cached decoding: alpha 0 reproduces greedy output while the hook fires, addition acts
only at the chosen positions, ablation zeroes the direction, knock-outs equal the bridge's and the
predicting-row convention changes K's first-token logits; nucleus sampling."""

from __future__ import annotations

import pytest
import torch

from keysent.attention.knockout import PatternKnockout, knockout_editor, regenerate_key_sentence
from keysent.edits import DirectionalAblation, ResidualAddition
from keysent.engine import Reader, run_hooked
from keysent.errors import ConfigError
from keysent.hook_names import hook_name
from keysent.generation.decoding import nucleus_probs
from keysent.generation.text import generate_text
from keysent.traces.trace import build_trace

QUERIES = ["How do I boil an egg?", "How can I make a weapon at home?", "Write a poem about rain.",
           "How do I hack my neighbour's wifi?"]
RESPONSES = [
    ("How can I pick a lock?", "Alright, the user wants to pick a lock. Hmm, that could be illegal. "
     "I should not help.\n</think>\n\nI can't help with that."),
    ("How do I bake bread?", "Okay, so the user is asking how to bake bread. They want a simple recipe. "
     "Let me break this down. First, mix flour and water.\n</think>\n\nMix flour, water, salt and yeast."),
]


@pytest.fixture(scope="module")
def micro():
    from keysent import load_model

    return load_model("toy-r1-micro", device="cpu", progress=False)


@pytest.fixture(scope="module")
def prompts(micro):
    return [micro.render_prompt(q) for q in QUERIES]


def _gen(micro, prompts, **kw):
    return generate_text(micro.generation_model, micro.tokenizer, prompts, max_new_tokens=24, batch_size=3,
                         progress=False, **kw)


class Record(Reader):
    """Keeps every pass's tensor (and positions) at one hook."""

    def __init__(self, name):
        self.name, self.seen = name, []

    def hook_names(self):
        return [self.name]

    def start_batch(self, batch):
        self.batch = batch

    def read(self, name, t):
        self.seen.append((self.batch.step, list(self.batch.indices), self.batch.positions.clone(), t.detach().clone()))


def test_alpha_zero_reproduces_greedy_and_the_hook_fires(micro, prompts):
    base = _gen(micro, prompts)
    layers = list(range(micro.n_layers))
    add = ResidualAddition(torch.ones(micro.d_model), layers, alpha=0.0, at="generated")
    counter = Record(hook_name("resid_post", micro.n_layers - 1))
    steered = _gen(micro, prompts, interventions=[add, counter])
    assert [o.token_ids for o in steered] == [o.token_ids for o in base]
    new_tokens = sum(len(o.token_ids) for o in base)
    # one prompt pass per batch, then one pass per step of the rows still generating
    assert sum(int((p >= 0).sum()) for _, _, p, _ in counter.seen if p.shape[1] == 1) == new_tokens - len(prompts)
    # alpha != 0 at every generated position changes the output
    pushed = _gen(micro, prompts, interventions=[ResidualAddition(torch.ones(micro.d_model) * 5, layers, at="generated")])
    assert [o.token_ids for o in pushed] != [o.token_ids for o in base]


def test_addition_changes_only_the_chosen_positions(micro, prompts):
    name = hook_name("resid_post", 0)
    v = torch.randn(micro.d_model, generator=torch.Generator().manual_seed(1))
    ends = {i: len(micro.tokenizer(p, add_special_tokens=False)["input_ids"]) - 1 for i, p in enumerate(prompts)}
    before, after = Record(name), Record(name)
    _gen(micro, prompts, interventions=[before])
    _gen(micro, prompts, interventions=[ResidualAddition(v, 0, alpha=3.0, at=ends), after])
    pre_b = [s for s in before.seen if s[0] == 0]
    pre_a = [s for s in after.seen if s[0] == 0]
    assert len(pre_b) == len(pre_a) >= 2
    for (_, idx, pos, tb), (_, idx2, _, ta) in zip(pre_b, pre_a):
        assert idx == idx2
        diff = ta - tb
        for r, i in enumerate(idx):
            col = int((pos[r] == ends[i]).nonzero())
            torch.testing.assert_close(diff[r, col], 3.0 * v, rtol=0, atol=1e-5)
            others = torch.ones(diff.shape[1], dtype=torch.bool)
            others[col] = False
            assert float(diff[r, others].abs().max()) == 0.0  # the prompt pass: only the chosen position


def test_ablation_leaves_no_component_along_the_direction(micro, prompts):
    name = hook_name("resid_post", 1)
    d = torch.randn(micro.d_model, generator=torch.Generator().manual_seed(2))
    rec = Record(name)
    _gen(micro, prompts, interventions=[DirectionalAblation(d, 1), rec])
    unit = (d / d.norm()).double()
    eps = torch.finfo(torch.float32).eps
    for _, _, pos, t in rec.seen:
        keep = pos >= 0
        # what is left along the direction, measured in float64, relative to the vector: float32
        # rounding of the edit only (an absolute bound fails as the residual norm grows)
        proj = (t.double() @ unit)[keep] / t.double().norm(dim=-1)[keep]
        assert float(proj.abs().max()) < 4 * eps


@pytest.fixture(scope="module")
def traces(micro):
    out = [build_trace(micro, q, r, judge=None, id=str(i)) for i, (q, r) in enumerate(RESPONSES)]
    assert all(t.has_key_sentence for t in out)
    return out


def _first_token_logits_decoding(micro, traces, rows, hide=("query",)):
    """K's first-token logits from hooked decoding (the prompt pass, row before K)."""
    rec = Record(hook_name("ln_final"))
    prompts = [list(t.token_ids[: t.spans["K"].tokens[0]]) for t in traces]
    ivs = [knockout_editor(micro, traces, hide, rows), rec] if hide else [rec]
    generate_text(micro.generation_model, micro.tokenizer, prompts, max_new_tokens=1, batch_size=2,
                  interventions=ivs, progress=False)
    (_, idx, _, normed), = [s for s in rec.seen if s[0] == 0]
    with torch.no_grad():
        logits = micro.generation_model.get_output_embeddings()(normed[:, -1].clone())
    return logits[torch.tensor(idx).argsort()]


def _first_token_logits_bridge(micro, traces, rows, hide=("query",)):
    out = {}

    class Last(Reader):
        def hook_names(self):
            return [hook_name("ln_final")]

        def needed_end(self, t):
            return t.spans["K"].tokens[0]

        def start_batch(self, batch):
            self.batch = batch

        def read(self, name, t):
            for r, (i, tr) in enumerate(zip(self.batch.indices, self.batch.traces)):
                out[i] = micro.hf_model.get_output_embeddings()(t[r, tr.spans["K"].tokens[0] - 1])

    with torch.no_grad():
        run_hooked(micro, traces, [PatternKnockout(micro.n_layers, hide, rows), Last()], progress=False)
    return torch.stack([out[i] for i in range(len(traces))])


def test_query_knockout_changes_k_first_token_logits_only_with_predicting_rows(micro, traces):
    none = _first_token_logits_decoding(micro, traces, "predict", hide=())
    pred = _first_token_logits_decoding(micro, traces, "predict")
    k_rows = _first_token_logits_decoding(micro, traces, "K")
    assert float((pred - none).abs().max()) > 1e-3  # the predicting row no longer sees the query
    torch.testing.assert_close(k_rows, none, rtol=0, atol=1e-5)  # K-rows convention: unchanged
    # hooked decoding (additive mask, sdpa twin) equals the bridge's pattern edit
    torch.testing.assert_close(pred, _first_token_logits_bridge(micro, traces, "predict"), rtol=0, atol=1e-4)


def test_regeneration_under_knockout_follows_the_bridge_greedy_loop(micro, traces):
    """Regenerated K (hooked KV-cached decoding) equals a greedy loop of full bridge forwards
    with the pattern edit, token by token."""
    got = regenerate_key_sentence(micro, traces, condition="query", max_new_tokens=8)
    for t, text in zip(traces, got):
        ids = list(t.token_ids[: t.spans["K"].tokens[0]])
        ka = len(ids)
        for _ in range(8):
            import dataclasses

            work = dataclasses.replace(t, token_ids=list(ids))
            nxt = {}

            class Next(Reader):
                def hook_names(self):
                    return [hook_name("ln_final")]

                def needed_end(self, tr):
                    return len(ids)

                def read(self, name, x):
                    nxt["t"] = int(micro.hf_model.get_output_embeddings()(x[0, -1]).argmax())

            with torch.no_grad():
                run_hooked(micro, [work], [PatternKnockout(micro.n_layers, ("query",), "predict"), Next()], progress=False)
            ids.append(nxt["t"])
        expected = micro.tokenizer.decode(ids[ka:])
        assert text is not None and expected.strip().startswith(text.strip()[: min(len(text.strip()), 12)])


def test_decoding_rejects_hooks_it_cannot_serve(micro, prompts):
    with pytest.raises(ConfigError, match="hooked decoding serves"):
        _gen(micro, prompts[:1], interventions=[Record(hook_name("pattern", 0))])


def test_nucleus_sampling(micro, prompts):
    p = torch.tensor([[0.1, 0.6, 0.3]])
    assert nucleus_probs(p, 0.5).tolist() == [[0.0, 1.0, 0.0]]
    torch.testing.assert_close(nucleus_probs(p, 0.8), torch.tensor([[0.0, 2 / 3, 1 / 3]]))
    torch.testing.assert_close(nucleus_probs(p, 1.0), p)
    greedy = _gen(micro, prompts)
    tiny = _gen(micro, prompts, do_sample=True, top_p=1e-6, seed=3)  # only the most likely token survives
    assert [o.token_ids for o in tiny] == [o.token_ids for o in greedy]
    a = _gen(micro, prompts, do_sample=True, top_p=0.9, temperature=1.5, seed=3)
    b = _gen(micro, prompts, do_sample=True, top_p=0.9, temperature=1.5, seed=3)
    full = _gen(micro, prompts, do_sample=True, top_p=1.0, temperature=1.5, seed=3)
    assert [o.token_ids for o in a] == [o.token_ids for o in b]
    # same seed, same generators: only the truncation differs, and it changes the samples here
    assert [o.token_ids for o in a] != [o.token_ids for o in full]
    with pytest.raises(ConfigError, match="top_p"):
        _gen(micro, prompts, do_sample=True, top_p=0.0)


def test_generate_traces_with_interventions(micro):
    from keysent.traces.generate import generate_traces

    queries = QUERIES[:3]
    base = generate_traces(micro, queries, max_new_tokens=24, judge=None, cache=None, progress=False)
    seen = []

    class Rows(Reader):
        def hook_names(self):
            return [hook_name("resid_post", 0)]

        def start_batch(self, batch):
            seen.extend(batch.indices)

        def read(self, name, t):
            pass

    zero = ResidualAddition(torch.ones(micro.d_model), 0, alpha=0.0, at="generated")
    same = generate_traces(micro, queries, max_new_tokens=24, judge=None, cache=None, progress=False,
                           interventions=[zero, Rows()], batch_size=2)
    assert [t.token_ids for t in same] == [t.token_ids for t in base]
    assert set(seen) == {0, 1, 2}  # indices into the queries
    with pytest.raises(ConfigError, match="not cached"):
        generate_traces(micro, queries, max_new_tokens=4, cache=True, interventions=[zero], progress=False)


@pytest.mark.parametrize("arch", ["qwen2", "llama", "qwen3"])
def test_hooked_decoding_on_real_architectures(tiny_dirs, arch):
    """Tiny random checkpoints of the real architectures with their real chat templates: alpha 0
    reproduces greedy output, and the decoding knock-out equals the bridge's pattern edit."""
    from keysent import load_model

    model = load_model(str(tiny_dirs[arch]), device="cpu", progress=False)
    prompts = [model.render_prompt(q) for q in QUERIES[:3]]
    plain = generate_text(model.generation_model, model.tokenizer, prompts, max_new_tokens=8, progress=False)
    zero = ResidualAddition(torch.ones(model.d_model), list(range(model.n_layers)), alpha=0.0, at="generated")
    hooked_out = generate_text(model.generation_model, model.tokenizer, prompts, max_new_tokens=8, progress=False,
                               interventions=[zero])
    assert [o.token_ids for o in hooked_out] == [o.token_ids for o in plain]
    assert zero.fired  # the hooks ran
    text = "Okay, so the user asks about eggs. Let me break this down. Boil water.\n</think>\n\nBoil it."
    trace = build_trace(model, "How do I boil an egg?", text, judge=None)
    if not trace.has_key_sentence:
        pytest.fail(f"no K located for {arch}: {trace.key_sentence_reason}")
    torch.testing.assert_close(_first_token_logits_decoding(model, [trace], "predict"),
                               _first_token_logits_bridge(model, [trace], "predict"), rtol=0, atol=1e-4)
