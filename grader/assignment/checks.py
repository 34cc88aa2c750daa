"""The seven checks, registered in one place: pure functions from facts to a finding.

A check decides (status and the causes behind it, as codes with data); feedback.py words the
causes. No check runs student code or touches a file, so each is testable on hand-made facts.
A new check is one entry in `CHECKS` (its id, the contract names and the fact it needs, its
decision), the fact it reads (worker/inspection.py, FACTS), its words in feedback.py, and its
points in the rubric.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from grader.assignment import spec
from grader.assignment.facts import FORGED, Facts
from grader.worker.protocol import CLASS_COUNTS, LOOP_EPOCHS


@dataclass
class Finding:
    status: str                                # passed, failed, error, timeout, skipped
    causes: list[dict] = field(default_factory=list)   # {"code": ..., **data}
    details: dict = field(default_factory=dict)        # facts a report may show

    @property
    def passed(self) -> bool:
        return self.status == "passed"


def cause(code: str, **data) -> dict:
    return {"code": code, **data}


def _blocked(check: Check, facts: Facts) -> Finding | None:
    """The finding when a check cannot even look: rejected file, failed import, missing names,
    or the stage died before reaching this check's fact."""
    inspection = facts.inspection
    if facts.rejected:
        return Finding("failed", [cause("rejected", reason=facts.rejected)])
    if inspection.import_error:
        return Finding("error", [cause("import_error", error=inspection.import_error)])
    missing = [name for name in check.needs if name in inspection.missing]
    if missing:
        return Finding("failed", [cause("missing_names", names=missing)])
    fact = check.fact
    if fact is not None and fact not in inspection.observed and check.fallback is not None \
            and check.fallback in inspection.observed:
        fact = check.fallback   # the primary fact was never reached: decide from the other
    if not inspection.imported or fact is not None and fact not in inspection.observed:
        if inspection.starved:
            return Finding("error", [cause("machine_busy", stage="inspect")])
        status = "timeout" if inspection.status == "timeout" else "error"
        return Finding(status, [cause(f"stage_{inspection.status}", stage="inspect")])
    if fact is None:
        return None
    error = inspection.observed[fact].error
    if error is not None:
        return Finding("error", [cause("raised", where=fact, error=error)])
    return None


def _value(facts: Facts, key: str):
    return facts.inspection.observed[key].value


def _family(kind: str) -> str:
    """Which kind of pooling a layer uses is the layers check's business, not the shapes'."""
    return "pool" if kind.endswith("pool") else kind


def _rows(trace: dict) -> list[dict]:
    """Expected and actual layer side by side, one row per position."""
    layers = trace["layers"]
    rows = []
    for index in range(max(len(spec.LAYERS), len(layers))):
        want = spec.LAYERS[index] if index < len(spec.LAYERS) else None
        got = layers[index] if index < len(layers) else None
        rows.append({
            "name": want.name if want else "extra",
            "expected_kind": "/".join(want.kinds) if want else "",
            "expected_shape": list(want.shapes[0]) if want else None,
            "expected_params": want.params if want else None,
            "expected_activation": want.activation if want else None,
            "kind": got["kind"] if got else None,
            "shape": got["shape"] if got else None,
            "params": got["params"] if got else None,
            "activation": got["activation"] if got else None,
            "shape_ok": bool(want and got
                             and _family(got["kind"]) in map(_family, want.kinds)
                             and tuple(got["shape"]) in want.shapes),
            "params_ok": bool(want and got and got["params"] == want.params),
        })
    return rows


def _shape_mistakes(trace: dict) -> list[dict]:
    """Name the usual shape mistakes that the table shows."""
    layers, causes = trace["layers"], []
    convs = [layer for layer in layers if layer["kind"] == "conv"]
    if convs and convs[0]["shape"][1:] == [spec.UNPADDED_C1_SIDE] * 2:
        causes.append(cause("no_padding"))
    linears = [layer["shape"] for layer in layers if layer["kind"] == "linear"]
    if len(linears) >= 2 and linears[-2] == [spec.F6_UNITS] and linears[-1] == [spec.C5_UNITS]:
        causes.append(cause("typo_84_120"))
    return causes


