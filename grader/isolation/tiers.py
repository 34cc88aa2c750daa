"""How far a worker is shut off from the machine, beyond its resource limits (limits.py).

Three layers, each used where the platform allows it, and each reported with every grading:

- files:   an allowlist, read-only view (view.py): the system, Python, the worker code and
           the job's own folder, nothing else. Bubblewrap builds it where installed; elsewhere
           `unshare(2)` and mounts build the same view, as root or in a user namespace;
- user:    run as root (Docker, Gradescope, podman), every job gets its own unprivileged uid,
           so a worker can neither read root's files nor touch another job's folder, and every
           process it leaves behind can be found and killed by its uid;
- network: a fresh network namespace with no interface up, and a PID namespace in which the
           worker cannot see or signal any process of the machine.

`choose()` probes these tiers once per process, best first, and keeps the first that can start
a worker here: on Linux "bubblewrap", then "namespaces", then "plain" (resource limits only);
on macOS "plain"; on Windows "portable" (a process per stage, deadlines, a memory watchdog and
a whole-tree kill, all through psutil: no POSIX confinement at all).
`LENET5_SANDBOX` forces one tier. What each tier promises is stated once, in `PROMISES`: the
reports, the refusal of an unconfined batch and the red-team tests all read it from there.

One word per idea: a *tier* is one of `TIERS`; a `Confinement` is the tier chosen here and
whether workers drop root; its *protection* ("view", "own_uid" or "none") is what keeps a
worker out of what it must not see, and decides its promises; a `JobConfinement` applies a
confinement to one job folder. Users meet the word "sandbox" for the same thing:
`LENET5_SANDBOX` names a tier, and a result's `sandbox` is `Confinement.describe()`, whose
"tool" is the tier and "kind" the protection (stored results keep those keys).
"""

from __future__ import annotations

import ctypes
import functools
import os
import platform
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
from grader.isolation import view
from grader.kit import KIT_ROOT, PACKAGE
from grader.worker import cleanup

TIERS = ("bubblewrap", "namespaces", "plain", "portable")
UID_RANGE = range(61000, 65000)   # unused by Debian's system and login users
UID_LOCKS = Path(tempfile.gettempdir()) / "lenet5-uids"  # root's: one lock file per uid in use
MARKER = "LENET5_JOB"             # in every worker's environment, to find strays by
PRIVATE_TMP = "LENET5_PRIVATE_TMP"   # set where /tmp and /dev/shm are the job's own (a view)
SHARED_TEMPORARY = ("/tmp", "/var/tmp", "/dev/shm")   # writable by any uid on most machines
PR_CAPBSET_DROP = 24
# A worker's imports, and the seccomp filter every stage installs: a kernel that refuses it
# fails the probe, so the machine says so before any submission runs.
PROBE = ("import grader.worker.protocol, grader.worker.seccomp as s, importlib.util as u; "
         "s.install(); assert u.find_spec('torch')")
PROBE_CUDA = "import torch; assert torch.cuda.is_available()"
# All that a worker imports of the kit: the package marker and the worker side.
WORKER_CODE = (PACKAGE / "__init__.py", PACKAGE / "worker")

# What a worker cannot do, per protection (`Confinement.protection`):
# - kit_read_only:    write the kit, its rubric or the Python environment;
# - secrets_hidden:   read the test data, the solution, other jobs or the grader's outputs;
# - private_hidden:   read the grading user's (or root's) private files;
# - only_own_folder:  read anything outside the system, Python and its own folder, such as a
#                     classmate's file, another checkout of the kit or a shared /tmp;
# - no_network:       reach any network, the machine's own loopback included;
# - no_processes:     see or signal any process outside its own grading;
# - no_new_processes: start a process or run a program, so every CPU-second a stage causes is
#                     its own process's (a seccomp filter: every tier where `SECCOMP` holds).
PROMISES = {
    "view": frozenset({"kit_read_only", "secrets_hidden", "private_hidden", "only_own_folder",
                       "no_network", "no_processes"}),
    "own_uid": frozenset({"kit_read_only", "secrets_hidden", "private_hidden"}),
    "none": frozenset(),
}

# Where every stage installs the worker's seccomp filter (grader/worker/seccomp.py, which the
# grading side does not import): Linux on the architectures the filter is written for. Not
# macOS (no seccomp) nor Windows, whatever the tier.
SECCOMP = sys.platform.startswith("linux") and platform.machine() in ("x86_64", "aarch64")


