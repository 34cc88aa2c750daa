"""How far a worker is shut off from the machine, beyond its resource limits (see sandbox.py).

Three layers, each used where the platform allows it, and each reported with every grading:

- user:    run as root (Docker, Gradescope, podman), every job gets its own unprivileged uid,
           so a worker can neither read root's files nor touch another job's folder, and every
           process it leaves behind can be found and killed by its uid;
- files:   with bubblewrap, a worker sees only the system's and Python's files (read-only), the
           grader's worker code and its own job folder. Without it, `unshare(2)` gives a private
           mount namespace in which the data folder, the solution and the other secrets are
           covered by empty read-only file systems;
- network: a fresh network namespace with no interface up (bubblewrap or `unshare(2)`).

`choose()` probes these tiers once per process, best first, and keeps the first that can start
a worker here: "bubblewrap", then "namespaces", then "plain" (resource limits only).
`LENET5_SANDBOX` forces one tier.
"""

from __future__ import annotations

import ctypes
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import psutil
from filelock import FileLock, Timeout

from grader.errors import GraderError
from grader.rubric import KIT_ROOT

TIERS = ("bubblewrap", "namespaces", "plain")
UID_RANGE = range(61000, 65000)   # unused by Debian's system and login users
UID_LOCKS = Path(tempfile.gettempdir()) / "lenet5-uids"  # root's: one lock file per uid in use
MARKER = "LENET5_JOB"             # in every worker's environment, to find strays by
CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWNET = 0x00020000, 0x10000000, 0x40000000
PR_CAPBSET_DROP = 24
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REC, MS_PRIVATE = 1, 2, 4, 0x4000, 1 << 18
PROBE = "import grader.worker, importlib.util as u; assert u.find_spec('torch')"
PROBE_CUDA = "import torch; assert torch.cuda.is_available()"


@dataclass(frozen=True)
class Confinement:
    """One tier, and whether workers drop root for their own uid."""
    tool: str
    drop_root: bool

    def describe(self) -> dict[str, str]:
        """Which protection a grading had, in words, for its report."""
        if self.drop_root:
            user = "an unprivileged uid of its own"
        elif os.geteuid() != 0:
            user = "the grader's own user"
        elif self.tool == "bubblewrap":
            user = "root mapped to nobody in a user namespace, without capabilities"
        else:
            user = "root without capabilities (Python is not readable by other users)"
        files = {"bubblewrap": "private view: system, Python and its own folder only",
                 "namespaces": "data, solution and grader outputs hidden",
                 "plain": "data, solution and grader outputs closed to other users"
                 if self.drop_root else "file permissions only"}[self.tool]
        network = "open" if self.tool == "plain" else "none (own network namespace)"
        return {"tool": self.tool, "user": user, "files": files, "network": network}


class Cell:
    """One job's confinement: its uid, the paths hidden from it, how to start and sweep it."""

    def __init__(self, confinement: Confinement, job: Path, secrets: list[Path]):
        self.confinement, self.job = confinement, job
        needed = [job, KIT_ROOT / "grader", Path(sys.prefix), Path(sys.base_prefix)]
        kept = [path for path in _existing_dirs(secrets)
                if not any(_inside(other, path) for other in needed)]
        # the outermost only: a folder inside a hidden one is hidden already
        self.secrets = [path for path in kept
                        if not any(other != path and _inside(path, other) for other in kept)]
        self.token = f"{job.name}-{random.getrandbits(48):x}"
        self.uid = _UIDS.take() if confinement.drop_root else None
        if self.uid is not None:
            os.chmod(job.parent, 0o711)   # others may pass through to their job, not list it
            os.chown(job, self.uid, self.uid)
            os.chmod(job, 0o700)

    def environment(self) -> dict[str, str]:
        return {MARKER: self.token, "HOME": str(self.job), "TMPDIR": str(self.job)}

    def command(self, argv: list[str]) -> list[str]:
        if self.confinement.tool != "bubblewrap":
            return argv
        inside = self.uid if self.uid is not None else 65534 if os.geteuid() == 0 else os.getuid()
        return [shutil.which("bwrap"), "--unshare-user", "--uid", str(inside), "--gid",
                str(inside), "--cap-drop", "ALL", *_bubblewrap_view(self.job, self.secrets),
                "--", *argv]

    def enter(self) -> None:
        """Runs in the child between fork and exec: namespaces, then the drop of root."""
        if self.confinement.tool == "namespaces":
            _private_namespaces(self.secrets)
        if self.uid is not None:
            self._become_user()
        elif os.geteuid() == 0 and self.confinement.tool != "bubblewrap":
            _drop_capabilities()

    def sweep(self) -> None:
        """Kill whatever this job left running, even processes that left its session, and
        wait until they are gone."""
        if self.uid is not None:
            subprocess.run(["true"], preexec_fn=self._kill_all_as_user, check=False)
        strays = []
        for process in psutil.process_iter():
            try:
                if process.environ().get(MARKER) == self.token:
                    process.kill()
                    strays.append(process)
            except psutil.Error:
                pass
        psutil.wait_procs(strays, timeout=5)

    def _become_user(self) -> None:
        os.setgroups([])
        os.setgid(self.uid)
        os.setuid(self.uid)

    def _kill_all_as_user(self) -> None:
        """In a child: become the job's uid, whose kill(-1) reaches exactly its processes."""
        self._become_user()
        try:
            os.kill(-1, signal.SIGKILL)
        except ProcessLookupError:
            pass  # nothing of that uid is left

    def release(self) -> None:
        if self.uid is not None:
            _UIDS.give_back(self.uid)


