"""Building the otter autograder zip, and checking it through otter.

The zip holds one otter question per check id (points and visibility from the rubric), the
kit's grader package, rubric, reference solution and verified MNIST (so grading needs no
network), and otter's plugin hook that keeps student code out of otter's kernel. Its test
files are also the student bundle's public tests (`write_tests`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path

from grader import data
from grader.assignment.checks import accuracy
from grader.assignment.rubric import Rubric
from grader.commands.otter_plugin import KIT_FOLDER
from grader.errors import GraderError
from grader.files import write_whole
from grader.kit import PACKAGE, RUBRIC, SOLUTION

PLUGIN = "grader.commands.otter_plugin.GraderPlugin"
# What grading needs besides otter itself (otter adds its own pin): no torchvision, no
# matplotlib. torch comes from PyTorch's CPU wheel index, whose `+cpu` builds rank above
# PyPI's CUDA builds of the same version: a full grading then fits Gradescope's default
# 768 MB (590 MiB measured here) and the image skips several GB of CUDA libraries.
REQUIREMENTS = ["--extra-index-url https://download.pytorch.org/whl/cpu", "torch", "numpy",
                "tqdm", "platformdirs", "psutil", "filelock"]


def requirements() -> list[str]:
    """The zip's requirements.txt: the kit's, and otter itself at the version building it."""
    from importlib.metadata import version

    return [*REQUIREMENTS, f"otter-grader[grading]=={version('otter-grader')}"]
TEST_TEMPLATE = '''"""Otter question `{id}`: reads the verdict of the kit's isolated grader."""

OK_FORMAT = False

from otter.test_files import test_case

name = "{id}"
points = {points!r}


@test_case(points={points!r}, hidden={hidden!r})
def {id}(env):
    from grader.commands.otter_plugin import verdict

    passed, feedback = verdict(env.get("RESULT"), "{id}")
    assert passed, feedback
'''
ENV = "/opt/lenet5-env"  # the grading environment's virtual environment
# The zip's setup.sh, in place of otter's: a venv and pip, not Miniforge and conda, which
# download from GitHub and conda-forge (impossible offline, and tens of minutes online). With a
# folder of wheels at /wheels (containers/docker mounts $LENET5_WHEELHOUSE there) it needs no
# network at all. The .pth line makes the grader package shipped in the zip importable.
SETUP = f'''#!/usr/bin/env bash
# lenet5 kit: a pip-only grading environment (replaces otter's Miniforge/conda setup)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    apt-get update && apt-get install -y python3 python3-venv
fi
python3 -m venv {ENV}
pip_source=()
if compgen -G "/wheels/*.whl" >/dev/null; then
    pip_source=(--no-index --find-links /wheels)
fi
{ENV}/bin/pip install --no-cache-dir "${{pip_source[@]}}" -r /autograder/source/requirements.txt
{ENV}/bin/python -c "import pathlib, site; pathlib.Path(site.getsitepackages()[0], \\
    'lenet5_kit.pth').write_text('/autograder/source/files/{KIT_FOLDER}\\n')"
# The time budget, measured once here while nothing else runs, not in every grading container
# (a grading machine with another processor measures its own at its first grading).
{ENV}/bin/python -m grader calibrate --device cpu \\
    --data-dir /autograder/source/files/{KIT_FOLDER}/data \\
    --rubric /autograder/source/files/{KIT_FOLDER}/assignment/rubric.toml \\
    || echo "lenet5: the time budget will be measured at the first grading"
