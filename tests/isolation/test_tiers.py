"""Each tier, probed from inside a worker: what a submission can read, write and
reach, and that the report names the protection it had. (The static scan:
tests/grading/test_screening.py; the stop on a change to what later gradings run:
tests/grading/test_integrity.py.)"""

from __future__ import annotations

import os
import secrets
import site
import socket
import tempfile
from pathlib import Path

import pytest
from helpers import SOLUTION, available_tiers

from grader.errors import GraderCompromised
from grader.grading import integrity
from grader.isolation import tiers

PROBE = '''
import os, socket
def attempt(label, action):
    try:
        action()
        print(label, "allowed")
    except Exception as error:
        print(label, "denied", type(error).__name__)
def write(path):
    with open(path, "x") as handle:
        handle.write("probe")
for label, path in {reads}:
    attempt(label, lambda: open(path, "rb").read(16))
for label, path in {writes}:
    attempt(label, lambda: write(path))
attempt("network", lambda: socket.create_connection(("127.0.0.1", {port}), timeout=2).close())
attempt("signal_grader", lambda: os.kill({grader_pid}, 0))
'''
# What each protection (tiers.PROMISES) lets a worker do; the README's threat model
# states the same table. Under "none" the worker is the grader's own user and can do all of it;
# there the integrity check must catch its writes.
EXPECTED = {
    "view": {"labels": "denied", "solution": "denied", "secret_home": "denied",
             "secret_tmp": "denied", "classmate_tmp": "denied", "checkout_tmp": "denied",
             "write_kit": "denied", "write_environment": "denied", "write_tmp": "denied",
             "network": "denied", "signal_grader": "denied"},
    "own_uid": {"labels": "denied", "solution": "denied", "secret_home": "denied",
                "secret_tmp": "denied", "classmate_tmp": "allowed", "checkout_tmp": "allowed",
                "write_kit": "denied", "write_environment": "denied", "write_tmp": "allowed",
                "network": "allowed", "signal_grader": "denied"},
}


@pytest.fixture
def probe(tmp_path, mnist_root, planted, tier, monkeypatch):
    """The probe file, and the host files its writes would create (removed afterwards). Where
    the tier lets the worker write as the grader's user, it writes into a copy of the kit's
    folder and of site-packages, which the grader watches instead of the real ones: a write
    into those would stop every other grader of the test session."""
    server = socket.create_server(("127.0.0.1", 0))
    tag = secrets.token_hex(6)
    kit, site_packages = tiers.KIT_ROOT / "grader", Path(site.getsitepackages()[0])
    if tiers.choose(tier=tier).protection == "none":
        kit, site_packages = tmp_path / "kit" / "grader", tmp_path / "env" / "site-packages"
        for folder in (kit, site_packages):
            folder.mkdir(parents=True)
        watched = integrity.Coverage((str(kit), str(site_packages)), frozenset(), ())
        monkeypatch.setattr(integrity, "grading_coverage", lambda: watched)
    writes = [("write_kit", kit / f"probe-{tag}.txt"),
              ("write_environment", site_packages / f"probe-{tag}.pth"),
              ("write_tmp", Path(tempfile.gettempdir()) / f"probe-{tag}.txt")]
    reads = [("labels", mnist_root / "MNIST" / "raw" / "t10k-labels-idx1-ubyte"),
             ("solution", SOLUTION), ("secret_tmp", planted.secrets[0]),
             ("secret_home", planted.secrets[1]), ("classmate_tmp", planted.classmates[0]),
             ("checkout_tmp", planted.solutions[0])]
    path = tmp_path / "probe.py"
    path.write_text(PROBE.format(reads=[(label, str(file)) for label, file in reads],
                                 writes=[(label, str(file)) for label, file in writes],
                                 port=server.getsockname()[1], grader_pid=os.getpid()))
    yield path, dict(writes)
    server.close()
    for _, written in writes:
        written.unlink(missing_ok=True)


def _seen(result) -> dict[str, str]:
    lines = [line.split() for line in result.logs["inspect"].splitlines()]
    return {words[0]: words[1] for words in lines if len(words) >= 2}


