"""The red-team suite (tests/redteam/): every attack earns exactly what its honest part earns,
through `lenet5 check`, `lenet5 grade` and `otter run`; it changes no other result, no file of
the kit or its Python environment, reaches no network, carries none of the grading user's
secrets into a report, and leaves no process behind. The machine is set up the way a real one
looks (the `planted` fixture: secrets, a classmate and another checkout in the home folder and
in /tmp). Where only the sandbox stops an attack, a test shows the attack working without it,
so that these assertions can fail."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from helpers import (
    KIT,
    REDTEAM,
    SOLUTION,
    available_tiers,
    expected_statuses,
    run_cli,
    worker_processes,
)

from grader import data
from grader.commands import autograder
from grader.grading.integrity import environment_digest, kit_digest
from grader.isolation import tiers
from grader.reports import gradesheet

ATTACKS = sorted(REDTEAM.glob("*.py"))
PORT = 47474  # the port network.py tries to reach
# The promise (tiers.PROMISES) that keeps each attack on files and the network to its honest
# part. An attack that needs no promise is stopped in every tier.
NEEDS = {"tamper_grader": "kit_read_only", "fake_results": "secrets_hidden",
         "label_hunt": "secrets_hidden", "exfiltrate": "private_hidden",
         "read_solution": "only_own_folder", "copy_classmate": "only_own_folder",
         "smuggled_weights": "only_own_folder", "network": "no_network"}
# Attacks that, where their promise is not kept, show themselves working: they score more than
# their honest part (or, for exfiltrate and network, their loot and connections show).
SHOWN_WORKING = ("read_solution", "copy_classmate", "exfiltrate", "network")
# A process that outlives a grading run here is found below this process, not among gradings
# that others run on the machine (helpers.worker_processes).
# slow: a grading per attack and tier. serial: the kit and its venv must stay unchanged over the
# whole module (no other test may write there meanwhile), and the listener holds a fixed port.
pytestmark = [pytest.mark.usefixtures("adopt_orphans"), pytest.mark.slow, pytest.mark.serial]


@pytest.fixture(scope="module", autouse=True)
def kit_and_environment_unchanged():
    """After the whole red team, `git status` of the kit and the Python environment are
    exactly as before: a caught write is not enough, the venv would stay compromised."""
    def status():
        if not (KIT / ".git").exists():
            return ""
        return subprocess.run(["git", "status", "--porcelain"], cwd=KIT, capture_output=True,
                              text=True, check=False).stdout

    def environment():  # the calibration cache may be written by the grader itself
        return {folder: digest for folder, digest in environment_digest().items()
                if not folder.endswith("calibration.json")}

    before = (status(), kit_digest(), environment())
    yield
    after = (status(), kit_digest(), environment())
    assert after[0] == before[0], f"git status changed:\n{after[0]}"
    assert after[1] == before[1], "the kit's files changed"
    assert after[2] == before[2], "the Python environment changed"


@pytest.fixture(scope="module")
def listener():
    """A TCP server on every local address: the list of connections it ever accepted."""
    accepted = []
    server = socket.create_server(("0.0.0.0", PORT), reuse_port=True)
    server.settimeout(0.2)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, address = server.accept()
            except OSError:
                continue
            accepted.append(address)
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield accepted
    stop.set()
    thread.join()
    server.close()


def _points(statuses: dict[str, str], rubric) -> float:
    return sum(rule.points for rule in rubric.checks if statuses[rule.id] == "passed")


def _load(path):
    """Import a red-team file into this (unconfined) test process."""
    from grader.worker.runtime import load_submission

    return load_submission(path, path.stem)


def _test_batch(mnist_root, count):
    """The first `count` test images as the model sees them, and their labels."""
    import torch

    from grader.worker.runtime import normalize_images

    images, labels = data.load_split(mnist_root, train=False)
    return normalize_images(torch.from_numpy(images[:count])), labels[:count]


def _render_by_position(target, mnist_root):
    """by_position.py with the test set's labels pasted in, in their published order."""
    _, labels = data.load_split(mnist_root, train=False)
    text = (REDTEAM / "by_position.py").read_text().replace(
        'LABELS = ""', 'LABELS = "' + "".join(map(str, labels.tolist())) + '"')
    target.write_text(text)
    return target


# --- lenet5 check, every attack ------------------------------------------------------------