def close_to_others(confinement: Confinement, secrets: list[Path]) -> None:
    """Without a private view, a worker with its own uid is kept out of the secrets by their
    permissions: root's folders among them become readable by root alone."""
    if not (confinement.drop_root and confinement.tool == "plain"):
        return
    for path in _existing_dirs(secrets):
        if path.stat().st_uid == 0:
            os.chmod(path, 0o700)


class _UidPool:
    """Distinct uids for jobs that run at the same time, in this process or in any other
    grader on the machine: a uid is held by an exclusive lock on its own file, which the
    kernel releases if the holder dies."""

    def __init__(self):
        self.held: dict[int, FileLock] = {}
        self.lock = threading.Lock()

    def take(self) -> int:
        UID_LOCKS.mkdir(mode=0o700, exist_ok=True)
        for uid in random.sample(UID_RANGE, len(UID_RANGE)):
            claim = FileLock(str(UID_LOCKS / f"{uid}.lock"))
            try:
                claim.acquire(timeout=0)
            except Timeout:
                continue
            with self.lock:
                self.held[uid] = claim
            return uid
        raise GraderError(f"all {len(UID_RANGE)} worker uids are in use")

    def give_back(self, uid: int) -> None:
        with self.lock:
            claim = self.held.pop(uid, None)
        if claim is not None:
            claim.release()


_UIDS = _UidPool()
_chosen: dict[tuple, Confinement] = {}
_choosing = threading.Lock()


def choose(device: str = "cpu") -> Confinement:
    """The strongest confinement that can start a worker here, probed once per process."""
    forced = os.environ.get("LENET5_SANDBOX") or None
    if forced and forced not in TIERS:
        raise GraderError(f"LENET5_SANDBOX={forced!r}: choose one of {', '.join(TIERS)}")
    key = (forced, device)
    with _choosing:
        if key not in _chosen:
            _chosen[key] = _probe_all(forced, device)
        return _chosen[key]


def _candidates(forced: str | None) -> list[Confinement]:
    tools = [forced] if forced else [tool for tool in TIERS
                                     if tool != "bubblewrap" or shutil.which("bwrap")]
    drops = (True, False) if os.geteuid() == 0 else (False,)
    return [Confinement(tool, drop) for drop in drops for tool in tools]


def _probe_all(forced: str | None, device: str) -> Confinement:
    failures = []
    for candidate in _candidates(forced):
        problem = _probe(candidate, device)
        if problem is None:
            return candidate
        failures.append(f"{candidate.tool} (drop root: {candidate.drop_root}): {problem}")
    raise GraderError("no way to start a worker here:\n  " + "\n  ".join(failures))


