"""The words of every report: each cause a check can find, said once, with its fix.

Checks decide and return cause codes; this module turns them into text, so the same mistake
reads the same in the terminal, in Markdown for otter and Gradescope, and in HTML.
"""

from __future__ import annotations

from grader.assignment import spec
from grader.assignment.checks import Finding


def _shape(shape) -> str:
    return " x ".join(str(size) for size in shape) if shape else "-"


def _percent(value: float) -> str:
    return f"{100 * value:.2f}%"


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


def _parameter_shapes(shapes: dict | None) -> str:
    if not shapes:
        return "it has no parameters"
    return "it has " + ", ".join(f"{name} {_shape(shape)}" for name, shape in shapes.items())


def _lenet_shapes() -> str:
    """LeNet5(n_classes)'s tensors, weight and bias per layer."""
    shapes = {part: _shape(shape) for part, shape in spec.parameter_shapes().items()}
    shapes["C5.weight"] += f" (or {_shape(spec.C5_AS_LINEAR)})"
    for part in ("out.weight", "out.bias"):   # the output layer's size is the class count
        shapes[part] = shapes[part].replace(str(spec.N_CLASSES), "n_classes", 1)
    layers = dict.fromkeys(part.split(".")[0] for part in shapes)
    return ", ".join(f"{shapes[layer + '.weight']} and {shapes[layer + '.bias']}"
                     for layer in layers)


_UNPADDED = f"{spec.IMAGE}x{spec.IMAGE}"
_SHRUNK = f"{spec.UNPADDED_C1_SIDE}x{spec.UNPADDED_C1_SIDE}"
_OUTPUT_LAYER = f"`nn.Linear({spec.F6_UNITS}, n_classes)`"