@dataclass(frozen=True)
class Confinement:
    """How workers are confined on this machine: the tier that confines them, and whether
    they drop root for a uid of their own."""
    tier: str
    drop_root: bool

    @property
    def protection(self) -> str:
        """What keeps a worker out of what it must not see: "view" (an allowlist view),
        "own_uid" (file permissions of an unprivileged uid) or "none" (the worker runs as the
        grader's user and sees what it sees). README calls it the kind of confinement."""
        if self.tier in ("bubblewrap", "namespaces"):
            return "view"
        return "own_uid" if self.drop_root else "none"

    @property
    def promises(self) -> frozenset[str]:
        return PROMISES[self.protection] | ({"no_new_processes"} if SECCOMP else frozenset())

    def describe(self) -> dict[str, str]:
        """Which protection a grading had, in words, for its report: a result's `sandbox`,
        stored as it is, so its keys stay: "tool" is the tier, "kind" the protection."""
        if self.drop_root:
            user = "an unprivileged uid of its own"
        elif self.tier == "portable" or not _root():
            user = "the grader's own user"
        elif self.tier == "bubblewrap":
            user = "root mapped to nobody in a user namespace, without capabilities"
        else:
            user = "root without capabilities (Python is not readable by other users)"
        files = {"view": "read-only view of the system, Python and its own folder only",
                 "own_uid": "what any user may read; data, solution and grader outputs closed",
                 "none": "everything the grader's user can read and write"}[self.protection]
        network = "open" if self.protection != "view" else "none (own network namespace)"
        processes = ("none of its own: fork and exec refused (seccomp)" if SECCOMP
                     else "may start processes (no seccomp filter on this platform)")
        return {"tool": self.tier, "user": user, "files": files, "network": network,
                "processes": processes, "kind": self.protection}


class JobConfinement:
    """The `chosen` confinement applied to one job `folder`: its uid, its view, how to start
    its processes and sweep them. Made by `open`."""

    def __init__(self, chosen: Confinement, folder: Path, view: view.View, token: str,
                 uid: int | None):
        self.chosen, self.folder, self.view = chosen, folder, view
        self.mountpoint = folder.with_name(f".{folder.name}.root")  # the new root, in namespaces
        self.token, self.uid = token, uid

    @classmethod
    def open(cls, chosen: Confinement, folder: Path, secrets: list[Path],
             data: Path | None = None) -> JobConfinement:
        """The confinement of the job folder `folder`: where workers drop root, a uid taken
        for it alone and the folder handed to that uid; in the namespaces tier, the folder its
        view is mounted on. `release` gives both back."""
        seen = view.make_view(folder, WORKER_CODE, _existing_dirs(secrets), KIT_ROOT, data)
        made = cls(chosen, folder, seen, f"{folder.name}-{random.getrandbits(48):x}",
                   _UIDS.take() if chosen.drop_root else None)
        if chosen.tier == "namespaces":
            made.mountpoint.mkdir(exist_ok=True)
        if made.uid is not None:
            os.chmod(folder.parent, 0o711)   # others may pass through to their job, not list it
            os.chown(folder, made.uid, made.uid)
            os.chmod(folder, 0o700)
        return made

    def environment(self) -> dict[str, str]:
        """What marks this job's processes; in a view, the session also empties the private
        /tmp and /dev/shm before every stage (worker/__main__.py), so nothing carries over."""
        private = {PRIVATE_TMP: "1"} if self.chosen.protection == "view" else {}
        return {MARKER: self.token, "HOME": str(self.folder), "TMPDIR": str(self.folder), **private}

    def command(self, argv: list[str]) -> list[str]:
        if self.chosen.tier != "bubblewrap":
            return argv
        inside = self.uid if self.uid is not None else 65534 if _root() else os.getuid()
        return [shutil.which("bwrap"), "--unshare-user", "--uid", str(inside), "--gid",
                str(inside), "--cap-drop", "ALL",
                *view.bubblewrap_args(self.view, _bubblewrap_sizes_tmpfs()), "--", *argv]

    def enter(self) -> None:
        """Runs in the child between fork and exec: the view, then the drop of root."""
        if self.chosen.tier == "namespaces":
            view.enter(self.view, self.mountpoint, as_root=_root())
        if self.uid is not None:
            self._become_user()
        elif _root() and self.chosen.tier != "bubblewrap":
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

    def clear(self) -> None:
        """Remove everything in the job folder, and, for a uid of its own, what that uid left
        in the machine's shared temporary folders: what one stage wrote, no later stage or
        grading reads. Called when none of the job's processes runs but its session."""
        cleanup.empty(self.folder)
        if self.uid is None:
            return
        for folder in SHARED_TEMPORARY:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                try:
                    owned = entry.stat(follow_symlinks=False).st_uid == self.uid
                except OSError:
                    continue
                if owned:
                    cleanup.remove(entry.path)

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
        if self.mountpoint.is_dir():
            self.mountpoint.rmdir()


