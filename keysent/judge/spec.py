"""Judge specs: the strings behind ``--refusal-judge``, ``--aha-judge``, ``--safety-judge``.

===================================================== =========================================
spec                                                  judge
===================================================== =========================================
``rules`` (or ``rule``)                               the rule judges (no safety judge: the
                                                      documented fallback, refusal on a harmful
                                                      query, decides ``answer_safe``)
``api:MODEL[#base_url=URL,prompt=P,key_env=VAR,...]`` an OpenAI-compatible API
                                                      (:func:`keysent.judge.api.api_judge`)
``hf:PATH_OR_NAME[#prompt=P,conversation=1,...]``     a local classifier
                                                      (:func:`keysent.judge.classifier.classifier_judge`)
===================================================== =========================================

Options after ``#`` are ``key=value`` pairs separated by commas: ``prompt`` (a shipped prompt name
or a ``.txt`` path; defaults per verdict: refusal ``refusal-xstest``, safe ``harm-1to5`` (API) /
``llama-guard`` (hf), k_aha ``aha-yes-no``), ``base_url``, ``key_env``, ``conversation``,
``on_unparsed``, ``cache`` (a directory, or ``off``), ``batch_size``, ``concurrency``,
``max_retries``, ``backoff``, ``timeout``, ``max_tokens``, ``max_new_tokens``, ``device``.

``None`` means "do not judge" everywhere in keysent (:func:`keysent.traces.trace.build_trace`,
:func:`keysent.generate_traces`, :func:`keysent.knockout` leave the verdicts out); the default
is ``"rules"``.

Example::

    >>> from keysent.judge import get_judge, get_judges, make_judge
    >>> get_judge("rules")
    RuleJudge()
    >>> make_judge("api:gpt-4o#base_url=http://127.0.0.1:9/v1", "safe").name
    'api:gpt-4o@http://127.0.0.1:9/v1|harm-1to5-v1'
    >>> get_judges(refusal="rules", safety=None).names()
    {'refusal': 'rules', 'k_aha': 'rules', 'safe': None}
"""

from __future__ import annotations

from typing import Any

from keysent.errors import ConfigError
from keysent.judge.base import Judge, JudgeSet, RuleJudge

_DEFAULT_PROMPT = {
    "api": {"refusal": "refusal-xstest", "safe": "harm-1to5", "k_aha": "aha-yes-no", "c_end": "c-end"},
    "hf": {"refusal": "refusal-xstest", "safe": "llama-guard", "k_aha": "aha-yes-no", "c_end": "c-end"},
}
_INT = {"batch_size", "concurrency", "max_retries", "max_tokens", "max_new_tokens"}
_FLOAT = {"backoff", "timeout"}
_STR = {"prompt", "base_url", "key_env", "on_unparsed", "cache", "device"}
_BOOL = {"conversation"}
_API_ONLY = {"base_url", "key_env", "concurrency", "max_retries", "backoff", "timeout", "max_tokens"}
_HF_ONLY = {"max_new_tokens", "device"}


def _is_rules(spec: Any) -> bool:
    return isinstance(spec, str) and spec.strip().lower() in ("rule", "rules")


def parse_spec(spec: str) -> tuple[str, str, dict[str, Any]]:
    """``(kind, target, options)`` of an ``api:`` / ``hf:`` spec."""
    kind, colon, rest = spec.partition(":")
    kind = kind.strip().lower()
    if not colon or kind not in ("api", "hf") or not rest.strip():
        raise ConfigError(
            f"unknown judge {spec!r}; use 'rules', 'api:MODEL[#base_url=URL,prompt=NAME]' or "
            "'hf:PATH_OR_NAME[#prompt=NAME]'"
        )
    target, _, opts = rest.partition("#")
    options: dict[str, Any] = {}
    for item in filter(None, (o.strip() for o in opts.split(","))):
        key, eq, value = item.partition("=")
        key = key.strip()
        if not eq or key not in _INT | _FLOAT | _STR | _BOOL:
            raise ConfigError(
                f"judge option {item!r} in {spec!r} is not key=value with a known key "
                f"({', '.join(sorted(_INT | _FLOAT | _STR | _BOOL))})"
            )
        if (kind == "api" and key in _HF_ONLY) or (kind == "hf" and key in _API_ONLY):
            raise ConfigError(f"judge option {key!r} does not apply to {kind}: judges")
        value = value.strip()
        try:
            if key in _INT:
                options[key] = int(value)
            elif key in _FLOAT:
                options[key] = float(value)
            elif key in _BOOL:
                if value.lower() not in ("1", "0", "true", "false", "yes", "no"):
                    raise ValueError(value)
                options[key] = value.lower() in ("1", "true", "yes")
            else:
                options[key] = value
        except ValueError:
            raise ConfigError(f"judge option {key}={value!r} in {spec!r} has the wrong type") from None
    if options.get("cache") in ("off", "none", "false", "0"):
        options["cache"] = False
    return kind, target.strip(), options