MESSAGES = {
    "rejected": lambda c: f"The submission was not graded: {c['reason']}",
    "import_error": lambda c: "Importing your file raised an error, so nothing could be checked:"
                              f"\n\n{c['error']}",
    "missing_names": lambda c: "Your file does not define " + ", ".join(f"`{n}`" for n in c["names"])
                               + ". The handout's contract lists every name the grader reads.",
    "stage_crashed": lambda c: "Your code ended the grading process before this check ran "
                               "(a crash, sys.exit or os._exit).",
    "machine_busy": lambda c: f"The grading machine was too busy to run the {c['stage']} fairly: "
                              "your code waited for a processor until the clock ran out. This "
                              "says nothing about your code; grade it again when the machine "
                              "is quieter.",
    "stage_timeout": lambda c: "Your code ran out of time before this check ran "
                               "(an endless loop, or very slow code at import or in forward).",
    "stage_memory": lambda c: "Your code used more memory than allowed before this check ran.",
    "stage_disk": lambda c: "Your code wrote more files to disk than allowed before this check "
                            "ran.",
    "stage_ok": lambda c: "This check was not reached.",
    "raised": lambda c: f"Your code raised an error here:\n\n{c['error']}",
    "output_shape": lambda c: f"`forward` on a batch of 2 images returned {_shape(c['shape'])}; "
                              f"expected 2 x {spec.N_CLASSES} (one score per class).",
    "layer_count": lambda c: f"The forward pass ran {c['count']} convolution, linear and pooling "
                             f"layers; LeNet-5 has {len(spec.LAYERS)} (C1 S2 C3 S4 C5 F6 out).",
    "layer_shapes": lambda c: "These layers do not produce the expected shape: "
                              + ", ".join(c["layers"]) + " (see the table).",
    "no_padding": lambda c: f"Likely mistake: C1 has no padding, so {_UNPADDED} images shrink to "
                            f"{_SHRUNK} ({spec.UNPADDED_PARAMS:,} parameters). Fix: "
                            f"`nn.Conv2d(1, {spec.C1_MAPS}, {spec.KERNEL}, "
                            f"padding={spec.C1_PADDING})`.",
    "typo_84_120": lambda c: "Likely mistake: the slides' typo \"Layer 7: "
                             f"{spec.F6_UNITS} -> {spec.C5_UNITS}\". The output layer is "
                             f"{_OUTPUT_LAYER} (erratum in the handout).",
    "total_params": lambda c: f"Your model has {c['total']:,} trainable parameters; LeNet-5 has "
                              f"{spec.TOTAL_PARAMS:,}.",
    "layer_params": lambda c: "These layers do not have LeNet-5's parameter shapes: "
                              + ", ".join(c["layers"]) + ".",
    "max_pool": lambda c: "Likely mistake: max pooling. LeNet-5 uses average pooling: "
                          "`nn.AvgPool2d(2)` or `F.avg_pool2d(x, 2)`.",
    "pool_count": lambda c: f"Found {c['count']} pooling layers; LeNet-5 has 2 (S2 and S4).",
    "wrong_activation": lambda c: "Likely mistake: " + ", ".join(c["names"]) + " activation. "
                                  "LeNet-5 uses tanh: `nn.Tanh()` or `torch.tanh(x)`.",
    "missing_activation": lambda c: f"{c['count']} of the hidden layers (C1, C3, C5, F6) have no "
                                    "activation after them; each needs a tanh.",
    "output_activation": lambda c: f"The output layer is followed by {c['name']}; return the raw "
                                   "scores (logits) instead.",
    "activation_count": lambda c: f"Found {c['count']} hidden weighted layers; LeNet-5 has 4 "
                                  "(C1, C3, C5, F6), each followed by tanh.",
    "weights_unloadable": lambda c: "The grader loads fresh LeNet-5 weights into your model by "
                                    "shape, and your model's parameters cannot take them: "
                                    + _parameter_shapes(c["shapes"]) + ". LeNet-5 has exactly "
                                    "10 tensors: " + _lenet_shapes() + ".",
    "function_differs": lambda c: "With fresh weights the grader chose, your model computes "
                                  "something other than LeNet-5"
                                  + (f": its values first differ at {c['at']}, which should be "
                                     f"{STAGE_HINTS[c['at']]}." if c.get("at") in STAGE_HINTS
                                     else "."),
    "wrong_geometry": lambda c: "With fresh weights the grader chose, your model computes "
                                "LeNet-5 with " + ", ".join(c["faults"]) + ": see the table "
                                "for LeNet-5's shapes.",
    "computes_variant": lambda c: "With fresh weights the grader chose, your model computes "
                                  "LeNet-5 with " + ", ".join(c["faults"]) + ". LeNet-5 applies "
                                  "tanh right after C1, C3, C5 and F6, before each 2x2 average "
                                  "pooling.",
    "k_unverified": lambda c: (f"With the grader's weights for {c['k']} classes, "
                               f"`LeNet5({c['k']})` does not compute LeNet-5."
                               if c.get("loaded") else
                               f"`LeNet5({c['k']})` cannot take LeNet-5's weights for {c['k']} "
                               f"classes: its output layer must be {_OUTPUT_LAYER}."),
    "not_adam_update": lambda c: "The optimizer's steps are not Adam's: with gradients the "
                                 f"grader chose, {c['problem']}. Use `torch.optim.Adam`.",
    "k_parameters": lambda c: f"`LeNet5({c['k']})` has the parameters of `LeNet5(10)` but "
                              f"for an output layer of {c['k']} classes: use `n_classes` in the "
                              "output layer.",
    "raised_for_k": lambda c: f"`LeNet5({c['k']})` failed: {c['error']}",
    "hard_coded": lambda c: f"`LeNet5({c['k']})` still gives {_shape(c['shape'])}: the number of "
                            "classes looks hard-coded. Use `n_classes` in the output layer.",
    "wrong_k": lambda c: f"`LeNet5({c['k']})` gives {_shape(c['shape'])}; expected 2 x {c['k']}.",
    "not_optimizer": lambda c: f"`make_optimizer` returned {c['cls']}, not a torch optimizer.",
    "adamw": lambda c: "Likely mistake: AdamW. The exercise asks for `torch.optim.Adam` "
                       "(AdamW is a different algorithm, with decoupled weight decay).",
    "sgd": lambda c: "Likely mistake: SGD. The exercise asks for `torch.optim.Adam`.",
    "other_optimizer": lambda c: f"`make_optimizer` returned {c['cls']}; the exercise asks for "
                                 "exactly `torch.optim.Adam`.",
    "missing_params": lambda c: "The optimizer does not hold these parameters, so they never "
                                "learn: " + ", ".join(c["names"][:6])
                                + (" ..." if len(c["names"]) > 6 else "")
                                + ". Pass `model.parameters()`.",
    "foreign_params": lambda c: f"The optimizer holds {c['count']} tensors that are not the "
                                "model's parameters: build it from the model it is given.",
    "duplicate_params": lambda c: f"The optimizer lists {c['count']} parameters twice.",
    "not_stepped": lambda c: "The optimizer passed to `train_one_epoch` never stepped: use the "
                             "`optimizer` argument instead of creating a new one.",
    "loss_fn_unused": lambda c: "`train_one_epoch` never called the `loss_fn` it was given; "
                                "compute the loss with it.",
    "loss_not_number": lambda c: f"`train_one_epoch` returned {c['got']}; it must return the "
                                 "mean loss as a float (use `loss.item()`).",
    "loss_not_mean": lambda c: "`train_one_epoch` returned "
                               + ", ".join(f"{v:.4f}" for v in c["returned"])
                               + " over the passes, but the mean of the losses it "
                               "computed was "
                               + ", ".join(f"{v:.4f}" for v in c["seen"]) + ".",
    "loss_not_down": lambda c: f"Over {len(c['returned'])} passes on a fixed sample the loss did "
                               "not go down: " + ", ".join(f"{v:.4f}" for v in c["returned"])
                               + ". Check zero_grad, backward and step.",
    "not_one_pass": lambda c: f"`train_one_epoch` took {c['seen']} batches from a loader of "
                              f"{c['batches']} in its {len(c['seen'])} calls; one call is one "
                              "pass over the loader, every batch once.",
    "weights_frozen": lambda c: "The model's weights did not change during training.",
    "moved_outside_steps": lambda c: f"The model's parameters changed {c['count']:,} time(s) "
                                     "other than by the optimizer's `step()` (assigned, copied, "
                                     "loaded or updated by hand). The contract lets a loop do "
                                     "anything to gradients and learning rates, but only the "
                                     "given optimizer may move the weights.",
    "loop_weights_missing": lambda c: "The weights after your training loop did not come back "
                                      "to the grader, so it could not count what they predict.",
    "loss_not_down_counted": lambda c: "The grader computed the loss on the fixed sample with "
                                       "the weights before and after your loop: "
                                       f"{c['before']:.4f} before, {c['after']:.4f} after. It "
                                       "did not go down: check zero_grad, backward and step.",
    "evaluated_by_student": lambda c: "The grader cannot run your model itself (its function "
                                      "is not a LeNet-5 it knows), so this accuracy was "
                                      "computed by your own code, and a person will review it.",
    "accuracy_not_number": lambda c: f"`evaluate` returned {c['got']}; it must return a float in "
                                     "[0, 1].",
    "accuracy_percent": lambda c: f"`evaluate` returned {c['claimed']:.2f}: a percentage. Return a "
                                  f"fraction in [0, 1] (here {c['actual']:.4f}).",
    "accuracy_disagrees": lambda c: f"`evaluate` returned {c['claimed']:.4f}, but the model got "
                                    f"{c['actual']:.4f} of those images right.",
    "skipped": lambda c: "Skipped (--quick): run without --quick for the timed training run.",
    "pretrained": lambda c: f"A freshly built LeNet5(10) already scored {_percent(c['accuracy'])} "
                            "before training; models must start untrained (no loaded weights).",
    "no_epoch": lambda c: f"Your training used its whole budget of {c['budget_s']:.0f} "
                          "CPU-seconds without finishing an epoch (the budget counts the "
                          "processor time your code used, not a busy machine's waiting). Use a "
                          "larger BATCH_SIZE or a simpler loop (no per-sample Python work).",
    "accuracy": lambda c: f"Test accuracy {_percent(c['value'])} on the 10,000 MNIST test images.",
    "low_accuracy": lambda c: f"Test accuracy {_percent(c['value'])} on the 10,000 test images; "
                              f"more than {_percent(c['threshold'])} is needed.",
    "clamped": lambda c: f"{c['name']} = {c['value']:g} is outside [{c['low']:g}, {c['high']:g}]; "
                         f"the grader used {c['used']:g}.",
    "budget_cut": lambda c: f"The time budget ran out after {c['finished']} of {c['planned']} "
                            f"epochs; epoch {c['finished']} counts.",
    "crashed_after": lambda c: f"Training stopped with an error after {c['finished']} epoch(s); "
                               f"epoch {c['finished']} counts:\n\n{c['error']}",
    "train_timeout": lambda c: "Training did not start in time (slow import or model build).",
    "train_error": lambda c: f"Training failed before finishing an epoch:\n\n{c['error']}",
    "evaluate_error": lambda c: f"Evaluating your trained model failed:\n\n{c['error']}",
    "evaluate_timeout": lambda c: "Evaluating your trained model ran out of time.",
}


