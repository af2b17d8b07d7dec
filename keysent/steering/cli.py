"""``python -m keysent.steer``: push the model along a safety direction before K and measure K and the answer.

With no arguments it runs on the built-in model: generates traces for the built-in query set,
fits a probe in the same run (safe vs unsafe key sentence at ``c_last``, the token before K) for
the direction, adds ``alpha`` times the difference of class means at the probe's best layer at
``c_last`` for alpha in -2..2 (9 steps), regenerates K and the answer from the end of C, and
does the same with a random direction of the same norm. It writes a run directory
(:class:`~keysent.rundir.RunDir`): ``summary.json``, ``config.json``
(:class:`~keysent.steering.config.SteerConfig`), ``steer.json``, ``steer.csv``,
``regenerations.jsonl``, ``traces.jsonl``, ``directions.safetensors`` (a probe fitted here) and
``figures/``.
"""

from __future__ import annotations

import argparse

from keysent.cli.options import brought_traces_note, cli_main, log, make_parser, warn
from keysent.cli.prologue import start_command

#: Queries per built-in group (the probe that gives the direction is fitted on all of them).
DEFAULT_PER_GROUP = 40


def build_parser() -> argparse.ArgumentParser:
    from keysent.probe.targets import PROBE_TARGETS
    from keysent.steering.config import DIRECTION_KINDS, KNOCKOUTS, MODES, STARTS, STEER_AT, SteerConfig

    cfg = SteerConfig()
    p = make_parser("steer", __doc__.strip().splitlines()[0], default_per_group=DEFAULT_PER_GROUP)
    g = p.add_argument_group("steering")
    g.add_argument("--direction", default=cfg.direction, metavar="probe|RUN_DIR|FILE",
                   help="'probe' (fit one on this run's traces; default), a probe run directory, or a .safetensors/.pt "
                        "tensor of shape [d_model] or [n_layers, d_model]")
    g.add_argument("--direction-target", default=cfg.target, choices=list(PROBE_TARGETS),
                   help=f"probe target of the direction (default: {cfg.target}: safe vs unsafe K; harmful: harmful vs benign queries)")
    g.add_argument("--direction-position", default=cfg.position, help=f"probe position of the direction (default: {cfg.position})")
    g.add_argument("--direction-kind", default=cfg.kind, choices=list(DIRECTION_KINDS),
                   help="difference of class means, or the logistic normal scaled to the class-mean difference along it")
    g.add_argument("--layers", default=cfg.layers, help="'best' (the probe's best AUROC layer; default), 'all', '0,2' or '1:3'")
    g.add_argument("--steer-at", default=cfg.steer_at, choices=list(STEER_AT),
                   help="c_last: the last token of C (default); c: every C token; after_c: every position from the end of C on; all")
    g.add_argument("--mode", default=cfg.mode, choices=list(MODES), help="add alpha * direction, or ablate the direction")
    g.add_argument("--alphas", default=None, metavar="LIST",
                   help="coefficients, '--alphas=-1,0,1' or '--alphas=-2:2:9' (start:stop:count); 1 = the full "
                        "class-mean difference (default: -2..2 in 9 steps)")
    g.add_argument("--start", default=cfg.start, choices=list(STARTS),
                   help="c: keep the prompt and C, regenerate from K on (default); prompt: regenerate the whole reasoning")
    g.add_argument("--knockout", default=cfg.knockout, choices=list(KNOCKOUTS),
                   help="also knock a span out of the rows that predict K (default: none)")
    g.add_argument("--per-group", type=int, default=cfg.per_group, help=f"traces steered per query group (default: {cfg.per_group})")
    g.add_argument("--folds", type=int, default=cfg.folds,
                   help=f"cross-validation folds of the probe fitted for the direction (default: {cfg.folds})")
    g.add_argument("--no-control", action="store_true", help="skip the random-direction control")
    g.add_argument("--no-static-figures", action="store_true", help="write HTML figures only")
    return p


def join_negative_values(argv: list[str], options: tuple[str, ...] = ("--alphas",)) -> list[str]:
    """``--alphas -1,0,1`` read as ``--alphas=-1,0,1`` (argparse takes a value starting with ``-`` for an option).

    >>> join_negative_values(["--alphas", "-2:2:5", "--quiet"])
    ['--alphas=-2:2:5', '--quiet']
    """
    import re

    out: list[str] = []
    i = 0
    while i < len(argv):
        if argv[i] in options and i + 1 < len(argv) and re.fullmatch(r"-[0-9.][0-9.eE+\-,:\s]*", argv[i + 1]):
            out.append(f"{argv[i]}={argv[i + 1]}")
            i += 2
            continue
        out.append(argv[i])
        i += 1
    return out


