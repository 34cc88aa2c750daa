"""What a worker sees of the file system: an allowlist, read-only view (see tiers.py).

The view is a fresh root that holds only:

- the system's folders (/usr, /etc, /sys and the /bin, /lib links), read-only;
- the Python in use, wherever it lives (its prefixes and the folders torch and numpy load
  from, a virtual environment under a home folder included), read-only;
- the grader's worker code, read-only;
- a few device nodes, a private /proc, and a small private /tmp and /dev/shm in memory;
- the arrays every job shares (the training data), read-only;
- the job's own folder: the only writable place that outlives the worker.

No home folder, no host /tmp, no other job, no /srv, /mnt or /media. Two builders make the same
view: `bubblewrap_args` for bubblewrap, and `enter`, which builds it with unshare(2), mount(2)
and pivot_root(2) in the worker's child process, before it executes Python.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import platform
import signal
import site
import sys
from dataclasses import dataclass
from pathlib import Path

SYSTEM = ("/usr", "/etc", "/sys")
TOP_LINKS = ("bin", "lib", "lib32", "lib64", "libx32", "sbin")   # links or folders under /
DEVICES = ("null", "zero", "full", "random", "urandom", "tty")
PRIVATE_TMP_BYTES = 64 << 20  # the private /tmp and /dev/shm: memory, so kept small

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_BIND, MS_REC, MS_PRIVATE = 4096, 0x4000, 1 << 18
MNT_DETACH, AT_FDCWD, AT_RECURSIVE = 2, -100, 0x8000
MOUNT_ATTR_RDONLY, MOUNT_ATTR_NOSUID, MOUNT_ATTR_NODEV = 0x1, 0x2, 0x4
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
# Syscalls glibc has no wrapper for: pivot_root differs by architecture, mount_setattr
# (Linux 5.12) has one number everywhere.
SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "riscv64": 41, "ppc64le": 203, "s390x": 217}
SYS_MOUNT_SETATTR = 442


@dataclass(frozen=True)
class View:
    """The folders a worker sees; everything else does not exist for it."""
    read_only: tuple[Path, ...]           # folders and files bound read-only at their own path
    links: tuple[tuple[Path, str], ...]   # top-level symbolic links such as /bin -> usr/bin
    devices: tuple[Path, ...]             # device nodes bound as they are
    hidden: tuple[Path, ...]              # secrets inside a read-only folder, covered up
    job: Path                             # writable: the job's own folder


def make_view(job: Path, worker_code: tuple[Path, ...], secrets: list[Path],
              kit_root: Path, data: Path | None = None) -> View:
    """The view for one job. `worker_code` (files and folders) is bound on its own: the rest
    of the kit (the grading side, the solution, the tests, the data) stays out, so nothing
    above the kit's root is bound. `data`, the arrays every job shares, is bound read-only."""
    links, folders = [], [Path(path) for path in SYSTEM]
    for name in TOP_LINKS:
        top = Path("/") / name
        if top.is_symlink():
            links.append((top, os.readlink(top)))
        elif top.is_dir():
            folders.append(top)
    folders += [path for path in python_roots() if not _inside(kit_root, path)]
    read_only = _outermost([path for path in folders if os.path.isdir(path)] + list(worker_code)
                           + ([data] if data is not None else []))
    devices = [Path("/dev") / name for name in DEVICES] + sorted(Path("/dev").glob("nvidia*"))
    hidden = [secret for secret in secrets
              if any(_inside(secret, folder) and secret != folder for folder in read_only)
              and not _inside(job, secret)]
    return View(tuple(read_only), tuple(links), tuple(path for path in devices if path.exists()),
                tuple(_outermost(hidden)), job)


def python_roots() -> list[Path]:
    """Where the running Python and the packages a worker imports live. Not `sys.path`:
    it holds the current folder, which may be a home folder full of secrets."""
    found = [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             os.path.dirname(os.path.realpath(sys.executable)), *site.getsitepackages()]
    if site.ENABLE_USER_SITE:
        found.append(site.getusersitepackages())
    for name in ("torch", "numpy"):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            found += [os.path.dirname(location) for location in spec.submodule_search_locations]
    found += os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep)
    return [Path(os.path.realpath(path)) for path in found
            if path and os.path.isabs(path) and os.path.realpath(path) != "/"]


# --- bubblewrap --------------------------------------------------------------------------------

def bubblewrap_args(view: View, sized_tmpfs: bool) -> list[str]:
    """bwrap's arguments for `view`, with new PID, network, IPC and UTS namespaces."""
    size = ["--size", str(PRIVATE_TMP_BYTES)] if sized_tmpfs else []
    args = ["--die-with-parent", "--new-session", "--unshare-all", "--proc", "/proc",
            "--dev", "/dev", *size, "--tmpfs", "/tmp", *size, "--tmpfs", "/dev/shm"]
    for link, value in view.links:
        args += ["--symlink", value, str(link)]
    for folder in view.read_only:
        args += ["--ro-bind", str(folder), str(folder)]
    for device in view.devices:
        if device.name.startswith("nvidia"):
            args += ["--dev-bind", str(device), str(device)]
    for secret in view.hidden:
        args += ["--tmpfs", str(secret), "--remount-ro", str(secret)]
    return args + ["--bind", str(view.job), str(view.job), "--chdir", str(view.job)]


# --- the same view without bubblewrap ----------------------------------------------------------

