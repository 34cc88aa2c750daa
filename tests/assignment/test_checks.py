"""The checks are pure: hand-made facts in, a status and causes out."""

from __future__ import annotations

import copy

import pytest

from grader.assignment import checks, feedback, spec
from grader.assignment.checks.common import STAGE_ENDED, Blocked, Code
from grader.assignment.facts import (
    Facts,
    Inspection,
    LoopResult,
    Observation,
    Proof,
    TimedRun,
    Verification,
)
from grader.assignment.rubric import load_rubric
from grader.worker.protocol import FACT_RECORDS, plain, typed

RUBRIC = load_rubric()
Shapes, Arch, Params, Layers, K, Opt, Loop, Acc = (module.Cause for module in (
    checks.shapes, checks.architecture, checks.parameters, checks.layers, checks.n_classes,
    checks.optimizer, checks.training_loop, checks.accuracy))

GOOD_LAYERS = [
    {"kind": "conv", "shape": [6, 28, 28], "params": 156, "activation": "tanh"},
    {"kind": "avgpool", "shape": [6, 14, 14], "params": 0, "activation": None},
    {"kind": "conv", "shape": [16, 10, 10], "params": 2416, "activation": "tanh"},
    {"kind": "avgpool", "shape": [16, 5, 5], "params": 0, "activation": None},
    {"kind": "conv", "shape": [120, 1, 1], "params": 48120, "activation": "tanh"},
    {"kind": "linear", "shape": [84], "params": 10164, "activation": "tanh"},
    {"kind": "linear", "shape": [10], "params": 850, "activation": None},
]
GOOD_LOOP = {"returned_losses": [2.3, 2.0, 1.7, 1.4], "seen_losses": [2.3, 2.0, 1.7, 1.4],
             "batches_seen": [8] * 4, "batches_per_epoch": 8,
             "optimizer_steps": 32, "outside_steps": 0,
             "weights_moved": True, "claimed_accuracy": 0.5, "set": None,
             "predictions": [1, 0, 1, 1]}


def built(k: int) -> list:
    return [[part, list(shape)] for part, shape in spec.parameter_shapes(k).items()]


def good_facts() -> Facts:
    observed = {
        "construction": {str(k): built(k) for k in (10, 3, 7)},
        "trace": {"layers": copy.deepcopy(GOOD_LAYERS), "output_shape": [2, 10],
                  "output_op": None, "total_params": 61706},
        "n_classes": {"3": [2, 3], "7": [2, 7]},
        "optimizer": {"class": "torch.optim.adam.Adam", "exactly_adam": True,
                      "is_optimizer": True, "missing": [], "foreign": 0, "duplicates": 0,
                      "lr": [0.001]},
        "training_loop": copy.deepcopy(GOOD_LOOP),
    }
    return Facts(
        RUBRIC.threshold, RUBRIC.limits.fresh_model_max_accuracy, sample_labels=[1, 1, 0, 1],
        loop=LoopResult(0.5, loss_before=2.3, loss_after=1.4),
        inspection=Inspection(imported=True, observed={
            key: Observation(typed(FACT_RECORDS[key], value)) for key, value in observed.items()}),
        timed_run=TimedRun(budget_s=30.0, device="cpu", budget_estimated=False, planned_epochs=1,
                           hyperparameters={"epochs": 1, "batch_size": 64,
                                            "learning_rate": 1e-3},
                           epochs=1, time_used_s=5.0, fresh_accuracy=0.1, accuracy=0.97))


def edit(facts: Facts, key: str, change) -> None:
    """Fact `key` changed in its JSON form, as a worker writes it: `change` edits that in
    place, and the fact is read back as its record."""
    raw = plain(facts.inspection.observed[key].value)
    change(raw)
    facts.inspection.observed[key] = Observation(typed(FACT_RECORDS[key], raw))


def codes(check_id, facts):
    finding = checks.decide(check_id, facts)
    assert all(isinstance(cause["code"], Code) for cause in finding.causes), finding.causes
    return finding.status, [cause["code"] for cause in finding.causes]