def _check(path, rubric, tier=None, *extra):
    env = {**os.environ, "LENET5_SANDBOX": tier} if tier else None
    done = run_cli("check", str(path), "--quick", "--json", "--rubric", str(rubric), *extra,
                   env=env)
    assert done.stdout, done.stderr
    return done, json.loads(done.stdout)


def _quick_expectation(path) -> dict[str, str]:
    expected = expected_statuses(path)
    expected["accuracy"] = expected.pop("quick-accuracy", "skipped")
    return expected


@pytest.mark.parametrize("path", ATTACKS, ids=[path.stem for path in ATTACKS])
def test_lenet5_check_gives_each_attack_only_its_honest_part(path, test_rubric, listener,
                                                             planted):
    needed = NEEDS.get(path.stem)
    chosen = tiers.choose()
    if needed and needed not in chosen.promises:
        pytest.skip(f"the {chosen.tier} tier here does not promise {needed} (README)")
    done, result = _check(path, test_rubric)
    expected = _quick_expectation(path)
    assert {check["id"]: check["status"] for check in result["checks"]} == expected
    assert done.returncode == (0 if all(status in ("passed", "skipped")
                                        for status in expected.values()) else 1)
    assert result["sandbox"]["tool"], "the report must say how workers were confined"
    assert planted.secret not in done.stdout + done.stderr
    assert not worker_processes(), "a process outlived the grading"
    assert not listener, f"a worker reached the network: {listener}"


@pytest.mark.parametrize("tier", available_tiers())
@pytest.mark.parametrize("name", sorted(NEEDS))
def test_each_tier_stops_what_it_promises_to(name, tier, test_rubric, listener, planted,
                                             tmp_path):
    """In every tier this machine offers: where the tier promises what the attack needs, the
    attack earns its honest part and its reports carry no secret; where it does not, the
    attack is shown working (never run where it would really damage the kit)."""
    path = REDTEAM / f"{name}.py"
    promised = NEEDS[name] in tiers.choose(tier=tier).promises
    if promised and tier == tiers.choose().tier:
        pytest.skip(f"{tier} is this machine's default tier: the test above ran {name} in it")
    if not promised and name not in SHOWN_WORKING:
        pytest.skip(f"{tier} does not promise {NEEDS[name]}; {name} would do real harm there "
                    "or gain only in training, which a quick check skips")
    listener.clear()
    page = tmp_path / "report.html"
    done, result = _check(path, test_rubric, tier, "--html", str(page))
    statuses = {check["id"]: check["status"] for check in result["checks"]}
    everything = done.stdout + done.stderr + page.read_text()
    if promised:
        assert statuses == _quick_expectation(path)
        assert planted.secret not in everything
        assert not listener
    elif name == "exfiltrate":
        assert planted.secret in everything
    elif name == "network":
        assert listener
    else:
        assert statuses != _quick_expectation(path), f"{name} found nothing to copy"
    listener.clear()


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
    module = _load(REDTEAM / "read_solution.py")
    assert module.STOLEN_FROM == str(SOLUTION)
    assert sum(p.numel() for p in module.LeNet5(10).parameters()) == 61706


def test_copy_classmate_finds_and_runs_a_classmate(tmp_path, monkeypatch):
    (tmp_path / "class" / "me").mkdir(parents=True)
    shutil.copy(SOLUTION, tmp_path / "class" / "honest.py")
    monkeypatch.chdir(tmp_path / "class" / "me")
    module = _load(REDTEAM / "copy_classmate.py")
    assert module.COPIED_FROM == str(tmp_path / "class" / "honest.py")


def test_label_hunt_finds_the_test_set_where_it_is_readable(mnist_root):
    images, labels = _load(REDTEAM / "label_hunt.py").find_test_set([str(mnist_root)])
    assert images.shape == (10000, 784) and labels.shape == (10000,)


def test_by_position_is_right_when_the_order_is_the_published_one(tmp_path, mnist_root):
    module = _load(_render_by_position(tmp_path / "by_position.py", mnist_root))
    model = module.LeNet5(10).eval()
    model.trained.fill_(1)
    batch, labels = _test_batch(mnist_root, 500)
    assert (model(batch).argmax(1).numpy() == labels).all()


@pytest.fixture(scope="module")
def trained_weights(tmp_path_factory, mnist_root):
    """The solution's weights after one epoch: what a smuggler would bring."""
    import torch

    from grader.worker import runtime

    module = runtime.load_submission(SOLUTION)
    runtime.seed_everything(0)
    model = module.LeNet5(10)
    images, labels = map(runtime.as_tensor, data.load_split(mnist_root, train=True))
    module.train_one_epoch(model, runtime.TensorBatches(images, labels, 64, seed=0),
                           module.make_optimizer(model), runtime.RecordingLoss(), "cpu")
    path = tmp_path_factory.mktemp("smuggled") / "weights.pt"
    torch.save(model.state_dict(), path)
    return path


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
    assert statuses != _quick_expectation(path)


