"""``compare.json``: one table of before/after rows from two snapshots, plus ``compare.md``.

Schema (``"schema": "keysent.compare/1"``)::

    {
      "schema": "keysent.compare/1",
      "before": {"label": ..., "model": ..., "n_queries": ...},
      "after":  {"label": ..., "model": ..., "n_queries": ...},
      "rows": [
        {"section": "behaviour", "metric": "safe_k", "group": "jailbreak_unseen",
         "layer": null, "position": null,
         "before": {"value": 0.10, "k": 4, "n": 40, "ci": [0.04, 0.23]},
         "after":  {"value": 0.55, "k": 22, "n": 40, "ci": [0.40, 0.69]},
         "delta": 0.45},
        {"section": "probe", "metric": "auroc", "group": "harmful", "position": "c_last", "layer": 3, ...},
        {"section": "attention", "metric": "k_to_query", "group": "harmful", "layer": 3, ...}
      ]
    }

``section`` names the area (``behaviour``, ``probe``, ``attention``, ``knockout``,
``general_ability``: the snapshots' general-ability rows, metric = the task, group = the kind;
other analyses add their own sections), ``metric`` the quantity, ``group`` the query group (or the
probe target), ``layer``/``position`` where they apply (else ``null``). ``before``/``after`` carry
``value`` and, for rates, the counts ``k``/``n`` and the 95% Wilson interval ``ci``; ``delta`` is
``after - before`` (``null`` when a side is missing). Rows can be appended by other analyses with
:func:`add_rows`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

COMPARE_SCHEMA = "keysent.compare/1"

_RATE_METRICS = ("safe_k", "harmful_answer", "refusal", "format", "correct")


def _side(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return {"value": value.get("rate"), "k": value.get("k"), "n": value.get("n"), "ci": value.get("ci")}
    return {"value": value}


def _row(section: str, metric: str, group: str | None, before: Any, after: Any, *, layer: int | None = None,
         position: str | None = None) -> dict[str, Any]:
    b, a = _side(before), _side(after)
    delta = None
    if b and a and b.get("value") is not None and a.get("value") is not None:
        delta = a["value"] - b["value"]
    return {"section": section, "metric": metric, "group": group, "layer": layer, "position": position,
            "before": b, "after": a, "delta": delta}


def compare_snapshots(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The ``compare.json`` document of two snapshots (see the module docstring)."""
    rows: list[dict[str, Any]] = []
    groups = list(dict.fromkeys(list(before.get("behaviour", {})) + list(after.get("behaviour", {}))))
    for g in groups:
        bb, ab = before.get("behaviour", {}).get(g, {}), after.get("behaviour", {}).get(g, {})
        for metric in _RATE_METRICS:
            if metric in bb or metric in ab:
                rows.append(_row("behaviour", metric, g, bb.get(metric), ab.get(metric)))

    def keyed(snap: dict[str, Any], part: str, key: tuple[str, ...], value: str) -> dict[tuple, Any]:
        return {tuple(r.get(k) for k in key): r.get(value) for r in snap.get(part, []) if value in r}

    pk = ("target", "position", "layer")
    pb, pa = keyed(before, "probes", pk, "auroc"), keyed(after, "probes", pk, "auroc")
    for k in list(dict.fromkeys(list(pb) + list(pa))):
        rows.append(_row("probe", "auroc", k[0], pb.get(k), pa.get(k), position=k[1], layer=k[2]))
    ak = ("target", "group", "layer")
    ab_, aa = keyed(before, "attention", ak, "mass"), keyed(after, "attention", ak, "mass")
    for k in list(dict.fromkeys(list(ab_) + list(aa))):
        rows.append(_row("attention", f"k_to_{k[0].lower() if k[0] == 'C' else k[0]}", k[1], ab_.get(k), aa.get(k), layer=k[2]))
    kk = ("condition", "group")
    kb = {tuple(r.get(k) for k in kk): r for r in before.get("knockout", [])}
    ka = {tuple(r.get(k) for k in kk): r for r in after.get("knockout", [])}
    for k in list(dict.fromkeys(list(kb) + list(ka))):
        side = lambda r: None if r is None else {"value": r.get("delta_logp"), "n": None, "ci": r.get("ci")}  # noqa: E731
        row = _row("knockout", f"delta_logp_{k[0]}", k[1], None, None)
        row["before"], row["after"] = side(kb.get(k)), side(ka.get(k))
        if row["before"] and row["after"] and None not in (row["before"]["value"], row["after"]["value"]):
            row["delta"] = row["after"]["value"] - row["before"]["value"]
        rows.append(row)
    rows.extend(ability_compare_rows(before, after))
    head = lambda s: {"label": s.get("label"), "model": s.get("model"), "n_queries": s.get("n_queries")}  # noqa: E731
    return {"schema": COMPARE_SCHEMA, "before": head(before), "after": head(after), "rows": rows}