def _geometry_causes(facts: Facts) -> list[dict]:
    """What the grader's own LeNet-5 says against the model's shapes: a recognised variant
    with the wrong geometry, or values that first differ at a layer with weights. A function
    it does not recognise otherwise leaves the shapes to the trace (and the result flagged)."""
    verified = facts.verification
    if verified is None or not verified.loaded:
        return []
    if verified.variant is not None:
        faults = spec.shape_faults(verified.variant)
        return [cause("wrong_geometry", faults=faults)] if faults else []
    if verified.diverged_at in spec.WEIGHTED_STAGES:
        return [cause("function_differs", at=verified.diverged_at)]
    return []


def _parameter_causes(facts: Facts) -> list[dict]:
    """The parameters the grader's weights could not be loaded into, by shape."""
    verified = facts.verification
    if verified is None or verified.loaded is not False:
        return []
    return [cause("weights_unloadable", shapes=verified.shapes)]


def check_architecture(facts: Facts) -> Finding:
    trace = _value(facts, "trace")
    rows = _rows(trace)
    output_ok = trace["output_shape"] == [2, spec.N_CLASSES]
    causes = []
    if not output_ok:
        causes.append(cause("output_shape", shape=trace["output_shape"]))
    if len(trace["layers"]) != len(spec.LAYERS):
        causes.append(cause("layer_count", count=len(trace["layers"])))
    wrong = [row["name"] for row in rows if not row["shape_ok"]]
    if wrong:
        causes.append(cause("layer_shapes", layers=wrong))
    causes += _shape_mistakes(trace)
    causes += [found for found in _geometry_causes(facts)
               if not causes or found["code"] == "function_differs"]
    verified = facts.verification
    return Finding("passed" if not causes else "failed", causes,
                   {"rows": rows, "verified": verified is not None
                    and verified.variant is not None})



def _missing_parts(shapes: list, k: int = spec.N_CLASSES) -> list[str]:
    """LeNet-5's tensors (spec.parameter_shapes) that no parameter of these shapes matches,
    each parameter used once; C5's weight may be a Linear's."""
    left = [tuple(shape) for shape in shapes]
    missing = []
    for part, shape in spec.parameter_shapes(k).items():
        for accepted in (shape, spec.C5_AS_LINEAR) if part == "C5.weight" else (shape,):
            if accepted in left:
                left.remove(accepted)
                break
        else:
            missing.append(part)
    return missing


def _built(facts: Facts, k: int = spec.N_CLASSES) -> list:
    return [shape for _, shape in _value(facts, "construction").get(str(k), [])]


def _trace(facts: Facts) -> dict | None:
    observed = facts.inspection.observed.get("trace")
    return observed.value if observed is not None and observed.error is None else None


def _honours_k(ten: list, other: list, k: int) -> bool:
    """Whether LeNet5(k)'s parameters are LeNet5(10)'s but for one output layer, whose
    weight and bias have k rows instead of 10."""
    built_ten = Counter(tuple(shape) for shape in ten)
    built_k = Counter(tuple(shape) for shape in other)
    gone, new = sorted(built_ten - built_k), sorted(built_k - built_ten)
    return len(gone) == len(new) == 2 and sorted(shape[1:] for shape in gone) == sorted(
        shape[1:] for shape in new) and all(shape[0] == spec.N_CLASSES for shape in gone) \
        and all(shape[0] == k for shape in new)