def close_to_others(confinement: Confinement, secrets: list[Path]) -> None:
    """Without a private view, a worker with its own uid is kept out of the secrets by their
    permissions: root's folders among them become readable by root alone."""
    if confinement.protection != "own_uid":
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


def choose(device: str = "cpu", tier: str | None = None) -> Confinement:
    """The strongest confinement that can start a worker here, probed once per process;
    `tier` (else $LENET5_SANDBOX) forces one."""
    forced = tier or os.environ.get("LENET5_SANDBOX") or None
    if forced and forced not in TIERS:
        raise GraderError(f"LENET5_SANDBOX={forced!r}: choose one of {', '.join(TIERS)}")
    key = (forced, device)
    with _choosing:
        if key not in _chosen:
            _chosen[key] = _probe_all(forced, device)
        return _chosen[key]


def _candidates(forced: str | None) -> list[Confinement]:
    if forced:
        tiers = [forced]
    elif sys.platform.startswith("linux"):
        tiers = [tier for tier in TIERS[:3] if tier != "bubblewrap" or shutil.which("bwrap")]
    else:
        tiers = ["plain" if os.name == "posix" else "portable"]
    drops = (True, False) if _root() and "portable" not in tiers else (False,)
    return [Confinement(tier, drop) for drop in drops for tier in tiers]


def _root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _probe_all(forced: str | None, device: str) -> Confinement:
    failures = []
    for candidate in _candidates(forced):
        problem = _probe(candidate, device)
        if problem is None:
            return candidate
        failures.append(f"{candidate.tier} (drop root: {candidate.drop_root}): {problem}")
    raise GraderError("no way to start a worker here:\n  " + "\n  ".join(failures))


def _probe(confinement: Confinement, device: str) -> str | None:
    """None if a worker's imports work under `confinement`, else what went wrong."""
    if confinement.tier == "bubblewrap" and not shutil.which("bwrap"):
        return "bwrap is not installed (apt-get install bubblewrap)"
    workdir = Path(tempfile.mkdtemp(prefix="lenet5-probe-"))
    job = workdir / "job"
    job.mkdir()
    job_confinement = JobConfinement.open(confinement, job, [])
    code = PROBE if device == "cpu" else f"{PROBE}; {PROBE_CUDA}"
    try:
        posix = os.name == "posix" and confinement.tier != "portable"
        done = subprocess.run(job_confinement.command([sys.executable, "-c", code]), cwd=job,
                              env={**os.environ, **job_confinement.environment(),
                                   "PYTHONPATH": str(KIT_ROOT)},
                              preexec_fn=job_confinement.enter if posix else None,
                              capture_output=True, text=True, timeout=120,
                              check=False)
        return None if done.returncode == 0 else (done.stderr.strip().splitlines() or ["?"])[-1]
    except (OSError, subprocess.SubprocessError) as error:
        return str(error)
    finally:
        job_confinement.sweep()
        job_confinement.release()
        shutil.rmtree(workdir, ignore_errors=True)


@functools.cache
def _bubblewrap_sizes_tmpfs() -> bool:
    """Whether this bubblewrap can cap a tmpfs's size (`--size`, since version 0.5)."""
    done = subprocess.run([shutil.which("bwrap"), "--help"], capture_output=True, text=True,
                          check=False)
    return "--size" in done.stdout + done.stderr


def _drop_capabilities() -> None:
    """Root that cannot drop its uid (Python unreadable to others) keeps no capability across
    exec: it cannot unmount what hides the secrets, nor override file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in range(64):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            break  # past the last capability this kernel knows


# --- helpers ---------------------------------------------------------------------------------

def _existing_dirs(paths: list[Path]) -> list[Path]:
    found = []
    for path in paths:
        path = Path(os.path.abspath(path))
        if path.is_dir() and path not in found:
            found.append(path)
    return found
