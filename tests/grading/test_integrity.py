"""The stop on a change to what later gradings run (grader/grading/integrity.py): a write into
the environment's site-packages, a .pth file, bin/ or the interpreter is caught, by inotify
and by the stat signatures that replace it where inotify cannot watch, and under every
tier, since the grading process itself can be led to write there whatever confines the worker.
Reading is never a change."""

from __future__ import annotations

import compileall
import errno
import importlib.util
import os
import shutil
import site
import subprocess
import sys
import sysconfig
import threading
from pathlib import Path

import pytest
from helpers import KIT, STARTER, available_tiers

from grader.errors import GraderCompromised
from grader.grading import integrity

METHODS = ["inotify", "stat"] if sys.platform.startswith("linux") else ["stat"]


class Environment:
    """A small Python environment, as a venv lays it out, beside the base interpreter it
    links to: the only thing the `Integrity` made in these tests covers."""

    def __init__(self, root: Path):
        self.base = root / "base" / "bin" / "python3.11"
        self.prefix = root / "venv"
        self.site_packages = self.prefix / "lib" / "python3.11" / "site-packages"
        self.module = self.site_packages / "torch" / "__init__.py"
        self.pth = self.site_packages / "distutils-precedence.pth"
        self.bin = self.prefix / "bin"
        self.module.parent.mkdir(parents=True)
        self.module.write_text("__version__ = '2.14.1'\n")
        self.pth.write_text("import os\n")
        compileall.compile_dir(self.site_packages, quiet=2)  # as pip does when it installs
        self.bin.mkdir()
        (self.bin / "lenet5").write_text("#!/usr/bin/env python\n")
        self.base.parent.mkdir(parents=True)
        self.base.write_bytes(b"\x7fELF interpreter")
        (self.bin / "python").symlink_to(self.base)
        self.coverage = integrity.Coverage(
            trees=(str(self.prefix),), unused=frozenset(),
            files=(str(self.bin / "python"), str(self.base)))
        self._after_a_clock_tick(root)

    @staticmethod
    def _after_a_clock_tick(root: Path) -> None:
        """Wait until the file system's clock, which moves once per kernel tick, has passed
        the environment's making: a same-size write in the same tick could otherwise keep
        every time stamp, where a real environment is older than a tick."""
        made = max(path.lstat().st_ctime_ns for path in root.rglob("*"))
        tick = root.parent / "tick"
        while True:
            tick.write_text("")
            if tick.stat().st_ctime_ns > made:
                break
        tick.unlink()


@pytest.fixture
def fake_env(tmp_path, monkeypatch):
    made = Environment(tmp_path / "machine")
    monkeypatch.setattr(integrity, "grading_coverage", lambda: made.coverage)
    monkeypatch.setenv("LENET5_CACHE", str(tmp_path / "cache"))
    return made


def _watching(method: str, monkeypatch, start=integrity.Integrity.start) -> integrity.Integrity:
    if method == "stat":  # as where inotify's watches ran out
        def exhausted(coverage):
            raise OSError(errno.ENOSPC, "inotify_add_watch")
        monkeypatch.setattr(integrity._Watch, "on", exhausted)
    watch = start()
    watch.ready()
    assert (watch.watch is not None) == (method == "inotify")
    return watch


def _same_size(path: Path) -> Path:
    text = path.read_text()
    path.write_text(text.replace("2.14.1", "6.66.6"))
    assert len(path.read_text()) == len(text)
    return path