def test_good_facts_pass_everything():
    facts = good_facts()
    for check_id in checks.IDS:
        assert checks.decide(check_id, facts).status == "passed", check_id


def test_no_padding_is_named_in_both_shape_checks():
    facts = good_facts()

    def unpadded(trace):
        trace["layers"][0]["shape"], trace["layers"][2]["shape"] = [6, 24, 24], [16, 8, 8]
        trace["total_params"] = 44426

    edit(facts, "trace", unpadded)
    edit(facts, "construction", lambda by_k: by_k.update({"10": [
        [part, list(shape)] for part, shape in spec.parameter_shapes(10, "unpadded").items()]}))
    assert Shapes.NO_PADDING in codes("architecture", facts)[1]
    status, found = codes("parameters", facts)
    assert status == "failed" and found == [Params.TOTAL_PARAMS, Params.LAYER_PARAMS, Shapes.NO_PADDING]
    assert "44,426" in feedback.word("parameters", checks.decide("parameters", facts))


def test_typo_84_120_is_named():
    facts = good_facts()

    def typo(trace):
        trace["layers"][-1].update(shape=[120], params=10200)
        trace.update(output_shape=[2, 120], total_params=71056)

    edit(facts, "trace", typo)
    status, found = codes("architecture", facts)
    assert status == "failed" and {Shapes.TYPO_84_120, Arch.OUTPUT_SHAPE} <= set(found)


@pytest.mark.parametrize("change, code", [
    (lambda layers: layers[1].update(kind="maxpool"), Layers.MAX_POOL),
    (lambda layers: layers[0].update(activation="relu"), Layers.WRONG_ACTIVATION),
    (lambda layers: layers[5].update(activation=None), Layers.MISSING_ACTIVATION),
    (lambda layers: layers[6].update(activation="tanh"), Layers.OUTPUT_ACTIVATION),
])
def test_layer_mistakes(change, code):
    facts = good_facts()
    edit(facts, "trace", lambda trace: change(trace["layers"]))
    assert codes("layers", facts) == ("failed", [code])


@pytest.mark.parametrize("update, code", [
    ({"class": "torch.optim.adamw.AdamW", "exactly_adam": False}, Opt.ADAMW),
    ({"class": "torch.optim.sgd.SGD", "exactly_adam": False}, Opt.SGD),
    ({"missing": ["c1.weight"]}, Opt.MISSING_PARAMS),
])
def test_optimizer_mistakes(update, code):
    facts = good_facts()
    edit(facts, "optimizer", lambda found: found.update(update))
    assert codes("optimizer", facts) == ("failed", [code])


def test_an_optimizer_that_never_steps_fails():
    facts = good_facts()
    edit(facts, "training_loop", lambda loop: loop.update(optimizer_steps=0))
    assert codes("optimizer", facts) == ("failed", [Opt.NOT_STEPPED])


@pytest.mark.parametrize("update, code", [
    ({"claimed_accuracy": 50.0}, Loop.ACCURACY_PERCENT),
    ({"claimed_accuracy": 1.0}, Loop.ACCURACY_DISAGREES),
    ({"claimed_accuracy": float("nan")}, Loop.ACCURACY_DISAGREES),   # compared false both ways
    ({"returned_losses": [2.3, 2.4, 2.5, 2.6], "seen_losses": [2.3, 2.4, 2.5, 2.6]},
     Loop.LOSS_NOT_DOWN),
    ({"returned_losses": [9.0, 8.0, 7.0, 6.0]}, Loop.LOSS_NOT_MEAN),
    ({"returned_losses": [2.3, float("nan"), 2.1, 2.0]}, Loop.LOSS_NOT_MEAN),
    ({"weights_moved": False}, Loop.WEIGHTS_FROZEN),
])
def test_training_loop_mistakes(update, code):
    facts = good_facts()
    edit(facts, "training_loop", lambda loop: loop.update(update))
    assert codes("training_loop", facts) == ("failed", [code])


