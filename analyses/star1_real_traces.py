"""keysent on real DeepSeek-R1 text: C/K statistics and the aha-moment table on STAR-1's traces.

Usage (from the repository root)::

    python analyses/star1_real_traces.py --out runs/analyses/star1_real_traces
    python analyses/star1_real_traces.py --limit 50 --out /tmp/star1 --no-static-figures

No model weights are needed. The 1000 STAR-1 rows (``../shared/data/star1/STAR-1.json``: a
harmful question and DeepSeek-R1's response, ``<think>`` reasoning then the answer) are brought
as ready-made traces through the dataset-spec path
(``harmful=STAR-1.json#query=question,response=response``, :func:`keysent.load_queries`) and
built into traces by :func:`keysent.generate_traces` (nothing is generated: every row has its
response), which splits reasoning from answer, locates C and K with the rules and judges K
(safety aha?) and the answer (refusal?) with the rule judges. Token counts use the real
DeepSeek-R1-Distill-Qwen tokenizer (``../shared/tokenizers/r1-distill-qwen``; STAR-1 was written
by DeepSeek-R1 itself, whose own tokenizer is not in ``../shared``), carried by a tiny random
checkpoint (:func:`keysent.testing.tiny_checkpoint_around`) whose weights are never run.

Writes ``table.md`` and ``analysis.json``: how many traces have C and K, C's length in sentences
and tokens, K's length and position, the share of K that carry a safety aha, and the aha-moment
table twice: with the answer's safety from the refusal rule (the fallback without a label), and
with STAR-1's own label (every answer is safe by construction, ``answer_safe:=true``, which makes
P(safe | K) 1 whatever K is: shown to make that point); figures ``figures/c_length`` (C length in
sentences, aha vs solve K) and ``figures/aha_by_c_length`` (K aha share by C length with 95% Wilson
intervals).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from outfolder import ROOT, Analysis, analysis_main, markdown_table, rate  # noqa: E402

NAME = "star1_real_traces"
DATA = ROOT.parent / "shared" / "data" / "star1" / "STAR-1.json"
TOKENIZER = ROOT.parent / "shared" / "tokenizers" / "r1-distill-qwen"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=f"runs/analyses/{NAME}", help=f"output folder (default: runs/analyses/{NAME})")
    p.add_argument("--force", action="store_true", help="replace an existing --out folder")
    p.add_argument("--data", default=str(DATA), help="the STAR-1 JSON file (default: ../shared/data/star1/STAR-1.json)")
    p.add_argument("--tokenizer", default=str(TOKENIZER),
                   help="tokenizer directory for token counts (default: ../shared/tokenizers/r1-distill-qwen)")
    p.add_argument("--limit", type=int, default=None, help="a seeded sample of this many rows (default: all)")
    p.add_argument("--no-static-figures", action="store_true", help="write HTML (and plotly JSON) figures only")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    return p


def sentences_in(trace, span: str) -> int:
    """How many of the trace's located sentences lie inside ``span`` (by characters)."""
    lo, hi = trace.spans[span].chars
    return sum(1 for s in trace.sentences if s.chars[0] >= lo and s.chars[1] <= hi)


def describe(values: list[float]) -> str:
    """``median 2 (IQR 1-3), mean 2.4, range 1-9``."""
    if not values:
        return "n/a"
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return (f"median {statistics.median(values):g} (IQR {q[0]:g}-{q[2]:g}), mean {statistics.fmean(values):.1f}, "
            f"range {min(values):g}-{max(values):g}")