'''
# The zip's run_autograder, in place of otter's: the same run_otter.py in the venv. otter
# grade's image leaves an empty metadata file, which otter's plugin loader cannot parse.
RUN_AUTOGRADER = f'''#!/usr/bin/env bash
[ -s /autograder/submission_metadata.json ] || echo '{{}}' > /autograder/submission_metadata.json
exec {ENV}/bin/python /autograder/source/run_otter.py
'''


def write_tests(folder: Path, rubric: Rubric, *, public_only: bool) -> list[str]:
    """One otter test file per check; the public set leaves out hidden checks and the timed
    run (which `otter check` does not do)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in rubric.checks:
        if public_only and (rule.hidden or rule.id == accuracy.ID):
            continue
        (folder / f"{rule.id}.py").write_text(TEST_TEMPLATE.format(
            id=rule.id, points=rule.points, hidden=rule.hidden))
        written.append(rule.id)
    return written


def stage_kit(target: Path, data_root: Path) -> None:
    """The files the zip carries: grader package, rubric, reference solution, verified MNIST."""
    shutil.copytree(PACKAGE, target / "grader",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (target / "assignment").mkdir(parents=True)
    shutil.copyfile(RUBRIC, target / "assignment" / "rubric.toml")
    (target / "solution").mkdir()
    shutil.copyfile(SOLUTION, target / "solution" / "lenet.py")
    raw = target / "data" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in data.RAW_MD5:
        shutil.copyfile(data.raw_folder(data_root) / name, raw / name)


@contextmanager
def _working_directory(path: Path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def build_zip(output: Path, rubric: Rubric, data_root: Path) -> Path:
    """Run `otter generate` on a staged folder, then put in the kit's pip-only setup."""
    from otter.generate import main as otter_generate

    with tempfile.TemporaryDirectory(prefix="lenet5-build-") as staging_name:
        staging = Path(staging_name)
        write_tests(staging / "tests", rubric, public_only=False)
        stage_kit(staging / KIT_FOLDER, data_root)
        config = {"lang": "python", "plugins": [PLUGIN], "show_hidden": True,
                  "show_all_public": not any(rule.hidden for rule in rubric.checks)}
        (staging / "otter_config.json").write_text(json.dumps(config, indent=2))
        (staging / "requirements.txt").write_text("\n".join(requirements()) + "\n")
        partial = staging / "autograder.zip"
        with _working_directory(staging):
            otter_generate(tests_dir="tests", output_path=str(partial),
                           config="otter_config.json", requirements="requirements.txt",
                           files=[KIT_FOLDER], python_version="3.11")
        _amend(partial)
        output.parent.mkdir(parents=True, exist_ok=True)
        write_whole(output, partial.read_bytes())
    return output


def _amend(archive: Path) -> None:
    """Put the kit's setup.sh, run_autograder and requirements.txt (which otter folds into
    its conda environment.yml) in the zip."""
    with zipfile.ZipFile(archive) as source:
        members = {info.filename: (info, source.read(info)) for info in source.infolist()}
    for name, text in (("setup.sh", SETUP), ("run_autograder", RUN_AUTOGRADER),
                       ("requirements.txt", "\n".join(requirements()) + "\n")):
        info = members[name][0] if name in members else zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
        info.external_attr = members[name][0].external_attr if name in members else 0o644 << 16
        members[name] = (info, text.encode())
    with zipfile.ZipFile(archive, "w") as target:
        for info, payload in members.values():
            info.compress_type = zipfile.ZIP_DEFLATED  # otter stores MNIST uncompressed
            target.writestr(info, payload)


def otter_run(archive: Path, submission: Path) -> dict:
    """Grade `submission` with `otter run` on the zip, as a TA would; return results.json."""
    with tempfile.TemporaryDirectory(prefix="lenet5-otter-run-") as scratch_name:
        scratch = Path(scratch_name)
        copy = scratch / "lenet.py"
        shutil.copyfile(submission, copy)
        done = subprocess.run([sys.executable, "-m", "otter", "run", "-a", str(archive),
                               "-o", str(scratch), "--no-logo", str(copy)],
                              capture_output=True, text=True, cwd=scratch, check=False)
        results = scratch / "results.json"
        if done.returncode != 0 or not results.exists():
            raise GraderError(f"otter run failed on {submission}:\n{done.stdout}\n{done.stderr}")
        return json.loads(results.read_text())


def question_scores(results: dict) -> dict[str, float]:
    """Per-question scores from otter's Gradescope results.json."""
    return {test["name"]: test["score"] for test in results["tests"] if "score" in test}
