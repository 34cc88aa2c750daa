"""Where the kit's own files are: the one place that knows the checkout's layout."""

from __future__ import annotations

from pathlib import Path

KIT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = KIT_ROOT / "grader"
RUBRIC = KIT_ROOT / "assignment" / "rubric.toml"
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