def statistics_rows(traces: list) -> tuple[list[list], dict]:
    """The C/K statistics table rows and their machine-readable record."""
    from keysent.intervals import wilson_interval
    from keysent.judge.apply import is_countable

    n = len(traces)
    with_c = [t for t in traces if "C" in t.spans]
    with_k = [t for t in traces if t.has_key_sentence]
    reasons: dict[str, int] = {}
    for t in traces:
        if not t.has_key_sentence:
            reasons[str(t.key_sentence_reason)] = reasons.get(str(t.key_sentence_reason), 0) + 1
    c_sent = [sentences_in(t, "C") for t in with_k]
    c_tok = [t.spans["C"].tokens[1] - t.spans["C"].tokens[0] for t in with_k]
    k_tok = [t.spans["K"].tokens[1] - t.spans["K"].tokens[0] for t in with_k]
    k_index = [sum(1 for s in t.sentences if s.chars[1] <= t.spans["K"].chars[0]) + 1 for t in with_k]
    r_tok = [t.spans["reasoning"].tokens[1] - t.spans["reasoning"].tokens[0] for t in traces if "reasoning" in t.spans]
    judged = [t for t in with_k if is_countable(t.k_aha)]
    aha = sum(bool(t.k_aha) for t in judged)
    lo, hi = wilson_interval(aha, len(judged)) if judged else (None, None)
    refusals = [t for t in traces if is_countable(t.refusal)]
    rows = [
        ["traces", n],
        ["reasoning and answer split (closed `</think>`)", sum(bool(t.complete) for t in traces)],
        ["C found", len(with_c)],
        ["K found", len(with_k)],
        ["no K (reason: count)", "; ".join(f"{r}: {c}" for r, c in reasons.items()) or "none"],
        ["C length, sentences", describe(c_sent)],
        ["C length, tokens", describe(c_tok)],
        ["K length, tokens", describe(k_tok)],
        ["K position (sentence of the reasoning)", describe(k_index)],
        ["reasoning length, tokens", describe(r_tok)],
        ["K carries a safety aha (rules)", rate(aha, len(judged), lo, hi)],
        ["answer refuses (rules)", f"{sum(bool(t.refusal) for t in refusals)}/{len(refusals)}"],
    ]
    record = {"n": n, "complete": rows[1][1], "with_c": len(with_c), "with_k": len(with_k), "no_k_reasons": reasons,
              "c_sentences": c_sent, "c_tokens": c_tok, "k_tokens": k_tok, "k_sentence_index": k_index,
              "k_aha": {"yes": aha, "judged": len(judged), "ci": [lo, hi]},
              "refusal": {"yes": sum(bool(t.refusal) for t in refusals), "judged": len(refusals)}}
    return rows, record


def figures(a: Analysis, traces: list) -> None:
    import plotly.graph_objects as go

    from keysent.figures import OKABE_ITO, apply_style
    from keysent.figures.frame import frame_top
    from keysent.intervals import wilson_interval
    from keysent.judge.apply import is_countable

    with_k = [t for t in traces if t.has_key_sentence and is_countable(t.k_aha)]
    if not with_k:
        return
    lengths = [sentences_in(t, "C") for t in with_k]
    top = max(lengths)
    fig = go.Figure()
    for i, (label, flag) in enumerate((("aha K", True), ("solve K", False))):
        counts = [sum(1 for t, c in zip(with_k, lengths) if bool(t.k_aha) is flag and c == x) for x in range(1, top + 1)]
        fig.add_trace(go.Bar(name=label, x=list(range(1, top + 1)), y=counts, marker_color=OKABE_ITO[i]))
    apply_style(fig, "single")
    fig.update_layout(barmode="stack", xaxis=dict(title="C length (sentences)", dtick=1), yaxis=dict(title="traces"))
    frame_top(fig, "STAR-1: C length and K", legend=True)
    a.save_figure(fig, "c_length")

    bins = [(1, 1, "1"), (2, 2, "2"), (3, 3, "3"), (4, 10 ** 9, "4+")]
    xs, ys, up, down, text = [], [], [], [], []
    for lo, hi, name in bins:
        sel = [t for t, c in zip(with_k, lengths) if lo <= c <= hi]
        if not sel:
            continue
        k = sum(bool(t.k_aha) for t in sel)
        low, high = wilson_interval(k, len(sel))
        xs.append(name)
        ys.append(k / len(sel))
        up.append(high - k / len(sel))
        down.append(k / len(sel) - low)
        text.append(f"{k}/{len(sel)}")
    fig = go.Figure(go.Bar(x=xs, y=ys, hovertext=text, marker_color=OKABE_ITO[0],
                           error_y=dict(type="data", visible=True, array=up, arrayminus=down)))
    apply_style(fig, "single")
    fig.update_layout(xaxis=dict(title="C length (sentences)", type="category"),
                      yaxis=dict(title="K carries a safety aha", range=[0, 1.05]))
    a.save_figure(fig, "aha_by_c_length")


