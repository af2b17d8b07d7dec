"""One row of the agreement tables of the blind-labelled real traces (``star1_blind_agreement.py``,
``wild_traces_agreement.py``): a group of traces, the labellers' agreement and the locator's.

Each trace is a dict with ``first`` and ``second`` (two labellers' K), ``agreed`` (the K they
agree on, or ``None``) and ``located`` (the locator's K), all with spacing normalised.
"""

from __future__ import annotations

HEADER = ("| {name} | n | labellers agree | locator = first | locator = second | locator = agreed label |\n"
          "|---|---:|---:|---:|---:|---:|")


def agreement_row(name: str, rows: list[dict]) -> str:
    """The markdown row of ``rows``: n, traces with an agreed K, the locator's K equal to the first
    label, to the second, and to the agreed one (with the rate)."""
    agreed = [r for r in rows if r["agreed"] is not None]
    hit = sum(r["located"] == r["agreed"] for r in agreed)
    n = len(rows)
    return (f"| {name} | {n} | {len(agreed)}/{n} | {sum(r['located'] == r['first'] for r in rows)}/{n} | "
            f"{sum(r['located'] == r['second'] for r in rows)}/{n} | {hit}/{len(agreed)} "
            f"({hit / max(1, len(agreed)):.3f}) |")