def check_parameters(facts: Facts) -> Finding:
    """From the model as built (no forward pass needed); the trace, where it ran, attributes
    the counts to layers for the table."""
    shapes = _built(facts)
    total = sum(math.prod(shape) for shape in shapes)
    trace = _trace(facts)
    rows = _rows(trace) if trace else []
    causes = []
    if total != spec.TOTAL_PARAMS:
        causes.append(cause("total_params", total=total))
    wrong = sorted({part.split(".")[0] for part in _missing_parts(shapes)})
    if wrong:
        causes.append(cause("layer_params", layers=wrong))
    if causes and trace:
        causes += _shape_mistakes(trace)
    if not causes:   # the shapes the grader's weights loaded into outweigh the worker's list
        causes += [found for found in _geometry_causes(facts)
                   if found["code"] == "wrong_geometry"] + _parameter_causes(facts)
    return Finding("passed" if not causes else "failed", causes,
                   {"rows": rows, "total": total, "expected": spec.TOTAL_PARAMS})


def check_layers(facts: Facts) -> Finding:
    layers = _value(facts, "trace")["layers"]
    pools = [layer for layer in layers if layer["kind"].endswith("pool")]
    weighted = [layer for layer in layers if layer["kind"] in ("conv", "linear")]
    causes = []
    if any(layer["kind"] == "maxpool" for layer in pools):
        causes.append(cause("max_pool"))
    elif len(pools) != 2:
        causes.append(cause("pool_count", count=len(pools)))
    others = sorted({layer["activation"] for layer in layers
                     if layer["activation"] not in (None, "tanh")})
    if others:
        causes.append(cause("wrong_activation", names=others))
    hidden = weighted[:-1]
    bare = sum(1 for layer in hidden if layer["activation"] is None)
    if bare:
        causes.append(cause("missing_activation", count=bare))
    if weighted and weighted[-1]["activation"] is not None:
        causes.append(cause("output_activation", name=weighted[-1]["activation"]))
    if len(hidden) != 4 and not causes:
        causes.append(cause("activation_count", count=len(hidden)))
    causes += _unverified_layers(facts, causes)
    return Finding("passed" if not causes else "failed", causes,
                   {"pools": [layer["kind"] for layer in pools],
                    "activations": [layer["activation"] for layer in weighted]})


def _unverified_layers(facts: Facts, found: list[dict]) -> list[dict]:
    """The layers as the grader's LeNet-5 found them computed, where the trace saw nothing
    wrong (the trace words the usual mistakes better; the function cannot be talked around).
    A function it does not recognise is the layers' fault where its values first differ after
    a nonlinearity or pooling, or where no place can be named."""
    verified = facts.verification
    if verified is None or found or not verified.loaded:
        return []
    if verified.variant is not None:
        faults = spec.variant_faults(verified.variant)
        return [cause("computes_variant", faults=faults)] if faults else []
    if verified.diverged_at not in spec.WEIGHTED_STAGES:
        return [cause("function_differs", at=verified.diverged_at)]
    return []


def check_n_classes(facts: Facts) -> Finding:
    """From LeNet5(k)'s output shapes where its forward pass ran; else from its parameters as
    built, which must be LeNet-5's for k classes."""
    observed = facts.inspection.observed.get("n_classes")
    shapes = observed.value if observed is not None and observed.error is None else None
    causes = []
    for k in CLASS_COUNTS:
        if shapes is None:
            if not _honours_k(_built(facts), _built(facts, k), k):
                causes.append(cause("k_parameters", k=k))
            continue
        got = shapes.get(str(k))
        if isinstance(got, str):
            causes.append(cause("raised_for_k", k=k, error=got))
        elif got != [2, k]:
            code = "hard_coded" if got and got[-1] == spec.N_CLASSES else "wrong_k"
            causes.append(cause(code, k=k, shape=got))
    verified = facts.verification
    if verified is not None and not causes and verified.variant is not None \
            and verified.variant_k is None:   # LeNet-5 for 10 classes, not for k
        causes.append(cause("k_unverified", k=spec.PROBE_K, loaded=bool(verified.loaded_k)))
    return Finding("passed" if not causes else "failed", causes, {"shapes": shapes})