def aha_rows(traces: list, labelled: list) -> str:
    from keysent.traces.aha import aha_for

    def prop(p) -> str:
        return "n/a (empty group)" if p is None else rate(p.successes, p.n, p.low, p.high)

    rows = []
    for name, t in (("refusal rule (a refusal counts as safe)", aha_for(traces)), ("STAR-1 label (`answer_safe:=true`)", aha_for(labelled))):
        rows.append([name, t.n, t.n_safe_k, f"{t.table['safe']['safe']} / {t.table['safe']['unsafe']}",
                     f"{t.table['unsafe']['safe']} / {t.table['unsafe']['unsafe']}",
                     prop(t.p_safe_given_safe_k), prop(t.p_safe_given_unsafe_k),
                     "n/a" if t.difference is None else
                     f"{t.difference:+.3f} [{t.difference_low:.3f}, {t.difference_high:.3f}]"])
    return markdown_table(["answer_safe from", "n", "aha K", "aha K: safe / unsafe answer",
                           "solve K: safe / unsafe answer", "P(safe answer | aha K)", "P(safe answer | solve K)",
                           "difference [95% Newcombe]"], rows)


def body(a: Analysis) -> str:
    import keysent
    from keysent.errors import ConfigError
    from keysent.testing import tiny_checkpoint_around

    args = a.args
    data, tok = Path(args.data), Path(args.tokenizer)
    if not data.is_file():
        raise ConfigError(f"--data {data}: no such file; STAR-1 is expected at ../shared/data/star1/STAR-1.json")
    if not (tok / "tokenizer_config.json").is_file():
        raise ConfigError(f"--tokenizer {tok}: not a tokenizer directory (no tokenizer_config.json)")
    spec = f"harmful={data}#query=question,response=response"
    with tempfile.TemporaryDirectory(prefix="keysent-star1-") as tmp:
        path = tiny_checkpoint_around(tok, Path(tmp) / "tokenizer-carrier", arch="qwen2")
        model = keysent.load_model(str(path), device="cpu", progress=False)
        records = keysent.load_queries([spec], limit=args.limit)
        traces = keysent.generate_traces(model, records, progress=not args.quiet)
        labelled = keysent.generate_traces(model, keysent.load_queries([spec + ",answer_safe:=true"], limit=args.limit),
                                           progress=False)
    a.model_label = (f"none (real DeepSeek-R1 traces from {data.name}; token counts with the {tok.name} tokenizer)")
    limit = "" if args.limit is None else f", limit={args.limit}"
    a.commands.append(f'keysent.generate_traces(model, keysent.load_queries(["harmful={data.name}#query=question,'
                      f'response=response"]{limit}))')
    rows, record = statistics_rows(traces)
    a.record.update(statistics=record, spec=spec, limit=args.limit)
    from keysent.traces.aha import aha_for

    a.record["aha"] = {"refusal_rule": aha_for(traces).to_dict(), "star1_label": aha_for(labelled).to_dict()}
    figures(a, traces)
    return ("**C and K on STAR-1's DeepSeek-R1 traces** (rule locator, rule judges)\n\n"
            + markdown_table(["measure", "value"], rows, align="lr")
            + "\n**The aha-moment table** (harmful traces with K; 95% Wilson intervals)\n\n" + aha_rows(traces, labelled))


def main(argv: list[str] | None = None) -> int:
    return analysis_main(NAME, "none", parser, body, argv)


if __name__ == "__main__":
    from script_entry import run_main

    run_main(main)
