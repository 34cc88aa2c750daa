"""Windows, simulated: the portable tier grades the examples with POSIX-only modules gone.

Windows cannot run here. What it lacks that the kit could lean on is taken away from every
interpreter of the grading (the grading process and its workers) by a `sitecustomize` module
(after psutil and filelock are loaded, whose Linux backends use them; on Windows they use
their Windows backends):
`resource` and `fcntl` cannot be imported, and `os.fork`, `os.setsid`,
`os.sched_getaffinity`, opening relative to a folder's descriptor (`os.supports_dir_fd` is
empty, as on Windows) and `socket.send_fds` / `recv_fds` are gone. (`os.getuid` stays:
libraries such as platformdirs use it on every POSIX system, and take other code on Windows.) The portable
tier is forced, as `choose()` picks it on Windows. Each example must get the statuses it gets
on Linux, and no module of the kit may need a POSIX-only one at import time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from helpers import KIT, SOLUTION, SUBMISSIONS, expected_statuses

SHIM = '''\
import os, socket, sys
import filelock, psutil   # their Linux backends need fcntl and resource; on Windows they have others
for name in ("resource", "fcntl"):
    sys.modules[name] = None   # `import resource` now raises ImportError
for owner, names in ((os, ("fork", "setsid", "sched_getaffinity")),
                     (socket, ("send_fds", "recv_fds"))):
    for name in names:
        if hasattr(owner, name):
            delattr(owner, name)
os.supports_dir_fd.clear()   # no opening relative to a folder's descriptor
'''
GRADE = '''\
import json, sys
from grader.assignment.rubric import load_rubric
from grader.data import Mnist, ensure_mnist
from grader.grading.grader import Grader
rubric, quick, paths = sys.argv[1], sys.argv[2] == "quick", sys.argv[3:]
grader = Grader.open(load_rubric(rubric), Mnist.load(ensure_mnist()))
try:
    results = {path: grader.grade(path, quick=quick) for path in paths}
finally:
    grader.close()
print(json.dumps({"tier": grader.confinement.tier, "statuses": {
    path: {check.id: check.status for check in result.checks}
    for path, result in results.items()}}))
'''
IMPORT_ALL = '''\
import importlib, pkgutil, grader
names = [info.name for info in pkgutil.walk_packages(grader.__path__, "grader.")
         if info.name != "grader.__main__" and not info.name.startswith("grader.worker.__main__")]
for name in names:
    importlib.import_module(name)
print(len(names))
'''


@pytest.fixture(scope="module")
def windows_like(tmp_path_factory):
    """The environment of a simulated Windows: the shim first on every interpreter's path."""
    shim = tmp_path_factory.mktemp("windows-shim")
    (shim / "sitecustomize.py").write_text(SHIM)
    path = os.pathsep.join([str(shim), str(KIT), *filter(None, [os.environ.get("PYTHONPATH")])])
    return {**os.environ, "PYTHONPATH": path, "LENET5_SANDBOX": "portable"}


def _run(code: str, env: dict, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=KIT, timeout=1800, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_shim_takes_the_modules_away(windows_like):
    out = _run("import importlib.util, os\n"
               "try:\n    import resource\nexcept ImportError:\n    print('no resource')\n"
               "print(hasattr(os, 'fork'), hasattr(os, 'setsid'))", windows_like)
    assert out.split("\n")[:2] == ["no resource", "False False"]


def test_no_module_needs_a_posix_only_one_at_import(windows_like):
    assert int(_run(IMPORT_ALL, windows_like)) > 40


def _graded(env, rubric, quick, paths):
    report = json.loads(_run(GRADE, env, str(rubric), "quick" if quick else "full",
                             *map(str, paths)).splitlines()[-1])
    assert report["tier"] == "portable"
    return report["statuses"]


@pytest.mark.slow   # every example, graded in the simulated Windows
def test_examples_get_their_linux_statuses(windows_like, test_rubric, mnist_root):
    examples = sorted(SUBMISSIONS.glob("*.py"))
    statuses = _graded(windows_like, test_rubric, True, examples)
    for path in examples:
        expected = expected_statuses(path)
        expected["accuracy"] = expected.pop("quick-accuracy", "skipped")
        assert statuses[str(path)] == expected, path.name


@pytest.mark.slow
def test_the_solution_trains_to_full_marks(windows_like, test_rubric, mnist_root):
    statuses = _graded(windows_like, test_rubric, False, [SOLUTION])[str(SOLUTION)]
    assert set(statuses.values()) == {"passed"}, statuses
