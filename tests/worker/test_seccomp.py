"""The seccomp filter every stage installs (grader/worker/seccomp.py): each call it refuses is
refused with its errno, and works in the same probe without the filter (so the test can tell);
threads, torch's among them, still start; and the grading side reports the filter exactly
where the worker installs it."""

from __future__ import annotations

import errno
import json
import platform
import subprocess
import sys

import pytest
from helpers import KIT

from grader.isolation import tiers
from grader.worker import seccomp

filtered = pytest.mark.skipif(not seccomp.supported(),
                              reason="no seccomp filter on this platform (seccomp.py)")

PROBE = r"""
import ctypes, errno, json, mmap, os, platform, subprocess, sys
from grader.worker import seccomp

if sys.argv[1] == "filtered":
    seccomp.install()
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
seen = {}


def attempt(name, action):
    try:
        action()
        seen[name] = "allowed"
    except OSError as error:
        seen[name] = errno.errorcode[error.errno]


def fork():
    child = os.fork()
    if child == 0:
        os._exit(0)
    os.waitpid(child, 0)


def raw(number, *arguments):
    if libc.syscall(ctypes.c_long(number), *map(ctypes.c_long, arguments)) < 0:
        raise OSError(ctypes.get_errno(), "")


def fallocate():
    fd = os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        if libc.fallocate(fd, 0, ctypes.c_long(0), ctypes.c_long(1 << 20)) != 0:
            raise OSError(ctypes.get_errno(), "")
    finally:
        os.close(fd)


def shmget():
    segment = libc.shmget(0, 4096, 0o1600)   # IPC_PRIVATE, IPC_CREAT | 0600
    if segment < 0:
        raise OSError(ctypes.get_errno(), "")
    libc.shmctl(segment, 0, None)            # IPC_RMID: none is left behind


attempt("fork", fork)
attempt("subprocess", lambda: subprocess.run(["true"], check=True))   # vfork, in CPython
attempt("clone3", lambda: raw(435, 0, 0))          # no arguments: EINVAL where allowed
attempt("io_uring_setup", lambda: raw(425, 1, 0))  # no parameters: EFAULT where allowed
attempt("fallocate", fallocate)
attempt("memfd_create", lambda: os.close(os.memfd_create("pages")))
attempt("shmget", shmget)
attempt("memfd_secret", lambda: raw(447, 0))   # ENOSYS where allowed but not built in
if platform.machine() == "x86_64":
    attempt("x32", lambda: raw(0x40000000 | 39))   # getpid by x32's number
print(json.dumps(seen), flush=True)
try:
    os.execv("/bin/echo", ["echo", "exec ran"])
except OSError as error:
    print(errno.errorcode[error.errno])
"""


def _probe(mode: str, tmp_path) -> tuple[dict, list[str]]:
    """What the probe saw, and what its final execv printed: the program's line, or its
    errno's name."""
    done = subprocess.run([sys.executable, "-c", PROBE, mode, str(tmp_path / "file")],
                          cwd=KIT, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stdout.splitlines()
    assert lines, done.stderr
    return json.loads(lines[0]), lines[1:]


@filtered
def test_each_refused_call_fails_with_its_errno_and_works_without_the_filter(tmp_path):
    unfiltered, executed = _probe("unfiltered", tmp_path)
    assert executed == ["exec ran"]
    filtered, executed = _probe("filtered", tmp_path)
    assert executed == ["EPERM"]
    allowed = ("fork", "subprocess", "fallocate", "memfd_create", "shmget")
    assert {name: unfiltered[name] for name in allowed} == dict.fromkeys(allowed, "allowed")
    assert unfiltered["memfd_secret"] in ("EINVAL", "ENOSYS", "allowed")   # built in or not
    assert unfiltered["clone3"] == "EINVAL" and unfiltered["io_uring_setup"] == "EFAULT"
    expected = {"fork": "EPERM", "subprocess": "EPERM", "clone3": "ENOSYS",
                "io_uring_setup": "ENOSYS", "fallocate": errno.errorcode[errno.EOPNOTSUPP],
                "memfd_create": "EPERM", "shmget": "EPERM", "memfd_secret": "ENOSYS"}
    if platform.machine() == "x86_64":
        assert unfiltered["x32"] in ("allowed", "ENOSYS")   # a kernel may lack x32
        expected["x32"] = "EPERM"
    assert filtered == expected


INT80 = r"""
import ctypes, mmap, os, sys
from grader.worker import seccomp

if sys.argv[1] == "filtered":
    seccomp.install()
code = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
code.write(bytes([0xB8, 20, 0, 0, 0, 0xCD, 0x80, 0xC3]))   # eax = 20 (getpid); int 0x80; ret
call = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(code)))
print(call(), os.getpid())
"""


@filtered
@pytest.mark.skipif(platform.machine() != "x86_64", reason="the 32-bit entry is x86_64's")
def test_the_32_bit_entry_is_refused_whole():
    """Through `int 0x80` the numbers are i386's (2 is fork there): the filter refuses every
    call of that ABI rather than match numbers it does not check."""
    def run(mode):
        done = subprocess.run([sys.executable, "-c", INT80, mode], cwd=KIT, capture_output=True,
                              text=True, timeout=60, check=False)
        return done.returncode, done.stdout.split()

    code, unfiltered = run("unfiltered")
    if code != 0:
        pytest.skip("this kernel has no 32-bit entry (ia32 emulation is off)")
    assert unfiltered[0] == unfiltered[1]          # getpid, through the 32-bit entry
    code, filtered = run("filtered")
    assert code == 0 and filtered[0] == "-1"       # -EPERM


TORCH_THREADS = r"""
import os, threading
from grader.worker import seccomp

seccomp.install()
import torch

torch.set_num_threads(3)
torch.optim.Adam([torch.nn.Parameter(torch.zeros(1))])
(torch.randn(1500, 1500) @ torch.randn(1500, 1500)).sum()
seen = []
thread = threading.Thread(target=seen.append, args=(1,))
thread.start()
thread.join()
print(len(os.listdir("/proc/self/task")), seen)
"""


@filtered
def test_threads_start_under_the_filter_torch_included():
    """glibc makes threads with clone3 first, refused, then with clone: torch imported after
    the filter still gets its thread pool, and Python's threads run."""
    done = subprocess.run([sys.executable, "-c", TORCH_THREADS], cwd=KIT, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    tasks, seen = done.stdout.split(maxsplit=1)
    assert int(tasks) >= 3 and seen.strip() == "[1]"


def test_the_grading_side_promises_it_exactly_where_the_worker_installs_it():
    assert tiers.SECCOMP == seccomp.supported()
    for tier in tiers.TIERS:
        confinement = tiers.Confinement(tier, drop_root=False)
        assert ("no_new_processes" in confinement.promises) == seccomp.supported()
        assert ("seccomp)" in confinement.describe()["processes"]) == seccomp.supported()