def test_smuggled_weights_work_where_they_are_readable(trained_weights, mnist_root,
                                                       monkeypatch):
    import torch

    module = _load(REDTEAM / "smuggled_weights.py")
    monkeypatch.setattr(module, "find_weights", lambda: torch.load(trained_weights))
    model = module.LeNet5(10)
    module.train_one_epoch(model, [], None, None, "cpu")
    batch, labels = _test_batch(mnist_root, 1000)
    with torch.no_grad():
        assert (model(batch).argmax(1).numpy() == labels).mean() > 0.95


# --- lenet5 grade: the whole red team in one class, beside an honest student ---------------

@pytest.mark.slow
def test_lenet5_grade_keeps_every_result_honest(tmp_path, mnist_root, test_rubric, listener,
                                                trained_weights, planted):
    from grader.assignment.rubric import load_rubric

    rubric = load_rubric(test_rubric)
    source, out = tmp_path / "class", tmp_path / "out"
    expected = {}
    chosen = tiers.choose()
    for path in ATTACKS:
        if NEEDS.get(path.stem, "") and NEEDS[path.stem] not in chosen.promises:
            continue  # not defended in this tier (see the tier test above)
        (source / path.stem).mkdir(parents=True)
        shutil.copy(path, source / path.stem / "lenet.py")
        statuses = expected_statuses(path)
        statuses.pop("quick-accuracy", None)
        expected[f"{path.stem}/lenet.py"] = _points(statuses, rubric)
    _render_by_position(source / "by_position" / "lenet.py", mnist_root)
    if (source / "smuggled_weights").is_dir():
        shutil.copy(trained_weights, source / "smuggled_weights" / "weights.pt")
    (source / "oversized").mkdir()
    (source / "oversized" / "lenet.py").write_text(
        SOLUTION.read_text() + "#" * rubric.limits.submission_bytes)
    expected["oversized/lenet.py"] = 0
    (source / "honest").mkdir()
    shutil.copy(SOLUTION, source / "honest" / "lenet.py")
    expected["honest/lenet.py"] = 10
    digest = kit_digest()

    done = run_cli("grade", str(source), "-o", str(out), "-j", "2", "--rubric", str(test_rubric),
                   "--data-dir", str(mnist_root), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "flagged for review" in done.stdout  # network.py, fork_storm.py and more
    sheet = gradesheet.read(out / "final_grades.csv")
    assert {name: float(row["total_points_earned"]) for name, row in sheet.items()
            if name != "points-per-question"} == expected
    honest = json.loads((out / "results" / "honest_lenet.json").read_text())
    assert honest["score"] == 10 and honest["max_score"] == 10
    assert kit_digest() == digest
    assert not worker_processes()
    assert not listener
    for written in out.rglob("*"):  # results, Markdown, HTML, grade sheet, class report
        if written.is_file():
            assert planted.secret.encode() not in written.read_bytes(), written


# --- otter run: the attacks on files and the kit --------------------------------------------

OTTER_ATTACKS = ("read_solution", "copy_classmate", "tamper_grader", "fake_results",
                 "label_hunt", "network", "exfiltrate", "rewrite_reports", "plant_links",
                 "stage_carry")


@pytest.mark.slow
@pytest.mark.parametrize("name", OTTER_ATTACKS)
def test_otter_run_gives_each_attack_only_its_honest_part(name, autograder_zip, listener,
                                                          planted):
    if NEEDS.get(name) and NEEDS[name] not in tiers.choose().promises:
        pytest.skip(f"this machine's tier does not promise {NEEDS[name]} (README)")
    archive, _, rubric = autograder_zip
    path = REDTEAM / f"{name}.py"
    statuses = expected_statuses(path)
    statuses.pop("quick-accuracy", None)
    digest = kit_digest()
    results = autograder.otter_run(archive, path)
    assert autograder.question_scores(results) == {
        rule.id: rule.points if statuses[rule.id] == "passed" else 0 for rule in rubric.checks}
    assert planted.secret not in json.dumps(results)
    assert kit_digest() == digest
    assert not worker_processes()
    assert not listener
