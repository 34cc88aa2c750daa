"""`otter grade` for real: the kit's zip built into an image by podman (through the `docker`
wrapper in containers/), four submissions graded in otter's four containers at once with no
network, beside the suite's other tests, and the grade sheet compared with `lenet5 grade` file
by file. A probe submission reports from inside the container what a worker can read and
reach; had it reached the solution, it would have become it. Runs where root can run podman; CI (LENET5_REQUIRE_CONTAINERS=1) must run it."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import KIT, SOLUTION, SUBMISSIONS, run_cli

from grader.reports import gradesheet

# Beside the suite's other tests, as on a TA's busy machine: otter grade runs its containers
# in parallel, and a grade must not depend on the load.
pytestmark = [pytest.mark.slow, pytest.mark.container]

BASE_IMAGE = "lenet5-base:bookworm"
PROBE = '''
import os, socket
def tried(action):
    try:
        action()
        return "allowed"
    except Exception as error:
        return "denied"
found = {
    "uid": os.getuid(),
    "labels": tried(lambda: open("/autograder/submission/kit/data/MNIST/raw/"
                                 "t10k-labels-idx1-ubyte", "rb").read(8)),
    "solution": tried(lambda: open("/autograder/source/files/kit/solution/lenet.py").read()),
    "network": tried(lambda: socket.create_connection(("pypi.org", 443), timeout=3).close()),
}
if found["solution"] == "allowed":
    exec(open("/autograder/source/files/kit/solution/lenet.py").read().replace("__main__", "-"))
else:
    raise RuntimeError(f"probe {found}")
'''


def _engine_or_skip():
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        if os.environ.get("LENET5_REQUIRE_CONTAINERS"):
            pytest.fail("containers are required here but this is not root on Debian/Ubuntu")
        pytest.skip("otter grade through podman needs root on Debian or Ubuntu")
    done = subprocess.run([str(KIT / "containers" / "setup-podman")], capture_output=True,
                          text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def _wheelhouse(archive: Path, cache: Path) -> Path | None:
    """Wheels for the base image's Python, so the image builds with no network; None where
    no CPU build of torch lies among pip's local wheels (the build then uses PyPI)."""
    found = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.find-links"],
                           capture_output=True, text=True, check=False).stdout.split()
    cpu_torch = sorted(wheel for folder in found for wheel in Path(folder).glob("torch-*+cpu-*.whl"))
    if not cpu_torch:
        return None
    version = subprocess.run(["podman", "run", "--rm", BASE_IMAGE, "python3", "-c",
                              "import platform; print(platform.python_version())"],
                             capture_output=True, text=True, check=True).stdout.strip()
    requirements = [line for line in _zip_text(archive, "requirements.txt").splitlines()
                    if not line.startswith("--")]
    pin = "torch==" + cpu_torch[-1].name.split("-")[1].split("+")[0]
    key = hashlib.sha256("\n".join([*requirements, pin]).encode()).hexdigest()[:12]
    house = cache / f"wheelhouse-{version}-{key}"
    if not house.is_dir():
        staging = house.with_suffix(".partial")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "-d", str(staging),
                        "--python-version", version, "--only-binary=:all:", *requirements, pin],
                       check=True, capture_output=True, timeout=900)
        staging.rename(house)
    return house


def _zip_text(archive: Path, name: str) -> str:
    import zipfile

    return zipfile.ZipFile(archive).read(name).decode()


def test_otter_grade_in_containers_matches_lenet5_grade(autograder_zip, tmp_path, mnist_root):
    _engine_or_skip()
    archive, _, rubric = autograder_zip
    house = _wheelhouse(archive, Path.home() / ".cache" / "lenet5")
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    shutil.copy(SOLUTION, submissions / "solution.py")
    shutil.copy(SOLUTION, submissions / "copy.py")   # four submissions: otter's four containers
    shutil.copy(SUBMISSIONS / "relu.py", submissions / "relu.py")
    (submissions / "probe.py").write_text(PROBE)
    out = tmp_path / "otter"
    out.mkdir()
    env = {**os.environ, "PATH": f"{KIT / 'containers'}{os.pathsep}{os.environ['PATH']}"}
    if house:
        env["LENET5_WHEELHOUSE"] = str(house)
    done = _otter_grade(archive, submissions, out, env)   # builds the image: calibrates once
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    otter_sheet = gradesheet.read(out / "final_grades.csv")

    ours = tmp_path / "lenet5"
    done = run_cli("grade", str(submissions), "-o", str(ours), "--data-dir", str(mnist_root),
                   "--quiet")
    assert done.returncode == 0, done.stderr
    our_sheet = gradesheet.read(ours / "final_grades.csv")
    assert set(otter_sheet) == set(our_sheet)
    for name, row in our_sheet.items():
        for rule in rubric.checks:
            assert float(otter_sheet[name][rule.id]) == float(row[rule.id]), (name, rule.id)
        assert float(otter_sheet[name]["total_points_earned"]) == \
            float(row["total_points_earned"]), name
    assert float(otter_sheet["solution.py"]["total_points_earned"]) == 10
    assert float(otter_sheet["copy.py"]["total_points_earned"]) == 10
    assert float(otter_sheet["probe.py"]["total_points_earned"]) == 0

    summary = next(out.glob("**/probe*")).read_text()
    assert "probe {" in summary, summary[:2000]
    assert "'labels': 'denied'" in summary and "'solution': 'denied'" in summary
    assert "'network': 'denied'" in summary and "'uid': 0" not in summary


def _otter_grade(archive: Path, submissions: Path, out: Path, env: dict):
    """otter grade as a TA runs it, with its default number of containers."""
    out.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "otter", "grade", "-a", str(archive),
                           "-n", "lenet5-test", "--ext", "py", "-o", str(out), "--no-network",
                           "--image", BASE_IMAGE, "--summaries", "--timeout", "600",
                           str(submissions)], env=env, capture_output=True, text=True,
                          timeout=1800, check=False)
