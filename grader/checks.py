"""The seven checks: pure functions from the facts the workers reported to a finding.

A check decides (status and the causes behind it, as codes with data); feedback.py words the
causes. No check runs student code or touches a file, so each is testable on hand-made facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grader import spec
from grader.spec import CLASS_COUNTS, LOOP_EPOCHS


@dataclass
class Facts:
    """Everything the grader learned about one submission, from every stage."""
    rejected: str | None = None               # why the gate refused the file, if it did
    import_error: str | None = None           # the student's traceback at import
    inspect_status: str = "ok"                # the inspect stage: ok, crashed, timeout, memory
    imported: bool = False                    # the submission's import finished
    missing: list[str] = field(default_factory=list)   # contract names not defined
    hyperparameters: dict = field(default_factory=dict)  # EPOCHS, BATCH_SIZE, LEARNING_RATE
    inspected: dict = field(default_factory=dict)      # key -> {"value": ...} or {"error": ...}
    sample_labels: list[int] = field(default_factory=list)
    timed_run: dict | None = None             # None when skipped (--quick)
    threshold: float = 0.95
    fresh_max: float = 0.30


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


NEEDS = {
    "architecture": ("LeNet5",), "parameters": ("LeNet5",), "layers": ("LeNet5",),
    "n_classes": ("LeNet5",), "optimizer": ("LeNet5", "make_optimizer"),
    "training_loop": ("LeNet5", "make_optimizer", "train_one_epoch", "evaluate"),
    "accuracy": ("LeNet5", "make_optimizer", "train_one_epoch", "BATCH_SIZE", "EPOCHS",
                 "LEARNING_RATE"),
}
FACT_OF = {"architecture": "trace", "parameters": "trace", "layers": "trace",
           "n_classes": "n_classes", "optimizer": "optimizer", "training_loop": "training_loop"}


def blocked(check_id: str, facts: Facts) -> Finding | None:
    """The finding when a check cannot even look: rejected file, failed import, missing names,
    or the stage died before reaching this check's fact."""
    if facts.rejected:
        return Finding("failed", [cause("rejected", reason=facts.rejected)])
    if facts.import_error:
        return Finding("error", [cause("import_error", error=facts.import_error)])
    missing = [name for name in NEEDS[check_id] if name in facts.missing]
    if missing:
        return Finding("failed", [cause("missing_names", names=missing)])
    key = FACT_OF.get(check_id)
    if not facts.imported or key is not None and key not in facts.inspected:
        status = "timeout" if facts.inspect_status == "timeout" else "error"
        return Finding(status, [cause(f"stage_{facts.inspect_status}", stage="inspect")])
    if key is None:
        return None
    if "error" in facts.inspected[key]:
        return Finding("error", [cause("raised", where=key, error=facts.inspected[key]["error"])])
    return None


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
    if convs and convs[0]["shape"][1:] == [24, 24]:
        causes.append(cause("no_padding"))
    linears = [layer["shape"] for layer in layers if layer["kind"] == "linear"]
    if len(linears) >= 2 and linears[-2] == [84] and linears[-1] == [120]:
        causes.append(cause("typo_84_120"))
    return causes


def check_architecture(facts: Facts) -> Finding:
    trace = facts.inspected["trace"]["value"]
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
    return Finding("passed" if not causes else "failed", causes, {"rows": rows})


def check_parameters(facts: Facts) -> Finding:
    trace = facts.inspected["trace"]["value"]
    rows = _rows(trace)
    causes = []
    if trace["total_params"] != spec.TOTAL_PARAMS:
        causes.append(cause("total_params", total=trace["total_params"]))
    wrong = [row["name"] for row in rows if not row["params_ok"]]
    if wrong:
        causes.append(cause("layer_params", layers=wrong))
    if causes:
        causes += _shape_mistakes(trace)
    return Finding("passed" if not causes else "failed", causes,
                   {"rows": rows, "total": trace["total_params"], "expected": spec.TOTAL_PARAMS})


def check_layers(facts: Facts) -> Finding:
    layers = facts.inspected["trace"]["value"]["layers"]
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
    return Finding("passed" if not causes else "failed", causes,
                   {"pools": [layer["kind"] for layer in pools],
                    "activations": [layer["activation"] for layer in weighted]})