def make_judge(spec: Any, verdict: str) -> Any:
    """The judge for one verdict (``refusal``, ``k_aha``, ``safe``, ``c_end``) from a spec.

    ``"rules"`` gives :class:`RuleJudge` (for ``safe`` and ``c_end``: ``None``, the documented
    fallback and the rule-based locator); ``"learned"`` (``c_end`` only) the learned locator
    with the shipped weights (:class:`keysent.traces.locate_learned.LearnedLocator`); an
    object is returned as is; ``api:``/``hf:`` strings build model judges whose default prompt
    fits the verdict; a prompt for another verdict is an error.
    """
    if verdict not in ("refusal", "k_aha", "safe", "c_end"):
        raise ConfigError(f"unknown verdict {verdict!r}; verdicts are refusal, k_aha, safe, c_end")
    if spec is None:
        return None
    if _is_rules(spec):
        return None if verdict in ("safe", "c_end") else RuleJudge()
    if verdict == "c_end" and isinstance(spec, str) and spec.strip().lower() == "learned":
        from keysent.traces.locate_learned import learned_locator

        return learned_locator()
    if not isinstance(spec, str):
        return spec
    try:
        kind, target, options = parse_spec(spec)
    except ConfigError as exc:
        if verdict == "c_end" and str(exc).startswith("unknown judge"):  # --locator also takes learned
            raise ConfigError(
                f"unknown locator {spec!r}; use 'rules', 'learned', 'api:MODEL[#base_url=URL,prompt=NAME]' or "
                "'hf:PATH_OR_NAME[#prompt=NAME]'") from None
        raise
    options.setdefault("prompt", _DEFAULT_PROMPT[kind][verdict])
    if kind == "api":
        from keysent.judge.api import api_judge

        judge = api_judge(target, **options)
    else:
        from keysent.judge.classifier import classifier_judge

        judge = classifier_judge(target, **options)
    if judge.verdict != verdict:
        raise ConfigError(
            f"judge {spec!r}: prompt {judge.prompt.id} answers {judge.verdict!r}, but it was asked for "
            f"{verdict!r}; pick a {verdict} prompt (keysent.judge.prompts)"
        )
    return judge


def get_judge(spec: Any = "rules") -> Judge:
    """Turn a judge spec into a :class:`Judge` (refusal and aha; the older single-judge API).

    ``"rules"`` gives :class:`RuleJudge`; an object with ``is_refusal`` and ``has_safety_aha``
    is returned as is; any other callable is taken as a text generator and wrapped in
    :class:`~keysent.judge.ModelJudge` (wrap plain bool functions in
    :class:`~keysent.judge.CallableJudge`). ``None`` is an error here: it means "do not judge".

    Example::

        >>> get_judge("rule")
        RuleJudge()
        >>> get_judge(lambda prompts: ["no"] * len(prompts)).is_refusal("Sure, here it is.")
        False
    """
    if _is_rules(spec):
        return RuleJudge()
    if spec is None:
        raise ConfigError("judge=None means 'do not judge'; pass 'rules' for the rule judge")
    if isinstance(spec, str):
        raise ConfigError(
            f"unknown judge {spec!r} for get_judge; use 'rules', a Judge object, a text generator "
            "generate_fn(list[str]) -> list[str], CallableJudge(refusal_fn, aha_fn), or "
            "get_judges(refusal=..., aha=..., safety=...) for api:/hf: specs"
        )
    if hasattr(spec, "is_refusal") and hasattr(spec, "has_safety_aha"):
        return spec
    if callable(spec):
        from keysent.judge.model import ModelJudge

        return ModelJudge(spec)
    raise ConfigError(f"cannot make a judge from {type(spec).__name__}; use 'rules', a Judge, or a callable")