def enter(view: View, mountpoint: Path, as_root: bool) -> None:
    """Runs in the worker's child between fork and exec: new user (unless root), mount, PID,
    network, IPC and UTS namespaces, then the view as the new root.

    A new PID namespace only applies to children, so this forks once more: the child that
    called this waits for the worker (PID 1 of the namespace) and exits as it does; when it
    dies, the worker dies with it, and with the worker every process it left behind.
    """
    libc = _libc()
    uid, gid = os.getuid(), os.getgid()
    _call(libc.unshare, CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
          | (0 if as_root else CLONE_NEWUSER))
    if not as_root:  # map our own uid, or nothing could create a file
        for name, text in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"),
                           ("gid_map", f"{gid} {gid} 1")):
            with open(f"/proc/self/{name}", "w") as handle:
                handle.write(text)
    _call(libc.prctl, PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    child = libc.fork()  # libc's own: no Python fork hooks in a child of a forked process
    if child < 0:
        raise OSError(ctypes.get_errno(), "fork")
    if child > 0:
        _relay_exit(child)
    _call(libc.prctl, PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _build_root(libc, view, mountpoint)
    _call(libc.prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def _relay_exit(child: int) -> None:
    """The waiting parent: it holds none of the grader's files (so that the grader sees the
    worker start), waits for the worker and leaves with its exit status."""
    os.closerange(3, os.sysconf("SC_OPEN_MAX"))
    while True:
        try:
            _, status = os.waitpid(child, 0)
            break
        except InterruptedError:
            continue
    code = os.waitstatus_to_exitcode(status)
    os._exit(code if code >= 0 else 128 - code)


def _build_root(libc, view: View, mountpoint: Path) -> None:
    """Assemble the view on a tmpfs at `mountpoint`, read-only but for the job, /tmp and
    /dev/shm, and make it the root; the old root is detached, so nothing leads back."""
    root = os.fsencode(mountpoint)

    def inside(path: Path) -> bytes:
        return root + os.fsencode(path)

    def make(path: Path) -> bytes:
        os.makedirs(inside(path), mode=0o755, exist_ok=True)
        return inside(path)

    _call(libc.mount, None, b"/", None, MS_REC | MS_PRIVATE, None)
    _call(libc.mount, b"tmpfs", root, b"tmpfs", MS_NOSUID | MS_NODEV, b"mode=0755,size=1m")
    for folder in (Path("/tmp"), Path("/dev/shm")):  # first: Python or the kit may lie in /tmp
        _call(libc.mount, b"tmpfs", make(folder), b"tmpfs", MS_NOSUID | MS_NODEV,
              f"mode=1777,size={PRIVATE_TMP_BYTES}".encode())
    for path in view.read_only:
        target = make(path) if path.is_dir() else _make_file(make(path.parent), path.name)
        _call(libc.mount, os.fsencode(path), target, None, MS_BIND | MS_REC, None)
    for link, value in view.links:
        os.symlink(value, inside(link))
    for device in view.devices:
        target = _make_file(make(device.parent), device.name)
        _call(libc.mount, os.fsencode(device), target, None, MS_BIND, None)
    for secret in view.hidden:
        _call(libc.mount, b"tmpfs", inside(secret), b"tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV,
              b"size=4k,mode=0555")
    _call(libc.mount, os.fsencode(view.job), make(view.job), None, MS_BIND, None)
    _set_attributes(libc, inside(view.job), MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, recursive=False)
    _call(libc.mount, b"proc", make(Path("/proc")), b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC,
          None)
    for folder in view.read_only:
        _set_attributes(libc, inside(folder), MOUNT_ATTR_RDONLY, recursive=True)
    _set_attributes(libc, root, MOUNT_ATTR_RDONLY, recursive=False)
    os.chdir(root)
    _call(libc.syscall, ctypes.c_long(SYS_PIVOT_ROOT[platform.machine()]), b".", b".")
    _call(libc.umount2, b".", MNT_DETACH)
    os.chdir(view.job)


def _make_file(folder: bytes, name: str) -> bytes:
    """An empty file to bind a file onto."""
    path = os.path.join(folder, os.fsencode(name))
    open(path, "w").close()
    return path


def _libc():
    """libc with the prototypes used here, so that flags and pointers pass at full width."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong,
                           ctypes.c_char_p]
    libc.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
    libc.unshare.argtypes = [ctypes.c_int]
    libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                           ctypes.c_ulong]
    libc.syscall.restype = ctypes.c_long
    return libc


class _MountAttr(ctypes.Structure):
    _fields_ = [("attr_set", ctypes.c_uint64), ("attr_clr", ctypes.c_uint64),
                ("propagation", ctypes.c_uint64), ("userns_fd", ctypes.c_uint64)]


def _set_attributes(libc, path: bytes, attributes: int, recursive: bool) -> None:
    """Set mount attributes on `path`, and on every mount below it if `recursive`
    (mount_setattr, Linux 5.12)."""
    attr = _MountAttr(attributes, 0, 0, 0)
    _call(libc.syscall, ctypes.c_long(SYS_MOUNT_SETATTR), ctypes.c_long(AT_FDCWD), path,
          ctypes.c_long(AT_RECURSIVE if recursive else 0), ctypes.byref(attr),
          ctypes.c_long(ctypes.sizeof(attr)))


def _call(function, *args) -> None:
    if function(*args) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{getattr(function, '__name__', 'syscall')}: {os.strerror(errno)}")


def _inside(path: Path, folder: Path) -> bool:
    """`path` is `folder` or lies below it."""
    return path == folder or folder in path.parents


def _outermost(paths: list[Path]) -> list[Path]:
    """Each path once, without those inside another (binding those again adds nothing)."""
    unique = sorted(set(paths), key=lambda path: len(path.parts))
    return [path for index, path in enumerate(unique)
            if not any(_inside(path, other) for other in unique[:index])]