def layer_table(rows: list[dict], judged: str) -> str:
    """The expected-vs-actual table of layers, in Markdown (readable as plain text too);
    `judged` ("shape_ok" or "params_ok") says which mismatch the arrow marks."""
    lines = ["| layer | expected | yours | params expected | params yours | |",
             "| --- | --- | --- | --- | --- | --- |"]
    for row in rows:
        expected = (f"{row['expected_kind']} {_shape(row['expected_shape'])}"
                    + (f" + {row['expected_activation']}" if row["expected_activation"] else "")
                    if row["expected_shape"] else "-")
        yours = (f"{row['kind']} {_shape(row['shape'])}"
                 + (f" + {row['activation']}" if row["activation"] else "")
                 if row["kind"] else "missing")
        ok = "ok" if row[judged] else "<-"
        lines.append(f"| {row['name']} | {expected} | {yours} | "
                     f"{row['expected_params'] if row['expected_params'] is not None else '-'} | "
                     f"{row['params'] if row['params'] is not None else '-'} | {ok} |")
    return "\n".join(lines)


def word(check_id: str, finding: Finding) -> str:
    """The feedback text of one check: its causes in order, then the layer table if relevant."""
    parts = [MESSAGES[cause["code"]](cause) for cause in finding.causes]
    if not parts and finding.passed:
        parts.append(PASSED[check_id](finding.details))
    if check_id == "accuracy" and finding.details.get("budget_s") is not None:
        parts.append(_timed_run_line(finding.details))
    if check_id in ("architecture", "parameters") and finding.details.get("rows") \
            and not finding.passed:
        judged = "shape_ok" if check_id == "architecture" else "params_ok"
        parts.append(layer_table(finding.details["rows"], judged))
    return "\n\n".join(parts)