@pytest.mark.parametrize("tier", available_tiers())
def test_each_tier_keeps_its_promises(tier, probe, grader_with):
    path, writes = probe
    grader = grader_with(tier)
    if grader.confinement.protection == "none":  # the worker is the grader's user: it can write
        with pytest.raises(GraderCompromised, match="while probe.py was graded"):
            grader.grade(path, quick=True)
        assert all(written.exists() for written in writes.values())
        return
    result = grader.grade(path, quick=True)
    seen = _seen(result)
    assert result.sandbox["tool"] == tier
    protection = grader.confinement.protection
    assert result.sandbox["kind"] == protection
    for label, written in writes.items():  # a write inside a private view leaves no trace here
        seen[label] = "allowed" if written.exists() else "denied"
    assert seen == EXPECTED[protection], result.logs


def test_the_best_tier_is_chosen_and_named(grader):
    """Here (Linux, root or user namespaces) the chosen tier has a view and, as root, its
    own uid: with a view, even a Python under a private /root is readable to that uid."""
    assert grader.confinement.protection == "view"
    assert grader.confinement.drop_root == (os.geteuid() == 0)
    assert set(grader.confinement.describe()) == {"tool", "user", "files", "network",
                                                  "processes", "kind"}


def test_an_unknown_forced_tier_is_a_usage_error(monkeypatch):
    from grader.errors import GraderError

    monkeypatch.setenv("LENET5_SANDBOX", "chroot")
    with pytest.raises(GraderError, match="choose one of"):
        tiers.choose()




def test_two_graders_never_share_a_worker_uid(monkeypatch, tmp_path):
    """Each pool stands for another grader process: their locks keep the uids apart."""
    from grader.errors import GraderError

    monkeypatch.setattr(tiers, "UID_RANGE", range(61000, 61003))
    monkeypatch.setattr(tiers, "UID_LOCKS", tmp_path / "uids")
    first, second = tiers._UidPool(), tiers._UidPool()
    mine = first.take()
    theirs = {second.take(), second.take()}
    assert mine not in theirs and len(theirs) == 2
    with pytest.raises(GraderError, match="in use"):
        second.take()
    first.give_back(mine)
    assert second.take() == mine


def test_the_view_binds_python_and_the_worker_code_but_not_the_kit(tmp_path):
    """Only the worker side of the grader is bound, not the grading side; a secret inside a
    bound folder is covered, once (bubblewrap cannot make a folder inside an already hidden,
    read-only one); the kit's root and what is above it stay out."""
    from grader.isolation import view

    prefix = Path(os.path.realpath(site.getsitepackages()[0]))
    inner = prefix / "lenet5-secret-data"
    made = view.make_view(tmp_path / "job", tiers.WORKER_CODE, [inner, inner / "MNIST"],
                          tiers.KIT_ROOT)
    assert all(path in made.read_only for path in tiers.WORKER_CODE)
    assert not any((tiers.PACKAGE / "grading").is_relative_to(path) for path in made.read_only)
    assert not any(tiers.KIT_ROOT.is_relative_to(path) for path in made.read_only)
    assert any(prefix.is_relative_to(path) for path in made.read_only)
    assert made.hidden == (inner,)


def test_the_namespaces_view_holds_folders_that_live_under_tmp(tmp_path):
    """The view's own /tmp is private, but what it binds may live under the host's /tmp (a
    checkout or a venv there): those stay readable, and read-only, inside it."""
    import subprocess
    import sys

    from grader.isolation import view

    if "namespaces" not in available_tiers():
        pytest.skip("no unprivileged user namespaces and not root here")
    code, job = tmp_path / "code", tmp_path / "job"
    code.mkdir()
    job.mkdir()
    (code / "marker.txt").write_text("bound")
    mountpoint = tmp_path / "root"
    mountpoint.mkdir()
    made = view.make_view(job, (code,), [], tiers.KIT_ROOT)
    script = (f"import os; print(open({str(code / 'marker.txt')!r}).read(), os.getpid());"
              f"open({str(job / 'out.txt')!r}, 'w').write('ok');"
              f"open({str(code / 'new.txt')!r}, 'w')")
    done = subprocess.run([sys.executable, "-c", script], cwd=job, capture_output=True,
                          text=True, preexec_fn=lambda: view.enter(made, mountpoint,
                                                                   os.geteuid() == 0), check=False)
    assert done.stdout.split() == ["bound", "1"], done.stderr
    assert "Read-only file system" in done.stderr
    assert (job / "out.txt").read_text() == "ok" and not (code / "new.txt").exists()