def ability_compare_rows(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of section ``general_ability`` (metric = the task: ``arithmetic``, ``factual``,
    ``gsm8k``; group = the kind), from the snapshots' ``general_ability`` rows, with counts and the
    95% Wilson interval on each side (a side without the row is ``null``)."""

    def keyed(snap: dict[str, Any]) -> dict[tuple, dict[str, Any]]:
        return {(r.get("name"), r.get("kind")): {"rate": r.get("accuracy"), "k": r.get("correct"), "n": r.get("n"),
                                                 "ci": [r.get("ci_low"), r.get("ci_high")]}
                for r in snap.get("general_ability", []) or []}

    gb, ga = keyed(before), keyed(after)
    return [_row("general_ability", name, kind, gb.get((name, kind)), ga.get((name, kind)))
            for name, kind in dict.fromkeys(list(gb) + list(ga))]


def add_rows(doc: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Append rows of another analysis (each needs ``section``, ``metric``, ``before``, ``after``)."""
    from keysent.errors import ConfigError

    for r in rows:
        missing = [k for k in ("section", "metric", "before", "after") if k not in r]
        if missing:
            raise ConfigError(f"compare row {r} lacks {missing}")
        doc["rows"].append(_row(r["section"], r["metric"], r.get("group"), r["before"], r["after"],
                                layer=r.get("layer"), position=r.get("position")))
    return doc


def _fmt(side: dict[str, Any] | None) -> str:
    if not side or side.get("value") is None:
        return "n/a"
    if side.get("n") is not None and side.get("k") is not None:
        lo, hi = side["ci"]
        return f"{side['value']:.3f} ({side['k']}/{side['n']}, [{lo:.2f}, {hi:.2f}])"
    return f"{side['value']:.3f}"


def render_markdown(doc: dict[str, Any]) -> str:
    """``compare.md``: behaviour table, best probe layer per target and position, last-layer attention."""
    b, a = doc["before"], doc["after"]
    lines = [f"# Before / after: {b.get('label') or b.get('model')} vs {a.get('label') or a.get('model')}", "",
             "## Behaviour (rate, k/n, 95% Wilson interval)", "",
             "| group | metric | before | after | delta |", "|---|---|---|---|---:|"]
    for r in doc["rows"]:
        if r["section"] == "behaviour":
            d = "" if r["delta"] is None else f"{r['delta']:+.3f}"
            lines.append(f"| {r['group']} | {r['metric']} | {_fmt(r['before'])} | {_fmt(r['after'])} | {d} |")
    lines += ["", "## Probe AUROC (best layer of each side)", "", "| target | position | before (layer) | after (layer) |",
              "|---|---|---|---|"]
    best: dict[tuple, dict[str, tuple[float, int]]] = {}
    for r in doc["rows"]:
        if r["section"] == "probe":
            slot = best.setdefault((r["group"], r["position"]), {})
            for side in ("before", "after"):
                v = (r[side] or {}).get("value")
                if v is not None and (side not in slot or v > slot[side][0]):
                    slot[side] = (v, r["layer"])
    for (target, pos), slot in best.items():
        cells = [f"{slot[s][0]:.3f} ({slot[s][1]})" if s in slot else "n/a" for s in ("before", "after")]
        lines.append(f"| {target} | {pos} | {cells[0]} | {cells[1]} |")
    att = [r for r in doc["rows"] if r["section"] == "attention"]
    if att:
        last = max(r["layer"] for r in att)
        lines += ["", f"## Attention mass from K (layer {last}, mean over heads)", "",
                  "| group | target | before | after | delta |", "|---|---|---:|---:|---:|"]
        for r in att:
            if r["layer"] == last:
                d = "" if r["delta"] is None else f"{r['delta']:+.3f}"
                lines.append(f"| {r['group']} | {r['metric']} | {_fmt(r['before'])} | {_fmt(r['after'])} | {d} |")
    other = sorted({r["section"] for r in doc["rows"]} - {"behaviour", "probe", "attention"})
    for section in other:
        lines += ["", f"## {section}", "", "| metric | group | before | after | delta |", "|---|---|---|---|---:|"]
        for r in doc["rows"]:
            if r["section"] == section:
                d = "" if r["delta"] is None else f"{r['delta']:+.3f}"
                lines.append(f"| {r['metric']} | {r['group']} | {_fmt(r['before'])} | {_fmt(r['after'])} | {d} |")
    return "\n".join(lines) + "\n"


def write_comparison(directory: Path, before: dict[str, Any], after: dict[str, Any], *, figures: bool = True,
                     static_figures: bool = True) -> dict[str, Any]:
    """Write ``compare.json``, ``compare.md`` and (HTML always, PNG when Chromium is present and
    ``static_figures``) ``figures/probe_auroc_<target>`` into ``directory``; returns the document."""
    from keysent.atomic import write_json, write_text

    doc = compare_snapshots(before, after)
    write_json(directory / "compare.json", doc)
    write_text(directory / "compare.md", render_markdown(doc))
    if figures:
        write_figures(directory / "figures", doc, static=static_figures)
    return doc


def write_figures(directory: Path, doc: dict[str, Any], *, static: bool = True) -> list[Path]:
    """Probe AUROC by layer before and after, one figure per target (HTML, and PNG if ``static``)."""
    import warnings

    from keysent.figures import auroc_by_layer, save_figure

    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for target in sorted({r["group"] for r in doc["rows"] if r["section"] == "probe"}):
        recs = []
        for r in doc["rows"]:
            if r["section"] == "probe" and r["group"] == target:
                for side in ("before", "after"):
                    if r[side] and r[side].get("value") is not None:
                        recs.append({"position": f"{r['position']} {side}", "layer": r["layer"], "auroc": r[side]["value"]})
        if recs:
            fig = auroc_by_layer(recs, title=f"{target}: before vs after")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                paths = save_figure(fig, directory / f"probe_auroc_{target}", ("html", "png") if static else ("html",),
                                    require_static=False)
            out.extend(paths.values())
    return out


__all__ = ["compare_snapshots", "ability_compare_rows", "render_markdown", "write_comparison", "write_figures", "add_rows", "COMPARE_SCHEMA"]
