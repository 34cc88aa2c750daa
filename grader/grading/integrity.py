"""The kit checks that no grading changed what later gradings run.

Under a tier with a view or an own uid (isolation/tiers.py) a worker cannot write the kit or the
Python environment at all; the check of the grader's code and rubric stays as a second line. Under a
tier that cannot prevent writes (the worker runs as the grader's own user), it also covers
everything that runs later: the environment's site-packages and .pth files, the user's site
folder, and the cached calibration of the time budget. A change stops grading and is named.
"""

from __future__ import annotations

import hashlib
import os
import site
import sys

from grader.errors import GraderCompromised
from grader.grading.calibration import cache_dir
from grader.kit import PACKAGE, RUBRIC

RESTORE = ("Stop grading, restore the kit (git checkout, or reinstall it) and the Python "
           "environment (recreate the virtual environment), and review that submission.")


def kit_digest() -> dict[str, str]:
    """sha256 of each file of the grader's code and rubric: a worker that managed to change
    one would change how every later submission is graded."""
    files = sorted(PACKAGE.rglob("*.py")) + [RUBRIC]
    return {str(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in files
            if path.is_file()}


def environment_digest() -> dict[str, str]:
    """Size and change times of every file Python may run later, by folder (the environment,
    its site-packages wherever they are, the user's site folder), and the calibration cache:
    a stat per file (ctime cannot be set back by a user), not a read: about a second."""
    folders = {sys.prefix, *site.getsitepackages(), site.getusersitepackages()}
    folders = {folder for folder in folders if not any(
        other != folder and folder.startswith(other.rstrip(os.sep) + os.sep) for other in folders)}
    calibration = cache_dir() / "calibration.json"
    found = {str(calibration): hashlib.sha256(calibration.read_bytes()).hexdigest()
             if calibration.exists() else "absent"}
    for folder in sorted(folders):
        digest = hashlib.sha256()
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                try:
                    info = os.lstat(os.path.join(root, name))
                except OSError:
                    continue
                digest.update(f"{root}/{name}\0{info.st_size}\0{info.st_mtime_ns}\0"
                              f"{info.st_ctime_ns}\n".encode())
        found[folder] = digest.hexdigest() if os.path.isdir(folder) else "absent"
    return found


class Integrity:
    """What the grader checks after each grading, taken once when grading starts."""

    def __init__(self, whole_environment: bool):
        self.whole_environment = whole_environment
        self.before = self._take()

    def refresh(self) -> None:
        """Accept the present state: after the grader itself wrote the calibration cache,
        before any submission ran."""
        self.before = self._take()

    def _take(self) -> dict[str, str]:
        return {**kit_digest(), **(environment_digest() if self.whole_environment else {})}

    def verify(self, name: str) -> None:
        """Stop everything if what later gradings run changed while `name` was graded."""
        now = self._take()
        changed = sorted(path for path in self.before.keys() | now.keys()
                         if self.before.get(path) != now.get(path))
        if changed:
            raise GraderCompromised(
                f"files that later gradings run changed while {name} was graded: "
                f"{', '.join(changed)}. {RESTORE}")
