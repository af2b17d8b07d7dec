"""The one place hook-point names are written: ``hook_name(kind, layer)``.

keysent addresses activations by TransformerLens hook names (``blocks.3.hook_resid_post``,
``blocks.3.attn.hook_pattern``, ``ln_final.hook_out``). Per-layer names come from
TransformerLens' own :func:`transformer_lens.utilities.get_act_name` (so they match
``bridge.hook_dict``); the final norm's output is the bridge's ``ln_final.hook_out`` (what the
unembedding reads). Every module asks here instead of typing a name, so the names used by
capture, the attention metrics, knock-outs, training objectives and hooked generation (which
maps the same names onto the plain generation twin's modules) are one set.

>>> hook_name("resid_post", 3)
'blocks.3.hook_resid_post'
>>> hook_name("pattern", 0)
'blocks.0.attn.hook_pattern'
>>> hook_name("ln_final")
'ln_final.hook_out'
>>> hook_name("blocks.{layer}.ln2.hook_normalized", 1)
'blocks.1.ln2.hook_normalized'
>>> parse_hook_name("blocks.12.hook_resid_pre")
('resid_pre', 12)
"""

from __future__ import annotations

import re

from keysent.errors import ConfigError

__all__ = ["hook_name", "parse_hook_name", "LAYER_KINDS", "FINAL_NORM", "RESIDUAL_KINDS", "TEMPLATE_EXAMPLE"]

#: Per-layer hook kinds keysent names (TransformerLens' short names for ``get_act_name``).
LAYER_KINDS = ("resid_pre", "resid_mid", "resid_post", "attn_out", "mlp_out", "pattern", "attn_scores",
               "q", "k", "v", "z")

#: Kinds on the residual stream (``Float[Tensor, "batch pos d_model"]``): the ones hooked
#: generation can also serve on the plain twin.
RESIDUAL_KINDS = ("resid_pre", "resid_post")

#: The final norm's output: ``Float[Tensor, "batch pos d_model"]``, the input of the unembedding.
FINAL_NORM = "ln_final.hook_out"

#: An example hook-point template (for error messages and docs).
TEMPLATE_EXAMPLE = "blocks.{layer}.ln2.hook_normalized"

_LAYER_RE = re.compile(r"^blocks\.(\d+)\.(?:attn\.)?hook_([a-z_]+)$")


def hook_name(kind: str, layer: int | None = None) -> str:
    """The hook-point name of ``kind`` at ``layer``.

    Args:
        kind: One of :data:`LAYER_KINDS` (with a ``layer``), ``"ln_final"`` (no layer), or a
            template containing ``{layer}`` such as ``"blocks.{layer}.ln2.hook_normalized"``.
        layer: Layer index (non-negative; resolve negative ones with
            :func:`keysent.capture.resolve_layers` first).

    Raises:
        ConfigError: an unknown kind, a per-layer kind without a layer, or a layer for
            ``ln_final``.
    """
    if kind in ("ln_final", FINAL_NORM):
        if layer is not None:
            raise ConfigError("ln_final has no layer: use hook_name('ln_final')")
        return FINAL_NORM
    if "{layer}" in kind:
        if layer is None:
            raise ConfigError(f"hook template {kind!r} needs a layer")
        return kind.format(layer=int(layer))
    if kind not in LAYER_KINDS:
        raise ConfigError(
            f"unknown hook {kind!r}: use one of {', '.join(LAYER_KINDS)}, 'ln_final', or a hook point "
            f"template containing '{{layer}}', e.g. {TEMPLATE_EXAMPLE!r}"
        )
    if layer is None or isinstance(layer, bool) or int(layer) < 0:
        raise ConfigError(f"hook {kind!r} needs a non-negative layer index, got {layer!r}")
    from transformer_lens.utilities import get_act_name

    return str(get_act_name(kind, int(layer)))


def parse_hook_name(name: str) -> tuple[str, int | None]:
    """``(kind, layer)`` of a per-layer hook name written by :func:`hook_name`; ``("ln_final",
    None)`` for the final norm. Raises :class:`ConfigError` for other names."""
    if name == FINAL_NORM:
        return "ln_final", None
    m = _LAYER_RE.match(name)
    if m is None or m[2] not in LAYER_KINDS:
        raise ConfigError(f"{name!r} is not a per-layer hook name keysent knows (e.g. {hook_name('resid_post', 0)!r})")
    return m[2], int(m[1])