def _timed_run_line(details: dict) -> str:
    hyper = details.get("hyperparameters") or {}
    used = details.get("time_used_s")
    return (f"Timed run on {details.get('device')}: budget {details['budget_s']:.0f} CPU-s, "
            + (f"training took {used:.1f} CPU-s" if used is not None else "no epoch finished")
            + (f", {details['epochs']} epoch(s)" if details.get("epochs") else "")
            + (f" at batch size {hyper['batch_size']}" if hyper.get("batch_size") else "")
            + "." + (" This budget is an estimate for this machine, from your course's "
                     "calibration: the official budget is set on the grading machine."
                     if details.get("budget_estimated") else ""))


PASSED = {
    "architecture": lambda d: "Every layer has the expected output shape; the output is "
                              f"N x {spec.N_CLASSES}."
                              + (" With random weights the grader chose, your model computes "
                                 "exactly its own LeNet-5's outputs." if d.get("verified")
                                 else ""),
    "parameters": lambda d: f"{d['total']:,} trainable parameters, every layer as expected.",
    "layers": lambda d: "tanh after C1, C3, C5 and F6; average pooling in S2 and S4.",
    "n_classes": lambda d: "LeNet5(k) gives N x k outputs.",
    "optimizer": lambda d: "Exactly torch.optim.Adam over all parameters"
                           + (", and it is the one that steps." if d["steps_verified"] else ".")
                           + (" Two steps with the grader's gradients moved the weights exactly "
                              "as Adam does." if d.get("replayed") else ""),
    "training_loop": lambda d: f"The loss went down over {d['epochs']} passes and `evaluate` "
                               "agrees with the grader's count"
                               + (f" (the grader's own loss: {d['loss_before']:.4f} before, "
                                  f"{d['loss_after']:.4f} after)." if d.get("counted_by_grader")
                                  else "."),
}
