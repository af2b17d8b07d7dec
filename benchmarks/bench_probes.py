"""Benchmark: keysent's all-layers probe fitting vs a scikit-learn loop over layers and folds.

Both sides fit the same thing on the same synthetic hidden states, in one run: per layer, an
L2-regularised logistic regression on each of 5 stratified folds (the very same folds) with
z-scored features, scored by held-out AUROC, plus the refit on all examples.

* ``keysent``  ``keysent.probe.fit.fit_probes(X, y, folds=5, l2=1e-2)``: every layer, fold and
               the refit solved together in torch;
* ``sklearn``  per layer a ``StandardScaler`` fitted on all examples (``--standardize fold``: on
               each training fold, for both sides), then per fold
               ``LogisticRegression(C=1 / (n_train * l2), max_iter=10000)`` (lbfgs, default ``tol``)
               and ``roc_auc_score`` on the held-out fold; and the refit on all examples.

The hidden states are synthetic but shaped like a residual stream: shared latent factors with a
decaying spectrum, per-feature scales spread over two orders of magnitude, two "massive
activation" features, a mean offset, and a label direction whose strength peaks in the middle
layers (so some layers carry the label and others do not). Cases:

* ``qwen-1.5b``  n=400 examples, 28 layers, d=1536 (DeepSeek-R1-Distill-Qwen-1.5B's width and depth)
* ``toy-r1``     n=400 examples, 4 layers, d=256 (keysent's built-in model organism)

Run from the repository root::

    .venv/bin/python benchmarks/bench_probes.py                      # both cases
    .venv/bin/python benchmarks/bench_probes.py --cases toy-r1 --threads 0
    .venv/bin/python benchmarks/bench_probes.py --case 1000,32,512   # a custom n,layers,d

Prints, per case, both times (wall clock and CPU time of the process), their ratios and the largest
AUROC difference; the goal is a ratio of at least 10 (in both) with every AUROC within 0.01. The
sklearn loop runs for minutes, keysent for seconds: on a shared machine the load can change in
between, and CPU time is the steadier measure of the two.

Threads: both sides run single-threaded by default (``--threads 1``: ``torch.set_num_threads`` and
``threadpoolctl`` for numpy's BLAS). On a shared machine the spinning thread pools of OpenMP (torch)
and OpenBLAS (numpy) make multi-threaded timings of either side depend mostly on what else is
running; ``--threads 0`` leaves both as they are set up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CASES = {
    "qwen-1.5b": (400, 28, 1536),
    "toy-r1": (400, 4, 256),
}
GOAL_RATIO = 10.0
GOAL_AUROC = 0.01


def synthetic_states(n: int, n_layers: int, d: int, *, seed: int = 0):
    """Residual-stream-like hidden states ``[n, layer, d]`` (float32) and balanced 0/1 labels."""
    import torch

    g = torch.Generator().manual_seed(seed)
    y = torch.randperm(n, generator=g) % 2
    k = 32
    z = torch.randn(n, k, generator=g)  # latent factors shared by all layers
    spectrum = torch.arange(1, k + 1, dtype=torch.float32) ** -0.8 * 4.0
    feat_scale = torch.exp(torch.randn(d, generator=g) * 0.8)  # per-feature scales (lognormal)
    offset = torch.randn(d, generator=g) * 2.0
    X = torch.empty(n, n_layers, d)
    centre = (n_layers - 1) / 2
    for layer in range(n_layers):
        loadings = torch.randn(k, d, generator=g) * spectrum[:, None]
        u = torch.randn(d, generator=g)
        u /= u.norm()
        strength = 3.0 * float(np.exp(-(((layer - centre) / max(n_layers / 5, 1.0)) ** 2)))
        h = z @ loadings + torch.randn(n, d, generator=g) + strength * (y[:, None].float() - 0.5) * u
        h = h * feat_scale + offset
        h[:, :2] *= 40.0  # massive activations
        X[:, layer] = h
    return X, y


def run_sklearn(
    X: np.ndarray, y: np.ndarray, folds, l2: float, standardize: str, tol: float = 1e-4
) -> tuple[np.ndarray, float, float]:
    """Per layer and fold held-out AUROC ``[layer, fold]``, wall and CPU seconds (refit included).

    ``standardize="all"``: one ``StandardScaler`` per layer fitted on all examples (what keysent's
    default does); ``"fold"``: a scaler fitted on each training fold.
    """
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.preprocessing import StandardScaler

    n, n_layers, d = X.shape
    out = np.zeros((n_layers, len(folds)))
    t0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)  # an unconverged baseline would be unfair
        for layer in range(n_layers):
            everything = StandardScaler().fit(X[:, layer])
            Xl = everything.transform(X[:, layer]) if standardize == "all" else X[:, layer]
            for f, (tr, te) in enumerate(folds):
                if standardize == "all":
                    Xtr, Xte = Xl[tr], Xl[te]
                else:
                    scaler = StandardScaler().fit(Xl[tr])
                    Xtr, Xte = scaler.transform(Xl[tr]), scaler.transform(Xl[te])
                clf = LogisticRegression(C=1.0 / (len(tr) * l2), max_iter=10_000, tol=tol).fit(Xtr, y[tr])
                out[layer, f] = roc_auc_score(y[te], clf.decision_function(Xte))
            # the refit on all examples (the steering direction)
            LogisticRegression(C=1.0 / (n * l2), max_iter=10_000, tol=tol).fit(everything.transform(X[:, layer]), y)
    return out, time.perf_counter() - t0, time.process_time() - c0


def machine_line() -> str:
    """:func:`benchmarks.common.machine_line` and the BLAS thread pools numpy uses."""
    try:
        from benchmarks.common import machine_line as base

        head = base()
    except ImportError:  # --keysent-from a tree older than keysent.versions
        import torch

        head = f"machine: {os.cpu_count()} CPU cores, torch {torch.__version__} ({torch.get_num_threads()} threads)"
    try:
        from threadpoolctl import threadpool_info

        blas = ", ".join(f"{i['internal_api']} {i['num_threads']} thr" for i in threadpool_info() if i.get("user_api") == "blas")
    except ImportError:  # pragma: no cover
        blas = "?"
    return f"{head}, numpy BLAS: {blas}"


def bench_case(name: str, n: int, n_layers: int, d: int, args: argparse.Namespace) -> dict:
    import sklearn

    from keysent.probe.fit import fit_probes, stratified_kfold

    X, y = synthetic_states(n, n_layers, d, seed=args.seed)
    folds = stratified_kfold(y, args.folds, args.seed)
    print(f"\n== {name}: n={n}, layers={n_layers}, d={d}, {args.folds} folds, l2={args.l2} (C = 1/(n_train*l2)), "
          f"standardize={args.standardize}", flush=True)

    def ours():
        # threads=None: fit_probes keeps the thread count set up above (it would pick one thread
        # by itself only for small chunks)
        return fit_probes(X, y, folds=args.folds, l2=args.l2, seed=args.seed, solver=args.solver,
                          standardize=args.standardize)

    ours()  # warm-up (lazy imports, first allocations)
    times, cpus, runs = [], [], 0
    while runs < args.repeats or (sum(times) < 2.0 and runs < 50):  # short cases: more runs
        t0, c0 = time.perf_counter(), time.process_time()
        res = ours()
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        runs += 1
    t_ours, c_ours = statistics.median(times), statistics.median(cpus)
    print(f"keysent fit_probes ({res.solver}): median wall {t_ours:.3f} s (min {min(times):.3f}, max {max(times):.3f}), "
          f"CPU {c_ours:.3f} s, over {runs} runs; Newton steps per layer <= {int(res.n_iter.max())}, "
          f"all converged: {bool(res.converged.all())}", flush=True)

    if args.keysent_only:
        import keysent.probe.fit as fit_module

        print(f"keysent from {Path(fit_module.__file__).parents[2]}: min CPU {min(cpus):.3f} s, min wall {min(times):.3f} s; "
              f"AUROC by layer: {' '.join(f'{a:.6f}' for a in res.auroc)}", flush=True)
        return {"case": name, "keysent_s": t_ours, "keysent_cpu_min": min(cpus), "keysent_only": True}

    Xn = X.numpy().astype(np.float64)
    sk_runs = [run_sklearn(Xn, y.numpy(), folds, args.l2, args.standardize, args.sklearn_tol)]
    while len(sk_runs) < 3 and sk_runs[-1][1] < 5.0:  # short cases: median of three
        sk_runs.append(run_sklearn(Xn, y.numpy(), folds, args.l2, args.standardize, args.sklearn_tol))
    sk_auc = sk_runs[0][0]
    t_sk = statistics.median(r[1] for r in sk_runs)
    c_sk = statistics.median(r[2] for r in sk_runs)
    print(f"sklearn {sklearn.__version__} loop ({n_layers} layers x ({args.folds} folds + refit) = "
          f"{n_layers * (args.folds + 1)} fits): median wall {t_sk:.3f} s, CPU {c_sk:.3f} s, over {len(sk_runs)} run(s)",
          flush=True)

    diff_fold = float(np.abs(sk_auc - res.fold_auroc).max())
    diff_mean = float(np.abs(sk_auc.mean(1) - res.auroc).max())
    ratio, cpu_ratio = t_sk / t_ours, c_sk / c_ours
    ok = min(ratio, cpu_ratio) >= GOAL_RATIO and diff_fold <= GOAL_AUROC
    print(f"speed-up {ratio:.1f}x wall, {cpu_ratio:.1f}x CPU; max |AUROC diff| per layer (fold mean) {diff_mean:.2e}, per fold {diff_fold:.2e}; "
          f"best layer keysent {res.best_layer} ({res.best_auroc:.3f}) vs sklearn {int(np.argmax(sk_auc.mean(1)))} "
          f"({sk_auc.mean(1).max():.3f})")
    print(f"AUROC by layer: {' '.join(f'{a:.3f}' for a in res.auroc)}")
    print(f"goal (>= {GOAL_RATIO:.0f}x in wall and CPU time, AUROC within {GOAL_AUROC}): {'met' if ok else 'MISSED'}", flush=True)
    return {
        "case": name, "keysent_s": t_ours, "sklearn_s": t_sk, "ratio": ratio, "cpu_ratio": cpu_ratio,
        "max_auroc_diff": diff_fold, "met": ok,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default="qwen-1.5b,toy-r1", help=f"comma-separated, from {', '.join(CASES)}")
    parser.add_argument("--case", action="append", default=[], metavar="N,LAYERS,D", help="a custom shape (repeatable)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1e-2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=5, help="timed keysent runs at least (median reported)")
    parser.add_argument("--solver", default="auto", choices=["auto", "newton", "newton-cg"])
    parser.add_argument("--sklearn-tol", type=float, default=1e-4, help="LogisticRegression tol (default: its default)")
    parser.add_argument(
        "--standardize", default="all", choices=["all", "fold"],
        help="z-score with all examples' statistics (keysent's default) or each training fold's; both sides alike",
    )
    parser.add_argument(
        "--threads", type=int, default=1,
        help="torch and BLAS threads for both sides (default 1; 0 leaves both as set up)",
    )
    parser.add_argument("--keysent-only", action="store_true", help="time keysent only (no sklearn loop, no verdict)")
    parser.add_argument("--keysent-from", default=None, metavar="DIR",
                        help="import keysent from DIR (a checkout or an extracted older tree), for A/B timings of two versions")
    args = parser.parse_args(argv)
    if args.keysent_from:
        sys.path.insert(0, str(Path(args.keysent_from).resolve()))

    import torch

    cases = []
    for name in [c.strip() for c in args.cases.split(",") if c.strip()]:
        if name not in CASES:
            parser.error(f"unknown case {name!r}; cases are {', '.join(CASES)}")
        cases.append((name, *CASES[name]))
    for spec in args.case:
        try:
            n, n_layers, d = (int(v) for v in spec.split(","))
        except ValueError:
            parser.error(f"--case wants N,LAYERS,D (e.g. 400,28,1536), got {spec!r}")
        cases.append((f"custom {n}x{n_layers}x{d}", n, n_layers, d))

    limiter = None
    if args.threads > 0:
        import scipy.linalg  # noqa: F401  (load every BLAS first, so that the limit reaches all of them)
        import sklearn.linear_model  # noqa: F401
        from threadpoolctl import threadpool_limits

        torch.set_num_threads(args.threads)
        limiter = threadpool_limits(args.threads)
    print(machine_line())
    results = [bench_case(*case, args) for case in cases]
    print("\nsummary")
    for r in results:
        if r.get("keysent_only"):
            print(f"  {r['case']:<22} keysent {r['keysent_s']:8.3f} s (median wall), {r['keysent_cpu_min']:.3f} s (min CPU)")
            continue
        print(f"  {r['case']:<22} keysent {r['keysent_s']:8.3f} s  sklearn {r['sklearn_s']:8.2f} s  "
              f"{r['ratio']:6.1f}x wall {r['cpu_ratio']:6.1f}x CPU  max |dAUROC| {r['max_auroc_diff']:.1e}  "
              f"{'met' if r['met'] else 'MISSED'}")
    print(machine_line())
    if limiter is not None:
        limiter.restore_original_limits()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