def check_optimizer(facts: Facts) -> Finding:
    found = _value(facts, "optimizer")
    causes = []
    if not found["is_optimizer"]:
        causes.append(cause("not_optimizer", cls=found["class"]))
    elif not found["exactly_adam"]:
        name = found["class"].rsplit(".", 1)[-1]
        code = {"AdamW": "adamw", "SGD": "sgd"}.get(name, "other_optimizer")
        causes.append(cause(code, cls=found["class"]))
    if found.get("missing"):
        causes.append(cause("missing_params", names=found["missing"]))
    if found.get("foreign"):
        causes.append(cause("foreign_params", count=found["foreign"]))
    if found.get("duplicates"):
        causes.append(cause("duplicate_params", count=found["duplicates"]))
    observed = facts.inspection.observed.get("training_loop")
    loop = observed.value if observed is not None and observed.error is None else None
    if loop is not None and loop["optimizer_steps"] == 0:
        causes.append(cause("not_stepped"))
    outside = (loop or {}).get("outside_steps", 0) + (
        facts.timed_run.outside_steps if facts.timed_run is not None else 0)
    if outside:
        causes.append(cause("moved_outside_steps", count=outside))
    verified = facts.verification
    if verified is not None and not verified.adam_replayed and not causes:
        causes.append(cause("not_adam_update", problem=verified.replay_problem
                            or "the optimizer's steps could not be replayed"))
    return Finding("passed" if not causes else "failed", causes,
                   {"class": found["class"], "lr": found.get("lr"),
                    "steps_verified": loop is not None,
                    "replayed": facts.verification is not None})


def check_training_loop(facts: Facts) -> Finding:
    loop = _value(facts, "training_loop")
    causes = []
    returned, seen = loop["returned_losses"], loop["seen_losses"]
    if any(value is None for value in seen):
        causes.append(cause("loss_fn_unused"))
    if not all(isinstance(value, float) for value in returned):
        causes.append(cause("loss_not_number", got=next(value for value in returned
                                                     if not isinstance(value, float))))
    else:
        if all(isinstance(value, float) for value in seen) and any(
                abs(mine - theirs) > 1e-2 * max(1.0, abs(theirs))
                for mine, theirs in zip(returned, seen)):
            causes.append(cause("loss_not_mean", returned=returned, seen=seen))
        if not returned[-1] < returned[0]:
            causes.append(cause("loss_not_down", returned=returned))
    if any(seen != loop["batches_per_epoch"] for seen in loop["batches_seen"]):
        causes.append(cause("not_one_pass", seen=loop["batches_seen"],
                            batches=loop["batches_per_epoch"]))
    if not loop["weights_moved"]:
        causes.append(cause("weights_frozen"))
    counted = facts.loop
    if counted is None or counted.accuracy is None:
        causes.append(cause("loop_weights_missing"))
        return Finding("failed", causes, {"returned_losses": returned, "seen_losses": seen,
                                          "epochs": LOOP_EPOCHS})
    if counted.by_grader and not counted.loss_after < counted.loss_before \
            and not any(found["code"] == "loss_not_down" for found in causes):
        causes.append(cause("loss_not_down_counted", before=counted.loss_before,
                            after=counted.loss_after))
    claimed, actual, labels = loop["claimed_accuracy"], counted.accuracy, facts.sample_labels
    if not isinstance(claimed, float):
        causes.append(cause("accuracy_not_number", got=claimed))
    elif 1.0 < claimed <= 100.0:
        causes.append(cause("accuracy_percent", claimed=claimed, actual=actual))
    elif abs(claimed - actual) > 1.0 / max(len(labels), 1) + 1e-6:
        causes.append(cause("accuracy_disagrees", claimed=claimed, actual=actual))
    return Finding("passed" if not causes else "failed", causes,
                   {"returned_losses": returned, "seen_losses": seen, "epochs": LOOP_EPOCHS,
                    "claimed_accuracy": claimed, "actual_accuracy": actual,
                    "loss_before": counted.loss_before, "loss_after": counted.loss_after,
                    "counted_by_grader": counted.by_grader})