def config_from_args(args: argparse.Namespace):
    """The :class:`~keysent.steering.config.SteerConfig` of parsed arguments (validated)."""
    from keysent.steering.config import DEFAULT_ALPHAS, SteerConfig

    return SteerConfig(direction=args.direction, target=args.direction_target, position=args.direction_position,
                       kind=args.direction_kind, layers=args.layers, steer_at=args.steer_at, mode=args.mode,
                       start=args.start, alphas=DEFAULT_ALPHAS if args.alphas is None else args.alphas,
                       control=not args.no_control, knockout=args.knockout, per_group=args.per_group, folds=args.folds, seed=args.seed,
                       batch_size=args.batch_size, static_figures=not args.no_static_figures)


def get_direction(args: argparse.Namespace, cfg, model, traces):
    """The direction of ``cfg.direction`` and, for a probe fitted here, its probe run."""
    from pathlib import Path

    from keysent.errors import ConfigError
    from keysent.steering.directions import direction_from_probe, direction_from_probe_run, direction_from_tensor

    if cfg.direction == "probe":
        from keysent.probe.config import ProbeConfig, ProbeRunConfig
        from keysent.probe.pipeline import run_probes

        pcfg = ProbeRunConfig(positions=(cfg.position,), targets=(cfg.target,), batch_size=cfg.batch_size,
                              fit=ProbeConfig(folds=cfg.folds, seed=cfg.seed))
        try:
            run = run_probes(model, traces, pcfg, progress=not args.quiet)
        except ConfigError as exc:  # the probe's hint names --targets, which steer does not have
            raise ConfigError(
                f"cannot fit the steering direction (--direction probe): {exc}".replace(
                    "drop the target with --targets",
                    "pick another --direction-target or --direction-position, or pass a saved direction "
                    "(--direction RUN_DIR|FILE)")) from None
        return direction_from_probe(run.results[(cfg.target, cfg.position)], cfg.target, cfg.kind), run
    p = Path(cfg.direction)
    if p.is_dir():
        return direction_from_probe_run(p, cfg.target, cfg.position, cfg.kind), None
    if p.is_file():
        d = direction_from_tensor(p, model.n_layers)
        d.check_width(model.d_model)
        return d, None
    raise ConfigError(f"--direction {cfg.direction!r} is neither 'probe', a probe run directory nor a tensor file")


def _measured_norms(model, traces, direction, position: str, batch_size: int):
    """The mean residual norm at ``position`` per layer of ``direction`` over ``traces``."""
    from keysent.capture import capture

    acts = capture(model, traces, positions=[position], layers=list(direction.layers), batch_size=batch_size, progress=False)
    x = acts.get(position)[acts.valid[:, 0]]
    return direction.with_mean_norm(x.norm(dim=-1).mean(0)) if len(x) else direction


@cli_main("steer")
def main(argv: list[str] | None = None) -> int:
    from keysent.steering.report import format_table, table_csv, write_figures
    from keysent.steering.sweep import steering_sweep

    def check_layers(cfg, model) -> None:
        if cfg.layers != "best":
            from keysent.capture import resolve_layers

            resolve_layers(cfg.layers, model.n_layers)  # a layer out of range fails before any generation

    run_start = start_command("steer", build_parser(), argv, default_per_group=DEFAULT_PER_GROUP,
                              config_from_args=config_from_args, prepare_argv=join_negative_values,
                              with_model=check_layers)
    args, cfg, model, traces = run_start.args, run_start.config, run_start.model, run_start.traces
    brought_note = brought_traces_note(traces, model.name, "the K and answer regenerated from them under steering")
    if brought_note:
        warn(brought_note)
    direction, probe_run = get_direction(args, cfg, model, traces)
    direction.check_width(model.d_model)
    if direction.mean_norm is None:
        direction = _measured_norms(model, traces, direction, cfg.position, cfg.batch_size)
    log(args, f"direction: {direction.source}")
    result = steering_sweep(model, traces, direction, cfg, max_new_tokens=args.max_new_tokens,
                            gen_batch_size=args.gen_batch_size, progress=not args.quiet)
    with run_start.run_directory() as run:
        from keysent.atomic import write_jsonl

        write_jsonl(run.file("regenerations.jsonl"), result.per_trace())
        run.write_text("steer.csv", table_csv(result))
        if probe_run is not None:
            from keysent.probe.directions import DIRECTIONS_FILE, save_directions

            save_directions(run.file(DIRECTIONS_FILE), probe_run.directions(), model=model.name)
        report = {"model": model.name, **result.to_dict()}
        if brought_note:
            report["warning"] = brought_note
        if probe_run is not None:
            report["probe"] = [r for r in probe_run.records()]
        figures, notes = write_figures(result, run.path / "figures", static=cfg.static_figures)
        report["figures"] = figures
        if notes:
            report["figures_note"] = notes
        run.write_json("steer.json", report)
        run.summary.update({"model": model.name, "n_traces": len(traces), "n_steered": len(result.groups),
                            "layers": result.layers, "direction": result.meta["direction"], "figures": figures})
    print(format_table(result))
    for n in notes:
        print(n)
    print(run_start.finished())
    return 0