def test_the_graders_own_count_decides_the_loop():
    """What the grader computed from the weights the loop handed back outweighs what the
    student's functions returned."""
    facts = good_facts()
    facts.loop = LoopResult(0.5, loss_before=2.3, loss_after=2.31)
    assert codes("training_loop", facts) == ("failed", [Loop.LOSS_NOT_DOWN_COUNTED])
    facts.loop = LoopResult(0.0, loss_before=2.3, loss_after=1.4)
    assert codes("training_loop", facts) == ("failed", [Loop.ACCURACY_DISAGREES])
    facts.loop = LoopResult(None)
    assert codes("training_loop", facts) == ("failed", [Loop.LOOP_WEIGHTS_MISSING])


def test_a_replay_that_ends_elsewhere_fails_optimizer_and_accuracy_in_words():
    """The grader's replay decides, whatever the worker's own watch counted."""
    mismatch = Proof("mismatch", checkpoints=94, steps=938, replayed=[1, 2, 40],
                     problem="the parameters differ", segment=[390, 400], rule="adam")
    facts = good_facts()
    facts.loop.proof = mismatch
    assert codes("optimizer", facts) == ("failed", [Opt.NOT_REPLAYED])
    assert codes("accuracy", facts) == ("passed", [Acc.ACCURACY])
    facts = good_facts()
    facts.timed_run.proof = mismatch
    assert codes("optimizer", facts) == ("failed", [Opt.NOT_REPLAYED])
    assert codes("accuracy", facts) == ("failed", [Opt.NOT_REPLAYED])
    words = feedback.word("accuracy", checks.decide("accuracy", facts))
    assert "the weights at step 400 are not what Adam's steps" in words
    assert "from step 390 (the parameters differ)" in words
    assert "outside `optimizer.step()`" in words


def test_a_forged_stream_and_an_unverifiable_run_are_not_awarded():
    facts = good_facts()
    facts.timed_run.proof = Proof("forged", problem="step 12 was not taken on a new batch")
    assert codes("accuracy", facts) == ("failed", [Opt.NOT_REPLAYED])
    assert "step 12 was not taken on a new batch" in feedback.word(
        "accuracy", checks.decide("accuracy", facts))
    facts.timed_run.proof = Proof("unverifiable", problem="RMSprop is not an optimizer the "
                                  "grader can replay")
    assert codes("accuracy", facts) == ("failed", [Acc.UNVERIFIED])
    assert "A person will review it" in feedback.word("accuracy",
                                                      checks.decide("accuracy", facts))


def test_a_verified_loop_of_another_rule_or_with_frozen_parts_fails_the_optimizer():
    facts = good_facts()
    facts.loop.proof = Proof("verified", rule="sgd", replayed=[1, 2, 3, 4])
    assert codes("optimizer", facts) == ("failed", [Opt.NOT_ADAM_RULE])
    facts.loop.proof = Proof("verified", rule="adam", frozen=["C1.weight", "C1.bias"])
    assert codes("optimizer", facts) == ("failed", [Opt.MISSING_PARAMS])
    facts.loop.proof = Proof("verified", rule="adam", replayed=[1, 2, 3, 4])
    finding = checks.decide("optimizer", facts)
    assert finding.status == "passed" and "replayed every step" in feedback.word(
        "optimizer", finding)


def test_an_accuracy_the_students_code_computed_says_so():
    facts = good_facts()
    facts.timed_run.evaluated_by = "student"
    finding = checks.decide("accuracy", facts)
    assert codes("accuracy", facts)[1] == [Acc.EVALUATED_BY_STUDENT, Acc.ACCURACY]
    assert "computed by your own code" in feedback.word("accuracy", finding)


def test_blocked_checks_report_why():
    facts = good_facts()
    facts.inspection.import_error = "NameError: name 'x' is not defined"
    assert codes("layers", facts) == ("error", [Blocked.IMPORT_ERROR])
    facts = good_facts()
    facts.inspection.missing = ["evaluate"]
    assert codes("training_loop", facts) == ("failed", [Blocked.MISSING_NAMES])
    assert codes("architecture", facts)[0] == "passed"
    facts = good_facts()
    del facts.inspection.observed["training_loop"]
    facts.inspection.status = "timeout"
    assert codes("training_loop", facts) == ("timeout", [Blocked.STAGE_TIMEOUT])
    facts = Facts(RUBRIC.threshold, RUBRIC.limits.fresh_model_max_accuracy,
                  rejected="too large")
    assert codes("accuracy", facts) == ("failed", [Blocked.REJECTED])