def _times_put_back(path: Path) -> Path:
    """The modification time set back after the write: only the change time still shows."""
    before = path.stat()
    _same_size(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return path


def _through_a_hard_link(env: Environment) -> Path:
    """Through another name of the same file, outside every watched folder."""
    other = env.base.parent.parent / "elsewhere.py"
    os.link(env.module, other)
    with open(other, "a") as handle:
        handle.write("import evil\n")
    return env.module


def _renamed_over(env: Environment) -> Path:
    new = env.site_packages / "torch" / "new.py"
    new.write_text("__version__ = '6.66.6'\n")
    os.replace(new, env.module)
    return env.module


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def _relinked(env: Environment) -> Path:
    evil = _write(env.base.parent / "evil", "#!/bin/sh\n")
    (env.bin / "python").unlink()
    (env.bin / "python").symlink_to(evil)
    return env.bin / "python"


# Each write, and the path the stop must name.
WRITES = {
    "site_packages_in_place": lambda env: _same_size(env.module),
    "site_packages_times_put_back": lambda env: _times_put_back(env.module),
    "site_packages_renamed_over": _renamed_over,
    "site_packages_hard_link": _through_a_hard_link,
    "new_pth": lambda env: _write(env.site_packages / "zz.pth", "import evil\n"),
    "pth_appended": lambda env: _write(env.pth, "import os\nimport evil\n"),
    "bin_script": lambda env: _write(env.bin / "lenet5", "#!/bin/sh\nevil\n"),
    "interpreter_relinked": _relinked,
    "interpreter_written": lambda env: _write(env.base, "\x7fELF evil!!!!!"),
}


@pytest.mark.parametrize("method", METHODS)
def test_reading_everything_is_no_change(method, fake_env, monkeypatch):
    watch = _watching(method, monkeypatch)
    for path in fake_env.prefix.rglob("*"):
        if path.is_file():
            path.read_bytes()
    spec = importlib.util.spec_from_file_location("fake_torch", fake_env.module)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
    watch.verify("honest.py")
    watch.verify("honest.py")
    watch.close()


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_write_stops_grading_and_is_named(write, method, fake_env, monkeypatch):
    watch = _watching(method, monkeypatch)
    watch.verify("honest.py")
    named = str(WRITES[write](fake_env))
    with pytest.raises(GraderCompromised, match="while evil.py was graded") as caught:
        watch.verify("evil.py")
    assert named in str(caught.value) and integrity.RESTORE in str(caught.value)
    with pytest.raises(GraderCompromised):  # and every grading after it, too
        watch.verify("honest.py")
    watch.close()


@pytest.mark.parametrize("method", METHODS)
def test_a_watch_set_up_in_a_thread_is_whole_once_ready(method, fake_env, monkeypatch):
    """How a grader starts it: in a thread, while its worker imports torch."""
    watch = _watching(method, monkeypatch, integrity.Integrity.start_behind)
    watch.verify("honest.py")
    named = str(_same_size(fake_env.module))
    with pytest.raises(GraderCompromised, match="while evil.py was graded") as caught:
        watch.verify("evil.py")
    assert named in str(caught.value)
    watch.close()


def test_a_refresh_while_the_watch_is_set_up_waits_for_nothing(fake_env, monkeypatch):
    """The grader refreshes after its calibration; the state is then accepted at `ready`,
    and a write after that is still caught."""
    go = threading.Event()

    def slow():
        go.wait(30)
        return fake_env.coverage
    monkeypatch.setattr(integrity, "grading_coverage", slow)
    watch = integrity.Integrity.start_behind()
    watch.refresh()
    assert watch._setting_up.is_alive()   # returned without waiting for the set-up
    go.set()
    watch.ready()
    watch.verify("honest.py")
    _same_size(fake_env.module)
    with pytest.raises(GraderCompromised, match="while evil.py was graded"):
        watch.verify("evil.py")
    watch.close()


def test_a_watch_that_could_not_be_set_up_stops_grading(fake_env, monkeypatch):
    """Never a grading unwatched: what the thread met is raised where the grader waits."""
    def broken():
        raise PermissionError("the kit cannot be read")
    monkeypatch.setattr(integrity, "grading_coverage", broken)
    watch = integrity.Integrity.start_behind()
    with pytest.raises(PermissionError, match="the kit cannot be read"):
        watch.ready()
    with pytest.raises(PermissionError):
        watch.verify("honest.py")
    watch.close()


def test_a_change_to_the_grader_package_stops_grading(tmp_path, monkeypatch):
    """Its code by content; its bytecode, which Python runs in place of an unchanged source,
    by the watch. The package's missing bytecode is written before watching starts, so that
    no first import writes into it afterwards."""
    package = tmp_path / "grader"
    shutil.copytree(KIT / "grader", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(integrity, "PACKAGE", package)
    monkeypatch.setattr(integrity, "environment",
                        lambda *also: integrity.Coverage(also, frozenset(), ()))
    monkeypatch.setenv("LENET5_CACHE", str(tmp_path / "cache"))
    watch = integrity.Integrity.start()
    modules = sorted(package.rglob("*.py"))
    assert all(Path(importlib.util.cache_from_source(str(path))).exists() for path in modules)
    watch.verify("honest.py")
    checks = package / "assignment" / "checks" / "__init__.py"
    planted = importlib.util.cache_from_source(str(checks))
    shutil.copyfile(importlib.util.cache_from_source(str(package / "kit.py")), planted)
    with pytest.raises(GraderCompromised) as caught:
        watch.verify("evil.py")
    assert planted in str(caught.value)
    watch.close()
    fresh = integrity.Integrity.start()
    checks.write_text(checks.read_text() + "\nPOINTS = 10\n")
    with pytest.raises(GraderCompromised) as caught:
        fresh.verify("evil.py")
    assert str(checks) in str(caught.value)
    fresh.close()


@pytest.mark.slow   # two gradings per tier
@pytest.mark.parametrize("tier", available_tiers())
def test_every_tier_watches_the_environment(tier, fake_env, grader_with):
    """The grading process writes in every tier; what it might be led to break is watched in
    every tier."""
    grader = grader_with(tier)
    grader.grade(STARTER, quick=True)
    written = _same_size(fake_env.module)
    with pytest.raises(GraderCompromised, match="while lenet.py was graded") as caught:
        grader.grade(STARTER, quick=True)
    assert str(written) in str(caught.value)


def test_the_real_environment_is_covered():
    """This Python's site-packages (with its .pth files), its bin/, the standard library and
    the interpreter, through every link; not a base interpreter's own site-packages, which a
    virtual environment never reads."""
    coverage = integrity.environment()

    def covered(path):
        path = os.path.realpath(path)
        return any(path == tree or path.startswith(tree + os.sep) for tree in coverage.trees) \
            and not any(path.startswith(unused + os.sep) for unused in coverage.unused)

    folders = [*site.getsitepackages(), sysconfig.get_path("stdlib"),
               sysconfig.get_path("scripts"), os.path.dirname(os.__file__)]
    assert all(covered(folder) for folder in folders), (folders, coverage)
    assert all(covered(pth) for folder in site.getsitepackages()
               for pth in Path(folder).glob("*.pth"))
    assert os.path.realpath(sys.executable) in coverage.files
    assert os.path.abspath(sys.executable) in coverage.files
    if sys.prefix != sys.base_prefix:
        base_site = Path(sysconfig.get_path("stdlib")) / "site-packages"
        assert not covered(base_site / "anything.py")


def test_an_unchanged_real_environment_is_no_change(monkeypatch, tmp_path):
    """The real coverage, while another Python imports torch from it."""
    monkeypatch.setenv("LENET5_CACHE", str(tmp_path / "cache"))
    watch = integrity.Integrity.start()
    done = subprocess.run([sys.executable, "-c", "import torch, numpy, grader.worker.protocol"],
                          capture_output=True, text=True, cwd=KIT, check=False)
    assert done.returncode == 0, done.stderr
    watch.verify("honest.py")
    watch.close()
