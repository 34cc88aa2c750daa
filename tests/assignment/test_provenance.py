"""A result's provenance and stored facts: the rubric's canonical form, the kit's commit, and
facts that survive the trip through JSON with the same decisions."""

from __future__ import annotations

import json

from helpers import KIT

from grader import kit
from grader.assignment import checks, provenance
from grader.assignment.facts import (
    Clamp,
    Facts,
    Inspection,
    LoopResult,
    Observation,
    Proof,
    StageFailure,
    TimedRun,
    Verification,
)
from grader.assignment.provenance import Provenance
from grader.assignment.rubric import load_rubric
from grader.worker.protocol import Construction, Layer, Trace


def _rubric(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return load_rubric(path)


def test_the_rubric_hash_follows_its_values_not_its_layout(tmp_path):
    text = (KIT / "assignment" / "rubric.toml").read_text()
    kit_rubric = load_rubric()
    bare = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert _rubric(tmp_path, "bare.toml", bare).digest() == \
        kit_rubric.digest()
    changed = _rubric(tmp_path, "changed.toml", text.replace("threshold = 0.95",
                                                              "threshold = 0.97"))
    assert changed.digest() != kit_rubric.digest()
    flat = provenance.canonical(kit_rubric)
    assert flat["checks.accuracy.points"] == 3.0 and flat["limits.inspect_s"] == 60
    assert flat["threshold"] == 0.95 and flat["hyperparameters.epochs"] == [1, 5]


def test_the_kit_commit_is_known_only_in_a_git_checkout(monkeypatch, tmp_path):
    found = kit.commit()
    if (kit.KIT_ROOT / ".git").exists():
        assert found is not None and len(found.removesuffix("-dirty")) == 40
    kit.commit.cache_clear()
    monkeypatch.setattr(kit, "KIT_ROOT", tmp_path)   # an export without .git: no commit, no error
    try:
        assert kit.commit() is None
    finally:
        kit.commit.cache_clear()


def test_software_versions_come_without_importing_torch():
    import subprocess
    import sys

    code = ("import sys; from grader.assignment import provenance; "
            "found = provenance.software(); assert 'torch' not in sys.modules, 'torch imported'; "
            "print(found['torch'], found['numpy'], found['kit_version'])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    torch_version, numpy_version, kit_version = done.stdout.split()
    assert torch_version[0].isdigit() and numpy_version[0].isdigit() and kit_version[0].isdigit()


def test_provenance_round_trips_and_compares_its_environment():
    made = Provenance(sha256="ab" * 32, seed=12345, **provenance.software(),
                      rubric_sha256=load_rubric().digest(), device="cpu",
                      tier="bubblewrap", reference_s=8.5, speed_scale=1.06,
                      rubric=provenance.canonical(load_rubric()))
    again = Provenance.from_dict(json.loads(json.dumps(made.to_dict())))
    assert again == made
    assert again.environment() == Provenance.from_dict(
        {**made.to_dict(), "seed": 1, "sha256": None}).environment()
    assert again.environment() != Provenance.from_dict(
        {**made.to_dict(), "torch": "0.0"}).environment()


def test_facts_decide_the_same_after_a_trip_through_json():
    """Hand-made facts touching every part: the rescoring decides from the stored copy."""
    trace = Trace([Layer("conv", [6, 28, 28], 156, "tanh")], [2, 10], None, 156)
    facts = Facts(
        inspection=Inspection(imported=True, hyperparameters={"EPOCHS": 9.0},
                              observed={"trace": Observation(trace),
                                        "optimizer": Observation(error="boom"),
                                        "construction": Observation(
                                            Construction({"10": [("w", [6, 1, 5, 5])]}))},
                              loop_log=object()),
        timed_run=TimedRun(40.0, "cpu", False, 5, {"epochs": 5, "batch_size": 64,
                                                   "learning_rate": 0.001},
                           [Clamp("EPOCHS", 9.0, 1, 5, 5)], epochs=2, time_used_s=30.0,
                           fresh_accuracy=0.1, accuracy=0.96, epoch_accuracy=[0.1, 0.9, 0.96],
                           proof=Proof("verified", 94, 938, [1, 2, 7], 2e-6, rule="adam")),
        verification=Verification(loaded=True, set="padded", shapes={"C1.weight": [6, 1, 5, 5]}),
        loop=LoopResult(0.5, 2.3, 1.1), sample_labels=[1, 2, 3], threshold=0.97, fresh_max=0.3)
    stored = json.loads(json.dumps(facts.to_dict()))
    assert stored["inspection"]["loop_log"] is None
    assert stored["timed_run"]["proof"]["status"] == "verified"
    assert stored["inspection"]["observed"]["construction"] == {
        "value": {"10": [["w", [6, 1, 5, 5]]]}, "error": None}   # the worker's JSON form
    again = Facts.from_dict(stored)
    assert again.inspection.observed == facts.inspection.observed
    assert again.timed_run.clamped == facts.timed_run.clamped
    assert again.loop == facts.loop and again.verification == facts.verification
    for check_id in checks.IDS:
        assert checks.decide(check_id, again) == checks.decide(check_id, facts), check_id
    failed = Facts.from_dict(json.loads(json.dumps(Facts(0.95, 0.3, timed_run=TimedRun(
        40.0, "cpu", False, 1, {}, failure=StageFailure("train", "error", "x"))).to_dict())))
    assert failed.timed_run.failure == StageFailure("train", "error", "x")


def test_a_stored_fact_that_is_not_its_record_is_left_out():
    """A result stored before the worker's facts were checked may hold anything the student's
    code wrote: such a fact is read as missing, as a malformed one from a worker is."""
    stored = Facts(0.95, 0.3, inspection=Inspection(imported=True)).to_dict()
    stored["inspection"]["observed"] = {"trace": {"value": {"layers": "forged"}, "error": None},
                                        "optimizer": {"value": None, "error": "boom"}}
    again = Facts.from_dict(json.loads(json.dumps(stored)))
    assert list(again.inspection.observed) == ["optimizer"]
    assert checks.decide("architecture", again).status == "error"
