"""The red team (tests/redteam/) in every sandbox tier this machine offers, through quick
`lenet5 check` runs: where the tier promises what an attack needs (`attacks.NEEDS`), the attack
earns its honest part, its reports carry none of the grading user's secrets and it reaches no
network; where the tier does not, the attack is shown working, so that these assertions can
fail. The link attacks run in every tier; and, unconfined in this test process, each attack
that only the sandbox stops is shown to work. The machine's default tier grades every attack
in test_redteam_class.py."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from attacks import NEEDS, SHOWN_WORKING, attack, check, quick_expectation, render_by_position
from helpers import REDTEAM, SOLUTION, available_tiers, expected_statuses, run_cli

from grader import data
from grader.assignment import spec
from grader.isolation import tiers

pytestmark = [pytest.mark.usefixtures("adopt_orphans", "kit_and_environment_unchanged"),
              pytest.mark.slow]


def _unconfined(path):
    """Import a red-team file into this (unconfined) test process."""
    from grader.worker.runtime import load_submission

    return load_submission(path, path.stem)


def _test_batch(mnist_root, count):
    """The first `count` test images as the model sees them, and their labels."""
    import torch

    from grader.worker.runtime import normalize_images

    images, labels = data.load_split(mnist_root, train=False)
    return normalize_images(torch.from_numpy(images[:count])), labels[:count]


@pytest.mark.parametrize("tier", available_tiers())
@pytest.mark.parametrize("name", sorted(NEEDS))
def test_each_tier_stops_what_it_promises_to(name, tier, test_rubric, listener, planted,
                                             tmp_path):
    """In every tier this machine offers: where the tier promises what the attack needs, the
    attack earns its honest part and its reports carry no secret; where it does not, the
    attack is shown working (never run where it would really damage the kit)."""
    path = attack(name, tmp_path, listener)
    promised = NEEDS[name] in tiers.choose(tier=tier).promises
    if promised and tier == tiers.choose().tier:
        pytest.skip(f"{tier} is this machine's default tier: test_redteam_class.py grades "
                    f"{name} in it")
    if not promised and name not in SHOWN_WORKING:
        pytest.skip(f"{tier} does not promise {NEEDS[name]}; {name} would do real harm there "
                    "or gain only in training, which a quick check skips")
    listener.accepted.clear()
    page = tmp_path / "report.html"
    done, result = check(path, test_rubric, tier, "--html", str(page))
    statuses = {check["id"]: check["status"] for check in result["checks"]}
    everything = done.stdout + done.stderr + page.read_text()
    if promised:
        assert statuses == quick_expectation(path)
        assert planted.secret not in everything
        assert not listener.accepted
    elif name == "exfiltrate":
        assert planted.secret in everything
    elif name == "network":
        assert listener.accepted
    else:
        assert statuses != quick_expectation(path), f"{name} found nothing to copy"
    listener.accepted.clear()


LINK_ATTACKS = ("plant_links", "log_link", "request_link")


@pytest.mark.parametrize("tier", available_tiers())
@pytest.mark.parametrize("name", LINK_ATTACKS)
def test_links_a_worker_plants_are_never_followed(name, tier, test_rubric, tmp_path):
    """The link attacks, in a full check in every tier: the grading process reads no file
    through a link into any report (no line of the solution appears) and writes nowhere a link
    points (no file appears in /tmp). Against the kit before stage folders, each put the
    solution into the report or made the grader create files in /tmp."""
    def planted_targets():
        return set(Path("/tmp").glob("lenet5-pwned-*")) | set(
            Path("/tmp").glob("lenet5-planted-by-a-student"))

    before = planted_targets()
    page = tmp_path / "report.html"
    done = run_cli("check", str(REDTEAM / f"{name}.py"), "--json", "--rubric",
                   str(test_rubric), "--html", str(page),
                   env={**os.environ, "LENET5_SANDBOX": tier})
    result = json.loads(done.stdout)
    statuses = {check["id"]: check["status"] for check in result["checks"]}
    expected = expected_statuses(REDTEAM / f"{name}.py")
    expected.pop("quick-accuracy", None)
    assert statuses == expected
    assert "the reference solution" not in done.stdout + done.stderr + page.read_text()
    assert planted_targets() == before


def test_flags_name_what_the_attacks_use(test_rubric):
    done = run_cli("check", str(REDTEAM / "network.py"), "--quick", "--json", "--rubric",
                   str(test_rubric))
    flags = json.loads(done.stdout)["flags"]
    assert any("socket" in flag and "network" in flag for flag in flags), flags
    text = run_cli("check", str(REDTEAM / "fake_accuracy.py"), "--quick", "--rubric",
                   str(test_rubric)).stdout
    assert "Flagged for a person to review" in text and "replaces part of torch" in text


# --- the attacks are real: unconfined, they work ---------------------------------------------

def test_read_solution_becomes_the_solution_where_it_is_readable():
    module = _unconfined(REDTEAM / "read_solution.py")
    assert module.STOLEN_FROM == str(SOLUTION)
    assert sum(p.numel() for p in module.LeNet5(10).parameters()) == spec.TOTAL_PARAMS


def test_copy_classmate_finds_and_runs_a_classmate(tmp_path, monkeypatch):
    (tmp_path / "class" / "me").mkdir(parents=True)
    shutil.copy(SOLUTION, tmp_path / "class" / "honest.py")
    monkeypatch.chdir(tmp_path / "class" / "me")
    module = _unconfined(REDTEAM / "copy_classmate.py")
    assert module.COPIED_FROM == str(tmp_path / "class" / "honest.py")


def test_label_hunt_finds_the_test_set_where_it_is_readable(mnist_root):
    images, labels = _unconfined(REDTEAM / "label_hunt.py").find_test_set([str(mnist_root)])
    assert images.shape == (10000, 784) and labels.shape == (10000,)


def test_by_position_is_right_when_the_order_is_the_published_one(tmp_path, mnist_root):
    module = _unconfined(render_by_position(tmp_path / "by_position.py", mnist_root))
    model = module.LeNet5(10).eval()
    model.trained.fill_(1)
    batch, labels = _test_batch(mnist_root, 500)
    assert (model(batch).argmax(1).numpy() == labels).all()


def test_rewrite_reports_takes_every_point_without_the_differential_test(mnist_root,
                                                                         test_rubric):
    """With the grader's own LeNet-5 switched off, the checks believe the rewritten report."""
    from grader.assignment.rubric import load_rubric
    from grader.data import Mnist
    from grader.grading.grader import Grader

    path = REDTEAM / "rewrite_reports.py"
    grader = Grader.open(load_rubric(test_rubric), Mnist.load(mnist_root), verify=False)
    try:
        result = grader.grade(path, quick=True)
    finally:
        grader.close()
    statuses = {check.id: check.status for check in result.checks}
    assert statuses == {**{check_id: "passed" for check_id in statuses}, "accuracy": "skipped"}
    assert statuses != quick_expectation(path)


def test_smuggled_weights_work_where_they_are_readable(trained_weights, mnist_root,
                                                       monkeypatch):
    import torch

    module = _unconfined(REDTEAM / "smuggled_weights.py")
    monkeypatch.setattr(module, "find_weights", lambda: torch.load(trained_weights))
    model = module.LeNet5(10)
    module.train_one_epoch(model, [], None, None, "cpu")
    batch, labels = _test_batch(mnist_root, 1000)
    with torch.no_grad():
        assert (model(batch).argmax(1).numpy() == labels).mean() > 0.95