def _probe(confinement: Confinement, device: str) -> str | None:
    """None if a worker's imports work under `confinement`, else what went wrong."""
    workdir = Path(tempfile.mkdtemp(prefix="lenet5-probe-"))
    job = workdir / "job"
    job.mkdir()
    cell = Cell(confinement, job, [])
    code = PROBE if device == "cpu" else f"{PROBE}; {PROBE_CUDA}"
    try:
        done = subprocess.run(cell.command([sys.executable, "-c", code]), cwd=job,
                              env={**os.environ, **cell.environment(), "PYTHONPATH": str(KIT_ROOT)},
                              preexec_fn=cell.enter, capture_output=True, text=True, timeout=120)
        return None if done.returncode == 0 else (done.stderr.strip().splitlines() or ["?"])[-1]
    except (OSError, subprocess.SubprocessError) as error:
        return str(error)
    finally:
        cell.sweep()
        cell.release()
        shutil.rmtree(workdir, ignore_errors=True)


# --- bubblewrap ------------------------------------------------------------------------------

def _bubblewrap_view(job: Path, secrets: list[Path]) -> list[str]:
    """bwrap's arguments: read-only system and Python, the worker code, the job folder."""
    args = ["--die-with-parent", "--new-session", "--unshare-all", "--proc", "/proc",
            "--dev", "/dev", "--tmpfs", "/tmp", "--tmpfs", "/dev/shm"]
    for name in ("bin", "lib", "lib32", "lib64", "libx32", "sbin"):
        top = Path("/") / name
        if top.is_symlink():
            args += ["--symlink", os.readlink(top), str(top)]
        elif top.is_dir():
            args += ["--ro-bind", str(top), str(top)]
    for path in _readable_roots():
        args += ["--ro-bind", str(path), str(path)]
    for device in sorted(Path("/dev").glob("nvidia*")):
        args += ["--dev-bind", str(device), str(device)]
    args += ["--ro-bind", str(KIT_ROOT / "grader"), str(KIT_ROOT / "grader")]
    for secret in secrets:   # a secret inside a bound folder, e.g. data under /usr/share
        args += ["--tmpfs", str(secret), "--remount-ro", str(secret)]
    return args + ["--bind", str(job), str(job), "--chdir", str(job)]


def _readable_roots() -> list[Path]:
    """System folders and Python's import path, without the kit's root or anything above it
    (that would show the solution); the worker code is bound on its own."""
    wanted = [Path(p) for p in ("/usr", "/etc", "/opt", "/sys", sys.prefix, sys.base_prefix,
                                sys.exec_prefix, *sys.path) if p]
    roots = []
    for path in wanted:
        path = Path(os.path.abspath(path))
        if not path.is_dir() or path in (KIT_ROOT, Path("/")) or _inside(KIT_ROOT, path):
            continue
        roots.append(path)
    return sorted(set(roots), key=lambda p: len(p.parts))


# --- the namespaces fallback ---------------------------------------------------------------

def _private_namespaces(secrets: list[Path]) -> None:
    """In the child: new mount and network namespaces (and a user namespace when not root),
    then an empty read-only tmpfs over every secret folder."""
    libc = ctypes.CDLL(None, use_errno=True)
    uid, gid, root = os.getuid(), os.getgid(), os.geteuid() == 0
    _call(libc.unshare, CLONE_NEWNS | CLONE_NEWNET | (0 if root else CLONE_NEWUSER))
    if not root:  # map our own uid, or nothing could create a file
        for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"),
                           ("gid_map", f"{gid} {gid} 1")):
            with open(f"/proc/self/{name}", "w") as handle:
                handle.write(text)
    _call(libc.mount, b"none", b"/", None, MS_REC | MS_PRIVATE, None)
    for secret in secrets:
        _call(libc.mount, b"tmpfs", os.fsencode(secret), b"tmpfs",
              MS_RDONLY | MS_NOSUID | MS_NODEV, b"size=4k,mode=0555")


def _drop_capabilities() -> None:
    """Root that cannot drop its uid (Python unreadable to others) keeps no capability across
    exec: it cannot unmount what hides the secrets, nor override file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in range(64):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            break  # past the last capability this kernel knows


def _call(function, *args) -> None:
    if function(*args) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{function.__name__}: {os.strerror(errno)}")


# --- helpers ---------------------------------------------------------------------------------

def _existing_dirs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        path = Path(os.path.abspath(path))
        if path.is_dir() and path not in found:
            found.append(path)
    return found


def _inside(path: Path, folder: Path) -> bool:
    """`path` is `folder` or lies below it."""
    return path == folder or folder in path.parents
