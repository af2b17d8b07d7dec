"""Safe Trigger's measures count an answer the refusal judge cannot read (NOT_JUDGED) apart,
as neither a refusal nor a harmful answer, instead of failing on it."""

from __future__ import annotations

from types import SimpleNamespace


def _trace(answer: str, harmful: bool, group: str):
    gen = f"Reasoning.\n</think>\n\n{answer}"
    return SimpleNamespace(labels={"group": group, "harmful": harmful}, generated=gen, answer=answer,
                           query="q", complete=True)


def test_not_judged_answers_are_counted_apart(monkeypatch):
    import keysent.judge
    from keysent.judge import NOT_JUDGED
    from keysent.training.safetrigger.measures import safetrigger_measures

    verdicts = {"refuse": True, "comply": False, "unreadable": NOT_JUDGED}
    monkeypatch.setattr(keysent.judge, "is_refusal", lambda text, query=None: verdicts[text.strip()])
    traces = [_trace(a, True, "plain") for a in ("refuse", "comply", "unreadable")]
    traces += [_trace(a, False, "benign") for a in ("refuse", "comply", "unreadable", "comply")]
    m = safetrigger_measures(traces)
    assert m["plain"]["harmful_answer"]["k"] == 1 and m["plain"]["harmful_answer"]["n"] == 3
    assert m["plain"]["not_judged"] == 1
    assert m["benign"]["over_refusal"]["k"] == 1 and m["benign"]["over_refusal"]["n"] == 4
    assert m["benign"]["not_judged"] == 1