def check_n_classes(facts: Facts) -> Finding:
    shapes = facts.inspected["n_classes"]["value"]
    causes = []
    for k in CLASS_COUNTS:
        got = shapes.get(str(k))
        if isinstance(got, str):
            causes.append(cause("raised_for_k", k=k, error=got))
        elif got != [2, k]:
            code = "hard_coded" if got and got[-1] == spec.N_CLASSES else "wrong_k"
            causes.append(cause(code, k=k, shape=got))
    return Finding("passed" if not causes else "failed", causes, {"shapes": shapes})


def check_optimizer(facts: Facts) -> Finding:
    found = facts.inspected["optimizer"]["value"]
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
    loop = facts.inspected.get("training_loop", {}).get("value")
    if loop is not None and loop["optimizer_steps"] == 0:
        causes.append(cause("not_stepped"))
    return Finding("passed" if not causes else "failed", causes,
                   {"class": found["class"], "lr": found.get("lr"),
                    "steps_verified": loop is not None})


def check_training_loop(facts: Facts) -> Finding:
    loop = facts.inspected["training_loop"]["value"]
    causes = []
    returned, seen = loop["returned_losses"], loop["seen_losses"]
    if any(value is None for value in seen):
        causes.append(cause("loss_fn_unused"))
    if not all(isinstance(value, float) for value in returned):
        causes.append(cause("loss_not_number", got=[value for value in returned
                                                     if not isinstance(value, float)][0]))
    else:
        if all(isinstance(value, float) for value in seen) and any(
                abs(mine - theirs) > 1e-2 * max(1.0, abs(theirs))
                for mine, theirs in zip(returned, seen)):
            causes.append(cause("loss_not_mean", returned=returned, seen=seen))
        if not returned[-1] < returned[0]:
            causes.append(cause("loss_not_down", returned=returned))
    expected_calls = loop["batches_per_epoch"]
    if any(calls != expected_calls for calls in loop["loss_calls"]) and seen[0] is not None:
        causes.append(cause("not_one_pass", calls=loop["loss_calls"], batches=expected_calls))
    if not loop["weights_moved"]:
        causes.append(cause("weights_frozen"))
    claimed = loop["claimed_accuracy"]
    labels = facts.sample_labels
    hits = sum(int(p == y) for p, y in zip(loop["predictions"], labels))
    actual = hits / len(labels) if labels else 0.0
    if not isinstance(claimed, float):
        causes.append(cause("accuracy_not_number", got=claimed))
    elif 1.0 < claimed <= 100.0:
        causes.append(cause("accuracy_percent", claimed=claimed, actual=actual))
    elif abs(claimed - actual) > 1.0 / max(len(labels), 1) + 1e-6:
        causes.append(cause("accuracy_disagrees", claimed=claimed, actual=actual))
    return Finding("passed" if not causes else "failed", causes,
                   {"returned_losses": returned, "seen_losses": seen, "epochs": LOOP_EPOCHS,
                    "claimed_accuracy": claimed, "actual_accuracy": actual})


def check_accuracy(facts: Facts) -> Finding:
    run = facts.timed_run
    if run is None:
        return Finding("skipped", [cause("skipped")])
    details = {key: run.get(key) for key in ("budget_s", "time_used_s", "device", "epochs",
                                             "fresh_accuracy", "accuracy", "hyperparameters")}
    if run.get("failure"):
        failure = run["failure"]
        status = "timeout" if failure["code"].endswith("timeout") else "error"
        return Finding(status, [failure], details)
    if run["fresh_accuracy"] > facts.fresh_max:
        return Finding("failed", [cause("pretrained", accuracy=run["fresh_accuracy"])], details)
    causes = list(run.get("notes", []))
    accuracy = run["accuracy"]
    if accuracy is None:
        return Finding("timeout", causes + [cause("no_epoch", budget_s=run["budget_s"])], details)
    if accuracy > facts.threshold:
        return Finding("passed", causes + [cause("accuracy", value=accuracy)], details)
    return Finding("failed", causes + [cause("low_accuracy", value=accuracy,
                                              threshold=facts.threshold)], details)


CHECKS = {
    "architecture": check_architecture, "parameters": check_parameters, "layers": check_layers,
    "n_classes": check_n_classes, "optimizer": check_optimizer,
    "training_loop": check_training_loop, "accuracy": check_accuracy,
}


def decide(check_id: str, facts: Facts) -> Finding:
    return blocked(check_id, facts) or CHECKS[check_id](facts)
