"""What the shape checks (architecture, parameters, layers) share: the expected-against-actual
table of layers, the usual shape mistakes the trace shows, and the grader's own LeNet-5's
verdict on the model's geometry, with the words of each."""

from __future__ import annotations

from grader.assignment import spec
from grader.assignment.checks.common import Code, Words, cause, shape
from grader.assignment.facts import Facts
from grader.assignment.spec import ExpectedLayer
from grader.worker.protocol import Layer, Trace


class Cause(Code):
    NO_PADDING = "no_padding"
    TYPO_84_120 = "typo_84_120"
    WRONG_GEOMETRY = "wrong_geometry"
    FUNCTION_DIFFERS = "function_differs"
    EXTRA_NORM = "extra_norm"


def _family(kind: str) -> str:
    """Which kind of pooling a layer uses is the layers check's business, not the shapes'."""
    return "pool" if kind.endswith("pool") else kind


def _fits(want: ExpectedLayer, got: Layer) -> bool:
    return _family(got.kind) in map(_family, want.kinds) and tuple(got.shape) in want.shapes


def _aligned(layers: list[Layer]) -> list[tuple[ExpectedLayer | None, Layer | None]]:
    """Each traced layer beside the expected one it is, in order: where the trace holds every
    layer of LeNet-5 with the right shape in order, plus layers of its own, those extras
    stand alone (None expected); otherwise layer by layer, position by position."""
    pairs: list[tuple[ExpectedLayer | None, Layer | None]] = []
    wanted = list(spec.LAYERS)
    for got in layers:
        if wanted and _fits(wanted[0], got):
            pairs.append((wanted.pop(0), got))
        else:
            pairs.append((None, got))
    if wanted or len(layers) == len(spec.LAYERS):
        count = max(len(spec.LAYERS), len(layers))
        return [(spec.LAYERS[index] if index < len(spec.LAYERS) else None,
                 layers[index] if index < len(layers) else None) for index in range(count)]
    return pairs


def rows(trace: Trace) -> list[dict]:
    """Expected and actual layer side by side, one row per layer (`_aligned`)."""
    found = []
    for want, got in _aligned(trace.layers):
        found.append({
            "name": want.name if want else "extra",
            "expected_kind": "/".join(want.kinds) if want else "",
            "expected_shape": list(want.shapes[0]) if want else None,
            "expected_params": want.params if want else None,
            "expected_activation": want.activation if want else None,
            "kind": got.kind if got else None,
            "shape": got.shape if got else None,
            "params": got.params if got else None,
            "activation": got.activation if got else None,
            "norm": got.norm if got else None,
            "norm_params": got.norm_params if got else None,
            "kernel": got.kernel if got else None,
            "shape_ok": bool(want and got and _fits(want, got)),
            "params_ok": bool(want and got and got.params == want.params),
        })
    return found


def extra_layers(table: list[dict]) -> list[str]:
    """The layers of a model that LeNet-5 does not have, each named by the layer before it,
    where the table could align them (`_aligned`)."""
    named = []
    for index, row in enumerate(table):
        if row["name"] == "extra" and row["kind"] and all(
                other["shape_ok"] for other in table if other["name"] != "extra"):
            before = table[index - 1]["name"] if index else None
            named.append(f"{row['kind']} {shape(row['shape'])}"
                         + (f" + {row['activation']}" if row["activation"] else "")
                         + (f" after {before}" if before else " before C1"))
    return named


def kernels(table: list[dict]) -> dict[str, list[int]]:
    """The kernel of each convolution in LeNet-5's places that is not KERNEL x KERNEL."""
    return {row["name"]: row["kernel"] for row in table
            if row["name"] != "extra" and row["kind"] == "conv"
            and row["kernel"] and row["kernel"] != [spec.KERNEL, spec.KERNEL]}


def mark(table: list[dict], causes: list[dict]) -> None:
    """Mark in the table every layer the causes' words name, so that words and table agree."""
    named: set[str] = set()
    for found in causes:
        at = found.get("at")
        named.update(found.get("after", []) + list(found.get("kernels", {}))
                     + (["out" if at == "output" else at]
                        if found["code"] == Cause.FUNCTION_DIFFERS else []))
    for row in table:
        row["marked"] = row.get("marked") or row["name"] in named


def norms(table: list[dict], facts: Facts) -> list[dict]:
    """The normalizations no LeNet-5 has, per kind, with the layers each follows and the
    parameters it adds there; and whether the grader's LeNet-5 confirmed that, with its
    BatchNorms at identity, the model computes LeNet-5 (verification.py)."""
    verified = facts.verification
    variant = verified.identity_variant if verified is not None else None
    confirmed = variant is not None and not spec.variant_faults(variant) \
        and not spec.shape_faults(variant)
    found: dict[str, dict] = {}
    for row in table:
        if row["norm"]:
            entry = found.setdefault(row["norm"], {"after": [], "params": []})
            entry["after"].append(row["name"])
            entry["params"].append(row["norm_params"] or 0)
    return [cause(Cause.EXTRA_NORM, kind=kind, **entry,
                  confirmed=confirmed and kind.startswith("BatchNorm"))
            for kind, entry in found.items()]


def mistakes(trace: Trace) -> list[dict]:
    """Name the usual shape mistakes that the table shows."""
    layers, causes = trace.layers, []
    convs = [layer for layer in layers if layer.kind == "conv"]
    if convs and convs[0].shape[1:] == [spec.UNPADDED_C1_SIDE] * 2:
        causes.append(cause(Cause.NO_PADDING))
    linears = [layer.shape for layer in layers if layer.kind == "linear"]
    if len(linears) >= 2 and linears[-2] == [spec.F6_UNITS] and linears[-1] == [spec.C5_UNITS]:
        causes.append(cause(Cause.TYPO_84_120))
    return causes