def test_accuracy_statuses():
    facts = good_facts()
    facts.timed_run.accuracy = 0.95
    assert codes("accuracy", facts) == ("failed", [Acc.LOW_ACCURACY]), "more than 95% passes"
    facts.timed_run.fresh_accuracy = 0.9
    assert codes("accuracy", facts) == ("failed", [Acc.PRETRAINED])
    facts = good_facts()
    facts.timed_run.accuracy = None
    assert codes("accuracy", facts) == ("timeout", [Acc.NO_EPOCH])
    facts.timed_run = None
    assert codes("accuracy", facts) == ("skipped", [Acc.SKIPPED])


def test_every_cause_has_words_and_a_table_on_shape_failures():
    facts = good_facts()
    edit(facts, "trace", lambda trace: trace["layers"][0].update(shape=[6, 24, 24]))
    finding = checks.decide("architecture", facts)
    text = feedback.word("architecture", finding)
    assert "| C1 | conv 6 x 28 x 28 + tanh | conv 6 x 24 x 24 + tanh |" in text
    assert "padding" in text


def test_every_cause_code_has_words_and_every_word_a_code():
    every = {code for enum in Code.__subclasses__() for code in enum}
    assert len(every) > 30
    assert set(checks.MESSAGES) == every, every ^ set(checks.MESSAGES)


def test_every_way_a_stage_ends_is_a_cause():
    """How a stage ended maps to a cause through a table, not by spelling its status."""
    assert set(STAGE_ENDED) == {"ok", "crashed", "timeout", "memory", "disk", "flood"}
    assert set(checks.accuracy.FAILED) == {(stage, kind) for stage in ("train", "evaluate")
                                           for kind in ("timeout", "error", "forged")}
    facts = good_facts()
    del facts.inspection.observed["trace"]
    for status, code in STAGE_ENDED.items():
        facts.inspection.status = status
        assert codes("architecture", facts)[1] == [code], status


def test_a_cause_code_is_its_plain_word():
    """Stored and shown as before: a code equals, prints and serialises as its value."""
    import json

    assert Blocked.STAGE_TIMEOUT == "stage_timeout" and str(Shapes.NO_PADDING) == "no_padding"
    assert json.dumps([Opt.SGD]) == '["sgd"]' and f"{Acc.ACCURACY}" == "accuracy"


# --- the differential test's verdicts ----------------------------------------------------------

LENET = {"activations": ("tanh",) * 4, "pools": ("avg", "avg"), "order": "activate, pool",
         "output": "logits"}


def verified(**changes) -> Facts:
    """Good facts whose report the grader's own LeNet-5 and Adam confirmed, then `changes`."""
    facts = good_facts()
    facts.verification = Verification(loaded=True, variant=dict(LENET), loaded_k=True,
                                      variant_k=dict(LENET))
    for name, change in changes.items():
        setattr(facts.verification, name, change)
    return facts


def test_confirmed_facts_pass_everything():
    facts = verified()
    for check_id in checks.IDS:
        assert checks.decide(check_id, facts).status == "passed", check_id


def test_a_model_that_cannot_take_the_weights_fails_parameters_only():
    facts = verified(loaded=False, variant=None, shapes={"c1.weight": [6, 1, 5, 5]},
                     loaded_k=False, variant_k=None)
    assert codes("parameters", facts) == ("failed", [Params.WEIGHTS_UNLOADABLE])
    assert "c1.weight 6 x 1 x 5 x 5" in feedback.word("parameters",
                                                      checks.decide("parameters", facts))
    for check_id in ("architecture", "layers", "n_classes"):
        assert codes(check_id, facts)[0] == "passed", check_id


@pytest.mark.parametrize("at, failing", [("S2", "layers"), ("tanh after F6", "layers"),
                                         (None, "layers"), ("C3", "architecture")])
