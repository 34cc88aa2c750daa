"""Where the kit's own files are: the one place that knows the checkout's layout.

The kit runs from its checkout (the instructor's editable install): the assignment, the
solution and the built artifacts lie beside the package. The student package (`lenet5 build`
writes it to dist/student/) is the package alone, carrying its rubric and the calibration that
replaces the solution as package data.
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

KIT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = KIT_ROOT / "grader"
CHECKOUT = (KIT_ROOT / "assignment" / "rubric.toml").is_file()
RUBRIC = (KIT_ROOT / "assignment" / "rubric.toml") if CHECKOUT else (PACKAGE / "rubric.toml")
HANDOUT = KIT_ROOT / "assignment" / "README.md"
SOLUTION = KIT_ROOT / "solution" / "lenet.py"
REFERENCE_RESULTS = KIT_ROOT / "solution" / "reference.json"
STARTER = KIT_ROOT / "starter" / "lenet.py"
# Where the reference solution is not shipped (the student package), the calibration that
# replaces it: how much longer than a neutral workload its training takes (worker/proxy.py).
CALIBRATION = PACKAGE / "calibration.json"
DIST = KIT_ROOT / "dist"
# Folders of the checkout that a worker must never see (besides the data and the cache).
PRIVATE = (KIT_ROOT / "solution", DIST, KIT_ROOT / "tests")


def installation_problem() -> str | None:
    """Why this installation cannot grade at all, or None: a non-editable `pip install .` of
    the kit copies the package without the assignment it grades against."""
    if RUBRIC.is_file():
        return None
    return ("this copy of the kit was installed without its checkout (a non-editable "
            "`pip install .`), so it has no rubric to grade against. The kit runs from its "
            "checkout: `pip install -e .` there. Students install the lenet5-checker wheel "
            "that `lenet5 build` writes to dist/student/.")


@functools.cache
def commit() -> str | None:
    """The checkout's git commit, with "-dirty" where tracked files differ from it; None where
    the kit is not a git checkout (the student package, an export) or git is missing."""
    if not CHECKOUT or not (KIT_ROOT / ".git").exists():
        return None
    try:
        head = subprocess.run(["git", "-C", str(KIT_ROOT), "rev-parse", "HEAD"],
                              capture_output=True, text=True, timeout=10, check=True)
        clean = subprocess.run(["git", "-C", str(KIT_ROOT), "diff", "--quiet", "HEAD", "--"],
                               capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return head.stdout.strip() + ("" if clean.returncode == 0 else "-dirty")