def geometry_causes(facts: Facts) -> list[dict]:
    """What the grader's own LeNet-5 says against the model's shapes: a recognised variant
    with the wrong geometry, or values that first differ at a layer with weights. A function
    it does not recognise otherwise leaves the shapes to the trace (and the result flagged)."""
    verified = facts.verification
    if verified is None or not verified.loaded:
        return []
    if verified.variant is not None:
        faults = spec.shape_faults(verified.variant)
        return [cause(Cause.WRONG_GEOMETRY, faults=faults)] if faults else []
    if verified.diverged_at in spec.WEIGHTED_STAGES:
        return [cause(Cause.FUNCTION_DIFFERS, at=verified.diverged_at)]
    return []


def layer_table(rows: list[dict], judged: str) -> str:
    """The expected-vs-actual table of layers, in Markdown (readable as plain text too);
    `judged` ("shape_ok" or "params_ok") says which mismatch the arrow marks."""
    lines = ["| layer | expected | yours | params expected | params yours | |",
             "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        expected = (f"{row['expected_kind']} {shape(row['expected_shape'])}"
                    + (f" + {row['expected_activation']}" if row["expected_activation"] else "")
                    if row["expected_shape"] else "-")
        yours = (f"{row['kind']} {shape(row['shape'])}"
                 + (f" + {row['norm']}" if row.get("norm") else "")
                 + (f" + {row['activation']}" if row["activation"] else "")
                 if row["kind"] else "missing")
        ok = "ok" if row[judged] and not row.get("marked") else "<-"
        lines.append(f"| {row['name']} | {expected} | {yours} | "
                     f"{row['expected_params'] if row['expected_params'] is not None else '-'} | "
                     f"{row['params'] if row['params'] is not None else '-'} | {ok} |")
    return "\n".join(lines)


def table_of_failures(judged: str):
    """The appendix of a shape check: its layer table, where it failed and the trace ran."""
    def appendix(finding) -> list[str]:
        if finding.details.get("rows") and not finding.passed:
            return [layer_table(finding.details["rows"], judged)]
        return []
    return appendix


_KERNEL = f"{spec.KERNEL}x{spec.KERNEL}"
_POOLING = f"{spec.POOL}x{spec.POOL} average pooling of that (not max)"
_S4 = spec.sides()[3]
# What each of spec.STAGES is, for a model whose values differ there.
STAGE_HINTS = {
    "C1": f"a {_KERNEL} convolution of the 1 input map into {spec.C1_MAPS}, "
          f"with padding={spec.C1_PADDING}",
    "S2": _POOLING,
    "C3": f"a {_KERNEL} convolution of all {spec.C1_MAPS} maps into {spec.C3_MAPS}, "
          "without padding",
    "S4": _POOLING,
    "C5": f"{spec.C5_UNITS} units over all {spec.C3_MAPS} x {_S4} x {_S4} values (a {_KERNEL} "
          f"convolution or a Linear {spec.C5_INPUTS} -> {spec.C5_UNITS})",
    "F6": f"a Linear {spec.C5_UNITS} -> {spec.F6_UNITS}",
    "output": f"a Linear {spec.F6_UNITS} -> n_classes with nothing after it but an optional "
              "(log-)softmax",
    **{f"{layer.activation} after {layer.name}": f"{layer.activation} of {layer.name}'s output"
       for layer in spec.LAYERS if layer.activation},
}

_UNPADDED = f"{spec.IMAGE}x{spec.IMAGE}"
_SHRUNK = f"{spec.UNPADDED_C1_SIDE}x{spec.UNPADDED_C1_SIDE}"
OUTPUT_LAYER = f"`nn.Linear({spec.F6_UNITS}, n_classes)`"

def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


MESSAGES: Words = {
    Cause.EXTRA_NORM: lambda c: f"{c['kind']} after {_listed(c['after'])} is not part of "
                                f"LeNet-5 (it adds {_listed([str(n) for n in c['params']])} "
                                "parameters): remove it."
                                + (" With it at identity (weight 1, bias 0, running mean 0, "
                                   "variance 1) and the grader's weights in the rest, your "
                                   "model computes LeNet-5 exactly." if c.get("confirmed")
                                   else ""),
    Cause.NO_PADDING: lambda c: f"Likely mistake: C1 has no padding, so {_UNPADDED} images "
                                f"shrink to {_SHRUNK} ({spec.UNPADDED_PARAMS:,} parameters). "
                                f"Fix: `nn.Conv2d(1, {spec.C1_MAPS}, {spec.KERNEL}, "
                                f"padding={spec.C1_PADDING})`.",
    Cause.TYPO_84_120: lambda c: "Likely mistake: the slides' typo \"Layer 7: "
                                 f"{spec.F6_UNITS} -> {spec.C5_UNITS}\". The output layer is "
                                 f"{OUTPUT_LAYER} (erratum in the handout).",
    Cause.FUNCTION_DIFFERS: lambda c: "With fresh weights the grader chose, your model computes "
                                      "something other than LeNet-5"
                                      + (f": its values first differ at {c['at']}, which should "
                                         f"be {STAGE_HINTS[c['at']]}."
                                         if c.get("at") in STAGE_HINTS else "."),
    Cause.WRONG_GEOMETRY: lambda c: "With fresh weights the grader chose, your model computes "
                                    "LeNet-5 with " + ", ".join(c["faults"]) + ": see the table "
                                    "for LeNet-5's shapes.",
}