def test_an_unknown_function_fails_the_check_of_where_it_differs(at, failing):
    """A check fails only for what it checks: values that first differ after a nonlinearity
    or pooling are the layers' business, at a layer with weights the architecture's."""
    facts = verified(variant=None, diverged_at=at, variant_k=None)
    finding = checks.decide(failing, facts)
    assert codes(failing, facts)[1] == [Shapes.FUNCTION_DIFFERS]
    if at:
        assert f"first differ at {at}" in feedback.word(failing, finding)
    for check_id in {"architecture", "parameters", "layers", "n_classes"} - {failing}:
        assert codes(check_id, facts) == ("passed", []), check_id


def test_honest_mistakes_lose_only_their_checks():
    """A leaky ReLU after F6 with every shape right loses the layers check only; a C5 with a
    3x3 kernel loses the shapes and counts, not the layers or k."""
    facts = verified(variant=None, diverged_at="tanh after F6", variant_k=None)
    edit(facts, "trace", lambda trace: trace["layers"][5].update(activation="leaky_relu"))
    lost = {check_id for check_id in checks.IDS if codes(check_id, facts)[0] != "passed"}
    assert lost == {"layers"}
    facts = verified(loaded=False, variant=None, loaded_k=False, variant_k=None,
                     shapes={"c5.weight": [120, 16, 3, 3]})

    def c5_3x3_traced(trace):
        trace["layers"][4].update(shape=[120, 3, 3], params=17400)
        trace["total_params"] = 61706 - 48120 + 17400

    def c5_3x3_built(by_k):
        for k in ("10", "3", "7"):
            by_k[k][4][1] = [120, 16, 3, 3]

    edit(facts, "trace", c5_3x3_traced)
    edit(facts, "construction", c5_3x3_built)
    lost = {check_id for check_id in checks.IDS if codes(check_id, facts)[0] != "passed"}
    assert lost == {"architecture", "parameters"}


def test_a_clean_trace_of_a_relu_model_fails_layers_only():
    facts = verified(variant={**LENET, "activations": ("relu",) * 4})
    assert codes("architecture", facts)[0] == "passed"
    assert codes("layers", facts) == ("failed", [Layers.COMPUTES_VARIANT])
    assert "relu after C1" in feedback.word("layers", checks.decide("layers", facts))


def test_the_trace_words_a_mistake_it_sees_and_the_function_agrees():
    facts = verified(variant={**LENET, "pools": ("max", "max")})
    edit(facts, "trace", lambda trace: trace["layers"][1].update(kind="maxpool"))
    assert codes("layers", facts) == ("failed", [Layers.MAX_POOL])


def test_an_unconfirmed_k_fails_n_classes_where_ten_classes_were_confirmed():
    assert codes("n_classes", verified(variant_k=None, loaded_k=False)) == (
        "failed", [K.K_UNVERIFIED])
    assert codes("n_classes", verified(variant=None, variant_k=None, loaded_k=False)) == (
        "passed", [])


def test_a_forward_pass_that_never_ends_leaves_the_checks_that_need_none():
    """Only the model as built: parameters, n_classes and the optimizer are still decided."""
    facts = good_facts()
    for key in ("trace", "n_classes", "training_loop"):
        del facts.inspection.observed[key]
    facts.inspection.status = "timeout"
    for check_id in ("parameters", "n_classes", "optimizer"):
        assert codes(check_id, facts) == ("passed", []), check_id
    for check_id in ("architecture", "layers", "training_loop"):
        assert codes(check_id, facts) == ("timeout", [Blocked.STAGE_TIMEOUT]), check_id
    edit(facts, "construction", lambda by_k: by_k.update({"7": built(10)}))
    assert codes("n_classes", facts) == ("failed", [K.K_PARAMETERS])


def test_a_missing_function_fact_leaves_the_shapes_to_the_trace_and_flags_the_result():
    from grader.assignment.results import CheckResult, SubmissionResult
    from grader.grading.grader import review_flags

    def graded(facts):
        return SubmissionResult("x.py", "cpu", None, [CheckResult(
            check_id, check_id, 1.0, 1.0, checks.decide(check_id, facts).status, "")
            for check_id in checks.IDS])

    facts = verified(loaded=None, variant=None, variant_k=None)
    assert codes("architecture", facts) == ("passed", [])
    assert not checks.decide("architecture", facts).details["verified"]
    assert review_flags(facts, graded(facts)) and not review_flags(verified(),
                                                                   graded(verified()))