def get_judges(judge: Any = "rules", *, refusal: Any = None, aha: Any = None, safety: Any = None) -> JudgeSet:
    """One judge per verdict. ``judge`` (a :func:`get_judge` spec, or a :class:`JudgeSet`) fills
    ``refusal`` and ``aha`` where they are not given; ``safety`` is ``None`` (the fallback) unless
    given. Each of ``refusal``/``aha``/``safety`` is a spec for :func:`make_judge` or an object."""
    if isinstance(judge, JudgeSet):
        base_r, base_a, base_s = judge.refusal, judge.aha, judge.safety
    else:
        base = get_judge(judge)
        base_r = base_a = base
        base_s = None
    r = make_judge(refusal, "refusal") if refusal is not None else base_r
    a = make_judge(aha, "k_aha") if aha is not None else base_a
    s = make_judge(safety, "safe") if safety is not None else base_s
    for label, j, method in (("refusal", r, "is_refusal"), ("aha", a, "has_safety_aha"), ("safety", s, "is_safe")):
        if j is not None and not hasattr(j, method):
            raise ConfigError(f"the {label} judge {j!r} has no {method}()")
    return JudgeSet(refusal=r, aha=a, safety=s)


def add_judge_options(parser: Any) -> None:
    """``--refusal-judge``, ``--aha-judge``, ``--safety-judge`` and ``--locator`` on an argparse parser."""
    g = parser.add_argument_group("judges")
    g.add_argument("--refusal-judge", default="rules", metavar="SPEC",
                   help="does the answer decline? rules | api:MODEL[#prompt=refusal-xstest,...] | hf:PATH (default: rules)")
    g.add_argument("--aha-judge", default="rules", metavar="SPEC",
                   help="is K a safety aha? rules | api:MODEL[#prompt=aha-yes-no] | hf:PATH (default: rules)")
    g.add_argument("--safety-judge", default=None, metavar="SPEC",
                   help="is the answer harmless? api:MODEL[#prompt=harm-1to5|strongreject|llama-guard] | "
                        "hf:PATH[#conversation=1] (default: none: a data label, else the refusal fallback)")
    add_locator_option(g)


def add_locator_option(parser: Any) -> None:
    """``--locator SPEC`` (default ``rules``) on an argparse parser or argument group: the judge of
    C's end that :func:`locator_from_args` builds."""
    parser.add_argument("--locator", default="rules", metavar="SPEC",
                        help="where does C end? rules | learned | api:MODEL[#prompt=c-end,...] | hf:PATH: learned is a "
                             "logistic regression shipped with keysent that takes the rules as a feature (on the "
                             "blind sets 56-59 230/240 R1-family and 116/120 other traces exact, the rules 225, 112; on 60-63 "
                             "221 and 113, the rules 220, 107; not for the "
                             "built-in organism's templated traces); a model judge marks C's last sentence, the "
                             "rules where it gives no answer (default: rules; docs/locating.md)")


def locator_from_args(args: Any) -> Any:
    """The judge of C's end behind ``--locator`` (``None`` for ``rules``: the rule-based locator;
    a :class:`~keysent.traces.locate_learned.LearnedLocator` for ``learned``), built once per
    command; a model judge shows a progress bar unless ``--quiet``.

    Raises:
        ConfigError: a bad spec, or a prompt that does not answer ``c_end``.
        KeysentError: ``learned`` with a missing, corrupt or outdated weights file.
    """
    if not hasattr(args, "_locator"):
        judge = make_judge(getattr(args, "locator", None) or "rules", "c_end")
        if hasattr(judge, "progress"):
            judge.progress = not getattr(args, "quiet", False)
        args._locator = judge
    return args._locator


def judges_from_args(args: Any) -> JudgeSet:
    """The :class:`JudgeSet` of the options added by :func:`add_judge_options` (model judges show
    a progress bar unless ``--quiet``)."""
    cached = getattr(args, "_judges", None)
    if cached is not None:  # built once per command (an hf: judge loads a model)
        return cached
    judges = get_judges("rules", refusal=getattr(args, "refusal_judge", None) or "rules",
                        aha=getattr(args, "aha_judge", None) or "rules",
                        safety=getattr(args, "safety_judge", None))
    for j in (judges.refusal, judges.aha, judges.safety):
        if hasattr(j, "progress"):
            j.progress = not getattr(args, "quiet", False)
    try:
        args._judges = judges
    except AttributeError:  # pragma: no cover - not a namespace
        pass
    return judges


__all__ = ["get_judge", "get_judges", "make_judge", "parse_spec", "add_judge_options", "add_locator_option", "judges_from_args",
           "locator_from_args"]