def can_train(facts: Facts) -> bool:
    """Whether the timed run can take place: the accuracy check is not blocked already."""
    return _blocked(BY_ID["accuracy"], facts) is None


def _timed_run_notes(run) -> list[dict]:
    """What the student should know about how their run went, besides its accuracy."""
    notes = [cause("clamped", name=clamp.name,
                   value=float("nan") if clamp.value is None else clamp.value,
                   low=clamp.low, high=clamp.high, used=clamp.used) for clamp in run.clamped]
    if run.epochs and run.epochs < run.planned_epochs:
        notes.append(cause("crashed_after", finished=run.epochs, error=run.stop_error)
                     if run.stop_error else cause("budget_cut", finished=run.epochs,
                                                  planned=run.planned_epochs))
    return notes


def check_accuracy(facts: Facts) -> Finding:
    run = facts.timed_run
    if run is None:
        return Finding("skipped", [cause("skipped")])
    details = {"budget_s": run.budget_s, "budget_estimated": run.budget_estimated,
               "time_used_s": run.time_used_s, "device": run.device,
               "epochs": run.epochs, "fresh_accuracy": run.fresh_accuracy,
               "accuracy": run.accuracy, "hyperparameters": run.hyperparameters,
               "evaluated_by": run.evaluated_by}
    if run.starved:  # the wall clock ran out before the CPU budget: it says nothing of the code
        return Finding("error", [cause("machine_busy", stage="timed run")], details)
    if run.failure is not None:
        failure = run.failure
        code = f"{failure.stage}_{'error' if failure.kind == 'forged' else failure.kind}"
        error = FORGED if failure.kind == "forged" else failure.error
        status = "timeout" if failure.kind == "timeout" else "error"
        return Finding(status, [cause(code, error=error)], details)
    if run.fresh_accuracy > facts.fresh_max:
        return Finding("failed", [cause("pretrained", accuracy=run.fresh_accuracy)], details)
    if run.outside_steps:   # the weights scored are not those the optimizer trained
        return Finding("failed", [cause("moved_outside_steps", count=run.outside_steps)],
                       details)
    causes = _timed_run_notes(run)
    if run.evaluated_by == "student":
        causes.append(cause("evaluated_by_student"))
    if run.accuracy is None:
        return Finding("timeout", causes + [cause("no_epoch", budget_s=run.budget_s)], details)
    if run.accuracy > facts.threshold:
        return Finding("passed", causes + [cause("accuracy", value=run.accuracy)], details)
    return Finding("failed", causes + [cause("low_accuracy", value=run.accuracy,
                                              threshold=facts.threshold)], details)


@dataclass(frozen=True)
class Check:
    """One check: its id, what it needs, and how it decides."""
    id: str
    needs: tuple[str, ...]        # contract names it cannot do without
    fact: str | None              # the inspection it reads (inspection.FACTS); None: timed run
    decide: Callable[[Facts], Finding]
    fallback: str | None = None   # read instead where `fact` was never reached (a hang)


CHECKS = (
    Check("architecture", ("LeNet5",), "trace", check_architecture),
    Check("parameters", ("LeNet5",), "construction", check_parameters),
    Check("layers", ("LeNet5",), "trace", check_layers),
    Check("n_classes", ("LeNet5",), "n_classes", check_n_classes, fallback="construction"),
    Check("optimizer", ("LeNet5", "make_optimizer"), "optimizer", check_optimizer),
    Check("training_loop", ("LeNet5", "make_optimizer", "train_one_epoch", "evaluate"),
          "training_loop", check_training_loop),
    Check("accuracy", ("LeNet5", "make_optimizer", "train_one_epoch", "BATCH_SIZE", "EPOCHS",
                       "LEARNING_RATE"), None, check_accuracy),
)
BY_ID = {check.id: check for check in CHECKS}
IDS = tuple(check.id for check in CHECKS)


def decide(check_id: str, facts: Facts) -> Finding:
    check = BY_ID[check_id]
    return _blocked(check, facts) or check.decide(facts)
