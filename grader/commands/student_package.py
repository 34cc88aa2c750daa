"""The student bundle (dist/student/): the starter as lenet.py, the handout, the public otter
tests, and the checker: `lenet5 check`, `train` and `data` as a wheel students pip-install.

It is the kit's own `grader` package, so it grades exactly like the course grader (the same
checks, wording and rubric), without what a student must not have or need: no solution, no
hidden tests, no otter Jupyter stack. Two files are added as package data:

- rubric.toml, the course's rubric;
- calibration.json, which replaces the solution in the time budget: how many times longer the
  reference trains than a neutral workload (worker/proxy.py), measured here by `lenet5 build`.
  A student's machine measures the neutral workload and multiplies. Training speed of a small
  convolution net and of the proxy scale alike across processors, so the estimate lands close
  to what the kit would calibrate on the same machine (the README gives the measured gap).
"""

from __future__ import annotations

import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from grader.assignment.rubric import Rubric
from grader.commands.autograder import write_tests
from grader.errors import GraderError
from grader.kit import HANDOUT, PACKAGE, RUBRIC, STARTER

NAME = "lenet5-checker"
# What the checker imports, and nothing more: no torchvision (MNIST comes from its files), no
# otter. Lower bounds only, so that an environment's own torch (Colab's) is kept as it is.
DEPENDENCIES = [
    "torch>=2.1",
    "numpy>=1.24",
    "tqdm>=4.60",
    "matplotlib>=3.7",
    "platformdirs>=3",
    "markdown-it-py>=3",
    "jinja2>=3.1",
    "psutil>=5.9",
    "filelock>=3.12",
    "tomli>=2; python_version<'3.11'",
]
# The instructor's commands stay out: they grade classes and build from the solution.
INSTRUCTOR_ONLY = ("autograder.py", "build.py", "calibrate.py", "grade.py", "merge.py",
                   "student_package.py", "submissions.py", "batch.py", "gradesheet.py",
                   "similarity.py", "fingerprint.py", "similarity.html", "rescore.py",
                   "export.py")
# `otter check lenet.py -t tests` in the bundle: otter runs the tests in a Jupyter kernel,
# which its grading extra brings.
EXTRAS = {"otter": ["otter-grader[grading]>=7.0,<8"]}
PYPROJECT = """\
[build-system]
requires = ["setuptools>=70.1"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "{version}"
description = "Check a LeNet-5 lenet.py the way the course grades it."
readme = "README.md"
requires-python = ">=3.10"
dependencies = {dependencies}

[project.optional-dependencies]
otter = {otter}

[project.scripts]
lenet5 = "grader.cli:main"

[tool.setuptools.packages.find]
include = ["grader*"]

[tool.setuptools.package-data]
grader = ["rubric.toml", "calibration.json", "reports/templates/*.html"]
"""
README = """\
# {name}

The checker of the LeNet-5 on MNIST assignment: `lenet5 check lenet.py` grades your file with
the course's checks and prints what to fix; `lenet5 train lenet.py` trains it with plots;
`lenet5 data` fetches MNIST. The official time budget is set on the grading machine.
"""


def wheel_name(version: str | None = None) -> str:
    """The file name `build_wheel` writes, as the handout's install command spells it."""
    version = version or importlib.metadata.version("lenet5-kit")
    return f"{NAME.replace('-', '_')}-{version}-py3-none-any.whl"


def stage(target: Path, proxy_ratio: float, version: str) -> Path:
    """A source tree of the package in `target`: the grader, its rubric and calibration."""
    shutil.copytree(PACKAGE, target / "grader",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", *INSTRUCTOR_ONLY))
    shutil.copyfile(RUBRIC, target / "grader" / "rubric.toml")
    (target / "grader" / "calibration.json").write_text(
        json.dumps({"proxy_ratio": proxy_ratio}, indent=2) + "\n")
    (target / "README.md").write_text(README.format(name=NAME))
    (target / "pyproject.toml").write_text(PYPROJECT.format(
        name=NAME, version=version, dependencies=json.dumps(DEPENDENCIES),
        otter=json.dumps(EXTRAS["otter"])))
    return target


def build_wheel(folder: Path, proxy_ratio: float) -> Path:
    """Build the wheel into `folder` with this environment's setuptools (no download)."""
    version = importlib.metadata.version("lenet5-kit")
    with tempfile.TemporaryDirectory(prefix="lenet5-student-package-") as scratch:
        source = stage(Path(scratch) / "source", proxy_ratio, version)
        done = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
             "--no-cache-dir", "-w", str(folder), str(source)],
            capture_output=True, text=True, check=False)
    wheel = folder / wheel_name(version)
    if done.returncode != 0 or not wheel.is_file():
        raise GraderError(f"building the student package failed:\n{done.stdout}\n{done.stderr}")
    return wheel



def write_bundle(folder: Path, rubric: Rubric) -> Path:
    """The bundle's files in `folder` (emptied first): starter, handout, public tests. The
    wheel (`build_wheel`) goes beside them."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copyfile(STARTER, folder / "lenet.py")
    shutil.copyfile(HANDOUT, folder / "README.md")
    write_tests(folder / "tests", rubric, public_only=True)
    return folder
