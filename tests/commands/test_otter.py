"""The otter route: the zip, `otter run`, the student bundle, and the patching submission."""

from __future__ import annotations

import json
import zipfile

import pytest
from helpers import REDTEAM, SOLUTION, STARTER, SUBMISSIONS

from grader import data
from grader.commands import autograder

pytestmark = pytest.mark.slow


@pytest.fixture
def built(autograder_zip):
    return autograder_zip


def test_zip_has_gradescope_layout_and_one_question_per_check(built):
    archive, _, rubric = built
    names = set(zipfile.ZipFile(archive).namelist())
    assert {"setup.sh", "run_autograder", "otter_config.json", "environment.yml",
            "requirements.txt"} <= names
    setup = zipfile.ZipFile(archive).read("setup.sh").decode()
    assert "mamba" not in setup and "pip install" in setup, "the setup is pip-only"
    assert {f"tests/{rule.id}.py" for rule in rubric.checks} <= names
    for raw in data.RAW_MD5:
        assert f"files/kit/data/MNIST/raw/{raw}" in names, "grading must need no network"
    config = json.loads(zipfile.ZipFile(archive).read("otter_config.json"))
    assert config["plugins"] == [autograder.PLUGIN]
    assert b"lenet5_kit.pth" in zipfile.ZipFile(archive).read("setup.sh")


def test_otter_run_gives_the_solution_full_marks(built):
    archive, _, rubric = built
    results = autograder.otter_run(archive, SOLUTION)
    scores = autograder.question_scores(results)
    assert scores == {rule.id: rule.points for rule in rubric.checks}
    assert all(test["output"] for test in results["tests"])


def test_otter_run_gives_the_starter_zero_with_feedback(built):
    archive, _, _ = built
    results = autograder.otter_run(archive, STARTER)
    assert sum(autograder.question_scores(results).values()) == 0
    outputs = "\n".join(test["output"] for test in results["tests"])
    assert "LeNet5.forward is not implemented yet" in outputs


def test_a_submission_patching_otter_gains_nothing(built, tmp_path):
    archive, _, _ = built
    patched = REDTEAM / "otter_patch.py"
    assert sum(autograder.question_scores(autograder.otter_run(archive, patched)).values()) == 0


def test_the_patch_does_work_where_otter_runs_the_file(built, tmp_path):
    """The same file against a zip without the kit's plugin: otter runs it in the kernel and
    it scores full marks. This is what the plugin prevents, so the test above can fail."""
    archive, _, _ = built
    naive = tmp_path / "naive.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(naive, "w") as target:
        for info in source.infolist():
            payload = source.read(info)
            if info.filename == "otter_config.json":
                config = json.loads(payload)
                config["plugins"] = []
                payload = json.dumps(config).encode()
            target.writestr(info, payload)
    results = autograder.otter_run(naive, REDTEAM / "otter_patch.py")
    assert sum(autograder.question_scores(results).values()) == 10


def test_student_bundle_holds_no_solution_hidden_test_or_label(built):
    _, bundle, rubric = built
    files = sorted(path for path in bundle.rglob("*") if path.is_file())
    assert {path.name for path in files} >= {"lenet.py", "README.md"}
    assert (bundle / "lenet.py").read_text() == STARTER.read_text()
    solution_lines = {line.strip() for line in SOLUTION.read_text().splitlines()
                      if len(line.strip()) > 25} - {line.strip() for line in
                                                    STARTER.read_text().splitlines()}
    labels = (data.raw_folder(data.data_root()) / "t10k-labels-idx1-ubyte").read_bytes()[8:]
    for path in files:
        text = path.read_bytes()
        assert not any(line.encode() in text for line in solution_lines), path
        assert labels[:64] not in text, f"{path} holds test labels"
        assert "hidden=True" not in text.decode("utf-8", "replace"), f"{path} is a hidden test"
    public = {path.stem for path in (bundle / "tests").glob("*.py")}
    assert public == {rule.id for rule in rubric.checks if not rule.hidden} - {"accuracy"}


def test_otter_check_runs_the_public_tests_on_a_students_machine(built, tmp_path):
    """What a student does: `otter check lenet.py -t tests` in the bundle."""
    import shutil
    import subprocess
    import sys

    _, bundle, _ = built
    work = tmp_path / "student"
    shutil.copytree(bundle, work)
    shutil.copy(SUBMISSIONS / "relu.py", work / "lenet.py")
    done = subprocess.run([sys.executable, "-m", "otter", "check", "lenet.py", "-t", "tests"],
                          cwd=work, capture_output=True, text=True, timeout=600, check=False)
    assert "layers results:" in done.stdout and "relu activation" in done.stdout
    assert "architecture results: All test cases passed!" in done.stdout