# --- the training loop, judged by its contract ---------------------------------------------------

def test_a_loop_taking_batches_twice_fails():
    facts = good_facts()
    edit(facts, "training_loop", lambda loop: loop.update(batches_seen=[16] * 4))
    assert codes("training_loop", facts) == ("failed", [Loop.NOT_ONE_PASS])


def test_a_loop_stepping_another_optimizer_fails_the_optimizer_check_only():
    """The contract's "steps the optimizer it is given" is the optimizer check's business."""
    facts = good_facts()
    edit(facts, "training_loop", lambda loop: loop.update(optimizer_steps=0))
    assert codes("training_loop", facts) == ("passed", [])
    assert codes("optimizer", facts) == ("failed", [Opt.NOT_STEPPED])


def test_a_confirmed_pass_says_what_was_confirmed():
    facts = verified()
    facts.loop.proof = Proof("verified", rule="adam", replayed=[1, 2, 3, 4])
    words = {check_id: feedback.word(check_id, checks.decide(check_id, facts))
             for check_id in ("architecture", "optimizer")}
    assert "computes exactly its own LeNet-5's outputs" in words["architecture"]
    assert "ended where your loop did" in words["optimizer"]
    unverified = feedback.word("architecture", checks.decide("architecture", good_facts()))
    assert "LeNet-5's outputs" not in unverified


# --- one mistake, its own checks: the handout's table of mistakes ----------------------------

def _bn(trace):
    for index, params in ((0, 12), (2, 32)):
        trace["layers"][index].update(norm="BatchNorm2d", norm_params=params)
    trace["total_params"] = 61750


def _bn_built(by_k):
    for k in by_k:
        by_k[k] += [["bn1.weight", [6]], ["bn1.bias", [6]], ["bn2.weight", [16]],
                    ["bn2.bias", [16]]]


def _c1_3x3(trace):
    trace["layers"][0].update(kernel=[3, 3], params=60)
    trace["total_params"] = 61610


def _c1_3x3_built(by_k):
    for k in by_k:
        by_k[k][0][1] = [6, 1, 3, 3]


def _extra_fc(trace):
    trace["layers"][6:] = [{"kind": "linear", "shape": [42], "params": 3570,
                            "activation": "tanh"},
                           {"kind": "linear", "shape": [10], "params": 430, "activation": None}]
    trace["total_params"] = 64856


def _late_tanh(trace):
    for conv, pool in ((0, 1), (2, 3)):
        trace["layers"][conv]["activation"] = None
        trace["layers"][pool]["activation"] = "tanh"


@pytest.mark.parametrize("trace_edit, built_edit, lost, words", [
    (lambda trace: trace.update(container="a tuple of 2"), None, {"architecture"},
     "returned a tuple of 2 instead of one tensor"),
    (lambda trace: trace.update(container="a dict of 2"), None, {"architecture"},
     "returned a dict of 2"),
    (_bn, _bn_built, {"architecture", "parameters"},
     "BatchNorm2d after C1 and C3 is not part of LeNet-5 (it adds 12 and 32 parameters)"),
    (_c1_3x3, _c1_3x3_built, {"architecture", "parameters"}, "C1 is a 3x3 convolution"),
    (_extra_fc, None, {"architecture", "parameters"}, "linear 42 + tanh after F6"),
    (_late_tanh, None, {"layers"},
     "tanh comes after the pooling in S2 and S4: LeNet-5 applies tanh before it"),
], ids=["tuple", "dict", "batchnorm", "c1-3x3", "extra-fc", "tanh-after-pool"])
def test_a_mistake_loses_its_own_checks_and_their_words_name_it(trace_edit, built_edit, lost,
                                                                  words):
    facts = good_facts()
    edit(facts, "trace", trace_edit)
    if built_edit:
        edit(facts, "construction", built_edit)
    if "parameters" in lost and built_edit is None:   # the extra layer's tensors, as built
        edit(facts, "construction", lambda by_k: by_k["10"].__setitem__(
            slice(8, 10), [["fc.weight", [42, 84]], ["fc.bias", [42]], ["out.weight", [10, 42]],
                           ["out.bias", [10]]]))
    found = {check_id: checks.decide(check_id, facts) for check_id in checks.IDS}
    assert {check_id for check_id, finding in found.items() if not finding.passed} == lost
    for check_id in lost - {"parameters"}:
        assert words in feedback.word(check_id, found[check_id]), check_id


def test_the_table_marks_every_layer_the_words_name():
    """A check's sentence and its table agree: the layers its words blame are marked."""
    facts = good_facts()
    edit(facts, "trace", _bn)
    edit(facts, "construction", _bn_built)
    for check_id in ("architecture", "parameters"):
        text = feedback.word(check_id, checks.decide(check_id, facts))
        marked = [line.split("|")[1].strip() for line in text.splitlines()
                  if line.startswith("| ") and line.rstrip().endswith("<- |")]
        assert marked == ["C1", "C3"], check_id
    facts = verified(variant=None, diverged_at="C3")
    text = feedback.word("architecture", checks.decide("architecture", facts))
    assert "first differ at C3" in text
    assert next(line for line in text.splitlines() if line.endswith("<- |")).startswith("| C3 ")


@pytest.mark.parametrize("loop, returned, code", [
    (LoopResult(0.5, loss_before=2.3, loss_after=1.4), [2.2, 1.9, 1.6, 1.5], None),
    (LoopResult(0.5, loss_before=2.3, loss_after=1.4), [17.6, 15.2, 12.8, 12.0],
     Loop.LOSS_IMPLAUSIBLE),
    (LoopResult(0.5, by_grader=False), [2.2, 1.9, 1.6, 1.5], Loop.LOSS_FN_UNUSED),
], ids=["same-values", "a-sum", "function-unknown"])
def test_a_loop_with_its_own_loss_is_judged_by_the_graders_loss(loop, returned, code):
    """F.cross_entropy instead of loss_fn: the loop never called loss_fn, and the grader's own
    loss before and after it decides."""
    facts = good_facts()
    facts.loop = loop
    edit(facts, "training_loop", lambda raw: raw.update(returned_losses=returned,
                                                        seen_losses=[None] * 4))
    assert codes("training_loop", facts) == (("passed", []) if code is None
                                             else ("failed", [code]))


def test_a_function_that_differs_after_a_nonlinearity_the_trace_names_is_the_layers_mistake():
    """tanh before the pooling as in the table, and a sigmoid after it: the values first
    differ at C3, whose weights are right, and the layers check names the sigmoid."""
    facts = verified(variant=None, diverged_at="C3")

    def squash(trace):
        for pool in (1, 3):
            trace["layers"][pool]["activation"] = "sigmoid"

    edit(facts, "trace", squash)
    assert codes("architecture", facts) == ("passed", [])
    status, found = codes("layers", facts)
    assert status == "failed" and Layers.AFTER_POOLING in found
    assert "An extra sigmoid comes after the pooling in S2 and S4" in feedback.word(
        "layers", checks.decide("layers", facts))


def test_batch_norms_at_identity_confirm_the_rest_or_name_its_mistake():
    facts = verified(loaded=False, variant=None, loaded_k=False, variant_k=None, identity=2,
                     identity_variant={**LENET, "set": "lenet"})
    edit(facts, "trace", _bn)
    edit(facts, "construction", _bn_built)
    words = feedback.word("architecture", checks.decide("architecture", facts))
    assert "BatchNorm2d after C1 and C3" in words and "computes LeNet-5 exactly" in words
    assert codes("layers", facts) == ("passed", [])
    facts.verification.identity_variant = {**LENET, "activations": ("relu",) * 4}
    assert "computes LeNet-5 exactly" not in feedback.word(
        "architecture", checks.decide("architecture", facts))
    assert codes("layers", facts) == ("failed", [Layers.COMPUTES_VARIANT])
